"""Before/after CPU time of the entities and coref hot spots, in one process.

The shared machine's load moves whole-pipeline figures by 20% from run to run; here each
hot spot's new code and its plain reference (the code it replaced, kept in the tests as
the equality oracle) run alternately in the same process, best of 5 by CPU time:
- coref's bare-title search: the look-behind regex per form vs `_form_hits`;
- the NER featurizer, cold word cache, one pass: `sentence_features` vs `Featurizer`;
- the DBpedia name phrase tags: the plain scan vs `NameLists.phrase_tags`.
Usage: python benchmarks/bench_hotspots.py [--limit N]  (articles per corpus, default 150)
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "ner"))
from corpora import detik_texts, indosum_texts  # noqa: E402
from test_features import _reference  # noqa: E402
from test_names import _phrase_tags_reference  # noqa: E402

from warta.ner.features import Featurizer, load_clusters, load_lexicon  # noqa: E402
from warta.ner.gazetteer import load_gazetteer  # noqa: E402
from warta.ner.names import load_names  # noqa: E402
from warta.stages.coref import _form_hits, _lex  # noqa: E402
from warta.text.tokens import make_tokens  # noqa: E402


def best(fn: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        c = time.process_time()
        fn()
        times.append(time.process_time() - c)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=150, help="articles per corpus")
    args = ap.parse_args()
    texts = list(indosum_texts(args.limit)) + list(detik_texts(args.limit))
    lex = _lex()
    forms = [(t, False) for o in lex.data.office for t in o.titles]
    forms += [(t, True) for o in lex.data.office for t in o.epithets]
    windows: list[list[str]] = []
    for t in texts:
        words = [t[a:b] for a, b in make_tokens(t).spans(0, len(t))]
        windows += [words[i:i + 40] for i in range(0, len(words), 40)]
    print(f"{len(texts)} articles, {len(windows)} windows, "
          f"{sum(map(len, windows))} tokens, one core")

    def titles_old() -> None:
        for text in texts:
            for form, ci in forms:
                list(re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text,
                                 re.IGNORECASE if ci else 0))

    def titles_new() -> None:
        for text in texts:
            for form, ci in forms:
                list(_form_hits(text, form, ci))

    def featurizer() -> Featurizer:
        return Featurizer(load_gazetteer(), load_lexicon(), clusters=load_clusters(),
                          names=load_names())

    def features_old() -> None:
        f = featurizer()
        for w in windows:
            _reference(f, w, None)

    def features_new() -> None:
        f = featurizer()
        for w in windows:
            f(w)

    names = load_names()
    lows = [[w.lower() for w in ws] for ws in windows]

    def names_old() -> None:
        for low in lows:
            _phrase_tags_reference(names, low)

    def names_new() -> None:
        for low in lows:
            names.phrase_tags(low)

    for label, old, new in (("coref title search", titles_old, titles_new),
                            ("NER features (cold cache, one pass)", features_old, features_new),
                            ("name phrase tags", names_old, names_new)):
        o, n = best(old), best(new)
        print(f"{label:38s} before {o:6.3f} s  after {n:6.3f} s  x{o / n:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
