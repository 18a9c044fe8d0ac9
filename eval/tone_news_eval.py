"""Tone on news: macro F1 of the tone stage against our hand labels of news paragraphs
(eval/tone_news/labels.tsv: ids into IndoSum dev and Detik-1k, positive / neutral /
negative; splits `train` and `dev` (the head trains on their IndoSum paragraphs, so their
figures are training figures; `--cv` gives the honest one) and `test` (held out); how
they were drawn and judged: eval/tone_news/README.md).

Run: `python eval/tone_news_eval.py [--errors] [--no-test] [--cv] [--draw seed19]`; prints
macro F1 per split for the shipped tone (the news tone head over lexicon, news model and
word clusters, trained on the train and dev labels by `warta train tone`), the news model
alone, the SmSA model alone and the lexicon alone; `all` is dev and test together.
`--no-test` leaves the held-out figures out (for work in progress: read test once, at the
end). `--cv` also prints, per draw and corpus, the nested-CV figure beside the lexicon
alone (why fresh draws read lower). `--draw` also prints the figures on one draw's
paragraphs alone (column `draw` of labels.tsv: a fresh draw is read there once, before
anything is changed on it). Floors in eval/floors/tone_news.toml.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import math
import sys
from collections.abc import Callable, Sequence
from functools import cache
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
from warta.train.tone_head import LEXICON_DRAWS, nested_predictions

LABELS_TSV = Path(__file__).resolve().parent / "tone_news" / "labels.tsv"
SECOND_TSV = LABELS_TSV.with_name("second.tsv")
THIRD_TSV = LABELS_TSV.with_name("third.tsv")
FOURTH_TSV = LABELS_TSV.with_name("fourth.tsv")
FIFTH_TSV = LABELS_TSV.with_name("fifth.tsv")
SEVENTH_TSV = LABELS_TSV.with_name("seventh.tsv")
SPLITS = ("train", "dev", "test", "all")
# Each paragraph set labelled again blind, and what its pair is (see `agreement`).
AGREEMENT = ((SECOND_TSV, "dev paragraphs"), (THIRD_TSV, "train paragraphs (seed17)"),
             (FOURTH_TSV, "train paragraphs (seed20)"), (FIFTH_TSV, "train paragraphs (seed22)"),
             (SEVENTH_TSV, "train paragraphs (seed29)"))


def _paragraphs() -> Callable[[], dict[str, str]]:
    """`paragraphs` of the sibling script (eval/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "tone_news_sample", Path(__file__).with_name("tone_news_sample.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fn: Callable[[], dict[str, str]] = mod.paragraphs
    return fn


@cache
def paragraphs() -> dict[str, str]:
    """Every candidate paragraph by id (read once: the corpus takes seconds to clean)."""
    return _paragraphs()()


def load_labels(split: str | None = None) -> list[tuple[str, str, str]]:
    """(id, label, split) rows, all or one split's."""
    with LABELS_TSV.open(encoding="utf-8") as fh:
        rows = [(r["id"], r["label"], r["split"]) for r in csv.DictReader(fh, delimiter="\t")]
    return [r for r in rows if split is None or r[2] == split]


def agreement(path: Path = SECOND_TSV) -> tuple[int, float, float, float]:
    """(n, observed agreement, Cohen's kappa, macro F1 of the other annotator against
    labels.tsv) on the paragraphs of `path`, labelled again blind: second.tsv (59 dev
    paragraphs, the second annotator against the first), third.tsv (60 train paragraphs
    of draw seed17, the third annotator against the second), fourth.tsv (60 train
    paragraphs of draw seed20, the fourth annotator against that draw's, the second `tone`
    session), fifth.tsv (60 train paragraphs of draw seed22, the fifth annotator, the
    `tone3` session, against the fourth), seventh.tsv (the 40 paragraphs of draw seed29,
    the seventh annotator, the `tone7` session, against the sixth)."""
    first = {r[0]: r[1] for r in load_labels()}
    with path.open(encoding="utf-8") as fh:
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
        "tone stage (news tone head)": [article_tone(t).label for t in texts],
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


DrawRow = tuple[str, int, float, float]  # group, paragraphs, nested CV F1, lexicon-alone F1


def cross_validate() -> tuple[float, float, list[tuple[float, float]], list[DrawRow]]:
    """Nested 5-fold CV of training the news tone head on the train and dev paragraphs
    (`warta.train.tone_head.nested_predictions`: C and cluster weight chosen inside each
    fold; a fold trains on the IndoSum rows of the others and reads all of its own): macro
    F1 on all rows, on the draws the lexicon was not tuned on, the choice per fold, and per
    draw and corpus the CV figure beside the lexicon alone (whose words and rules were
    chosen on the paragraphs of `LEXICON_DRAWS`)."""
    with LABELS_TSV.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["split"] in ("train", "dev")]
    text = paragraphs()
    texts = [text[r["id"]] for r in rows]
    gold = [r["label"] for r in rows]
    pred, chosen = nested_predictions([r["id"] for r in rows], gold, texts)
    lexicon = predictions(texts)["lexicon alone"]
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(f"{r['draw']} {r['id'].split(':')[0]} ({r['split']})", []).append(i)
    by_draw = [(g, len(idx), macro_f1([gold[i] for i in idx], [pred[i] for i in idx]),
                macro_f1([gold[i] for i in idx], [lexicon[i] for i in idx]))
               for g, idx in sorted(groups.items())]
    fresh = [i for i, r in enumerate(rows) if r["draw"] not in LEXICON_DRAWS]
    return (macro_f1(gold, pred), macro_f1([gold[i] for i in fresh], [pred[i] for i in fresh]),
            chosen, by_draw)


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", action="store_true",
                    help="print each misjudged train and dev paragraph")
    ap.add_argument("--cv", action="store_true",
                    help="also cross-validate training the news tone head (nested; minutes)")
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
    for path, what in AGREEMENT:
        n, observed, kappa, f1 = agreement(path)
        print(f"  two annotators on {n} {what}: agreement {observed:.1f}%, "
              f"Cohen's kappa {kappa:.3f}, macro F1 {f1:.2f}")
    if args.cv:
        f1, fresh, chosen, by_draw = cross_validate()
        print(f"  nested 5-fold cross-validation of the head on train + dev (C and cluster "
              f"weight chosen on 4 folds): macro F1 {f1:.2f}, on the draws the lexicon was "
              f"not tuned on {fresh:.2f}; chosen (C, cluster weight) per fold: {chosen}")
        print("  by draw: the head's nested CV and the lexicon alone (its words and rules "
              f"were chosen on {', '.join(sorted(LEXICON_DRAWS))})")
        for group, n, cv_f1, lex_f1 in by_draw:
            print(f"    {group:26s} {n:4d} paragraphs  CV {cv_f1:.2f}  lexicon alone {lex_f1:.2f}")
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
