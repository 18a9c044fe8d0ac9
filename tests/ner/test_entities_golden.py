"""Golden entity facts (tests/golden/entities-kinds-countries.toml): kinds and countries."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from warta.ner.resolve import find_entities
from warta.record import Span

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "entities-kinds-countries.toml"
CASES: list[dict[str, Any]] = tomllib.loads(GOLDEN.read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_golden_entities(case: dict[str, Any]) -> None:
    text = case["text"]
    ents = find_entities(text, [Span(start=0, end=len(text))])
    got = {f"{e.kind}|{e.name}|{e.country or '-'}" for e in ents}
    pairs = {f"{e.kind}|{e.name}" for e in ents}
    for fact in case.get("must", []):
        assert fact in got, (fact, sorted(got))
    for fact in case.get("must_not", []):
        assert fact not in pairs, (fact, sorted(got))
    for code in case.get("countries_not", []):
        assert all(e.country != code for e in ents), (code, sorted(got))
