"""Bracket-defined acronyms from unlabelled text (NER features, tried on validation)."""

from __future__ import annotations

from warta.ner.names import NameLists
from warta.train.acronyms import acronym_table, find_acronyms, parse_acronyms, spells


def test_spells_from_initials_onward() -> None:
    assert spells("KPK", ["Komisi", "Pemberantasan", "Korupsi"])
    assert spells("Kemenkeu", ["Kementerian", "Keuangan"])
    assert not spells("KPK", ["Badan", "Pusat", "Statistik"])


def test_table_from_sentences() -> None:
    sents = [["Kata", "Komisi", "Pemberantasan", "Korupsi", "(", "KPK", ")", "kemarin"],
             ["di", "Badan", "Pengawas", "Obat", "dan", "Makanan", "(", "BPOM", ")"],
             ["angka", "(", "Rp", ")"]]
    found = find_acronyms(sents)
    assert set(found) == {"KPK", "BPOM"}
    names = NameLists({"komisi pemberantasan korupsi": "O"}, {})
    table = acronym_table(sents, names)
    assert table["kpk"] == ("komisi", "O", 1)
    assert parse_acronyms(["kpk\tkomisi\tO\t1"])["kpk"] == ("acro", "acrohead=komisi",
                                                            "acron=O")
