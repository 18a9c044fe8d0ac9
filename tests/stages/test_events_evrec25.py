"""Rules of the events stage added by the evrec25 branch (issue 15 part 1, events recall): a
call told by a word of need after a saying or judging verb. Each sentence is written for its
test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import coded, quoted_art, roles


def test_a_call_told_by_a_word_of_need() -> None:
    names = [("per:a", "PERSON", "Andi Wijaya"), ("org:p", "ORG", "Partai Maju")]
    got = coded("Andi Wijaya menilai Partai Maju perlu menunda rapat kerja itu.", names)
    assert got == [("REQUEST", ("per:a",), ("org:p",))]
    got = coded("Andi Wijaya mengatakan, Partai Maju harus segera membayar utangnya.", names)
    assert got == [("REQUEST", ("per:a",), ("org:p",))]
    # in a quotation, "saya kira" of the speaker
    a = quoted_art('"Saya kira Partai Maju perlu menunda rapat kerja itu," kata Andi Wijaya.',
                   *names)
    assert roles(a) == [("REQUEST", ("per:a",), ("org:p",))]
    # a thing judged in need of change asks no one named
    got = coded("Andi Wijaya menilai kinerja Partai Maju perlu ditingkatkan.", names)
    assert "REQUEST" not in [g[0] for g in got]
    # the speaker's own side bound by a duty asks no one
    got = coded("Andi Wijaya mengatakan pihaknya harus bekerja keras.", names[:1])
    assert "REQUEST" not in [g[0] for g in got]
    # a name before a passive is what is acted on, no one asked
    got = coded("Andi Wijaya menilai Partai Maju perlu ditata kembali.", names)
    assert "REQUEST" not in [g[0] for g in got]
    # a need with no act after it is a judgement, no call
    got = coded("Andi Wijaya menilai Partai Maju perlu waktu.", names)
    assert "REQUEST" not in [g[0] for g in got]


def test_a_search_beside_a_seizure_is_an_act_of_its_own() -> None:
    names = [("org:k", "ORG", "KPK"), ("per:a", "PERSON", "Andi Wijaya")]
    got = coded("KPK juga menyita uang tunai serta menggeledah tiga lokasi.", names[:1])
    assert got == [("COERCE", ("org:k",), ()), ("COERCE", ("org:k",), ())]
    got = coded("KPK menahan Andi Wijaya serta menggeledah rumahnya.", names)
    assert len([g for g in got if g[0] == "COERCE"]) == 2
    # two verbs of one arrest stay one act
    got = coded("KPK menangkap dan menahan Andi Wijaya.", names)
    assert got == [("COERCE", ("org:k",), ("per:a",))]


def test_a_meeting_set_after_an_active_main_clause() -> None:
    names = [("org:k", "ORG", "KPK"), ("org:d", "ORG", "Komisi III"),
             ("per:a", "PERSON", "Andi Wijaya")]
    got = coded("KPK membuka kajian kasus itu di sela pertemuan dengan Komisi III hari ini.",
               names[:2])
    assert got == [("CONSULT", ("org:k", "org:d"), ())]
    got = coded("Sebelumnya, Komisi Antikorupsi (KPK) membuka kajian kasus itu di sela pertemuan"
               " dengan Komisi III.", [("org:k", "ORG", ["Komisi Antikorupsi", "KPK"]),
                                       names[1]])
    assert got == [("CONSULT", ("org:k", "org:d"), ())]
    got = coded("Andi Wijaya membahas isu itu saat pertemuan dengan Komisi III.", names[1:])
    assert got == [("CONSULT", ("per:a", "org:d"), ())]
    # the subject of a passive main clause is acted on, no party to the meeting
    got = coded("Andi Wijaya dipanggil saat pertemuan dengan Komisi III.", names[1:])
    assert ("CONSULT", ("per:a", "org:d"), ()) not in got
