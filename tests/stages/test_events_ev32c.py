"""Rules of the events stage added by the ev32c branch (issue 15 part 1, seeds 137 and
138): a negation over verbs joined by "atau", a denial noun before an act noun, a pretence,
a forged document's content, the one asked after "minta dari" and goods handed out to the
needy. Each sentence is written for its test; the near shape that must stay is asserted
beside it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_roles as _roles

PEMKOT = ("org:pemkot", "ORG", "Pemkot Tirtamaya")


def _codes(text: str, *ents: tuple[str, str, str]) -> set[str]:
    return {c for c, _, _ in _roles(text, *ents)}


def test_a_negation_holds_over_verbs_joined_by_atau() -> None:
    assert "THREATEN" not in _codes("Rudi Hartono tidak pernah merasa ditekan atau diancam "
                                    "oleh Budi Santoso .", BUDI, RUDI)
    # a threat told as done stays, with "dan" or with no negation
    assert "THREATEN" in _codes("Rudi Hartono mengaku ditekan dan diancam oleh Budi "
                                "Santoso .", BUDI, RUDI)
    assert "THREATEN" in _codes("Rudi Hartono merasa ditekan atau diancam oleh Budi "
                                "Santoso .", BUDI, RUDI)


def test_an_act_noun_after_a_denial_noun_is_denied() -> None:
    assert "THREATEN" not in _codes("Rudi Hartono mengirim surat pernyataan bantahan "
                                    "intimidasi Budi Santoso terhadap dirinya .", BUDI, RUDI)
    # an intimidation condemned stays
    assert "THREATEN" in _codes("Rudi Hartono mengecam intimidasi Budi Santoso terhadap "
                                "dirinya .", BUDI, RUDI)


def test_a_pretence_is_no_act() -> None:
    assert "REQUEST" not in _codes("Dalam surat itu , seolah-olah Budi Santoso meminta "
                                   "dukungan warga .", BUDI)
    assert "REQUEST" in _codes("Dalam surat itu , Budi Santoso meminta dukungan warga .",
                               BUDI)


def test_a_forged_documents_content_is_no_act_of_its_named_writer() -> None:
    assert "REQUEST" not in _codes("Polisi menangkap pembuat surat palsu itu . Melalui surat "
                                   "itu , Budi Santoso meminta dukungan warga .", BUDI)
    assert "REQUEST" not in _codes("Beredar surat hoax Budi Santoso . Melalui surat itu , "
                                   "Budi Santoso juga mengajak warga berkomunikasi .", BUDI)
    assert "REQUEST" not in _codes("Polisi menangkap penyebar berita palsu dari Budi Santoso . "
                                   "Melalui surat itu , Budi Santoso meminta dukungan warga .",
                                   BUDI)
    # a real letter's content stays, and the arrest of the forgers too
    assert "REQUEST" in _codes("Rudi Hartono menerima surat dari Budi Santoso . Melalui surat "
                               "itu , Budi Santoso meminta dukungan warga .", BUDI, RUDI)
    assert "COERCE" in _codes("Polisi menangkap pembuat surat palsu itu . Melalui surat "
                              "itu , Budi Santoso meminta dukungan warga .", BUDI)


def test_minta_dari_names_the_one_asked() -> None:
    roles = _roles('" Itu masih saya minta dari Pak Budi Santoso untuk minggu depan melaporkan '
                   'lagi , " kata Rudi Hartono .', BUDI, RUDI)
    assert ("REQUEST", ("per:rudi",), ("per:budi",)) in roles
    # the one asked as the object stays
    assert ("REQUEST", ("per:rudi",), ("per:budi",)) in _roles(
        "Rudi Hartono meminta Budi Santoso meminjamkan suaranya untuk lagu baru .", BUDI, RUDI)


def test_goods_handed_out_to_the_needy_are_aid() -> None:
    assert "AID" in _codes("Pemkot Tirtamaya telah menyalurkan kurang lebih 1.500 nasi bungkus "
                           "dan air minum kepada para pengungsi .", PEMKOT)
    # property returned to a victim, and water piped to homes, are no aid
    assert "AID" not in _codes("Pemkot Tirtamaya menyerahkan barang bukti kepada korban .",
                               PEMKOT)
    assert "AID" not in _codes("Pemkot Tirtamaya menyalurkan air bersih ke rumah warga .",
                               PEMKOT)
