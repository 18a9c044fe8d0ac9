"""Tone on news: macro F1 of the tone stage against our hand labels of news paragraphs
(eval/tone_news/labels.tsv: ids into IndoSum dev and Detik-1k, positive / neutral /
negative; splits `train` (fresh IndoSum paragraphs that may train what ships), `dev`
(tuned on) and `test` (held out); how they were drawn and judged:
eval/tone_news/README.md).

Run: `python eval/tone_news_eval.py [--errors] [--no-test] [--cv] [--draw seed19]`; prints
macro F1 per split for the shipped tone (news lexicon + news model), the news model alone,
the SmSA model alone and the lexicon alone; `all` is dev and test together. `--no-test` leaves the
held-out figures out (for work in progress: read test once, at the end). `--draw` also
prints the figures on one draw's paragraphs alone (column `draw` of labels.tsv: a fresh
draw is read there once, before anything is changed on it). Floors in
eval/floors/tone_news.toml.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import math
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

from warta.stages.tone import (
    LABELS,
    article_tone,
    label_of,
    lexicon_tone,
    lexicon_words,
    load_lexicon,
    load_model,
    model_probs,
    news_model_margin,
    words,
)
from warta.train.tone import macro_f1

LABELS_TSV = Path(__file__).resolve().parent / "tone_news" / "labels.tsv"
SECOND_TSV = LABELS_TSV.with_name("second.tsv")
SPLITS = ("train", "dev", "test", "all")


def _paragraphs() -> Callable[[], dict[str, str]]:
    """`paragraphs` of the sibling script (eval/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "tone_news_sample", Path(__file__).with_name("tone_news_sample.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fn: Callable[[], dict[str, str]] = mod.paragraphs
    return fn


def paragraphs() -> dict[str, str]:
    return _paragraphs()()


def load_labels(split: str | None = None) -> list[tuple[str, str, str]]:
    """(id, label, split) rows, all or one split's."""
    with LABELS_TSV.open(encoding="utf-8") as fh:
        rows = [(r["id"], r["label"], r["split"]) for r in csv.DictReader(fh, delimiter="\t")]
    return [r for r in rows if split is None or r[2] == split]


def agreement() -> tuple[int, float, float, float]:
    """(n, observed agreement, Cohen's kappa, macro F1 of the second annotator against the
    first) on the paragraphs of second.tsv, labelled again blind by a second annotator."""
    first = {r[0]: r[1] for r in load_labels()}
    with SECOND_TSV.open(encoding="utf-8") as fh:
        pairs = [(first[r["id"]], r["label"]) for r in csv.DictReader(fh, delimiter="\t")]
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    chance = sum(sum(a == k for a, _ in pairs) * sum(b == k for _, b in pairs)
                 for k in LABELS) / (n * n)
    return (n, 100 * observed, (observed - chance) / (1 - chance),
            macro_f1([a for a, _ in pairs], [b for _, b in pairs]))


def predictions(texts: Sequence[str]) -> dict[str, list[str]]:
    lex, model = load_lexicon(), load_model()
    return {
        "tone stage (lexicon + news model)": [article_tone(t).label for t in texts],
        "news model alone": [label_of(100 * news_model_margin(lexicon_words(t), lex),
                                      lex.neutral_band) for t in texts],
        "SmSA model alone": [LABELS[int(model_probs(words(t), model).argmax())]
                             for t in texts],
        "lexicon alone": [label_of(100 * math.tanh(lexicon_tone(lexicon_words(t), lex)
                                                   / lex.lexicon_scale), lex.neutral_band)
                          for t in texts],
    }


def scores() -> dict[str, dict[str, float]]:
    """Macro F1 (0-100) per predictor and split (dev, test, all)."""
    rows = load_labels()
    text = paragraphs()
    missing = [r[0] for r in rows if r[0] not in text]
    if missing:
        raise SystemExit(f"{len(missing)} labelled ids not found in ../shared, e.g. {missing[0]}")
    out: dict[str, dict[str, float]] = {}
    preds = predictions([text[r[0]] for r in rows])
    for name, pred in preds.items():
        out[name] = {}
        for split in SPLITS:
            idx = [i for i, r in enumerate(rows)
                   if r[2] == split or (split == "all" and r[2] in ("dev", "test"))]
            out[name][split] = macro_f1([rows[i][1] for i in idx], [pred[i] for i in idx])
    return out


def draw_ids(draw: str) -> set[str]:
    with LABELS_TSV.open(encoding="utf-8") as fh:
        ids = {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["draw"] == draw}
    if not ids:
        raise SystemExit(f"no labelled paragraph of draw {draw!r} in {LABELS_TSV}")
    return ids


def draw_scores(draw: str) -> dict[str, float]:
    """Macro F1 per predictor on one draw's paragraphs alone."""
    ids = draw_ids(draw)
    rows = [r for r in load_labels() if r[0] in ids]
    text = paragraphs()
    preds = predictions([text[r[0]] for r in rows])
    return {name: macro_f1([r[1] for r in rows], pred) for name, pred in preds.items()}


CV_WEIGHTS = (0.0, 3.0, 5.0, 8.0)
CV_BANDS = (15.0, 20.0, 24.5, 30.0)


def cross_validate(k: int = 5) -> tuple[float, list[tuple[float, float]]]:
    """Macro F1 of choosing news_model_weight and neutral_band by macro F1 on k-1 folds of
    the train and dev paragraphs (fold = crc32 of the id) and reading the k-th: what the
    tuning procedure is worth on paragraphs it did not see. Also the choice per fold."""
    lex = load_lexicon()
    rows = [r for r in load_labels() if r[2] in ("train", "dev")]
    text = paragraphs()
    read = {r[0]: (lexicon_tone(lexicon_words(text[r[0]]), lex),
                   news_model_margin(lexicon_words(text[r[0]]), lex)) for r in rows}
    fold = {r[0]: zlib.crc32(r[0].encode("utf-8")) % k for r in rows}

    def label(pid: str, weight: float, band: float) -> str:
        x, margin = read[pid]
        return label_of(100 * math.tanh((x + weight * margin) / lex.lexicon_scale), band)

    gold: list[str] = []
    pred: list[str] = []
    chosen: list[tuple[float, float]] = []
    for f in range(k):
        fit = [r for r in rows if fold[r[0]] != f]
        best = max((macro_f1([r[1] for r in fit], [label(r[0], w, b) for r in fit]), w, b)
                    for w in CV_WEIGHTS for b in CV_BANDS)
        chosen.append((best[1], best[2]))
        for r in rows:
            if fold[r[0]] == f:
                gold.append(r[1])
                pred.append(label(r[0], best[1], best[2]))
    return macro_f1(gold, pred), chosen


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", action="store_true",
                    help="print each misjudged train and dev paragraph")
    ap.add_argument("--cv", action="store_true",
                    help="also cross-validate the choice of news model weight and band")
    ap.add_argument("--draw", default=None,
                    help="also print macro F1 on one draw alone (labels.tsv `draw`, e.g. seed19)")
    ap.add_argument("--no-test", action="store_true",
                    help="leave the held-out test figures out (read them once, at the end)")
    args = ap.parse_args(argv)
    res = scores()
    rows = load_labels()
    shown = [s for s in SPLITS if not (args.no_test and s in ("test", "all"))]
    counts = {s: sum(r[2] == s for r in rows) for s in ("train", "dev", "test")}
    print("news tone, hand-labelled paragraphs ("
          + ", ".join(f"{s} {counts[s]}" for s in shown if s in counts) + ")")
    for name, by in res.items():
        print(f"  {name:30s} macro F1 " + "  ".join(f"{s} {by[s]:.2f}" for s in shown))
    if args.draw:
        print(f"  draw {args.draw} alone ({len(draw_ids(args.draw))} paragraphs): "
              + "  ".join(f"{name} {f1:.2f}" for name, f1 in draw_scores(args.draw).items()))
    n, observed, kappa, f1 = agreement()
    print(f"  two annotators on {n} dev paragraphs: agreement {observed:.1f}%, "
          f"Cohen's kappa {kappa:.3f}, macro F1 {f1:.2f}")
    if args.cv:
        f1, chosen = cross_validate()
        print(f"  5-fold cross-validation on train + dev (weight and band chosen on 4 folds): "
              f"macro F1 {f1:.2f}; chosen (weight, band) per fold: {chosen}")
    if args.errors:
        text = paragraphs()
        for pid, gold, split in rows:
            if split not in ("train", "dev"):
                continue
            t = article_tone(text[pid])
            if t.label != gold:
                print(f"{pid}\tgold {gold}\tgot {t.label} {t.score:+.1f}\t{text[pid][:160]}")
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
