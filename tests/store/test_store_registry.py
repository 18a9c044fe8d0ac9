"""The entity registry in both stores: merging on ingest, refusing ambiguous short names,
incremental == rebuild, curation that survives rebuild and re-ingest, migration."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from warta.cli import main
from warta.corpus import registry
from warta.record import Article, Entity, EntityKind, Span, entity_id, make_id
from warta.store import SQLStore, open_store

Ent = tuple[EntityKind, str] | tuple[EntityKind, str, tuple[str, ...]]


def art(*ents: Ent, day: int = 1, extra: str = "", source: str = "Kompas.com") -> Article:
    """An article naming `ents` (kind, name[, roles]) once each, in that order."""
    text, entities, seen = "", [], set()
    for e in ents:
        kind, name = e[0], e[1]
        roles = e[2] if len(e) == 3 else ()  # type: ignore[misc]
        start = len(text)
        text += f"{name} hadir. "
        eid = entity_id(kind, name)
        assert eid not in seen
        seen.add(eid)
        entities.append(Entity(id=eid, kind=kind, name=name, roles=roles,
                               mentions=(Span(start=start, end=start + len(name)),)))
    text += extra
    return Article(id=make_id(text, None), text=text, source=source, url=None, title=None,
                   published=datetime(2024, 1, day, 9), lang="id", entities=tuple(entities))


def rid_of(store: SQLStore, a: Article, name: str) -> str:
    found = store._x("SELECT rid FROM registry_links WHERE article_id = ? AND name = ?",
                     (a.id, name))
    assert found, (a.id, name)
    return str(found[0][0])


def snapshot(store: SQLStore) -> list[tuple[object, ...]]:
    return sorted(store._x("SELECT article_id, local_id, key, auto, rid, how "
                           "FROM registry_links"))


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SQLStore]:
    target = str(tmp_path / "db") if request.param == "sqlite" else \
        request.getfixturevalue("pg_db")
    s = open_store(target)
    yield s
    s.close()


PARTY = ("ORG", "Partai Golongan Karya")
POLICE = ("ORG", "Kepolisian Negara Republik Indonesia")


def test_must_merge(store: SQLStore) -> None:
    long_ = art(("PERSON", "Bahlil Lahadalia"), PARTY, day=1)
    short = art(("PERSON", "Bahlil"), PARTY, day=2)
    jokowi = art(("PERSON", "Jokowi"), ("PERSON", "Joko Widodo"), day=3)
    sandi = art(("PERSON", "Sandi"), day=4, extra="x")
    sandiaga = art(("PERSON", "Sandiaga Uno"), day=5)
    kpk = art(("ORG", "KPK"), day=6)
    kpk_full = art(("ORG", "Komisi Pemberantasan Korupsi"), day=7)
    us = art(("PLACE", "AS"), day=8, extra="y")
    us_full = art(("PLACE", "Amerika Serikat"), day=9)
    brin = art(("ORG", "Badan Riset dan Inovasi Nasional"), ("ORG", "BRIN"), day=10)
    prabowo = art(("PERSON", "Prabowo"), day=11, extra="z")
    store.put_many([long_, short, jokowi, sandi, sandiaga, kpk, kpk_full, us, us_full, brin,
                    prabowo])
    assert rid_of(store, short, "Bahlil") == rid_of(store, long_, "Bahlil Lahadalia") == \
        "per:bahlil-lahadalia"
    assert rid_of(store, jokowi, "Jokowi") == rid_of(store, jokowi, "Joko Widodo")
    assert rid_of(store, sandi, "Sandi") == rid_of(store, sandiaga, "Sandiaga Uno")
    assert rid_of(store, kpk, "KPK") == rid_of(store, kpk_full, "Komisi Pemberantasan Korupsi")
    assert rid_of(store, us, "AS") == rid_of(store, us_full, "Amerika Serikat")
    assert rid_of(store, brin, "BRIN") == "org:badan-riset-dan-inovasi-nasional"
    assert rid_of(store, prabowo, "Prabowo") == "per:prabowo-subianto"
    e = registry.entity(store, "Bahlil")
    assert e is not None and e.id == "per:bahlil-lahadalia" and e.aliases == ["Bahlil"]
    assert e.articles == 2 and e.first_seen and e.first_seen.startswith("2024-01-01")
    assert e.last_seen and e.last_seen.startswith("2024-01-02")


def test_short_name_of_two_people_stays_apart(store: SQLStore) -> None:
    a = art(("PERSON", "Budi Gunawan"), POLICE, day=1)
    b = art(("PERSON", "Budi Karya Sumadi"), ("ORG", "Kementerian Perhubungan"), day=2)
    c = art(("PERSON", "Budi"), ("PLACE", "Bogor"), day=3)
    store.put_many([a, b, c])
    assert rid_of(store, c, "Budi") == "per:budi"
    # Beside one of them in the same article, it is that one.
    d = art(("PERSON", "Budi Karya Sumadi"), ("PERSON", "Budi"), day=4)
    store.put(d)
    assert rid_of(store, d, "Budi") == "per:budi-karya-sumadi"
    # A second longer name arriving later makes an earlier unique match ambiguous again.
    e = art(("PERSON", "Yandri Susanto"), day=5)
    f = art(("PERSON", "Yandri"), day=6)
    store.put_many([e, f])
    assert rid_of(store, f, "Yandri") == "per:yandri-susanto"
    store.put(art(("PERSON", "Yandri Hartono"), day=7))
    assert rid_of(store, f, "Yandri") == "per:yandri"


def test_contrary_context_refuses_a_unique_match(store: SQLStore) -> None:
    police = [art(("PERSON", "Agus Andrianto", ("Kapolda Sumatera Utara",)), POLICE,
                  ("ORG", "Badan Reserse Kriminal Polri"), day=d) for d in (1, 2)]
    coach = art(("PERSON", "Agus", ("Pelatih",)), ("ORG", "Persatuan Sepak Bola Bandung"),
                day=3)
    same = art(("PERSON", "Agus", ("Kapolda",)), POLICE, day=4)
    store.put_many([*police, coach, same])
    assert rid_of(store, coach, "Agus") == "per:agus"  # refused: other role, other company
    assert rid_of(store, same, "Agus") == "per:agus-andrianto"


def test_incremental_equals_rebuild(store: SQLStore) -> None:
    arts = [art(("PERSON", "Bahlil"), day=1, extra="a"),  # before its longer name
            art(("PERSON", "Bahlil Lahadalia"), PARTY, day=2),
            art(("PERSON", "Budi Gunawan"), POLICE, day=3),
            art(("PERSON", "Budi"), POLICE, day=4),
            art(("PERSON", "Budi Karya Sumadi"), day=5),
            art(("ORG", "BRIN"), day=6),
            art(("ORG", "Badan Riset dan Inovasi Nasional"), day=7),
            art(("PERSON", "Sandi"), ("PERSON", "Jokowi"), day=8)]
    for a in arts:
        store.put(a)
    before = snapshot(store)
    assert rid_of(store, arts[0], "Bahlil") == "per:bahlil-lahadalia"  # decided again
    assert rid_of(store, arts[5], "BRIN") == "org:badan-riset-dan-inovasi-nasional"
    assert registry.rebuild(store) == len(arts)
    assert snapshot(store) == before


def test_curation_survives_rebuild_and_reingest(store: SQLStore) -> None:
    a = art(("PERSON", "Joko Widodo"), day=1)
    b = art(("PERSON", "Pak Lurah"), day=2)
    c = art(("PERSON", "Bahlil Lahadalia"), ("PERSON", "Bahlil"), day=3)
    store.put_many([a, b, c])
    assert registry.merge(store, "Joko Widodo", "Pak Lurah") == "per:joko-widodo"
    assert rid_of(store, b, "Pak Lurah") == "per:joko-widodo"
    assert registry.split(store, "per:bahlil-lahadalia", "Bahlil") == "per:bahlil"
    assert rid_of(store, c, "Bahlil") == "per:bahlil"
    registry.alias_add(store, "Joko Widodo", "Mulyono")
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before
    later = art(("PERSON", "Mulyono"), ("PERSON", "Pak Lurah"), ("PERSON", "Bahlil"),
                ("PERSON", "Bahlil Lahadalia"), day=4)
    store.put(later)
    assert rid_of(store, later, "Mulyono") == rid_of(store, later, "Pak Lurah") == \
        "per:joko-widodo"
    assert rid_of(store, later, "Bahlil") == "per:bahlil"
    e = registry.entity(store, "per:joko-widodo")
    assert e is not None and set(e.aliases) == {"Pak Lurah", "Mulyono"} and e.articles == 3
    assert [x["op"] for x in registry.curation_log(store)] == ["merge", "split", "alias"]
    with pytest.raises(registry.CurationError, match="no registry entity"):
        registry.merge(store, "Joko Widodo", "Nobody Here")
    with pytest.raises(registry.CurationError, match="keyed on"):
        registry.split(store, "per:joko-widodo", "Joko Widodo")


def test_copies_count_once(store: SQLStore) -> None:
    text = " Ia berbicara panjang tentang rencana pembangunan ibu kota baru di Kalimantan " * 4
    a = art(("PERSON", "Bahlil Lahadalia"), day=1, extra=text)
    copy = art(("PERSON", "Bahlil Lahadalia"), day=1, extra=text, source="Detik")
    copy = Article.from_dict({**copy.to_dict(), "id": "copy-1"})
    store.put_many([a, copy])
    assert store.duplicate_of("copy-1") == a.id
    e = registry.entity(store, "Bahlil Lahadalia")
    assert e is not None and e.articles == 1
    total, items = store.list_entities(name="bahlil")
    assert total == 1 and items[0].articles == 1 and items[0].key == "per:bahlil-lahadalia"
    page = store.entity("per:bahlil-lahadalia")
    assert page is not None and len(page.articles) == 1


def test_existing_store_is_filled_on_open(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    s.put_many([art(("PERSON", "Bahlil Lahadalia"), day=1), art(("PERSON", "Bahlil"), day=2)])
    s._x("DROP TABLE registry_links")  # as a store made before the registry
    s._x("DELETE FROM meta WHERE key = 'registry_built'")
    s.close()
    s = open_store(tmp_path / "db")
    try:
        e = registry.entity(s, "Bahlil")
        assert e is not None and e.id == "per:bahlil-lahadalia" and e.articles == 2
    finally:
        s.close()


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db")
    s = open_store(db)
    s.put_many([art(("PERSON", "Bahlil Lahadalia"), day=1), art(("PERSON", "Bahlil"), day=2),
                art(("PERSON", "Pak Menteri"), day=3)])
    s.close()
    assert main(["entities", "Bahlil", "--format", "json", "--db", db]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] == "per:bahlil-lahadalia" and out["articles"] == 2
    assert out["aliases"] == ["Bahlil"] and out["kinds"] == ["PERSON"]
    assert main(["entities", "merge", "Bahlil Lahadalia", "Pak Menteri", "--db", db]) == 0
    assert "Pak Menteri" in capsys.readouterr().out
    assert main(["entities", "rebuild", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"articles": 3, "entities": 1}
    assert main(["entities", "nobody", "--db", db]) == 2
    assert main(["entities", "--db", db]) == 0
    assert "per:bahlil-lahadalia" in capsys.readouterr().out


def test_search_quotes_and_export_match_every_name_of_an_entity(store: SQLStore) -> None:
    from dataclasses import replace

    from warta.corpus.export import Filters, chunks
    from warta.record import Quote
    from warta.store import SearchQuery

    full = art(("PERSON", "Joko Widodo"), day=1, extra="Kata dia.")
    short = art(("PERSON", "Jokowi"), day=2, extra="Kata dia juga.")
    start = len(short.text) - len("Kata dia juga.")
    short = replace(short, quotes=(Quote(content=Span(start=start, end=start + 13),
                                         kind="direct", speaker="per:jokowi"),))
    other = art(("PERSON", "Bahlil Lahadalia"), day=3)
    store.put_many([full, short, other])
    store.flush()
    for ref in ("Jokowi", "Joko Widodo", "per:joko-widodo", "per:jokowi", "jokowi"):
        found = store.search(SearchQuery(entity=ref, facets=False))
        assert {h.id for h in found.hits} == {full.id, short.id}, ref
        assert found.total == 2
    with_text = store.search(SearchQuery(text="hadir", entity="Joko Widodo", facets=False))
    assert {h.id for h in with_text.hits} == {full.id, short.id}
    assert store.search(SearchQuery(entity="Nobody Here", facets=False)).total == 0
    said = store.search(SearchQuery(speaker="Joko Widodo", facets=False))
    assert [h.id for h in said.hits] == [short.id]
    total, quotes = store.list_quotes(speaker="Joko Widodo")
    assert total == 1 and quotes[0].article_id == short.id
    rows = b"".join(chunks(store, "articles", "jsonl", Filters(entity="Jokowi")))
    assert {json.loads(x)["id"] for x in rows.splitlines()} == {full.id, short.id}


def test_stories_name_registry_entities(store: SQLStore) -> None:
    from warta.corpus import story_store

    full = art(("PERSON", "Joko Widodo"), PARTY, day=1,
               extra="Presiden meresmikan bendungan baru di Sulawesi Selatan pagi ini.")
    short = art(("PERSON", "Jokowi"), day=20,
                extra="Tim nasional bulu tangkis berangkat ke turnamen di Jepang.")
    store.put_many([full, short])
    store.flush()
    for ref in ("Jokowi", "jokowi", "per:joko-widodo", "Joko Widodo"):
        _, found = story_store.list_stories(store, entity=ref, min_articles=1)
        assert {story_store.story_of(store, full.id), story_store.story_of(store, short.id)} \
            == {s.id for s in found}, ref
    _, other = story_store.list_stories(store, entity="Partai Golongan Karya", min_articles=1)
    assert [s.id for s in other] == [story_store.story_of(store, full.id)]
    story = story_store.get_story(store, str(story_store.story_of(store, short.id)))
    assert story is not None
    top = story.story.top_entities
    assert top[0]["key"] == "per:joko-widodo" and top[0]["name"] == "Joko Widodo"


def test_leading_words_of_one_longer_name_merge(store: SQLStore) -> None:
    first = art(("PERSON", "Purbaya Yudhi"), PARTY, day=1)  # before the longer name
    full = art(("PERSON", "Purbaya Yudhi Sadewa"), PARTY, day=2)
    both = art(("PERSON", "Purbaya Yudhi"), ("PERSON", "Purbaya Yudhi Sadewa"), day=3)
    later = art(("PERSON", "Purbaya Yudhi"), PARTY, day=4, extra="x")
    budi = art(("PERSON", "Budi Santoso"), PARTY, day=5)
    one = art(("PERSON", "Budi Santoso Wijaya"), PARTY, day=6)
    two = art(("PERSON", "Budi Santoso Pratama"), PARTY, day=7)
    stranger = art(("PERSON", "Purbaya Yudhi"), POLICE, ("PERSON", "Listyo Sigit"), day=8)
    store.put_many([first, full, both, later, budi, one, two, stranger])
    long_ = "per:purbaya-yudhi-sadewa"
    assert rid_of(store, first, "Purbaya Yudhi") == long_  # decided again
    assert rid_of(store, both, "Purbaya Yudhi") == long_  # in the article
    assert rid_of(store, later, "Purbaya Yudhi") == long_  # in the corpus
    assert rid_of(store, budi, "Budi Santoso") == "per:budi-santoso"  # two longer names
    assert rid_of(store, stranger, "Purbaya Yudhi") == "per:purbaya-yudhi"  # other company
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before


def test_top_in_few_statements_equals_entity_by_entity(store: SQLStore) -> None:
    arts = [art(("PERSON", "Bahlil Lahadalia"), PARTY, ("PLACE", "Jakarta"), day=1),
            art(("PERSON", "Bahlil"), PARTY, day=2),
            art(("PERSON", "Jokowi"), ("PERSON", "Joko Widodo"), ("PLACE", "Solo"), day=3),
            art(("PERSON", "Pak Lurah"), ("ORG", "KPK"), day=4),
            art(("ORG", "Komisi Pemberantasan Korupsi"), ("PLACE", "Jakarta"), day=5)]
    store.put_many(arts)
    registry.merge(store, "Joko Widodo", "Pak Lurah")
    registry.alias_add(store, "Bahlil Lahadalia", "Ketum Golkar")
    calls: list[str] = []
    real = store._x

    def counted(sql: str, params: object = ()) -> list[tuple[object, ...]]:
        calls.append(sql)
        return real(sql, params)  # type: ignore[arg-type]

    store._x = counted  # type: ignore[method-assign]
    total, got = registry.top(store, limit=50)
    n = len(calls)
    store._x = real  # type: ignore[method-assign]
    assert total == len(got) >= 6
    assert got == [registry.entity(store, e.id) for e in got]
    assert n <= 10  # not four statements an entity
    places = registry.top(store, kind="PLACE", limit=1, offset=1)[1]
    assert places == [registry.entity(store, places[0].id)] and places[0].kind == "PLACE"


def test_nested_names_are_one_candidate_with_their_company(store: SQLStore) -> None:
    # "Argo Yuwono" is named beside Polda Metro Jaya; the longer "Raden Argo Yuwono" once,
    # elsewhere. A short "Argo" beside Polda Metro Jaya is the candidate: the nested names'
    # articles are its articles too.
    polda = ("ORG", "Polda Metro Jaya")
    arts = [art(("PERSON", "Argo Yuwono"), polda, day=1),
            art(("PERSON", "Raden Argo Yuwono"), ("ORG", "Kepolisian Resor Bogor"), day=2),
            art(("PERSON", "Argo"), polda, day=3)]
    store.put_many(arts)
    assert rid_of(store, arts[2], "Argo") == "per:raden-argo-yuwono"
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before


def test_context_picks_one_of_two_candidates(store: SQLStore) -> None:
    spain = ("ORG", "Timnas Spanyol")
    arts = [art(("PERSON", "Thiago Alcantara"), spain, day=1),
            art(("PERSON", "Thiago Furtuoso"), ("ORG", "Bali United"), day=2),
            art(("PERSON", "Thiago"), spain, day=3),  # must merge: the company is Spain's
            art(("PERSON", "Thiago"), ("ORG", "Persib Bandung"), day=4),  # must not: nobody
            art(("PERSON", "Thiago"), spain, ("ORG", "Bali United"), day=5)]  # both: its own
    store.put_many(arts)
    assert rid_of(store, arts[2], "Thiago") == "per:thiago-alcantara"
    assert rid_of(store, arts[3], "Thiago") == "per:thiago"
    assert rid_of(store, arts[4], "Thiago") == "per:thiago"
    # A short name refused while it had one candidate is decided again when a second comes.
    first = art(("PERSON", "Lorenzo Pellegrini"), ("ORG", "AS Roma"), day=6)
    refused = art(("PERSON", "Lorenzo"), ("ORG", "Ducati Team"), day=7)
    store.put_many([first, refused])
    assert rid_of(store, refused, "Lorenzo") == "per:lorenzo"
    store.put(art(("PERSON", "Jorge Lorenzo"), ("ORG", "Ducati Team"), day=8))
    assert rid_of(store, refused, "Lorenzo") == "per:jorge-lorenzo"
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before


def test_place_types_and_nicknames(store: SQLStore) -> None:
    arts = [art(("PLACE", "Kecamatan Kawali"), day=1),
            art(("PLACE", "Kawali"), day=2),
            art(("PLACE", "Desa Sukamaju"), ("PLACE", "Sukamaju"), day=3),
            art(("PLACE", "Kabupaten Bandung"), day=4),  # a regency and a city: two places
            art(("PLACE", "Bandung"), day=5),
            art(("PERSON", "Tom Lembong"), day=6),
            art(("PERSON", "Thomas Trikasih Lembong"), day=7),
            art(("PERSON", "Cak Imin"), ("PERSON", "Muhaimin Iskandar"), day=8)]
    store.put_many(arts)
    assert rid_of(store, arts[0], "Kecamatan Kawali") == rid_of(store, arts[1], "Kawali") == \
        "loc:kawali"
    assert rid_of(store, arts[2], "Desa Sukamaju") == rid_of(store, arts[2], "Sukamaju")
    assert rid_of(store, arts[3], "Kabupaten Bandung") != rid_of(store, arts[4], "Bandung")
    assert rid_of(store, arts[5], "Tom Lembong") == \
        rid_of(store, arts[6], "Thomas Trikasih Lembong")
    assert rid_of(store, arts[7], "Cak Imin") == rid_of(store, arts[7], "Muhaimin Iskandar")
    e = registry.entity(store, "Kecamatan Kawali")
    assert e is not None and e.name == "Kawali" and e.aliases == ["Kecamatan Kawali"]
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before


def test_a_link_decided_again_does_not_vouch_for_itself(store: SQLStore) -> None:
    club = ("ORG", "Bali United")
    alone = art(("PERSON", "Thiago Alcantara"), day=1)  # no company to judge by
    short = art(("PERSON", "Thiago"), club, day=2)  # so name structure links it
    store.put_many([alone, short])
    assert rid_of(store, short, "Thiago") == "per:thiago-alcantara"
    # A second candidate, named beside Bali United: only its own article may speak for the
    # first one, and it does not count.
    store.put(art(("PERSON", "Thiago Furtuoso"), club, day=3))
    assert rid_of(store, short, "Thiago") == "per:thiago-furtuoso"
    before = snapshot(store)
    registry.rebuild(store)
    assert snapshot(store) == before


def test_an_outlet_named_only_in_the_dateline_is_no_context(store: SQLStore) -> None:
    # The dateline's outlet is an ORG entity with no mentions in every article of that outlet:
    # a Thiago named beside other clubs than Thiago Alcantara's must not become him for it.
    def with_outlet(a: Article) -> Article:
        outlet = Entity(id=entity_id("ORG", "CNN Indonesia"), kind="ORG", name="CNN Indonesia")
        return Article(id=a.id, text=a.text, source=a.source, url=None, title=None,
                       published=a.published, lang="id", entities=(*a.entities, outlet))
    arts = [with_outlet(art(("PERSON", "Thiago Alcantara"), ("ORG", "Timnas Spanyol"),
                            ("ORG", "FC Barcelona"), day=1)),
            with_outlet(art(("PERSON", "Thiago"), ("ORG", "Persib Bandung"),
                            ("ORG", "Bali United"), day=2))]
    store.put_many(arts)
    assert rid_of(store, arts[1], "Thiago") == "per:thiago"
