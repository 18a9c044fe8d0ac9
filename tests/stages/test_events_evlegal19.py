"""Rules of the events stage added by the evlegal19 branch (issue 15 part 1, legal, security
and violence recall): a span of time after "untuk" opens no clause, so a "setelah" clause
after it keeps the main clause's subject; a "karena" clause after a passive main clause
shares its subject. Each sentence is written for its test; the near shape that must stay as
it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_span_of_time_after_untuk_opens_no_clause() -> None:
    text = "Dewi ditahan untuk 30 hari ke depan setelah ditetapkan sebagai tersangka penipuan."
    es = [ent(text, "per:d", "PERSON", "Dewi")]
    got = _got(art(text, es))
    assert ("ACCUSE", (), ("per:d",)) in got
    text = "Dewi ditahan untuk sepekan setelah ditetapkan sebagai tersangka penipuan."
    es = [ent(text, "per:d", "PERSON", "Dewi")]
    assert ("ACCUSE", (), ("per:d",)) in _got(art(text, es))


def test_untuk_before_a_number_of_things_still_opens_a_clause() -> None:
    from warta.stages.events import _duration, _tokens, lexicon
    toks = _tokens("Ia datang untuk dua alasan dan untuk 3 hari", 0)
    assert not _duration(toks, 2, lexicon())  # "untuk dua alasan": no span of time
    assert _duration(toks, 6, lexicon())


def test_a_reason_clause_shares_the_subject_of_a_passive_main_clause() -> None:
    text = "Pelajar bernama Dimas dikeluarkan dari sekolah karena memukul adik kelasnya, Fajar."
    es = [ent(text, "per:d", "PERSON", "Dimas"), ent(text, "per:f", "PERSON", "Fajar")]
    assert ("ASSAULT", ("per:d",), ("per:f",)) in _got(art(text, es))


def test_a_reason_clause_after_an_active_main_verb_borrows_no_subject() -> None:
    # the one arrested struck, not the police: no actor is taken from the main clause
    text = "Polisi menangkap Dimas karena memukul Fajar di pasar."
    es = [ent(text, "per:d", "PERSON", "Dimas"), ent(text, "per:f", "PERSON", "Fajar")]
    assert not any(g[0] == "ASSAULT" and g[1] == ("COP",) for g in _got(art(text, es)))


def test_a_relative_clause_verb_is_not_the_main_verb() -> None:
    # the board acts in the main clause; its relative clause's passive does not make the
    # board the subject of the reason clause
    text = ("Dewan etik yang dipimpin Hasan Basri menjatuhkan teguran kepada Rudi karena "
            "bertemu dengan anggota Partai Maju di sebuah hotel.")
    es = [ent(text, "per:h", "PERSON", "Hasan Basri"), ent(text, "per:r", "PERSON", "Rudi"),
          ent(text, "org:p", "ORG", "Partai Maju")]
    assert not any(g[0] == "CONSULT" and "per:h" in g[1] for g in _got(art(text, es)))


def test_a_case_handled_by_the_police_is_an_investigation() -> None:
    text = "Kasus penganiayaan pelajar itu kini ditangani Satreskrim Polres Kudus."
    es = [ent(text, "org:p", "ORG", "Polres Kudus")]
    assert [g[0] for g in _got(art(text, es))] == ["ACCUSE"]
    # a case handled by a health office is none
    text = "Kasus demam berdarah itu kini ditangani Dinas Kesehatan Kudus."
    es = [ent(text, "org:d", "ORG", "Dinas Kesehatan Kudus")]
    assert [g for g in _got(art(text, es)) if g[0] == "ACCUSE"] == []
    # a case described by who handles it is background
    text = "Jaksa Agung menyebut sejumlah kasus suap yang ditangani Kejaksaan Tinggi Riau."
    es = [ent(text, "org:k", "ORG", "Kejaksaan Tinggi Riau")]
    assert [g for g in _got(art(text, es)) if g[0] == "ACCUSE"] == []


def test_unnamed_attackers_named_by_initials_after_yang() -> None:
    text = ("Seorang pelajar dikeroyok pelaku yang masing-masing berinisial DN (14), RS (14), "
            "dan FA (15) di belakang sekolah.")
    es = [ent(text, "per:d", "PERSON", "DN"), ent(text, "per:r", "PERSON", "RS"),
          ent(text, "per:f", "PERSON", "FA")]
    assert [g[:2] for g in _got(art(text, es))] == [("ASSAULT", ("per:d", "per:r", "per:f"))]
    # a place after the naming word is no name of the attackers
    text = "Seorang pelajar dikeroyok pelaku yang bernama geng Cobra di Depok."
    es = [ent(text, "loc:d", "LOC", "Depok")]
    assert all("loc:d" not in g[1] for g in _got(art(text, es)))


def test_a_place_set_off_after_a_body_is_where_it_sits() -> None:
    text = "Polsek Tanjung Pura , Langkat , menangkap Rudi di rumahnya."
    es = [ent(text, "org:p", "ORG", "Polsek Tanjung Pura"), ent(text, "loc:l", "PLACE", "Langkat"),
          ent(text, "per:r", "PERSON", "Rudi")]
    assert _got(art(text, es)) == [("COERCE", ("org:p",), ("per:r",))]
    # a list of bodies and places goes on: the places stay members
    text = "Gubernur bertemu dengan Pemkab Karo, Langkat, dan Asahan di Medan."
    es = [ent(text, "org:k", "ORG", "Pemkab Karo"), ent(text, "loc:l", "PLACE", "Langkat"),
          ent(text, "loc:a", "PLACE", "Asahan"), ent(text, "loc:m", "PLACE", "Medan")]
    got = _got(art(text, es))
    assert all("loc:l" in g[1] for g in got if g[0] == "CONSULT")


def test_busting_a_criminal_ring_is_an_investigation() -> None:
    text = "Polda Riau membongkar sindikat pembobol rekening bank di Pekanbaru."
    es = [ent(text, "org:p", "ORG", "Polda Riau"), ent(text, "loc:p", "PLACE", "Pekanbaru")]
    assert [g[:2] for g in _got(art(text, es))] == [("ACCUSE", ("org:p",))]
    # taking apart a network of pipes is no such act
    text = "Pekerja Dinas PU membongkar jaringan pipa di Pekanbaru."
    es = [ent(text, "org:d", "ORG", "Dinas PU"), ent(text, "loc:p", "PLACE", "Pekanbaru")]
    assert [g for g in _got(art(text, es)) if g[0] == "ACCUSE"] == []


def test_the_body_a_candidate_runs_for_takes_no_part() -> None:
    text = "Ketua KPU Kota itu, Rahmat, bertemu dengan calon anggota DPRD di sebuah kafe."
    es = [ent(text, "per:r", "PERSON", "Rahmat"), ent(text, "org:d", "ORG", "DPRD")]
    got = _got(art(text, es))
    assert got and all("org:d" not in g[1] + g[2] for g in got)
    # a sitting member stays the body's (as before)
    text = "Rahmat bertemu dengan anggota DPRD di sebuah kafe."
    es = [ent(text, "per:r", "PERSON", "Rahmat"), ent(text, "org:d", "ORG", "DPRD")]
    assert any("org:d" in g[1] + g[2] for g in _got(art(text, es)))
