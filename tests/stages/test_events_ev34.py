"""Rules of the events stage added by the ev34 branch (issue 15 part 1, the missed events
of seeds 117-142): a sting told by its name alone.
Each sentence is written for its test; the near shape that must stay is asserted beside
it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles

KPK = ("org:kpk", "ORG", "KPK")
POLDA = ("org:polda", "ORG", "Polda Tirta")


def test_a_sting_told_by_its_name_alone_is_an_arrest_by_its_body() -> None:
    assert ("COERCE", ("org:kpk",), ()) in _roles(
        '" Kegiatan OTT di Kota Sundara , " kata Wakil Ketua KPK Budi Santoso .', KPK, BUDI)
    assert ("COERCE", ("org:kpk",), ()) in _roles(
        "OTT di Kota Sundara ini menjadi tangkap tangan ketiga KPK tahun ini .", KPK)
    # the one named right after the noun is caught, by the article's enforcer
    assert ("COERCE", ("org:polda",), ("per:budi",)) in _roles(
        "Polda Tirta menangkap dua orang kemarin . Perkara itu berawal dari OTT Budi Santoso .",
        POLDA, BUDI)
    # the people after "terhadap", a list, are caught
    assert ("COERCE", ("org:kpk",), ("per:budi", "per:rudi")) in _roles(
        "Uang itu ditemukan penyidik KPK saat operasi tangkap tangan terhadap pengacara "
        "Budi Santoso dan Rudi Hartono pada Juni .", KPK, BUDI, RUDI)
    # the full name after "terkena" is a received sting
    assert ("COERCE", ("org:polda",), ("per:budi",)) in _roles(
        "Budi Santoso terkena Operasi Tangkap Tangan ( OTT ) oleh Polda Tirta .", POLDA, BUDI)


def test_an_ott_with_no_body_that_makes_stings_is_no_arrest() -> None:
    # a streaming service ("layanan OTT") is no sting
    assert "COERCE" not in _codes("Budi Santoso menonton film di layanan OTT .", BUDI)
    assert "COERCE" not in _codes("Perkara itu berawal dari OTT pekan lalu .")
    # the sting told before, pointed back to, is no second arrest
    assert "COERCE" not in _codes("Kabar OTT itu dibenarkan oleh Wakil Ketua KPK .", KPK)
    # a sentence with its own arrest gets no second one
    assert len([c for c, _, _ in _roles("KPK menangkap Budi Santoso dalam OTT di Kota Sundara .",
                                        KPK, BUDI) if c == "COERCE"]) == 1


def test_an_arrest_or_sanction_on_a_condition_is_a_threat() -> None:
    assert ("THREATEN", ("COP",), ("per:budi",)) in _roles(
        "Jika Budi Santoso tidak datang , polisi akan menangkapnya .", BUDI)
    assert ("THREATEN", ("org:kpk",), ("per:budi",)) in _roles(
        "KPK akan memecat Budi Santoso jika ia melakukan kesalahan .", KPK, BUDI)
    # a negated hesitation stands for the future word
    assert ("THREATEN", ("org:kpk",), ("per:budi",)) in _roles(
        "KPK tak segan memecat Budi Santoso jika ia melakukan kesalahan .", KPK, BUDI)
    # a firing made, for a reason, stays a sanction
    got = _codes("KPK memecat Budi Santoso karena ia melakukan kesalahan .", KPK, BUDI)
    assert "SANCTION" in got and "THREATEN" not in got
    # an arrest inside the condition is no threat
    assert "THREATEN" not in _codes(
        "Jika polisi menangkap Budi Santoso , warga akan berunjuk rasa .", BUDI)


TIRTA = ("loc:tirta", "PLACE", "Tirtania", "PH")


def test_a_pilgrimage_is_no_visit_and_a_prayer_no_request() -> None:
    assert "CONSULT" not in _codes(
        "Presiden Budi Santoso terbang ke Tirtania untuk ibadah umrah .", BUDI, TIRTA)
    # a leader's flight abroad stays a visit
    assert "CONSULT" in _codes("Presiden Budi Santoso terbang ke Tirtania .", BUDI, TIRTA)
    assert "REQUEST" not in _codes('" Saya tetap minta petunjuk Allah , " kata Budi Santoso .',
                                   BUDI)
    assert "REQUEST" not in _codes(
        "Dalam kitab itu , Allah memerintahkan untuk tidak menunda-nunda utang .")
    # an ask of a party stays
    assert "REQUEST" in _codes("Budi Santoso meminta KPK mengusut kasus itu .", BUDI, KPK)


POLDA_SUMUT = ("org:polda", "ORG", "Polda Tirta")


def test_a_force_sent_in_with_menurunkan_is_deployed() -> None:
    assert ("MOBILIZE", ("COP",), ()) in _roles(
        "Polisi menurunkan sekitar 3.600 personel untuk menjaga keamanan bandara .")
    assert ("MOBILIZE", ("org:polda",), ()) in _roles(
        "Polda Tirta menerjunkan 500 personel ke lokasi .", POLDA_SUMUT)
    # a price lowered, or a force's number cut, deploys nothing
    assert "MOBILIZE" not in _codes(
        "Pemerintah menurunkan harga bahan bakar bagi para personel TNI .")
    assert "MOBILIZE" not in _codes("Polda Tirta menurunkan jumlah personel di pos itu .",
                                    POLDA_SUMUT)


def test_a_sting_denied_or_a_rule_with_no_one_named_is_no_event() -> None:
    assert "COERCE" not in _codes(
        "Namun Kabid Humas Polda Tirta membantah bahwa itu adalah OTT .", POLDA_SUMUT)
    assert "THREATEN" not in _codes(
        "Apabila bank melanggar ketentuan , maka KPK akan memberikan sanksi administratif .",
        KPK)


def test_a_streaming_service_named_ott_is_no_sting() -> None:
    # the police only named in a plot, a platform: no arrest
    assert "COERCE" not in _codes(
        "Serial tentang dunia kepolisian itu disiarkan melalui platform over-the-top ( OTT ) .")
    # an acronym spelt out as something else
    assert "COERCE" not in _codes(
        "Operasi Tangkap Tawon ( OTT ) digelar tim gabungan dari Polda Tirta tadi malam .",
        POLDA_SUMUT)


def test_a_ban_on_people_in_need_is_no_aid() -> None:
    # a merge once spliced the needy nouns of an aid entry onto a ban's verbs: forbidding
    # the needy something is no aid given to them (lead34)
    pemkot = ("org:pemkot", "ORG", "Pemkot Sundara")
    assert "AID" not in _codes(
        "Pemkot Sundara melarang pengungsi mendirikan tenda di alun-alun kota .", pemkot)
    assert "AID" in _codes(
        "Pemkot Sundara menyalurkan 500 paket sembako kepada para pengungsi di alun-alun .",
        pemkot)
