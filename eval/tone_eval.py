"""Tone: SmSA test macro F1 (IndoNLU; reviews and comments, not news) and a news sample
printed for checking by hand.

Rows: the SmSA-trained model alone (argmax), the shipped article tone (the news tone
head, learned from news paragraphs: see src/warta/models/SUMMARY_THEMES_TONE_CARD.md),
and the lexicon alone. Published best on SmSA
test: IndoBERT-large macro F1 92.72. Then the seed and a fixed sample of Detik and
IndoSum headline articles with their tone. Run: `python eval/tone_eval.py [--sample N]`.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence

from warta.stages.clean import clean_text
from warta.stages.tone import (
    LABELS,
    article_tone,
    label_of,
    lexicon_tone,
    load_lexicon,
    load_model,
    model_probs,
    words,
)
from warta.train.summary import fold_of, load_indosum, raw_text, shared_dir
from warta.train.themes import load_detik
from warta.train.tone import load_smsa, macro_f1

PUBLISHED = "published best (IndoBERT-large): macro F1 92.72"


def smsa_scores(split: str = "test") -> dict[str, float]:
    data = load_smsa(split)
    gold = [lab for _, lab in data]
    lex = load_lexicon()
    model = load_model()
    rows = {
        "SmSA model alone": [LABELS[int(model_probs(words(t), model).argmax())] for t, _ in data],
        "article tone (news tone head)": [article_tone(t).label for t, _ in data],
        "lexicon alone": [label_of(100 * math.tanh(lexicon_tone(words(t), lex)
                                                   / lex.lexicon_scale), lex.neutral_band)
                          for t, _ in data],
    }
    return {name: macro_f1(gold, pred) for name, pred in rows.items()}


def news_sample(n: int) -> list[tuple[str, str, str]]:
    """(corpus, title or first words, cleaned text): deterministic, fold 0 by id."""
    out: list[tuple[str, str, str]] = []
    seed = shared_dir() / "examples" / "suara-kim-jong-un-2024-11.txt"
    if seed.exists():
        out.append(("seed", "Kim Jong Un (seed)", clean_text(seed.read_text("utf-8")).text))
    det = [r for r in load_detik() if fold_of(f"detik-{r['id']}") == 0][:n]
    out += [("detik", r["judul"], clean_text(r["isi_berita"]).text) for r in det]
    ind = [d for d in load_indosum() if d["category"] == "tajuk utama" and fold_of(d["id"]) == 0]
    for d in ind[:n]:
        text = clean_text(raw_text(d)).text
        out.append(("indosum", text[:70], text))
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sample", type=int, default=10, help="news articles per corpus to print")
    args = ap.parse_args(argv)
    scores = smsa_scores("test")
    print(f"SmSA test (500 texts): {PUBLISHED}")
    for name, f1 in scores.items():
        print(f"  {name:32s} macro F1 {f1:.2f}")
    if args.sample:
        print("news sample (check by hand):")
        for corpus, head, text in news_sample(args.sample):
            t = article_tone(text, title=head if corpus == "detik" else None)
            print(f"  {corpus:7s} {t.score:+6.1f} {t.label:8s} {head[:80]}")
    return scores


if __name__ == "__main__":
    main(sys.argv[1:])
