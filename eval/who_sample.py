"""Who on real news: entities, roles and quote speakers of a fixed-seed sample of IndoSum
dev and Detik-1k articles, printed for judging by hand, with precision and recall
against our own judgements.

Each round draws fresh articles (a new seed) and is judged *before* any fix is made on
it; the figure for that round is the honest one. The sample is drawn as
`events_sample.py` draws its own (sorted ids, fixed seed; Detik keeps its publication
date, IndoSum has none), and every article goes through the full pipeline.

What is printed and keyed (names, not entity ids, so keys survive id changes):
- entity: (article, kind, name) with its roles, country and mention count;
- role: (article, name, role) for each role of a PERSON or ORG;
- speaker: (article, quote content offset, speaker name or "-") with its kind.

Judgements (TOML) give each key a verdict:
- `[[entity]]` article, kind, name, verdict "correct" | "wrong" (not an entity, or the
  wrong kind, or a broken name);
- `[[role]]` article, name, role, verdict "correct" | "wrong";
- `[[speaker]]` article, quote (content start), speaker ("-" for none), verdict
  "correct" | "wrong" (another speaker) | "missing" (none given, the text names one) |
  "none" (none given and none to give, or the quote itself is not one);
- `[[missed]]` article, entities, roles, speakers: what the judge found in the article
  that the output lacks (counts), for recall.

An item judged after a fix may say `was_missed = true`: it is one the judge had counted
in its article's `[[missed]]` before the fix found it, so it leaves that count while it is
found (the count stays the judge's, made before any fix).

Precision = correct / given; recall = correct / (correct + wrong-but-real + missed).
For speakers: precision = correct / (correct + wrong); recall = correct /
(correct + wrong + missing + missed). Items not judged are listed and counted.

    python eval/who_sample.py --seed 101                  # print round 1 for judging
    python eval/who_sample.py --seed 101 --judge eval/data/who_sample_101.toml --quiet
    python eval/who_sample.py --pool 106 107 108 109     # figures over several rounds
    python eval/who_sample.py --pool 137 138 --skip 101 102   # each round less what the
                                                # skipped seeds and the rounds before it drew
    python eval/who_sample.py --seed 123 --skip 121 122   # leave out articles seen before
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from events_sample import Doc, sample_docs  # the same draw as the events sample

from warta import analyze
from warta.record import Article

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Item:
    table: str  # "entity" | "role" | "speaker"
    key: tuple[str, ...]
    show: str


def _name(art: Article, ident: str | None) -> str:
    if ident is None:
        return "-"
    ent = next((e for e in art.entities if e.id == ident), None)
    return ent.name if ent else ident


def items_of(doc: Doc, art: Article) -> list[Item]:
    out: list[Item] = []
    for e in art.entities:
        out.append(Item("entity", (doc.id, e.kind, e.name),
                        f"{e.kind:6s} {e.name} | roles {list(e.roles)} | {e.country or '-'} "
                        f"| {len(e.mentions)}x"))
        for r in e.roles:
            out.append(Item("role", (doc.id, e.name, r), f"ROLE   {e.name} = {r}"))
    for q in art.quotes:
        if q.field is not None:
            continue  # headline quotes: their spans point into the title, judged elsewhere
        said = " ".join(q.content.of(art.text).split())
        spk = _name(art, q.speaker)
        phrase = q.speaker_span.of(art.text) if q.speaker_span else "-"
        kind = getattr(q, "speaker_kind", None) or "-"
        out.append(Item("speaker", (doc.id, str(q.content.start), spk),
                        f"QUOTE  @{q.content.start} {q.kind} speaker {spk} [{kind}] "
                        f"(phrase '{phrase}'): {said[:160]}"))
    return out


def run(docs: Sequence[Doc]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {}
    for d in docs:
        art = analyze(d.text, title=d.title, published=d.published)
        out[d.id] = items_of(d, art)
    return out


Judged = dict[tuple[str, tuple[str, ...]], str]
# Items found after a fix that the judge had counted as missed (`was_missed = true`).
WAS_MISSED: set[tuple[str, tuple[str, ...]]] = set()


def load_judgements(path: Path) -> tuple[Judged, dict[str, Counter[str]]]:
    data = tomllib.loads(path.read_text("utf-8"))
    judged: Judged = {}
    keys = {"entity": ("article", "kind", "name"), "role": ("article", "name", "role"),
            "speaker": ("article", "quote", "speaker")}
    for table, fields in keys.items():
        for n, j in enumerate(data.get(table, [])):
            if j.get("verdict") not in ("correct", "wrong", "missing", "none"):
                raise ValueError(f"{path.name} {table} #{n + 1}: bad verdict {j.get('verdict')}")
            judged[(table, tuple(str(j[f]) for f in fields))] = j["verdict"]
            if j.get("was_missed"):
                WAS_MISSED.add((table, tuple(str(j[f]) for f in fields)))
    missed: dict[str, Counter[str]] = {}
    for j in data.get("missed", []):
        missed[j["article"]] = Counter({k: int(j.get(k, 0))
                                        for k in ("entities", "roles", "speakers")})
    return judged, missed


@dataclass
class Score:
    verdicts: dict[str, Counter[str]] = field(default_factory=dict)
    missed: Counter[str] = field(default_factory=Counter)
    unjudged: list[Item] = field(default_factory=list)

    def pr(self, table: str) -> tuple[float, float]:
        c = self.verdicts.get(table, Counter())
        right, wrong = c["correct"], c["wrong"]
        given = right + wrong
        p = right / given if given else 0.0
        real = right + wrong + c["missing"] + self.missed[table + "s"]
        if table == "entity":  # a wrong entity is not a real one missed
            real = right + self.missed["entities"]
        if table == "role":
            real = right + self.missed["roles"]
        r = right / real if real else 0.0
        return p, r


def score(found: dict[str, list[Item]], judged: Judged,
          missed: dict[str, Counter[str]]) -> Score:
    sc = Score()
    for art, items in found.items():
        for it in items:
            v = judged.get((it.table, it.key))
            if v is None:
                sc.unjudged.append(it)
                continue
            sc.verdicts.setdefault(it.table, Counter())[v] += 1
        sc.missed.update(missed.get(art, Counter()))
        plural = {"entity": "entities", "role": "roles", "speaker": "speakers"}
        sc.missed.subtract(Counter(plural[it.table] for it in items
                                   if (it.table, it.key) in WAS_MISSED))
    return sc


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--indosum", type=int, default=5, help="IndoSum dev articles")
    ap.add_argument("--detik", type=int, default=5, help="Detik-1k articles")
    ap.add_argument("--judge", type=Path, help="TOML of hand judgements")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ap.add_argument("--text", action="store_true", help="print each article's text too")
    ap.add_argument("--pool", type=int, nargs="+", metavar="SEED",
                    help="figures pooled over these seeds, each judged in "
                         "eval/data/who_sample_SEED.toml (e.g. --pool 106 107 108 109); "
                         "each leaves out what --skip and the seeds before it drew")
    ap.add_argument("--skip", type=int, nargs="+", metavar="SEED", default=[],
                    help="leave out articles these seeds drew (by id or same text), read "
                         "and fixed on before (e.g. --seed 123 --skip 121 122)")
    args = ap.parse_args(argv)
    if args.pool:
        return _pooled(args.pool, args.skip, args.indosum, args.detik)
    docs = _unseen(sample_docs(args.seed, args.indosum, args.detik), args.skip,
                   args.indosum, args.detik)
    found = run(docs)
    judged, missed = load_judgements(args.judge) if args.judge else ({}, {})
    if not args.quiet:
        for d in docs:
            print(f"\n== {d.id} ({d.published or 'no date'}) {d.title or ''}")
            if args.text:
                print(d.text)
                print("--")
            for it in found[d.id]:
                v = judged.get((it.table, it.key), "UNJUDGED")
                print(f"  [{v}] {it.show}")
    left = f", {len(docs)} not seen before (--skip {' '.join(map(str, args.skip))})" \
        if args.skip else ""
    print(f"\nsample: seed {args.seed}, {args.indosum} IndoSum + {args.detik} Detik articles"
          f"{left}")
    if args.judge:
        sc = score(found, judged, missed)
        for table in ("entity", "role", "speaker"):
            p, r = sc.pr(table)
            c = sc.verdicts.get(table, Counter())
            print(f"  {table:8s} precision {p:.3f} recall {r:.3f}  {dict(c)} "
                  f"missed {sc.missed[table + 's' if table != 'entity' else 'entities']}")
        print(f"  unjudged items: {len(sc.unjudged)}")
    return 0


def _unseen(docs: Sequence[Doc], skip: Sequence[int], indosum: int, detik: int) -> list[Doc]:
    """`docs` less those an earlier seed of `skip` drew: the same id, or the same text under
    another id (Detik-1k holds some articles twice)."""
    seen = [d for s in skip for d in sample_docs(s, indosum, detik)]
    ids, texts = {d.id for d in seen}, {" ".join(d.text.split()) for d in seen}
    return [d for d in docs if d.id not in ids and " ".join(d.text.split()) not in texts]


def pooled(seeds: Sequence[int], skip: Sequence[int], indosum: int = 5,
           detik: int = 5) -> tuple[Score, list[str]]:
    """Precision and recall over several judged rounds, as one sample, and the items no one
    judged. Each round leaves out what `skip` and the rounds before it in `seeds` drew, as
    when it was drawn (rounds are drawn in order, each with --skip of those before it)."""
    total = Score()
    left_unjudged: list[str] = []
    for i, seed in enumerate(seeds):
        docs = _unseen(sample_docs(seed, indosum, detik), [*skip, *seeds[:i]], indosum, detik)
        found = run(docs)
        judged, missed = load_judgements(REPO / "eval" / "data" / f"who_sample_{seed}.toml")
        sc = score(found, judged, missed)
        for table, c in sc.verdicts.items():
            total.verdicts.setdefault(table, Counter()).update(c)
        total.missed.update(sc.missed)
        total.unjudged += sc.unjudged
        left_unjudged += [f"round {seed}: {it.table} {it.show}" for it in sc.unjudged]
    return total, left_unjudged


def _pooled(seeds: Sequence[int], skip: Sequence[int], indosum: int, detik: int) -> int:
    total, left_unjudged = pooled(seeds, skip, indosum, detik)
    left = f", less what --skip {' '.join(map(str, skip))} drew" if skip else ""
    print(f"pooled: seeds {' '.join(map(str, seeds))} ({len(seeds)} rounds{left})")
    for table in ("entity", "role", "speaker"):
        p, r = total.pr(table)
        print(f"  {table:8s} precision {p:.3f} recall {r:.3f}  "
              f"{dict(total.verdicts.get(table, Counter()))}")
    print(f"  unjudged items: {len(total.unjudged)}")
    for line in left_unjudged[:30]:  # to judge in that round's file
        print(f"    {line}")
    if len(left_unjudged) > 30:  # speaker-only rounds leave their entities unjudged
        print(f"    ... and {len(left_unjudged) - 30} more")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
