"""Rules of the events stage added by the ev106 branch (issue 15 part 1): a state office
wound up in a reorganisation is coerced by no one. Each sentence is written for its test;
the near shape that must stay is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import quoted_art, roles

DINAS = ("org:d", "ORG", "Dinas Pasar Kota Sukamaju")
ORMAS = ("org:o", "ORG", "Front Pemuda Sukamaju")


def test_a_state_office_dissolved_is_no_coercion() -> None:
    text = "Sejak Dinas Pasar Kota Sukamaju dibubarkan tahun lalu, pasar menjadi kumuh."
    got = roles(quoted_art(text, DINAS))
    assert all(c != "COERCE" for c, _, _ in got), got
    # a group dissolved by the state stays coerced
    text = "Tahun lalu Front Pemuda Sukamaju dibubarkan oleh pemerintah."
    got = roles(quoted_art(text, ORMAS))
    assert any(c == "COERCE" for c, _, _ in got), got


WARGA = ("org:w", "ORG", "Paguyuban Warga Sukamaju")


def test_a_hoped_awareness_is_no_request() -> None:
    text = ("Budi Santoso membagikan buku panduan. Ia berharap Paguyuban Warga Sukamaju bisa "
            "lebih waspada terhadap penipuan.")
    got = roles(quoted_art(text, BUDI, WARGA))
    assert all(c != "REQUEST" for c, _, _ in got), got
    # a deed hoped of a named party stays an appeal
    text = ("Budi Santoso membagikan buku panduan. Ia berharap Paguyuban Warga Sukamaju bisa "
            "segera melaporkan penipuan.")
    got = roles(quoted_art(text, BUDI, WARGA))
    assert any(c == "REQUEST" for c, _, _ in got), got
