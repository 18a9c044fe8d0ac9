"""The web page in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from warta.api import Settings, create_app
from warta.store import open_store
from warta.store.samples import prabowo_article, zelenskyy_article, zelenskyy_follow_up

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium not installed "
                                "(apt-get install chromium; CI installs it via .ci/system-deps.sh)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "db"
    store = open_store(db)
    store.put_many([zelenskyy_article(), zelenskyy_follow_up(day=25),
                    prabowo_article()])
    store.release_writer()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(api_key="k"), store=store),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    # One more article through the HTTP ingest endpoint, analysed for real.
    r = httpx.post(f"{url}/ingest", headers={"X-API-Key": "k"}, timeout=60,
                   json={"articles": [{"text": seed_text, "source": "suara.com"}]})
    assert r.status_code == 200 and r.json()["stored"] == 1, r.text
    yield url
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def test_search_article_and_entity_pages(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            blocked: list[str] = []
            page.on("request", lambda req: blocked.append(req.url)
                    if not req.url.startswith(base_url) else None)
            page.goto(base_url + "/")
            page.fill("input[name=q]", "korea utara")
            page.press("input[name=q]", "Enter")
            page.wait_for_selector(".hit")
            assert page.inner_text("#count").startswith("3 articles")
            assert page.locator(".hit .snippet mark").first.inner_text().lower() == "korea"
            assert "Volodymyr Zelenskyy" in page.inner_text(".facets")

            page.goto(base_url + "/?q=eskalasi&speaker=Volodymyr+Zelenskyy")
            page.locator(".hit a.title").first.click()
            page.wait_for_selector("#text")
            ents = page.locator("#text a.ent").all_inner_texts()
            assert "Volodymyr Zelenskyy" in ents and "Kim Jong Un" in ents
            assert page.locator("#text .num").first.inner_text() == "lebih dari 10.000 tentara"
            assert "pekan lalu" in page.locator("#text .time").all_inner_texts()
            assert "eskalasi" in page.locator("#text .quote").first.inner_text()
            assert page.locator(".quote-item .speaker").first.inner_text() == \
                "Volodymyr Zelenskyy"
            assert "MOBILIZE" in page.inner_text("ul.events")
            page.uncheck("input[data-layer=num]")
            assert "hide-num" in (page.get_attribute("body", "class") or "")

            page.locator("#text a.ent", has_text="Volodymyr Zelenskyy").first.click()
            page.wait_for_selector("h1.entity-name")
            assert page.inner_text("h1.entity-name") == "Volodymyr Zelenskyy"
            assert page.locator("svg.timeline rect.bar").count() == 2
            # The two hand-built quotes, plus any the real pipeline found in the seed article.
            quotes = page.locator(".quote-item").all_inner_texts()
            assert sum("eskalasi yang berbahaya" in q for q in quotes) == 2

            page.goto(base_url + "/view/events?code=ACCUSE")
            rows = page.locator("tr.event").all_inner_texts()
            assert sum("Volodymyr Zelenskyy" in r for r in rows) >= 2
            assert page.locator("tr.event a[data-id='per:volodymyr-zelenskyy']").count() >= 2
            assert all("ACCUSE" in r for r in rows)
            assert blocked == [], f"the page fetched something off this server: {blocked}"
        finally:
            browser.close()


def test_docs_and_redoc_render_with_the_network_blocked(base_url: str) -> None:
    from playwright.sync_api import Route, sync_playwright

    blocked: list[str] = []

    def local_only(route: Route) -> None:
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", local_only)
            page.goto(base_url + "/docs")
            page.wait_for_selector(".opblock-summary-path", timeout=20_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
            assert {"/search", "/articles/{article_id}", "/analyze"} <= {p.strip("\u200b ")
                                                                        for p in paths}
            page.goto(base_url + "/redoc")
            page.wait_for_selector("h1", timeout=20_000)
            assert "warta" in page.inner_text("h1")
            assert "Ranked full-text search" in page.inner_text("body")
            # ReDoc's "powered by" badge is a hard-coded remote image it hides on error;
            # nothing else may leave this server.
            extra = [u for u in blocked if u != "https://cdn.redoc.ly/redoc/logo-mini.svg"]
            assert extra == [], f"the docs fetched something off this server: {extra}"
        finally:
            browser.close()


def test_story_and_trend_pages(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            blocked: list[str] = []
            page.on("request", lambda req: blocked.append(req.url)
                    if not req.url.startswith(base_url) else None)
            page.goto(base_url + "/")
            page.click("nav a[href='/view/stories']")
            page.wait_for_selector("h1")
            assert page.inner_text("h1") == "Stories"
            stories = httpx.get(f"{base_url}/stories", params={"min_articles": 1}).json()
            sid = stories["items"][0]["id"]
            page.goto(f"{base_url}/view/stories/{sid}")
            page.wait_for_selector("h1.story-headline")
            dots = page.locator("svg.timeline circle").count()
            assert dots == len(page.locator("ol.story-articles li").all()) >= 1
            page.goto(base_url + "/view/trends?q=korea+utara")
            page.wait_for_selector("table.trends")
            assert page.locator("svg.timeline rect.bar").count() >= 1
            assert blocked == [], f"the page fetched something off this server: {blocked}"
        finally:
            browser.close()
