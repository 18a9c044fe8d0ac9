"""Train the extractive summary scorer on IndoSum's extractive labels.

Run: `python -m warta.train.summary` (reads ../shared/data/news/indosum, writes
`src/warta/models/summary.json`). scikit-learn is needed here only; the stage runs
on numpy. The IndoSum helpers below are shared with `eval/summary_eval.py` and the
themes trainer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..record import Span
from ..sources.datasets import indosum_records, spaced_text
from ..stages.clean import clean_text
from ..stages.segment import split_sentences
from ..stages.summary import FEATURES, MODEL_PATH, sentence_features, words

REPO = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    """The `shared` folder: $WARTA_SHARED, else `../shared` beside the repository."""
    env = os.environ.get("WARTA_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def load_indosum() -> list[dict[str, Any]]:
    """IndoSum dev folds 1-5, deduplicated by `id` (the folds overlap), in file order."""
    return list(indosum_records(shared_dir() / "data" / "news" / "indosum"))


def fold_of(key: str, k: int = 5) -> int:
    """Deterministic fold of an article id (stable across runs and machines)."""
    return zlib.crc32(key.encode("utf-8")) % k


raw_text = spaced_text  # the task's text form, as the summary trainer has always named it


def url_title(doc: dict[str, Any]) -> str:
    """IndoSum has no title field; most source URLs end in the headline's slug."""
    url = str(doc.get("source_url") or "")
    segs = [s for s in url.rstrip("/").split("/") if s]
    seg = segs[-1] if len(segs) > 2 else ""
    seg = re.sub(r"\.html?$", "", seg)
    seg = re.sub(r"^[0-9\-]+", "", seg)
    return seg.replace("-", " ").strip()


def reference(doc: dict[str, Any]) -> str:
    return " ".join(" ".join(s) for s in doc["summary"])


@dataclass(frozen=True, slots=True)
class Prepared:
    id: str
    raw: str
    text: str  # cleaned
    sentences: tuple[Span, ...]
    labels: np.ndarray  # 0/1 per candidate sentence
    reference: str
    title: str  # from the URL slug; "" when the URL has none


def _locate(text: str, sent: str, cursor: int) -> tuple[int, int] | None:
    i = text.find(sent, cursor)
    if i < 0:  # the clean stage may have cut a dateline off the front: match the tail
        tail = sent[-min(len(sent), 40):]
        j = text.find(tail, cursor)
        if j < 0:
            return None
        end = j + len(tail)
        return max(cursor, end - len(sent)), end
    return i, i + len(sent)


def prepare(doc: dict[str, Any]) -> Prepared:
    """Clean the article, split candidates at run-time boundaries, map gold labels."""
    text = clean_text(raw_text(doc)).text
    sents = tuple(split_sentences(text))
    gold: list[tuple[int, int]] = []
    cursor = 0
    for para, labs in zip(doc["paragraphs"], doc["gold_labels"], strict=False):
        for s, lab in zip(para, labs, strict=False):
            loc = _locate(text, " ".join(s), cursor)
            if loc is None:
                continue
            cursor = loc[1]
            if lab:
                gold.append(loc)
    labels = np.zeros(len(sents), dtype=np.int8)
    for n, sp in enumerate(sents):
        length = max(1, sp.end - sp.start)
        cover = sum(max(0, min(sp.end, e) - max(sp.start, s)) for s, e in gold)
        labels[n] = 1 if cover / length > 0.5 else 0
    return Prepared(id=doc["id"], raw=raw_text(doc), text=text, sentences=sents,
                    labels=labels, reference=reference(doc), title=url_title(doc))


def prepare_all(docs: Sequence[dict[str, Any]]) -> list[Prepared]:
    return [p for p in (prepare(d) for d in docs) if p.sentences]


def document_frequencies(items: Sequence[Prepared]) -> tuple[dict[str, float], float]:
    """Smoothed IDF over the training articles (kept: words in >= 2 articles)."""
    df: Counter[str] = Counter()
    for p in items:
        df.update(set(words(p.text)))
    n = len(items)
    idf = {w: float(np.log((1 + n) / (1 + c)) + 1.0) for w, c in df.items() if c >= 2}
    return idf, float(np.log((1 + n) / 1.0) + 1.0)


def design(items: Sequence[Prepared], idf: dict[str, float], default_idf: float,
           *, titles: bool = True) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for p in items:
        xs.append(sentence_features(p.text, p.sentences, idf=idf, default_idf=default_idf,
                                    title=p.title if titles else None))
        ys.append(p.labels)
    return np.vstack(xs), np.concatenate(ys)


def fit(items: Sequence[Prepared], *, c: float = 1.0, titles: bool = True) -> dict[str, Any]:
    """Logistic regression on standardised features; returns the JSON-ready model."""
    from sklearn.linear_model import LogisticRegression

    idf, default_idf = document_frequencies(items)
    x, y = design(items, idf, default_idf, titles=titles)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit((x - mean) / scale, y)
    # Keep only frequent-ish words: the IDF table is what dominates the file size.
    top = dict(sorted(idf.items(), key=lambda kv: kv[1])[:30000])
    return {
        "format": "warta-summary-lr/1",
        "features": list(FEATURES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "weights": clf.coef_[0].round(6).tolist(),
        "bias": round(float(clf.intercept_[0]), 6),
        "idf": {w: round(v, 3) for w, v in top.items()},
        "default_idf": round(default_idf, 3),
        "trained_on": f"IndoSum dev folds 1-5, {len(items)} articles (dedup by id)",
    }


def iter_folds(items: Sequence[Prepared], k: int = 5) -> Iterator[tuple[int, list[Prepared],
                                                                       list[Prepared]]]:
    for f in range(k):
        test = [p for p in items if fold_of(p.id, k) == f]
        train = [p for p in items if fold_of(p.id, k) != f]
        yield f, train, test


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--c", type=float, default=1.0)
    args = ap.parse_args(argv)
    items = prepare_all(load_indosum())
    model = fit(items, c=args.c)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB) from {len(items)} articles")


if __name__ == "__main__":
    main()
