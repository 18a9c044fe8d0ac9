"""The entity directory, the registry entity page and the search page's trend chart."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from warta.api.render import fill_periods, period_range, pick_period, trend_svg
from warta.corpus.trends import TrendRow
from warta.store import SQLStore


def _row(period: str, n: int, tone: float | None = None) -> TrendRow:
    return TrendRow(period=period, articles=n, mentions=None, tone=tone)


def test_periods_follow_the_range_and_cover_their_days() -> None:
    assert pick_period(date(2025, 1, 1), date(2025, 1, 31)) == "day"
    assert pick_period(date(2025, 1, 1), date(2025, 9, 1)) == "week"
    assert pick_period(date(2016, 1, 1), date(2025, 1, 1)) == "month"
    assert period_range("2025-10-20") == (date(2025, 10, 20), date(2025, 10, 20))
    assert period_range("2025-W01") == (date(2024, 12, 30), date(2025, 1, 5))
    assert period_range("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_range("2024-12") == (date(2024, 12, 1), date(2024, 12, 31))
    weeks = fill_periods([_row("2024-W52", 2), _row("2025-W02", 1)], "week")
    assert [r.period for r in weeks] == ["2024-W52", "2025-W01", "2025-W02"]
    months = fill_periods([_row("2024-11", 1), _row("2025-01", 1)], "month")
    assert [r.period for r in months] == ["2024-11", "2024-12", "2025-01"]


def test_trend_svg_links_each_bar_and_draws_the_tone() -> None:
    rows = [_row("2025-10", 3, -20.0), _row("2025-11", 0), _row("2025-12", 1, 40.0)]
    svg = trend_svg(rows, by="month", href=lambda p: f"/?since={p}")
    assert svg.count('<a class="period"') == 2  # the empty month has no bar
    assert 'href="/?since=2025-12"' in svg and "1 article, tone +40.0" in svg
    assert '<polyline class="tone"' in svg and 'role="group"' in svg
    assert 'role="img"' in trend_svg(rows, by="month")  # no links: an image


def test_entity_directory_filters_pages_and_exports(app: FastAPI) -> None:
    c = TestClient(app)
    page = c.get("/view/entities")
    assert page.status_code == 200 and 'href="/view/entities"' in page.text  # in the nav
    counts = [int(n) for n in re.findall(r'<td class="n">(\d+)</td>', page.text)]
    assert counts and counts == sorted(counts, reverse=True)
    people = c.get("/view/entities", params={"kind": "PERSON"}).text
    assert "Volodymyr Zelenskyy" in people and "Kyiv</a>" not in people
    ua = c.get("/view/entities", params={"country": "UA"}).text
    assert "Kyiv</a>" in ua and "Kim Jong Un" not in ua
    assert "unknown kind" in c.get("/view/entities", params={"kind": "X"}).text
    rows = list(csv.DictReader(io.StringIO(
        c.get("/view/entities/export", params={"kind": "PERSON"}).text)))
    assert rows and {r["kind"] for r in rows} == {"PERSON"}
    lines = c.get("/view/entities/export",
                  params={"format": "jsonl", "country": "UA"}).text.splitlines()
    assert lines and all(json.loads(x)["country"] == "UA" for x in lines)
    assert c.get("/view/entities/export", params={"kind": "X"}).status_code in (400, 422)
    api = c.get("/entities", params={"country": "UA", "limit": 100}).json()
    assert api["items"] and {e["country"] for e in api["items"]} == {"UA"}
    assert api["total"] == len(lines)


def test_entity_page_shows_roles_quotes_and_a_linked_chart(app: FastAPI) -> None:
    text = TestClient(app).get("/view/entities/per:volodymyr-zelenskyy").text
    assert "Presiden Ukraina" in text and "first seen" in text
    assert "eskalasi yang berbahaya" in text and "Korea Utara</a>" in text
    links = re.findall(r'<a class="period" href="([^"]+)"', text)
    assert links and all("entity=per%3Avolodymyr-zelenskyy" in u and "since=" in u
                         for u in links)


def test_search_chart_bars_narrow_the_search(app: FastAPI, filled_store: SQLStore) -> None:
    c = TestClient(app)
    text = c.get("/", params={"q": "korea"}).text
    assert "search-chart" in text and "Per day" not in text
    links = [u.replace("&amp;", "&") for u in re.findall(r'<a class="period" href="([^"]+)"',
                                                          text)]
    assert links and all("q=korea" in u for u in links)
    narrowed = c.get(links[0]).text
    total = int(re.search(r'id="count">(\d+)', narrowed).group(1))  # type: ignore[union-attr]
    assert 1 <= total < int(re.search(r'id="count">(\d+)', text).group(1))  # type: ignore[union-attr]


def test_a_large_result_charts_its_day_counts_without_tone(
        app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.api.routes import pages

    c = TestClient(app)
    full = c.get("/", params={"q": "korea"}).text
    monkeypatch.setattr(pages, "CHART_TONE_CAP", 0)
    quick = c.get("/", params={"q": "korea"}).text
    bars = re.compile(r'<a class="period" href="([^"]+)" aria-label="([^":]+): (\d+)')
    assert [m[:3] for m in bars.findall(quick)] == [m[:3] for m in bars.findall(full)]


def test_trends_page_picks_its_period_and_links_the_search(app: FastAPI) -> None:
    c = TestClient(app)
    auto = c.get("/view/trends", params={"q": "korea"}).text
    assert "<th>day</th>" in auto  # a few days apart: by day
    links = re.findall(r'<a class="period" href="([^"]+)"', auto)
    assert links and all(u.startswith("/?q=korea&amp;since=") for u in links)
    monthly = c.get("/view/trends", params={"q": "korea", "by": "month"}).text
    assert "<th>month</th>" in monthly and "2024-11" in monthly
    assert "unknown period" in c.get("/view/trends", params={"by": "year"}).text
