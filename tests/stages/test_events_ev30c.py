"""Rules of the events stage added by the ev30c branch (issue 15 part 1, seeds 129 and
130): a settlement urged, its means urged with it, a figure of speech of ruin, an expulsion
under sanctions, a release on bail and a surrender. Each sentence is written for its test;
the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles


def test_a_settlement_urged_is_a_request_and_its_means_no_cooperation() -> None:
    got = _roles("Budi Santoso mendorong penyelesaian sengketa melalui kerja sama antara "
                 "Malaysia dan Thailand .", BUDI)
    assert [c for c, _, _ in got] == ["REQUEST"]
    assert got[0][1] == ("per:budi",)
    # a cooperation done, urged by no one, stays
    assert "COOPERATE" in _codes("Malaysia dan Thailand menjalin kerja sama di bidang "
                                 "perikanan .")


def test_ruin_of_what_no_force_can_strike_is_no_attack() -> None:
    assert "ASSAULT" not in _codes("Budi Santoso menyebut Rudi Hartono menghancurkan "
                                   "keluarga besar klub itu .", BUDI, RUDI)
    # destroying a thing still attacks
    assert "ASSAULT" in _codes("Budi Santoso menghancurkan rumah Rudi Hartono dengan "
                               "buldoser .", BUDI, RUDI)


def test_sending_people_home_under_sanctions_expels_them() -> None:
    codes = _codes("Malaysia akan memulangkan seluruh pekerja asal Korea Utara untuk "
                   "menjalankan sanksi PBB .")
    assert "SANCTION" in codes and "RETREAT" not in codes
    # hostages sent home are released
    codes = _codes("Malaysia memulangkan tiga sandera asal Thailand .")
    assert "RETREAT" in codes and "SANCTION" not in codes


def test_a_release_on_bail_is_a_release_by_the_police() -> None:
    got = _roles("Polisi menangkap Budi Santoso pada Sabtu malam . Budi Santoso sudah "
                 "dilepaskan dengan jaminan sebesar Rp 10 juta .", BUDI)
    assert ("RETREAT", ("COP",), ("per:budi",)) in got
    # a loan given on a guarantee releases no one
    assert "RETREAT" not in _codes("Bank itu memberikan pinjaman dengan jaminan sertifikat "
                                   "tanah kepada Budi Santoso .", BUDI)


def test_a_surrender_to_the_police_concedes_to_them() -> None:
    got = _roles("Budi Santoso menyerahkan diri ke polisi pada Senin malam .", BUDI)
    assert ("CONCEDE", ("per:budi",), ("COP",)) in got
    # giving up arms stays a disarmament
    assert "RETREAT" in _codes("Budi Santoso menyerahkan senjata kepada tentara .", BUDI)


def test_a_group_behind_an_aid_nouns_inner_noun_is_its_beneficiary() -> None:
    got = _roles("Budi Santoso menyalurkan bantuan dana partai politik kemarin .", BUDI)
    assert ("AID", ("per:budi",), ("PTY",)) in got
    # the parties are no giver of funds they receive
    got = _roles("Budi Santoso menilai kenaikan bantuan dana partai politik penting .", BUDI)
    assert all(a != ("PTY",) for c, a, _ in got if c == "AID")
    # a group right after the aid noun still gives it
    got = _roles("Budi Santoso mengapresiasi bantuan partai politik untuk korban banjir .", BUDI)
    assert ("AID", ("PTY",), ()) in got

