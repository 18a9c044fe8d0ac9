"""Rules of the events stage added by the evprec28b branch (issue 15 part 1): false events of
private and show-business doings and of words in their everyday sense (a trip to film, a
meal with a private person, a call-up to a squad, a pep talk to one's own side, a newsroom
asking for comment, a programme's standing condition, a bodily favour, a product's
demonstration). Each sentence is written for its test; the near shape that must stay is
asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_art, roles


def _codes(text: str, *ents: tuple[str, str, str]) -> set[str]:
    return {c for c, _, _ in roles(quoted_art(text, *ents))}


def test_a_trip_to_film_is_no_visit() -> None:
    assert "CONSULT" not in _codes(
        "Budi Santoso berkunjung ke Bandung untuk syuting sebuah film.", BUDI)
    # a call on someone stays a visit
    assert "CONSULT" in _codes("Budi Santoso berkunjung ke kantor Rudi Hartono.", BUDI, RUDI)


def test_a_meal_with_a_private_person_is_no_meeting() -> None:
    assert "CONSULT" not in _codes(
        "Budi Santoso makan malam dengan seorang pria bernama Rudi Hartono.", BUDI, RUDI)
    assert "CONSULT" in _codes("Budi Santoso makan malam dengan Rudi Hartono.", BUDI, RUDI)


def test_a_call_up_to_the_national_team_is_no_summons() -> None:
    text = "Rudi Hartono dipanggil oleh Budi Santoso untuk memperkuat tim nasional tahun ini."
    assert "REQUEST" not in _codes(text, BUDI, RUDI)
    assert "ACCUSE" not in _codes(text, BUDI, RUDI)


def test_a_pep_talk_to_ones_own_side_is_no_request() -> None:
    assert "REQUEST" not in _codes(
        "Budi Santoso mengajak rekan-rekannya untuk tidak panik.", BUDI)
    assert "REQUEST" in _codes("Budi Santoso mengajak Rudi Hartono menolak rencana itu.",
                               BUDI, RUDI)


def test_a_newsroom_asking_for_comment_is_no_request() -> None:
    assert "REQUEST" not in _codes(
        "Ketika diminta keterangan oleh wartawan, Budi Santoso tidak menjawab.", BUDI)


def test_a_programmes_condition_on_its_recipients_is_no_act() -> None:
    text = ("Komisi Dagang membuka program bantuan yang mewajibkan penerimanya mendukung "
            "demokrasi.")
    codes = _codes(text, KOMISI)
    assert "REQUEST" not in codes and "SUPPORT" not in codes, codes
    assert "REQUEST" in _codes("Komisi Dagang mewajibkan Rudi Hartono melapor.", KOMISI, RUDI)


def test_asking_for_a_massage_is_no_request() -> None:
    assert "REQUEST" not in _codes("Budi Santoso kerap meminta pijatan leher.", BUDI)


def test_a_products_demonstration_is_no_protest() -> None:
    assert "PROTEST" not in _codes(
        "Dalam demonstrasi produk itu, Komisi Dagang membutuhkan waktu 15 detik.", KOMISI)
    assert "PROTEST" in _codes("Ribuan buruh menggelar demonstrasi di depan Komisi Dagang.",
                               KOMISI)
