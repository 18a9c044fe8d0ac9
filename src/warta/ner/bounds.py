"""Name boundaries the tagger gets wrong at particles, titles and punctuation.

Each rule takes the article text and its mentions (`warta.ner.resolve.Mention`, duck-typed
here: `start`, `end`, `kind`, `surface`) and moves a mention's edge to where the name
really begins or ends, or drops a mention that names nothing: a person's name cut before
"binti" ("Emuh [binti Saran]"), before a hyphenated surname ("Muslim Jaya [Butar-butar]"),
after a nickname's title ("[Gus] Ipul") or an abbreviated given name ("[Moh .] Shofan"); a
doctor's name run into a spaced degree ("Hengky Setyahadi [Sp] . B"), and the corps code
and fellowships around it ("( K )", "FINACS") read as names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate
from typing import Protocol, TypeVar

from ..lang.id import load, load_words
from ..lang.schema import EntitiesData, NumbersData, RolesData
from .kinds import kind_rules
from .roles import role_before

__all__ = ["fix_bounds"]


class _Span(Protocol):
    start: int
    end: int
    kind: str
    surface: str


M = TypeVar("M", bound=_Span)
_CAP = r"[A-Z][a-z'’]+"
# "Emuh [binti Saran]": an Arabic particle and the capitalised father's name after it.
_PARTICLE_TAIL = re.compile(rf" (?:bin|binti|bint|ibn) {_CAP}(?: {_CAP}){{0,2}}\b")
# "Nasser Abdullah [al - Thani]": the Arabic article, spaced or glued to its hyphen, and the
# family name after it (twice at most: "Fahad [al - Ahmad al - Sabah]").
_ARTICLE_TAIL = re.compile(rf" [ae]l ?- ?{_CAP}\b(?: [ae]l ?- ?{_CAP}\b)?")
# "Muslim Jaya [Butar-butar]": a capitalised hyphenated surname (a Batak clan's
# reduplicated name), up to two capitalised words before it.
_HYPHEN_SURNAME = re.compile(rf"(?: {_CAP}){{0,2}} ([A-Z][a-z]+)-([A-Za-z][a-z]+)\b")
# "Hengky Setyahadi Sp [. B]": a spaced degree's period and its rest after a name's end.
_DEGREE_REST = re.compile(r"\s?\.\s?[A-Z][A-Za-z]{0,3}\b")
# "( K )": a one-letter code in brackets (a navy corps after "Letkol Laut").
_BRACKETED_LETTER = re.compile(r"\(\s*$")
# "( [Uu .] Aulia / KR - AMQ )": an editor's tag line opens with the bracket.
_TAG_OPEN = re.compile(r"\(\s*([A-Z][a-z]{1,3}) \. $")


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (frozenset(d.nickname_name_titles), frozenset(d.given_name_abbreviations),
            frozenset(d.title_after_name), frozenset(d.spaced_degree_heads))


def _grow(m: _Span, text: str, start: int, end: int) -> None:
    m.start, m.end = start, end
    m.surface = text[start:end]


# "Galerie [d'Apollon]", "Musée [d'Orsay]": a French elided particle (de, le, la before a
# vowel) and the capitalised word it is glued to, after a name.
_ELIDED_TAIL = re.compile(r" [dl]['’][A-ZÀ-Ý][\w’']*")


def _elided_tail(text: str, m: _Span) -> None:
    """A name cut before a French elided particle ("Galerie" of "Galerie d'Apollon") takes
    it and its word: the apostrophe glues them into the name."""
    tail = _ELIDED_TAIL.match(text, m.end)
    if tail is not None:
        _grow(m, text, m.start, tail.end())


def _particle_tail(text: str, m: _Span) -> None:
    """A person's name cut before an Arabic particle and the father's name ("Emuh" of
    "Emuh binti Saran"), or before the article "al" and the family name, takes them: the
    particle joins the two into one name."""
    tail = _PARTICLE_TAIL.match(text, m.end) or _ARTICLE_TAIL.match(text, m.end)
    if tail is not None:
        _grow(m, text, m.start, tail.end())


def _hyphen_surname(text: str, m: _Span) -> None:
    """A person's name cut before a capitalised hyphenated surname ("Muslim" of "Muslim
    Jaya Butar-butar") takes it and the capitalised words between."""
    tail = _HYPHEN_SURNAME.match(text, m.end)
    if tail is not None and tail.group(1).lower() == tail.group(2).lower():
        _grow(m, text, m.start, tail.end())


def _title_head(text: str, m: _Span, titles: frozenset[str], abbrevs: frozenset[str]
                ) -> None:
    """A one-word person after a nickname's title ("Gus Ipul") takes the title; a person
    after an abbreviated given name and its spaced period ("Moh . Shofan"), or after a
    short capitalised word and period opening a bracketed tag line ("( Uu . Aulia / KR )"),
    takes them."""
    before = text[max(0, m.start - 12):m.start]
    word = re.search(r"(?:^|[^\w.])(\w+) $", before)
    if word is not None and word.group(1) in titles and " " not in m.surface:
        _grow(m, text, m.start - len(word.group(1)) - 1, m.end)
        return
    dotted = re.search(r"(?:^|[^\w.])(\w+) ?\. ?$", before)
    if dotted is not None and dotted.group(1) in abbrevs:
        _grow(m, text, m.start - len(before) + dotted.start(1), m.end)
        return
    tag = _TAG_OPEN.search(before)
    if tag is not None:
        _grow(m, text, m.start - len(before) + tag.start(1), m.end)


@cache
def _given_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The title words that are given names, and the one-word role heads."""
    return (frozenset(load("entities", EntitiesData).given_name_titles),
            frozenset(h for h in load("roles", RolesData).heads if " " not in h))


def _role_before(text: str, end: int, heads: frozenset[str]) -> str | None:
    """The role of capitalised words ending at `end` that opens with a role head
    ("[Anggota Dewan Pers] Imam"), the longest of up to six words, or None."""
    words = text[max(0, end - 80):end].split(" ")
    for k in range(max(0, len(words) - 6), len(words) - 1):
        run = words[k:]
        if run[0] in heads and all(w[:1].isupper() for w in run):
            return " ".join(run)
    return None


def _given_name_title(text: str, m: _Span) -> None:
    """A person after a title word that is also a given name ("Imam"), itself after a
    capitalised word of a role already begun ("Anggota Dewan Pers [Imam] Wahyudi"), takes
    the word when the article writes it alone as a name, after a small word and before no
    capitalised one ("ujar Imam ."): a title so placed would be a second title."""
    titles, heads = _given_titles()
    word = re.search(r"[A-Z]\w* (\w+) $", text[max(0, m.start - 40):m.start])
    if word is None or word.group(1) not in titles:
        if not _title_opening_item(text, m, titles):
            _title_after_role(text, m, titles)
        return
    title = word.group(1)
    alone = re.search(rf"\b[a-z]+ {title}\b(?! ?[A-Z\w])", text)
    if alone is None:
        _title_after_office(text, m, title)
        return
    if alone is not None:
        start = m.start - len(title) - 1
        _grow(m, text, start, m.end)
        if getattr(m, "role", None) == title:  # the title was read as the role
            m.role = _role_before(text, start - 1, heads)  # type: ignore[attr-defined]


# A capitalised word right before a mention, and the same word written alone as a name,
# after a lower-case word and before no capitalised one ("kata [Laksamana] .").
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z]\w+) $")


def _rank_given_name(text: str, m: _Span) -> None:
    """A one-word person after a one-word rank that is also a given name ("CEO Djaring
    [Laksamana] Mustika") takes the rank when the article writes the rank alone as his name
    ("kata Laksamana .") and never his other name alone nor the rank before another name:
    an officer is called by his name ("kata Yudo"), never by his bare rank (round 289:
    'Mustika' cut, five 'kata Laksamana' quotes without speaker)."""
    word = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    if word is None or " " in m.surface.strip() or word.group(1).lower() not in _ranks() \
            or " " in word.group(1):
        return
    rank, name = word.group(1), m.surface.strip()
    if re.search(rf"\b[a-z]+ {rank}\b(?! ?[A-Z\w])", text) is None:
        return  # the rank is never a name alone
    if any(text[k.start() - len(rank) - 1:k.start()] != rank + " "
           for k in re.finditer(rf"\b{re.escape(name)}\b", text)):
        return  # his name stands without the rank somewhere ("kata Mustika")
    if any(f.group(1) != name for f in re.finditer(rf"\b{rank} ([A-Z]\w*)", text)):
        return  # the rank stands before another name: a rank
    _grow(m, text, word.start(1), m.end)
    if getattr(m, "role", None) == rank:  # the rank was read as the role
        m.role = None  # type: ignore[attr-defined]


_NAME_END = re.compile(r" ?(?:[^\w\s(]|[a-z]|$)")


def _title_after_office(text: str, m: _Span, title: str) -> None:
    """A title word that is also a given name ("Imam") between a whole office and one
    name word that ends the name ("Menteri Pemuda dan Olahraga [Imam] Nahrawi
    mengapresiasi"): the office before it already titles the person, and a second title
    there would leave him a surname alone (who278; round 278: 'Imam' his role)."""
    start = m.start - len(title) - 1
    if " " in m.surface or _NAME_END.match(text, m.end) is None:
        return
    words = _ROLE_TOKEN.findall(text[max(0, start - 120):start])
    span = role_before(words, len(words))
    if span is None or span[1] != len(words) or span[1] - span[0] < 2:
        return
    _grow(m, text, start, m.end)
    if getattr(m, "role", None) == title:  # the title was read as the role
        m.role = " ".join(words[span[0]:span[1]])  # type: ignore[attr-defined]


_CLOSED_ROLE_TITLE = re.compile(r"(?:\)|\w ?,) (\w+) $")
_ROLE_TOKEN = re.compile(r"\w+|[^\w\s]")


# A title word opening a list's item, after its colon or semicolon ("Cadangan : [Imam]
# Arief Fadilah ;"; ent25).
_LISTED_TITLE = re.compile(r"[:;] (\w+) $")


def _title_opening_item(text: str, m: _Span, titles: frozenset[str]) -> bool:
    """A title word that is also a given name ("Imam") opening a list's item after a colon
    or semicolon, before a name of two words or more ("Cadangan : [Imam] Arief Fadilah"),
    opens the name: no office stands there for it to begin (ent25; round 279: the
    substitute cut, 'Imam' given as his role). Whether it did."""
    word = _LISTED_TITLE.search(text, max(0, m.start - 20), m.start)
    if word is None or word.group(1) not in titles or " " not in m.surface.strip():
        return False
    _grow(m, text, word.start(1), m.end)
    if getattr(m, "role", None) == word.group(1):  # the title was read as the role
        m.role = None  # type: ignore[attr-defined]
    return True


def _title_after_role(text: str, m: _Span, titles: frozenset[str]) -> None:
    """A title word that is also a given name ("Imam") right after a role that a bracketed
    short form or a comma closes ("Menteri Pemuda dan Olahraga ( Menpora ) [Imam] Nahrawi",
    "anggota Dewan Pers , [Imam] Wahyudi") opens the name: the role before it is whole, and
    a second title there would stand before no name of its own (roles15; who rounds 181,
    259: the person cut, 'Imam' given as his role)."""
    word = _CLOSED_ROLE_TITLE.search(text, max(0, m.start - 40), m.start)
    if word is None or word.group(1) not in titles:
        return
    start = word.start(1)
    words = _ROLE_TOKEN.findall(text[max(0, start - 120):start])
    if len(words) > 3 and words[-1] == ")" and words[-3] == "(" and words[-2][:1].isupper():
        words = words[:-3]  # the office's short form in brackets ("( Menpora )")
    if role_before(words, len(words)) is None:
        return
    _grow(m, text, start, m.end)
    if getattr(m, "role", None) == word.group(1):  # the title was read as the role
        m.role = None  # type: ignore[attr-defined]


@cache
def _particle_data() -> tuple[frozenset[str], frozenset[str]]:
    """The surname particles, and the words that are no given name before one: Indonesian
    function words and role heads, folded."""
    roles = load("roles", RolesData)
    return (frozenset(load("entities", EntitiesData).surname_particles),
            frozenset({*load_words("stopwords"), *(h.casefold() for h in roles.heads)}))


def _given_before_particle(text: str, m: _Span, is_place: Callable[[str], bool]) -> None:
    """A person's name opening with a surname particle ("De Luise") right after a
    capitalised word that is no function word, role head or place takes it: the given
    name the tagger left ("Patrizia De Luise , Ketua ...")."""
    particles, stop = _particle_data()
    if m.surface.split(" ", 1)[0] not in particles or " " not in m.surface:
        return
    word = re.search(r"(?:^|(?<=[\s\"(]))([A-Z][a-z]{2,}) $", text[max(0, m.start - 24):m.start])
    if word is not None and word.group(1).casefold() not in stop \
            and not is_place(word.group(1)):
        _grow(m, text, m.start - len(word.group(1)) - 1, m.end)


@cache
def _months() -> frozenset[str]:
    return frozenset(load("numbers", NumbersData).time.months)


_DAY_MONTH = re.compile(r" \d{1,2} ([A-Z][a-z]+)$")
_YEAR_AFTER = re.compile(r" (1[5-9]\d\d|20\d\d)\b")


def _dated_body(text: str, m: _Span) -> None:
    """A body named for a date cut before the date's year ("Universitas 17 Agustus [1945]",
    "Yayasan Perguruan 17 Agustus [1945]") takes it: a day and a month in a name run on to
    the year that completes them."""
    day = _DAY_MONTH.search(m.surface)
    if day is not None and day.group(1).casefold() in _months() and len(day.string) > len(
            day.group(0)):
        year = _YEAR_AFTER.match(text, m.end)
        if year is not None:
            _grow(m, text, m.start, year.end())


def _degree_cut(text: str, m: _Span, heads: frozenset[str]) -> int | None:
    """A name of three or more words whose last opens a spaced degree (`heads`: "Hengky
    Setyahadi [Sp] . B") ends before it: the degree is no part of the name. Only the
    degrees' heads: a name's own short last word before a sentence's end ("David De Gea
    . Dia") stays."""
    words = m.surface.split(" ")
    if len(words) >= 3 and words[-1] in heads and _DEGREE_REST.match(text, m.end) is not None:
        _grow(m, text, m.start, m.end - len(words[-1]) - 1)
    elif len(words) >= 2 and _glued_degree(words[-1], heads):
        end = m.end
        _grow(m, text, m.start, m.end - len(words[-1]) - 1)
        return end  # the name and its degree's first piece, tagged apart, go too
    return None


def _glued_degree(word: str, heads: frozenset[str]) -> bool:
    """Whether a name's last word is a degree written glued ("Damayanti R Sjarif [SpA(K]
    )", a paediatric consultant; round 238): a head of two or more letters, then a capital
    ("SpA", "SpPD", "SpOG"), or a word holding an opening bracket, which no name word does."""
    if "(" in word:
        return True
    return any(len(h) >= 2 and word.startswith(h) and word[len(h):len(h) + 1].isupper()
               for h in heads)


# "[Bank Indonesia] No. 24/105/KEP/DIR": a document's number (its parts joined by slashes)
# after its issuer's name.
_DOCUMENT_NUMBER = re.compile(r" (?:No|Nomor|Nomer|Nr)\.? ?\d+$")


def _document_number_cut(text: str, m: _Span) -> None:
    """A name run into a document's number ("Surat Keputusan Direksi [Bank Indonesia No.
    24]/105/KEP/DIR"; round 239) ends before it: a decree's number, slashes after it, is
    no part of its issuer's name (a school's "SD Negeri No. 5" has no slash after)."""
    tail = _DOCUMENT_NUMBER.search(m.surface)
    if tail is not None and tail.start() > 0 and text[m.end:m.end + 1] == "/":
        _grow(m, text, m.start, m.start + tail.start())


def _no_name(text: str, m: _Span, titles: frozenset[str]) -> bool:
    """Whether `m` names nothing: a fellowship or degree written after a name ("FINACS"),
    or a one-letter code in brackets ("Letkol Laut ( K )")."""
    if m.surface in titles:  # only in a list after a name's comma ("Sp . B , [FINACS]")
        return re.search(r"\w\s*,\s*$", text[max(0, m.start - 4):m.start]) is not None
    return len(m.surface) == 1 and _BRACKETED_LETTER.search(
        text[max(0, m.start - 3):m.start]) is not None and text[m.end:m.end + 2].strip()[:1] == ")"


_UNTAGGED_SURNAMED = re.compile(rf"\b({_CAP})(?: {_CAP}){{0,2}} ([A-Z][a-z]+)-([a-z]+)\b")
# Its surname alone: found first (the capital skipped to, where `\b` opening the whole
# pattern is tried at every character), and the pattern run only where one is reduplicated
# ("Butar-butar"; a tenth of the texts with a hyphen). Each run's surname is one of these
# matches: the capital opens it, and no match before holds a capital past its first letter.
_HYPHENATED_SURNAME = re.compile(r"([A-Z][a-z]+)-([a-z]+)\b")


def _surnamed_persons(text: str, mentions: Sequence[M], make: Callable[[int, int, str], M]
                      ) -> list[M]:
    """A capitalised run no mention holds that ends in a reduplicated hyphenated surname
    ("Pengacara RK, [Muslim Jaya Butar-butar] yakin"), opening with a word the article
    names a person by alone ("ujar Muslim"), is that person's whole name."""
    firsts = {m.surface for m in mentions if m.kind == "PERSON" and " " not in m.surface}
    if not firsts or "-" not in text:
        return list(mentions)
    if not any(h.group(1).lower() == h.group(2) for h in _HYPHENATED_SURNAME.finditer(text)):
        return sorted(mentions, key=lambda m: m.start)  # (0.16 -> 0.04 ms a text)
    out = list(mentions)
    for run in _UNTAGGED_SURNAMED.finditer(text):
        if run.group(1) in firsts and run.group(2).lower() == run.group(3) \
                and not any(m.start < run.end() and run.start() < m.end for m in mentions):
            out.append(make(run.start(), run.end(), "PERSON"))
    out.sort(key=lambda m: m.start)
    return out


# ", Pemuda , dan Olahraga": the rest of an office's portfolio list after its first word,
# commas spaced or not, closed by "dan" or "&" (one word each: bodies listed are no part).
_PORTFOLIO_REST = re.compile(
    r"(?: ?, ?([A-Z][a-z]+))+(?: ?,)? (?:dan|&) ([A-Z][a-z]+)(?: ([A-Z][a-z]+))?")


# Or one portfolio after "dan" closing the name before a stop, a comma or a bracket ("[Pusat
# Riset Iklim] dan Atmosfer , BRIN"; ent26): no capitalised word after it, which would
# open a second body ("Dinas Kesehatan dan Rumah Sakit X").
_PORTFOLIO_PAIR = re.compile(
    r" (?:dan|&) [A-Z][a-z]+(?=\s*[,.;:()\[\]]|\s+[a-z])")


@cache
def _portfolio_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).portfolio_heads)


def _portfolio_lists(text: str, mentions: Sequence[M], is_place: Callable[[str], bool]
                     ) -> list[M]:
    """An office (`portfolio_heads`) cut at its portfolio list's first comma ("[Dinas
    Pariwisata], Pemuda, dan Olahraga Kabupaten Ngawi"; round 241) runs on over the list
    when each listed word is a dictionary word, no body's word nor place (a portfolio:
    "Kementerian Keuangan, Polri, dan KPK" stays apart), and over a regency or city named
    right after it (`home_areas`, "Kota"): the office of that area."""
    from .features import load_lexicon  # the shipped lexicon, cached
    from .roles import org_words

    lex, bodies = load_lexicon(), org_words()
    out = list(mentions)
    drop: set[int] = set()
    areas = _area_words() | {"kota", "provinsi"}
    for k, m in enumerate(out):
        if m.kind != "ORG" or k in drop or m.surface.split(" ")[0] not in _portfolio_heads():
            continue
        rest = _PORTFOLIO_REST.match(text, m.end) or _PORTFOLIO_PAIR.match(text, m.end)
        if rest is None:
            continue
        words = re.findall(r"[A-Z][a-z]+", rest.group(0))
        if not all(w.lower() in lex and w not in bodies and not is_place(w) for w in words):
            continue
        # the name runs over the whole match, or only to its last portfolio when a word
        # after it names no area (the pair matches no such word)
        end = rest.end() if rest.re is _PORTFOLIO_PAIR or rest.group(3) is None \
            or rest.group(3).lower() in areas else rest.end(2)
        for n in range(k + 1, len(out)):  # the list's words and the area's name go in
            o = out[n]
            if o.start >= end and not (o.start == end + 1 and o.kind == "PLACE"
                                       and o.surface.split(" ")[0].casefold() in areas):
                break
            drop.add(n)
            end = max(end, o.end)
        _grow(m, text, m.start, end)
    return [m for k, m in enumerate(out) if k not in drop]


@cache
def _area_words() -> frozenset[str]:
    d = load("entities", EntitiesData)
    return frozenset({*(w.casefold() for w in d.home_areas), *(
        w.casefold() for w in d.body_area_words)})


def _body_tails(text: str, mentions: Sequence[M]) -> list[M]:
    """An organisation cut before the last words of its name takes them: a place right
    after a body named for an area word with no place of its own ("Asosiasi Provinsi PSSI"
    + "Jawa Timur"), or the word that makes its last word a body the article names whole
    ("Departemen Kajian BEM" + "UI", beside "BEM UI"). The place inside is no mention."""
    areas = _area_words()
    orgs = {m.surface for m in mentions if m.kind == "ORG" and " " in m.surface}
    drop: set[int] = set()
    tails = _english_tails()
    for k, m in enumerate(mentions):
        if m.kind != "ORG" or k in drop:
            continue
        words = m.surface.split(" ")
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        tail = _TAIL_WORD.match(text, m.end)
        if tail is not None and tail.group(1) in tails and words[-1] not in tails \
                and (nxt is None or nxt.start >= tail.end()):
            # "[BigHit] Entertainment": a firm's closing word (`body_tails`) left out of
            # the name is its own (ent30c)
            _grow(m, text, m.start, tail.end())
            continue
        if nxt is not None and nxt.kind == "PLACE" and nxt.start == m.end + 1 \
                and any(w.casefold() in areas for w in words[1:]) \
                and words[-1].casefold() not in areas:
            _grow(m, text, m.start, nxt.end)
            drop.add(k + 1)
            continue
        word = re.match(r" ([A-Z][A-Za-z]{1,5})\b", text[m.end:m.end + 8])
        if word is not None and len(words) > 1 and f"{words[-1]} {word.group(1)}" in orgs \
                and (nxt is None or nxt.start >= m.end + len(word.group(0))):
            _grow(m, text, m.start, m.end + len(word.group(0)))
    return [m for k, m in enumerate(mentions) if k not in drop]


_TAIL_WORD = re.compile(r" ([A-Z][a-z]+)\b")


@cache
def _english_tails() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).body_tails)


@cache
def _area_heads() -> frozenset[str]:
    """The words that may stand before a place's name in a body or an address."""
    return frozenset({*_area_words(), "kota", "pemkab", "pemkot"})


@cache
def _areas() -> str:
    """The area words as one alternation, built once."""
    return "|".join(re.escape(a) for a in sorted(_area_heads()))


@cache
def _longest_area() -> int:
    return max(map(len, _area_heads()))


def _area_named(text: str, word: str) -> bool:
    """Whether the article writes `word` after an area word ("Kabupaten (Pemkab) Bone",
    "Kota Bone"): a place's name, whatever the tagger read elsewhere.

    The pattern is tried only just before each place the word is written (an area word,
    and a bracketed word, can stand there only), not along the whole text: one search of
    the whole text per name made a long text of many names cost the square of its length.
    """
    pattern = re.compile(rf"(?i:\b(?:{_areas()})) (?:\(\w+\) )?{re.escape(word)}\b")
    size = len(text)
    q = text.find(word)
    while q >= 0:
        start = q - _longest_area() - 2
        if text.endswith(") ", 0, q) and (opened := text.rfind("(", 0, q - 2)) >= 0:
            start = min(start, opened - _longest_area() - 2)
        # One character past the word, so that its closing \b reads the real text; a
        # match that ends at that cut read the cut, and the next place is tried instead.
        cut = min(q + len(word) + 1, size)
        m = pattern.search(text, max(start, 0), cut)
        if m is not None and (m.end() < cut or cut == size):
            return True
        q = text.find(word, q + 1)
    return False


def _acronym_holders(text: str, mentions: Sequence[M], make: Callable[[int, int, str], M],
                     is_place: Callable[[str], bool]) -> list[M]:
    """An organisation read as acronyms run into a one-word person's name the article gives
    alone ("Head of Corporate Communication [CMNP Solahuddin]" beside "Solahuddin
    mengatakan") is the body and its officer: cut before the name."""
    people = {m.surface for m in mentions if m.kind == "PERSON"}
    out: list[M] = []
    for m in mentions:
        if m.kind != "ORG":
            out.append(m)
            continue
        words = m.surface.split(" ")
        # one name word only: a two-word "person" after an acronym is as often the rest of
        # a body's name read as a person ("DEMA UIN Syarif Hidayatullah")
        # a place ("DPRD Bone", the regency read as a person elsewhere) stays the body's
        k = len(words) - 1 if len(words) > 1 and words[-1] in people \
            and not is_place(words[-1]) and not _area_named(text, words[-1]) else None
        if k is None or not all(
                len(w) >= 2 and w.isupper() and w.isalpha() for w in words[:k]):
            out.append(m)
            continue
        cut = len(" ".join(words[:k]))
        end = m.end
        _grow(m, text, m.start, m.start + cut)
        out += (m, make(m.start + cut + 1, end, "PERSON"))
    return out


def _office_before(text: str, m: _Span, since: int = 0) -> str | None:
    """The office that ends right before the mention ("[Managing Director] Lamudi
    Indonesia Mart Polman"), read after `since` (the mention before: "Ignatius Untung dan
    Managing Director" is no office of his), or None."""
    before = re.findall(r"[\w'’&.-]+|[^\w\s]", text[max(since, m.start - 120):m.start])
    words = before + m.surface.split(" ")
    r = role_before(words, len(before))
    if r is None or r[1] != len(before):
        return None
    # the office after the run's last "dan" when that is one: a longer run may hold
    # another's name and office ("Country General Manager Rumah123 Ignatius Untung dan
    # [Managing Director]"), where "Direktur Jenderal" stays whole
    for k in range(len(before) - 1, r[0], -1):
        if before[k - 1] in {"dan", ",", "&"} \
                and role_before(words[k:], len(before) - k) == (0, len(before) - k):
            return " ".join(before[k:])
    return " ".join(before[r[0]:r[1]])


def _holder_at_end(text: str, m: _Span, orgs: frozenset[str], people: frozenset[str],
                   is_place: Callable[[str], bool], since: int = 0) -> int | None:
    """Where the player's name starts inside an organisation run into it ("di [Spurs]
    Serge Aurier", "dari [Paris Saint - Germain] Serge Aurier"), or None: its last word is a
    person the article names alone ("ujar Aurier"), and either the words before the name
    are a body the article names alone ("di Spurs ."), or the last two words are a name the
    article writes elsewhere with no body before it ("SIMAK JUGA : ... , Serge Aurier")."""
    words = m.surface.split(" ")
    # a place the tagger read as a person elsewhere ("Kementerian Haji dan Umrah Kerajaan
    # Arab Saudi" beside a "Saudi" read as a person) is the body's own
    if len(words) < 2 or words[-1] not in people or is_place(words[-1]):
        return None
    for k in range(len(words) - 1, max(0, len(words) - 4), -1):  # the longest body first
        if " ".join(words[:k]) in orgs and words[k][:1].isupper() \
                and not is_place(" ".join(words[k:])):
            return k
    if len(words) >= 4 and words[-2].isalpha() and words[-2][:1].isupper() \
            and words[-3] not in {"-", "&"}:
        name = " ".join(words[-2:])
        head = " ".join(words[:-2])
        alone = [h.start() for h in re.finditer(rf"\b{re.escape(name)}\b", text)
                 if not text.endswith(head, 0, _before_spaces(text, h.start()))]
        # after an office the run is its body and holder ("Managing Director [Lamudi
        # Indonesia] Mart Polman" beside "ungkap Polman"): a body is no office's holder
        # (the given name written there only, as a person's is: "Kemendagri Irman", a
        # body named again before its officer's name, stays the body's)
        if alone or _office_before(text, m, since) is not None \
                and len(re.findall(rf"\b{re.escape(words[-2])}\b", text)) == 1:
            return len(words) - 2
    return None


def _before_spaces(text: str, end: int) -> int:
    """Where the white space closing `text[:end]` opens (`end` when none does): the end
    of `text[:end].rstrip()`, without the copy."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _bodies_before_players(text: str, mentions: Sequence[M],
                           make: Callable[[int, int, str], M],
                           is_place: Callable[[str], bool]) -> list[M]:
    """An organisation run into the name of a person after it (a club before its player:
    "di Spurs Serge Aurier", see `_holder_at_end`) is cut into the body and the person; a
    person right after it goes on the name ("Kementerian Sosial [Robben] Rico"). Only a
    run the article writes once: a body's name given often ("Bayern Muenchen") stays."""
    people = frozenset(m.surface for m in mentions if m.kind == "PERSON" and " " not in m.surface)
    orgs = frozenset(m.surface for m in mentions if m.kind == "ORG") - people
    if not people:
        return list(mentions)
    out: list[M] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        # the look-up first: a count of the surface is a scan of the whole text, asked
        # only of the few bodies that end with a person's name
        since = mentions[i - 1].end if i else 0
        k = _holder_at_end(text, m, orgs, people, is_place, since) if m.kind == "ORG" else None
        if k is None or text.count(m.surface) != 1:
            out.append(m)
            continue
        cut = len(" ".join(m.surface.split(" ")[:k]))
        end = m.end
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "PERSON" and nxt.start == end + 1:
            end, skip = nxt.end, i + 1
        office = _office_before(text, m, since)
        _grow(m, text, m.start, m.start + cut)
        holder = make(m.start + cut + 1, end, "PERSON")
        if office is not None and getattr(holder, "role", "") is None:
            holder.role = f"{office} {m.surface}"  # type: ignore[attr-defined]
        out += (m, holder)
    return out


# "Kyle Walker [- Peters]": a spaced hyphen and one capitalised word, then no name word (also
# a candidate pair's half: "pasangan Bartolomius [- Deny]").
_SPACED_SURNAME = re.compile(r" - ([A-Z][a-z]+)\b(?! [A-Z])")
_WORD_RUN = re.compile(r"\w+")


@cache
def _pair_cues() -> frozenset[str]:
    return frozenset(c.casefold() for c in load("entities", EntitiesData).pair_cues)


# One cue set, read in two windows, both here: growing a name over a spaced hyphen and
# a surname (`_spaced_surnames`) stops only at a cue right before the name; keeping two
# tagged halves apart (resolve's `_hyphen_kept_apart`) takes a cue anywhere in the eight
# words before on the line. Each window is the one its rule was written and measured
# with; making them one could change what the rules find (not measured here).


def _after_pair_cue(text: str, start: int) -> bool:
    """Whether a pair cue stands just before the name ("pasangan [TB Hasanudin] - Anton"):
    the hyphen then joins two people."""
    before = re.search(r"(\w+) $", text[max(0, start - 24):start])
    return before is not None and before.group(1).casefold() in _pair_cues()


def pair_cue_on_line(text: str, i: int) -> bool:
    """Whether a word of `pair_cues` stands in the eight words before offset `i` on its
    line ("pasangan Sudrajat - Syaikhu dan TB Hasanudin - Anton"): the hyphen there sets
    two names side by side."""
    line = text[max(0, i - 120) : i].rsplit("\n", 1)[-1]
    cues = _pair_cues()
    return any(w.lower() in cues for w in line.split()[-8:])


def _spaced_surnames(text: str, mentions: Sequence[M]) -> list[M]:
    """A person's name of two or more words cut before a spaced hyphen and one capitalised
    word the article gives nowhere else ("pemain muda Kyle Walker - [Peters]") takes it: a
    hyphenated surname, not a pair of people ("Prabowo - Sandi" joins one-word names, and a
    running mate's name is given alone elsewhere, or a pair cue stands before)."""
    out: list[M] = []
    drop: set[int] = set()
    # How often each word stands whole in the text (a match of "\bWord\b" is a maximal run
    # of word characters): counted once, at the first tail, not a scan per tail.
    counts: Counter[str] | None = None
    for k, m in enumerate(mentions):
        if k in drop:
            continue
        out.append(m)
        if m.kind != "PERSON" or " " not in m.surface:
            continue
        tail = _SPACED_SURNAME.match(text, m.end)
        if tail is not None and counts is None:
            counts = Counter(_WORD_RUN.findall(text))
        if tail is None or counts is None or counts[tail.group(1)] > 1 \
                or _after_pair_cue(text, m.start):
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.start < tail.end():
            if (nxt.start, nxt.end) != tail.span(1):
                continue
            drop.add(k + 1)
        _grow(m, text, m.start, tail.end())
    return out


def _pair_first(text: str, start: int) -> int | None:
    """Where the first name of a pair starts when a pair cue and at most three lower-case
    words stand before the mention at `start` ("pasangan calon [Bartolomius] Mirip - Deny"):
    the start of up to two capitalised words (no role head) the tagger left before it, or
    `start`; None when no pair cue stands there."""
    base = max(0, start - 80)
    words = list(re.finditer(r"\S+", text[base:start]))
    heads = _given_titles()[1]
    k = len(words)
    while k > 0 and len(words) - k < 2 and words[k - 1].group().isalpha() \
            and words[k - 1].group()[:1].isupper() and words[k - 1].group() not in heads:
        k -= 1
    first = base + words[k].start() if k < len(words) else start
    for w in reversed(words[max(0, k - 4):k]):
        if w.group().casefold() in _pair_cues():
            return first
        if not w.group().islower():
            return None
    return None


def _role_less(role: str | None, words: str) -> str | None:
    """The role read before a name less the name's words it took ("calon [Bartolomius]")."""
    if role is None or not role.endswith(words):
        return role
    return role[:len(role) - len(words)].rstrip() or None


def _pair_halves(text: str, mentions: Sequence[M], make: Callable[[int, int, str], M],
                 is_place: Callable[[str], bool]) -> list[M]:
    """Two persons of a pair the tagger read as one across its spaced hyphen, after a pair
    cue ("pasangan calon Bartolomius [Mirip - Deny Miagoni]"): cut at the hyphen, the first
    taking the capitalised words left before it, both the role read before the pair; and a
    one-word half the tagger left beside a person of a cued pair ("pasangan Bartolomius -
    [Deny]") is a person too when a person's longer name holds the word (the short form
    then links), and a running mate the tagger read apart takes the first's role
    ("pasangan calon Yulius Yapugau - [Yunus Kalabeteme]"). A hyphen with no pair cue
    keeps a double name ("Jean - Paul Sartre"), and a lower-case half is a Korean given
    name's ("Choi Sol - gyu")."""
    out: list[M] = []
    cued: list[M] = []
    at = {m.start: m for m in mentions}
    for m in mentions:
        first = _pair_first(text, m.start) if m.kind == "PERSON" else None
        halves = m.surface.split(" - ")
        if first is None or len(halves) > 2 or not all(h[:1].isupper() for h in halves):
            out.append(m)
            continue
        if len(halves) == 2:
            role = _role_less(getattr(m, "role", None), text[first:m.start].rstrip())
            cut = m.start + len(halves[0])
            left, right = make(first, cut, "PERSON"), make(cut + 3, m.end, "PERSON")
            for half in (left, right):
                if role is not None and hasattr(half, "role"):
                    half.role = role
            out += (left, right)
            continue
        out.append(m)
        cued.append(m)
        nxt = at.get(m.end + 3)
        if nxt is not None and nxt.kind == "PERSON" and text[m.end:nxt.start] == " - " \
                and getattr(nxt, "role", "") is None:
            nxt.role = getattr(m, "role", None)  # type: ignore[attr-defined]
    spans = [(m.start, m.end) for m in out]
    named = {w for m in out if m.kind == "PERSON" and " " in m.surface
             for w in m.surface.split(" ")}
    for m in cued:
        tail = _SPACED_SURNAME.match(text, m.end)  # "pasangan Bartolomius [- Deny]"
        if tail is not None and tail.group(1) in named and not is_place(tail.group(1)) \
                and not any(a < tail.end() and b > tail.start(1) for a, b in spans):
            out.append(make(tail.start(1), tail.end(1), "PERSON"))
    return sorted(out, key=lambda m: m.start)


@cache
def _nobility() -> frozenset[str]:
    return frozenset(load("roles", RolesData).name_titles)


def _titled_appositions(text: str, m: _Span) -> None:
    """A one-word name after a title of nobility that itself follows a role and an
    apposition's comma ("Wali Kota Palembang , Ratu [Dewa]") is a person's name the title
    opens (a mayor is no queen), the role before the comma his: as "Mantan gubernur Banten
    Ratu Atut Chosiyah" (`resolve._title_in_name`) with the comma between."""
    if " " in m.surface or m.kind not in {"PERSON", "PLACE"}:
        return
    words = re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, m.start - 120):m.start])
    if len(words) < 3 or words[-1] not in _nobility() or words[-2] != ",":
        return
    r = role_before(words, len(words) - 1)
    if r is None or r[1] != len(words) - 2:
        return
    _grow(m, text, m.start - len(words[-1]) - 1, m.end)
    m.kind = "PERSON"
    if hasattr(m, "role") and getattr(m, "place", None) is not None:
        m.place = None  # type: ignore[attr-defined]
    if hasattr(m, "role") and m.role is None:
        m.role = " ".join(words[r[0]:r[1]])


def _the_bodies(text: str, mentions: Sequence[M], make: Callable[[int, int, str], M]
                ) -> list[M]:
    """A person of three or more words right after an English "The" closing an office
    ("Manajer Riset dan Pengetahuan The [Prakarsa Roby Rushandie]") is the body the article
    names ("The Prakarsa") run into its officer: the body takes "The" and the words before
    the last two, the person the last two, the office the body. No person's name opens
    with "The"."""
    out: list[M] = []
    for m in mentions:
        words = m.surface.split(" ")
        if m.kind != "PERSON" or len(words) < 3 or text[max(0, m.start - 4):m.start] != "The " \
                or not all(w.isalpha() and w[:1].isupper() for w in words):
            out.append(m)
            continue
        cut = m.start + len(" ".join(words[:-2]))
        body = make(m.start - 4, cut, "ORG")
        holder = make(cut + 1, m.end, "PERSON")
        role = getattr(m, "role", None)
        if role is not None and role.endswith("The") and hasattr(holder, "role"):
            holder.role = f"{role} {body.surface[4:]}"
        out += (body, holder)
    return out


@cache
def _facility_heads() -> tuple[tuple[str, ...], ...]:
    return kind_rules().place_heads


@cache
def _ranks() -> frozenset[str]:
    return frozenset(r.lower() for r in load("roles", RolesData).ranks)


def _rank_cut(text: str, m: _Span, nxt: _Span, rank: int) -> None:
    """`m` ended before its word `rank`, the rank of the person `nxt` after it; a role of
    his that ends with the rank loses it."""
    cut = m.start + len(" ".join(m.surface.split(" ")[:rank]))
    tail = text[cut + 1:m.end]
    _grow(m, text, m.start, cut)
    role = getattr(nxt, "role", None)
    if role is not None and role.endswith(" " + tail):
        nxt.role = role[:-len(tail) - 1]  # type: ignore[attr-defined]


def _facilities_of_people(text: str, mentions: Sequence[M]) -> list[M]:
    """A facility's head the tagger read apart from the person it is named after
    ("[Bandar Udara Internasional] [I Gusti Ngurah Rai]") is one place, the person's name
    its own: only a person the text writes once (a hero, not one in the news); and a
    place run into an officer's rank before his name ("Pangkalan Udara Ngurah Rai
    [Kolonel Penerbang] Wayan") ends before the rank."""
    out: list[M] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        out.append(m)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind not in {"PLACE", "ORG"} or nxt is None or nxt.kind != "PERSON" \
                or nxt.start != m.end + 1:
            continue
        low = tuple(m.surface.lower().split(" "))
        if not any(low[:len(h)] == h for h in _facility_heads()):
            # Any body or place run into a rank written whole before the name ("Divisi
            # Humas [Polri Komisaris Besar] Budi") ends before the rank (cuts18).
            rank = next((k for k in range(1, len(low)) if " ".join(low[k:]) in _ranks()),
                        None)
            if rank is not None:
                _rank_cut(text, m, nxt, rank)
            continue
        rank = next((k for k in range(len(low) - 1, 0, -1) if low[k] in _ranks()), None)
        if rank is not None:
            _rank_cut(text, m, nxt, rank)
        elif text.count(nxt.surface) == 1:
            _grow(m, text, m.start, nxt.end)
            m.kind = "PLACE"
            skip = i + 1
    return out


def fix_bounds(text: str, mentions: Sequence[M], make: Callable[[int, int, str], M],
               is_place: Callable[[str], bool] = lambda _: False) -> list[M]:
    """`mentions` with persons' names grown over their particles, hyphenated surnames,
    nickname titles and abbreviated given names, cut before a spaced degree, and less the
    titles and codes that name nothing; a mention a grown name now covers is dropped; a
    person's whole name with a hyphenated surname the tagger left is added (`make` builds
    a mention of a span and kind; `is_place` whether a word names a known place)."""
    titles, abbrevs, after, heads = _data()
    out = _spaced_surnames(text, _bodies_before_players(text, _acronym_holders(
        text, _body_tails(text, _surnamed_persons(text, _portfolio_lists(
            text, [m for m in mentions if not _no_name(text, m, after)], is_place), make)), make,
        is_place), make, is_place))
    out = _facilities_of_people(text, _the_bodies(
        text, _pair_halves(text, out, make, is_place), make))
    cut: list[tuple[int, int, int]] = []  # (start, end, end before) of names a degree left
    for m in out:
        _titled_appositions(text, m)
        _elided_tail(text, m)
        _document_number_cut(text, m)
        if m.kind == "ORG":
            _dated_body(text, m)
        if m.kind != "PERSON":
            continue
        _particle_tail(text, m)
        _hyphen_surname(text, m)
        _title_head(text, m, titles, abbrevs)
        _given_name_title(text, m)
        _rank_given_name(text, m)
        _given_before_particle(text, m, is_place)
        end = _degree_cut(text, m, heads)
        if end is not None:
            cut.append((m.start, m.end, end))
    if cut:  # "Damayanti R Sjarif SpA" tagged besides the person "… SpA(K"
        out = [m for m in out if not any(
            m.start == a and b < m.end <= e for a, b, e in cut)]
    persons = sorted((m for m in out if m.kind == "PERSON"), key=lambda m: m.start)
    starts = [p.start for p in persons]
    # The greatest end of the persons before each index: a person holds m when it starts
    # before m and ends at or after it, or starts with m and ends after it (the same span
    # is no holder). Read from these in two bisections, not by trying every person that
    # starts earlier (quadratic on a long text of many names).
    reach = list(accumulate((p.end for p in persons), max, initial=-1))
    return [m for m in out
            if reach[bisect_left(starts, m.start)] < m.end
            and reach[bisect_right(starts, m.start)] <= m.end]
