"""Readers for the shared NER and POS gold sets, with label maps onto warta's kinds.

Every set is CoNLL-like: one token a line, columns split by tabs or spaces, a blank line
between sentences. Paths resolve to `../shared/data` beside the repository, or to
`$WARTA_SHARED/data`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def shared_data() -> Path:
    """The shared data folder (`$WARTA_SHARED/data`, else `../shared/data`)."""
    base = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
    return base / "data"


@dataclass(frozen=True, slots=True)
class Tagged:
    """One sentence: tokens and one tag per token (BIO for NER)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


# Each NER set's types mapped onto warta kinds; a type mapped to None becomes O.
KIND_MAPS: dict[str, dict[str, str | None]] = {
    "nergrit": {"PERSON": "PERSON", "PLACE": "PLACE", "ORGANISATION": "ORG"},
    "nerugm": {"PERSON": "PERSON", "LOCATION": "PLACE", "ORGANIZATION": "ORG",
               "TIME": None, "QUANTITY": None},
    "idner": {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"},
    "nerp": {"PPL": "PERSON", "PLC": "PLACE", "IND": "ORG", "EVT": "EVENT", "FNB": None},
}


def read_conll(path: Path, *, tag_col: int = -1) -> list[Tagged]:
    """Sentences of a token-per-line file; the first column is the token."""
    out: list[Tagged] = []
    toks: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if not line.strip():
                if toks:
                    out.append(Tagged(tuple(toks), tuple(tags)))
                    toks, tags = [], []
                continue
            if len(cols) < 2 or not cols[0]:
                continue
            toks.append(cols[0])
            tags.append(cols[tag_col].strip())
    if toks:
        out.append(Tagged(tuple(toks), tuple(tags)))
    return out


def map_kinds(sents: list[Tagged], kind_map: Mapping[str, str | None]) -> list[Tagged]:
    """Rename BIO types with `kind_map`; unmapped or None types become O."""
    out = []
    for s in sents:
        tags = []
        for t in s.tags:
            if t == "O" or "-" not in t:
                tags.append("O")
                continue
            prefix, kind = t.split("-", 1)
            new = kind_map.get(kind)
            tags.append(f"{prefix}-{new}" if new else "O")
        out.append(Tagged(s.tokens, tuple(tags)))
    return out


def ner_split(name: str, split: str, *, fold: int = 1, mapped: bool = False) -> list[Tagged]:
    """One split of a NER set. `split` is train/dev/test; NER-UGM takes `fold` 1..5."""
    ner = shared_data() / "ner"
    files = {
        "nergrit": ner / "nergrit" / f"{ {'dev': 'valid'}.get(split, split)}_preprocess.txt",
        "nerp": ner / "nerp" / f"{ {'dev': 'valid'}.get(split, split)}_preprocess.txt",
        "idner": ner / "idner-news-2k" / f"{split}.txt",
        "nerugm": ner / "nerugm" / f"{split}.0{fold}.tsv",
    }
    if name not in files:
        raise ValueError(f"unknown NER set '{name}': choose one of {sorted(files)}")
    path = files[name].with_name(files[name].name.replace(" ", ""))
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: put shared/ beside the repo or set "
                                "WARTA_SHARED")
    sents = [s for s in read_conll(path) if s.tokens]
    return map_kinds(sents, KIND_MAPS[name]) if mapped else _clean_bio(sents)


# Luthfi et al. (2014) Wikipedia gold (`ner/alfina-wiki`), IO tags: a type per token.
ALFINA_KINDS = {"Person": "PERSON", "Place": "PLACE", "Organisation": "ORG"}


def io_to_bio(tags: Sequence[str]) -> tuple[str, ...]:
    """IO tags (a kind or O per token) as BIO: each maximal run of one kind is one
    entity, the only reading IO allows (two names side by side of one kind are one)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        out.append("O" if t == "O" else ("I-" if t == prev else "B-") + t)
        prev = t
    return tuple(out)


def bio_to_io_runs(tags: Sequence[str]) -> tuple[str, ...]:
    """BIO tags read as IO then back (`io_to_bio`): a tagger's output scored against IO
    gold, where entities of one kind side by side cannot be told apart."""
    return io_to_bio([t.partition("-")[2] if "-" in t else "O" for t in tags])


def alfina_wiki() -> list[Tagged]:
    """The Luthfi et al. (2014) gold of `ner/alfina-wiki` (Wikipedia, 14.4k tokens;
    measure only), kinds mapped to PERSON, PLACE, ORG and IO tags made BIO
    (`io_to_bio`). Sentences: the file's blank lines, and a cut after every "." token
    (the file has only 99 blank lines)."""
    path = shared_data() / "ner" / "alfina-wiki" / "goldstandard-0811.txt"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: put shared/ beside the repo or set "
                                "WARTA_SHARED")
    out: list[Tagged] = []
    for doc in read_conll(path, tag_col=1):
        start = 0
        for i, tok in enumerate(doc.tokens):
            if tok == "." or i == len(doc.tokens) - 1:
                kinds = [ALFINA_KINDS.get(t, "O") for t in doc.tags[start : i + 1]]
                out.append(Tagged(doc.tokens[start : i + 1], io_to_bio(kinds)))
                start = i + 1
    return out


def _clean_bio(sents: list[Tagged]) -> list[Tagged]:
    return [Tagged(s.tokens, tuple(t if "-" in t else "O" for t in s.tags)) for s in sents]


def kumparan_pos() -> list[Tagged]:
    """The kumparan POS corpus (16 tags incl. NNP), upper-cased tags."""
    path = shared_data() / "pos" / "kumparan-nlpid" / "dataset_postag.txt"
    return [Tagged(s.tokens, tuple(t.upper() for t in s.tags)) for s in read_conll(path)]


def posp(split: str) -> list[Tagged]:
    """POSP (IndoNLU) with its own tagset, the B- prefix removed."""
    name = {"dev": "valid"}.get(split, split)
    path = shared_data() / "pos" / "posp" / f"{name}_preprocess.txt"
    return [Tagged(s.tokens, tuple(t.removeprefix("B-") for t in s.tags))
            for s in read_conll(path)]
