"""Kind and boundary corrections of tagged chunks, by general cause (data: kinds.toml).

The tagger reads a few words either side; some mistakes need a wider or surer look:
- a name glued to its next part by a hyphen is one name ("Kim Jong-un", not "Kim Jong");
- a name after a facility head is a place ("Bandara Soekarno - Hatta", "Jalan Thamrin");
- a name after a ship or aircraft head is no person ("kapal induk Ronald Reagan");
- a name that is exactly a listed city or country is that place ("Davao"), unless a role
  stands before it;
- legal forms belong to the organisation before them ("PT Pos Indonesia (Persero) Tbk")
  and are nothing on their own ("Persero) Tbk");
- some acronyms name no entity ("IHSG", "IPO");
- an organisation's acronym after a role does not swallow the name after it ("Ketua
  [KPK] [Firli Bahuri]", tagged as one organisation), see `split_acronym_org`;
- a city or country tagged as an organisation is still that place ("Kyiv menolak ...");
- a place right after an organisation head is that organisation's unit ("Polda [Jateng]",
  "BEM [Semarang Raya]"), and a rank abbreviation never ends an organisation
  ("Polres Serang AKP").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, count

from ..lang.id import WordSet, load
from ..lang.schema import KindsData
from .gazetteer import GazMatch
from .roles import head_at, role_words

Chunk = tuple[str, int, int]  # kind, start token, end token (exclusive)
_OPEN, _CLOSE = "([", ")]"


@dataclass(frozen=True, slots=True)
class KindRules:
    place_heads: tuple[tuple[str, ...], ...]  # lower-case word tuples, longest first
    object_heads: tuple[tuple[str, ...], ...]
    legal_forms: frozenset[str]
    not_entities: frozenset[str]
    org_prefixes: frozenset[str]
    country_roles: tuple[tuple[str, ...], ...]
    org_heads: tuple[tuple[str, ...], ...] = ()
    # First word -> the organisation heads it opens, longest first.
    org_index: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # Heads that make a place right after them an organisation ("Polda [Jateng]").
    unit_heads: tuple[tuple[str, ...], ...] = ()
    rank_tails: frozenset[str] = frozenset()
    # One-word heads of place names ("kota", "kabupaten"): "DPRD [Kota] Bandung".
    area_words: frozenset[str] = frozenset()
    media_tails: frozenset[str] = frozenset()  # "Herald": "Sydney Morning Herald"
    naming_cues: frozenset[str] = frozenset()  # "bernama": "wahana bernama [X]"
    object_riders: frozenset[str] = frozenset()  # "penumpang": "penumpang pesawat bernama"
    # Object heads written in capitals ("KA", "KRI"): heads only where the text has them in
    # capitals too ("General Manager Ku Ka Denny Novel": "Ka" is part of a firm's name).
    object_acronyms: frozenset[str] = frozenset()
    team_tails: frozenset[str] = frozenset()  # "United": "West Ham United"
    # Organisation heads of bodies named for a person ("Universitas [Hasanuddin]").
    eponym_heads: frozenset[tuple[str, ...]] = frozenset()
    state_heads: frozenset[str] = frozenset()  # "kerajaan": "Kerajaan Arab Saudi"


# An English plural closing a team's name after its city: "Raptors", "Nets", "76ers".
_TEAM_PLURAL = re.compile(r"[A-Z][a-z]{2,}s|[0-9]+ers")


def _club_named(words: Sequence[str], i: int, j: int, town_spans: Collection[tuple[int, int]],
                rules: KindRules) -> bool:
    """Whether words[i:j] read as a place or person is a sports club: a name of several
    words ending in a team tail ("West Ham United"), or a listed city and one English
    plural ("Toronto Raptors", "Los Angeles Lakers"; a country or region first, as
    "Jordan Adams", stays what the tagger read)."""
    if j - i < 2:
        return False
    if words[j - 1] in rules.team_tails:
        return True
    return (i, j - 1) in town_spans and _TEAM_PLURAL.fullmatch(words[j - 1]) is not None


def _spaced_first_part(words: Sequence[str], i: int, j: int, joined: Sequence[bool],
                       owner: Sequence[int], at_place: Sequence[bool]) -> bool:
    """Whether the name words[i:j] (two words or more) opens with the word and spaced
    hyphen before it: text tokenised with spaces prints "Jean - Michel Basquiat". Only a
    lone capitalised word no chunk or listed place holds, after no capitalised word, is
    taken: "Edy Rahmayadi - Musa Rajecksah" (a pair) and "Jakarta - Bogor" stay apart."""
    if j - i < 2 or i < 2 or words[i - 1] != "-" or joined[i] or joined[i - 1]:
        return False
    left = words[i - 2]
    return (owner[i - 1] < 0 and owner[i - 2] < 0 and not at_place[i - 2]
            and len(left) >= 2 and left.isalpha() and left[:1].isupper()
            and (i < 3 or not words[i - 3][:1].isupper()))


def _heads(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(w.lower().split()) for w in words}, key=len, reverse=True))


@cache
def kind_rules() -> KindRules:
    data = load("kinds", KindsData)
    org = _heads([*data.org_heads, *data.command_heads])
    index: dict[str, tuple[tuple[str, ...], ...]] = {}
    for h in org:
        index[h[0]] = (*index.get(h[0], ()), h)
    return KindRules(_heads(data.place_heads), _heads(data.object_heads),
                     frozenset(data.legal_forms),
                     frozenset(data.not_entities),
                     frozenset(data.org_prefixes), _heads(data.country_roles), org, index,
                     _heads([*data.org_heads, *data.command_heads, *data.org_unit_heads]),
                     frozenset(data.rank_tails),
                     frozenset(w.lower() for w in data.run_place_heads if " " not in w),
                     frozenset(data.media_tails),
                     frozenset(w.lower() for w in data.naming_cues),
                     frozenset(w.lower() for w in data.object_riders),
                     frozenset(w.lower() for w in data.object_heads if w.isupper()),
                     frozenset(data.team_tails),
                     frozenset(tuple(w.lower().split()) for w in data.eponym_heads),
                     frozenset(w.lower() for w in data.state_heads))


def _unit_over_body(words: Sequence[str], low: Sequence[str], owner: Sequence[int],
                    start: int, out: Sequence[Chunk], rules: KindRules) -> int:
    """Where a body's regional unit opens before a region at `start`: a capitalised unit
    head (kinds.toml `org_unit_heads`: "DPC", "DPD") untagged, then the body, a short name
    in capitals untagged ("DPC PDIP") or a chunk tagged ORG ("DPD [Partai Golkar]");
    -1 when none."""
    if start < 2:
        return -1
    if out and out[-1][0] == "ORG" and out[-1][2] == start:
        body = out[-1][1]
    elif owner[start - 1] < 0 and len(words[start - 1]) >= 2 and words[start - 1].isalpha() \
            and words[start - 1].isupper():
        body = start - 1
    else:
        return -1
    h = _head_before(low, body, rules.unit_heads)
    ok = bool(h) and words[body - h][:1].isupper() \
        and all(owner[t] < 0 for t in range(body - h, body))
    return body - h if ok else -1


def glued(spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per token: True when it starts where the previous token ends (no space between)."""
    return [k > 0 and spans[k][0] == spans[k - 1][1] for k in range(len(spans))]


# Heads by their last and by their first word, longest first (the order of the tuple),
# per heads tuple: a look-up tries only the heads that can match there.
_BY_END: dict[int, tuple[Sequence[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}
_BY_START: dict[int, tuple[Sequence[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}


def _heads_by(heads: Sequence[tuple[str, ...]], pos: int,
              memo: dict[int, tuple[Sequence[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]]
              ) -> dict[str, list[tuple[str, ...]]]:
    got = memo.get(id(heads))
    if got is not None and got[0] is heads:
        return got[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for h in heads:
        if h:
            index.setdefault(h[pos], []).append(h)
    if len(memo) > 64:  # heads tuples are a few rule sets; tests may build more
        memo.clear()
    memo[id(heads)] = (heads, index)  # the tuple kept alive: its id stays its own
    return index


def _head_before(low: Sequence[str], i: int, heads: Sequence[tuple[str, ...]]) -> int:
    """Length of the head ending just before token `i` (0 when none)."""
    if i <= 0:
        return 0
    for h in _heads_by(heads, -1, _BY_END).get(low[i - 1], ()):
        if len(h) <= i and tuple(low[i - len(h) : i]) == h:
            return len(h)
    return 0


def _object_before(words: Sequence[str], low: Sequence[str], i: int, rules: KindRules
                   ) -> int:
    """Length of the object head ending just before token `i`, an acronym head counting
    only in capitals (0 when none)."""
    h = _head_before(low, i, rules.object_heads)
    if h == 1 and low[i - 1] in rules.object_acronyms and not words[i - 1].isupper():
        return 0
    return h


def _object_at(words: Sequence[str], low: Sequence[str], i: int, j: int, rules: KindRules
               ) -> int:
    """Length of the object head opening the chunk [i, j), as `_object_before` reads it."""
    h = _head_at(low, i, j, rules.object_heads)
    if h == 1 and low[i] in rules.object_acronyms and not words[i].isupper():
        return 0
    return h


def _capital_object(words: Sequence[str], low: Sequence[str], i: int, j: int,
                    rules: KindRules) -> bool:
    """Whether an object head written in capitals ("KA", "KRI") opens the chunk [i, j)
    or stands right before it: a train's or a ship's name, whatever its tag."""
    h = _head_before(low, i, rules.object_heads)
    if h and words[i - h].isupper():
        return True
    return words[i].isupper() and _head_at(low, i, j, rules.object_heads) > 0


def _named_object(words: Sequence[str], low: Sequence[str], i: int, rules: KindRules
                  ) -> bool:
    """Whether a naming cue stands before token `i` with an object head ending at most
    five lower-case words before the cue ("pesawat luar angkasa bermanuver yang bertenaga
    surya bernama [Brane Craft]") and no one aboard before the head ("penumpang
    pesawat bernama [Andi]")."""
    if i < 2 or low[i - 1] not in rules.naming_cues:
        return False
    for e in range(i - 1, max(0, i - 7), -1):
        h = _object_before(words, low, e, rules)
        if h:
            return not (e - h >= 1 and low[e - h - 1] in rules.object_riders)
        if not (words[e - 1].isalpha() and words[e - 1].islower()) \
                or low[e - 1] in rules.naming_cues:
            return False
    return False


def unit_head_before(low: Sequence[str], i: int) -> int:
    """Length of the organisation head ending just before token `i` that makes the place
    at `i` its unit ("Polda [Jateng]", "Uni [Eropa]"); 0 when none."""
    return _head_before(low, i, kind_rules().unit_heads)


def _head_at(low: Sequence[str], i: int, j: int, heads: Sequence[tuple[str, ...]]) -> int:
    """Length of the head opening the chunk [i, j) and leaving a name after it."""
    for h in _heads_by(heads, 0, _BY_START).get(low[i], ()) if i < len(low) else ():
        if len(h) < j - i and tuple(low[i : i + len(h)]) == h:
            return len(h)
    return 0


def _opens_with(low: Sequence[str], i: int, j: int, heads: Sequence[tuple[str, ...]]
                ) -> bool:
    """Whether [i, j) opens with one of `heads` (the head may be all of it)."""
    return any(len(h) <= j - i and tuple(low[i : i + len(h)]) == h for h in heads)


def _org_head_at(low: Sequence[str], i: int, j: int, rules: KindRules) -> int:
    """Length of the organisation head opening [i, j) and leaving a name after it."""
    for h in rules.org_index.get(low[i], ()):
        if len(h) < j - i and tuple(low[i : i + len(h)]) == h:
            return len(h)
    return 0


_ARTICLES = WordSet("kinds", KindsData, "name_articles")  # "al - Sarraj": kinds.toml


def _cued_initials(low: Sequence[str], i: int, j: int) -> bool:
    """Is the one-word chunk [i, j) written right after a name cue ('tersangka berinisial
    [AI]', 'inisial [HD]')? Then it is a person's initials, never a term of kinds.toml's
    `not_entities` however it reads."""
    return j - i == 1 and i > 0 and low[i - 1] in role_words().name_cues


def _after_office(words: Sequence[str], i: int, out: Sequence[Chunk]) -> bool:
    """Does the name at `i` stand after a comma closing an office held at an organisation
    ("Direktur Eksekutif Voxpol Center , [X]")? The name so set apart is the holder, a
    person, whatever kind the tagger read on it (the gazetteer's places are left alone)."""
    if i < 2 or words[i - 1] != "," or not out or out[-1][0] != "ORG" or out[-1][2] != i - 1:
        return False
    s = out[-1][1]
    return any(a + head_at(words, a) == s for a in range(max(0, s - 4), s))


def _numbered_term(surface: Sequence[str], rules: KindRules) -> bool:
    """Is the chunk a term of `not_entities` with only its number after it ('Inpres 8',
    'PP 24')? A numbered instruction or law is the term's own document, no entity."""
    return (len(surface) > 1 and surface[0] in rules.not_entities
            and all(w.isdigit() for w in surface[1:]))


def opens_with_state(words: Sequence[str], rules: KindRules | None = None) -> bool:
    """Whether a name of two words or more opens with a state's form (`state_heads`,
    "[Kerajaan Arab Saudi]"): a state, a place, never a person. One rule, asked of the
    tagger's chunks here and again of the mentions `resolve` gathers from its other
    readings (`_states_read_as_people`), which no chunk fixing has seen."""
    return len(words) >= 2 and words[0].lower() in (rules or kind_rules()).state_heads


def fix_chunks(words: Sequence[str], chunks: Sequence[Chunk], joined: Sequence[bool],
               places: Sequence[GazMatch] = (), with_role: Collection[int] = (),
               rules: KindRules | None = None, low: Sequence[str] | None = None,
               unit_fixes: bool = False) -> list[Chunk]:
    """Chunks with kinds and edges corrected (see the module docstring). `joined` is
    `glued(spans)`; `places` the gazetteer's matches; `with_role` the starts of names a
    role stands before; `low` the lower-cased words when the caller has them.
    `unit_fixes`: also read a place chunk opening with a unit head as an organisation and
    let an organisation opening with one take in the place chunk cut off after it (rules
    the convolutional tagger's tags need; they would change the CRF alone's output)."""
    rules = rules or kind_rules()
    n = len(words)
    if not chunks:
        return []
    if low is None:
        low = [w.lower() for w in words]
    owner = [-1] * n
    for k, (_, i, j) in enumerate(chunks):
        for t in range(i, j):
            owner[t] = k
    place_spans = {(m.start, m.end) for m in places if m.place.code}
    city_spans = {(m.start, m.end) for m in places
                  if m.place.code and m.place.type in {"city", "country"}}
    at_place = [False] * n
    for m in places:
        for t in range(m.start, m.end):
            at_place[t] = True
    town_spans = {(m.start, m.end) for m in places if m.place.code and m.place.type == "city"}
    out: list[Chunk] = []
    dropped: set[int] = set()
    for k, (kind, i, j) in enumerate(chunks):
        if k in dropped:
            continue
        i0 = i
        # "Kim Jong-un": hyphen-glued parts no other chunk holds.
        while (j + 1 < n and words[j] == "-" and joined[j] and joined[j + 1]
               and words[j + 1][:1].isalnum() and owner[j] < 0 and owner[j + 1] < 0):
            j += 2
        while (i >= 2 and words[i - 1] == "-" and joined[i] and joined[i - 1]
               and words[i - 2][:1].isupper() and owner[i - 1] < 0 and owner[i - 2] < 0):
            i -= 2
        if _spaced_first_part(words, i, j, joined, owner, at_place):
            i -= 2  # "[Jean -] Michel Basquiat", "[Hi -] Rez Studios" in spaced text
        while i < j and words[i] in _CLOSE:
            i += 1
        while j > i and words[j - 1] in _OPEN:
            j -= 1
        if i >= j:
            continue
        surface = words[i:j]
        if tuple(low[i:j]) in rules.object_heads:
            continue  # "USS" alone, cut from "USS Ronald Reagan"
        if kind != "PERSON" and (_capital_object(words, low, i, j, rules)
                                 or _named_object(words, low, i, rules)):
            continue  # "[KA Malabar]", "KRI [Nanggala]" read as a place or a body
        if (" ".join(surface) in rules.not_entities or "".join(surface) in rules.not_entities
                or _numbered_term(surface, rules)) and not _cued_initials(low, i, j):
            continue
        if all(w in rules.legal_forms or w in _OPEN or w in _CLOSE for w in surface):
            if out and out[-1][0] == "ORG" and all(
                    w in _OPEN or w in _CLOSE for w in words[out[-1][2] : i]) \
                    and i - out[-1][2] <= 2:
                if j < n and words[j] in _CLOSE and words[out[-1][2] : j].count("(") > \
                        words[out[-1][2] : j].count(")"):
                    j += 1
                out[-1] = ("ORG", out[-1][1], j)
            continue
        if kind == "ORG":
            while j - i > 1 and words[j - 1] in rules.rank_tails:
                j -= 1  # "Polres Serang AKP [Fery]": the rank opens the name after it
        if kind == "PLACE" and not any(at_place[i:j]) and _after_office(words, i, out):
            kind = "PERSON"  # "Direktur Eksekutif Voxpol Center , [Pangi Syarwi Chaniago]"
        if kind == "PLACE":
            # "DPRD Kota [Bandung]": an area word may stand between the head and the place.
            a = 1 if i > 1 and low[i - 1] in rules.area_words and owner[i - 1] < 0 else 0
            h = _head_before(low, i - a, rules.unit_heads)
            if h and words[i - a - h][:1].isupper():
                if all(owner[t] < 0 for t in range(i - a - h, i)):
                    kind, i = "ORG", i - a - h  # "Polda [Jateng]": the head left untagged
                elif out and out[-1] == ("ORG", i - a - h, i - a):
                    kind, i = "ORG", i - a - h  # "[BEM] [Semarang Raya]": the head an ORG
                    out.pop()
                elif out and out[-1][2] == i - a and out[-1][1] < i - a - h \
                        and all(owner[t] < 0 for t in range(i - a, i)):
                    # "[Gedung DPRD] [Jawa Timur]": a name ending with the unit's head
                    # goes on over its region.
                    kind, i = out[-1][0], out[-1][1]
                    out.pop()
            elif (u := _unit_over_body(words, low, owner, i - a, out, rules)) >= 0:
                # "DPC PDIP [Bangli]": a party's branch, the unit's head and the party's
                # short name before the branch's region, one body
                if out and out[-1][1] == u:
                    out.pop()
                kind, i = "ORG", u
            elif (unit_fixes and _head_at(low, i, j, rules.unit_heads)
                  and words[i][:1].isupper()):
                kind = "ORG"  # "[Uni Eropa]": the head inside the place the tagger read
            elif (unit_fixes and out and out[-1][0] == "ORG" and out[-1][2] == i and not a
                  and _opens_with(low, out[-1][1], i, rules.unit_heads)):
                # "[BPBD Jawa] [Tengah]": the tagger cut a unit's region in two
                kind, i = "ORG", out[-1][1]
                out.pop()
        if kind == "PLACE" and j - i >= 2 and (i, j) not in place_spans \
                and (len(words[j - 1]) >= 3 or "&" in words[j - 1]) and words[j - 1].isupper() \
                and words[j - 1].replace("&", "").isalpha() and words[j - 1] != "RI" \
                and low[i] not in rules.area_words \
                and any((i, e) in place_spans for e in range(i + 1, j)):
            kind = "ORG"  # "[Shanghai SIPG]", "[Guangzhou R&F]": a club named for its city
        if kind in ("PLACE", "PERSON") and _club_named(words, i, j, town_spans, rules):
            kind = "ORG"  # "[Toronto Raptors]", "[West Ham United]": the club, not its city
        if kind == "PLACE" and rules.media_tails:
            # "[Sydney] Morning Herald": a newspaper named for its city, not the city.
            e = j
            while e < n and e - j < 3 and owner[e] < 0 and words[e].istitle() \
                    and words[e] not in rules.media_tails:
                e += 1
            if e < n and e - j < 3 and owner[e] < 0 and words[e] in rules.media_tails:
                kind, j = "ORG", e + 1
            elif words[j - 1] in rules.media_tails and j - i > 1:
                kind = "ORG"  # "[Jakarta Post]" read as a place whole
        if kind == "PLACE" and i >= 2 and i == i0 and low[i - 1] in rules.area_words \
                and words[i - 1][:1].isupper() and owner[i - 1] < 0 \
                and head_at(words, i - 2) == 1:
            i -= 1  # "Lurah Pasar [Manggis]": the area word of a role's place is its own
        if kind in {"PERSON", "PLACE"}:
            h = _head_before(low, i, rules.place_heads)
            h_in = _head_at(low, i, j, rules.place_heads)
            if h or h_in:
                kind, i = "PLACE", i - h
                # "Bandara Soekarno - Hatta": the name's hyphenated parts, tagged or not.
                while j + 1 < n and words[j] == "-" and words[j + 1][:1].isupper():
                    nxt = owner[j + 1]
                    if nxt >= 0:
                        dropped.add(nxt)
                        j = max(j + 2, chunks[nxt][2])
                    else:
                        j += 2
        if kind == "PERSON" and words[i][:1].isupper() \
                and opens_with_state(low[i:j], rules):
            kind = "PLACE"  # "[Kerajaan Arab Saudi]": a state, never a person
        if kind == "PERSON":
            # "Kim Jong - un", "So Chang - sik": a short lower-case syllable after a spaced
            # hyphen ends the name; "Fayez al - Sarraj": so does an Arabic article, a
            # hyphen and the rest of the name.
            while j + 1 < n and words[j] == "-" and owner[j] < 0 and owner[j + 1] < 0 \
                    and words[j + 1].isalpha() and words[j + 1].islower() \
                    and len(words[j + 1]) <= 4:
                j += 2
            if j + 2 < n and low[j] in _ARTICLES and words[j + 1] == "-" \
                    and words[j + 2][:1].isupper() and owner[j] < 0 and owner[j + 1] < 0:
                nxt = owner[j + 2]
                if nxt < 0:
                    j += 3
                elif chunks[nxt][0] == "PERSON" and chunks[nxt][1] == j + 2:
                    dropped.add(nxt)
                    j = chunks[nxt][2]
            # "Sven - Goran Eriksson": one given name, a spaced hyphen and a person of two
            # words or more are one name ("Prabowo - Gibran", one word each, stays two).
            if j - i == 1 and j + 2 < n and words[j] == "-" and not joined[j] \
                    and owner[j] < 0 and (nxt := owner[j + 1]) >= 0 \
                    and chunks[nxt][0] == "PERSON" and chunks[nxt][1] == j + 1 \
                    and chunks[nxt][2] - chunks[nxt][1] >= 2 and j + 1 not in with_role:
                dropped.add(nxt)
                j = chunks[nxt][2]
            if _object_before(words, low, i, rules) or _object_at(
                    words, low, i, j, rules) or _named_object(words, low, i, rules):
                continue  # a ship or an aircraft
            if (i, j) in place_spans and i not in with_role:
                kind = "PLACE"
        elif kind == "ORG" and (i, j) in city_spans:
            kind = "PLACE"
        if i < i0:  # grown back over chunks before it ("Bandara" tagged alone)
            while out and out[-1][1] >= i and out[-1][2] <= i0:
                out.pop()
            if out and out[-1][1] < i < out[-1][2]:
                i = out[-1][2]
        out.append((kind, i, j))
    return out


def split_acronym_org(words: Sequence[str], tags: Sequence[str],
                      not_name: Collection[int] = (), org_words: Collection[str] = (),
                      rules: KindRules | None = None,
                      countries: Mapping[int, int] | None = None,
                      low: Sequence[str] | None = None) -> list[str]:
    """BIO tags with organisations that swallowed a role holder split in two:
    - "Ketua [KPK Firli Bahuri]": an all-capital acronym right after a role head;
    - "Presiden [Turki Recep Tayyip Erdogan]": a country (`countries` maps the start
      token of each country match to its end) right after a head-of-state role
      (`country_roles`);
    then two or more capitalised words that are no organisation words and no places
    (`not_name` holds those tokens' indexes): the organisation or place, and the person
    who holds the role. `low`: the lower-cased words, when the caller has them."""
    rules = rules or kind_rules()
    countries = countries or {}
    out = list(tags)
    if "B-ORG" not in out:
        return out
    if low is None:
        low = [w.lower() for w in words]
    n = len(words)
    i = 0
    while i < n:
        if out[i] != "B-ORG":
            i += 1
            continue
        j = i + 1
        while j < n and out[j] == "I-ORG":
            j += 1
        acro = words[i]
        split = 0
        if (len(acro) > 1 and acro.isupper() and acro.isalpha()
                and acro not in rules.org_prefixes
                and any(a + head_at(words, a) == i for a in range(max(0, i - 4), i))):
            split, first = i + 1, "ORG"
        elif countries.get(i, n) < j and _head_before(low, i, rules.country_roles):
            split, first = countries[i], "PLACE"
        rest = range(split, j)
        if (split and j - split >= 2
                and all(words[k][:1].isupper() and words[k][1:].islower()
                        and words[k].isalpha() and words[k] not in org_words for k in rest)
                and not any(k in not_name for k in rest)):
            for k in range(i, split):
                out[k] = ("B-" if k == i else "I-") + first
            for k in rest:
                out[k] = ("B-" if k == split else "I-") + "PERSON"
        i = j
    return out


def _chunk_end(tags: Sequence[str], i: int) -> int:
    """End of the chunk that token `i` opens (or continues)."""
    j = i + 1
    while j < len(tags) and tags[j].startswith("I-"):
        j += 1
    return j


def org_runs(words: Sequence[str], tags: Sequence[str], connectors: Collection[str] = (),
             person_word: Callable[[str], bool] | None = None,
             rules: KindRules | None = None, low: Sequence[str] | None = None,
             places: Collection[int] = ()) -> list[str]:
    """BIO tags with each run of capitalised words that opens with an organisation head
    (`org_heads`) made one organisation: "Polres [Boyolali]" tagged a place, "Kepala [Dinas
    Kesehatan Provinsi Jawa Tengah]" not tagged at all. The run takes digits ("SMA Negeri
    4 Yogyakarta") and lower-case `connectors` before an untagged capitalised word that
    opens no organisation ("Energi dan Sumber Daya Mineral"). It stops before a person
    chunk, before an organisation chunk after the head's first name word ("Fakultas
    Kehutanan] [UGM"), and before an untagged word `person_word` says belongs to person
    names ("Partai Golkar] [Aburizal Bakrie"). Cased
    text only; a head inside a chunk that opened before it is left alone. `low`: the
    lower-cased words, when the caller has them. `places`: the indexes of tokens the
    gazetteer matched; a word between a place closing the run and a person chunk is that
    person's first name ("Kejati Sumsel] [Vanny Yulia Eka Sari")."""
    rules = rules or kind_rules()
    out = list(tags)
    n = len(words)
    if low is None:
        low = [w.lower() for w in words]
    index = rules.org_index
    i = 0
    # Only a word that opens some head can open a run: the others are passed by (the
    # scan runs in C).
    for c in compress(count(), map(index.__contains__, low)):
        if c < i:
            continue
        i = c
        h = _org_head_at(low, i, n, rules) if words[i][:1].isupper() else 0
        if not h or out[i].startswith("I-") or out[i].endswith("PERSON"):
            continue
        j = i + h
        # A second head right after the first names nothing yet ("Fraksi Partai"): the
        # organisation chunk after it is that head's name ("Fraksi Partai [Nasional
        # Demokrat]"), no other body.
        h2 = _org_head_at(low, j, n, rules) if j < n and words[j][:1].isupper() else 0
        named_for = j  # end of a person's name the body is named for ("Universitas
        # [Hasanuddin]"), right after an eponym head; `j` when none
        if j < n and out[j] == "B-PERSON" and tuple(low[i:j]) in rules.eponym_heads:
            named_for = j = _chunk_end(out, j)
        while j < n:
            w = words[j]
            if out[j] == "B-PERSON" or (out[j] == "B-ORG" and j > i + h
                                        and not (h2 and j == i + h + h2)):
                break  # a person, or another organisation ("Fakultas Kehutanan] [UGM")
            if w[:1].isupper() or w[:1].isdigit():
                if out[j] == "O" and person_word is not None and person_word(low[j]):
                    break
                j += 1
            elif (w in connectors and j + 1 < n and words[j + 1][:1].isupper()
                  and out[j + 1] == "O" and not _org_head_at(low, j + 1, n, rules)):
                j += 2  # "Energi dan Sumber Daya Mineral", not "Polda Jateng dan Kejati"
            else:
                break
        while j > i + h and not words[j - 1][:1].isalnum():
            j -= 1
        if j < n and out[j] == "B-PERSON" and j - 2 >= i + h and j - 2 in places \
                and j - 1 not in places and words[j - 1].istitle() and words[j - 1].isalpha() \
                and not out[j - 1].endswith("PERSON"):
            j -= 1  # "[Kejati Sumsel] Vanny [Yulia Eka Sari]": the name's first word
            out[j], out[j + 1] = "B-PERSON", "I-PERSON"
        # The run must name something after the head, and not end inside a chunk.
        if j > i + h and not (j < n and out[j].startswith("I-")) and not any(
                out[k].endswith("PERSON") for k in range(named_for, j)):
            out[i] = "B-ORG"
            for k in range(i + 1, j):
                out[k] = "I-ORG"
            i = j
        else:
            i = max(i + 1, _chunk_end(out, i) if out[i] != "O" else i + 1)
    return out


def honorific_names(words: Sequence[str], tags: Sequence[str], honorifics: Collection[str],
                    not_name: Callable[[str], bool], low: Sequence[str] | None = None
                    ) -> list[str]:
    """BIO tags with the capitalised words after an honorific made a person ("Dr.
    [Terawan] Agus Putranto", "dr. [Terawan]" read as a place), joined to a person chunk
    right after them. Words `not_name` rejects (role heads, common nouns: "Ibu [Kota]",
    "Bapak [Presiden]") end the name; organisations are left alone. Cased text only.
    `low`: the lower-cased words, when the caller has them."""
    out = list(tags)
    n = len(words)
    if low is None:
        low = [w.lower() for w in words]
    # Only honorifics open a name: found by a scan in C, not a test per word.
    for i in compress(range(n - 1), map(honorifics.__contains__, low)):
        if out[i] != "O":
            continue
        k = i + 1
        if out[k] == "B-PERSON":
            continue
        j = k
        while (j < n and words[j][:1].isupper() and words[j][1:].islower() and
               not not_name(words[j]) and (out[j] == "O" or out[j].endswith("PLACE"))):
            j += 1
        if j == k or (j < n and out[j].startswith("I-")):
            continue
        if j < n and out[j] == "B-PERSON":
            j = _chunk_end(out, j)
        out[k] = "B-PERSON"
        for t in range(k + 1, j):
            out[t] = "I-PERSON"
    return out


def opens_org(words: Sequence[str], i: int, j: int, rules: KindRules | None = None) -> bool:
    """Whether the chunk [i, j) opens with a capitalised organisation head and holds more
    ("[Partai Golkar]" inside the role "Ketua Umum Partai Golkar")."""
    rules = rules or kind_rules()
    return words[i][:1].isupper() and bool(
        _org_head_at([w.lower() for w in words[i:j]], 0, j - i, rules))


def vehicle_head(words: Sequence[str], rules: KindRules | None = None) -> int:
    """Length of the vehicle head (kinds.toml `object_heads`) opening the name `words` and
    leaving a name after it: a head of two words or more ("Kereta Api"), or an acronym
    head written in capitals ("KA", "KRI"); 0 when none. A one-word common head
    ("pesawat", "jet") is left out: "Jet Li" is a person (kinds18)."""
    rules = rules or kind_rules()
    low = [w.lower() for w in words]
    for h in _heads_by(rules.object_heads, 0, _BY_START).get(low[0], ()) if low else ():
        if len(h) < len(low) and tuple(low[: len(h)]) == h and (
                len(h) >= 2 or (h[0] in rules.object_acronyms and words[0].isupper())):
            return len(h)
    return 0
