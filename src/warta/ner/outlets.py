"""News outlets the tagger misses: names written as a web domain ("boldsky.com",
"merdeka.com"), the sections of outlets whose masthead is lower case ("detikNews",
"detikJabar": the outlet's stem, then the section), and outlet names glued to the word
before them ("TikTokdetikcom", "DilansirAljazeera"). Each is an organisation.

The outlets with a lower-case masthead come from the site list (`sites.toml`: "detikcom" at
detik.com gives the stem "detik") and from `lower_case_orgs`; the verbs that cite a source
from `source_cues` (entities.toml). `outlet_mentions` is the one entry point.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING

from ..lang.id import load
from ..lang.schema import EntitiesData, SitesData
from ..text.regex_cache import compile_cached

if TYPE_CHECKING:
    from .resolve import Mention

# A web domain's ending, then no more of an address ("/", "@", a further label): the
# name before it, one label with no dot ("apbd.jakarta.go.id" is a page, "20.detik.com" the
# tagger's own), is an outlet.
DOMAIN_ENDINGS = ("co.id", "com", "net", "org", "id", "co", "tv")
_TLD = re.compile(rf"\.(?:{'|'.join(map(re.escape, DOMAIN_ENDINGS))})(?![\w/@-]|\.[A-Za-z])")
_LABEL_BEFORE = re.compile(r"(?<![\w./@:-])[A-Za-z][A-Za-z0-9-]*$")
# A label between an address's slashes, spaced out by the tokeniser ("src=\"https://cdns.
# klimg.com / bola.net / library / upload …"): a path's part of a leaked image address, no
# outlet named (who 290; ent29).
_SLASH_BEFORE = re.compile(r"/\s*$")
_SLASH_AFTER = re.compile(r"\s*/")
# "kumparan ( kumparan.com )", "kumparan , ( kumparan.com )": the name again.
_REPEATED = re.compile(r"([^\s,]+)[\s,]*\(\s*$")


@cache
def _stems() -> tuple[str, ...]:
    """The first label of the domains of outlets whose name is written in lower case
    ("detik" of detikcom at detik.com): their sections are that stem and a capitalised
    word ("detikNews")."""
    sites = load("sites", SitesData).sites.values()
    return tuple(sorted({d.split(".")[0] for s in sites if s.name[:1].islower()
                         for d in s.domains}, key=len, reverse=True))


@cache
def _outlet_word() -> re.Pattern[str] | None:
    """A lower-case outlet's section ("detikNews"), or a lower-case outlet's whole name
    glued to the word before it ("TikTokdetikcom"; standing alone it is
    `resolve._lower_case_orgs`'), ending a word."""
    stems = "|".join(map(re.escape, _stems()))
    names = "|".join(map(re.escape, sorted(load("entities", EntitiesData).lower_case_orgs,
                                           key=len, reverse=True)))
    parts = [p for p in (stems and rf"(?:{stems})[A-Z][A-Za-z]+",
                         names and rf"(?<=[A-Za-z])(?:{names})") if p]
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w/]|\.\w)")


@cache
def _cues() -> frozenset[str]:
    return frozenset(c.lower() for c in load("entities", EntitiesData).source_cues)


@cache
def _glued_cue() -> re.Pattern[str]:
    """A verb citing a source glued to the outlet after it ("DilansirAljazeera")."""
    return compile_cached(rf"(?i:{'|'.join(map(re.escape, sorted(_cues())))})(?=[A-Z])")


def outlet_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names an outlet by a domain or a lower-case outlet's section or glued
    name, in order."""
    out: list[tuple[int, int]] = []
    for t in _TLD.finditer(text):
        label = _LABEL_BEFORE.search(text, max(0, t.start() - 40), t.start())
        if label is None or (_SLASH_AFTER.match(text, t.end()) and _SLASH_BEFORE.search(
                text, max(0, label.start() - 4), label.start())):
            continue
        again = _REPEATED.search(text, max(0, label.start() - 40), label.start())
        if again is None or again.group(1).lower() != label.group().lower():
            out.append((label.start(), t.end()))
    word = _outlet_word()
    if word is not None:
        # Whether a domain's span holds a word: the furthest end among the domains
        # opening at or before it tells (a scan of every domain for every section word
        # cost their product on a long text).
        spans = sorted(out)
        opens = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))
        out += [f.span() for f in _words_at(word, text)
                if not _inside(opens, reach, f.start()) and not _show(text, f.start())
                and text[f.start() - 1: f.start()] not in _ADDRESS_MARKS]
    return sorted(out)


def _inside(opens: Sequence[int], reach: Sequence[int], s: int) -> bool:
    """Whether some span [a, b) holds `s`, given the spans' starts in order (`opens`) and
    the furthest end of the spans up to each (`reach`)."""
    k = bisect_right(opens, s)
    return k > 0 and reach[k - 1] > s


_ADDRESS_MARKS = ("/", ".", "@")  # "detik.com/detikNews", "@detikNews": an address's part
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@cache
def _work_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).work_heads)


def _show(text: str, s: int) -> bool:
    """Whether a work's noun stands right before `s`: "program detikPagi" is the outlet's
    show, no outlet (as a film's or a song's title is no entity)."""
    w = _WORD_BEFORE.search(text, max(0, s - 20), s)
    return w is not None and w.group(1).lower() in _work_heads()


@cache
def _word_keys() -> tuple[str, ...]:
    """What every match of `_outlet_word` opens with: a stem or a glued name."""
    return tuple({*_stems(), *load("entities", EntitiesData).lower_case_orgs})


def _words_at(word: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of `word` in `text`: `str.find` goes to where a key stands (a scan
    of the pattern tries it at every character, many times slower), the pattern is
    tried there."""
    out: dict[int, re.Match[str]] = {}
    for key in _word_keys():
        s = text.find(key)
        while s >= 0:
            if s not in out and (f := word.match(text, s)) is not None:
                out[s] = f
            s = text.find(key, s + 1)
    return [out[s] for s in sorted(out)]


# A cut mention's edges: marks, spaces and lower-case words ("dengan" of "GoToMalls.com
# dengan PayPro") belong to no name.
_LOOSE_HEAD = re.compile(r"(?:[^\w]+|[a-z]\w*(?!\w))+")
_LOOSE_TAIL = re.compile(r"(?:[^\w]+|(?<!\w)[a-z]\w*)+$")


def _piece(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The part of a cut mention between `a` and `b`, less loose edges, where it still
    reads as a name (a capitalised word) and is no verb citing a source."""
    head = _LOOSE_HEAD.match(text, a, b)
    a = head.end() if head else a
    tail = _LOOSE_TAIL.search(text, a, b)
    b = tail.start() if tail else b
    if b - a < 2 or not text[a].isupper() or text[a:b].lower() in _cues():
        return None
    return a, b


def outlet_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` with the outlets of `outlet_spans` as organisations: a mention that is
    the outlet or part of it gives way to it; one that runs past it keeps the rest as a
    name of its own kind ("TikTok" of "TikTokdetikcom"). A verb citing a source is cut
    off the outlet it is glued to."""
    from .resolve import Mention  # resolve calls this module: imported when it runs

    out: list[Mention] = []
    for m in mentions:
        cue = _glued_cue().match(m.surface)
        if cue is None or m.surface != text[m.start:m.end]:
            out.append(m)
            continue
        s = m.start + cue.end()
        out.append(Mention(s, m.end, "ORG", text[s:m.end], blind=m.blind))
    # The mentions stay in order of start (as the sort the first outlet makes leaves
    # them), so those an outlet overlaps are found by bisection among the starts within
    # the longest mention's length before it: a scan of every mention for every outlet
    # made a long article's outlets (one a paragraph) cost the square of its length.
    ordered = all(p.start <= m.start for p, m in zip(out, out[1:], strict=False))
    starts = [m.start for m in out]
    longest = max((m.end - m.start for m in out), default=0)
    for a, b in outlet_spans(text):
        lo, hi = (bisect_right(starts, a - longest), bisect_left(starts, b)) if ordered \
            else (0, len(out))
        hit = [m for m in out[lo:hi] if m.start < b and a < m.end]
        if len(hit) == 1 and (hit[0].start, hit[0].end) == (a, b):
            hit[0].kind, hit[0].place = "ORG", None
            continue
        new: list[Mention] = []
        for m in hit:
            for p in (_piece(text, m.start, a), _piece(text, b, m.end)):
                if p is not None:
                    new.append(Mention(*p, m.kind, text[p[0]:p[1]], blind=m.blind))
        new.append(Mention(a, b, "ORG", text[a:b]))
        longest = max(longest, b - a)
        if not ordered:
            kept = [m for m in out if not (m.start < b and a < m.end)]
            out = sorted(kept + new, key=lambda m: m.start)
            starts, ordered = [m.start for m in out], True
            continue
        # What a stable sort of (the rest, then the new ones) gives: each new mention goes
        # after every mention starting where it starts or before.
        rest = [m for m in out[lo:hi] if not (m.start < b and a < m.end)]
        out[lo:hi], starts[lo:hi] = rest, [m.start for m in rest]
        for m in sorted(new, key=lambda m: m.start):
            i = bisect_right(starts, m.start)
            out.insert(i, m)
            starts.insert(i, m.start)
    return out


# A story's closing credit: one to three capitalised words in round or square brackets as
# the text's last words ("... katanya . ( Antara )", "[ Antara ]", "( Yendhi )").
_CREDIT = re.compile(r"[(\[]\s*([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*[)\]]\s*$")


@cache
def _agencies() -> frozenset[str]:
    """News agencies and the outlets of sites.toml, by their names' first words and their
    domains' first labels, case-blind: what a closing credit names as an organisation."""
    sites = load("sites", SitesData).sites.values()
    names = {s.name.split()[0].split(".")[0] for s in sites if s.name}
    labels = {d.split(".")[0] for s in sites for d in s.domains}
    return frozenset(n.casefold() for n in (*load("entities", EntitiesData).news_agencies,
                                            *names, *labels))


def credit_mentions(text: str, mentions: Sequence[Mention],
                    lexicon: Mapping[str, str]) -> list[Mention]:
    """`mentions` with the story's closing credit: a news agency or outlet credited is an
    organisation ("( Antara )"), another name there, none of whose words the lexicon
    knows as a common word, the writer, a person ("( Yendhi )"); an all-capital code no
    agency list knows (a writer's initials, "( DAN )") and a common word ("( Bersambung
    )") are left. A mention the tagger made there gives way."""
    from .resolve import Mention  # resolve calls this module: imported when it runs

    hit = _CREDIT.search(text, max(0, len(text) - 80))
    if hit is None:
        return list(mentions)
    a, b = hit.span(1)
    name = hit.group(1)
    words = name.split()
    if "." in name:
        return list(mentions)  # "( Health.com )": a domain, read by `outlet_spans`
    if name.casefold() in _agencies():
        kind = "ORG"
    elif name.isupper() or any(w.casefold() in lexicon for w in words):
        return list(mentions)
    else:
        kind = "PERSON"
    kept = [m for m in mentions if not (m.start < b and a < m.end)]
    return [*kept, Mention(a, b, kind, name)]

