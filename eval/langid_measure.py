"""Indonesian paragraphs read as Malay, and Malay sentences read as Indonesian.

Indonesian: every paragraph of IndoSum dev.01 and of Detik-1k (../shared/data); short
ones (a forex line, a list of organisations) are where CLD2 hesitates. Malay: the
sentences of eval/data/malay_sentences.txt and spaCy's Malay examples (../shared holds no
Malay text). Prints how many of each `warta.stages.langid.detect` gets wrong.

    python eval/langid_measure.py            # counts
    python eval/langid_measure.py --show 20  # and the first wrong items of each side
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.lang.ms.examples import sentences as spacy_ms

from warta.stages.langid import detect

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "news"


def indonesian() -> Iterator[str]:
    for line in (SHARED / "indosum" / "dev.01.jsonl").open(encoding="utf-8"):
        for para in json.loads(line)["paragraphs"]:
            yield " ".join(" ".join(s) for s in para)
    csv.field_size_limit(10**8)
    with (SHARED / "detik-1k" / "data_berita.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            yield from (p.strip() for p in r["isi_berita"].split("\n") if p.strip())


def malay() -> list[str]:
    own = (REPO / "eval" / "data" / "malay_sentences.txt").read_text("utf-8").splitlines()
    return [s for s in own if s.strip() and not s.startswith("#")] + list(spacy_ms)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many wrong items a side")
    args = ap.parse_args(argv)
    ids = list(indonesian())
    id_as_ms = [t for t in ids if detect(t).code == "ms"]
    mss = malay()
    ms_as_id = [t for t in mss if detect(t).code == "id"]
    print(f"Indonesian paragraphs read as Malay: {len(id_as_ms)} of {len(ids)}")
    print(f"Malay sentences read as Indonesian: {len(ms_as_id)} of {len(mss)}")
    for name, wrong in (("id as ms", id_as_ms), ("ms as id", ms_as_id)):
        for t in wrong[:args.show]:
            print(f"  {name}: {t[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
