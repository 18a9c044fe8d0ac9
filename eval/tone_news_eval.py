"""Tone on news: macro F1 of the tone stage against our hand labels of news paragraphs
(eval/tone_news/labels.tsv: ids into IndoSum dev and Detik-1k, positive / neutral /
negative, a dev and a held-out test half; how they were drawn and judged:
eval/tone_news/README.md).

Run: `python eval/tone_news_eval.py [--errors]`; prints macro F1 per split for the
shipped tone (news lexicon + news model), the news model alone, the SmSA model alone
and the lexicon alone. Floors (held-out test) in eval/floors/tone_news.toml.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import math
import sys
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
        for split in ("dev", "test", "all"):
            idx = [i for i, r in enumerate(rows) if split in ("all", r[2])]
            out[name][split] = macro_f1([rows[i][1] for i in idx], [pred[i] for i in idx])
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", action="store_true", help="print each misjudged dev paragraph")
    args = ap.parse_args(argv)
    res = scores()
    rows = load_labels()
    counts = {s: sum(r[2] == s for r in rows) for s in ("dev", "test")}
    print(f"news tone, hand-labelled paragraphs (dev {counts['dev']}, test {counts['test']})")
    for name, by in res.items():
        print(f"  {name:30s} macro F1 dev {by['dev']:.2f}  test {by['test']:.2f}  "
              f"all {by['all']:.2f}")
    if args.errors:
        text = paragraphs()
        for pid, gold, split in rows:
            if split != "dev":
                continue
            t = article_tone(text[pid])
            if t.label != gold:
                print(f"{pid}\tgold {gold}\tgot {t.label} {t.score:+.1f}\t{text[pid][:160]}")
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
