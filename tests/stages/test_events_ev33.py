"""Rules of the events stage added by the ev33 branch (issue 15 part 1, the missed events
of seeds 117-138): an investigation told as going on with no verb of investigating. Each
sentence is written for its test; the near shape that must stay as it was is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles


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
        'Polisi menangkap Rudi Hartono . " Perusak kios itu sudah kami amankan , kini kami '
        'menelusuri motif perusakan itu , " tegasnya .', RUDI)
    # the words with no enforcer in the article give nothing
    assert not any(c == "ACCUSE" for c, _, _ in _roles(
        'Budi Santoso berkata : " Soal motifnya , tengah kami usut . "', BUDI))


def test_a_legal_state_in_a_description_after_a_copula_or_article() -> None:
    # a copula opens the description as a comma does: Rudi is the suspect, Rudi was held
    assert any(c == "ACCUSE" and t == ("per:rudi",) for c, _, t in _roles(
        "Rudi Hartono adalah politikus yang telah menjadi tersangka dalam kasus dugaan "
        "korupsi .", RUDI))
    assert any(c == "COERCE" and t == ("per:rudi",) for c, _, t in _roles(
        "Rudi Hartono , seorang warga lokal yang pernah ditahan terkait penikaman pada "
        "Februari lalu .", RUDI))
    # the body of the post described is no word of the description, nor the suspect
    partai = ("org:p", "ORG", "Partai Maju")
    assert ("ACCUSE", (), ("per:rudi",)) in _roles(
        "Rudi Hartono adalah mantan anggota Partai Maju yang telah menjadi tersangka dalam "
        "kasus dugaan korupsi .", RUDI, partai)
    # a description too long to be one stays no subject, and an active verb in it too
    assert not any(c == "COERCE" and t == ("per:rudi",) for c, _, t in _roles(
        "Rudi Hartono adalah teman lama ayah pemuda yang pernah ditahan itu .", RUDI))
    assert ("REJECT", ("per:rudi",), ()) not in _roles(
        "Rudi Hartono menemui politikus yang menolak usul itu .", RUDI)


def test_talks_with_a_partner_named_and_a_call_to_an_envoy() -> None:
    assert any(c == "CONSULT" and set(a) == {"per:budi", "per:rudi"} for c, a, _ in _roles(
        "Dalam diskusinya dengan Rudi Hartono , Budi Santoso menceritakan kasus itu .",
        BUDI, RUDI))
    assert any(c == "CONSULT" and set(a) == {"per:budi", "per:rudi"} for c, a, _ in _roles(
        "Menlu Budi Santoso telah menghubungi Penasihat Keamanan Nasional Rudi Hartono "
        "untuk membahas proses itu .", BUDI, RUDI))
    # a forum on a theme meets no one, and a call to no one titled consults no one
    assert not any(c == "CONSULT" for c, _, _ in _roles(
        "Budi Santoso menggelar diskusi dengan tema ekonomi digital .", BUDI))
    assert not any(c == "CONSULT" for c, _, _ in _roles(
        "Budi Santoso mencoba menghubungi nomor layanan itu .", BUDI))
