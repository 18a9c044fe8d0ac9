"""/stories, /stories/{id}, /trends and their web pages over the sample store."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from warta.store import SQLStore


def test_stories_list_and_one(app: FastAPI, filled_store: SQLStore) -> None:
    c = TestClient(app)
    r = c.get("/stories", params={"min_articles": 1})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == len(page["items"]) >= 1
    assert sum(s["articles"] for s in page["items"]) == filled_store.count()
    first = page["items"][0]
    assert first["id"].startswith("st-") and first["headline"]
    one = c.get(f"/stories/{first['id']}").json()
    assert len(one["articles"]) == first["articles"]
    assert c.get("/stories/st-nope").status_code == 404
    assert c.get("/stories", params={"since": "2030-01-01", "min_articles": 1}).json()[
        "total"] == 0
    assert c.get("/stories", params={"since": "2024-02-01", "until": "2024-01-01"}
                 ).status_code == 400


def test_trends_counts_every_article_once(app: FastAPI, filled_store: SQLStore) -> None:
    c = TestClient(app)
    rows = c.get("/trends").json()
    assert sum(r["articles"] for r in rows) == filled_store.count()
    assert all(r["mentions"] is None for r in rows)
    by_month = c.get("/trends", params={"by": "month"}).json()
    assert {len(r["period"]) for r in by_month} == {7}
    ent = c.get("/trends", params={"entity": "Volodymyr Zelenskyy"}).json()
    assert ent and all(r["mentions"] >= 1 for r in ent)
    text = c.get("/trends", params={"q": "Zelenskyy"}).json()
    assert 1 <= sum(r["articles"] for r in text) < filled_store.count()
    assert c.get("/trends", params={"by": "year"}).status_code == 422


def test_story_and_trend_pages(app: FastAPI) -> None:
    c = TestClient(app)
    listing = c.get("/view/stories")
    assert listing.status_code == 200 and "Stories" in listing.text
    sid = c.get("/stories", params={"min_articles": 1}).json()["items"][0]["id"]
    page = c.get(f"/view/stories/{sid}")
    assert page.status_code == 200 and "<svg" in page.text and sid in page.text
    assert c.get("/view/stories/st-nope").status_code == 404
    trend = c.get("/view/trends", params={"q": "Zelenskyy"})
    assert trend.status_code == 200 and "<svg" in trend.text
    assert "bad date" in c.get("/view/trends", params={"since": "x"}).text
