"""Participant and code rules of the events stage added by the evroles9 branch (issue 15 part
1): a nominal trigger's own agent and a void declared on it, duties told by an expectation
passive, kin nouns, adverbs after a verb, and contributions or grievances that are no event.
Each sentence is written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent, one, quoted_art, roles
from warta.stages.events import find_events


def test_a_nouns_own_oleh_agent_beats_the_support_verbs_subject() -> None:
    text = ("Pengadilan Negeri Medan menyatakan penetapan tersangka oleh Polres Deli terhadap "
            "Budi Santoso tidak sah.")
    es = [ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan"),
          ent(text, "org:p", "ORG", "Polres Deli"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("org:p",), ("per:b",))


def test_a_court_voiding_a_designation_is_not_its_actor() -> None:
    text = "Pengadilan Negeri Medan menyatakan penetapan tersangka terhadap Budi Santoso tidak sah."
    es = [ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan"),
          ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert all("org:pn" not in e.actors for e in find_events(art(text, es)))
    # a support verb with no void declared keeps its subject as the actor
    text = "Kejaksaan Negeri Medan menyatakan dukungan terhadap Budi Santoso."
    es = [ent(text, "org:k", "ORG", "Kejaksaan Negeri Medan"),
          ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert one(find_events(art(text, es)), "SUPPORT").actors == ("org:k",)


def test_an_expectation_passive_before_a_verb_is_a_duty_no_request() -> None:
    text = "Persib dituntut membalas kekalahan rekan senegaranya, Persija."
    es = [ent(text, "org:b", "ORG", "Persib"), ent(text, "org:j", "ORG", "Persija")]
    assert [e for e in find_events(art(text, es)) if e.code == "REQUEST"] == []
    # the prosecution's demand keeps its charge
    text = "Budi Santoso dituntut tujuh tahun penjara oleh jaksa."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert one(find_events(art(text, es)), "ACCUSE").targets == ("per:b",)


def test_a_name_after_a_kin_noun_is_no_participant() -> None:
    text = "Jaksa juga telah mendatangi rumah dan menemui istri Budi Santoso."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert all("per:b" not in e.actors + e.targets for e in find_events(art(text, es)))
    # an aide's master is not the one asked
    text = "Budi Santoso meminta agar para pembantu Joko Widodo bisa bekerja keras."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"), ent(text, "per:j", "PERSON", "Joko Widodo")]
    assert one(find_events(art(text, es)), "REQUEST").targets == ()
    # a -nya kin noun names the kin itself
    text = "Polisi menangkap Andi Susanto dan istrinya Citra di Medan."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "per:c", "PERSON", "Citra"),
          ent(text, "loc:m", "PLACE", "Medan")]
    assert one(find_events(art(text, es)), "COERCE").targets == ("per:a", "per:c")


def test_sementara_after_a_transitive_verb_opens_no_clause() -> None:
    text = "Komisi Yudisial menonaktifkan sementara Ketua Pengadilan Negeri Medan Budi Santoso."
    es = [ent(text, "org:ky", "ORG", "Komisi Yudisial"),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan"),
          ent(text, "per:b", "PERSON", "Budi Santoso")]
    assert one(find_events(art(text, es)), "SANCTION").targets == ("per:b",)
    # after an intransitive verb it still opens a clause: the police protest nothing
    text = "Warga berdemo sementara Polres Deli menangkap Budi Santoso."
    es = [ent(text, "org:p", "ORG", "Polres Deli"), ent(text, "per:b", "PERSON", "Budi Santoso")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("org:p",), ("per:b",))


def test_abstract_contributions_and_felt_grievances_are_no_event() -> None:
    text = "Andi Susanto hanya menyumbangkan suara untuk tokoh kartun itu."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto")]
    assert find_events(art(text, es)) == []
    text = "Andi Susanto menyumbangkan dua gol bagi Persib."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto"), ent(text, "org:b", "ORG", "Persib")]
    assert [e for e in find_events(art(text, es)) if e.code == "AID"] == []
    text = "Dia (Citra) merasa keberatan dengan unggahan itu."
    es = [ent(text, "per:c", "PERSON", "Citra")]
    assert [e for e in find_events(art(text, es)) if e.code == "REJECT"] == []
    # money given stays aid; an objection lodged stays a rejection
    text = "Andi Susanto menyumbangkan Rp 10 juta kepada korban banjir."
    es = [ent(text, "per:a", "PERSON", "Andi Susanto")]
    assert one(find_events(art(text, es)), "AID").actors == ("per:a",)
    text = "Citra Lestari menyatakan keberatan atas putusan itu."
    es = [ent(text, "per:c", "PERSON", "Citra Lestari")]
    assert one(find_events(art(text, es)), "REJECT").actors == ("per:c",)


def test_a_subjectless_passive_after_a_bodys_act_on_a_person_is_done_to_the_person() -> None:
    text = ("Hakim pun membatalkan status tersangka Budi Santoso setelah sempat dilaporkan ke "
            "polisi oleh Citra Lestari.")
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:c", "PERSON", "Citra Lestari")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("per:c",), ("per:b",))
    # a person acting keeps the main clause's subject as the one acted on
    text = "Budi Santoso memukul Andi Wijaya setelah ditangkap oleh polisi."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "per:a", "PERSON", "Andi Wijaya")]
    assert one(find_events(art(text, es)), "COERCE").targets == ("per:b",)


def test_a_speakers_own_body_is_no_target_of_its_own_act() -> None:
    text = ('"Kami secara kelembagaan memutuskan untuk membatalkan Keputusan Bawaslu Nomor 12 '
            'Tahun 2024," kata Rahmat Bagja.')
    a = quoted_art(text, ("per:r", "PERSON", "Rahmat Bagja"), ("org:b", "ORG", "Bawaslu"))
    a = replace(a, entities=tuple(replace(e, org="org:b") if e.id == "per:r" else e
                                  for e in a.entities))
    assert roles(a) == [("CONCEDE", ("per:r",), ())]


def test_a_hearing_noun_between_a_support_verb_and_its_trigger_keeps_the_voice() -> None:
    text = ("Kepala Dinas Perhubungan Budi Santoso akan menghadapi sidang pembacaan vonis dari "
            "majelis hakim Pengadilan Negeri Medan hari ini.")
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:d", "ORG", "Dinas Perhubungan"),
          ent(text, "org:p", "ORG", "Pengadilan Negeri Medan")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert (e.actors, e.targets) == (("org:p",), ("per:b",))
    # a court holding the hearing makes no demand of its own
    text = ("Majelis hakim Pengadilan Negeri Medan telah menggelar sidang agenda tuntutan yang "
            "disampaikan jaksa penuntut umum terhadap terdakwa Budi.")
    es = [ent(text, "per:b", "PERSON", "Budi"),
          ent(text, "org:p", "ORG", "Pengadilan Negeri Medan")]
    assert all("org:p" not in e.actors for e in find_events(art(text, es)))


def test_civil_staff_put_to_a_task_are_no_force_mobilised() -> None:
    text = ("Sebanyak 5.000 pegawai Kementerian Keuangan dikerahkan untuk menguji aplikasi "
            "pajak itu.")
    es = [ent(text, "org:k", "ORG", "Kementerian Keuangan")]
    assert find_events(art(text, es)) == []
    text = "Polda Metro Jaya mengerahkan 5.000 personel untuk mengamankan kantor pegawai pajak."
    es = [ent(text, "org:p", "ORG", "Polda Metro Jaya")]
    assert one(find_events(art(text, es)), "MOBILIZE").actors == ("org:p",)
