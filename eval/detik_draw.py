"""The Detik-1k (and IndoSum) draw and command line shared by the hand-judged news samples
(`timex_news.py`, `numbers_measure.py`): articles in a seeded shuffle of their sorted ids,
the sentence an item sits in, and the sample options."""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warta.record import Article
from warta.sources.datasets import detik_published
from warta.train.summary import load_indosum, raw_text
from warta.train.themes import load_detik

CORPORA = ("detik", "indosum")


@dataclass(frozen=True)
class Drawn:
    """One drawn article as the pipeline takes it (IndoSum gives no title nor date)."""
    text: str
    title: str | None = None
    published: datetime | None = None


def detik_in_draw_order(seed: int) -> list[tuple[str, dict[str, str]]]:
    """Every Detik-1k row as ("detik-<id>", row), in the order `seed` draws them."""
    rows = {f"detik-{r['id']}": r for r in load_detik()}
    ids = sorted(rows)
    random.Random(seed).shuffle(ids)
    return [(i, rows[i]) for i in ids]


def in_draw_order(seed: int, corpus: str = "detik") -> list[tuple[str, Drawn]]:
    """Every article of `corpus` ("detik": "detik-<id>" keys; "indosum": IndoSum dev's
    own ids) as (id, article), in the order `seed` draws them. IndoSum is there because
    the numbers sample spent Detik-1k's articles that hold an amount."""
    if corpus == "detik":
        return [(i, Drawn(r["isi_berita"], r["judul"] or None, detik_published(r)))
                for i, r in detik_in_draw_order(seed)]
    if corpus != "indosum":
        raise ValueError(f"corpus must be one of {CORPORA}, not {corpus!r}")
    docs = {d["id"]: d for d in load_indosum()}
    ids = sorted(docs)
    random.Random(seed).shuffle(ids)
    return [(i, Drawn(raw_text(docs[i]))) for i in ids]


def sentence_text(art: Article, pos: int) -> str:
    """The sentence holding `pos`, on one line ("" when none does)."""
    sent = next((s for s in art.sentences if s.start <= pos < s.end), None)
    return " ".join(sent.of(art.text).split()) if sent else ""


def add_sample_args(ap: argparse.ArgumentParser, seed: int, articles: int,
                    skip_example: str, skip_why: str) -> None:
    """--seed, --articles, --judge, --quiet and --skip, as every sample takes them."""
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--articles", type=int, default=articles)
    ap.add_argument("--judge", type=Path, help="TOML of hand judgements")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ap.add_argument("--skip", nargs="*", default=[], metavar="ARTICLE",
                    help=f"article ids to leave out, e.g. {skip_example} ({skip_why})")


def header_seed_commands(path: Path) -> dict[int, list[str]]:
    """Each judged seed's command line as the judgement file's header quotes it
    (`--seed 8 --articles 8`, possibly broken over comment lines), by seed."""
    header = " ".join(line[1:] for line in path.read_text("utf-8").splitlines()
                      if line.startswith("#"))
    header = re.sub(r"\s+", " ", header)
    out: dict[int, list[str]] = {}
    for m in re.finditer(r"`(--seed (\d+)[^`]*)`", header):
        out.setdefault(int(m.group(2)), m.group(1).split())
    return dict(sorted(out.items()))
