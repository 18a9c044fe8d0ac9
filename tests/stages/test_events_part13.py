"""Participant and code rules of the events stage added by the evpart13 branch (issue 15 part
1): a court's ruling named with a forfeiture makes it, an appellate court's accord with the
court below upholds a ruling (no agreement), and the speaker before a hearsay word is no party
of what they heard. Each sentence is written for its test; the near shape that must stay is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_the_court_whose_ruling_is_named_after_a_forfeiture_makes_it() -> None:
    text = ("Dua mobil milik Rudi Hartono dirampas untuk negara sesuai amar putusan majelis "
            "hakim Pengadilan Negeri Medan.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan")]
    ev = one(find_events(art(text, es)), "COERCE")
    assert (ev.actors, ev.targets) == (("org:pn",), ("per:r",))
    # the court's ruling verb opening the clause of the passive
    text = "Sebelumnya, Pengadilan Negeri Medan memutuskan tanah milik Rudi Hartono disita."
    es = [ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    ev = one(find_events(art(text, es)), "COERCE")
    assert (ev.actors, ev.targets) == (("org:pn",), ("per:r",))
    # a ruling broken, not carried out: the court detains no one
    text = "Rudi Hartono ditahan karena melanggar putusan Mahkamah Agung."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "org:ma", "ORG", "Mahkamah Agung")]
    ev = one(find_events(art(text, es)), "COERCE")
    assert "org:ma" not in ev.actors


def test_an_appellate_courts_accord_with_the_court_below_upholds_its_ruling() -> None:
    text = ("Hakim Pengadilan Tinggi Medan menyepakati hakim Pengadilan Negeri Medan soal "
            "denda yang lain.")
    es = [ent(text, "org:pt", "ORG", "Pengadilan Tinggi Medan"),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan")]
    assert [e for e in find_events(art(text, es)) if e.code == "AGREE"] == []
    # upholding a verdict passes it again, on the one sentenced, not on the court below
    text = ("Pengadilan Tinggi Medan menguatkan putusan Pengadilan Negeri Medan terhadap "
            "Rudi Hartono.")
    es = [ent(text, "org:pt", "ORG", "Pengadilan Tinggi Medan"),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan"),
          ent(text, "per:r", "PERSON", "Rudi Hartono")]
    ev = one(find_events(art(text, es)), "SANCTION")
    assert (ev.actors, ev.targets) == (("org:pt",), ("per:r",))
    # two parties' accord stays an agreement
    text = "Malaysia menyepakati perjanjian perbatasan dengan Thailand."
    es = [ent(text, "loc:m", "PLACE", "Malaysia"), ent(text, "loc:t", "PLACE", "Thailand")]
    assert one(find_events(art(text, es)), "AGREE").targets == ("TH",)


def test_the_speaker_before_a_hearsay_word_is_no_party_of_what_they_heard() -> None:
    text = ("Rudi Hartono belum tahu banyak soal itu, hanya kabarnya tahun depan akan diadili "
            "di Singapura.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "loc:s", "PLACE", "Singapura")]
    assert all("per:r" not in e.targets for e in find_events(art(text, es)))
    # a hearsay word set off as an aside, or right after the subject, keeps it
    for text in ("Rudi Hartono, katanya, ditahan polisi di Medan.",
                 "Rudi Hartono katanya ditahan polisi di Medan."):
        es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
              ent(text, "loc:m", "PLACE", "Medan")]
        assert one(find_events(art(text, es)), "COERCE").targets == ("per:r",)


def test_advice_to_ones_pupils_or_players_is_no_request() -> None:
    for text in ("Rudi Hartono mengingatkan agar para murid membawa air minum sendiri.",
                 "Rudi Hartono mengajak para pemain untuk tetap fokus.",
                 "Rudi Hartono mengajak pembaca untuk mencoba resep itu di rumah."):
        es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
        assert [e for e in find_events(art(text, es)) if e.code == "REQUEST"] == [], text
    # residents or road users asked by the police, or a named club's players, are asked
    text = "Polisi mengimbau pengguna jalan untuk menghindari ruas tol itu."
    assert one(find_events(art(text, [])), "REQUEST").actors == ("COP",)
    text = "Kapolres Rudi Hartono mengimbau agar warga tidak berkumpul di alun-alun."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert one(find_events(art(text, es)), "REQUEST").targets == ("CVL",)
    text = "Rudi Hartono meminta pemain Persikabo untuk datang ke Polres Bogor."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "org:p", "ORG", "Persikabo"), ent(text, "org:b", "ORG", "Polres Bogor")]
    assert one(find_events(art(text, es)), "REQUEST").targets == ("org:p",)


def test_a_relative_clause_after_a_comma_is_the_named_objects() -> None:
    text = "Tentara menangkap Rudi Hartono, yang menikam Budi Gunawan di terminal."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:b", "PERSON", "Budi Gunawan")]
    ev = one(find_events(art(text, es)), "ASSAULT")
    assert (ev.actors, ev.targets) == (("per:r",), ("per:b",))
    # a verb joined on by a comma with no relative keeps the main clause's subject
    text = "Badai menerjang pesisir Queensland, lalu merusak rumah-rumah."
    assert find_events(art(text, [ent(text, "loc:q", "PLACE", "Queensland", "AU")])) == []


def test_a_nouns_support_verb_opens_its_relative_clause() -> None:
    text = ("Regu yang dipimpin Letnan Rudi Hartono mengejar gerombolan bersenjata yang "
            "melakukan penembakan terhadap bus milik PT Sinar Jaya.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "org:s", "ORG", "PT Sinar Jaya")]
    assert all("per:r" not in e.actors for e in find_events(art(text, es))
               if e.code == "ASSAULT")
    # a named head before the relative clause shoots
    text = "Polisi memburu Rudi Hartono yang melakukan penembakan terhadap Budi Gunawan."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:b", "PERSON", "Budi Gunawan")]
    ev = one(find_events(art(text, es)), "ASSAULT")
    assert (ev.actors, ev.targets) == (("per:r",), ("per:b",))
