"""The editor in Chromium (issue 15's goals): a pasted article of about 1,000 words shows its
places on the map within 2 s, and a correction redraws within 0.5 s.

gunicorn serves the app (webmap/gunicorn_conf.py, one worker per core) with the editor on an
SQLite file in a temporary folder; an account is made with the CLI. One story is started
first, so that the analysis process is warm, as it is for an editor at work. Then, ROUNDS
times: the new-story form is filled with an article of about 1,000 words (evaluation articles
put together) and sent; the time runs from the click to the first analysis drawn on the map.
On that page, "Reject" on the least certain place: the time to its leaving the map (drawn at
once in the page), and to the saved analysis (the server's answer) shown. Baseline in the same
run and browser: a reader's page of the seed story, from the click on its link to its map
drawn.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import BIN, ROOT, ROUNDS, free_port, stop, wait_for_200

PASSWORD = "a long bench password"
WORDS = 1000


def article() -> str:
    """About WORDS words of the evaluation articles, whole paragraphs."""
    text, count = [], 0
    for path in sorted((ROOT / "tests" / "eval" / "articles").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            text.append(paragraph.strip())
            count += len(paragraph.split())
            if count >= WORDS:
                return "\n\n".join(text)
    return "\n\n".join(text)


def run() -> list[dict]:
    from playwright.sync_api import sync_playwright

    from tests.browsing import launch

    work = Path(tempfile.mkdtemp(prefix="bench-editor-"))
    shutil.copytree(ROOT / "geodata", work / "geodata", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (work / "seeds").mkdir()
    database = f"sqlite:///{work / 'editor.sqlite3'}"
    subprocess.run([str(BIN / "webmap"), "user", "add", "bench", "--password-stdin", "--database", database],
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    port = free_port()
    env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS=str(os.cpu_count()),
               WEBMAP_GEODATA=str(work / "geodata"), DATABASE_URL=database, WEBMAP_ACCESS_LOG="off")
    server = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf"], cwd=work, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    text = article()
    shown, rejected, confirmed, reader = [], [], [], []
    try:
        wait_for_200(f"{base}/healthz", server)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base + "/edit/login")
            page.fill("#login-name", "bench")
            page.fill("#login-password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(base + "/edit")
            for number in range(ROUNDS + 1):  # the first warms the analysis process
                page.goto(base + "/edit/new")
                page.fill("#ed-title", f"Bench story {number}")
                page.fill("#ed-text", text)
                start = time.perf_counter()
                page.click("text=Find the places")
                page.wait_for_selector("body[data-analysed]", state="attached", timeout=60_000)
                page.wait_for_selector("#ed-map path.leaflet-interactive", timeout=10_000)
                places_s = time.perf_counter() - start
                markers = page.locator("#ed-map path.leaflet-interactive")
                drawn = markers.count()
                start = time.perf_counter()
                page.locator("#ed-place-list .ed-place").first.locator("text=Reject").click()
                while markers.count() >= drawn and time.perf_counter() - start < 5:
                    time.sleep(0.005)
                gone_s = time.perf_counter() - start
                page.locator("#ed-status", has_text="Saved: version 2").wait_for(timeout=30_000)
                saved_s = time.perf_counter() - start
                if number:
                    shown.append(places_s)
                    rejected.append(gone_s)
                    confirmed.append(saved_s)
                page.goto(base + "/")
                start = time.perf_counter()
                page.click("text=Peru's president visits China")
                page.wait_for_selector(".leaflet-marker-icon", timeout=30_000)
                if number:
                    reader.append(time.perf_counter() - start)
            browser.close()
    finally:
        stop(server)
        shutil.rmtree(work, ignore_errors=True)
    baseline = statistics.median(reader)
    rows = []
    for name, times, goal in (("editor: a pasted 1,000-word article's places on the map", shown, 2.0),
                              ("editor: a rejected place leaves the map", rejected, 0.5),
                              ("editor: a correction saved and the map redrawn from the server", confirmed, None)):
        seconds = statistics.median(times)
        rows.append({"name": name, "webmap_s": round(seconds, 3), "baseline": "a reader's story page, click to map drawn",
                     "baseline_s": round(baseline, 3), "ratio": round(seconds / baseline, 2),
                     **({"goal_s": goal} if goal else {})})
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
