"""Growth (issue 16): how building and serving cost as a newsroom's stories go from 10 to 100
to 1,000. Corpora are made from the evaluation articles (tests/eval/articles) under distinct
slugs, titles and dates, and built for real (`webmap build -j <cores>`). For each size:

- the full build, once; a rebuild with nothing changed (median of 5); a rebuild after one
  story changed (median of 3), next to building that one story alone in the same run;
- under gunicorn (webmap/gunicorn_conf.py, one worker per core): the index and the first
  /ogc/collections page just after a build changed the folder (so the stories are listed
  again, not answered from memory), indexes filtered by a place (always rendered), story pages
  never asked before (medians), and the index page's size;
- memory per worker (RSS and PSS, from /proc) after every index page, every collections page,
  and up to 300 story pages and their GeoJSON downloads were asked for.

Writes bench/out/growth.json, the README's growth table (between `growth:start` and
`growth:end`) and docs/growth.svg, the plot beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.common import BIN, ROOT, free_port, stop, wait_for_200

SIZES = (10, 100, 1000)
EVAL = ROOT / "tests" / "eval" / "articles"
OUT = ROOT / "bench" / "out"
PLOT = ROOT / "docs" / "growth.svg"
README = ROOT / "README.md"
STORY_PAGES = 300  # story pages (and downloads) asked for before memory is read
JOBS = os.cpu_count() or 1


def corpus(size: int, folder: Path) -> list[str]:
    """`size` stories from the evaluation articles, each a distinct slug, title and date."""
    articles = sorted(EVAL.glob("*.txt"))
    folder.mkdir(parents=True)
    slugs = []
    for number in range(size):
        article = articles[number % len(articles)]
        slug = f"{article.stem}-{number:04d}"
        shutil.copy(article, folder / f"{slug}.txt")
        date = dt.date(2020, 1, 1) + dt.timedelta(days=number)
        title = article.stem.replace("-", " ").capitalize() + f" ({number})"
        (folder / f"{slug}.toml").write_text(f'title = "{title}"\ndate = {date.isoformat()}\n', encoding="utf-8")
        slugs.append(slug)
    return slugs


def build(seeds: Path, out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "webmap"), "build", "-j", str(JOBS), "--seeds", str(seeds), "--out", str(out), *extra],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def builds(size: int, work: Path) -> tuple[dict, list[str], Path]:
    seeds, geodata = work / "seeds", work / "geodata"
    slugs = corpus(size, seeds)
    full = build(seeds, geodata)
    unchanged = statistics.median(build(seeds, geodata, "--if-stale") for _ in range(5))
    changed, alone = [], []
    for round_ in range(3):
        slug = slugs[(round_ * 7) % size]
        with open(seeds / f"{slug}.txt", "a", encoding="utf-8") as f:  # the article, edited
            f.write(f"\n\nUpdated ({round_}).\n")
        changed.append(build(seeds, geodata, "--if-stale"))
        single = work / f"single-{round_}"
        (single / "seeds").mkdir(parents=True)
        for suffix in (".txt", ".toml"):
            shutil.copy(seeds / f"{slug}{suffix}", single / "seeds")
        alone.append(build(single / "seeds", single / "geodata"))
        shutil.rmtree(single)
    return {
        "full_build_s": round(full, 1),
        "full_build_per_story_s": round(full / size, 3),
        "unchanged_rebuild_s": round(unchanged, 2),
        "one_changed_rebuild_s": round(statistics.median(changed), 2),
        "one_story_alone_s": round(statistics.median(alone), 2),
    }, slugs, geodata


@contextmanager
def gunicorn(geodata: Path):
    port = free_port()
    env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS=str(JOBS), WEBMAP_GEODATA=str(geodata),
               WEBMAP_ACCESS_LOG="off")
    app = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_200(f"http://127.0.0.1:{port}/healthz", app)
        yield f"http://127.0.0.1:{port}", app.pid
    finally:
        stop(app)


def fetch(url: str) -> tuple[float, bytes]:
    """Seconds to the whole answer, and the body as sent (br, as browsers ask)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "br"})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    return time.perf_counter() - start, body


def ms(seconds: list[float]) -> float:
    return round(statistics.median(seconds) * 1000, 1)


def memory(master: int) -> dict:
    """The largest RSS and PSS (MB) among the master's worker processes."""
    workers = [int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    rss, pss = [], []
    for pid in workers:
        fields = dict(re.findall(r"^(\w+):\s+(\d+) kB", Path(f"/proc/{pid}/smaps_rollup").read_text(), re.M))
        rss.append(int(fields["Rss"]) / 1024)
        pss.append(int(fields["Pss"]) / 1024)
    return {"worker_rss_mb": round(max(rss)), "worker_pss_mb": round(max(pss)), "workers": len(workers)}


def serving(slugs: list[str], geodata: Path) -> dict:
    with gunicorn(geodata) as (base, master):
        for _ in range(2 * JOBS):  # every worker has listed the stories once
            fetch(f"{base}/")
            fetch(f"{base}/ogc/collections?f=json")
        index, collections = [], []
        for _ in range(7):  # the first answer after a build renamed a file into the folder
            touch(geodata)
            index.append(fetch(f"{base}/")[0])
            touch(geodata)
            collections.append(fetch(f"{base}/ogc/collections?f=json")[0])
        filtered = [fetch(f"{base}/?place={word}")[0] for word in ("rotterdam", "suez", "panama", "lima", "cape")]
        pages = -(-len(slugs) // 24)
        for number in range(2, pages + 1):
            fetch(f"{base}/page/{number}")
        offset, matched = 0, None
        while matched is None or offset < matched:  # every page of the collections
            document = json.loads(_decoded(fetch(f"{base}/ogc/collections?f=json&offset={offset}")[1]))
            matched, offset = document["numberMatched"], offset + document["numberReturned"]
        story_pages = [fetch(f"{base}/stories/{slug}")[0] for slug in slugs[:STORY_PAGES]]
        for slug in slugs[:STORY_PAGES]:
            fetch(f"{base}/stories/{slug}.geojson")
        return {
            "index_bytes_br": len(fetch(f"{base}/")[1]),
            "index_page_ms": ms(index),
            "filtered_index_ms": ms(filtered),
            "collections_page_ms": ms(collections),
            "collections": matched,
            "story_page_ms": ms(story_pages),
            **memory(master),
        }


def touch(folder: Path) -> None:
    """Change the folder's stamp as a build does (a file renamed into it), changing no story."""
    marker = folder / ".bench-touch"
    marker.write_bytes(b"")
    marker.unlink()


def _decoded(body: bytes) -> bytes:
    import brotli

    try:
        return brotli.decompress(body)
    except brotli.error:
        return body


def run() -> list[dict]:
    rows = []
    for size in SIZES:
        work = Path(tempfile.mkdtemp(prefix=f"bench-growth-{size}-"))
        try:
            built, slugs, geodata = builds(size, work)
            rows.append({"stories": size, **built, **serving(slugs, geodata)})
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(rows[-1]), flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "growth.json").write_text(json.dumps(rows, indent=2) + "\n")
    report(rows)
    return [{"name": f"growth: {row['stories']} stories", "growth": row} for row in rows]


def table(rows: list[dict]) -> str:
    lines = [
        f"Measured by `python -m bench growth` on {JOBS} cores: corpora made from the evaluation articles, "
        f"built with `webmap build -j {JOBS}` and served by gunicorn ({JOBS} workers). Request times are "
        "medians of answers not given from memory: the index and /ogc/collections just after a build changed "
        "the folder, story pages asked for the first time; memory is the largest worker's "
        f"after every index and collections page and up to {STORY_PAGES} story pages and downloads.",
        "",
        "| stories | full build | rebuild, nothing changed | rebuild, one story changed (that story alone) "
        "| index page (br) | filtered index | /ogc/collections page | story page | memory per worker (RSS / PSS) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['stories']:,} | {r['full_build_s']} s ({r['full_build_per_story_s']} s a story) "
            f"| {r['unchanged_rebuild_s']} s | {r['one_changed_rebuild_s']} s ({r['one_story_alone_s']} s) "
            f"| {r['index_page_ms']} ms, {r['index_bytes_br'] / 1000:.1f} KB | {r['filtered_index_ms']} ms "
            f"| {r['collections_page_ms']} ms ({r['collections']:,} collections) | {r['story_page_ms']} ms "
            f"| {r['worker_rss_mb']} / {r['worker_pss_mb']} MB |")
    return "\n".join(lines)


SERIES = (  # what the plot draws, relative to the smallest corpus
    ("full build", "full_build_s", "#1d3557"),
    ("rebuild, nothing changed", "unchanged_rebuild_s", "#6fa8dc"),
    ("rebuild, one changed", "one_changed_rebuild_s", "#38761d"),
    ("index page", "index_page_ms", "#c0392b"),
    ("/ogc/collections page", "collections_page_ms", "#a86a00"),
    ("story page", "story_page_ms", "#7b3294"),
    ("memory per worker (PSS)", "worker_pss_mb", "#555555"),
)


def plot(rows: list[dict]) -> str:
    """An SVG line chart on log-log axes: each cost divided by its value at the smallest
    corpus, beside a dashed line for cost proportional to the number of stories."""
    import math

    width, height, left, right, top, bottom = 720, 380, 60, 230, 20, 50
    sizes = [r["stories"] for r in rows]
    x_lo, x_hi = math.log10(sizes[0]), math.log10(sizes[-1])
    top_ratio = max([sizes[-1] / sizes[0]] + [r[key] / (rows[0][key] or 1e-9) for _, key, _ in SERIES for r in rows])
    y_hi = math.ceil(math.log10(top_ratio) * 2) / 2  # room for the steepest line, in half decades
    y_lo = -0.5

    def x(size):
        return left + (math.log10(size) - x_lo) / (x_hi - x_lo) * (width - left - right)

    def y(ratio):
        return top + (y_hi - math.log10(max(ratio, 10 ** y_lo))) / (y_hi - y_lo) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" font-family="sans-serif" font-size="12">',
             "<title>Cost against the number of stories, relative to 10 stories (log-log)</title>",
             f'<rect width="{width}" height="{height}" fill="#fff"/>']
    for power in range(0, int(y_hi) + 1):
        ratio = 10 ** power
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(ratio):.1f}" y2="{y(ratio):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(ratio) + 4:.1f}" text-anchor="end">{ratio:g}x</text>')
    for size in sizes:
        parts.append(f'<text x="{x(size):.1f}" y="{height - bottom + 18}" text-anchor="middle">{size:,}</text>')
    parts.append(f'<text x="{(left + width - right) / 2}" y="{height - 8}" text-anchor="middle">stories</text>')
    parts.append(f'<line x1="{x(sizes[0]):.1f}" y1="{y(1):.1f}" x2="{x(sizes[-1]):.1f}" '
                 f'y2="{y(sizes[-1] / sizes[0]):.1f}" stroke="#999" stroke-dasharray="5 4"/>')
    legend = [("proportional to the stories", "#999", True)]
    for label, key, colour in SERIES:
        base = rows[0][key] or 1e-9
        points = " ".join(f"{x(r['stories']):.1f},{y(r[key] / base):.1f}" for r in rows)
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        legend.append((label, colour, False))
    for number, (label, colour, dashed) in enumerate(legend):
        ly = top + 10 + number * 20
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        parts.append(f'<line x1="{width - right + 15}" x2="{width - right + 40}" y1="{ly}" y2="{ly}" '
                     f'stroke="{colour}" stroke-width="2"{dash}/>')
        parts.append(f'<text x="{width - right + 46}" y="{ly + 4}">{label}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def report(rows: list[dict]) -> None:
    PLOT.parent.mkdir(exist_ok=True)
    PLOT.write_text(plot(rows), encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- growth:start -->\n).*?(<!-- growth:end -->)",
                  lambda m: m.group(1) + table(rows) + "\n\n![Cost against the number of stories](docs/growth.svg)\n"
                  + m.group(2), text, flags=re.S)
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--report"]:
        report(json.loads((OUT / "growth.json").read_text()))
    else:
        run()
