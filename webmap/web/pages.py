"""HTML pages: the index of stories, each story's full map page, its embeddable map, and its
article as a page to read (each quoted sentence and mention marked)."""

from __future__ import annotations

import datetime as dt
import json
import os
from urllib.parse import urlsplit

from flask import Blueprint, g, make_response, render_template, request, url_for
from markupsafe import Markup

from ..errors import BadParameter, UnknownStory
from ..geonames import fold
from ..kinds import for_page, kind
from ..params import whole_number
from ..provenance import article_paragraphs
from .resources import BoundedCache, RenderedPage, resources
from .links import external, link, static_site
from .security import allow_framing_from, allow_inline_scripts, embed_origins, page_policy

bp = Blueprint("pages", __name__)
DEFAULT_EMBED = (640, 480)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@bp.get("/healthz")
def healthz():
    loaded_by = resources().network_pid
    network = "not loaded" if loaded_by is None else (
        "loaded in this process" if loaded_by == os.getpid() else "preloaded before the workers forked")
    return {"status": "ok", "stories": len(resources().store.slugs()), "network": network}


@bp.get("/")
def index():
    """Every story as a card; `?place=` keeps those naming a matching place (the others are
    sent hidden, so the page's script can show them again as the filter changes)."""
    query = request.args.get("place", "")
    if len(query) > MAX_FILTER_CHARS:
        raise BadParameter(f"place must be at most {MAX_FILTER_CHARS} characters")
    wanted = "" if static_site() else folded(query)  # an export has no server to filter: its script does
    cards = []
    for slug in resources().store.slugs():
        try:
            collection = resources().story(slug)
        except UnknownStory:  # an unreadable file is left out rather than taking the index down
            continue
        card = story_card(slug, collection)
        cards.append(dict(card, shown=not wanted or any(wanted in name for name in card["places"])))
    cards.sort(key=lambda card: card["date"] or "", reverse=True)  # newest first, undated last (stable: by slug)
    html = render_template("index.html", cards=cards, query=query.strip() if wanted else "",
                           shown=sum(card["shown"] for card in cards))
    return cached_html(RenderedPage.of(with_static_policy(html)))


MAX_FILTER_CHARS = 100
SUMMARY_CHARS = 160
_cards = BoundedCache(1024)  # (slug, fingerprint) -> what a card shows: derived, safe to lose


def story_card(slug: str, collection: dict) -> dict:
    """What the index shows of a story, worked out once per build of it."""
    meta = collection["story"]
    key = (slug, meta["fingerprint"])  # the fingerprint covers the article and the sidecar
    card = _cards.get(key)
    if card is None:
        features = [f["properties"] for f in collection["features"]]
        card = _cards.put(key, {
            "slug": slug,
            "title": meta["title"],
            "date": meta.get("date"),
            "date_text": long_date(meta.get("date")),
            "summary": meta.get("summary") or first_sentence(meta.get("article") or ""),
            "places_count": sum(1 for p in features if p["kind"] != "lane" and p.get("mentions")),
            "lanes_count": sum(1 for p in features if p["kind"] == "lane"),
            # every place on the map (ports a lane ends at included), folded as the filter compares
            "places": sorted({folded(p["name"]) for p in features if p["kind"] != "lane"}),
            "alt": description_of(collection),
        })
    return dict(card, thumbnail=resources().store.thumbnail_path(slug).is_file())


def folded(text: str) -> str:
    """Case- and accent-free text, as the filter compares it (static/webmap/index.js folds alike)."""
    return fold(text.lower()).strip()


def first_sentence(article: str) -> str:
    """The article's first sentence, cut at a word near SUMMARY_CHARS with an ellipsis."""
    from ..article import split_sentences

    head = article[:2000]  # the first sentence is in here, and pysbd is slow on long text
    spans = split_sentences(head) if head.strip() else []
    sentence = " ".join(head[spans[0].start:spans[0].end].split()) if spans else ""
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, SUMMARY_CHARS + 1)
    cut = cut if cut > SUMMARY_CHARS * 2 // 3 else SUMMARY_CHARS  # no space near: cut inside the word
    return sentence[:cut].rstrip(" ,;:-\u2013\u2014") + "\u2026"


@bp.get("/stories/<slug>")
def story(slug: str):
    collection = resources().story(slug)
    return cached_html(resources().page(("story", slug, collection["story"]["fingerprint"], request.url_root),
                                        lambda: render_page("story.html", collection)))


@bp.get("/embed/<slug>")
def embed(slug: str):
    collection = resources().story(slug)
    height = whole_number(request.args.get("height"), "height (pixels)", None, 150, 4000, BadParameter)
    allow_framing_from(embed_origins())
    key = ("embed", slug, collection["story"]["fingerprint"], request.url_root, height)
    return cached_html(resources().page(key, lambda: render_page("embed.html", collection, height=height)))


@bp.get("/stories/<slug>/article")
def article(slug: str):
    collection = resources().story(slug)
    key = ("article", slug, collection["story"]["fingerprint"], request.url_root)
    return cached_html(resources().page(key, lambda: render_article(collection)))


def render_article(collection: dict) -> str:
    """The article as a reading page: no script, every quoted sentence with the id a popup
    links to, every mention a link to its place on the map."""
    meta = collection["story"]
    html = render_template("article.html", story=meta, paragraphs=article_paragraphs(collection),
                           map_url=link("pages.story", slug=meta["slug"]),
                           canonical_url=external("pages.article", slug=meta["slug"]),
                           date_text=long_date(meta["date"]),
                           original_host=urlsplit(meta["url"]).hostname if meta.get("url") else None)
    return with_static_policy(html)


def long_date(iso: str | None) -> str | None:
    """"2024-06-24" as "24 June 2024"."""
    if not iso:
        return None
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"  # not %B, which follows the locale


def render_page(template: str, collection: dict, **context) -> str:
    meta = collection["story"]
    parts = resources().map_parts(meta["slug"])
    story_url = external("pages.story", slug=meta["slug"])
    embed_absolute = external("pages.embed", slug=meta["slug"])
    embed_url = embed_absolute or link("pages.embed", slug=meta["slug"])  # relative: completed by the browser
    config = {
        "map": parts.map_name,
        "basemapUrl": link("api.basemap"),
        "portsUrl": None if static_site() else link("api.ports"),
        "routeUrl": None if static_site() else link("api.route"),
        "centreLon": parts.centre_lon,
        "articleUrl": link("pages.article", slug=meta["slug"]),  # quotes link to their sentence there
        "originalUrl": meta.get("url"),  # the original article, validated http(s) by the sidecar
        "kinds": for_page(),  # labels, titles and styles of every kind, from the one registry
        "present": sorted({f["properties"]["kind"] for f in collection["features"]}
                          | ({"stop"} if meta.get("itinerary") else set())),
    }
    places = [f for f in collection["features"] if f["properties"]["kind"] != "lane"]
    stops = sorted((f for f in places if f["properties"].get("stop")), key=lambda f: f["properties"]["stop"])
    html = render_template(
        template,
        story=meta,
        map_html=Markup(parts.html),
        map_script=Markup(parts.script),
        # JSON in a non-executed <script>: "<" is escaped so no text can close the element.
        config_json=island(config),
        properties_json=island(parts.properties),
        stops=stops,
        places=[f for f in places if not f["properties"].get("stop") and f["properties"]["mentions"]],
        lanes=[f for f in collection["features"] if f["properties"]["kind"] == "lane"],
        kind_label=lambda kind_id: kind(kind_id).label.lower(),
        story_url=story_url,
        oembed_url=oembed_url(story_url),
        embed_snippet=iframe_html(embed_url, meta["title"], *DEFAULT_EMBED),
        embed_relative=None if embed_absolute else embed_url,
        description=description_of(collection),
        **context,
    )
    return with_static_policy(html)


def with_static_policy(html: str) -> str:
    if static_site():  # no server to send the header: the policy travels in the page
        html = html.replace("<head>", f'<head>\n<meta http-equiv="Content-Security-Policy" '
                                      f'content="{page_policy(html)}">', 1)
    return html


def oembed_url(story_url: str | None) -> str | None:
    if story_url is None:
        return None
    if static_site():
        slug = story_url.rstrip("/").rsplit("/", 1)[-1]
        return external("pages.index") + f"oembed/{slug}.json"
    return url_for("api.oembed", url=story_url, format="json", _external=True)


def island(value) -> Markup:
    """JSON for a non-executed <script> element: "<" escaped so no text can close it."""
    return Markup(json.dumps(value, ensure_ascii=False).replace("<", "\\u003c"))


def description_of(collection: dict) -> str:
    stops = sorted((f["properties"] for f in collection["features"] if f["properties"].get("stop")),
                   key=lambda props: props["stop"])
    places = [props["name"] for props in stops]
    lanes = [f["properties"]["name"] for f in collection["features"] if f["properties"]["kind"] == "lane"]
    text = f"Map of the places in “{collection['story']['title']}”"
    if places:
        text += ": visit stops " + ", ".join(places)
    if lanes:
        text += "; sea lanes " + ", ".join(lanes)
    return text + "."


def iframe_html(url: str, title: str, width: int, height: int) -> str:
    """The embed snippet (and oEmbed's html): an iframe as wide as its column up to `width`,
    keeping the width:height ratio, so it never overflows a narrow page."""
    from markupsafe import escape

    return (f'<iframe src="{escape(url)}" width="{width}" height="{height}" '
            f'style="border:0;display:block;width:100%;max-width:{width}px;height:auto;aspect-ratio:{width}/{height}" '
            f'loading="lazy" title="{escape(title)}" allowfullscreen></iframe>')


def cached_html(page: RenderedPage):
    """An HTML response that revalidates with an ETag (pages change when a story is rebuilt),
    allowing the page's own inline scripts by hash."""
    allow_inline_scripts(page.script_hashes)
    response = make_response(page.body)
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    response.headers["Cache-Control"] = "no-cache"
    response.set_etag(page.etag)
    g.compress_key = page.etag  # compressed once per body (see resources.py)
    return response.make_conditional(request)
