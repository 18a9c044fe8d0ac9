"""Recall rules of the events stage added by the evrecall branch (issue 15): each a real
sentence shape from the judged seeds 70-73, asserting the event coded and its roles."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events
from warta.stages.quotes import QuoteStage


def test_a_state_stopping_visas_and_loans_sanctions() -> None:
    text = "Kuwait juga menghentikan masuknya visa masuk dan lisensi komersial."
    e = one(find_events(art(text)), "SANCTION")
    assert e.actors == ("KW",) and e.mode == "sever"
    text = "Kuwait juga sudah menghentikan pinjaman untuk Korea Utara."
    e = one(find_events(art(text)), "SANCTION")
    assert e.actors == ("KW",) and e.targets == ("KP",)


def test_stopped_flights_sanction_only_a_partner_named() -> None:
    text = "Garuda Indonesia menghentikan penerbangan ke Bali karena erupsi."
    es = [ent(text, "org:g", "ORG", "Garuda Indonesia")]
    assert all(e.code != "SANCTION" for e in find_events(art(text, es)))
    text = "Kuwait menghentikan penerbangan langsung ke Korea Utara."
    e = one(find_events(art(text)), "SANCTION")
    assert e.actors == ("KW",) and e.targets == ("KP",)


def test_a_deadline_to_leave_expels_the_envoy() -> None:
    text = "Kuwait memberi waktu satu bulan kepada So Chang-sik untuk angkat kaki dari negaranya."
    es = [ent(text, "per:s", "PERSON", "So Chang-sik")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert e.actors == ("KW",) and e.targets == ("per:s",) and e.mode == "expel"
    # a deadline for a task expels no one
    text = "Kuwait memberi waktu satu bulan kepada So Chang-sik untuk menyelesaikan laporan."
    es = [ent(text, "per:s", "PERSON", "So Chang-sik")]
    assert all(e.code != "SANCTION" for e in find_events(art(text, es)))


def test_an_investigation_carried_on_is_an_accusation() -> None:
    text = "Polisi saat ini masih mengembangkan penyidikan."
    e = one(find_events(art(text)), "ACCUSE")
    assert e.actors == ("COP",)
    text = "Kejari Lembata melakukan penyidikan dugaan korupsi jalan."
    es = [ent(text, "org:k", "ORG", "Kejari Lembata")]
    assert one(find_events(art(text, es)), "ACCUSE").actors == ("org:k",)


def test_a_bare_penyidikan_names_a_unit_no_investigation() -> None:
    text = "Aris ingin mengangkat kepala satuan tugas penyidikan dari Mabes Polri."
    es = [ent(text, "per:a", "PERSON", "Aris"), ent(text, "org:m", "ORG", "Mabes Polri")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_evidence_secured_by_a_body_is_seized() -> None:
    text = "Dalam penangkapan itu KPK mengamankan sejumlah barang bukti berupa uang tunai."
    es = [ent(text, "org:kpk", "ORG", "KPK")]
    e = next(e for e in find_events(art(text, es)) if e.mode == "confiscate")
    assert e.code == "COERCE" and e.actors == ("org:kpk",)
    text = "KPK mengamankan jalannya acara itu."
    es = [ent(text, "org:kpk", "ORG", "KPK")]
    assert all(e.mode != "confiscate" for e in find_events(art(text, es)))


def test_hope_addressees_after_a_comma_baik_and_before_nanti() -> None:
    text = "Ardi berharap, baik PSSI dan PT LIB nanti bisa memberikan sanksi tegas."
    es = [ent(text, "per:a", "PERSON", "Ardi"), ent(text, "org:p", "ORG", "PSSI"),
          ent(text, "org:l", "ORG", "PT LIB")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:a",) and e.targets == ("org:p", "org:l")


def test_hope_addressees_with_their_place_before_the_act() -> None:
    text = ("Luthfi berharap seluruh pelaku usaha di Jawa Tengah memanfaatkan momentum ini "
            "untuk meningkatkan ekspor.")
    es = [ent(text, "per:l", "PERSON", "Luthfi"),
          ent(text, "loc:j", "PLACE", "Jawa Tengah", country="ID")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:l",) and e.targets == ("BUS",)
    # a hope for a success still asks no one
    text = "Luthfi berharap Persib di Bandung meraih kemenangan."
    es = [ent(text, "per:l", "PERSON", "Luthfi"), ent(text, "org:p", "ORG", "Persib"),
          ent(text, "loc:b", "PLACE", "Bandung", country="ID")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_an_opening_participle_takes_the_main_clause_subject() -> None:
    text = "Bekerja sama dengan Polri, KPK menangkap Bupati Nganjuk Novi Rahman."
    es = [ent(text, "org:p", "ORG", "Polri"), ent(text, "org:k", "ORG", "KPK"),
          ent(text, "per:n", "PERSON", "Novi Rahman")]
    e = one(find_events(art(text, es)), "COOPERATE")
    assert e.actors == ("org:k",) and e.targets == ("org:p",)


def _quoted(text: str, speaker: tuple[str, str, str]) -> list[tuple[str, tuple[str, ...]]]:
    """(code, actors) of the events of `text` with its quotations found by the quotes stage."""
    a = QuoteStage()(art(text, [ent(text, *speaker)]))
    return [(e.code, e.actors) for e in find_events(a)]


def test_a_bare_tim_in_an_officials_quote_is_the_speakers_side() -> None:
    text = '"Tim juga menyita 318 dokumen sebagai barang bukti," kata Hendra Prayoga.'
    assert ("COERCE", ("per:h",)) in _quoted(text, ("per:h", "PERSON", "Hendra Prayoga"))
    # a team named further is someone else's: no actor for its act
    text = ('"Tim dari BPK sedang melakukan pemeriksaan bersama," kata Hendra Prayoga.')
    assert all(code != "ACCUSE" for code, _ in
               _quoted(text, ("per:h", "PERSON", "Hendra Prayoga")))


def test_a_colloquial_arrest_after_kami_is_the_speakers() -> None:
    text = '"Kami ringkus pelakunya di rumahnya," kata Hendra Prayoga.'
    assert ("COERCE", ("per:h",)) in _quoted(text, ("per:h", "PERSON", "Hendra Prayoga"))
    # a chance seized is no arrest
    text = '"Ini peluang besar yang harus kita tangkap," kata Hendra Prayoga.'
    assert all(code != "COERCE" for code, _ in
               _quoted(text, ("per:h", "PERSON", "Hendra Prayoga")))


def test_thanks_opening_a_quote_back_the_one_named() -> None:
    text = ('"Terima kasih kepada Pak Andre Rosiade yang terus membantu pembangunan," kata '
            "Benni Warlis.")
    a = QuoteStage()(art(text, [ent(text, "per:a", "PERSON", "Andre Rosiade"),
                                ent(text, "per:b", "PERSON", "Benni Warlis")]))
    e = one(find_events(a), "SUPPORT")
    assert e.actors == ("per:b",) and e.targets == ("per:a",)
    # thanks to no one named (an award speech's crew) back no one
    text = '"Terima kasih kepada para kru yang membuat film ini," kata Benni Warlis.'
    a = QuoteStage()(art(text, [ent(text, "per:b", "PERSON", "Benni Warlis")]))
    assert all(e.code != "SUPPORT" for e in find_events(a))


def test_blame_laid_on_someone_named_accuses_them() -> None:
    text = "Weber menyalahkan situasi ini pada mantan kepala paduan suara Georg Ratzinger."
    es = [ent(text, "per:w", "PERSON", "Weber"), ent(text, "per:g", "PERSON", "Georg Ratzinger")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:w",) and e.targets == ("per:g",)
    # blame of circumstances at a time still accuses no one
    text = "Jenderal Rudi Hartono menyalahkan pendaratan pada malam hari dan debu tebal."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono")]
    assert find_events(art(text, es)) == []
