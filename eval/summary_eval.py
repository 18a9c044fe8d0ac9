"""Extractive summaries on IndoSum (dev folds 1-5, deduplicated by id, 5-fold CV by id).

ROUGE-1/2/L F1 (rouge-score, Indonesian-safe tokenizer: lower-case, split on
non-alphanumerics, no stemmer) against the human summary. The supervised scorer is
retrained on four folds and measured on the fifth, so no article is in both.
Titles: IndoSum has none, so the headline is read from the source URL's slug
(the run-time stage reads `Article.title`); a no-title row is printed too.
Text goes through the clean stage first; the script counts 'Baca juga' in summaries
with and without it. Run: `python eval/summary_eval.py [--limit N]`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence

import numpy as np
from rouge_score import rouge_scorer

from warta.record import Span
from warta.stages.segment import split_sentences
from warta.stages.summary import Method, SummaryModel, load_model, summarize
from warta.train.summary import Prepared, fit, iter_folds, load_indosum, prepare_all

PUBLISHED = "published: LEAD-3 62.86 / 54.50 / 62.10, BertExt (IndoBERT) 69.93 / - / 69.21"
_SPLIT = re.compile(r"[^0-9a-z]+")


class IndonesianTokenizer:
    """Lower-case and split on anything not a letter or digit; no stemming."""

    def tokenize(self, text: str) -> list[str]:
        return [t for t in _SPLIT.split(text.lower()) if t]


def scorer() -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False,
                                    tokenizer=IndonesianTokenizer())


def rouge(pairs: Sequence[tuple[str, str]]) -> tuple[float, float, float]:
    sc = scorer()
    r = np.array([[s[m].fmeasure for m in ("rouge1", "rouge2", "rougeL")]
                  for s in (sc.score(ref, hyp) for ref, hyp in pairs)])
    m = 100 * r.mean(axis=0)
    return float(m[0]), float(m[1]), float(m[2])


def summary_text(p: Prepared, spans: Sequence[Span]) -> str:
    return " ".join(s.of(p.text) for s in spans)


def run_method(items: Sequence[Prepared], method: Method, k: int,
               model: SummaryModel | None = None, *, titles: bool = True
               ) -> list[tuple[str, str]]:
    return [(p.reference, summary_text(p, summarize(
        p.text, p.sentences, k=k, method=method, model=model,
        title=p.title if titles else None))) for p in items]


def cross_validated(items: Sequence[Prepared], k: int, *, titles: bool = True
                    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(pairs with k sentences, pairs with k-1) from 5-fold CV: a model per fold."""
    out_k: list[tuple[str, str]] = []
    out_k1: list[tuple[str, str]] = []
    method: Method = "supervised"
    for _, train, test in iter_folds(items):
        d = fit(train, titles=titles)
        model = SummaryModel(mean=np.asarray(d["mean"]), scale=np.asarray(d["scale"]),
                             weights=np.asarray(d["weights"]), bias=float(d["bias"]),
                             idf=dict(d["idf"]), default_idf=float(d["default_idf"]))
        out_k += run_method(test, method, k, model, titles=titles)
        out_k1 += run_method(test, method, k - 1, model, titles=titles)
    return out_k, out_k1


def lead_raw(items: Sequence[Prepared], k: int) -> list[tuple[str, str]]:
    """LEAD-k on the uncleaned text (for the before/after boilerplate check)."""
    out = []
    for p in items:
        sents = split_sentences(p.raw)[:k]
        out.append((p.reference, " ".join(s.of(p.raw) for s in sents)))
    return out


def count_baca(pairs: Sequence[tuple[str, str]]) -> int:
    return sum(len(re.findall(r"\bbaca juga\b", h.lower())) for _, h in pairs)


def main(argv: Sequence[str] | None = None) -> dict[str, tuple[float, float, float]]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (quick runs)")
    ap.add_argument("--k", type=int, default=3)
    args = ap.parse_args(argv)
    docs = load_indosum()
    if args.limit:
        docs = docs[: args.limit]
    items = prepare_all(docs)
    k = args.k
    results: dict[str, tuple[float, float, float]] = {}
    report: list[tuple[str, Callable[[], list[tuple[str, str]]]]] = [
        (f"LEAD-{k} (raw text, no clean)", lambda: lead_raw(items, k)),
        (f"LEAD-{k}", lambda: run_method(items, "lead", k)),
        (f"centrality+position+title (unsupervised), k={k}",
         lambda: run_method(items, "centrality", k, load_model())),
    ]
    print(f"IndoSum dev folds 1-5: {len(items)} articles after dedup by id")
    print(PUBLISHED)
    baca = {}
    for name, fn in report:
        pairs = fn()
        results[name] = rouge(pairs)
        baca[name] = count_baca(pairs)
        print(f"{name:55s} R1 {results[name][0]:.2f}  R2 {results[name][1]:.2f}"
              f"  RL {results[name][2]:.2f}  'baca juga' in summaries: {baca[name]}")
    sup_k, sup_k1 = cross_validated(items, k)
    sup_nt, _ = cross_validated(items, k, titles=False)
    for name, pairs in ((f"supervised LR (5-fold CV), k={k}", sup_k),
                        (f"supervised LR (5-fold CV), k={k - 1}", sup_k1),
                        (f"supervised LR (5-fold CV), k={k}, no title", sup_nt)):
        results[name] = rouge(pairs)
        print(f"{name:55s} R1 {results[name][0]:.2f}  R2 {results[name][1]:.2f}"
              f"  RL {results[name][2]:.2f}  'baca juga' in summaries: {count_baca(pairs)}")
    oracle = [(p.reference, " ".join(s.of(p.text) for s, lab in zip(p.sentences, p.labels,
                                                                       strict=True) if lab))
              for p in items]
    results["gold labels mapped to candidates"] = rouge(oracle)
    r = results["gold labels mapped to candidates"]
    print(f"{'gold extractive labels mapped to candidates':55s} R1 {r[0]:.2f}  R2 {r[1]:.2f}"
          f"  RL {r[2]:.2f}")
    raw_baca = sum(p.raw.lower().count("baca juga") for p in items)
    clean_baca = sum(p.text.lower().count("baca juga") for p in items)
    print(f"'baca juga' in article text: raw {raw_baca}, after clean stage {clean_baca}")
    return results


def floor_figures(limit: int = 500) -> dict[str, float]:
    """The figures tests/eval/test_summary_floor.py checks, on the first `limit` articles."""
    items = prepare_all(load_indosum()[:limit])
    lead = rouge(run_method(items, "lead", 3))
    sup, _ = cross_validated(items, 3)
    sup_r = rouge(sup)
    return {"articles": float(len(items)), "lead3_r1": lead[0], "supervised_r1": sup_r[0],
            "supervised_r2": sup_r[1], "supervised_rl": sup_r[2],
            "baca_juga_raw": float(sum(p.raw.lower().count("baca juga") for p in items)),
            "baca_juga_clean": float(sum(p.text.lower().count("baca juga") for p in items))}


if __name__ == "__main__":
    main(sys.argv[1:])
