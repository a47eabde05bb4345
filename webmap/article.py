"""An article: its text as read in UTF-8 and its sentences, as character spans."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .errors import BadArticle

MAX_ARTICLE_BYTES = 2_000_000
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}\Z")  # \Z: "$" would let a final newline in


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

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [span.start for span in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding the character at `offset`."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
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
    """Sentences as exact spans of `text`, white space trimmed.

    Paragraphs (split at blank lines, which no sentence crosses) go to pysbd one by one;
    pysbd slows down sharply on very long paragraphs, so one longer than PYSBD_MAX_CHARS is
    split at sentence punctuation by a plain pattern instead, and so is every paragraph of an
    article longer than PYSBD_MAX_ARTICLE_CHARS (pysbd takes about 4 s a megabyte; the plain
    pattern also cuts after abbreviations, "U.S. ", which an article that size can afford).
    No sentence is longer than MAX_SENTENCE_CHARS: a longer run without punctuation is cut at
    white space, so a quote stays readable (and still verbatim) even for text that has none.
    """
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    whole = len(text) <= PYSBD_MAX_ARTICLE_CHARS
    spans = []
    for start, end in _paragraphs(text):
        paragraph = text[start:end]
        if whole and len(paragraph) <= PYSBD_MAX_CHARS:
            parts = [(p.start, p.end) for p in segmenter.segment(paragraph)]
        else:
            parts = _punctuation_split(paragraph)
        for a, b in parts:
            spans += _trimmed_and_capped(text, start + a, start + b)
    return spans


PYSBD_MAX_CHARS = 20_000
PYSBD_MAX_ARTICLE_CHARS = 500_000  # a long report pasted whole; news articles are a few thousand
MAX_SENTENCE_CHARS = 2_000
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*\s+")


def _paragraphs(text: str):
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        yield start, gap.start()
        start = gap.end()
    yield start, len(text)


def _punctuation_split(paragraph: str) -> list[tuple[int, int]]:
    parts, start = [], 0
    for end in _SENTENCE_END.finditer(paragraph):
        parts.append((start, end.end()))
        start = end.end()
    parts.append((start, len(paragraph)))
    return parts


def _trimmed_and_capped(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    spans = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append(Span(start, end))
    return spans
