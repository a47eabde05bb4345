"""HTML pages: the index of stories, each story's full map page, its embeddable map, and its
article as a page to read (each quoted sentence and mention marked).

Pages are filled in from what the build stored (the rendered map, the story's summary),
rendered once per build of a story and site address, compressed then, and sent as they are."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from urllib.parse import urlencode, urlsplit

from flask import Blueprint, Response, current_app, render_template, request, url_for
from markupsafe import Markup
from werkzeug.exceptions import NotFound
from werkzeug.http import parse_accept_header

from ..errors import BadParameter, UnknownStory
from ..kinds import for_page, kind
from ..params import whole_number
from ..provenance import article_paragraphs
from ..summary import folded
from ..vessels import registry as vessel_registry
from .resources import RenderedPage, file_stamp, resources, serve_again_while
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
@bp.get("/page/<int:number>")
def index(number: int = 1):
    """The stories as cards, newest first, INDEX_PAGE_SIZE to a page; `?place=` keeps those
    naming a matching place (across all stories, then paged). With more than one page, the
    page's script filters in every story's card (`cards`) as the reader types."""
    query = request.args.get("place", "")
    if len(query) > MAX_FILTER_CHARS:
        raise BadParameter(f"place must be at most {MAX_FILTER_CHARS} characters")
    wanted = "" if static_site() else folded(query)  # an export has no server to filter: its script does
    folder = resources().store.folder
    serve_again_while(folder, file_stamp(folder))  # the same answer until a build changes the folder
    listing = resources().store.listing()
    matching = [s for s in listing if any(wanted in name for name in s["places"])] if wanted else listing
    size = current_app.config["INDEX_PAGE_SIZE"]
    pages = max(1, -(-len(matching) // size))
    if not 1 <= number <= pages:
        raise NotFound(f"no page {number} of the index: it has {pages}")
    shown = matching[(number - 1) * size:number * size]
    if wanted:  # a filtered index, one of countless: rendered each time (and compressed by flask-compress)
        return cached_html(RenderedPage.of(render_index(shown, len(listing), len(matching), number, pages, query)))
    key = ("index", site_key(), number, tuple((s["slug"], s["fingerprint"]) for s in shown), len(listing), pages)
    return cached_html(resources().page(key, lambda: render_index(shown, len(listing), len(matching), number,
                                                                  pages, query)))


@bp.get("/cards.html")
def cards():
    """Every story's card, newest first, as an HTML fragment: what the index's script filters
    in when the stories take more than one page (an export has no server to ask)."""
    folder = resources().store.folder
    serve_again_while(folder, file_stamp(folder))
    listing = resources().store.listing()
    key = ("cards", site_key(), tuple((s["slug"], s["fingerprint"]) for s in listing))
    return cached_html(resources().page(key, lambda: render_template(
        "cards.html", cards=[story_card(summary) for summary in listing])))


def render_index(summaries: list[dict], total: int, matched: int, number: int, pages: int, query: str) -> str:
    html = render_template("index.html", cards=[story_card(summary) for summary in summaries], total=total,
                           matched=matched, query=query.strip(), number=number, pages=pages,
                           page_url=lambda n: page_link(n, query.strip()))
    return with_static_policy(html)


def page_link(number: int, query: str = "") -> str:
    """The address of the index's page `number` (with the filter, live)."""
    url = link("pages.index") if number == 1 else link("pages.index", number=number)
    return url + (f"?{urlencode({'place': query})}" if query and not static_site() else "")


MAX_FILTER_CHARS = 100


def story_card(summary: dict) -> dict:
    """What the index shows of a story: its summary (made at build time, summary.py)."""
    return {
        "slug": summary["slug"],
        "title": summary["title"],
        "date": summary["date"],
        "date_text": long_date(summary["date"]),
        "summary": summary["summary"],
        "places_count": summary["places_count"],
        "lanes_count": summary["lanes_count"],
        "places": summary["places"],
        "alt": summary["description"],
        "thumbnail": resources().store.thumbnail_path(summary["slug"]).is_file(),
    }


@bp.get("/stories/<slug>")
def story(slug: str):
    collection = story_of_page(slug)
    key = ("story", slug, collection["story"]["fingerprint"], site_key())
    return cached_html(resources().page(key, lambda: render_page("story.html", collection)))


@bp.get("/embed/<slug>")
def embed(slug: str):
    collection = story_of_page(slug)
    height = whole_number(request.args.get("height"), "height (pixels)", None, 150, 4000, BadParameter)
    allow_framing_from(embed_origins())
    key = ("embed", slug, collection["story"]["fingerprint"], site_key(), height)
    return cached_html(resources().page(key, lambda: render_page("embed.html", collection, height=height)))


@bp.get("/stories/<slug>/article")
def article(slug: str):
    collection = story_of_page(slug)
    key = ("article", slug, collection["story"]["fingerprint"], site_key())
    return cached_html(resources().page(key, lambda: render_article(collection)))


def story_of_page(slug: str) -> dict:
    """The story a page shows; its page is the same answer until the story is rebuilt, so
    it is marked to be answered from memory in front of Flask (resources.SavedAnswers)."""
    collection, stamp = resources().store.read_stamped(slug)
    serve_again_while(resources().store.geojson_path(slug), stamp)
    return collection


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


def render_page(template: str, collection: dict, *, parts: dict | None = None, description: str | None = None,
                **context) -> str:
    """A story's page (or embed) from its collection and its rendered map: by default those
    the build stored; the editor's preview passes those it made of a draft."""
    meta = collection["story"]
    if parts is None:
        parts = resources().store.map_parts(meta["slug"])  # the map as the build rendered it (mapview.MapParts)
        description = resources().store.summary(meta["slug"])["description"]
    story_url = external("pages.story", slug=meta["slug"])
    embed_absolute = external("pages.embed", slug=meta["slug"])
    embed_url = embed_absolute or link("pages.embed", slug=meta["slug"])  # relative: completed by the browser
    config = {
        "map": parts["map_name"],
        "basemapUrl": link("api.basemap"),
        "portsUrl": None if static_site() else link("api.ports"),
        "routeUrl": None if static_site() else link("api.route"),
        "centreLon": parts["centre_lon"],
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
        map_html=Markup(parts["html"]),
        map_script=Markup(parts["script"]),
        # JSON in a non-executed <script>: "<" is escaped so no text can close the element.
        config_json=island(config),
        properties_json=island(parts["properties"]),
        stops=stops,
        places=[f for f in places if not f["properties"].get("stop") and f["properties"]["mentions"]],
        lanes=[f for f in collection["features"] if f["properties"]["kind"] == "lane"],
        vessels=vessel_registry().choices(),  # the route picker's vessel classes
        kind_label=lambda kind_id: kind(kind_id).label.lower(),
        story_url=story_url,
        oembed_url=oembed_url(story_url),
        embed_snippet=iframe_html(embed_url, meta["title"], *DEFAULT_EMBED),
        embed_relative=None if embed_absolute else embed_url,
        description=description,
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


def iframe_html(url: str, title: str, width: int, height: int) -> str:
    """The embed snippet (and oEmbed's html): an iframe as wide as its column up to `width`,
    keeping the width:height ratio, so it never overflows a narrow page."""
    from markupsafe import escape

    return (f'<iframe src="{escape(url)}" width="{width}" height="{height}" '
            f'style="border:0;display:block;width:100%;max-width:{width}px;height:auto;aspect-ratio:{width}/{height}" '
            f'loading="lazy" title="{escape(title)}" allowfullscreen></iframe>')


def cached_html(page: RenderedPage):
    """An HTML response that revalidates with an ETag (pages change when a story is rebuilt),
    allowing the page's own inline scripts by hash: the body compressed when the page was
    rendered, in the coding the client prefers, and a 304 when it has this one."""
    coding = preferred_coding(request.headers.get("Accept-Encoding", ""), page.codings)
    etag = f"{page.etag}:{coding}" if coding else page.etag  # one ETag per representation
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-cache"),
               ("ETag", f'"{etag}"'), ("Vary", "Accept-Encoding")]
    if "If-None-Match" in request.headers and request.if_none_match.contains(etag):
        response = Response(status=304, headers=headers)
    elif coding:  # Content-Encoding set: flask-compress leaves the body as it is
        response = Response(page.encoded(coding), headers=[*headers, ("Content-Encoding", coding)])
    else:
        response = Response(page.body, headers=headers)
    allow_inline_scripts(page.script_hashes)
    return response


@functools.lru_cache(maxsize=64)
def preferred_coding(accept_encoding: str, codings: tuple[str, ...]) -> str | None:
    """The content coding to send for an Accept-Encoding header (clients send few distinct
    ones): the best by quality, ties to the server's order (COMPRESS_ALGORITHM); None for
    the identity."""
    accept = parse_accept_header(accept_encoding)
    best, best_quality = None, 0.0
    for coding in codings:
        quality = accept[coding]
        if quality > best_quality:
            best, best_quality = coding, quality
    return best if best_quality > 0 and best_quality >= accept["identity"] else None


def site_key() -> tuple:
    """What a page's absolute links depend on (as request.url_root, without building it)."""
    return request.scheme, request.host, request.root_path
