"""Rules of the events stage added by the evrec20 branch (issue 15 part 1, recall of speech
events): a manner adverb inside a verb and its preposition, an appeal told with the verb of
asking left out, a name apposed after a relative clause on its head noun, and a pledge about
the state in a topic that refuses pledges. Each sentence is written for its test; the near
shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent
from warta.record import Theme
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_a_manner_adverb_inside_a_verb_and_its_preposition() -> None:
    text = "Kedutaan Besar Jepang terus berkomunikasi intensif dengan Kementerian Luar Negeri."
    es = [ent(text, "org:k", "ORG", "Kedutaan Besar Jepang"),
          ent(text, "org:m", "ORG", "Kementerian Luar Negeri")]
    got = _got(art(text, es))
    assert [g[0] for g in got] == ["CONSULT"]
    assert set(got[0][1]) == {"org:k", "org:m"}
    # a word that is no manner adverb still splits nothing
    text = "Kedutaan Besar Jepang berkomunikasi soal visa dengan Kementerian Luar Negeri."
    es = [ent(text, "org:k", "ORG", "Kedutaan Besar Jepang"),
          ent(text, "org:m", "ORG", "Kementerian Luar Negeri")]
    assert "CONSULT" not in [g[0] for g in _got(art(text, es))]


def test_an_appeal_told_with_the_asking_verb_left_out() -> None:
    text = "Kapolres Sleman Rudi Hartono menambahkan, para pemudik agar beristirahat di rest area."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("REQUEST", ("per:r",), ("CVL",))]
    text = "Kapolres Sleman Rudi Hartono menegaskan, warga agar tidak keluar rumah malam ini."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert _got(art(text, es)) == [("REQUEST", ("per:r",), ("CVL",))]
    # a purpose after the saying verb asks no one
    text = "Rudi Hartono menegaskan, patroli digelar setiap malam agar warga merasa aman."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert "REQUEST" not in [g[0] for g in _got(art(text, es))]


def test_a_name_apposed_after_a_relative_clause_is_the_subject() -> None:
    text = ("Juru bicara yang ditunjuk Partai Maju , Dewi Lestari , membantah tuduhan "
            "Komisi Etik.")
    es = [ent(text, "org:p", "ORG", "Partai Maju"), ent(text, "per:d", "PERSON", "Dewi Lestari"),
          ent(text, "org:k", "ORG", "Komisi Etik")]
    got = _got(art(text, es))
    rej = [g for g in got if g[0] == "REJECT"]
    assert rej and rej[0][1] == ("per:d",)
    # a list of two after the relative clause's verb is no apposition ("dan" between them)
    text = "Polisi yang memeriksa Dewi Lestari dan Andi Wijaya membantah tuduhan Komisi Etik."
    es = [ent(text, "per:d", "PERSON", "Dewi Lestari"), ent(text, "per:a", "PERSON", "Andi Wijaya"),
          ent(text, "org:k", "ORG", "Komisi Etik")]
    assert not any(g[0] == "REJECT" and g[1] == ("per:a",) for g in _got(art(text, es)))


def test_a_pledge_about_the_state_is_kept_in_technology_text() -> None:
    text = "Pendiri aplikasi itu, Rudi Hartono, berjanji akan memenuhi permintaan pemerintah."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    tech = replace(art(text, es), themes=(Theme(code="iptc:science_technology", score=0.8),))
    assert [g[0] for g in _got(tech)] == ["AGREE"]
    # a product promise stays refused there
    text = "Pendiri aplikasi itu, Rudi Hartono, berjanji akan menambah fitur baru tahun depan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    tech = replace(art(text, es), themes=(Theme(code="iptc:science_technology", score=0.8),))
    assert "AGREE" not in [g[0] for g in _got(tech)]


def test_a_charge_called_false_in_a_quotation_is_the_speakers_denial() -> None:
    from warta import analyze

    text = '"Tudingan itu tidak benar sama sekali," ujar Ketua Partai Maju Dewi Lestari.'
    evs = analyze(text).events
    rej = [e for e in evs if e.code == "REJECT"]
    assert len(rej) == 1 and rej[0].actors and rej[0].actors[0].startswith("per:")
    # with no charge near, whose claim is denied stays unsure: no event
    text = '"Hal itu tidak benar sama sekali," ujar Ketua Partai Maju Dewi Lestari.'
    assert "REJECT" not in [e.code for e in analyze(text).events]
    # someone else named before it is the one whose denial it would be: not the speaker's
    text = ('"Padahal Andi Wijaya masih bisa mengklarifikasi bahwa tuduhan itu tidak benar," '
            'ujar pengamat hukum Dewi Lestari.')
    assert not any(e.code == "REJECT" and e.actors and "dewi" in e.actors[0]
                   for e in analyze(text).events)
