"""Time expressions in real news, judged by hand: recognition and normalisation against
the publication date, on a fixed-seed sample of Detik-1k articles.

Each article (drawn with a fixed seed from the sorted ids, run through the full pipeline
with its publication date) prints every time expression the timex stage found, keyed by
(article id, start offset in the cleaned text, surface), with its type, value and mod.
Judgements (`--judge`, TOML) hold one `[[time]]` table per expression found:

    span   ok        the extent is the time expression's
           partial   overlaps one, but the extent is wrong ("tiga hari" of "tiga hari ke
                     depan")
           spurious  no time expression there
    value  ok | wrong (the normalised value against the publication date, with mod;
           "" for spurious ones), `want` says the right value when wrong

and one `[[missed]]` table per time expression the stage did not find (article, text,
want), found by reading the whole article. A `[[time]]` judged after a fix that finds a
missed one says `was_missed = true`: it takes one `[[missed]]` entry of its article whose
text it holds (or lies in) out of gold, so the file stays append-only. Each `[[time]]`
also holds the value it judged (`got`): an expression with no judgement, or whose value or
mod changed since, is listed as unjudged, so a changed stage shows up there, never as
silently different figures.

    recognition  strict P = ok / found, R = ok / gold;
                 relaxed P = (ok + partial) / found, R = (ok + partial) / gold;
                 gold = ok + partial + missed
    value        accuracy = right values / (ok + partial);
                 value F1 = 2 * right values / (found + gold)   (TempEval-3, as timex_eval.py)

    python eval/timex_news.py --seed 1 --articles 6
    python eval/timex_news.py --seed 1 --articles 6 --judge eval/data/timex_news.toml
    python eval/timex_news.py --seed 2 --articles 10 --skip detik-2 --judge ...
                                    # leave out an article read in another sample
    python eval/timex_news.py --all-seeds [SEED ...]   # every judged seed with the command
                                    # its header quotes: per-seed and summed figures
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from detik_draw import add_sample_args, detik_in_draw_order, header_seed_commands, sentence_text

from warta import analyze
from warta.sources.datasets import detik_published

REPO = Path(__file__).resolve().parents[1]
JUDGEMENTS = REPO / "eval" / "data" / "timex_news.toml"
SPANS = ("ok", "partial", "spurious")
VALUES = ("ok", "wrong", "")

Key = tuple[str, int, str]


@dataclass(frozen=True)
class Row:
    article: str
    start: int
    text: str
    type: str
    value: str
    sentence: str

    @property
    def key(self) -> Key:
        return (self.article, self.start, self.text)



def sample(seed: int, n: int, skip: frozenset[str] = frozenset()
           ) -> tuple[list[str], list[Row], dict[str, str]]:
    """The ids of `n` Detik-1k articles drawn with `seed` (a seeded shuffle of the sorted
    ids; articles without a publication date are passed over, and those in `skip` are
    drawn but left out), their time expressions, and each article's publication date."""
    taken: list[str] = []
    out: list[Row] = []
    dates: dict[str, str] = {}
    for doc_id, r in detik_in_draw_order(seed):
        if len(taken) >= n:
            break
        published = detik_published(r)
        if published is None:
            continue
        if doc_id in skip:
            n -= 1  # drawn, so the rest of the sample stays the same
            continue
        art = analyze(r["isi_berita"], title=r["judul"] or None, published=published)
        taken.append(doc_id)
        dates[doc_id] = published.isoformat(sep=" ", timespec="minutes")
        for t in art.times:
            value = t.value + (f" {t.mod}" if t.mod else "")
            out.append(Row(doc_id, t.span.start, t.span.of(art.text), t.type, value,
                           sentence_text(art, t.span.start)))
    return taken, out, dates


def load(path: Path) -> tuple[dict[Key, dict[str, str]], list[dict[str, str]]]:
    data = tomllib.loads(path.read_text("utf-8"))
    judged: dict[Key, dict[str, str]] = {}
    for n, j in enumerate(data.get("time", [])):
        if j.get("span") not in SPANS or j.get("value", "") not in VALUES:
            raise ValueError(f"{path.name} time #{n + 1}: span must be one of {SPANS}, "
                             f"value one of {VALUES}")
        if (j["span"] == "spurious") != (j.get("value", "") == ""):
            raise ValueError(f"{path.name} time #{n + 1}: a spurious span has no value "
                             "verdict, and only a spurious one")
        judged[(j["article"], int(j["start"]), j["text"])] = j
    return judged, list(data.get("missed", []))


def score(articles: Sequence[str], rows: Sequence[Row], judged: dict[Key, dict[str, str]],
          missed: Sequence[dict[str, str]]) -> tuple[Counter[str], list[Row]]:
    c: Counter[str] = Counter()
    unjudged = []
    found_missed: list[Row] = []  # found now, counted missed before (`was_missed = true`)
    for r in rows:
        j = judged.get(r.key)
        if j is None or j.get("got") != r.value:
            unjudged.append(r)
            continue
        c["found"] += 1
        c[j["span"]] += 1
        if j["span"] != "spurious" and j["value"] == "ok":
            c["right"] += 1
        if j.get("was_missed"):
            found_missed.append(r)
    keep = set(articles)
    left = [m for m in missed if m["article"] in keep]
    for r in found_missed:  # each takes one [[missed]] entry of its article out of gold
        hit = next((m for m in left if m["article"] == r.article
                    and (m["text"] in r.text or r.text in m["text"])), None)
        if hit is not None:
            left.remove(hit)
    c["missed"] = len(left)
    return c, unjudged


def figures(c: Counter[str]) -> dict[str, float]:
    found, gold = c["found"], c["ok"] + c["partial"] + c["missed"]
    matched = c["ok"] + c["partial"]

    def div(a: float, b: float) -> float:
        return a / b if b else 0.0

    def f1(p: float, r: float) -> float:
        return div(2 * p * r, p + r)

    sp, sr = div(c["ok"], found), div(c["ok"], gold)
    rp, rr = div(matched, found), div(matched, gold)
    return {"found": found, "gold": gold, "strict_p": sp, "strict_r": sr,
            "strict_f1": f1(sp, sr), "relaxed_p": rp, "relaxed_r": rr,
            "relaxed_f1": f1(rp, rr), "value_acc": div(c["right"], matched),
            "value_f1": div(2 * c["right"], found + gold)}


def print_figures(c: Counter[str], indent: str = "  ") -> None:
    f = figures(c)
    print(f"{indent}gold {f['gold']:.0f} (ok {c['ok']}, partial {c['partial']}, missed "
          f"{c['missed']}), found {f['found']:.0f} (spurious {c['spurious']})")
    print(f"{indent}recognition strict  P={f['strict_p']:.3f} R={f['strict_r']:.3f} "
          f"F1={f['strict_f1']:.3f}")
    print(f"{indent}recognition relaxed P={f['relaxed_p']:.3f} R={f['relaxed_r']:.3f} "
          f"F1={f['relaxed_f1']:.3f}")
    print(f"{indent}normalisation accuracy {f['value_acc']:.3f} ({c['right']} of "
          f"{c['ok'] + c['partial']}), value F1 {f['value_f1']:.3f}")


def all_seeds(path: Path, seeds: Sequence[int], quiet: bool) -> int:
    """Every judged seed (or those of `seeds`) with the command its header quotes:
    per-seed and summed figures, and the unjudged expressions (all unless `quiet`)."""
    commands = header_seed_commands(path)
    judged, missed = load(path)
    one = argparse.ArgumentParser()
    add_sample_args(one, 1, 6, "", "")
    total: Counter[str] = Counter()
    unjudged_n = 0
    for seed in sorted(seeds or commands):
        args = one.parse_args(commands[seed])
        articles, rows, _ = sample(args.seed, args.articles, frozenset(args.skip))
        c, unjudged = score(articles, rows, judged, missed)
        print(f"seed {seed}: {len(articles)} articles, {len(rows)} found, "
              f"{len(unjudged)} unjudged")
        print_figures(c, "    ")
        total += c
        unjudged_n += len(unjudged)
        if not quiet:
            for r in unjudged:
                print(f"  == {r.article} @{r.start} {r.text!r}: {r.type} {r.value}  "
                      f"UNJUDGED\n    {r.sentence}")
    print(f"\nsummed over seeds {min(seeds or commands)}-{max(seeds or commands)}:")
    print_figures(total)
    print(f"unjudged expressions: {unjudged_n}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_sample_args(ap, 1, 6, "detik-2", "read in another sample")
    ap.add_argument("--all-seeds", nargs="*", type=int, metavar="SEED",
                    help="every judged seed (or these), each with its header's command, "
                         "judged in --judge (default eval/data/timex_news.toml)")
    args = ap.parse_args(argv)
    if args.all_seeds is not None:
        return all_seeds(args.judge or JUDGEMENTS,
                         args.all_seeds, args.quiet)
    articles, rows, dates = sample(args.seed, args.articles, frozenset(args.skip))
    judged, missed = load(args.judge) if args.judge else ({}, [])
    if not args.quiet:
        cur = None
        for r in rows:
            if r.article != cur:
                cur = r.article
                print(f"\n== {cur} (published {dates[cur]})")
            j = judged.get(r.key)
            mark = "" if j is not None and j.get("got") == r.value else "  UNJUDGED"
            print(f"@{r.start} {r.text!r}: {r.type} {r.value}{mark}\n    {r.sentence}")
    print(f"\nsample: seed {args.seed}, {len(articles)} Detik-1k articles "
          f"({', '.join(articles)}), {len(rows)} time expressions found")
    if args.judge:
        c, unjudged = score(articles, rows, judged, missed)
        print_figures(c)
        print(f"unjudged expressions: {len(unjudged)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
