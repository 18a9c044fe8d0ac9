"""Rules of the events stage added by the ev29b branch (issue 15 part 1, seeds 123 and 124's
causes): a call to one's own teammate or a naming read as a summons, backing one's spouse
read as support, a photo call read as a request; the one an indirect question after an
inquiry is about, and a place joined to a place phrase by an area noun. Each sentence is
written for its test; the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles


def test_calling_a_teammate_or_calling_someone_a_name_is_no_summons() -> None:
    got = _roles("Budi Santoso pada awalnya memanggil rekan senegaranya Rudi Hartono .",
                 BUDI, RUDI)
    assert "REQUEST" not in {c for c, _, _ in got}
    got = _roles('Presiden Budi Santoso memanggil Rudi Hartono " seorang pemimpin yang '
                 'cakap " .', BUDI, RUDI)
    assert "REQUEST" not in {c for c, _, _ in got}
    # a summons stays
    got = _roles("Budi Santoso memanggil Rudi Hartono untuk diperiksa pekan depan .", BUDI, RUDI)
    assert ("REQUEST", ("per:budi",), ("per:rudi",)) in got


def test_backing_ones_spouse_is_no_support() -> None:
    got = _roles("Budi Santoso turut mendukung istrinya yang akan kembali ke dunia musik .", BUDI)
    assert "SUPPORT" not in {c for c, _, _ in got}
    got = _roles("Budi Santoso mendukung Rudi Hartono dalam pemilihan itu .", BUDI, RUDI)
    assert ("SUPPORT", ("per:budi",), ("per:rudi",)) in got


def test_a_photo_call_is_no_request() -> None:
    got = _roles("Budi Santoso langsung mengajaknya ke tengah sorotan kamera wartawan .", BUDI)
    assert "REQUEST" not in {c for c, _, _ in got}
    got = _roles("Budi Santoso mengajak Rudi Hartono untuk berunding pekan depan .", BUDI, RUDI)
    assert ("REQUEST", ("per:budi",), ("per:rudi",)) in got


def test_the_subject_of_an_inquirys_question_is_looked_into() -> None:
    got = _roles("Polisi sedang menyelidiki apakah Rudi Hartono pernah berkunjung ke Libya .",
                 RUDI)
    assert ("ACCUSE", ("COP",), ("per:rudi",)) in got


def test_a_place_joined_by_an_area_noun_is_no_target() -> None:
    tanah = ("loc:tanah", "LOCATION", "Tanah Abang")
    jalan = ("loc:jl", "LOCATION", "Jalan Merdeka")
    got = _roles("Aparat polisi berhasil menertibkan suasana di sekitar Jalan Merdeka dan "
                 "kawasan Tanah Abang .", tanah, jalan)
    assert [t for c, _, t in got if c == "COERCE"] == [()]


def test_people_taken_to_a_police_unit_are_held_by_it() -> None:
    polres = ("org:polres", "ORG", "Polres Bogor")
    got = _roles("Selain itu , sebanyak lima orang diamankan ke Polres Bogor .", polres)
    assert ("COERCE", ("org:polres",), ()) in got
    # a report made to the unit is no act of the unit's
    got = _roles("Budi Santoso dilaporkan ke Polres Bogor pekan lalu .", polres, BUDI)
    assert not any("org:polres" in a for _, a, _ in got)


def test_advice_to_file_a_report_is_no_request() -> None:
    got = _roles("Polisi lalu menyarankan warga tersebut untuk membuat laporan .")
    assert "REQUEST" not in {c for c, _, _ in got}
    got = _roles("Budi Santoso menyarankan Rudi Hartono untuk mundur dari jabatannya .",
                 BUDI, RUDI)
    assert ("REQUEST", ("per:budi",), ("per:rudi",)) in got


def test_a_species_latin_name_is_no_participant() -> None:
    genus = ("org:genus", "ORG", "Symphalangus")
    got = _roles("Polisi mengamankan barang bukti berupa satu ekor siamang ( Symphalangus "
                 "syndactylus ) dalam kondisi hidup .", genus)
    assert [t for c, _, t in got if c == "COERCE"] == [()]


def test_they_after_an_arrest_naming_no_one_held_are_the_held() -> None:
    polres = ("org:polres", "ORG", "Polres Bogor")
    got = _roles("Sebanyak lima orang diamankan ke Polres Bogor . Mereka diduga melempari "
                 "petugas keamanan dengan batu .", polres)
    assert not any("org:polres" in a for c, a, _ in got if c == "ASSAULT")
    # the riot told beside the arrest gives "mereka" its rioters
    got = _roles("Sebanyak lima orang diamankan ke Polres Bogor , diduga melakukan kericuhan "
                 "di sekitar pasar . Mereka diduga melempari petugas keamanan dengan batu .",
                 polres)
    assert any(c == "ASSAULT" and a == ("CVL",) for c, a, _ in got)
