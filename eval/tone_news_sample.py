"""News paragraphs for hand-labelling tone: a fixed, seeded draw from IndoSum dev and
Detik-1k (one paragraph of 20-80 words per article, at most, cleaned).

Ids are `indosum:<article id>#<paragraph>` and `detik:<row id>#<paragraph>`, so labels
(eval/tone_news/labels.tsv) are committed without the text, which stays in ../shared.
`paragraphs()` is what eval/tone_news_eval.py reads the labelled ids back with.
Run: `python eval/tone_news_sample.py [--n 240] [--seed 15]` (prints id and text).
A fresh draw for training labels: `python eval/tone_news_sample.py --n 160 --seed 17
--indosum-only --fresh` (IndoSum only, as Detik-1k states no licence to train on; no
article that already has a label, so dev and test paragraphs never leak into training).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from warta.sources.corpus import text_of
from warta.stages.clean import clean_text, normalise_whitespace
from warta.train.summary import load_indosum
from warta.train.themes import load_detik

MIN_WORDS, MAX_WORDS = 20, 80
LABELS_TSV = Path(__file__).resolve().parent / "tone_news" / "labels.tsv"


def labelled_articles(path: Path = LABELS_TSV) -> set[str]:
    """Article ids (`indosum:<id>`, `detik:<id>`) with a paragraph in labels.tsv."""
    with path.open(encoding="utf-8") as fh:
        return {r["id"].split("#")[0] for r in csv.DictReader(fh, delimiter="\t")}


def paragraphs() -> dict[str, str]:
    """Every candidate paragraph by id: the n-th line of the article as read (so ids
    stay put when `clean` changes), cleaned on its own as `warta ingest` would."""
    out: dict[str, str] = {}
    for d in load_indosum():
        for i, p in enumerate(normalise_whitespace(text_of(d["paragraphs"]))):
            out[f"indosum:{d['id']}#{i}"] = clean_text(p).text
    for r in load_detik():
        for i, p in enumerate(normalise_whitespace(r["isi_berita"])):
            out[f"detik:{r['id']}#{i}"] = clean_text(p).text
    return out


def draw(n: int, seed: int, *, indosum_only: bool = False,
         exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """`n` paragraphs, 60% IndoSum and 40% Detik (or all IndoSum), one per article not in
    `exclude`, seeded."""
    by_article: dict[str, list[tuple[str, str]]] = {}
    for pid, text in paragraphs().items():
        if MIN_WORDS <= len(text.split()) <= MAX_WORDS and pid.split("#")[0] not in exclude:
            by_article.setdefault(pid.split("#")[0], []).append((pid, text))
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    shares = (("indosum", 1.0),) if indosum_only else (("indosum", 0.6), ("detik", 0.4))
    for corpus, share in shares:
        arts = sorted(a for a in by_article if a.startswith(corpus + ":"))
        for a in rng.sample(arts, round(n * share)):
            out.append(rng.choice(by_article[a]))
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--indosum-only", action="store_true",
                    help="draw from IndoSum alone (the corpus whose licence allows training)")
    ap.add_argument("--fresh", action="store_true",
                    help="skip articles that already have a label in labels.tsv")
    args = ap.parse_args(argv)
    exclude = frozenset(labelled_articles()) if args.fresh else frozenset()
    for pid, text in draw(args.n, args.seed, indosum_only=args.indosum_only, exclude=exclude):
        print(f"{pid}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1:])
