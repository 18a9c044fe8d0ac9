"""Rules of the events stage added by the ev31 branch (issue 15 part 1, seeds <= 130): a
person called by a fault of character, a charge laid on someone in the passive, and the
speeding-up of a rule's making urged. Each sentence is written for its test; the near shape
that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles


def test_calling_someone_named_a_fault_of_character_criticises_them() -> None:
    got = _roles("Budi Santoso menyebut Rudi Hartono egois karena memaksakan kehendaknya .",
                 BUDI, RUDI)
    assert ("ACCUSE", ("per:budi",), ("per:rudi",)) in got
    # the same word said of a plan names no one criticised
    assert not _roles("Budi Santoso menilai rencana itu egois .", BUDI)


def test_a_charge_laid_on_someone_in_the_passive_accuses_them() -> None:
    for prep in ("kepada", "pada"):
        got = _roles(f"Ada tiga pelanggaran yang dituduhkan {prep} Rudi Hartono .", RUDI)
        assert got == [("ACCUSE", (), ("per:rudi",))]


def test_urging_a_rule_made_sooner_asks_for_it() -> None:
    got = _roles("Komisi Dagang akan mendorong percepatan penerbitan peraturan gubernur "
                 "tentang jam operasional truk .", KOMISI)
    assert [(c, a) for c, a, _ in got] == [("REQUEST", ("org:k",))]
    # speeding up growth asks no one
    assert not _roles("Komisi Dagang mendorong percepatan pertumbuhan ekonomi daerah .", KOMISI)
