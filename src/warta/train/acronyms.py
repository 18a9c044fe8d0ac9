"""Acronyms defined in brackets in unlabelled Indonesian news, as NER features.

"Komisi Pemberantasan Korupsi (KPK)": a capitalised word in brackets whose letters come,
in order, from the end of the capitalised run before it (two words or more, the first
word's initial first; the shortest such end) is an acronym of those words. Over IndoSum
(all five dev folds, CC BY-SA) this finds some 800 ("KPK", "BPS", "Kemenkeu", "PDIP").
Per acronym the file keeps its commonest expansion's first word ("komisi", "partai",
"kementerian") and which DBpedia name lists hold that expansion whole (P, O, L; see
`warta.ner.names`).
`python -m warta.train.acronyms OUT.tsv` writes: acronym (lower case) TAB head TAB
lists TAB count.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["acronym_table", "find_acronyms", "parse_acronyms", "spells", "write_acronyms"]

from ..ner.features import parse_acronyms
from ..ner.names import NameLists, load_names

# Lower-case words that may sit inside an expanded name ("Badan Pengawas Obat dan
# Makanan"); they give no letter of their own to the acronym test but keep the run going.
_LINKS = frozenset({"dan", "dari", "untuk", "pada", "di", "&", "of", "the", "and"})


def spells(acronym: str, words: Sequence[str]) -> bool:
    """`acronym`'s letters, in order, from `words` joined, the first from the first
    word's initial ("KPK" from "Komisi Pemberantasan Korupsi", "Kemenkeu" from
    "Kementerian Keuangan")."""
    a = acronym.lower()
    joined = "".join(w.lower() for w in words)
    if not joined or a[0] != joined[0]:
        return False
    k = 0
    for c in a:
        k = joined.find(c, k)
        if k < 0:
            return False
        k += 1
    return True


def find_acronyms(sentences: Iterable[Sequence[str]]
                  ) -> dict[str, Counter[tuple[str, ...]]]:
    """Acronym (as written) -> counts of the expansions it was found with."""
    out: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    for s in sentences:
        for i in range(1, len(s) - 2):
            if s[i] != "(" or s[i + 2] != ")":
                continue
            acr = s[i + 1]
            if not (2 <= len(acr) <= 12 and acr[0].isupper() and acr.isalpha()):
                continue
            j = i
            while j > 0 and (s[j - 1][:1].isupper() or s[j - 1].lower() in _LINKS):
                j -= 1
            words = list(s[j:i])
            while words and not words[0][:1].isupper():
                words.pop(0)
            # The shortest expansion that spells it: "Kata [Komisi ...] (KPK)".
            for st in range(len(words) - 2, -1, -1):
                if words[st][:1].isupper() and spells(acr, words[st:]):
                    out[acr][tuple(w.lower() for w in words[st:])] += 1
                    break
    return out


def acronym_table(sentences: Iterable[Sequence[str]], names: NameLists | None = None
                  ) -> dict[str, tuple[str, str, int]]:
    """Lower-case acronym -> (head word, name lists of the expansion, count)."""
    names = names or load_names()
    table: dict[str, tuple[str, str, int]] = {}
    merged: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    for acr, exps in find_acronyms(sentences).items():
        merged[acr.lower()].update(exps)
    for low, exps in sorted(merged.items()):
        exp, _ = max(exps.items(), key=lambda kv: (kv[1], kv[0]))
        table[low] = (exp[0], names.phrases.get(" ".join(exp), ""), sum(exps.values()))
    return table


def write_acronyms(path: Path | None = None,
                   sentences: Iterable[Sequence[str]] | None = None) -> Path:
    """The acronym table of `sentences` (default: IndoSum) as TSV (default: the shipped
    `warta/models/acronyms.tsv`)."""
    from .clusters import indosum_sentences

    path = path or Path(__file__).resolve().parents[1] / "models" / "acronyms.tsv"
    table = acronym_table(indosum_sentences() if sentences is None else sentences)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for low, (head, lists, n) in table.items():
            fh.write(f"{low}\t{head}\t{lists}\t{n}\n")
    return path


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        sys.exit("usage: python -m warta.train.acronyms OUT.tsv")
    print(write_acronyms(Path(sys.argv[1])))
