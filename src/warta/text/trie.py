"""A word list as one regex that tries a single branch per letter.

`(?:w1|w2|...)` makes re try every alternative at each position it searches from, so a
long list costs its length in every word of the text. The same strings as a trie
(`men(?:gatakan|jelaskan|...)`) try one branch per letter. It matches the same strings;
where one word is a prefix of another it may pick another one of them first, so it is
for tests of whether a list word stands somewhere (`search` is not None), not for
reading which word a match is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

_Node = dict[str, "_Node"]  # a letter -> the subtree after it; "" -> {} ends a word


def trie_pattern(words: Iterable[str], space: str | None = None) -> str:
    """Regex source matching exactly the strings of `words` (each one literally; with
    `space`, a " " in a word as that regex source instead, as a whitespace run).

    >>> trie_pattern(["mengatakan", "menjelaskan", "ujar"])
    '(?:men(?:gatakan|jelaskan)|ujar)'
    """
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _source(root, space) if root else "(?!)"  # an empty list matches nothing


def _source(node: _Node, space: str | None = None) -> str:
    def lit(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    alts: list[str] = []
    for ch in sorted(k for k in node if k):
        # A run of single-child letters is one literal: "gatakan", not g(?:a(?:t...
        run, child = lit(ch), node[ch]
        while len(child) == 1 and "" not in child:
            (nxt, child), = child.items()
            run += lit(nxt)
        alts.append(run + _source(child, space) if child else run)
    if "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
