"""How many texts of the shared corpora the clean stage's unglue steps change.

Counts, per corpus (Detik-1k, IndoSum dev.01), the texts in which `unglue_words` (a lost
tag's glued words: "dilaporkanSaudi", "dilansirdetikNews") or `unglue_brackets` (a closing
bracket glued to the next sentence: "(18/9/2025).Powell") changes a paragraph, with a few
examples of each.

    python eval/unglue_measure.py [--show N]
"""

from __future__ import annotations

import argparse
import sys

from warta.stages.clean import normalise_whitespace, unglue_brackets, unglue_words
from warta.train.summary import load_indosum, raw_text
from warta.train.themes import load_detik


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    corpora = {"detik-1k": [r["isi_berita"] for r in load_detik()],
               "indosum dev.01": [raw_text(d) for d in load_indosum()]}
    for name, texts in corpora.items():
        for step in (unglue_words, unglue_brackets):
            changed = [(p, q) for t in texts for p in normalise_whitespace(t)
                       if (q := step(p)) != p]
            n_texts = sum(any(step(p) != p for p in normalise_whitespace(t)) for t in texts)
            print(f"{name}: {step.__name__} changes {n_texts} of {len(texts)} texts "
                  f"({len(changed)} paragraphs)")
            for p, q in changed[:args.show]:  # noqa: B007
                i = next(i for i, (a, b) in enumerate(zip(p, q, strict=False)) if a != b)
                print(f"    {p[max(0, i - 30):i + 20]!r} -> {q[max(0, i - 30):i + 21]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
