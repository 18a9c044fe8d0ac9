"""Indonesian paragraphs read as Malay, and Malay sentences read as Indonesian.

Indonesian: every paragraph of IndoSum dev.01 and of Detik-1k (../shared/data); short
ones (a forex line, a list of organisations) are where CLD2 hesitates. Malay: the
sentences of eval/data/malay_sentences.txt and spaCy's Malay examples (../shared holds no
Malay text). Prints how many of each `warta.stages.langid.detect` gets wrong.

    python eval/langid_measure.py            # counts
    python eval/langid_measure.py --show 20  # and the first wrong items of each side
    python eval/langid_measure.py --articles # whole articles the langid stage rejects
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.lang.ms.examples import sentences as spacy_ms

from warta.errors import Reject
from warta.record import Article
from warta.stages.clean import clean_text
from warta.stages.langid import LangIdStage, detect

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


def articles() -> Iterator[tuple[str, str]]:
    """(id, raw text) of every IndoSum dev.01 and Detik-1k article."""
    for line in (SHARED / "indosum" / "dev.01.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        yield (f"indosum:{row['id']}", "\n".join(" ".join(" ".join(s) for s in p)
                                                 for p in row["paragraphs"]))
    csv.field_size_limit(10**8)
    with (SHARED / "detik-1k" / "data_berita.csv").open(encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            yield f"detik:{i}", r["isi_berita"]


def rejected_articles() -> tuple[int, list[tuple[str, str]]]:
    """How many articles were read, and (id, reason) of those the langid stage rejects."""
    stage, n, out = LangIdStage(), 0, []
    for aid, raw in articles():
        text = clean_text(raw).text
        if not text.strip():
            continue
        n += 1
        try:
            stage.process(Article(id=aid, text=text))
        except Reject as e:
            out.append((aid, str(e)))
    return n, out


def malay() -> list[str]:
    own = (REPO / "eval" / "data" / "malay_sentences.txt").read_text("utf-8").splitlines()
    return [s for s in own if s.strip() and not s.startswith("#")] + list(spacy_ms)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many wrong items a side")
    ap.add_argument("--articles", action="store_true",
                    help="whole articles (cleaned) the langid stage rejects, with reasons")
    args = ap.parse_args(argv)
    if args.articles:
        n, rejected = rejected_articles()
        print(f"articles rejected by langid: {len(rejected)} of {n}")
        for aid, why in rejected:
            print(f"  {aid}: {why[:160]}")
        return 0
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
