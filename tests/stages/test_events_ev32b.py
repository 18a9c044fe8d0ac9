"""Rules of the events stage added by the ev32b branch (issue 15 part 1, seeds 135 and
136): figures reported as news, an audience's call at a show, medical staff readied, a
workplace's own rules, a need granted, a list of persons with their origins and a
comparative charge's accused. Each sentence is written for its test; the near shape that must
stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles

BAND = ("org:band", "ORG", "Kelana Band")
POLICE = ("org:pol", "ORG", "Kepolisian Tirtamaya")
DINAS = ("org:dinas", "ORG", "Dinas Peternakan Tirtamaya")


def test_figures_reported_are_news_not_a_complaint() -> None:
    assert "ACCUSE" not in _codes("Kepolisian Tirtamaya melaporkan , sedikitnya tujuh pendaki "
                                  "terluka .", POLICE)
    assert "ACCUSE" not in _codes("Kepolisian Tirtamaya melaporkan tiga orang tewas dalam "
                                  "kecelakaan itu .", POLICE)
    # a complaint filed with the police stays
    assert "ACCUSE" in _codes("Rudi Hartono melaporkan Budi Santoso ke polisi .", BUDI, RUDI)


def test_an_audiences_call_at_a_show_is_no_request() -> None:
    assert "REQUEST" not in _codes("Kelana Band memainkan satu lagu lama atas permintaan "
                                   "penonton .", BAND)
    # a party's request stays
    assert "REQUEST" in _codes("Kelana Band tampil lagi atas permintaan Budi Santoso .",
                               BAND, BUDI)


def test_medical_staff_readied_are_no_force() -> None:
    assert "MOBILIZE" not in _codes("Dinas Peternakan Tirtamaya akan menyiagakan dokter hewan "
                                    "di setiap pasar ternak .", DINAS)
    assert "MOBILIZE" not in _codes("Dinas Peternakan Tirtamaya mengerahkan tenaga medis ke "
                                    "lokasi banjir .", DINAS)
    # a security force readied stays
    assert "MOBILIZE" in _codes("Kepolisian Tirtamaya menyiagakan 300 personel di stadion .",
                                POLICE)


def test_a_workplaces_own_rules_are_no_ban() -> None:
    assert "COERCE" not in _codes("Budi Santoso melarang makan camilan selama bekerja di "
                                  "dapurnya .", BUDI)
    assert "COERCE" not in _codes("Budi Santoso tak mengizinkan ada penari dan kru yang "
                                  "merokok di belakang panggung .", BUDI)
    # an authority's ban on the public stays
    assert "COERCE" in _codes("Kepolisian Tirtamaya melarang warga menggelar pesta kembang "
                              "api di alun-alun .", POLICE)


def test_a_need_granted_admits_no_deed() -> None:
    assert "CONCEDE" not in _codes("Budi Santoso tidak menampik bahwa untuk proyek itu memang "
                                   "dibutuhkan dana besar .", BUDI)
    # a deed admitted stays
    assert "CONCEDE" in _codes("Budi Santoso tidak membantah bahwa dia memang menerima uang "
                               "dari Rudi Hartono .", BUDI, RUDI)


ANI = ("per:ani", "PERSON", "Ani Rahma")
KOTA = ("loc:kota", "LOC", "Tirtamaya")


def test_a_list_of_persons_each_with_an_origin_keeps_every_member() -> None:
    got = _roles("Pemimpin lain , seperti Ani Rahma dari Norwegia dan Budi Santoso dari Chile , "
                 "juga memberikan dukungan mereka kepada Tirtamaya .", ANI, BUDI, KOTA)
    assert ("SUPPORT", ("per:ani", "per:budi"), ("loc:kota",)) in got
    # an origin after a verb of another clause joins no list: Ani is no supporter
    got = _roles("Ani Rahma menerima kiriman dari Norwegia dan Budi Santoso memberikan "
                 "dukungan kepada Tirtamaya .", ANI, BUDI, KOTA)
    assert ("SUPPORT", ("per:budi",), ("loc:kota",)) in got


def test_a_comparative_charge_accuses_the_clauses_subject() -> None:
    got = _roles("Ani Rahma merasa tidak pernah mengambil uang kas seperti yang dituduhkan "
                 "Budi Santoso .", ANI, BUDI)
    assert ("ACCUSE", ("per:budi",), ("per:ani",)) in got
    # a content clause with its own subject: that subject is charged, not the speaker
    got = _roles("Ani Rahma mengatakan Rudi Hartono tidak pernah mengambil uang kas seperti "
                 "yang dituduhkan Budi Santoso .", ANI, BUDI, RUDI)
    accused = [t for c, _, t in got if c == "ACCUSE"]
    assert accused and all("per:ani" not in t for t in accused)
    assert ("per:rudi",) in accused
