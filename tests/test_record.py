import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pydantic
import pytest

from warta.record import (
    ENTITY_KINDS,
    SCHEMA_VERSION,
    Article,
    Count,
    Entity,
    Quote,
    Span,
    TimeExpr,
    entity_id,
    entity_kind,
    json_schema,
    make_id,
    slug,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "src/warta/schema/article.schema.json"
FIELDS = ["id", "source", "url", "published", "title", "text", "lang", "related", "sentences",
          "entities", "quotes", "numbers", "times", "events", "themes", "summary", "provenance"]


def _article() -> Article:
    return Article(
        id="a1", text="Kim datang.", published=datetime(2024, 11, 18, 9, 30),
        related=("Judul",), sentences=(Span(start=0, end=11),),
        entities=(Entity(id="per:kim", kind="PERSON", name="Kim Jong Un",
                         mentions=(Span(start=0, end=3),), country="KP"),),
        quotes=(Quote(content=Span(start=4, end=10), kind="indirect", speaker="per:kim"),),
        times=(TimeExpr(span=Span(start=0, end=3), type="DATE", value="2024-11-18"),),
    )


def test_round_trip_through_json() -> None:
    a = _article()
    d = json.loads(json.dumps(a.to_dict()))
    assert d["published"] == "2024-11-18T09:30:00"
    assert d["schema_version"] == SCHEMA_VERSION
    assert Article.from_dict(d) == a


def test_required_field_names() -> None:
    d = _article().to_dict()
    for name in FIELDS:
        assert name in d, name


def test_from_dict_rejects_bad_data_and_other_versions() -> None:
    d = _article().to_dict()
    with pytest.raises(pydantic.ValidationError):
        Article.from_dict({**d, "sentences": [{"start": "x"}]})
    with pytest.raises(ValueError, match="schema_version"):
        Article.from_dict({**d, "schema_version": SCHEMA_VERSION + 1})


def test_entity_kind_is_one_of_four_and_aliases_are_refused() -> None:
    d = _article().to_dict()
    for alias in ("LOC", "GPE", "PER", "person"):
        bad = {**d, "entities": [{**d["entities"][0], "kind": alias}]}
        with pytest.raises(pydantic.ValidationError):
            Article.from_dict(bad)
        with pytest.raises(ValueError, match="PERSON, ORG, PLACE, EVENT"):
            entity_kind(alias)
    assert [entity_kind(k) for k in ENTITY_KINDS] == ["PERSON", "ORG", "PLACE", "EVENT"]
    schema_kind = json_schema()["$defs"]["Entity"]["properties"]["kind"]
    assert schema_kind["enum"] == list(ENTITY_KINDS)


def test_entity_id_is_kind_prefix_and_folded_slug() -> None:
    assert entity_id("PERSON", "Kim Jong Un") == "per:kim-jong-un"
    assert entity_id("ORG", "Bank Indonesia") == "org:bank-indonesia"
    assert entity_id("PLACE", "Côte d'Ivoire") == "loc:cote-d-ivoire"
    assert entity_id("EVENT", "KTT G20") == "evt:ktt-g20"
    assert slug("Ñíño") == "nino"
    assert slug("!!!") == "x"
    with pytest.raises(ValueError, match="unknown entity kind 'LOC'"):
        entity_id("LOC", "Jakarta")  # type: ignore[arg-type]


def test_records_validate_against_shipped_schema() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text("utf-8"))
    hint = "regenerate: warta schema > src/warta/schema/article.schema.json"
    assert shipped == json_schema(), hint
    jsonschema.validate(_article().to_dict(), shipped)


def test_make_id_prefers_url_and_ignores_whitespace() -> None:
    assert make_id("a  b\nc") == make_id("a b c")
    assert make_id("x", "https://k.com/1") == make_id("y", "https://k.com/1")


def test_field_text_names_the_string_a_quote_indexes() -> None:
    a = Article(id="x", text="Badan.", title="Judul", related=("Kremlin: Kami Siap!",),
                quotes=(Quote(content=Span(start=9, end=19), kind="headline",
                              field="related[0]"),))
    q = a.quotes[0]
    assert q.content.of(a.field_text(q.field)) == "Kami Siap!"
    assert a.field_text(None) == "Badan." and a.field_text("title") == "Judul"
    with pytest.raises(ValueError, match="related"):
        a.field_text("summary")


def test_older_records_upgrade_and_unknown_versions_are_refused() -> None:
    a = Article(id="x", text="Kemarin hujan.", times=(
        TimeExpr(span=Span(start=0, end=7), type="DATE", value="2024-11-17"),))
    v1 = {**a.to_dict(), "schema_version": 1}
    del v1["times"][0]["mod"]  # version 1 had no TimeExpr.mod
    b = Article.from_dict(v1)
    assert b.schema_version == SCHEMA_VERSION and b.times[0].mod is None
    assert b.times == a.times
    for bad in (0, "2", SCHEMA_VERSION + 1):
        with pytest.raises(ValueError, match="schema_version"):
            Article.from_dict({**a.to_dict(), "schema_version": bad})


def test_version_2_records_read_without_the_fields_version_3_added() -> None:
    a = Article(id="x", text="Laba naik 5 persen, kata Budi.",
                quotes=(Quote(content=Span(start=0, end=18), kind="indirect"),),
                numbers=(Count(span=Span(start=10, end=18), value=5.0, unit="persen"),))
    v2 = {**a.to_dict(), "schema_version": 2}
    del v2["quotes"][0]["speaker_kind"]
    for key in ("change", "change_to", "period", "period_span"):
        del v2["numbers"][0][key]
    b = Article.from_dict(v2)
    assert b.schema_version == SCHEMA_VERSION == 7
    assert b.quotes[0].speaker_kind is None and b.numbers[0].change is None
    assert b == a


def test_version_3_records_read_without_change_from() -> None:
    a = Article(id="x", text="Laba turun dari 5 persen.",
                numbers=(Count(span=Span(start=16, end=24), value=5.0, unit="persen",
                               change="down"),))
    v3 = {**a.to_dict(), "schema_version": 3}
    del v3["numbers"][0]["change_from"]
    b = Article.from_dict(v3)
    assert b.schema_version == SCHEMA_VERSION and b.numbers[0].change_from is False and b == a


def test_version_4_records_read_without_a_dateline_and_keep_one_given() -> None:
    a = Article(id="x", text="Polisi datang.", dateline="JAKARTA", entities=(
        Entity(id="loc:jakarta", kind="PLACE", name="Jakarta", country="ID"),))
    v4 = {**a.to_dict(), "schema_version": 4}
    del v4["dateline"]
    b = Article.from_dict(v4)
    assert b.schema_version == SCHEMA_VERSION and b.dateline is None
    # a place named only in the dateline: an entity with no mentions round-trips
    c = Article.from_dict(json.loads(a.to_json()))
    assert c == a and c.entities[0].mentions == ()


def test_version_5_records_read_without_the_outlet_the_text_names() -> None:
    a = Article(id="x", text="Polisi datang.", source="Kompas.com",
                dateline_source="KOMPAS.com", entities=(
                    Entity(id="org:kompas-com", kind="ORG", name="Kompas.com"),))
    v5 = {**a.to_dict(), "schema_version": 5}
    del v5["dateline_source"]
    b = Article.from_dict(v5)
    assert b.schema_version == SCHEMA_VERSION and b.dateline_source is None
    assert b.source == "Kompas.com"
    c = Article.from_dict(json.loads(a.to_json()))
    assert c == a and c.dateline_source == "KOMPAS.com" and c.entities[0].mentions == ()


def test_version_6_records_read_without_a_set_s_freq() -> None:
    # numtime3: schema 7 adds TimeExpr.freq ("tiga kali sehari": P1D, freq 3X)
    a = Article(id="x", text="Makan tiga kali sehari.", times=(
        TimeExpr(span=Span(start=6, end=22), type="SET", value="P1D", freq="3X"),))
    v6 = {**a.to_dict(), "schema_version": 6}
    del v6["times"][0]["freq"]
    b = Article.from_dict(v6)
    assert b.schema_version == SCHEMA_VERSION and b.times[0].freq is None
    assert Article.from_dict(a.to_dict()).times[0].freq == "3X"
