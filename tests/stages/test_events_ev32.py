"""Rules of the events stage added by the ev32 branch (issue 15 part 1, SUPPORT precision):
a bare backing noun with no one backed gives no backing, and backing an activity through
one's own means is the giver's work. Each sentence is written for its test; the near shape
that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles

PARTAI = ("org:p", "ORG", "Partai Maju")


def test_a_backing_noun_in_a_programme_name_gives_none() -> None:
    assert "SUPPORT" not in _codes("Dalam program dukungan teknis , Komisi Dagang juga "
                                   "melatih 200 pedagang pasar .", KOMISI)
    assert "SUPPORT" not in _codes("Budi Santoso masih berusaha memenuhi persyaratan "
                                   "dukungan Partai Maju .", BUDI, PARTAI)


def test_a_backing_thanked_for_is_no_second_backing() -> None:
    got = _roles("Budi Santoso berterima kasih atas dukungan Komisi Dagang terhadap pameran "
                 "kerajinan rakyat .", BUDI, KOMISI)
    # the thanks is the event; the backing thanked for is not a second one
    assert ("SUPPORT", ("per:budi",), ("org:k",)) in got
    assert ("SUPPORT", ("org:k",), ()) not in got


def test_a_backing_told_as_declared_or_given_by_someone_stays() -> None:
    assert ("SUPPORT", ("org:p",), ()) in _roles(
        "Budi Santoso mengatakan deklarasi dukungan Partai Maju akan digelar bulan depan .",
        BUDI, PARTAI)
    assert ("SUPPORT", ("org:k",), ()) in _roles(
        "Budi Santoso bersyukur atas dukungan yang diberikan oleh Komisi Dagang .",
        BUDI, KOMISI)
    # a backing noun with the one backed named stays
    assert "SUPPORT" in _codes("Budi Santoso memastikan dukungan Partai Maju kepada Rudi "
                               "Hartono .", BUDI, PARTAI, RUDI)


def test_backing_an_activity_through_own_means_is_the_givers_work() -> None:
    assert "SUPPORT" not in _codes("Komisi Dagang juga mendukung pemberdayaan warga pesisir "
                                   "melalui pelatihan koperasi .", KOMISI)
    assert "SUPPORT" not in _codes("Komisi Dagang terus mendukung pelaksanaan program Rudi "
                                   "Hartono melalui pelatihan pedagang .", KOMISI, RUDI)
    # backing a party through a means stays, and so does backing an activity told plainly
    assert ("SUPPORT", ("org:k",), ("per:rudi",)) in _roles(
        "Komisi Dagang mendukung Rudi Hartono melalui dana kampanye .", KOMISI, RUDI)
    assert ("SUPPORT", ("per:budi",), ()) in _roles(
        "Budi Santoso mendukung pelaksanaan undang-undang itu .", BUDI)


def test_a_coordination_with_a_kind_of_party_described_is_a_meeting() -> None:
    assert ("CONSULT", ("per:budi",), ()) in _roles(
        "Budi Santoso telah berkoordinasi dengan pihak industri tekstil di pinggir kota .", BUDI)
    assert ("CONSULT", ("per:budi",), ()) in _roles(
        "Budi Santoso berkoordinasi dengan eksportir kopi agar mutu panen terjaga .", BUDI)
    assert "CONSULT" in _codes("Budi Santoso telah rapat dengan pemilik lahan di kawasan tol .",
                               BUDI)


def test_a_coordination_with_no_kind_or_with_the_public_meets_no_one() -> None:
    assert "CONSULT" not in _codes("Budi Santoso berkoordinasi dengan pihak terkait .", BUDI)
    assert "CONSULT" not in _codes("Budi Santoso berkoordinasi dengan publik luas .", BUDI)
    # a kind defined by a relative clause is any such party, none met
    assert "CONSULT" not in _codes("Budi Santoso berkoordinasi dengan pengelola yang "
                                   "berwenang .", BUDI)
