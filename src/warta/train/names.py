"""Build `models/names.json.gz` (NER name-list features) from the DBpedia name lists.

Source: ../shared/data/gazetteers/dbpedia-id-mdee ("MDEE_Gazetteer", Alfina et al. 2017,
from Indonesian DBpedia, CC BY-SA 3.0): organization.txt, person.txt, place.txt, one name a
line, Latin-1 with CRLF. The shipped file is derived from DBpedia data and carries its
ShareAlike terms (MODEL_CARD.md says so).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..ner.gazetteer import phrase_key
from ..ner.names import MAX_PHRASE, pack
from .data import shared_data

MODELS = Path(__file__).resolve().parents[1] / "models"
LISTS = {"P": "person.txt", "O": "organization.txt", "L": "place.txt"}
# A word must help build this many names of a list before it carries that list's flag.
MIN_WORD_COUNT = 2


def read_list(name: str) -> list[str]:
    path = shared_data() / "gazetteers" / "dbpedia-id-mdee" / name
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: put shared/ beside the repo or set "
                                "WARTA_SHARED")
    return [line.strip() for line in path.read_text("latin-1").splitlines() if line.strip()]


def build_names(stop: set[str] | None = None) -> dict[str, Any]:
    """Phrase and word flags (see `warta.ner.names`); `stop` words never count as a
    single-word name (common words the lists hold as names: "Bintang", "Merdeka")."""
    stop = stop or set()
    phrases: dict[str, set[str]] = defaultdict(set)
    inner: dict[str, Counter[str]] = defaultdict(Counter)
    whole: dict[str, set[str]] = defaultdict(set)
    for letter, fname in LISTS.items():
        for name in read_list(fname):
            key = phrase_key(name)
            parts = key.split(" ")
            if not key or len(parts) > MAX_PHRASE:
                continue
            if len(parts) == 1:
                if len(key) > 1 and key.isalpha() and key not in stop:
                    whole[key].add(letter)
                continue
            phrases[key].add(letter)
            for p in set(parts):
                if p.isalpha():
                    inner[p][letter.lower()] += 1
    words: dict[str, str] = {}
    for w in sorted(set(inner) | set(whole)):
        flags = "".join(sorted(whole.get(w, set())))
        flags += "".join(sorted(c for c, n in inner[w].items() if n >= MIN_WORD_COUNT))
        if flags:
            words[w] = flags
    return {"version": 1,
            "phrases": {k: "".join(sorted(v)) for k, v in sorted(phrases.items())},
            "words": words}


def write_names(path: Path | None = None) -> Path:
    from .gazetteer import common_words

    path = path or MODELS / "names.json.gz"
    # Packed: loading it is a few string splits (see warta.ner.names).
    data = json.dumps(pack(build_names(common_words())), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    # mtime 0: the same input gives the same bytes.
    path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    return path
