"""Golden facts on the cleaned text of real corpus records (tests/golden/records.toml)."""

import csv
import json
import tomllib
from pathlib import Path

import pytest

from warta.sources.corpus import MAPS, map_record
from warta.sources.raw import RawDoc
from warta.stages.clean import clean_text

GOLDEN = Path(__file__).resolve().parent / "golden" / "records.toml"
RECORDS = tomllib.loads(GOLDEN.read_text("utf-8"))["record"]


def _raw(corpus: str, rid: str, data: Path) -> str:
    if corpus == "indosum":
        for path in sorted((data / "news" / "indosum").glob("dev.0*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                rec = json.loads(line)
                if rec["id"] == rid:
                    doc = map_record(rec, MAPS["indosum"], rid)
                    assert isinstance(doc, RawDoc)
                    return str(doc.text)
    else:
        csv.field_size_limit(1 << 27)
        with (data / "news" / "detik-1k" / "data_berita.csv").open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["id"] == rid:
                    return row["isi_berita"]
    raise AssertionError(f"{corpus} record {rid} not found")


@pytest.mark.parametrize("rec", RECORDS, ids=[f"{r['corpus']}-{r['id'][:24]}" for r in RECORDS])
def test_record_golden(rec: dict[str, object], shared_data: Path) -> None:
    c = clean_text(_raw(str(rec["corpus"]), str(rec["id"]), shared_data))
    for s in rec.get("must_contain", []):  # type: ignore[attr-defined]
        assert s in c.text, s
    for s in rec.get("must_not_contain", []):  # type: ignore[attr-defined]
        assert s not in c.text, s
    for s in rec.get("related", []):  # type: ignore[attr-defined]
        assert s in c.related, (s, c.related)
