"""Start-up and speed of the tokenizer behind `Article.tokens`, against the tokenizer built
with every spaCy exception loaded up front (as before exceptions were added per text), and
a check that both give the same tokens on IndoSum and Detik.

Usage: python benchmarks/bench_tokenizer.py [--limit N] [--rounds R]
Prints figures; exits 1 when any article's tokens differ.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import SHARED, detik_texts, indosum_texts  # noqa: E402

# Texts where a hyphenated exception stands apart, inside punctuation or in another word.
TRICKY = ["anak -anak dan anak- anak", "xanak-anak (anak-anak) Anak-Anak, ANAK-ANAK.",
          "kupu-kupu-kupu -_- -__- mata-mata:\nrata-rata", "Dr. med A. anak-anak's"]


def full() -> Any:
    """The tokenizer with all 15,963 exceptions loaded when it is built."""
    from spacy.lang.id import Indonesian, IndonesianDefaults
    from spacy.lang.id.punctuation import TOKENIZER_PREFIXES

    class _Defaults(IndonesianDefaults):
        prefixes = [p for p in TOKENIZER_PREFIXES if not p.startswith("<(")]

    class _Indonesian(Indonesian):
        Defaults = _Defaults

    return _Indonesian()


def current() -> Any:
    from warta.text.tokens import _nlp, _spans

    _nlp.cache_clear()
    _spans.cache_clear()
    return _nlp()


def spans(nlp: Any, text: str) -> list[tuple[int, int]]:
    arr = nlp.tokenizer(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
    return [(i, i + n) for i, n, space in arr if not space]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=3, help="builds of each, interleaved")
    args = ap.parse_args()
    from warta.text.tokens import tokenize

    t0 = time.perf_counter()
    import spacy.lang.id  # noqa: F401  (imports are not part of the build time)
    import spacy.lang.id.tokenizer_exceptions  # noqa: F401

    print(f"import spacy + Indonesian data {time.perf_counter() - t0:.2f} s")
    builds: dict[str, list[float]] = {"full": [], "current": []}
    nlps: dict[str, Any] = {}
    for _ in range(args.rounds):
        for name, make in (("full", full), ("current", current)):
            t = time.perf_counter()
            nlps[name] = make()
            builds[name].append(time.perf_counter() - t)
    for name, secs in builds.items():
        print(f"build {name:10s} " + " ".join(f"{s:.2f}" for s in secs) + " s")
    seed = (SHARED / "examples" / "suara-kim-jong-un-2024-11.txt").read_text("utf-8")
    texts = [*TRICKY, seed, *indosum_texts(args.limit), *detik_texts(args.limit)]
    t = time.perf_counter()
    got = [tokenize(text) for text in texts]  # exceptions are added as texts need them
    secs_current = time.perf_counter() - t
    t = time.perf_counter()
    want = [spans(nlps["full"], text) for text in texts]
    secs_full = time.perf_counter() - t
    differ = sum(a != b for a, b in zip(got, want, strict=True))
    n_tok = sum(map(len, want))
    print(f"{len(texts)} texts, {n_tok} tokens; first pass tokens/s: current "
          f"{n_tok / secs_current:,.0f} (adding exceptions), full {n_tok / secs_full:,.0f}")
    print(f"texts whose tokens differ: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
