"""Rules of the events stage added by the ev31b branch (issue 15 part 1, seeds 131 and
132): an attack only guarded against, a sentence of advice, a program as no party anywhere
in its article, and a killing's means coded as a second killing. Each sentence is written for
its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles

VIRUS = ("misc:v", "ORG", "KunciMati")
SYSTEM = ("misc:w", "ORG", "Jendela")


def test_an_attack_guarded_against_is_none() -> None:
    assert "ASSAULT" not in _codes("Budi Santoso merilis pembaruan agar pengguna terlindungi "
                                   "dari serangan peretas .", BUDI)
    assert "ASSAULT" not in _codes("Budi Santoso memberi panduan untuk menghindari serangan "
                                   "peretas .", BUDI)
    # an attack told stays
    assert "ASSAULT" in _codes("Budi Santoso terluka dalam serangan Rudi Hartono semalam .",
                               BUDI, RUDI)


def test_a_sentence_of_advice_tells_no_act() -> None:
    assert "ACCUSE" not in _codes("Silakan warga yang merasa dirugikan oleh Budi Santoso "
                                  "lapor ke polisi .", BUDI)
    # a report made stays
    assert "ACCUSE" in _codes("Rudi Hartono melaporkan Budi Santoso ke polisi .", BUDI, RUDI)


def test_a_program_is_no_party_anywhere_in_its_article() -> None:
    got = _roles("Dunia gempar oleh serangan ransomware jenis KunciMati . Sejauh ini ada "
                 "komputer dengan sistem operasi Jendela yang diserang KunciMati .",
                 VIRUS, SYSTEM)
    assert got and all(c == "ASSAULT" for c, _, _ in got)
    assert all(not a and not t for _, a, t in got)
    # an attacker named beside it stays
    got = _roles("Budi Santoso menyerang Rudi Hartono dengan ransomware KunciMati .",
                 BUDI, RUDI, VIRUS)
    assert ("ASSAULT", ("per:budi",), ("per:rudi",)) in got


def test_a_killings_means_is_no_second_killing() -> None:
    got = _roles("Budi Santoso menghabisi Rudi Hartono dengan cara menggorok leher .",
                 BUDI, RUDI)
    assert got == [("ASSAULT", ("per:budi",), ("per:rudi",))]
    # the means alone, with no act before it, is still coded
    got = _roles("Budi Santoso menggorok leher Rudi Hartono .", BUDI, RUDI)
    assert ("ASSAULT", ("per:budi",), ("per:rudi",)) in got


def test_a_killing_planned_is_not_told() -> None:
    assert _roles("Dipicu hinaan itu , ada rencana Budi Santoso menghabisi nyawa Rudi "
                  "Hartono .", BUDI, RUDI) == []
    # the killing told stays
    assert _roles("Budi Santoso menghabisi nyawa Rudi Hartono .", BUDI, RUDI) == [
        ("ASSAULT", ("per:budi",), ("per:rudi",))]


def test_an_offer_of_cooperation_projects_is_agreed() -> None:
    got = _roles("Arab Saudi menawarkan kepada Indonesia sejumlah proyek kerjasama .")
    assert ("AGREE", ("SA",), ("ID",)) in got
    # an offer of goods is none
    assert "AGREE" not in _codes("Budi Santoso menawarkan kepada Rudi Hartono sebuah mobil "
                                 "bekas .", BUDI, RUDI)


def test_a_courts_finding_of_guilt_is_a_conviction() -> None:
    got = _roles("Majelis hakim menilai Budi Santoso terbukti melakukan korupsi .", BUDI)
    assert ("SANCTION", ("JUD",), ("per:budi",)) in got
    # the prosecutors' view is their charge, no conviction
    assert "SANCTION" not in _codes("Penuntut umum menilai Budi Santoso terbukti melakukan "
                                    "korupsi .", BUDI)
    # an opinion of success is none
    assert "SANCTION" not in _codes("Rudi Hartono menilai Budi Santoso terbukti berhasil "
                                    "memimpin .", BUDI, RUDI)


def test_a_hostage_taker_threatens() -> None:
    got = _roles("Jika tidak membayar uang tebusan , penyandera mengancam akan menghapus "
                 "dokumen milik korban .")
    assert ("THREATEN", ("CRM",), ()) in got


def test_a_plan_in_a_quotation_going_on_is_no_act() -> None:
    text = ('Budi Santoso berbicara di Jakarta . " Silakan kinerja kami dikritik . Namun , '
            'semuanya harus untuk kepentingan publik . Kami akan mengapresiasi dan hormat '
            'atas kritik tersebut , " katanya .')
    assert "SUPPORT" not in _codes(text, BUDI)
    # a stance told as done in it stays
    done = text.replace("Kami akan mengapresiasi", "Kami mengapresiasi")
    assert "SUPPORT" in _codes(done, BUDI)
    # and so does a stance avowed as deserved ("patut saya apresiasi")
    owed = text.replace("Kami akan mengapresiasi dan hormat atas kritik tersebut",
                        "Ini hal yang patut saya apresiasi dan rasa hormat kepada pemerintah")
    assert "SUPPORT" in _codes(owed, BUDI)
