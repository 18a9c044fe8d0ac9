"""coref: titles, epithets, acronyms and aliases become mentions of their entity.

Runs after `entities`, before `quotes` and `events`, so that what it links can carry
quotes and event roles. Within one article:

- a short form defined in brackets ("Kementerian Keuangan (Kemenkeu)", "Teco, sapaan
  Stefano Cugurra", "Ismail Marzuki alias Mail Syahputra") is the same entity, and so are
  its later bare uses;
- a single given-name short form ("Sandi") is the one person whose name word it opens
  ("Sandiaga Uno");
- a bare title ("Menkeu", "Presiden", "Kapolri", "Menteri Keuangan RI") or an office
  epithet ("bendahara negara itu") is the person the article gives that role, else the
  holder on the publication date in `lang/id/offices.toml`; a descriptive epithet
  ("pelatih asal Brasil itu") is the one person whose role opens with its head word;
  organisation epithets ("lembaga antirasuah itu") are that organisation when named;
- ranks leave roles ("Kapolri Jenderal": role Kapolri, rank Jenderal), and a person's
  country is read where the text ties it ("Caroline Wozniacki asal Denmark",
  "Roger Federer (Swiss)").

The logic is `link_mentions`, a pure function of text, sentences, entities and date.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from operator import itemgetter
from typing import TypeVar

from ..lang.id import WordSet, load
from ..lang.id.kinship import kin_nouns, word_alternation
from ..lang.schema import (
    AliasesData,
    CorefData,
    EntitiesData,
    KindsData,
    OfficesData,
    QuotesData,
    RolesData,
)
from ..ner.dateline import free_id, unmentioned_after
from ..ner.features import load_lexicon
from ..ner.gazetteer import load_gazetteer
from ..ner.kinds import kind_rules, vehicle_head
from ..ner.names import load_names
from ..ner.roles import (
    agent_apposition,
    cued_to_name_before,
    head_at,
    is_month,
    is_org_word,
    is_prefix,
    is_role_word,
    lower_head_before,
    role_before,
    role_words,
    unknown_noun,
    without_prefix,
)
from ..pipeline import Stage, with_layers
from ..record import Article, Entity, EntityKind, Span, entity_id
from ..text.regex_cache import compile_cached
from ..text.scan import CueWords, finditer_not_after, may_hold
from ..text.spans import SpanIndex, SpanSet, ordered

__all__ = ["CorefStage", "holder_on", "link_mentions"]

_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*\.?|[^\w\s]")
# (patterns the functions below match per call, compiled once: speed12)
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_NEXT_WORD = re.compile(r"\s*,?\s*([\w'’]+)")
_LAST_WORD = re.compile(r"([\w'’]+)\W*$")
_LAST_PIECE = re.compile(r"(\S+)\s+$")
_FORMER_BEFORE = re.compile(r"(mantan|eks|bekas)\s+$")
_BRACKET_BEFORE = re.compile(r"\(\s*[^()]{1,20}?\s*\)\s*$")
_CLOSING = re.compile(r"\s*\)")
_DEMONSTRATIVE = ("itu", "tersebut", "ini")


@dataclass(slots=True)
class _Ent:
    kind: EntityKind
    name: str
    mentions: list[Span]
    country: str | None
    roles: list[str]
    rank: str | None = None
    merged: bool = False  # folded into another entity
    spans: set[tuple[int, int]] = field(default_factory=set)
    # Tells the article's index of mentions by offset of each mention added (`_Article`).
    hook: Callable[[_Ent, int, int], None] | None = field(default=None, repr=False,
                                                         compare=False)

    def add(self, s: int, e: int) -> None:
        if (s, e) not in self.spans:
            self.spans.add((s, e))
            self.mentions.append(Span(start=s, end=e))
            if self.hook is not None:
                self.hook(self, s, e)


@dataclass(frozen=True, slots=True)
class _Lex:
    data: OfficesData
    # casefolded ranks by their last word: the lengths there are (longest first), the ranks
    ranks: dict[str, tuple[tuple[int, ...], frozenset[tuple[str, ...]]]]
    alias: re.Pattern[str]
    origin: frozenset[str]
    role_heads: frozenset[str]
    place_prefixes: frozenset[str]
    appositive_heads: frozenset[str]
    org_words: frozenset[str]
    speaking_org: re.Pattern[str]
    not_names: frozenset[str]
    named_after: re.Pattern[str]
    role_prefixes: frozenset[str]
    joiner: re.Pattern[str]
    role_link: re.Pattern[str]
    appointing: frozenset[str]


@cache
def _lex() -> _Lex:
    data = load("offices", OfficesData)
    roles = load("roles", RolesData)
    base = role_words().rank_forms
    # 'Kolonel Inf': a corps after a rank is part of the rank.
    corps = {c.casefold() for c in roles.rank_corps}
    with_corps = {(*r, c) for r in base for c in corps}
    # 'Kolonel Chk (K)': a mark after the corps, written '(K)' or '( K )'.
    marks = [f for m in roles.rank_marks for f in (
        (m.casefold(),), tuple(m.casefold().replace("(", "( ").replace(")", " )").split()))]
    by_last: dict[str, set[tuple[str, ...]]] = {}
    for r in base | with_corps | {(*r, *m) for r in with_corps for m in marks}:
        if r:
            by_last.setdefault(r[-1], set()).add(r)
    ranks = {last: (tuple(sorted({len(r) for r in rs}, reverse=True)), frozenset(rs))
             for last, rs in by_last.items()}
    def alt(cues: Sequence[str]) -> str:
        return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # Group `nick` is set when the main name is the second one. The alias cues are tried
    # first, so 'sapaan akrabnya Gus Ipul' is not read as the cue 'sapaan' (nick24); a dash
    # may stand for the comma ('Eve --panggilan akrab Evelyn').
    alias = re.compile(rf"\s*(?:,|-{{1,2}}|[–—])?\s*(?:(?:{alt(roles.alias_cues)})\s+|"
                       rf"(?P<nick>{alt(roles.nickname_cues)})\s+)")
    heads = frozenset(h.casefold() for h in roles.heads)
    coref = load("coref", CorefData)
    places = frozenset(w.casefold() for w in coref.same_place_prefixes)
    ents = load("entities", EntitiesData)
    quotes = load("quotes", QuotesData)
    org_heads = sorted({*ents.org_words, *(w.capitalize() for w in
                                           quotes.speaker.organisation_heads)},
                       key=len, reverse=True)
    verbs = sorted({*quotes.indirect.verbs, *quotes.direct.before_verbs}, key=len, reverse=True)
    # '[Kantor Jaksa Agung Spanyol] menyatakan': an organisation word opening a capitalised
    # run right before a verb of saying (an adverb may stand between).
    # Searched with `finditer_not_after(speaking, _WORD_OR_HYPHEN, text)`: what the
    # pattern with `(?<![\w-])` before it finds, at a quarter of the time.
    speaking = compile_cached(
        rf"((?:{'|'.join(re.escape(w) for w in org_heads)})"
        r"(?:\s+(?:[A-Z][\w'’.-]*|dan|&))+)\s+(?:(?:juga|pun|telah|sudah|kembali)\s+)?"
        rf"(?:{'|'.join(re.escape(v) for v in verbs)})(?![\w-])")
    return _Lex(data, ranks, alias, frozenset(w.casefold() for w in roles.origin_words),
                heads, places, frozenset(w.casefold() for w in coref.appositive_heads),
                frozenset(w.casefold() for w in ents.org_words), speaking,
                frozenset(w.casefold() for w in roles.not_names),
                re.compile(r"(?<![\w-])(?:" + "|".join(
                    re.escape(w) for w in sorted(coref.named_after, key=len, reverse=True)) +
                    r")\s+(?:(?:" + "|".join(re.escape(h) for h in sorted(
                        roles.honorifics, key=len, reverse=True)) + r")\s+)*$"),
                frozenset(coref.role_prefixes),
                re.compile(rf"\s+(?:{alt(coref.nickname_joiners) or '(?!)'})\s+"),
                re.compile(r"(?:\s*\(\s*[^()]{1,20}?\s*\))?\s*,?\s*(?:" + ("|".join(
                    r"\s+".join(re.escape(w) for w in c.split())
                    for c in sorted(coref.role_links, key=len, reverse=True)) or "(?!)")
                    + r")\s+"),
                frozenset(w.casefold() for w in coref.appointing_verbs))


@cache
def _appositive_firsts() -> frozenset[str]:
    """The first word of each of coref.toml's appositive heads (as `_head_len` joins
    them: a head is matched as the casefolded words it is made of, joined by spaces)."""
    return frozenset(h.split(" ", 1)[0] for h in _lex().appositive_heads)


def _head_len(words: Sequence[str], i: int) -> int:
    """Words of the role head at `i`: roles.toml's heads, or coref.toml's appositive ones."""
    n = head_at(words, i)
    if n:
        return n
    extra = _lex().appositive_heads
    first = words[i].casefold() if i < len(words) else ""
    if first not in _appositive_firsts() and " " not in first:
        return 0  # no appositive head opens with this word (most words)
    for k in (3, 2, 1):
        if i + k <= len(words) and " ".join(words[i:i + k]).casefold() in extra:
            return k
    return 0


def holder_on(office_key: str, when: date) -> str | None:
    """Name of the holder of an office (`offices.toml` key) on `when`, None when unknown."""
    for office in _lex().data.office:
        if office.key == office_key:
            for h in office.holders:
                if h.start <= when and (h.end is None or when < h.end):
                    return h.name
    return None


# --------------------------------------------------------------------------- helpers


_NAME_WORD = re.compile(r"\w+(?:['’-]\w+)*")


# Names are compared pairwise (each person against every other), so one name's words
# were read again for every pair: kept for the few thousand names of recent articles.
@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _NAME_WORD.findall(name))


def _short_form(short: str, long: str) -> bool:
    """Whether `short` abbreviates `long`: same first letter, its letters in order inside
    `long` ("Kemenkeu" / "Kementerian Keuangan", "INDEF", "The Fed")."""
    s = [c for c in short.casefold() if c.isalnum()]
    lo = [c for c in long.casefold() if c.isalnum()]
    if not s or not lo or s[0] != lo[0] or len(s) >= len(lo) or len(long.split()) < 2:
        return False
    k = 0
    for c in lo:
        if k < len(s) and c == s[k]:
            k += 1
    return k == len(s)


def _without_initials(name: str) -> str:
    """A person's name less its leading one-letter initials: 'M Hidayat Nur Wahid' ->
    'Hidayat Nur Wahid'."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and len(words[k].rstrip(".")) == 1:
        k += 1
    return " ".join(words[k:])


def _core(name: str) -> str:
    """A name without its leading organisation word: 'PT Toyota Astra Motor' ->
    'Toyota Astra Motor' (its acronym 'TAM' leaves 'PT' out)."""
    words = name.split()
    if len(words) > 2 and words[0].casefold() in _lex().org_words:
        return " ".join(words[1:])
    return name


def _same_person(a: str, b: str) -> bool:
    """One name holds the other's words ("Sri Mulyani" / "Sri Mulyani Indrawati")."""
    wa, wb = set(_words(a)), set(_words(b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


class _Article:
    """The mutable view one call works on: entities and an index of covered characters."""

    def __init__(self, text: str, entities: Sequence[Entity]) -> None:
        self.text = text
        self.ents = [_Ent(e.kind, e.name, list(e.mentions), e.country, list(e.roles),
                          spans={(m.start, m.end) for m in e.mentions}) for e in entities]
        self.covered = bytearray(len(text) + 1)
        for e in self.ents:
            for m in e.mentions:
                self.covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        # The mentions by start, for the look-ups by offset (`at`, `inside`, `starting`,
        # `person_in`): each scanned every entity, quadratic on a long text of many
        # stories. The index only grows (`_Ent.add` tells it, `_sync` reads entities
        # appended to `ents`): a mention taken away or an entity merged stays in it, and
        # each look-up checks what it finds against the entities as they stand.
        self._order: dict[int, int] = {}  # id(entity) -> its place in `ents`
        self._by_start: dict[int, list[tuple[_Ent, int]]] = {}  # start -> (entity, end)
        self._starts: list[int] = []  # the keys of `_by_start`, sorted
        self._longest = 0  # the longest mention indexed
        self._runs: dict[str, list[int]] | None = None  # word run -> starts, `_word_hits`
        self._searched = 0  # forms looked for so far, `_word_hits`

    def _index(self, ent: _Ent, s: int, e: int) -> None:
        hits = self._by_start.get(s)
        if hits is None:
            self._by_start[s] = hits = []
            self._starts.insert(bisect_left(self._starts, s), s)
        hits.append((ent, e))
        self._longest = max(self._longest, e - s)

    def _sync(self) -> None:
        """Index the entities appended to `ents` since the last look-up (the starts sorted
        once for them all, not put in place one by one)."""
        if len(self._order) == len(self.ents):
            return
        by_start = self._by_start
        for k in range(len(self._order), len(self.ents)):
            x = self.ents[k]
            self._order[id(x)] = k
            x.hook = self._index
            for a, b in x.spans:
                by_start.setdefault(a, []).append((x, b))
                self._longest = max(self._longest, b - a)
        self._starts = sorted(by_start)

    def mentions_in(self, lo: int, hi: int) -> Iterator[tuple[_Ent, int, int]]:
        """(entity, start, end) of each live mention starting in [lo, hi], by start."""
        self._sync()
        starts = self._starts
        for i in range(bisect_left(starts, lo), bisect_right(starts, hi)):
            a = starts[i]
            for x, b in self._by_start[a]:
                if not x.merged and (a, b) in x.spans:
                    yield x, a, b

    def _first(self, ents: Iterator[_Ent]) -> _Ent | None:
        """The one of `ents` that comes first in `ents` order."""
        return min(ents, key=lambda x: self._order[id(x)], default=None)

    def live(self) -> list[_Ent]:
        return [e for e in self.ents if not e.merged]

    def free(self, s: int, e: int) -> bool:
        return not any(self.covered[s:e])

    def mark(self, ent: _Ent, s: int, e: int) -> None:
        ent.add(s, e)
        self.covered[s:e] = b"\x01" * (e - s)

    def at(self, s: int, e: int) -> _Ent | None:
        """The live entity with a mention exactly at [s, e) (the first in `ents`)."""
        return self._first(x for x, _, b in self.mentions_in(s, s) if b == e)

    def person_in(self, s: int, e: int, kinds: tuple[str, ...] = ("PERSON", "ORG")) -> bool:
        """Whether a mention of a person (or organisation) overlaps [s, e)."""
        self._sync()
        return any(a < e and s < b and x.kind in kinds
                   for x, a, b in self.mentions_in(s - self._longest, e))

    def span_set(self, kinds: tuple[str, ...]) -> SpanSet:
        """The mentions `person_in` reads, as they stand now, for a loop of look-ups."""
        return SpanSet(Span(start=a, end=b) for x in self.live() if x.kind in kinds
                       for a, b in x.spans)

    def inside(self, s: int, e: int) -> _Ent | None:
        """The one live entity with a mention inside [s, e) (None when none or several)."""
        hits = {id(x): x for x, _, b in self.mentions_in(s, e) if b <= e}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def starting(self, s: int) -> tuple[_Ent, int] | None:
        """The live entity with a mention starting at `s` (the first in `ents`), and that
        mention's end (the first such in its `spans`)."""
        x = self._first(x for x, _, _ in self.mentions_in(s, s))
        if x is not None:
            for a, b in x.spans:
                if a == s:
                    return x, b
        return None

    def last_person_at(self, s: int) -> tuple[_Ent, int] | None:
        """The live person with a mention starting at `s`, the last in `ents`, and the end
        of its last such mention in `spans` (what a dict of every person's mentions by
        start keeps)."""
        x = max((x for x, _, _ in self.mentions_in(s, s) if x.kind == "PERSON"),
                key=lambda x: self._order[id(x)], default=None)
        if x is None:
            return None
        return x, [b for a, b in x.spans if a == s][-1]

    def merge(self, keep: _Ent, gone: _Ent) -> None:
        if keep is gone:
            return
        for m in gone.mentions:
            keep.add(m.start, m.end)
        keep.roles += [r for r in gone.roles if r not in keep.roles]
        keep.country = keep.country or gone.country
        keep.rank = keep.rank or gone.rank
        gone.merged = True

    def add_occurrences(self, ent: _Ent, form: str) -> None:
        """Every free, whole-word, same-case occurrence of `form` as a mention of `ent`."""
        for s, e in self._word_hits(form):
            if self.free(s, e):
                self.mark(ent, s, e)

    def _word_hits(self, form: str) -> Iterator[tuple[int, int]]:
        """`_word_hits(self.text, form)` from an index of the text's word runs: a form
        opening with a word character opens at a run that is its own first run, so only
        those runs are tried (a search of the whole text per form was quadratic on a text
        of many stories). Other forms are searched for."""
        first = _WORD_RUN.match(form)
        self._searched += 1
        # a news article's few forms are cheaper searched for than the index is built
        if first is None or self._searched <= _SEARCHES_BEFORE_INDEX:
            yield from _word_hits(self.text, form)
            return
        if self._runs is None:
            self._runs = {}
            for r in _WORD_RUN.finditer(self.text):
                self._runs.setdefault(r.group(), []).append(r.start())
        text, n, pos = self.text, len(form), 0
        for s in self._runs.get(first.group(), ()):
            e = s + n
            if s >= pos and text.startswith(form, s) and (e == len(text) or not _is_w(text[e])):
                yield s, e
                pos = e


# --------------------------------------------------------------------------- passes


_BRACKET = re.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")


def _brackets_after(text: str, ent: _Ent) -> Iterator[tuple[Span, re.Match[str]]]:
    """Each mention of `ent`, in text order, with the bracket right after it (one walk for
    the short-form and nickname passes)."""
    for m in sorted(ent.mentions, key=lambda s: s.start):
        b = _BRACKET.match(text, m.end)
        if b is not None:
            yield m, b


def _names_another(name: str, inner: str, surface: str) -> bool:
    """Whether a person's name, one of whose mentions is a bracket's short form after
    another person's name, names someone else: it holds words neither the bracket nor that
    name has ('Raden Mas Said (Rasid)' and a later 'Rasid Dwi Putra', the bracket tagged
    as his). merge14."""
    words = set(_words(name))
    return len(words) > 1 and bool(words - set(_words(inner)) - set(_words(surface)))


def _brackets(art: _Article) -> None:
    """'Kementerian Keuangan (Kemenkeu)' and 'Kemenkeu (Kementerian Keuangan)'."""
    text = art.text
    # The entities' names, sorted, with their places in `ents`, to find the names that
    # open with a short form (each bracket read scanned every entity: quadratic on a text
    # of many stories). A name changed here is added again; a hit is checked against the
    # name as it stands.
    names: list[tuple[str, int]] = []  # made at the first bracket read (most texts have none)
    for ent in list(art.live()):
        if ent.merged or ent.kind == "PLACE" and len(ent.name.split()) < 2:
            continue
        for m, b in _brackets_after(text, ent):
            inner = b.group(1)
            if not inner[:1].isupper() or "," in inner:
                continue
            surface = m.of(text)
            other_ent = art.at(b.start(1), b.end(1))
            if _short_form(inner, surface) or _short_form(inner, _core(surface)) or (
                    ent.kind == "PERSON" and inner.isupper()
                    and _short_form(inner, _without_initials(surface))):
                # 'M Hidayat Nur Wahid (HNW)': a person's initials may leave out a leading
                # initial; the tagger may have made the short form an organisation.
                short, long_ = inner, surface
            elif _short_form(surface, inner) or _short_form(surface, _core(inner)):
                short, long_ = surface, inner
            elif ent.kind == "ORG" and other_ent is not None and other_ent.kind == "ORG" \
                    and " " not in inner and (inner.isupper() or (
                        inner[:1] == surface[:1] and len(surface.split()) > 2)):
                # 'Badan Antariksa Amerika Serikat (NASA)': an acronym of another language;
                # 'Center of Economic and Law Studies (Celios)': one that skips letters.
                short, long_ = inner, surface
            elif ent.kind == "ORG" and 2 <= len(inner) <= 8 and inner.isalpha() \
                    and inner.isupper() and len(surface.split()) > 2 \
                    and art.inside(b.start(1), b.end(1)) is None \
                    and not _tail_initials(inner, surface):
                # '… Perindustrian dan Teknologi Informasi (MIIT)', the acronym untagged: a
                # bracketed acronym right after a body's long name is its short form (not
                # when it spells the name's last words: 'Bidang … Kantor Staf Presiden
                # (KSP)' names the office the unit belongs to).
                short, long_ = inner, surface
            else:
                continue
            other = art.at(b.start(1), b.end(1)) or art.inside(b.start(1), b.end(1))
            target = ent
            if other is not None and not other.merged and other is not ent:
                if {other.kind, ent.kind} == {"PERSON", "PLACE"}:
                    continue  # 'Roger Federer (Swiss)': a place after a name, no alias
                if other.kind == ent.kind == "PERSON" \
                        and _names_another(other.name, inner, surface):
                    continue  # the bracket is a piece of another person's longer name
                art.merge(ent, other)
            elif other is None and art.free(b.start(1), b.end(1)):
                art.mark(target, b.start(1), b.end(1))
            if not names:
                names = sorted((x.name, k) for k, x in enumerate(art.ents))
            if long_ is inner:
                target.name = " ".join(inner.split())
                art._sync()  # the place of `target` in `ents`, from the offset index's order
                insort(names, (target.name, art._order[id(target)]))
            art.add_occurrences(target, short)
            # Other entities whose name is the short form are this one too, and so is the
            # short form with the words the text puts after the bracket: 'Badan
            # Penanggulangan Bencana Daerah (BPBD) Jawa Tengah' ... 'Kepala BPBD Jawa Tengah'.
            after = text[b.end():b.end() + 80]
            i, near = bisect_left(names, (short,)), set()
            while i < len(names) and names[i][0].startswith(short):
                near.add(names[i][1])
                i += 1
            for x in (art.ents[k] for k in sorted(near)):
                if x.merged:
                    continue
                if x is not target and x.kind != "PLACE" and (x.name == short or (
                        x.name.startswith(short + " ")
                        and after.startswith(x.name[len(short):]))):
                    art.merge(target, x)


def _inner_brackets(art: _Article) -> None:
    """'Badan Pusat Statistik (BPS) Nusa Tenggara Barat' tagged as one body: the short form
    in brackets inside its mention is that body too, bare ('Data BPS') or with the rest
    written or shortened after it ('BPS Nusa Tenggara Barat', 'BPS NTB'). names11."""
    text = art.text
    orgs: list[_Ent] | None = None  # made at the first inner bracket (most texts have none)
    for ent in list(art.live()):
        if ent.kind != "ORG" or ent.merged:
            continue
        for m in list(ent.mentions):
            open_at = text.find("(", m.start, m.end)
            if open_at <= m.start:
                continue
            b = _BRACKET.match(text, open_at)
            if b is None or b.end() >= m.end:
                continue
            inner, before = b.group(1), text[m.start:open_at].strip()
            rest = " ".join(text[b.end():m.end].split())
            if not inner[:1].isupper() or " " in inner or not (
                    _short_form(inner, before) or _short_form(inner, _core(before))):
                continue
            if orgs is None:
                orgs = [x for x in art.live() if x.kind == "ORG"]
            for x in orgs:
                if x is ent or x.merged:
                    continue
                tail = x.name[len(inner) + 1:] if x.name.startswith(inner + " ") else None
                if x.name == inner or tail is not None and (tail == rest or (
                        " " not in tail and tail.isupper() and _short_form(tail, rest))):
                    art.merge(ent, x)
                    if tail is not None:
                        art.add_occurrences(ent, x.name)  # 'Kepala BPS NTB' before 'BPS'
            art.add_occurrences(ent, inner)
            break


_PIECES = re.compile(r"\s*[/;]\s*")


@cache
def _foreign_org_heads() -> frozenset[str]:
    return frozenset(load("coref", CorefData).foreign_org_heads)


def _bracket_renderings(art: _Article) -> None:
    """'Bank Sentral Swiss (Swiss National Bank/SNB)': a body's name in another language in
    brackets right after its name, tagged as another body, is the same body, where an
    English head word or the other's acronym after a slash shows it a rendering (a
    coalition or parent body in brackets is not). The two are one, named as the one the
    text names more often (the acronym's). names11."""
    text = art.text
    heads = _foreign_org_heads()
    for ent in list(art.live()):
        if ent.kind != "ORG" or ent.merged or len(ent.name.split()) < 2:
            continue
        for _m, b in _brackets_after(text, ent):
            pieces = _PIECES.split(b.group(1))
            first = pieces[0]
            other = art.at(b.start(1), b.start(1) + len(first))
            if other is None or other is ent or other.merged or other.kind != "ORG" \
                    or len(first.split()) < 2 or "," in first:
                continue
            rest = pieces[1:]
            if not all(p == other.name or _short_form(p, other.name) for p in rest):
                continue
            if not rest and not any(w in heads for w in first.split()):
                continue
            keep, gone = (other, ent) if len(other.mentions) > len(ent.mentions) \
                else (ent, other)
            art.merge(keep, gone)
            break


def _misspelt_names(art: _Article) -> None:
    """'Bank Sentra Swiss' beside 'Bank Sentral Swiss', 'Kementrian Kehutanan' beside
    'Kementerian Kehutanan': two names of a body, place or event, of two words or more,
    that differ only by one letter left out of one word of six letters or more are one
    name misspelt, named as the one written more often (a person's name is not read so:
    'Dewi'/'Dewa' may be two people). names11."""
    live = [e for e in art.live() if e.kind in ("ORG", "PLACE", "EVENT")
            and " " in e.name and e.name[:1].isupper()]
    if len(live) < 2:
        return
    # The names as written, and each entity's names and multiword mentions with one letter
    # of a long word left out: a name met among those is the other misspelt.
    names: dict[str, list[_Ent]] = {}
    for e in live:
        names.setdefault(e.name, []).append(e)
    text = art.text
    # (a form with one letter left out is one shorter than the name it may be: a form of
    # no such length has nothing to look up, one string built a letter otherwise)
    lengths = {len(n) + 1 for n in names}
    for x in live:
        forms = {x.name, *(f for m in x.mentions
                           if " " in (f := " ".join(text[m.start:m.end].split())))}
        for form in forms:
            if len(form) not in lengths:
                continue
            at = 0
            for w in form.split(" "):
                if len(w) >= 6 and w.isalpha():
                    for k in range(len(w)):
                        if k and w[k] == w[k - 1]:
                            continue  # the same key as the letter before
                        for e in names.get(form[:at + k] + form[at + k + 1:], ()):
                            if e is not x and not x.merged and not e.merged:
                                keep, gone = (x, e) if len(x.mentions) >= len(e.mentions) \
                                    else (e, x)
                                art.merge(keep, gone)
                at += len(w) + 1


_ACRONYM_NAME = re.compile(r"[A-Z]{3,6}")


def _capital_initials(name: str) -> str:
    """The first letters of a name's capitalised words ('Ibu Kota Nusantara' -> 'IKN')."""
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w[:1].isupper())


def _initial_acronyms(art: _Article) -> None:
    """'berkantor di IKN' … 'ke Ibu Kota Nusantara' with no bracket between them: an
    acronym of three to six capitals that spells the initials of exactly one other body's,
    place's or event's name of the article (less a legal form: 'PT') is that name, and so
    is the acronym with the name's last words after it ('IKN Nusantara'). An acronym the
    alias table knows is left to it. names11."""
    kinds = ("ORG", "PLACE", "EVENT")
    live = [e for e in art.live() if e.kind in kinds]
    shorts = [e for e in live if _ACRONYM_NAME.fullmatch(e.name)
              and e.name.lower() not in _known_one_word_bodies()]
    if not shorts:
        return
    longs: dict[str, list[_Ent]] = {}
    for x in live:
        if len(x.name.split()) >= 3:
            for form in dict.fromkeys((x.name, _core(x.name))):
                ini = _capital_initials(form)
                if len(ini) == len(form.split()):  # every word capitalised
                    longs.setdefault(ini, []).append(x)
    if not longs:
        return
    for e in shorts:
        hits = list({id(x): x for x in longs.get(e.name, ()) if x is not e}.values())
        if len(hits) != 1 or hits[0].merged or e.merged:
            continue
        long_ = hits[0]
        art.merge(long_, e)
        words = long_.name.split()
        tails = {" ".join(words[k:]) for k in range(1, len(words))}
        for x in live:
            if x is not long_ and not x.merged and x.name.startswith(e.name + " ") \
                    and x.name[len(e.name) + 1:] in tails:
                art.merge(long_, x)


@cache
def _company_forms() -> tuple[frozenset[str], frozenset[str]]:
    """kinds.toml's legal prefixes ('PT', 'CV') and legal forms ('Tbk', 'Persero')."""
    k = load("kinds", KindsData)
    return frozenset(k.org_prefixes), frozenset(w.rstrip(".") for w in k.legal_forms)


def _company_words(name: str) -> tuple[str, list[str]] | None:
    """A company's legal prefix and the words of its name after it, less legal forms and
    brackets ('PT Asuransi Jiwasraya (Persero)' -> 'PT', ['Asuransi', 'Jiwasraya']); None
    for a name opened by no legal prefix or of one word after it."""
    prefixes, forms = _company_forms()
    words = name.split()
    if len(words) < 3 or words[0] not in prefixes:
        return None
    core = [w for w in words[1:] if w.strip("()").rstrip(".") not in forms and w not in "()"]
    if len(core) < 2 or not all(w[:1].isupper() and w.isalpha() for w in core):
        return None
    return words[0], core


def _compound_initials(short: str, words: Sequence[str]) -> bool:
    """Whether `short` spells each word's initial in order, one word or more giving a
    second capital from inside it, a part of a compound ('AJS' of 'Asuransi
    Jiwa[s]raya'), and not the plain initials (read elsewhere)."""
    if len(short) <= len(words) or len(short) > 2 * len(words):
        return False
    def spell(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        w = words[k].upper()
        if not rest or rest[0] != w[0]:
            return False
        if spell(rest[1:], k + 1):
            return True
        # one more letter from inside the word, not its next letter (a syllable's start)
        return len(rest) > 1 and rest[1] in w[2:] and spell(rest[2:], k + 1)
    return spell(short, 0)


def _company_short_forms(art: _Article) -> None:
    """'PT Asuransi Jiwasraya' beside 'PT AJS' and 'Jiwasraya': a company named with a
    legal prefix is also named by its acronym with or without that prefix, when the acronym
    spells its words' initials with a compound word's parts ('AJS' = Asuransi Jiwa-sraya),
    and by the last word of its name alone (of five letters or more, title-case, no place
    the gazetteer knows, no person's role-holder, no body aliases.toml knows), when one
    company of the article fits. The joined entity keeps the name written most. names13."""
    longs = [(e, cw) for e in art.live() if e.kind == "ORG"
             for cw in (_company_words(e.name),) if cw is not None]
    if not longs:
        return
    by_form: dict[str, list[_Ent]] = {}
    for e in art.live():
        by_form.setdefault(e.name, []).append(e)
    for long_, (prefix, core) in longs:
        if long_.merged:
            continue
        joined = [long_]
        for x in art.live():
            if x is long_ or x.merged:
                continue
            words = x.name.split()
            acr = words[-1] if len(words) == 2 and words[0] == prefix else x.name
            if x.kind == "ORG" and len(words) <= 2 and acr.isupper() and acr.isalpha() \
                    and _compound_initials(acr, core) \
                    and sum(_compound_initials(acr, c) or acr == "".join(w[0] for w in c)
                            for _, (_, c) in longs) == 1:
                joined.append(x)
        last = core[-1]
        if len(last) >= 5 and last[1:].islower() and last.lower() not in _known_one_word_bodies() \
                and sum(c[-1] == last for _, (_, c) in longs) == 1:
            for x in by_form.get(last, ()):
                if not x.merged and x is not long_ and x.country is None and not x.roles \
                        and x.kind in ("ORG", "PLACE", "PERSON"):
                    joined.append(x)
        if len(joined) == 1:
            continue
        keep = max(joined, key=lambda x: len(x.mentions))  # the first on a tie: the long
        if keep.kind != "ORG":
            keep = long_
        for x in joined:
            art.merge(keep, x)


def _tail_initials(short: str, name: str) -> bool:
    """Whether `short` spells the initials of the capitalised words that end `name`, from
    its second word on ('KSP' of 'Bidang … Kantor Staf Presiden')."""
    caps = [w[0] for w in _NAME_WORD.findall(name) if w[:1].isupper()]
    return any("".join(caps[k:]) == short for k in range(1, len(caps)))


_CAP_RUN_END = re.compile(r"((?:[A-Z][\w'’.-]*|dan|&|untuk|serta)(?:\s+(?:[A-Z][\w'’.-]*|dan|&|"
                          r"untuk|serta))*)\s*\(\s*$")


@cache
def _body_head_words() -> frozenset[str]:
    """entities.toml `body_heads`, case-folded ("pusat", "badan")."""
    return frozenset(w.casefold() for w in load("entities", EntitiesData).body_heads)


def _area_named_for_body(name: str) -> bool:
    """A long form opened by an area's or site's head (kinds.toml `run_place_heads`:
    "Kawasan", "Gedung") with a body's head inside ("Kawasan Inti [Pusat] Pemerintahan
    (KIPP)"): Indonesian names are head-first, so the area or site is named, and the body's
    word tells only what it holds; the acronym's ORG reading gives way (kinds24)."""
    words = name.split()
    return len(words) >= 3 and words[0][:1].isupper() \
        and words[0].lower() in kind_rules().area_words \
        and any(w.casefold() in _body_head_words() for w in words[1:])


def _long_forms(art: _Article) -> None:
    """'Kementerian Energi dan Sumber Daya Mineral (ESDM)' where only 'ESDM' is an entity:
    the capitalised run before the bracket is its long form and a mention of it."""
    text = art.text
    org_words = _lex().org_words
    for ent in list(art.live()):
        if ent.kind != "ORG" or " " in ent.name:
            continue
        for m in sorted(ent.mentions, key=lambda s: s.start):
            if not (text[m.start - 1:m.start] == "(" or text[m.start - 2:m.start] == "( "):
                continue
            run = _CAP_RUN_END.search(text, max(0, m.start - 120), m.start)
            if run is None:
                continue
            words = run.group(1).split()
            # The acronym may leave out an organisation word: 'Kementerian [ESDM]'.
            for k in range(len(words)):
                long_ = " ".join(words[k:])
                core = " ".join(words[k + 1:]) if words[k].casefold() in org_words else long_
                if _short_form(ent.name, long_) or (core != long_ and _short_form(ent.name, core)):
                    s0 = run.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                    e0 = run.end(1)
                    if art.free(s0, e0) and not art.person_in(s0, e0):
                        art.mark(ent, s0, e0)
                        ent.name = long_
                        if _area_named_for_body(long_):
                            ent.kind = "PLACE"
                    break
            break


def _aliases(art: _Article) -> None:
    """'Teco, sapaan Stefano Cugurra', 'Ismail Marzuki alias Mail Syahputra', and chains of
    them ('Saulihun alias Abu Nusaibah alias Abu Hilyah alias Pak Slamet'): each mention
    an alias adds is read for a further cue, and an honorific may follow the cue."""
    lex = _lex()
    text = art.text
    for first in list(art.live()):
        if first.kind != "PERSON" or first.merged:
            continue
        ent = first
        seen: set[tuple[int, int]] = set()
        # The earliest mention not yet read, from a heap of the entity's mentions: the
        # lists only grow (a mark appends, a merge switches to the kept entity), so only
        # what was added since the last turn is pushed; re-sorting every turn cost the
        # square of the mentions.
        todo: list[tuple[int, int]] = []
        owner: _Ent | None = None
        pushed = 0
        while True:
            if owner is not ent:
                owner, pushed = ent, 0
                todo = []
            for m in ent.mentions[pushed:]:
                if (m.start, m.end) not in seen:
                    heapq.heappush(todo, (m.start, m.end))
            pushed = len(ent.mentions)
            while todo and todo[0] in seen:
                heapq.heappop(todo)
            if not todo:
                break
            here = heapq.heappop(todo)
            seen.add(here)
            cue = lex.alias.match(text, here[1])
            if cue is None:
                continue
            # the alias with its honorific tagged as one name ('sapaan akrabnya Gus Ipul'), or
            # the name after the honorific ('alias Pak Slamet')
            at = cue.end()
            nxt = art.starting(at)
            if nxt is None:
                at = _after_honorific(text, at)
                nxt = art.starting(at)
            if nxt is not None:
                other, _ = nxt
                if other.kind == "PERSON" and other is not ent and not other.merged:
                    keep, gone = (other, ent) if cue.group("nick") else (ent, other)
                    art.merge(keep, gone)
                    ent = keep
                elif not cue.group("nick") and _cued_nickname(art, other, at):
                    # 'Aminullah atau kerap disapa JQ': the nickname tagged a body (names13)
                    art.merge(ent, other)
                continue
            # An alias the tagger missed: capitalised words after the cue.
            run = _CAPITAL_RUN.match(text, at)
            if run is not None and art.free(run.start(), run.end()):
                art.mark(ent, run.start(), run.end())
                art.add_occurrences(ent, run.group())


@cache
def _own_nickname_cue() -> re.Pattern[str]:
    """roles.toml's alias cues ending in '-nya' ('sapaan akrabnya') between commas, or
    before a lower-case word, after a name: 'Gus Ipul , sapaan akrabnya , mengaku'."""
    cues = sorted((c for c in load("roles", RolesData).alias_cues if c.endswith("nya")),
                  key=len, reverse=True)
    alt = "|".join(re.escape(c) for c in cues) or "(?!)"
    return re.compile(rf"\s*,\s*(?:{alt})\s*(?:,|(?=[a-z]))")


def _nickname_before_cue(art: _Article) -> None:
    """'Gus Ipul , sapaan akrabnya , mengaku …': a person first named right before a
    '-nya' nickname cue with no name after it is the nickname of a person named before,
    the one sharing a word with it ('Big Sam' of Sam Allardyce), else the article's first
    person, whom the '-nya' refers to (Saifullah Yusuf, not the Anas named between).
    link25."""
    text = art.text
    if "nya" not in text:
        return
    cue = _own_nickname_cue()
    persons = sorted((e for e in art.live() if e.kind == "PERSON" and e.mentions),
                     key=lambda e: min(m.start for m in e.mentions))
    for nick in persons:
        first = min(nick.mentions, key=lambda m: m.start)
        if nick.merged or not cue.match(text, first.end):
            continue
        before = [p for p in persons if p is not nick and not p.merged
                  and min(m.start for m in p.mentions) < first.start]
        words = set(_words(nick.name))
        sharing = [p for p in before if words & set(_words(p.name))]
        owner = sharing[0] if len(sharing) == 1 else None if sharing else \
            (before[0] if before else None)
        if owner is not None:
            art.merge(owner, nick)


def _nicknames_tagged_bodies(art: _Article) -> None:
    """'Eve --panggilan akrab Evelyn-- mengatakan': a one-word body or place first named
    right before a nickname cue and a person's name is that person's nickname, tagged
    wrong (`_aliases` reads only from persons). nick24."""
    lex = _lex()
    text = art.text
    for other in list(art.live()):
        if other.kind not in ("ORG", "PLACE") or other.merged:
            continue
        first = min(other.mentions, key=lambda m: m.start)
        cue = lex.alias.match(text, first.end)
        if cue is None or not cue.group("nick"):
            continue
        nxt = art.starting(cue.end())
        if nxt is None or nxt[0].kind != "PERSON" or nxt[0].merged \
                or not _cued_nickname(art, other, first.start):
            continue
        art.merge(nxt[0], other)


@cache
def _body_alias_keys() -> dict[str, int]:
    """Each name and alias aliases.toml gives a body or place, casefolded, to its entry's
    number (the names of one thing share one)."""
    keys: dict[str, int] = {}
    for k, e in enumerate(load("aliases", AliasesData).entity):
        if e.kind != "PERSON":
            for a in (e.name, *e.aliases):
                keys.setdefault(" ".join(a.casefold().split()), k)
    return keys


def _known_aliases(art: _Article) -> None:
    """'PDIP' and 'Partai Banteng' in one article: two bodies aliases.toml names as one
    thing (its names, short forms and epithets) are one entity, named as the one written
    most. Places are left to the gazetteer ('Jogja' the city beside 'DIY' the province), a
    person stays apart ('Demokrat' the party is no person), and so does a body beside a
    place ('pimpinan DKI' the province's government). names13."""
    keys = _body_alias_keys()
    seen: dict[int, _Ent] = {}
    for e in art.live():
        if e.kind != "ORG" or e.merged:
            continue
        k = keys.get(" ".join(e.name.casefold().split()))
        if k is None:
            continue
        had = seen.get(k)
        if had is None or had.merged:
            seen[k] = e
            continue
        keep, gone = (had, e) if len(had.mentions) >= len(e.mentions) else (e, had)
        art.merge(keep, gone)
        seen[k] = keep


def _cued_nickname(art: _Article, other: _Ent, at: int) -> bool:
    """Whether a body or place named right after a nickname cue ('atau kerap disapa JQ')
    is the person's nickname: one word, first named there, no place the gazetteer knows
    and no body aliases.toml knows. names13."""
    return other.kind in ("ORG", "PLACE") and not other.merged and " " not in other.name \
        and other.country is None and other.name.lower() not in _known_one_word_bodies() \
        and min(m.start for m in other.mentions) == at


@cache
def _epithet_nickname() -> re.Pattern[str]:
    """'ujar pria yang disapa Ketjuk ini': a person noun of quotes.toml ('pria', 'sosok',
    'pengusaha'), 'yang', up to two adverbs and a naming verb; the nickname follows."""
    heads = load("quotes", QuotesData).speaker.person_nouns
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})\s+yang\s+(?:(?:akrab|biasa|karib|kerap|lebih|"
                      r"juga|sering)\s+){0,2}(?:disapa|dipanggil)\s+(?=(?-i:[A-Z]))",
                      re.IGNORECASE)  # (the capital looked for case-sensitively: review13)


# The naming verbs `_epithet_nickname` needs, one of which the text must hold (`may_hold`).
_NAMING_VERBS = CueWords(("disapa", "dipanggil"))


_NICKNAME_REACH = 1500  # characters: the person the epithet refers back to is named this near
# a closing quote mark, a comma and the verb of saying right before an epithet
_QUOTE_BEFORE_VERB = re.compile(r"[\"”]\s*,?\s*(\w+)\s+$")  # the verb: one of `_quote_verbs`
_APPOSITION_GAP = re.compile(r"\s*,\s*")  # 'Armantha , pria yang …'


@cache
def _quote_verbs() -> frozenset[str]:
    """quotes.toml's [direct].verbs, casefolded: the verbs of saying after a quote."""
    return frozenset(v.casefold() for v in load("quotes", QuotesData).direct.verbs)


def _epithet_nicknames(art: _Article) -> None:
    """'" … ," ujar pria yang disapa Ketjuk ini', 'Armantha , pria yang akrab disapa
    Tata': a one-word person, body or place first named after a person noun and a naming
    verb is the nickname of the person the epithet refers back to, where that person is
    sure (see below). names13."""
    text = art.text
    if "yang" not in text or not may_hold(text, _NAMING_VERBS):
        return  # (the pattern, tried at every character, cost 0.3-0.5 ms an article)
    for cue in _epithet_nickname().finditer(text):
        at = _after_honorific(text, cue.end())  # 'yang akrab disapa Pak Wir'
        nxt = art.starting(at)
        if nxt is None:
            continue
        nick = nxt[0]
        if nick.merged or " " in nick.name or min(m.start for m in nick.mentions) != at:
            continue
        if nick.kind != "PERSON" and not _cued_nickname(art, nick, at):
            continue
        # Two places the epithet's person is sure: named right before it ('Armantha ,
        # pria yang akrab disapa Tata'), or, after a quote ('" … ," ujar pria yang disapa
        # Ketjuk'), the last person named before the quote opened, not one inside it
        # ('" … dengan Yoo Jae … ," kata sosok yang karib disapa BTM'). Elsewhere ('Melawan
        # PSMS , pria yang akrab dipanggil Djanur', after a list of players) it is not.
        hi = cue.start()
        last: tuple[int, _Ent] | None = None
        close = _QUOTE_BEFORE_VERB.search(text, max(0, hi - 40), hi)
        if close is not None and close.group(1).casefold() in _quote_verbs():
            hi = max(text.rfind(q, 0, close.start()) for q in '"“')
            if hi < 0:
                continue
            for x, a, b in art.mentions_in(max(0, hi - _NICKNAME_REACH), hi):
                if x.kind == "PERSON" and x is not nick and b <= hi \
                        and (last is None or a >= last[0]):
                    last = (a, x)
        else:
            for x, a, b in art.mentions_in(max(0, hi - 80), hi):
                if x.kind == "PERSON" and x is not nick and b <= hi \
                        and _APPOSITION_GAP.fullmatch(text, b, hi):
                    last = (a, x)
        # a nickname of capitals is the initials of the one it names ('BTM'), or no one's
        if last is not None and (not nick.name.isupper()
                                 or _capital_initials(last[1].name) == nick.name):
            art.merge(last[1], nick)


@cache
def _real_name_cue() -> re.Pattern[str]:
    """A real-name cue of roles.toml right before a name, after nothing but a clause's
    opening words ('Wanita [bernama asli] ', ', [nama lengkap] ')."""
    cues = sorted(load("roles", RolesData).real_name_cues, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alt})\s+$", re.IGNORECASE)


def _real_names(art: _Article) -> None:
    """A person named only after a real-name cue ('Wanita bernama asli Rini Fatimah
    Jaelani itu', 'Pria bernama asli Harley Edward Streten ini') is the article's main
    person named before it: the one with the most mentions by then, not one named in the
    cue's own clause before it ('istri Budi bernama asli ...' is someone else's)."""
    text = art.text
    cue = _real_name_cue()
    for ent in art.live():
        if ent.kind != "PERSON" or ent.merged:
            continue
        first = min(m.start for m in ent.mentions)
        # the cue within 40 characters first (cheap, and rare): only then the clause start
        if cue.search(text, max(0, first - 40), first) is None:
            continue
        clause = max(text.rfind(c, 0, first) for c in ".!?\n")
        if cue.search(text, max(clause + 1, first - 40), first) is None:
            continue
        seen = {id(x): sum(m.end <= first for m in x.mentions) for x in art.live()
                if x.kind == "PERSON" and x is not ent}
        if not seen or max(seen.values()) == 0 or art.person_in(clause + 1, first,
                                                               kinds=("PERSON",)):
            continue
        main = max((x for x in art.live() if id(x) in seen), key=lambda x: seen[id(x)])
        art.merge(main, ent)


@cache
def _honorific() -> re.Pattern[str]:
    words = sorted(load("roles", RolesData).honorifics, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s+")


def _after_honorific(text: str, at: int) -> int:
    """Where a name starts after an optional honorific ('alias Pak Slamet')."""
    m = _honorific().match(text, at)
    return m.end() if m is not None else at


_SPACE_ONLY = re.compile(r"[ \t]+(?=[A-Z])")


def _nicknames(art: _Article) -> None:
    """'Lestari atau Rerie': a one-word person first named right after a full name and a
    joiner of coref.toml is that person's nickname (two people the article already knows,
    or a nickname that is a word of another person's name, stay apart)."""
    text = art.text
    joiner = _lex().joiner
    persons = [e for e in art.live() if e.kind == "PERSON"]
    for ent in persons:
        if ent.merged or len(_words(ent.name)) < 2:
            continue
        for m in sorted(ent.mentions, key=lambda s: s.start):
            # 'Stefano Cugurra Teco': the nickname right after the full name, a space
            # between, is tied as by a joiner (names12)
            cue = joiner.match(text, m.end) or _SPACE_ONLY.match(text, m.end)
            nxt = art.starting(cue.end()) if cue is not None else None
            if cue is None or nxt is None:
                continue
            other = nxt[0]
            if other is ent or other.kind != "PERSON" \
                    or not _nickname_shape(ent.name, other.name) \
                    or min(x.start for x in other.mentions) != cue.end() or any(
                        w in _words(p.name) for p in persons for w in _words(other.name)
                        if p is not other and p is not ent and not p.merged):
                continue
            art.merge(ent, other)


def _nickname_shape(full: str, nick: str) -> bool:
    """A nickname after 'atau' is one word ('Lestari atau Rerie'), or two words, a
    qualifier and the full name's given name ('Sam Allardyce atau Big Sam'): a second
    person's full name ('Budi Santoso atau Agus Santoso', 'Ahmad Dhani atau Ahmad Albar')
    is not. nick24."""
    words = [w.casefold() for w in _words(nick)]
    if len(words) == 1:
        return True
    names = [w.casefold() for w in _words(full)]
    return len(words) == 2 and words[1] == names[0] and words[0] not in names


@cache
def _known_one_word_bodies() -> frozenset[str]:
    """One-word names and aliases aliases.toml gives bodies and places, lower-cased."""
    return frozenset(a.lower() for e in load("aliases", AliasesData).entity
                     if e.kind != "PERSON" for a in (e.name, *e.aliases) if " " not in a)


def _bracket_nicknames(art: _Article) -> None:
    """'Rasmoro Pramono Aji (Oney) menyampaikan … ujar Oney': one title-case word in
    brackets right after a person's full name, first named there and tagged a one-word
    person or body, is that person's nickname (a place, an acronym, a body aliases.toml
    knows, or a bracket in a list ('A (X), B (Y)') stays apart). works10."""
    text = art.text
    for ent in [e for e in art.live() if e.kind == "PERSON"]:
        if ent.merged or len(_words(ent.name)) < 2:
            continue
        for _m, b in _brackets_after(text, ent):
            inner = b.group(1)
            if not (3 <= len(inner) <= 12 and inner.isalpha() and inner[0].isupper()
                    and inner[1:].islower()) or inner.lower() in _known_one_word_bodies():
                continue
            other = art.at(b.start(1), b.end(1))
            if other is None or other is ent or other.merged \
                    or other.kind not in ("PERSON", "ORG") or other.name != inner \
                    or min(x.start for x in other.mentions) != b.start(1):
                continue
            rest = text[b.end():b.end() + 6].lstrip()
            if not rest[:1].islower() or rest.startswith("dan "):
                continue  # a list of names each with its club or party in brackets
            art.merge(ent, other)
            break


def _person_kinds(art: _Article) -> None:
    """A place or organisation with no country whose name holds a person's whole name
    ('Purbaya Yudhi Sadewa' tagged a place beside the person 'Purbaya Yudhi') or is an
    office holder's name is that person."""
    persons = [e for e in art.live() if e.kind == "PERSON"]
    # Each person's name words, read once (and again when the loop renames the person).
    person_words = {id(p): set(_words(p.name)) for p in persons}
    # The persons by each of their name words (a hit's words are all the entity's), so
    # that an entity meets only the persons sharing a word, not all of them (quadratic on
    # a text of many stories); a person with no name word is a candidate of every one.
    by_word: dict[str, set[int]] = {"": set()}
    place = {id(p): k for k, p in enumerate(persons)}
    for k, p in enumerate(persons):
        for w in person_words[id(p)] or {""}:
            by_word.setdefault(w, set()).add(k)
    for e in art.live():
        if e.kind == "PERSON" or e.country or len(e.name.split()) < 2 or _facility_name(e.name):
            continue
        words = set(_words(e.name))
        near = sorted(by_word[""].union(*(by_word.get(w, ()) for w in words)))
        hits = [p for p in (persons[k] for k in near)
                if len(p.name.split()) >= 2 and person_words[id(p)] <= words]
        if len(hits) == 1:
            art.merge(hits[0], e)
            if len(e.name.split()) > len(hits[0].name.split()):
                hits[0].name = e.name
                person_words[id(hits[0])] = set(_words(e.name))
                for w in person_words[id(hits[0])] or {""}:
                    by_word.setdefault(w, set()).add(place[id(hits[0])])
        elif not hits and e.name.casefold() in _holder_names():
            e.kind = "PERSON"


# A name word of a person read as a place or body: a capitalised word of letters (a
# hyphen or apostrophe inside) or a regnal numeral ('Elizabeth II').
_INITIALS = re.compile(r"[A-Z]{2,4}")
_PERSON_NAME_WORD = re.compile(r"[A-Z][a-z\u00c0-\u024f'’-]*[a-z\u00c0-\u024f]|[IVX]{1,4}")


@cache
def _person_cues() -> tuple[re.Pattern[str], ...]:
    """The text before a mention that makes it a person's name: a kinship noun ('putra
    [X]'), a title after a lower-case word or a stop ('dan Ratu [X]', 'oleh Pak [X]'), a
    kinship noun and a name before a comma ('putra Budi , [X]'); and after it (', istrinya').
    The second pattern is the first's titles less the royal ones, which a place's or an
    epithet's name opens too ('Raja Ampat', 'Raja Karcis'): the cue of a one-word name;
    the third adds the kinship nouns, the cue of a person's initials ('ibunda KD')."""
    data = load("coref", CorefData)
    roles = load("roles", RolesData)
    kin = word_alternation(kin_nouns())  # roles.toml's, none of other senses (kin25)
    skip = set(data.titles_not_person_cues)

    def titled(words: Collection[str]) -> str:
        alt = "|".join(re.escape(w) for w in sorted(set(words) - skip, key=len, reverse=True))
        return rf"(?:^|[,;:(\"“]|(?<![\w-])[a-z][\w-]*)\s+(?:{alt})\s+$"

    name = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    before = compile_cached(rf"(?<![\w-])(?:{kin})\s+$|"
                        + titled([*roles.honorifics, *roles.royal_titles]))
    one_word = compile_cached(titled(roles.honorifics))
    initials = compile_cached(rf"(?<![\w-])(?:{kin})\s+$|" + titled(roles.honorifics))
    apposed = re.compile(rf"(?<![\w-])(?:{kin})\s+{name}\s*,\s*$")
    after = re.compile(rf"\s*,\s*(?:{kin})nya\b")
    return before, one_word, initials, apposed, after


@cache
def _not_person_words() -> frozenset[str]:
    """Words no person's name holds: the organisation words, the first words of the
    organisation heads of kinds.toml ('Ditjen'), and the role heads but the titles that
    open names ('Ratu Tisha Destria'), case-folded (kinds20)."""
    titles = {w.casefold() for w in load("roles", RolesData).name_titles}
    lex = _lex()
    return frozenset({*lex.org_words, *kind_rules().org_index,
                      *(h for h in lex.role_heads if " " not in h and h not in titles)})


def _person_shaped(name: str, org_words: Collection[str]) -> bool:
    """Whether `name` could be a person's: two name words or more (or one of five letters
    or more), none of `org_words`, no facility head opening it; or a person's
    initials ('KD', 'MA')."""
    words = name.split()
    if _INITIALS.fullmatch(name) is not None:
        return name.casefold() not in org_words
    return all(_PERSON_NAME_WORD.fullmatch(w) is not None for w in words) \
        and (len(words) > 1 or len(name) >= 5 and name[1:].islower()) \
        and not any(w.casefold() in org_words for w in words) and not _facility_name(name)


def _people_by_evidence(art: _Article) -> None:
    """A place or body with no country whose name could be a person's and that the article
    itself treats as a person is that person: a kinship noun before a mention ('putra Ratu
    Elizabeth II', 'putra Budi , Rheza Herwindo') or after it ('Veronica , istrinya'), a
    title after a lower-case word ('dan Ratu Hortense'; a one-word name only after a
    courtesy title, 'oleh Pak Darto', as a kinship noun may be a title too, 'putri
    Disney'; initials after either, 'ibunda KD', 'Saudara MA'), or a one-word person of
    the article that is one of its name words after the first ('Sekretaris Jenderal Ratu
    Tisha Destria' / 'kata Tisha': merged into it; a first word alone may be the body's
    own short form, 'Bakrie' of 'Bakrie Brothers'). kinds20."""
    text = art.text
    org_words = _not_person_words()
    gaz = load_gazetteer()
    lexicon = load_lexicon()
    before, one_word, initials, apposed, after = _person_cues()
    ones: dict[str, list[_Ent]] = {}
    for p in art.live():
        if p.kind == "PERSON" and " " not in p.name and len(p.name) >= 4:
            ones.setdefault(p.name, []).append(p)
    for e in art.live():
        if e.kind not in ("PLACE", "ORG") or e.country or not e.mentions \
                or not _person_shaped(e.name, org_words) or gaz.resolve(e.name) is not None:
            continue
        words = e.name.split()
        if len(words) == 1:
            cue = initials if _INITIALS.fullmatch(e.name) else one_word
            if e.name.casefold() not in lexicon and any(
                    cue.search(text, max(0, m.start - 40), m.start)
                    or after.match(text, m.end) for m in e.mentions):
                e.kind = "PERSON"
            continue
        hits = [p for w in dict.fromkeys(words[1:]) for p in ones.get(w, ()) if not p.merged]
        if len(hits) == 1 and not any(gaz.resolve(w) is not None for w in words):
            e.kind = "PERSON"
            art.merge(e, hits[0])
        elif any(before.search(text, max(0, m.start - 40), m.start)
                 or apposed.search(text, max(0, m.start - 80), m.start)
                 or after.match(text, m.end) for m in e.mentions):
            e.kind = "PERSON"


@cache
def _holder_names() -> frozenset[str]:
    """Every office holder's name in offices.toml, case-folded."""
    return frozenset(h.name.casefold() for o in _lex().data.office for h in o.holders)


_WORD_OR_HYPHEN = re.compile(r"[\w-]")
_RUN = re.compile(r"\S+")


def _speaking_orgs(art: _Article) -> None:
    """'Kantor Jaksa Agung Spanyol menyatakan': an organisation the tagger missed (or cut
    to the place inside it) is an ORG entity, so that it can carry the quote."""
    text = art.text
    for m in finditer_not_after(_lex().speaking_org, _WORD_OR_HYPHEN, text):
        # The runs of non-space inside group 1 that start in it (a run that began before
        # it is not its word), found there rather than from the start of the text.
        s1 = m.start(1)
        words = list(_RUN.finditer(text, s1, m.end(1)))
        if words and words[0].start() == s1 and s1 and _RUN.match(text, s1 - 1):
            words.pop(0)
        while words and words[-1].group() in ("dan", "&"):
            words.pop()  # 'Kementerian Luar Negeri dan' is no name
        if not words:
            continue
        s0, e0 = words[0].start(), words[-1].end()
        name = " ".join(text[s0:e0].split())
        if len(name.split()) < 2 or not text[s0].isupper():
            continue
        if art.person_in(s0, e0):
            _short_written_org(art, s0, e0)
            continue
        same = next((x for x in art.live() if x.kind == "ORG" and x.name == name), None)
        ent = same or _Ent("ORG", name, [], None, [])
        if same is None:
            art.ents.append(ent)
        art.mark(ent, s0, e0)


def _short_written_org(art: _Article, s0: int, e0: int) -> None:
    """'Dewan Etik MK menyatakan' where the article names 'Dewan Etik Mahkamah Konstitusi':
    a body written with another organisation's acronym (or name) at its end is the named
    body, not the organisation inside it."""
    text = art.text
    if art.person_in(s0, e0, kinds=("PERSON",)):
        return
    inner = [(x, a, b) for x in art.live() if x.kind == "ORG"
             for a, b in x.spans if s0 < a and b == e0]
    if len(inner) != 1:
        return
    x, a, b = inner[0]
    head = " ".join(text[s0:a].split())
    short = text[a:b]
    for y in art.live():
        if y is x or y.kind != "ORG" or not y.name.startswith(head + " "):
            continue
        rest = y.name[len(head) + 1:]
        if rest == x.name or _short_form(short, rest):
            # Every writing of it this way, not only the one that speaks.
            for s1, e1 in _form_hits(text, text[s0:e0], False):
                inner_at = (s1 + a - s0, e1)
                if inner_at in x.spans:
                    x.spans.discard(inner_at)
                    x.mentions = [m for m in x.mentions if (m.start, m.end) != inner_at]
                    art.mark(y, s1, e1)
            x.merged = x.merged or not x.mentions
            return


@cache
def _named_place_prefixes() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("coref", CorefData).named_place_prefixes)


@cache
def _place_prefix_forms() -> dict[str, str]:
    """coref.toml's abbreviated place words, casefolded, to the word each stands for."""
    return {a.casefold(): b.casefold() for a, b in load("coref", CorefData).place_prefix_forms}


def _place_key(name: str) -> tuple[str, str] | None:
    """A prefixed place name as (its place word written out, the rest): 'Kab Bogor' and
    'Kabupaten Bogor' -> ('kabupaten', 'bogor'); None for a name of one word."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].casefold()
    return _place_prefix_forms().get(first, first), " ".join(words[1:]).casefold()


def _place_prefixes(art: _Article) -> None:
    """'Kota Makkah' and 'Makkah' in one article are one place, named bare ('Makkah'), but
    for a village the gazetteer does not know ('Desa Jagalan'). An abbreviated place word
    is its word written out ('Kab Bogor' = 'Kabupaten Bogor', named in full), and an
    organisation named with one ('di Kab Bogor' tagged ORG) is the place (names11)."""
    prefixes = _lex().place_prefixes
    forms = _place_prefix_forms()
    places = {e.name.casefold(): e for e in art.live() if e.kind == "PLACE"}
    # Places by their written-out place word and rest (the first of each key kept).
    keyed: dict[tuple[str, str], _Ent] = {}
    for e in places.values():
        key = _place_key(e.name)
        if key is not None and key[0] in prefixes:
            other = keyed.setdefault(key, e)
            if other is not e and not other.merged and not e.merged \
                    and (other.country == e.country or None in (other.country, e.country)):
                # 'Kab Bogor' beside 'Kabupaten Bogor': named with the word written out
                keep, gone = (e, other) if other.name.split()[0].casefold() in forms \
                    else (other, e)
                art.merge(keep, gone)
                keyed[key] = keep
    if forms:
        admin = set(forms.values())
        for o in art.live():
            key = _place_key(o.name) if o.kind == "ORG" and not o.roles else None
            if key is None or key[0] not in admin or o.name.split()[0].casefold() not in forms:
                continue
            # only an abbreviated word: 'Kota Bogor' may open a club's or body's name
            place = keyed.get(key) or (places.get(key[1]) if key[0] in prefixes else None)
            if place is not None and not place.merged:
                art.merge(place, o)
    # The place word each bare name took ('Kota Bogor' / 'Bogor'): a second place word of the
    # same rest ('Kabupaten Bogor', the regency beside the city) is another place (split20).
    took: dict[str, str] = {}
    for e in list(places.values()):
        if e.merged:
            continue
        key = _place_key(e.name)
        if key is not None and key[0] in prefixes:
            bare = places.get(key[1])
            if took.setdefault(key[1], key[0]) != key[0]:
                continue
            if bare is not None and bare is not e and not bare.merged and \
                    (bare.country == e.country or e.country is None):
                # Named bare ("Makkah", "Madura"), but for a village the gazetteer does
                # not know, named with its word ("Desa Jagalan").
                keep, gone = (e, bare) if bare.country is None \
                    and key[0] in _named_place_prefixes() else (bare, e)
                art.merge(keep, gone)


@cache
def _water_place_heads() -> frozenset[str]:
    """coref.toml's heads of seas', straits' and bays' names, casefolded."""
    return frozenset(w.casefold() for w in load("coref", CorefData).water_place_heads)


def _water_rests(art: _Article) -> None:
    """'soal China Selatan' beside 'Laut China Selatan': a place of two words or more that
    the gazetteer does not know, named as a sea's, strait's or bay's name less its head,
    is that water (a one-word rest is a land or a city: 'Laut Jawa' / 'Jawa'). link25."""
    heads = _water_place_heads()
    places = [e for e in art.live() if e.kind == "PLACE"]
    waters: dict[str, _Ent] = {}
    for e in places:
        words = e.name.split()
        if len(words) >= 3 and words[0].casefold() in heads:
            waters.setdefault(" ".join(words[1:]).casefold(), e)
    if not waters:
        return
    gaz = load_gazetteer()
    for e in places:
        water = waters.get(" ".join(e.name.split()).casefold())
        if water is not None and water is not e and not e.merged and not water.merged \
                and gaz.resolve(e.name) is None:
            art.merge(water, e)


def _named_after(art: _Article) -> None:
    """'Jalan KH Ahmad Dahlan', 'Stadion Gelora Bung Karno': a person named only after a
    street or building word is part of that place, not a person in the article."""
    text = art.text
    pre = _lex().named_after
    for e in art.live():
        if e.kind != "PERSON":
            continue
        starts: list[int] = []
        for m in e.mentions:
            hit = pre.search(text, max(0, m.start - 40), m.start)
            if hit is None:
                break
            starts.append(hit.start())
        else:
            if not starts:
                continue
            spans = sorted(zip(starts, (m.end for m in e.mentions), strict=True))
            a, b = spans[0]
            e.kind = "PLACE"
            e.name = " ".join(text[a:b].split())
            # The place mention the tagger cut ('Jalan KH') is the same place.
            for x in art.live():
                if x is not e and x.kind == "PLACE" and any(
                        a <= s0 and e0 <= b for s0, e0 in x.spans):
                    x.spans -= {(s0, e0) for s0, e0 in x.spans if a <= s0 and e0 <= b}
                    x.mentions = [m for m in x.mentions if (m.start, m.end) in x.spans]
                    if not x.mentions:
                        x.merged = True
            e.mentions, e.spans = [], set()
            for s0, e0 in spans:
                art.mark(e, s0, e0)


@cache
def _bare_named_heads() -> tuple[tuple[str, ...], ...]:
    """coref.toml's heads of places named bare, casefolded words, longest first."""
    return tuple(sorted({tuple(_bare_key(h).split())
                         for h in load("coref", CorefData).bare_named_heads},
                        key=len, reverse=True))


@cache
def _facility_heads() -> tuple[tuple[str, ...], ...]:
    """coref.toml's street and building words and heads of places named bare, casefolded."""
    data = load("coref", CorefData)
    return tuple({tuple(_bare_key(h).split()) for h in (*data.named_after,
                                                          *data.bare_named_heads)})


def _facility_name(name: str) -> bool:
    """Whether a name opens with a street or building word and goes on after it
    ('Bandara Adi Sucipto'): a place named after a person, not that person. names12. So
    does a train's or a ship's head ('Kereta Api Bandara Soekarno Hatta', 'KRI Bung
    Tomo'): a vehicle or service named after a person (`vehicle_head`, kinds18)."""
    words = tuple(_bare_key(name).split())
    # only the heads opening with the name's first word can match (`_facility_heads_by_first`)
    return any(len(words) > len(h) and words[:len(h)] == h
               for h in _facility_heads_by_first().get(words[0] if words else "", ())) \
        or vehicle_head(name.split()) > 0


@cache
def _facility_heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """`_facility_heads` by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for h in _facility_heads():
        if h:
            out.setdefault(h[0], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _bare_key(name: str) -> str:
    """A name's words casefolded, hyphens as spaces ('Soekarno-Hatta' = 'Soekarno Hatta')."""
    return " ".join(name.replace("-", " ").casefold().split())


def _bare_named(art: _Article) -> None:
    """'Bandar Udara Ngurah Rai' then 'di Ngurah Rai', 'Stadion X' then 'tiba di X': the
    rest after a head of coref.toml's bare_named_heads, tagged alone as a place or as a
    person with no role, is that place (one such place per rest). names12."""
    heads = _bare_named_heads()
    if not heads:
        return
    same = {tuple(_bare_key(h).split()) for h in load("coref", CorefData).bare_named_same}
    places: dict[str, tuple[_Ent, bool] | None] = {}
    for f in art.live():
        if f.kind not in ("PLACE", "ORG"):
            continue
        words = _bare_key(f.name).split()
        for h in heads:
            if len(words) > len(h) and tuple(words[:len(h)]) == h:
                rest = " ".join(words[len(h):])
                # two places of one rest ('Stasiun X', 'Terminal X'): neither is the bare X
                had = places.get(rest, (f, False))
                places[rest] = None if rest in places and (had is None or had[0] is not f) \
                    else (f, h in same)
                break
    if not places:
        return
    for e in art.live():
        if e.kind not in ("PLACE", "PERSON") or (e.kind == "PERSON" and e.roles):
            continue
        hit = places.get(_bare_key(e.name))
        if hit is None or hit[0] is e or hit[0].merged:
            continue
        # a town the gazetteer knows is the port's town, not the port ('Pelabuhan X' / 'X')
        if e.kind == "PLACE" and e.country is not None and not hit[1]:
            continue
        # nor is an area named so ('kawasan Tanah Abang' beside 'Stasiun Tanah Abang': the
        # district and its station, two places; split20)
        if not hit[1] and any(_previous_word(art.text, m.start) in _bare_area_words()
                              for m in e.mentions):
            continue
        art.merge(hit[0], e)


@cache
def _facility_head_forms() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """coref.toml's facility_head_forms as casefolded words, each head also its own form,
    longest form first."""
    pairs = {(tuple(_bare_key(f).split()), tuple(_bare_key(h).split()))
             for f, h in load("coref", CorefData).facility_head_forms}
    pairs |= {(h, h) for _, h in pairs}
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


def _facility_key(name: str) -> tuple[tuple[str, ...], str] | None:
    """A facility's name as its head and the rest ('Bandar Pomako' -> (('pelabuhan',),
    'pomako')); None when it opens with no form of facility_head_forms."""
    words = tuple(_bare_key(name).split())
    for form, head in _facility_head_forms():
        if len(words) > len(form) and words[:len(form)] == form:
            return head, " ".join(words[len(form):])
    return None


def _facility_forms(art: _Article) -> None:
    """'Bandar Pomako' beside 'Pelabuhan Pomako': one facility's name with two words for
    its kind (coref.toml's facility_head_forms) is one place, named as the article first
    names it. A name the gazetteer knows is a town ('Bandar Lampung'), not a facility.
    link26."""
    if not _facility_head_forms():
        return
    gaz = load_gazetteer()
    groups: dict[tuple[tuple[str, ...], str], list[_Ent]] = {}
    for e in art.live():
        if e.kind not in ("PLACE", "ORG"):
            continue
        key = _facility_key(e.name)
        if key is None or gaz.resolve(_bare_key(e.name)) is not None:
            continue
        groups.setdefault(key, []).append(e)
    for ents in groups.values():
        if len(ents) < 2:
            continue
        keep = min(ents, key=lambda x: min(m.start for m in x.mentions))
        for e in ents:
            if e is not keep and not e.merged and not keep.merged:
                art.merge(keep, e)


@cache
def _bare_area_words() -> frozenset[str]:
    """coref.toml's area nouns before a bare name, casefolded (split20)."""
    return frozenset(w.casefold() for w in load("coref", CorefData).bare_area_words)


@cache
def _variant_words() -> tuple[frozenset[str], frozenset[str], frozenset[str],
                              dict[str, tuple[str, ...]]]:
    """What two names of one body are compared without, casefolded: kinds.toml's legal
    prefixes (opening the name) and legal forms (anywhere), coref.toml's group words
    (ending it); and entities.toml's provinces' short forms, each to its words written
    out. merge15."""
    prefixes, forms = _company_forms()
    ents = load("entities", EntitiesData)
    return (frozenset(p.casefold() for p in prefixes), frozenset(f.casefold() for f in forms),
            frozenset(w.casefold() for w in load("coref", CorefData).company_group_words),
            {k.casefold(): _words(v) for k, v in ents.place_aliases.items()})


def _variant_key(name: str) -> tuple[str, ...]:
    """A name's words as two names of one body compare: 'PT Antam Tbk' and 'PT Antam' ->
    ('antam',), 'Pertamina Group' -> ('pertamina',), 'Polda Jabar' -> ('polda', 'jawa',
    'barat'). merge15."""
    prefixes, forms, groups, places = _variant_words()
    words = [w for w in _words(name) if w not in forms]
    if len(words) > 1 and words[0] in prefixes:
        words = words[1:]
    if len(words) > 1 and words[-1] in groups:
        words = words[:-1]
    return tuple(p for w in words for p in places.get(w, (w,)))


def _place_tail(key: tuple[str, ...]) -> tuple[int, bool]:
    """Words of a place the gazetteer knows ending a name of three words or more ('Stadion
    Siliwangi Bandung', 'Stadion Siliwangi Kota Bandung'), a place word before it counted
    in (and whether one was); 0 when none or when fewer than two words would be left.
    merge15."""
    if len(key) < 3:
        return 0, False
    gaz = load_gazetteer()
    for k in (2, 1):
        if len(key) - k >= 2 and gaz.resolve(" ".join(key[-k:])) is not None:
            if len(key) - k >= 3 and key[-k - 1] in _lex().place_prefixes:
                return k + 1, True
            return k, False
    return 0, False


def _variant_keep(art: _Article, a: _Ent, b: _Ent) -> _Ent:
    """Of two spellings of one name, the one written more often as its name, then the one
    whose words the name lists know more of, then the one of more mentions, then the
    first."""
    text = art.text
    known = load_names().words
    def score(x: _Ent) -> tuple[int, int, int]:
        return (text.count(x.name), sum(w in known for w in _words(x.name)), len(x.mentions))
    return b if score(b) > score(a) else a


def _swapped(a: str, b: str) -> bool:
    """Whether two strings of one length differ only by two neighbouring letters swapped
    ('Juilan' / 'Julian')."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def _variant_names(art: _Article) -> None:
    """Second names of one referent written apart: a body's name with or without its legal
    form, group word or a province's short form ('PT Antam Tbk' / 'PT Antam', 'Pertamina
    Group' / 'PT Pertamina', 'Polda Jabar' / 'Polda Jawa Barat'), named with the city it
    stands in ('Stadion Siliwangi Bandung' / 'Stadion Siliwangi'), or misspelt by one letter
    changed or two swapped in a word of six letters or more ('PT Loco Montardo' / 'PT Loco
    Montrado'; a person's only by two letters swapped, 'Dewi' / 'Dewa' may be two people).
    merge15."""
    bodies = ("ORG", "PLACE", "EVENT")
    live = [e for e in art.live() if e.kind in bodies or e.kind == "PERSON"]
    if len(live) < 2:
        return
    # (entity, key, whether the key is the name less a city ending it)
    entries: list[tuple[_Ent, tuple[str, ...], bool]] = []
    office: set[int] = set()  # bodies ending in 'Kota X', 'Kabupaten X': an office there
    for e in live:
        key = _variant_key(e.name)
        if not key:
            continue
        entries.append((e, key, False))
        if e.kind in ("ORG", "PLACE"):
            k, worded = _place_tail(key)
            if k:
                entries.append((e, key[:-k], True))
                if worded and e.kind == "ORG":
                    office.add(id(e))
    exact: dict[str, list[int]] = {}
    for i, (_, key, _) in enumerate(entries):
        exact.setdefault(" ".join(key), []).append(i)
    # one letter left out of a word of six letters or more, and where; two keys share
    # such a form only if they are as long, so a key of a length no other key has is
    # skipped (its forms would pair it with itself alone: the same pairs, in order)
    lengths: dict[int, int] = {}  # keys of two words or more by their joined length
    for _, key, _ in entries:
        if len(key) >= 2:
            n = sum(map(len, key)) + len(key) - 1
            lengths[n] = lengths.get(n, 0) + 1
    near: dict[str, list[tuple[int, int]]] = {}
    for i, (_, key, _) in enumerate(entries):
        if len(key) < 2:
            continue
        ks, at = " ".join(key), 0
        if lengths[len(ks)] < 2:
            continue
        for w in key:
            if len(w) >= 6 and w.isalpha():
                for k in range(len(w)):
                    if not (k and w[k] == w[k - 1]):
                        near.setdefault(ks[:at + k] + ks[at + k + 1:], []).append((i, at + k))
            at += len(w) + 1
    pairs: list[tuple[int, int, bool]] = []  # (entry, entry, misspelt)
    for idx in exact.values():
        pairs += [(i, j, False) for n, i in enumerate(idx) for j in idx[n + 1:]]
    for hits in near.values():
        for n, (i, p) in enumerate(hits):
            pairs += [(i, j, True) for j, q in hits[n + 1:] if abs(p - q) <= 1]
    heads = _lex().org_words
    facility = {h[0] for h in _facility_heads()}
    for i, j, typo in pairs:
        (a, ka, ta), (b, kb, tb) = entries[i], entries[j]
        if a is b or a.merged or b.merged or (ta and tb):
            continue
        if typo:
            # one word differs, by one letter changed or two neighbours swapped (one left
            # out and another put in nearby is two slips)
            diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
            if len(diff) != 1 or not (_swapped(*diff[0]) or (
                    a.kind != "PERSON" and b.kind != "PERSON"
                    and sum(x != y for x, y in zip(*diff[0], strict=True)) == 1)):
                continue
        if ta or tb:
            long_, short, rest = (a, b, ka) if ta else (b, a, kb)
            # a city after a body's name ('Red Bull Salzburg' beside the firm 'Red Bull')
            # is another body but for a name opened by a body's or building's word
            if short.kind == "PERSON" and short.roles or short.kind == "ORG" and not (
                    rest[0] in heads or rest[0] in facility):
                continue
            # 'Kementerian Agama Kota X' is the ministry's office in that city, another
            # body than the ministry
            if short.kind == "ORG" and id(long_) in office:
                continue
            if typo and short.kind == "PERSON":
                continue
            keep = short if len(short.mentions) > len(long_.mentions) \
                and short.kind != "PERSON" else long_
        elif a.kind == "PERSON" or b.kind == "PERSON":
            if not typo or a.kind != b.kind:
                continue
            keep = _variant_keep(art, a, b)
        elif typo:
            keep = _variant_keep(art, a, b)
        else:
            if a.kind != b.kind:
                continue
            keep = a if (len(a.mentions), len(a.name)) >= (len(b.mentions), len(b.name)) \
                else b
        art.merge(keep, b if keep is a else a)


# A model code: letters and digits of four characters or more ("A1822", "SM-G960F"); not
# a label and a number joined by a hyphen, a series every body shares: an age group
# ("Persija U-19" and "Persib U-19" are two clubs' sides), a disease ("Satgas COVID-19",
# "Vaksin COVID-19"), a flight ("MH-17") (review15).
_MODEL_CODE = re.compile(r"(?![A-Za-z]+-\d+\Z)(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z\d-]{4,}")


def _part_names(art: _Article) -> None:
    """A body's or product's name written with its maker or place left out: 'Red Bulls'
    beside 'New York Red Bulls', 'Galaxy Tab S9' beside 'Samsung Galaxy Tab S9' (an
    organisation of two words or more ending exactly one longer organisation's name whose
    words before it are a place the gazetteer knows or another organisation of the
    article: 'Fakultas Hukum' before 'Universitas X' is neither); and 'iPad A1822' beside
    'Apple A1822' (names of two words ending in one model code). merge15."""
    orgs = [e for e in art.live() if e.kind == "ORG"]
    if len(orgs) < 2:
        return
    keys = {id(e): _variant_key(e.name) for e in orgs}
    makers = {keys[id(e)] for e in orgs}
    gaz = load_gazetteer()
    # organisations by their endings of two words or more after a place or a maker, and
    # by the model code ending them
    ends: dict[tuple[str, ...], list[_Ent]] = {}
    codes: dict[str, list[_Ent]] = {}
    for e in orgs:
        key = keys[id(e)]
        for k in range(1, len(key) - 1):
            if key[:k] in makers or gaz.resolve(" ".join(key[:k])) is not None:
                ends.setdefault(key[k:], []).append(e)
        words = e.name.split()
        if len(words) == 2 and _MODEL_CODE.fullmatch(words[1]):
            codes.setdefault(words[1], []).append(e)
    for e in orgs:
        longer = [x for x in ends.get(keys[id(e)], ()) if x is not e and not x.merged]
        if len(longer) == 1 and not e.merged:
            keep = e if len(e.mentions) > len(longer[0].mentions) else longer[0]
            art.merge(keep, longer[0] if keep is e else e)
    for same in codes.values():
        same = [x for x in same if not x.merged]
        if len(same) > 1:
            keep = max(same, key=lambda x: len(x.mentions))
            for x in same:
                art.merge(keep, x)


_GLUED_NAME = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")


def _glued_names(art: _Article) -> None:
    """'Prof. RikaRaffiudin' (two name words the text glued, tagged a body or a person)
    beside 'Menurut Prof. Rika': a glued name whose first word is a one-word person of the
    article is that person, named with the words apart ('Rika Raffiudin'). merge15."""
    persons: dict[str, list[_Ent]] = {}
    glued: list[tuple[_Ent, re.Match[str]]] = []
    for e in art.live():
        if e.kind == "PERSON" and " " not in e.name:
            persons.setdefault(e.name, []).append(e)
        if e.kind in ("PERSON", "ORG") and not e.roles \
                and (m := _GLUED_NAME.fullmatch(e.name)) is not None:
            glued.append((e, m))
    for e, m in glued:
        hits = [p for p in persons.get(m.group(1), ()) if p is not e and not p.merged]
        if len(hits) == 1 and not e.merged:
            e.kind, e.name = "PERSON", f"{m.group(1)} {m.group(2)}"
            art.merge(e, hits[0])


# A web address as a body's name ("Djaring.id", "Detik.com", "Tempo.co.id"): its name and
# a lower-case top-level domain, maybe with a country's after it.
_DOMAIN_NAME = re.compile(r"(\w[\w-]*)\.[a-z]{2,6}(?:\.[a-z]{2})?")


def _domain_names(art: _Article) -> None:
    """'Djaring.id' beside 'Djaring' (a body): a body named by its web address whose name
    is one other body's of the article is that body, its site a second name of it (round
    289: 'Djaring.id' left apart, as 'Kualalumpurmalaysia.com' in round 286)."""
    bodies: dict[str, list[_Ent]] = {}
    for e in art.live():
        if e.kind == "ORG":
            bodies.setdefault(e.name.casefold(), []).append(e)
    for e in art.live():
        m = _DOMAIN_NAME.fullmatch(e.name) if e.kind == "ORG" else None
        if m is None:
            continue
        hits = [b for b in bodies.get(m.group(1).casefold(), ()) if b is not e and not b.merged]
        if len(hits) == 1:
            art.merge(hits[0], e)


def _contracted_head(word: str, words: Sequence[str]) -> int:
    """How many of a longer name's first `words` a short name's first `word` stands for:
    their initials ('KBRI' of 'kedutaan besar republik indonesia') or pieces of them
    (`_contraction`: 'timnas' of 'tim nasional', 'kedubes' of 'kedutaan besar'); 0 when
    it stands for none, or for one word alone."""
    low = word.casefold()
    for n in range(2, len(words) + 1):
        if low == "".join(w[:1] for w in words[:n]) if word.isupper() \
                else _contraction(low, words[:n], 0):
            return n
    return 0


def _place_words_after(art: _Article, ent: _Ent) -> set[str]:
    """The words of the places written right after a body's mentions with 'di' ('Kedutaan
    Besar Republik Indonesia di [Islamabad]'): where that body is."""
    out: set[str] = set()
    for m in ent.mentions:
        if art.text.startswith(" di ", m.end):
            hit = art.starting(m.end + 4)
            if hit is not None and hit[0].kind == "PLACE":
                out.update(_words(hit[0].name))
    return out


def _contracted_bodies(art: _Article) -> None:
    """'Timnas U - 19' beside 'Tim nasional U - 19 Indonesia', 'Kedubes Indonesia' and
    'KBRI Islamabad' beside 'Kedutaan Besar Republik Indonesia di Islamabad': a body whose
    name opens with a contraction or the initials of another body's first words
    (`_contracted_head`), its other words all among that body's other words or its place
    after 'di', is that body, where one body only is so named (round 289: three names of
    one embassy, two of one team)."""
    bodies = [(x, _words(x.name)) for x in art.live() if x.kind == "ORG" and " " in x.name]
    # A contraction or initials open with the longer name's first letter: only the bodies
    # whose first word does are tried (every pair was quadratic on a text of many stories).
    by_letter: dict[str, list[int]] = {}
    for k, (_, xs) in enumerate(bodies):
        by_letter.setdefault(xs[0][:1] if xs else "", []).append(k)
    for e, ws in bodies:
        first = e.name.split(" ", 1)[0]
        if e.merged or len(first) < 3 or not first.isalpha():
            continue
        hits = []
        near = sorted(by_letter.get(first.casefold()[:1], []) + by_letter.get("", []))
        for x, xs in (bodies[k] for k in near):
            n = _contracted_head(first, xs) if x is not e and not x.merged \
                and xs[0] != ws[0] else 0
            if n and set(ws[1:]) <= set(xs[n:]) | _place_words_after(art, x):
                hits.append(x)
        if len(hits) == 1:
            art.merge(hits[0], e)


def _short_names(art: _Article) -> None:
    """A one-word person ('Sandi', 'Rafa') opening one other person's name word, or made of
    the openings of its words ('Setnov' = Setya Novanto, 'Jokowi' = Joko Widodo)."""
    persons = [e for e in art.live() if e.kind == "PERSON"]
    # Every pair compared was quadratic on a text of many stories, and so was every pair
    # whose words share two first letters. A hit's word opens with the short name (of four
    # letters or more: its first four), or `_syllables` covers the name with openings of
    # two letters or more of consecutive words: the first two of one word, and after them
    # in the name, the first two of the next. The persons by both keys; names stay as
    # they are here.
    by_opening: dict[str, set[int]] = {}
    by_pair: dict[tuple[str, str], set[int]] = {}
    # A name word less an old-spelling name prefix ('Soeharto' -> 'harto', 'Suharsono' ->
    # 'harsono'): 'Pak Harto' and 'kata Harsono' name that person too. names11.
    unprefixed: dict[str, set[int]] = {}
    dropped = _dropped_name_prefixes()
    by_two: dict[str, set[int]] = {}
    for k, p in enumerate(persons):
        ws = _words(p.name)
        for w in ws:
            by_opening.setdefault(w[:4], set()).add(k)
            if len(w) >= 5 and " " in p.name:
                by_two.setdefault(w[:2], set()).add(k)
            for pre in dropped:
                if w.startswith(pre) and len(w) - len(pre) >= 4:
                    unprefixed.setdefault(w[len(pre):], set()).add(k)
        for a, b in zip(ws, ws[1:], strict=False):
            if len(a) >= 2 and len(b) >= 2:
                by_pair.setdefault((a[:2], b[:2]), set()).add(k)
    for e in persons:
        if e.merged or " " in e.name or len(e.name) < 4 or not e.name[:1].isupper():
            continue
        low = e.name.casefold()
        patronym = _patronym_endings()
        keys = {k for n in range(2, len(low) - 1)
                for k in by_pair.get((low[:2], low[n:n + 2]), ())}
        near = [persons[k] for k in sorted(keys | by_opening.get(low[:4], set()))]
        # a word spelt a letter otherwise opens with the same two letters ('Aminthya' /
        # 'Amithya'), not always with the same four (merge18)
        near += [persons[k] for k in sorted(by_two.get(low[:2], set()) - keys
                                            - by_opening.get(low[:4], set()))]
        hits = [p for p in near if p is not e and not p.merged and " " in p.name
                for ws in (_words(p.name),)  # read once for both tests
                if any(w.startswith(low) and w != low and w[len(low):] not in patronym
                       or _spelt_otherwise(low, w) for w in ws) or _syllables(low, ws)]
        if not hits:
            hits = [p for p in (persons[k] for k in sorted(unprefixed.get(low, ())))
                    if p is not e and not p.merged]
        if len(hits) == 1 and _later_word_opened_first(e, hits[0]):
            continue
        if len(hits) == 1:
            art.merge(hits[0], e)
    # 'Sheva' tagged a body beside the person Andriy Shevchenko: a one-word title-case
    # name of five letters or more whose letters but the last open one person's name word,
    # no body aliases.toml knows and no organisation word, is that person's nickname too
    # (only the opening: no syllables). names11.
    org_words = _lex().org_words
    for e in art.live():
        if e.kind != "ORG" or " " in e.name or len(e.name) < 5 or not e.name[:1].isupper() \
                or not e.name[1:].islower() or not e.name.isalpha():
            continue
        low = e.name.casefold()
        if low in _known_one_word_bodies() or low in org_words:
            continue
        patronym = _patronym_endings()
        # its letters but the last open the word ('Shev[a]' of 'Shevchenko')
        hits = [p for p in (persons[k] for k in sorted(by_opening.get(low[:4], ())))
                if not p.merged and " " in p.name
                and any(w.startswith(low[:-1]) and len(w) > len(low) + 1
                        and w[len(low):] not in patronym for w in _words(p.name))]
        if len(hits) == 1:
            art.merge(hits[0], e)


def _later_word_opened_first(short: _Ent, long_: _Ent) -> bool:
    """Whether a one-word person named before a longer name is opened only by a later word
    of it ('Wati' beside a later 'Siti Rahma Watiningsih'): someone else sharing a piece of
    that name. A short name of the person follows the full one or opens its first word
    ('Sandi' of Sandiaga Uno). merge14."""
    if not short.mentions or not long_.mentions or min(m.start for m in short.mentions) \
            > min(m.start for m in long_.mentions):
        return False
    ws = _words(long_.name)
    low = short.name.casefold()
    return not ws[0].startswith(low[:4]) and not _syllables(low, ws) \
        and not any(_spelt_otherwise(low, w) for w in ws)


def _letter_left_out(a: str, b: str) -> bool:
    """Whether two name words of seven letters or more differ by one letter inside one of
    them, left out of the other ('Zulficar' / 'Zulfichar'): one name spelt two ways. Not
    a letter at either end ('Andrea' / 'Andreas' are two names). names13."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 7:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if short[:2] != long_[:2] or short[-1] != long_[-1]:
        return False
    return any(long_[:k] + long_[k + 1:] == short for k in range(2, len(long_) - 1))


_VOWELS = frozenset("aeiou")


def _spelt_otherwise(a: str, b: str) -> bool:
    """Whether two name words are one name misspelt: a letter left out of one
    (`_letter_left_out`), one vowel inside the word put for another ('Courtois' /
    'Courtous'), or two letters inside it swapped ('Juilan' / 'Julian'), in words of five
    letters or more. Never at either end ('Yanti' / 'Yanto', 'Dewi' / 'Dewa' are two
    names) nor a consonant put for another ('Wahyudi' / 'Wahyuni'). merge18."""
    if len(a) != len(b):
        return _letter_left_out(a, b)
    if len(a) < 5 or a == b or a[0] != b[0] or a[-1] != b[-1]:
        return False
    diff = [k for k in range(1, len(a) - 1) if a[k] != b[k]]
    if len(diff) == 1:
        return a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


def _respelt_names(art: _Article) -> None:
    """Two persons' names of two words or more, the same but for one vowel inside one word
    (`_spelt_otherwise`: 'Thibaut Courtous' / 'Thibaut Courtois') are one name misspelt,
    named as `_variant_keep` chooses (`_variant_names` reads bodies' and places' slips,
    and persons' swapped letters, not a person's vowel). merge18."""
    # The names keyed by their words with one word left out: two names sharing a key
    # differ in that word only (no pair of names compared).
    seen: dict[tuple[str, int, tuple[str, ...]], list[tuple[_Ent, str]]] = {}
    for x in art.live():
        words = _words(x.name)
        if x.kind != "PERSON" or len(words) < 2 or not x.name[:1].isupper():
            continue
        for i, w in enumerate(words):
            if len(w) < 5 or not w.isalpha():
                continue
            key = (x.kind, i, words[:i] + words[i + 1:])
            for e, v in seen.get(key, ()):
                if not e.merged and not x.merged and len(v) == len(w) \
                        and _spelt_otherwise(v, w) and not _swapped(v, w):
                    keep = _variant_keep(art, e, x)
                    art.merge(keep, x if keep is e else e)
            seen.setdefault(key, []).append((x, w))


_DOUBLED = re.compile(r"(\w)\1+")
# Each run's letter, as the template r"\1" gives it, but called in C: `re` expands a
# string template per run in Python (11 against 5 us a three-word name; speed26).
_RUN_LETTER = itemgetter(1)
# The look-behind after the capital (the same test), so that `re` skips to the capitals
# in C instead of trying the look-behind at every character of the text (speed26).
_CAPITAL_WORD = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]{4,}(?![\w-])")


def _undoubled(name: str) -> str:
    """A name casefolded with each doubled letter written once ('Affifudin', 'Afifuddin'
    -> 'afifudin'): Indonesian names are spelt with and without doubled consonants."""
    return _DOUBLED.sub(_RUN_LETTER, " ".join(_words(name)))


def _doubled_letters(art: _Article) -> None:
    """'Affifudin' beside 'Afifuddin': two persons' names the same but for doubled letters,
    of a word of five letters or more, are one name spelt two ways, named as
    `_variant_keep` chooses; the article's other free capitalised words so spelt of a
    one-word name ('Ketua KPU Affifuddin') are its mentions too. Two people whose names
    differ by a letter ('Dewi' / 'Dewa') are not read here. link25."""
    by_key: dict[str, _Ent] = {}
    for x in art.live():
        if x.kind != "PERSON" or not x.name[:1].isupper():
            continue
        key = _undoubled(x.name)
        if max(map(len, key.split()), default=0) < 5:
            continue
        had = by_key.get(key)
        if had is None or had.merged:
            by_key[key] = x
            continue
        keep = _variant_keep(art, had, x)
        art.merge(keep, x if keep is had else had)
        by_key[key] = keep
    one_word = {k: e for k, e in by_key.items() if " " not in k and not e.merged}
    if not one_word:
        return
    for form in dict.fromkeys(m.group() for m in _CAPITAL_WORD.finditer(art.text)):
        e = one_word.get(_undoubled(form))
        if e is not None and form != e.name:
            art.add_occurrences(e, form)


def _undoubled_word(word: str) -> str:
    """A word casefolded with each doubled letter written once ('Afifuddin' -> 'afifudin')."""
    return _DOUBLED.sub(_RUN_LETTER, word.casefold())


def _doubled_short_names(art: _Article) -> None:
    """'Affifudin' beside 'Mochammad Afifuddin': a one-word person spelt as one word of five
    letters or more of one longer person's name but for doubled letters is that person
    (`_short_names` reads openings and slips, not letters doubled otherwise). Two longer
    names holding such a word leave it apart. link26."""
    words: dict[str, list[_Ent]] = {}
    for p in art.live():
        if p.kind == "PERSON" and " " in p.name and p.name[:1].isupper():
            for w in dict.fromkeys(_words(p.name)):
                if len(w) >= 5 and w.isalpha():
                    words.setdefault(_undoubled_word(w), []).append(p)
    if not words:
        return
    for e in art.live():
        if e.kind != "PERSON" or " " in e.name or not e.name[:1].isupper() or e.merged:
            continue
        low = e.name.casefold()
        hits = [p for p in words.get(_undoubled_word(low), ()) if not p.merged
                and low not in _words(p.name)]
        if len(hits) == 1:
            art.merge(hits[0], e)


def _events_of_one_body(art: _Article) -> None:
    """Two events named by the same words before one body's two names ('Rapat Koordinasi
    Dewan Pengarah [Indonesia National Single Window]' / 'Rapat Koordinasi Dewan Pengarah
    [INSW]', 'Kongres [PSSI]' / 'Kongres [Persatuan Sepak Bola Seluruh Indonesia]') are one
    event: the body's names are one. merge18."""
    text = art.text
    seen: dict[tuple[str, int], _Ent] = {}
    for x in art.live():
        if x.kind != "EVENT":
            continue
        for m in x.mentions:
            for o, a, b in art.mentions_in(m.start + 1, m.end - 1):
                if o is x or o.kind != "ORG" or b != m.end:
                    continue
                key = (" ".join(text[m.start:a].split()).casefold(), id(o))
                e = seen.setdefault(key, x)
                if e is not x and not e.merged and not x.merged:
                    keep, gone = (e, x) if len(e.mentions) >= len(x.mentions) else (x, e)
                    art.merge(keep, gone)
                    seen[key] = keep


def _opens_with_letters(piece: str, word: str) -> bool:
    """Whether `piece` is the word's first letter and then letters of its next few, in
    order ('kor' of 'koordinasi', 'nas' of 'nasional')."""
    if piece[:1] != word[:1]:
        return False
    k = 1
    for c in word[1:len(piece) + 2]:
        if k < len(piece) and c == piece[k]:
            k += 1
    return k == len(piece)


def _contraction(short: str, words: Sequence[str], k: int, used: int = 0) -> bool:
    """Whether `short` is contracted from `words` from the `k`-th on, each word giving a
    piece of two letters or more (`_opens_with_letters`), two words or more: 'rakornas'
    <- 'rapat koordinasi nasional'."""
    if not short:
        return used >= 2
    if k >= len(words):
        return False
    w = words[k]
    return any(_opens_with_letters(short[:n], w) and _contraction(short[n:], words, k + 1,
                                                                   used + 1)
               for n in range(min(len(short), len(w)), 1, -1))


def _syllable_events(art: _Article) -> None:
    """A one-word body or event contracted from an event's first words (`_contraction`:
    'Rakornas' of 'Rapat Koordinasi Nasional Pengendalian Inflasi 2025', as 'Setnov' of a
    person) is that event's short name, where one event only is so spelt. merge18."""
    events = [(x, _words(x.name)) for x in art.live()
              if x.kind == "EVENT" and " " in x.name]
    if not events:
        return
    for e in art.live():
        if e.kind not in ("ORG", "EVENT") or " " in e.name or len(e.name) < 5 \
                or not e.name[:1].isupper() or not e.name[1:].islower():
            continue
        low = e.name.casefold()
        hits = [x for x, ws in events if x is not e and not x.merged
                and ws[0][:2] == low[:2] and _contraction(low, ws, 0)]
        if len(hits) == 1:
            art.merge(hits[0], e)


@cache
def _dropped_name_prefixes() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load("coref", CorefData).dropped_name_prefixes)


@cache
def _patronym_endings() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load("coref", CorefData).patronym_endings)


def _shorter_names(art: _Article) -> None:
    """A person of two or more name words that all stand, first word first, in one
    other person's longer name ('Anies Baswedan' / 'Anies Rasyid Baswedan') is that person:
    an alias table or a second spelling of the tagger must not split one person in two."""
    persons = [e for e in art.live() if e.kind == "PERSON"]
    # The persons by their first name word, the one a hit shares (names stay as they are
    # here): every pair compared was quadratic on a text of many stories.
    by_first: dict[str, list[_Ent]] = {}
    for p in persons:
        if ws := _words(p.name):
            by_first.setdefault(ws[0], []).append(p)
    for e in sorted(persons, key=lambda p: len(p.name.split())):
        words = _words(e.name)
        if e.merged or len(words) < 2:
            continue
        # a hyphenated surname is one word: "Kyle Walker" is not "Kyle Walker - Peters"
        hits = [p for p in by_first[words[0]] if p is not e and not p.merged
                and len(_words(p.name)) > len(words) and set(words) < set(_words(p.name))
                and set(_words(e.name.replace(" - ", "-"))) <= set(_words(
                    p.name.replace(" - ", "-")))]
        if len(hits) == 1:
            art.merge(hits[0], e)


def _syllables(short: str, words: Sequence[str]) -> bool:
    """Whether `short` is openings of two or more consecutive `words`, each of two
    letters or more: 'setnov' <- 'setya novanto'."""
    # The first opening is two letters or more of some word: without a word opening with
    # `short`'s first two letters, no search can succeed (most pairs of an article's
    # people; the search tried every word's every opening, 5 ms on an article of 50).
    if not any(w[:2] == short[:2] for w in words if len(w) >= 2):
        return False
    return _syllable_cover(short, words)


def _syllable_cover(short: str, words: Sequence[str]) -> bool:
    """The search behind `_syllables`: every opening of every word tried."""
    def cover(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k >= len(words):
            return False
        w = words[k]
        return any(rest.startswith(w[:n]) and cover(rest[n:], k + 1, used + 1)
                   for n in range(min(len(w), len(rest)), 1, -1))
    return any(cover(short, i, 0) for i in range(len(words)))


def _qualified(text: str, end: int, qualifiers: Sequence[str]) -> tuple[int, bool]:
    """End of a title with its qualifier ('Presiden RI'), and whether it stays bare:
    False when a capitalised word that is no qualifier follows ('Presiden Joko Widodo',
    'Presiden Rusia')."""
    for q in sorted(qualifiers, key=len, reverse=True):
        m = re.compile(rf"\s+{re.escape(q)}(?!\w)").match(text, end)
        if m is not None:
            return m.end(), True
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1)[:1].isupper() and "," not in nxt.group(0):
        return end, False
    return end, True


# An ordinal after a title, with digits ('ke-15', 'ke - 15', 'ke 15') or in words ('ketujuh').
_ORDINAL_AFTER = re.compile(r"\s*(?:ke\s*-?\s*\d+(?!\w)|(?P<word>[a-z]+)(?!\w))", re.IGNORECASE)


def _numbered(text: str, end: int) -> bool:
    """Whether the title ending at `end` is followed by an ordinal: 'Ketua MPR RI ke-15 ini'
    names the fifteenth holder, someone in the article (or of the past), never the holder
    on the publication date the table gives."""
    m = _ORDINAL_AFTER.match(text, end)
    return m is not None and (m.group("word") is None
                              or m.group("word").casefold() in role_words().ordinals)


def _previous_word(text: str, start: int) -> str:
    m = _LAST_WORD.search(text[max(0, start - 30):start])
    return m.group(1).casefold() if m else ""


def _inside_name(text: str, start: int) -> bool:
    """Whether a title is the tail of a capitalised name ('Sekretariat Presiden', 'Istana
    Wakil Presiden'): a capitalised word right before it, not opening its sentence."""
    m = _LAST_PIECE.search(text[max(0, start - 40):start])
    if m is None or not m.group(1)[:1].isupper() or m.group(1)[-1] in ".!?:,;\"“”)":
        return False  # 'Tokyo. Presiden …': the word before ends a sentence or clause
    before = text[:start - len(m.group(0))].rstrip()
    # Not 'Menurut Presiden, …' nor a sentence opening with the word before.
    return bool(before) and before[-1] not in ".!?:\"“”\n" \
        and m.group(1).casefold() not in _lex().not_names


@cache
def _not_current() -> frozenset[str]:
    """Words before a title that make it another office or no holder at all (coref.toml
    `not_current_words`): "mantan Presiden", "pemilu Presiden"."""
    return frozenset(w.casefold() for w in load("coref", CorefData).not_current_words)


# A title in a pair with another is the office in general, not its holder: either of two
# ("sebagai Presiden atau Wakil Presiden"), or the second of two that a word of
# `_not_current` opens ("calon Presiden dan Wakil Presiden").
_EITHER_AFTER = re.compile(r"\s+atau\s+(?:(?:bakal\s+)?calon\s+)?[A-Z]")
_EITHER_BEFORE = re.compile(r"[A-Z][\w-]*\s+atau\s+(?:(?:bakal\s+)?calon\s+)?$")


@cache
def _paired_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_not_current(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?:" + words +
        r")\s+(?:[A-Z][\w-]*\s+){1,4}(?:dan|serta|atau)\s+(?:(?:bakal\s+)?calon\s+)?$",
        re.IGNORECASE)


# A lower-case word listed right after a title or right before it: 'DPRD , Mendagri ,
# [gubernur]', 'Presiden dan [peneliti] utama …'; group 1 the word.
_LISTED_AFTER = re.compile(r"\s*(?:,|\s(?:dan|serta|atau))\s+([a-z]+)\b")
_LISTED_BEFORE = re.compile(r"\b([a-z]+)\s*,\s*$")


def _beside_lower_head(text: str, s: int, e: int) -> bool:
    """Whether the title at [s, e) is listed beside a lower-case head of roles.toml: 'bisa
    lewat dialog , DPRD , Mendagri , gubernur' names offices in general, 'Presiden dan
    peneliti utama di Center X , Budi' an office of the name after it; neither is the
    holder on the article's date (roles27; who rounds 276, 286: a name not in the text)."""
    m = _LISTED_AFTER.match(text, e) or _LISTED_BEFORE.search(text, max(0, s - 30), s)
    return m is not None and head_at([m.group(1)], 0) > 0


def _generic_title(text: str, s: int, e: int) -> bool:
    """Whether the title at [s, e) names the office in general by its pair (see above)."""
    before = text[max(0, s - 80):s]
    return bool(_EITHER_AFTER.match(text, e) or _EITHER_BEFORE.search(before)
                or _paired_before().search(before)) or _beside_lower_head(text, s, e)


@cache
def _office_titles() -> dict[str, tuple[tuple[str, str, frozenset[str]], ...]]:
    """`_office_of_role`'s walk (each office in turn, its titles longest first) as
    (casefolded title, office key, the office's casefolded titles), kept by the title's
    first word: a title can open a role only where the role opens with that word."""
    by_first: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for office in _lex().data.office:
        own = frozenset(x.casefold() for x in office.titles)
        for t in sorted(office.titles, key=len, reverse=True):
            tl = t.casefold()
            by_first.setdefault(tl.split(" ", 1)[0], []).append((tl, office.key, own))
    return {w: tuple(v) for w, v in by_first.items()}


@cache
def _qualifier_set() -> frozenset[str]:
    return frozenset(q.casefold() for q in _lex().data.qualifiers)


def _office_of_role(role: str) -> tuple[str, bool] | None:
    """(office key, Indonesian?) for a role that opens with an office title."""
    low = " ".join(role.casefold().split())
    # `low == tl` or `low.startswith(tl + " ")` holds only where both open with one word
    for tl, key, own in _office_titles().get(low.split(" ", 1)[0], ()):
        if low == tl:
            return key, True
        if low.startswith(tl + " "):
            rest = low[len(tl) + 1:]
            # 'Menteri Keuangan (Menkeu)': the title's own short form in brackets.
            short = rest.strip("() ") in own
            return key, rest in _qualifier_set() or short
    return None


def _find_person(art: _Article, name: str) -> _Ent | None:
    hits = [e for e in art.live() if e.kind == "PERSON" and _same_person(e.name, name)]
    return hits[0] if len(hits) == 1 else None


def _is_word_char(c: str) -> bool:
    """What `\\w` or "-" matches (re's Unicode `\\w` is `str.isalnum()` or "_")."""
    return c.isalnum() or c == "_" or c == "-"


_WORD_RUN = re.compile(r"\w+")  # `first` of `_Article._word_hits` opens at the form's start
_SEARCHES_BEFORE_INDEX = 16  # forms searched for in the text before its word runs are indexed


def _word_hits(text: str, form: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of `(?<!\\w)FORM(?!\\w)`, left to right, not overlapping,
    found by a literal search: a regex per form was compiled afresh for each article's
    names (600 compiles in 300 articles) and pushed the other patterns out of re's cache."""
    if not form:  # the regex's empty matches; never asked for
        yield from ((m.start(), m.end()) for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    n = len(form)
    pos = 0
    while (s := text.find(form, pos)) >= 0:
        e = s + n
        if (s == 0 or not _is_w(text[s - 1])) and (e == len(text) or not _is_w(text[e])):
            yield s, e
            pos = e
        else:
            pos = s + 1


def _is_w(c: str) -> bool:
    """What re's Unicode `\\w` matches."""
    return c.isalnum() or c == "_"


@lru_cache(maxsize=512)
def _form_pattern(form: str) -> re.Pattern[str]:
    return re.compile(re.escape(form), re.IGNORECASE)


# Non-ASCII characters that re.IGNORECASE matches to an ASCII letter ("İ", "ı" to i,
# Kelvin sign to k, long s to s); tests check the list against every code point.
_FOLDS_TO_ASCII = "\u0130\u0131\u212a\u017f"


def _form_hits(text: str, form: str, ignore_case: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of `form` as a whole word, left to right, not overlapping: the
    matches of `(?<![\\w-])FORM(?![\\w-])`. A literal search with the edges checked here
    lets re (or str.find) skip ahead; the look-behind first scanned every position."""
    n = len(form)
    pat = _form_pattern(form) if ignore_case else None
    pos = 0
    while True:
        if pat is None:
            s = text.find(form, pos)
            if s < 0:
                return
            e = s + n
        else:
            m = pat.search(text, pos)
            if m is None:
                return
            s, e = m.span()
        if (s == 0 or not _is_word_char(text[s - 1])) and (
                e == len(text) or not _is_word_char(text[e])):
            yield s, e
            pos = e
        else:
            pos = s + 1


@cache
def _title_forms() -> tuple[tuple[str, str, bool], ...]:
    """(form, office key, epithet) of every office's titles and epithets, longest first."""
    forms: list[tuple[str, str, bool]] = []
    for office in _lex().data.office:
        forms += [(t, office.key, False) for t in office.titles]
        forms += [(t, office.key, True) for t in office.epithets]
    forms.sort(key=lambda f: len(f[0]), reverse=True)
    return tuple(forms)


# From a capital A-Z to the end of its run of word characters: each run that opens with
# one is found whole (a match ends only where the run does).
_CAPITALISED = re.compile(r"[A-Z]\w*")


@cache
def _title_runs() -> tuple[frozenset[str], ...]:
    """The runs of word characters opening with a capital A-Z in each of
    `_title_forms()`, in the same order."""
    return tuple(frozenset(r for r in re.findall(r"\w+", f) if "A" <= r[0] <= "Z")
                 for f, _, _ in _title_forms())


def _titles(art: _Article, when: date | None, sentences: Sequence[Span] = ()) -> None:
    """Bare titles and office epithets: the person the article gives the role, else the
    holder on the publication date."""
    lex = _lex()
    text = art.text
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)
    # Case-blind forms absent from the lower-cased text are skipped before their regex
    # scans the whole text. Exact for ASCII forms when the text holds none of the four
    # characters re's IGNORECASE matches to ASCII letters besides their cases.
    folded = text.lower() if not any(c in text for c in _FOLDS_TO_ASCII) else None
    # A title is matched as written, as a whole word: every run of word characters in
    # it is then a whole run of the text's too, and `_CAPITALISED` finds each run of the
    # text that opens with a capital A-Z. One such set, read once (the regex skips to the
    # capitals), spares a scan of the text for each of the 55 first words of titles.
    runs = set(_CAPITALISED.findall(text))
    for (form, key, epithet), need in zip(_title_forms(), _title_runs(), strict=True):
        if epithet and folded is not None and form.isascii() and form.lower() not in folded:
            continue
        if not epithet and (not need <= runs or form not in text):
            continue
        for s, e in _form_hits(text, form, epithet):
            if any(taken[s:e]) or not art.free(s, e):
                continue
            if not epithet and not text[s].isupper():
                continue
            if _previous_word(text, s) in _not_current() or _inside_name(text, s) \
                    or _generic_title(text, s, e):
                continue
            e2, bare = _qualified(text, e, lex.data.qualifiers)
            taken[s:e] = b"\x01" * (e - s)
            if not bare or _numbered(text, e) or (e2 != e and _numbered(text, e2)):
                continue
            found.append((s, e2, key))
    starts = [x.start for x in sentences] if ordered(sentences) else None
    story = _story_years(text, when) if found and when is not None else None
    for s, e, key in sorted(found):
        if not art.free(s, e):
            continue
        sent = _sentence_holding(sentences, starts, s)
        since = sentences[max(0, _sentence_at(sentences, starts, s) - 1)].start \
            if sentences else 0
        # In a story told of years past, the year named last before the title (roles13).
        then = None
        if story is not None:
            k = bisect_right(story[0], s)
            then = story[1][k - 1] if k else None
        target = _title_holder(art, key, s, when, sent, since, then)
        if target is not None:
            art.mark(target, s, e)
            title = next(o.titles[0] for o in lex.data.office if o.key == key)
            if not any((_office_of_role(r) or ("",))[0] == key for r in target.roles):
                target.roles.append(title)


def _holder_parts(art: _Article, when: date | None) -> None:
    """A person holding an Indonesian office on the article's date is the holder the table
    names; the parts of that name the tagger split off ('Purbaya' and 'Yudhi Sadewa' of
    Menkeu Purbaya Yudhi Sadewa) are the same person, under the full name."""
    if when is None:
        return
    for e in art.live():
        if e.kind != "PERSON" or e.merged:
            continue
        for r in e.roles:
            holder = _office_holder_in(r, when)
            if holder is None or not set(_words(e.name)) <= set(_words(holder)):
                continue
            words = set(_words(holder))
            for x in art.live():
                if x is not e and x.kind == "PERSON" and set(_words(x.name)) <= words:
                    art.merge(e, x)
            e.name = holder
            break


def _office_holder_in(role: str, when: date) -> str | None:
    """The holder on `when` of the Indonesian office a role names, where any words after
    the title are words of that holder's name ('Menteri Keuangan (Menkeu) Purbaya')."""
    words = role.split()
    for k in range(len(words), 0, -1):
        got = _office_of_role(" ".join(words[:k]))
        if got is None or not got[1]:
            continue
        holder = holder_on(got[0], when)
        if holder is not None and {w.casefold() for w in words[k:]} <= set(_words(holder)):
            return holder
        return None
    return None


def _title_holder(art: _Article, key: str, at: int, when: date | None,
                  sentence: Span | None = None, since: int | None = None,
                  then: int | None = None) -> _Ent | None:
    """Who an office title at `at` (in `sentence`; `since`: where the sentence before
    it starts; `then`: the past year a story of years past names last before it) stands
    for (None when it cannot be read safely)."""
    local: list[tuple[int, _Ent, bool]] = []  # (first mention, entity, Indonesian office)
    former = False  # someone named as its past holder ('mantan Menteri Perdagangan')
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for r in e.roles:
            got = _office_of_role(r)
            if got is not None and got[0] == key:
                local.append((min(m.start for m in e.mentions), e, got[1]))
            head, _, rest = r.partition(" ")
            if rest and head.casefold() in _not_current():
                former = former or (_office_of_role(rest) or ("",))[0] == key
    if local:
        home = {id(e): e for _, e, ind in local if ind}
        if len(home) == 1:
            return next(iter(home.values()))
        if home:
            return None
        # Only foreign holders named ("Presiden AS Donald Trump"): the one named before.
        before = {id(e): e for pos, e, _ in local if pos < at}
        return next(iter(before.values())) if len(before) == 1 else None
    # A bare title beside a named past holder may be his; one in a sentence of years
    # past may be whoever held it then: the holder on the publication date is no safe read.
    if when is None or former or (
            sentence is not None and _earlier_year_near(art.text, sentence, when.year)):
        return None
    name = holder_on(key, when)
    if name is None or (then is not None and name not in _holders_in(key, then)):
        # 'surat kepada Menteri BUMN' in a 2025 report of a 2010 case: the holder on the
        # publication date, who did not hold it that year, is no safe read (roles13)
        return None
    found = _find_person(art, name)
    if found is not None:
        return found
    if since is not None and _abroad(art, since, at):
        return None  # 'Di AS, Donald Trump … . Presiden juga bertekad …': AS's president
    # The holder written in parts ('Purbaya', 'Yudhi Sadewa'): one person, the holder.
    words = set(_words(name))
    parts = [e for e in art.live() if e.kind == "PERSON" and e.mentions
             and set(_words(e.name)) <= words]
    if parts:
        keep = max(parts, key=lambda e: len(e.name))
        for e in parts:
            art.merge(keep, e)
        keep.name = name
        return keep
    ent = _Ent("PERSON", name, [], "ID", [])
    art.ents.append(ent)
    return ent


def _abroad(art: _Article, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names a foreign place and no Indonesian one: a bare title there
    is that country's office ('Di AS, Donald Trump … . Presiden juga …'), not the holder
    of the Indonesian office the table names (whom the article never names)."""
    codes = {p.country for p in art.live() if p.kind == "PLACE" and p.country
             and any(lo <= m.start < hi for m in p.mentions)}
    return bool(codes) and "ID" not in codes


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A law's or letter's number before its year ('Nomor 23 Tahun 2014', 'Nomor
# 422/KMK.06/2003'): the year it was issued, no time of the story.
_NUMBERED_YEAR = re.compile(r"(?:\bNomor|\bNo\.?)\s*[\w./-]*(?:\s+tahun\s+|/)$", re.IGNORECASE)


def _story_years(text: str, when: date) -> tuple[list[int], list[int | None]] | None:
    """The years a text names (less laws' and letters' numbers): their offsets, and each
    year where it is two or more before `when`'s (None where it is recent), when most of
    them, and three or more, are: a story told of years past ('Jaksa mengatakan … pada
    15 Desember 2009 …' in a 2025 report); None when the text is of its own time
    (roles13)."""
    at: list[int] = []
    years: list[int | None] = []
    old = 0
    for m in _YEAR.finditer(text):
        if _NUMBERED_YEAR.search(text, max(0, m.start() - 30), m.start()):
            continue
        y = int(m.group())
        at.append(m.start())
        years.append(y if y < when.year - 1 else None)
        old += y < when.year - 1
    return (at, years) if old >= 3 and 2 * old > len(at) else None


def _holders_in(key: str, year: int) -> frozenset[str]:
    """Names of the holders of an office (offices.toml key) at any time in `year`."""
    lo, hi = date(year, 1, 1), date(year, 12, 31)
    return frozenset(h.name for o in _lex().data.office if o.key == key
                     for h in o.holders if h.start <= hi and (h.end is None or h.end > lo))


def _earlier_year_near(text: str, sentence: Span, year: int) -> bool:
    """Whether `sentence` names a year two or more before `year`: a title there may mean
    who held the office then ('surat Menteri Perdagangan ... tanggal 12 Januari 2016' in a
    2025 article), not the holder on the publication date (last year's figures and next
    year's plans are mostly the holder's own)."""
    return any(int(y) < year - 1
               for y in _YEAR.findall(text, sentence.start, sentence.end))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_LOWER_RUN = re.compile(r"[a-z]+")
# The rest of an epithet after its head word: up to three words, then 'itu' / 'tersebut'.
_EPITHET_TAIL = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:itu|tersebut)(?![\w-])")


def _bare_head_places(art: _Article) -> None:
    """'Menurut Karo, ...' after 'Karo Rena Polda Babel Kombes Yeyen Lesmana': a role head
    read as a place (the regency Karo) is the one person named before it whose role it
    opens, when the article writes the place as the bare head only."""
    for e in art.live():
        if e.kind != "PLACE":
            continue
        forms = {art.text[m.start : m.end] for m in e.mentions}
        if len(forms) != 1:
            continue
        form = next(iter(forms))
        if " " in form or not form[:1].isupper() or form.casefold() not in _lex().role_heads:
            continue
        first = min(m.start for m in e.mentions)
        holders = [p for p in art.live() if p.kind == "PERSON" and p.mentions
                   and min(m.start for m in p.mentions) < first and any(
                       r.split()[0].casefold() == form.casefold() for r in p.roles if r.split())]
        if len(holders) == 1:
            art.merge(holders[0], e)


def _role_epithets(art: _Article) -> None:
    """'pelatih asal Brasil itu': the one person whose role opens with 'Pelatih'."""
    heads: dict[str, list[_Ent]] = {}
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for r in e.roles:
            first = r.split()[0].casefold() if r.split() else ""
            if first and first in _lex().role_heads and e not in heads.get(first, []):
                heads.setdefault(first, []).append(e)
    if not heads:
        return
    # What `art.person_in` and each person's first mention say, without a scan of every
    # mention per word: the mentions as the loop starts, and the furthest end of the
    # epithets it marks (each starts before the words read after it, so it overlaps a
    # later range only by reaching past that range's start).
    people: SpanSet | None = None  # built at the first epithet read (most texts: none)
    marked_end = -1
    opens: dict[int, int] = {}  # id(person) -> start of its first mention
    for start, end, person in _lower_words_of(art.text, {
            h: c[0] for h, c in heads.items() if len(c) == 1}):
        tail = _EPITHET_TAIL.match(art.text, end)
        if tail is None:
            continue
        if people is None:
            people = art.span_set(("PERSON", "ORG"))
        if people.overlaps(start, tail.end()) or marked_end > start:
            continue  # places may sit inside ('pelatih asal Brasil itu'), people not
        if id(person) not in opens:  # marks below add only later starts
            opens[id(person)] = min(x.start for x in person.mentions)
        if opens[id(person)] > start:
            continue  # an epithet refers back, never forward
        art.mark(person, start, tail.end())
        marked_end = max(marked_end, tail.end())


T = TypeVar("T")


def _lower_words_of(text: str, wanted: Mapping[str, T]) -> list[tuple[int, int, T]]:
    """(start, end, wanted[word]) of each `_LOWER_WORD` match in `text` that is a key of
    `wanted`, in text order: the keys are found with str.find (a role's head word or two)
    rather than every lower-case word of the text read."""
    hits: list[tuple[int, int, T]] = []
    for word, value in wanted.items():
        if not _LOWER_RUN.fullmatch(word):
            continue  # no `_LOWER_WORD` match is this word
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # A whole run of a-z, as the look-arounds of `_LOWER_WORD` keep it.
            if not (at and _WORD_OR_HYPHEN.match(text, at - 1)) \
                    and not _WORD_OR_HYPHEN.match(text, end):
                hits.append((at, end, value))
            at = text.find(word, at + 1)
    hits.sort(key=_first_of)
    return hits


def _first_of(hit: tuple[int, int, object]) -> int:
    return hit[0]


# As first written: (?=[A-Z])(?<![\w-])((?:(?:Eks|Mantan|Sang)\s+)?[A-Z][\w-]*(?:\s+(?:
# [A-Z][\w'’.-]*|dan|ke-\d+))*)\s+(?:itu|tersebut|ini)(?![\w-]) (an ordinal inside: 'Ketua MPR RI
# ke-15 ini', a numbered holder). Here the capital comes first (the
# engine skips to capitals; the look-behind spans it) and the run is possessive: no
# backtracking into a run of capitalised words can end it before a demonstrative, so
# trying it was wasted work (per capital, over the rest of the run). The optional
# "Eks"/"Mantan"/"Sang" may still be given back: without it the run reads on over the
# "’" and "." that the head's [\w-] stops at ("Sang  Mantan’ini’kota ini"). Same matches
# (the first form is the oracle in test_coref), 2-3x faster.
_CAP_EPITHET = re.compile(
    r"([A-Z](?<![\w-].)(?:(?<=E)ks\s+[A-Z]|(?<=M)antan\s+[A-Z]|(?<=S)ang\s+[A-Z])?[\w-]*+"
    r"(?:\s++(?:[A-Z][\w'’.-]*+|dan|ke-\d++))*+)"
    r"\s+(?:itu|tersebut|ini)(?![\w-])")


@cache
def _lower_former_epithet() -> re.Pattern[str]:
    """'mantan pelatih Bali United ini', 'mantan bendahara umum Partai Hanura itu': a former
    office as a definite description, its head lower-case, then the body's capitalised
    name (one needed: a bare 'mantan pelatih itu' names no office) and a demonstrative."""
    former = "|".join(re.escape(w) for w in load("coref", CorefData).former_words) or "(?!)"
    return re.compile(rf"(?<![\w-])((?:{former})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}"
                      rf"(?:\s+(?:[A-Z][\w'’.-]*|U|-|\d+))+)\s+(?:itu|tersebut|ini)(?![\w-])")


def _origins() -> str:
    """The origin words of `_origin_epithet`, as a regex alternation."""
    words = [w for w in load("roles", RolesData).origin_words if w != "dari"]
    return "|".join(re.escape(w) for w in words) or "(?!)"


# The parts every match of `_origin_epithet` and of `_clause_epithet` holds: an origin word
# and a capital after it, a "yang" whose demonstrative follows within eight words. Most
# texts hold neither, and one search for it is a fraction of a pattern's scan, which
# tries a role at every capital of the text (the same matches: a text without the part
# holds no match).
@cache
def _origin_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<=\s)(?:{_origins()})\s+[A-Z]")


_CLAUSE_CUE = re.compile(r"(?<=\s)yang(?:\s+[\w'’-]+){1,8}?\s+(?:itu|tersebut)(?![\w-])")


@cache
def _origin_epithet() -> re.Pattern[str]:
    """'Pebalap asal Perancis itu': a capitalised role phrase, then the person's origin (a
    word of roles.toml `origin_words`, not 'dari', which names a body) and its capitalised
    place, then a demonstrative. Group 1 is the role before the origin, the origin being
    the person's, no part of it (roles29; who round 290: 'pebalap' of Zarco missed)."""
    origin = _origins()
    # A head of lower-case words after its capital ('Bek kanan asal Spanyol ini') is read
    # too; `_lower_beyond_head` drops any whose lower-case words go past the head (roles30).
    return re.compile(rf"(?<![\w-])([A-Z][\w-]*(?:\s+[A-Z][\w'’.-]*)*|[A-Z][\w-]*"
                      rf"(?:\s+[a-z][\w-]*){{1,2}})\s+(?:{origin})"
                      rf"(?:\s+[A-Z][\w'’.-]*){{1,3}}\s+(?:itu|tersebut|ini)(?![\w-])")


@cache
def _clause_epithet() -> re.Pattern[str]:
    """'Aktris yang sekarang tinggal di Amerika Serikat itu': a capitalised role phrase,
    then a relative clause of up to eight words with no stop in it, then a demonstrative;
    read as an origin's epithet is (group 1 the role; roles30, who round 286: missed)."""
    return re.compile(r"(?<![\w-])([A-Z][\w-]*(?:\s+[A-Z][\w'’.-]*)*|[A-Z][\w-]*"
                      r"(?:\s+[a-z][\w-]*){1,2})\s+yang(?:\s+[\w'’-]+){1,8}?"
                      r"\s+(?:itu|tersebut)(?![\w-])")


@cache
def _lower_body_epithet() -> re.Pattern[str]:
    """'politisi Golkar itu', 'pelatih Persib tersebut': a lower-case role head of one
    word, then a body's capitalised name (one to three words) and a demonstrative. Read
    only as a speaker (`_speaker_slot`): 'Menurut politisi Golkar itu , …', '… , ujar
    politisi Nasdem itu , …' (roles31; who round 298: missed). The demonstratives are
    coref.toml's."""
    closing = "|".join(re.escape(w) for w in load("coref", CorefData).demonstratives)
    return re.compile(r"(?<![\w-])([a-z][\w-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                      rf"\s+(?:{closing or '(?!)'})(?![\w-])")


# A verb of saying (or 'menurut') right before, after a clause's comma or a stop or a
# quotation mark or at the text's start: '… , ujar [X]', '. Menurut [X]'.
_SAID_AFTER_STOP = re.compile(r"(?:^|[,.;:\"”'])\s*(\w+)\s+$")


def _speaker_slot(text: str, at: int) -> bool:
    """Whether the phrase at `at` stands where a quote's speaker does: after a closing
    quote mark and a verb of saying (`_closes_quote`), or after such a verb (or 'menurut')
    that follows a comma, a stop or the text's start ('… , ujar [politisi Nasdem itu]')."""
    if _closes_quote(text, at):
        return True
    said = _SAID_AFTER_STOP.search(text, max(0, at - 40), at)
    return said is not None and said.group(1).casefold() in _quote_verbs()


def _body_epithet(text: str, m: re.Match[str]) -> bool:
    """Whether a `_lower_body_epithet` match opens with a one-word role head that no word
    before it lengthens ('wakil [ketua] Golkar itu' is no 'ketua Golkar') and no former
    office's word dates ('mantan pelatih …', read by `_lower_former_epithet`)."""
    words = m.group(1).split()
    if head_at(words, 0) != 1:
        return False
    prev = _previous_word(text, m.start())
    if prev and prev[:1].islower() and head_at([prev, *words], 0) > 1:
        return False
    return not _FORMER_BEFORE.search(text, max(0, m.start() - 10), m.start())


def _near_only_epithet(m: re.Match[str]) -> bool:
    """An origin's or a relative clause's epithet: no untagged name may stand between it
    and its one person, nor a lower-case word past its head (`_capitalised_epithets`)."""
    return m.re is _origin_epithet() or m.re is _clause_epithet()


def _lower_beyond_head(words: Sequence[str], k: int) -> bool:
    """Whether a lower-case word of an epithet's role stands past its head ('Pemain [muda]
    asal Brasil ini'): only a head's own words ('Bek kanan') may be lower-case there."""
    return any(w[:1].islower() for w in words[k + _head_len(words, k):])


# A capitalised word after a lower-case one: a name inside a sentence ('di kaki [Paulinho]').
_MID_CAPITAL = re.compile(r"(?<=[a-z] )[A-Z][a-z][\w'’-]*")


def _untagged_name_between(art: _Article, lo: int, hi: int) -> bool:
    """Whether a capitalised word inside a sentence from `lo` to `hi` is no entity's, no
    role word, month or word never a name: a person the taggers left out ('umpan Messi
    mendarat di kaki [Paulinho] . Striker asal Brasil ini …'), whom an origin's epithet
    right after may refer to rather than the one named before him (roles30; who round 294)."""
    rw = role_words()
    for hit in _MID_CAPITAL.finditer(art.text, lo, hi):
        word = hit.group()
        if art.free(hit.start(), hit.end()) and not is_role_word(word) and not is_month(word) \
                and word.casefold() not in rw.not_names:
            return True
    return False


def _epithet_matches(text: str) -> list[tuple[re.Match[str], bool]]:
    """The capitalised epithets (an origin's among them) and the lower-case former ones,
    in order of their start; each with whether it is a lower-case one (read only where it
    is no clause's object)."""
    hits = [(m, False) for m in _CAP_EPITHET.finditer(text)]
    if _origin_cue().search(text) is not None:
        hits += [(m, False) for m in _origin_epithet().finditer(text)]
    if _CLAUSE_CUE.search(text) is not None:
        hits += [(m, False) for m in _clause_epithet().finditer(text)]
    hits += [(m, True) for m in _lower_former_epithet().finditer(text)]
    hits += [(m, True) for m in _lower_body_epithet().finditer(text)
             if _body_epithet(text, m)]
    hits.sort(key=lambda h: h[0].start())
    return hits


def _holds_other_office(person: _Ent, head: str) -> bool:
    """Whether `person`, only named near an epithet, already holds a role of another head
    than the epithet's (`head`, casefolded): the speaker 'Juru Bicara KPK Febri' is not
    'mantan Ketua Fraksi Golkar itu' whom his office will detain (where the epithet is an
    object, `_object_at`; one opening a sentence may give a second office: 'Amran
    mengatakan … Kepala Badan Pangan Nasional itu merinci')."""
    return any(r.split() and not without_prefix(r).casefold().startswith(head)
               for r in person.roles)


@cache
def _lower_before() -> re.Pattern[str]:
    """A lower-case word right before, a word of coref.toml's former_words between."""
    former = "|".join(re.escape(w) for w in load("coref", CorefData).former_words) or "(?!)"
    return re.compile(rf"(?<![\w-])[a-z]+\s+(?:(?:{former})\s+)?$")


def _object_at(text: str, start: int) -> bool:
    """Whether a lower-case word of the clause stands right before `start` ('menahan
    [mantan] Ketua …', 'mobil dinas Ketua …'): the phrase there is no sentence's subject.
    A word linking a role is none ('Pria yang juga menjabat [sebagai] Imam Besar …')."""
    hit = _lower_before().search(text, max(0, start - 40), start)
    return hit is not None and hit.group().split()[0] not in _role_link_ends()


def _former_alone(text: str, start: int) -> bool:
    """Whether the lower-case word `_object_at` reads before `start` is a former office's
    word alone after a stop ('Selain itu , [mantan] Kepala Staf … itu mengajak …'): the
    phrase may be the clause's subject, no object."""
    hit = _lower_before().search(text, max(0, start - 40), start)
    return hit is not None and hit.group().split()[0] in load("coref", CorefData).former_words


def _named_in_narration(person: _Ent, text: str, floor: int, at: int) -> bool:
    """Whether `person` has a mention from `floor` to `at` outside a direct quote: a title
    inside one ('" … sebagai pembantu Presiden "') is no one an epithet after it refers to."""
    return any(floor <= x.start < at and not _inside_quote(text, x.start)
               for x in person.mentions)


@cache
def _role_link_ends() -> frozenset[str]:
    """The last words of coref.toml's role links and roles.toml's predicates ('sebagai',
    'selaku', 'menjabat', 'menjadi')."""
    links = [*load("coref", CorefData).role_links, *load("roles", RolesData).role_predicates]
    return frozenset(c.split()[-1].casefold() for c in links if c.split())


def _capitalised_epithets(art: _Article, sentences: Sequence[Span]) -> None:
    """'Eks Kabareskrim Polri itu menekankan …', 'lanjut Wali Kota Makassar ini': a role
    phrase with a demonstrative refers back to the one person with that role, else the one
    person named since the sentence before (or in the two before), whose role it gives."""
    text = art.text
    # Indexes in place of a scan of every mention and sentence per match, with the same
    # answers: the people's mentions as the loop starts plus the epithets it marks, which
    # start before every later match (so they overlap one only by reaching past its start).
    # Built at the first match that needs them (most texts have few or none).
    persons: SpanSet | None = None
    named: SpanIndex[_Ent] | None = None
    marked_end = -1
    sent_starts = [s.start for s in sentences] if ordered(sentences) else None
    marked_at: list[int] = []  # where each epithet marked starts, in order
    marked: list[_Ent] = []  # and whose it is
    first: dict[int, int] = {}  # id(person) -> start of its first mention
    openers = load("coref", CorefData).epithet_openers
    for m, lower in _epithet_matches(text):
        words = m.group(1).split()
        body_kind = m.re is _lower_body_epithet()
        k = 1 if (lower and not body_kind) or words[0].casefold() in openers else 0
        if k >= len(words) or not _head_len(words, k):
            continue
        # A lower-case body's epithet is read as a speaker after any verb of saying
        # ('Menurut politisi Golkar itu', '… , ujar politisi Nasdem itu'; roles31).
        said = _speaker_slot(text, m.start()) if body_kind else _closes_quote(text, m.start())
        subject = lower and not said \
            and _subject_slot(text, sentences, sent_starts, m.start(), m.end())
        # Or as its sentence's subject, after at most a connective: 'Namun politikus PDIP
        # itu tak pernah …' (spk34; who rounds 299, 301: missed).
        said = said or subject
        if lower and not said:
            # Only as the speaker after a quote ('" … , " sambung mantan pelatih X ini'):
            # as an object ('menetapkan mantan bendahara … itu') or after a fronted clause
            # ('Berbicara pada …, eks pelatih X itu menyebut') the one named last is often
            # not the one meant.
            continue
        if persons is None:
            persons = art.span_set(("PERSON",))
        if persons.overlaps(m.start(), m.end()) or marked_end > m.start():
            continue  # an organisation may sit inside: 'Manajer The Gunners itu'

        head = " ".join(words[k:k + _head_len(words, k)]).casefold()
        # The one person holding this very role ('Kepala Badan Pangan Nasional'), not one
        # sharing only its head ('Wakil Ketua MPR' is not 'Wakil Ketua Komisi II DPR').
        full = " ".join(words[k:]).casefold()
        with_role = {id(e): e for e in art.live() if e.kind == "PERSON" and any(
            " ".join(r.casefold().split()).startswith(full) for r in e.roles)}
        if len(with_role) == 1:
            person = next(iter(with_role.values()))
        else:
            # The one person whose role names the epithet's body ('Waketum [PAN] ini' of
            # 'Wakil Ketua MPR RI dari Fraksi Partai Amanat Nasional (PAN) Eddy'), else
            # the one person named since the sentence before, else in the two before
            # ('Amran mengatakan … Kepala Badan Pangan Nasional itu merinci …').
            near = _body_holders(art, words[k + _head_len(words, k):])
            idx = _sentence_at(sentences, sent_starts, m.start())
            if named is None and len(near) != 1:  # the mentions as they stand; `marked`
                named = SpanIndex((x, e) for e in art.live() if e.kind == "PERSON"
                                  for x in e.mentions)  # adds later epithets
            floor = m.start()  # where the people `near` holds were sought from
            # An origin's epithet ('Pemain asal Serbia tersebut') is often of a person the
            # taggers left out: only the sentence before it names its one (who round 270)
            reach = 1 if m.re is _origin_epithet() else len(_EPITHET_BACK)
            for back in _EPITHET_BACK[:reach]:
                if len(near) == 1 or named is None or back > 2 and near:
                    break
                floor = sentences[max(0, idx - back)].start if sentences else 0
                near = {id(e): e for _, e in named.starting(floor, m.start())}
                near.update((id(e), e) for e in marked[bisect_left(marked_at, floor):])
            if len(near) > 1:
                near = _last_speaker(text, m.start(), near)
            if len(near) > 1 and body_kind and not subject:
                # (a subject's epithet only of the one person named: 'memanggil Yasonna … dua
                # tersangka , Irman dan Sugiharto . Namun politikus PDIP itu …' is not the last)
                near = _last_named(text, m.start(), near)
            if len(near) != 1:
                continue
            person = next(iter(near.values()))
            if subject and not _named_in_narration(person, text, floor, m.start()):
                continue  # a subject's epithet refers to no one named only in a quote
            if body_kind and _body_named_since(art, person, m):
                continue  # 'Satya , Anggota DPR [Kurtubi] …': a speaker tagged no person
            if _near_only_epithet(m) and (_lower_beyond_head(words, k) or
                                              _untagged_name_between(
                                                  art, _last_end_before(person, m.start()),
                                                  m.start())):
                continue  # 'Pemain muda asal …'; a name left untagged since (roles30)
            if _holds_other_office(person, head) and _object_at(text, m.start()) \
                    and not said and not (
                        _former_alone(text, m.start())
                        and _named_in_narration(person, text, floor, m.start())):
                # 'Jubir KPK Febri ... menahan mantan Ketua Fraksi Golkar itu'; 'Selain itu
                # , mantan KSAD itu mengajak …' after his name in the narration is his
                # former office (roles27b; who round 288: missed)
                continue
            # The epithet tells the person's role ('Wali Kota Makassar ini'); a former one
            # keeps its lower-case 'mantan' ('mantan Bendahara Umum Partai Golkar itu').
            start = 1 if words[0].casefold() == "sang" else 0
            role = " ".join(words[start:])
            before = _FORMER_BEFORE.search(text[max(0, m.start() - 10):m.start()])
            if before is not None and start == 0 and k == 0:
                role = f"{before.group(1)} {role}"
            # A lower-case former office is kept beside a present one of the same head
            # ('pelatih timnas …' and 'mantan pelatih Bali United'), not beside itself.
            same = " ".join(words[k:]).casefold() if lower else head
            if not any((without_prefix(r) if lower else r).casefold().startswith(same)
                       for r in person.roles):
                person.roles.append(role)
        if id(person) not in first and person.mentions:  # marks add only later starts
            first[id(person)] = min(x.start for x in person.mentions)
        if first.get(id(person), m.start()) < m.start():
            art.mark(person, m.start(), m.end())
            marked_end = max(marked_end, m.end())
            marked_at.append(m.start())
            marked.append(person)


def _last_end_before(person: _Ent, at: int) -> int:
    """End of `person`'s last mention before `at` (`at` when none)."""
    return max((x.end for x in person.mentions if x.end <= at), default=at)


def _closes_quote(text: str, at: int) -> bool:
    """Whether a closing quote mark and a verb of saying stand right before `at` (a former
    office's 'mantan' between): the phrase there is the quote's speaker, no object."""
    former = _FORMER_BEFORE.search(text, max(0, at - 10), at)
    closing = _QUOTE_BEFORE_VERB.search(text, max(0, at - 40),
                                        former.start() if former else at)
    return closing is not None and closing.group(1).casefold() in _quote_verbs()


# A verb of saying right before a person's name ('kata [Silpia]', '" ujar [Budi]').
_SAID_BEFORE = re.compile(r"(\w+)\s+$")


def _last_speaker(text: str, at: int, near: dict[int, _Ent]) -> dict[int, _Ent]:
    """Of several people named near an epithet that closes a quote ('" … ," imbuh mantan
    Aspidum X itu'), the one named last after a verb of saying: the quotes go on in his
    voice ('kata Silpia yang didampingi Kasi Pidum Marulitua'; roles26, who round 283).
    `near` as it is when the epithet closes no quote or no one of them was so named."""
    if not _closes_quote(text, at):
        return near
    verbs = _quote_verbs()
    best: tuple[int, int] | None = None  # (start of the latest such mention, id)
    for key, e in near.items():
        for x in e.mentions:
            if x.start < at and (best is None or x.start > best[0]):
                said = _SAID_BEFORE.search(text, max(0, x.start - 20), x.start)
                if said is not None and said.group(1).casefold() in verbs:
                    best = (x.start, key)
    return {best[1]: near[best[1]]} if best is not None else near


def _body_named_since(art: _Article, person: _Ent, m: re.Match[str]) -> bool:
    """Whether a body other than the epithet's own is named in the narration between
    `person`'s last mention and a lower-case body's epithet `m`: a name tagged as a body
    there may be the one who speaks ('Senada dengan Satya , Anggota DPR [DPR Kurtubi] …
    , ujar politisi Nasdem itu'), so the epithet is no sure reference (roles31)."""
    text = art.text
    lo = _last_end_before(person, m.start())
    own = m.group(1).casefold()
    return any(e.kind == "ORG" and e.name.casefold() not in own and any(
        lo <= x.start < m.start() and not _inside_quote(text, x.start) for x in e.mentions)
        for e in art.live())


def _last_named(text: str, at: int, near: dict[int, _Ent]) -> dict[int, _Ent]:
    """Of several people named near a speaker's epithet ('Senada dengan A , anggota DPR B
    juga menyatakan … . … , ujar politisi Nasdem itu'), the one named last before `at`
    outside a direct quote: the one the report has gone on to (roles31)."""
    best: tuple[int, int] | None = None
    for key, e in near.items():
        for x in e.mentions:
            if x.start < at and not _inside_quote(text, x.start) \
                    and (best is None or x.start > best[0]):
                best = (x.start, key)
    return {best[1]: near[best[1]]} if best is not None else near


# Sentences back an epithet looks for its one person: two, and up to five while none is
# named there ('Wakil Ketua Komisi II DPR ini' after a quote of three sentences closed by
# 'tambahnya', its holder named before the quote; who278).
_EPITHET_BACK = (1, 2, 3, 4, 5)


def _body_holders(art: _Article, body: Sequence[str]) -> dict[int, _Ent]:
    """The people (by id) whose roles hold every capitalised word of an epithet's body
    (the words after its head: 'PAN' of 'Waketum PAN'), brackets aside; none when the body
    has no capitalised word."""
    want = {w.casefold() for w in body if w[:1].isupper()}
    if not want:
        return {}
    return {id(e): e for e in art.live() if e.kind == "PERSON" and any(
        want <= set(_words(r)) for r in e.roles)}


# The word after an epithet: a lower-case one is its predicate ('… itu [telah] berstatus').
_NEXT_WORD_HYPHENED = re.compile(r"\s+([\w-]+)")


def _subject_slot(text: str, sentences: Sequence[Span], starts: list[int] | None,
                  start: int, end: int) -> bool:
    """Whether the epithet from `start` to `end` opens its sentence (after nothing, or a
    connective or time phrase of coref.toml's `epithet_subject_openers` and a comma) and a
    lower-case word follows it: the sentence's subject, not a clause's object ('menetapkan
    mantan bendahara … itu'), whose predicate comes next."""
    if not sentences:
        return False
    sent = sentences[_sentence_at(sentences, starts, start)]
    if not sent.start <= start < sent.end:
        return False
    lead = " ".join(text[sent.start:start].replace(",", " ").split()).casefold()
    if lead and lead not in load("coref", CorefData).epithet_subject_openers:
        return False
    nxt = _NEXT_WORD_HYPHENED.match(text, end)
    return nxt is not None and nxt.group(1)[:1].islower()


def _sentence_at(sentences: Sequence[Span], starts: list[int] | None, pos: int) -> int:
    """Index of the first sentence holding `pos`, 0 when none: bisected over `starts` when
    the sentences are in order (`starts` given), else scanned."""
    if starts is None:
        return next((i for i, s in enumerate(sentences) if s.start <= pos < s.end), 0)
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < sentences[i].end else 0


def _sentence_holding(sentences: Sequence[Span], starts: list[int] | None,
                      pos: int) -> Span | None:
    """The first sentence holding `pos`, None when none does (see `_sentence_at`)."""
    if not sentences:
        return None
    s = sentences[_sentence_at(sentences, starts, pos)]
    return s if s.start <= pos < s.end else None


def _org_epithets(art: _Article) -> None:
    """'lembaga antirasuah itu' is the KPK when the article names it."""
    # The live organisations by casefolded name, the first of each (marking a mention
    # changes no name): a look-up per lexicon organisation, not a pass over the entities.
    first: dict[str, tuple[int, _Ent]] = {}
    for k, e in enumerate(art.live()):
        if e.kind == "ORG":
            first.setdefault(e.name.casefold(), (k, e))
    for org in _lex().data.organisation:
        names = {org.name.casefold(), *(s.casefold() for s in org.short)}
        hits = [first[n] for n in names if n in first]
        if not hits:
            _office_epithets(art, org.heads, org.epithets)
            continue
        ent = min(hits, key=lambda p: p[0])[1]
        for m in _epithet_hits(art.text, org.epithets):
            if art.free(m.start(), m.end()):
                art.mark(ent, m.start(), m.end())


@cache
def _epithet_pattern(epithet: str) -> re.Pattern[str]:
    """An epithet as a whole phrase in any case: compiled once, as each article seeks it."""
    return re.compile(rf"(?<![\w-]){re.escape(epithet)}(?![\w-])", re.IGNORECASE)


def _epithet_hits(text: str, epithets: Collection[str]) -> Iterator[re.Match[str]]:
    """Each occurrence of `epithets` in `text`, the longest epithet's first, so that marking
    one as it comes leaves its shorter part ('Korps Adhiyaksa' / 'Korps') no room."""
    for ep in sorted(epithets, key=len, reverse=True):
        yield from _epithet_pattern(ep).finditer(text)


def _office_epithets(art: _Article, heads: Collection[str], epithets: Collection[str]) -> None:
    """'Kejari Pekanbaru ... dihentikan oleh Korps Adhiyaksa': where the article names none
    of an organisation's own names, its epithet, tagged apart or not, is the office of it
    (a live body whose name opens with one of its heads) named last before. link26."""
    if not heads or not epithets:
        return  # most organisations: no head or no epithet, nothing to mark
    opening = {(h.casefold(),) for h in heads}  # as a name's first word, `_words(...)[:1]`
    offices = [(m.start, e) for e in art.live() if e.kind == "ORG"
               and _words(e.name)[:1] in opening for m in e.mentions]
    if not offices:
        return
    offices.sort(key=lambda p: p[0])

    def before(at: int) -> _Ent | None:
        prev = [e for s, e in offices if s < at]
        return prev[-1] if prev else None

    forms = {" ".join(ep.casefold().split()) for ep in epithets}
    for e in art.live():
        if e.kind == "ORG" and e.mentions and " ".join(e.name.casefold().split()) in forms:
            office = before(min(m.start for m in e.mentions))
            if office is not None and office is not e and not office.merged:
                art.merge(office, e)
    for m in _epithet_hits(art.text, epithets):
        office = before(m.start())
        if office is not None and not office.merged and art.free(m.start(), m.end()):
            art.mark(office, m.start(), m.end())


def _title_after_rank(word: str) -> bool:
    """Whether a role's last word is a title of roles.toml's honorifics, with or without
    its dot ('Kombes Pol [Dr] Dedy': a doctorate after the rank, no office)."""
    low = word.casefold()
    titles = role_words().honorifics
    return low in titles or low + "." in titles


def _split_rank(role: str) -> tuple[str, str | None]:
    """('Kapolri Jenderal', ) -> ('Kapolri', 'Jenderal'); a rank alone gives ('', rank).
    Titles after the rank go with it ('Kombes Pol Dr': rank 'Kombes Pol', no role;
    roles25, who round 279)."""
    words = role.split()
    while len(words) > 1 and _title_after_rank(words[-1]):
        words.pop()
    if len(words) < len(role.split()) and _split_rank(" ".join(words))[1] is None:
        words = role.split()  # titles with no rank before them stay as they were
    low = [w.casefold().rstrip(".") for w in words]
    for rank in _ranks_ending(low):
        n = len(rank)
        # A rank is written capitalised ('Kapten Budi'); lower case, 'kapten' of a team
        # is a role.
        if words[-n][:1].isupper():
            if n < len(low) and " ".join(low[-n - 1:len(low) - n + 1]) in _lex().role_heads:
                continue  # 'Sekretaris Jenderal', 'Direktur Jenderal': one title, no rank
            return " ".join(words[:-n]).rstrip(" ,"), " ".join(words[-n:])
    return role, None


def _ranks(art: _Article, sentences: Sequence[Span]) -> None:
    """Ranks out of roles; a role written before the rank and a comma comes back
    ('Kasubdit … Polda Metro Jaya, AKBP Budiyanto': role Kasubdit …, rank AKBP)."""
    text = art.text
    starts = [s.start for s in sentences] if ordered(sentences) else None
    # Beside another's title of royalty ('Pangeran Harry') a bare 'Putri' is a princess's
    # title ('mendiang Putri Diana'), not 'daughter' nor a given name (roles13).
    royal = _royal_titles()
    courtly = any(" ".join(r.casefold().split()) in royal for e in art.live()
                  if e.kind == "PERSON" for r in e.roles)
    for e in art.live():
        if e.kind != "PERSON" or not e.roles:
            continue
        new: list[str] = []
        for r in e.roles:
            if r.casefold() in _bare_not_roles() and not (
                    courtly and r.casefold() in _ROYAL_KIN):
                continue  # 'Putri Blake Lively': her daughter, no role
            role, rank = _split_rank(r)
            if rank is None:
                new.append(r)
                continue
            e.rank = e.rank or rank
            if role:
                new.append(role)
                continue
            recovered = _role_before_rank(text, sentences, e, rank, starts)
            if recovered:
                new.append(recovered)
        e.roles = list(dict.fromkeys(new))


@cache
def _bare_not_roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).bare_not_roles)


@cache
def _royal_titles() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).royal_titles)


# The bare heads that beside a title of royalty are one too ('Putri', 'Putra').
_ROYAL_KIN = WordSet("coref", CorefData, "royal_kin_heads")  # coref.toml


def _ranks_ending(low: Sequence[str]) -> list[tuple[str, ...]]:
    """The ranks `low` (casefolded words, dots stripped) ends with, longest first: a look-up
    per length of the ranks ending in its last word (`_Lex.ranks`). A scan of those ranks
    compared every one ending in ")" (2,856 of them, '... (K)') with a role ending in a
    bracket ('Badan Narkotika Nasional (BNN)'): 4 ms a role."""
    entry = _lex().ranks.get(low[-1]) if low else None
    if entry is None:
        return []
    lengths, ranks = entry
    n_low = len(low)
    return [t for n in lengths if n <= n_low and (t := tuple(low[n_low - n:])) in ranks]


def _rank_before(art: _Article) -> None:
    """A rank written right before the name ('Kapolres Wonogiri, AKBP Wahyu Sulistyo')."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON" or e.rank:
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            before = text[max(0, m.start - 40):m.start].split()
            low = [w.casefold().rstrip(".") for w in before]
            rank = next(iter(_ranks_ending(low)), None)
            if rank is not None and len(rank) < len(low) and " ".join(
                    low[-len(rank) - 1:len(low) - len(rank) + 1]) in _lex().role_heads:
                rank = None  # 'Sekretaris Jenderal Tomsi Tohir': a title, no rank
            if rank is not None:
                e.rank = " ".join(before[len(before) - len(rank):])
                break


_ROLE_BRACKET = re.compile(r"\(\s*([A-Z][A-Za-z]{1,11})\s*\)")


def _role_acronyms(art: _Article) -> None:
    """'Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Mulyono … KSAD menegaskan': a title's
    acronym defined in brackets inside a person's role names that person where it stands
    alone (not an organisation's acronym inside the role: '… Finance (INDEF)')."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for r in e.roles:
            for b in _ROLE_BRACKET.finditer(r):
                acro = b.group(1)
                if _short_form(acro, r[:b.start()].strip()):
                    for s0, e0 in _form_hits(text, acro, False):
                        if art.free(s0, e0):
                            art.mark(e, s0, e0)


def _lower_heads(art: _Article) -> None:
    """A lower-case head before a capitalised role belongs to it: 'kuasa hukum Mensesneg dan
    PPKGBK, Kharis Sucipto' has role 'kuasa hukum Mensesneg dan PPKGBK', not the client;
    so does a prefix of coref.toml ('Staf Ahli Menteri Keuangan …', 'Bekas Ketua DPP')."""
    text = art.text
    heads = _lex().role_heads
    prefixes = _lex().role_prefixes
    people = [e for e in art.live() if e.kind == "PERSON"]
    for e in people:
        if not e.roles:
            continue
        # 'Bupati dan Wakil Bupati Bangkalan, Lukman dan Moch': the words before Lukman's
        # 'Bupati Bangkalan' make the role Moch holds, no longer one of Lukman's. The
        # others' roles are gathered only when a head before a role asks (gathered for
        # every person, they cost the square of the people on a long text).
        others: set[str] | None = None
        new = list(e.roles)
        for m in e.mentions:
            before = text[max(0, m.start - 160):m.start].rstrip(" ,")
            for k, r in enumerate(new):
                if not r or not before.endswith(r):
                    continue
                window = re.split(r"[.!?]\s", before[:-len(r)][-40:])[-1]
                prev = re.findall(r"[\w.-]+", window)  # not over a sentence end
                for n in (3, 2, 1):
                    words = prev[-n:]
                    phrase = " ".join(words)
                    if words and words[0].casefold() in role_words().relation_words:
                        continue  # 'Kabinet [pimpinan] Presiden Prabowo': led by, no role
                    if len(words) != n or not ((all(w.islower() for w in words) and
                                                phrase in heads) or phrase in prefixes):
                        continue
                    if others is None:
                        others = {q for x in people if x is not e for q in x.roles}
                    if " ".join([*words, r]) not in others:
                        new[k] = " ".join([*words, r])
                        break
                else:
                    joined = _joined_head_before(prev, r, text[m.end:m.end + 6])
                    if joined is not None:
                        new[k] = f"{joined} {r}"
        e.roles = list(dict.fromkeys(new))


def _joined_head_before(prev: Sequence[str], role: str, after: str) -> str | None:
    """'CEO dan founder Bukalapak , Achmad Zaky': a bare head and 'dan' (or '&') right
    before a role are a second office of the same holder, so the role is cut without them
    (who round 277: wrong and missed). Not where the head recurs in the role ('Bupati dan
    Wakil Bupati Bangkalan , Lukman dan Moch' gives each one office) nor where a second
    name follows this one ('… Prabowo - Gibran', '… Lukman dan Moch')."""
    if len(prev) < 2 or prev[-1].casefold() not in ("dan", "&") \
            or not _head_len([prev[-2]], 0) or prev[-2].casefold() in role.casefold() \
            or (len(prev) > 2 and prev[-3].casefold() in ("dan", "&", ",")):
        return None
    nxt = after.split()[:1]
    if nxt and nxt[0].casefold() in ("dan", "&", "-", "serta"):
        return None
    return f"{prev[-2]} {prev[-1]}"


@cache
def _role_inner() -> frozenset[str]:
    """Lower-case words that may sit inside a capitalised role or organisation name
    (coref.toml `role_inner_words`: "Institute [for] Development Economics")."""
    return frozenset(w.casefold() for w in load("coref", CorefData).role_inner_words)


def _inner_word(word: str) -> bool:
    """A lower-case word inside a role's capitalised run: `_role_inner()`, or a particle of a
    foreign body's name (roles.toml `name_particles`: 'Olympique [de] Marseille')."""
    return word.casefold() in _role_inner() or word in _name_particles()


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(load("roles", RolesData).name_particles)


_TERM_WORDS = WordSet("coref", CorefData, "term_words")  # coref.toml
# A term of office ending a role: 'Sekretaris Jenderal AFPI [periode 2018-2023]'.
# A bare year stays: it names the title ('juara dunia MotoGP [2006]').
_TERM = re.compile(r"(?:\s+(?:periode|masa|tahun)\s+(?:19|20)\d\d(?:\s*-\s*(?:19|20)?\d\d)?"
                   r"|\s+(?:19|20)\d\d\s*-\s*(?:19|20)?\d\d)$")


def _role_run(words: Sequence[str], i: int) -> int:
    """End of the role that opens at word `i`: capitalised words, and inner words that a
    capitalised word follows."""
    return _run_end(words, i + max(1, _head_len(words, i)), i)


def _run_end(words: Sequence[str], j: int, i: int) -> int:
    """End of the capitalised run (inner words and brackets in it) from word `j` of a role
    opening at `i`, less a trailing bracket or joiner."""
    while j < len(words):
        w = words[j]
        inner = _inner_word(w) and j + 1 < len(words) and (
            words[j + 1][:1].isupper() or _lower_body_at(words, j + 1)) \
            or w.casefold() in _TERM_WORDS and \
            j + 1 < len(words) and words[j + 1][:1].isdigit()  # '... periode 2018-2023'
        # 'Wakil Ketua Komisi I dari [fraksi] PDIP': a body's head written lower-case after
        # an inner word, its name capitalised after it
        inner = inner or j > i and _inner_word(words[j - 1]) and _lower_body_at(words, j)
        if w == '"' and (q := _quoted_name_end(words, j)):
            j = q  # 'General Manager Transportasi [" Blue Bird "] Areal Bali': a firm's name
            continue
        if not (w[:1].isupper() or w[:1].isdigit() or w in ("(", ")") or inner) \
                or is_month(w):  # '... Ibu Kota [Oktober] mendatang': a date ends it
            break
        j += 1
    while j > i and words[j - 1] in ("(", "-", "/", "&"):
        j -= 1
    return j


def _lower_body_at(words: Sequence[str], j: int) -> bool:
    """Whether word `j` is an organisation's head word written lower-case ('fraksi',
    'partai') with a capitalised name right after it."""
    w = words[j]
    return w.isalpha() and w.islower() and j + 1 < len(words) \
        and words[j + 1][:1].isupper() and is_org_word(w.capitalize())


def _quoted_name_end(words: Sequence[str], j: int) -> int:
    """End (after the closing quote) of a quoted name of one to four capitalised words
    opening at the quote `words[j]` and followed by another capitalised word: a firm's name
    inside a role ('Transportasi " Blue Bird " Areal Bali - Lombok'); 0 where none (a quote
    opening the speaker's words ends the role)."""
    k = j + 1
    while k < len(words) and k - j <= 4 and words[k][:1].isupper():
        k += 1
    if k == j + 1 or k + 1 >= len(words) or words[k] != '"' \
            or not words[k + 1][:1].isupper():
        return 0
    return k + 1


def _tokens_before(text: str, start: int, at: int,
                   read: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]],
                   end: int) -> list[tuple[int, int]]:
    """The (start, end) of `_TOKEN.finditer(text, start, at)`, from the tokens of
    text[start:end] scanned once per sentence (`read`, keyed by (start, end); `at` <=
    `end`): a token ending by `at` is the same in either scan, and one running across
    `at` is scanned again, cut there. Scanning from the sentence's start for each name
    made a long sentence's cost grow with the square of its names."""
    got = read.get((start, end))
    if got is None:
        toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, end)]
        got = read[start, end] = (toks, [b for _, b in toks])
    toks, ends = got
    k = bisect_right(ends, at)
    out = toks[:k]
    if k < len(toks) and toks[k][0] < at:  # a token across `at`: what the cut scan reads
        out += [(t.start(), t.end()) for t in _TOKEN.finditer(text, toks[k][0], at)]
    return out


def _appositive_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """A role the tagger did not tie to a person: after the name and a comma ('Gregory
    Lukasik, CEO & Senior Vice President Ecolab Southeast Asia, menegaskan'), or before a
    name with a bracketed acronym between ('Direktur Eksekutif Institute for Development
    Economics and Finance (INDEF) Tauhid Ahmad')."""
    text = art.text
    starts = [s.start for s in sentences] if ordered(sentences) else None
    read: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}
    for e in art.live():
        if e.kind != "PERSON" or e.roles:
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            sent = _sentence_holding(sentences, starts, m.start)
            end = sent.end if sent is not None else len(text)
            start = sent.start if sent is not None else 0
            # the sentence's words before the name, read once for both look-backs
            before = _tokens_before(text, start, m.start, read, max(end, m.start))
            after = _role_after(text, m.end, end) or _role_in_bracket(text, m.end, end) \
                or _role_between_dashes(text, m.end, end)
            if after is not None and not _opens_clause(text, before) \
                    and not _one_before(text, m.end, after[0]) \
                    and _active_verb(_next_word(text, after[1], end)):
                # 'majelis hakim yang diketuai Fatimah, JPU mendakwa': a name inside a
                # phrase, then a capitalised subject and its active verb: a new clause, no
                # role ('kata Aris, juru bicara pelapor ditemui di …' keeps its role).
                after = None
            cands = [r for r in (after, _role_before(text, start, m.start, before))
                     if r is not None]
            cands += _roles_right_before(text, start, m.start, before)
            if not cands:
                cands = _fronted_role(text, start, m.start)
            if not cands:
                cands = _roles_over_body(art, start, m.start, read, max(end, m.start))
            if not cands:
                cands = _aged_head(text, start, m.start)
            agent = _agent_over_client(art, start, m.start)
            if not cands and agent is not None:
                cands = [agent]
            # 'bersaing dengan dua pebalap Repsol Honda, Rossi ...': a role of several
            # people is no one's.
            cands = [r for r in cands if (_previous_word(text, r[0]) not in _PLURAL
                                          or _list_after(art, m.end))
                     and not _client_of(art, r, m) and not _in_org_name(text, r[0])]
            cands = [(r[0], _listed_inside(art, r)) for r in cands]
            # A person inside a role is another one's ('Presiden Prabowo dan Wakil Presiden
            # Gibran'), unless a lower-case head and a comma set the role off as this one's
            # ('kuasa hukum Sahara, Moh Zakki').
            role = next((r for r in cands if r[1] > r[0] and (
                r == agent or
                not art.person_in(*r, kinds=("PERSON",)) or text[r[0]].islower() and (
                    text[r[1]:m.start].strip() == "," or text[m.end:r[0]].strip() == ",")
                and not _listed_holder(art, r, m))), None)
            if role is not None:
                words = " ".join(text[role[0]:role[1]].split()).rstrip(" ,").split()
                if len(words[-1]) > 3 and words[-1].endswith("."):
                    # the sentence's full stop on the role's last word ('… Pratama.')
                    words[-1] = words[-1][:-1]
                while len(words) > 1 and words[-1].casefold() in role_words().honorifics:
                    words.pop()  # 'Ketua MUI Bidang Fatwa [Prof KH] Asrorun': no role words
                # 'Pelatih [asal Swedia], Sven': the person's origin (its country read
                # by `_countries`), no part of the role ('peneliti dari Monash University'
                # names a body: 'dari' stays).
                cut = next((k for k, w in enumerate(words) if k and w.casefold()
                            in _lex().origin and w.casefold() != "dari"), len(words))
                e.roles.append(_closed_brackets(" ".join(words[:cut])))
                _drop_head_of_related(art, role)
                break


_SLASH = re.compile(r"\s*/\s*")


def _pair_bracket_roles(art: _Article) -> None:
    """'Marcus Gideon / Kevin Sanjaya ( ganda putra )': a pair written with a slash holds
    the event in brackets after the second together, as the first's role too (roles27b;
    who round 287: given Kevin only). Only where the bracket gave the second that role."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON" or e.roles:
            continue
        for _a, b in sorted(e.spans):
            slash = _SLASH.match(text, b)
            got = art.last_person_at(slash.end()) if slash is not None else None
            if got is None or got[0] is e:
                continue
            r = _role_in_bracket(text, got[1], min(len(text), got[1] + 80))
            role = " ".join(text[r[0]:r[1]].split()) if r is not None else None
            if role is not None and role in got[0].roles:
                e.roles.append(role)
                break


def _former_in_bracket(art: _Article) -> None:
    """'Sekjen PBB , Budi Santoso ( mantan Sekjen PBB )': the bracket right after the name
    says the office given before it is a former one; the role keeps its 'mantan' ('eks'),
    the bare office (the sitting holder's) dropped (roles16; who round 262: wrong)."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON" or not e.roles:
            continue
        for m in e.mentions:
            if m.end >= len(text) or text[m.end:m.end + 3].strip()[:1] != "(":
                continue
            r = _role_in_bracket(text, m.end, min(len(text), m.end + 80))
            if r is None:
                continue
            role = " ".join(text[r[0]:r[1]].split())
            bare = without_prefix(role)
            if bare == role:
                continue
            k = next((i for i, x in enumerate(e.roles)
                      if " ".join(x.split()).casefold() == bare.casefold()), None)
            if k is not None:
                e.roles[k] = role
                break


_GAP_COMMA = re.compile(r"\s*,?\s*")
_SECOND_JOINER = re.compile(r"\s+(?:dan|serta|sekaligus|merangkap)\s+")


def _second_roles_after(art: _Article, sentences: Sequence[Span]) -> None:
    """A second occupation or office joined to a role written after the name and its
    comma: 'Nicolas , penulis [dan peneliti dari University of …]', 'Budi , dosen
    [merangkap peneliti LIPI]': the head after the joiner opens a role of the same person,
    read as `_role_after` reads the first. Another person's name inside it gives none.
    A linking word before the first role does as the comma ('Budi selaku sutradara [dan
    penulis cerita]'; roles16, who round 263: missed)."""
    text = art.text
    starts = [s.start for s in sentences] if ordered(sentences) else None
    link = _lex().role_link
    for e in art.live():
        if e.kind != "PERSON" or not e.roles:
            continue
        for m in e.mentions:
            comma = _NAME_COMMA.match(text, m.end) or link.match(text, m.end)
            if comma is None:
                continue
            at = comma.end()
            one = _one_of().match(text, at)
            if one is not None:
                at = one.end()
            first = next((r for r in e.roles if text.startswith(r, at)), None)
            if first is None:
                continue
            sent = _sentence_holding(sentences, starts, m.start)
            end = sent.end if sent is not None else len(text)
            pos = _past_origin(text, at + len(first))
            # 'Aimee , animator [, ilustrator , komikus , dan penulis novel grafis]': a list
            # of lower-case occupations after a lower-case first one, each its own role
            # (roles30; who round 293: missed); `_LIST_LIMIT` items at most.
            listed = first[:1].islower()
            read, nxt = _next_listed_role(art, e, pos, end, listed)
            if not read:
                continue  # no joined head after this mention's role: the next mention's
            for _ in range(_LIST_LIMIT - 1):
                if nxt is None:
                    break
                _, nxt = _next_listed_role(art, e, nxt, end, listed)
            break


_LIST_LIMIT = 6


@cache
def _listed_roles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Between lower-case occupations listed after a name: a comma (and a joiner of
    roles.toml `listed_role_joiners`, 'dan' / 'serta'); and what may follow one: the next
    comma or joiner, or the sentence's end (roles30)."""
    joiners = "|".join(map(re.escape, load("roles", RolesData).listed_role_joiners))
    return (re.compile(rf"\s*,\s*(?:(?:{joiners})\s+)?"),
            re.compile(rf"\s*(?:[,.;]|(?:{joiners})(?![\w-])|$)"))


@cache
def _role_list_joiners() -> frozenset[str]:
    """roles.toml's `listed_role_joiners` ('dan', 'serta') as a set of words."""
    return frozenset(load("roles", RolesData).listed_role_joiners)


def _next_listed_role(art: _Article, e: _Ent, pos: int, end: int,
                      listed: bool) -> tuple[bool, int | None]:
    """Add the role joined to the one ending at `pos` ('dan peneliti dari …', or with
    `listed` a comma and a lower-case head: ', ilustrator') to `e`'s roles. Whether a
    joiner and a head were read there, and where the next may be joined (None: no more;
    `_second_roles_after`)."""
    text = art.text
    join = _SECOND_JOINER.match(text, pos)
    comma = join is None
    if join is None:
        join = _listed_roles()[0].match(text, pos) if listed else None
        if join is None:
            return False, None
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, join.end(), end)][:24]
    # A token may carry the sentence's full stop ('dan penulis [cerita.]'), which
    # cut the role before its last word (roles25, who round 263).
    words = [text[a:b].rstrip(".") or text[a:b] for a, b in toks]
    if not words or not _head_len(words, 0) or comma and not words[0][:1].islower():
        return False, None
    j = _role_run(words, 0) if words[0][:1].isupper() else _lower_role_run(words, 0)
    role = _TERM.sub("", " ".join(text[toks[0][0]:toks[j - 1][1]].split()).rstrip(" ,."))
    # '… yang juga ketua umum PAN dan [Ketua DPR] , Setya Novanto': a person named
    # right after the second role (its comma between) holds it (roles16).
    gap = _GAP_COMMA.match(text, toks[j - 1][1])  # always matches (all optional)
    after = gap.end() if gap is not None else toks[j - 1][1]
    if not role or art.person_in(toks[0][0], toks[j - 1][1], kinds=("PERSON",)) \
            or any(x.kind == "PERSON" for x, _, _ in art.mentions_in(after, after)) \
            or comma and not _listed_roles()[1].match(text, _past_origin(text, toks[j - 1][1])):
        # (a listed item goes on to no other words: 'anggota Komisi V [dari fraksi PAN
        # Andi]' is another's office in a list of people)
        return True, None
    if role.casefold() not in {r.casefold() for r in e.roles}:
        e.roles.append(role)
    return True, (toks[j - 1][1] if listed else None)


_ORIGIN_AFTER_ROLE = re.compile(r"\s+(\w+)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=\s)")


def _past_origin(text: str, at: int) -> int:
    """Past the person's origin right after a role at `at` ('ekonom [asal Belgia]
    sekaligus wakil direktur …'), a word of roles.toml's origin_words but 'dari' (a body's)
    and capitalised words; `at` where none (roles27; who round 285: the second missed)."""
    m = _ORIGIN_AFTER_ROLE.match(text, at)
    if m is None or m.group(1).casefold() not in _lex().origin or m.group(1) == "dari":
        return at
    return m.end()


_JOINER_BEFORE = re.compile(r"\s+(?:dan|serta)\s+$")
# After an apposition: its demonstrative or closing comma (or both), then a lower-case
# predicate word ('politisi Gerindra itu mengaku', 'mantan hakim , menegaskan').
_APPOSITION_CLOSE = re.compile(r"(?:\s+(?:itu|ini|tersebut)\s*,?|\s*,)\s*[a-z]")


def _closed_appositions(art: _Article, sentences: Sequence[Span]) -> None:
    """A lower-case occupation set off by commas after the name of one who holds a role
    already ('Wakil Ketua DPRD M Taufik , politisi Gerindra itu , mengatakan …'): a second
    role of his (roles26; who round 271: missed). Only where the apposition closes with its
    comma before the predicate, so no list or clause runs on."""
    text = art.text
    starts = [s.start for s in sentences] if ordered(sentences) else None
    for e in art.live():
        if e.kind != "PERSON" or not e.roles:
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            sent = _sentence_holding(sentences, starts, m.start)
            r = _role_after(text, m.end, sent.end if sent is not None else len(text))
            if r is None or not text[r[0]].islower() \
                    or art.person_in(*r, kinds=("PERSON",)):
                continue
            toks = list(_RUN.finditer(text, r[0], r[1]))
            while toks and toks[-1].group().casefold() in _DEMONSTRATIVE:
                toks.pop()  # 'politisi Gerindra [itu]'
            role = " ".join(w.group() for w in toks)
            if role and _APPOSITION_CLOSE.match(text, toks[-1].end()) \
                    and role.casefold() not in {x.casefold() for x in e.roles}:
                e.roles.append(role)
                break


def _listed_inside(art: _Article, r: tuple[int, int]) -> int:
    """End of role `r` before a person's name inside it after 'dan' or 'serta': 'Dedi ,
    wartawan [dan Tono] datang' lists a second person, no part of Dedi's role ('wartawan');
    `r`'s end where none."""
    text = art.text
    for x, a, _ in art.mentions_in(r[0] + 1, r[1] - 1):
        if x.kind == "PERSON" and (j := _JOINER_BEFORE.search(text, r[0], a)) is not None:
            return j.start()
    return r[1]


_AGED = re.compile(r"(?<![\w-])((?:\w+\s+)?\w+)\s+\d{1,3}\s+tahun\s*,?\s*$")


def _aged_head(text: str, start: int, at: int) -> list[tuple[int, int]]:
    """A head with the person's age between it and the name ('pemain [19 tahun] Manuel
    Locatelli', who round 232): the head alone (from the sentence's `start` to the name's
    `at`), the age no part of the role."""
    # The pattern ends in "tahun" (and maybe a comma): searched only where the text does.
    tail = text[start:at].rstrip()
    if not tail.removesuffix(",").rstrip().endswith("tahun"):
        return []
    m = _AGED.search(text, start, at)
    if m is None:
        return []
    words = m.group(1).split()
    for k in range(len(words)):
        if _head_len(words, k) == len(words) - k:
            return [(m.start(1) + m.group(1).rindex(words[k]) if k else m.start(1),
                     m.end(1))]
    return []


def _agent_over_client(art: _Article, start: int, at: int) -> tuple[int, int] | None:
    """An agent's office over its client's name and a comma, right before the name at `at`
    (`start`: the sentence's): 'Kuasa hukum terdakwa korupsi e - KTP Setya Novanto ,
    [Maqdir Ismail]' (who round 231) -- lower-case words, hyphens and capitalised ones
    between the head (roles.toml's client or agent heads) and the client."""
    text = art.text
    c = _COMMA_END.search(text, start, at)
    if c is None:
        return None
    client = max((b for x, _, b in art.mentions_in(start, c.start())
                  if x.kind == "PERSON" and not text[b:c.start()].strip()), default=None)
    if client is None:
        return None
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, max(start, client - 120),
                                                          client)][-12:]
    low = [text[a:b].casefold() for a, b in toks]
    always, apposed = _agent_heads()
    heads = [h.split() for h in always | apposed]
    for i in range(len(low)):
        for hs in heads:
            n = len(hs)
            if low[i:i + n] == hs and all(
                    w not in (",", ".", '"', "(", ")") and w not in _not_role_words()
                    and w not in role_words().relation_words for w in low[i + n:]):
                return toks[i][0], client
    return None


@cache
def _fronted_link() -> re.Pattern[str]:
    """A clause opened (after at most one connective and its comma) by a fronted role
    link, the role and a comma right before the name: the role is group 1."""
    links = "|".join(map(re.escape, load("roles", RolesData).fronted_role_links)) or "(?!)"
    return re.compile(rf"(?:\w+\s*,\s*)?(?i:{links})\s+(\S.{{0,160}}?)\s*,\s*$", re.S)


def _fronted_role(text: str, start: int, at: int) -> list[tuple[int, int]]:
    """The role a fronted link sets before the name and its comma ('Selaku ketua panitia ,
    Budi mengatakan …'; roles26, who round 282: missed), opened by a head; none else."""
    hit = _fronted_link().match(text, start, at)
    if hit is None or "," in hit.group(1) or "." in hit.group(1):
        return []
    words = hit.group(1).split()
    return [(hit.start(1), hit.end(1))] if words and _head_len(words, 0) else []


def _listed_holder(art: _Article, r: tuple[int, int], m: Span) -> bool:
    """Whether the person inside role `r` before `m` is the first of a list that `m` goes
    on ('kiper I Made Wirawan , Supardi Nasir , Vladimir Vujovic ...': the keeper's
    position is his, and the players after him hold none of it), where the role's head
    makes no one a client or relation ('kuasa hukum Sahara, Moh Zakki dan ...' stays)."""
    if r[1] > m.start or not _list_after(art, m.end):
        return False
    words = art.text[r[0]:r[1]].casefold().split()
    always, apposed = _agent_heads()
    related = always | apposed
    return not any(" ".join(words[:n]) in related for n in range(1, min(4, len(words)) + 1)) \
        and words[0] not in role_words().relation_words


_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_COMMA_END = re.compile(r",\s*$")


def _roles_over_body(art: _Article, start: int, at: int,
                     read: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]],
                     end: int) -> list[tuple[int, int]]:
    """Roles before a name with the role's body set between commas: 'Direktur restoran
    Jepang , [Ippudo Indonesia] , Amanda Sihombing' (the organisation the role heads,
    named in apposition; `start`: the sentence's start, `at`: the name's; `read`, `end`:
    the sentence's tokens as `_tokens_before` keeps them)."""
    text = art.text
    c = _COMMA_END.search(text, start, at)
    if c is None:
        return []
    body = min((a for x, a, b in art.mentions_in(start, c.start())
                if x.kind == "ORG" and b <= c.start() and not text[b:c.start()].strip()),
               default=None)
    if body is None or _COMMA_END.search(text, start, body) is None:
        return []
    return _roles_right_before(text, start, body, _tokens_before(text, start, body, read, end))


def _in_org_name(text: str, at: int) -> bool:
    """Whether the role at `at` follows a word of an organisation's name: 'Ikatan [Guru]
    Aisyiyah Bustanul Athfal' names the association, no teacher."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and is_org_word(m.group(1))


def _closed_brackets(role: str) -> str:
    """The role less a bracket it opens and never closes: 'harapan Gubernur (Bali Wayan
    Koster)' bracketed the name with the place, the role is 'Gubernur Bali'."""
    if role.count("(") > role.count(")"):
        k = role.rfind("(")
        role = " ".join((role[:k] + role[k + 1:]).split())
    return role


def _drop_head_of_related(art: _Article, role: tuple[int, int]) -> None:
    """'kandidat cawapres Jokowi , Gatot': the role set off by the comma is Gatot's, the
    person inside it the related one ('cawapres Jokowi' is Jokowi's running mate): the bare
    head before that person's name is no role of his."""
    inner = art.inside(*role)
    if inner is None or inner.kind != "PERSON":
        return
    text = art.text
    for a, _ in inner.spans:
        if role[0] < a < role[1]:
            head = " ".join(text[role[0]:a].split())
            if head in inner.roles and head[:1].islower():
                inner.roles.remove(head)


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)")


# A short aside in brackets after a listed name ('A ( berkantor di X ) dan B'): no brackets
# inside it, a few words at most.
_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")


def _past_aside(text: str, end: int) -> int:
    """Where a name ending at `end` goes on past a bracketed aside right after it, else
    `end`."""
    m = _ASIDE.match(text, end)
    return m.end() if m is not None else end


def _list_after(art: _Article, end: int) -> list[_Ent]:
    """The persons listed right after a name ending at `end` (', B dan C'), each with no
    role yet: 'dua pebalap debut MotoGP, Alex Rins dan Jonas Folger' names both; a short
    aside in brackets after a listed name is passed over ('A ( di X ) dan B')."""
    out: list[_Ent] = []
    while (sep := _LIST_SEP.match(art.text, _past_aside(art.text, end))) is not None and (
            got := art.last_person_at(sep.end())) is not None:
        x, end = got
        if x.roles and not _own_link_only(art, x, end):
            break
        out.append(x)
    return out


def _own_link_only(art: _Article, x: _Ent, end: int) -> bool:
    """Whether `x`'s one role is the one a link right after its listed mention ending at
    `end` gives ('pemilik Ismaya Grup Bram dan Brian selaku penyelenggara WTF'): a second
    role of his, the list's head his too (roles25; who round 164: both correct)."""
    cue = _lex().role_link.match(art.text, end)
    return cue is not None and len(x.roles) == 1 \
        and art.text.startswith(x.roles[0], cue.end())


_PAIR = re.compile(r"\s+(?:dan|serta)\s")


def _list_roles(art: _Article) -> None:
    """A role set before a list of names is each one's ('dua pebalap debut MotoGP, Alex
    Rins dan Jonas Folger'), where the first holds it right before its name."""
    text = art.text
    for p in art.live():
        if p.kind != "PERSON" or len(p.roles) != 1:
            continue
        r = p.roles[0]
        for a, b in sorted(p.spans):
            before = _rstrip_end(text, a)
            comma = bool(before) and text[before - 1] == ","
            if comma:
                before = _rstrip_end(text, before - 1)  # 'pebalap ..., Alex Rins'
            # With no comma after the role, a role of several people ('dua pebalap Rins
            # dan Folger') or of a pair ('Pangeran William dan Harry') is the list's; in
            # 'Menteri ESDM Bahlil, Mendikti Brian, dan ...' each holds his own, and an
            # office of one holder at a time ('Menkeu Sri Mulyani dan Airlangga') is the
            # first name's only.
            # A membership ('anggota DPR A, B dan C') is each listed member's.
            if text.endswith(r, 0, before) and (
                    comma or _previous_word(text, before - len(r)) in _PLURAL
                    or (_PAIR.match(text, _past_aside(text, b)) is not None
                        and _office_of_role(r) is None)
                    or _member_role(r)):
                for x in _listed_not_subject(art, b):
                    x.roles.append(r)
                break


def _listed_not_subject(art: _Article, end: int) -> list[_Ent]:
    """`_list_after`, less a last name set off by commas alone that opens the clause
    ('Menurut kuasa hukum A , B , C telah melakukan …': C is who B speaks of, no second
    holder; roles26, who round 280). A list closes with 'dan' or 'serta', or at a stop."""
    listed = _list_after(art, end)
    if not listed:
        return listed
    seps: list[str] = []
    while (sep := _LIST_SEP.match(art.text, _past_aside(art.text, end))) is not None and (
            got := art.last_person_at(sep.end())) is not None and len(seps) < len(listed):
        seps.append(sep.group())
        end = got[1]
    rest = art.text[end:end + 40].lstrip()
    if seps and not any(_PAIR.search(" " + x + " ") for x in seps) \
            and rest[:1].islower():
        return listed[:-1]
    return listed


@cache
def _member_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).member_heads)


def _member_role(role: str) -> bool:
    """Whether a role is a body's membership (roles.toml `member_heads`: 'anggota DPR'),
    held by many at once, with the body named after the head."""
    words = without_prefix(role).casefold().split()
    return len(words) > 1 and words[0] in _member_heads()


@cache
def _agent_heads() -> tuple[frozenset[str], frozenset[str]]:
    d = load("roles", RolesData)
    return (frozenset(h.casefold() for h in d.client_heads),
            frozenset(h.casefold() for h in d.agent_heads))


def _client_of(art: _Article, r: tuple[int, int], m: Span) -> bool:
    """Whether role `r`, a bare agent's head right before `m` ('Kuasa hukum [Lisa]'), makes
    `m` the client: always after 'kuasa hukum', after 'pengacara' only where another person
    follows in apposition ('Pengacara Ridwan Kamil, Muslim'), as `warta.ner.resolve` reads
    it."""
    if r[1] > m.start or art.text[r[1]:r[1] + 3] == "nya":
        return False  # 'kuasa hukumnya Budi': the pronoun is the client, Budi the agent
    always, apposed = _agent_heads()
    head = " ".join(art.text[r[0]:r[1]].split()).casefold()
    if head in always:
        return True
    if not art.text[r[1]:m.start].strip() and any(
            head.startswith(h + " ") for h in always):
        return True  # 'Kuasa hukum [aktor] Harrison Ford mengatakan': the actor's lawyer
    comma = agent_apposition().match(art.text, m.end)
    return head in apposed and comma is not None and art.person_in(
        comma.end(), comma.end() + 1, kinds=("PERSON",))


def _linked_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """A role written after the name behind a linking phrase of coref.toml ('Ketut selaku
    Kepala Desa', 'Rafinha yang ditunjuk sebagai kapten', 'melantik Pep Guardiola sebagai
    manajer baru'): the role must open with a head and hold no other person."""
    text = art.text
    link = _lex().role_link
    starts = [s.start for s in sentences] if ordered(sentences) else None
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            cue = link.match(text, m.end)
            if cue is None:
                continue
            sent = _sentence_holding(sentences, starts, m.start)
            if cue.group().split() == ["sebagai"] and not (
                    _previous_word(text, m.start).casefold() in _lex().appointing
                    or not text[sent.start if sent else 0:m.start].strip()):
                continue  # a bare 'sebagai' may be the sentence subject's
            end = sent.end if sent is not None else len(text)
            _add_role_at(art, e, cue.end(), end, open_=_open_link(text, cue, m.start))


_OPEN_LINKS = WordSet("coref", CorefData, "open_role_links")  # coref.toml
_SUBJECT_PREPS = WordSet("quotes", QuotesData, "speaker.subject_prepositions")  # quotes.toml


def _open_link(text: str, cue: re.Match[str], at: int) -> bool:
    """Whether `cue` after the name at `at` is an open link (coref.toml `open_role_links`)
    that binds to that name: 'selaku' and a relative 'yang' always do; a copula ('adalah
    seorang') is the clause subject's, not a name after a preposition's ('Carina yang
    diperankan oleh Kaya adalah seorang ahli': Carina's; roles25)."""
    words = [w for w in cue.group().casefold().split() if w.isalpha()]
    if not words or words[-1] not in _OPEN_LINKS:
        return False
    return len(words) == 1 or _RELATIVE.match(" " + " ".join(words) + " ") is not None \
        or _previous_word(text, at).casefold() not in _SUBJECT_PREPS


def _open_head(words: Sequence[str]) -> int:
    """Words of the head of a role after an open link (coref.toml `open_role_links`), where
    roles.toml knows none at its start: the whole capitalised run, holding a known or an
    English last head ('selaku [Associate Country Manager Carousell]'); 0 where none. A
    lower-case run is no sure role ('Cermati selaku mitra teknologi finansial', 'Hadi
    selaku inspektur upacara': a firm's capacity, a ceremony's function; rounds 216, 222)."""
    if not words[0][:1].isupper():
        return 0
    j = _role_run(words, 0)
    heads = role_words().last_heads
    return j if any(_head_len(words, k) or words[k].casefold() in heads
                    for k in range(j)) else 0


def _add_role_at(art: _Article, e: _Ent, at: int, end: int, *, open_: bool = False) -> None:
    """Give `e` the role written from `at` (a head, its words, no other person inside), in a
    sentence ending at `end`, as `_linked_roles` and `_predicate_roles` read it; after an
    open link (`open_`) a head `_open_head` finds will do."""
    text = art.text
    one = _one_of().match(text, at, end)
    if one is not None:
        at = one.end()  # 'sebagai [salah satu] Duta Kemanusiaan Indonesia': one of several
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, at, end)][:24]
    # A token may carry the sentence's full stop ('sebagai manajer.').
    words = [text[a:b].rstrip(".") or text[a:b] for a, b in toks]
    if not words:
        return
    known = _head_len(words, 0)
    head = known or (_open_head(words) if open_ else 0)
    if not head:
        return
    if known:
        j = _role_run(words, 0) if words[0][:1].isupper() else _lower_role_run(words, 0)
    else:
        j = head  # the capitalised run `_open_head` read
    # Lower-case words go on a role only as nouns and adjectives ('manajer baru'),
    # never a verb after it ('kapten [tampil] apik'); an inner word before a body's name
    # stays ('calon Presiden Amerika Serikat [dari] Partai Republik'), not before a place
    # ('guru SD [di] Bogor').
    lex = load_lexicon()
    k = head  # the role's head stays; the words after it, up to `j`, are tried
    cut = 0  # a 'dan' gone over inside the body's name, where the role may end instead
    while k < j and not (words[k].islower() and not lex.get(
            words[k], "NN").startswith(("NN", "JJ")) and not (
            words[k] in _role_inner() and k + 1 < j and is_org_word(words[k + 1]))):
        k += 1
        if k < j and words[k] == "dan" and k + 1 < j and words[k + 1][:1].isupper() \
                and not _head_len(words, k + 1):
            # 'menjabat Kepala Badan Kesatuan Bangsa [dan] Politik (Kesbangpol) Sumut': a
            # body's name goes on over its 'dan', a second head after it opens another's
            # office ('Ketua Tim [dan] Menteri Keuangan Sri Mulyani') (roles15)
            cut = cut or k
            k += 1
    j = k
    if any(_superlative(w, lex) for w in words[_head_len(words, 0):j]):
        return  # 'Hendra adalah penyerang [terbaik] …': a ranking of the kind, no office
    if j == _head_len(words, 0) and words[0].casefold() in role_words().relation_words:
        return  # 'Macron menjadi [pimpinan] dari kelompok …': a relation's head needs its body
    s0, e0 = toks[0][0], toks[j - 1][1]
    if cut and art.person_in(s0, e0, kinds=("PERSON",)):
        e0 = toks[cut - 1][1]  # 'Ketua Panitia dan Andi …': another person after the 'dan'
    if art.person_in(s0, e0, kinds=("PERSON",)):
        return
    # 'Komisaris PT IAE [periode 2006-2023]': the term is no part of the role.
    role = _TERM.sub("", " ".join(text[s0:e0].split()).rstrip(" ,."))
    if role.count("(") > role.count(")"):
        # 'Ketua Umum Parfi 1956 [( 2016] - 2021 )': the run stopped inside a bracket of
        # years, no part of the office (roles25, round 279)
        role = role[:role.rfind("(")].rstrip(" ,")
    # 'Dedi selaku Kepala Divisi Investasi dan Keuangan': a run cut at its 'dan' is the
    # start of a role the name has whole already, no second one (roles13).
    low = role.casefold()
    if role and not any(r.casefold() == low or r.casefold().startswith(
            (low + " dan ", low + " & ", low + " serta ")) for r in e.roles):
        e.roles.append(role)


@cache
def _described_office() -> re.Pattern[str]:
    """'pria yang sudah 20 tahun berkarier sebagai …': a person noun of coref.toml
    `description_nouns`, a relative 'yang' and up to four words, then a predicate of
    office of roles.toml `role_predicates` that ends in 'sebagai' (the role after it)."""
    nouns = word_alternation(load("coref", CorefData).description_nouns)
    links = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(
        load("roles", RolesData).role_predicates, key=len, reverse=True)
        if p.split()[-1] == "sebagai")
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+yang(?:\s+[\w-]+){{0,4}}?"
                      rf"\s+(?:{links or '(?!)'})\s+", re.IGNORECASE)


def _described_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """'" … , " tambah pria yang bekerja sebagai Technical Consultant PT X': a speaker told
    by a person noun and a relative clause of office is the one person named last since
    the sentence before (else in the two before; the one named last after a verb of saying,
    where a quote closes before), who holds the office (roles32; who rounds 286, 287:
    missed)."""
    text = art.text
    starts = [s.start for s in sentences] if ordered(sentences) else None
    for m in _described_office().finditer(text):
        if not _speaker_slot(text, m.start()):
            continue  # an object's description ('menangkap pria yang bekerja sebagai …')
        near = _narrated_before(art, sentences, _sentence_at(sentences, starts, m.start()),
                                m.start())
        if len(near) > 1:
            # the one named last after a verb of saying where a quote closes right before;
            # else several named are no sure referent ('A mengaku … B memuji … . Menurut
            # pria yang …' is A's, the last named B; who round 287)
            near = _last_speaker(text, m.start(), near)
        if len(near) != 1:
            continue
        sent = _sentence_holding(sentences, starts, m.start())
        end = sent.end if sent is not None else len(text)
        _add_role_at(art, next(iter(near.values())), m.end(), end, open_=True)


def _narrated_before(art: _Article, sentences: Sequence[Span], idx: int,
                     at: int) -> dict[int, _Ent]:
    """The persons the narration names before `at` since the sentence before the one at
    `idx`, else since two or three before (the nearest span naming any), by id."""
    text = art.text
    near: dict[int, _Ent] = {}
    for back in _EPITHET_BACK[:3]:  # three sentences back while none is named
        floor = sentences[max(0, idx - back)].start if sentences else 0
        # a name inside a quote is one the speaker speaks of ('" … apalagi ini Paris
        # Hilton , " ujarnya'), not one the narration refers back to
        near = {id(e): e for e in art.live() if e.kind == "PERSON" and any(
            floor <= x.start and x.end <= at and not _inside_quote(text, x.start)
            for x in e.mentions)}
        if near:
            break
    return near


def _superlative(word: str, lex: dict[str, str]) -> bool:
    """A lower-case superlative: 'ter' and an adjective ('terbaik', 'termuda'), not a
    passive verb ('terpilih') (roles10)."""
    return word.startswith("ter") and word.isalpha() and word.islower() \
        and lex.get(word[3:], "").startswith("JJ")


@cache
def _predicate() -> re.Pattern[str]:
    """roles.toml's predicates of office after a name, with only its gap words before
    them: 'Joko Widodo [saat masih menjabat sebagai] Wali Kota Surakarta', 'Lee [akan
    bertugas sebagai] sutradara film', 'Stallworth [terpilih sebagai] kepala bagian KKK'."""
    d = load("roles", RolesData)
    def alt(ws: Sequence[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(ws, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:\s*,)?(?:\s+(?:{alt(d.predicate_gap_words)}))*\s+"
                      rf"(?:{alt(d.role_predicates)})\s+", re.IGNORECASE)


def _predicate_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """A role a predicate of office gives the name it follows, with time words and
    auxiliaries between ('Joko Widodo saat masih menjabat sebagai Wali Kota Surakarta',
    'Dwi Astuti yang pada kala itu menjabat sebagai Direktur …'): the role must open with
    a head and hold no other person, as `_linked_roles` reads it."""
    text = art.text
    pred = _predicate()
    starts = [s.start for s in sentences] if ordered(sentences) else None
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            cue = pred.match(text, m.end)
            if cue is None and (ep := _epithet_apposition().match(text, m.end)) is not None:
                cue = pred.match(text, ep.end())
            if cue is None:
                continue
            sent = _sentence_holding(sentences, starts, m.start)
            if _predicate_blocked(text, sent.start if sent is not None else 0, m.start,
                                  relative=_RELATIVE.match(cue.group()) is not None):
                continue
            if _became_standing(text, cue) or _copula_description(text, cue):
                continue
            _add_role_at(art, e, cue.end(), sent.end if sent is not None else len(text))


_PAIR_AND = re.compile(r"\s+dan\s+")


def _second_of_pair(words: Sequence[str]) -> int:
    """Index of the head after the one 'dan' of `words` that opens a second role, where a
    head opens the first too ('presiden [dan] wakil presiden'); 0 where none (or more)."""
    ands = [k for k, w in enumerate(words) if w == "dan"]
    if len(ands) != 1 or not _head_len(words, 0):
        return 0
    k = ands[0] + 1
    return k if k < len(words) and _head_len(words, k) else 0


def _paired_predicate_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """'A dan B dilantik menjadi presiden dan wakil presiden': two names joined by 'dan'
    before a predicate of office, two roles joined by 'dan' after it, each a head's: the
    first role is the first name's, the second the second's (roles32; who round 300:
    missed). A pair's pronoun (coref.toml `pair_pronouns`) stands for the pair named last
    since the sentence before: 'A dan B terpilih … . Keduanya resmi dilantik menjadi …'."""
    text = art.text
    pred = _predicate()
    starts = [s.start for s in sentences] if ordered(sentences) else None
    people = sorted(((x.start, x.end, e) for e in art.live() if e.kind == "PERSON"
                     for x in e.mentions), key=lambda t: t[0])
    by_start = {a: (b, e) for a, b, e in people}
    pairs: list[tuple[int, int, _Ent, _Ent]] = []  # (start, end, first, second)
    for start_a, end_a, first in people:
        pair = _PAIR_AND.match(text, end_a)
        if pair is not None and pair.end() in by_start \
                and by_start[pair.end()][1] is not first:
            pairs.append((start_a, by_start[pair.end()][0], first, by_start[pair.end()][1]))
    for _, end_b, first, second in pairs:
        _pair_roles(art, first, second, pred.match(text, end_b), sentences, starts)
    for m in _pair_pronoun().finditer(text):
        idx = _sentence_at(sentences, starts, m.start())
        floor = sentences[max(0, idx - 1)].start if sentences else 0
        named = [p for p in pairs if floor <= p[0] and p[1] <= m.start()]
        if named:
            _, _, first, second = named[-1]
            _pair_roles(art, first, second, pred.match(text, m.end()), sentences, starts)


@cache
def _pair_pronoun() -> re.Pattern[str]:
    """A pair's pronoun of coref.toml `pair_pronouns` ('Keduanya'), as a whole word."""
    words = word_alternation(load("coref", CorefData).pair_pronouns)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


# Punctuation that ends the two roles after a predicate of office ("menjadi gubernur dan
# wakil gubernur [,] …"), and how many words after the predicate they may take.
_ROLE_STOP = re.compile(r"[,.;:\"“”()]")
_PAIR_ROLE_REACH = 12


def _pair_roles(art: _Article, first: _Ent, second: _Ent, cue: re.Match[str] | None,
                sentences: Sequence[Span], starts: list[int] | None) -> None:
    """Give `first` and `second` the two roles joined by 'dan' after the predicate `cue`
    (`_paired_predicate_roles`), read up to a comma or a stop."""
    text = art.text
    if cue is None or _copula_description(text, cue):
        return
    sent = _sentence_holding(sentences, starts, cue.end())
    end = sent.end if sent is not None else len(text)
    stop = _ROLE_STOP.search(text, cue.end(), end)
    stop_at = stop.start() if stop else end
    words = _TOKEN.finditer(text, cue.end(), stop_at)
    toks = [(t.start(), t.end()) for t in words][:_PAIR_ROLE_REACH]
    k = _second_of_pair([text[a:b] for a, b in toks])
    if k:
        _add_role_at(art, first, cue.end(), toks[k - 2][1])
        _add_role_at(art, second, toks[k][0], stop_at)


@cache
def _standing_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).standing_words)


def _became_standing(text: str, cue: re.Match[str]) -> bool:
    """Whether a copula 'menjadi' puts a player's head before a word of roles.toml's
    `standing_words`: 'Victor Moses menjadi [pemain inti] Chelsea', 'Bernardeschi menjadi
    [pemain anyar] keempat' name a standing in a squad the name reached, no occupation or
    office (roles15; who rounds 177, 220, 260: three such roles judged wrong). So does an
    ordinal right after the head: 'Rina menjadi [wakil ketiga] yang tersingkir' names the
    order she went out in (roles27; who round 285: judged wrong)."""
    if not cue.group().rstrip().casefold().endswith("menjadi"):
        return False
    words = text[cue.end():cue.end() + 40].split()[:2]
    return len(words) == 2 and _head_len(words, 0) == 1 \
        and (words[1].casefold() in _standing_words()
             or words[1].casefold() in role_words().ordinals)


@cache
def _epithet_apposition() -> re.Pattern[str]:
    """A person noun of quotes.toml set off by a comma after a name, at most three words
    after it, up to a relative 'yang': 'Arnaud , [pria kelahiran Benin] yang telah bekerja
    sebagai asisten perawat' (the predicate's office is the name's; roles27, who round 285:
    missed)."""
    alt = word_alternation(load("quotes", QuotesData).speaker.person_nouns)
    return re.compile(rf"\s*,\s*(?:seorang\s+)?(?:{alt})(?:\s+[\w-]+){{0,3}}?(?=\s+yang\s)")


@cache
def _copulas() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).copula_predicates)


def _inside_quote(text: str, at: int) -> bool:
    """Whether `at` lies inside a direct quote opened earlier in its paragraph: an odd
    count of straight double quotes before it, or more opening curly ones than closing."""
    seg = text[text.rfind("\n", 0, at) + 1:at]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


def _copula_description(text: str, cue: re.Match[str]) -> bool:
    """Whether a copula of roles.toml (`copula_predicates`) inside a direct quote puts a
    lower-case head before a relative 'yang', at most two lower-case words between:
    '" Vinales adalah [pebalap pintar yang] tahu caranya … "', '" Sanchez adalah [pemain
    yang] memiliki komitmen … "' are the speaker's praise of the name, no office it holds
    (roles27; who rounds 266, 284: judged wrong). In the writer's narration the head is
    the name's occupation ('Capello adalah pelatih yang sudah punya banyak pengalaman',
    judged correct in rounds 170, 182, 210)."""
    link = cue.group().split()
    if not link or link[-1].casefold() not in _copulas() or not _inside_quote(text, cue.start()):
        return False
    words = text[cue.end():cue.end() + 80].split()[:5]
    if not words or not words[0].islower() or not (k := _head_len(words, 0)):
        return False
    for w in words[k:k + 3]:
        if w == "yang":
            return True
        if not (w.isalpha() and w.islower()):
            return False
    return False


@cache
def _predicate_blockers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).predicate_blockers)


_CLAUSE_MARK = re.compile(r"[,;:]")


@cache
def _companion_blockers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).companion_blockers)


_RELATIVE = re.compile(r"\s+yang\s", re.IGNORECASE)


def _predicate_blocked(text: str, start: int, at: int, *, relative: bool = False) -> bool:
    """Whether the clause before a name at `at` (from the sentence's `start` or its last
    comma) holds a word of roles.toml's `predicate_blockers`: a condition ('Jika nanti
    Titiek terpilih menjadi ketua umum': no office held) or a companion ('Saat bersama Sandi
    resmi menjabat sebagai gubernur': another's subject)."""
    marks = [k.end() for k in _CLAUSE_MARK.finditer(text, start, at)]
    clause = text[marks[-1] if marks else start:at]
    # 'Budi bersama Andi [yang kini menjadi] …' (`relative`): the relative clause right
    # after the name is that name's, the companion before it no subject (roles16).
    free = _companion_blockers() if relative else frozenset()
    return any(w.casefold() in _predicate_blockers() and w.casefold() not in free
               for w in _NAME_WORD.findall(clause))


@cache
def _led_by() -> dict[str, str]:
    return {k.casefold(): v for k, v in load("roles", RolesData).led_by.items()}


_DEMONSTRATIVES = WordSet("coref", CorefData, "demonstratives")  # coref.toml


def _led_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """'majelis hakim yang diketuai Fatimah', 'hakim yang diketuai Kolonel Kum Sarifuddin':
    the person named after a passive verb of leading (roles.toml `led_by`; 'oleh' and the
    person's rank may stand between) heads the body before it: 'ketua majelis hakim'. The
    body is the capitalised name and at most two nouns before the verb."""
    text = art.text
    led = _led_by()
    starts = [s.start for s in sentences] if ordered(sentences) else None
    lex = load_lexicon()
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            sent = _sentence_holding(sentences, starts, m.start)
            toks = [(t.start(), t.end()) for t in _TOKEN.finditer(
                text, sent.start if sent is not None else 0, m.start)][-16:]
            words = [text[a:b] for a, b in toks]
            k = len(words)
            if e.rank:  # 'diketuai [Kolonel Kum] Sarifuddin'
                n = len(e.rank.split())
                if [w.casefold() for w in words[k - n:]] == e.rank.casefold().split():
                    k -= n
            if k and words[k - 1].casefold() == "oleh":
                k -= 1
            if not k or words[k - 1].casefold() not in led:
                continue
            head = led[words[k - 1].casefold()]
            k -= 1
            if k and words[k - 1].casefold() == "yang":
                k -= 1
            elif k > 1 and words[k - 1].casefold() in _DEMONSTRATIVES:
                k -= 1  # 'Dewan Pengarah [ini] diketuai oleh Megawati': the body named before
            b = k  # the body: capitalised words, then at most two nouns, back from `k`
            while b and (words[b - 1][:1].isupper() or words[b - 1][:1].isdigit()
                         or words[b - 1] in ("-", "/")):
                b -= 1
            nouns = 0
            # a sentence's first noun is capitalised: 'Majelis hakim … yang diketuai'
            while b and nouns < 2 and words[b - 1].isalpha() and (
                    words[b - 1].islower() or b - 1 == 0 and b < k) \
                    and words[b - 1].casefold() not in _not_role_words() \
                    and lex.get(words[b - 1].casefold(), "").startswith("NN"):
                b -= 1
                nouns += 1
            if b == k:
                continue
            body = text[toks[b][0]:toks[k - 1][1]]
            role = " ".join([head, body[:1].lower() + body[1:] if nouns else body])
            role = " ".join(role.split())
            if role.casefold() not in {r.casefold() for r in e.roles}:
                e.roles.append(role)
            break


_PLURAL = WordSet("coref", CorefData, "plural_words")  # "para", "beberapa": coref.toml


def _client_roles(art: _Article) -> None:
    """'Fedrich Yunadi, kuasa hukum Setnov': the lower-case role before Setnov is Fedrich's
    (his lawyer), not Setnov's; Setnov loses an agent's role (roles.toml's client and
    agent heads) where it stands right after another person's name and comma. Any other
    role there is the next name's in a list of people ('Wakil Presiden A, pengusaha B, dan
    Gubernur C'): an occupation names no one's agent."""
    text = art.text
    ends = {b for q in art.live() if q.kind == "PERSON" for _, b in q.spans}
    for p in art.live():
        if p.kind != "PERSON":
            continue
        p.roles = [r for r in p.roles if not _described_client(text, r, p)]
        for r in [r for r in p.roles if r[:1].islower()]:
            for m in p.mentions:
                # Positions, not copies: `text[:m.start].rstrip()` copied the text up to
                # each mention (the square of the article's length over all of them).
                before = _rstrip_end(text, m.start)  # len(text[:m.start].rstrip())
                if not text.endswith(r, 0, before):
                    continue
                prefix = _rstrip_end(text, before - len(r))
                if prefix > 0 and text[prefix - 1] == "," and _agent_role(r) and _rstrip_end(
                        text, prefix - 1) in ends - {b for _, b in p.spans}:
                    p.roles.remove(r)
                    break
                agent = _linked_agent(art, prefix, p) if _agent_role(r) else None
                if agent is not None or _agent_role(r) \
                        and _NAME_THEN_DEMONSTRATIVE.match(text, m.end):
                    # 'Albert Varela selaku manajer personal Martin', 'klaim manajer Martin
                    # tersebut': the agent's role (or epithet), the name the client's
                    p.roles.remove(r)
                    if agent is not None and r.casefold() not in map(str.casefold,
                                                                     agent.roles):
                        agent.roles.append(r)
                    break


def _agent_heads_before_client(art: _Article) -> None:
    """'Pengacara Khadr mengatakan' after 'Omar Khadr' is named: a bare agent's head
    (roles.toml's client or agent heads) written only before later, shorter mentions of a
    person introduced without it names the person's (unnamed) lawyer, no role of his. A
    lawyer named so is named so where first met ('Pengacara Budi Santoso')."""
    text = art.text
    always, apposed = _agent_heads()
    for p in art.live():
        if p.kind != "PERSON" or not p.roles:
            continue
        ms = sorted(p.mentions, key=lambda s: s.start)
        for r in [r for r in p.roles if r.casefold() in always | apposed]:
            held = [m for m in ms if text.endswith(r, 0, _rstrip_end(text, m.start))]
            if held and ms[0] not in held and all(m.of(text) != p.name for m in held):
                p.roles.remove(r)


def _described_client(text: str, role: str, p: _Ent) -> bool:
    """Whether `role` is a client's lawyer's office with the client described in lower-case
    words, written right before a mention of `p`: 'Kuasa hukum [aktor] Harrison Ford
    mengatakan' names the actor's (unnamed) lawyer, no office of Ford's (who round 230)."""
    clients, _ = _agent_heads()
    words = role.split()
    head = next((h for h in clients if [w.casefold() for w in words[:len(h.split())]]
                 == h.split()), None)
    if head is None:
        return False
    rest = words[len(head.split()):]
    if not rest or not all(w.isalpha() and w.islower() for w in rest):
        return False
    return any(text.endswith(role, 0, _rstrip_end(text, m.start)) for m in p.mentions)


# A demonstrative right after a name: 'manajer Martin [tersebut]' (_DEMONSTRATIVE's words).
_NAME_THEN_DEMONSTRATIVE = re.compile(rf"\s+(?:{'|'.join(_DEMONSTRATIVE)})(?![\w-])")


def _agent_role(role: str) -> bool:
    """Whether a role opens with roles.toml's agent heads ('manajer personal', 'agen')."""
    words = without_prefix(role).casefold().split()
    clients, agents = _agent_heads()
    return any(words[:len(h.split())] == h.split() for h in clients | agents)


@cache
def _agent_link() -> re.Pattern[str]:
    """roles.toml's words between a name and its role after it ('selaku', 'yang juga'), at
    the end of the text read."""
    cues = sorted(load("roles", RolesData).after_name_cues, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alt})$")


def _linked_agent(art: _Article, at: int, client: _Ent) -> _Ent | None:
    """The other person whose name ends right before a role link (roles.toml's
    `after_name_cues`) that ends at `at`: 'Albert Varela [selaku] manajer personal Martin'."""
    text = art.text
    link = _agent_link().search(text[max(0, at - 40):at])
    if link is None:
        return None
    end = _rstrip_end(text, at - len(link.group()))
    return next((q for q in art.live() if q.kind == "PERSON" and q is not client
                 and any(b == end for _, b in q.spans)), None)


def _rstrip_end(text: str, end: int) -> int:
    """`len(text[:end].rstrip())`, without the copy."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_CLAUSE_OPENERS = frozenset({",", ":", ";", "(", "-", "–", "—", "\"", "“", "”"})


def _opens_clause(text: str, before: Sequence[tuple[int, int]]) -> bool:
    """Whether a name after the sentence words `before` opens its sentence or a clause
    set off by punctuation (a subject), not one inside a phrase ('yang diketuai Fatimah')."""
    return not before or text[before[-1][0]:before[-1][1]] in _CLAUSE_OPENERS


_NEXT_TOKEN = re.compile(r"\s*(" + _TOKEN.pattern + ")")


def _next_word(text: str, at: int, end: int) -> str:
    """The word right after `at` (before `end`), '' when punctuation or nothing follows."""
    m = _NEXT_TOKEN.match(text, at, end)
    return m.group(1) if m else ""


# A name's comma, an initials bracket before it ('Iskandar Zulkarnaen (IZ), pemilik …').
_NAME_COMMA = re.compile(r"(?:\s*\(\s*[A-Z][A-Za-z.]{0,7}\s*\))?\s*,\s*")


@cache
def _one_of() -> re.Pattern[str]:
    words = sorted(load("roles", RolesData).one_of, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                       for w in words) + r")\s+" if words else "(?!)")


def _one_before(text: str, at: int, role: int) -> bool:
    """Whether a word of one among many ('seorang', 'salah satu') stands between the name's
    comma at `at` and its role at `role`: 'Ruiz, seorang rapper berusia 32 tahun' is an
    apposition, its verb describing him, no new clause ('Fatimah, JPU mendakwa')."""
    comma = _NAME_COMMA.match(text, at, role)
    return comma is not None and _one_of().match(text, comma.end(), role) is not None


@cache
def _degrees() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).name_suffixes)


def _past_degree(text: str, comma: re.Match[str], end: int) -> re.Match[str]:
    """The comma after an academic degree set off after the name ('Aiptu Tutut , [SH ,]
    salah satu anggota Timsus …'): the role follows it. `comma` where no degree stands."""
    m = _TOKEN.match(text, comma.end(), end)
    if m is None or m.group() not in _degrees():
        return comma
    nxt = _NAME_COMMA.match(text, m.end(), end)
    return nxt if nxt is not None and "," in nxt.group() else comma


@cache
def _name_aside() -> re.Pattern[str]:
    """An example word of roles.toml's name_asides right before a comma ('Budi [misalnya],
    seorang guru'), matching nothing while the list is empty."""
    words = sorted(load("roles", RolesData).name_asides, key=len, reverse=True)
    alts = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(r"\s+(?:" + alts + r")(?=\s*,)", re.I)


def _role_after(text: str, at: int, end: int) -> tuple[int, int] | None:
    """A role after the name and its comma ('Gregory Lukasik, CEO …'), the name's initials
    in brackets and a word of one among many ('salah satu') allowed before it; an example
    word before the comma is passed over ('Budi misalnya, seorang guru …', roles26)."""
    aside = _name_aside().match(text, at, end)
    comma = _NAME_COMMA.match(text, aside.end() if aside else at, end)
    if comma is None:
        return None
    comma = _past_degree(text, comma, end)
    one = _one_of().match(text, comma.end(), end)
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(
        text, one.end() if one else comma.end(), end)][:24]
    # A token may carry the sentence's full stop ('Budi , dosen [psikologi.]', roles25).
    words = [text[a:b].rstrip(".") or text[a:b] for a, b in toks]
    if not words:
        return None
    if _body_bound_title(words):
        # 'Budi , profesor dari Fordham Law School': the title bound to its body (roles32)
        return toks[0][0], toks[_run_end(words, 2, 0) - 1][1]
    if not _head_len(words, 0):
        # 'kata Budi, [Senior Marketing] Manager PT X': an English title whose head comes
        # last, its capitalised words before it (roles13)
        k = _last_head_at(words)
        return (toks[0][0], toks[_role_run(words, k) - 1][1]) if k else None
    j = _role_run(words, 0) if words[0][:1].isupper() else _lower_role_run(words, 0)
    if j == _head_len(words, 0) and j + 1 < len(words) and words[j] == "yang" \
            and load_lexicon().get(words[j + 1], "").startswith("JJ"):
        # 'kata Budi , Founder yang baik harus …': a bare head and a quality of the kind
        # are the class a new clause speaks of, no apposition (roles10).
        return None
    return toks[0][0], toks[j - 1][1]


@cache
def _body_bound() -> tuple[frozenset[str], frozenset[str]]:
    """roles.toml's `body_bound_titles` and `body_bound_prepositions`."""
    data = load("roles", RolesData)
    return frozenset(data.body_bound_titles), frozenset(data.body_bound_prepositions)


def _body_bound_title(words: Sequence[str]) -> bool:
    """Whether `words` open with a lower-case academic title, a preposition and a
    capitalised word ('profesor [dari] Fordham …'): an office of that body, where the
    title alone before a name is none."""
    titles, preps = _body_bound()
    return len(words) > 2 and words[0] in titles and words[1] in preps \
        and words[2][:1].isupper()


def _last_head_at(words: Sequence[str]) -> int:
    """Index (1 to 3) of roles.toml's English head that closes a title ('Manager',
    'Director') after capitalised words that open `words` ('Senior Marketing Manager'),
    none of them a head or a word that never opens a name; 0 when there is none."""
    rw = role_words()
    for k in range(min(4, len(words))):
        w = words[k]
        if h := _head_len(words, k):  # 'Senior [Product Manager]' too
            return k if k and words[k + h - 1].casefold() in rw.last_heads else 0
        if k and w.casefold() in rw.last_heads:
            return k
        if not (w[:1].isupper() and w.isalpha() and not w.isupper()) \
                or w.casefold() in rw.not_names:
            return 0
    return 0


def _role_in_bracket(text: str, at: int, end: int) -> tuple[int, int] | None:
    """A role in brackets right after the name, filling them: 'Budi Santoso ( mantan
    direktur PT Maju )', 'Andi ( Ketua RT 05 )'. A bracket holding a short form, nickname
    or place ('( BS )', '( Swiss )') opens with no head and gives none (roles11)."""
    b = _BRACKET.match(text, at, end)
    return None if b is None else _whole_role(text, b.start(1), b.end(1))


def _whole_role(text: str, a: int, b: int, *, prefixed: bool = False) -> tuple[int, int] | None:
    """The role filling text[a:b] whole, a head opening it (or, where `prefixed`, a head
    after a prefix: 'mantan penyerang Bayern'); None where words run on past the role."""
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, a, b)]
    words = [text[x:y] for x, y in toks]
    if not words or not (_head_len(words, 0)
                         or prefixed and is_prefix(words[0]) and _head_len(words, 1)):
        return None
    j = _role_run(words, 0) if words[0][:1].isupper() else _lower_role_run(words, 0)
    return (toks[0][0], toks[-1][1]) if j == len(words) else None


# An aside set off by dashes right after a name, written '--', '- -', '-' or a dash sign:
# 'Ivica Olic --mantan penyerang Bayern - - kendati …'; group 1 the aside.
_DASH_ASIDE = re.compile(r"\s*(?:-\s?-?|[–—])\s*([^-–—\"“”.,;:()]{3,90}?)\s*(?:-\s?-?|[–—])(?=\s)")


def _role_between_dashes(text: str, at: int, end: int) -> tuple[int, int] | None:
    """A role set off by dashes right after the name, a link of coref.toml's
    `role_links` ('selaku') allowed before it: 'Ivica Olic --mantan penyerang Bayern - -',
    'Hasan --selaku pemilik klub - -' (roles27; who round 286: missed). The aside must be
    the role whole, a head opening it."""
    d = _DASH_ASIDE.match(text, at, end)
    if d is None:
        return None
    a = d.start(1)
    link = _lex().role_link.match(" " + text[a:d.end(1)])
    if link is not None:
        a += link.end() - 1
    return _whole_role(text, a, d.end(1), prefixed=True)


def _lower_role_run(words: Sequence[str], i: int) -> int:
    """End of a lower-case role after a name and its comma: 'Aris Carmadi, juru bicara
    pelapor ditemui …', 'Fedrich Yunadi, kuasa hukum Setnov': capitalised words, inner words
    before one, and at most two lower-case nouns (no verb, preposition or adverb). A head
    after a prefix is the role's own ('mantan [direktur utama]')."""
    j = _prefixed_head_end(words, i)
    if j < len(words) and words[j].islower() and (h := _head_len(words, j)):
        # 'wakil [direktur] Lembaga X', 'asisten [pelatih] tim': a head right after the head
        # is the office the first one qualifies, no verb or end (roles27; round 285)
        j += h
    nouns = 0
    named = False  # an organisation's capitalised words began: a lower-case word ends it
    while j < len(words):
        w = words[j]
        inner = _inner_word(w) and j + 1 < len(words) and \
            words[j + 1][:1].isupper()
        if w[:1].isupper() or w[:1].isdigit() or inner:
            named = named or w[:1].isupper()
            j += 1
        elif not named and nouns < 2 and w.isalpha() and w.islower() \
                and w not in _not_role_words() and w not in _role_joiners() \
                and not _VERB_LIKE.fullmatch(w):
            nouns += 1
            j += 1
        else:
            break
    return j


def _prefixed_head_end(words: Sequence[str], i: int) -> int:
    """End of the head at `i`, over the head after it where `i` is a prefix that keeps a
    role ('mantan', 'calon'): 'DS selaku [mantan direktur utama]', whose second head the
    quotes lists would read as a word that ends a role."""
    j = i + _head_len(words, i)
    if is_prefix(words[i]) and j < len(words):
        j += _head_len(words, j)
    return j


def _role_before(text: str, start: int, at: int,
                 toks: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """`toks`: the (start, end) of `_TOKEN`s in text[start:at] where the caller has them."""
    before = _BRACKET_BEFORE.search(text, start, at)
    if before is None:
        return _lower_role_before(text, start, at, toks)
    toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, before.start())]
    words = [text[a:b] for a, b in toks]
    for i in range(max(0, len(words) - 14), len(words)):
        if _head_len(words, i) and words[i][:1].isupper() and _role_run(words, i) == len(words):
            return toks[i][0], before.end()
    return None


def _roles_right_before(text: str, start: int, at: int,
                        read: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Capitalised roles ending right before a name (a comma may stand between), longest
    first: 'Menteri Keuangan Purbaya', 'Chief Executive Officer (CEO) Badan Pengelola
    Investasi (BPI) Daya Anagata Nusantara (Danantara), Rosan'. `read`: as `_role_before`'s
    `toks`."""
    if read is None:
        read = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, at)]
    toks = _less_rank(text, read[-24:])
    regional = role_words().regional_titles
    while toks and text[toks[-1][0]:toks[-1][1]] in regional:
        toks.pop()  # 'Kepala Dinas Sosial Kota Mataram, [Lalu] Samsul': the name's noble title
    comma = False
    while toks and text[toks[-1][0]:toks[-1][1]] == ",":
        toks.pop()
        comma = True
    words = [text[a:b] for a, b in toks]
    return [(toks[i][0], toks[-2 if _opened_before(words, i) else -1][1])
            for i in range(len(words))
            if words[i][:1].isupper() and _head_len(words, i)
            and (_role_run(words, i) == len(words) or comma and _lower_tail(words, i)
                 or _noun_tail(words, i) == len(words))
            and not (comma and cued_to_name_before(words, i))]


def _less_rank(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`toks` less a capitalised rank at their end: a rank between a role (or its comma) and
    the name is the person's, not the role's ('Kanit Reskrim Polsek Kembangan, AKP Asmoro
    Bangun', 'Hakim anggota Kolonel Kum Wahyupi')."""
    low = [text[a:b].casefold().rstrip(".") for a, b in toks]
    rank = next((r for r in _ranks_ending(low) if len(r) < len(low)
                 and text[toks[-len(r)][0]:toks[-len(r)][0] + 1].isupper()), None)
    if rank is not None and " ".join(
            low[-len(rank) - 1:len(low) - len(rank) + 1]) in _lex().role_heads:
        return toks  # 'Sekretaris Jenderal Ratu Tisha': one title, no rank (kinds20)
    return toks[:len(toks) - len(rank)] if rank is not None else toks


def _opened_before(words: Sequence[str], i: int) -> bool:
    """Whether the bracket closing `words` opened before word `i` ('jaksa penuntut umum
    ([JPU)] Ni Putu'): the role read from `i` ends before that bracket."""
    return len(words) - i > 1 and words[-1] == ")" and "(" not in words[i:]


_VERB_LIKE = re.compile(r"(?:me|ber|di)[a-z]{3,}")
_ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")


def _active_verb(word: str) -> bool:
    """A me-/ber- verb: its shape, and no noun tag in the lexicon ('menteri' is a noun), nor
    a word of a person's origin ('penyanyi solo [berkebangsaan] Amerika Serikat')."""
    if not _ACTIVE_VERB.fullmatch(word) or word.casefold() in role_words().origin_words:
        return False
    tag = load_lexicon().get(word)
    return tag is None or tag.startswith("VB")


def _lower_tail(words: Sequence[str], i: int) -> bool:
    """Whether the words after the head at `i` are one or two lower-case nouns, then only
    capitalised words, up to the name's comma: 'Pengacara terdakwa, Tuti Wijaya', 'Bek
    sentral Persib, Vladimir Vujovic'; not 'Presiden juga mengatakan, …'."""
    tail = words[i + _head_len(words, i):]
    k = 0
    while k < len(tail) and k < 2 and tail[k].isalpha() and tail[k].islower() \
            and (tail[k] not in _not_role_words() or tail[k] in role_words().former_after) \
            and not _VERB_LIKE.fullmatch(tail[k]):
        k += 1
    # Then only the organisation's capitalised words: 'Bek sentral Persib, Vladimir'.
    return k >= 1 and all(w[:1].isupper() or w[:1].isdigit() for w in tail[k:])


@cache
def _not_role_words() -> frozenset[str]:
    """Lower-case words that end a role rather than continue it: quotes.toml's adverbs,
    connectives, prepositions and the words a speaker phrase stops at."""
    sp = load("quotes", QuotesData).speaker
    return frozenset(w.casefold() for w in (*sp.adverbs, *sp.connectives, *sp.stop_after,
                                             *sp.subject_prepositions, *sp.inner_words))


@cache
def _role_joiners() -> frozenset[str]:
    """roles.toml's words joining a second office to a role ('fisikawan [sekaligus] ...')."""
    return frozenset(w.casefold() for w in load("roles", RolesData).role_joiners)


# Prepositions of place: a head with '-nya' after one names a part or a site, no one's
# office ('di kepalanya', 'ke kantornya'). Source: Indonesian locative prepositions.
_PLACE_PREPOSITIONS = WordSet("coref", CorefData, "place_prepositions")  # coref.toml


def _lower_role_before(text: str, start: int, at: int,
                       read: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """'politikus PDIP Budi Santoso', 'ekonom INDEF Tauhid', 'kuasa hukum Sahara, Moh
    Zakki': a lower-case head, then the capitalised organisation (or client), right before
    the name or its comma. `read`: as `_role_before`'s `toks`."""
    if read is None:
        read = [(t.start(), t.end()) for t in _TOKEN.finditer(text, start, at)]
    toks = _less_rank(text, read[-12:])
    comma = bool(toks) and text[toks[-1][0]:toks[-1][1]] == ","
    if comma:
        toks.pop()
    words = [text[a:b] for a, b in toks]
    if comma and len(words) >= 2 and words[-1] in _owner_pronouns() \
            and (k := lower_head_before(words, len(words) - 1, tail=2)) is not None \
            and words[k].islower():
        return toks[k][0], toks[-2][1]  # 'manajer [mereka], Steve Bruce': the head alone
    if words and (own := words[-1]).isalpha() and own.endswith("nya") and len(own) > 5 \
            and own[1:].islower():
        # 'strikernya , Carlton Cole', 'kuasa hukumnya , Budi': a lower-case head with the
        # possessive '-nya' (the body or person named before) set off by the name's comma
        # is the name's role, less the pronoun; a relation ('istrinya') has no head
        # (roles16; who round 265: missed). Right before the name, no comma, it is one
        # too: the pronoun owns the head, so the name is its holder, never its client
        # ('pengacaranya Ferry', 'Pendirinya Abid Omar' opening a sentence; roles25b,
        # who round 282: missed).
        # After a preposition of place the head is a thing's part or site ('Di
        # kepalanya , Trump memakai mahkota'), no apposition.
        stems = [*words[:-1], own[:-3].casefold()]
        k = lower_head_before(stems, len(stems), tail=1)
        if k is not None and (stems[k].islower() or _opens_sentence(text, start, toks[k][0])) \
                and not is_prefix(stems[k]) \
                and not (k and words[k - 1].casefold() in _PLACE_PREPOSITIONS):
            return toks[k][0], toks[-1][1] - 3
    # 'personel One Direction [lainnya] Harry Styles': 'other' ends the role, no part of it.
    end = len(words) - 1 if words and words[-1].casefold() in _OTHER else len(words)
    for i in range(end - 1):
        n = _head_len(words, i)
        if n and words[i].islower() and i + n < end and _noun_tail(words[:end], i) == end \
                and not _second_role(words, i + n, end) and not _after_head(words, i) \
                and not (comma and cued_to_name_before(words, i)):
            # ('Jack yang ikut menjadi produser Melodrama , Rina': the relative clause's
            # office is Jack's, not Rina's; speak19)
            return toks[i][0], toks[end - 1][1]
    return None


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether the word at `at` is the sentence's first (its capital no name's)."""
    return not text[start:at].strip()


def _after_head(words: Sequence[str], i: int) -> bool:
    """Whether a capitalised head, no prefix, stands right before the lower-case head at
    `i`: 'Pebulutangkis [tunggal putra] Indonesia , Jonatan' is one role opening there,
    read elsewhere."""
    return i > 0 and words[i - 1][:1].isupper() and _head_len(words, i - 1) > 0 \
        and not is_prefix(words[i - 1])


@cache
def _owner_pronouns() -> frozenset[str]:
    return frozenset(load("roles", RolesData).owner_pronouns)


def _second_role(words: Sequence[str], i: int, end: int) -> bool:
    """Whether 'dan'/'serta' and a capitalised head open a second role in words[i:end]:
    'Zulkifli Hasan yang juga ketua umum PAN [dan Ketua DPR], Setya Novanto' -- the role
    before the name is the second one only."""
    return any(words[x].casefold() in _role_list_joiners() and words[x + 1][:1].isupper()
               and _head_len(words, x + 1) for x in range(i, end - 1))


# 'pebalap Honda lainnya': the word for 'other' after a role, never part of it (roles.toml
# `other_agent_words`, as ner.roles reads them).
_OTHER = WordSet("roles", RolesData, "other_agent_words")


def _noun_tail(words: Sequence[str], i: int) -> int:
    """End of a role opening with the head at `i` whose organisation or place may follow
    at most two lower-case nouns or adjectives ('pebalap [debut] MotoGP', 'Ilmuwan [senior]
    The Aerospace Corporation'), then capitalised words, inner words and brackets
    ('peneliti pada Organisasi HAM Saudi Eropa (ESOHR)'); `i` when no capitalised word
    follows the nouns (a bare lower-case head is `lower_head_before`'s)."""
    j = i + _head_len(words, i)
    lex = load_lexicon()
    k = j
    while k < len(words) and k - j < 2 and words[k].isalpha() and words[k].islower() \
            and words[k] not in _not_role_words() and words[k].casefold() not in _role_inner() \
            and words[k] not in _lex().origin and (lex.get(words[k], "").startswith(
                ("NN", "JJ")) or unknown_noun(words[k], lex)) \
            and words[k] not in role_words().sham_words:
        # (an impostor's word ends it, as ner.roles reads one: 'jaksa [gadungan] Kejaksaan
        # Agung , Budi' holds no office; `unknown_noun` took it, the lexicon lacking it)
        k += 1
    if k < len(words) and words[k].casefold() in _role_inner() and k + 1 < len(words) \
            and words[k + 1][:1].isupper():
        k += 1  # 'peneliti [pada] Organisasi …'
    elif (d := _described_field(words, j)) > j:
        k = d + 1  # 'analis [media digital dan periklanan] dari Enders Analysis' (roles32)
    if k >= len(words) or not (words[k][:1].isupper() or words[k][:1].isdigit()):
        return i
    return _run_end(words, k, i)


def _described_field(words: Sequence[str], j: int) -> int:
    """Index of the preposition of roles.toml `body_bound_prepositions` ('dari', 'di')
    that closes a head's field of up to five lower-case nouns and adjectives from `j`,
    'dan' or 'serta' between two of them, a capitalised body after it: 'analis [media
    digital dan periklanan online] dari Enders Analysis'. A field noun may be one a
    speaker phrase reads inside its own ('media'). `j` where there is none."""
    lex = load_lexicon()
    preps = _body_bound()[1]
    k = j
    while k < len(words) and k - j < 5:
        w = words[k]
        if w in preps:
            break
        joins = w in _role_list_joiners() and k > j and k + 1 < len(words) \
            and words[k + 1] not in preps
        noun = w.isalpha() and w.islower() and w not in role_words().sham_words \
            and (lex.get(w, "").startswith(("NN", "JJ")) or unknown_noun(w, lex))
        if not (joins or noun):
            return j
        k += 1
    if k == j or k + 1 >= len(words) or words[k] not in preps \
            or not words[k + 1][:1].isupper():
        return j
    return k


def _role_before_rank(text: str, sentences: Sequence[Span], e: _Ent, rank: str,
                      starts: list[int] | None = None) -> str | None:
    """The role written before the rank and a comma of one of `e`'s mentions; `starts`:
    the sentences' starts when they are in order (see `_sentence_at`)."""
    folded = rank.casefold()
    for m in sorted(e.mentions, key=lambda s: s.start):
        end = m.start  # the end of text[:m.start].rstrip(), without copying the text
        while end > 0 and text[end - 1].isspace():
            end -= 1
        # casefolding maps each character to one or more, on its own: the last
        # len(folded) characters are enough to test the whole folded text's ending
        if not text[max(0, end - len(folded)):end].casefold().endswith(folded):
            continue
        rank_at = end - len(rank)
        sent = _sentence_holding(sentences, starts, m.start)
        sent_start = sent.start if sent is not None else 0
        toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, sent_start, rank_at)]
        words = [text[a:b] for a, b in toks]
        if not words or words[-1] != ",":
            continue
        got = role_before(words, len(words))
        if got is not None:
            i, j = got
            return " ".join(text[toks[i][0]:toks[j - 1][1]].split())
    return None


@cache
def _also_words() -> frozenset[str]:
    """quotes.toml's words after 'yang' that give one holder a second office ('Ketua X yang
    [juga] Gubernur Y Budi'): the quotes stage reads the same construction for its speaker,
    so both read one list."""
    return frozenset(w.casefold() for w in load("quotes", QuotesData).speaker.also_words)


def _joined_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """The first of two offices joined before a name: 'Sekjen Partai Golkar [sekaligus]
    Ketua Fraksi Golkar DPR RI Sarmuji' holds both; the tagger ties only the one next to
    the name. The role before a joiner of roles.toml (`role_joiners`) is read as
    `role_before` reads one before a name."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON" or not e.roles:
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            # The text before the name, less spaces and one comma, read by its end offset:
            # a copy of the whole text before each name was quadratic on a long text.
            end = _rstrip_end(text, m.start)
            if text.endswith(",", 0, end):
                end = _rstrip_end(text, end - 1)
            role = next((r for r in e.roles if text.endswith(r, 0, end)), None)
            if role is None:
                continue
            cut = _rstrip_end(text, end - len(role))  # where the words before it end
            joiner = text[_word_start(text, cut):cut]
            folded = joiner.casefold()
            if folded not in _also_words() and folded not in _role_joiners():
                continue
            head = text[:cut]
            if folded in _also_words() and head[:-len(joiner)].rstrip().rsplit(
                    None, 1)[-1:] == ["yang"]:
                # 'Ketua Umum PON XIX dan Peparnas XV [yang juga] Gubernur Jawa Barat
                # Ahmad Heryawan': a relative 'yang juga' joins the two offices as
                # 'sekaligus' does (roles15; round 259: the first counted missed)
                joiner = head[head[:-len(joiner)].rstrip().rfind("yang"):]
            elif joiner.casefold() not in _role_joiners():
                continue
            sent_start = next((s.start for s in sentences if s.start <= m.start < s.end), 0)
            at = len(head) - len(joiner)
            toks = [(t.start(), t.end()) for t in _TOKEN.finditer(text, sent_start, at)]
            got = role_before([text[a:b] for a, b in toks], len(toks))
            if got is not None:
                first = " ".join(text[toks[got[0]][0]:toks[got[1] - 1][1]].split())
                if first not in e.roles:
                    e.roles.append(first)


def _word_start(text: str, end: int) -> int:
    """Where the word (a run without spaces, as `str.split()` makes) ending at `end` opens."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


@cache
def _owned_after() -> re.Pattern[str]:
    """One or two lower-case words and an owner pronoun of roles.toml after a name."""
    alt = "|".join(sorted(map(re.escape, _owner_pronouns()), key=len, reverse=True))
    return re.compile(rf"\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:{alt})(?!\w)")


def _owned_roles_after(art: _Article) -> None:
    """A lower-case head and a possessive pronoun of roles.toml (`owner_pronouns`) right
    after a name, no comma between: 'Simon Cowell [produser mereka] dilaporkan meminta'
    (their producer). The pronoun ties the head to a group named before, so the head is
    the name's role and no verb of the clause."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in e.mentions:
            got = _owned_after().match(text, m.end)
            if got is None:
                continue
            words = got.group(1).split()
            if head_at(words, 0) == len(words) and got.group(1) not in e.roles:
                e.roles.append(got.group(1))


@cache
def _label_not_roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).label_not_roles)


_LABEL_REACH = 48  # characters back from a name to its label line's start


def _label_roles(art: _Article) -> None:
    """A line-up's label before a name, a head and a colon opening its line or sentence:
    'Pelatih : Hanafi', 'Wasit : Budi' (a squad list's coach, a match's referee). The head
    must be the whole label; a byline's or credit's label (roles.toml `label_not_roles`:
    'Penulis : Budi') names the article's maker, no role."""
    text = art.text
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in e.mentions:
            lo = max(0, m.start - _LABEL_REACH)
            k = max(text.rfind(c, lo, m.start) for c in "\n.;")
            if k < 0 and lo > 0:
                continue
            label = text[k + 1:m.start].strip()
            if not label.endswith(":"):
                continue
            words = label[:-1].split()
            if not words or not words[0][:1].isupper() or _head_len(words, 0) != len(words) \
                    or " ".join(words).casefold() in _label_not_roles():
                continue
            role = " ".join(words)
            if role.casefold() not in {r.casefold() for r in e.roles}:
                e.roles.append(role)
            break


_SIGNATURE_REACH = 320  # characters of an author line's offices after the name
# A sentence break inside an author line ('Peneliti di Perludem. Ketua Umum …').
_SIGNATURE_BREAK = re.compile(r"\.\s+(?=[A-Z])")
_SIGNATURE_JOINERS = frozenset({"dan", "serta", "&"})
_NON_SPACE = re.compile(r"\S+")
# Lexicon tags of words no office holds: verbs, pronouns, demonstratives.
_NOT_OFFICE_TAGS = ("VB", "PR", "DT")
# The name's full stop before the first office (the clean stage spaces a glued one).
_SIGNATURE_GLUE = re.compile(r"\. ?(?=[A-Z])")
# One or two capitalised words opening the line before the tagged name: its given name.
_SIGNATURE_GIVEN = re.compile(r"(?:[A-Z][a-z]+ ){1,2}")


@cache
def _credential_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("roles", RolesData).credential_words)


def _signature_roles(art: _Article) -> None:
    """The offices of a signed column's author line: the name opening its line, a full
    stop after it and the first office ('Budi Santoso.Peneliti di Pusat Studi X. Ketua Umum
    Y.', the glued stop spaced by the clean stage). Each sentence of the line that opens
    with a head is one role, a second office after 'dan' another ('Direktur X dan Ketua
    Umum Y'); a degree or alumnus line (roles.toml `credential_words`: 'Alumni …',
    'Lulusan …') and a relative clause ('yang tengah …') are none of it (roles15; who
    rounds 158-259: 7 such roles missed). Runs last, after `_first_names_in_roles`: the
    name may take its given name here."""
    text = art.text
    lex = load_lexicon()
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for n, m in enumerate(e.mentions):
            glued = _SIGNATURE_GLUE.match(text, m.end)
            if glued is None:
                continue
            line = text.rfind("\n", 0, m.start) + 1
            given = _SIGNATURE_GIVEN.fullmatch(text, line, m.start) if line < m.start else None
            if line < m.start and not (given and art.free(line, m.start) and not any(
                    not lex.get(w.casefold(), "NNP").startswith("NNP") or is_role_word(w)
                    for w in given.group().split())):
                continue
            stop = text.find("\n", m.end)
            stop = len(text) if stop < 0 else stop
            if stop - m.end > _SIGNATURE_REACH:
                continue
            at = glued.end()
            had = len(e.roles)
            for brk in [*_SIGNATURE_BREAK.finditer(text, at, stop), None]:
                if not _add_signature_role(art, e, at, brk.start() if brk else stop):
                    break  # prose after the name ('Budi. Ia mengatakan …'): no author line
                at = brk.end() if brk else stop
            if len(e.roles) > had and line < m.start:
                # 'Rifqi Nuril Huda.Alumni …' tagged 'Nuril Huda': the line's capitalised
                # words before the name, which no entity holds and no lexicon knows as a
                # common word, are its given name (as `_first_names_in_roles` reads them)
                if " ".join(m.of(text).split()) == e.name:
                    e.name = " ".join(text[line:m.end].split())
                e.mentions[n] = Span(start=line, end=m.end)
            break


def _area_names_in_people(art: _Article) -> None:
    """A village's bare name opening a person's name after an office's head alone: 'Perbekel
    [Cemagi Putu Hendra]' where the text names 'Desa Cemagi' (a place opened by coref.toml's
    `named_place_prefixes`) is the office 'Perbekel Cemagi' and the person 'Putu Hendra'
    (roles27; who round 285: the office lost to the joined name). The gazetteer knows no
    village, so the tagger read its name into the person's."""
    bare = {e.name.split(" ", 1)[1] for e in art.live() if e.kind == "PLACE"
            and " " in e.name and e.name.split(" ", 1)[0].casefold() in _named_place_prefixes()}
    if not bare:
        return
    text = art.text
    for e in art.live():
        words = e.name.split()
        if e.kind != "PERSON" or len(words) < 3 or words[0] not in bare:
            continue
        k = next((i for i, r in enumerate(e.roles)
                  if (rs := r.split()) and head_at(rs, 0) == len(rs)), None)
        if k is None:
            continue
        e.roles[k] = f"{e.roles[k]} {words[0]}"
        e.name = " ".join(words[1:])
        for n, m in enumerate(e.mentions):
            if text.startswith(words[0] + " ", m.start):
                e.mentions[n] = Span(start=m.start + len(words[0]) + 1, end=m.end)


def _add_signature_role(art: _Article, e: _Ent, at: int, end: int) -> bool:
    """The roles of one sentence text[at:end] of an author line; False where the sentence
    is none of an author line's: no head or credential word opens it, or a verb, pronoun
    or demonstrative stands in it."""
    text = art.text
    lex = load_lexicon()
    one = _one_of().match(text[at:at + 16].lower())  # 'Salah satu pendiri …'
    while end > at and text[end - 1] in " .":
        end -= 1  # the line's closing full stop
    toks = [(t.start(), t.end()) for t in _NON_SPACE.finditer(
        text, at + (one.end() if one else 0), end)]
    words = [text[a:b] for a, b in toks]
    if not words or not (_head_len(words, 0) or words[0].casefold() in _credential_words()):
        return False
    cut = next((k for k, w in enumerate(words) if k and (
        w == "yang" or w.casefold() in _credential_words())), len(words))
    if any(w.islower() and lex.get(w, "").startswith(_NOT_OFFICE_TAGS) for w in words[:cut]):
        return False
    i = 0
    while i < cut and _head_len(words, i):
        k = next((k for k in range(i + 1, cut - 1)
                  if words[k] in _SIGNATURE_JOINERS and _head_len(words, k + 1)), cut)
        s0, e0 = toks[i][0], toks[k - 1][1]
        role = " ".join(text[s0:e0].split()).rstrip(" ,")
        if role and not art.person_in(s0, e0, kinds=("PERSON",)) \
                and role.casefold() not in {r.casefold() for r in e.roles}:
            e.roles.append(role)
        i = k + 1
    return True


@cache
def _office_noun_cue() -> re.Pattern[str]:
    """roles.toml's nouns of office with '-nya' and 'sebagai' ('jabatannya sebagai')."""
    nouns = load("roles", RolesData).office_nouns
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alt})nya\s+sebagai\s+", re.IGNORECASE)


@cache
def _owned_offices() -> CueWords:
    """The nouns of office with '-nya' ('jabatannya'), one of which `_office_noun_cue`
    needs (`may_hold`)."""
    return CueWords(n + "nya" for n in load("roles", RolesData).office_nouns)


def _owned_office_roles(art: _Article, sentences: Sequence[Span]) -> None:
    """An office its holder's '-nya' names: 'Tavecchio memutuskan menanggalkan [jabatannya
    sebagai] presiden FIGC', 'menuntut Budi mundur dari jabatannya sebagai ketua'. The
    holder is the one person named before the cue in its sentence (two or more: whose it
    is stays open); the role opens with a head, as `_linked_roles` reads it."""
    text = art.text
    if not may_hold(text, _owned_offices()):
        return  # most articles: no '-nya' office noun, and the pattern is not tried
    for cue in _office_noun_cue().finditer(text):
        sent = next((s for s in sentences if s.start <= cue.start() < s.end), None)
        lo = sent.start if sent is not None else 0
        people = {id(x): x for x, _, _ in art.mentions_in(lo, cue.start())
                  if x.kind == "PERSON"}
        if len(people) == 1:
            holder = next(iter(people.values()))
            _add_role_at(art, holder, cue.end(), sent.end if sent is not None else len(text))


_ORIGIN_AFTER = re.compile(r"\s*(?:,\s*)?([a-z]+)\s+")
_PAREN = re.compile(r"\s*\(\s*")


def _countries(art: _Article) -> None:
    """'Caroline Wozniacki asal Denmark', 'Roger Federer (Swiss)', 'petenis asal
    Argentina, Juan Martin del Potro': the person's country is the place's."""
    lex = _lex()
    text = art.text
    places = {(a, b): p for p in art.live() if p.kind == "PLACE" and p.country
              for a, b in p.spans}
    starts = {a: (b, p) for (a, b), p in places.items()}
    origin_before = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(lex.origin)) +
        r")\s+(\S[^,]{0,40}?)\s*,\s*$")
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for m in sorted(e.mentions, key=lambda s: s.start):
            code: str | None = None
            o = _ORIGIN_AFTER.match(text, m.end)
            if o is not None and o.group(1) in lex.origin and o.end() in starts:
                code = starts[o.end()][1].country
            p = _PAREN.match(text, m.end)
            if code is None and p is not None and p.end() in starts:
                end, place = starts[p.end()]
                if _CLOSING.match(text, end):
                    code = place.country
            if code is None:
                base = max(0, m.start - 60)
                pre = origin_before.search(text[base:m.start])
                if pre is not None:
                    span = (base + pre.start(1), base + pre.end(1))
                    if span in places:
                        code = places[span].country
            if code is not None:
                e.country = code
                break


# --------------------------------------------------------------------------- entry


def link_mentions(text: str, sentences: Sequence[Span], entities: Sequence[Entity],
                  published: datetime | date | None = None) -> list[Entity]:
    """Entities with titles, epithets, acronyms and aliases added as mentions, ranks
    split from roles and countries read from the text; ids remade from the names."""
    when = published.date() if isinstance(published, datetime) else published
    # An entity with no mentions (a place named only in the dateline) has no span to link
    # or to read a role at: it is set aside and put back after (`unmentioned_after`).
    art = _Article(text, [e for e in entities if e.mentions])
    _brackets(art)
    _inner_brackets(art)
    _bracket_renderings(art)
    _bracket_nicknames(art)
    _long_forms(art)
    _initial_acronyms(art)
    _company_short_forms(art)
    _known_aliases(art)
    _misspelt_names(art)
    _doubled_letters(art)
    _doubled_short_names(art)
    _respelt_names(art)
    _person_kinds(art)
    _people_by_evidence(art)
    _place_prefixes(art)
    _water_rests(art)
    _named_after(art)
    _bare_named(art)
    _facility_forms(art)
    _variant_names(art)
    _part_names(art)
    _glued_names(art)
    _domain_names(art)
    _contracted_bodies(art)
    _speaking_orgs(art)
    _aliases(art)
    _nickname_before_cue(art)
    _nicknames_tagged_bodies(art)
    _real_names(art)
    _nicknames(art)
    _short_names(art)
    _shorter_names(art)
    _events_of_one_body(art)
    _syllable_events(art)
    _epithet_nicknames(art)
    _ranks(art, sentences)
    _rank_before(art)
    _appositive_roles(art, sentences)
    _pair_bracket_roles(art)
    _closed_appositions(art, sentences)
    _former_in_bracket(art)
    _second_roles_after(art, sentences)
    _label_roles(art)
    _linked_roles(art, sentences)
    _owned_office_roles(art, sentences)
    _predicate_roles(art, sentences)
    _paired_predicate_roles(art, sentences)
    _described_roles(art, sentences)
    _second_roles_after(art, sentences)  # after linked roles too ('selaku X dan Y'; roles16)
    _led_roles(art, sentences)
    _list_roles(art)
    _client_roles(art)
    _agent_heads_before_client(art)
    _joined_roles(art, sentences)
    _owned_roles_after(art)
    _ranks(art, sentences)  # ranks out of the roles just read too
    _lower_heads(art)
    _role_acronyms(art)
    _titles(art, when, sentences)
    _holder_parts(art, when)
    _org_epithets(art)
    _role_epithets(art)
    _bare_head_places(art)
    _capitalised_epithets(art, sentences)
    _countries(art)
    _first_names_in_roles(art)
    _area_names_in_people(art)
    _signature_roles(art)
    _bodies_whole_in_roles(art)
    # a set: each role looks its own endings up (a scan of every name was quadratic)
    org_names = {" ".join(x.name.split()) for x in art.live() if x.kind == "ORG"}
    for e in art.live():
        if e.kind == "PLACE":
            e.roles = []  # a place holds no office ('Bupati [OKI]' read on the area's acronym)
        if e.kind == "PERSON":
            e.roles = [_TERM.sub("", _without_own_name(r, e.name, org_names))
                       for r in e.roles]
            e.roles = _without_cut_roles(art.text, [r for r in dict.fromkeys(e.roles) if r])
        if e.kind == "PERSON" and any((_office_of_role(r) or ("", False))[1] for r in e.roles):
            # Holds an Indonesian office ("Menteri Luar Negeri", "Presiden" of the table): a
            # foreign country named near the name ('… RI-Afsel bersama Presiden Prabowo')
            # is not his.
            e.country = "ID"
    out: list[Entity] = []
    used: set[str] = set()
    # A pronoun or a role prefix is no one's name ('Anda' tagged a person in an advice
    # column, 'Plh' split off 'Plh Kepala Pelaksana … Abd Aziz'). Role heads may be
    # given names ('Putri', 'Sultan') and stay.
    lex = _lex()
    junk = lex.not_names | {p.casefold() for p in lex.role_prefixes}
    # A person's role the tagger also read as a place or organisation ('[Kanit Reskrim
    # Polsek Kembangan], AKP Asmoro Bangun') is the role only.
    held = {" ".join(r.casefold().split()) for e in art.live() if e.kind == "PERSON"
            for r in e.roles}
    live = [e for e in art.live() if e.mentions and not (
        e.kind == "PERSON" and e.name.casefold() in junk) and not (
        e.kind in ("PLACE", "ORG") and " ".join(e.name.casefold().split()) in held
        and _head_len(e.name.split(), 0))]
    live.sort(key=lambda e: min(m.start for m in e.mentions))
    ids: dict[int, str] = {}
    for e in live:
        ids[id(e)] = free_id(entity_id(e.kind, e.name), used)  # unique by construction:
        used.add(ids[id(e)])  # a "-2" is never another name's own id
    orgs = _affiliations(art, live)
    for e in live:
        org = orgs.get(id(e))
        out.append(Entity(id=ids[id(e)], kind=e.kind, name=e.name,
                          mentions=tuple(sorted(e.mentions, key=lambda s: (s.start, s.end))),
                          country=e.country, roles=tuple(dict.fromkeys(e.roles)),
                          rank=e.rank, org=ids[id(org)] if org is not None else None))
    return unmentioned_after(entities, out)


_WORD_BEFORE_NAME = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]{2,}) $")


@cache
def _office_title_words() -> frozenset[tuple[str, ...]]:
    """offices.toml's titles as case-folded words ("menko", "polhukam")."""
    return frozenset(tuple(t.casefold().split()) for o in _lex().data.office for t in o.titles)


def _office_title_ends(role: str, n: int) -> bool:
    """Whether `role` ends in a whole office title of offices.toml whose last `n` words
    are more than the title's head ("Menko [Polhukam]"): those words are the office's
    field, no given name of its holder (cuts18)."""
    words = tuple(role.casefold().split())
    titles = _office_title_words()
    return any(words[-k:] in titles for k in range(n + 1, min(len(words), 6) + 1))


@cache
def _rank_firsts() -> frozenset[str]:
    return frozenset(r[0] for r in role_words().rank_forms if r)


def _cut_of(short: str, whole: str) -> bool:
    """Whether role `short` is `whole` cut inside the body it names: 'Ketua Dewan Pembina
    Parfi' beside 'Ketua Dewan Pembina Parfi 56', 'Ketua DPRD' beside 'Ketua DPRD Bantaeng'
    (who rounds 183, 188, 279: the cut one judged wrong). A bare head ('Gubernur' beside
    'Gubernur Riau'), a bracket, a 'dan' ('vokalis Audioslave dan Soundgarden') or a rank
    after it ('… Polda, Kolonel') keep both."""
    if not whole.startswith(short + " "):
        return False
    first = whole[len(short) + 1:].split()[0]
    if not (first[:1].isupper() or first[:1].isdigit()):
        return False
    if first.casefold().rstrip(".") in _rank_firsts() or _title_after_rank(first):
        return False
    words = short.split()
    return _prefixed_head_end(words, 0) < len(words)


def _written_whole_only(text: str, short: str, whole: str) -> bool:
    """Whether `short` stands in `text` only as the start of `whole`: written apart too
    ('Ketua Fraksi NasDem DPRD Jawa Barat Budi … kata Ketua Fraksi itu'; who rounds 152,
    210: both judged correct) it is an office the text gives on its own."""
    def loose(role: str) -> str:
        return r"\s+".join(map(re.escape, role.split()))
    wholes = {m.start() for m in re.finditer(loose(whole), text, re.IGNORECASE)}
    return all(m.start() in wholes
               for m in re.finditer(rf"(?<!\w){loose(short)}", text, re.IGNORECASE))


def _without_cut_roles(text: str, roles: list[str]) -> list[str]:
    """A person's roles less those another of them holds whole and the text never writes
    apart (`_cut_of`, `_written_whole_only`; roles25)."""
    return [r for r in roles if not any(
        _cut_of(r, w) and _written_whole_only(text, r, w) for w in roles if w != r)]


def _first_names_in_roles(art: _Article) -> None:
    """A given name the tagger left in the role before a name it cut ('Kepala Dinas
    Perhubungan Kota X [Rudolf] Simatupang', the person 'Simatupang'): a capitalised word
    ending a role of the person right before one of its mentions, that no entity covers,
    no role, rank or function word, and that the name lists hold only as a person's word
    (or, before a one-word name, neither they nor the lexicon hold: 'Relawan Anies Sandi'
    stays), opens the name; the role ends before it (the name's own words leave the role
    in `link_mentions`). roles11."""
    text = art.text
    names = load_names()
    lex = load_lexicon()
    rw = role_words()
    for e in art.live():
        if e.kind != "PERSON" or not e.roles or len(e.name.split()) > 2:
            continue
        for k, m in enumerate(e.mentions):
            one = " " not in m.of(text).strip()
            taken: list[str] = []
            start = m.start
            while len(taken) < 2:  # 'pemain film [Laudya Cynthia] Bella': two at most
                hit = _WORD_BEFORE_NAME.search(text, max(0, start - 24), start)
                if hit is None:
                    break
                word = hit.group(1)
                low = word.casefold()
                tail = [word, *taken]
                if not any(len(r.split()) > len(tail) and r.split()[-len(tail):] == tail
                           for r in e.roles) \
                        or not art.free(hit.start(1), hit.end(1)) or is_role_word(word) \
                        or low in rw.not_names or low in rw.honorifics or low in rw.ranks \
                        or low in rw.connectors or low in _lex().origin \
                        or any(_office_title_ends(r, len(tail)) for r in e.roles):
                    break
                flags = names.words.get(low)
                if not (one and flags is None and low not in lex and word not in lex) and not (
                        flags is not None and "p" in flags.lower()
                        and not {"l", "o"} & set(flags.lower())):
                    break
                taken = tail
                start = hit.start(1)
            if not taken:
                continue
            if " ".join(m.of(text).split()) == e.name:
                e.name = " ".join([*taken, e.name])
            e.mentions[k] = Span(start=start, end=m.end)
            break


def _bodies_whole_in_roles(art: _Article) -> None:
    """'Direktur Utama PT Dhirga' of 'Direktur Utama PT Dhirga Surya Ari Wibowo', the tagger
    having read the body's last word as a given name: a person's role that ends with the
    first words of a body the article names, and that the text writes on with the rest of
    that body's name right before one of the person's mentions, holds the body whole
    (roles30; who round 294: cut)."""
    bodies = {tuple(o.name.split()) for o in art.live() if o.kind == "ORG" and " " in o.name}
    if not bodies:
        return
    for e in art.live():
        if e.kind != "PERSON":
            continue
        for i, role in enumerate(e.roles):
            words = tuple(role.split())
            for body in bodies:
                j = next((j for j in range(len(body) - 1, 0, -1) if words[-j:] == body[:j]), 0)
                if j and _written_before_holder(art.text, e, [*words, *body[j:]], body[j:]):
                    e.roles[i] = " ".join([*words, *body[j:]])
                    break


def _written_before_holder(text: str, e: _Ent, role: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether `role` stands right before a mention of `e` (or the role less `rest` before a
    mention opening with `rest`, the words the tagger gave the name)."""
    whole = re.compile(r"\s+".join(map(re.escape, role)) + r"\s*$")
    cut = re.compile(r"\s+".join(map(re.escape, role[:len(role) - len(rest)])) + r"\s*$")
    for x in e.mentions:
        said = text[x.start:x.end].split()
        if whole.search(text, max(0, x.start - 200), x.start) or (
                said[:len(rest)] == list(rest) and len(said) > len(rest)
                and cut.search(text, max(0, x.start - 200), x.start)):
            return True
    return False


def _without_own_name(role: str, name: str, orgs: Collection[str] = ()) -> str:
    """A role without the words of its holder's own name at its end: the tagger may leave
    one in ('Menteri Keuangan (Menkeu) Purbaya' of Purbaya Yudhi Sadewa), unless they end
    an organisation's name ('Managing Director PT Al Hamdi' of Tauhid Hamdi)."""
    own = set(_words(name))
    words = role.split()
    joined = " ".join(words)
    if any(" " in joined[i:] and joined[i:] in orgs for i in range(len(joined))):
        return role
    while len(words) > 1 and words[-1].casefold() in own:
        words.pop()
    return " ".join(words)


def _affiliations(art: _Article, live: Sequence[_Ent]) -> dict[int, _Ent]:
    """A person's organisation where a role names it ('politikus PDIP', 'Ketua Komisi VIII
    DPR RI', 'Juru Bicara Kemenlu'): the organisation entity whose name or mention is
    written in the role (the longest one)."""
    forms: list[tuple[str, _Ent]] = []
    for o in live:
        if o.kind == "ORG":
            forms += [(f, o) for f in {o.name, *(m.of(art.text) for m in o.mentions)}
                      if len(f) >= 2 and f[:1].isupper()]
    forms.sort(key=lambda fo: len(fo[0]), reverse=True)
    # The forms by their first two letters: a role meets only the forms whose opening it
    # holds, not all of them (quadratic on a text of many stories), in the same order.
    by_opening: dict[str, list[int]] = {}
    for k, (f, _) in enumerate(forms):
        by_opening.setdefault(f[:2], []).append(k)
    out: dict[int, _Ent] = {}
    for e in live:
        if e.kind != "PERSON":
            continue
        for r in e.roles:
            near = sorted({k for i in range(len(r) - 1) for k in by_opening.get(r[i:i + 2], ())})
            hit = next((forms[k][1] for k in near if next(_word_hits(r, forms[k][0]), None)),
                       None)
            if hit is not None:
                out[id(e)] = hit
                break
    return out


class CorefStage(Stage):
    """Titles, epithets, acronyms and aliases as mentions of their entity (pure logic in
    `link_mentions`)."""

    name = "coref"
    version = 71  # spk34 (71): a lower-case epithet ('politikus PDIP itu', 'mantan anggota
    # Komisi V DPR itu') opening its sentence, after at most a connective or time phrase, as
    # its subject gives its role to the one it refers to, as a speaker's does;
    # previous: spk33 (70): an English title before its last head goes on over 'and'
    # ('Public Affairs and Sustainability Senior Director X , Budi'); 'X atau (yang) (lebih)
    # dikenal sebagai/dengan Y' makes Y an alias of X;
    # previous: roles32 (69): 'profesor dari/di <body>' after a name is a role; a
    # head's field of several nouns ('dan' between) before 'dari <body> , Name'; a speaker
    # told by 'pria yang bekerja/berkarier sebagai <role>' gets that role; 'A dan B
    # (or 'Keduanya') dilantik menjadi R1 dan R2' gives R1 to A, R2 to B;
    # previous: roles31 (68): a lower-case role head with a body's name and a
    # demonstrative where a speaker stands ('Menurut politisi Golkar itu') is the role of
    # the person named last before it.
    # roles30 (67): an origin's epithet reads a head of lower-case words ('Bek
    # kanan asal Spanyol ini') and gives no role past an untagged name; a role with a
    # relative clause and a demonstrative ('Aktris yang … itu') is an epithet too; a role
    # cut inside a body the article names whole, written on before its holder, holds the
    # body ('Direktur Utama PT Dhirga [Surya]'); lower-case occupations listed with commas
    # after a name are each a role ('Aimee , animator , ilustrator , dan …'); previous:
    # roles29 (66): an occupation with its holder's origin and a demonstrative
    # ('Pebalap asal Perancis itu') gives the one person it refers back to the role, the
    # origin left out; previous:
    # roles28 (65): a lower-case former office as a definite description
    # closing a quote ('sambung mantan pelatih Bali United ini') is the speaker's role
    # ent28b (64): a body named by its web address ('Djaring.id') beside
    # the body of that name is that body; a body named by a contraction or the initials
    # of another's first words ('Timnas U - 19', 'KBRI Islamabad') is that body
    # roles27b (63): a slashed pair shares the event bracketed after the
    # second; 'mantan' alone after a stop makes no object of an epithet; 'berkarier
    # sebagai' a role link
    # roles27 (62): no office from a copula's head run into 'yang' (praise);
    # roles between dashes, after an origin and 'sekaligus', after 'pria … yang bekerja
    # sebagai'; a title listed beside a lower-case head no holder; a village's bare name
    # after a head alone the office's
    # link26 (61): one word of a longer person's name spelt with other
    # doubled letters is that person ('Affifudin' / 'Mochammad Afifuddin'); one facility by
    # two words for its kind one place ('Bandar Pomako' / 'Pelabuhan Pomako'); an
    # organisation's epithet, where its own names are not written, the office of it named
    # last before ('Korps Adhiyaksa' after 'Kejari Pekanbaru');
    # roles26 (60): an example word between a name and its comma
    # ('Budi misalnya, seorang guru …') passes to the role after; a last name set off by
    # commas alone that opens the clause ('kuasa hukum A , B , C telah …') gets no listed role;
    # an epithet closing a quote is the office of the last of two named after a verb of saying
    # ('kata A yang didampingi B . " … , " imbuh mantan Aspidum X itu'); a fronted 'selaku'
    # gives its role to the name after the comma ('Selaku ketua panitia , Budi mengatakan');
    # a lower-case occupation set off by commas after an office holder's name is a second role
    # ('Wakil Ketua DPRD M Taufik , politisi Gerindra itu , mengatakan')
    # roles25b (59): a head with '-nya' right before the name, no comma, is
    # the name's role ('pengacaranya Ferry', 'Pendirinya Abid' opening a sentence), never
    # its client ('kuasa hukumnya Budi');
    # link25 (58): persons spelt with and without doubled letters one (and
    # their untagged spellings mentions), a nickname before its own "-nya" cue linked,
    # a sea's name less its 'Laut' head the sea;
    # roles25 (57): ranks keep the titles after them ('Kombes Pol Dr', no
    # role); a role cut inside another's body and never written apart dropped ('Ketua DPRD'
    # beside 'Ketua DPRD Bantaeng'); 'selaku' and 'seorang' give a capitalised role with no
    # known head at its start ('selaku Associate Country Manager Carousell'); 'Juru Kunci',
    # 'budayawan', 'sejarawan' open roles; a role ending its sentence keeps its last word
    # ('penulis cerita.') and leaves out a bracket it stops in; 'akhirnya' before a
    # predicate of office; a listed name's own linked role keeps the list's role;
    # kinds24 (56): a bracketed acronym's long form opened by an area's or
    # site's head with a body's head inside ("Kawasan Inti Pusat Pemerintahan") a place
    # nick24 (55): nicknames after 'sapaan akrabnya' and dashed cues, a
    # nickname tagged a body before its cue, and 'X atau Big X' are mentions of the person
    # spk24 (54): a bare head and 'dan' before a role are the holder's second
    # office ('CEO dan founder Bukalapak'); 'Bakal' before 'calon' kept in the role
    # who278 (53): a role epithet ('X ini') looks up to five sentences back
    # while no person is named there
    # kinds20 (52): places and bodies the article treats as people (kinship nouns,
    # titles, a one-word person of its later name words) are people; a rank word closing a
    # title (Sekretaris Jenderal) stays in the role read before the name
    # split20: an area named bare beside its facility, two places; a regency
    # and a city of one name two places ('Kabupaten Bogor' / 'Kota Bogor') (51)
    # speak19 (50): a relative clause's office is not the next listed name's
    # kinds18 (49): a name opening with a train's or ship's head ("Kereta Api
    # Bandara X") is no person's, as a facility's is not;
    # cuts18 (49): an office's field ending a whole title ("Menko Polhukam") no given
    # name of its holder;
    # merge18 (49): names spelt a letter otherwise (vowel, swap, index), events named
    # with one body's two names one, an event's syllable short name ('Rakornas') it;
    # (48) roles17: occupations, Sasak titles, bernama
    # review15 (46): a label and a number joined by a hyphen ("U-19",
    # "COVID-19") is no model code that makes two names one product; an impostor's word
    # ("gadungan") ends a role's nouns before its body, as in ner.roles;
    # roles16 (46): a head with '-nya' before the name's comma is its role ('strikernya ,
    # X'); a relative predicate after a companion binds to the name ('bersama X yang kini
    # menjadi …'); a bracket's 'mantan' office replaces the bare one given before; a second
    # role joined after 'selaku'/'sebagai' ('selaku sutradara dan penulis cerita');
    # 'Solois' an occupation (roles.toml).
    # roles15 (44): a signed column's author line ('Name.Office. Office dan Office') gives
    # its offices, and its name the given name the tagger left; a predicate's office goes on
    # over the 'dan' of its body's name ('Badan Kesatuan Bangsa dan Politik');
    # 'R1 yang juga R2 Name' gives R1 too; 'menjadi pemain inti' (a squad standing) no role;
    # a noun the lexicon lacks goes on a lower-case head's role ('penulis biografi X');
    # (merged, 43)
    # roles15 in entities 82 too: ner.roles reads a word the lexicon lacks, of no verb's
    # shape, as a noun after a head ('Gelandang naturalisasi X'), an impostor's word
    # ('Jaksa gadungan') as none, and a head's nouns before a body and 'bernama' whole.
    # merge15 (44): second names of one referent linked: a body's name with
    # or without its legal form, group word or a province's short form, with the city it
    # stands in, misspelt by a letter changed or two swapped (a person's by two swapped),
    # with its maker or place left out, and names ending in one model code;
    # merge14 (42): a one-word name that opens only a later word of a longer name is another
    # person; a bracket tagged into a second person's name merges the two no more;
    # review13 (42): a nickname after a person noun's naming verb opens with a
    # capital, looked for case-sensitively; after a quote the epithet is the speaker's only
    # after a verb of saying ('," kata sosok yang disapa X'); (merged, 41)
    # roles13 (40): 'A selaku R1, B selaku R2' gives B no R1 and a cut copy
    # of a role no second one; beside a royal title a bare 'Putri' is a title.
    # names13 (40): nicknames after 'atau kerap disapa' (a body's tag too) and
    # in a person noun's epithet in apposition or after a quote ('ujar pria yang disapa
    # X'); a PT company's compound
    # acronym ('PT AJS') and bare last word; a one-word name with a letter left out;
    # two bodies aliases.toml names as one (a party's epithet, 'Partai Banteng');
    # names12 (39): a place named bare after its head ('Bandar Udara X' then
    # 'di X', tagged a place or a role-less person) is that place; a one-word person
    # first named right after a full name, a space between, is its nickname;
    # roles11 (37): English firm titles (Managing Partner, Software Engineer) as
    # coref's appositive heads, a head with its nouns before 'mereka ,', a role filling the
    # bracket after a name, a given name left at a role's end opens the cut name;
    # names11 (merged, 38): second names of one referent linked: a short form in
    # brackets inside a body's mention, an unbracketed acronym of a name's initials, an
    # English name in brackets, abbreviated place words ('Kab'), a nickname tagged a body,
    # a body's name misspelt by one letter left out, a short name without an old-spelling
    # prefix ('Pak Harto' of Soeharto);
    # roles10: a bare head + 'yang' + adjective after a name, a superlative
    # predicate ('penyerang terbaik') no role (34);
    # works10 (merged, 36): a title-case nickname in brackets after a full name;
    # lists9: the ranks list holds "Brigjend" and "Mayjend" spellings (33);
    # roles9 (merged, 34): a bracketed aside after a listed name passed over;
    # roles7: a line-up's 'Pelatih : X', 'jabatannya sebagai …', a membership
    # before a list of names, occupations (teknisi, pengasuh, pelantun), 'dari fraksi X'
    # inside an office, a second role joined after the first, no listed name in a role (32);
    # whoroles6: bare 'anggota' no role, 'Body ini diketuai oleh X', 'X,
    # seorang rapper berusia ...' (31); whoroles5: the first of two
    # offices joined by 'sekaligus', a head and
    # 'mereka' after a name, written-out corps after a rank (30); whoroles4: an agent's
    # office over its client and a comma, an age after a
    # head, quoted firm names in roles, 'dipercaya sebagai', a described client's lawyer
    # (29); whonames4: a hyphenated surname is one name word (28); whospeak3: occupations
    # in apposition and as predicates (seorang pekerja, juga seorang komposer)
    requires = frozenset({"text", "sentences", "entities", "published"})
    provides = frozenset({"entities"})

    def process(self, article: Article) -> Article:
        ents = link_mentions(article.text, article.sentences, article.entities,
                             article.published)
        return with_layers(article, entities=tuple(ents))
