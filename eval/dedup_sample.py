"""Draw candidate near-duplicate pairs from the shared news corpora for hand labelling.

Every article of IndoSum (dev folds 1-5) and detik-1k is shingled; pairs come from a
low-threshold MinHash LSH (datasketch, threshold 0.15, so the bands below the working
threshold are sampled too), their exact shingle Jaccard (5-word shingles) is computed, and
pairs are drawn per similarity band with a fixed seed. Prints TSV rows
`band  jaccard  ref_a  ref_b` plus the opening of each text for reading; only refs and
labels are kept in eval/dedup/pairs.tsv.

    PYTHONPATH=src python eval/dedup_sample.py --per-band 12 > /tmp/candidates.txt
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from warta.corpus.dedup import NUM_PERM, SCHEME, SEED, shingles
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
FILES = [*(f"indosum/dev.0{i}.jsonl" for i in range(1, 6)), "detik-1k/data_berita.csv"]
BANDS = [(0.0, 0.1), (0.1, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7),
         (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def corpus(data: Path = DATA) -> Iterator[tuple[str, str]]:
    """(ref, text) for every record: ref is 'file#id', the corpus's own id in that file."""
    for name in FILES:
        for doc in read_corpus(data / name):
            if not isinstance(doc, RawDoc) or not (doc.text or "").strip():
                continue
            assert doc.text is not None
            yield f"{name}#{doc.external_id}", doc.text


def exact(a: set[bytes], b: set[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def candidates(texts: dict[str, str], k: int = 5) -> list[tuple[float, str, str]]:
    sh = {ref: shingles(t, k) for ref, t in texts.items()}
    lsh = MinHashLSH(threshold=0.15, num_perm=NUM_PERM)
    pairs: set[tuple[str, str]] = set()
    for ref, s in sh.items():
        m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        m.update_batch(list(s))
        for other in lsh.query(m):
            pairs.add((other, ref))
        lsh.insert(ref, m)
    return sorted((exact(sh[a], sh[b]), a, b) for a, b in pairs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-band", type=int, default=12)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    texts = dict(corpus())
    pairs = candidates(texts)
    rng = random.Random(args.seed)
    for low, high in BANDS:
        inband = [p for p in pairs if low <= p[0] < high]
        print(f"# band {low:.1f}-{high:.1f}: {len(inband)} candidate pairs", file=sys.stderr)
        for j, a, b in rng.sample(inband, min(args.per_band, len(inband))):
            print(f"{low:.1f}\t{j:.3f}\t{a}\t{b}")
            print("   A: " + " ".join(texts[a].split())[:300])
            print("   B: " + " ".join(texts[b].split())[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
