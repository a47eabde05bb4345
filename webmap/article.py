"""An article: its text as read in UTF-8 and its sentences, as character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .errors import BadArticle

MAX_ARTICLE_BYTES = 2_000_000
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


@dataclass(frozen=True)
class Span:
    """A half-open character range `[start, end)` of the article text."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    slug: str
    text: str

    @classmethod
    def from_path(cls, path: Path) -> "Article":
        """Read and validate an article file; the slug is the file stem."""
        path = Path(path)
        slug = path.stem
        if not SLUG_RE.match(slug):
            raise BadArticle(
                f"{path}: file name must be a slug (lower-case letters, digits and dashes)"
            )
        raw = path.read_bytes()
        return cls(slug, decode_article(raw, path))

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans with surrounding white space trimmed, in text order."""
        return split_sentences(self.text)

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding the character at `offset`."""
        for span in self.sentences:
            if span.start <= offset < span.end:
                return span
        raise ValueError(f"offset {offset} is in no sentence")


def decode_article(raw: bytes, path: Path) -> str:
    """Decode UTF-8 article bytes, refusing what is not a readable article."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise BadArticle(
            f"{path}: article is {len(raw):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit"
        )
    if b"\x00" in raw:
        raise BadArticle(f"{path}: file is binary (contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BadArticle(f"{path}: not UTF-8 (bad byte at offset {err.start})") from None
    # A byte-order mark is not part of the story; offsets count from after it.
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BadArticle(f"{path}: article is empty")
    return text


def split_sentences(text: str) -> list[Span]:
    """Split text into sentences with pysbd, keeping exact offsets into `text`."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for part in segmenter.segment(text):
        start, end = part.start, part.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(start, end))
    return spans
