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


# Screenshots of the flows, kept as test artefacts (gitignored).
SHOTS = Path(__file__).resolve().parents[1] / "output" / "browser"
PAGES = ["/", "/?q=korea+utara&sort=date", "/?q=banjir&kind=PLACE", "/view/quotes",
         "/view/quotes?about=Korea+Utara", "/view/events", "/view/events?code=ACCUSE",
         "/view/entities/per:volodymyr-zelenskyy", "/view/articles/nope",
         "/view/events?offset=x", "/view/stories", "/view/trends?q=korea+utara",
         "/view/entities", "/view/entities?kind=PLACE&country=KP",
         "/view/entities/loc:korea-utara",
         "/?q=korea+utara&since=2024-11-01&until=2024-11-30"]


def _article_paths(base_url: str) -> list[str]:
    items = httpx.get(f"{base_url}/articles", params={"limit": 10}).json()["items"]
    return [f"/view/articles/{a['id']}" for a in items]


def _story_paths(base_url: str) -> list[str]:
    items = httpx.get(f"{base_url}/stories", params={"min_articles": 1}).json()["items"]
    return [f"/view/stories/{x['id']}" for x in items[:3]]


def test_every_page_passes_axe_and_fits_a_phone(base_url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    axe = Axe()
    found: dict[str, list[str]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            for path in PAGES + _article_paths(base_url) + _story_paths(base_url):
                page.goto(base_url + path)
                width = page.evaluate("document.documentElement.scrollWidth")
                assert width <= 390, f"{path} is {width} px wide at 390 px"
                assert page.get_attribute("html", "lang") == "en", path
                result = axe.run(page)
                bad = [f"{v['id']}: {v['help']} ({len(v['nodes'])}x: "
                       f"{v['nodes'][0]['target']})" for v in result.response["violations"]]
                if bad:
                    found[path] = bad
            page.goto(base_url + "/view/quotes?about=Korea+Utara")
            page.screenshot(path=str(SHOTS / "quotes-phone.png"), full_page=True)
        finally:
            browser.close()
    assert found == {}, f"axe-core found accessibility problems: {found}"


def test_who_said_what_about_x_and_export_the_quotes(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(accept_downloads=True)
            page.goto(base_url + "/")
            page.click("nav >> text=quotes")
            page.fill("input[name=about]", "Korea Utara")
            page.click("text=Find quotes")
            page.wait_for_selector(".quote-item")
            assert page.url.endswith("/view/quotes?about=Korea+Utara")  # clean: no empty fields
            items = page.locator(".quote-item").all_inner_texts()
            said = [q for q in items if "Volodymyr Zelenskyy" in q]
            assert said and all("Korea Utara" in q for q in items)
            assert page.locator(".chip").all_inner_texts()[0].startswith("about: Korea Utara")
            page.screenshot(path=str(SHOTS / "who-said-what.png"), full_page=True)

            # Narrow to one speaker by clicking the speaker, then the quote's article.
            with page.expect_download() as dl:
                page.click(".export >> text=CSV")
            csv_file = SHOTS / "quotes-about-korea-utara.csv"
            dl.value.save_as(csv_file)
            rows = csv_file.read_text("utf-8").splitlines()
            assert rows[0].startswith("article_id,title,published,kind,text,speaker")
            assert len(rows) - 1 == int(page.inner_text("#count").split()[0])
            assert any("per:volodymyr-zelenskyy" in r for r in rows[1:])
            with page.expect_download() as dl:
                page.click(".export >> text=JSONL")
            jsonl = SHOTS / "quotes-about-korea-utara.jsonl"
            dl.value.save_as(jsonl)
            assert len(jsonl.read_text("utf-8").splitlines()) == len(rows) - 1

            page.locator(".quote-item a.article").first.click()
            page.wait_for_selector("#text")
            assert page.get_attribute("#text", "lang") == "id"
            assert "negative" in page.inner_text(".tags") or page.locator(".tags").count() == 0
            page.screenshot(path=str(SHOTS / "quoted-article.png"), full_page=True)

            page.goto(base_url + "/view/articles/nope")
            assert "no article with id" in page.inner_text(".problem")
            page.screenshot(path=str(SHOTS / "not-found.png"))
        finally:
            browser.close()


def test_search_controls_chips_sort_and_pages(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(base_url + "/?q=korea")
            page.click("summary")
            page.select_option("select[name=kind]", "PERSON")
            page.select_option("select[name=sort]", "date")
            page.click("button[type=submit]")
            page.wait_for_selector(".hit")
            assert "kind=PERSON" in page.url and "sort=date" in page.url
            assert "entity=" not in page.url  # empty fields stay out of the link
            dates = [d[:10] for d in page.locator(".hit .meta").all_inner_texts()]
            dated = [d for d in dates if d[:1].isdigit()]  # the undated one comes last
            assert len(dated) >= 2 and dates[:len(dated)] == sorted(dated, reverse=True)
            page.click(".chip a[aria-label^='remove filter kind']")
            page.wait_for_selector(".hit")
            assert "kind=" not in page.url and "sort=date" in page.url
            page.goto(base_url + "/?q=tanggap")  # only "tanggapan" in the texts
            assert page.locator(".hit .snippet mark").first.inner_text().lower() == "tanggapan"
            page.screenshot(path=str(SHOTS / "search-affixes.png"), full_page=True)
        finally:
            browser.close()


def test_chart_a_topic_over_a_month(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(base_url + "/")
            page.fill("input[name=q]", "korea utara")
            page.click("summary")
            page.fill("input[name=since]", "2024-11-01")
            page.fill("input[name=until]", "2024-11-30")
            page.click("button[type=submit]")
            page.wait_for_selector(".search-chart svg.trend")
            total = int(page.inner_text("#count").split()[0])
            assert "per day" in page.inner_text(".search-chart figcaption")  # a month: days
            bars = page.locator(".search-chart a.period")
            labels = [bars.nth(i).get_attribute("aria-label") or "" for i in range(bars.count())]
            assert labels and all(x.startswith("2024-11-") for x in labels)
            charted = sum(int(x.split(": ")[1].split()[0]) for x in labels)
            assert charted == total  # every dated hit sits in a bar
            page.screenshot(path=str(SHOTS / "topic-over-a-month.png"), full_page=True)

            day, count = labels[0].split(": ")[0], int(labels[0].split(": ")[1].split()[0])
            bars.first.click()
            page.wait_for_url(f"**until={day}**")
            assert f"since={day}" in page.url and "q=korea+utara" in page.url
            assert int(page.inner_text("#count").split()[0]) == count
            assert all(d.startswith(day) for d in page.locator(".hit .meta").all_inner_texts())
            assert page.locator(".chip", has_text="since").count() == 1
            page.screenshot(path=str(SHOTS / "topic-one-day.png"), full_page=True)
        finally:
            browser.close()


def test_open_a_story(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(base_url + "/")
            page.click("nav a[href='/view/stories']")
            page.wait_for_selector("h1")
            # The sample store's stories are single articles: ask for those too.
            page.select_option("select[name=min_articles]", "1")
            page.click("text=show")
            page.wait_for_selector(".story-item")
            assert "min_articles=1" in page.url
            first = page.locator(".story-item > a").first
            headline = first.inner_text()
            first.click()
            page.wait_for_selector("h1.story-headline")
            assert page.inner_text("h1.story-headline") == headline
            page.screenshot(path=str(SHOTS / "story.png"), full_page=True)
            article = page.locator("ol.story-articles a").first
            title = article.inner_text()
            article.click()
            page.wait_for_selector("#text")
            assert title in page.inner_text("h1")
            page.screenshot(path=str(SHOTS / "story-article.png"), full_page=True)
        finally:
            browser.close()


def test_entity_directory_to_entity_page(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(base_url + "/")
            page.click("nav a[href='/view/entities']")
            page.select_option("select[name=kind]", "PERSON")
            page.click("text=Show")
            page.wait_for_selector("tr.entity-row")
            assert page.url.endswith("/view/entities?kind=PERSON")
            counts = [int(x) for x in page.locator("tr.entity-row td.n").all_inner_texts()]
            assert counts == sorted(counts, reverse=True)
            assert all(k == "PERSON" for k in
                       page.locator("tr.entity-row td:nth-child(2)").all_inner_texts())
            page.screenshot(path=str(SHOTS / "entities.png"), full_page=True)
            page.click("tr.entity-row a >> text=Volodymyr Zelenskyy")
            page.wait_for_selector("h1.entity-name")
            assert "Presiden Ukraina" in page.inner_text("ul.roles")
            assert page.locator("svg.trend a.period").count() >= 1
            assert page.locator(".quote-item").count() >= 2
            page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)
        finally:
            browser.close()
