"""Rules of the events stage added by the evspeech19 branch (issue 15 part 1, speech, threat
and protest): an attack told as to come is a threat, an attack threatened is none made, a
natural force attacks no one, a possibility of an act is no act, and an appeal verb broken off
asks no one. Each sentence is written for its test; the near shape that must stay as it was is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(a) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_an_attack_told_as_to_come_is_a_threat() -> None:
    text = "Panglima Budi Santoso yang akan menyerang markas Front Utara membuat warga cemas."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "org:f", "ORG", "Front Utara")]
    got = _got(art(text, es))
    assert [g[0] for g in got] == ["THREATEN"]
    assert got[0][1] == ("per:b",)
    # an attack done stays an attack
    text = "Panglima Budi Santoso menyerang markas Front Utara pada Senin malam."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "org:f", "ORG", "Front Utara")]
    assert [g[0] for g in _got(art(text, es))] == ["ASSAULT"]
    # so does an attempt cut short in a told scene
    text = "Andi Wijaya ditembak polisi saat akan menyerang petugas Polres Cirebon."
    es = [ent(text, "per:a", "PERSON", "Andi Wijaya"), ent(text, "org:p", "ORG", "Polres Cirebon")]
    assert "THREATEN" not in [g[0] for g in _got(art(text, es))]


def test_an_attack_threatened_is_none_made() -> None:
    text = "Warga Kota Lestari hidup dalam bayang-bayang ancaman serangan Front Utara."
    es = [ent(text, "org:f", "ORG", "Front Utara")]
    assert "ASSAULT" not in [g[0] for g in _got(art(text, es))]


def test_a_natural_force_attacks_no_one() -> None:
    from warta import analyze

    # the witness quoted is no attacker of what a fire burnt
    text = ('Gudang milik PT Sinar Jaya di Cirebon terbakar pada Jumat pagi. "Jadi ini diduga '
            'gara-gara korsleting, istri saya yang jadi saksi pertama, tiba-tiba api sudah muncul '
            'membakar atap gudang," ujar Sutrisno (43) di lokasi, Jumat (12/1).')
    assert "ASSAULT" not in [e.code for e in analyze(text).events]
    # a fire-arm is held by someone: "senjata api" names no force
    text = "Kelompok Front Utara dengan senjata api menyerang pos Polres Cirebon."
    es = [ent(text, "org:f", "ORG", "Front Utara"), ent(text, "org:p", "ORG", "Polres Cirebon")]
    assert "ASSAULT" in [g[0] for g in _got(art(text, es))]


def test_a_possibility_of_an_act_is_no_act() -> None:
    text = "Menurut Polres Cirebon, kemungkinan ada tiga pemuda yang ditetapkan sebagai tersangka."
    es = [ent(text, "org:p", "ORG", "Polres Cirebon")]
    assert "ACCUSE" not in [g[0] for g in _got(art(text, es))]
    # the act told as done stays
    text = "Menurut Polres Cirebon, ada tiga pemuda yang ditetapkan sebagai tersangka."
    es = [ent(text, "org:p", "ORG", "Polres Cirebon")]
    assert "ACCUSE" in [g[0] for g in _got(art(text, es))]


def test_an_appeal_verb_broken_off_asks_no_one() -> None:
    text = "Menurut Budi Santoso, Dinas Pertanian mengajak, lalu petani mulai menanam lagi."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:d", "ORG", "Dinas Pertanian")]
    assert "REQUEST" not in [g[0] for g in _got(art(text, es))]
    # an appeal with its addressee stays
    text = "Dinas Pertanian mengajak petani Desa Sukamaju menanam padi organik."
    es = [ent(text, "org:d", "ORG", "Dinas Pertanian")]
    assert "REQUEST" in [g[0] for g in _got(art(text, es))]


def test_a_short_light_verb_of_congratulations_is_praise() -> None:
    text = "Gubernur Budi Santoso memberi ucapan selamat kepada Persib Bandung atas gelar juara."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "org:p", "ORG", "Persib Bandung")]
    assert _got(art(text, es)) == [("SUPPORT", ("per:b",), ("org:p",))]
