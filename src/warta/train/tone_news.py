"""Train the news tone model: context words of news tone, taught by the lexicon.

Run: `warta train tone` (writes `src/warta/models/tone_news.npz`, then the head that reads
it, `warta.train.tone_head`) or `python -m warta.train.tone_news` (this model alone).
Distant supervision on IndoSum dev (CC BY-SA 4.0; Detik-1k states no licence, so it only
measures): each cleaned paragraph of 12 words or more is labelled by the news lexicon of
`lang/id/tone.toml`, negative or positive where its reading is 4 or more hits per 100
words that way, neutral where no term is in it at all, and left out otherwise. The model
then reads the paragraph *without* the lexicon's terms (blanked, see `context_tokens`), so
it learns what else goes with good and bad news ("pelaku", "polisi", "gol", "diresmikan")
instead of relearning the list. Multinomial logistic regression over negation-marked words
and pairs (the SmSA model's features), classes balanced, C=0.3.

Articles in eval/tone_news/labels.tsv (the hand labels, every split) are never trained on,
so the head (`warta.train.tone_head`) learns from this model's readings of paragraphs it
did not see. C was chosen on the dev labels (macro F1), never on test.
"""

from __future__ import annotations

import argparse
import csv
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from ..sources.corpus import text_of
from ..stages.clean import clean_text, normalise_whitespace
from ..stages.tone import (
    LABELS,
    NEWS_MODEL_PATH,
    context_tokens,
    features,
    lexicon_tone,
    lexicon_words,
    load_lexicon,
    terms_checksum,
)
from .summary import REPO, load_indosum
from .tone import build_vocab, matrix

MIN_WORDS = 12
POLAR = 4.0  # lexicon hits per 100 words that make a paragraph a polar example
C = 0.3  # dev macro F1 with the lexicon: C=0.3 82.64, 1: 81.77, 4: 82.50
LABELS_TSV = REPO / "eval" / "tone_news" / "labels.tsv"


def held_out_articles(path: Path = LABELS_TSV,
                      draws: Sequence[str] | None = None) -> set[str]:
    """IndoSum article ids that have a hand label (kept out of training), in `draws`
    alone when given."""
    if not path.exists():
        return set()
    with path.open(encoding="utf-8") as fh:
        ids = (r["id"] for r in csv.DictReader(fh, delimiter="\t")
               if draws is None or r["draw"] in draws)
        return {i.split("#")[0].removeprefix("indosum:") for i in ids
                if i.startswith("indosum:")}


def distant_examples(held: set[str]) -> Iterator[tuple[list[str], str]]:
    """(lexicon words, label) of IndoSum paragraphs the lexicon is sure about."""
    lex = load_lexicon()
    for d in load_indosum():
        if d["id"] in held:
            continue
        for para in normalise_whitespace(text_of(d["paragraphs"])):
            text = clean_text(para).text
            if len(text.split()) < MIN_WORDS:
                continue
            lw = lexicon_words(text)
            x = lexicon_tone(lw, lex)
            if x <= -POLAR:
                yield lw, "negative"
            elif x >= POLAR:
                yield lw, "positive"
            elif not any(w in lex.terms for w in lw):
                yield lw, "neutral"


def fit(examples: Sequence[tuple[list[str], str]], *, c: float = C) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    lex = load_lexicon()
    feats = [features(context_tokens(lw, lex), lex) for lw, _ in examples]
    vocab, idf = build_vocab(feats)
    y = np.array([LABELS.index(lab) for _, lab in examples])
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    clf.fit(matrix(feats, vocab, idf), y)
    return {"labels": np.array(LABELS), "vocab": np.array(vocab),
            "idf": idf.astype(np.float32), "weights": clf.coef_.T.astype(np.float32),
            "bias": clf.intercept_.astype(np.float32),
            "model_negation_window": np.array(lex.model_negation_window),
            "terms_checksum": np.array(terms_checksum(lex))}


def write_news_model(path: Path = NEWS_MODEL_PATH) -> Path:
    from ..stages.tone import load_news_model
    from .tone_head import TRAINED_DRAWS

    # The articles of the draws the shipped head learned from, as when it was trained
    # (later draws' articles join them when those draws are trained on).
    examples = list(distant_examples(held_out_articles(draws=TRAINED_DRAWS)))
    counts = Counter(lab for _, lab in examples)
    arrays = fit(examples)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]
    load_news_model.cache_clear()
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB), C={C:g}, "
          f"{len(arrays['vocab'])} features, {len(examples)} IndoSum paragraphs "
          f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), "
          f"crc {zlib.crc32(arrays['weights'].tobytes()):08x}")
    return path


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=NEWS_MODEL_PATH)
    args = ap.parse_args(argv)
    write_news_model(args.out)


if __name__ == "__main__":
    main()
