"""A real browser for the tests: Debian's Chromium driven by Playwright, offline."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import expect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"


def launch(playwright):
    """Debian's Chromium (no browser download), headless, with background networking off."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
              "--no-first-run", "--disable-sync", "--disable-quic"],
    )


class Page:
    """A browser page that blocks the network beyond loopback and records what went wrong."""

    def __init__(self, browser, width=1280, height=800, touch=False):
        self.page = browser.new_page(viewport={"width": width, "height": height}, has_touch=touch, is_mobile=touch)
        self.failed, self.errors, self.blocked = [], [], []
        self.pending = set()  # requests the page has made that have not finished yet
        self.page.on("request", lambda r: self.pending.add(r))
        self.page.on("requestfinished", lambda r: self.pending.discard(r))
        self.page.on("requestfailed", self._failed)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._only_loopback)

    def _failed(self, request):
        self.pending.discard(request)
        # The browser's own favicon fetch is cancelled when the page navigates on: not the page's failure.
        if not (request.failure == "net::ERR_ABORTED" and request.url.endswith("/favicon.svg")):
            self.failed.append(f"{request.url} {request.failure}")

    def _only_loopback(self, route):
        if route.request.url.startswith(("http://127.0.0.1", "data:", "about:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def settle(self, timeout_ms: int = 10_000):
        """Wait until no request of the page's is in flight (an image an earlier state asked for, say)."""
        waited = 0
        while self.pending and waited < timeout_ms:
            self.page.wait_for_timeout(50)
            waited += 50
        assert not self.pending, f"still loading after {timeout_ms} ms: {sorted(r.url for r in self.pending)}"

    def open(self, url: str):
        self.page.goto(url)
        self.page.wait_for_selector("html[data-map-ready='true']")
        # The offline basemap: Natural Earth countries, drawn in three world copies.
        expect(self.page.locator(".leaflet-basemap-pane path")).to_have_count(3 * 177)
        return self.page

    def screenshot(self, name: str):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


# The two screens every reader-facing page is tested on (issue 14).
SCREENS = {"desktop": {"width": 1400, "height": 900}, "phone": {"width": 390, "height": 844, "touch": True}}

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


def accessibility_problems(page, *, contrast_to_review: bool = True) -> list[str]:
    """axe-core's violations, and its colour-contrast items that "need review", on `page`
    (those left out with `contrast_to_review=False`: axe cannot work out the background of
    text in a scrolled panel). axe is evaluated in the page (not added as a script), so the
    page's own policy stays on."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations', 'incomplete']})")
    problems = [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in results["violations"]]
    return problems + [f"needs review, {i['id']}: {[n['target'] for n in i['nodes']]}"
                       for i in results["incomplete"] if i["id"] == "color-contrast" and contrast_to_review]
