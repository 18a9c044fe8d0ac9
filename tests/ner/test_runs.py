"""Capitalised-run features: heads that open an organisation or place, bracketed acronyms."""

from __future__ import annotations

from warta.ner.features import Featurizer, run_features


def _feats(sentence: str) -> dict[str, tuple[str, ...]]:
    toks = sentence.split()
    return dict(zip(toks, run_features(toks), strict=True))


def test_org_and_place_heads_mark_the_run_after_them() -> None:
    f = _feats("Kapolres Tegal mengatakan Polres Boyolali menahan warga Kabupaten Sleman")
    assert "rh=org" in f["Boyolali"] and "rh=org" not in f["Polres"]
    assert "rh=place" in f["Sleman"]
    assert not any(x.startswith("rh=") for x in f["Tegal"])  # "Kapolres" is a role
    assert f["Polres"] == ("rp=B",) and f["mengatakan"] == ()


def test_connectors_stay_inside_a_run() -> None:
    f = _feats("Kementerian Energi dan Sumber Daya Mineral ( ESDM ) menyatakan")
    assert "rh=org" in f["dan"] and "rh=org" in f["Mineral"] and "rp=E" in f["Mineral"]
    assert "acro" in f["ESDM"] and "acro" in f["Energi"]


def test_acronym_must_abbreviate_the_run() -> None:
    f = _feats("Lembaga Pendidikan Perkebunan ( LPP ) dan Bank Rakyat ( KPK )")
    assert "acro" in f["LPP"] and "acro" in f["Lembaga"]
    assert "acro" not in f["KPK"] and "acro" not in f["Rakyat"]


def test_lower_case_text_has_no_runs() -> None:
    assert run_features(["polres", "boyolali", "menahan", "warga"]) == [()] * 4


def test_featurizer_adds_them_only_when_asked() -> None:
    toks = ["Polres", "Boyolali", "menahan"]
    assert "rh=org" in Featurizer(runs=True)(toks)[1]
    assert "rh=org" not in Featurizer()(toks)[1]
