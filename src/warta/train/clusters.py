"""Word clusters from unlabelled Indonesian news text, used as NER features.

Recipe (`python -m warta.train.clusters OUT.tsv`, deterministic): lower-cased words of
IndoSum (CC BY-SA, all five dev folds) and the unannotated IndoTimex development documents;
every word seen at least `min_count` times gets a vector from a PPMI matrix over
directional contexts (the `context_size` most frequent words at offsets -2, -1, +1, +2;
context counts smoothed with exponent 0.75), reduced by truncated SVD and L2-normalised;
k-means then cuts the vectors into clusters at several granularities. The file holds one
line per word: the word, then one cluster id per granularity, tab-separated.
`warta train clusters` writes the shipped file, `warta/models/clusters.tsv`, which the NER
features read (see warta/models/MODEL_CARD.md).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..sources.datasets import indosum_records
from ..text.tokens import tokenize
from .data import shared_data

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ClusterOptions:
    min_count: int = 5
    context_size: int = 5000
    dim: int = 100
    ks: tuple[int, ...] = (32, 128, 512)
    seed: int = 13


def indosum_sentences(folder: Path | None = None) -> Iterator[list[str]]:
    """Token lists of every IndoSum sentence (dev folds 1-5)."""
    folder = folder or shared_data() / "news" / "indosum"
    # Every fold as it is, overlaps included: the shipped clusters were counted so.
    for doc in indosum_records(folder, pattern="*.jsonl", dedupe=False):
        for para in doc.get("paragraphs", []):
            for sent in para:
                yield list(sent)


def _read_tml(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def indotimex_sentences(folder: Path | None = None) -> Iterator[list[str]]:
    """Token lists (one per non-empty line) of the unannotated IndoTimex documents."""
    folder = folder or shared_data() / "timex" / "indotimex" / "development"
    for path in sorted(folder.glob("*.tml")):
        text = html.unescape(_TAG.sub(" ", _read_tml(path)))
        for line in text.splitlines():
            # The tokens the taggers are given at run time (`Article.tokens`).
            toks = [line[s:e] for s, e in tokenize(line)]
            if toks:
                yield toks


def corpus() -> Iterator[list[str]]:
    yield from indosum_sentences()
    yield from indotimex_sentences()


def build_vectors(sentences: Iterable[Sequence[str]], opts: ClusterOptions | None = None
                  ) -> tuple[list[str], npt.NDArray[np.float64]]:
    """The vocabulary (lower-cased words seen `min_count`+ times, commonest first) and
    its L2-normalised PPMI-SVD vectors, (V, `opts.dim`)."""
    from scipy import sparse
    from sklearn.utils.extmath import randomized_svd

    opts = opts or ClusterOptions()
    sents = [[w.lower() for w in s] for s in sentences]
    freq = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in freq.items() if c >= opts.min_count),
                   key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:opts.context_size])}
    offsets = (-2, -1, 1, 2)
    n_ctx = len(ctx_index)
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx_index.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for k, off in enumerate(offsets):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(k * n_ctx + cids[j])
    counts = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                               shape=(len(vocab), len(offsets) * n_ctx)).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    row_sum = np.asarray(counts.sum(axis=1)).ravel()
    col_sum = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = counts.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)
    u, s_vals, _ = randomized_svd(ppmi, n_components=opts.dim, random_state=opts.seed)
    vecs: npt.NDArray[np.float64] = u * np.sqrt(s_vals)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    return vocab, vecs


def build_clusters(sentences: Iterable[Sequence[str]], opts: ClusterOptions | None = None
                   ) -> dict[str, tuple[int, ...]]:
    """Word -> one cluster id per granularity in `opts.ks` (lower-cased words)."""
    from sklearn.cluster import KMeans

    opts = opts or ClusterOptions()
    vocab, vecs = build_vectors(sentences, opts)
    labels = []
    for k in opts.ks:
        km = KMeans(n_clusters=k, n_init=1, random_state=opts.seed, max_iter=100)
        labels.append(km.fit_predict(vecs))
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def write_vectors(path: Path | None = None, opts: ClusterOptions | None = None,
                  sentences: Iterable[Sequence[str]] | None = None,
                  dims: int | None = None, dtype: str = "float32") -> Path:
    """The word vectors `build_clusters` cuts (default corpus and options) as an .npz:
    "words" (UTF-8, a line each) and "vectors" (V, `dims` or all) of `dtype`. The
    default path is the shipped `warta/models/vectors.npz`: the first VECTOR_DIMS
    components as float16 (what the NER features read)."""
    if path is None:
        from ..ner.features import VECTOR_DIMS

        path = Path(__file__).resolve().parents[1] / "models" / "vectors.npz"
        dims, dtype = VECTOR_DIMS, "float16"
    vocab, vecs = build_vectors(corpus() if sentences is None else sentences, opts)
    vecs = vecs[:, :dims] if dims else vecs
    keep = [i for i, w in enumerate(vocab) if w and "\n" not in w]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        blob = np.frombuffer("\n".join(vocab[i] for i in keep).encode("utf-8"),
                             dtype=np.uint8)
        np.savez_compressed(fh, words=blob, vectors=vecs[keep].astype(dtype))
    return path


def write_clusters(path: Path | None = None, opts: ClusterOptions | None = None) -> Path:
    """Build a cluster file from the unlabelled corpus (default: the shipped one)."""
    path = path or Path(__file__).resolve().parents[1] / "models" / "clusters.tsv"
    clusters = build_clusters(corpus(), opts)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for w, ids in clusters.items():
            if not w or any(c.isspace() for c in w):
                continue
            fh.write(w + "\t" + "\t".join(map(str, ids)) + "\n")
    return path


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: python -m warta.train.clusters OUT.tsv")
    print(write_clusters(Path(sys.argv[1])))
