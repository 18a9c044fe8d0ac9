"""Rules of the events stage added by the ev30 branch (issue 15 part 1, seeds 121-126): a
speaker's avowal after "tentu" is no supposition, ", bahkan" joins a list's last member, the
public-order police (Satpol PP) left untagged act as the police, questioning with no agent in
an article naming only the police is theirs, and thanks told with "rasa" back the one thanked.
Each sentence is written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles

DINAS = ("org:dinas", "ORG", "Dinas Pertanian")
KUWAIT = ("loc:kw", "GPE", "Kuwait")
OMAN = ("loc:om", "GPE", "Oman")
YORDANIA = ("loc:jo", "GPE", "Yordania")
SURIAH = ("loc:sy", "GPE", "Suriah")


def test_a_speakers_avowal_after_tentu_is_stated() -> None:
    got = _roles('" Tentu kami mendukung penuh arahan Rudi Hartono itu , " kata Budi Santoso .',
                 BUDI, RUDI)
    assert ("SUPPORT", ("per:budi",), ("per:rudi",)) in got
    # a third party after "tentu" stays a supposition of the speaker's
    got = _roles('" Tentu Dinas Pertanian mendukung arahan Rudi Hartono , " kata Budi Santoso .',
                 BUDI, RUDI, DINAS)
    assert "SUPPORT" not in {c for c, _, _ in got}


def test_bahkan_after_a_comma_joins_the_lists_last_member() -> None:
    text = "Kuwait , Oman , bahkan Yordania memutus hubungan diplomatik dengan Suriah ."
    got = _roles(text, KUWAIT, OMAN, YORDANIA, SURIAH)
    assert ("SANCTION", ("loc:kw", "loc:om", "loc:jo"), ("loc:sy",)) in got
    # a clause after ", bahkan" keeps its own subject
    got = _roles("Kuwait memutus hubungan diplomatik dengan Suriah , bahkan Oman menolak "
                 "Yordania .", KUWAIT, OMAN, YORDANIA, SURIAH)
    assert ("SANCTION", ("loc:kw",), ("loc:sy",)) in got


def test_satpol_pp_untagged_acts_as_the_police() -> None:
    got = _roles("Satpol PP sebelumnya menyita ribuan botol miras dari sebuah toko .")
    assert ("COERCE", ("COP",), ()) in got


def test_witnesses_questioned_in_an_article_naming_only_the_police() -> None:
    got = _roles("Kanit Reskrim Polres Kota Bima membenarkan hal itu . Sejumlah saksi sudah "
                 "diperiksa , termasuk teman korban .")
    assert ("ACCUSE", ("COP",), ()) in got
    # a questioning planned stays none ("akan diperiksa"), as with no police named
    got = _roles("Kanit Reskrim Polres Kota Bima membenarkan hal itu . Budi Santoso akan "
                 "diperiksa sebagai saksi .", BUDI)
    assert "ACCUSE" not in {c for c, _, _ in got}
    # an article naming the KPK too assumes no one, and one naming no police neither
    got = _roles("Pejabat KPK dan polisi membenarkan hal itu . Sejumlah saksi sudah diperiksa , "
                 "termasuk teman korban .")
    assert "ACCUSE" not in {c for c, _, _ in got}
    got = _roles("Sejumlah saksi sudah diperiksa , termasuk teman korban .")
    assert "ACCUSE" not in {c for c, _, _ in got}


def test_thanks_told_with_rasa_back_the_one_thanked() -> None:
    got = _roles("Budi Santoso menyampaikan rasa terima kasihnya atas undangan Rudi Hartono .",
                 BUDI, RUDI)
    assert ("SUPPORT", ("per:budi",), ("per:rudi",)) in got
