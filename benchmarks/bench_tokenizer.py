"""Start-up and speed of the tokenizer behind `Article.tokens`, against the way it was built
before (`spacy.blank("id")`, then `prefix_search` reassigned, which reloads every special
case), and a check that both give the same tokens on IndoSum and Detik.

Usage: python benchmarks/bench_tokenizer.py [--limit N] [--rounds R]
Prints figures; asserts only that the tokens agree.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import detik_texts, indosum_texts  # noqa: E402


def reassigned() -> Any:
    """The tokenizer as `stages/segment.py` built it before the token layer."""
    import spacy
    from spacy.lang.id.punctuation import TOKENIZER_PREFIXES
    from spacy.util import compile_prefix_regex

    nlp = spacy.blank("id")
    prefixes = [p for p in TOKENIZER_PREFIXES if not p.startswith("<(")]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp


def current() -> Any:
    from warta.text.tokens import _nlp

    _nlp.cache_clear()
    return _nlp()


def spans(nlp: Any, text: str) -> list[tuple[int, int]]:
    arr = nlp.tokenizer(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
    return [(i, i + n) for i, n, space in arr if not space]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=300, help="articles per corpus")
    ap.add_argument("--rounds", type=int, default=3, help="builds of each, interleaved")
    args = ap.parse_args()
    t0 = time.perf_counter()
    import spacy.lang.id  # noqa: F401  (imports are not part of the build time)
    import spacy.lang.id.tokenizer_exceptions  # noqa: F401

    print(f"import spacy + Indonesian data {time.perf_counter() - t0:.2f} s")
    builds: dict[str, list[float]] = {"reassigned": [], "current": []}
    nlps: dict[str, Any] = {}
    for _ in range(args.rounds):
        for name, make in (("reassigned", reassigned), ("current", current)):
            t = time.perf_counter()
            nlps[name] = make()
            builds[name].append(time.perf_counter() - t)
    for name, secs in builds.items():
        print(f"build {name:10s} " + " ".join(f"{s:.2f}" for s in secs) + " s")
    texts = list(indosum_texts(args.limit)) + list(detik_texts(args.limit))
    differ = sum(spans(nlps["reassigned"], t) != spans(nlps["current"], t) for t in texts)
    n_tok = sum(len(spans(nlps["current"], t)) for t in texts)
    t = time.perf_counter()
    for text in texts:
        spans(nlps["current"], text)
    secs = time.perf_counter() - t
    print(f"{len(texts)} articles, {n_tok} tokens, {n_tok / secs:,.0f} tokens/s; "
          f"articles whose tokens differ: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
