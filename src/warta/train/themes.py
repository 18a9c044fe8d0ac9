"""Train the theme model from weak labels: IndoSum categories and Detik URL sections.

Run: `python -m warta.train.themes` (writes `src/warta/models/themes.npz`). Each label
is a one-vs-rest logistic regression over log-count x idf word features. Articles whose
weak label is "general news" (IndoSum "tajuk utama", detik news/regional sections) are
negatives with a lower weight, since some of them do belong to the label.

The shipped model trains on IndoSum only: `shared/data/README.md` marks Detik-1k
"local input for runs and benchmarks only" (no licence stated), so its URL sections
train only with `--with-detik`, for local experiments, never for the shipped file.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..sources.datasets import detik_rows
from ..stages.clean import clean_text
from ..stages.themes import MODEL_PATH, words
from .summary import fold_of, load_indosum, raw_text, shared_dir

# Weak label maps (training configuration: which corpus label means which IPTC topic).
INDOSUM_CATEGORIES: dict[str, str | None] = {
    "olahraga": "iptc:sport",
    "showbiz": "iptc:arts_culture_entertainment",
    "hiburan": "iptc:arts_culture_entertainment",
    "teknologi": "iptc:science_technology",
    "inspirasi": "iptc:human_interest",
    "tajuk utama": None,  # headlines: any topic
}
# Detik: (subdomain, first path segment) -> label; subdomain alone as fallback.
DETIK_SECTIONS: dict[str, str | None] = {
    "finance": "iptc:economy",
    "sport": "iptc:sport",
    "hot": "iptc:arts_culture_entertainment",
    "inet": "iptc:science_technology",
    "health": "iptc:health",
    "www/edu": "iptc:education",
    "edu": "iptc:education",
    "travel": "iptc:lifestyle",
    "food": "iptc:lifestyle",
    "oto": "iptc:lifestyle",
    "www/hikmah": "iptc:religion",
    "www/properti": "iptc:economy",
}
GENERAL_WEIGHT = 0.5
POS_BOOST = 3.0
MIN_DF = 3
MAX_VOCAB = 12000


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    corpus: str  # "indosum" | "detik"
    title: str
    text: str
    label: str | None  # None: general news, topic unknown
    section: str  # the raw weak label, for reports


def detik_section(url: str) -> str:
    m = re.match(r"https?://([a-z0-9]+)\.detik\.com/([a-z0-9\-]+)", url)
    if not m:
        return "?"
    return m.group(1) if m.group(1) != "www" else f"www/{m.group(2)}"


def load_detik() -> list[dict[str, str]]:
    return detik_rows(shared_dir() / "data" / "news" / "detik-1k" / "data_berita.csv")


def load_docs(*, with_detik: bool = True) -> list[Doc]:
    """IndoSum (dedup) and, unless told otherwise, Detik-1k with their weak labels."""
    docs: list[Doc] = []
    for d in load_indosum():
        docs.append(Doc(id=d["id"], corpus="indosum", title="",
                        text=clean_text(raw_text(d)).text,
                        label=INDOSUM_CATEGORIES.get(d["category"]), section=d["category"]))
    for r in load_detik() if with_detik else ():
        sec = detik_section(r["tautan"])
        docs.append(Doc(id=f"detik-{r['id']}", corpus="detik", title=r["judul"],
                        text=clean_text(r["isi_berita"]).text,
                        label=DETIK_SECTIONS.get(sec), section=sec))
    return docs


def tokens_of(doc: Doc) -> list[str]:
    return words(f"{doc.title}\n{doc.text}" if doc.title else doc.text)


def build_vocab(token_lists: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    df: Counter[str] = Counter()
    for toks in token_lists:
        df.update(set(toks))
    kept = [w for w, c in df.most_common() if c >= MIN_DF][:MAX_VOCAB]
    n = len(token_lists)
    idf = np.array([np.log((1 + n) / (1 + df[w])) + 1.0 for w in kept])
    return kept, idf


def matrix(token_lists: Sequence[Sequence[str]], vocab: list[str], idf: np.ndarray) -> object:
    from scipy import sparse

    from ..stages.themes import vectorize

    index = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for r, toks in enumerate(token_lists):
        idx, val = vectorize(toks, index, idf)
        rows += [r] * len(idx)
        cols += idx.tolist()
        vals += val.tolist()
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(token_lists), len(vocab)))


def fit(docs: Sequence[Doc], *, c: float = 4.0, pos_boost: float = POS_BOOST
        ) -> dict[str, np.ndarray]:
    """One-vs-rest logistic regressions; returns the arrays saved in the npz."""
    from sklearn.linear_model import LogisticRegression

    toks = [tokens_of(d) for d in docs]
    vocab, idf = build_vocab(toks)
    x = matrix(toks, vocab, idf)
    labels = sorted({d.label for d in docs if d.label})
    weights = np.zeros((len(vocab), len(labels)), dtype=np.float32)
    bias = np.zeros(len(labels), dtype=np.float32)
    for j, label in enumerate(labels):
        y = np.array([d.label == label for d in docs], dtype=np.int8)
        w = np.array([1.0 if d.label else GENERAL_WEIGHT for d in docs])
        # Small labels (a few dozen articles): up-weight positives, capped.
        boost = min(pos_boost, max(1.0, (len(y) - y.sum()) / max(1, y.sum()) / 4))
        w[y == 1] *= boost
        clf = LogisticRegression(C=c, max_iter=2000)
        clf.fit(x, y, sample_weight=w)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    return {"labels": np.array(labels), "vocab": np.array(vocab), "idf": idf.astype(np.float32),
            "weights": weights, "bias": bias}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--with-detik", action="store_true",
                    help="also train on Detik URL sections (local use only: no licence)")
    args = ap.parse_args(argv)
    if args.with_detik and args.out == MODEL_PATH:
        ap.error("--with-detik models must not replace the shipped file: give --out")
    docs = load_docs(with_detik=args.with_detik)
    arrays = fit(docs)
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    counts = Counter(d.label or "general" for d in docs)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB) from {len(docs)} articles: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def folds(docs: Sequence[Doc], k: int = 5) -> list[tuple[list[Doc], list[Doc]]]:
    return [([d for d in docs if fold_of(d.id, k) != f], [d for d in docs if fold_of(d.id, k) == f])
            for f in range(k)]


if __name__ == "__main__":
    main()
