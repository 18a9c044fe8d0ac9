"""Speed and memory of the entities stage (POS-free NER + gazetteer + resolution).

Reads IndoSum dev fold articles and Detik-1k bodies from ../shared/data, splits them into
sentences first (not timed), then times `find_entities` on one core. Prints model load
time, tokens/s (wall clock, and per CPU-second of this process: tokens/s/core, which a
loaded shared machine disturbs far less) and peak Python memory (tracemalloc) of the
tagging pass.
Usage: python benchmarks/bench_entities.py [--articles 300] [--repeat 4]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpora  # noqa: E402

from warta.sources.datasets import indosum_records, spaced_text  # noqa: E402


def load_texts(n: int) -> list[str]:
    texts: list[str] = []
    for d in indosum_records(corpora.INDOSUM, pattern="dev.01.jsonl", dedupe=False):
        texts.append(spaced_text(d))
        if len(texts) >= n // 2:
            break
    for doc in corpora.detik():
        if doc.text:
            texts.append(doc.text)
        if len(texts) >= n:
            break
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=0,
                    help="also time N rounds, each with fresh word caches: a cold pass (words "
                         "first seen) then a warm one, and print the best of each per "
                         "CPU-second (steadier on a shared machine)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    from warta.ner.resolve import load_models

    models = load_models()
    # `_load`: the crfsuite wrapper of older checkouts, for before/after runs.
    (getattr(models.ner, "load", None) or models.ner._load)()
    load_s = time.perf_counter() - t0
    from warta.ner.resolve import find_entities
    from warta.stages.segment import split_sentences
    from warta.text.tokens import make_tokens, tokenize

    texts = load_texts(args.articles)
    # The stage gets the segment stage's tokens and sentences: made here, not timed.
    docs = [(t, split_sentences(t, tk), tk) for t in texts for tk in [make_tokens(t)]]
    n_tokens = sum(len(tk) for _, _, tk in docs)
    find_entities(docs[0][0], docs[0][1], models, docs[0][2])  # warm caches
    t1 = time.perf_counter()
    c1 = time.process_time()
    n_ents = 0
    for text, sents, tk in docs:
        n_ents += len(find_entities(text, sents, models, tk))
    secs = time.perf_counter() - t1
    cpu = time.process_time() - c1
    print(f"model load     {load_s:.2f} s (NER model, gazetteer, lexicon)")
    print(f"articles       {len(docs)}  tokens {n_tokens}  entities {n_ents}")
    print(f"speed          {n_tokens / secs:,.0f} tokens/s ({secs:.1f} s, one process)")
    print(f"per core       {n_tokens / cpu:,.0f} tokens per CPU-second ({cpu:.1f} s CPU)")
    if args.repeat:
        from dataclasses import replace

        from warta.ner.features import shipped_featurizer

        cold, warm = [], []
        for _ in range(args.repeat):
            fresh = replace(models, featurizer=shipped_featurizer())
            for times in (cold, warm):
                c = time.process_time()
                for text, sents, tk in docs:
                    find_entities(text, sents, fresh, tk)
                times.append(time.process_time() - c)
        print(f"best of {args.repeat}      cold {n_tokens / min(cold):,.0f}, warm "
              f"{n_tokens / min(warm):,.0f} tokens per CPU-second (fresh word caches, "
              "then the same articles again)")
    # One very long document: all articles joined until 100,000 tokens.
    parts: list[str] = []
    count = 0
    for text in texts * 10:
        parts.append(text)
        count += len(tokenize(text))
        if count >= 100_000:
            break
    long_text = "\n".join(parts)
    long_tokens = make_tokens(long_text)
    long_sents = split_sentences(long_text, long_tokens)
    t2 = time.perf_counter()
    ents = find_entities(long_text, long_sents, models, long_tokens)
    secs2 = time.perf_counter() - t2
    tracemalloc.start()  # a second, traced pass: tracing slows Python several-fold
    find_entities(long_text, long_sents, models, long_tokens)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"long document  {count} tokens, {len(ents)} entities, {count / secs2:,.0f} tokens/s")
    print(f"peak memory    {peak / 2**20:.1f} MiB allocated while tagging the long document "
          f"(tracemalloc); process peak RSS {rss:.0f} MiB incl. spaCy")


if __name__ == "__main__":
    main()
