"""HTML pages: the index of stories, each story's full map page, and its embeddable map."""

from __future__ import annotations

import json
import os

from flask import Blueprint, g, make_response, render_template, request, url_for
from markupsafe import Markup

from ..errors import BadParameter, UnknownStory
from ..kinds import for_page, kind
from ..params import whole_number
from .resources import RenderedPage, resources
from .links import external, link, static_site
from .security import allow_framing_from, allow_inline_scripts, embed_origins, page_policy

bp = Blueprint("pages", __name__)
DEFAULT_EMBED = (640, 480)


@bp.get("/healthz")
def healthz():
    loaded_by = resources().network_pid
    network = "not loaded" if loaded_by is None else (
        "loaded in this process" if loaded_by == os.getpid() else "preloaded before the workers forked")
    return {"status": "ok", "stories": len(resources().store.slugs()), "network": network}


@bp.get("/")
def index():
    stories = []
    for slug in resources().store.slugs():
        try:
            meta = resources().story(slug)["story"]
        except UnknownStory:  # an unreadable file is left out rather than taking the index down
            continue
        stories.append({"slug": slug, "title": meta["title"], "date": meta["date"]})
    return cached_html(RenderedPage.of(render_template("index.html", stories=stories)))


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
    from markupsafe import escape

    return (f'<iframe src="{escape(url)}" width="{width}" height="{height}" style="border:0;max-width:100%" '
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
