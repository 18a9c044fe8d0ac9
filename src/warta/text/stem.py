"""Indonesian affix stripping for search: one word to the stems it may stand for.

Tantivy and PostgreSQL's 'simple' configuration have no Indonesian stemmer, so the search
index keeps, beside the exact words, a field of stems made here ("kebanjiran" and
"dibanjiri" both give "banjir"). The rules are data (`lang/id/affixes.toml`), after
Nazief and Adriani's order (particle, possessive, derivational suffix, up to two
prefixes) but with no dictionary: a nasal prefix that hides the root's first letter gives
every reading ("mengirim": "irim" and "kirim"), and the query side ORs them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lang.affixes import AffixesData, AffixPrefix
from ..lang.id import load
from ..record import fold

# What tantivy's simple tokenizer calls a token: a run of letters and digits.
WORD = re.compile(r"[^\W_]+")


@cache
def _rules() -> AffixesData:
    rules: AffixesData = load("affixes", AffixesData)
    return rules


def words(text: str) -> list[str]:
    """The folded tokens of `text`, as the index's exact fields see them."""
    return WORD.findall(fold(text))


def _strip_end(word: str, endings: tuple[str, ...], keep: int) -> str:
    for end in endings:
        if word.endswith(end) and len(word) - len(end) >= keep:
            return word[: -len(end)]
    return word


def _prefixes(word: str, rules: AffixesData, depth: int) -> list[tuple[str, str | None]]:
    """(rest, first prefix family) for every way of stripping up to `depth` prefixes."""
    if depth == 0:
        return [(word, None)]
    for p in rules.prefixes:
        rest = word[len(p.form):]
        if not word.startswith(p.form) or not rest or (p.before and rest[0] not in p.before):
            continue
        out = _readings(p, rest, rules, depth)
        if out:
            return out
    return [(word, None)]


def _readings(p: AffixPrefix, rest: str, rules: AffixesData,
              depth: int) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for root in p.roots:
        stem = root + rest
        if len(stem) < rules.min_root:
            continue
        if p.last:
            out.append((stem, p.family))
        else:
            out += [(deeper, p.family) for deeper, _ in _prefixes(stem, rules, depth - 1)]
    return out


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """The stems of one folded word (itself when no rule applies), in a stable order."""
    rules = _rules()
    if len(word) <= rules.min_root or not word.isalpha():
        return (word,)
    base = _strip_end(word, rules.particles, rules.min_root)
    base = _strip_end(base, rules.possessives, rules.min_root)
    readings = _prefixes(base, rules, rules.max_prefixes)
    if base != word:
        readings += _prefixes(word, rules, rules.max_prefixes)
    out: list[str] = []
    for rest, family in readings:
        banned = rules.disallowed.get(family or "", ())
        keep = rules.min_stem if family else rules.min_root
        stem = rest
        for end in rules.suffixes:
            if (rest.endswith(end) and len(rest) - len(end) >= keep and end not in banned
                    and (family or end not in rules.needs_prefix)):
                stem = rest[: -len(end)]
                break
        if stem not in out:
            out.append(stem)
    return tuple(out)


def stem_text(text: str) -> str:
    """`text` as space-separated stems (every reading of each word), for the stem field."""
    return " ".join(s for w in words(text) for s in stems(w))
