"""Rules of the events stage added by the ev33 branch (issue 15 part 1, the missed events
of seeds 117-138): an investigation told as going on with no verb of investigating. Each
sentence is written for its test; the near shape that must stay as it was is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import quoted_roles as _roles

RUDI = ("per:rudi", "PERSON", "Rudi Hartono")
BUDI = ("per:budi", "PERSON", "Budi Santoso")


def test_an_ongoing_investigation_is_the_enforcers_accusation() -> None:
    assert ("ACCUSE", ("COP",), ()) in _roles(
        "Polisi menangkap Rudi Hartono di rumahnya . Kini , penyelidikan masih terus "
        "berlangsung .", RUDI)
    assert ("ACCUSE", ("COP",), ()) in _roles(
        "Polisi menangkap Rudi Hartono . Ia mengatakan , penyelidikan hingga saat ini masih "
        "berlangsung .", RUDI)
    # an investigation not going on, or with no enforcer known, is none
    assert ("ACCUSE", ("COP",), ()) not in _roles(
        "Polisi menangkap Rudi Hartono . Penyelidikan belum dimulai .", RUDI)
    assert not any(c == "ACCUSE" for c, _, _ in _roles(
        "Penyelidikan masih terus berlangsung , kata Budi Santoso .", BUDI))


def test_an_investigation_in_the_investigators_own_words() -> None:
    assert ("ACCUSE", ("COP",), ()) in _roles(
        'Kepolisian Tirtamaya menulis : " Patung itu dirusak , tengah kami usut , " kata '
        "Budi Santoso .", BUDI)
    assert ("ACCUSE", ("COP",), ()) in _roles(
        'Polisi menangkap Rudi Hartono . " Pelakunya sudah ditangkap dan masih dalam proses '
        'untuk mencari tahu motif dari pembunuhan tersebut , " tegasnya .', RUDI)
    # the words with no enforcer in the article give nothing
    assert not any(c == "ACCUSE" for c, _, _ in _roles(
        'Budi Santoso berkata : " Soal motifnya , tengah kami usut . "', BUDI))
