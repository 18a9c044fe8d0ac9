"""How many texts of the shared corpora show a sign of mojibake, and how many ftfy repairs.

Reads IndoSum dev.01 and Detik-1k (../shared/data/news) and prints, per corpus, the texts
`warta.text.mojibake.has_mojibake_sign` passes to ftfy and those `ftfy.fix_encoding`
changes: a sign that misses a text ftfy would repair, or passes many it leaves alone,
shows here.

    python eval/mojibake_measure.py
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import ftfy

from warta.text.mojibake import has_mojibake_sign

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"


def texts() -> dict[str, list[str]]:
    indosum = ["\n".join(" ".join(" ".join(s) for s in p) for p in json.loads(line)["paragraphs"])
               for line in (SHARED / "indosum" / "dev.01.jsonl").open(encoding="utf-8")]
    csv.field_size_limit(10**8)
    with (SHARED / "detik-1k" / "data_berita.csv").open(encoding="utf-8") as f:
        detik = [r["isi_berita"] for r in csv.DictReader(f)]
    return {"indosum dev.01": indosum, "detik-1k": detik}


def main() -> int:
    for name, items in texts().items():
        signed = [has_mojibake_sign(t) for t in items]
        changed = [ftfy.fix_encoding(t) != t for t in items]
        both = sum(s and c for s, c in zip(signed, changed, strict=True))
        print(f"{name}: {len(items)} texts, {sum(signed)} with a sign, {sum(changed)} that "
              f"ftfy changes, {both} both")
    return 0


if __name__ == "__main__":
    sys.exit(main())
