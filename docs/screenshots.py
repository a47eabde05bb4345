"""The README's screenshots, taken in Debian's Chromium from the stories in geodata/:
`make screenshots` (or `.venv/bin/python docs/screenshots.py`) rewrites docs/screenshots/."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from webmap.web import create_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
STORY = "/stories/peru-china-state-visit-2024"
DESKTOP = {"viewport": {"width": 1400, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 1}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", 0, create_app({"GEODATA_DIR": ROOT / "geodata"}), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(**DESKTOP)
        page.goto(base + STORY)
        page.wait_for_selector("html[data-map-ready='true']")
        page.locator("button[data-feature='city-1796236']").click()  # Shanghai, a stop and a port
        page.wait_for_timeout(600)
        page.screenshot(path=str(OUT / "story-desktop.png"))
        page = browser.new_page(**PHONE)
        page.goto(base + STORY)
        page.wait_for_selector("html[data-map-ready='true']")
        page.locator(".leaflet-marker-icon[title='Shanghai']").tap()
        page.wait_for_timeout(600)
        page.screenshot(path=str(OUT / "story-phone.png"))
        for name, options in (("index-desktop", DESKTOP), ("index-phone", PHONE)):
            page = browser.new_page(**options)
            page.goto(base + "/")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(OUT / f"{name}.png"))
        browser.close()
    server.shutdown()
    print(f"wrote {', '.join(sorted(p.name for p in OUT.glob('*.png')))} in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
