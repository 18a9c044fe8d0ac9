"""Events on real news: a fixed sample of IndoSum dev and Detik-1k articles, every event
printed for judging by hand, and precision against our own judgements.

The sample is drawn with a fixed seed (by sorted article id, so it does not depend on file
order) and each article goes through the full pipeline (`warta.analyze`; Detik with its
publication date, IndoSum has none). Each event prints its key (article id, trigger
offset in the cleaned text, code, actors, targets), place, time and evidence sentence.

`--judge FILE` reads hand judgements (TOML, `[[event]]` tables keyed by article, trigger
offset, code, actors and targets; verdict "correct", "roles" = code right but actor or
target wrong, or "wrong") and prints precision = correct / judged overall and per code,
plus the events not yet judged: a changed stage shows up as unjudged events, never as
silently different figures. Judgements whose event is no longer produced are counted too.

Recall: `[[missed]]` tables (article, trigger offset of the verb or noun, code, note) hold
the events a reader codes on reading the whole article that the stage did not produce
when it was judged. The gold events of a sample are its judged events whose code is right
("correct" or "roles") and its missed ones, one per (article, trigger, code); recall is
the share of them produced now and judged "correct" (triggers matched within NEAR
characters). So a missed event later produced counts once its new event is judged correct.

    python eval/events_sample.py                      # seed 1, 40 + 40 articles
    python eval/events_sample.py --judge eval/judgements/events_sample.toml
    python eval/events_sample.py --seed 2 --judge ...  # a fresh sample
    python eval/events_sample.py --seed 4 --indosum 15 --detik 15 --texts  # read for recall
    python eval/events_sample.py --pool $(seq 21 43) --indosum 15 --detik 15  # summed
    python eval/events_sample.py --seed 1 --judge ... --stale  # judgements of vanished events
    python eval/events_sample.py --pool 99 100 --indosum 15 --detik 15 --first seed-99,seed-100

`--first TAGS` scores only the articles whose first item in the judgement file (an
`[[event]]` or `[[missed]]` table, in file order) carries one of these `added` tags: the
articles a seed's judge read first. A seed redraws articles judged in earlier seeds, whose
events have been fixed on since; their verdicts make the pooled figure optimistic, so the
honest figure of a fresh seed is the one on its first-judged articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tomllib
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from warta import analyze
from warta.errors import Reject
from warta.record import Article, Event
from warta.sources.datasets import detik_published
from warta.train.summary import load_indosum, raw_text
from warta.train.themes import load_detik

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "eval" / "judgements" / "events_sample.toml"
VERDICTS = ("correct", "roles", "wrong")

Key = tuple[str, int, str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Doc:
    id: str
    text: str
    title: str | None = None
    published: datetime | None = None


@dataclass
class Shown:
    """One event as printed and keyed: names instead of entity ids."""

    article: str
    trigger: int
    code: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    trigger_text: str
    place: str | None
    time: str | None
    evidence: str

    @property
    def key(self) -> Key:
        return (self.article, self.trigger, self.code, self.actors, self.targets)



@cache
def _corpora() -> tuple[dict[str, dict], dict[str, dict[str, str]]]:
    """Both corpora by id, read once a process: a pooled or --skip run draws many seeds."""
    return ({d["id"]: d for d in load_indosum()},
            {f"detik-{r['id']}": r for r in load_detik()})


def sample_docs(seed: int = 1, n_indosum: int = 40, n_detik: int = 40) -> list[Doc]:
    """A reproducible sample: `n` ids drawn from each corpus's sorted ids."""
    rng = random.Random(seed)
    ind, det = _corpora()
    docs = [Doc(id=k, text=raw_text(ind[k]))
            for k in sorted(rng.sample(sorted(ind), n_indosum))]
    for k in sorted(rng.sample(sorted(det), n_detik), key=lambda x: int(x.split("-")[1])):
        r = det[k]
        docs.append(Doc(id=k, text=r["isi_berita"], title=r["judul"] or None,
                        published=detik_published(r)))
    return docs


def _name(value: str, art: Article) -> str:
    ent = next((e for e in art.entities if e.id == value), None)
    return ent.name if ent else value  # ISO country codes stay as they are


def shown(doc_id: str, art: Article, ev: Event) -> Shown:
    trig = ev.trigger
    evid = ev.evidence
    return Shown(
        article=doc_id, trigger=trig.start if trig else -1, code=ev.code,
        actors=tuple(_name(a, art) for a in ev.actors),
        targets=tuple(_name(t, art) for t in ev.targets),
        trigger_text=art.text[trig.start:trig.end] if trig else "",
        place=_name(ev.place, art) if ev.place else None, time=ev.time,
        evidence=" ".join(art.text[evid.start:evid.end].split()) if evid else "")


def run_sample(docs: Sequence[Doc], texts: dict[str, str] | None = None) -> list[Shown]:
    """Events of every document; `texts`, when given, gets each cleaned text by id."""
    out: list[Shown] = []
    for d in docs:
        try:
            art = analyze(d.text, title=d.title, published=d.published)
        except Reject as e:  # an English item in Detik: no events, not a crash of the sample
            print(f"skipped {d.id}: {e}", file=sys.stderr)
            continue
        if texts is not None:
            texts[d.id] = art.text
        out.extend(shown(d.id, art, ev) for ev in art.events)
    return out


Gold = tuple[str, int, str]  # article, trigger offset, code


def load_missed(path: Path) -> set[Gold]:
    """The events a reader codes that the stage did not produce (`[[missed]]`)."""
    data = tomllib.loads(path.read_text("utf-8"))
    return {(m["article"], int(m["trigger"]), m["code"]) for m in data.get("missed", [])}


@dataclass
class Recall:
    gold: int = 0
    found: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


NEAR = 20  # characters: a [[missed]] trigger matches an event's trigger this close


def recall(events: Sequence[Shown], judgements: dict[Key, dict[str, str]], missed: set[Gold],
           articles: set[str]) -> Recall:
    """Share of the sample's gold events produced now and judged correct. A missed event
    is the same gold event as a judged one, or another missed one, of the same code whose
    trigger starts within NEAR characters (the reader may mark the support verb, the stage
    the noun)."""
    gold = sorted({(k[0], k[1], k[2]) for k, j in judgements.items()
                   if k[0] in articles and j["verdict"] in ("correct", "roles")})

    def near(a: Gold, b: Gold) -> bool:
        return a[0] == b[0] and a[2] == b[2] and abs(a[1] - b[1]) <= NEAR

    for m in sorted(missed):  # one gold event per trigger: two [[missed]] rounds may mark
        if m[0] in articles and not any(near(m, g) for g in gold):  # it a few characters apart
            gold.append(m)
    found = [(e.article, e.trigger, e.code) for e in events
             if judgements.get(e.key, {}).get("verdict") == "correct"]
    return Recall(gold=len(gold), found=sum(any(near(g, f) for f in found) for g in gold))


_TABLE = re.compile(r"^\[\[(?:event|missed)\]\]\s*$")
_FIELD = re.compile(r'^(article|added)\s*=\s*"([^"]*)"')


def first_tags(path: Path) -> dict[str, str]:
    """Each article's `added` tag of its first item in file order ("before" when untagged).
    Read from the text: TOML's arrays of tables lose the order between the two kinds."""
    out: dict[str, str] = {}
    item: dict[str, str] | None = None

    def close(it: dict[str, str] | None) -> None:
        if it and "article" in it:
            out.setdefault(it["article"], it.get("added", "before"))

    for line in path.read_text("utf-8").splitlines():
        if _TABLE.match(line):
            close(item)
            item = {}
        elif line.startswith("[") and not line.startswith("[["):
            close(item)  # any other table ends the item
            item = None
        elif item is not None and (m := _FIELD.match(line)):
            item.setdefault(m.group(1), m.group(2))
    close(item)
    return out


def load_judgements(path: Path) -> dict[Key, dict[str, str]]:
    """The judged events by key; the last judgement of a key counts. A key judged twice
    with two verdicts (two seeds sharing an article, judged apart) is warned of: its
    figure then depends on the order of the file."""
    data = tomllib.loads(path.read_text("utf-8"))
    out: dict[Key, dict[str, str]] = {}
    at: dict[Key, int] = {}  # the entry number of each key's judgement
    for n, j in enumerate(data.get("event", [])):
        if j.get("verdict") not in VERDICTS:
            raise ValueError(f"{path.name} event #{n + 1}: verdict must be one of {VERDICTS}")
        key = (j["article"], int(j["trigger"]), j["code"], tuple(j.get("actors", [])),
               tuple(j.get("targets", [])))
        if key in out and out[key]["verdict"] != j["verdict"]:
            warnings.warn(f"{path.name} event #{n + 1} ({j.get('added')}) judges {key} "
                          f"{j['verdict']!r}, event #{at[key] + 1} ({out[key].get('added')}) "
                          f"{out[key]['verdict']!r}: keep one verdict", stacklevel=2)
        out[key], at[key] = j, n
    return out


@dataclass
class Score:
    judged: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    by_code: dict[str, Counter[str]] = field(default_factory=dict)
    unjudged: list[Shown] = field(default_factory=list)
    stale: int = 0  # judgements of events the stage no longer produces
    stale_keys: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.verdicts["correct"] / self.judged if self.judged else 0.0

    @property
    def code_precision(self) -> float:
        """Code right, whatever the roles."""
        right = self.verdicts["correct"] + self.verdicts["roles"]
        return right / self.judged if self.judged else 0.0


def score(events: Sequence[Shown], judgements: dict[Key, dict[str, str]],
          only: set[str] | None = None, articles: set[str] | None = None) -> Score:
    """Precision over the events produced now; `only` restricts to some judgement tags;
    `articles` (the sample's ids) lets judgements of vanished events count as stale."""
    sc = Score()
    seen: set[Key] = set()
    for e in events:
        j = judgements.get(e.key)
        if j is None:
            sc.unjudged.append(e)
            continue
        seen.add(e.key)
        if only is not None and j.get("added", "before") not in only:
            continue
        sc.judged += 1
        sc.verdicts[j["verdict"]] += 1
        sc.by_code.setdefault(e.code, Counter())[j["verdict"]] += 1
    arts = articles if articles is not None else {e.article for e in events}
    sc.stale_keys = [k for k in judgements if k[0] in arts and k not in seen]
    sc.stale = len(sc.stale_keys)
    return sc


def print_stale(sc: Score, judgements: dict[Key, dict[str, str]]) -> None:
    """The judgements of the sample's articles whose event is no longer produced (kept:
    recall counts judged gold events, and an event may come back)."""
    for k in sorted(sc.stale_keys):
        j = judgements[k]
        print(f"STALE {k[0]} @{k[1]} {k[2]} actors: {_fmt(k[3])} | targets: {_fmt(k[4])} "
              f"| {j['verdict']} ({j.get('added', 'before')})")


def _fmt(xs: Sequence[str]) -> str:
    return ", ".join(xs) if xs else "-"


def print_events(events: Sequence[Shown], judgements: dict[Key, dict[str, str]]) -> None:
    cur = None
    for n, e in enumerate(events):
        if e.article != cur:
            cur = e.article
            print(f"\n== {cur}")
        j = judgements.get(e.key)
        mark = j["verdict"] if j else "UNJUDGED"
        print(f"[{n}] {e.code} @{e.trigger} '{e.trigger_text}' {mark}\n"
              f"    actors: {_fmt(e.actors)} | targets: {_fmt(e.targets)} | "
              f"place: {e.place or '-'} | time: {e.time or '-'}\n"
              f"    {e.evidence}")


def print_score(sc: Score) -> None:
    c = sc.verdicts
    print(f"judged {sc.judged}: correct {c['correct']}, code right but roles wrong "
          f"{c['roles']}, wrong {c['wrong']}")
    print(f"  precision (code + roles) {sc.precision:.3f}; code-only {sc.code_precision:.3f}")
    for code, cc in sorted(sc.by_code.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(cc.values())
        print(f"  {code:12s} {cc['correct']}/{total} correct, {cc['roles']} roles wrong, "
              f"{cc['wrong']} wrong")
    print(f"unjudged events: {len(sc.unjudged)}; stale judgements (event gone): {sc.stale}")


def first_judged(docs: Sequence[Doc], path: Path, tags: set[str] | None) -> set[str]:
    """The sample's article ids, or only those first judged under one of `tags`."""
    arts = {d.id for d in docs}
    if tags is None:
        return arts
    first = first_tags(path)
    return {a for a in arts if first.get(a) in tags}


def pooled(seeds: Sequence[int], indosum: int, detik: int,
           path: Path = JUDGEMENTS, first: set[str] | None = None) -> tuple[Score, Recall]:
    """Precision and recall summed over several seeds' samples, each scored as on its own
    (an article two seeds draw counts in both, as the per-seed figures do); `first`
    keeps only the articles first judged under these tags."""
    judgements, missed = load_judgements(path), load_missed(path)
    total, rc = Score(), Recall()
    for seed in seeds:
        docs = sample_docs(seed, indosum, detik)
        arts = first_judged(docs, path, first)
        docs = [d for d in docs if d.id in arts]
        events = run_sample(docs)
        sc = score(events, judgements, None, arts)
        total.judged += sc.judged
        total.verdicts.update(sc.verdicts)
        total.unjudged += sc.unjudged
        one = recall(events, judgements, missed, arts)
        rc.gold += one.gold
        rc.found += one.found
    return total, rc


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--indosum", type=int, default=40, help="IndoSum dev articles")
    ap.add_argument("--detik", type=int, default=40, help="Detik-1k articles")
    ap.add_argument("--judge", type=Path, help="TOML of hand judgements")
    ap.add_argument("--only", help="comma-separated judgement tags ('added') to score")
    ap.add_argument("--quiet", action="store_true", help="figures only, no event list")
    ap.add_argument("--json", action="store_true", help="print the events as JSON lines")
    ap.add_argument("--stale", action="store_true",
                    help="with --judge, list the judgements whose event is no longer produced")
    ap.add_argument("--texts", action="store_true",
                    help="also print each article's cleaned text (to read it for recall)")
    ap.add_argument("--pool", type=int, nargs="+", metavar="SEED",
                    help="figures summed over these seeds, judged in --judge (default "
                         "the shipped judgements), e.g. --pool $(seq 21 43)")
    ap.add_argument("--first", metavar="TAGS",
                    help="comma-separated 'added' tags: score only the articles whose first "
                         "judgement item carries one (a seed's first-judged articles)")
    args = ap.parse_args(argv)
    first = set(args.first.split(",")) if args.first else None
    if first is not None and not (args.judge or args.pool):
        ap.error("--first needs --judge (or --pool, which reads the shipped judgements)")
    if args.pool:
        sc, rc = pooled(args.pool, args.indosum, args.detik, args.judge or JUDGEMENTS, first)
        print(f"pooled: seeds {' '.join(map(str, args.pool))}, {args.indosum} IndoSum + "
              f"{args.detik} Detik articles each"
              + (f"; only articles first judged as {args.first}" if first else ""))
        print(f"  precision {sc.precision:.3f} ({sc.verdicts['correct']}/{sc.judged}), "
              f"recall {rc.recall:.3f} ({rc.found}/{rc.gold}), unjudged {len(sc.unjudged)}")
        if not args.quiet:  # what to judge, each event once (seeds may share articles)
            print_events(list({e.key: e for e in sc.unjudged}.values()), {})
        return 0
    docs = sample_docs(args.seed, args.indosum, args.detik)
    if first is not None:
        arts = first_judged(docs, args.judge, first)
        docs = [d for d in docs if d.id in arts]
    texts: dict[str, str] | None = {} if args.texts else None
    events = run_sample(docs, texts)
    if texts is not None:
        for doc_id, text in texts.items():
            print(f"\n######## {doc_id}\n{text}")
    judgements = load_judgements(args.judge) if args.judge else {}
    if args.json:
        for e in events:
            print(json.dumps(e.__dict__, ensure_ascii=False))
    elif not args.quiet:
        print_events(events, judgements)
    print(f"\nsample: seed {args.seed}, {args.indosum} IndoSum + {args.detik} Detik articles, "
          f"{len(events)} events")
    if args.judge:
        only = set(args.only.split(",")) if args.only else None
        sc = score(events, judgements, only, {d.id for d in docs})
        print_score(sc)
        if args.stale:
            print_stale(sc, judgements)
        rc = recall(events, judgements, load_missed(args.judge), {d.id for d in docs})
        print(f"recall {rc.recall:.3f} ({rc.found} of {rc.gold} gold events: judged right "
              f"in code plus [[missed]] ones, found now and judged correct)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
