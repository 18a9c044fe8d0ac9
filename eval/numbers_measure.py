"""What money and percentages measure, on real news: thing, change and period of every
money or percent amount in a fixed sample of Detik-1k articles, judged by hand.

The sample is drawn with a fixed seed from the Detik-1k articles that hold at least one
money or percent amount (by sorted id; each runs through the full pipeline with its
publication date). From seed 56 on, `--corpus indosum` draws IndoSum dev articles instead
(Detik-1k's articles with an amount are all judged): they carry no publication date, so a
period is judged against what the text itself dates ("tahun lalu" with no year in the text
has no right value: `none` when not set). Each amount prints its key (article id, start
offset, surface) and the three fields. Judgements (`--judge`, TOML `[[count]]` tables:
article, start, text, and per field one verdict) say for each field:

    ok        set and right
    wrong     set, but another value is right
    spurious  set, but nothing should be (no head named, no change said, no period)
    missing   not set, but a value is right
    none      not set, and rightly so

precision = ok / (ok + wrong + spurious), recall = ok / (ok + wrong + missing), per field.
Each judgement also holds the values it judged (`got_thing`, `got_change`, `got_period`;
"" for none): an amount with no judgement, or whose values changed since, is listed as
unjudged, so a changed stage shows up there, never as silently different figures.
Thing: a head-word match is enough ("Laba bersih" for "laba bersih perusahaan");
change: up/down and whether the amount is the level reached ("up to") or the level the
change started from ("up from"); period: the TIMEX value
the statement refers to.

    python eval/numbers_measure.py                       # seed 7, 14 articles
    python eval/numbers_measure.py --judge eval/data/numbers_measure.toml
    python eval/numbers_measure.py --seed 8 --judge ...  # a fresh sample
    python eval/numbers_measure.py --seed 10 --articles 8 --skip detik-48 --judge ...
                                    # leave out an article judged in an earlier sample
    python eval/numbers_measure.py --seed 56 --corpus indosum --articles 8 --judge ...
                                    # IndoSum dev (undated): Detik-1k's amounts are spent
    python eval/numbers_measure.py --all-seeds --quiet   # every judged seed, summed
    python eval/numbers_measure.py --all-seeds 7 8 9     # those seeds only

`--all-seeds` runs each seed with the command the judgement file's header gives it (seed 7
with the defaults) and prints per-seed and summed figures, and every unjudged amount.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from detik_draw import (
    CORPORA,
    Drawn,
    add_sample_args,
    header_seed_commands,
    in_draw_order,
    sentence_text,
)

from warta import analyze

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "eval" / "data" / "numbers_measure.toml"
FIELDS = ("thing", "change", "period")
VERDICTS = ("ok", "wrong", "spurious", "missing", "none")
MEASURED = frozenset({"persen", "poin persentase", "basis poin", "poin"})

Key = tuple[str, int, str]


@dataclass(frozen=True)
class Row:
    article: str
    start: int
    text: str
    thing: str | None
    change: str | None
    period: str | None
    sentence: str

    @property
    def key(self) -> Key:
        return (self.article, self.start, self.text)

    @property
    def got(self) -> tuple[str, str, str]:
        return (self.thing or "", self.change or "", self.period or "")



def article_rows(doc_id: str, d: Drawn) -> list[Row]:
    """The money and percent amounts of one drawn article, run through the pipeline."""
    art = analyze(d.text, title=d.title, published=d.published)
    rows = []
    for c in art.numbers:
        if c.currency is None and c.unit not in MEASURED:
            continue
        change = None if c.change is None else c.change + (
            " to" if c.change_to else " from" if c.change_from else "")
        rows.append(Row(doc_id, c.span.start, c.span.of(art.text), c.thing, change,
                        c.period, sentence_text(art, c.span.start)))
    return rows


def sample_rows(seed: int = 7, n: int = 14, skip: frozenset[str] = frozenset(),
                cache: dict[str, list[Row]] | None = None, corpus: str = "detik") -> list[Row]:
    """Money and percent amounts of `n` articles of `corpus` (Detik-1k, or IndoSum dev)
    drawn with `seed` among those that hold one (the draw walks a seeded shuffle of the
    sorted ids); the articles in `skip` are drawn but their amounts left out (the sample
    keeps its other articles). `cache` keeps each article's rows across samples (seeds
    share articles)."""
    out: list[Row] = []
    taken = 0
    for doc_id, r in in_draw_order(seed, corpus):
        if taken >= n:
            break
        if cache is not None and doc_id in cache:
            rows = cache[doc_id]
        else:
            rows = article_rows(doc_id, r)
            if cache is not None:
                cache[doc_id] = rows
        if rows:
            if doc_id not in skip:
                out.extend(rows)
            taken += 1
    return out


def load(path: Path) -> dict[Key, dict[str, str]]:
    data = tomllib.loads(path.read_text("utf-8"))
    out: dict[Key, dict[str, str]] = {}
    for n, j in enumerate(data.get("count", [])):
        for f in FIELDS:
            if j.get(f) not in VERDICTS:
                raise ValueError(f"{path.name} count #{n + 1}: {f} must be one of {VERDICTS}")
        out[(j["article"], int(j["start"]), j["text"])] = j
    return out


def score(rows: Sequence[Row], judged: dict[Key, dict[str, str]]
          ) -> tuple[dict[str, Counter[str]], list[Row]]:
    tallies: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    unjudged = []
    for r in rows:
        j = judged.get(r.key)
        if j is None or (j.get("got_thing", ""), j.get("got_change", ""),
                         j.get("got_period", "")) != r.got:
            unjudged.append(r)
            continue
        for f in FIELDS:
            tallies[f][j[f]] += 1
    return tallies, unjudged


def seed_commands(path: Path) -> dict[int, list[str]]:
    """Each judged seed's command line, as the judgement file's header quotes it; seed 7,
    the default sample, quotes none unless an article must be skipped to keep its sample."""
    out = header_seed_commands(path)
    out.setdefault(7, ["--seed", "7"])  # the default sample, unless the header amends it
    return dict(sorted(out.items()))


def pr(c: Counter[str]) -> tuple[float, float]:
    p_den = c["ok"] + c["wrong"] + c["spurious"]
    r_den = c["ok"] + c["wrong"] + c["missing"]
    return (c["ok"] / p_den if p_den else 0.0, c["ok"] / r_den if r_den else 0.0)


def print_figures(tallies: dict[str, Counter[str]], indent: str = "  ") -> None:
    for f in FIELDS:
        p, r = pr(tallies[f])
        c = tallies[f]
        print(f"{indent}{f:7s} P={p:.3f} R={r:.3f}  (ok {c['ok']}, wrong {c['wrong']}, "
              f"spurious {c['spurious']}, missing {c['missing']}, none {c['none']})")


def print_row(r: Row, mark: str = "") -> None:
    print(f"@{r.start} {r.text!r}: thing={r.thing!r} change={r.change} "
          f"period={r.period}{mark}\n    {r.sentence}")


def all_seeds(path: Path, seeds: Sequence[int], quiet: bool) -> int:
    """Every judged seed (or those of `seeds`) with its header command: per-seed and
    summed figures, and the unjudged amounts (all of them unless `quiet`)."""
    commands = seed_commands(path)
    judged = load(path)
    one = argparse.ArgumentParser()
    add_sample_args(one, 7, 14, "", "")
    _corpus_arg(one)
    cache: dict[str, list[Row]] = {}
    total: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    unjudged_n = 0
    for seed in sorted(seeds or commands):
        args = one.parse_args(commands[seed])
        rows = sample_rows(args.seed, args.articles, frozenset(args.skip), cache, args.corpus)
        tallies, unjudged = score(rows, judged)
        print(f"seed {seed}: {len(rows)} amounts, {len(unjudged)} unjudged  "
              f"[{' '.join(commands[seed])}]")
        print_figures(tallies, "    ")
        for f in FIELDS:
            total[f] += tallies[f]
        unjudged_n += len(unjudged)
        if not quiet:
            for r in unjudged:
                print(f"  == {r.article} ", end="")
                print_row(r, "  UNJUDGED")
    print(f"\nsummed over seeds {min(seeds or commands)}-{max(seeds or commands)}:")
    print_figures(total)
    print(f"unjudged amounts: {unjudged_n}")
    return 0


def _corpus_arg(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--corpus", choices=CORPORA, default="detik",
                    help="draw from Detik-1k (default) or IndoSum dev (no publication date)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_sample_args(ap, 7, 14, "detik-48", "judged in another sample")
    _corpus_arg(ap)
    ap.add_argument("--all-seeds", nargs="*", type=int, metavar="SEED",
                    help="every seed the judgement file's header quotes (or these)")
    args = ap.parse_args(argv)
    if args.all_seeds is not None:
        return all_seeds(args.judge or JUDGEMENTS, args.all_seeds, args.quiet)
    rows = sample_rows(args.seed, args.articles, frozenset(args.skip), corpus=args.corpus)
    judged = load(args.judge) if args.judge else {}
    if not args.quiet:
        cur = None
        for r in rows:
            if r.article != cur:
                cur = r.article
                print(f"\n== {cur}")
            j = judged.get(r.key)
            same = j is not None and (j.get("got_thing", ""), j.get("got_change", ""),
                                      j.get("got_period", "")) == r.got
            print_row(r, "" if same else "  UNJUDGED")
    skipped = f" ({len(args.skip)} left out)" if args.skip else ""
    name = "Detik-1k" if args.corpus == "detik" else "IndoSum dev"
    print(f"\nsample: seed {args.seed}, {args.articles} {name} articles{skipped}, "
          f"{len(rows)} money/percent amounts")
    if args.judge:
        tallies, unjudged = score(rows, judged)
        print_figures(tallies)
        print(f"unjudged amounts: {len(unjudged)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
