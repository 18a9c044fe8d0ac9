"""From tagged sentences to entities: mentions, roles, places with codes, coreference.

`find_entities(text, sentences)` is the whole stage as one pure function: per sentence it
takes the article's tokens, tags them with the shipped CRF, adds gazetteer places,
separates roles from names, then clusters the mentions of the article into entities with
canonical names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Literal, NamedTuple, cast

from ..lang.id import WordSet, load, load_words
from ..lang.id.kinship import kin_nouns, word_alternation
from ..lang.schema import AliasesData, EntitiesData, KindsData, OfficesData, RolesData
from ..record import Entity, Span, Tokens, entity_id, entity_kind
from ..text.regex_cache import compile_cached
from ..text.scan import (
    NOT_BEFORE_WORD,
    CueWords,
    ends_in,
    finditer_opening_with,
    last_word,
    may_hold,
    opening,
    search_word_then,
    window_may_hold,
)
from ..text.spans import SpanSet
from ..text.stem import stems
from ..text.tokens import make_tokens
from ..text.trie import trie_pattern
from ..text.words import reduplication, unit_pattern
from .bounds import _office_before, fix_bounds, pair_cue_on_line
from .bounds import _ranks as ranks
from .chunks import bio_chunks
from .countries import (
    article_countries,
    article_places,
    doubtful_city,
    org_country,
    place_country,
)
from .dateline import free_id
from .features import Featurizer, PhraseMatches, load_lexicon, shipped_featurizer
from .features import role_words as feature_role_words
from .gazetteer import Gazetteer, GazMatch, Place, load_gazetteer
from .kinds import (
    fix_chunks,
    glued,
    honorific_names,
    kind_rules,
    opens_org,
    opens_with_state,
    org_runs,
    split_acronym_org,
    unit_head_before,
    vehicle_head,
)
from .linear import LinearCrf
from .names import NameLists
from .neural import CnnTagger, combine
from .outlets import credit_mentions, outlet_mentions
from .roles import (
    agent_apposition,
    head_at,
    is_contracted_office,
    is_org_word,
    is_prefix,
    is_role_word,
    join_name_cut_after_acronym,
    list_role_before,
    listed_office_end,
    named_role_before,
    org_words,
    role_before,
    role_words,
    shared_role,
    split_role,
    without_prefix,
)

MAX_TOKENS = 250  # longer "sentences" (tables, run-on text) are tagged in windows
BATCH = 64  # windows tagged together


@dataclass(slots=True)
class Mention:
    start: int  # character offsets into the article text
    end: int
    kind: str
    surface: str
    place: Place | None = None
    role: str | None = None
    role_country: str | None = None
    near_country: str | None = None
    blind: bool = False  # read from a headline-cased or lower-cased sentence
    initials: bool = False  # a person's initials ("berinisial MK"), no acronym
    short: str | None = None  # the body's acronym its branch name dropped ("DLH")


@dataclass(slots=True)
class _Cluster:
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    place: Place | None = None
    fixed: bool = False  # the name is known (a sports team's): mentions do not rename it


@dataclass(frozen=True, slots=True)
class Models:
    ner: LinearCrf
    featurizer: Featurizer
    gazetteer: Gazetteer
    lexicon: dict[str, str]
    # The convolutional tagger whose log-probabilities join the CRF's emission scores
    # (`warta.ner.neural.combine`); none: the CRF alone.
    neural: CnnTagger | None = None


def _models_dir() -> Path:
    return Path(str(resources.files("warta.models")))


@cache
def load_models() -> Models:
    """Shipped NER model, gazetteer and lexicon (loaded once per process)."""
    gaz = load_gazetteer()
    lex = load_lexicon()
    cnn = _models_dir() / "ner_cnn.npz"
    return Models(LinearCrf(_models_dir() / "ner.npz"), shipped_featurizer(), gaz, lex,
                  CnnTagger(cnn) if cnn.exists() else None)


def case_mode(words: Sequence[str], lexicon: dict[str, str] | None = None,
              low: Sequence[str] | None = None) -> str:
    """"cased" for normal text; "blind" for headlines in Title Case or ALL CAPS, and for
    text with no capitals at all (the model then reads lower-cased words).

    With a lexicon, words that news text almost never capitalises mid-sentence ("di",
    "yang", "bertemu") decide: capitalised, they mark a Title Case headline; in lower
    case, they mark normal text however many names it holds.
    `low` holds the words lower-cased, when the caller has them.
    """
    memo = _case_memo(lexicon)
    codes = list(map(memo.get, words))
    if None in codes:
        if len(memo) >= 200_000:  # bounded memory on huge inputs
            memo.clear()
        for k, c in enumerate(codes):
            if c is None:  # (only the words the memo lacks are lower-cased)
                w = words[k]
                codes[k] = memo[w] = _case_code(w, w.lower() if low is None else low[k],
                                                lexicon)
    # Counts over the words of two or more characters that open with a letter ("alpha"):
    # capitalised, all-capital, and (after the first of them) capitalised and lower-case
    # words the lexicon marks as never (":n") or rarely (":l") capitalised.
    counted = cast(list[int], codes)
    n_alpha = caps = allcaps = up = down = 0
    for c in set(counted):  # a few distinct codes: list.count beats a Counter here
        if c & _ALPHA:
            n = counted.count(c)
            n_alpha += n
            if c & _CAP:
                caps += n
            if c & _UPPER:
                allcaps += n
            if c & _RARE:
                if c & _CAP:
                    up += n
                else:
                    down += n
    if not n_alpha:
        return "cased"
    first = next(c for c in codes if c and c & _ALPHA)
    if first & _RARE:  # the first alpha word does not count
        if first & _CAP:
            up -= 1
        else:
            down -= 1
    if caps == 0:
        return "blind"
    if n_alpha >= 3 and allcaps / n_alpha > 0.6:
        return "blind"
    if lexicon is not None and up + down >= 2:
        return "blind" if up > down else "cased"
    if n_alpha >= 3 and caps / n_alpha > 0.75:
        return "blind"
    return "cased"


_ALPHA, _CAP, _UPPER, _RARE = 1, 2, 4, 8
_CASE_MEMOS: dict[int, tuple[dict[str, str] | None, dict[str, int]]] = {}


def _case_memo(lexicon: dict[str, str] | None) -> dict[str, int]:
    """Word -> `_case_code`, one table per lexicon (kept with it, so its id stays its own)."""
    got = _CASE_MEMOS.get(id(lexicon))
    if got is not None and got[0] is lexicon:
        return got[1]
    if len(_CASE_MEMOS) > 8:
        _CASE_MEMOS.clear()
    memo: dict[str, int] = {}
    _CASE_MEMOS[id(lexicon)] = (lexicon, memo)
    return memo


def _case_code(word: str, low: str, lexicon: dict[str, str] | None) -> int:
    """What `case_mode` reads of a word, as bits: alpha (two or more characters, opening
    with a letter; 0 for every other word), capitalised, all-capital, rarely capitalised."""
    if not (word[:1].isalpha() and len(word) > 1):
        return 0
    rare = lexicon is not None and lexicon.get(low, "")[-2:] in _RARELY_CAPITAL
    return (_ALPHA | (_CAP if word[:1].isupper() else 0) | (_UPPER if word.isupper() else 0)
            | (_RARE if rare else 0))


_RARELY_CAPITAL = frozenset({":n", ":l"})


@cache
def event_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).event_heads)


@cache
def _acronymed_body_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).acronymed_body_heads)


def _acronymed_body(words: Sequence[str], i: int, j: int) -> bool:
    """Whether the chunk `words[i:j]`, opening with an event head that also opens bodies'
    names ("Forum"), is followed by its bracketed acronym: a standing body ("Forum Umat
    Bersatu ( FUB )"), no event."""
    return words[i] in _acronymed_body_heads() and j + 2 < len(words) \
        and words[j] == "(" and words[j + 2] == ")" \
        and words[j + 1].isupper() and words[j + 1].isalpha()


@cache
def _event_tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a tail right after a place, a name that ends with a tail), longest tails first."""
    d = load("entities", EntitiesData)
    tails = "|".join(re.escape(t) for t in sorted(d.event_tails, key=len, reverse=True))
    # names closed by `event_name_tails` too ("Energy Summit"), a place before them apart
    ends = "|".join(re.escape(t) for t in sorted({*d.event_tails, *d.event_name_tails},
                                                 key=len, reverse=True))
    return re.compile(rf" (?:{tails})(?!\w)"), \
        re.compile(rf"\S (?:{ends})(?: (?:19|20)\d\d)?$")  # "... Awards 2016": an edition


@cache
def _race_head() -> re.Pattern[str]:
    """A race head right before a place (`race_heads`), as the text's last words."""
    heads = "|".join(re.escape(h) for h in load("entities", EntitiesData).race_heads)
    return re.compile(rf"(?<!\w)(?:{heads})\s+$")


@cache
def name_suffixes() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).name_suffixes)


@cache
def place_prefixes() -> frozenset[str]:
    return frozenset(p.lower() for p in load("entities", EntitiesData).place_prefixes)


@cache
def person_aliases() -> dict[str, str]:
    return {k.lower(): v for k, v in load("entities", EntitiesData).person_aliases.items()}


@cache
def country_suffixes() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).country_suffixes)


@cache
def place_aliases() -> dict[str, str]:
    return {k.lower(): v for k, v in load("entities", EntitiesData).place_aliases.items()}


def _full_place(m: Mention, gaz: Gazetteer | None) -> None:
    """A province's or city's short form names the place in full ("Sumsel" -> Sumatera
    Selatan), and a full name the gazetteer lacks is the same place ("Jakarta Utara")."""
    if m.place is not None:
        full = place_aliases().get(m.place.name.lower())
        if full is not None:
            m.place = (gaz.resolve(full) if gaz is not None else None) or Place(
                full, m.place.code, m.place.type)
    elif m.kind == "PLACE" and _norm(m.surface) in _aliased_names():
        m.place = Place(_aliased_names()[_norm(m.surface)], "ID", "place")


@cache
def _aliased_names() -> dict[str, str]:
    return {v.lower(): v for v in place_aliases().values()}


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(w.lower() for w in load("entities", EntitiesData).legal_forms)


@cache
def _initial_cue() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in load("entities", EntitiesData).initial_cues)
    return re.compile(rf"\b(?:{cues})\s*[:,]?\s*$", re.IGNORECASE)


# Initials listed so far after a cue, each maybe with an age ('S, DP, ', 'APB (21), YZ (26),
# serta ') or an alias ('AM alias KA, '; kinds16): the tail both list cues below end in.
_INITIAL_ITEM = (r"[A-Z]{1,5}\s*(?:[Aa]lias\s+[A-Z]{1,5}\s*)?"
                 r"(?:\(\s*(?:\d{1,2}\s*(?:tahun\s*)?|[A-Z]{2,5})\s*\)\s*)?")
# (ent33b) A status in brackets after initials ('ADES (DPO)', a wanted suspect) ends an item
# as an age does.
_INITIALS_SO_FAR = rf"(?:{_INITIAL_ITEM},\s*)*(?:{_INITIAL_ITEM},?\s*(?:dan|serta)\s+)?$"


@cache
def _initial_list_cue() -> re.Pattern[str]:
    """An initials cue and the initials listed after it so far ('berinisial S, DP, '),
    each maybe with an age ('berinisial APB (21), YZ (26), serta ')."""
    cues = "|".join(re.escape(c) for c in load("entities", EntitiesData).initial_cues)
    return re.compile(rf"\b(?:{cues})\s*[:,]?\s*{_INITIALS_SO_FAR}", re.IGNORECASE)


_LIST_COPULAS = r"(?:adalah|yakni|yaitu|ialah|antara\s+lain|masing-masing)"


@cache
def _holder_list_cue() -> re.Pattern[str] | None:
    """A report's people noun and a copula, then the initials listed after it so far
    ('tersangka itu adalah MAM, NN, ', 'para pelaku yakni AR dan '), or an address word
    right before ('Saudara MA'): capitals so placed are a person's initials (kinds14)."""
    d = load("entities", EntitiesData)
    if not d.initial_holders and not d.initial_addresses:
        return None
    holders = "|".join(re.escape(c) for c in d.initial_holders) or "(?!)"
    addresses = "|".join(re.escape(c) for c in d.initial_addresses) or "(?!)"
    return re.compile(rf"\b(?i:(?:{holders})(?:\s+(?:itu|ini|tersebut|lainnya))?\s*,?\s+"
                      rf"{_LIST_COPULAS}\s*:?)\s*{_INITIALS_SO_FAR}"
                      rf"|\b(?i:{addresses})\.?\s+$")


# (ent33b) One item of a list of initials after their cue: the capitals, maybe an alias, an
# age or a status in brackets ('AVADL', 'AM alias KA', 'APB (21)', 'DDH (DPO)'), then the
# separator to the next item.
_LISTED_INITIAL = re.compile(
    r"([A-Z]{2,5})(?![\w\-/&.'’])\s*(?:[Aa]lias\s+[A-Z]{2,5}\b\s*)?"
    r"(?:\(\s*(?:\d{1,2}\s*(?:tahun\s*)?|[A-Z]{2,5})\s*\)\s*)?"
    r"(,\s*(?:(?:dan|serta)\s+)?|(?:dan|serta)\s+)?")


def _listed_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every item of a list of initials after their cue ('Para tersangka berinisial AVADL,
    MJ, YM, ADES (DPO), DDH (DPO)'), which the tagger leaves untagged past the first (who
    round 305: 4 never tagged), is a person's initials: added where no mention covers it;
    `_initialled` then reads those tagged, and their other mentions, as a person."""
    cue = _initial_cue_start()
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for c in cue.finditer(text):
        pos = c.end()
        while (g := _LISTED_INITIAL.match(text, pos)) is not None:
            a, b = g.span(1)
            if not any(x < b and a < y for x, y in taken):
                found.append(Mention(a, b, "PERSON", g.group(1), initials=True))
            if g.group(2) is None:
                break
            pos = g.end()
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


@cache
def _initial_cue_start() -> re.Pattern[str]:
    """An initials cue with what may stand before its first item ('berinisial: ')."""
    cues = "|".join(re.escape(c) for c in load("entities", EntitiesData).initial_cues)
    return re.compile(rf"\b(?i:{cues})\s*[:,]?\s*")


def _initialled(text: str, mentions: Sequence[Mention]) -> None:
    """Letters after 'berinisial' are a person's initials ('ibu korban berinisial MK'), and
    so are the others of a list after the cue ('berinisial S, DP, ABT, dan HS', ages
    between) and their other mentions. Capitals tagged a person are flagged too: else
    `cluster` reads them as an acronym."""
    if not load("entities", EntitiesData).initial_cues:
        return
    cue, held = _initial_cue(), _holder_list_cue()
    lists = (_initial_list_cue(),) if held is None else (_initial_list_cue(), held)
    named = {m.surface for m in mentions if (m.kind != "PERSON" or _acronym_word(m.surface))
             and cue.search(text, max(0, m.start - 16), m.start)}
    named |= {m.surface for m in mentions if _acronym_word(m.surface)
              and m.surface not in named
              and any(p.search(text, max(0, m.start - 120), m.start) for p in lists)}
    for m in mentions:
        if m.surface in named:
            m.kind, m.place, m.initials = "PERSON", None, True


# One untagged run of capitals set off by commas between two listed initials: ", VS , ".
_INITIALS_GAP = re.compile(r"\s*,\s*([A-Z]{2,4})\s*,\s*")


def _initials_between(text: str, mentions: list[Mention]) -> list[Mention]:
    """Capitals the tagger left out of a list of a person's initials ("tersangka itu
    adalah MAM, NN, [VS], HJE": read as a common abbreviation), with a person's initials
    listed right before and right after them, are a person's initials too."""
    found = [Mention(g.start(1), g.end(1), "PERSON", g.group(1),
                     initials=True)
             for a, b in zip(mentions, mentions[1:], strict=False)
             if a.initials and b.initials
             and (g := _INITIALS_GAP.fullmatch(text, a.end, b.start)) is not None]
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


# One capital letter standing alone: no part of a word, an abbreviation ("S.H.", "S. Pd"),
# a code ("S-1", "S1") or a list of letters ("A/B").
_LONE_LETTER = re.compile(r"(?<![\w.\-/&'’])([A-Z])(?![\w\-/&'’]|\.\s?[A-Za-z]\b)")


# A capitalised word right after a lone letter ("I Dewa", "I Medan").
_WORD_AFTER_LETTER = re.compile(r"\s+[A-Z][a-z]")


def _letter_in_name(text: str, start: int, end: int) -> bool:
    """Whether a lone capital letter is part of a longer name or a numbered body
    ('Pengadilan Militer Tinggi I Medan', 'Kodam I', 'I Dewa Wijaya'): a capitalised word
    runs on right after it, or one mid-sentence runs right into it."""
    if _WORD_AFTER_LETTER.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    word = re.search(r"(\S+)\s+$", before)
    if word is None or not word.group(1)[:1].isupper() or not word.group(1)[1:].islower():
        return False
    lead = before[:word.start(1)].rstrip()
    return bool(lead) and lead[-1] not in '.!?"“”'


def _single_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """One capital letter after an initials cue ('orang tua siswa, inisial S, mengatakan')
    or with an age in brackets ('S ( 45 ) mengatakan'), which the tagger and the two-letter
    rules above pass over, is a person's initial, and so is every other lone use of that
    letter in the article ('kata S', 'S menambahkan'): the article names the person by it
    throughout (spk30b; who round 178: 'S', 8 mentions)."""
    cue = _initial_cue()
    letters = {g.group(1) for g in _LONE_LETTER.finditer(text)
               if cue.search(text, max(0, g.start() - 16), g.start())
               or _AGE.match(text, g.end()) and not _letter_in_name(text, g.start(), g.end())}
    if letters and not cue.search(text) and sports_report(text):
        letters = set()  # 'Grup A ( 12 )': a table's row and its points, no one's age
    if not letters:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    found = [Mention(g.start(1), g.end(1), "PERSON", g.group(1), initials=True)
             for g in _LONE_LETTER.finditer(text) if g.group(1) in letters
             and not _letter_in_name(text, g.start(1), g.end(1))
             and not any(a < g.end(1) and g.start(1) < b for a, b in taken)]
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


# A person's initials written between a rank and the rest of the name: "Brigjen [JO] Sembiring".
_RANKED_INITIALS = re.compile(r"(\S+)\s+([A-Z]{2,3})\s+$")


def _initials_after_rank(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name cut after the initials opening it, right after a rank ("Brigjen [JO]
    Sembiring", "AKBP [AM] Dicky"): the initials are the name's, no part of the rank (ranks
    never end in capitals unless a fixed form or a corps holds them: "Brigjen TNI", "Kolonel
    CHK"). ent30c."""
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.kind != "PERSON" or m.initials:
            continue
        g = _RANKED_INITIALS.search(text, max(0, m.start - 40), m.start)
        if g is None or not _rank_before([g.group(1)], 1) \
                or _rank_before([g.group(1), g.group(2)], 2) or g.group(2) in org_words() \
                or g.group(2).capitalize() in role_words().corps \
                or any(a < g.end(2) and g.start(2) < b for a, b in taken):
            continue
        m.start = g.start(2)
        m.surface = text[m.start:m.end]
        if m.role is not None and m.role.endswith(" " + g.group(2)):
            m.role = m.role[: -len(g.group(2)) - 1]  # the rank ends the role
    return mentions


@cache
def home_areas() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).home_areas)


@cache
def village_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).village_heads)


def area_country(name: str, country: str | None, context: Mapping[str, int]) -> str | None:
    """The country of a place opened by an area word: Indonesia for Indonesia's own
    ("Kelurahan Paris"); for a village word, a foreign code only if the article names that
    country ("Desa Pace" among Jember's places is not in the United States)."""
    head = name.split()[0].casefold() if name.split() else ""
    if head in home_areas():
        return "ID"
    if head in village_heads() and country not in (None, "ID") and not context.get(country):
        return None
    return country


def place_code(surface: str, gaz: Gazetteer) -> str | None:
    """Country of a place the gazetteer does not list whole: the longest listed part,
    after generic words ("Provinsi Riau" -> ID, "Jakarta Pusat" -> ID)."""
    words = surface.split()
    while words and words[0].lower() in place_prefixes():
        words = words[1:]
    for n in range(len(words), 0, -1):
        for a in range(0, len(words) - n + 1):
            p = gaz.resolve(" ".join(words[a : a + n]))
            if p is not None and p.code and (not p.ambiguous or n == len(words)):
                return p.code
    return None


@dataclass(slots=True)
class _Window:
    """A sentence, or a MAX_TOKENS part of a long one, ready to tag."""

    spans: Sequence[tuple[int, int]]
    words: list[str]
    mode: str  # case_mode of the words
    model_words: list[str]  # what the tagger reads: lower-cased when "blind"


def _windows(text: str, sentences: Sequence[Span], tokens: Tokens, models: Models
             ) -> list[_Window]:
    out: list[_Window] = []
    for sent in sentences:
        spans = tokens.spans(sent.start, sent.end)
        for w0 in range(0, len(spans), MAX_TOKENS):
            window = spans[w0 : w0 + MAX_TOKENS]
            words = [text[s:e] for s, e in window]
            mode = case_mode(words, models.lexicon)
            # Lower-cased copies are made per window where needed, not kept for the whole
            # article (on a 100,000-token text they were 6 MiB more at the peak).
            out.append(_Window(window, words, mode,
                               [w.lower() for w in words] if mode == "blind" else words))
    return out


def _mentions(text: str, windows: Sequence[_Window], models: Models) -> list[Mention]:
    """Mentions of all windows, tagged BATCH windows at a time (scores and Viterbi
    decoding run over a batch at once; the batch bounds memory on long texts)."""
    out: list[Mention] = []
    for a in range(0, len(windows), BATCH):
        part = windows[a : a + BATCH]
        phrases = PhraseMatches()
        tags = tag_windows([w.model_words for w in part], models, phrases)
        places = _blind_places(part, phrases, models)
        for w, t, g in zip(part, tags, places, strict=True):
            out.extend(_window_mentions(text, w, t, models, g))
    return out


def _blind_places(windows: Sequence[_Window], phrases: PhraseMatches, models: Models
                  ) -> list[list[GazMatch] | None]:
    """Per window, its gazetteer matches when the featurizer found them already: a blind
    window's are the ones `Gazetteer.match(cased=False)` would find again (the same
    longest-first, left-to-right search over the same lower-cased words); None where
    `_window_mentions` must search (cased windows, or no matches passed on)."""
    gaz = models.gazetteer
    if not phrases.found or models.featurizer.gaz is not gaz:
        return [None] * len(windows)
    out: list[list[GazMatch] | None] = []
    found = phrases.gaz  # token indices over the batch's windows end to end, in order
    k = off = 0
    for w in windows:
        end = off + len(w.model_words)
        if w.mode == "blind":
            while k < len(found) and found[k][0] < off:
                k += 1
            mine: list[GazMatch] | None = []
            while k < len(found) and found[k][0] < end:
                s, e, _ = found[k]
                place = gaz.lookup.get(" ".join(w.model_words[s - off : e - off]))
                if mine is not None and place is not None and not place.ambiguous:
                    mine.append(GazMatch(s - off, e - off, place))
                else:  # a word whose lower case is not itself: searched again
                    mine = None
                k += 1
            out.append(mine)
        else:
            out.append(None)
        off = end
    return out


def tag_windows(words: Sequence[Sequence[str]], models: Models,
                phrases: PhraseMatches | None = None) -> list[list[str]]:
    """BIO tags of word windows (blind ones already lower-cased), scored and
    Viterbi-decoded together; `phrases`, when given, receives the featurizer's
    gazetteer and name-list matches."""
    if models.neural is None:
        return models.ner.decode(models.featurizer.scores_batch(words, models.ner, phrases))
    # The tagger reads the gazetteer and name-list phrases the CRF's features found.
    phrases = phrases if phrases is not None else PhraseMatches()
    emissions = models.featurizer.scores_batch(words, models.ner, phrases)
    nn = models.neural.load()
    emissions = combine(emissions, models.ner.labels,
                        nn.log_probs(words, models.lexicon, models.featurizer.names,
                                     models.gazetteer, phrases), nn.labels, nn.weight)
    return models.ner.decode(emissions)


def tag_sentences(sentences: Sequence[Sequence[str]], models: Models | None = None
                  ) -> list[list[str]]:
    """BIO tags of tokenised sentences as the entities stage reads them (Title Case, ALL
    CAPS and caseless sentences lower-cased), for evaluation."""
    models = models or load_models()
    modes = [case_mode(s, models.lexicon) for s in sentences]
    return tag_windows([[w.lower() for w in s] if m == "blind" else list(s)
                        for s, m in zip(sentences, modes, strict=True)], models)


def sentence_mentions(text: str, sent: Span, models: Models, tokens: Tokens | None = None
                      ) -> list[Mention]:
    """Mentions of one sentence (character offsets into `text`); `tokens` is the token
    layer of `text` (made here when not given)."""
    if tokens is None:
        tokens = make_tokens(text)
    return _mentions(text, _windows(text, [sent], tokens, models), models)


@dataclass(slots=True)
class _Chunks:
    """Tagged chunks of one window after role separation (token offsets)."""

    items: list[tuple[str, int, int]] = field(default_factory=list)  # kind, start, end
    roles: dict[int, tuple[int, int]] = field(default_factory=dict)  # name start -> role
    role_ranges: list[tuple[int, int]] = field(default_factory=list)
    # name start -> the role as written where it is no single run of words ("Bupati
    # Bangkalan" of "Bupati dan Wakil Bupati Bangkalan, A dan B")
    role_texts: dict[int, str] = field(default_factory=dict)


def _window_mentions(text: str, window: _Window, tags: Sequence[str], models: Models,
                     gmatches: list[GazMatch] | None = None) -> list[Mention]:
    """Mentions of one tagged window; `gmatches`: its gazetteer matches, when known."""
    spans, words, mode = window.spans, window.words, window.mode
    low = window.model_words if mode == "blind" else list(map(str.lower, words))
    if gmatches is None:
        gmatches = models.gazetteer.match(words, cased=mode == "cased", low=low)
    if mode == "cased":
        in_place = {k for m in gmatches for k in range(m.start, m.end)}
        tags = split_acronym_org(
            words, tags, in_place, org_words(),
            countries={m.start: m.end for m in gmatches if m.place.type == "country"},
            low=low)
        rw = role_words()
        names = models.featurizer.names
        tags = org_runs(words, tags, rw.connectors,
                        None if names is None else partial(_person_word, names), low=low,
                        places=in_place)
        # With the convolutional tagger, capitalised words after a one-word rank are a
        # person as after an honorific ("Brigpol [Mufadol]", which its tags lost); the CRF
        # alone keeps its own reading.
        tags = honorific_names(words, tags,
                               rw.honorifics | rw.ranks if models.neural is not None
                               else rw.honorifics,
                               partial(_not_name, models.lexicon), low=low)
        tags = _ranked_names(words, tags, models.lexicon, names)
        tags = _dotted_legal_forms(words, tags, low)
        if models.neural is not None:
            tags = _untagged_cues(words, tags, low, models.gazetteer)
        else:  # the CRF, too, leaves some initials after their cue untagged
            tags = _rank_first_names(words, _untagged_initials(words, tags, low), low,
                                     models.lexicon, in_place)
        tags = _class_codes(words, tags, low)
        tags = _first_names_after_bodies(words, tags, low, models.lexicon, in_place, names)
    if not gmatches and tags.count("O") == len(tags):
        return []  # no chunk and no place: the steps below would find nothing
    ch = _separate_roles(words, tags, mode, gmatches, models.lexicon,
                         models.featurizer.names, neural=models.neural is not None,
                         gaz=models.gazetteer)
    if mode == "cased":
        _office_bodies_kept(words, tags, ch)
    # `fix_chunks` reads the glue only beside a "-": without one, none need be worked out.
    joined = glued(spans) if "-" in words else [False] * len(words)
    ch.items = fix_chunks(words, ch.items, joined, gmatches, ch.roles, low=low,
                          unit_fixes=models.neural is not None)
    final = _with_gazetteer(words, ch, gmatches, models.gazetteer, low, mode == "cased")
    return _to_mentions(text, spans, final, ch, gmatches, mode)


def _office_bodies_kept(words: Sequence[str], tags: Sequence[str], ch: _Chunks) -> None:
    """A body the tagger read closing a person's office right before the name ("Wasekjen
    [PDI-P] Ahmad", "Ketua Umum [Demokrat] Susilo"), which role separation folded into the
    office: an organisation chunk of its own again, the office staying his (judges count
    bodies named in offices: who 250, 253, 262, 295). One word only (the tagger's longer
    runs there are often cut or run into the name), the office's own words it read in cut
    off ("Secretary [Danone]"); not a minister's portfolio ("Menteri [ESDM]",
    `portfolio_offices`), nor where a chunk already holds the word."""
    taken = {k for _, i, j in ch.items for k in range(i, j)}
    ports = _portfolio_offices()
    added = False
    for kind, i, j in bio_chunks(tags):
        while kind == "ORG" and i < j - 1 and is_role_word(words[i]):
            i += 1  # "General [Secretary] Danone Indonesia": the office's word read in
        if kind != "ORG" or j - i > 1 or i in taken or is_role_word(words[i]):
            continue
        if any(a < i and j == b and words[i - 1].casefold() not in ports
               and words[a].casefold() not in ports for a, b in ch.roles.values()):
            ch.items.append(("ORG", i, j))
            taken.update(range(i, j))
            added = True
    if added:
        ch.items.sort(key=lambda x: (x[1], x[2]))


def _acronym_word(word: str) -> bool:
    """Two to five capital letters: an acronym or a person's initials ("KT", "APEC")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


@cache
def _cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """The initials cues (lower-case) and meeting heads: read once, not per window."""
    d = load("entities", EntitiesData)
    return frozenset(c.lower() for c in d.initial_cues), frozenset(d.meeting_heads)


def _untagged_cues(words: list[str], tags: Sequence[str], low: Sequence[str],
                   gaz: Gazetteer) -> list[str]:
    """Tags the convolutional tagger's reading leaves to rules the CRF's tags fed:
    - capital letters it leaves untagged after an initials cue or before an age in
      brackets (`_untagged_initials`, as for the CRF's tags);
    - an untagged acronym after the head of a meeting ("KTT APEC", `meeting_heads`) is
      the body that meets, an organisation, as `_separate_roles` reads the acronym of an
      event the CRF tagged;
    - a country and a compass word read as one chunk right before a person's name,
      where the two are no listed place ("Pelatih [Uzbekistan Timur] [Kapadze]"): the
      compass word opens the name (Timur Kapadze), as `_compass_tails` decides on the
      CRF's tags."""
    out = _untagged_initials(words, tags, low)
    _, heads = _cue_words()
    n = len(words)
    for k, w in enumerate(words):
        if out[k] == "O" and _acronym_word(w) and k and words[k - 1] in heads \
                and out[k - 1] == "O":
            out[k] = "B-ORG"
    for kind, i, j in bio_chunks(out):
        if kind in {"ORG", "PLACE"} and j - i >= 2 and words[j - 1] in _COMPASS \
                and j < n and out[j] == "B-PERSON" \
                and gaz.resolve(" ".join(words[i:j])) is None \
                and getattr(gaz.resolve(" ".join(words[i:j - 1])), "type", "") == "country":
            out[i] = "B-PLACE"
            out[i + 1 : j - 1] = ["I-PLACE"] * (j - 1 - i - 1)
            out[j - 1], out[j] = "B-PERSON", "I-PERSON"
    return out


def _untagged_initials(words: Sequence[str], tags: Sequence[str], low: Sequence[str]
                       ) -> list[str]:
    """`tags` with untagged capital letters after an initials cue ("berinisial MK", and
    the next of a list: "berinisial BP dan MRS") or before an age in brackets ("KT ( 6 )")
    made a chunk (an organisation), which `_initialled` and `_aged` then read as a
    person's initials."""
    # Most windows hold no untagged capitals: find them in one pass before the checks.
    found = [k for k, w in enumerate(words)
             if w.isupper() and tags[k] == "O" and _acronym_word(w)]
    if not found:
        return list(tags)
    out = list(tags)
    cues, _ = _cue_words()
    n = len(words)
    for k in found:
        prev = k - 1 if k and words[k - 1] not in {":", ","} else k - 2
        if prev >= 1 and low[prev] in {"dan", "serta"} and _acronym_word(words[prev - 1]):
            prev -= 2  # the last of a list of initials
        aged = k + 3 < n and words[k + 1] == "(" and words[k + 2].isdigit() \
            and len(words[k + 2]) <= 2 and (words[k + 3] == ")" or (
                k + 4 < n and low[k + 3] == "tahun" and words[k + 4] == ")"))
        if (prev >= 0 and low[prev] in cues) or aged:
            out[k] = "B-ORG"
    return out


def _first_names_after_bodies(words: Sequence[str], tags: Sequence[str], low: Sequence[str],
                              lexicon: dict[str, str], in_place: Collection[int],
                              names: NameLists | None) -> list[str]:
    """`tags` with an untagged first name between a role's organisation and the rest of
    the name made the name's first word: "Pelatih [Barcelona] Hansi [Flick]" is Hansi
    Flick, not Flick with the role "Pelatih Barcelona Hansi". The word is capitalised
    (no acronym), a proper noun or unknown to the lexicon, no place the gazetteer holds,
    no role word, and no word the name lists know only from places or bodies ("Kamis")."""
    out: list[str] = list(tags)
    if "B-PERSON" not in out:
        return out  # most windows: no person to open
    rw = role_words()
    for k in range(2, len(words)):
        if out[k] != "B-PERSON" or out[k - 1] != "O" or out[k - 2][2:] not in {"ORG", "PLACE"}:
            continue
        w = words[k - 1]
        if not (len(w) >= 3 and _name_shaped(w)) \
                or (k - 1) in in_place or _not_name(lexicon, w) \
                or low[k - 1] in rw.honorifics or low[k - 1] in rw.ranks:
            continue
        flags = names.words.get(low[k - 1], "") if names is not None else ""
        if flags and not any(c in "Pp" for c in flags):
            continue
        start = k - 2
        while start > 0 and out[start].startswith("I-"):
            start -= 1
        # Only a role before the body says the word opens a person's name; right after a
        # body alone it may be the body's own word.
        if role_before(words, start) is None:
            continue
        out[k - 1], out[k] = "B-PERSON", "I-PERSON"
    return out


@cache
def _rank_abbreviations() -> frozenset[str]:
    """The ranks written as their abbreviation ("Iptu", "AKP", "Kombes"): kinds.toml's
    `rank_tails` that roles.toml lists as ranks, as written (case counts)."""
    return frozenset(w for w in kind_rules().rank_tails if w.lower() in role_words().ranks)


# Words of a force written after a rank's abbreviation ("Brigjen Pol Aris", "Mayjen TNI
# Budi"): part of the rank, not of the name (entities.toml).
_FORCE_AFTER_RANK = WordSet("entities", EntitiesData, "rank_forces")


_NAME_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?=[a-z])")  # "Ma'ruf", "Nu’man": a name's letter


def _name_shaped(word: str) -> bool:
    """A word written as a name's word: a capital, then lower-case letters (an apostrophe
    between two of them, as Arabic names write a glottal stop: "Ma'mun")."""
    if "'" in word or "’" in word:
        word = _NAME_APOSTROPHE.sub("", word)
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _ranked_names(words: Sequence[str], tags: Sequence[str], lexicon: dict[str, str],
                  names: NameLists | None) -> list[str]:
    """`tags` with the capitalised words after a rank's abbreviation made a person: an
    abbreviated rank is no ordinary word and stands only before an officer's name, so
    "Kasubag Humas Polres Muaro Jambi , Iptu [Haris]" (left untagged) and "Kanit Reskrim
    Polsek Sako Iptu Apriansyah" (one place chunk) hold the person Haris and Apriansyah.
    A chunk the rank stood in ends before it; the rank and a force's word after it
    ("Pol", "TNI") are no part of the name. Words `_not_name` rejects (role words, common
    nouns) end the name; a first word the name lists hold only as a body's name ("Irjen
    Kemenkeu", the inspectorate) is no name."""
    abbrs = _rank_abbreviations()
    found = [k for k, w in enumerate(words) if w in abbrs]
    if not found:
        return list(tags)  # most windows: no rank
    out = list(tags)
    n = len(words)
    for k in found:
        s = k + 1
        while s < n and words[s] in _FORCE_AFTER_RANK:
            s += 1
        j = s
        while j < n and _name_shaped(words[j]) and not _not_name(lexicon, words[j]) \
                and words[j] not in abbrs:
            j += 1
        if j == s or out[s] == "B-PERSON" or (
                names is not None and _body_name(names, words[s])):
            continue
        kind_after = out[j][2:] if j < n and out[j].startswith("I-") else ""
        out[k:s] = ["O"] * (s - k)
        out[s] = "B-PERSON"
        out[s + 1 : j] = ["I-PERSON"] * (j - s - 1)
        if kind_after:  # the rest of a chunk the name stood in opens its own
            out[j] = "B-" + kind_after
    return out


def _dotted_legal_forms(words: Sequence[str], tags: Sequence[str], low: Sequence[str]
                        ) -> list[str]:
    """`tags` with a company's legal form written with a spaced period ("PT . Persib
    Bandung Bermartabat", as IndoSum's tokens write "PT.") made one organisation with the
    capitalised words after it: the tagger reads "PT" and "Persib Bandung" apart and drops
    the name's last word, which it keeps after a plain "PT". The name runs over the chunk
    after the period and the capitalised words after that chunk (a company's name takes
    common words, "Bermartabat"), up to a role word."""
    n = len(words)
    found = [k for k in range(n - 2) if words[k + 1] == "." and words[k].isupper()
             and low[k] in legal_forms() and words[k + 2][:1].isupper()]
    if not found:
        return list(tags)  # most windows: no dotted legal form
    out = list(tags)
    for k in found:
        j = k + 2
        while j < n and (out[j].startswith("I-") or j == k + 2 and out[j] != "O"):
            j += 1
        while j < n and out[j] == "O" and _name_shaped(words[j]) \
                and not is_role_word(words[j]):
            j += 1
        if j == k + 2:
            continue
        out[k] = "B-ORG"
        out[k + 1 : j] = ["I-ORG"] * (j - k - 1)
    return out


@cache
def _rank_lengths() -> tuple[int, ...]:
    """The word counts of roles.toml's ranks, longest first: "Ajun Komisaris Besar Polisi"
    (four) is read whole before "Ajun Komisaris Besar" (three)."""
    return tuple(sorted({len(r) for r in role_words().rank_forms if r}, reverse=True))

def _rank_first_names(words: Sequence[str], tags: Sequence[str], low: Sequence[str],
                      lexicon: dict[str, str], in_place: Collection[int]) -> list[str]:
    """`tags` with an untagged word between a rank and a person's name made the name's
    first word: "Kombes [Bhakti] Eri Nurmansyah" is Bhakti Eri Nurmansyah, not Eri
    Nurmansyah with the role "Kombes Bhakti" (ranks are single words or the fixed forms of
    `rank_forms`, never a rank and a name word). The word is capitalised (no acronym),
    a proper noun or unknown to the lexicon, no place, no role word and no rank's word."""
    out: list[str] = list(tags)
    if "B-PERSON" not in out:
        return out
    rw = role_words()
    for k in range(2, len(words)):
        if out[k] != "B-PERSON" or out[k - 1] not in {"O", "I-ORG"}:
            continue
        w = words[k - 1]
        rank = _rank_before(words, k - 1)
        if not (len(w) >= 3 and _name_shaped(w)) \
                or (k - 1) in in_place or _not_name(lexicon, w) \
                or low[k - 1] in rw.honorifics or low[k - 1] in rw.ranks \
                or not rank or _rank_before(words, k):
            continue
        if out[k - 1] == "I-ORG":  # "[Polri Kombes Bhakti] Eri": the body ends before the rank
            if any(not t.startswith("I-") for t in out[k - 1 - rank : k - 1]):
                continue
            out[k - 1 - rank : k - 1] = ["O"] * rank
        out[k - 1], out[k] = "B-PERSON", "I-PERSON"
    return out


def _class_codes(words: Sequence[str], tags: Sequence[str], low: Sequence[str]) -> list[str]:
    """`tags` with a body's name cut at its class code joined again: "[Lembaga
    Pemasyarakatan Kelas] [IIB Majalengka]" is one name, the code (a Roman number, maybe
    with a letter) after a class word of `class_words` and the capitalised words after
    the code belonging to the name the class word is in."""
    out: list[str] = list(tags)
    classes = _class_words()
    if classes.isdisjoint(low):
        return out  # most windows: no class word, no code to join (one C-level test)
    for k in range(1, len(words) - 1):
        if low[k - 1] not in classes or not out[k - 1].startswith(("B-", "I-")) \
                or not _CLASS_CODE.fullmatch(words[k]) or out[k] not in {"O", "B-ORG",
                                                                       "B-PLACE"}:
            continue
        kind = out[k - 1][2:]
        out[k] = "I-" + kind
        j = k + 1  # the town after the code: a chunk of its own, or one untagged word
        if out[j] == "O" and words[j][:1].isupper() and words[j][1:].islower():
            out[j] = "I-" + kind
        elif out[j].startswith("B-"):
            out[j] = "I-" + kind
            t = j + 1
            while t < len(out) and out[t].startswith("I-"):
                out[t] = "I-" + kind
                t += 1
    return out


_CLASS_CODE = re.compile(r"(?:I{1,3}|IV|V)[ABC]?")


@cache
def _class_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load("entities", EntitiesData).class_words)


def _rank_before(words: Sequence[str], i: int) -> int:
    """Length of the rank (its longest form) that ends right before word `i`; 0 when
    none."""
    ranks = role_words().rank_forms
    return next((n for n in _rank_lengths() if i - n >= 0 and tuple(
        w.lower().rstrip(".") for w in words[i - n : i]) in ranks), 0)


def _person_word(names: NameLists, low: str) -> bool:
    """A word the DBpedia name lists know from person names only ("bakrie")."""
    flags = names.words.get(low, "")
    return any(c in "Pp" for c in flags) and not any(c in "OoLl" for c in flags)


def _not_name(lexicon: dict[str, str], word: str) -> bool:
    """A capitalised word that is no part of a name: a role word, a word never a name,
    or a word the lexicon knows mostly as something other than a proper noun."""
    low = word.lower()
    return (is_role_word(word) or low in role_words().not_names
            or not lexicon.get(low, "NNP").startswith("NNP"))


def _body_name(names: NameLists, word: str) -> bool:
    """A word the name lists hold as an organisation's whole name and in no person's."""
    flags = names.words.get(word.lower(), "")
    return "O" in flags and "p" not in flags.lower()


def _body_names_to_orgs(words: Sequence[str], chunks: Sequence[tuple[str, int, int]],
                        names: NameLists) -> list[tuple[str, int, int]]:
    """A person's chunk right after an organisation's that opens with a body's own name
    (`_body_name`) gives that word back to the organisation: "Ketua Umum [PP]
    [Muhammadiyah Buya] Ahmad ..." is PP Muhammadiyah, and what is left is the person's
    (nothing left: no person)."""
    out: list[tuple[str, int, int]] = []
    for kind, i, j in chunks:
        prev = out[-1] if out else None
        if kind == "PERSON" and prev is not None and prev[0] == "ORG" and prev[2] == i \
                and _body_name(names, words[i]):
            a = i
            while a < j and _body_name(names, words[a]):
                a += 1
            out[-1] = ("ORG", prev[1], a)
            if a < j:
                out.append((kind, a, j))
            continue
        out.append((kind, i, j))
    return out


def _country_read_in_name(words: Sequence[str], g: GazMatch, names: NameLists | None
                          ) -> bool:
    """Whether a country of one word opening a longer name is a person's first name: a
    foreign form of the country ("Jordan" for Yordania) that the name lists know inside
    people's names only, never as a place's."""
    if g.place.type != "country" or g.end - g.start != 1 or names is None:
        return False
    flags = names.words.get(words[g.start].lower(), "")
    return "p" in flags.lower() and "l" not in flags.lower()


_SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "“", ":"})


@cache
def _lower_particles() -> frozenset[str]:
    """Lower-case words that sit inside names (particles of people's and clubs' names)."""
    d = load("entities", EntitiesData)
    return frozenset(d.lineup_particles) | frozenset(d.inner_name_particles) \
        | frozenset(d.club_particles)


def _past_sentence_opening(words: Sequence[str], i: int, j: int, lexicon: dict[str, str]
                           ) -> int:
    """Where a cased chunk's name begins when it opens a sentence with a common word
    capitalised only by its place, then lower-case words ("[Mata uang] Asia Pasifik
    kompak melemah", "[Polisi meringkus] JR dengan cara menyamar"; round 238/239): after
    that run, at the next capitalised word (or `j`, no name). Particles inside names ("da",
    "bin") and connectors ("dan") keep the chunk whole, and so does a place's head ("Jalan
    tol Semarang Seksi A": a street's name) or a body's before anything but a verb ("Tim
    nasional Indonesia", the national team; "Polisi meringkus" a clause)."""
    if j - i < 2 or not (i == 0 or words[i - 1] in _SENTENCE_OPENERS) \
            or (words[i].lower(),) in kind_rules().place_heads:
        return i
    tag = lexicon.get(words[i].lower(), "")
    nxt = words[i + 1]
    if not tag or tag.startswith(("NNP", "FW")) or not nxt.isalpha() or not nxt.islower() \
            or nxt in _lower_particles() or nxt in role_words().connectors \
            or lexicon.get(nxt, "").startswith(("NNP", "FW")):
        return i
    if words[i].casefold() in _body_heads() and not _verb_like(nxt, lexicon):
        return i
    k = i + 1
    while k < j and not (words[k][:1].isupper() or words[k][:1].isdigit()):
        k += 1
    return k


def _verb_like(word: str, lexicon: Mapping[str, str]) -> bool:
    """A lower-case word the lexicon tags a verb, or one it lacks with a verb's prefix
    ("meringkus": meN-, di-, ber-, ter-)."""
    tag = lexicon.get(word, "")
    return tag.startswith("VB") or (not tag and word.startswith(("me", "di", "ber", "ter")))


def _opens_person(flags: str) -> bool:
    """Whether a word with these name-list letters opens a person's name after a country:
    a person's name of its own ("P"), or a word used only inside persons' names ("p", as
    'Chen' of "asal China [Chen Qingchen]"; round 241), never inside places' or bodies'."""
    return "P" in flags or (flags == "p")


def _office_opening_body(words: Sequence[str], i: int, j: int) -> int:
    """Words of a role head ("Penyidik", "Juru Bicara") that open an organisation's chunk
    before a body's acronym or organisation word ("Penyidik Polri", "Penyidik Bareskrim
    Polri"): the job's holders, read into the body's name; 0 when none."""
    h = head_at(words, i)
    if not 0 < h < j - i or is_org_word(words[i]):
        return 0
    # only body words after it: a person's name there ("Kapuspenkum Kejagung Anang") is
    # the holder, split off by later passes with the office whole
    return h if all(_body_opener(w) for w in words[i + h : j]) else 0


def _holder_after_office(words: Sequence[str], i: int, j: int, is_place: Sequence[bool]
                         ) -> bool:
    """Whether an organisation's chunk is a contracted office ("Menlu", which holds its
    portfolio) before two capitalised words or more that are no body's and no place's:
    its holder's name."""
    if j - i < 3 or not is_contracted_office(words[i]):
        return False
    return all(w[:1].isupper() and not w.isupper() and not is_place[k]
               and not is_org_word(w) for k, w in enumerate(words[i + 1 : j], i + 1))


def _office_tail_cut(words: Sequence[str], k: int, j: int, lexicon: dict[str, str]
                     ) -> int | None:
    """Where a chunk that opens inside an office's head (its end at `k`) keeps a body:
    `k` before body words only ("Sekretaris [Jenderal PBB]"), `j` (nothing kept) before one
    common word, the office's field ("Direktur [Jenderal Pajak]"); None otherwise, and
    where the head takes the whole chunk ("Panglima [TNI]": the body of the office); the
    caller keeps a chunk opening with a body's word ("Ketua [DPR RI]")."""
    if k >= j:
        return None
    if all(_body_opener(w) for w in words[k:j]):
        return k
    tag = lexicon.get(words[k].lower(), "")
    if j - k == 1 and tag and not tag.startswith(("NNP", "FW")):
        return j
    return None


def _body_opener(word: str) -> bool:
    """Whether `word` opens a body's name after an office's words: an acronym ("Polri"
    is an organisation word, "KPK" an acronym) or an organisation word."""
    return (word.isupper() and len(word) > 1 and word.isalpha()) or is_org_word(word)


def _lower_place_tail(words: Sequence[str], i: int, j: int, gaz: Gazetteer | None) -> bool:
    """Whether the lower-case tail of a chunk of cased text closes a place the gazetteer
    knows, its capitals lost in the text: "negara Qatar / [Uni emirat arab]", "Universitas
    [indonesia]" keep those words, which the trim of lower-case edges would cut ("Uni") or
    drop. One word alone only where it is a country (lower-case "pasar", "metro" are
    words first). ner33."""
    k = j
    while k > i and words[k - 1].isalpha() and words[k - 1].islower():
        k -= 1
    if gaz is None or k == j or j - k > 3:
        return False
    for m in range(max(i, k - 1), k + 1):
        place = gaz.resolve(" ".join(words[m:j]))
        if place is not None and not place.ambiguous \
                and (j - m > 1 or place.type == "country"):
            return True
    return False


def _separate_roles(words: list[str], tags: Sequence[str], mode: str,
                    gmatches: Sequence[GazMatch], lexicon: dict[str, str],
                    names: NameLists | None = None, neural: bool = False,
                    gaz: Gazetteer | None = None) -> _Chunks:
    """Chunks with persons' roles split off, function words trimmed, kinds corrected
    (`neural`: the tags come with the convolutional tagger's; `gaz`: the gazetteer, which
    keeps a place's lower-case words, `_lower_place_tail`)."""
    is_place = [False] * len(words)
    for m in gmatches:
        for k in range(m.start, m.end):
            is_place[k] = True
    blind = is_place if mode == "blind" else None
    rw = role_words()
    # The word lists each chunk reads, looked up once per window.
    ow, suffixes, heads = org_words(), name_suffixes(), event_heads()
    gstart = {m.start: m for m in gmatches}
    tagged = join_name_cut_after_acronym(words, bio_chunks(tags), legal_forms(),
                                         None if names is None else partial(_body_name, names))
    if names is not None:
        tagged = _body_names_to_orgs(words, tagged, names)
    ends = {j for _, _, j in tagged}
    in_person = [False] * len(words)
    for kind, i, j in tagged:
        if kind == "PERSON":
            for k in range(i, j):
                in_person[k] = True
    ch = _Chunks()
    split_names: set[int] = set()  # starts of names split off a country before them
    for kind, i, j in tagged:
        if mode == "cased":
            # Trim lower-case edges ("sela-sela KTT APEC"): names are capitalised here.
            while i < j and not (words[i][:1].isupper() or words[i][:1].isdigit()):
                i += 1
            while j > i and not (words[j - 1][:1].isupper() or words[j - 1][:1].isdigit()) \
                    and not _lower_place_tail(words, i, j, gaz):
                j -= 1
            i = _past_sentence_opening(words, i, j, lexicon)
            if i >= j:
                continue
        if kind == "PLACE" and 0 < (h := head_at(words, i)) < j - i:
            i += h  # "[Walikota] Bogor", "[Kapolda] Jatim": a role's place
        elif kind == "PLACE" and i > 0 and 1 < (h := head_at(words, i - 1)) < j - i + 1:
            i += h - 1  # "Wali [Kota Denpasar IGN Jaya Negara]": the head's tail read in
        g = gstart.get(i)
        if g is not None and g.end < j and kind != "ORG" and _country_read_in_name(
                words, g, names):
            kind, g = "PERSON", None  # "kiper [Jordan Pickford]": no Yordania
        if kind == "PLACE" and g is not None and g.end < j and g.place.type == "country" \
                and names is not None and _opens_person(names.words.get(words[g.end].lower(), "")):
            # "asal [Pakistan] [Malala Yousafzai]": a country, then a person's name.
            ch.items.append(("PLACE", i, g.end))
            kind, i = "PERSON", g.end
            split_names.add(i)
            g = None
        if g is not None and g.end < j and kind != "ORG" and not _rank_before(words, i):
            # "Presiden [Korea Selatan Yoon Suk Yeol]": a place, then a person whose role
            # runs over that place (after a rank the place is the name's first word:
            # "Inspektur Polisi Satu [Bima Sakti]").
            r = role_before(words, i, blind=blind)
            if r is not None and r[1] < i - 1:
                r = None  # "Selebgram [asal Jakarta], Vienna ...": the role ends at an origin
            if r is not None or (kind == "PERSON" and not (
                    g.end - i == 1 and names is not None
                    and "P" in names.words.get(words[i].lower(), ""))):
                # With no role before it, a place that also opens people's names opens
                # this one: "rombongan [Bima Arya]" is the mayor, not Bima and Arya.
                ch.items.append(("PLACE", i, g.end))
                if r is not None:
                    ch.role_ranges.append((r[0], g.end))
                    ch.roles[g.end] = (r[0], g.end)
                ch.items.append(("PERSON", g.end, j))
                continue
        if (kind == "PERSON" and not ow.isdisjoint(words[i:j])) or (
                kind == "PLACE" and (words[i] in ow or (
                    words[j - 1] in ow and not words[j - 1].isupper()))):
            kind = "ORG"  # "Bareskrim Polri", "Kejaksaan Negeri Solo", "DPR RI"
        elif kind == "ORG" and _holder_after_office(words, i, j, is_place):
            kind = "PERSON"  # "[Menlu Rex Tillerson]": the office's holder, no body
        if kind == "PERSON":
            role_end, name_start = split_role(words[i:j], is_place[i:j], lexicon)
            titled = role_end == 1 and j - i > 1 and _title_in_name(words, i, blind, in_person)
            if titled:
                role_end = name_start = 0
            if role_end:
                ch.role_ranges.append((i, i + role_end))
            i0 = i
            i += name_start
            # Sentence-initial function words, role words and ranks are never names
            # ("Brigpol Mufadol": coref reads the rank back as the person's).
            while i < j and not titled and (words[i].lower() in rw.not_names
                                            or head_at(words, i)
                             or (j - i > 1 and words[i].lower().rstrip(".") in rw.ranks)
                             or not words[i][:1].isalnum()
                             # "Kolonel [Inf Didin ...]", "Kolonel [Kum Wahyupi]": the
                             # corps after a rank, which both taggers read into the name.
                             or (j - i > 1 and words[i] in rw.corps and i > 0
                                 and words[i - 1].lower().rstrip(".") in rw.ranks)):
                i += 1
            while j > i and (not words[j - 1][:1].isalnum() or words[j - 1] in suffixes):
                j -= 1
            if i >= j:
                continue
            lead = None
            if j - i >= 3 and len(words[i]) >= 3 and words[i].isupper() \
                    and words[i].isalpha() and words[i + 1][:1].isupper():
                # "Peneliti [BRIN] Muhammad Reza Cordova": an acronym between a role and
                # a name is the body of the role, and an organisation; the name follows.
                lead = (i0, i0 + role_end) if role_end else role_before(
                    words, i, blind=blind, stop=in_person)
            if lead is not None and lead[1] in (i, i0 + role_end):
                ch.items.append(("ORG", i, i + 1))
                i += 1
                ch.roles[i] = (lead[0], i)
                ch.role_ranges.append((lead[0], i))
            elif role_end:
                # A head that starts before the chunk ("Perdana [Menteri Jepang ...]").
                a0 = next((a for a in (i0 - 2, i0 - 1) if a >= 0 and
                           a + head_at(words, a) > i0), i0)
                if a0 == i0 and _rank_tail(words, i0 - 2, i0 + role_end) == role_end:
                    # "Wakapolda Metro Jaya [Brigjen Suntana]": the role before the rank.
                    r = role_before(words, i0, blind=blind, stop=in_person)
                    a0 = r[0] if r is not None and r[1] == i0 else a0
                ch.roles[i] = (a0, i0 + role_end)
                rank = _rank_inside(words, i, j, lexicon, is_place)
                if rank is not None and rank[0] - i <= 3:
                    # "Kapolsek [Koja Kompol Supriyanto]": the words before a rank inside
                    # the name are the role's area, the name follows the rank.
                    del ch.roles[i]
                    i = rank[1]
                    ch.roles[i] = (a0, rank[0])
                    ch.role_ranges.append((a0, rank[0]))
            else:
                r = role_before(words, i, blind=blind, stop=in_person)
                if r and r[1] == i and j - i >= 2 and r[1] - r[0] >= 3 and words[i - 1] == "-" \
                        and _name_word(words[i - 2]) and not is_place[i - 2]:
                    # "Kepala Eksekutif Dortmund [Hans -] Joachim Watzke": a given name and
                    # a hyphen before a name of two words or more are its first part, as
                    # `fix_chunks` joins "Sven - Goran Eriksson", no words of the role.
                    i -= 2
                    r = (r[0], i)
                elif r and r[1] == i and r[1] - r[0] >= 3 and blind is None \
                        and not is_place[i - 1] and not any(a < i <= b for _, a, b in tagged) \
                        and _given_name_word(words[i - 1], lexicon, names, j - i):
                    # "Direktur Seni [Enin] Supriyanto", "Wakil Presiden Direktur Vietjet Air
                    # [Nguyen] Thanh Hung": a word no dictionary holds but as a person's
                    # name, right before the name the tagger cut, is the name's first.
                    i -= 1
                    r = (r[0], i)
                if r and r[1] == i and names is not None and j - i >= 3 \
                        and words[i - 1].lower() in _unit_words() \
                        and _unit_region(words, i, names):
                    # "Ketua DPRD [Bangli I Ketut Suastika]": the region of the body that
                    # ends the role, which the name lists know as a place only.
                    i += 1
                    r = (r[0], i)
                if r:
                    ch.roles[i] = r
                    ch.role_ranges.append(r)
                    if neural and r[1] == i and i - 1 > r[0] and len(words[i - 1]) >= 3 \
                            and _acronym_word(words[i - 1]) \
                            and not any(a <= i - 1 < b for _, a, b in tagged):
                        # "Peneliti BRIN [Muhammad Reza Cordova]": the acronym the
                        # convolutional tagger left out of the name is still the body.
                        ch.items.append(("ORG", i - 1, i))
        elif kind == "ORG" and _after_person_noun(words, i) \
                and _person_after_role(words, i, j, lexicon, is_place, least=1):
            kind = "PERSON"  # "musisi [Macklemore]", "rezim [Moamer Kadhafi]"
            ch.items.append((kind, i, j))
            continue
        elif kind == "ORG" and _person_after_role(words, i, j, lexicon, is_place) \
                and (r := role_before(words, i, blind=blind, stop=in_person)) is not None \
                and r[1] == i and is_place[i - 1] and j < len(words) \
                and not words[j][:1].isupper():
            # "Perdana Menteri Inggris [Theresa May]": two or three name words right
            # after a role that ends with its place, nothing capitalised after them, are
            # the role's holder (after "Direktur Utama" they may name the company).
            ch.roles[i] = r
            ch.role_ranges.append(r)
            ch.items.append(("PERSON", i, j))
            continue
        elif kind == "ORG" and (cut := _name_after_acronym(words, i, j, lexicon, is_place)
                                or (_name_after_body(words, i, j, lexicon, is_place, names)
                                    if names is not None else 0)) \
                and (r := role_before(words, i, blind=blind, stop=in_person)) is not None \
                and r[1] == i:
            # "Ketua [Komnas HAM Atnike Nova Sigiro]": after a role, the organisation ends
            # at its acronym and the person's name follows; "pebalap [Ferrari Sebastian
            # Vettel]": a body the name lists know, then a given name they know from persons
            # only (roles29b; who round 294: the rider read as part of his team). The role's
            # body, then its holder.
            ch.items.append(("ORG", i, cut))  # kept: no role range holds it
            ch.roles[cut] = (r[0], cut)
            ch.items.append(("PERSON", cut, j))
            continue
        elif kind == "ORG" and (rank := _rank_inside(words, i, j, lexicon, is_place)) is not None:
            # "Wakapolda [Metro Jaya Brigjen Suntana]": a rank inside what the tagger read
            # as one organisation opens a person's name; what comes before it is the role
            # (with the role head before the chunk) or the organisation of the role.
            r = role_before(words, i, blind=blind, stop=in_person)
            if r is not None and r[1] == i:
                ch.roles[rank[1]] = (r[0], rank[1])
                ch.role_ranges.append((r[0], rank[1]))
            else:
                ch.items.append(("ORG", i, rank[0]))
            ch.items.append(("PERSON", rank[1], j))
            continue
        elif kind == "ORG" and i > 0 and (h := head_at(words, i - 1)) > 1 \
                and not _body_opener(words[i]) \
                and (tail := _office_tail_cut(words, i + h - 1, j, lexicon)) is not None:
            # "Direktur [Jenderal Pajak]": the chunk opens inside an office's head; what
            # follows the head is a body only as acronyms or organisation words
            if tail >= j:
                continue
            i = tail
        elif kind == "ORG" and (h := _office_opening_body(words, i, j)):
            i += h  # "[Penyidik] Bareskrim Polri": the job's word, no part of the body
        elif kind == "ORG" and j - i >= 3 and _rank_tail(words, i, j):
            # "Polda Metro Jaya [Komisaris Besar] Awi": the rank of the name after it.
            j -= _rank_tail(words, i, j)
        elif words[i] in heads and j - i >= 2 and not _acronymed_body(words, i, j):
            kind = "EVENT"
            ch.items.extend(("ORG", k, k + 1) for k in range(i + 1, j)
                            if words[k].isupper() and len(words[k]) > 1)
        elif kind == "ORG" and i > 0 and words[i - 1] in heads and i - 1 not in ends \
                and j - i >= 2 and not any(words[k].isupper() for k in range(i, j)):
            # "[Sidang] Kabinet Paripurna": the untagged head of an event opens it. A body
            # with an acronym stays the body that meets ("Muktamar [PPP]", "Munas [IX
            # Golkar]"), where the event's span would hide it.
            kind, i = "EVENT", i - 1
        elif g is not None and g.end == j and g.place.type == "country":
            kind = "PLACE"  # "Rusia" as an actor is still the country
        ch.items.append((kind, i, j))
    # A name the tagger cut in two after a country it read into it is one name:
    # "asal Pakistan [Malala] [Yousafzai]".
    merged: list[tuple[str, int, int]] = []
    for c in ch.items:
        if merged and c[0] == "PERSON" == merged[-1][0] and merged[-1][2] == c[1] \
                and c[1] not in ch.roles and merged[-1][1] in split_names:
            merged[-1] = ("PERSON", merged[-1][1], c[2])
        else:
            merged.append(c)
    ch.items = merged
    _area_before_holder(words, ch)
    if names is not None:
        _body_before_holder(words, ch, names)
    if blind is None:
        _role_up_to_rank(words, ch, is_place)
    _roles_after_names(words, ch)
    _roles_before_cues(words, ch, in_person)
    _shared_roles(words, ch)
    _area_words_in_roles(words, ch, is_place)
    # Organisations inside a role are part of that role ("Menteri Sumber Daya").
    # An acronym stays an organisation of its own too ("Ketua [PDIP] DKI").
    # So does one whose name opens with an organisation head ("Ketua Umum [Partai Golkar]").
    # After a lower-case word of the role the capitalised words are a body's own name:
    # "pebalap [Ducati], Jorge Lorenzo", "Wakil presiden [Boca Juniors] Horacio" keep it.
    ch.items = [c for c in ch.items if c[0] in {"PERSON", "PLACE"} or _acronym(words, c)
                or opens_org(words, c[1], c[2])
                or not any(a <= c[1] and c[2] <= b and head_at(words, a)
                           and _capitalised_run(words, a, c[1]) for a, b in ch.role_ranges)]
    return ch


def _capitalised_run(words: Sequence[str], a: int, b: int) -> bool:
    """Whether a role's words from `a` to `b` are all capitalised or connectors, past the
    words before a head that keep it ("mantan Menteri Sumber Daya")."""
    k = a
    while k < b and is_prefix(words[k]):
        k += 1
    connectors = role_words().connectors
    return all(words[x][:1].isupper() or words[x] in connectors for x in range(k, b))


@cache
def _name_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load("roles", RolesData).name_titles)


def _title_in_name(words: Sequence[str], i: int, blind: Sequence[bool] | None,
                   in_person: Sequence[bool]) -> bool:
    """Whether the title of nobility at `i` opens the name, after another role that ends
    right before it: "Mantan gubernur Banten [Ratu] Atut Chosiyah" (one role a name)."""
    if words[i].lower() not in _name_titles():
        return False
    r = role_before(words, i, blind=blind, stop=in_person)
    return r is not None and r[1] == i


@cache
def _area_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in load("roles", RolesData).area_heads)


def _area_before_holder(words: Sequence[str], ch: _Chunks) -> None:
    """"Bupati [Ogan Komering Ilir] (OKI) [Muchendi Mahzareki]": a name after a role, with
    its acronym in brackets, right before another person's name is the role's area (after
    a regional head: a place) or body (an organisation), and the role is the next name's."""
    items = ch.items
    for k in range(len(items) - 1):
        kind, i, j = items[k]
        if j + 3 >= len(words) or words[j] != "(" or words[j + 2] != ")":
            continue
        acro = words[j + 1]
        if not (2 <= len(acro) <= 8 and acro.isupper() and acro.isalpha()
                and acro[0] == words[i][:1].upper()):
            continue
        nxt = k + 2 if items[k + 1][1:] == (j + 1, j + 2) else k + 1  # the acronym tagged
        if nxt >= len(items) or items[nxt][:2] != ("PERSON", j + 3) or j + 3 in ch.roles:
            continue
        if kind == "PERSON" and i in ch.roles:
            a = ch.roles.pop(i)[0]
        elif kind != "PERSON" and (r := role_before(words, i)) is not None and r[1] == i:
            a = r[0]  # "Bupati [Musi Banyuasin] (MUBA) Sahril": the area tagged a place
        else:
            continue
        if kind == "PERSON":
            role = " ".join(words[a:i]).lower()
            kind = "PLACE" if any(h in role.split() or (" " in h and h in role)
                                  for h in _area_heads()) else "ORG"
        items[k] = (kind, i, j)
        if nxt == k + 2:
            items[k + 1] = (kind, j + 1, j + 2)
        ch.roles[j + 3] = (a, j + 3)
        ch.role_ranges.append((a, j + 3))


def _body_before_holder(words: Sequence[str], ch: _Chunks, names: NameLists) -> None:
    """"Pebalap [Haas] , [Romain Grosjean] finis": one word read as a person after a role,
    then a comma and a name of two or three words that no list goes on from, is the role's
    body when the name lists know that word from no person's name: the role with it is the
    next name's (roles29b; who round 294: the team given the rider's role)."""
    items = ch.items
    for k in range(len(items) - 1):
        kind, i, j = items[k]
        if kind != "PERSON" or j - i != 1 or i not in ch.roles or words[j:j + 1] != [","] \
                or " ".join(words[ch.roles[i][0]:i]).lower() not in _occupations():
            continue  # an occupation's head alone: "Presiden Jokowi , …" may list people
        nk, ni, nj = items[k + 1]
        if nk != "PERSON" or ni != j + 1 or not 2 <= nj - ni <= 3 or ni in ch.roles \
                or nj >= len(words) or _list_goes_on(words, nj) \
                or "p" in names.words.get(words[i].lower(), "").lower():
            continue
        items[k] = ("ORG", i, j)
        ch.roles[ni] = (ch.roles.pop(i)[0], j)


@cache
def _occupations() -> frozenset[str]:
    return frozenset(o.lower() for o in load("roles", RolesData).occupations)


def _list_goes_on(words: Sequence[str], k: int) -> bool:
    """Whether a list of names goes on at `k`, right after a name: a joining word, or a
    comma before a capitalised word (one before a lower-case word closes an apposition:
    "Pebalap Haas , Romain Grosjean , juga …")."""
    if words[k] == ",":
        return k + 1 >= len(words) or words[k + 1][:1].isupper()
    return words[k] in _joiners()


@cache
def _joiners() -> frozenset[str]:
    return frozenset({*role_words().connectors, "serta"})


@cache
def _after_name_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cues by their first word, longest first: only those opening with the word
    after a name are tried (a scan of every cue per person cost 0.2 ms an article)."""
    cues = load("roles", RolesData).after_name_cues
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for c in sorted((tuple(c.lower().split()) for c in cues), key=len, reverse=True):
        by_first.setdefault(c[0], []).append(c)
    return {w: tuple(cs) for w, cs in by_first.items()}


def _role_up_to_rank(words: Sequence[str], ch: _Chunks, is_place: Sequence[bool],
                     limit: int = 8) -> None:
    """A role of capitalised words that ends at a rank before a person's name runs back
    to its head, over what the tagger read as other names inside it: "Karo [Monev
    Stamarena] Polri Brigjen [Hadi Utomo]" is Hadi Utomo, role "Karo Monev Stamarena Polri
    Brigjen" (the rank is split off later, as after "Wakapolda Metro Jaya Brigjen")."""
    for kind, p, _ in list(ch.items):
        if kind != "PERSON":
            continue
        n = _rank_before(words, p)
        r = p - n
        if not n:
            continue
        best = None
        k = r
        while k > 0 and r - k < limit and (
                words[k - 1][:1].isupper() or words[k - 1] in {"-", "&"}):
            k -= 1
            if head_at(words, k):
                best = k
        if best is None or best == r or (p in ch.roles and ch.roles[p][0] < best):
            continue  # no head before the rank, or the role already runs further back
        # Names read inside the role are no persons, nor places that hold an organisation
        # word: "Karo [Monev Stamarena]", "Karo [Rena Polda Babel]" (while "Kapolsek
        # Denpasar [Barat]", read as a name, stays a place's part, as "Kapolsek [Simpang
        # Kramat]" stays a place).
        inside = [c for c in ch.items if best <= c[1] and c[2] <= r
                  and words[c[1]] not in _COMPASS and (
                      c[0] == "PERSON" or (c[0] == "PLACE" and not is_place[c[1]] and any(
                          w in org_words() for w in words[c[1] : c[2]])))]
        for c in inside:
            ch.items.remove(c)
            ch.roles.pop(c[1], None)
        ch.roles[p] = (best, p)
        ch.role_ranges.append((best, p))


@cache
def _office_titles() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """offices.toml's titles (case-folded words), its qualifiers and the longest title's
    length: a title that names its office whole ("Menkominfo", "Menteri Keuangan")."""
    d = load("offices", OfficesData)
    titles = frozenset(tuple(t.casefold().split()) for o in d.office for t in o.titles)
    return titles, frozenset(q.casefold() for q in d.qualifiers), max(map(len, titles))


def _whole_office_end(words: Sequence[str], k: int, e: int) -> int:
    """Where a whole office title opening `words[k:e]` ends, with a qualifier after it
    ("Menkeu RI"); 0 when none opens there."""
    titles, quals, longest = _office_titles()
    t = next((k + n for n in range(min(longest, e - k), 0, -1)
              if tuple(w.casefold() for w in words[k : k + n]) in titles), 0)
    while t and t < e and words[t].casefold() in quals:
        t += 1
    return t


def _listed_holder(words: Sequence[str], k: int, e: int) -> int:
    """Where a person's name starts inside what reads as a role between commas after a
    name: a whole office title, then name words only ("A , [Menkominfo] Rudiantara , B"):
    a guest list's next item, its office and its holder, no role of the name before it; 0
    when the words are a role."""
    t = _whole_office_end(words, k, e)
    return t if 0 < t < e and all(map(_name_word, words[t:e])) else 0


def _next_guest(words: Sequence[str], j: int, starts: Collection[int]
                ) -> tuple[int, int, int, int] | None:
    """After a name ending at `j`, ", <whole office title> <name words> ," with no person
    tagged in it: the office's span and its holder's (`_listed_holder`), else None."""
    n = len(words)
    k = j + 1
    if k >= n or words[j] != "," or not head_at(words, k):
        return None
    e = k
    while e < n and e not in starts and words[e] != "," and words[e][:1].isupper():
        e += 1
    if e >= n or words[e] not in {",", "."} or any(s in starts for s in range(k, e)):
        return None
    t = _listed_holder(words, k, e)
    return (k, e, t, e) if t else None


def _tagged_guest(words: Sequence[str], j: int, ch: _Chunks
                  ) -> tuple[int, int, int, int] | None:
    """After a listed name ending at `j`, ", <role head …> <name> ," where the tagger read
    the name as a body of name words only ("Bendahara A , Wakil Bendahara [Luna Maya] ,"):
    the list's next holder, that body dropped; the office's span and the holder's, else
    None (roles279; who round 279: the holder given as ORG)."""
    n = len(words)
    k = j + 1
    if k >= n or words[j] != "," or not (h := head_at(words, k)):
        return None
    for kind, a, b in ch.items:
        if kind == "ORG" and a >= k + h and b - a >= 2 and b < n and words[b] in {",", "."} \
                and all(words[x][:1].isupper() for x in range(k, a)) \
                and all(_name_word(w) and w not in org_words() for w in words[a:b]):
            ch.items.remove((kind, a, b))
            return k, a, a, b
    return None


def _bracketed_role(words: Sequence[str], j: int, starts: Collection[int]
                    ) -> tuple[int, int] | None:
    """A role in brackets right after a name, "Budi (Ketua RT)", "Andi ( kiper )": the
    brackets hold only a head and the capitalised words or connectors of its body, closed
    before any other person's name. Its span, else None."""
    n = len(words)
    k = j + 1
    if k >= n or words[j] != "(" or not (h := head_at(words, k)):
        return None
    rw = role_words()
    e = k + h
    while e < n and e not in starts and (words[e][:1].isupper() or words[e] in rw.connectors):
        e += 1
    return (k, e) if e < n and words[e] == ")" else None


@cache
def _apposed_title_words() -> tuple[frozenset[str], frozenset[str]]:
    """The English heads closing a title apposed after a name (roles.toml `last_heads` and
    `apposed_last_heads`, case-folded) and the words tying it to its body (`pada`)."""
    d = load("roles", RolesData)
    return (frozenset(w.casefold() for w in (*d.last_heads, *d.apposed_last_heads)),
            frozenset(d.title_body_links))


def _apposed_title_len(words: Sequence[str], k: int) -> int:
    """Words of an English title whose head comes last opening at `k` ("Visiting
    Professor", "Senior Lecturer"): up to four capitalised words, the last such a head;
    0 when none."""
    heads = _apposed_title_words()[0]
    for t in range(k, min(len(words), k + 4)):
        if not (words[t][:1].isupper() and words[t].isalpha()):
            return 0
        if words[t].casefold() in heads:
            return t + 1 - k
    return 0


def _roles_after_names(words: Sequence[str], ch: _Chunks) -> None:
    """A role written after a person's name that has none before it: "Budi selaku Ketua
    Panitia", "Andi sebagai Ketua Umum Partai Golkar", and in apposition between commas,
    "Budi, Ketua RT 05, mengatakan". The role opens with a head and runs over capitalised
    words and connectors, never into another person's name."""
    rw = role_words()
    starts = {c[1] for c in ch.items if c[0] == "PERSON"}
    n = len(words)
    listed: list[tuple[str, int, int]] = []  # holders found inside guest lists
    titles: set[tuple[str, int, int]] = set()  # English titles read as persons
    for kind, i, j in ch.items:
        if kind != "PERSON" or j >= n or (kind, i, j) in titles:
            continue
        if i in ch.roles:  # a guest's role before it: only the list's next guest is read
            holder = _next_guest(words, j, starts) or _tagged_guest(words, j, ch)
            if holder is not None:
                listed.append(("PERSON", holder[2], holder[3]))
                ch.roles[holder[2]] = (holder[0], holder[2])
                ch.role_ranges.append((holder[0], holder[2]))
            continue
        if (r := _bracketed_role(words, j, starts)) is not None:
            ch.roles[i] = r  # no role range: a body named in it stays tagged
            continue
        k = j
        if k + 3 < n and words[k] == "(" and words[k + 2] == ")" \
                and _acronym_word(words[k + 1]):
            k += 3  # "Gunardi Wantjik (GW), Direktur ...": the initials in brackets
        cue = next((c for c in _after_name_cues().get(words[k].lower(), ())
                    if tuple(w.lower() for w in words[k : k + len(c)]) == c), None)
        comma = cue is None and words[k] == ","
        if cue is not None:
            k += len(cue)
        elif comma:
            k += 1
        else:
            continue
        h = head_at(words, k) if k < n and words[k][:1].isupper() else 0
        title = 0 if h or not comma else _apposed_title_len(words, k)
        if not h and not title:
            continue
        h = h or title
        e = k + h
        if title and e + 1 < n and words[e] in _apposed_title_words()[1] \
                and words[e + 1][:1].isupper():
            e += 1  # "Visiting Professor [pada] Asser Institute": the title's body
        while e < n and e not in starts and words[e] != "," and (
                words[e][:1].isupper() or words[e] in rw.connectors):
            e += 1
        while e > k + h and words[e - 1] in rw.connectors:
            e -= 1
        e = listed_office_end(words, e, starts)
        if comma and e < n and words[e] not in {",", ".", ")"}:
            continue  # "Budi, Ketua RT 05 mengatakan": no closing comma, no apposition
        if title:  # the title read as a person ("[Visiting Professor]") is the office
            titles.update(c for c in ch.items if c[0] == "PERSON" and k <= c[1] < e)
        if comma and (t := _listed_holder(words, k, e)):
            listed.append(("PERSON", t, e))
            ch.roles[t] = (k, t)
            ch.role_ranges.append((k, t))
            continue
        ch.roles[i] = (k, e)
        ch.role_ranges.append((k, e))
    if titles:
        ch.items = [c for c in ch.items if c not in titles]
    if listed:
        ch.items = sorted([*ch.items, *listed], key=lambda c: c[1])


def _roles_before_cues(words: Sequence[str], ch: _Chunks, stop: Sequence[bool]) -> None:
    """Roles that a cue ties to the names after it: "mantan pimpinan Komisi II DPR yakni
    A, B dan C" (each listed name holds the role), "sopir mobil berinisial AR". Listed
    chunks of any kind are read (a listed name may be a person only once the article is
    read; a role keyed on a chunk that stays no person is unused); the initials a naming
    cue gives after a person's role are a person's, tagged or not ("sopir yang diamankan
    itu berinisial [AR]")."""
    rw = role_words()
    n = len(words)
    chunk_at = {c[1]: c for c in ch.items}
    for k in range(1, n):
        if words[k - 1].lower() not in rw.name_cues or k in ch.roles:
            continue
        c = chunk_at.get(k)
        initials = all(map(_acronym_word, words[k : c[2] if c else k + 1]))
        if ((c is None or c[0] != "PERSON") and not initials) \
                or any(a < k < b for _, a, b in ch.items) \
                or (r := named_role_before(words, k - 1, stop=stop)) is None:
            continue
        if c is None or c[0] != "PERSON":
            ch.items = sorted([x for x in ch.items if x is not c]
                              + [("PERSON", k, c[2] if c else k + 1)], key=lambda x: x[1])
        if words[k - 1].lower() not in rw.naming_only_cues:
            # "mantan pejabat Antam bernama Dody": 'bernama' only names him (roles17)
            ch.roles[k] = r
    ends = {i: j for _, i, j in ch.items}
    people = {i for kind, i, _ in ch.items if kind == "PERSON"}
    for i in sorted(ends):
        if i == 0 or i in ch.roles:
            continue
        cued = words[i - 1].lower() in rw.list_cues
        if cued:
            r = list_role_before(words, i - 1, stop=stop)
        elif i in people and _listed_next(words, i, ends) is not None:
            r = _plural_role_before(words, i, stop)
        else:
            r = None
        if r is None:
            continue
        at: int | None = i
        while at is not None and at not in ch.roles:
            ch.roles[at] = r
            at = _listed_next(words, at, ends, past_untagged=cued)
    # A pair written with a slash after the role ("pasangan ganda putra Indonesia , Kevin
    # Sanjaya / Marcus Gideon"): the second of the pair holds the first one's role.
    for i in sorted(ch.roles):
        e = ends.get(i, -1)
        if e < 0 or ch.roles[i][1] not in {i, i - 1}:
            continue
        while e + 1 in people and e < n and words[e] == "/" and e + 1 not in ch.roles:
            ch.roles[e + 1] = ch.roles[i]
            e = ends[e + 1]


_UNTAGGED_REACH = 3  # words of a listed name the tagger left untagged


def _listed_next(words: Sequence[str], i: int, ends: Mapping[int, int], *,
                 past_untagged: bool = False) -> int | None:
    """Start of the chunk listed right after the chunk at `i` ("A , B", "A dan B", "A , dan
    B"), or None. Where `past_untagged` (a cue's list: "seperti A , B , [Titi DJ] , C dan
    D"), one capitalised name the tagger left untagged is passed over to the chunk after
    it: the cue's role is each listed one's (roles27b; who round 287: missed). A short
    aside in brackets after a listed name is passed over ("lima pebalap yakni A ( McLaren )
    , B ( Renault ) , dan C": roles32; who round 300: missed)."""
    e = _past_separator(words, _past_bracket(words, ends[i]))
    if e > ends[i] and e in ends:
        return e
    if not past_untagged or e == ends[i]:
        return None
    if (aside := _past_listed_aside(words, e, ends)) is not None:
        return aside
    k = e
    while k < len(words) and k - e < _UNTAGGED_REACH and words[k][:1].isupper() \
            and words[k].isalnum() and k not in ends:
        k += 1
    nxt = _past_separator(words, k)
    return nxt if e < k < nxt and nxt in ends else None


_ASIDE_REACH = 5  # words of a description set off after a listed name


def _past_bracket(words: Sequence[str], e: int) -> int:
    """`e` past a bracketed aside of up to `_ASIDE_REACH` words opening there (a listed
    driver's team, a player's club: "A [( McLaren )] , B"), with no stop or comma inside;
    `e` where none opens."""
    if e >= len(words) or words[e] != "(":
        return e
    for k in range(e + 1, min(len(words), e + _ASIDE_REACH + 2)):
        if words[k] == ")":
            return k + 1 if k > e + 1 else e
        if words[k] in {"(", ".", ";", ",", ":", '"'}:
            break
    return e


def _past_listed_aside(words: Sequence[str], e: int, ends: Mapping[int, int]) -> int | None:
    """Start of the chunk after a short description that a comma sets off before it inside
    a cue's list ("seperti A , B , [peraih dua piala Citra] , C"): the description is C's
    own and the cue's role still each listed one's (roles31; who round 298: missed). It
    opens with a lower-case noun, names what it tells of (a capitalised word: the prize,
    the body) and holds no tagged chunk ("seperti A , kata dia , C" is no description);
    None elsewhere."""
    if e >= len(words) or not words[e].isalpha() or not words[e].islower() \
            or not load_lexicon().get(words[e], "").startswith("NN"):
        return None
    for k in range(e + 1, min(len(words), e + _ASIDE_REACH + 1)):
        if k in ends or words[k] in {".", ";", ":", '"', "(", ")"}:
            return None
        if words[k] == ",":
            named = any(w[:1].isupper() for w in words[e + 1 : k])
            return k + 1 if named and k + 1 in ends else None
    return None


def _past_separator(words: Sequence[str], e: int) -> int:
    """`e` past a list's comma and its 'dan'/'serta' there."""
    e += e < len(words) and words[e] == ","
    e += e < len(words) and words[e] in {"dan", "serta"}
    return e


def _plural_role_before(words: Sequence[str], i: int, stop: Sequence[bool]
                        ) -> tuple[int, int] | None:
    """The role of several people right before a list of names that opens at `i`: "para
    menteri [A], B dan C", "dua sutradaranya , [A] dan B" (each listed name holds it, as
    after "yakni"). Only a head after a word of several people (roles.toml's
    `plural_words`); a role of one holder is read elsewhere."""
    e = i - 1 if words[i - 1] == "," else i
    r = role_before(words, e, stop=stop, members=True)
    if r is None or r[1] != e or r[0] == 0 \
            or words[r[0] - 1].lower() not in role_words().plural_words:
        return None
    return r


def _shared_roles(words: Sequence[str], ch: _Chunks) -> None:
    """Two heads sharing their words before two names, "Bupati dan Wakil Bupati Bangkalan,
    Lukman Hakim dan Moch Fauzan": each name holds its own head with them, in order."""
    ends = {i: j for kind, i, j in ch.items if kind == "PERSON"}
    for i, (a, b) in list(ch.roles.items()):
        if i not in ends or (pair := shared_role(words, a, b)) is None:
            continue
        e = ends[i]
        nxt = next((e + n for n in (1, 2) if e + n in ends and e + n not in ch.roles
                    and words[e + n - 1] in {"dan", "serta", "&"}
                    and (n == 1 or words[e] == ",")), None)
        if nxt is not None:
            ch.role_texts[i], ch.role_texts[nxt] = pair
            ch.roles[nxt] = (a, b)


def _area_words_in_roles(words: Sequence[str], ch: _Chunks, is_place: Sequence[bool]) -> None:
    """"Kapolres Tasikmalaya [Kota] , AKBP Moch Faruk Rozi": an area word read as a person
    right after the place that ends a role is that role's last word (the police of
    Tasikmalaya city), no person of its own."""
    areas = kind_rules().area_words
    drop = {i for kind, i, j in ch.items if kind == "PERSON" and j == i + 1 and i > 0
            and words[i].lower() in areas and ch.roles.get(i, (0, -1))[1] == i
            and is_place[i - 1]}
    if not drop:
        return
    ch.items = [c for c in ch.items if c[0] != "PERSON" or c[1] not in drop]
    for i in drop:
        ch.role_ranges.append((ch.roles.pop(i)[0], i + 1))


def _rank_tail(words: Sequence[str], i: int, j: int) -> int:
    """How many of the last words of `words[i:j]` make a rank, leaving two words or more."""
    ranks = role_words().rank_forms
    for n in _rank_lengths():
        if j - n - i >= 2 and tuple(w.lower().rstrip(".") for w in words[j - n : j]) in ranks:
            return n
    return 0


def _role_name_goes_on(words: Sequence[str], m: GazMatch,
                       role_ranges: Sequence[tuple[int, int]], gstarts: set[int]) -> bool:
    """A place inside a role whose name runs on into a capitalised word of that role that
    is no place, compass word, rank or role word ("Wakapolda Metro Jaya", not "Kapolda
    Jatim Irjen" nor "Kapolres Metro Jakarta Pusat")."""
    k = m.end
    return any(a <= m.start and k < b for a, b in role_ranges) and k < len(words) \
        and words[k][:1].isupper() and k not in gstarts and not head_at(words, k) \
        and words[k] not in _COMPASS and words[k] != "Pusat" \
        and words[k].lower().rstrip(".") not in role_words().ranks \
        and words[k] not in org_words()


@cache
def _bare_titles() -> frozenset[str]:
    return frozenset(h.lower().rstrip(".") for h in role_words().honorifics)


def _name_after_acronym(words: Sequence[str], i: int, j: int, lexicon: dict[str, str],
                        is_place: Sequence[bool]) -> int:
    """Where a name of two to four capitalised words (no acronym, organisation word, place
    or common word) starts after an acronym inside `words[i:j]`; 0 when none."""
    for a in range(j - 3, i - 1, -1):
        w = words[a]
        if len(w) >= 2 and w.isupper() and w.isalpha():
            rest = range(a + 1, j)
            if w in org_words() or w.lower() in legal_forms():
                return 0  # "Direktur [PT Praba Indopersada]": the company's own name
            if 2 <= len(rest) <= 4 and all(
                    words[k][:1].isupper() and not words[k].isupper()
                    and words[k] not in org_words() and not is_place[k]
                    and words[k].lower().rstrip(".") not in _bare_titles()
                    and not _not_name(lexicon, words[k]) for k in rest):
                return a + 1  # (a title opens a namesake's name: "RSUP Prof Ngoerah")
            return 0
    return 0


def _name_after_body(words: Sequence[str], i: int, j: int, lexicon: dict[str, str],
                     is_place: Sequence[bool], names: NameLists) -> int:
    """Where a person's name of two or three words starts inside `words[i:j]` after a
    one- or two-word body whose first word the name lists hold as an organisation's name
    ("Ferrari"): its first word one they hold from persons' names only ("Sebastian"); 0
    when none."""
    if "O" not in names.words.get(words[i].lower(), ""):
        return 0
    for a in (i + 1, i + 2):
        if 2 <= j - a <= 3 and _person_word_only(names, words[a]) \
                and _person_after_role(words, a, j, lexicon, is_place):
            return a
    return 0


def _person_word_only(names: NameLists, word: str) -> bool:
    """A word the name lists hold inside persons' names and no body's or place's."""
    flags = names.words.get(word.lower(), "")
    return "p" in flags and not {"l", "o"} & set(flags.lower())


@cache
def _person_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(n.lower().split()) for n in load("roles", RolesData).person_nouns)


@cache
def _person_noun_ends() -> frozenset[str]:
    return frozenset(n[-1] for n in _person_nouns() if n)


def _after_person_noun(words: Sequence[str], i: int) -> bool:
    """Whether a noun of people (`person_nouns`) stands right before word `i`."""
    if i == 0 or words[i - 1].lower() not in _person_noun_ends():
        return False  # most words end no such noun: no tuples made
    return any(i >= n and tuple(w.lower() for w in words[i - n : i]) in _person_nouns()
               for n in (1, 2))


def _person_after_role(words: Sequence[str], i: int, j: int, lexicon: dict[str, str],
                       is_place: Sequence[bool], least: int = 2) -> bool:
    """Whether `words[i:j]` may be a person's name the tagger read as an organisation:
    `least` to three capitalised words, none an acronym, organisation word, place, title
    or word the lexicon knows as a common one."""
    return least <= j - i <= 3 and all(
        words[k][:1].isupper() and words[k].isalpha() and not words[k].isupper()
        and words[k] not in org_words() and not is_place[k]
        and words[k].lower() not in _bare_titles() and not _not_name(lexicon, words[k])
        for k in range(i, j))


@cache
def _unit_words() -> frozenset[str]:
    """One-word heads of bodies named for their region (kinds.toml: "DPRD", "Polres")."""
    return frozenset(h[0] for h in kind_rules().unit_heads if len(h) == 1)


def _unit_region(words: Sequence[str], i: int, names: NameLists) -> bool:
    """Whether word `i` is a capitalised word the name lists know from places only
    ("Bangli", "Bantaeng"), no person's name ("Made", "Budi")."""
    flags = names.words.get(words[i].lower(), "")
    return words[i][:1].isupper() and words[i].isalpha() and any(c in "Ll" for c in flags) \
        and not any(c in "Pp" for c in flags)


def _rank_inside(words: Sequence[str], i: int, j: int, lexicon: dict[str, str],
                 is_place: Sequence[bool]) -> tuple[int, int] | None:
    """The [start, end) of a capitalised rank (its longest form) inside `words[i:j]` after
    its first word and before one to four capitalised name words: no organisation word,
    role word or place ("Konsulat Jenderal Republik Indonesia"), and not all of them words
    the lexicon knows as common ones ("Direktorat Jenderal Pajak"; a name may hold one:
    "AKBP I Dewa Wijaya")."""
    for a in range(i + 1, j - 1):
        if not words[a][:1].isupper():
            continue
        n = next((n for n in _rank_lengths() if a + n <= j and tuple(
            w.lower().rstrip(".") for w in words[a : a + n]) in role_words().rank_forms), 0)
        b = a + n
        if n and b < j and j - b <= 4 and all(
                words[k][:1].isupper() and words[k] not in org_words() and not is_place[k]
                and not is_role_word(words[k])
                and words[k].lower() not in role_words().not_names for k in range(b, j)) \
                and not all(_not_name(lexicon, words[k]) for k in range(b, j)):
            return (a, b)
    return None


def _acronym(words: Sequence[str], chunk: tuple[str, int, int]) -> bool:
    w = words[chunk[1]]
    return chunk[2] - chunk[1] == 1 and len(w) > 1 and w.isupper() and w.isalpha()


def _with_gazetteer(words: Sequence[str], ch: _Chunks, gmatches: Sequence[GazMatch],
                    gaz: Gazetteer, low: Sequence[str], cased: bool = False
                    ) -> list[tuple[str, int, int, Place | None]]:
    """Chunks with places resolved, plus gazetteer places the tagger missed."""
    taken = [False] * len(words)
    for _, i, j in ch.items:
        for k in range(i, j):
            taken[k] = True
    final: list[tuple[str, int, int, Place | None]] = []
    gz_by_span = {(m.start, m.end): m.place for m in gmatches}
    for kind, i, j in ch.items:
        place = None
        if kind == "PLACE":
            place = gz_by_span.get((i, j)) or gaz.resolve(" ".join(words[i:j]))
            if place is None and any(m.start <= i and j <= m.end and (m.start, m.end) != (i, j)
                                     for m in gmatches):
                continue  # "Korea" inside "Semenanjung Korea": the longer match wins
        final.append((kind, i, j, place))
    spans = {(c[1], c[2]) for c in ch.items}
    gstarts = {m.start for m in gmatches}
    for m in gmatches:
        if _role_name_goes_on(words, m, ch.role_ranges, gstarts):
            continue  # "Wakapolda [Metro] Jaya Brigjen": a word of a longer name, no place
        if not any(taken[m.start : m.end]):
            # "BPBD Provinsi [Jawa Barat]": an area word may stand between head and place.
            a = 1 if m.start > 1 and low[m.start - 1] in kind_rules().area_words \
                and not taken[m.start - 1] else 0
            h = unit_head_before(low, m.start - a)
            if h and words[m.start - a - h][:1].isupper() \
                    and not any(taken[m.start - a - h : m.start]):
                final.append(("ORG", m.start - a - h, m.end, None))  # "Uni [Eropa]", untagged
                continue
            if h and words[m.start - a - h][:1].isupper() and (
                    unit := next((c for c in final if c[0] == "ORG" and c[2] == m.start - a
                                  and c[1] == m.start - a - h), None)) is not None:
                final.remove(unit)  # "[BPBD] Provinsi [Jawa Barat]": the head tagged alone
                final.append(("ORG", unit[1], m.end, None))
                continue
            final.append(("PLACE", _area_word_before(words, low, m, ch.role_ranges, taken),
                          m.end, m.place))
        elif (all(taken[m.start : m.end]) and (m.start, m.end) not in spans
              and any(a <= m.start and m.end <= b for a, b in ch.role_ranges)
              and not any(k == "ORG" and i < m.start and m.end <= j  # "Kasi Penkum
                          for k, i, j in ch.items)):  # [Kejati Sumsel]": the body's place
            s0 = _area_word_before(words, low, m, ch.role_ranges)
            final.append(("PLACE", s0, m.end, m.place))  # "Presiden [Ukraina]"
            # What the tagger cut inside that place is no entity of its own ("Gubernur
            # [DKI] [Jakarta]" beside the place "DKI Jakarta").
            final = [c for c in final if c[0] == "PLACE" and (c[1], c[2]) == (s0, m.end)
                     or not (s0 <= c[1] and c[2] <= m.end)]
    # "DPR RI", "Gedung DPR / MPR RI": the country's short form after an acronym closes
    # the body's name; no mention of the country.
    final = [c for c in final if not (
        c[0] == "PLACE" and c[2] - c[1] == 1 and c[1] > 0 and words[c[1]] in country_suffixes()
        and _acronym(words, ("ORG", c[1] - 1, c[1])))]
    if cased:
        final = _countries_in_names(words, final, gmatches, ch.role_ranges)
    final.sort(key=lambda c: c[1])
    return final


def _area_word_before(words: Sequence[str], low: Sequence[str], m: GazMatch,
                      role_ranges: Sequence[tuple[int, int]],
                      taken: Sequence[bool] | None = None) -> int:
    """Where a place inside a role starts: at the capitalised area word before it when the
    role holds that word too ("Lurah [Pasar Manggis]", not the market town "Manggis")."""
    k = m.start - 1
    if k >= 0 and low[k] in kind_rules().area_words and words[k][:1].isupper() \
            and (taken is None or not taken[k]) \
            and any(a <= k and m.end <= b for a, b in role_ranges):
        return k
    return m.start


def _countries_in_names(words: Sequence[str], final: list[tuple[str, int, int, Place | None]],
                        gmatches: Sequence[GazMatch], role_ranges: Sequence[tuple[int, int]]
                        ) -> list[tuple[str, int, int, Place | None]]:
    """A country that is a word of a longer name is no mention of the place: the last or
    first word of the organisation or event beside it ("[Festival Film] Indonesia",
    "Indonesia [Corruption Watch]": that one name), or of capitalised words no chunk holds
    ("Oriental Circus Indonesia": dropped)."""
    countries = {(m.start, m.end) for m in gmatches if m.place.type == "country"}
    # A role's country stays ("Perdana Menteri [Inggris] Theresa May").
    places = [c for c in final if c[0] == "PLACE" and (c[1], c[2]) in countries
              and not any(a <= c[1] and c[2] <= b for a, b in role_ranges)]
    if not places:
        return final
    taken = [False] * len(words)
    for _, i, j, _ in final:
        for t in range(i, j):
            taken[t] = True
    for c in places:
        k = next((k for k, o in enumerate(final) if o[0] in {"ORG", "EVENT"} and (
            o[2] == c[1] or o[1] == c[2])), None)
        if k is not None:
            kind, a, b, _ = final[k]
            final[k] = (kind, min(a, c[1]), max(b, c[2]), None)
            final.remove(c)
        elif _country_in_name(words, c[1], c[2], taken):
            final.remove(c)
    return final


@cache
def _country_keepers() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).country_keepers)


def _given_name_word(word: str, lexicon: dict[str, str], names: NameLists | None,
                     name_len: int) -> bool:
    """A capitalised word before a name of `name_len` words that is a person's name word:
    one the name lists hold only as a person's ("Nguyen"), or, before a one-word name, one
    that neither they nor the lexicon hold ("Enin" of Enin Supriyanto; an organisation's
    short form in title case, "Hipmi Akbar Himawan", stays the role's body). Never a word
    the lexicon holds alone ("Pertamina", "Dortmund", "Seni")."""
    if not _name_word(word):
        return False
    low = word.lower()
    flags = names.words.get(low) if names is not None else None
    if flags is None:
        return name_len == 1 and low not in lexicon
    return "p" in flags.lower() and not ({"l", "o"} & set(flags.lower()))


def _name_word(word: str) -> bool:
    """A capitalised word (no acronym) that may stand inside a name: no role word,
    connector, compass word or word that never makes a name."""
    return (word[:1].isupper() and word.isalpha() and not word.isupper()
            and not is_role_word(word) and word not in role_words().connectors
            and word not in _COMPASS and word not in role_words().not_names
            and word.lower().rstrip(".") not in _bare_titles()
            and word not in _country_keepers())


def _country_in_name(words: Sequence[str], i: int, j: int, taken: Sequence[bool]) -> bool:
    """Whether an untagged country is a word of a longer capitalised name around it, as
    the case of cased text shows: after a capitalised word that is not the sentence's first
    ("Festival Film [Indonesia]", "Oriental Circus [Indonesia]") or before two ("[Indonesia]
    National Single Window"). Roles ("Presiden Indonesia"), places, the team words of
    `country_keepers` ("Tim Indonesia") and compass words ("Indonesia Timur") leave it."""
    p, q = i - 1, j
    if p >= 1 and not taken[p] and _name_word(words[p]):
        return True
    return q + 1 < len(words) and not taken[q] and not taken[q + 1] \
        and _name_word(words[q]) and _name_word(words[q + 1])


def _to_mentions(text: str, spans: Sequence[tuple[int, int]],
                 final: Sequence[tuple[str, int, int, Place | None]], ch: _Chunks,
                 gmatches: Sequence[GazMatch], mode: str) -> list[Mention]:
    out: list[Mention] = []
    countries = [(m.start, m.place.code) for m in gmatches
                 if m.place.type == "country" and m.place.code]
    for kind, i, j, place in final:
        s, e = spans[i][0], spans[j - 1][1]
        if kind == "PERSON":
            # "Bahlil Lahadalia2": a note or link mark glued to the name is no part of it.
            # (`_GLUED_DIGITS` ends in a digit: searched only where the name does)
            glued_digits = _GLUED_DIGITS.search(text, spans[j - 1][0], e) \
                if text[e - 1].isdecimal() else None
            if glued_digits is not None:
                e = glued_digits.start()
        men = Mention(s, e, kind, text[s:e], place=place, blind=mode == "blind")
        if i in ch.roles and kind == "PERSON" \
                and not _copula_before(text, spans, ch.roles[i], i):
            a, b = ch.roles[i]
            words = text[spans[a][0] : spans[b - 1][1]].split()
            while len(words) > 1 and (words[-1].lower() in role_words().honorifics
                                      or words[-1] in role_words().connectors):
                words.pop()  # "Ketua MUI Bidang Fatwa [Prof KH] Asrorun": titles, no role
            words = words[: _rank_tail_start(words)]
            men.role = ch.role_texts.get(i, " ".join(words))
            if mode == "blind" and (men.role.isupper() or men.role.islower()):
                men.role = _title(men.role)
            men.role_country = next((m.place.code for m in gmatches
                                     if a <= m.start and m.end <= b and m.place.code), None)
            # "delegasi Rusia yang dipimpin oleh Menteri ..., Alexander Kozlov"
            near = [c for k, c in countries if k < a and a - k <= 10]
            men.near_country = near[-1] if near else None
        out.append(men)
    _clients(text, out)
    return out


def _rank_tail_start(words: Sequence[str]) -> int:
    """Where a rank (with its corps) that closes a role before its holder's name starts,
    `len(words)` where none does: "Kapolda Jateng [Irjen Polisi] Condro" holds the office
    "Kapolda Jateng", the rank his own, no office (roles29; who round 292: wrong). A rank's
    word inside a head stays ("Sekretaris Jenderal", "Direktur Jenderal"), and so does a
    role of the rank alone."""
    rw = role_words()
    n = len(words)
    low = [w.lower().rstrip(".") for w in words]
    end = n - 1 if n > 2 and words[-1] in rw.corps else n
    for s in range(1, end):
        if tuple(low[s:end]) in rw.rank_forms \
                and not any(k + head_at(words, k) > s for k in range(s)):
            return s
    return n


@cache
def _copulas() -> frozenset[str]:
    """roles.toml `become_words` ("menjadi"): a copula before a role, what follows the role
    no holder of it but its owner ("peluang Budi [menjadi] wakil Andi")."""
    return frozenset(load("roles", RolesData).become_words)


def _copula_before(text: str, spans: Sequence[tuple[int, int]], role: tuple[int, int],
                   i: int) -> bool:
    """Whether the role that runs right up to the name at word `i` follows a copula."""
    a, b = role
    return b == i and a > 0 and text[spans[a - 1][0] : spans[a - 1][1]].lower() in _copulas()


@cache
def _client_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Heads of agents always read so ("kuasa hukum"), and only before an apposition
    ("pengacara")."""
    d = load("roles", RolesData)
    return (frozenset(h.lower() for h in d.client_heads),
            frozenset(h.lower() for h in d.agent_heads))




def _clients(text: str, mentions: Sequence[Mention]) -> None:
    """A person right after an agent's head is the client, not the agent: "kuasa hukum
    [Lukas]" has no role; in "Kuasa hukum Suci, [Dadang Aprianto]" the role is Dadang's."""
    always, apposed = _client_heads()
    for k, m in enumerate(mentions):
        if m.role is None or m.kind != "PERSON":
            continue
        n = mentions[k + 1] if k + 1 < len(mentions) else None
        agent = n is not None and n.kind == "PERSON" and n.role is None \
            and agent_apposition().fullmatch(text, m.end, n.start) is not None
        head = without_prefix(m.role).lower()  # "Mantan manajer Rossi, Carlo Pernat"
        if head not in always and not (agent and head in apposed):
            continue
        role, m.role = f"{m.role} {m.surface}", None
        if agent and n is not None:
            n.role = role


@lru_cache(maxsize=65_536)
def _norm(surface: str) -> str:
    return " ".join(surface.split()).lower()


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


def _display(surface: str, blind: bool = False) -> str:
    s = " ".join(surface.split())
    if s.islower() or (blind and s.isupper()):
        return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())
    return s


_NO_BRACKETS = str.maketrans("()", "  ")


@cache
def _place_heads_folded() -> frozenset[str]:
    return frozenset(p.casefold() for p in place_prefixes())


def _plain_name(surface: str) -> bool:
    """Whether every word is a capitalised alphabetic word, no acronym and no organisation
    word ("Moon Jae In"; not "Marc Marquez ESP Repsol Honda" of a results table)."""
    return all(w[:1].isupper() and w.isalpha() and not w.isupper() and w not in org_words()
               for w in surface.split())


def cluster(mentions: Sequence[Mention], gaz: Gazetteer | None = None,
            initials_apart: bool = False) -> list[_Cluster]:
    """Group mentions into entities (places by gazetteer entry, people by name parts,
    organisations by name or acronym; with `initials_apart`, a person's initials join
    no person or organisation they happen to spell unless it is named near them)."""
    # One kind per surface form: the majority over the article (votes per form in the
    # order first given, as a Counter keeps them; plain dicts are cheaper to make).
    norms = [_norm(m.surface) for m in mentions]
    votes: dict[str, dict[str, int]] = {}
    for m, f in zip(mentions, norms, strict=True):
        v = votes.setdefault(f, {})
        v[m.kind] = v.get(m.kind, 0) + 1
    # A place the gazetteer does not know, that starts or ends with a
    # name tagged as a person elsewhere, is that person ("Purbaya Yudhi Sadewa").
    person_forms = {f for m, f in zip(mentions, norms, strict=True) if m.kind == "PERSON"}
    # A one-word place or organisation the gazetteer does not know that is the first or
    # last word of a person's full name is that person ("Bale" beside "Gareth Bale").
    # (a form the article gives another kind more often is no person's name: "Balboa
    # Estate" read once as a person beside four times as a body)
    full_names = {f for f in person_forms if " " in f
                  and max(votes[f], key=votes[f].__getitem__) == "PERSON"}
    name_ends = {w for f in full_names for w in (f.split()[0], f.split()[-1])}
    # ... and so is one of two words that are the last two of a person's full name of
    # three or four plain name words ("Jae In" beside "Moon Jae In")
    # (not a place's words: "Kabupaten Bandung" of a person run on from a region's office)
    name_ends |= {" ".join(f.split()[-2:]) for m, f in zip(mentions, norms, strict=True)
                  if m.kind == "PERSON" and f in full_names and 3 <= f.count(" ") + 1 <= 4
                  and _plain_name(m.surface) and not any(
                      w.casefold() in _place_heads_folded()
                      or gaz is not None and gaz.resolve(w) is not None
                      for w in m.surface.split()[-2:])}
    for m, f in zip(mentions, norms, strict=True):
        if m.place is None and m.kind == "PLACE":
            words = f.split()
            if len(words) > 1 and (words[0] in person_forms or words[-1] in person_forms):
                v = votes[f]
                v["PERSON"] = v.get("PERSON", 0) + len(mentions)
        if m.place is None and m.kind in {"PLACE", "ORG"} and not m.surface.isupper() \
                and f in name_ends:
            v = votes[f]
            v["PERSON"] = v.get("PERSON", 0) + len(mentions)
    # An organisation of two or three plain name words that ends with a one-word person of
    # the article is that person, named in full ("Enes Kanter" beside "Kanter"); not one
    # with an article, a place or an organisation head in it ("The Leslie Uggams Show",
    # "Ditjen Pendis Arskal").
    single = {f for m, f in zip(mentions, norms, strict=True)
              if m.kind == "PERSON" and " " not in m.surface}
    for m, f in zip(mentions, norms, strict=True):
        words = m.surface.split()
        if m.kind == "ORG" and m.place is None and 2 <= len(words) <= 3 and single \
                and words[-1].lower() in single and words[0] not in {"The", "A", "An"} \
                and (words[0].lower(),) not in kind_rules().org_heads \
                and all(w[:1].isupper() and w.isalpha() and not w.isupper()
                        and w not in org_words() and (gaz is None or gaz.resolve(w) is None)
                        for w in words):
            v = votes[f]
            v["PERSON"] = v.get("PERSON", 0) + len(mentions)
    # "Sritex" after "PT Sritex" is the company: the name without its organisation words;
    # not the region a regional unit is named for ("OKI" beside "Kejari OKI").
    org_cores: dict[str, str] = {}
    for m, f in zip(mentions, norms, strict=True):
        if m.kind == "ORG" and m.surface.split(None, 1)[0] not in _region_unit_heads() \
                and m.surface.split(None, 1)[0] not in _faction_heads():
            # (a party's group's core is the party, a body of its own: "Fraksi [Golkar]")
            # Brackets around a legal form go with it ("PT Adhi Karya (Persero) Tbk").
            words = m.surface.translate(_NO_BRACKETS).split()
            core = [w for w in words if w not in org_words()]
            if core and len(core) < len(words):
                org_cores.setdefault(_norm(" ".join(core)), f)
    for m, f in zip(mentions, norms, strict=True):
        if m.kind != "ORG" and m.place is None and f in org_cores \
                and not (m.kind == "PLACE" and gaz is not None
                         and place_code(m.surface, gaz) is not None):
            # ... but "Jakarta Utara" beside "Polres Jakarta Utara" is the place the
            # police unit is named after (a name with a known place in it).
            v = votes[f]
            v["ORG"] = v.get("ORG", 0) + len(mentions) + 1
    for m, f in zip(mentions, norms, strict=True):
        if m.place is None:
            v = votes[f]
            m.kind = max(v, key=v.__getitem__)  # the first of the most, as most_common(1)
            if m.kind == "PLACE" and gaz is not None:
                m.place = gaz.resolve(m.surface)
        if m.kind == "PLACE":
            _full_place(m, gaz)
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    persons: list[_Cluster] = []
    person_index: dict[str, list[_Cluster]] = defaultdict(list)  # name word -> clusters
    by_initials: dict[str, _Cluster] = {}  # "KPK" -> Komisi Pemberantasan Korupsi
    initials_at: dict[str, list[int]] = defaultdict(list)  # a person's initials -> starts
    for m in mentions:
        if m.initials:
            initials_at[m.surface].append(m.start)
    # Longest person names first so "Kim" finds "Kim Jong Un".
    order = sorted(range(len(mentions)),
                   key=lambda k: (mentions[k].kind != "PERSON",
                                  -len(mentions[k].surface.split()), k))
    for k in order:
        m = mentions[k]
        key = ("PLACE", m.place.name) if m.place is not None else (m.kind, _norm(m.surface))
        c: _Cluster | None = None
        if m.kind == "PERSON" and _norm(m.surface) in person_aliases():
            full = person_aliases()[_norm(m.surface)]
            c = next((p for p in persons if _norm(p.name) == _norm(full)), None)
            if c is None:
                c = _Cluster("PERSON", full)
                clusters.append(c)
                persons.append(c)
                for word in _norm(full).split():
                    person_index[word].append(c)
                by_key[("PERSON", _norm(full))] = c
        if c is None:
            c = by_key.get(key)
        if c is None and m.kind == "PERSON":
            parts = _norm(m.surface).split()
            fits = [p for p in person_index.get(parts[0], ())
                    if set(parts) <= set(_norm(p.name).split())
                    and not _hyphen_half(parts, _norm(p.name).split())]
            if (peer := _title_class(m.role)) is not None:
                fits = [p for p in fits if not _other_title(peer, p)]
            # One name word shared by two people is the one whose name it opens: "Prabowo"
            # beside "Listyo Sigit Prabowo" and "Prabowo Subianto" is the latter.
            c = next((p for p in fits if _norm(p.name).split()[0] == parts[0]),
                     None) if len(fits) > 1 and len(parts) == 1 else None
            if c is None and len(fits) > 1 and len(parts) == 1:
                c = _introduced_first(fits, m.start)
            c = c or (fits[0] if fits else None)
        if c is None and m.kind in {"ORG", "PERSON"} and m.surface.isupper() and not m.blind:
            c = by_initials.get(m.surface)  # "KPK", "AHY"
            if c is not None and initials_apart and m.initials \
                    and not _near(c.mentions, initials_at.get(m.surface, ())):
                c = None  # a suspect's "BP": not the spokesman Budi Prasetyo named far off
            if c is None and m.kind == "PERSON" and " " not in m.surface and not m.initials:
                m.kind = "ORG"  # an unexplained acronym is not a person ("SDA")
                key = ("ORG", key[1])
                c = by_key.get(key)
        if c is None and m.kind == "ORG" and not m.blind and " " in m.surface \
                and any(w.isupper() for w in m.surface.split()):
            # "KPU Kota Makassar", "Kejari OKI", "Dinas PUPR Kota Bekasi"
            c = by_initials.get(" ".join(m.surface.split()))
        if c is None and m.kind == "ORG" and _norm(m.surface) in org_cores:
            c = by_key.get(("ORG", org_cores[_norm(m.surface)]))
        if c is None:
            c = _Cluster(m.kind, m.place.name if m.place else _display(m.surface),
                         place=m.place)
            clusters.append(c)
            if m.kind == "PERSON":
                persons.append(c)
                for word in _norm(c.name).split():
                    person_index[word].append(c)
            if m.kind in {"ORG", "PERSON"} and len(c.name.split()) > 1:
                by_initials.setdefault(_initials(c.name), c)
            if m.short is not None:  # "DLH" for "Dinas Lingkungan Hidup (DLH) DKI Jakarta"
                by_initials.setdefault(m.short, c)
            if m.kind == "ORG":
                # "DPR RI" for "Dewan Perwakilan Rakyat RI": initials, then the same tail.
                words = c.name.split()
                if len(words) > 3 and words[0] in kind_rules().org_prefixes:
                    # "KAI" and "PT KAI" for "PT Kereta Api Indonesia": a company's initials
                    # leave out its legal prefix (three letters or more: "AK" is no one's).
                    short = _company_initials(words[1:])
                    by_initials.setdefault(short, c)
                    by_initials.setdefault(f"{words[0]} {short}", c)
                for n in range(2, len(words)):
                    if all(w[:1].isupper() for w in words[:n]):
                        by_initials.setdefault(
                            " ".join([_initials(" ".join(words[:n])), *words[n:]]), c)
                _tail_initials(words, c, by_initials)
                _inner_initials(words, c, by_initials)
        by_key[key] = c
        c.mentions.append(m)
    return clusters


@cache
def _kin_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kinship nouns (roles.toml `kin_nouns` and entities.toml `kin_also`) right before
    a name and the office words between ("putri Presiden ke - 2 RI [X]"), and right after a
    name past a comma or dash ("[X] --ayah kandung"). split20."""
    kin = word_alternation(kin_nouns(*load("entities", EntitiesData).kin_also))
    before = re.compile(rf"(?<![\w-])(?:{kin})(?:\s+kandung)?"
                        rf"(?:\s+(?:[A-Z][\w.'’]*|ke|-|ke-\d+|\d+))*\s+$")
    after = re.compile(rf"\s*(?:,|-+|—|–)\s*(?:{kin})(?![\w-])")
    return before, after


@cache
def _spouse_titles() -> frozenset[str]:
    """entities.toml's `spouse_titles`, case-folded."""
    return frozenset(t.casefold() for t in load("entities", EntitiesData).spouse_titles)


def _spouse_titled(c: _Cluster, size: int) -> bool:
    """Whether a mention of the cluster's whole name (`size` words) bears an office held as
    a spouse, `_spouse_titles` ("Ibu Negara Iriana Joko Widodo"): her name holds her
    husband's, whose own office marks him apart (who278)."""
    titles = _spouse_titles()
    return any(m.role is not None and m.role.casefold() in titles
               and len(_norm(m.surface).split()) >= size for m in c.mentions)


def split_relatives(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """A person with an office named by the tail of a longer person's name and tied to a
    kinship noun ("istri Wakil Presiden Hamzah Haz , Soraya Hamzah Haz", "putri Presiden
    Soeharto , Titiek Soeharto", "Presiden Soeharto --ayah kandung Titiek") is that
    person's relative, another person: the family's words, not a short form of her name.
    Every mention written so leaves the longer name for one of its own (split20)."""
    out = clusters
    before, after = _kin_cues()
    for c in clusters:
        if c.kind != "PERSON" or c.fixed or len(c.mentions) < 2:
            continue
        full = _norm(c.name).split()
        if len(full) < 2:
            continue
        moved: dict[str, list[Mention]] = {}
        for m in c.mentions:
            parts = _norm(m.surface).split()
            if not parts or len(parts) >= len(full) or full[0] in parts \
                    or not set(parts) <= set(full):
                continue
            moved.setdefault(" ".join(parts), []).append(m)
        spouse = _spouse_titled(c, len(full))
        for ms in moved.values():
            if not any(m.role is not None and (
                    spouse or before.search(text, max(0, m.start - 80), m.start) is not None
                    or after.match(text, m.end) is not None) for m in ms):
                continue
            gone = {id(m) for m in ms}
            c.mentions = [m for m in c.mentions if id(m) not in gone]
            if out is clusters:
                out = list(clusters)
            out.append(_Cluster("PERSON", _display(ms[0].surface), list(ms)))
    return out


@cache
def _title_classes() -> dict[str, bool]:
    """roles.toml's titles of royalty (`name_titles`, `royal_titles`) and of European
    peerage (`peer_titles`), casefolded, each to whether it is a peerage."""
    d = load("roles", RolesData)
    classes = {" ".join(t.casefold().split()): False for t in (*d.name_titles, *d.royal_titles)}
    classes.update((" ".join(t.casefold().split()), True) for t in d.peer_titles)
    return classes


def _title_class(title: str | None) -> bool | None:
    """Whether a title is a peerage (True) or royal (False); None when it is neither."""
    return _title_classes().get(" ".join(title.casefold().split())) if title else None


def _other_title(peer: bool, c: _Cluster) -> bool:
    """Whether a mention titled as a peer (`peer`) or as a royal names another person than
    `c`, whose name opens with, or whose mentions carry, a title of the other class:
    "Pangeran Charles" beside "Earl Charles Spencer" or "Lord Louis Mountbatten" are two
    people sharing a given name (roles13, names13). Titles of one class may name one person
    by turns ("Pangeran Charles", later "Raja Charles"; "Permaisuri" / "Ratu")."""
    if _title_class((c.name.split(None, 1) or [""])[0]) == (not peer):
        return True
    return any(_title_class(x.role) == (not peer) for x in c.mentions)


def _introduced_first(fits: Sequence[_Cluster], at: int) -> _Cluster | None:
    """Of two or more people sharing a bare surname, the one named in full first before
    `at` (the article's subject: 'Omar Khadr … Khadr …, ayahnya, Ahmed Said Khadr … Khadr'
    is Omar throughout; the relative is named in full where meant), else the one named
    next after it; None when no full name has a mention yet."""
    firsts = [(min(x.start for x in p.mentions), k) for k, p in enumerate(fits) if p.mentions]
    before = [f for f in firsts if f[0] < at]
    pick = min(before) if before else min(firsts, default=None)
    return fits[pick[1]] if pick is not None else None


def _hyphen_half(parts: Sequence[str], name: Sequence[str]) -> bool:
    """Whether a name of two or more words ends with the first half of the hyphenated
    surname of `name`: "Kyle Walker" is another man than "Kyle Walker - Peters"."""
    return len(parts) > 1 and any(
        w == parts[-1] and nxt == "-" for w, nxt in zip(name, name[1:], strict=False))


_NEAR = 200  # characters: initials this close to a name they spell stand for it


def _near(mentions: Sequence[Mention], starts: Sequence[int]) -> bool:
    """Whether a mention starts within `_NEAR` characters of one of `starts`: 'berinisial
    FA ... diduga adalah ... Fayakhun Andriadi' names the man the initials hide."""
    return any(abs(m.start - s) < _NEAR for m in mentions for s in starts)


def _tail_initials(words: Sequence[str], c: _Cluster, by_initials: dict[str, _Cluster]
                   ) -> None:
    """Short forms of an organisation's name that spell its tail as initials: "Kejari OKI"
    for "Kejari Ogan Komering Ilir" (the region's own acronym), and "MA" for "Mahkamah
    Agung RI" (the country's own body, its initials without the country's short form)."""
    if len(words) > 2 and words[-1] in country_suffixes():
        by_initials.setdefault(_initials(" ".join(words[:-1])), c)
    for n in range(1, len(words) - 1):
        tail = words[n:]
        if all(w[:1].isupper() and not w.isupper() for w in tail):
            by_initials.setdefault(" ".join([*words[:n], _initials(" ".join(tail))]), c)


def _company_initials(words: Sequence[str]) -> str:
    """A company's initials after its legal prefix, less its legal form written last and
    any bracketed word: "BRI" for "Bank Rakyat Indonesia (Persero) Tbk"."""
    rules = kind_rules()
    kept = [w for w in words if w not in rules.legal_forms and not w.startswith("(")]
    return _initials(" ".join(kept))


def _inner_initials(words: Sequence[str], c: _Cluster, by_initials: dict[str, _Cluster]
                    ) -> None:
    """Short forms of an organisation's name that keep its first word and spell the words
    after it as initials, with or without the rest: "Dinas PUPR Kota Bekasi" and "Dinas
    PUPR" for "Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi" (the body's head
    written out, its portfolio as its acronym, the region after it the same)."""
    for e in range(3, len(words) + 1):
        inner = words[1:e]
        if not all(w[:1].isupper() and not w.isupper() or w in _LIST_JOINERS for w in inner):
            break
        short = _initials(" ".join(inner))
        if len(short) < 2:
            continue
        by_initials.setdefault(" ".join([words[0], short, *words[e:]]), c)
        if e < len(words):
            by_initials.setdefault(f"{words[0]} {short}", c)


@cache
def _region_unit_heads() -> frozenset[str]:
    """First words of bodies named for their region: the unit heads, abbreviated heads and
    command heads of kinds.toml ("DPRD", "Kejari", "Pemkab", "Polda")."""
    d = load("kinds", KindsData)
    return frozenset((*d.org_unit_heads, *d.org_head_forms, *d.command_heads))


@cache
def _lower_heads() -> frozenset[str]:
    """Place heads (kinds.toml `place_heads`, `run_place_heads`) that a capitalised name
    takes as its first word, in lower case, less the heads that open a name lower-case too
    (entities.toml `lower_place_heads`: "kepulauan Seribu") and the street heads, which a
    street's name keeps (`street_heads`: "jalan Sudirman nomor 5")."""
    k = load("kinds", KindsData)
    d = load("entities", EntitiesData)
    keep = {h.lower().rstrip(".") for h in (*d.lower_place_heads, *d.street_heads)}
    return frozenset(h.lower() for h in (*k.place_heads, *k.run_place_heads)
                     if " " not in h and h.isalpha() and h.lower() not in keep)


def _lower_heads_cut(mentions: Sequence[Mention]) -> None:
    """A place or body read with the facility's noun written lower-case before it
    ("stasiun [Tanah Abang]", "gedung [FISIP Unud]") is the name without the noun: a name
    written capitalised takes its head capitalised ("Stasiun Gambir"); the lower-case noun
    is the common word before the name (cuts19). Names read from lower-case or headline
    text keep it, and so does a place named after a person ("lapangan I Ketut Lotring").
    """
    heads = _lower_heads()
    d = load("entities", EntitiesData)
    namesakes = frozenset((*d.name_particles, *d.street_titles))
    for m in mentions:
        if m.kind not in {"PLACE", "ORG"} or m.blind:
            continue
        head, _, rest = m.surface.partition(" ")
        # "lapangan [I Ketut Lotring]": a place named after a person keeps its head
        if rest[:1].isupper() and head in heads and rest.split(" ", 1)[0] not in namesakes:
            m.start += len(head) + 1
            m.surface = rest
            first = rest.split(" ", 1)[0]
            if head == "kampus" or head in _entity_words("building_nouns") and len(first) > 1 \
                    and first.isupper() and first.isalpha():
                # "gedung [KPK]": the body whose building it is; "kampus [X]" a college's
                m.kind = "ORG"


def _common_noun(m: Mention, lexicon: dict[str, str]) -> bool:
    """A one-word organisation that the lexicon knows as a common noun or verb ("Partai"
    opening a sentence, "Polisi", "Massa"): no name. People keep such names ("Sandi"), and
    so do words read from lower-case or headline text (a product: "premium", "tiket")."""
    if m.kind != "ORG" or m.blind or " " in m.surface or m.surface.isupper() \
            or not m.surface[:1].isupper():
        return False
    return lexicon.get(m.surface.lower(), "NNP").startswith(("NN:", "VB:"))


def _opening_common_noun(text: str, m: Mention) -> bool:
    """A one-word organisation or person opening a sentence that is a common noun of
    entities.toml's `opening_common_nouns` ("Statistik mencatat , …", "Kampus menegaskan ,
    …"): the lexicon holds it as a name word from the bodies named with it, but alone it
    names nothing. Words of headline or lower-case text (blind) are kept."""
    if m.kind not in {"ORG", "PERSON"} or m.blind or " " in m.surface \
            or not m.surface[:1].isupper() or m.surface.isupper():
        return False
    if m.surface.lower() not in _entity_words("opening_common_nouns"):
        return False
    before = text[:m.start].rstrip()
    return not before or before[-1] in ".!?\n"


# A word of letters and digits both ("6D", "N50JE", "A320"): a model's or a registration's,
# no word of a person's name.
_MODEL_WORD = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+")
# One word with a capital inside after a lower-case run: "DailySocial", "PetaPixel".
_CAMEL_WORD = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]+(?:[A-Z][a-z]+)*")


@cache
def _camel_prefixes() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).camel_name_prefixes)


_GENERATION = re.compile(r"[IVX]+")  # a model's generation: "Mark II", "Mark IV"
_MODEL_BEFORE = re.compile(r"(?<![\w-])((?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+) $")


# One word after a maker's name: a model code, a short number, a capitalised word; a
# closing comma, stop or bracket glued to it ends the run.
_MODEL_TOKEN = re.compile(r"[ ]+([A-Za-z\d]+)([,.;:)]?)")
_MODEL_NUMBER = re.compile(r"\d{1,3}")
_AFTER_NUMBER = re.compile(r"\s*(?:[,.;)]|$)")
_VERSION_TAIL = re.compile(r"[.,]\d")
# A model code: a short word of letters and digits with no lower-case run in it ("G5",
# "x3", "R15"; not "2025diSirkuit", a year glued to the next word).
_CODE_WORD = re.compile(r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?![\w]*[a-z]{3})[A-Za-z\d]{2,8}")


def _model_run(text: str, end: int) -> int:
    """The end of the model name right after a maker's name ending at `end` ("LG [G5]",
    "HTC [10] ,", "Asus [ZenFone 3 Ultra]", "HP Elite [x3]"), or `end` when none follows:
    up to four words, capitalised ones only before a word with a digit in it (a model
    code), and entities.toml's `model_suffixes` after it. A bare number ends the name only
    before a comma, a stop or a bracket, never before a word or a score's dash ("Persib 2
    - 0"); a year (four digits) is no model."""
    suffixes = frozenset(load("entities", EntitiesData).model_suffixes)
    ends: list[tuple[int, str]] = []
    pos = end
    for _ in range(4):
        t = _MODEL_TOKEN.match(text, pos)
        if t is None:
            break
        w = t.group(1)
        if _VERSION_TAIL.match(text, t.end(1)):
            break  # "Heaven [4.0]", "Android [7.0] Nougat": a version, not a model's code
        if not (_CODE_WORD.fullmatch(w) or _MODEL_NUMBER.fullmatch(w)
                or (w[:1].isupper() and w.isalpha() and len(w) > 1)):
            break
        ends.append((t.end(1), w))
        pos = t.end(1)
        if t.group(2):
            break
    last = max((i for i, (_, w) in enumerate(ends) if any(c.isdigit() for c in w)),
               default=-1)
    if last < 0 or sum(1 for _, w in ends[:last] if w.isalpha()) > 2:
        return end
    stop = ends[last][0]
    for e, w in ends[last + 1:]:
        if w not in suffixes and not _GENERATION.fullmatch(w):
            break
        stop = e
    if not any(_CODE_WORD.fullmatch(w) for _, w in ends[:last + 1]) \
            and _AFTER_NUMBER.match(text, stop) is None:
        return end
    return stop


# A name word the tagger left, right before a model code ("Kalora [X5]", "Nusafon [M2s]"):
# capital letters and digits, a small letter after them at most; no capitalised word after
# it (a longer name runs on: "Kalora X5 Grand Tourer" is left whole to the tagger).
_UNTAGGED_MODEL = re.compile(
    r"(?<![\w&.-])([A-Z][a-z]{2,}[A-Za-z]*) ([A-Z]{1,3}\d{1,4}[a-z]?)(?![\w-]| [A-Z])")
# Its code after the space, sought first: most texts hold none, and `_UNTAGGED_MODEL`,
# opened by a look-behind, is tried at every character (0.15 ms an article against 0.02).
_CODE_AFTER_SPACE = re.compile(r" [A-Z]{1,3}\d")


def _untagged_models(text: str, mentions: list[Mention], lexicon: dict[str, str]
                     ) -> list[Mention]:
    """A capitalised word no lexicon knows, untagged, right before a model code ("speaker
    terbaru Kalora X5", "lebih murah dari Kalora X3") is a product's name with its code:
    an organisation (products are ORG). A common word ("Sesi Q2", "Seri A3") names no
    product."""
    if _CODE_AFTER_SPACE.search(text) is None:
        return mentions
    found: list[Mention] = []
    spans: list[tuple[int, int]] | None = None
    for h in _UNTAGGED_MODEL.finditer(text):
        if _not_name(lexicon, h.group(1)) or h.group(1) in _HOUSE_WORDS:
            continue  # a common word or a house's block ("Blok C1")
        if spans is None:  # made once, only where a code follows a name word
            spans = sorted((m.start, m.end) for m in mentions)
            starts = [a for a, _ in spans]
            reach = list(accumulate((b for _, b in spans), max))
        i = bisect_left(starts, h.end()) - 1  # mentions opening before the end
        if i >= 0 and reach[i] > h.start():
            continue  # one covers a part of it
        found.append(Mention(h.start(), h.end(), "ORG", h.group()))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


_AMPERSAND_INITIALS = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")


def _ampersand_initials(mentions: Sequence[Mention]) -> None:
    """Initials joined by an ampersand ("P&G", "H&M", "AT&T") are a firm's short name: an
    organisation, never a place or a person, whatever the tagger read."""
    for m in mentions:
        if m.kind in {"PLACE", "PERSON"} and _AMPERSAND_INITIALS.fullmatch(m.surface):
            m.kind, m.place = "ORG", None


# A locative right before a name ("di", "ke", "dari").
_LOCATIVE_BEFORE = re.compile(r"(?<!\w)(?:di|ke|dari|menuju)\s+$")
# One capitalised word right after a mention, then a lower-case word or a closing mark.
_NAME_WORD_AFTER = re.compile(r" ([A-Z][a-z]{2,})(?= [a-z]|[,.;:)]|$)")


def _places_run_on(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                   gaz: Gazetteer, names: NameLists | None) -> None:
    """A town's name after a locative, ended before a capitalised word that no name list,
    place or mention knows and the lexicon holds as no common word ("di [Santo] Wirabumi
    hingga", a venue named after a saint), is the first word of a longer name: the place
    runs on over that word. Without the locative the pair may be a person's name
    ("sutradara Jordan X") or a document's ("Protokol X")."""
    if names is None:
        return
    taken = {m.start for m in mentions}
    for m in mentions:
        if m.kind != "PLACE" or m.blind or " " in m.surface:
            continue
        w = _NAME_WORD_AFTER.match(text, m.end)
        if w is None or w.start(1) in taken \
                or not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        word = w.group(1)
        if word.lower() in names.words or _not_name(lexicon, word) \
                or gaz.resolve(word) is not None:
            continue
        m.end, m.surface, m.place = w.end(1), text[m.start:w.end(1)], None


@cache
def _terms_by_first() -> dict[str, tuple[str, ...]]:
    """The terms of kinds.toml's `not_entities` of two words or more, by their first word."""
    out: dict[str, list[str]] = defaultdict(list)
    for t in kind_rules().not_entities:
        if " " in t:
            out[t.split(None, 1)[0]].append(t)
    return {k: tuple(v) for k, v in out.items()}


def _term_opened(text: str, m: Mention) -> bool:
    """Is the place `m` a term of `not_entities` or its first word, the term written whole
    ("di [Bursa] Berjangka", a kind of exchange, not the Turkish town)? ent29b."""
    if m.kind != "PLACE":
        return False
    first = m.surface.split(None, 1)[0]
    # the mention within the term: a named one longer stays ("Bursa Berjangka Jakarta")
    return any(text.startswith(t, m.start) and m.end <= m.start + len(t)
               and (m.start + len(t) == len(text) or not text[m.start + len(t)].isalnum())
               for t in _terms_by_first().get(first, ()))


def _maker_models(text: str, mentions: Sequence[Mention]) -> None:
    """An organisation of one or two words followed by a model code is the maker's
    product, one name (products are ORG, judged so round 241: 'LG' of "LG G5 , LG V34"
    wrong, the products missed): the mention takes the model's words. An event's head
    with a code is that event ("KTT [G20]", entities.toml's `event_heads`). Headline-cased
    text is left alone, and so is a run into the next mention."""
    starts = sorted(m.start for m in mentions)
    events = frozenset(load("entities", EntitiesData).event_heads)
    for m in mentions:
        if m.kind not in {"ORG", "EVENT"} or m.blind or len(m.surface.split()) > 2 or (
                m.kind == "EVENT" and m.surface.split()[0] not in events):
            continue
        stop = _model_run(text, m.end)
        if stop == m.end:
            continue
        i = bisect_right(starts, m.end)
        if i < len(starts) and starts[i] < stop:
            continue
        m.end, m.surface = stop, text[m.start:stop]
        if m.surface.split()[0] in events:
            m.kind = "EVENT"  # "KTT [G20]": an event's head with its code, no maker


# A capitalised word right before a product's mention, after a lower-case word or a comma
# (no longer name runs on before it): the maker's name ("chipset [Qualcomm] Snapdragon 820").
_MAKER_BEFORE = re.compile(r"(?:^|(?<=[a-z,] ))([A-Z][A-Za-z]{2,}) $")


def _makers_before_models(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                          gaz: Gazetteer) -> None:
    """A product's name of two or three words ending in a model code ("Snapdragon 820")
    right after an untagged capitalised word that is no common word, place or sentence's
    opening word takes that word in: the maker's product line and model are one name
    ("chipset [Qualcomm Snapdragon 820]", judged whole round 263). Headline-cased text is
    left alone."""
    ends = {m.end for m in mentions}
    for m in mentions:
        words = m.surface.split()
        if m.kind != "ORG" or m.blind or not 2 <= len(words) <= 3 \
                or not any(c.isdigit() for c in words[-1]) or m.start - 1 in ends:
            continue
        w = _MAKER_BEFORE.search(text, max(0, m.start - 24), m.start)
        if w is None:
            continue
        maker = w.group(1)
        if _not_name(lexicon, maker) or gaz.resolve(maker) is not None \
                or _opens_sentence(text, w.start(1)):
            continue
        m.start, m.surface = w.start(1), text[w.start(1):m.end]


# ", sebuah <noun>" after a name: the classifier of things, never of people ("seorang").
_THING_APPOSITION = re.compile(r"\s*,\s*(?:yang merupakan\s+)?sebuah\s+([a-z]+)")


@cache
def _body_apposition() -> re.Pattern[str]:
    """", <group noun>" after a name (entities.toml `apposed_body_nouns`): "[Saracen] ,
    sindikat penyebar ujaran kebencian" names the body (who 291; ent29)."""
    nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(
        load("entities", EntitiesData).apposed_body_nouns, key=len, reverse=True))
    return re.compile(rf"\s*,\s*(?:{nouns or '(?!)'})(?![\w-])")


def _things_in_apposition(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name set off by ", sebuah <noun>" names a thing ("memperkenalkan
    [Mirabook] , sebuah aksesori": a product, judged ORG round 241): "sebuah" counts
    things, people take "seorang". A work's noun (entities.toml's `work_heads`: "sebuah
    film") makes the name a title, no entity; a place's head ("sebuah desa") a place; any
    other an organisation (products are ORG). Every mention of the name alone follows, as
    it does after a kind of body's noun (", sindikat …", `_body_apposition`)."""
    works = frozenset(w.casefold() for w in load("entities", EntitiesData).work_heads)
    places = frozenset(h[0] for h in kind_rules().place_heads if len(h) == 1)
    kinds: dict[str, str] = {}
    for surface in {m.surface for m in mentions if m.kind == "PERSON" and not m.blind
                    and not m.initials and m.role is None}:
        # the cued mention itself may be untagged or read as an organisation
        hit = search_word_then(text, surface, _THING_APPOSITION)
        if hit is None:
            if search_word_then(text, surface, _body_apposition()) is not None:
                kinds[surface] = "ORG"  # "[Saracen] , sindikat penyebar …" (ent29)
            continue
        noun = hit.group(1)
        kinds[surface] = "" if noun in works else "PLACE" if noun in places else "ORG"
    if not kinds:
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        kind = kinds.get(m.surface) if m.kind == "PERSON" and m.role is None else None
        if kind == "":
            continue
        if kind:
            m.kind = kind
        out.append(m)
    return out


def _products_and_brands(text: str, mentions: Sequence[Mention]) -> None:
    """A person's name with a model's word in it or right before it ("Canon EOS 6D Mark
    II", "5D [Mark IV]") is a product's, and one word with a capital inside ("DailySocial")
    a brand's, a firm's or an outlet's: organisations (products are ORG), whatever the
    tagger read; a model's word before the name is part of it. Surnames written so
    ("MacDonald") keep their kind (entities.toml's `camel_name_prefixes`)."""
    for m in mentions:
        if m.kind != "PERSON" or m.blind or m.initials:
            continue
        words = m.surface.split()
        before = _MODEL_BEFORE.search(text, max(0, m.start - 12), m.start) \
            if _GENERATION.fullmatch(words[-1]) else None
        if before is not None:  # "5D [Mark IV]" ("Menteri P2MI [Abdul Kadir]" stays)
            m.start, m.kind = before.start(1), "ORG"
            m.surface = text[m.start:m.end]
            continue
        camel = _CAMEL_WORD.fullmatch(m.surface) if len(words) == 1 else None
        model = words[1:] if len(words) < 2 or not _GENERATION.fullmatch(words[-1]) else words
        if (camel is not None and camel.group(1) not in _camel_prefixes()) or any(
                _MODEL_WORD.fullmatch(w) for w in model):
            m.kind = "ORG"


@cache
def _facility_nouns() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).facility_nouns)


_FACILITY_JOINS = frozenset({"and", "&"})


def _facility(m: Mention) -> bool:
    """A capitalised name of two words or more made of English facility nouns only
    (entities.toml `facility_nouns`: "Research Center", "Guest House", "Multi Tenant
    Building", "Park Management"), as a campus or building lists what it holds: no named
    entity. One such word alone may be a firm's name ("Playground", a venture fund) and
    stays (kinds18)."""
    if m.blind or m.role is not None:
        return False
    words = m.surface.split()
    nouns = _facility_nouns()
    return len(words) >= 2 and words[0] in nouns and words[-1] in nouns and all(
        w in nouns or w in _FACILITY_JOINS for w in words)


_LIST_JOINS = frozenset({" dan ", " , ", ", ", " serta "})


_SHORT_IN_BRACKETS = re.compile(r"\s*\(\s*")


def _scheme_spans(text: str, mentions: Sequence[Mention], names: NameLists | None
                  ) -> set[tuple[int, int]]:
    """The spans of `_scheme_named` mentions and of the short form in brackets right after
    one ("Extended Producer Responsibility ( [EPR] )"): no named entity (kinds19)."""
    out: set[tuple[int, int]] = set()
    terms: set[str] = set()
    after = -1
    for m in mentions:
        if m.start == after and m.kind == "ORG" \
                and text[m.end:m.end + 3].lstrip().startswith(")"):
            out.add((m.start, m.end))
        # an ORG's spelt acronym is read once: it both names the scheme and is kept as a
        # defined term whose acronym names it wherever it stands ("FGD" of "Focus Group
        # Discussion (FGD)"; ent25)
        spelt = _spelt_scheme(text, m, names) if m.kind == "ORG" else None
        if m.kind == "ORG" and (t := spelt or _scheme_spelt_before(text, m)):
            terms.add(t)
        if (spelt is not None) if m.kind == "ORG" else _scheme_named(m, names):
            out.add((m.start, m.end))
            b = _SHORT_IN_BRACKETS.match(text, m.end)
            after = b.end() if b is not None and "(" in b.group() else -1
    out |= {(m.start, m.end) for m in mentions if m.surface in terms}
    return out


_LONG_FORM_BEFORE = re.compile(r"((?:[A-Z][a-z]+ ){3,6})\(\s*$")


def _scheme_spelt_before(text: str, m: Mention) -> str | None:
    """An acronym in brackets right after the untagged name it spells, closed by a
    scheme's English head ("Focus Group Discussion ( [FGD] )"): that term's acronym."""
    if m.blind or not (3 <= len(m.surface) <= 6 and m.surface.isalpha() and m.surface.isupper()):
        return None
    g = _LONG_FORM_BEFORE.search(text, max(0, m.start - 80), m.start)
    words = g.group(1).split()[-len(m.surface):] if g is not None else []
    if len(words) == len(m.surface) and words[-1] in _scheme_heads() \
            and "".join(w[0] for w in words) == m.surface:
        return m.surface
    return None


@cache
def _scheme_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).scheme_heads)


def _scheme_named(m: Mention, names: NameLists | None) -> bool:
    """A person's name of two words or more closed by an English head of a plant, a scheme
    or a plan (entities.toml `scheme_heads`: "[Chlor Alkali Plant]", "[Extended Producer
    Responsibility]", "[Danone Impact Journey]"): no named entity; of two words, only one
    opened by no given name the name lists hold as a person's ("Robert Plant" stays;
    kinds19). (A "body" so closed is one only where its acronym stands in brackets beside
    it: `_spelt_scheme`, which `_scheme_spans` reads for bodies; ent25.)"""
    if m.kind != "PERSON" or m.blind or m.role is not None or m.initials:
        return False
    words = m.surface.split()
    if len(words) < 2 or words[-1] not in _scheme_heads():
        return False
    if len(words) > 2:
        return True  # "Green Impact Journey": no given name and surname
    flags = names.words.get(words[0].lower(), "") if names is not None else ""
    return "p" not in flags.lower()


_ACRONYM_BEFORE = re.compile(r"([A-Z][A-Za-z]{1,7})\s*\(\s*$")


def _spelt_scheme(text: str, m: Mention, names: NameLists | None) -> str | None:
    """The acronym in brackets right after (or before) a "body" of three words or more
    closed by a scheme's English head, that the name lists hold as no body whole, where
    it spells that name ("[Learning Management System] (LMS)", "CAT ( [Culinary Art
    Therapy] )"): a term the text defines, no body (a firm's name is seldom defined so)."""
    words = m.surface.split()
    if m.blind or len(words) < 3 or words[-1] not in _scheme_heads() or (
            names is not None and "O" in names.phrases.get(m.surface.lower(), "")):
        return None
    initials = "".join(w[0] for w in words).upper()
    for g in (_BRACKETED_SHORT.match(text, m.end),
              _ACRONYM_BEFORE.search(text, max(0, m.start - 12), m.start)):
        if g is not None and g.group(1).replace(" ", "").upper() == initials:
            return g.group(1).replace(" ", "")
    return None


def _facilities_listed(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions less the names of facility nouns (`_facility`), and less one such noun
    alone listed right beside one ("Guest House dan [Restaurant]"): the list's items are
    all common nouns. One alone elsewhere may be a firm's name and stays (kinds18)."""
    gone = [_facility(m) for m in mentions]
    if not any(gone):
        return list(mentions)
    nouns = _facility_nouns()
    for k, m in enumerate(mentions):
        if gone[k] or m.blind or m.role is not None or m.surface not in nouns:
            continue
        if (k and gone[k - 1] and text[mentions[k - 1].end:m.start] in _LIST_JOINS) or (
                k + 1 < len(mentions) and gone[k + 1]
                and text[m.end:mentions[k + 1].start] in _LIST_JOINS):
            gone[k] = True
    return [m for m, g in zip(mentions, gone, strict=True) if not g]


@cache
def _one_word_offices() -> frozenset[str]:
    """offices.toml's titles written as one word ("Mendikbud", "Kapolri"), case-folded: an
    office, which coref reads as its holder, never an organisation or a person's name."""
    return frozenset(t.casefold() for o in load("offices", OfficesData).office
                     for t in o.titles if " " not in t)


def _no_name(m: Mention) -> bool:
    """A mention with no letter ("11" cut from "iOS 11", "2019") in cased text, a decimal
    with its unit or a lone lower-case letter (a table's "28.964s", "1 m"), a person
    with a number for a name word (a well, a model: "sumur Jati Asri 03"), a term that
    names nothing with the country's short form ("GDP RI"), or an event named by a role
    word alone ("Presiden" from "Pemilu Presiden")."""
    if not m.blind and not any(c.isalpha() for c in m.surface):
        return True
    if _DECIMAL.fullmatch(m.surface) or (len(m.surface) == 1 and m.surface.islower()):
        return True  # a time or measure ("28.964s"), a lower-case letter ("1 [m]")
    words = m.surface.split()
    if m.kind == "PERSON" and any(w.isdigit() for w in words):
        return True
    if len(words) == 2 and words[0] in kind_rules().not_entities \
            and words[1] in country_suffixes():
        return True  # "GDP RI": a term of kinds.toml's not_entities, of the country
    if len(words) == 1 and not m.blind and _law_contraction(m.surface):
        return True  # "Permendikbud": a regulation contracted with its ministry
    if len(words) == 1 and m.surface.casefold() in _one_word_offices():
        return True  # "Staf Ahli [Mendikbud]": an office's contraction, no body (ent33b)
    return m.kind == "EVENT" and " " not in m.surface and is_role_word(m.surface)


@cache
def _generic_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (frozenset(w.casefold() for w in d.generic_bodies),
            frozenset(w.casefold() for w in d.plural_before),
            frozenset(w.casefold() for w in d.generic_after))


@cache
def _generic_tails() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).generic_area_tails)


# An academic or professional degree written after a name and a comma: short capitalised
# pieces with full stops ("Abdul Mu'ti, M.Ed", "Andi Wijaya, Sp.OT", "dr. Rina, Sp . A").
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\s?\.\s?)+[A-Z][A-Za-z]{0,3}\.?")
_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*\s*,\s*$")
_DEGREE_OPENED = re.compile(r"[A-Z][\w'’-]*\s*,\s*((?:[A-Z][A-Za-z]{0,3}\s?\.\s?)+)$")


def _degree(text: str, m: Mention) -> bool:
    """Whether `m` is a degree after a name and its comma ("Abdul Mu'ti, M.Ed", or the "OT"
    of "Andi Wijaya, Sp . OT"), no entity: degree-shaped itself, or a short word ending a
    degree opened after the comma. An honorific there opens a name ("diutarakan, Ny .
    Imas": no name before the comma either)."""
    if len(m.surface) > 10:
        return False
    before = text[max(0, m.start - 40):m.start]
    if "." in m.surface and _DEGREE.fullmatch(m.surface):
        return _AFTER_NAME.search(before) is not None
    if not (len(m.surface) <= 4 and m.surface.isalpha()):
        return False
    opened = _DEGREE_OPENED.search(before)
    return opened is not None and "".join(opened.group(1).split()).lower() \
        not in role_words().honorifics


def _generic_body(text: str, m: Mention) -> bool:
    """An organisation mention naming a kind of body ("LSM", "para Kepala [Dinas
    Perhubungan]", "[Satgas RW] setempat"), not one body. Reads a few words either side."""
    bodies, plural, after = _generic_words()
    if m.kind != "PERSON" and m.surface.casefold() in bodies:
        return True  # 'LSM' read as a place too
    if m.kind != "ORG":
        return False
    last = m.surface.rsplit(None, 1)
    if len(last) == 2 and last[1].casefold() in _generic_tails():
        return True  # "DPRD Provinsi": the bodies of a level, no area named
    nxt = text[m.end:m.end + 16].split()
    if nxt and nxt[0].rstrip(".,;:!?\"'”’)").casefold() in after:
        return True
    if nxt and nxt[0].casefold() in _generic_tails() and m.kind == "ORG" \
            and not (len(nxt) > 1 and nxt[1][:1].isupper()):
        return True  # "DPRD [Kabupaten / Kota]": the level, no area named after it
    before = text[max(0, m.start - 40):m.start].split()[-3:]
    while before and before[-1][:1].isupper() and is_role_word(before[-1]):
        before.pop()  # 'para Kepala [Dinas ...]'
    return bool(before) and before[-1].casefold() in plural


@cache
def _indicator_words() -> tuple[frozenset[str], frozenset[str]]:
    """(entities.toml `indicator_heads`, `indicator_tails`)."""
    d = load("entities", EntitiesData)
    return frozenset(d.indicator_heads), frozenset(d.indicator_tails)


def _indicator(m: Mention) -> bool:
    """A body or place whose name is a survey's, a census's or an index's (opening with
    one of `indicator_heads`: "Survei Nasional Literasi dan Inklusi Keuangan") or a rate's
    (closing with one of `indicator_tails`, also after a hyphen: "BI-Rate", "Fed Funds
    Rate"): a measure or a study, no entity. A name holding a body's head stays (the
    pollster "Lembaga Survei Indonesia" opens with its head anyway); kinds11."""
    if m.kind == "PERSON":
        return False
    words = m.surface.split()
    heads, tails = _indicator_words()
    last = words[-1].rsplit("-", 1)[-1]
    if not ((len(words) > 1 and words[0] in heads)
            or (last in tails and (len(words) > 1 or "-" in words[-1]))):
        return False
    body = _body_heads()
    return not any(w.casefold() in body for w in words[1:])


_LONG_FORM_JOINERS = frozenset({"dan", "&", "-"})


def _indicator_long_form(words: Sequence[str], lexicon: Mapping[str, str]) -> bool:
    """Whether the words before an acronym's bracket end with a survey's or an index's
    name ("Survei Nasional Literasi dan Inklusi Keuangan (SNLIK)"), tagged or not: the
    capitalised run there opens with the head, or with a common word and then the head
    ("Hasil [Survei ...]" opening a sentence); "Lembaga [Survei Indonesia]" is a body's."""
    k = len(words)
    while k > 0 and len(words) - k < 9 and (words[k - 1][:1].isupper()
                                            or words[k - 1] in _LONG_FORM_JOINERS):
        k -= 1
    run = words[k:]
    heads, body = _indicator_words()[0], _body_heads()
    if len(run) > 2 and run[1] in heads and run[0].casefold() not in body \
            and not lexicon.get(run[0].lower(), "NNP").startswith(("NNP", "FW")):
        run = run[1:]
    if len(run) < 2 or run[0] not in heads:
        return False
    return not any(w.casefold() in body for w in run[1:])


@cache
def _no_entity_terms() -> frozenset[str]:
    """Generic bodies and non-entity terms, case-folded (whole names)."""
    return _generic_words()[0] | frozenset(t.casefold() for t in kind_rules().not_entities)


_BRACKET_AFTER = re.compile(r"\s*\(\s*([^()]{2,80}?)\s*\)")
_DEFINED = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")  # an acronym in brackets


def _bracket_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    r"""The span of group 1 of the pattern `([^()]{2,80}?)\s*\(\s*$` searched in
    text[lo:hi] (`Pattern.search(text, lo, hi)`: the words before an opening bracket that
    ends the window, up to 80 characters, no bracket among them), or None, computed from
    the window's last bracket and white space (`\s`, what `rstrip` strips): that
    end-anchored pattern, its lazy words tried from every start of the 90 characters, cost
    16-140 us a call; this 3. The pattern is kept in tests/ner/test_resolve.py, which
    checks the two agree on random windows."""
    body = text[lo:hi].rstrip()
    if not body.endswith("("):
        return None
    paren = lo + len(body) - 1
    head = text[lo:paren]
    words_end = lo + len(head.rstrip())  # the white space before the bracket starts here
    start = max(lo + max(head.rfind("("), head.rfind(")")) + 1, words_end - 80)
    if start > paren - 2:
        return None  # fewer than two characters before the bracket
    return start, max(start + 2, words_end)


def _lower_long_form(words: Sequence[str], acronym: str) -> bool:
    """Whether the words before an acronym's bracket spell it in lower case ("standard
    operating procedure (SOP)"), the first perhaps glued to the word before it: a common
    term, as a named body writes its name in capitals."""
    last = words[-len(acronym):]
    if not (len(last) == len(acronym) and all(x.isalpha() and x.islower() for x in last)):
        return False
    if "".join(x[0] for x in last).upper() == acronym:
        return True
    # "menerapkan[work] from home(WFH)": the first word glued to the one before it, where
    # the text lost a space; the rest spell the acronym
    return ("".join(x[0] for x in last[1:]).upper() == acronym[1:]
            and len(last) > 2 and acronym[0].lower() in last[0][1:])


@cache
def _body_heads() -> frozenset[str]:
    """Words that make a name of common words a body's: `body_heads`, `org_words` and the
    organisation heads' first words (case-folded; "Daerah" of "Kepolisian Daerah" is no
    head)."""
    d = load("entities", EntitiesData)
    heads = {h[0] for h in kind_rules().org_heads if h}
    return frozenset({*(w.casefold() for w in d.body_heads),
                      *(w.casefold() for w in d.org_words), *heads})


_TERM_WORD = re.compile(r"[^\W\d_]+")


def _common_term(m: Mention, lexicon: Mapping[str, str]) -> bool:
    """An organisation of two words or more, read from cased text, whose every word the
    lexicon knows as a common word (no proper noun) and none a body's head
    (`_body_heads`): a term, programme or document, no body ("Pendapatan Asli Daerah",
    "Berita Acara Pemeriksaan"); a word the lexicon lacks may be a name, and a foreign
    one may name a firm ("First Travel")."""
    if m.kind != "ORG" or m.blind or m.surface.isupper() \
            or not all(t.replace("-", "").isalpha() for t in m.surface.split()):
        return False  # a site ("20.detik.com"), a code or a number: no plain words
    return _term_words(_TERM_WORD.findall(m.surface), lexicon)


def _term_words(words: Sequence[str], lexicon: Mapping[str, str]) -> bool:
    """Whether `words` (two or more, capitalised or lower-case) are all common Indonesian
    words the lexicon knows (no proper noun, no foreign word) and none a body's head
    (`_common_term`)."""
    if len(words) < 2 or not all(w[:1].isupper() or w.islower() for w in words):
        return False
    heads = _body_heads()
    for w in words:
        low = w.lower()
        tag = lexicon.get(low)
        if tag is None or tag.startswith(("NNP", "FW")) or low in heads:
            return False  # a foreign word may name a firm ("First Travel")
    return True


def _term_long_form(words: Sequence[str], acronym: str, lexicon: Mapping[str, str]
                    ) -> bool:
    """Whether the capitalised words before an acronym's bracket that spell it are a term
    of common words ("Pendapatan Asli Daerah (PAD)", `_term_words`)."""
    caps = [w for w in words if w[:1].isupper()]
    last = words[-len(acronym):]
    return (len(acronym) <= len(caps) and len(last) == len(acronym)
            and "".join(w[:1] for w in last).upper() == acronym.upper()
            and _term_words(last, lexicon))


_SPELT = re.compile(r"\(\s*([A-Z]{3,6})\s*\)")  # an all-capital acronym in brackets
_CLAUSE_END = re.compile(r"[.,;:!?()\"\n]")


def _spelling_run(text: str, at: int, acronym: str) -> tuple[int, int] | None:
    """The span of the capitalised words right before `at` (an acronym's bracket) whose
    first letters spell `acronym`, name function words between them skipped ("Pusat
    Pendidikan dan Latihan Pelajar ( PPLP )"); None where the words do not spell it."""
    lo = max(0, at - 120)
    cut = [c.end() for c in _CLAUSE_END.finditer(text, lo, at)]
    words = list(re.finditer(r"\S+", text[cut[-1] if cut else lo:at]))
    base = cut[-1] if cut else lo
    fw = _name_function_words()
    k = len(acronym) - 1
    for w in reversed(words):
        word = w.group()
        if k < len(acronym) - 1 and word in fw:
            continue
        if not (word.isalpha() and word[0] == acronym[k] and word[1:].islower()):
            return None
        k -= 1
        if k < 0:
            return base + w.start(), base + words[-1].end()
    return None


@cache
def _passage_pattern() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("entities", EntitiesData).passage_words)) or "(?!)"
    return re.compile(rf"\s(?:{words})\s+\d")


def _passage(m: Mention) -> bool:
    """Whether a capitalised name runs on through a lower-case passage word and its
    number ("Al Maidah [ayat 51]", entities.toml `passage_words`): a passage of a text,
    no entity."""
    return not m.blind and _passage_pattern().search(m.surface) is not None


def _owners_apart(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A mention run on through a lower-case word of its owner or leader (entities.toml
    `body_owner_words`: "[Filipina Selatan pimpinan Hapilon Isnilon]") is two: the name
    before the word keeps its kind, the capitalised name after it is a place the
    gazetteer knows, a body opening with an organisation word, or else a person (who 295;
    ent30b)."""
    owners = _body_words()[0]
    out: list[Mention] = []
    for m in mentions:
        words = list(re.finditer(r"\S+", m.surface))
        k = next((i for i in range(1, len(words) - 1) if words[i].group() in owners), 0)
        rest = [w.group() for w in words[k + 1:]]
        if not k or not all(w[:1].isupper() for w in rest) \
                or not words[k - 1].group()[:1].isupper():
            out.append(m)
            continue
        head = m.surface[:words[k - 1].end()]
        tail = m.surface[words[k + 1].start():]
        place = gaz.resolve(tail)
        kind = "PLACE" if place is not None else "ORG" if rest[0] in org_words() else "PERSON"
        left = Mention(m.start, m.start + len(head), m.kind, head, blind=m.blind)
        if m.kind == "PLACE":
            left.place = gaz.resolve(head)
        right = Mention(m.start + words[k + 1].start(), m.end, kind, tail, place=place,
                        blind=m.blind)
        out.extend((left, right))
    return out


_SPELT_AFTER = re.compile(r"\s*\(\s*([A-Z]{3,6})\s*\)")


def _spelt_name(text: str, m: Mention) -> bool:
    """Whether the acronym in brackets right after `m` spells it whole from its first word
    (`_spelling_run`): that word is the name's, though a common word opens the sentence
    ("[Generasi] Muda Partai Golkar ( GMPG )")."""
    after = _SPELT_AFTER.match(text, m.end)
    return after is not None and _spelling_run(
        text, text.index("(", after.start()), after.group(1)) == (m.start, m.end)


def _opens_body(words: Sequence[str]) -> bool:
    """Whether `words` open with an organisation's or a group's head (kinds.toml
    `org_heads`, `command_heads`, `group_heads`: "Lembaga", "Front")."""
    rules = kind_rules()
    low = tuple(w.lower() for w in words)
    return any(low[:len(h)] == h for h in rules.org_index.get(low[0], ())) \
        or words[0] in _building_heads()[1]


def _spelt_long_forms(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                      gaz: Gazetteer) -> list[Mention]:
    """Mentions with the names an acronym in brackets spells right after them ("Generasi
    Muda Partai Golkar ( GMPG )", "Indonesia Clearing House ( ICH )"): a body (a place
    after a place's head), which the tagger left untagged or read only in part
    ("Partai Golkar"), and the acronym itself. Only a name with a body's evidence: an
    organisation's head opening it (`_opens_body`), a body the tagger read inside it, or
    a place named among its words ("Indonesia Corruption Watch ( ICW )"); plans,
    programmes and terms ("Rencana Kerja Pemerintah ( RKP )") have none. No-entity terms
    (kinds.toml `not_entities`), terms of common words ("Pendapatan Asli Daerah ( PAD )",
    `_term_words`), events and people are left as they are."""
    if "(" not in text:
        return mentions
    out = mentions
    heads = kind_rules().place_heads
    for d in _SPELT.finditer(text):
        acronym = d.group(1)
        run = _spelling_run(text, d.start(), acronym)
        if run is None:
            continue
        a, b = run
        inside = [m for m in out if m.start < b and m.end > a]
        if any(m.start < a or m.end > b or (m.start, m.end) == (a, b) or m.kind == "PERSON"
               for m in inside):
            continue  # tagged whole, crossing the name, or a person's part
        words = text[a:b].split()
        prev = text[max(0, a - 30):a].split()[-1:]
        if prev and is_role_word(prev[0]) and not _opens_body(words) \
                or any(is_role_word(w) for w in words):
            continue  # an office's portfolio ("Menteri [Pendayagunaan …] ( PANRB )"), an
            # office itself ("Chief Executive Officer ( CEO )")
        if words[0] in event_heads() or " ".join(words).casefold() in _no_entity_terms() \
                or _term_words([w for w in words if w not in _name_function_words()], lexicon) \
                or not (_opens_body(words) or any(m.kind == "ORG" for m in inside)
                        or any(gaz.resolve(w) is not None for w in words)):
            continue
        low = tuple(w.lower() for w in words)
        kind = "PLACE" if any(low[:len(h)] == h for h in heads) else "ORG"
        added = [Mention(a, b, kind, text[a:b])]
        if not any(m.start == d.start(1) for m in out):
            added.append(Mention(d.start(1), d.end(1), "ORG", acronym))
        out = sorted([m for m in out if m not in inside] + added,
                     key=lambda m: (m.start, m.end))
    return out


def _no_generic(text: str, mentions: Sequence[Mention],
                lexicon: Mapping[str, str]) -> list[Mention]:
    """Mentions less generic bodies (`_generic_body`), with every other mention of the
    same surface ("Satgas RW setempat" makes "Satgas RW" generic throughout) and an
    acronym whose long form beside it in brackets is generic or no entity ("TPI" of
    "Tempat Pemeriksaan Imigrasi (TPI)", "AI ( Avian Influenza )") or is written in lower
    case (`_lower_long_form`); terms of common words too
    (`_common_term`: "Pendapatan Asli Daerah (PAD)") and surveys, indices and rates
    (`_indicator`: "BI-Rate"). Reads a few words
    beside each acronym, and the text once for acronyms in brackets when one is a mention
    outside brackets (its long form may be untagged)."""
    gone = {m.surface for m in mentions if _generic_body(text, m)
            or _common_term(m, lexicon) or _indicator(m)}
    terms = _no_entity_terms() | {" ".join(g.split()).casefold() for g in gone}
    defined: dict[str, int] | None = None
    for m in mentions:
        w = m.surface
        if m.kind == "PERSON" or not (2 <= len(w) <= 8 and w.isupper() and w.isalpha()):
            continue
        after = _BRACKET_AFTER.match(text, m.end, min(len(text), m.end + 90))
        if after is not None and " ".join(after.group(1).split()).casefold() in terms:
            gone.add(w)
            continue
        # The pattern needs "(" and only spaces before the acronym; tried at every
        # character of the 90 before it, it cost 0.3 ms an article without that gate.
        start = m.start
        if not text[max(0, start - 90):start].rstrip().endswith("("):
            if defined is None:  # where each acronym is first defined, read once
                defined = {}
                for d in _DEFINED.finditer(text):
                    defined.setdefault(d.group(1), d.start(1))
            start = defined.get(w, -1)
            if start < 0:
                continue  # "BAP" alone, defined where the tagger left it untagged
        before = _bracket_before(text, max(0, start - 90), start)
        if before is not None:
            words = text[before[0]:before[1]].split()
            if (any(" ".join(words[-n:]).casefold() in terms for n in range(1, 9))
                    or _lower_long_form(words, w)
                    or _term_long_form(words, w, lexicon) or _indicator_long_form(words, lexicon)):
                gone.add(w)
    return [m for m in mentions if m.surface not in gone]


@cache
def _epithet_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (frozenset(w.casefold() for w in d.currency_words),
            frozenset(w.casefold() for w in d.epithet_cues))


def _after_currency(text: str, s: int) -> bool:
    """Whether the word before `s` is a currency word ("dolar [AS]")."""
    before = text[max(0, s - 16):s].split()
    return bool(before) and before[-1].casefold() in _epithet_words()[0]


def _headed_by_form(surface: str, heads: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a place's name opens with an abbreviated organisation head and a
    capitalised word ("[PN] Jakarta Barat", kinds.toml `org_head_forms`): the body of
    that place, no place (who 295; ent30b)."""
    words = surface.split()
    return len(words) > 1 and words[0].lower() in heads and words[1][:1].isupper()


def _not_named(text: str, mentions: Sequence[Mention]
               ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less those that name no entity by the word before them: a place after a
    currency word is the currency ("dolar [AS]"), a name after a nickname cue an epithet
    ("klub berjuluk [Bajul Ijo]"); an acronym in brackets right after one goes with it
    ("Dolar Amerika Serikat [(AS)]"). Reads the word before each mention only. A place or
    person named by an abbreviated organisation head alone ("Kementan") is that
    organisation. Returns the mentions kept and the spans of those dropped (no alias
    sweep is to find them again)."""
    currency, cues = _epithet_words()
    heads = _org_head_forms()
    out: list[Mention] = []
    gone: set[tuple[int, int]] = set()
    gone_end = -1
    for m in mentions:
        if m.kind != "ORG" and not m.blind and (m.surface.lower() in heads or (
                m.kind == "PLACE" and _headed_by_form(m.surface, heads))):
            m.kind, m.place = "ORG", None
        before = text[max(0, m.start - 16):m.start].split()
        prev = before[-1].casefold() if before else ""
        if ((m.kind == "PLACE" and prev in currency) or prev in cues) or (
                gone_end >= 0 and m.start - gone_end <= 3
                and text[gone_end:m.start].strip() == "("):
            gone_end = m.end
            gone.add((m.start, m.end))
            after = _BRACKET_AFTER.match(text, m.end, min(len(text), m.end + 20))
            if after is not None:  # "Dolar Amerika Serikat ( AS )", the bracket untagged
                gone.add(after.span(1))
            continue
        out.append(m)
    return out, gone


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (frozenset(w.casefold() for w in d.title_cues),
            frozenset(w.casefold() for w in d.work_heads))


@cache
def _law_words() -> tuple[frozenset[str], tuple[str, ...]]:
    d = load("entities", EntitiesData)
    return (frozenset(w.casefold() for w in d.law_heads),
            tuple(w.casefold() for w in d.law_prefixes))


def _law_contraction(word: str) -> bool:
    """Is `word` a regulation's name contracted with its issuer, one capitalised word of a
    law prefix of entities.toml and more lower-case letters ("Permendikbud", "Kepmenhub")?
    Laws are no entities."""
    low = word.casefold()
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and any(
        low.startswith(p) and len(low) > len(p) + 1 for p in _law_words()[1])


@cache
def _law_cue_words() -> CueWords:
    """The law words and prefixes, one of which opens each match of `_law_acronym` (tried
    only where one starts: 0.10 -> 0.04 ms an article where it is read; speed27)."""
    heads, prefixes = _law_words()
    return CueWords([*heads, *prefixes])


@cache
def _law_acronym() -> re.Pattern[str]:
    """A law word, then an acronym: "UU [ITE]", "Permenkes [PTM]"."""
    heads, prefixes = _law_words()
    alts = [re.escape(h) for h in sorted(heads, key=len, reverse=True)]
    alts += [re.escape(p) + r"\w*" for p in prefixes]
    # Left opening with its look-behind: a case-blind alternation gains nothing from
    # `opening` (1.17 ms an article against 0.32 on Detik).
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(alts)})\s+([A-Z][A-Z0-9]{{1,9}})(?![\w-])")


def _law_word_before_any(text: str, acronyms: set[str]) -> bool:
    """Whether some occurrence of one of `acronyms` may follow a law word and spaces (a
    whole word: one of `law_heads`, or opening with a `law_prefixes`): what
    `_law_acronym` needs to find it. A test of the few words before the acronyms, not a
    case-blind scan of the whole text (most texts name no law; speed12). A word with
    letters beyond ASCII, which case-blind matching may fold otherwise, passes."""
    heads, prefixes = _law_words()
    for acronym in acronyms:
        pos = text.find(acronym)
        while pos >= 0:
            j = pos
            while j > 0 and text[j - 1].isspace():
                j -= 1
            k = j
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
                k -= 1
            if k < j < pos:
                word = text[k:j]
                if not word.isascii():
                    return True
                low = word.casefold()
                if low in heads or low.startswith(prefixes):
                    return True
            pos = text.find(acronym, pos + 1)
    return False


def _law_word(word: str) -> bool:
    """Whether `word` (case-folded) names a law or regulation ("uu", "pergub",
    "permenkes")."""
    heads, prefixes = _law_words()
    return word in heads or word.startswith(prefixes)


_OPEN_QUOTES = "'\"‘“«"


@cache
def _title_inner_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).title_inner_words)


_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’-]*")
_TITLE_SEPARATORS = frozenset({",", "dan", "serta"})
_TITLE_LOOKBACK = 160  # characters before a name where its title's work word may stand


def _title_word(word: str, inner: frozenset[str]) -> bool:
    """Whether `word` can stand in a work's title: a capitalised word, a number or a small
    title word (`title_inner_words`)."""
    return _TITLE_WORD.fullmatch(word) is not None or word.casefold() in inner


def _in_work_title(text: str, m: Mention) -> bool:
    """Whether `m` is a piece of a work's unquoted title after a work noun (`work_heads`):
    the capitalised run it stands in, opened by the noun (or by a title listed before it
    after the noun: "acara Jimmy Kimmel Live dan The Ellen DeGeneres Show"), is longer than
    the name and holds a small title word ("acara The Late Late Show With [James Corden]")
    or goes on after a name that opens it ("acara [Jimmy Kimmel] Live", "game [Watch Dogs]
    2"). A name that is the whole run ("album Agnez Mo") or stands after a role in it
    ("acara Presiden Joko Widodo") is left."""
    inner = _title_inner_words()
    before = text[max(0, m.start - _TITLE_LOOKBACK):m.start].replace(",", " , ").split()
    k = len(before)
    while k > 0 and (_title_word(before[k - 1], inner) or before[k - 1] == ":" and k > 1
                     and _TITLE_WORD.fullmatch(before[k - 2]) is not None):
        k -= 1  # a subtitle after its title's colon too ("film X : [The Y]"); works10
    part = before[k:]
    j = k  # walk back over titles listed before this one, to the work noun
    while j > 0 and before[j - 1].casefold() in _TITLE_SEPARATORS:
        j -= 1
        i = j
        while i > 0 and _title_word(before[i - 1], inner):
            i -= 1
        if i == j:
            return False
        j = i
    if j == 0 or before[j - 1].casefold() not in _title_words()[1] and not (
            ":" in part and before[j - 1].casefold() in _title_words()[0]):
        return False  # a work noun, or a title cue before a subtitled title
    after: list[str] = []
    for w in text[m.end:m.end + _TITLE_LOOKBACK].replace(",", " , ").split():
        if not _title_word(w, inner):
            break
        after.append(w)
    while after and not _TITLE_WORD.fullmatch(after[-1]):
        after.pop()  # a title ends on a capitalised word or number
    if part and not _TITLE_WORD.fullmatch(part[0]):
        return False  # a run opened by a lower-case word is no title ("film of ...")
    if m.kind == "PERSON" and part and not after:
        return part[-1].casefold() in inner  # "Show With [James Corden]", not a writer's
        # name after his titles ("buku X & Y Drs H [Arief Hariana]")
    marked = any(w.casefold() in inner for w in (*part, *m.surface.split(), *after))
    return bool(part or after) and (marked or not part)


@cache
def _work_list() -> re.Pattern[str] | None:
    """A work noun, at most four words, and a list cue: "lagu miliknya , yakni ", "game -
    game AAA seperti "."""
    d = load("entities", EntitiesData)
    if not d.work_list_cues or not d.work_heads:
        return None
    nouns = "|".join(map(re.escape, d.work_heads))
    cues = "|".join(r"\s+".join(map(re.escape, c.split())) for c in d.work_list_cues)
    return re.compile(rf"(?<![\w-])(?:{nouns})(?![\w-])(?:\s+[^\s.!?]+){{0,4}}?\s+(?:{cues})"
                      r"\s*:?\s*", re.IGNORECASE)


@cache
def _work_heads() -> CueWords:
    """The work nouns every match of `_work_list` opens with."""
    return CueWords(load("entities", EntitiesData).work_heads)


# Between two listed titles: the rest of the first title (capitalised words, numbers, a
# subtitle's colon, small words) and a comma or a conjunction.
_TITLE_GAP = re.compile(r"(?:\s*(?:[A-Z0-9][\w'.-]*|[’']s|:|-|of|the|and|&|\(|\)))*\s*"
                        r"(?:,\s*(?:dan|serta|atau|hingga)?|dan|serta|atau|hingga)\s*"
                        r"(?:yang\s+terbaru\s*)?[\"'“‘]?\s*$")


def _listed_works(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Indexes of the mentions listed after a work noun and a list cue ("tiga lagu
    miliknya , yakni [Jumpman] , [Gyalchester] , dan [Fake Love]"): titles, no entities.
    A person or a place the gazetteer knows listed stays one, and so does any name of a
    lower-cased sentence; the list ends where the gap to the next mention is no comma or
    conjunction."""
    pat = _work_list()
    if pat is None:
        return set()
    out: set[int] = set()
    starts = [m.start for m in mentions]
    for hit in finditer_opening_with(pat, text, _work_heads()):
        k = bisect_left(starts, hit.end())
        if k >= len(mentions) or (text[hit.end():mentions[k].start].strip(" \"'“‘")
                                  and not _TITLE_GAP.fullmatch(text, hit.end(),
                                                               mentions[k].start)):
            continue  # the list's first name, or an untagged first title and a comma
        while k < len(mentions):
            m = mentions[k]
            if m.kind != "PERSON" and m.place is None and not m.blind:
                out.add(k)  # a known place listed stays ("lagu … di kota seperti [X]")
            nxt = k + 1
            if nxt >= len(mentions) \
                    or not _TITLE_GAP.fullmatch(text, mentions[k].end, mentions[nxt].start):
                break
            k = nxt
    return out


# A name in brackets right after a person's ("Kelly Clarkson ( [Love So Soft] )"): read as
# that person's work when a work noun opens the sentence before it.
_OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_WORD = re.compile(r"\w+")


def _bracketed_work(text: str, m: Mention, prev: Mention | None,
                    nouns: Collection[str]) -> bool:
    """Whether `m` is a work's title in brackets after its maker's name: "lagu hit milik
    Kelly Clarkson ( Love So Soft ) , Lady Gaga ( [Million Reasons] )", a work noun
    (`work_heads`) earlier in the sentence. A person, a known place or an acronym so
    bracketed stays (a player's country, a member's party: "Budi ( PDIP )")."""
    if prev is None or prev.kind != "PERSON" or m.kind == "PERSON" or m.place is not None \
            or m.blind or m.surface.isupper() \
            or not _OPEN_BRACKET_GAP.fullmatch(text, prev.end, m.start) \
            or not _CLOSE_BRACKET.match(text, m.end):
        return False
    lo = max(0, prev.start - 300)
    stops = [x.end() for x in _SENTENCE_STOP.finditer(text, lo, prev.start)]
    start = stops[-1] if stops else lo
    return any(w.group().casefold() in nouns for w in _WORD.finditer(text, start, prev.start))


def _listed_after_title(text: str, mentions: Sequence[Mention], k: int,
                        gone: Collection[int]) -> bool:
    """Whether mention `k` goes on a list whose item before it was a title ("film
    berjudul [A] ( 2001 ) , [B] ( 2002 ) , dan [C]"): a title too, unless a person or a
    known place, or a name of a lower-cased sentence."""
    m = mentions[k]
    return k > 0 and (k - 1) in gone and m.kind != "PERSON" and m.place is None \
        and not m.blind and m.start - mentions[k - 1].end <= 200 \
        and bool(_TITLES_GAP.fullmatch(text, mentions[k - 1].end, m.start))


# Untagged titles between two listed ones: capitalised words (each read whole, so that a
# gap that is no list fails fast), years in brackets, commas; then `_TITLE_GAP`'s end.
_TITLES_GAP = re.compile(r"(?:(?:\s*(?:[A-Z0-9][\w'.-]*(?![\w'.-])|[’']s|:|-|of|the|and|&"
                         r"|\(|\)))*\s*,)*" + _TITLE_GAP.pattern)


# An acronym spelt out in lower case in brackets right after it ("NDF ( non-deliverable
# forward )"), or right before it in brackets ("ruang terbuka hijau ( RTH )"): a term.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LOWER_AFTER = re.compile(r"\s*\(\s*([a-z]+(?:[\s-]+[a-z]+){1,6})\s*\)")
# The words before may be listed with commas ("ketua , sekretaris , dan bendahara ( KSB
# )": three posts' short form, no body; kind33).
_LOWER_BEFORE = re.compile(r"([a-z]+(?:(?:\s*,\s*|[\s-]+)[a-z]+){1,6})\s*\(\s*$")
_PIECES = re.compile(r"[\s-]+")
# A feature of a product or service named after its noun ("fitur [Smart Reply]").
_FEATURE_BEFORE = re.compile(r"(?<![\w-])[Ff]itur\s+$")


def _spelt_out(acronym: str, words: str, last: bool) -> bool:
    """Whether lower-case `words` spell out `acronym` by their initials (pieces of a
    hyphened word each count: "non-deliverable forward", NDF); `last`: the acronym's
    words are the last ones of `words` (the spelling written before it)."""
    pieces = _PIECES.split(words.strip())
    n = len(acronym)
    if len(pieces) >= n and (last or len(pieces) == n) \
            and "".join(p[0] for p in pieces[-n:]) == acronym.lower():
        return True
    # A prefixed word may give its prefix's letter and its root's ("ditanggung pemerintah
    # ( DTP )": di-tanggung, D and T); kinds10. A joining word may give its letter or
    # none ("tanggung jawab sosial dan lingkungan ( TJSL )", "pemberhentian tidak dengan
    # hormat ( PTDH )"); kinds14.
    joiners = _entity_words("term_joiners")
    joins = sum(p in joiners for p in pieces)
    codes = [(p[0], "") if p in joiners
             else (p[0], p[0] + p[len(f)]) if (f := _prefix_of(p)) else (p[0], p[0])
             for p in pieces[-(n + joins):]]
    return (last or len(pieces) <= n + joins) and _codes_spell(codes, acronym.lower(), last,
                                                               len(pieces))


_AFFIXES = ("di", "ter", "ber", "per")


def _prefix_of(word: str) -> str:
    """A verb prefix `word` opens with, a root of four letters or more after it."""
    return next((f for f in _AFFIXES if word.startswith(f) and len(word) - len(f) >= 4), "")


def _codes_spell(codes: Sequence[tuple[str, str]], acronym: str, last: bool,
                 total: int) -> bool:
    """Whether some words' codes (one letter or two each), from the last word back, spell
    `acronym` whole; with `last` false every word must take part."""
    ends = {len(acronym)}
    for k in range(len(codes) - 1, -1, -1):
        ends = {e - len(c) for e in ends for c in set(codes[k])
                if e - len(c) >= 0 and acronym[e - len(c):e] == c}
        if 0 in ends:
            return last or k == 0 and len(codes) == total
        if not ends:
            return False
    return False


def _term_in(text: str, acronym: str) -> bool:
    """Whether `text` spells `acronym` out in lower case in brackets after or before one
    of its first few occurrences as a word."""
    pos = text.find(acronym)
    for _ in range(4):
        if pos < 0:
            return False
        end = pos + len(acronym)
        if (pos == 0 or not text[pos - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            after = _LOWER_AFTER.match(text, end)
            if after is not None and _spelt_out(acronym, after.group(1), False):
                return True
            # The look-back pattern ends in "(": searched only where the text does.
            lo = max(0, pos - 80)
            before = _LOWER_BEFORE.search(text, lo, pos) if ends_in(text, lo, pos, "(") \
                else None
            if before is not None and _spelt_out(acronym, before.group(1).replace(",", " "),
                                                  True):
                return True
        pos = text.find(acronym, end)
    return False


_FEATURE_CUES = ("fitur ", "Fitur ")


def _cue_spots(text: str) -> dict[str, list[int]]:
    """Where each of `_FEATURE_CUES` stands in `text` (overlapping places included)."""
    spots: dict[str, list[int]] = {}
    for cue in _FEATURE_CUES:
        found = spots[cue] = []
        at = text.find(cue)
        while at >= 0:
            found.append(at)
            at = text.find(cue, at + 1)
    return spots


def _feature_in(text: str, name: str, spots: Mapping[str, list[int]]) -> bool:
    """Whether `text` writes `name` as a word right after "fitur" somewhere. `spots`
    (`_cue_spots`) holds where the cues stand: `text.find(cue + name)` is the first of
    them that `name` follows, found without a scan of the whole text per name."""
    for cue in _FEATURE_CUES:
        pos = next((p for p in spots[cue] if text.startswith(name, p + len(cue))), -1)
        end = pos + len(cue) + len(name)
        if pos >= 0 and (pos == 0 or not text[pos - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            return True
    return False


@cache
def _not_entity_words() -> frozenset[str]:
    """kinds.toml's `not_entities`, case-folded: terms, programmes, kinds of things."""
    return frozenset(t.casefold() for t in kind_rules().not_entities)


def _terms_run(name: str) -> bool:
    """Whether a name of two words or more is all terms, each word one of `not_entities`
    ("Bansos Sembako", a programme named by two programme words: no entity; who 297)."""
    words = name.split()
    return len(words) > 1 and all(w.casefold() in _not_entity_words() for w in words)


def _terms_and_features(text: str, mentions: Sequence[Mention]
                        ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less terms and product features, no entities, with every mention of
    their names: an acronym the text spells out in lower case in brackets, after it or
    before it ("intervensi NDF ( non-deliverable forward )", "ruang terbuka hijau ( RTH
    )": a name is spelt in capitals; not a body's acronym aliases.toml knows, nor in a
    lower-cased text), or one letter before one so spelt ("D" + it); and a name
    right after "fitur" ("fitur [Smart Reply]"), unless a word of it is itself a name
    of the text (a platform's or firm's: "fitur [Grab Taxi]") or it is one camel-case
    brand ("fitur [GrabPay]", a service). Returns the mentions kept and the spans
    dropped (no alias sweep is to find them again). kinds9."""
    terms: set[str] = set()
    features: set[str] = set()
    bodies = _body_acronyms()
    # Both feature tests need "fitur" or "Fitur": most texts hold neither, and each
    # mention's two scans of the whole text (`_feature_in`) are spared there.
    cued = "itur" in text
    spots = _cue_spots(text) if cued else {}
    for m in mentions:
        if m.blind:
            continue
        if _ACRONYM.fullmatch(m.surface) and m.surface not in bodies:
            if _term_in(text, m.surface) or (
                    len(m.surface) > 2 and _term_in(text, m.surface[1:])):
                terms.add(m.surface)
        elif cued and m.surface not in features and _CAMEL_WORD.fullmatch(m.surface) is None and (
                _FEATURE_BEFORE.search(text, max(0, m.start - 8), m.start)
                or _feature_in(text, m.surface, spots)):
            features.add(m.surface)  # the cued mention may be untagged, found later
    if features:
        words = {m.surface for m in mentions if m.surface not in features}
        features = {f for f in features if words.isdisjoint(f.split())}
    gone = terms | features | {m.surface for m in mentions if _terms_run(m.surface)}
    if not gone:
        return list(mentions), set()
    return ([m for m in mentions if m.surface not in gone],
            {(m.start, m.end) for m in mentions if m.surface in gone})


_WORDS_BEFORE = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def _contracts(low: str, head: str, second: str, prefixes: tuple[str, ...]) -> bool:
    """Whether `low` contracts an office opened by `head` and `second`: the head's first
    two letters or more (or an office prefix: "ka" of Kepala) and then the second word's
    first letter ("wa|menaker", "men|pora", "ka|dispar"); not a holder's name ("Presiden
    Indonesia ( Prabowo )": "pr|abowo") nor the body's own contraction ("Kepala Kejaksaan
    Negeri ( Kejari )": "ke|jari")."""
    n = 0
    while n < min(len(low), len(head)) and low[n] == head[n]:
        n += 1
    if n < 2:
        n = next((len(p) for p in prefixes if low.startswith(p)), 0)
    return n >= 2 and low[n:n + 1] == second[:1] and not low.startswith(second[:3])


@cache
def _office_prefixes_folded() -> tuple[str, ...]:
    """`office_prefixes` case-folded ("ka", "waka"), read once."""
    return tuple(p.casefold() for p in load("entities", EntitiesData).office_prefixes)


def _shortens_office_before(text: str, word: str, at: int, prefixes: tuple[str, ...]
                            ) -> bool:
    """Whether `word`, in brackets opening at `at`, contracts the office that ends right
    before the bracket (`_contracts` on its first two capitalised words): "Kepala Dinas (
    Kadis )". Shared by `_office_contractions` and `_bodies_after_office_contractions`."""
    words = _WORDS_BEFORE.findall(text, max(0, at - 160), at)
    r = role_before(words, len(words))
    if r is None or r[1] != len(words):
        return False
    role = [x for x in words[r[0]:r[1]] if x[:1].isupper()]
    return len(role) >= 2 and _contracts(word.casefold(), role[0].casefold(),
                                         role[1].casefold(), prefixes)


def _office_contractions(text: str, mentions: Sequence[Mention]
                         ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less an office's contraction: one mixed-case word in brackets right after
    the office it shortens ("Wakil Menteri Ketenagakerjaan ( [Wamenaker] ) X", "Kepala
    Dinas Pariwisata ( [Kadispar] )"), opening with the office's head ("Wa" of Wakil) or
    an office prefix ("Ka"), not with the body's name after the head ("Kepala Kejaksaan
    Negeri ( Kejari )" shortens the body), and its every mention: an office, no person
    (ent27). Returns the mentions kept and the spans dropped (no alias sweep finds them)."""
    if "(" not in text:
        return list(mentions), set()
    prefixes = _office_prefixes_folded()
    shorts: set[str] = set()
    # one capitalised word in brackets (_BRACKETED_WORD, a body's short form below)
    for b in _BRACKETED_WORD.finditer(text):
        w = b.group(1)
        if w not in shorts and _shortens_office_before(text, w, b.start(), prefixes):
            shorts.add(w)
    if not shorts:
        return list(mentions), set()
    gone = {(x.start(), x.end()) for x in re.finditer(
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, shorts))})(?![\w-])", text)}
    return [m for m in mentions if m.surface not in shorts], gone


@cache
def _work_media() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).work_media)


def _work_noun_over_medium(before: Sequence[str]) -> str:
    """The word before a name, case-folded; a work's noun before a media word stands in for
    it ("serial televisi [X]" reads as "serial [X]"; `work_media`, kind33)."""
    if not before:
        return ""
    prev = before[-1].casefold()
    if len(before) >= 2 and prev in _work_media() \
            and before[-2].casefold() in _title_words()[1]:
        return before[-2].casefold()
    return prev


def _no_titles(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str]
               ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less the titles of works and laws: a name after a title cue ("film
    dokumenter bertajuk [The Coronation]"), after a law word (`law_heads`: "UU [ITE]",
    "Pergub [DKI Jakarta]"; an acronym so written that the lexicon does not know goes
    throughout) or, when no person and
    no known place, after a noun of
    works (`work_heads`: "lagu [X]", "permainan '[X]'") when no event either (quoted titles
    `_outside_titles` reads whole); a title's later mentions go with it unless the
    name was written before as something else ("White Hart Lane", the stadium, then a
    book's title; "album [Agnez Mo]" of the singer). Returns the mentions kept and the
    spans of those dropped (no alias sweep is to find them again)."""
    cues, nouns = _title_words()
    low = text.casefold()
    works = any(n in low for n in nouns)  # a work noun anywhere: titles to look for
    seen: set[str] = set()
    titles: set[str] = set()  # surfaces first written as a title: their later mentions go
    gone: set[int] = set()
    listed = _listed_works(text, mentions) if works else set()
    for k, m in enumerate(mentions):
        if k in listed:
            gone.add(k)  # "lagu miliknya , yakni A , [B] , dan [C]": each a title
            if m.surface not in seen:
                titles.add(m.surface)
            seen.add(m.surface)
            continue
        before = text[max(0, m.start - 24):m.start].rstrip().rstrip(_OPEN_QUOTES).split()
        prev = _work_noun_over_medium(before)
        if prev in cues or (prev in nouns and m.kind not in {"PERSON", "EVENT"}
                            and m.place is None) or _listed_after_title(text, mentions, k, gone):
            gone.add(k)
            if m.surface not in seen:
                titles.add(m.surface)
        elif works and _bracketed_work(text, m, mentions[k - 1] if k else None, nouns):
            gone.add(k)  # "lagu milik Lady Gaga ( [Million Reasons] )": her song's title
            if m.surface not in seen:
                titles.add(m.surface)
        elif works and _in_work_title(text, m):
            gone.add(k)  # a piece of a work's unquoted title ("acara Jimmy Kimmel Live")
            if m.surface not in seen:
                titles.add(m.surface)
        elif works and _untagged_series_before(text, m, mentions[k - 1] if k else None):
            gone.add(k)  # "pada Star Wars : [The Force Awakens]": a series' instalment
            if m.surface not in seen:
                titles.add(m.surface)
        elif prev in _award_nouns() and m.kind not in {"PERSON", "EVENT"} \
                and m.place is None and not m.blind and not m.surface.isupper() \
                and m.surface.split()[0].casefold() not in _body_heads():
            gone.add(k)  # "meraih penghargaan [Piala Citra]": the award, no entity
            if m.surface not in seen:
                titles.add(m.surface)
        elif _law_word(prev) and m.kind != "PERSON" and not m.blind:
            gone.add(k)  # "UU [ITE]", "Pergub [DKI Jakarta]": the law's name
            if m.surface.isupper() and " " not in m.surface and m.surface not in seen \
                    and m.surface.lower() not in lexicon:
                titles.add(m.surface)  # the law's own acronym names it throughout ("ITE");
                # a body's the lexicon knows stays the body elsewhere ("UU [TNI]")
        seen.add(m.surface)
    # An acronym the lexicon does not know, written after a law word anywhere in the text
    # ("UU ITE" untagged, "perkara ITE" tagged), names that law throughout: the text is
    # read once, only when such an acronym is a mention.
    unknown = {m.surface for m in mentions if m.surface.isupper() and
               m.surface.isalnum() and m.surface.lower() not in lexicon}
    if unknown and _law_word_before_any(text, unknown):
        laws = {x.group(1) for x in finditer_opening_with(_law_acronym(), text,
                                                          _law_cue_words())} & unknown
        titles |= laws
        gone |= {k for k, m in enumerate(mentions) if m.surface in laws}
    if not gone:
        return list(mentions), set()
    out = [m for k, m in enumerate(mentions) if k not in gone and m.surface not in titles]
    return out, {(m.start, m.end) for k, m in enumerate(mentions)
                 if k in gone or m.surface in titles}


def _less_names(mentions: Sequence[Mention], names: set[str]
                ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """The mentions whose surface is none of `names`, and the spans of those that are (no
    alias sweep is to find them again)."""
    if not names:
        return list(mentions), set()
    return ([m for m in mentions if m.surface not in names],
            {(m.start, m.end) for m in mentions if m.surface in names})


@cache
def _character_cue() -> re.Pattern[str] | None:
    """A character's noun (`character_heads`), optionally a list cue (`work_list_cues`),
    then the name's place: "sang maskot yaitu ", "karakter "."""
    d = load("entities", EntitiesData)
    if not d.character_heads:
        return None
    heads = "|".join(map(re.escape, d.character_heads))
    cues = "|".join(r"\s+".join(map(re.escape, c.split())) for c in d.work_list_cues)
    return re.compile(rf"(?<![\w-])(?:{heads})(?:\s+(?:{cues}))?\s*:?\s*[\"'“‘]?\s*$",
                      re.IGNORECASE)


def _invented_characters(text: str, mentions: Sequence[Mention]
                         ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less invented characters: a name right after a character's noun
    (`character_heads`), or after one and a list cue ("sang maskot yaitu [X]", "karakter
    [X]"), of any kind (a mascot read as a person is still no person), and every mention of
    that name. A name of a lower-cased sentence is left. Returns the mentions kept and the
    spans dropped (no alias sweep is to find them again). kind33."""
    pat = _character_cue()
    if pat is None:
        return list(mentions), set()
    names = {m.surface for m in mentions if not m.blind
             and pat.search(text, max(0, m.start - 40), m.start) is not None}
    return _less_names(mentions, names)


@cache
def _named_feature() -> re.Pattern[str]:
    """"fitur" and at most five words, then a naming cue (entities.toml
    `feature_naming_cues`: "fitur kelanjutannya yang bernama [X]", "fitur baru pada iMessage
    bernama [X]"): the name is the feature's."""
    cues = "|".join(map(re.escape, load("entities", EntitiesData).feature_naming_cues))
    return re.compile(rf"(?<![\w-])[Ff]itur(?:\s+[^\s.!?,;:()]+){{0,5}}?\s+(?:{cues or '(?!)'})"
                      r"\s*[\"'“‘]?\s*$")


def _named_features(text: str, mentions: Sequence[Mention]
                    ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less features named after "fitur … bernama": a product's feature, no
    entity (judged so rounds 241, 243, 302), with every mention of its name; a place the
    gazetteer knows is left, and so is a one-word camel-case brand ("fitur … bernama
    [GrabPay]", a service). kind33."""
    if "itur" not in text:
        return list(mentions), set()
    names = {m.surface for m in mentions if not m.blind and m.place is None
             and _CAMEL_WORD.fullmatch(m.surface) is None
             and _named_feature().search(text, max(0, m.start - 80), m.start) is not None}
    return _less_names(mentions, names)


_SERIES_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*:\s*$")


def _untagged_series_before(text: str, m: Mention, prev: Mention | None) -> bool:
    """Whether a body or place opening with an English article ("The Force Awakens")
    stands right after a capitalised run no entity holds and a colon: a work's subtitle
    after its series' title ("Star Wars : The Last Jedi"), in a text that names works
    (kinds11). A speaker's name before a colon is a mention, so it is left."""
    if m.kind not in {"ORG", "PLACE"} or m.blind or m.place is not None \
            or m.surface.split(None, 1)[0] not in _SUBTITLE_OPENERS:
        return False
    hit = _SERIES_BEFORE.search(text, max(0, m.start - 48), m.start)
    return hit is not None and (prev is None or prev.end <= hit.start())


_SUBTITLE_OPENERS = WordSet("entities", EntitiesData, "english_articles")  # "The"


@cache
def _award_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).award_nouns)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _after_award_noun(text: str, s: int) -> bool:
    """Whether the word before `s` is an award noun ("penghargaan", `award_nouns`)."""
    before = _WORD_BEFORE.search(text, max(0, s - 16), s)
    return before is not None and before.group(1).casefold() in _award_nouns()


@cache
def _name_openers(field: Literal["levy_heads", "record_heads"]) -> tuple[str, ...]:
    """A list of entities.toml's name heads, each with the space after it, for
    `str.startswith`."""
    heads: tuple[str, ...] = getattr(load("entities", EntitiesData), field)
    return tuple(f"{h} " for h in heads)


def _levy(m: Mention) -> bool:
    """A name of cased text opening with a levy's head (`levy_heads`: "Pajak Hiburan",
    "Retribusi Parkir"): a tax or a duty, no entity."""
    return not m.blind and m.surface.startswith(_name_openers("levy_heads"))


def _record(m: Mention) -> bool:
    """A body or place of cased text opening with a record's head (`record_heads`:
    "Berita Acara Pemeriksaan", "Izin Usaha Pertambangan"): a record or a permit, no
    entity."""
    return (m.kind != "PERSON" and not m.blind
            and m.surface.startswith(_name_openers("record_heads")))


@cache
def _phrase_words() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).phrase_words)


def _phrase_run(m: Mention) -> bool:
    """A person or body of cased text holding an English pronoun, possessive, form of
    "be" or the infinitive's "to" (`phrase_words`: "Ode to Time", "The Summer Is Gone"):
    a title or a phrase, no name."""
    return m.kind in {"PERSON", "ORG"} and not m.blind and " " in m.surface \
        and not _phrase_words().isdisjoint(m.surface.split())


_OPEN_BRACKET_GAP = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET_GAP = re.compile(r"\s*\)")
# A full name of two or three capitalised words alone in brackets right after a name:
# the actor of a character ("[Laras] ( Dian Sastro )") where the tagger missed him.
_BRACKETED_FULL_NAME = re.compile(
    r"\s*\(\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s*\)")


@cache
def _play_forms() -> tuple[str, ...]:
    """The acting cues as written in lower case and capitalised (found by `str.find`,
    cheaper than a case-blind pattern tried at every character)."""
    cues = {c.casefold() for c in load("entities", EntitiesData).play_cues}
    return tuple(sorted({f for c in cues for f in (c, c.capitalize())}))


@cache
def _story_forms() -> tuple[str, ...]:
    """The story cues (`story_cues`: "mengisahkan", "disutradarai") as written in lower
    case and capitalised (kinds17)."""
    cues = {c.casefold() for c in load("entities", EntitiesData).story_cues}
    return tuple(sorted({f for c in cues for f in (c, c.capitalize())}))


@cache
def _character_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`character_cues` as a pattern ending where a name opens, `character_tails` as one
    matched where a name ends."""
    d = load("entities", EntitiesData)
    cues = sorted({c.casefold() for c in d.character_cues}, key=len, reverse=True)
    tails = sorted({c.casefold() for c in d.character_tails}, key=len, reverse=True)
    before = re.compile(r"(?<!\w)(" + "|".join(re.escape(c).replace(r"\ ", r"\s+")
                                           for c in cues) + r")\s+$", re.I)
    after = re.compile(r"\s+(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+")
                                            for c in tails) + r")(?!\w)", re.I)
    return before, after


def _after_spaces(text: str, i: int) -> int:
    """Where the white space opening `text[i:]` ends."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i


_CHARACTER_REACH = 24  # characters before a name where its acting cue may stand
_APPOSED_REACH = 120  # characters before a name where a played role it stands beside opens
# The role played, then a clause describing it, then the name beside it after a comma:
# "memerankan karakter yang melekat padanya itu , [Nama]" (kinds12)
_APPOSED_ROLE = re.compile(
    r"(?<!\w)((?:memerankan|perankan|pemeran|berperan\s+sebagai)\s+(?:karakter|tokoh|peran)"
    r"(?:nya)?\s+(?:yang|ini|itu)\b[^.,;:!?\"()]{0,90},)\s+$", re.I)
# A capitalised word the tagger left off an actor's name right after "diperankan (oleh)"
# ("diperankan oleh [Kaya] Scodelario": 'kaya' is also a word, 'rich'; kinds12)
_ACTOR_HEAD = re.compile(r"(?:oleh\s+)?([A-Z][a-z]+)\s+")


def _character_kind(m: Mention) -> bool:
    """Whether `m` may name a character played: a person or body, or a place the
    gazetteer does not know ("karakter [Lando Calrissian]" read as a place); works10."""
    return m.kind in {"PERSON", "ORG"} or m.kind == "PLACE" and m.place is None


def _cued_characters(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less the characters named right after an acting word ("Budi pemeran
    Gatotkaca", "yang memerankan Gatotkaca") or right before one ("Gatotkaca yang
    diperankan Budi"): the role played, no entity, and so is every mention of that name
    and of a word of it written alone; "sebagai" before a person only. Read in a text of
    acting only (`_characters`); a person or body only, read from cased text."""
    before, after = _character_patterns()
    roles: set[str] = set()
    actors: set[int] = set()  # where the name after "yang diperankan" opens: the actor's
    for m in mentions:
        if not _character_kind(m) or m.blind or m.surface in roles:
            continue
        if m.kind == "ORG" and m.start in actors and all(
                w == "-" or _name_shaped(w) for w in m.surface.split()):
            m.kind = "PERSON"  # "yang diperankan [Jan Berger - Holm]" (bounds9)
            continue
        if m.kind == "PERSON" and actors:
            head = _actor_head(text, actors, m)
            if head is not None:  # "diperankan oleh [Kaya] Scodelario" (kinds12)
                m.start, m.surface = head, text[head:m.end]
                continue
        cue = before.search(text, max(0, m.start - _CHARACTER_REACH), m.start)
        if cue is None and m.kind != "PLACE":
            cue = _APPOSED_ROLE.search(text, max(0, m.start - _APPOSED_REACH), m.start)
        if cue is not None and cue.group(1).casefold() == "sebagai" \
                and m.kind != "PERSON":
            cue = None
        tail = after.match(text, m.end)
        if tail is not None:
            actors.add(_after_spaces(text, tail.end()))
        if cue is not None or tail is not None:
            roles.add(m.surface)
    if not roles:
        return mentions
    # a word of a character's name written alone ("Jaime" of "Jaime Lannister") is his
    # too, unless a name kept holds it
    return _without_roles(mentions, roles)


def _actor_head(text: str, actors: set[int], m: Mention) -> int | None:
    """Where an actor's name the tagger cut opens: `m` starts one capitalised word after
    a place where an actor's name opens ("yang diperankan oleh [Kaya] Scodelario")."""
    for at in actors:
        if at < m.start <= at + 20:
            hit = _ACTOR_HEAD.fullmatch(text, at, m.start)
            if hit is not None:
                return hit.start(1)
    return None


def _without_roles(mentions: list[Mention], roles: set[str]) -> list[Mention]:
    """Mentions less the characters' names `roles`, and less a word or the last words of
    one written alone ("Jaime" of "Jaime Lannister", "Jack Sparrow" of "Captain Jack
    Sparrow"), unless a name kept holds that word."""
    kept = {w for m in mentions if m.surface not in roles and " " in m.surface
            for w in m.surface.split()}
    words = {w for r in roles if " " in r for w in r.split()} - kept
    tails = {" ".join(r.split()[i:]) for r in roles for i in range(1, r.count(" "))}
    return [m for m in mentions if m.surface not in roles and m.surface not in words
            and m.surface not in tails]


def _characters(text: str, mentions: list[Mention], gaz: Gazetteer | None = None
                ) -> list[Mention]:
    """Mentions less the characters of a film or a play: in a text that speaks of acting
    (`play_cues`: "diperankan", "memerankan"), a name after an acting word
    (`_cued_characters`), and a person or body followed by another person in
    brackets ("mencari kakaknya [Laras] ( Dian Sastro )"), or by a full name alone in
    them the tagger missed, is the role the bracketed actor plays, no entity, and so is
    every mention of that name (read as a body too: kinds9). A name sharing a word with
    the bracketed one (a fuller form of it) stays. In a text that only tells a film's
    story (`story_cues`: "mengisahkan", "disutradarai") and holds no acting word, only the
    bracket counts, after a person, with the actor's full name of two words or more
    (kinds17)."""
    played = any(c in text for c in _play_forms())
    if not played and ("(" not in text or not any(c in text for c in _story_forms())):
        return mentions
    if played:
        mentions = _cued_characters(text, mentions)
    if "(" not in text or not mentions:
        return mentions  # no mention left: nothing to pair (zip below needs one)
    roles: set[str] = set()
    actors: set[str] = set()  # the bracketed actors' names: persons (kinds12)
    for m, n in zip(mentions, [*mentions[1:], None], strict=True):
        # a one-word town the gazetteer knows is a character's name too, with an actor in
        # brackets after it ("gadis itu , [Rize] ( Yu Aoi )"); a country or a region is
        # left (kinds11)
        town = m.kind == "PLACE" and m.place is not None \
            and m.place.type not in _WIDE_PLACES
        if m.blind or not (_character_kind(m) or (
                town and gaz is not None and " " not in m.surface)):
            continue
        if not played and m.kind != "PERSON":
            continue  # a story told: a person only ("La Biennale ( Venice Art Biennale )")
        if n is not None and _OPEN_BRACKET_GAP.fullmatch(text, m.end, n.start) is not None:
            # the actor read as a body ("Will ( [Orlando Bloom] )") is a person of two or
            # three name-shaped words (kinds12)
            person = n.kind == "PERSON" or n.kind == "ORG" and not n.blind \
                and 1 <= n.surface.count(" ") <= 2 \
                and all(_name_shaped(w) for w in n.surface.split())
            actor = n.surface if person \
                and _CLOSE_BRACKET_GAP.match(text, n.end) is not None else None
        else:  # the actor untagged: a bare full name alone in the brackets (kinds9)
            hit = _BRACKETED_FULL_NAME.match(text, m.end)
            actor = hit.group(1) if hit is not None else None
        if actor is not None and (played or " " in actor) \
                and set(m.surface.split()).isdisjoint(actor.split()) \
                and not (town and gaz is not None and gaz.resolve(actor) is not None):
            roles.add(m.surface)  # "Medan ( Sumatera Utara )" is no character
            if n is not None and n.surface == actor:
                actors.add(actor)
    if actors:
        for m in mentions:
            if m.surface in actors:
                m.kind = "PERSON"
    return _without_roles(mentions, roles) if roles else mentions


def _paired_names(mentions: list[Mention]) -> list[Mention]:
    """Mentions less two persons' surnames glued by a hyphen ("perseteruan [Budi-Joko]",
    "duet [Hartono-Wijaya]"): a pair or a ticket, no one person, where each half is
    another person's name in the text or its last word (kinds12)."""
    if not any("-" in m.surface for m in mentions):
        return mentions
    last = {m.surface.rsplit(" ", 1)[-1] for m in mentions
            if m.kind == "PERSON" and "-" not in m.surface}
    def pair(m: Mention) -> bool:
        left, dash, right = m.surface.partition("-")
        return bool(dash) and m.kind == "PERSON" and left in last and right in last \
            and left != right and _name_shaped(left) and _name_shaped(right)
    return [m for m in mentions if not pair(m)]


# Two items of a list of names stand apart by `_LIST_GAP` (defined below with the list
# joiners: a comma, "dan"/"serta"/"maupun", or both).
_NAME_WORD = re.compile(r"[A-Z][a-z'’]+")


def _listed_people(text: str, mentions: list[Mention], gaz: Gazetteer,
                   names: NameLists | None) -> list[Mention]:
    """A "place" of two or three name-shaped words the gazetteer knows no place by, opened
    by a word the name lists know from persons' names, listed between people ("Brie Larson
    , [Paris Jackson] , Kendall Jenner"), is a person too: a given name that is also a
    town's ("Paris", "Milan") drew the tagger to a place, and the list's other items say
    the kind of its members (a field's or well's name, "Pinang East", opens with no
    person's word)."""
    ms = sorted(mentions, key=lambda m: m.start)
    out = list(ms)
    for i, m in enumerate(ms):
        words = m.surface.split()
        if m.kind != "PLACE" or not 2 <= len(words) <= 3 \
                or not all(_NAME_WORD.fullmatch(w) for w in words) \
                or gaz.resolve(m.surface) is not None or names is None \
                or not any(c in "Pp" for c in names.words.get(words[0].lower(), "")):
            continue
        prev = ms[i - 1] if i > 0 else None
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if prev is not None and nxt is not None and prev.kind == nxt.kind == "PERSON" \
                and _LIST_GAP.fullmatch(text, prev.end, m.start) \
                and _LIST_GAP.fullmatch(text, m.end, nxt.start):
            out[i] = replace(m, kind="PERSON")
    return _joined_people(text, _coded_tails(text, out))


def _listed_places(text: str, mentions: list[Mention], gaz: Gazetteer,
                   names: NameLists | None) -> list[Mention]:
    """A "person" of two or three name-shaped words listed after a place is a place too
    (kinds24): where a place follows it as well and none of its words is known from
    persons' names ("Poso Pesisir , [Lore Peore] , Poso Kota"), or where the gazetteer
    knows it whole as a place ("Stadion X , [Shah Alam]": a site and its town). The
    tagger read a district's unknown words or a town's name-like words as a person's;
    the list's other items say the kind of its members (`_listed_people` the other way)."""
    ms = sorted(mentions, key=lambda m: m.start)
    out = list(ms)
    for i, m in enumerate(ms):
        words = m.surface.split()
        if m.kind != "PERSON" or i == 0 or not 2 <= len(words) <= 3 \
                or not all(_NAME_WORD.fullmatch(w) for w in words):
            continue
        prev, nxt = ms[i - 1], ms[i + 1] if i + 1 < len(ms) else None
        if prev.kind != "PLACE" or not _LIST_GAP.fullmatch(text, prev.end, m.start):
            continue
        # a known place right after a place and a comma, or unknown words between places
        if (gaz.resolve(m.surface) is not None and text[prev.end:m.start].strip() == ",") \
                or (nxt is not None and nxt.kind == "PLACE"
                    and _LIST_GAP.fullmatch(text, m.end, nxt.start) and names is not None
                    and not any(c in "Pp" for w in words
                                for c in names.words.get(w.lower(), ""))):
            out[i] = replace(m, kind="PLACE")
    return out


def _middle_dropped(mentions: list[Mention]) -> list[Mention]:
    """A "body" or "place" of two name-shaped words that are the first and last words of
    a person's longer name in the text ("[Schapelle Corby]" beside "Schapelle Leigh
    Corby") is that person written without the middle name (kinds24)."""
    ends = {(w[0], w[-1]) for m in mentions if m.kind == "PERSON"
            for w in [m.surface.split()] if len(w) >= 3}
    if not ends:
        return mentions
    out = []
    for m in mentions:
        words = m.surface.split()
        if m.kind in ("PLACE", "ORG") and len(words) == 2 and tuple(words) in ends \
                and all(_NAME_WORD.fullmatch(w) for w in words):
            m = replace(m, kind="PERSON")
        out.append(m)
    return out


@cache
def _company_after() -> re.Pattern[str]:
    """Words after a name naming the people with its bearer ("dan kawan-kawan", "dkk"),
    as a pattern matched right after the name (entities.toml `company_after`)."""
    words = load("entities", EntitiesData).company_after
    return re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


def _with_company(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A "place" or "body" of two or three name-shaped words the gazetteer knows no place
    by, followed by words naming the people with its bearer ("[Syauqi Saud] dan
    kawan-kawan"), is a person (kinds24): only people have companions."""
    out = []
    for m in mentions:
        words = m.surface.split()
        if m.kind in ("PLACE", "ORG") and 2 <= len(words) <= 3 \
                and all(_NAME_WORD.fullmatch(w) for w in words) \
                and _company_after().match(text, m.end) and gaz.resolve(m.surface) is None:
            m = replace(m, kind="PERSON")
        out.append(m)
    return out


# A name's word of letters run into a number ("Tech3", "A320"), the tagger's blind spot.
_CODED_WORD = re.compile(r" ([A-Z][A-Za-z]*\d+[A-Za-z]?)(?![\w.-])(?!\s+[A-Z\d])")


def _coded_tails(text: str, ms: list[Mention]) -> list[Mention]:
    """An organisation of two words or more cut before a closing word of letters and
    digits no mention holds ("( Monster Yamaha [Tech3] )"; not a head alone, "KTT G20",
    which other rules read as an event): the word is its name's last, a team's or a model's
    code, and the name runs on to it; not where a name goes on after the code ("Chipset
    [A11 Bionic]", a model of its own). `ms` sorted by start."""
    out = list(ms)
    for i, m in enumerate(ms):
        w = _CODED_WORD.match(text, m.end) if m.kind == "ORG" and " " in m.surface else None
        if w is None or (i + 1 < len(ms) and ms[i + 1].start < w.end()):
            continue
        out[i] = replace(m, end=w.end(), surface=text[m.start:w.end()])
    return out


def _joined_people(text: str, ms: list[Mention]) -> list[Mention]:
    """Two mentions a space apart whose words together are a person's whole name written
    elsewhere in the text ("[Paris] [Jackson]" where "Paris Jackson" is a person): that
    person, not two places split at the name's town-like words. `ms` sorted by start."""
    people = {m.surface for m in ms if m.kind == "PERSON" and " " in m.surface}
    if not people:
        return ms
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind != "PERSON" and m.start == prev.end + 1 \
                and text[prev.end] == " " and f"{prev.surface} {m.surface}" in people:
            out[-1] = Mention(prev.start, m.end, "PERSON", text[prev.start:m.end],
                              blind=prev.blind or m.blind)
            continue
        out.append(m)
    return out


@cache
def _command_words() -> frozenset[str]:
    """Contracted offices and headquarters of police commands ("kapolres", "mapolda"),
    case-folded: `command_prefixes` joined to kinds.toml's police `command_heads`."""
    heads = [h.casefold() for h in load("kinds", KindsData).command_heads
             if h.casefold().startswith("pol")]
    return frozenset(p.casefold() + h for p in load("entities", EntitiesData).command_prefixes
                     for h in heads)


@cache
def _office_prefix_lengths() -> dict[str, int]:
    """Contracted offices of police commands ("kapolres", "wakapolrestro"), case-folded,
    each with the length of its office prefix ("ka", "waka"): `office_prefixes` joined to
    the police `command_heads` (bounds10)."""
    heads = [h.casefold() for h in load("kinds", KindsData).command_heads
             if h.casefold().startswith("pol")]
    return {p.casefold() + h: len(p) for p in load("entities", EntitiesData).office_prefixes
            for h in heads}


def _office_body(text: str, m: Mention) -> Mention:
    """An organisation opening with a contracted office ("[Kapolrestro Jakarta Pusat]"):
    the office of a person, whose body is named inside it; the mention becomes that body
    ("Polrestro Jakarta Pusat"), the office prefix cut off. Anything else unchanged."""
    first, _, rest = m.surface.partition(" ")
    cut = _office_prefix_lengths().get(first.casefold()) if rest and m.kind == "ORG" else None
    if cut is None:
        return m
    body = m.surface[cut:]
    return replace(m, start=m.start + cut, surface=body[:1].upper() + body[1:])


_OFFICE_REACH = 120  # characters between a person's name and his office's text


def _rank_at(words: Sequence[str], n: int) -> bool:
    """Whether a rank opens at `words[n]`, one word ("AKBP") or several ("Inspektur
    Jenderal", "Ajun Komisaris Besar": no word of them a rank alone)."""
    return any(" ".join(words[n:n + k]).lower().rstrip(".") in ranks() for k in (1, 2, 3, 4))


def _bodies_in_offices(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A person's contracted police office with its command's place ("Kapolres Tegal
    Kota"): the command ("Polres Tegal Kota") is a body named there, an organisation
    mention of its own where the office is written near the name; the office stays his.
    A bare office ("Kapolsek") names no body (bounds11)."""
    lengths = _office_prefix_lengths()
    spans = {(m.start, m.end) for m in mentions}
    found: list[Mention] = []
    for m in mentions:
        role = m.role if m.kind == "PERSON" and not m.blind else None
        if role is None:
            continue
        first, _, rest = role.partition(" ")
        cut = lengths.get(first.casefold()) if rest else None
        if cut is None or not all(w[:1].isupper() for w in rest.split()):
            continue
        at = text.rfind(role, max(0, m.start - _OFFICE_REACH), m.start)
        if at < 0:
            at = text.find(role, m.end, m.end + _OFFICE_REACH)
        words = role.split()
        n = 1
        while n < len(words) and not _rank_at(words, n):
            n += 1  # "Kapolres Tegal AKBP": a rank read into the office ends the body
        end = at + len(" ".join(words[:n]))
        if at < 0 or n < 2 or (at + cut, end) in spans:
            continue
        body = text[at + cut:end]
        found.append(Mention(at + cut, end, "ORG", body[:1].upper() + body[1:]))
        spans.add((at + cut, end))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda x: (x.start, x.end))


@cache
def _closing_body_heads() -> frozenset[str]:
    d = load("entities", EntitiesData)
    return frozenset([*d.closing_body_heads, *d.closing_unit_heads])


@cache
def _closing_unit_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).closing_unit_heads)


@cache
def _portfolio_offices() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).portfolio_offices)


def _closing_body(words: Sequence[str], lexicon: Mapping[str, str]) -> int:
    """Where the body that closes an office's words opens ("Kepala [Kantor Staf
    Kepresidenan]", "Anggota Komisi XII DPR RI [Fraksi Golkar]", "Pebalap [Repsol Honda
    Team]"): the last head of a standing body (entities.toml `closing_body_heads`) after
    the office's first word, or else the first word past the office's own words when a
    body's closing word (`body_tails`) ends them; -1 when none. Two words at least, every
    one capitalised or a name's function word; a rank ends the body ("Polda Metro Jaya
    [AKBP]"), and bare heads of units ("Unit", "Majelis") name none."""
    n = len(words)
    fn = _name_function_words()
    if n < 3 or not all(w[:1].isupper() or w in fn for w in words[1:]) \
            or any(_rank_at(words, j) for j in range(1, n)):
        return -1
    heads = _closing_body_heads()
    k = next((k for k in range(n - 2, 0, -1) if words[k] in heads), -1)
    if k < 0 and words[-1] in _body_words()[1]:
        k = next((k for k in range(1, n - 1) if not is_role_word(words[k])), -1)
        while 0 < k < n - 2 and lexicon.get(words[k].lower(), "").startswith(("NN:", "JJ")):
            k += 1  # a department's common words before the firm ("Manajemen Produk [X
            # Technologies]")
    if k < 0 or words[k + 1] in fn or words[k - 1].casefold() in _portfolio_offices():
        return -1  # "Menteri [Badan Usaha Milik Negara]": the minister's portfolio
    return k


_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{3,6}(?![\w-])")
_OFFICE_GAP = 3  # words between an office's head and the acronym closing it
_ROMAN = re.compile(r"[IVXLCDM]+")  # "Deputi [III]": a numbered office, no acronym


def _office_words_before(words: Sequence[str]) -> bool:
    """Whether the last few `words` before an acronym are an office's words: role words
    ("Ketua Umum"), perhaps a board's acronym ("DPP") or a group's head ("Otorita")
    between, up to `_OFFICE_GAP` words, one of them a role word."""
    groups = _building_heads()[1]
    ranks = {r.casefold() for r in role_words().ranks}
    for n, w in enumerate(reversed(words[-_OFFICE_GAP:])):
        if not n and (w.casefold() in ranks or w.casefold() in _portfolio_offices()):
            return False  # "Kolonel [CHK]" a corps, "Menteri [ESDM]" a portfolio
        if is_role_word(w) and w[:1].isupper():
            return True
        if not (w.isupper() and w.isalpha() and len(w) <= 4 or w in groups):
            return False
    return False


def _acronyms_closing_offices(text: str, mentions: Sequence[Mention], gaz: Gazetteer
                              ) -> list[Mention]:
    """An untagged acronym that closes an office's words ("Mantan Ketua Umum DPP [KNPI]",
    "Sekjen [FUI]", "Kepala [BNPB] Budi"): the body named there, an organisation (judges
    count bodies named in offices: who 250, 253, 262, 295); not a generic or no-entity
    term, and not where a capitalised word other than a person's name follows (the body
    goes on: "Kepala SMAN 1")."""
    spans = SpanSet(mentions)  # by bisection: a scan of every mention per acronym was quadratic
    people = {m.start for m in mentions if m.kind == "PERSON"}
    terms = _no_entity_terms()
    found: list[Mention] = []
    for a in _ACRONYM_WORD.finditer(text):
        s, e = a.span()
        if spans.overlaps(s, e) or a.group().casefold() in terms \
                or is_role_word(a.group()) or _ROMAN.fullmatch(a.group()) \
                or gaz.resolve(a.group()) is not None:
            continue  # "Gubernur [DIY]": a place
        before = text[max(0, s - 60):s]
        if not re.search(r"[a-z]", before):
            continue  # a headline or line in capitals
        nxt = re.match(r"\s*(\S+)", text[e:e + 40])
        if nxt is not None and (nxt.group(1) == "&" or nxt.group(1)[:1].isalnum()
                                and not nxt.group(1)[:1].islower()
                                and e + nxt.start(1) not in people):
            continue  # the body goes on ("VP [HSSE] & AI"; "Kepala SMAN 1")
        if _office_words_before(re.findall(r"\S+", before)[-_OFFICE_GAP - 1:]):
            found.append(Mention(s, e, "ORG", a.group()))
    if not found:
        return list(mentions)
    return sorted([*mentions, *found], key=lambda x: (x.start, x.end))


def _bodies_closing_offices(text: str, mentions: Sequence[Mention],
                            lexicon: Mapping[str, str]) -> list[Mention]:
    """The body a person's office ends on, named nowhere else in the text ("Kepala Kantor
    Staf Kepresidenan Teten Masduki", "pebalap Repsol Honda Team , Marc Marquez"): an
    organisation mention of its own where the office is written near the name (judges
    count such bodies: who 290, 291); the office stays his. Not where any mention lies
    inside the body's words (the tagger's reading of them stands)."""
    spans = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    parents: set[tuple[int, int]] = set()
    for m in mentions:
        if m.kind != "PERSON" or m.blind or m.role is None or " " not in m.role:
            continue
        words = m.role.split()
        k = _closing_body(words, lexicon)
        if k < 0:
            continue
        at = text.rfind(m.role, max(0, m.start - _OFFICE_REACH), m.start)
        if at < 0:
            at = text.find(m.role, m.end, m.end + _OFFICE_REACH)
        body = " ".join(words[k:])
        start, end = at + len(m.role) - len(body), at + len(m.role)
        inside = [x for x in mentions if x.start < end and start < x.end]
        if words[k] in _closing_unit_heads() and not inside:
            continue  # a unit with no parent closing it: a department ("Divisi Keuangan")
        if at < 0 or text[start:end] != body \
                or any(s < end and start < e for s, e in spans[len(mentions):]) \
                or not all(_parent_closing(x, start, end, mentions) for x in inside):
            continue
        found.append(Mention(start, end, "ORG", body))
        spans.append((start, end))
        parents |= {(x.start, x.end) for x in inside}
    if not found:
        return list(mentions)
    kept = [x for x in mentions if (x.start, x.end) not in parents]
    return sorted([*kept, *found], key=lambda x: (x.start, x.end))


def _parent_closing(x: Mention, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """Whether mention `x` is the parent body closing a unit's name from `start` to `end`
    ("Kor Lalu Lintas [Polri]"): an organisation ending it, opening past its head, and
    named elsewhere too. The unit's whole name is the body named in the office (who 297;
    'Polri' of 'Korlantas Polri' a cut, who 177); a parent named only there stays (judges
    count it too: who 268)."""
    return x.kind == "ORG" and not x.blind and x.end == end and x.start > start and any(
        y.surface == x.surface and not start <= y.start < end for y in mentions)


def _inside_commands(text: str, mentions: Sequence[Mention]
                     ) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions less places inside a police command's contracted office ("Kapolres
    [Tasikmalaya] Kota", "Kapolres [Metro] [Jakarta] Selatan", "Mapolda [Metro] Jaya"):
    the place is the command's, no mention of its own; less such an office read alone as
    a person ("[Kapolresta] menambahkan"). Reads the word before each place
    only. Returns the mentions kept and the spans dropped (no alias sweep is to find them
    again)."""
    words = _command_words()
    out: list[Mention] = []
    gone: set[tuple[int, int]] = set()
    last_end = -1
    for m in mentions:
        m = _office_body(text, m)
        if m.kind == "PERSON" and m.surface.casefold() in words:
            # the contracted office alone ("Kapolresta menambahkan"): its holder's office,
            # no person of its own
            gone.add((m.start, m.end))
            continue
        if not m.blind and (m.kind == "PLACE" or m.surface in _COMPASS):
            # a place or compass word run on after a dropped one ("[Denpasar] [Barat]")
            gap = text[last_end:m.start] if last_end >= 0 else None
            prev = last_word(text, max(0, m.start - 16), m.start)
            if (gap is not None and gap.isspace() and len(gap) <= 2) or (
                    m.kind == "PLACE" and prev is not None
                    and prev[1].casefold() in words):
                gone.add((m.start, m.end))
                last_end = m.end
                continue
        last_end = -1
        out.append(m)
    return out, gone


@cache
def _bench() -> re.Pattern[str] | None:
    words = sorted(load("entities", EntitiesData).bench_words, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                         for w in words) + r")(?:\s+|$)", re.IGNORECASE)


def _benches(mentions: Sequence[Mention]) -> list[Mention]:
    """Organisation mentions opening with a bench of judges ("Majelis Hakim Pengadilan
    Militer Tinggi I Medan", "Ketua [Majelis Hakim]") or a board: the body named after it
    by a head or an acronym ("Dewan Komisioner OJK"), or none where neither follows
    ("Majelis Hakim Militer")."""
    pat = _bench()
    if pat is None:
        return list(mentions)
    rules = kind_rules()
    out: list[Mention] = []
    for m in mentions:
        cut = pat.match(m.surface) if m.kind == "ORG" else None
        if cut is None:
            out.append(m)
            continue
        rest = m.surface[cut.end():].split()
        if rest and (_acronym_word(rest[0]) and len(rest) <= 2 or any(
                tuple(w.lower() for w in rest[:len(h)]) == h
                for h in rules.org_index.get(rest[0].lower(), ()))):
            out.append(Mention(m.start + cut.end(), m.end, "ORG", m.surface[cut.end():],
                               blind=m.blind))
    return out


# ", Klimatologi, dan Geofisika (BMKG)": the rest of a name that lists its fields with commas,
# closed by its acronym in brackets. Capitalised parts only, a few words each.
_LISTED_TAIL = re.compile(
    r"((?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}){0,5}\s*,?\s+(?:dan|&)\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})\s*\(\s*([A-Z]{3,10})\s*\)")
_LIST_JOINERS = frozenset({"dan", "&"})
# The same list closed by a short form made of syllables ("Dinas Pendidikan, Pemuda, dan
# Olahraga (Disdikpora)", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan
# (Kemenko Polhukam)").
_LISTED_SHORT = re.compile(
    r"((?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}){1,5}\s*,?\s+(?:dan|&)\s+[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})\s*\(\s*([A-Z][A-Za-z]{2,19}(?:\s+[A-Z][A-Za-z]{1,9})?)\s*\)")
_LIST_ITEM = re.compile(r"(?:,|\bdan\b|&)\s*([A-Z])")


def _spelled_by(short: str, name: str, tail: str) -> bool:
    """Whether a syllabic short form stands for `name` run on with the listed `tail`: it
    opens with the name's first letter and holds, in order, each listed part's first."""
    low = short.lower()
    if low[:1] != name[:1].lower():
        return False
    at = 1
    for item in _LIST_ITEM.finditer(tail):
        at = low.find(item.group(1).lower(), at)
        if at < 0:
            return False
        at += 1
    return True


# Two bodies' names joined by "dan" whose short form joins their two short forms with a
# hyphen ("Badan Pengawas Niaga dan Lembaga Dagang ( Bapeniga-LD )"), cuts12.
_LISTED_HYPHEN = re.compile(
    r"(\s+(?:dan|&)\s+[A-Z][\w]*(?:\s+[A-Z][\w]*){0,3})\s*\(\s*([A-Z][A-Za-z]{1,12})"
    r"\s*-\s*([A-Z]{1,5})\s*\)")


_HYPHEN_SHORT = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,12})\s*-\s*([A-Z]{1,5})\s*\)")
# "Xy-Z ( X … dan Z … )": the hyphened short form before its name in brackets.
_HYPHEN_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,12})\s*-\s*([A-Z]{1,5})\s*\(\s*$")


def _hyphen_short(name: str, tail: re.Match[str]) -> bool:
    """Whether the hyphenated short form `_LISTED_HYPHEN` matched spells `name` (its
    initials, or a syllabic form holding each word's first letter in order) before the
    hyphen and the part after "dan" (its initials) after it."""
    return _spells_pair(name, tail.group(1), tail.group(2), tail.group(3))


_LISTED_IN_BRACKET = re.compile(r"(\s+(?:dan|&)\s+[A-Z]\w*(?:\s+[A-Z]\w*){0,3})\s*\)")


def _bracketed_pair(text: str, m: Mention) -> re.Match[str] | None:
    """The rest of a name of two bodies joined by "dan" written in brackets after its
    hyphened short form ("Bapeniga-LD ( [Badan Pengawas Niaga] dan Lembaga Dagang )"),
    where the short form spells both sides (cuts12)."""
    if "(" not in text[max(0, m.start - 3):m.start]:
        return None
    before = _HYPHEN_BEFORE.search(text, max(0, m.start - 40), m.start)
    tail = _LISTED_IN_BRACKET.match(text, m.end, min(len(text), m.end + 120))
    if before is None or tail is None or not _spells_pair(
            m.surface, tail.group(1), before.group(1), before.group(2)):
        return None
    return tail


def _spells_pair(name: str, other: str, first: str, second: str) -> bool:
    """Whether `first` spells `name` and `second` is the initials of `other`."""
    if _initials_of(other) != second:
        return False
    if first.isupper():
        return _initials_of(name) == first
    low = first.lower()
    if low[:1] != name[:1].lower():
        return False
    at = 1
    for word in name.split()[1:]:
        if word in _LIST_JOINERS:
            continue
        at = low.find(word[0].lower(), at)
        if at < 0:
            return False
        at += 1
    return True


def _initials_of(name: str) -> str:
    """The first letters of a name's words, less its joiners ("dan")."""
    return "".join(w[0] for w in re.findall(r"[\w-]+", name) if w not in _LIST_JOINERS).upper()


_BRACKETED_SHORT = re.compile(r"\s*\(\s*([A-Z][A-Z .&-]{1,14}?)\s*\)")


def _acronym_halves(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Two names one space apart that the acronym in brackets right after them spells
    whole ("[Kereta] [Rel Listrik Commuter Line] ( KRL - CL )" of a rail service, "[Badan
    Riset] [Nasional] (BRN)") are one name, a body's where either half was read as one
    (bounds9)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:m.start] == " " and prev.kind != "PERSON" \
                and m.kind != "PERSON" and (short := _BRACKETED_SHORT.match(text, m.end)):
            letters = re.sub(r"[^A-Z]", "", short.group(1))
            if len(letters) >= 3 and letters == _initials_of(text[prev.start:m.end]):
                kind = "ORG" if "ORG" in (prev.kind, m.kind) else m.kind
                out[-1] = Mention(prev.start, m.end, kind, text[prev.start:m.end],
                                  blind=m.blind)
                continue
        out.append(m)
    return out


def _listed_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Organisation mentions cut at a comma of their own name ("Badan Meteorologi,
    Klimatologi, dan Geofisika (BMKG)"), run on to its last part where the acronym in
    brackets after it is the initials of the whole, or a short form of syllables that
    spells the listed parts ("Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora)");
    mentions inside the added part go.
    Reads a few words after each organisation mention only."""
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        tail = (_LISTED_TAIL.match(text, m.end, min(len(text), m.end + 160))
                if m.kind == "ORG" else None)
        if tail is None or _initials_of(m.surface + tail.group(1)) != tail.group(2):
            tail = (_LISTED_SHORT.match(text, m.end, min(len(text), m.end + 160))
                    if m.kind == "ORG" else None)
            if tail is None or tail.group(2).isupper() \
                    or not _spelled_by(tail.group(2), m.surface, tail.group(1)):
                tail = (_LISTED_HYPHEN.match(text, m.end, min(len(text), m.end + 120))
                        if m.kind == "ORG" else None)
                if tail is None or not _hyphen_short(m.surface, tail):
                    tail = _bracketed_pair(text, m) if m.kind == "ORG" else None
                    if tail is None:
                        out.append(m)
                        continue
        end = tail.end(1)
        out.append(Mention(m.start, end, m.kind, text[m.start:end], blind=m.blind))
        skip_to = end
    return out


@cache
def _lower_orgs() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The lower-case organisations' and the contracted ministries' pattern, and a
    pattern that matches wherever one of its matches starts (for `finditer_behind`)."""
    d = load("entities", EntitiesData)
    names = sorted({*d.lower_case_orgs, *d.contracted_bodies}, key=len, reverse=True)
    if not names:
        return None
    body = "(?:" + "|".join(map(re.escape, names)) + r")(?!\w|[./]\w)"
    # The places `finditer_behind` tries the pattern: where some name starts, found by
    # the names as a trie (one branch a letter, not every name at every character: half
    # the time; speed19). A match of the pattern starts where a name does, so it is
    # tried at every place it matches.
    return re.compile(r"(?<![\w./])" + body), re.compile(trie_pattern(names))


def finditer_behind(pat: re.Pattern[str], body: re.Pattern[str], text: str
                    ) -> Iterator[re.Match[str]]:
    """The matches of `pat.finditer(text)`, where `pat` is a lookbehind then a pattern
    that matches nowhere `body` does not (`body` itself, or wider): the body's search
    skips ahead in C to where a match may start (a pattern that opens with a lookbehind
    is tried at every character), and `pat` is tried only there. Every match of `pat`
    starts where `body` matches, so the leftmost such start is the next match."""
    pos = 0
    while (f := body.search(text, pos)) is not None:
        m = pat.match(text, f.start())  # the lookbehind still sees the text before
        if m is None:
            pos = f.start() + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)  # (bodies here never match empty)


def _lower_case_orgs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with the organisations that write their name in lower case ("kumparan")
    and the ministries named in one contracted word ("Kemenhub") added where no mention
    sits. One scan of the text an article."""
    pats = _lower_orgs()
    found = [] if pats is None else [
        (f.start(), f.end()) for f in finditer_behind(*pats, text)
        if not any(m.start < f.end() and f.start() < m.end for m in mentions)]
    if not found:
        return mentions
    return sorted([*mentions, *(Mention(a, b, "ORG", text[a:b]) for a, b in found)],
                  key=lambda m: m.start)


@cache
def _platform_pattern() -> re.Pattern[str] | None:
    """A social platform's name (entities.toml `platforms`), any case, a whole word and no
    web address or handle ("instagram.com", "@instagram")."""
    data = load("entities", EntitiesData)
    names = sorted((*data.platforms, *data.platform_systems), key=len, reverse=True)
    if not names:
        return None
    # a particle glued on ends the word but not the name ("WhatsApp[pun]"; ent30c)
    glued = "|".join(map(re.escape, data.platform_particles)) or "(?!)"
    return re.compile(r"(?<![\w./@#])(?:" + "|".join(map(re.escape, names))
                      + rf")(?=(?:{glued})?(?!\w|[./]\w))", re.IGNORECASE)


@cache
def _platform_words() -> CueWords:
    """The platforms' names, one of which opens each match of `_platform_pattern`."""
    d = load("entities", EntitiesData)
    return CueWords((*d.platforms, *d.platform_systems))


@cache
def _platform_spellings() -> frozenset[str]:
    """The platforms' names as listed, in their own case ("iOS")."""
    d = load("entities", EntitiesData)
    return frozenset((*d.platforms, *d.platform_systems))


@cache
def _platform_cue() -> re.Pattern[str]:
    """A word of `platform_cues` closing the text before a platform's name ("akun ")."""
    cues = "|".join(map(re.escape, load("entities", EntitiesData).platform_cues))
    return re.compile(rf"(?<![\w-])(?:{cues or '(?!)'})\s+$", re.IGNORECASE)


# After a platform's name: a capitalised word (a longer name it opens, "Surat Telegram
# Kasad", a channel's owner) or a possessive ("akun Facebook resminya", the owner's own
# account, through which the owner speaks).
_PLATFORM_NOT_ALONE = re.compile(r"\s+(?:[A-Z]|[^\W\d]+nya(?![\w-]))")


def _platform_at(text: str, f: re.Match[str]) -> bool:
    """Whether a platform's name found at `f` is the platform alone: capitalised, or
    after an account's word (`platform_cues`), and neither opening a longer name (unless
    after such a word: "grup Facebook [X]") nor an owner's own account."""
    cued = _platform_cue().search(text, max(0, f.start() - 24), f.start()) is not None
    end = f.end()
    while end < len(text) and text[end].isalpha():
        end += 1  # past a glued particle ("Instagram[nya] resmi")
    after = _PLATFORM_NOT_ALONE.match(text, end)
    if after is not None and (not cued or after.group().strip()[:1].islower()):
        return False
    # written as listed counts as capitalised ("iOS")
    return cued or f.group()[0].isupper() or f.group() in _platform_spellings()


_ACRONYM_PAIR = re.compile(r"([A-Z]{2,})-([A-Z]{2,})")
_WORD_END = re.compile(r"(?![\w-])")  # a word written alone ends here


def _hyphened_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two acronyms glued by a hyphen, each written alone elsewhere in the article, are two
    bodies ("dana CSR [BI]-[OJK]" beside "BI dan OJK"), not one name (ent30c)."""
    out: list[Mention] = []
    for m in mentions:
        pair = _ACRONYM_PAIR.fullmatch(m.surface) if m.kind == "ORG" else None
        if pair is None or not all(search_word_then(text, h, _WORD_END) is not None
                                   for h in pair.groups()):
            out.append(m)
            continue
        cut = m.start + pair.end(1)
        out += [Mention(m.start, cut, "ORG", pair.group(1), blind=m.blind),
                Mention(cut + 1, m.end, "ORG", pair.group(2), blind=m.blind)]
    return out


def _platform_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with the social platforms the tagger left untagged ("akun instagram",
    "Pengguna TikTok ..."): the platform, an organisation as the judged samples count
    it. A lower-case one counts only after an account's word (`platform_cues`): "threads"
    or "telegram" alone may be common words."""
    pat = _platform_pattern()
    if pat is None:
        return mentions
    # Tried only where a platform's name starts (the look-behind opening the pattern had
    # re try it at every character, twice: 0.07 -> 0.015 ms an article; speed27)
    found = [(f.start(), f.end()) for f in finditer_opening_with(pat, text, _platform_words())
             if _platform_at(text, f)
             and not any(m.start < f.end() and f.start() < m.end for m in mentions)]
    if not found:
        return mentions
    return sorted([*mentions, *(Mention(a, b, "ORG", text[a:b]) for a, b in found)],
                  key=lambda m: m.start)


_LEADING_ARTICLES = frozenset({"the"})  # "Aerospace" for The Aerospace Corporation


# Words that join the parts of one body's name ("Kementerian Haji [dan] Umrah"): the name cut
# before one is that body's short form even where it is written first and more often.
_COORDINATORS = frozenset({"dan", "&", ","})


def _coordinated(words: Sequence[str], n: int) -> bool:
    """Whether lower-cased name `words` go on after their first `n` with a coordinator and
    a word that opens no second body ("Haji [dan Umrah]", not "Bank Mandiri [dan Bank]
    BRI", two bodies run together)."""
    return len(words) > n + 1 and words[n] in _COORDINATORS \
        and words[n + 1] not in _lower_org_words()


@cache
def _lower_org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in org_words())


def _split_written_whole(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions one space apart, the second one word, that are together another
    mention's whole name written elsewhere are that name ("[Polda Metro] [Jaya]" beside
    "Polda Metro Jaya"): the tagger split it in two (ent30). The pair takes the whole's
    kind and place."""
    wholes: dict[str, Mention] = {}
    for m in mentions:
        if " " in m.surface and m.surface == text[m.start:m.end]:
            wholes.setdefault(m.surface, m)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        whole = wholes.get(f"{prev.surface} {m.surface}") if prev is not None \
            and " " not in m.surface and text[prev.end:m.start] == " " else None
        if prev is not None and whole is not None:
            out[-1] = Mention(prev.start, m.end, whole.kind, whole.surface, place=whole.place,
                              blind=prev.blind)
            continue
        out.append(m)
    return out


def _cut_before_written_whole(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A mention cut before capitalised words no mention holds, where the mention and those
    words are another mention's whole name written elsewhere in the article, is that name:
    "di [Le] Mans" beside "di [Le Mans]" (the tagger's reading varies by context). The
    mention takes the whole's span, kind and place. A known place after a name that is no
    body's head is a name of its own ("MotoGP" beside "MotoGP Perancis"); a body's area is
    its name's ("DPRD Bone")."""
    wholes = sorted((m for m in mentions if " " in m.surface and m.surface[:1].isupper()),
                    key=lambda m: -len(m.surface))
    if not wholes:
        return
    # The wholes by their first word (to the first space), in the same order: a whole that
    # opens with a mention and a space shares its first word, and a scan of every whole
    # per mention was quadratic on a text of many stories (a mention taken whole keeps
    # its first word, so the keys hold).
    by_first: dict[str, list[Mention]] = {}
    for whole in wholes:
        by_first.setdefault(whole.surface.partition(" ")[0], []).append(whole)
    starts = sorted(m.start for m in mentions)
    # Of the wholes written alike, only the first can decide (every test below reads the
    # whole's surface alone; `whole is m` only where the surfaces are the same, which the
    # next test refuses too): each first word's list read so once, again only after a
    # whole itself took a longer name (a repeated story holds each name hundreds of times).
    firsts: dict[str, list[Mention]] = {}
    is_whole = {id(w) for w in wholes}

    def distinct(key: str) -> list[Mention]:
        if key not in firsts:
            first: dict[str, Mention] = {}
            for w in by_first.get(key, ()):
                first.setdefault(w.surface, w)
            firsts[key] = list(first.values())
        return firsts[key]

    for m in mentions:
        if m.surface != text[m.start:m.end] or text[m.end:m.end + 1] != " ":
            continue
        for whole in distinct(m.surface.partition(" ")[0]):
            end = m.start + len(whole.surface)
            if whole is m or end <= m.end or not whole.surface.startswith(m.surface + " ") \
                    or text[m.start:end] != whole.surface \
                    or (end < len(text) and (text[end].isalnum() or text[end] in "-'’")) \
                    or not text[m.end + 1:m.end + 2].isupper():
                continue
            tail = whole.surface[len(m.surface) + 1:]
            if gaz.resolve(tail) is not None and not opens_org(whole.surface.split(), 0, 2):
                break
            i = bisect_right(starts, m.start)  # the first start after this mention's
            if not (i < len(starts) and starts[i] < end):  # no name side by side
                m.end, m.surface, m.kind, m.place = end, whole.surface, whole.kind, whole.place
                if id(m) in is_whole:
                    firsts.clear()
            break


def join_short_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """Short forms the tagger kept apart, joined to the one longer name they shorten:
    an organisation written with its first words ("Inter" for Inter Milan, "Polda" for
    Polda Sumut) or its last word ("United" for Manchester United; not an organisation
    word: "Polri" is no short form of "Bareskrim Polri"), and one name word of a person
    tagged as an organisation ("Jhony" for Jhony Boy Nababan), or the long name with its
    last word clipped ("The Fed" for The Federal Reserve). A short form that fits
    several longer names stays apart, and a brand is no short form of a product with a
    model code ("Toyota" / "Toyota C - HR"). A name cut before the "dan" of a longer one
    is its short form wherever it is written ("Kementerian Haji" for Kementerian Haji dan
    Umrah)."""
    orgs = [c for c in clusters if c.kind == "ORG"]
    people = [c for c in clusters if c.kind == "PERSON" and len(c.name.split()) > 1]
    # Organisations by the first name word after a legal form ("PT [Freeport] Indonesia")
    # or a leading article ("The [Aerospace] Corporation"), looked up once per short form
    # instead of per pair of mentions.
    forms_lf = legal_forms() | _LEADING_ARTICLES
    legal: dict[str, list[tuple[_Cluster, int, list[str]]]] = defaultdict(list)
    for o in orgs:
        for m in o.mentions:
            f = _org_words(m.surface)
            if len(f) > 1 and f[0] in forms_lf:
                legal[f[1]].append((o, m.start, list(f)))
    gone: set[int] = set()
    # Each organisation's mentions as (start, name words), made once rather than per
    # pair of organisations, and kept in step as mentions join (`target` below).
    written = {id(o): [(m.start, list(_org_words(m.surface))) for m in o.mentions]
               for o in orgs}
    # The organisations a short form may shorten, by the first and last word of their
    # written names (and the first word's first three letters, for a clipped last word):
    # each short form tests only those, in the same order, instead of every organisation's
    # every mention (the square of the names on a long page of many stories).
    at = {id(o): k for k, o in enumerate(orgs)}
    by_first: dict[str, list[_Cluster]] = defaultdict(list)
    by_last: dict[str, list[_Cluster]] = defaultdict(list)
    by_opening: dict[str, list[_Cluster]] = defaultdict(list)

    def index(o: _Cluster, names: Sequence[tuple[int, list[str]]]) -> None:
        for _, f in names:
            if f:
                by_first[f[0]].append(o)
                by_last[f[-1]].append(o)
                by_opening[f[0][:3]].append(o)

    def among(*groups: Sequence[_Cluster]) -> list[_Cluster]:
        return sorted({id(o): o for g in groups for o in g}.values(), key=lambda o: at[id(o)])

    for o in orgs:
        index(o, written[id(o)])
    # People by the first and last word of their names, in their order (a one-word short
    # form looks up its own word instead of reading every person's name).
    people_by_word: dict[str, list[_Cluster]] = defaultdict(list)
    for p in people:
        if pw := _norm(p.name).split():
            for w in dict.fromkeys((pw[0], pw[-1])):
                people_by_word[w].append(p)
    for c in orgs:
        forms = {_org_words(m.surface) for m in c.mentions}
        if len(forms) != 1:
            continue
        words = list(next(iter(forms)))
        n = len(words)
        tail = n == 1 and c.name not in org_words() and not c.name.isupper()
        # A name written twice or more before any longer form of it is a name of its
        # own: "Microsoft" twice, then "Microsoft Teams" once, are the company and its
        # product (a longer name is mostly introduced before it is shortened).
        starts = sorted(m.start for m in c.mentions)
        own: float = starts[1] if len(starts) > 1 else float("inf")
        near = among(by_first.get(words[0], ()), by_last.get(words[0], ()) if tail else ()) \
            if n else orgs
        fits = [o for o in near if o is not c and id(o) not in gone
                and any(f == words or len(f) > n and (ms < own or _coordinated(f, n))
                        and not _model_tail(o.name, n) and (
                    (f[:n] == words and f[n] not in _entity_words("body_heads_after"))
                    or (tail and f[-1:] == words and _tail_of_its_body(words[0], f)
                        and not _unit_of_tail(o.name)))
                        for ms, f in written[id(o)])]
        if not fits:
            # "Freeport" for "PT Freeport Indonesia": the name after its legal form or article.
            fits = list({id(o): o for o, ms, f in legal.get(words[0], ())
                         if o is not c and id(o) not in gone and len(f) > n and ms < own
                         and f[1 : n + 1] == words
                         and not _model_tail(o.name.split(" ", 1)[-1], n)}.values())
        if not fits and len(words[-1]) >= 3 and not c.name.isupper():
            # "The Fed" for "The Federal Reserve": its last word clipped from the long one.
            clipped = among(by_first.get(words[0], ()) if n > 1
                            else by_opening.get(words[0][:3], ()))
            fits = list({id(o): o for o in clipped if o is not c and id(o) not in gone
                         and any(len(f) > n and ms < own and f[: n - 1] == words[:-1]
                                 and f[n - 1] != words[-1] and f[n - 1].startswith(words[-1])
                                 for ms, f in written[id(o)])}.values())
        if not fits and n == 1 and not c.name.isupper():
            fits = list(people_by_word.get(words[0], ()))
        if not fits and n > 1 and any(_CODE_WORD.fullmatch(w) for w in words):
            # "6D Mark II" for "Canon EOS 6D Mark II": a product's model written without
            # its maker's words, after the whole name
            fits = list({id(o): o for o in by_last.get(words[-1], ())
                         if o is not c and id(o) not in gone
                         and any(len(f) > n and ms < own and f[-n:] == words
                                 for ms, f in written[id(o)])}.values())
        if len(fits) != 1:
            continue
        target = fits[0]
        for m in c.mentions:
            m.kind = target.kind
        target.mentions.extend(c.mentions)
        if id(target) in written:
            written[id(target)].extend(written[id(c)])
            index(target, written[id(c)])
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


@cache
def _org_alias_names() -> dict[str, str]:
    """One-word aliases of known organisations (aliases.toml) and their full names, as
    `_org_words` writes them (lower-cased)."""
    return {_norm(a): " ".join(_org_words(e.name)) for e in load("aliases", AliasesData).entity
            if e.kind == "ORG" for a in e.aliases if " " not in a}


def _tail_of_its_body(word: str, name: Sequence[str]) -> bool:
    """Whether a one-word short form may be the last word of `name` (both as `_org_words`
    writes them): not where the word is a known body's own alias and `name` is not that
    body ("Demokrat", the Democratic Party, is no short form of "Fraksi Partai Nasional
    Demokrat")."""
    full = _org_alias_names().get(word)
    return full is None or " ".join(name).endswith(full)


def _after_role(text: str, start: int) -> bool:
    """Whether a role word stands in the three words before `start` ("mantan kiper
    [Athletic Bilbao Iraizoz]"): where a name is run into the body its role names."""
    before = _ROLE_LOOKBACK.search(text, max(0, start - 80), start)
    return before is not None and any(is_role_word(w.strip(",()"))
                                      for w in before.group(1).split()[-3:])


def join_name_tails(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """A person the article writes only as the last words of one organisation's name is
    that organisation by its short form: "Villa" beside "Aston Villa", "Rockets" beside
    "Houston Rockets" (a club named by its second word). Not where a person of the
    article holds those words ("Hatta" beside "Mohammad Hatta"), nor for an organisation
    opened by a body's head or legal form, whose last words name the person it is named
    for ("Yayasan Mohammad Hatta"), nor for one that is an acronym, nor for one whose
    words before them are a name of the article on their own, nor for one written after a
    role ("mantan kiper Athletic Bilbao [Iraizoz]": the keeper run into his club)."""
    orgs = [c for c in clusters if c.kind == "ORG" and c.mentions]
    if not orgs:
        return clusters
    held = {w for c in clusters if c.kind == "PERSON" and len(c.name.split()) > 1
            for m in c.mentions for w in _norm(m.surface).split()}
    heads = _body_heads() | {f.casefold() for f in legal_forms()}
    comps = {h.casefold() for h in load("entities", EntitiesData).competition_heads}
    # Organisations by the last word of their names, in their order: a name's tail looks
    # up its own last word instead of reading every organisation.
    by_last: dict[str, list[_Cluster]] = defaultdict(list)
    for o in orgs:
        if ow := _norm(o.name).split():
            by_last[ow[-1]].append(o)
    # An organisation written alone before the words ("Athletic Bilbao" beside "Athletic
    # Bilbao Iraizoz") had a name run into it: those words are the person's.
    names = {_norm(m.surface) for c in clusters if c.kind != "PERSON" for m in c.mentions}
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "PERSON" or any(m.role for m in c.mentions):
            continue
        forms = {_norm(m.surface) for m in c.mentions}
        if len(forms) != 1:
            continue
        words = next(iter(forms)).split()
        n = len(words)
        if any(w in held for w in words) or c.name.isupper():
            continue
        fits = [o for o in (by_last.get(words[-1], ()) if words else ())
                if id(o) not in gone
                and len(ow := _norm(o.name).split()) > n and ow[-n:] == words
                and ow[0].casefold() not in heads and ow[0].casefold() not in comps
                and not o.name.isupper() and " ".join(ow[:-n]) not in names
                and not any(_after_role(text, m.start) for m in o.mentions)]
        if len(fits) != 1:
            continue
        for m in c.mentions:
            m.kind = "ORG"
        if n == 1 and _unit_of_tail(fits[0].name):
            c.kind = "ORG"  # the body the unit belongs to, an organisation of its own
            continue
        fits[0].mentions.extend(c.mentions)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _unit_of_tail(name: str) -> bool:
    """Whether `name` is a unit's acronym of four letters or more and one word after it
    ("FISIP Unud", "FKIP Unsrat"): a faculty of the body that word names, so the word
    alone is that body, not the unit. A shorter acronym may be a club's, named for its
    town ("PSV Eindhoven"); `_model_tail` keeps it from short forms already."""
    words = name.split()
    return len(words) == 2 and len(words[0]) >= 4 and words[0].isupper() \
        and words[0].isalpha()


@cache
def _alias_gaps() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """What may stand between a person's name and another name of theirs the text gives
    (entities.toml `alias_cues`, `nickname_titles`): a cue after at most three words of the
    same clause ("Friderica ..., wanita yang akrab disapa Kiki", "Henry Potter - juga
    dikenal sebagai Harry"), or "atau" / an opening
    bracket and a familiar title; and the titles, for a title the name itself opens with."""
    d = load("entities", EntitiesData)
    cues = "|".join(d.alias_cues)
    nick = "|".join(map(re.escape, d.nickname_titles))
    cued = compile_cached(
        rf"\s*[,\-–—]?\s*(?:atau\s+)?(?:[^\W\d]+\s+){{0,3}}?(?:{cues})\s*(?:(?:{nick})\s+)?",
        re.IGNORECASE)
    plain = re.compile(rf"\s*,?\s*(?:atau\s+|\(\s*)(?P<nick>(?:{nick})\s+)?")
    return cued, plain, frozenset(d.nickname_titles)


_ALIAS_GAP = 80  # characters: an alias is given right after the name


# Initials in brackets opening the gap after a name ("X ( XY ) alias Z"), or the closing
# bracket after initials that are the name's own mention ("( [XY] ) alias Z").
_ALIAS_INITIALS = re.compile(r"\s*(?:\(\s*[A-Z]{2,5}\s*\)|\))(?=\s*[,\-–—]?\s*\w)")


def _past_initials(text: str, a: Mention, gap: str) -> str:
    """The gap after the person's mention `a`, past the person's initials in brackets
    ("Budi Santoso ( BS ) alias Kribo") or past the bracket closing `a` when `a` is those
    initials ("( BS ) alias Kribo"): the alias cue follows them (ent33)."""
    m = _ALIAS_INITIALS.match(gap)
    if m is None:
        return gap
    if m.group().strip() == ")":
        opened = re.search(r"\(\s*$", text[max(0, a.start - 4):a.start])
        return gap[m.end():] if opened is not None and a.surface.isupper() else gap
    letters = m.group().strip()[1:-1].strip()
    return gap[m.end():] if _initials_fit(letters, a.surface) else gap


def join_named_aliases(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """A person's other name that the text gives right after the name is that person:
    "Muhaimin Iskandar atau Cak Imin", "Saifullah Yusuf (Gus Ipul)", "Friderica Widyasari
    Dewi, wanita yang akrab disapa Kiki", "Ismail Marzuki alias Mail". A plain "atau"
    counts only before a familiar title ("atau [Cak] Imin"; "Anies atau Ganjar" are two),
    and so does a bracket, closed right after the name ("Harry Kane (Son Heung-min)" is a
    substitution in a line-up). The joined person keeps the name
    with more words (the first on a tie)."""
    people = sorted(((m, c) for c in clusters if c.kind == "PERSON" for m in c.mentions),
                    key=lambda mc: mc[0].start)
    if len(people) < 2:
        return clusters
    cued, plain, titles = _alias_gaps()
    home: dict[int, _Cluster] = {id(c): c for c in clusters}
    for (a, ca), (b, cb) in zip(people, people[1:], strict=False):
        ca, cb = _root(home, ca), _root(home, cb)
        if ca is cb or b.start - a.end > _ALIAS_GAP:
            continue
        gap = _past_initials(text, a, text[a.end:b.start])
        p = plain.fullmatch(gap)
        if p is not None:
            # A familiar title in the gap or opening the name: "(Gus Ipul)", "atau Cak
            # Imin"; a bracketed full name is no alias ("Harry Kane ( Son Heung - min )",
            # a substitute in a line-up).
            titled = p.group("nick") is not None or b.surface.split()[0] in titles
            if not titled or "(" in gap and not _CLOSE_BRACKET.match(text, b.end):
                continue
        elif cued.fullmatch(gap) is None or any(ch in gap for ch in ".!?;:\"\n"):
            continue
        keep, gone = (ca, cb) if len(ca.name.split()) >= len(cb.name.split()) else (cb, ca)
        keep.mentions.extend(gone.mentions)
        home[id(gone)] = keep
    return [c for c in clusters if home[id(c)] is c]


# A person's initials in brackets right after the name: "Satori ( ST )", "Heri Gunawan (HG)".
_BRACKETED_INITIALS = re.compile(r"\s*\(\s*([A-Z]{2,5})\s*\)")


def _initials_fit(letters: str, name: str) -> bool:
    """Whether `letters` could be `name`'s initials as crime news writes them: its first
    letter, then later letters of the name in order ("ST" of Satori, "STY" of Shin
    Tae-yong); a country's or team's code after a player ("Rossi ( ITA )") opens with
    another letter."""
    low = "".join(filter(str.isalpha, name.casefold()))
    if not low or letters[0].casefold() != low[0]:
        return False
    at = 1
    for ch in letters[1:].casefold():
        at = low.find(ch, at) + 1
        if not at:
            return False
    return True


def join_bracketed_initials(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """Capitals the text gives in brackets right after a person's name, fitting the name
    ("Satori ( ST )"), are that person's initials: the entity all of whose mentions are
    those capitals, whatever kind the tagger gave it (a place "ST", a body "STY"), joins
    the person (judges count an unlinked second name wrong: who 224, 297). Not a name the
    gazetteer knows as a country or region, nor a fixed team."""
    people = [(c, f) for c in clusters if c.kind == "PERSON"
              for f in {m.surface for m in c.mentions
                        if not m.initials and not m.surface.isupper()}]
    if not people:
        return clusters
    by_surface = {c.mentions[0].surface: c for c in clusters
                  if c.mentions and not c.fixed and c.kind != "EVENT"
                  and (c.place is None or c.place.type == "place")
                  and len({m.surface for m in c.mentions}) == 1}
    gone: set[int] = set()
    for person, form in people:
        # the name as written anywhere, the tagger's mention there or not ("Mereka adalah
        # [Satori] ( ST )" untagged beside a later "Satori"); found by `str.find`, not a
        # pattern compiled per name (each article's people would churn `re`'s cache)
        b = search_word_then(text, form, _BRACKETED_INITIALS)
        if b is None:
            continue
        short = by_surface.get(b.group(1))
        if short is None or short is person or id(short) in gone or id(person) in gone \
                or not _initials_fit(b.group(1), person.name):
            continue
        for sm in short.mentions:
            sm.kind, sm.place, sm.initials = "PERSON", None, True
        person.mentions.extend(short.mentions)
        gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


@cache
def _club_forms() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Club prefixes and tails (entities.toml), lower-cased; tails as word tuples, longest
    first."""
    d = load("entities", EntitiesData)
    tails = sorted({tuple(_norm(t).split()) for t in d.club_tails}, key=len, reverse=True)
    return frozenset(_norm(p) for p in d.club_prefixes), tuple(tails)


@cache
def _club_particles() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).club_particles)


def _club_core(name: str) -> tuple[str, ...]:
    """A club's name words without its prefix and tail, lower-cased ("FC Bayern" ->
    bayern; "Juventus Football Club S.p" -> juventus); other names as they are."""
    prefixes, tails = _club_forms()
    words = tuple(_norm(name).split())
    if len(words) > 1 and words[0] in prefixes:
        words = words[1:]
        if len(words) > 1 and words[0] in _club_particles():
            words = words[1:]  # "Olympique [de] Marseille" is "Olympique Marseille"
    cut = True
    while cut:  # "Football Club S.p.A.": tails after tails
        cut = False
        for t in tails:
            if len(words) > len(t) and words[-len(t):] == t:
                words, cut = words[: -len(t)], True
                break
    return words


def join_club_towns(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """In a sports report, a club named with a prefix or tail of its town ("AC Milan",
    "Toulouse FC") is the club wherever the town is written alone as a place ("Gol Milan",
    "kekalahan Milan"): those mentions join the club. One right after a place marker
    ("di Milan", "stadion ...") stays the town."""
    if not sports_report(text):
        return clusters
    clubs: dict[tuple[str, ...], _Cluster] = {}
    for c in clusters:
        if c.kind == "ORG" and c.mentions:
            core = _club_core(c.name)
            if core and core != tuple(_norm(c.name).split()):
                clubs.setdefault(core, c)
    if not clubs:
        return clusters
    marker = _place_marker()
    gone: set[int] = set()
    for c in clusters:
        club = clubs.get(tuple(_norm(c.name).split())) if c.kind == "PLACE" else None
        if club is None:
            continue
        stay = [m for m in c.mentions if marker is not None
                and marker.search(text, max(0, m.start - 12), m.start)]
        moved = [m for m in c.mentions if m not in stay]
        for m in moved:
            m.kind, m.place = "ORG", None
        club.mentions.extend(moved)
        c.mentions = stay
        if not stay:
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


_TRAILING_WORD = re.compile(r"\w+\Z")


def _club_word_before(text: str, at: int) -> str | None:
    """The word right before `at` on the same line, spaces or tabs between (none: None).
    Not a pattern ending in `$` searched over the window: `$` also matches before a
    line break that ends the window, so a word ending the line before was read."""
    window = text[max(0, at - 40):at]
    body = window.rstrip(" \t")
    if len(body) == len(window):
        return None
    w = _TRAILING_WORD.search(body)
    return w.group() if w is not None else None


def join_team_nicknames(text: str, clusters: list[_Cluster], gaz: Gazetteer
                        ) -> list[_Cluster]:
    """A team named by its town and one nickname ("Chicago Bulls") whose nickname the
    article writes alone is that team wherever the nickname stands alone, whatever kind the
    tagger gave it ("[Bulls] unggul", a place), and so is its town alone, no place marker
    before it ("[Chicago] mengalahkan Knicks"), where no other team opens with the town
    (ent29b). The town after a place marker ("di Chicago") or set off by a comma stays the
    place."""
    teams: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        words = c.name.split()
        if c.kind == "ORG" and len(words) >= 2 and words[-1][:1].isupper() \
                and not words[-1].isupper() and gaz.resolve(" ".join(words[:-1])) is not None:
            teams[" ".join(words[:-1])].append(c)
    if not teams:
        return clusters
    nick = {c.name.split()[-1]: c for cs in teams.values() for c in cs}
    marker = _place_marker()
    gone: set[int] = set()
    for c in clusters:
        team = nick.get(c.name) if c.kind in {"PLACE", "PERSON"} and c.place is None else None
        if team is not None:
            _move_into(c, team, c.mentions, gone)
    for c in clusters:
        cs = teams.get(c.name) if c.kind == "PLACE" and id(c) not in gone else None
        if cs is None or len(cs) != 1 \
                or not any(m.surface == cs[0].name.split()[-1] for m in cs[0].mentions):
            continue
        # a town set off by commas is a place of an address or dateline (", San Antonio ,")
        moved = [m for m in c.mentions if (marker is None
                 or not marker.search(text, max(0, m.start - 12), m.start))
                 and not text[max(0, m.start - 4):m.start].rstrip().endswith(",")
                 and not text[m.end:m.end + 4].lstrip().startswith(",")]
        _move_into(c, cs[0], moved, gone)
    return [c for c in clusters if id(c) not in gone]


def _move_into(c: _Cluster, team: _Cluster, moved: list[Mention], gone: set[int]) -> None:
    """`moved` of `c`'s mentions join `team`, an organisation; `c` goes once it has none."""
    for m in moved:
        m.kind, m.place = "ORG", None
    team.mentions.extend(moved)
    c.mentions = [m for m in c.mentions if m not in moved]
    if not c.mentions:
        gone.add(id(c))


def drop_club_towns(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """In a sports report, a town written right after a club the article names by one
    word ("Pelatih Persiba Balikpapan , X" beside "Persiba menang") is the end of the
    club's name, no place of the article: those mentions go, and a place left with none
    goes too (the judged rounds count the town inside a club's name wrong)."""
    clubs = {c.name for c in clusters if c.kind == "ORG" and c.mentions
             and " " not in c.name.strip()}
    if not clubs or not any(c.kind == "PLACE" for c in clusters) or not sports_report(text):
        return clusters
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "PLACE" or c.fixed:
            continue
        keep = []
        for m in c.mentions:
            if _club_word_before(text, m.start) not in clubs:
                keep.append(m)
        if len(keep) < len(c.mentions):
            c.mentions = keep
            if not keep:
                gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def join_club_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """A club named with its prefix or full company name and without it is one club: "FC
    Bayern" beside "Bayern Muenchen", "ACF Fiorentina" beside "Fiorentina", "Juventus
    Football Club S.p.A." beside "Juventus", "Arema" beside "Arema FC". An organisation whose
    name loses a club prefix or tail joins the one other organisation whose name (or core)
    is that core or opens with it; the joined club keeps the name first written."""
    orgs = [c for c in clusters if c.kind == "ORG" and c.mentions]
    cores = {id(c): _club_core(c.name) for c in orgs}
    gone: set[int] = set()
    for c in orgs:
        core = cores[id(c)]
        if id(c) in gone or not core or core == tuple(_norm(c.name).split()):
            continue  # no club prefix or tail to lose
        n = len(core)
        fits = [o for o in orgs if o is not c and id(o) not in gone
                and cores[id(o)][:n] == core]
        if len(fits) != 1 and not (fits and all(cores[id(o)] == core for o in fits)):
            continue  # several forms of one core ("Olympique de Marseille", "Marseille")
            # are one club; several longer names opening with it are not
        target = fits[0]
        # The club keeps the name it was first written with ("OGC Nice", then "Nice").
        first = min((c, *fits), key=lambda k: min(m.start for m in k.mentions))
        for o in (c, *fits[1:]):
            for m in o.mentions:
                m.kind = target.kind
            target.mentions.extend(o.mentions)
            gone.add(id(o))
        target.name, target.fixed = first.name, True
    return [c for c in clusters if id(c) not in gone]


def join_town_clubs(text: str, clusters: list[_Cluster], gaz: Gazetteer) -> list[_Cluster]:
    """In football reporting, a club named with its town ("Persija Jakarta", "Persib
    Bandung") and by its one-word name alone ("Persija") is one club: an organisation of
    one word (or a person's, as the tagger may read a club alone), no place itself, joins
    the one organisation named that word and a place the gazetteer knows. The club keeps
    its full name."""
    orgs = [c for c in clusters if c.kind == "ORG" and c.mentions]
    if len(orgs) < 2 or not sports_report(text):
        return clusters
    # the one-word name may have been read as a person's ("Persija menurunkan pemain")
    alone = {_norm(c.name): c for c in clusters if c.kind in {"ORG", "PERSON"} and c.mentions
             and " " not in c.name.strip()}
    gone: set[int] = set()
    for c in orgs:
        words = c.name.split()
        short = alone.get(_norm(words[0])) if len(words) == 2 else None
        if short is None or short is c or id(short) in gone \
                or gaz.resolve(words[1]) is None or gaz.resolve(words[0]) is not None:
            continue
        for m in short.mentions:
            m.kind = c.kind
        c.mentions.extend(short.mentions)
        c.fixed = True
        gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


_SPELLING_MIN = 6  # letters: shorter names one letter apart are mostly other names


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter more (both casefolded, no spaces)."""
    if len(b) != len(a) + 1:
        return False
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1 :]


def _spelling(name: str) -> str:
    # filter in C: the same characters as a generator testing each, at a third of the cost
    return "".join(filter(str.isalnum, name.casefold()))


# A clipped given name is this long at least ("Syarif" of Syarifuddin), and the word it
# clips longer by two letters or more: shorter stems ("Agus", "Ali") open many names.
_CLIP_MIN = 5


def join_clipped_names(clusters: list[_Cluster], lexicon: Mapping[str, str]
                       ) -> list[_Cluster]:
    """A one-word person named after a longer name whose first or last word it opens is
    that person, the name clipped as people call him ("Syarif" after "Syarifuddin"): the
    record promises one entity per referent. Not where the word opens the names of two
    people, nor where another person is named by the word itself, nor where the short form
    comes first (then it is a name of its own), nor where the rest of the longer word is
    a word of its own ("Soekarno" of "Soekarnoputri", his daughter)."""
    people = [c for c in clusters if c.kind == "PERSON" and c.mentions]
    words = {id(c): [w.lower() for w in c.name.split()] for c in people}
    gone: set[int] = set()
    for small in people:
        short = words[id(small)]
        if len(short) != 1 or len(short[0]) < _CLIP_MIN or not short[0].isalpha() \
                or small.name.isupper():
            continue
        first = min(m.start for m in small.mentions)
        fits = [c for c in people if c is not small and id(c) not in gone
                and min(m.start for m in c.mentions) < first
                and any(w != short[0] and w.startswith(short[0])
                        and len(w) >= len(short[0]) + 2 and w[len(short[0]):] not in lexicon
                        for w in dict.fromkeys((words[id(c)][0], words[id(c)][-1])))]
        if len(fits) != 1 or sum(short[0] in words[id(c)] for c in people) > 1:
            continue
        for m in small.mentions:
            m.kind = "PERSON"
        fits[0].mentions.extend(small.mentions)
        gone.add(id(small))
    return [c for c in clusters if id(c) not in gone]


def join_firm_arms(clusters: list[_Cluster], gaz: Gazetteer) -> list[_Cluster]:
    """A firm by its legal form and the same firm's name with a country after it are one
    company ("PT Freeport" beside "PT Freeport Indonesia"): a "PT" is the country's own
    company, so the short name is the national firm's, and its mentions (the bare
    "Freeport" with them) join the longer name (ent31b)."""
    orgs = {c.name: c for c in clusters if c.kind == "ORG" and c.mentions}
    gone: set[int] = set()
    for name, small in orgs.items():
        words = name.split()
        if len(words) < 2 or words[0].lower() not in legal_forms():
            continue
        longer = [c for n, c in orgs.items() if n.startswith(name + " ")
                  and len(n.split()) == len(words) + 1
                  and (p := gaz.resolve(n.split()[-1])) is not None and p.type == "country"]
        if len(longer) == 1 and id(longer[0]) not in gone:
            longer[0].mentions.extend(small.mentions)
            gone.add(id(small))
    return [c for c in clusters if id(c) not in gone]


@cache
def _inner_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).inner_body_heads)


def join_inner_heads(clusters: list[_Cluster]) -> list[_Cluster]:
    """A body's name written with and without the head of the body it names inside it is
    one body ("Fraksi Partai Garuda" beside "Fraksi Garuda", entities.toml
    `inner_body_heads`): the shorter form's mentions join the longer, where one longer
    name alone drops to it (ent33). The head is an inner word, never the name's first:
    "Partai Garuda" and "Garuda" are left to the other joins."""
    orgs = [c for c in clusters if c.kind == "ORG" and c.mentions]
    heads = _inner_heads()
    by_short: dict[str, list[_Cluster]] = defaultdict(list)
    for c in orgs:
        words = c.name.split()
        if len(words) >= 3 and any(w.casefold() in heads for w in words[1:-1]):
            short = " ".join([words[0]] + [w for w in words[1:-1]
                                           if w.casefold() not in heads] + [words[-1]])
            by_short[short].append(c)
    gone: set[int] = set()
    for c in orgs:
        longer = by_short.get(c.name, [])
        if len(longer) == 1 and longer[0] is not c and id(longer[0]) not in gone:
            longer[0].mentions.extend(c.mentions)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def _office_key(name: str) -> str | None:
    """A regional body's name less an office head opening it and the area words inside it
    ("Kantor Dinas Pangan Kabupaten X" -> "dinas pangan x"), case-folded; None for a name
    no regional body's (`_regional_body`)."""
    if not _regional_body(name):
        return None
    low = name.casefold().split()
    low = list(_past_office_head(low)[-1])
    areas = _branch_areas()
    return " ".join([low[0]] + [w for w in low[1:] if w not in areas])


def join_office_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """A regional body named with and without its office's head or the area word before
    its region is one body ("Kantor Dinas Pangan (Dispa) Wonokerto" beside "Dinas Pangan
    Kabupaten Wonokerto"): organisations of one `_office_key` join (ent33)."""
    groups: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        key = _office_key(c.name) if c.kind == "ORG" and c.mentions else None
        if key is not None:
            groups[key].append(c)
    gone: set[int] = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = max(group, key=lambda c: len(c.mentions))  # the name: `to_entities`'s
        for c in group:
            if c is not keep:
                keep.mentions.extend(c.mentions)
                gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


@cache
def _embassy_form() -> re.Pattern[str]:
    """A home embassy's name (entities.toml `home_embassy_forms`), its city after it or
    not, the city in group 1: "KBRI Den Haag", "Kedutaan Besar Republik Indonesia di X"."""
    forms = sorted(load("entities", EntitiesData).home_embassy_forms, key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms) or "(?!)"
    return re.compile(rf"(?:{alt})(?:(?: di)? ([A-Z][\w -]*))?")


def join_embassy_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """The country's own embassy named short and long in one article ("KBRI", "KBRI
    Islamabad", "Kedubes Indonesia" beside "Kedutaan Besar Republik Indonesia") is one
    body: organisations of one city, or of none where the article names one city at most,
    join; the longest form names it (`to_entities`)."""
    found: list[tuple[_Cluster, str]] = []
    for c in clusters:
        g = _embassy_form().fullmatch(c.name) if c.kind == "ORG" and c.mentions else None
        if g is not None:
            found.append((c, (g.group(1) or "").replace(" ", "").casefold()))
    cities = {city for _, city in found if city}
    if len(found) < 2 or len(cities) > 1:
        return clusters  # two cities' embassies: a bare "KBRI" is either
    keep = max((c for c, _ in found), key=lambda c: (len(c.name.split()), len(c.mentions)))
    for c, _ in found:
        if c is not keep:
            keep.mentions.extend(c.mentions)
    gone = {id(c) for c, _ in found if c is not keep}
    return [c for c in clusters if id(c) not in gone]


def join_spellings(clusters: list[_Cluster]) -> list[_Cluster]:
    """One name spelt two ways in an article is one entity: written with or without a
    space ("Mauna Kea" / "Maunakea") or with one letter more or less ("Tom Stark" / "Tom
    Starke", "Wiliams" / "Williams", "Mertsacker" / "Mertesacker"), in names of six letters
    or more that are not acronyms, and not two places the gazetteer tells apart. The form
    written more often (the first on a tie) names the entity; the other's mentions join it."""
    named = sorted((c for c in clusters if c.kind in {"PERSON", "ORG", "PLACE"}
                    and c.mentions and not c.name.isupper()),
                   key=lambda c: (c.place is None, -len(c.mentions), c.kind == "PERSON",
                                  -len(c.name), min(m.start for m in c.mentions)))
    spelt = {id(c): _spelling(c.name) for c in named}
    home: dict[int, _Cluster] = {id(c): c for c in clusters}
    # Two spellings joined open with the same letter and differ in length by one letter at
    # most: each name is compared with those only, in the same order (all pairs cost the
    # square of the names on a long page of many stories).
    alike: dict[tuple[str, int], list[int]] = defaultdict(list)
    for k, c in enumerate(named):
        alike[(spelt[id(c)][:1], len(spelt[id(c)]))].append(k)
    for k, big in enumerate(named):
        a = spelt[id(big)]
        if home[id(big)] is not big or len(a) < _SPELLING_MIN - 1:
            continue
        groups = [alike.get((a[:1], n), []) for n in (len(a) - 1, len(a), len(a) + 1)]
        after = sorted(i for g in groups for i in g[bisect_right(g, k):])
        for small in (named[i] for i in after):
            b = spelt[id(small)]
            if home[id(small)] is not small or min(len(a), len(b)) < _SPELLING_MIN - 1 \
                    or max(len(a), len(b)) < _SPELLING_MIN or a[:1] != b[:1]:
                continue
            if _norm(big.name) == _norm(small.name) or not (a == b or (
                    len(big.name.split()) == len(small.name.split())
                    and (_one_letter_apart(a, b) or _one_letter_apart(b, a)))):
                # One name kept apart on purpose ("Barcelona" the club and the city); a
                # letter more as a word of its own is another name ("Super Junior - T").
                continue
            if big.place is not None and small.place is not None \
                    and big.place.name != small.place.name:
                continue  # two places the gazetteer knows
            for m in small.mentions:
                m.kind, m.place = big.kind, big.place
                if big.kind == "PERSON" and len(m.surface.split()) == len(big.name.split()):
                    m.surface = big.name  # the person's name as mostly written
            big.mentions.extend(small.mentions)
            home[id(small)] = big
    return [c for c in clusters if home[id(c)] is c]


_BRACKETED = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)")


def join_bracketed_forms(text: str, clusters: list[_Cluster],
                         gaz: Gazetteer) -> list[_Cluster]:
    """A short form the text defines in brackets right after a name is that name's entity:
    "Formula One ( F1 )", "Kementerian Pendidikan ( MOE ) Singapura" (inside the name, when
    only the body's country follows it: "PDI Perjuangan ( PDIP ) Bali" is the party's
    branch). The short form is of the name's kind, and no short form of a place the
    gazetteer knows nor of a longer name the bracket spells ("Bantuan Likuiditas Bank
    Indonesia ( BLBI )"); an organisation in brackets after a
    place only where it spells the place's initials (not "IFI" after "Indonesia", nor
    "BEI" after the building "Gedung Bursa Efek Indonesia"); a person in brackets is
    someone else (a substitute)."""
    shorts: dict[str, _Cluster] = {}
    for c in clusters:
        if c.kind in {"ORG", "PLACE"} and c.place is None:
            for m in c.mentions:
                shorts.setdefault(_norm(m.surface), c)
    if not shorts:
        return clusters
    home: dict[int, _Cluster] = {id(c): c for c in clusters}
    for c in clusters:
        if c.kind not in {"ORG", "PLACE", "EVENT"}:
            continue
        for m in c.mentions:
            after = _BRACKETED.match(text, m.end)
            if after is not None \
                    and (rest := _NAME_GOES_ON.match(text, after.end())) is not None \
                    and not _country_rest(rest.group(), gaz):
                # "Kepolisian Resor Kota Besar ( Polrestabes ) Surabaya": the name goes
                # on past the bracket, whose short form is of the whole.
                after = None
            inner = [(after, "")] if after else []
            if "(" in text[m.start : m.end]:  # the surface may lack it
                inner += [(b, _branch_town(text[b.end() : m.end], gaz))
                          for b in _BRACKETED.finditer(text, m.start, m.end)]
                inner = [(b, town) for b, town in inner
                         if b is after or town or _country_rest(text[b.end() : m.end], gaz)]
            for b, town in inner:
                # "Dinas ... ( Dikbud ) Kota Kendari": the branch's short form written with
                # its town ("Dikbud Kendari") is the same body; the bare short form may be
                # the whole body's
                short = shorts.get(_norm(f"{b.group(1)} {town}" if town else b.group(1)))
                if short is None or len(b.group(1)) >= len(m.surface) or town and any(
                        _norm(sm.surface) not in {_norm(b.group(1)), _norm(f"{b.group(1)} {town}")}
                        for sm in short.mentions):
                    continue  # the branch's short forms only, no other body joined to them
                ca, cb = _root(home, c), _root(home, short)
                if ca is cb or ca.place is not None or ca.kind != cb.kind and _initials(
                        text[m.start : b.start()]) != b.group(1) \
                        or _spells_longer_run(text, m, b.group(1)):
                    continue
                for sm in cb.mentions:
                    sm.kind, sm.place = ca.kind, ca.place
                ca.mentions.extend(cb.mentions)
                ca.fixed = True  # the name the short form is defined for names it
                home[id(cb)] = ca
    return [c for c in clusters if home[id(c)] is c]


_NAME_GOES_ON = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")


def _spells_longer_run(text: str, m: Mention, short: str) -> bool:
    """Whether the bracket after `m` defines a longer name running into `m` from before
    it: capitalised words right before `m` that do not open the sentence ("Dana Bantuan
    Likuiditas [Bank Indonesia] ( Satgas BLBI )" names the task force), or ones whose
    initials with `m`'s spell `short` ("Bantuan Likuiditas [Bank Indonesia] ( BLBI )")."""
    run = _CAPITALISED_BEFORE.search(text, max(0, m.start - 80), m.start)
    if run is None or _initials(m.surface) == short:
        return False
    if len(run.group().split()) > 1 or not _SENTENCE_END.search(
            text, max(0, run.start() - 5), run.start()):
        return True
    if not short.isupper():
        return False
    own = _initials(m.surface)
    before = _initials(run.group())
    return any(before[k:] + own == short for k in range(len(before)))


def _branch_town(rest: str, gaz: Gazetteer) -> str:
    """The town of the words after a bracket inside a body's name, read as the area its
    branch serves ("Kota Kendari" -> "Kendari"); "" when they are no town."""
    words = rest.split()
    if not words or len(words) > 3 or words[0].casefold() not in _branch_areas() \
            and len(words) > 1:
        return ""
    place = gaz.resolve(" ".join(words[1:]) if len(words) > 1 else words[0])
    return words[-1] if place is not None and place.type != "country" else ""


def _country_rest(rest: str, gaz: Gazetteer) -> bool:
    """Whether the words after a bracket inside a name are a country ("Singapura")."""
    place = gaz.resolve(rest.strip()) if rest.strip() else None
    return place is not None and place.type == "country"


def _root(home: dict[int, _Cluster], c: _Cluster) -> _Cluster:
    """The cluster `c` has been joined into (itself when none)."""
    while home[id(c)] is not c:
        c = home[id(c)]
    return c


@cache
def _street_heads_lower() -> frozenset[str]:
    return frozenset(h.lower() for h in load("entities", EntitiesData).street_heads)


def _street_words(name: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a place's name opens with a street word, and its words after that word."""
    words = tuple(_norm(name).split())
    if words and words[0].rstrip(".") in _street_heads_lower():
        return True, words[1:]
    return False, words


# Gazetteer place types no street's short form is: a city, regency or wider area.
_TOWNS_AND_UP = frozenset({"city", "regency", "country", "region", "province"})


def join_streets(clusters: list[_Cluster]) -> list[_Cluster]:
    """A street's short forms are the street: 'Jalan Thamrin' and 'Thamrin' are 'Jalan MH
    Thamrin' once the article names it so, and 'Sudirman' after 'Jalan Sudirman - ...' is
    Jalan Sudirman. A short form is the end of the street's own words; one that fits two
    streets is left alone, and so is a town the gazetteer knows ('Pekanbaru' is the city,
    not 'jalan Melati Pekanbaru'). Only a capitalised street word opens a street's name."""
    streets = [(c, w) for c in clusters if c.kind == "PLACE" and c.name[:1].isupper()
               for st, w in [_street_words(c.name)] if st and w]
    if not streets:
        return clusters
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "PLACE" or c.place is not None and c.place.type in _TOWNS_AND_UP:
            continue
        st, words = _street_words(c.name)
        n = len(words)
        fits = [s for s, w in streets if s is not c and id(s) not in gone
                and (len(w) > n or len(w) == n and not st) and n and w[-n:] == words]
        if len({id(s) for s in fits}) != 1:
            continue
        fits[0].mentions.extend(c.mentions)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


def join_cut_places(clusters: list[_Cluster], gaz: Gazetteer) -> list[_Cluster]:
    """A place the gazetteer does not know, of two words or more, that is one longer such
    place less the town the gazetteer knows after it is that place: 'Jalan Kranggan' beside
    'Jalan Kranggan Surabaya', 'Bundaran Simpang Lima' beside 'Bundaran Simpang Lima
    Purwodadi'. One that opens two stays apart, and so does one before other words
    ('Kabupaten Bandung' beside 'Kabupaten Bandung Barat', 'sungai Batang Ayumi' beside the
    village Batang Ayumi Julu, 'Subang Field' before 'Manager Pertamina')."""
    unknown = [(c, c.name.split()) for c in clusters
               if c.kind == "PLACE" and c.place is None and c.mentions]
    if len(unknown) < 2:
        return clusters
    gone: set[int] = set()
    # The unknown places by their first word, in their order (a longer name opening with
    # a place's words is looked up by its first word, not found by reading every place).
    by_first: dict[str, list[tuple[_Cluster, list[str]]]] = defaultdict(list)
    for o, w in unknown:
        if w:
            by_first[w[0]].append((o, w))
    for c, words in unknown:
        n = len(words)
        if n < 2:
            continue
        fits = [o for o, w in by_first.get(words[0], ()) if o is not c and id(o) not in gone
                and len(w) > n and w[:n] == words]
        if len(fits) != 1 or gaz.resolve(" ".join(fits[0].name.split()[n:])) is None:
            continue
        fits[0].mentions.extend(c.mentions)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


_LISTED_AREAS = frozenset({"country", "province"})
_REGION_ACRONYM = re.compile(r"[A-Z]{2,4}")  # 'DKI' of 'DKI Jakarta'


def join_short_places(clusters: list[_Cluster]) -> list[_Cluster]:
    """A place the gazetteer does not know that is the first words of one listed country
    or province of the article is that place, shortened: 'Korea' beside 'Korea Selatan',
    'Arab' beside 'Arab Saudi'. One that fits two stays apart ('Korea' beside both
    Koreas); a known place is its own ('Jawa' beside 'Jawa Barat'). So is an
    "organisation" of one acronym opening one known place's name of the article ('DKI' in
    'pemerintah DKI' beside 'DKI Jakarta'; merge19): the region by its short form."""
    areas = [(c, c.name.split()) for c in clusters if c.kind == "PLACE"
             and c.place is not None and c.place.type in _LISTED_AREAS]
    known = [(c, c.name.split()) for c in clusters if c.kind == "PLACE"
             and c.place is not None and not c.place.ambiguous]
    if not known:
        return clusters
    gone: set[int] = set()
    for c in clusters:
        if c.kind in {"ORG", "PLACE"} and c.place is None \
                and _REGION_ACRONYM.fullmatch(c.name):
            # read as a place the gazetteer lacks, too ('Pemerintah [DKI]'; ent29)
            fits = [a for a, w in known if len(w) > 1 and w[0] == c.name]
        elif c.kind != "PLACE" or c.place is not None:
            continue
        else:
            words = c.name.split()
            n = len(words)
            fits = [a for a, w in areas if len(w) > n and w[:n] == words]
        if len(fits) != 1:
            continue
        for m in c.mentions:
            m.kind, m.place = "PLACE", fits[0].place
        fits[0].mentions.extend(c.mentions)
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


_NAME_PIECE = re.compile(r"[^\W\d_]+")


def split_pairs(clusters: list[_Cluster]) -> list[_Cluster]:
    """A person named by the first names of two people the article names in full is the
    pair ('pemerintahan Prabowo-Gibran', 'rezim Prabowo Gibran' beside Prabowo Subianto and
    Gibran Rakabuming Raka): each word goes to its person. Only first names: 'Budi Santoso'
    beside 'Budi Gunawan' and 'Agus Santoso' stays a person of his own; two names glued by
    a hyphen may be family names too ('Perseteruan Trump-Musk' beside Donald Trump and Elon
    Musk)."""
    firsts: dict[str, list[_Cluster]] = defaultdict(list)
    lasts: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        words = _norm(c.name).split()
        if c.kind == "PERSON" and len(words) > 1:
            firsts[words[0]].append(c)
            lasts[words[-1]].append(c)
    gone: set[int] = set()
    for c in clusters:
        words = _norm(c.name).split()
        glued = len(words) == 1 and words[0].count("-") == 1
        if glued:
            words = words[0].split("-")
        if c.kind != "PERSON" or len(words) != 2 or not all(words) \
                or any(m.role for m in c.mentions):
            continue
        owners = [[o for o in {id(o): o for o in (*firsts.get(w, ()),
                                                  *(lasts.get(w, ()) if glued else ()))
                               }.values() if o is not c and id(o) not in gone]
                  for w in words]
        if any(len(o) != 1 for o in owners) or owners[0][0] is owners[1][0]:
            continue
        pieces = [list(_NAME_PIECE.finditer(m.surface)) for m in c.mentions]
        if any(len(p) != 2 for p in pieces):
            continue
        for m, found in zip(c.mentions, pieces, strict=True):
            for owner, piece in zip(owners, found, strict=True):
                owner[0].mentions.append(Mention(m.start + piece.start(), m.start + piece.end(),
                                                 "PERSON", piece.group(), blind=m.blind))
        gone.add(id(c))
    return [c for c in clusters if id(c) not in gone]


@lru_cache(maxsize=1 << 16)  # asked per mention pair by join_short_forms; bounded
def _model_tail(name: str, n: int) -> bool:
    """Whether the words of `name` after its first `n` hold a model code ("Toyota [C -
    HR]"); organisation words do not ("Fraksi PDI Perjuangan [DPR]"), nor a place the
    gazetteer knows closing the name ("DPRD [DKI Jakarta]", "Polda [NTB]"; merge19)."""
    words = name.split()
    gaz = load_gazetteer()
    for i in range(max(n, 1), len(words)):
        place = gaz.resolve(" ".join(words[i:]))
        if place is not None and not place.ambiguous:
            words = words[:i]  # the region the body serves: no model's code
            break
    if n == 1 and _MODEL_CODE.search(" ".join(words)):
        return True  # a brand is no short form of any coded name ("Toyota C - HR")
    rest = [w for w in words[n:] if w not in org_words() and w != "RI"]
    return bool(_MODEL_CODE.search(" ".join(rest))) or any(
        w.casefold() in _entity_words("variant_words")
        or w.casefold() in _entity_words("product_nouns") for w in rest)


@cache
def _org_head_forms() -> dict[str, tuple[str, ...]]:
    forms = load("kinds", KindsData).org_head_forms
    return {k.lower(): tuple(v.lower().split()) for k, v in forms.items()}


@lru_cache(maxsize=1 << 16)  # join_short_forms asks it per mention pair; bounded for long runs
def _org_words(surface: str) -> tuple[str, ...]:
    """An organisation's name words, lower-cased, its abbreviated head spelt out
    ("Pemkot Bandung" -> pemerintah kota bandung)."""
    words = _norm(surface).split()
    if len(words) > 1 and words[-1] == "ri":
        words.pop()  # "DPR RI" is the DPR, "KPU RI" the KPU: the country's own body
    # the region after the head spelt out too ("PN Jakut" is Pengadilan Negeri Jakarta
    # Utara, `place_aliases`; who 295, ent30b)
    aliases = place_aliases()
    rest = [x for w in words[1:] for x in aliases.get(w, w).lower().split()]
    if words and words[0] in _org_head_forms():
        return (*_org_head_forms()[words[0]], *rest)
    return tuple(words[:1] + rest)


_AGE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:tahun\s*)?\)")


def _aged(text: str, mentions: Sequence[Mention]) -> None:
    """A one-word place or organisation written with an age in brackets is a person:
    'Vatikan (27), pengendara asal Demak', and so are its other mentions."""
    aged = {m.surface for m in mentions if (m.kind in {"PLACE", "ORG"} or (
                m.kind == "PERSON" and _acronym_word(m.surface)))  # "SU ( 21 )": no acronym
            and " " not in m.surface and _AGE.match(text, m.end)}
    # 'KT ( 6 )': a child's initials, no acronym; but 'WBA ( 29 )' in a match report is
    # a club and its points.
    initials = bool(aged) and not sports_report(text)
    for m in mentions:
        if m.surface in aged:
            m.kind, m.place, m.initials = "PERSON", None, initials and m.surface.isupper()


_COMPASS = WordSet("entities", EntitiesData, "compass_words")  # "Barat", "Tenggara"


def _compass_tails(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """A compass word the tagger cut off a place and took for a person is the place's
    ('Kapolsek [Denpasar] [Barat] Kompol Laksmi': Denpasar Barat)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.kind == "PERSON" and m.surface in _COMPASS and prev is not None \
                and prev.kind == "PLACE" and text[prev.end:m.start] == " ":
            prev.end, prev.surface = m.end, text[prev.start:m.end]
            prev.place = gaz.resolve(prev.surface)
            continue
        if m.kind == "PERSON" and prev is not None and prev.kind == "PLACE" \
                and text[prev.end:m.start] == " " and " " in prev.surface \
                and prev.surface.rsplit(" ", 1)[1] in _COMPASS \
                and gaz.resolve(prev.surface) is None \
                and getattr(gaz.resolve(prev.surface.rsplit(" ", 1)[0]), "type", "") == "country":
            # 'Pelatih [Uzbekistan Timur] [Kapadze]': a country with a compass word that
            # is no place ('Flores Timur' is a regency the gazetteer may lack); the
            # compass word opens the name (Timur Kapadze).
            cut = prev.start + len(prev.surface.rsplit(" ", 1)[0])
            prev.end, prev.surface = cut, text[prev.start:cut]
            prev.place = gaz.resolve(prev.surface)
            m.start, m.surface = cut + 1, text[cut + 1:m.end]
        elif m.kind == "PERSON" and prev is not None and prev.kind in {"PLACE", "ORG"}:
            _compass_opening(text, prev, m, gaz)
        out.append(m)
    return out


def _compass_opening(text: str, prev: Mention, m: Mention, gaz: Gazetteer) -> None:
    """A person's name opening with a compass word right after a body or place ending in
    a known town or region ('Pengadilan Negeri [Jakarta] [Selatan Asiadi S]': Jakarta
    Selatan) gives it back: the place's, no given name (ent27b)."""
    first, _, rest = m.surface.partition(" ")
    if not rest or first not in _COMPASS or text[prev.end:m.start] != " " or m.blind:
        return
    last = prev.surface.rsplit(" ", 1)[-1]
    town = gaz.resolve(last)
    if gaz.resolve(f"{last} {first}") is None and (town is None or town.type == "country"):
        return  # 'Uzbekistan [Timur Kapadze]': a country's compass word may be a name
    prev.end, prev.surface = m.start + len(first), text[prev.start:m.start + len(first)]
    if prev.kind == "PLACE":
        prev.place = gaz.resolve(prev.surface)
    m.start = m.end - len(rest)
    m.surface = rest
    if m.role is not None and m.role.endswith(" " + prev.surface.rsplit(" ", 2)[-2]):
        m.role = f"{m.role} {first}"


@cache
def _split_area_words() -> frozenset[str]:
    """Area words that open a place of their own inside a run of places: the home areas
    (Kabupaten, Kecamatan, ...), "Desa" and "Provinsi", case-folded."""
    d = load("entities", EntitiesData)
    return frozenset({*(w.casefold() for w in d.home_areas), "desa", "provinsi"})


def _split_areas(mentions: Sequence[Mention], gaz: Gazetteer,
                 lexicon: Mapping[str, str]) -> list[Mention]:
    """A street or facility (a name opening with a place head of kinds.toml: "Jalan",
    "Stadion") run into the administrative area after it is two places ('[Jalan
    Cipendawa] [Kecamatan Rawalumbu]'), cut before each capitalised area word
    (`_split_area_words`; not "Kota", which opens names: "Balai Kota") that follows a name;
    an area word after common words only stays in the name ('Balai Desa Sukamaju'), and
    a chain of areas or a town with its regency is left whole ('Kecamatan Cibadak
    Kabupaten Sukabumi', 'Lasem Kabupaten Rembang': one address, as the NER gold sets
    write it)."""
    areas = _split_area_words()
    heads = kind_rules().place_heads  # lower-case word tuples
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "PLACE" or m.blind or " " not in m.surface or "  " in m.surface:
            out.append(m)
            continue
        words = m.surface.split(" ")
        low = tuple(w.lower() for w in words)
        cuts = [k for k in range(1, len(words) - 1) if low[k] in areas
                and words[k][:1].isupper() and words[k + 1][:1].isupper()]
        if cuts and not any(low[:len(h)] == h for h in heads):
            cuts = []  # no street or facility opens it: one address
        if not cuts or not any(not lexicon.get(w.lower(), "NNP").startswith(
                ("NN:", "JJ:", "VB:")) for w in words[:cuts[0]]):
            out.append(m)
            continue
        start = m.start
        for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True):
            piece = " ".join(words[a:b])
            out.append(Mention(start, start + len(piece), "PLACE", piece,
                               place=gaz.resolve(piece), blind=m.blind))
            start += len(piece) + 1
    return out


@cache
def _area_levels() -> tuple[frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return frozenset(d.district_heads), frozenset(d.regency_heads)


def _districts_apart(mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """A district or village named with its area word, run on with no comma into the
    regency, city or province it lies in ('[Kecamatan Lembah Kabupaten Sukarami]'), is two
    places, as the judged samples count them: cut before the higher area word
    (`regency_heads`) where a name word stands between and the gazetteer knows the rest
    after that word as a place (ent33)."""
    lower, higher = _area_levels()
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split(" ")
        cut = next((k for k in range(2, len(words) - 1)
                    if words[k] in higher and gaz.resolve(" ".join(words[k + 1:])) is not None),
                   0) if m.kind == "PLACE" and words[0] in lower else 0
        if not cut or "  " in m.surface:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, cut, "PLACE")
        left.place, right.place = gaz.resolve(left.surface), gaz.resolve(right.surface)
        out += [left, right]
    return out


def _whole_words(phrase: str) -> re.Pattern[str]:
    r"""`phrase` as whole words, any run of white space between them: the matches of
    `(?<!\w)WORD\s+WORD(?!\w)`. The first word opens the pattern and the look-behind
    follows it, spanning it, so that re skips ahead to the word; opening with the
    look-behind, the pattern was tried at every position of the text (9 ms on an article
    naming "Negeri ..." for each of twenty epithets)."""
    first, *rest = phrase.split()
    return re.compile(opening(first, r"\w")
                      + "".join(r"\s+" + re.escape(w) for w in rest) + r"(?!\w)")


@cache
def _place_epithets() -> dict[str, str]:
    return dict(load("entities", EntitiesData).place_epithets)


@cache
def _epithet_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(first word, country, whole-word pattern) of each place epithet, compiled once."""
    return tuple((form.split()[0], name, _whole_words(form))
                 for form, name in _place_epithets().items())


@cache
def _any_epithet() -> re.Pattern[str]:
    """Any epithet's words, without the whole-word look-arounds: a superset of the hits
    of `_epithet_patterns`, as a pre-check. Look-behinds opening every branch keep the
    engine from skipping ahead by first letter, and cost 1 ms an article."""
    return re.compile("|".join(r"\s+".join(map(re.escape, form.split()))
                               for form in _place_epithets()))


def place_epithets(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Country epithets of entities.toml ("Negeri Ginseng") are mentions of the country,
    whatever the tagger made of them, and where it missed them."""
    table = _place_epithets()
    out: list[Mention] = []
    for m in mentions:
        name = table.get(" ".join(m.surface.split()))
        if name is not None:
            m.kind, m.place = "PLACE", gaz.resolve(name)
        out.append(m)
    if _any_epithet().search(text) is not None:  # most articles have none: one scan
        covered = bytearray(len(text) + 1)
        for m in out:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        for first, name, pattern in _epithet_patterns():
            if first not in text:
                continue
            for hit in pattern.finditer(text):
                s, e = hit.span()
                if not any(covered[s:e]):
                    out.append(Mention(s, e, "PLACE", hit.group(), place=gaz.resolve(name)))
                    covered[s:e] = b"\x01" * (e - s)
    out.sort(key=lambda m: m.start)
    return out


_NEXT_SENTENCE = re.compile(r"\s+[A-Z\"“]|\s*$")


def _final_dots(text: str, mentions: Sequence[Mention]) -> None:
    """The full stop of a sentence is no part of a name that ends it ('... bernama Windows
    10 S. Terbukti ...' is Windows 10 S); people keep theirs (an initial: 'Budi S.')."""
    for m in mentions:
        if m.kind != "PERSON" and m.surface.endswith(".") and len(m.surface) > 2 \
                and m.surface[-2].isalnum() and _NEXT_SENTENCE.match(text, m.end):
            m.end -= 1
            m.surface = m.surface[:-1]
        # A term of office after an organisation is no part of its name ('Direktur
        # Komersial [PT PGN] 2016-2019', 'Komisaris [PT IAE] 2006 sampai 2023'); events
        # and works keep theirs ('SEA Games 2017', the film 'Dilan 1990'): a single year
        # leaves only a name that opens with an organisation word.
        year = _TRAILING_YEARS.search(m.surface) if m.kind == "ORG" else None
        if year is not None and year.start() > 0 and (
                "-" in year.group() or m.surface.split()[0] in org_words()):
            m.end -= len(m.surface) - year.start()
            m.surface = m.surface[:year.start()]


@cache
def _form_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (frozenset(d.field_labels), frozenset(d.id_labels),
            frozenset(h.rstrip(".") for h in d.street_heads))


def _place_first_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A one-word place (no country) right before a person with no role is that person's
    given name: "[Victoria] [Beckham]", "[Vienna] [Varella Angeli Parinussa]" are one
    person; not a place a capitalised word, a role or a body's bracketed short form opens
    ("Wali Kota [Solo] Gibran", "Badan ... (BPBD) [Jember] Heru Widagdo").
    The same word alone elsewhere is then that person too ("perbuatan [Vienna]"), as is a
    person's family name ("[Jackson]" beside "Michael Jackson"), except after a word of
    place ("di Vienna") or where it names a country, region or province."""
    out: list[Mention] = []
    given: set[str] = set()
    towns = _towns_spoken_of(text, mentions)
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "PERSON" and m.role is None \
                and prev.kind == "PLACE" and " " not in prev.surface \
                and (prev.place is None or prev.place.type != "country") \
                and text[prev.end:m.start] == " " and not prev.blind \
                and not (prev.surface in towns[0] or prev.surface in towns[1] and any(
                    o is not m and o.kind == "PERSON" and o.surface == m.surface
                    for o in mentions)) \
                and (" " not in m.surface or not _after_name_word(text, prev.start)
                     and not _after_role_word(text, prev.start)
                     and not text[max(0, prev.start - 60):prev.start].rstrip().endswith(")")):
            out[-1] = Mention(prev.start, m.end, "PERSON", text[prev.start:m.end])
            given.add(prev.surface)
            continue
        out.append(m)
        if m.kind == "PERSON" and " " in m.surface and not m.blind:
            # "Inspektur Polisi Satu [Bima Sakti] ... Menurut [Bima]": the given name of a
            # person read whole is that person alone, as one joined here.
            given.add(m.surface.split(None, 1)[0])
    # A person's family name is that person alone too ("Jackson" beside "Michael Jackson"),
    # where the gazetteer finds the place name ambiguous itself.
    family = {m.surface.rsplit(None, 1)[-1] for m in out
              if m.kind == "PERSON" and " " in m.surface and not m.blind}
    for k, m in enumerate(out):
        if m.kind == "PLACE" and not m.blind and not m.surface.isupper() \
                and (m.surface in given and (m.place is None
                                             or m.place.type not in _WIDE_PLACES)
                     or m.surface in family and (m.place is None or m.place.ambiguous
                                                 and m.place.type not in _WIDE_PLACES)) \
                and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
            out[k] = Mention(m.start, m.end, "PERSON", m.surface, blind=m.blind)
    return out


def _towns_spoken_of(text: str, mentions: Sequence[Mention]) -> tuple[set[str], set[str]]:
    """One-word places the article speaks of as teams' towns, opening a body's name
    ("[Chicago] Bulls"), and as places, after a word of place ("bermain di [Barcelona]").
    A team's town before a player's name is the team's ("rookie [Chicago] Chris Duhon"),
    and so is a place before a name the article writes alone too ("Bintang [Barcelona]
    Neymar" beside "Neymar bergabung"): no given name (ent29b). A place only after a word
    of place may still be a given name ("Vienna Varella ... terjadi di Vienna")."""
    placed = {m.surface for m in mentions if m.kind == "PLACE" and " " not in m.surface
              and _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start)}
    return {m.surface.split(None, 1)[0] for m in mentions
            if m.kind == "ORG" and " " in m.surface}, placed


def _surname_places(text: str, mentions: list[Mention], names: NameLists | None,
                    lexicon: dict[str, str], gaz: Gazetteer) -> list[Mention]:
    """A one-word foreign town right after an untagged given name is a person's family
    name: "Esteve [Rabat]" is the rider, not Morocco's capital (an Indonesian town after an
    unknown word is mostly a local body's: "Bapenda [Sulsel]", "Persiwa [Wamena]"). The
    word before opens the name (no capitalised name word before it), is capitalised,
    unknown to the lexicon, no derived noun, no place, no role word, and a word the name
    lists know from people's names or not at all (and then at a name's opening place,
    `_name_opening`); no word of place ("di", "kota") comes before it. A headline-cased
    line ("Esteve Rabat ( ... ) - finis 15") too: an unknown word is a name whatever its
    case says."""
    if names is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        # The word before (start, word), looked for only before a one-word town
        w = last_word(text, max(0, m.start - 30), m.start) if m.kind == "PLACE" \
            and " " not in m.surface and m.place is not None \
            and m.place.type not in _WIDE_PLACES and m.place.code != "ID" else None
        if w is not None and text[w[0] + len(w[1]):m.start] == " " \
                and _given_name(w[1], names, lexicon, gaz) \
                and (_person_word(names, w[1].lower())
                     or _name_opening(text, w[0])) \
                and (out[-1].end if out else 0) <= w[0] \
                and not _after_name_word(text, w[0]) \
                and not _PLACE_WORD_BEFORE.search(text, max(0, w[0] - 12), w[0]):
            out.append(Mention(w[0], m.end, "PERSON", text[w[0]:m.end]))
            continue
        out.append(m)
    return out


def _surnames_read_as_towns(text: str, mentions: Sequence[Mention]) -> None:
    """A one-word foreign town that is the last word of a person named in full before it
    ("Lewis Hamilton", then "yang dikendarai [Hamilton] dan Bottas") is that person by his
    family name, not the town, unless a word of place stands before it ("di Hamilton");
    kinds11."""
    surnames: set[str] = set()
    for m in mentions:
        if m.kind == "PERSON" and " " in m.surface and not m.blind:
            surnames.add(m.surface.rsplit(" ", 1)[1])
        elif m.kind == "PLACE" and m.surface in surnames and m.place is not None \
                and m.place.type not in _WIDE_PLACES and m.place.code != "ID" \
                and not m.blind \
                and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
            m.kind, m.place = "PERSON", None


def _name_opening(text: str, s: int) -> bool:
    """Whether a name may open at `s` by its place alone: a line's or sentence's start, a
    comma or bracket before it, or a role word ("Pembalap [Esteve] Rabat"); after any
    other word ("bersuku [Batak] Toba") an unknown word may be anything."""
    before = text[max(0, s - 40):s].rstrip(" ")
    if not before or before[-1] in "\n.!?,(\"“":
        return True
    last = before.split()[-1]
    return is_role_word(last)


def _given_name(word: str, names: NameLists, lexicon: dict[str, str], gaz: Gazetteer
                ) -> bool:
    """Whether `word` may be a person's given name (see `_surname_places`)."""
    if not (len(word) >= 3 and _name_shaped(word)):
        return False
    low = word.lower()
    flags = names.words.get(low, "")
    return (not flags or _person_word(names, low)) \
        and not _not_name(lexicon, word) and gaz.resolve(word) is None \
        and lexicon.get(low) is None and not _confixed(low)


def _confixed(low: str) -> bool:
    """Whether a lower-cased word reads as an Indonesian derived noun, a prefix and a
    suffix around its root ("pemberontakan"): no name, whatever the lexicon lacks."""
    return low.endswith(("an", "i")) and all(not low.startswith(s) for s in stems(low))


# Words after which a name is a place ("di Vienna", "asal Jakarta").
_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)(?:di|ke|dari|asal|kota|menuju|dekat)\s+$",
                                re.IGNORECASE)


def _after_role_word(text: str, s: int) -> bool:
    """Whether one of the three words before `s` is a role word ("Bupati [Sleman] Sri
    Purnomo", "Wali Kota (Walkot) [Pekanbaru] Agung Nugroho"); a comma or stop ends the
    role's phrase ("Selebgram asal Jakarta, [Vienna] Varella" is no role's place)."""
    before = _CLAUSE_STOP.split(text[max(0, s - 60):s])[-1]
    return any(is_role_word(w.strip("()[]")) for w in before.split()[-3:])


_CLAUSE_STOP = re.compile(r"[,.;:!?]")


_NONSPACE = re.compile(r"\S+")
# A house number, or the neighbourhood units after a street ("Jl Kawi [RT 15 RW 05]").
_HOUSE_NUMBER = re.compile(r"\s+(?:[Nn]o\b|[Nn]omor\b|[Nn]omer\b|RT\b|RW\b|\d)")


def _form_text(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Memo, form and address text is no name: a field name before its colon ('Lampiran :')
    goes; a name ends before an identity-number label ('Fadli Zon [NPWP 09.468.771.2]') and
    a street before its house number ('Jalan Kiwi Raya [No 42 Kelapadua ...]')."""
    labels, ids, streets = _form_words()
    out: list[Mention] = []
    for m in mentions:
        if m.surface in labels and text[m.end:m.end + 3].lstrip().startswith(":"):
            continue
        words = m.surface.split()
        cut = next((k for k, w in enumerate(words) if k and w in ids), None)
        if cut is None and m.kind == "PLACE" and len(words) > 2 \
                and words[0].rstrip(".") in streets:
            num = _HOUSE_NUMBER.search(m.surface, len(words[0]) + len(words[1]) + 1)
            if num is not None:
                m.surface = m.surface[:num.start()]
                m.end = m.start + len(m.surface)
        if cut is not None:
            while cut > 1 and words[cut - 1] in name_suffixes():
                cut -= 1  # "Eggi Sudjana [SH Msc] NPWP ...": degrees close no name
            ends = [w.end() for w in _NONSPACE.finditer(m.surface)]
            m.surface = m.surface[:ends[cut - 1]]
            m.end = m.start + len(m.surface)
        out.append(m)
    return out


_TRAILING_YEARS = re.compile(r"\s+(?:19|20)\d\d(?:\s*-\s*(?:19|20)?\d\d)?$")
# A measure run into a name: a decimal, with a unit glued or not ("Helio P23 [2.5] GHz",
# "Embay Mulya Syarif [49,05]", "Elysion [2.4L] 2WD"), or a whole number a percent follows
# ("MotoGP [100] %").
_DECIMAL = re.compile(r"\d+[.,]\d+[A-Za-z]{0,3}")
_PERCENT_AFTER = re.compile(r"\s*(?:%|persen\b)", re.IGNORECASE)
_UNIT_WORD = re.compile(r"[A-Za-z]{1,3}")  # a unit's short form after a decimal ("SR", "Mw")


def _measures_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less a measure run into their end (`_DECIMAL` and all after it, or a
    number before a percent): no part of a name, as a name word is never a decimal. A
    mention left with no letter goes, and so does a decimal with its unit alone."""
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        if len(words) == 2 and _DECIMAL.fullmatch(words[0]) and _UNIT_WORD.fullmatch(words[1]):
            continue  # a decimal and its unit's short form ("6,2 SR"): a measure (kinds24)
        cut = next((k for k in range(1, len(words)) if _DECIMAL.fullmatch(words[k])), None)
        if cut is None and len(words) > 1 and words[-1].isdigit() \
                and _PERCENT_AFTER.match(text, m.end):
            cut = len(words) - 1
        if cut is not None:
            end = m.start + len(" ".join(words[:cut]))
            if text[m.start:end] != " ".join(words[:cut]):  # spaced otherwise: find it
                end = text.index(words[cut - 1], m.start) + len(words[cut - 1])
            m.end, m.surface = end, text[m.start:end]
            if not any(c.isalpha() for c in m.surface):
                continue
        out.append(m)
    return out


_LOWER_DASH_TAIL = re.compile(r"\s+[-–—]\s+([a-z]{3,})$")  # "Henry Potter [- juga]"
# A match's score run into a team's name ("Knicks [122 - 119]"), a count into a place's
# ("Sumatera Selatan [40]"): what stands before them and the number(s).
_SCORE_TAIL = re.compile(r"^(.*[^\W\d_].*?)\s+\d{1,3}\s*[-–]\s*\d{1,3}$")
_COUNT_TAIL = re.compile(r"^(.*[^\W\d_].*?)\s+\d+$")


def _counts_cut(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Mentions less a score or a count run into their end (ent29b): a score, digits around
    a dash, is never a name's ("mengatasi New York [Knicks 122 - 119]"), nor is a bare
    number after a place the gazetteer knows whole ("dari [Sumatera Selatan 40] dan ..."),
    a figure of that place; a numbered name keeps its number ("SMPN 33", "Satgas 115")."""
    for m in mentions:
        if m.surface != text[m.start:m.end]:
            continue
        cut = _SCORE_TAIL.match(m.surface)
        if cut is None and m.kind == "PLACE":
            cut = _COUNT_TAIL.match(m.surface)
            if cut is not None and gaz.resolve(cut.group(1)) is None:
                cut = None
        if cut is not None:
            m.end, m.surface = m.start + cut.end(1), cut.group(1)
    return mentions


def _glued_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word name glued by a hyphen to a company's name that closes with a word of
    `org_closers` is part of that name ("[Husky]-[CNOOC Madura Limited]" is one joint
    venture, not a person and a company): the whole is one organisation."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "ORG" and " " not in prev.surface \
                and prev.surface[:1].isupper() and m.start == prev.end + 1 \
                and text[prev.end] == "-" and m.surface.split()[-1] in _org_closers():
            out[-1] = Mention(prev.start, m.end, "ORG", text[prev.start:m.end], blind=m.blind)
            continue
        out.append(m)
    return out


_SPACED_HYPHEN = " - "
# "Mercedes" of "Mercedes - [Benz]", opening its name: no capitalised word right before
# it ("Canfield Over - Ear", "Aboe Bakar Al - Habsyi" open earlier, where no rule knows).
_HYPHEN_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z]*)$")


def _after_capitalised(text: str, i: int) -> bool:
    """Whether a name-shaped word ("Canfield", not the acronym of "CTO GO - JEK") ends one
    space before offset `i`, other than a sentence's first word ("Masuknya GO - JEK")."""
    words = text[max(0, i - 60) : i].split(" ")
    return len(words) >= 3 and words[-1] == "" and _name_shaped(words[-2]) \
        and words[-3] not in {".", "!", "?", ""} and "\n" not in words[-3]


# "Perjuangan" of "[PDI] - Perjuangan": a capitalised word, no abbreviation's dot after it
_HYPHEN_WORD_AFTER = re.compile(r"([A-Z][A-Za-z]*)(?![\w.])")
_HAS_DIGIT = re.compile(r"\d")  # "BI 7 - Days Repo Rate": a code's pieces, no name's


def _hyphen_kept_apart(text: str, names: NameLists | None, left: str, right: str,
                       start: int, alone: dict[tuple[str, bool], bool]) -> bool:
    """Whether the halves `left` and `right` of a spaced hyphen (the pair read from
    `start`) stay two: a code's digits, two bodies, a pair's cue before, or a half that
    stands apart in the text (`alone`: the answers of `_hyphen_piece_alone` so far, each a
    scan of the whole text, asked again of the same piece by both `_hyphen_joined` and
    `_hyphen_tails`)."""
    def apart(piece: str, before: bool) -> bool:
        if (piece, before) not in alone:
            alone[piece, before] = _hyphen_piece_alone(text, piece, before)
        return alone[piece, before]
    return bool(_HAS_DIGIT.search(left) or _HAS_DIGIT.search(right)) \
        or _two_bodies_hyphened(names, left, right) or pair_cue_on_line(text, start) \
        or apart(left, True) or apart(right, False)


def _hyphen_piece_alone(text: str, piece: str, left: bool) -> bool:
    r"""Whether `piece` stands in `text` anywhere but before (`left`) or after a spaced
    hyphen: a word that does is a name of its own, not half of a hyphened one.

    The counts of `(?<![\w-])PIECE(?!\w)` and of `(?<![\w-])PIECE - (?=\w)` (`left`) or
    `(?<=\w) - PIECE(?!\w)` matches, found by a literal search: those patterns open with
    a look-behind, so re tried them at every character, 0.1 s a piece on a text of many
    stories."""
    if not piece:  # no mention is empty; an empty literal would never end the search
        return False
    every = _literal_count(text, piece, _not_word_or_hyphen, _not_word)
    hyphened = _literal_count(text, piece + " - ", _not_word_or_hyphen, _word) if left \
        else _literal_count(text, " - " + piece, _word, _not_word)
    return every > hyphened


def _word(c: str) -> bool:
    """Whether `c` (one character, or "" past either end of the text) is re's `\\w`."""
    return c.isalnum() or c == "_"


def _not_word(c: str) -> bool:
    return not _word(c)


def _not_word_or_hyphen(c: str) -> bool:
    return not _word(c) and c != "-"


def _literal_count(text: str, lit: str, before: Callable[[str], bool],
                   after: Callable[[str], bool]) -> int:
    """How many times `lit` stands in `text` with `before` true of the character before it
    and `after` of the one after ("" past an end), counted left to right without overlap
    as re's findall counts a pattern of look-arounds about a literal."""
    count, pos, n = 0, 0, len(lit)
    while (s := text.find(lit, pos)) >= 0:
        e = s + n
        if before(text[s - 1] if s else "") and after(text[e:e + 1]):
            count += 1
            pos = e
        else:
            pos = s + 1
    return count


# "iPhone [8 Plus]", "iPad [2]": a brand word in lower camel case (a lower-case letter or two,
# then a capital: "iPhone", "eReader") right before a model's code the tagger took alone: a
# number, one or two capitals, or a word and a number, its capitalised or numbered word after
# ("8 Plus", "X", "Air 2").
_LOWER_CAMEL_BEFORE = re.compile(r"(?:^|(?<=\s))([a-z]{1,2}[A-Z][A-Za-z]*) $")
_BARE_MODEL_CODE = re.compile(
    r"(?:[A-Z][a-z]+ \d+|\d+[A-Za-z]?|[A-Z]{1,2}\d*)(?: [A-Z][a-z]+| \d+)?")


@cache
def _bare_model_suffix() -> re.Pattern[str]:
    """A model's suffix word alone (entities.toml `model_suffixes`: "Pro", "Air"), a number
    or a second suffix word after it at most ("iPad [Pro]", "iPad [Air 2]", "iPhone [Pro
    Max]"; not a person's name: "Max Verstappen"); ent32b."""
    words = sorted(load("entities", EntitiesData).model_suffixes, key=len, reverse=True)
    alts = "|".join(map(re.escape, words)) or "(?!)"
    return re.compile(rf"(?:{alts})(?: (?:{alts})| \d+)?")


# A second model joined to the first by a conjunction, written without the brand word
# ("iPhone [7 dan 7 Plus]"): no name of its own here, the first model's ends before it.
_JOINED_MODEL = re.compile(r" (?:dan|serta|atau|&) ")


def _model_code(surface: str) -> tuple[re.Match[str] | None, str | None]:
    """The bare model code opening `surface` and the rest after it; a code and a second
    one joined by a conjunction ("7 dan 7 Plus") give the first, the rest dropped."""
    if not surface[:1].isalnum():
        return None, None
    code = _bare_model_suffix().fullmatch(surface) or _BARE_MODEL_CODE.match(surface)
    if code is None:
        return None, None
    rest = surface[code.end():]
    joined = _JOINED_MODEL.match(rest)
    if joined is not None and _BARE_MODEL_CODE.fullmatch(rest, joined.end()):
        return code, ""
    return code, rest


def _model_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a bare model code grown back over the lower-camel-case brand word before
    it ("iPhone [X]" is "iPhone X"; a tagged "iPhone" beside it is taken in), an
    organisation's product; cut at a sentence's stop the tagger read on ("[X. Analis]
    percaya": "iPhone X" ends at its dot). cuts14. A model's suffix word alone ("iPad
    [Pro]") is such a code, and a code joined to a second by "dan" ("iPhone [7 dan 7
    Plus]") grows back to the first model only (ent32b)."""
    out: list[Mention] = []
    for m in mentions:
        code, rest = _model_code(m.surface)
        brand = _LOWER_CAMEL_BEFORE.search(text, max(0, m.start - 24), m.start) \
            if rest is not None and (rest in {"", "."} or rest.startswith(". ")) \
            and m.surface == text[m.start:m.end] else None
        if brand is None or code is None:
            out.append(m)
            continue
        if out and out[-1].start == brand.start(1) and out[-1].end == brand.end(1):
            out.pop()  # "[iPhone] [8]" tagged apart
        m.start, m.end = brand.start(1), m.start + code.end()
        m.surface, m.kind, m.place = text[m.start:m.end], "ORG", None
        out.append(m)
    return out


def _hyphen_pairs_apart(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons the tagger read as one across a spaced hyphen ("trio [Budiman - Rudy
    Hartono] - Doni Salmanan") cut in two when the one-word first half stands in the text
    apart from a hyphen ("Budiman mencetak gol"): a name of its own, not a double given
    name ("Jean - Paul Sartre", whose "Jean" stands nowhere alone). cuts14."""
    if _SPACED_HYPHEN not in text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        halves = m.surface.split(_SPACED_HYPHEN)
        if m.kind != "PERSON" or len(halves) != 2 or " " in halves[0] \
                or " " not in halves[1] or not halves[0][:1].isupper() \
                or not halves[1][:1].isupper() or m.surface != text[m.start:m.end] \
                or not _hyphen_piece_alone(text, halves[0], True):
            out.append(m)
            continue
        cut = m.start + len(halves[0])
        out += (Mention(m.start, cut, "PERSON", halves[0], blind=m.blind),
                Mention(cut + 3, m.end, "PERSON", halves[1], blind=m.blind))
    return out


def _hyphen_joined(text: str, mentions: list[Mention], names: NameLists | None
                   ) -> list[Mention]:
    """Names written with a spaced hyphen ("GO - JEK", "Hewlett - Packard", "Mercedes -
    Benz", as IndoSum's tokens split "GO-JEK") joined again: two mentions, or a mention
    and a capitalised word, on either side of " - " are one name when neither half ever
    stands apart in the text. Halves that do are two names ("Prabowo - Gibran", a ticket
    whose persons the text names alone too), and places are never joined ("Jakarta -
    Bandung", a route). The whole is an organisation (a company, a brand: a person's
    name takes no spaced hyphen) unless its second half is a person's full name ("Jean -
    Paul Sartre")."""
    if _SPACED_HYPHEN not in text:
        return mentions  # most articles: no spaced hyphen at all
    out: list[Mention] = []
    hyphened: list[Mention] = []
    alone: dict[tuple[str, bool], bool] = {}
    for m in mentions:
        prev = out[-1] if out else None
        before = text[max(0, m.start - 3) : m.start]
        if before != _SPACED_HYPHEN or m.kind == "PLACE" and m.place is not None:
            out.append(m)
            continue
        if prev is not None and prev.end == m.start - 3:
            left: Mention | None = prev
            start, lsurf = prev.start, prev.surface
        else:
            word = _HYPHEN_WORD_BEFORE.search(text, max(0, m.start - 40), m.start - 3)
            if word is None or (prev is not None and prev.end > word.start(1)) \
                    or _after_capitalised(text, word.start(1)):
                out.append(m)
                continue
            left, start, lsurf = None, word.start(1), word.group(1)
        if (left is not None and (left.kind == "PLACE" and left.place is not None
                                  or len(lsurf.split()) > 3)) or len(m.surface.split()) > 3 \
                or _person_and_initials(m, left) or _two_full_names(m, left) \
                or _two_of_a_kind(m, left) \
                or _hyphen_kept_apart(text, names, lsurf, m.surface, start, alone):
            out.append(m)
            continue
        # A person's double name ("Eugenia Oviedo - Joekes", "Mads Conrad - Petersen"):
        # a person's half and a half of more than one word.
        person = "PERSON" in (m.kind, left.kind if left else "") and (
            " " in m.surface or " " in lsurf)
        joined = Mention(start, m.end, "PERSON" if person else "ORG", text[start:m.end],
                         blind=m.blind)
        if left is not None:
            out[-1] = joined
        else:
            out.append(joined)
        hyphened.append(joined)
    persons = [j.surface for j in hyphened if j.kind == "PERSON"]
    for j in hyphened:  # "Oviedo - Joekes", the end of "Eugenia Oviedo - Joekes"
        if j.kind == "ORG" and any(p.endswith(" " + j.surface) for p in persons):
            j.kind = "PERSON"
    return _hyphen_tails(text, out, names, alone)


def _person_and_initials(right: Mention, left: Mention | None) -> bool:
    """Whether a hyphened pair is a person and another's initials ("Jokowi - JK", a
    ticket): a person's half beside an acronym's."""
    if left is None:
        return False
    return any(a.kind == "PERSON" and _acronym_word(b.surface)
               for a, b in ((left, right), (right, left)))


def _two_full_names(right: Mention, left: Mention | None) -> bool:
    """Whether a hyphened pair is two persons each of a full name ("Rudy Hartono - Doni
    Salmanan", a trio's or a ticket's names side by side): a double name has a one-word
    half ("Eugenia Oviedo - Joekes", "Jean - Paul Sartre"). cuts14."""
    return left is not None and left.kind == right.kind == "PERSON" \
        and " " in left.surface and " " in right.surface


def _two_of_a_kind(right: Mention, left: Mention | None) -> bool:
    """Whether a hyphened pair is two names the tagger read apart as places, listed or not
    ("Jalan Juanda - Pasar Baru": a route, as "Jakarta - Bandung" is), or as persons of one
    word each, one of them a known person's short name (`person_aliases`: "Ahok - Djarot",
    "Prabowo - Hatta": a ticket, never a body; "Hewlett - Packard", no such name, stays
    the company). ner33."""
    if left is None or left.kind != right.kind:
        return False
    if right.kind == "PLACE":
        return True
    known = person_aliases()
    return right.kind == "PERSON" and " " not in left.surface and " " not in right.surface \
        and (left.surface.casefold() in known or right.surface.casefold() in known)


def _two_bodies_hyphened(names: NameLists | None, left: str, right: str) -> bool:
    """Whether a half of a hyphened pair is a word the name lists hold as a body's whole
    name ("PKS - Gerindra", two parties): the pair names two bodies."""
    return names is not None and any(
        " " not in half and _body_name(names, half) for half in (left, right))


def _hyphen_tails(text: str, mentions: list[Mention], names: NameLists | None,
                  alone: dict[tuple[str, bool], bool] | None = None) -> list[Mention]:
    """Mentions followed by a spaced hyphen and a capitalised word no mention holds ("[PDI]
    - Perjuangan", "[Hewlett] - Packard") joined to it, when neither half stands apart
    (`_hyphen_joined`, which joins two mentions and a word before a mention)."""
    starts = {m.start for m in mentions}
    alone = {} if alone is None else alone
    for m in mentions:
        if text[m.end : m.end + 3] != _SPACED_HYPHEN or m.end + 3 in starts \
                or (m.kind == "PLACE" and m.place is not None) or len(m.surface.split()) > 3:
            continue
        word = _HYPHEN_WORD_AFTER.match(text, m.end + 3)
        if word is None or _hyphen_kept_apart(text, names, m.surface, word.group(1), m.start,
                                              alone):
            continue
        # a person's double surname ("Alex Oxlade - Chamberlain") stays the person's
        m.end, m.surface = word.end(1), text[m.start : word.end(1)]
        m.kind = "PERSON" if m.kind == "PERSON" else "ORG"
    return mentions


# "[16 nm] MediaTek"; or a count written with thousands dots ("kepada [35.046.783]
# Keluarga Penerima Manfaat"): how many, no part of a name (no name opens with such a count).
_LEADING_MEASURE = re.compile(r"\d[\d.,]*\s+[a-z]+\s+(?=[A-Z])|\d{1,3}(?:\.\d{3})+\s+(?=[A-Z])")


def _leading_measures_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less a number and a lower-case unit run into their start ("chipset [16 nm]
    MediaTek Helio"): a measure of the thing named, no part of its name, which opens at
    the capitalised word after it."""
    for m in mentions:
        lead = _LEADING_MEASURE.match(m.surface)
        if lead is not None and m.surface == text[m.start:m.end]:
            m.start, m.surface = m.start + lead.end(), m.surface[lead.end():]
    return mentions


@cache
def _stopwords() -> frozenset[str]:
    return load_words("stopwords")


def _dash_tails_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less a dash and a lower-case word run into their end ("Henry Potter -
    juga dikenal sebagai Harry", "Robert De Niro - yang"): the dash opens an aside, no
    part of the name. Only an Indonesian function word (stopwords.txt) of three letters
    or more: a name's own dashed words are capitalised ("Aboe Bakar Al - Habsyi") or a
    syllable ("Kim Jong - un", "Choi Sol - gyu")."""
    stop = _stopwords()
    for m in mentions:
        tail = _LOWER_DASH_TAIL.search(m.surface)
        if tail is not None and tail.start() > 0 and m.surface == text[m.start:m.end] \
                and tail.group(1) in stop:
            m.end, m.surface = m.start + tail.start(), m.surface[: tail.start()]
    return mentions


def _kilometres_cut(text: str, mentions: list[Mention], lexicon: dict[str, str]
                    ) -> list[Mention]:
    """Mentions less a kilometre post run into their end ("Cikarang Barat [KM 24]"): a
    word of `kilometre_words` and the number after it are a position on a road, no part
    of the place. A facility named by its post, a common noun right before it ("Rest
    Area KM 57"), keeps it."""
    marks = _kilometre_words()
    for m in mentions:
        words = m.surface.split()
        cut = next((k for k in range(1, len(words) - 1)
                    if words[k] in marks and words[k + 1][:1].isdigit()), None)
        # "Rest [Area] KM 57": a common noun named by its post; never by a lower-case
        # word ("Jalan Raya Puncak [kilometer 75]": the noun spelt out; ent29b)
        if cut is None or not words[cut].islower() \
                and not lexicon.get(words[cut - 1].lower(), "NNP").startswith("NNP"):
            continue
        end = text.find(words[cut - 1], m.start) + len(words[cut - 1])
        m.end, m.surface = end, text[m.start:end]
    return mentions


@cache
def _kilometre_words() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).kilometre_words)


# A match minute after a player's name: a minute mark, or the closing bracket of a
# substitution ("Mata ( [Rashford 71] )", "Smith ( [Durante 68]’ )").
_MINUTE_MARK = re.compile(r"\s*(?:[’'′]|\)|[’'′]\s*\))")
_OPEN_BEFORE = re.compile(r"[A-Z][^\W\d_]*\s*\(\s*$")  # "Mata ( ": the player he replaced


def _player_minutes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less a match minute run into their end: a line-up's substitute or a
    scorer with his minute ("( Rashford 71 )", "Hurtado 78’") is the player, a person
    whatever the tagger read in the number; the minute is no part of the name. Only in
    football reporting ("( Satgas 115 )" elsewhere is a task force)."""
    if not any(m.surface[-1:].isdigit() for m in mentions) or not sports_report(text):
        return mentions
    for m in mentions:
        words = m.surface.split()
        if not (1 < len(words) <= 4 and words[-1].isdigit() and int(words[-1]) <= 130
                and all(w[:1].isupper() and len(w) > 1 and not w.isupper()
                        for w in words[:-1])):
            continue  # "Liga 1", "Timnas U 23", "PSIS 2"
        mark = _MINUTE_MARK.match(text, m.end)
        if mark is None or mark.group().strip() == ")" and not _OPEN_BEFORE.search(
                text, max(0, m.start - 30), m.start):
            continue
        end = text.rindex(words[-2], m.start, m.end) + len(words[-2])
        m.end, m.surface = end, text[m.start:end]
        m.kind, m.place = "PERSON", None
    return mentions


_LINEUP_SEMICOLONS = 2  # a formation's rows: "De Gea ; Valencia , Smalling ; Mata"
_LINEUP_COMMAS = 4
_LINEUP_NAMES = 6
_LINEUP_ITEM = re.compile(r"[^,;()\n]+")


@cache
def _lineup_player() -> re.Pattern[str]:
    """A player as a line-up writes him: up to four capitalised words (entities.toml's
    lineup_particles between, or a spaced hyphen), and the minute he came on or scored
    ("Van La Parra", "Durante 68’", 'Duarte 18 "': some pages mark the minute with a double
    quote); the line's last item keeps its full stop ("Dzeko .")."""
    particles = "".join(f"|{re.escape(w)}" for w in load("entities", EntitiesData)
                        .lineup_particles)
    word = rf"(?:[A-Z][\w'’.-]*{particles})"
    # a shirt number may open the item ("13 - Wayne Hennessey"; merge19)
    # a spaced hyphen joins a double surname ("Maitland - Niles"; ent27)
    return re.compile(rf"(?:\d{{1,2}}\s*[-.]\s*)?({word}(?:(?:\s+|\s+-\s+){word}){{0,3}})"
                      rf"(?:\s+\d{{1,3}}\s*[’'′\"″]?)?(?:\s*\.)?\s*")


def _semicolon_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line holding a semicolon, found from the semicolons."""
    at = text.find(";")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield start, end
        at = text.find(";", end)


def _lineup_players(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a line-up of football reporting (a line whose items, after the team and its
    colon, run in a formation's rows split by semicolons and commas, each item a name),
    every item is a player: a surname the tagger took for a place or a body ("Valencia",
    "Flores", "McTominay") is the person, and one it left untagged ("Gallese") is found.
    Only the lines with two semicolons are read."""
    if text.count(";") < _LINEUP_SEMICOLONS or not sports_report(text):
        return mentions
    spans = sorted((m.start, m.end, k) for k, m in enumerate(mentions))
    starts = [s for s, _, _ in spans]
    added: list[Mention] = []
    players_named: set[str] = set()  # one-word items: surnames found again in the prose
    for line_at, line_end in _semicolon_lines(text):
        colon = text.find(":", line_at, line_end)
        body_at = colon + 1 if colon >= 0 else line_at
        body = text[body_at:line_end]
        if body.count(";") < _LINEUP_SEMICOLONS or body.count(",") < _LINEUP_COMMAS:
            continue
        items = [i for i in _LINEUP_ITEM.finditer(text, body_at, line_end)
                 if i.group().strip()]
        players = [(i, p) for i in items
                   if (p := _lineup_player().fullmatch(i.group().strip())) is not None]
        if len(players) < _LINEUP_NAMES or len(players) * 5 < len(items) * 4:
            continue  # a list of people with their offices ("Bupati Bangkalan, Lukman")
        for item, p in players:
            at = item.start() + len(item.group()) - len(item.group().lstrip())
            s, e = at + p.start(1), at + p.end(1)
            if " " not in text[s:e]:
                players_named.add(text[s:e])
            k = bisect_left(starts, e) - 1  # the last mention starting before the end
            hit = spans[k] if k >= 0 and spans[k][1] > s else None
            if hit is None:
                added.append(Mention(s, e, "PERSON", text[s:e]))
            elif (hit[0], hit[1]) == (s, e):
                m = mentions[hit[2]]
                if not (m.place is not None and m.place.type == "country"):
                    m.kind, m.place = "PERSON", None
            elif s < hit[0] and hit[1] == e and (k == 0 or spans[k - 1][1] <= s):
                # the player's surname alone, his given name cut off ("Luka
                # [Milovojevic]"): the whole item's name (merge19)
                m = mentions[hit[2]]
                m.start, m.surface, m.kind, m.place = s, text[s:e], "PERSON", None
    _players_elsewhere(mentions, players_named)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A ranked results line: its rank, a name of capitalised words, and a time or a gap after
# it ("3 . Sebastian Vettel Ferrari + 1,094 detik"); the rows of a race's standings.
_STANDING_ROW = re.compile(r"^[ \t]*\d{1,2}\s*\.\s+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,5})"
                         r"[ \t]+(?:\+\s*)?\d", re.MULTILINE)
_STANDING_ROWS = 3  # fewer ranked lines make no standings
_STANDING_SPLITS = 2  # rows whose split the article shows, to set the list's column


def _standing_split(words: list[str], at: int, rows: list[list[str]], prose: str) -> bool:
    """Whether the article shows `words` (a results row's name) as a person of its first
    `at` words and a team of the rest: the team closes another row with another person,
    or it is named in the prose outside the list."""
    head, tail = words[:at], words[at:]
    if any(r[-len(tail):] == tail and r[:-len(tail)] != head for r in rows if len(r) > len(tail)):
        return True
    return re.search(rf"(?<![\w-]){re.escape(' '.join(tail))}(?![\w-])", prose) is not None


def _standings_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a race's standings (three ranked lines or more, each a name and a time or a gap),
    a row names a person and his team run together ("1 . Nico Rosberg Mercedes 1 menit
    …"): the tagger reads one person, cuts the given name, or reads a body. Where rows show
    the split (a team closing two rows, or named in the prose), the list's
    column is the commonest split, and every longer row is cut there: the person, then
    the team (ent29c)."""
    rows = list(_STANDING_ROW.finditer(text))
    if len(rows) < _STANDING_ROWS:
        return mentions
    prose = _STANDING_ROW.sub(" ", text)
    names = [r.group(1).split() for r in rows]
    shown: Counter[int] = Counter()
    for words in names:
        at = next((k for k in range(2, len(words))
                   if _standing_split(words, k, names, prose)), None)
        if at is not None:
            shown[at] += 1
    if sum(shown.values()) < _STANDING_SPLITS:
        return mentions
    at = min(shown, key=lambda k: (-shown[k], k))
    added: list[Mention] = []
    cut: list[tuple[int, int]] = []
    for row, words in zip(rows, names, strict=True):
        if len(words) <= at:
            continue
        s, e = row.span(1)
        spans = [w.span() for w in re.finditer(r"\S+", text[s:e])]
        mid, team = s + spans[at - 1][1], s + spans[at][0]
        cut.append((s, e))
        added += [Mention(s, mid, "PERSON", text[s:mid]), Mention(team, e, "ORG", text[team:e])]
    if not cut:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in cut)]
    # the row's person read as a body in the prose is that person too ("Rekan setim
    # Vettel , [Kimi Raikkonen]"): the body reading would outvote the row's in `cluster`
    _players_elsewhere(kept, {m.surface for m in added if m.kind == "PERSON"})
    return sorted([*kept, *added], key=lambda m: m.start)


def _players_elsewhere(mentions: Sequence[Mention], players: set[str]) -> None:
    """A line-up's player is that person in the report's prose too ("digagalkan oleh
    [Szczesny]", read as a body): the tagger's other reading of the same one-word surname
    would outvote the line-up's in `cluster` (ent27). Only bodies: a place read so stays
    (a club's town may share a player's name)."""
    if not players:
        return
    for m in mentions:
        if m.kind == "ORG" and m.surface in players and m.place is None and not m.blind:
            m.kind = "PERSON"


_FEATURE_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_FEATURE_NAME_RE = re.compile(_FEATURE_NAME)
# A product's name: capitalised words and a model's number, letter or numeral after them
# ("Palapa D", "Telkom 4", "Ezzy II")
_PRODUCT_NAME = (r"[A-Z][\w-]*[a-z][\w-]*(?:\s+[A-Z][\w-]*[a-z][\w-]*){0,2}"
                 r"(?:\s*-\s*[A-Z\d]+\d[A-Za-z\d]*(?![\w-]))?"  # "Cortex - A53"
                 r"(?:\s+(?:\d{1,4}[A-Za-z]{0,2}|[A-Z]|[IVX]{1,4})(?![\w-]))?")


def _named_after(heads: Sequence[str], name: str) -> re.Pattern[str] | None:
    """A lower-case head noun (of `heads`) and the names after it: right after it, or
    after up to two lower-case words and a naming word ("dua sungai besar yaitu ..."), one
    name or a list of them closed by "dan" or "serta" (a comma alone may end the name:
    "sungai A , B mengatakan")."""
    if not heads:
        return None
    return re.compile(
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, heads))})\s+"
        rf"(?:(?:[a-z]+\s+){{0,2}}(?:yaitu|yakni|seperti|bernama|:)\s+)?"
        rf"({name}(?:(?:\s*,\s+{name})*\s*,?\s+(?:dan|serta)\s+{name})?)")


@cache
def _feature_lists() -> tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str],
                              ...]:
    """(list pattern, its heads as a trie, name pattern, kind) for natural features' nouns
    (`feature_heads`: places) and products' nouns (`product_heads`: bodies, as products
    are). The list pattern opens with a lookbehind, so re tries it at every character;
    `finditer_behind` tries it only where a head starts, found by the trie (review20:
    0.12 -> 0.095 ms an article, 300 Detik articles, the same matches)."""
    d = load("entities", EntitiesData)
    out = []
    for heads, name, kind in ((d.feature_heads, _FEATURE_NAME, "PLACE"),
                              (d.product_heads, _PRODUCT_NAME, "ORG")):
        pat = _named_after(heads, name)
        if pat is not None:
            out.append((pat, re.compile(trie_pattern(heads)), re.compile(name), kind))
    return tuple(out)


def _feature_names(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                   names: NameLists | None = None) -> list[Mention]:
    """Names the tagger left untagged after a lower-case natural feature's noun ("sungai
    [Ciliwung] dan [Cisadane]", "dua sungai besar yaitu [A] dan [B]") are places, and
    after a product's noun ("satelit [Palapa D]", "motor listrik [X]", "aplikasi [Y]")
    products (ORG), unless a name's first word is a common word the lexicon knows, or,
    for a product, a word the name lists know from people's names (an owner's: "ponsel
    [Budi]") (merge19). One scan of the text per list of heads."""
    lists = _feature_lists()
    if not lists:
        return mentions
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    added: list[Mention] = []
    for pat, heads, name, kind in lists:
        for f in finditer_behind(pat, heads, text):
            for item in name.finditer(text, f.start(1), f.end(1)):
                s, e = item.span()
                k = bisect_left(starts, e) - 1  # the last mention starting before the end
                if k >= 0 and spans[k][1] > s:
                    continue  # tagged already
                if item.group() in kind_rules().not_entities:
                    continue  # a term ("prosesor [Quad Core]": a core count); kind33
                first = item.group().split()[0].lower()
                tag = lexicon.get(first)
                if tag is not None and not tag.startswith("NNP"):
                    continue  # a common word ("sungai Besar", "pulau Terluar")
                if kind == "ORG" and names is not None:
                    flags = names.words.get(first, "")
                    if any(c in "Pp" for c in flags):
                        continue  # a word of people's names: an owner's, maybe
                added.append(Mention(s, e, kind, item.group()))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# The look-behind comes after the first capital (the same test: no word character, "."
# or "-" before it), so that `re` skips to the capitals in C: opened by the look-behind,
# the pattern was tried at every character (speed26: 0.1-0.2 ms an article).
_COUNTRY_BRACKET = re.compile(
    r"([A-Z](?<![\w.-][A-Z])[a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+\(\s*"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\)")


def _country_bracketed(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                       gaz: Gazetteer, names: NameLists | None) -> list[Mention]:
    """A full name of two or three capitalised words with a country in brackets after it
    ("menghadapi [Ada Bintara] ( Jepang )"), as draws and results name players, is a
    person where the tagger left it untagged or read it a place (a town in his given
    name) and it is no place as a whole; not where a word is a body's, a common word the
    lexicon knows, or a word the name lists know from bodies and never from people
    (merge19). One scan for the bracket an article. `_people_before_countries` asks the
    same of the places and bodies the later passes leave (review20: one country test)."""
    if "(" not in text:
        return mentions
    bodies = org_words()
    spans = sorted((m.start, m.end, k) for k, m in enumerate(mentions))
    starts = [a for a, _, _ in spans]
    added: list[Mention] = []
    for f in _COUNTRY_BRACKET.finditer(text):
        if not _bracketed_country(f.group(2), gaz):
            continue
        words = f.group(1).split()
        before = _TOKEN_BEFORE.search(text, max(0, f.start() - 40), f.start())
        if before is not None and before.group(1)[:1].isupper():
            continue  # the tail of a longer run of capitals (a title's: "A Woman In The Rain")
        if any(w in bodies or w.casefold() in _entity_words("title_function_words")
               or (t := lexicon.get(w.lower())) is not None and not t.startswith("NNP")
               for w in words):
            continue
        flags = names.words.get(words[0].lower(), "") if names is not None else ""
        if any(c in "Oo" for c in flags) and not any(c in "Pp" for c in flags):
            continue
        s, e = f.span(1)
        k = bisect_left(starts, e) - 1
        hit = spans[k] if k >= 0 and spans[k][1] > s else None
        if hit is None:
            added.append(Mention(s, e, "PERSON", f.group(1)))
        elif (hit[0], hit[1]) == (s, e) and mentions[hit[2]].kind == "PLACE" \
                and gaz.resolve(f.group(1)) is None:
            m = mentions[hit[2]]
            m.kind, m.place = "PERSON", None
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A results table's row read as prose ("3 . Johann Zarco FRA Monster Yamaha Tech3 ( YZR -
# M1 ) 1 m 28.744s"): after a rank or a colon, a competitor's two or three capitalised
# words, his country's three-letter code, and his team's capitalised words (a number
# between them, "EG 0,0 Marc VDS"), up to a bracket or a time, which must follow. The
# bracket after the team holds its machine's model: no cell, and not the team's alias.
# The cells may stand apart by any blanks (a web page's table keeps its no-break spaces,
# "Lewis Hamilton \xa0 GBR \xa0 Mercedes"), and a team may name its engine after a dash
# ("Red Bull Racing - TAG Heuer"): one team.
_RESULT_CODE = re.compile(r"\s[A-Z]{3}\s+(?=[A-Z])")  # the code, found first: a cheap scan
_RESULT_NAME = re.compile(
    r"(?<=[.:)*]\s)\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s*$")
_RESULT_TEAM = re.compile(
    r"([A-Z][\w&'’.-]*(?:\s+(?:-\s+)?(?:[A-Z][\w&'’.-]*|\d[\d,.]*(?=\s+[A-Z]))){0,5})"
    r"(?:\s*\([^()]{1,24}\))?(?=\s*\*?\s*\d)")  # the bracketed model ("( RC213V )"),
# then the row's figures (a time, points)
_RESULT_NAME_REACH = 60  # characters before the code where the name may open
_RESULT_ROWS = 3  # rows that make a table
_RESULT_GAP = 300  # characters between two rows of one table: headings, figures, notes


def _result_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a results table tagged cell by cell: where at least `_RESULT_ROWS`
    rows of rank, name, country code and team stand (found from the codes), each row's
    name is a PERSON and its team an ORG, and every mention the tagger ran across the cells
    ("Jack Miller AUS EG", "ESP Repsol Honda", "Honda 1 m") goes: a country code or a
    time is never part of a name. So does any other mention between two rows near each
    other: the table's headings and notes ("Fastest lap :"), no names of their own."""
    codes = list(_RESULT_CODE.finditer(text))
    if len(codes) < _RESULT_ROWS:
        return mentions
    rows: list[tuple[tuple[int, int], tuple[int, int], int]] = []  # name, team, row's end
    for c in codes:
        name = _RESULT_NAME.search(text, max(0, c.start() - _RESULT_NAME_REACH), c.start())
        if name is None or (rows and rows[-1][2] > name.start(1)):
            continue
        team = _RESULT_TEAM.match(text, c.end())
        if team is not None:
            rows.append((name.span(1), team.span(1), team.end()))
    if len(rows) < _RESULT_ROWS:
        return mentions
    cells = sorted((s, e, kind) for n, t, _ in rows
                   for (s, e), kind in ((n, "PERSON"), (t, "ORG")))
    ends: list[tuple[int, int]] = []  # the table's stretches: rows, and short gaps
    for a, b in sorted((n[0], end) for n, _, end in rows):
        if ends and a - ends[-1][1] <= _RESULT_GAP:
            ends[-1] = (ends[-1][0], b)
        else:
            ends.append((a, b))
    return _cells_over(text, mentions, ends, cells)


def _cells_over(text: str, mentions: list[Mention], stretches: Sequence[tuple[int, int]],
                cells: Collection[tuple[int, int, str]]) -> list[Mention]:
    """Mentions with every one touching a stretch (sorted, apart) replaced by the cells:
    a table's or a list's rows tagged cell by cell (`_result_rows`, `_ranked_rows`)."""
    starts = [a for a, _ in stretches]

    def in_stretch(m: Mention) -> bool:
        k = bisect_right(starts, m.end - 1) - 1  # the last stretch starting before its end
        return k >= 0 and stretches[k][1] > m.start

    out = [m for m in mentions if not in_stretch(m)]
    out += [Mention(s, e, kind, text[s:e]) for s, e, kind in cells]
    return sorted(out, key=lambda m: m.start)


# A list of players with their clubs and a count read as prose. A row opens after a rank
# ("1 . Budi Santoso Persib Bandung 21 2 . Rudi van Dijk Ajax 19"), or after a year's label,
# a comma, a bracket or a line's start ("1998 : ( Budi Santoso Persib 18 , Rudi van Dijk
# Ajax 18 )"); it is a run of capitalised words (a lower-case particle, a spaced dot, "Man .
# United", or a slash between two clubs, "Persib / Persija", inside) up to the count. A row
# opened otherwise than by a rank must close after its count (a comma, a bracket, a line's
# end).
_RANKED_ROW = re.compile(
    r"(?:(\d{1,2}\s?[.)])|\d{4}\s?:\s?\(?|[,;(]|^)[ \t]*"
    r"([A-Z][\w'’.-]*(?:(?:\s*/\s*|\s+)(?:[A-Z][\w'’.-]*|\.(?=\s+[A-Z])"
    r"|[a-z]{1,3}(?=\s+[A-Z]))){1,7})\s+\d{1,3}(?!\d)(?![.,]\d)", re.M)
_RANKED_CLOSE = re.compile(r"\s*(?:[,;)]|$)", re.M)
_RANKED_WORD = re.compile(r"[^\s/]+")
_RANKED_SLASH = re.compile(r"\s*/\s*")
_INITIALLED_NAME = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]+")  # "J.F.Hasselbaink": a name alone
_RANKED_ROWS = 3  # rows that make a list


def _ranked_rows(text: str, mentions: list[Mention],
                 is_place: Callable[[str], bool] | None = None) -> list[Mention]:
    """Mentions of a list of players with their clubs and counts (`_RANKED_ROW`), tagged
    cell by cell: where at least `_RANKED_ROWS` rows stand in a sports report and the
    tagger found a person opening most of them, each row's name is a PERSON and its
    club (each club, where a slash parts two) an ORG, and the mentions it ran across them
    ("Budi Santoso Persib", "Persib Bandung 21") go. Rows opened by no rank are read only
    where most of them name a club known: a team of [sport_teams], a name the article tags
    as no person, a place (`is_place`), or a mention other than a person running from
    the club's first word to the count; else "Egy Maulana Vikri 10" is a name with a
    shirt's number. The name ends where the best-known club opens (a first name and a
    surname at least, or a name written with initials, "J.F.Hasselbaink"); where none is
    known, it is the first word and the next one (with the particles between them, "Rudi
    van Dijk")."""
    if not sports_report(text):  # asked per text before: cached, and cheaper than the rows
        return mentions
    found = [r for r in _RANKED_ROW.finditer(text)
             if (r.group(1) is not None or _RANKED_CLOSE.match(text, r.end()))
             and (not r.group()[:1].isdigit() or r.start() == 0
                  or not (text[r.start() - 1].isalnum() or text[r.start() - 1] in "_.,"))]
    if len(found) < _RANKED_ROWS:
        return mentions
    spans = sorted((m.start, m.end, k) for k, m in enumerate(mentions))
    starts = [s for s, _, _ in spans]
    rows = [r.span(2) for r in found]
    opened = sum(1 for a, _ in rows if (k := bisect_left(starts, a)) < len(spans)
                 and spans[k][0] == a and mentions[spans[k][2]].kind == "PERSON")
    if opened * 2 < len(rows):
        return mentions  # no players' list: towns, bodies or titles with counts
    particles = _lower_particles()
    teams = _sport()[2]
    known = {*teams, *teams.values(), *(m.surface for m in mentions if m.kind != "PERSON")}

    rows_cells: list[tuple[bool, tuple[int, int], list[tuple[int, int, str]]]] = []
    unranked = sure = 0
    for r, (a, b) in zip(found, rows, strict=True):
        words = [(w.start(), w.end(), w.group()) for w in _RANKED_WORD.finditer(text, a, b)]
        best, split = 0.0, 0
        for i in range(1, len(words)):
            name, tail = words[:i], words[i:]
            if not (tail[0][2][:1].isupper() and name[-1][2][:1].isupper()
                    and not name[-1][2].endswith(".")  # "Man. United": the club's
                    and all(w[2][:1].isupper() or w[2] in particles for w in name)
                    and (i > 1 or _INITIALLED_NAME.fullmatch(name[0][2]))):
                continue
            clubs = _RANKED_SLASH.split(text[tail[0][0]:b])
            k = bisect_left(starts, tail[0][0])
            score = 3.0 if any(c in known for c in clubs) else \
                2.0 if k < len(spans) and spans[k][0] == tail[0][0] and spans[k][1] >= b \
                and mentions[spans[k][2]].kind != "PERSON" else \
                1.0 if tail[0][2] in known else \
                0.5 if tail[-1][2] in known or is_place is not None and (
                    is_place(tail[0][2]) or is_place(clubs[0])) else 0.0
            if score > best:
                best, split = score, i
        if r.group(1) is None:
            unranked += 1
            sure += best > 0
        if best < 1:  # no club known: a first name and a surname
            first = 1
            while first < len(words) - 1 and words[first][2] in particles:
                first += 1
            first += 1
            if first < len(words) and all(w[2][:1].isupper() or w[2] in particles
                                          for w in words[:first]) \
                    and words[first][2][:1].isupper():
                split = first
        if not split:
            continue
        cells = [(a, words[split - 1][1], "PERSON")]
        at = words[split][0]
        for club in _RANKED_SLASH.finditer(text, at, b):
            cells.append((at, club.start(), "ORG"))
            at = club.end()
        cells.append((at, b, "ORG"))
        rows_cells.append((r.group(1) is None, (a, b), cells))
    if sure * 2 < unranked:  # rows of names and numbers: no clubs
        rows_cells = [row for row in rows_cells if not row[0]]
    if not rows_cells:
        return mentions
    taken = [span for _, span, _ in rows_cells]
    return _cells_over(text, mentions, taken, [c for _, _, cs in rows_cells for c in cs])

# A list of match results, a line each ("Persib Bandung 2 - 1 Arema FC", "1 . Bali United
# 98 - 87 Dewa United", "Budi Santoso : Persija 1 - 0 PSM , 12 / 05 / 2010"): after a rank or
# a label and its colon, a side's capitalised words (a number inside, "Schalke 04"), the
# score, and the other side's words up to the line's end, a comma or the scorers' bracket.
# Blanks inside a row are any but a line's break (a web page's no-break spaces).
_SIDE = r"[A-Z][\w'’.&-]*(?:[^\S\n]+(?:[A-Z0-9][\w'’.&-]*|[a-z]{1,3}(?=[^\S\n]+[A-Z]))){0,4}"
_SCORE_ROW = re.compile(
    rf"^[^\S\n]*(?:\d{{1,2}}[^\S\n]?[.)][^\S\n]*|[^\n:]{{1,40}}:[^\S\n]*)?({_SIDE})"
    rf"[^\S\n]+\d{{1,3}}[^\S\n]*-[^\S\n]*\d{{1,3}}[^\S\n]+({_SIDE})"
    rf"(?=[^\S\n]*(?:[(,]|$))", re.M)
_SCORE_ROWS = 2  # rows that make a list of results
_SCORE_DASH = re.compile(r"\d[^\S\n]*-[^\S\n]*\d")  # the score of every `_SCORE_ROW`


def _score_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a list of match results (`_SCORE_ROW`) tagged side by side: where at
    least `_SCORE_ROWS` lines of it stand, each side is one team, an ORG, and every
    mention over a row goes ("Atlanta Hawks 104 - 111 Detroit Pistons" as one place, a
    team taken for a person, "Moscow" cut from "CSKA Moscow"), and a mention elsewhere
    written as a side is the team too. Where the tagger took most
    sides for people, the matches are between players (tennis, badminton): left alone."""
    # A row holds a score, digits around a dash: sought first (`re` skips to the digits),
    # as `_SCORE_ROW`, opened by "^", is tried at every character (speed26).
    rows = list(_SCORE_ROW.finditer(text)) if _SCORE_DASH.search(text) else []
    if len(rows) < _SCORE_ROWS:
        return mentions
    exact = {(m.start, m.end): m.kind for m in mentions}
    sides = [r.span(k) for r in rows for k in (1, 2)]
    if sum(exact.get(side) == "PERSON" for side in sides) * 2 >= len(sides):
        return mentions
    teams = {text[a:b] for a, b in sides}
    for m in mentions:  # the same name elsewhere is the same team
        if m.kind != "ORG" and m.surface in teams:
            m.kind, m.place = "ORG", None
    return _cells_over(text, mentions, [(r.start(1), r.end(2)) for r in rows],
                       [(a, b, "ORG") for a, b in sides])


def _places_before_named(text: str, mentions: list[Mention], gaz: Gazetteer
                         ) -> list[Mention]:
    """A one-word place run into the person after it ("Kadis Dinas Kota [Sorong Budi Ari
    Santoso]") is the place and the person, where the article names that person elsewhere
    without it ("Budi Ari Santoso") and the word is a place it names alone or the gazetteer
    knows; an office right before then ends with the place ("Kadis Dinas Kota Sorong"). The
    same word tagged a person alone elsewhere ("Sekretaris Dinas [Sorong]") is the place."""
    named = {m.surface for m in mentions if m.kind == "PERSON" and " " in m.surface}
    if not named:
        return mentions
    places = {m.surface: m.place for m in mentions if m.kind == "PLACE"}
    out: list[Mention] = []
    heads: dict[str, Place | None] = {}
    for m in mentions:
        head, _, rest = m.surface.partition(" ")
        if not (m.kind == "PERSON" and " " in rest and rest in named and not m.blind
                and m.surface == text[m.start:m.end]
                and (head in places or gaz.resolve(head) is not None)):
            out.append(m)
            continue
        place = places[head] if head in places else gaz.resolve(head)
        heads[head] = place
        role = m.role
        if role is not None and text[:m.start].rstrip().endswith(role.rsplit(None, 1)[-1]):
            role = f"{role} {head}"
        out.append(Mention(m.start, m.start + len(head), "PLACE", head, place=place))
        out.append(Mention(m.end - len(rest), m.end, "PERSON", rest, role=role,
                           role_country=m.role_country))
    for m in out:
        if m.kind == "PERSON" and m.surface in heads:
            m.kind, m.place, m.role, m.role_country = "PLACE", heads[m.surface], None, None
    return out


def _called_alone(text: str, word: str, mentions: Sequence[Mention], skip: int) -> bool:
    """Whether the article writes `word` alone elsewhere as a name, inside a sentence and
    in no mention ("kata Sopan", "Sopan menjelaskan" after a comma): a lower-case word or a
    comma before it, no capitalised word after it (cuts12). The tagger may miss such a
    name where it is also a common word ("sopan")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[max(0, at - 30):at].rstrip()
        after = text[end:end + 2]
        if at != skip and (before.endswith(",") or before[-1:].islower()) \
                and not text[at - 1:at].isalnum() and not after[:1].isalnum() \
                and not after[1:2].isupper() \
                and not any(x.start <= at < x.end for x in mentions):
            return True
        at = text.find(word, end)
    return False


@cache
def _staff_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).staff_words)


_NAME_RUN = re.compile(r"\S+")


def _staff_run_word(word: str, staff: frozenset[str], forms: frozenset[str]) -> bool:
    """Whether `word` may stand in a body's part of a run before its holder's name: an
    acronym ("PT", "FDJ"), a legal form or a staff word ("Manajemen")."""
    return (len(word) >= 2 and word.isupper() and word.isalpha()) \
        or word.casefold() in staff or word.casefold() in forms


def _prefixed_holders(mentions: Sequence[Mention]) -> list[Mention]:
    """A person's mention that opens with a body's words before a name the article writes
    alone as a person's is cut to that name: "Dirut [PT ABC] Budi Santoso" beside "Budi
    Santoso", "Sinar Musik [Manajemen DJ] Rina Sari" beside "Rina Sari". The words cut are a
    body the article names (an organisation's mention), or acronyms, legal forms and staff
    words only; the name kept is two words or more, so a given name stays with its
    surname. An organisation's mention run on so over a person's name the article writes
    alone ("Dirut [PT ABC Budi Santoso]") is cut into the body and the person."""
    people = {m.surface for m in mentions if m.kind == "PERSON" and " " in m.surface}
    if not people:
        return list(mentions)
    orgs = {m.surface for m in mentions if m.kind == "ORG"}
    # The bodies' names by each run of their last words ("Budi Santoso" -> "PT Maju Budi
    # Santoso"): made once, not a pass over every body for each word of each mention.
    ends: dict[str, set[str]] = {}
    for o in orgs:
        for w in _NAME_RUN.finditer(o):
            if w.start() > 0 and o[w.start() - 1] == " ":
                ends.setdefault(o[w.start():], set()).add(o)
    staff, forms = _staff_words(), legal_forms()
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.kind not in {"PERSON", "ORG"} or m.surface.count(" ") < 2:
            continue
        words = list(_NAME_RUN.finditer(m.surface))
        for k in range(len(words) - 2, 0, -1):  # the shortest name first
            rest = m.surface[words[k].start():]
            if rest not in people or not ends.get(rest, set()) <= {m.surface}:
                continue  # a body's name ends so ("PT Maju Budi Santoso" beside it)
            if all(w.group().casefold() in forms for w in words[:k]):
                continue  # a legal form alone opens a firm's name ("PT Budi Santoso")
            head = m.surface[:words[k - 1].end()]
            if m.kind == "ORG":
                if head not in orgs:
                    continue
                out[-1] = replace(m, end=m.start + len(head), surface=head)
                out.append(Mention(m.start + words[k].start(), m.end, "PERSON", rest,
                                   role=m.role))
                break
            if head in orgs or all(_staff_run_word(w.group(), staff, forms) for w in words[:k]) \
                    or any(m.surface[:words[j].end()] in orgs
                           and all(_staff_run_word(w.group(), staff, forms)
                                   for w in words[j + 1:k])
                           for j in range(k - 1)):
                m.start, m.surface = m.start + words[k].start(), rest
                break
    return out


def _opens_no_body(word: str, rest: str) -> bool:
    """Whether a run's first `word` cannot open a body's name before a holder's `rest`: a
    body's kind ("[Fakultas] Kedokteran Unud", `_body_heads`), or a rest opening with a
    name particle (entities.toml's and roles.toml's particle lists), the run being one
    person's name ("Aurelio [De] Laurentiis"), cuts15."""
    low = rest.lower()
    return word.casefold() in _body_heads() or low in _lower_particles() \
        or low in _inner_particles()


def _bodies_opening_holders(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                            gaz: Gazetteer) -> list[Mention]:
    """A holder's name after an office that opens with the first words of a body the
    article names ("Principal [Burda] Albert Shyy" beside "Burda Principal Investments",
    "Direktur [Modal Ventura] Budi Susilo" beside "Modal Ventura"): those words are the
    office's body, and the rest, two name words or more, the person (cuts15). A person's
    mention with an office read before it keeps the body in its role; an organisation's
    mention with an office right before it is cut into the body and the person, who takes
    the office and the body as role. The tagger runs a body into a name it does not know."""
    ow = org_words()
    orgs = {m.surface for m in mentions if m.surface[:1].isupper()
            and (m.kind == "ORG" or m.surface.rsplit(" ", 1)[-1] in ow)}
    if not orgs:  # a body by its tag or by its closing word ("Burda Principal Investments")
        return list(mentions)
    # each opening run of a body's words -> the bodies it opens (a name is no other's body)
    openings: dict[str, set[str]] = {}
    for o in orgs:
        ws = o.split(" ")
        for k in range(1, len(ws) + 1):
            openings.setdefault(" ".join(ws[:k]), set()).add(o)
    forms = legal_forms()  # "PT [Loco Montrado]": a legal form alone opens a firm's name
    # a person the article names by those words ("kata Yosdian" of "Yosdian Adi Pramono",
    # with "[Yosdian ID Food]" read as a body) keeps them
    people = {m.surface for m in mentions if m.kind == "PERSON"}
    out: list[Mention] = []
    prev_end = 0
    for m in mentions:
        words = m.surface.split(" ")
        cut = 0
        office = None
        # "[Principal] East Ventures Willson Cuaca" read as one body: the office opens it
        lead = 0
        if m.kind == "ORG" and len(words) >= 4 and words[0][:1].isupper():
            lead = head_at(words, 0)
            lead = lead if lead < len(words) - 2 else 0
        if m.kind in {"PERSON", "ORG"} and len(words) >= 3 and m.surface == text[m.start:m.end]:
            for k in range(len(words) - 2, lead, -1):  # the longest body first
                head = " ".join(words[lead:k])
                rest = words[k:]
                if not openings.get(head, set()) - {m.surface} or " ".join(rest) in openings \
                        or head in people \
                        or _opens_no_body(words[lead], rest[0]) \
                        or words[k - 1].lower() in _name_function_words() \
                        or all(w.casefold() in forms or w in ow for w in words[lead:k]) \
                        or not _holder_word(rest[0], lexicon, gaz) \
                        or not all(_name_shaped(w) and w not in ow and gaz.resolve(w) is None
                                   for w in rest):
                    continue  # "Willson [Cuaca]": a surname may be a dictionary word
                if m.kind == "ORG":
                    office = " ".join(words[:lead]) if lead \
                        else _office_before(text, m, prev_end)
                    if office is None:
                        break
                elif m.role is None:
                    break
                cut = k
                break
        prev_end = m.end
        if not cut:
            out.append(m)
            continue
        head = " ".join(words[lead:cut])
        rest_at = m.start + len(" ".join(words[:cut])) + 1
        if m.kind == "PERSON":
            m.start, m.surface = rest_at, text[rest_at:m.end]
            m.role = f"{m.role} {head}"
            out.append(m)
            continue
        body_at = rest_at - 1 - len(head)
        out.append(Mention(body_at, rest_at - 1, "ORG", head, blind=m.blind))
        out.append(Mention(rest_at, m.end, "PERSON", text[rest_at:m.end],
                           role=f"{office} {head}", blind=m.blind))
    return out


def _first_names_run_back(text: str, mentions: list[Mention], lexicon: dict[str, str],
                          gaz: Gazetteer) -> list[Mention]:
    """A person's first name the tagger ran into the body or the place before it, the rest
    of the name tagged a person right after ("Pengamat dari [Universitas Negeri Malang
    Rudi] [Hartono]", "Kepala Dinas [Kabupaten Sleman Dwi] [Santoso]"): the first name goes
    to the person, where the article calls the person by that first name alone ("kata
    Rudi"). The words before it must be a body (an organisation's head word opens them, or
    the article names them alone as a body) or a place the gazetteer knows; the office the
    person held then ends with them ("Fraksi Partai [Golkar] [Budi]" stays: no "Golkar"
    person alone), and so does a body the article writes whole again ("PT Sinar Jaya" of
    "Direktur PT Sinar Jaya, Jaya, ...")."""
    orgs = Counter(m.surface for m in mentions if m.kind == "ORG")
    alone = {m.surface for m in mentions if m.kind == "PERSON" and " " not in m.surface}
    out: list[Mention] = []
    placed = False  # a place cut from a first name: its body may now take it
    n = 0
    while n < len(mentions):
        m = mentions[n]
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        head, _, first = m.surface.rpartition(" ")
        if nxt is None or nxt.kind != "PERSON" or m.kind not in {"ORG", "PERSON", "PLACE"} \
                or " " not in head or text[m.end:nxt.start] != " " or m.blind \
                or m.surface != text[m.start:m.end] or orgs[m.surface] > 1 \
                or not (first in alone and _holder_word(first, lexicon, gaz)
                        or _called_alone(text, first, mentions, m.start)
                        and _name_shaped(first) and first not in org_words()
                        and not is_role_word(first) and gaz.resolve(first) is None):
            out.append(m)
            n += 1
            continue
        place = gaz.resolve(head)
        body = head in orgs or head.split(None, 1)[0] in org_words()
        if m.kind == "PLACE" and (place is None or body):
            out.append(m)  # cuts12: a place only where the words before are one
            n += 1
            continue
        if not (place is not None or body) \
                or head.rsplit(None, 1)[-1].lower() in place_prefixes():  # "Dinas Kota [X]"
            out.append(m)
            n += 1
            continue
        kind = "PLACE" if place is not None and not body else "ORG"
        placed = placed or m.kind == "PLACE"
        role = m.role if m.kind == "PERSON" else nxt.role
        if role is not None and m.kind == "ORG" and role.endswith(f" {m.surface}"):
            role = role[: -len(first) - 1]  # "... dari Universitas X [Rudi]"
        elif role is not None and m.kind == "PERSON":
            role = f"{role} {head}"  # "Kepala Dinas" + "Kabupaten Sleman"
        out.append(Mention(m.start, m.start + len(head), kind, head,
                           place=place if kind == "PLACE" else None))
        out.append(Mention(m.end - len(first), nxt.end, "PERSON",
                           text[m.end - len(first):nxt.end], role=role,
                           role_country=nxt.role_country or m.role_country))
        n += 2
    if placed:  # "Dinas X ( Kadis ) [DKI Jakarta Sopan] [Adrianto]": the body's branch
        return _places_after_acronyms(text, out, lexicon)
    return out


# A word written with its own reduplication after a hyphen ("Iring - iringan", "Pundi -
# pundi", "Marmut-marmut"): a common noun capitalised for its place, no name.
_REDUPLICATION = re.compile(r"\s*-\s*([a-z]+)")


def _reduplicated(text: str, m: Mention) -> bool:
    """Whether `m`, one word of cased text, is a reduplicated common word
    (`_REDUPLICATION`); a longer name may open with one ("Alun-alun Kidul")."""
    first = m.surface
    if m.blind or " " in first:
        return False
    halves = reduplication(first)
    if halves is not None and len(halves[0]) >= 3 and halves[1].islower():
        return True
    if len(first) < 3:
        return False
    nxt = _REDUPLICATION.match(text, m.end)
    return nxt is not None and nxt.group(1).startswith(first.lower())


def _run_on_names(text: str, mentions: Sequence[Mention]) -> None:
    """A person's name that opens with the last word of another name of the article
    written right before it lost that word to it: 'Bintang Running [Man Lee Kwang Soo]'
    beside 'Running Man' elsewhere is Lee Kwang Soo."""
    others = {tuple(m.surface.split()) for m in mentions if m.kind != "PERSON"
              and " " in m.surface}
    for m in mentions:
        words = m.surface.split()
        if m.kind != "PERSON" or len(words) < 3:
            continue
        before = text[max(0, m.start - 60):m.start].split()
        for o in others:
            if o[-1] == words[0] and len(before) >= len(o) - 1 and \
                    tuple(before[len(before) - len(o) + 1:]) == o[:-1]:
                start = text.index(words[1], m.start + len(words[0]))
                m.start, m.surface = start, text[start:m.end]
                break


_TWO_WORDS_BEFORE = re.compile(r"(\S+)\s+([A-Z][a-z]+)\s+$")  # two words right before a name


def _lost_given_names(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                      gaz: Gazetteer) -> None:
    """A person's name of two words or more the tagger cut after an unknown capitalised
    word inside a sentence ("kiper [Yudhistira] Adi Nugroho" after a lower-case word,
    colon or comma) goes back over it: a word no dictionary or gazetteer holds, in no
    mention, the article writes elsewhere too, is the name's first."""
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.kind != "PERSON" or m.blind or " " not in m.surface:
            continue
        b = _TWO_WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
        if b is None:
            continue
        prev, word = b.group(1), b.group(2)
        if not (prev[:1].islower() or prev in {",", ":"}) or b.end(2) in ends \
                or word.lower() in lexicon or gaz.resolve(word) is not None \
                or is_role_word(word) or text.count(word) < 2:
            continue
        m.start = b.start(2)
        m.surface = text[m.start:m.end]
        if m.role is not None and m.role.endswith(" " + word):  # "kiper [Yudhistrel]"
            m.role = m.role[: -len(word) - 1]


# An office's capitalised words, a comma and one capitalised word right before a name:
# "Duta Besar Palestina , [Rawan] Sulaiman".
_OFFICE_COMMA_WORD = re.compile(r"((?:[A-Z][\w.-]* ){1,6}), ([A-Z][a-z]+) $")


def _given_names_after_office_commas(text: str, mentions: Sequence[Mention],
                                     gaz: Gazetteer) -> None:
    """A person's name in apposition after an office and its comma, set off by a comma or
    full stop after it, whose first word the tagger left out as a dictionary word
    ("Duta Besar Palestina , [Rawan] Sulaiman , Dubes X , …"): capitalised there inside
    a sentence, the word is the name's, so the list's offices stay each its holder's.
    Not a role word, an honorific, a word that never opens a name, or a place."""
    ends = {m.end for m in mentions}
    rw = role_words()
    for m in mentions:
        if m.kind != "PERSON" or not text.startswith((" ,", " .", ","), m.end):
            continue
        g = _OFFICE_COMMA_WORD.search(text, max(0, m.start - 90), m.start)
        if g is None or g.end(2) + 1 != m.start or g.end(2) in ends:
            continue
        word, office = g.group(2), g.group(1).split()
        low = word.lower()
        head = next((p for p in range(len(office)) if head_at(office, p)), None)
        if head is None or is_role_word(word) or low in rw.not_names \
                or low in _bare_titles() \
                or gaz.resolve(word) is not None:
            continue
        m.start = g.start(2)
        m.surface = text[m.start:m.end]
        # the office before is the name's, not the list's next one after it
        m.role, m.role_country = " ".join(office[head:]), None


_CONNECTOR_END = re.compile(r" (?:of|for|de|del|van|von|der|&)$")  # "University [of]"


def _joined_connectors(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An organisation whose name ends with a connector ("University of", "Institute
    for") runs on into the name after it across one space: "[University of] [South
    Brittany]" is one organisation."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "ORG" and m.start == prev.end + 1 \
                and text[prev.end] == " " and _CONNECTOR_END.search(prev.surface) \
                and m.surface[:1].isupper():
            prev.end, prev.surface = m.end, text[prev.start:m.end]
            continue
        out.append(m)
    return out


_LOWER_THEN_NAME = re.compile(r" ([a-z]+) ([A-Z][a-z]+)(?=\s*[,.;)]|\s+[a-z])")


def _company_lower_words(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                         gaz: Gazetteer) -> None:
    """A company's name after its legal form cut at a common noun written lower-case
    inside it ("PT Sinar [baja Utama] , sebuah pabrik"): a noun and one capitalised word
    no mention, place or dictionary word holds, then a punctuation mark or a lower-case
    word, go on the name."""
    starts = {m.start for m in mentions}
    for m in mentions:
        first = m.surface.split(" ", 1)[0]
        if m.kind != "ORG" or first.lower() not in legal_forms() or " " not in m.surface:
            continue
        g = _LOWER_THEN_NAME.match(text, m.end)
        if g is None or g.start(2) in starts or not lexicon.get(g.group(1), "").startswith("NN") \
                or lexicon.get(g.group(1), "").startswith("NNP") \
                or gaz.resolve(g.group(2)) is not None \
                or not lexicon.get(g.group(2).lower(), "NNP").startswith(("NNP", "JJ")):
            continue
        m.end = g.end(2)
        m.surface = text[m.start:m.end]


@cache
def _firm_trades() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).firm_trades)


@cache
def _english_body_tails() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).english_body_tails)


# Up to three capitalised words right before a point, after a lower-case word or a comma
# inside a sentence: "diadakan [Diplomat] Magazine".
_CAPITALS_BEFORE = re.compile(r"(?:^|[a-z,] )((?:[A-Z][a-z]+ ){1,3})$")
_GLUED_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+-$")  # "Indonesia-[Pakistan Forum]"


def _english_tails_run_back(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A one-word mention that is a body's English last word ("Magazine",
    `english_body_tails`) with capitalised words right before it that no mention holds,
    inside a sentence, is the body's whole name the tagger cut: "diadakan [Diplomat
    Magazine]", an organisation. Role words and words that never open a name stop it. A
    longer name ending in one is an organisation too, with a word glued to it by a hyphen
    before it ("Indonesia-[Pakistan Economic Forum]")."""
    ends = {m.end for m in mentions}
    glued: set[int] = set()  # starts of the places glued words were read as
    for m in mentions:
        if m.blind or m.surface.rsplit(" ", 1)[-1] not in _english_body_tails():
            continue
        if " " in m.surface:  # "[Pakistan Economic Forum]" read as the country's place
            if m.kind in {"PERSON", "PLACE"}:
                m.kind, m.role, m.place = "ORG", None, None
            h = _GLUED_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            inside = [n for n in mentions if h is not None and n.start < m.start
                      and n.end > h.start()]
            if h is not None and all(h.start() <= n.start and n.kind == "PLACE"
                                     for n in inside):
                m.start = h.start()  # "Indonesia-[Pakistan … Forum]": one name
                m.surface = text[m.start:m.end]
                glued.update(n.start for n in inside)
            continue
        if m.start - 1 in ends:
            continue
        g = _CAPITALS_BEFORE.search(text[max(0, m.start - 60):m.start])
        if g is None:
            continue
        words = g.group(1).split()
        while words and (is_role_word(words[0]) or words[0].lower() in role_words().not_names):
            words.pop(0)
        if not words:
            continue
        m.start -= len(" ".join(words)) + 1
        m.surface, m.kind, m.role = text[m.start:m.end], "ORG", None
    return [m for m in mentions if m.start not in glued or m.kind != "PLACE"]


def _firm_tails(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A company's name cut after its legal form and first word, the rest read as a
    person ("[PT Maju] [Sentosa Steel]"), is one company: where the "person" right after
    it ends with a trade word (`firm_trades`), as no person's name does."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "PERSON" and prev.kind == "ORG" \
                and text[prev.end:m.start] == " " and m.surface.split()[-1] in _firm_trades() \
                and prev.surface.split(" ", 1)[0].lower() in legal_forms() \
                and all(w[:1].isupper() for w in m.surface.split()):
            out[-1] = Mention(prev.start, m.end, "ORG", text[prev.start:m.end], blind=m.blind)
            continue
        out.append(m)
    return out


@cache
def _unit_heads() -> tuple[str, ...]:
    return tuple(h + " " for h in load("entities", EntitiesData).unit_heads)


def _unit_owners(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A unit's name ("Departemen Riset Ekonomi", `unit_heads`) the tagger ended right
    before an organisation's acronym ("[Departemen Riset Ekonomi] [UGM]") is one name with
    it: the unit of that body."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "ORG" and prev.kind == "ORG" \
                and text[prev.end:m.start] == " " and 2 <= len(m.surface) <= 6 \
                and m.surface.isupper() and m.surface.isalpha() \
                and " " in prev.surface and prev.surface.startswith(_unit_heads()):
            out[-1] = Mention(prev.start, m.end, "ORG", text[prev.start:m.end], blind=m.blind)
            continue
        out.append(m)
    return out


@cache
def _command_units() -> tuple[frozenset[str], frozenset[str]]:
    """The police and military commands' heads (kinds.toml `command_heads`: "Polres") and
    the units' one-word names (`agency_names`: "Satreskrim")."""
    k = load("kinds", KindsData)
    return frozenset(k.command_heads), frozenset(k.agency_names)


# A unit's spelt-out name, capitalised words with small joining words ("Satuan Polisi
# Perairan dan Udara"), then its short form in brackets, right before its command.
_UNIT_BEFORE_SHORT = re.compile(
    r"([A-Z][\w-]*(?:[ \t]+(?:dan|&|[A-Z][\w-]*))*?[ \t]+[A-Z][\w-]*)"
    r"[ \t]*\([ \t]*([A-Z][A-Za-z]{2,14})[ \t]*\)[ \t]+$")
_UNIT_LOOKBACK = 90  # characters before a command where its unit's name may open
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{2,14})[ \t]+$")  # "Satreskrim "


_HEAD_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _held_unit(text: str, at: int) -> bool:
    """Whether the unit's word at `at` is inside an office, after its head's contracted
    title ("Kasat [Reskrim Polres Bogor]", `office_prefixes` opening a short word): the
    office names the command (bounds10), left as it is."""
    before = _HEAD_WORD_BEFORE.search(text, max(0, at - 12), at)
    word = before.group(1).casefold() if before is not None else ""
    return len(word) <= 8 and word.startswith(_office_prefixes_folded())


def _units_before_commands(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A police or military command ("[Polres Garut]", `command_heads`) right after one of
    its units' one-word names (`agency_names`: "Satreskrim [Polres Garut]") is that unit,
    one name with it; so is one after a unit's spelt-out name (`unit_heads`) and its short
    form in brackets ("Satuan Polisi Perairan dan Udara (Satpolairud) [Polres Garut]"),
    named without the bracket, and the short form before the command later in the text
    ("Satpolairud [Polres Garut]") names the same unit, under that name. ent32b."""
    heads, units = _command_units()
    spelt_out: dict[str, str] = {}  # "Satpolairud Polres Garut" -> the unit's whole name
    out: list[Mention] = []
    for m in mentions:
        first = m.surface.split(None, 1)[0] if m.kind == "ORG" else ""
        if m.kind == "ORG" and m.surface in spelt_out:  # tagged whole: "[Ditreskrimum Polda
            m.surface = spelt_out[m.surface]  # Jabar]" after "Direktorat ... (Ditreskrimum)"
        if first not in heads:
            out.append(m)
            continue
        spelt = _UNIT_BEFORE_SHORT.search(text, max(0, m.start - _UNIT_LOOKBACK), m.start)
        word = _UNIT_WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
        if spelt is not None and spelt.group(1).startswith(_unit_heads()):
            start, surface = spelt.start(1), f"{spelt.group(1)} {m.surface}"
            spelt_out[f"{spelt.group(2)} {m.surface}"] = surface
        elif word is not None and (word.group(1) in units
                                   or f"{word.group(1)} {m.surface}" in spelt_out) \
                and not _held_unit(text, word.start(1)):
            start = word.start(1)
            surface = spelt_out.get(text[start:m.end], text[start:m.end])
        else:
            out.append(m)
            continue
        while out and out[-1].end > start:
            out.pop()  # the unit's own mention, or its short form's in the bracket
        out.append(Mention(start, m.end, "ORG", surface, blind=m.blind))
    return out


@cache
def _work_title() -> re.Pattern[str]:
    heads = load("entities", EntitiesData).work_heads
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, heads)) +
                      r")\s+(['\"‘“])\s*([^'\"‘’“”\n]{1,80}?)\s*['\"’”]", re.IGNORECASE)


_OPEN_QUOTE = re.compile("['\"‘“]")


def work_titles(text: str) -> list[tuple[int, int]]:
    """The title spans (group 2) of `_work_title()`'s matches, as `finditer` finds them,
    but tried only where a match can open: the run of word characters (`\\w`: alphanumeric
    or "_") that ends where the whitespace before an opening quote begins, instead of
    trying the pattern's twenty case-blind heads at every character of the text."""
    pattern = _work_title()
    out: list[tuple[int, int]] = []
    done = 0  # matches do not overlap: the next opens at or after the last one's end
    for q in _OPEN_QUOTE.finditer(text):
        ws = q.start()
        while ws > done and text[ws - 1].isspace():
            ws -= 1
        h = ws
        while h > done and (text[h - 1].isalnum() or text[h - 1] == "_"):
            h -= 1
        if h == ws or ws == q.start():
            continue
        m = pattern.match(text, h)
        if m is not None:
            out.append(m.span(2))
            done = m.end()
    return out


def _outside_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions inside the quoted title of a work ("film ' A Nightmare on Elm Street '")
    are dropped: the work is no entity, and neither is a name in its title. Inside a
    quoted title after a title cue (`_cued_titles`), persons and bodies named nowhere
    else go; places and events stay."""
    if not any(q in text for q in "'\"‘“"):
        return list(mentions)
    titles = work_titles(text)
    cued = _cued_titles(text)
    if not titles and not cued:
        return list(mentions)
    out = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in titles)]
    if not cued:
        return out

    def inside(m: Mention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in cued)

    outside = {m.surface for m in out if not inside(m)}
    return [m for m in out if not (inside(m) and m.kind in {"PERSON", "ORG"}
                                   and m.surface not in outside)]


# A quoted title right after a title cue ("berjudul ' ... '"), up to 250 characters.
_CUED_TITLE = re.compile(r"\s+['\"‘“]\s*([^'\"‘’“”\n]{1,250}?)\s*['\"’”]")


def _cued_title() -> re.Pattern[str]:
    return _CUED_TITLE


@cache
def _cue_forms() -> tuple[str, ...]:
    """The title cues as written in lower case and capitalised (found by `str.find`,
    cheaper than a case-blind pattern tried at every character)."""
    cues = {c.casefold() for c in load("entities", EntitiesData).title_cues}
    return tuple(sorted({f for c in cues for f in (c, c.capitalize())}))


def _cued_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quoted titles after a title cue (`title_cues`: "makalah berjudul
    'Yield of Sweet Potato at Several Planting Dates in Garut'"): a paper's, a report's or
    a talk's title, longer than a work's. A person or body named only inside one is a
    word of the title (`_outside_titles`); a known place stays one."""
    out: list[tuple[int, int]] = []
    for cue in _cue_forms():
        at = text.find(cue)
        while at >= 0:
            end = at + len(cue)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                    and (t := _cued_title().match(text, end)) is not None:
                out.append(t.span(1))
            at = text.find(cue, end)
    return out


@cache
def _particle_words() -> tuple[frozenset[str], frozenset[str]]:
    """Arabic name particles, and the first words of place heads (lower-case)."""
    k = load("kinds", KindsData)
    return (frozenset(load("entities", EntitiesData).inner_name_particles),
            frozenset(w.split()[0].lower() for w in (*k.place_heads, *k.run_place_heads)))


def _particle_persons(mentions: Sequence[Mention]) -> None:
    """An organisation or place read on a name with a lower-case Arabic particle between
    capitalised words ("Fatima al - Issa", "Husein bin Abubakar") is a person, where no
    organisation word, place head or gazetteer place says otherwise."""
    particles, heads = _particle_words()
    for m in mentions:
        if m.kind not in {"ORG", "PLACE"} or m.place is not None or m.blind:
            continue
        words = m.surface.split()
        if any(w in particles for w in words[1:-1]) and words[0][:1].isupper() \
                and words[-1][:1].isupper() and words[0].lower() not in heads \
                and not any(w in org_words() for w in words):
            m.kind = "PERSON"


def _name_particles(text: str, mentions: Sequence[Mention]) -> None:
    """A name particle of entities.toml before a person's name joins it, and leaves a name
    it was read into: 'Universitas Udayana [Ni] Nyoman Dewi Pascarani'."""
    d = load("entities", EntitiesData)
    names = set(d.particle_names)
    # longest first: a caste title ("Ida Bagus", "I Gusti") before a lone "I" (who278)
    particles = sorted({*d.name_particles, *d.caste_name_titles}, key=len, reverse=True)
    ends = {m.end: m for m in mentions}
    for m in mentions:
        words = m.surface.split()
        num = next((k for k in range(len(words) - 2) if words[k] in _NUMERALS
                    and words[k + 1] not in names), None) if m.kind == "PERSON" else None
        if num is not None:
            # "[Teradu I] Muhammad Afifuddin": a numbered party before the name, not a
            # Balinese particle ("I Made"); a numeral closing a name stays ("Elizabeth II").
            if m.role is not None and num >= 1 \
                    and text[max(0, m.start - 60):m.start].rstrip().endswith(m.role):
                m.role = " ".join([m.role, *words[:num + 1]])  # "Kapolsek [SU I] AKP Heri"
            while num + 2 < len(words) and words[num + 1].lower().rstrip(".") in \
                    role_words().ranks:
                num += 1  # "Kapolsek SU I [AKP] Heri": a rank after the numeral too
            cut = [w.end() for w in _NONSPACE.finditer(m.surface)][num]
            cut += len(m.surface[cut:]) - len(m.surface[cut:].lstrip())
            m.start, m.surface = m.start + cut, m.surface[cut:]
            continue
        if m.kind == "PERSON" and words and words[0] not in names:
            _birth_names_run_back(text, m, ends.get(m.start - 1), particles, names)
            continue
        if m.kind != "PERSON" or not words or words[0] not in names:
            continue
        for p in particles:
            a = m.start - len(p) - 1
            if a < 0 or text[a:m.start] != p + " " or (a > 0 and text[a - 1].isalnum()):
                continue
            other = ends.get(m.start - 1)
            if other is not None and other.surface.endswith(" " + p):
                other.end, other.surface = a - 1, other.surface[:-len(p) - 1]
            m.start, m.surface = a, text[a:m.end]
            _particle_role(text, m, p, other)
            break


def _birth_names_run_back(text: str, m: Mention, body: Mention | None,
                          particles: Sequence[str], names: set[str]) -> None:
    """A particle and birth-order names closing the body or place right before a person
    ('Setda Kabupaten Tabanan [I Made] Agus H') open the person's name: they leave the
    body, and the office read up to them (ent27b)."""
    if body is None or body.kind not in {"ORG", "PLACE"} or body.blind or m.blind:
        return
    words = body.surface.split(" ")
    k = len(words)
    while k > 1 and words[k - 1] in names:
        k -= 1
    head = " ".join(words[:k])
    p = next((p for p in particles if head.endswith(" " + p)), None)
    if k == len(words) or p is None or head == p:
        return
    cut = body.start + len(head) - len(p)
    moved = text[cut:m.start - 1]
    body.end, body.surface = cut - 1, text[body.start:cut - 1]
    m.start, m.surface = cut, text[cut:m.end]
    if m.role is not None and m.role.endswith(" " + moved):
        m.role = m.role[:-len(moved) - 1]


def _particle_role(text: str, m: Mention, p: str, body: Mention | None) -> None:
    """The office of a person whose name a particle or caste title `p` now opens: the
    particle leaves the office read up to the name ("Kepala Dinas Kota X [Anak Agung]
    Gede ..."), and a body cut of it keeps the office before it as the person's
    ("[Kepala Kantor Wilayah] Kementerian ... Bali Ida Bagus Ketut ...", who278)."""
    if m.role is not None and m.role.endswith(" " + p):
        m.role = m.role[:-len(p) - 1]
    elif m.role is None and body is not None and body.kind == "ORG" and body.end < m.start:
        office = _office_before(text, body)
        if office is not None:
            m.role = f"{office} {body.surface}"


_NUMERALS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
# "13th" of "Friday the 13th": an ordinal is no name.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_VIA = re.compile(r"\s+via\s+")


_SITE_DASH = re.compile(r"^[\w-]+\.(?:com|net|id|co\.id|org)\s+-+\s+(?=\w)", re.IGNORECASE)


@cache
def _street_before() -> re.Pattern[str]:
    d = load("entities", EntitiesData)
    heads = "|".join(re.escape(h) for h in d.street_heads)
    titles = "|".join(re.escape(t) for t in d.street_titles)
    return re.compile(rf"\b(?:{heads})\.?\s+(?:(?:{titles})\s*\.?\s*)+$")


def street_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name after a street word and a title is the street ('Jalan Jenderal [Ahmad
    Yani]', 'Jalan IR . [H. Juanda]'): one place, over what the tagger cut inside it."""
    if not load("entities", EntitiesData).street_heads:
        return list(mentions)
    pat = _street_before()
    streets: list[Mention] = []
    for m in mentions:
        if m.kind in {"PERSON", "ORG"}:
            hit = pat.search(text, max(0, m.start - 40), m.start)
            if hit is not None:
                streets.append(Mention(hit.start(), m.end, "PLACE", text[hit.start() : m.end],
                                       blind=m.blind))
    if not streets:
        return list(mentions)
    out = [m for m in mentions
           if not any(s.start <= m.start < s.end or s.start < m.end <= s.end for s in streets)]
    return sorted(out + streets, key=lambda m: m.start)


_STREET_WORD = re.compile(r" +([A-Z][a-z]+)(?![\w.-])")
_HOUSE_WORDS = WordSet("entities", EntitiesData, "house_words")  # "No", "Blok": entities.toml
_CLOSING_COMMA = re.compile(r" ?,")


@cache
def _house_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A house number after a street's name, perhaps after a block's code ("[Va] No.43"),
    and right after it: entities.toml `house_words`, longest first."""
    word = "(?:" + "|".join(sorted(_HOUSE_WORDS, key=lambda w: (-len(w), w))) + r")\b"
    return re.compile(r" +(?:[A-Z][a-z]? +)?" + word), re.compile(r" +" + word)


def street_tails(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A street's name runs on over the capitalised words right after it that no other
    mention, known place, day or house number takes: 'Jalan Medan [Merdeka Selatan]'
    (the tagger cut it after 'Medan'), not 'Jalan Sudirman [Jakarta]' nor '[Senin]'."""
    heads, stop = _street_heads_lower(), role_words().not_names
    house_after, house_next = _house_patterns()
    for k, m in enumerate(mentions):
        if m.kind != "PLACE" or m.surface.split(None, 1)[0].rstrip(".").lower() not in heads:
            continue
        limit = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        end = m.end
        # a capitalised function word closing the name before a comma or a house number
        # is the street's own ("Jalan Keutamaan [Dalam] , Krukut", "Jalan Mawar [Dalam] B
        # No. 4"); a block's code before the number is not ("[B] No. 4")
        while (w := _STREET_WORD.match(text, end)) is not None and w.end() <= limit \
                and w.group(1) not in _HOUSE_WORDS \
                and not (len(w.group(1)) <= 2 and house_next.match(text, w.end())) \
                and (w.group(1).lower() not in stop
                     or _CLOSING_COMMA.match(text, w.end()) is not None
                     or house_after.match(text, w.end()) is not None) \
                and gaz.resolve(w.group(1)) is None:
            end = w.end()
        if end > m.end:
            m.end, m.surface = end, text[m.start:end]


# The dash between a road's two ends ("Jalan MH Thamrin - Sudirman").
_RANGE_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")


@cache
def _street_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in load("entities", EntitiesData).street_heads)
    return re.compile(rf"(?<!\S)(?:{heads})\.?(?=\s)", re.IGNORECASE)


def street_ranges(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A road's stretch between two named ends is two places, not one name ('Jalan
    Sudirman - Thamrin', 'ruas jalan Simpang Semambang - Cecar'). A capitalised street word
    stays with the first end ('Jalan Sudirman'); a lower-case one is the common noun
    ('Petak jalan [Bumi Waluya] - [Cipendeuy]') and goes with the words before it. A name
    the tagger found apart after a street and the dash is the other end ('Jalan MH Thamrin
    - [Sudirman]'), a place whatever kind it was read as."""
    head, toll = _street_head(), _toll_head()
    out: list[Mention] = []
    for m in mentions:
        dash = _RANGE_DASH.search(m.surface)
        hit = head.search(m.surface, 0, dash.start()) if dash is not None else None
        if dash is None or hit is None or toll.match(m.surface):
            prev = out[-1] if out else None
            if prev is not None and prev.kind == "PLACE" and head.match(prev.surface) \
                    and _RANGE_DASH.fullmatch(text, prev.end, m.start):
                m.kind = "PLACE"
            out.append(m)
            continue
        first = hit.start() if hit.group()[0].isupper() else hit.end()
        bounds = [first] + [x for d in _RANGE_DASH.finditer(m.surface, first)
                            for x in (d.start(), d.end())] + [len(m.surface)]
        parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        if not all(m.surface[a:b].strip()[:1].isupper() for a, b in parts):
            out.append(m)
            continue
        for a, b in parts:
            a += len(m.surface[a:b]) - len(m.surface[a:b].lstrip())
            out.append(Mention(m.start + a, m.start + b, "PLACE", m.surface[a:b],
                               blind=m.blind))
    return out


@cache
def _toll_head() -> re.Pattern[str]:
    """A toll road's head (entities.toml `toll_heads`) opening a name, then a capital."""
    return re.compile(rf"(?:{word_alternation(load('entities', EntitiesData).toll_heads)})"
                      r"\s+(?=[A-Z])")


# A dash between a toll road's two towns, spaced on one side at least ("Kunciran
# -Cengkareng" as IndoSum writes it too), then the capitalised second town.
_TOLL_DASH = re.compile(r"(?: [-\u2013] ?|[-\u2013] )([A-Z][\w.]*(?: [A-Z][a-z]+)?)")


def toll_roads(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A toll road's name runs over the dash and the second town it joins ("[Jalan Tol
    Kunciran] - [Cengkareng]", "[Tol Jakarta] - Merak"): one road, named by both ends
    (`toll_heads`), the town after the dash no place apart (the tagger or
    `street_ranges` cut it at the dash). The second town is the mention right after the
    dash, or one or two capitalised words no mention holds."""
    toll = _toll_head()
    out: list[Mention] = []
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        if k in gone:
            continue
        out.append(m)
        if m.kind != "PLACE" or toll.match(m.surface) is None or _RANGE_DASH.search(m.surface):
            continue
        dash = _TOLL_DASH.match(text, m.end)
        if dash is None:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.start == dash.start(1):
            end = nxt.end
            gone.add(k + 1)
        elif nxt is not None and nxt.start < dash.end(1):
            continue  # a mention inside the words after the dash: leave both
        else:
            end = dash.end(1)
        m.end, m.surface = end, text[m.start:end]
    return out


# A flight number closing a name: an airline's two-character code, then its digits.
_FLIGHT_CODE = re.compile(r" +[A-Z][A-Z\d] ?\d{2,4}$")
_FLIGHT_LOOKBACK = 40  # characters before the name where a flight's cue may stand


@cache
def _flight_cue() -> re.Pattern[str]:
    cues = word_alternation(load("entities", EntitiesData).flight_cues)
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def flight_numbers_cut(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A flight number run into the airline's name ("pesawat [Garuda GA193]", "maskapai
    [Emirates EK 0357]") is cut off: the flight is no body, and the airline is named by
    the words before it. Only after a flight's cue (`flight_cues`), as a product's model
    code ("Chipset MT6739") looks the same."""
    cue = _flight_cue()
    for m in mentions:
        code = _FLIGHT_CODE.search(m.surface) if m.kind == "ORG" else None
        if code is None or code.start() == 0 or cue.search(
                text, max(0, m.start - _FLIGHT_LOOKBACK), m.start) is None:
            continue
        m.end = m.start + code.start()
        m.surface = text[m.start:m.end]
    return list(mentions)


def _split_site(mentions: Sequence[Mention]) -> list[Mention]:
    """A news site's dateline run into the first name after it ('Suara.com - KT ( 6 )')
    is the site and that name."""
    out: list[Mention] = []
    for m in mentions:
        cut = _SITE_DASH.match(m.surface) if m.kind != "PERSON" else None
        if cut is None:
            out.append(m)
            continue
        site = m.surface[: cut.end()].rstrip(" -")
        out += _cut(m, len(site), cut.end(), "ORG")
    return out


def _split_via(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Two sources run together over 'via' ('Xportsnews via Naver') are two names."""
    out: list[Mention] = []
    for m in mentions:
        cut = _VIA.search(m.surface) if m.kind != "PERSON" else None
        if cut is None:
            out.append(m)
            continue
        out += _cut(m, cut.start(), cut.end(), m.kind)
    return out


@cache
def _platforms() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).platforms)


def _platform_owners(mentions: Sequence[Mention], names: NameLists | None) -> list[Mention]:
    """A platform's name run on with its channel's or account's owner ("Youtube
    Sekretariat Presiden", "Youtube Kemendagri") is the platform and the owner; one word
    after it is an owner only where it reads as a body's or a person's name (the name
    lists hold it whole, or it is written with capitals inside), else a feature of the
    platform ("Instagram Story"), no name."""
    out: list[Mention] = []
    for m in mentions:
        first, _, rest = m.surface.partition(" ")
        if not rest or first.casefold() not in _platforms() or m.blind:
            out.append(m)
            continue
        # lower-case words after the name are no owner's ("Twitter [for] Android": the
        # app's build for another platform; ent30c)
        owner = re.sub(r"^(?:[a-z]+\s+)+", "", rest.lstrip())
        left, right = _cut(m, len(first), len(m.surface) - len(owner), "ORG")
        out.append(left)
        word = right.surface
        if word in _platform_spellings() and owner != rest.lstrip():
            out.append(Mention(right.start, right.end, "ORG", word, blind=m.blind))
        elif " " in word or sum(c.isupper() for c in word) >= 2 or word in org_words() \
                or names is not None and any(c in "OP" for c in names.words.get(word.lower(), "")):
            out.append(right)
    return out


def _cut(m: Mention, left_end: int, right_start: int, left_kind: str) -> tuple[Mention, Mention]:
    """`m` as two mentions: its surface up to `left_end` (of kind `left_kind`) and from
    `right_start` on (of its own kind); offsets are into the surface."""
    return (Mention(m.start, m.start + left_end, left_kind, m.surface[:left_end],
                    blind=m.blind),
            Mention(m.start + right_start, m.end, m.kind, m.surface[right_start:],
                    blind=m.blind))


def _cut_at_word(m: Mention, words: Sequence[str], k: int,
                 left_kind: str) -> tuple[Mention, Mention]:
    """`_cut` before the `k`-th of `words`, the surface's words split at single spaces."""
    a = len(" ".join(words[:k]))
    return _cut(m, a, a + 1, left_kind)


@cache
def _org_closers() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).org_closers)


_ROLE_LOOKBACK = re.compile(r"([^.!?\n\"“”]{0,80})$")  # the sentence before a mention


def _holder_word(word: str, lexicon: dict[str, str], gaz: Gazetteer) -> bool:
    """A word that may be a person's name: capitalised, alphabetic, no organisation or
    role word, known to the lexicon (if at all) as a proper noun, and no place."""
    return (_name_shaped(word) and word not in org_words() and not _not_name(lexicon, word)
            and gaz.resolve(word) is None)


_ELIDED = re.compile(r"[A-Z][a-z]*['’][a-z]+")  # a name with an elided vowel: "Ma'ruf"


def _elided_name(word: str, gaz: Gazetteer) -> bool:
    """A name's word written with an apostrophe inside ("Ma'ruf", "Sa'adah"), no place."""
    return _ELIDED.fullmatch(word) is not None and gaz.resolve(word) is None


@cache
def _inner_particles() -> frozenset[str]:
    """Particles inside a person's name after its first word ("van", "de", "der")."""
    return frozenset(w.lower() for w in load("roles", RolesData).name_particles)


def _holders_after_orgs(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                        gaz: Gazetteer, names: NameLists | None = None) -> list[Mention]:
    """An organisation run on with the person a role names ("Gubernur [The Fed Lael
    Brainard]", "Staf Ahli ... [Kementerian Kesehatan Barlian]") is the organisation and
    that person: where the words before the last one to three are an organisation the
    article names on its own, or end with a closing word ("Corporation"), and those last
    words read as a name, with a role before the mention or the name a person's elsewhere.
    With a role before it, a body named for its town ("Pelatih [Persija Jakarta Marko
    Simic]") or one the name lists hold whole ("Rektor [Universitas Gadjah Mada Ova
    Emilia]") is cut there too, where two or three name words follow and the name lists
    know one of them from people's names.
    A person tagged right after joins the cut-off name ("Kejati Sumsel [Vanny] Yulia")."""
    orgs = {_norm(m.surface) for m in mentions if m.kind == "ORG"}
    places = {_norm(m.surface) for m in mentions if m.kind == "PLACE"}
    people = {w for m in mentions if m.kind == "PERSON" for w in _norm(m.surface).split()}
    # one-word names of the article ("Prayogo mengatakan"): a run whose tail opens with
    # one is a body and the person the article goes on to call by his first name
    alone = {m.surface for m in mentions if m.kind in {"PERSON", "ORG"}
             and " " not in m.surface and not m.surface.isupper()}
    persons_alone = {m.surface for m in mentions if m.kind == "PERSON" and " " not in m.surface}
    particles = _inner_particles()
    heads = legal_forms() | _body_heads()
    # the last two and three words of the article's bodies' names ("Partai Buruh Laos" of
    # "Komite Pusat Partai Buruh Laos"): a run whose words before a name end so ends a body
    org_ends = {" ".join(ws[-n:]) for f in orgs for n in (2, 3)
                if len(ws := f.split()) >= n}
    out: list[Mention] = []
    skip: set[int] = set()
    firms: set[str] = set()
    for n, m in enumerate(mentions):
        if n in skip:
            continue
        cut = 0
        left_kind = "PLACE" if m.kind == "PLACE" else "ORG"
        words = [(w.start(), w.group()) for w in _NONSPACE.finditer(m.surface)] \
            if m.kind in {"ORG", "PLACE"} and m.surface.count(" ") >= 2 \
            and not _spelt_name(text, m) else []  # an acronym spelling it whole: one name
        # the person tagged right after, joined to the cut-off name below: his words count
        # with the tail ("Universitas Gadjah Mada [Rina] [Dwi Lestari]")
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        joined = nxt.surface.split() if nxt is not None and nxt.kind == "PERSON" \
            and text[m.end:nxt.start] == " " else []
        if len(words) >= 3 and m.surface == text[m.start:m.end]:
            for k in range(len(words) - 1, max(0, len(words) - 4), -1):
                tail = [w for _, w in words[k:]]
                # with the person after it only where the tail reads as a given name (the
                # article writes it alone, or the name lists know it from people's names and
                # never from bodies'): "Lawrence Livermore [National Laboratory] Budi" no
                name = tail + joined if joined and names is not None and all(
                    (w in alone or any(c in "Pp" for c in names.words.get(w.lower(), "")))
                    and not any(c in "Oo" for c in names.words.get(w.lower(), ""))
                    for w in tail) else tail
                # a place run into a name cuts only where its words before the name are a
                # place or body whole ("Kabupaten Sidoarjo [Budi] Santoso")
                if m.kind == "PLACE" and not (
                        names is not None and k >= 2
                        and any(c in "LO" for c in names.phrases.get(
                            _norm(m.surface[: words[k - 1][0] + len(words[k - 1][1])]), ""))):
                    continue
                if not _holder_word(tail[0], lexicon, gaz) and not _elided_name(tail[0], gaz) \
                        or words[k - 1][1].lower() in _entity_words("area_words"):  # "Kota [Bogor]"
                    # a particle inside the name goes on ("Nguyen [Van] Linh"), and so does
                    # a dictionary word closing a name the article writes alone by its
                    # first word ("Dinas X Banjarmasin Ryan [Utama]" beside "sebut Ryan";
                    # no model code: "New Audi [A3]"; ent26)
                    if k < len(words) - 1 and tail[0].lower() in particles \
                            or k == len(words) - 1 and words[k - 1][1] in persons_alone \
                            and tail[0].isalpha() and tail[0].lower() in lexicon:
                        continue
                    break
                head = m.surface[: words[k - 1][0] + len(words[k - 1][1])]
                closed = words[k - 1][1] in _org_closers()
                # "Persija [Jakarta] Marko Simic": the body's name ends with its town.
                # "Universitas Gadjah Mada Ova Emilia": a body the name lists hold whole.
                town = names is not None and len(name) >= 2 \
                    and (gaz.resolve(words[k - 1][1]) is not None
                         or any(c in "LO" for c in names.phrases.get(_norm(head), ""))) \
                    and any(c in "Pp" for w in name for c in names.words.get(w.lower(), ""))
                # "Kementerian [PUPR] Rahmat": a body's head word and its acronyms only, a
                # whole name of a body, the word after it no part of it
                # ("Yayasan PPNU [Trate]" of a village the article names alone: no name)
                shaped = k >= 2 and _body_word(words[0][1]) and all(
                    len(w) >= 2 and w.isupper() and w.isalpha() for _, w in words[1:k]) \
                    and not any(_norm(w) in places for w in tail)
                # "Sinar Pacific Hartono Wijaya" beside "ujar Hartono": two name words or
                # more whose first the article writes alone, one known from people's names
                # (a body's own name before them: not a bare "PT" or "The")
                called = len(tail) >= 2 and tail[0] in alone and names is not None \
                    and any(c in "Pp" for w in tail for c in names.words.get(w.lower(), "")) \
                    and any(w[:1].isupper() and w not in org_words()
                            and w.lower() not in heads and w not in _entity_words("name_articles")
                            for _, w in words[:k])
                hw = _norm(head).split()
                ends = len(tail) >= 2 and k >= 3 \
                    and (" ".join(hw[-2:]) in org_ends or " ".join(hw[-3:]) in org_ends)
                # "Direktur ... [Kementerian ESDM Ma'mun]" beside "ujarnya Ma'mun": a body
                # ending with its acronym (no rank), then a name the article writes alone
                acronym = k >= 2 and len(words[k - 1][1]) >= 2 and words[k - 1][1].isupper() \
                    and words[k - 1][1].isalpha() and words[k - 1][1].lower() not in ranks() \
                    and all(w in persons_alone for w in tail)
                # "Direktur [PT Sinar Jaya Budi Santoso]": a firm by its legal form, then
                # two name words or more whose first the name lists know from people's
                # names only (bounds11)
                legal = k >= 2 and len(name) >= 2 and names is not None \
                    and words[0][1].lower() in legal_forms() \
                    and _inner_person_word(names, tail[0].lower()) \
                    and all(_holder_word(w, lexicon, gaz) for w in tail)
                # "CEO [Ivosights Elga Yulwardian]" beside "Ivosights berharap" and "ujar
                # Elga": one word the article writes alone, then a name it writes alone by
                # its first word (ent26)
                firm = k == 1 and len(tail) >= 2 and tail[0] in persons_alone \
                    and _lone_firm_word(text, m, words[0][1], tail[0], alone, names)
                if not (closed or town or called or ends or shaped or acronym or legal or firm
                        or (k >= 2 and _norm(head) in orgs)):
                    continue
                before = _ROLE_LOOKBACK.search(text, max(0, m.start - 80), m.start)
                role = before is not None and any(is_role_word(w.strip(",()"))
                                                  for w in before.group(1).split()[-6:])
                if (ends or shaped or acronym or legal or firm) and not (
                        role or closed or town or called or _norm(head) in orgs):
                    continue  # a body's end or shape alone cuts only after an office
                known = any(w.lower() in people for w in tail)
                if shaped and not (known or town or called or closed or _norm(head) in orgs):
                    continue  # and only before a name the article gives its person
                if role or (known or called or closed and len(tail) >= 2) and not town:
                    cut = k
                    if firm:
                        firms.add(head)
        elif m.kind == "PERSON" and m.surface.count(" ") >= 2 and (orgs or places) \
                and m.surface == text[m.start:m.end]:
            # "Manajer [Griya Asri Budi Hartono]" beside "Griya Asri" and "Budi": a body the
            # article names alone, then two name words or more whose first it writes alone
            words = [(w.start(), w.group()) for w in _NONSPACE.finditer(m.surface)]
            for k in range(1, len(words) - 1):
                # "Kadis PUPR [Sleman Budi Hartono]" beside "di Sleman": after an office, a
                # place the article names alone, the office's area (bounds9)
                head = _norm(m.surface[:words[k][0]])
                area = head in places and (m.role is not None or _office_before(
                    text, m, mentions[n - 1].end if n else 0) is not None)
                if words[k][1] in alone and (k >= 2 and head in orgs or area
                                             or _firm_before_holder(text, m, words, k, alone,
                                                                    names)) \
                        and all(_holder_word(w, lexicon, gaz) for _, w in words[k:]):
                    cut = k
                    left_kind = "PLACE" if area and head not in orgs else "ORG"
                    break
        if not cut:
            out.append(m)
            continue
        left, right = _cut(m, len(m.surface[: words[cut - 1][0] + len(words[cut - 1][1])]),
                           words[cut][0], left_kind)
        if m.kind == "PERSON" and left_kind == "ORG":
            firms.add(left.surface)
        if m.kind == "PERSON" and m.role is not None:  # the office is the body's
            right.role, right.role_country = f"{m.role} {left.surface}", m.role_country
        right.kind = "PERSON"
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "PERSON" and text[m.end:nxt.start] == " ":
            right = Mention(right.start, nxt.end, "PERSON", text[right.start:nxt.end],
                            role=nxt.role, blind=m.blind)
            skip.add(n + 1)
            # the office read before the tagged surname took the given name in ("Kepala
            # Dinas Kota Bogor Budi" of Santoso): the office ends with the body
            given = m.surface[words[cut][0]:]
            if right.role is not None and right.role.endswith(" " + given):
                right.role = right.role[: -len(given) - 1]
        if right.role is None and m.kind == "ORG" \
                and (office := _office_before(text, m, mentions[n - 1].end if n else 0)):
            right.role = f"{office} {left.surface}"  # "Sekretaris [Komite Kota X] Budi"
        out += [left, right]
    # the body cut off a person's name: its lone mentions read as a person are the body's
    # ("Ivosights berharap" beside "CEO [Ivosights] Elga Yulwardian"; ent26)
    for m in out:
        if m.kind == "PERSON" and m.surface in firms and not m.initials:
            m.kind = "ORG"
    return out


def _seat_head(words: Sequence[str], kind: str, orgs: set[str], gaz: Gazetteer) -> str | None:
    """The kind of the words opening a run of `kind` after an office when they name the
    office's body or seat alone: one acronym ("DPR", "PTFI"; no rank), a body the article
    names on its own, or, opening a "place", a place the gazetteer knows, an area word
    before it ("Kota Mataram"); else None. A firm's legal form opens no such run ("PT")."""
    if words[0].lower() in legal_forms():
        return None
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isalpha() and words[0].isupper() \
            and words[0].lower() not in ranks():
        return "ORG"
    if _norm(" ".join(words)) in orgs:
        return "ORG"
    return "PLACE" if kind == "PLACE" and _known_place(words, gaz) else None


def _known_place(words: Sequence[str], gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows the words, an area word before them or not, as one
    place no other reading shares ("Kota Mataram", "Jakarta Timur")."""
    rest = words[1:] if words[0].lower() in _entity_words("area_words") else words
    place = gaz.resolve(" ".join(rest)) if rest else None
    return place is not None and not place.ambiguous


def _person_tail(words: Sequence[str], lexicon: dict[str, str], gaz: Gazetteer,
                 names: NameLists | None) -> bool:
    """Whether one to three words read as a person's name: name-shaped words no list
    holds as common words, places or bodies (an initial inside: "Richard C. Adkerson"),
    none the name lists know from bodies' or places' names only."""
    if not 1 <= len(words) <= 3 or not _holder_word(words[0], lexicon, gaz) \
            or not _holder_word(words[-1], lexicon, gaz) \
            or any(w in _org_closers() or w in _firm_trades() or w in _COMPASS
                   for w in words):  # "DNR [Logistics]", "Jakarta [Timur]"
        return False
    if not all(_holder_word(w, lexicon, gaz) or _INITIAL.fullmatch(w) for w in words[1:-1]):
        return False
    flags = [names.words.get(w.lower(), "") if names is not None else "" for w in words]
    return not any(any(c in "OoLl" for c in f) and not any(c in "Pp" for c in f)
                   for f in flags)


def _holders_after_offices(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                           gaz: Gazetteer, names: NameLists | None) -> list[Mention]:
    """A body or place right after an office, run on into its holder's name, is the body
    and the holder ("Anggota Komisi VII [DPR Kurtubi]", "CEO [PTFI Richard C. Adkerson]",
    "Kepala Dinas X ( DPMPTSP ) [Kota Mataram Amiruddin]"): where the words before the
    last one to three are one acronym, a body the article names alone or a known place,
    and those last words read as a person's name. The holder takes the office with the
    body (ent31b)."""
    orgs = {_norm(m.surface) for m in mentions if m.kind == "ORG"}
    out: list[Mention] = []
    since = 0  # the end of the last person among the mentions before this one
    for m in mentions:
        words = m.surface.split(" ")
        cut = 0
        if m.kind in {"ORG", "PLACE"} and len(words) >= 2 \
                and m.surface == text[m.start:m.end] and not _known_place(words, gaz):
            for k in range(1, len(words)):
                if _seat_head(words[:k], m.kind, orgs - {_norm(m.surface)}, gaz) is not None \
                        and _person_tail(words[k:], lexicon, gaz, names):
                    cut = k
                    break
        # the office read after the last person before (a body inside the office, "Anggota
        # [Komisi VII] DPR Kurtubi", is no bound); that end is kept as the loop goes, not
        # sought among all earlier mentions for each (quadratic on a long text)
        office = _office_before(text, m, since) if cut else None
        if m.kind == "PERSON":
            since = max(since, m.end)
        if office is None:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, cut,
                                   _seat_head(words[:cut], m.kind, orgs, gaz) or "ORG")
        right.kind, right.role = "PERSON", f"{office} {left.surface}"
        out += [left, right]
    return out


def _firm_before_holder(text: str, m: Mention, words: Sequence[tuple[int, str]], k: int,
                        alone: set[str], names: NameLists | None) -> bool:
    """Whether a person's name after an office opens with one word that is a firm's
    (`_lone_firm_word`: "CEO [Ivosights] Elga Yulwardian"; ent26)."""
    return k == 1 and m.role is not None \
        and _lone_firm_word(text, m, words[0][1], words[1][1], alone, names)


# The token (with any punctuation) right before a name: a rank like "Kombes" or "Kol."
_RANK_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def _lone_firm_word(text: str, m: Mention, word: str, given: str, alone: set[str],
                    names: NameLists | None) -> bool:
    """A word the article writes alone ("Ivosights berharap") and the name lists never
    know from people's names, before the name `given` opens only in this mention and after
    no rank: a firm's name, no given name ("Kombes [Bhakti] Eri N", later "Bhakti Eri
    merinci": his; ent26)."""
    before = _RANK_TOKEN_BEFORE.search(text, max(0, m.start - 20), m.start)
    return word in alone and names is not None and not word.isupper() \
        and not any(c in "Pp" for c in names.words.get(word.lower(), "")) \
        and len(re.findall(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(given)}(?![\w-])",
                           text)) == 1 \
        and (before is None or before.group(1).strip(".").lower() not in ranks())


_COMMA_BEFORE = re.compile(r"([^.!?\n\"“”,]{1,80}),\s*$")  # the clause before a comma
_COMMA_NEXT = re.compile(r"\s*,")


# A name's initial ("J." of "Budi J. Santoso"), inside a person's name (cuts12).
_INITIAL = re.compile(r"[A-Z]\.")


def _brands_before_holders(mentions: Sequence[Mention]) -> list[Mention]:
    """A person's name opening with one word written with a capital inside, a brand's,
    a band's or a firm's ("pentolan [SkyMusic Budi Santoso]"), then two name words or
    more, is that body and the person: the body an organisation, the office before it
    the person's with the body ("pentolan SkyMusic"); the name may hold initials ("CEO
    [SkyMusic Budi J. Santoso]", cuts12). Surnames written so ("McDonald",
    entities.toml's `camel_name_prefixes`) stay the person's (bounds11)."""
    out: list[Mention] = []
    for m in mentions:
        first, _, rest = m.surface.partition(" ")
        camel = _CAMEL_WORD.fullmatch(first) if m.kind == "PERSON" and rest else None
        if camel is None or camel.group(1) in _camel_prefixes() or m.blind or m.initials \
                or len(rest.split()) < 2 or not _name_shaped(rest.split()[0]) \
                or not all(_name_shaped(w) or _INITIAL.fullmatch(w) for w in rest.split()) \
                or not rest[:1].isalpha():
            out.append(m)
            continue
        left, right = _cut(m, len(first), len(first) + 1, "ORG")
        if m.role is not None:
            right.role, right.role_country = f"{m.role} {first}", m.role_country
        out += [left, right]
    return out


def _people_in_apposition(text: str, mentions: Sequence[Mention], lexicon: dict[str, str],
                          names: NameLists | None) -> None:
    """An organisation of two or three plain name words set off by commas right after an
    office ("Pelatih kepala tim itu , [Rudi Hartono] , mengatakan") is the office's holder,
    a person: where the name lists know its first word from people's names and none of
    its words from organisations' (the tagger reads a given name that is also some town's
    as a body's)."""
    if names is None:
        return
    for m in mentions:
        words = m.surface.split()
        if m.kind != "ORG" or m.blind or not 2 <= len(words) <= 3 \
                or not _COMMA_NEXT.match(text, m.end) or not _plain_name(m.surface) \
                or any(_not_name(lexicon, w) for w in words):
            continue
        flags = [names.words.get(w.lower(), "") for w in words]
        if not any(c in "Pp" for c in flags[0]) or any(c in "Oo" for f in flags for c in f):
            continue
        before = _COMMA_BEFORE.search(text, max(0, m.start - 90), m.start)
        if before is not None and any(is_role_word(w.strip("()"))
                                      for w in before.group(1).split()[-4:]):
            m.kind = "PERSON"


_BRACKETED_WORD = re.compile(r"\(\s*([A-Z][A-Za-z]+)\s*\)")  # a body's short form: "(Dikbud)"


def _bodies_before_holders(text: str, mentions: Sequence[Mention], gaz: Gazetteer
                           ) -> list[Mention]:
    """A person's name after a role run on from the body the role heads ("Kepala [Dikbud
    Kendari Saemina]") is that body and the person, the body's words joined to the role
    ("Kepala Dikbud Kendari"): where the name opens with a body's short form the article
    brackets in or right after an organisation's name ("Dinas Pendidikan dan Kebudayaan
    (Dikbud)"), the places right after it are the body's town, and a name word follows.
    A person's mention of that short form alone ("Dikbud menegaskan") is the body's."""
    shorts = {b.group(1) for m in mentions if m.kind == "ORG"
              for b in _BRACKETED_WORD.finditer(text, m.start, min(len(text), m.end + 12))}
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        # "Dikbud menegaskan": the body; initials after their cue ("berinisial SR") stay
        # the person's, bracketed in a quote after a body ('Polsek Sako . " ( SR ) Sudah')
        if m.kind == "PERSON" and m.surface in shorts and not m.initials:
            m.kind = "ORG"
        if m.kind != "PERSON" or m.role is None or len(words) < 2 \
                or m.surface != text[m.start:m.end] or words[0] not in shorts:
            out.append(m)
            continue
        k = 1
        while k < len(words) - 1 and gaz.resolve(words[k]) is not None:
            k += 1
        if not all(w[:1].isupper() and w.isalpha() for w in words[k:]):
            out.append(m)
            continue
        body, holder = _cut(m, len(" ".join(words[:k])), len(" ".join(words[:k])) + 1, "ORG")
        holder.role, holder.role_country = f"{m.role} {body.surface}", m.role_country
        out += [body, holder]
    return out


_AND = re.compile(r" dan ")


def _body_word(word: str) -> bool:
    """A word that opens an organisation's name ("Kejaksaan", "Kantor", "Kejagung")."""
    low = word.lower()
    return word[:1].isupper() and (word in org_words() or low in kind_rules().org_index
                                   or low in _org_head_forms())


def _spells_right_side(text: str, m: Mention, cut: re.Match[str]) -> bool:
    """Whether the acronym in brackets right after `m` spells the words after its "dan"
    alone, not the whole ("Indosat dan [Pasifik Satelit Nusantara] ( PSN )": two bodies,
    unlike "Badan Pengawas Obat dan Makanan ( BPOM )"); the words before "dan" a name, no
    body's head that needs the rest ("Kementerian Desa dan …"); cuts19."""
    short = _BRACKETED_SHORT.match(text, m.end)
    if short is None or _body_word(m.surface.split(None, 1)[0]):
        return False
    acr = short.group(1).replace(" ", "")
    right = m.surface[cut.end():]
    return len(acr) >= 2 and " " in right.strip() and _initials_of(right) == acr \
        and _initials_of(m.surface) != acr and m.surface[:1].isupper()


def _spelt_whole(text: str, m: Mention) -> bool:
    """Whether the acronym in brackets right after `m` spells its whole name, less its
    "dan" ("Partai Keadilan dan Persatuan Indonesia ( PKPI )": one party; ent25)."""
    short = _BRACKETED_SHORT.match(text, m.end) if text else None
    letters = re.sub(r"[^A-Z]", "", short.group(1)) if short is not None else ""
    return len(letters) >= 3 and letters == _initials_of(m.surface)


def _two_bodies(mentions: Sequence[Mention], text: str = "") -> list[Mention]:
    """Two organisations joined by "dan" in one tagged name are two ("[Kejaksaan RI] dan
    [Kejagung]", "[Bank Himbara] dan [Kantor Pos]"): where each side opens with a body's
    word; one body whose name holds "dan" has a plain word after it ("Kementerian Pemuda
    dan Olahraga"); nor where the article names each side apart as a body ("[Bank Sentosa
    Syariah] dan [BPR]" beside "Bank Sentosa Syariah" and "BPR" alone, or the acronym
    spelt by a body's name of three words or more, "Bank Perkreditan Rakyat"; bounds10);
    nor where the short form in brackets after it spells both sides joined by a hyphen
    ("Badan Pengawas Niaga dan Lembaga Dagang ( Bapeniga-LD )", or the same short form
    before it with the name in brackets: one body; cuts12)."""
    out: list[Mention] = []
    named = {m.surface for m in mentions if m.kind == "ORG" and " dan " not in m.surface}
    named |= {_initials_of(n) for n in named if n.count(" ") >= 2}  # "BSI" of "Bank S… I…"
    for m in mentions:
        cut = _AND.search(m.surface) if m.kind == "ORG" else None
        if cut is not None and len(_AND.findall(m.surface)) == 1 \
                and (_body_word(m.surface.split(None, 1)[0])
                     and _body_word(m.surface[cut.end():].split(None, 1)[0])
                     or m.surface[:cut.start()] in named
                     and m.surface[cut.end():].isupper()
                     and m.surface[cut.end():] in named
                     or text and _spells_right_side(text, m, cut)):
            short = (_HYPHEN_SHORT.match(text, m.end)
                     or _HYPHEN_BEFORE.search(text, max(0, m.start - 40), m.start)
                     ) if text else None
            if (short is None or not _spells_pair(
                    m.surface[:cut.start()], m.surface[cut.end():], short.group(1),
                    short.group(2))) and not _spelt_whole(text, m):
                out += _cut(m, cut.start(), cut.end(), "ORG")
                continue
        out.append(m)
    return out


@cache
def _name_function_words() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).name_function_words)


def _described_names(mentions: Sequence[Mention], lexicon: dict[str, str]) -> list[Mention]:
    """A tagged name with two or more plain lower-case words in a row inside is a
    description run into names: "Lembaga riset independen [IndoStrategi]" is the body
    after it; "[MotoGP] tentang ban depan [Michelin]" two names, the words before kept
    where they are more than a body's bare head or a common word ("Lembaga", "Tim bulu
    tangkis putra [Indonesia]")."""
    out: list[Mention] = []
    fw = _name_function_words()
    for m in mentions:
        if m.kind == "PERSON" or m.surface.count(" ") < 3:
            out.append(m)
            continue
        words = [(w.start(), w.end(), w.group()) for w in _NONSPACE.finditer(m.surface)]
        plain = [w[2][:1].islower() and w[2].isalpha() and w[2] not in fw for w in words]
        run = None  # the last run of two or more plain words before a capitalised one
        k = 1
        while k < len(words) - 2:
            end = k
            while end < len(words) and plain[end]:
                end += 1
            if end - k >= 2 and end < len(words) and words[end][2][:1].isupper():
                run = (k, end)
            k = max(end, k + 1)
        if run is None or m.surface != m.surface.strip():
            out.append(m)
            continue
        k, end = run
        head = m.surface[: words[k - 1][1]]
        left, right = _cut(m, words[k - 1][1], words[end][0], m.kind)
        if not (k == 1 and (_body_word(head) or head_at([head], 0)
                            or _not_name(lexicon, head))) \
                and not any(plain[:k]):
            out.append(left)
        out.append(right)
    return out


@cache
def _source_before() -> re.Pattern[str]:
    """A citing verb, perhaps a relaying outlet and "dari", and words of what the source is,
    right before a name: "dilansir [X]", "dikutip dari laman [X]", "dilansir detikNews dari
    [X]"."""
    d = load("entities", EntitiesData)
    cue = "|".join(map(re.escape, d.source_cues))
    kinds = "|".join(re.escape(k).replace("\\ ", r"\s+") for k in d.source_kinds)
    return re.compile(rf"(?<!\w)(?:{cue})(?:\s+\S+\s+dari|\s+dari)?(?:\s+(?:{kinds}))?\s+$",
                      re.IGNORECASE)


@cache
def _outlet_before() -> re.Pattern[str] | None:
    """An outlet's kind, perhaps one lower-case word and a comma, right before a name:
    "kantor berita setempat , [X]", "harian [X]"."""
    nouns = load("entities", EntitiesData).outlet_nouns
    if not nouns:
        return None
    kinds = "|".join(re.escape(k).replace("\\ ", r"\s+") for k in nouns)
    return re.compile(rf"(?<![\w-])(?:{kinds})(?:\s+[a-z]+)?\s*,?\s+$")


def _cited_outlets(text: str, mentions: Sequence[Mention]) -> None:
    """A place or person right after a verb citing a source is the outlet cited ("Melansir
    [Mirror]", "dilansir detikNews dari [New Arab]"), and so is one after an outlet's kind
    ("kantor berita setempat , [Cubadebate]"): an organisation. A place the gazetteer knows
    after an outlet's kind is where the outlet is from ("surat kabar [Korea Selatan] ,
    Joongang Ilbo")."""
    outlet = _outlet_before()
    for m in mentions:
        if m.kind in {"PLACE", "PERSON"} and m.role is None \
                and (_source_before().search(text, max(0, m.start - 60), m.start)
                     or outlet is not None and m.place is None
                     and outlet.search(text, max(0, m.start - 40), m.start)):
            m.kind, m.place = "ORG", None


@cache
def _body_noun_words() -> frozenset[str]:
    return frozenset(n.casefold() for n in load("entities", EntitiesData).body_nouns
                     if " " not in n)


def _body_noun_role(role: str) -> bool:
    """Does a role read before a name end on a kind of body and lower-case words after it
    ("Musisi band rock")? Then it describes the body named after it, no office."""
    words = role.split()
    nouns = _body_noun_words()
    k = next((k for k in range(len(words) - 1, 0, -1) if words[k].casefold() in nouns), 0)
    return k > 0 and all(w.islower() for w in words[k:])


@cache
def _body_noun_before() -> re.Pattern[str] | None:
    """A kind of body or platform (`body_nouns`, `platform_nouns`), up to two lower-case
    words and an origin ("asal Inggris"), and perhaps a comma or a naming cue (kinds.toml
    `naming_cues`, kinds16), right before a name: "band asal Amerika , [X]", "rumah produksi
    [X]", "situs [X]", "band hardcore asal Bandung bernama [X]".
    Group 1 holds the lower-case words between, group 4 the naming cue."""
    d = load("entities", EntitiesData)
    nouns = (*d.body_nouns, *d.platform_nouns, *d.named_product_nouns)
    if not nouns:
        return None
    kinds = "|".join(r"\s+".join(map(re.escape, k.split()))
                     for k in sorted(nouns, key=len, reverse=True))
    naming = "|".join(map(re.escape, sorted(kind_rules().naming_cues))) or "(?!)"
    return re.compile(rf"(?<![\w-])(?i:{kinds})((?:\s+[a-z]+){{0,2}}?)"
                      r"(?:\s+(asal\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?))?"
                      rf"(\s+(?:{naming}))?\s*,?\s+$")


# An acronym of two to four capitals between a body's noun and a name: the body's trade
# or genre ("startup VR bernama [X]", "band EDM [X]", "perusahaan IT [X]"; kinds17).
_KIND_ACRONYM = re.compile(r"[A-Z]{2,4}")


@cache
def _body_noun_last_words() -> CueWords:
    """The last word of each noun `_body_noun_before` reads: one of them stands in every
    stretch it matches (`window_may_hold`)."""
    d = load("entities", EntitiesData)
    return CueWords(n.split()[-1]
                    for n in (*d.body_nouns, *d.platform_nouns, *d.named_product_nouns))


@cache
def _named_product_noun() -> re.Pattern[str]:
    """A product's noun that names only before a naming cue (`named_product_nouns`)."""
    nouns = load("entities", EntitiesData).named_product_nouns
    return re.compile(rf"(?i:{'|'.join(map(re.escape, nouns)) or '(?!)'})(?![\w-])")


def _between_words(hit: re.Match[str]) -> list[str]:
    """The lower-case words between a body's noun and a name; a "yang" before a naming
    cue is no description ("produk terbarunya yang diberi nama [X]"; kinds25)."""
    words = hit.group(1).split()
    return [w for w in words if w != "yang"] if hit.group(4) else words


# A capitalised word right before: a capitalised kind noun after it closes that name.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.-]*\s+$")


@cache
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    d = load("entities", EntitiesData)
    return frozenset(w.lower() for w in d.body_owner_words), frozenset(d.body_tails)


def _described_word(word: str, lexicon: Mapping[str, str], owners: Collection[str]) -> bool:
    """A lower-case noun or adjective describing a body ("sepak bola", "otobus"), no word
    of its owner ("milik") nor of its origin ("asal"); a foreign word, or one the lexicon
    lacks without a verb's prefix ("startup [ride sharing]", "mesin pencari [travel]";
    kinds9)."""
    if word in owners or word == "asal":
        return False
    if word.endswith("nya") and lexicon.get(word[:-3], "").startswith("JJ"):
        return True  # an adjective with a possessive: "produk [terbaru]nya" (kinds25)
    tag = lexicon.get(word, "")
    return tag.startswith(("NN", "JJ", "FW")) or (not tag and not _verb_like(word, lexicon))


# Between two names of one list: a comma, "dan", "serta" or "maupun" ("band A dan B").
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|maupun)\s+)?|(?:dan|serta|maupun)\s+)")


# A comma, or a relative clause of lower-case words closed by one, between a band and its
# member ("vokalis [A] yang kini bersolo karier , [B]"; bounds11).
_MEMBER_GAP = re.compile(r"\s*,\s*|\s+yang(?:\s+[a-z][a-z-]*){1,12}\s*,\s*")


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).member_nouns)


def _inner_person_word(names: NameLists, low: str) -> bool:
    """A word the DBpedia name lists use inside longer person names only ("barrett", a
    surname). A word they hold only as a whole one-word "person" is no veto: the lists
    file bands and acts there too (kinds10)."""
    flags = names.words.get(low, "")
    return "p" in flags and not any(c in "OoLl" for c in flags)


def _bodies_by_noun(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str],
                    gaz: Gazetteer, names: NameLists | None) -> None:
    """A person or unknown place right after a noun of a kind of body ("band [Foo
    Fighters]", "majalah sepak bola Jerman [Kicker]"; not in a lower-cased sentence), or
    one whose name ends with a body's English closing word ("[Hi-Rez Studios]"), is that
    body, an organisation, and so is every mention of the name alone, also where the
    tagger read the cued mention as an organisation already ("rumah produksi [Disney]",
    then "Disney" six times). Not a
    name after its owner's word ("band pimpinan [Ahmad]"), nor one whose first word the
    name lists know from people only ("grup musik [Barrett]", his band). Capitalised words
    between are the body's origin: after "asal", or a place the gazetteer knows ("band
    [Coldplay] Chris" leaves Chris a person)."""
    pat = _body_noun_before()
    owners, tails = _body_words()
    named: set[str] = set()
    cued: set[int] = set()
    for m in mentions:
        if m.kind not in {"PERSON", "PLACE", "ORG"} or m.place is not None or (
                m.role is not None and not _body_noun_role(m.role)):
            continue  # an organisation so cued names the body for its other mentions
        if " " in m.surface and m.surface.split()[-1] in tails:
            named.add(m.surface)
            continue
        if m.blind:
            continue  # a lower-cased sentence says nothing of names: "perusahaan militer
            # [transnistria]" may be the body's seat
        lo = max(0, m.start - 60)
        # (the case-blind pattern is tried from every start of the window: 20 us a
        # mention, against 2 for the test of its nouns' words first)
        hit = pat.search(text, lo, m.start) if pat is not None and window_may_hold(
            text, lo, m.start, _body_noun_last_words()) else None
        if hit is None or not all(_described_word(w, lexicon, owners)
                                  for w in _between_words(hit)):
            continue
        if not hit.group(4) and _named_product_noun().match(text, hit.start()):
            continue  # "produk [Jepang]": a product's noun names only with a cue (kinds25)
        if text[hit.start()].isupper() \
                and _CAPITAL_BEFORE.search(text, max(0, hit.start() - 40), hit.start()):
            continue  # "perwakilan PT Ide [Studio] , Sumiran": the noun closes a name
        if hit.group(3) and not hit.group(2) and gaz.resolve(hit.group(3)) is None \
                and _KIND_ACRONYM.fullmatch(hit.group(3)) is None:
            continue  # an acronym between tells the kind ("startup VR [X]"; kinds17)
        if hit.group(4) and names is not None \
                and any(lexicon.get(w, "").startswith("NN") for w in _between_words(hit)) \
                and "p" in names.words.get(m.surface.split()[0].lower(), ""):
            continue  # "perusahaan tempat pria bernama [Budi]": a person so named (kinds16);
            # with no noun between the cue names the body ("aplikasi bernama [Tania]")
        if m.kind == "PERSON" and names is not None and "," not in hit.group(0) \
                and not hit.group(4) and _inner_person_word(names, m.surface.split()[0].lower()):
            continue  # "grup musik [Barrett]": the band of a person the lists know; set
            # off by a comma or named by a cue ("aplikasi bernama [Tania]"; kinds25) the
            # name is the body itself ("band rock asal Amerika Serikat , [Linkin Park]",
            # judged so round 236)
        if m.role is not None:
            m.role = None  # "Musisi band rock asal Amerika Serikat , [X]": the band's
            m.kind = "ORG"  # description read as a person's office; a body holds none
        named.add(m.surface)
        cued.add(m.start)
    # "band [A] dan [B]", "band [A] , [B] dan [C]": names listed right after a cued one
    # are bodies of the same kind (kinds10).
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.start in cued and b.kind == "PERSON" and b.role is None and b.place is None \
                and _LIST_JOIN.fullmatch(text, a.end, b.start) and not (
                    names is not None
                    and "p" in names.words.get(b.surface.split()[0].lower(), "")):
            named.add(b.surface)
            cued.add(b.start)
    # "vokalis [A] , [B]": A the band, B its member, the office his (kinds10).
    members = _member_nouns()
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.kind == "PERSON" and a.role is not None and b.kind == "PERSON" \
                and b.role is None and " " in b.surface and a.role.casefold() in members \
                and _MEMBER_GAP.fullmatch(text, a.end, b.start) and not (
                    names is not None
                    and "p" in names.words.get(a.surface.split()[0].lower(), "")):
            b.role, a.role, a.kind = f"{a.role} {a.surface}", None, "ORG"
            named.add(a.surface)
    # The body so named is the body wherever its name is written alone ("rumah produksi
    # Disney" once, "Disney" six times more).
    for m in mentions:
        if m.surface in named and m.kind in {"PERSON", "PLACE"} and m.place is None and (
                m.role is None or " " not in m.surface):
            m.kind, m.role = "ORG", None  # one word after an office: the body in it
            # ("Manajer Pemasaran [Tiketku]"), no holder (kinds9)


_JOIN = r"\s*(?:,\s*(?:(?:dan|serta|maupun)\s+)?|(?:dan|serta|maupun)\s+)"
# Between two tagged names of one list: list joins, with untagged one-word names between
# ("[A] , Foo , [B]").
_LIST_GAP = re.compile(rf"(?:{_JOIN}[A-Z][A-Za-z]+)*{_JOIN}")
_GAP_NAME = re.compile(r"[A-Z][A-Za-z]+")
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_LIST_HEAD = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)\s*,\s*$")  # "Foo , [A] …" (merge18)
_LIST_TAIL = re.compile(rf"(?:{_JOIN}[A-Z][A-Za-z]+)+(?=\s*[.;]|\s*$)")  # "… , Foo ."


def _listed_bodies(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str],
                   names: NameLists | None) -> list[Mention]:
    """One-word "persons" in a list of three names or more, two of them organisations and
    none a person's full name ("[KYCK] , [Tanira] , [Bukalapak] dan [Sorvia]"), are
    bodies of the same kind (startups, bands, clubs), where the lexicon does not know the
    word and the name lists know it from no person's name; so are "persons" of several
    words whose first word neither knows ("[Talvenor Dynamics]" among firms, kinds15); so
    are the list's untagged one-word names of the same shape between them ("[A] , Kalvora
    , [B]") (bounds11)."""
    if names is None:
        return list(mentions)

    def body_word(word: str) -> bool:
        low = word.lower()
        return low not in lexicon and not any(c in "Pp" for c in names.words.get(low, ""))

    def unknown_first(m: Mention) -> bool:
        """A name of several words whose first word neither the lexicon nor the name lists
        know ("[Talvenor Dynamics]", "[Orbix ATK]" among firms): no person's name for sure,
        a body's where the list is of bodies (kinds15)."""
        first = m.surface.split()[0].lower()
        return m.kind == "PERSON" and " " in m.surface and first.isalpha() \
            and first not in lexicon and first not in names.words

    def person(m: Mention) -> bool:  # a person's name for sure: the list no bodies'
        low = m.surface.lower()
        return (" " in m.surface and not unknown_first(m)) or m.role is not None \
            or m.blind or m.initials \
            or lexicon.get(low, "").startswith("NNP") or "P" in names.words.get(low, "")

    def body(m: Mention) -> bool:
        return m.kind == "PERSON" and not person(m) and (
            unknown_first(m) or " " not in m.surface and body_word(m.surface))

    out: list[Mention] = []
    run: list[Mention] = []
    for m in [*mentions, None]:
        if m is not None and run and _LIST_GAP.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        gaps = sum(len(_GAP_NAME.findall(text, a.end, b.start))
                   for a, b in zip(run, run[1:], strict=False))
        # the list's untagged first name, before a comma ("seperti Foo , [A] dan [B]";
        # merge18): no word the lexicon or a person's name knows, after the last mention
        head = None
        if len(run) >= 2:
            lo = max(out[-1].end if out else 0, run[0].start - 40)
            head = _LIST_HEAD.search(text, lo, run[0].start)
            if head is not None and (not body_word(head.group(1)) or (
                    before := _TOKEN_BEFORE.search(text, lo, head.start(1))) is not None
                    and before.group(1)[:1].isupper()):
                head = None  # a known word, or the last word of a longer name
        if len(run) + gaps + (head is not None) >= 3 \
                and sum(r.kind == "ORG" for r in run) >= 2 and not any(
                r.kind == "PERSON" and person(r) for r in run):
            if head is not None:
                out.append(Mention(head.start(1), head.end(1), "ORG", head.group(1)))
            for a, b in zip(run, run[1:], strict=False):
                if body(a):
                    a.kind = "ORG"
                out.append(a)
                out += [Mention(g.start(), g.end(), "ORG", g.group())
                        for g in _GAP_NAME.finditer(text, a.end, b.start)
                        if body_word(g.group())]
            if body(run[-1]):
                run[-1].kind = "ORG"
            out.append(run[-1])
            tail = _LIST_TAIL.match(text, run[-1].end)
            if tail is not None and (m is None or tail.end() <= m.start):
                out += [Mention(g.start(), g.end(), "ORG", g.group())
                        for g in _GAP_NAME.finditer(text, tail.start(), tail.end())
                        if body_word(g.group())]
        else:
            out += run
        run = [m] if m is not None else []
    return out


def _office_at(words: Sequence[str], k: int, names: NameLists) -> int:
    """Length of the office opening at `words[k]` ("Wasekjen", "Wakil Sekjen"): a
    capitalised role head no person's name uses; 0 where none opens there."""
    rw = role_words()
    low = words[k].lower()
    if not words[k][:1].isupper() or low not in rw.heads \
            or any(c in "Pp" for c in names.words.get(low, "")):
        return 0
    for n in range(min(rw.heads[low], len(words) - k), 0, -1):
        if " ".join(w.lower() for w in words[k : k + n]) in rw.head_phrases:
            return n
    return 0


def _offices_inside_people(mentions: Sequence[Mention], names: NameLists | None
                           ) -> list[Mention]:
    """A person's name with an office between name words, no comma ("Sekjen [Dimas
    Saputra Wasekjen Rina Hartati]": a list's items run together) is two people, the
    second holding that office (ent25)."""
    if names is None:
        return list(mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "PERSON":
            out.append(m)
            continue
        spans = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.surface)]
        words = [m.surface[a:b] for a, b in spans]
        hit = None
        if len(words) >= 3:
            hit = next(((k, n) for k in range(1, len(words) - 1)
                        if (n := _office_at(words, k, names)) and k + n < len(words)), None)
        if hit is None:
            out.append(m)
            continue
        k, n = hit
        left_end, right_start = m.start + spans[k - 1][1], m.start + spans[k + n][0]
        office = m.surface[spans[k][0] : spans[k + n - 1][1]]
        out.append(replace(m, end=left_end, surface=m.surface[: spans[k - 1][1]]))
        out.append(replace(m, start=right_start, surface=m.surface[spans[k + n][0]:],
                           role=office, role_country=None))
    return out


def _body_words_read_as_people(mentions: Sequence[Mention], names: NameLists | None) -> None:
    """A "person" of two or three words, the first one the name lists know from bodies'
    names, every one known to them and none from a person's name ("[Dynamo Kharkiv]": a
    body's word, then a town's), is a body (bounds11)."""
    if names is None:
        return
    for m in mentions:
        words = m.surface.split()
        if m.kind != "PERSON" or m.blind or m.initials or m.role is not None \
                or not 2 <= len(words) <= 3:
            continue
        flags = [names.words.get(w.lower(), "") for w in words]
        if all(flags) and not any(c in "Pp" for f in flags for c in f) \
                and any(c in "Oo" for c in flags[0]):
            m.kind = "ORG"


def _headed_bodies_read_as_people(mentions: Sequence[Mention]) -> None:
    """A "person" of two words or more that opens with a capitalised organisation head
    (kinds.toml `org_heads`: "[Ponpes X Tuban]" after "Pengasuh", "[Apotek X]" in a list
    of partners) is that body, whatever a role before it made of it: a body holds no
    person's role (who 293, 299; kind33)."""
    rules = kind_rules()
    for m in mentions:
        words = m.surface.split()
        if m.kind == "PERSON" and not m.blind and not m.initials and len(words) >= 2 \
                and opens_org(words, 0, len(words), rules):
            m.kind, m.role = "ORG", None


_SLASH_GAP = re.compile(r"\s*/\s*")
_PAIR_BRACKET_AFTER = re.compile(r"\s*\(")


def _pair_mates_read_as_bodies(text: str, mentions: Sequence[Mention]) -> None:
    """A doubles pair written "A / B ( country )", one of them a person, holds two persons:
    the other, read as a body or as a place no gazetteer knows, of two or three plain
    capitalised words none a body's, is a person too ("[Yuki Fukushima] / Sayaka Hirota (
    JPN )"; who 302; kind33). The bracket after the pair sets it apart from a photo
    credit ("Antara Foto / Budi Santoso")."""
    if "/" not in text:
        return
    bodies = org_words()
    for a, b in pairwise(mentions):
        if _SLASH_GAP.fullmatch(text, a.end, b.start) is None \
                or _PAIR_BRACKET_AFTER.match(text, b.end) is None:
            continue
        for m, mate in ((a, b), (b, a)):
            words = m.surface.split()
            if mate.kind == "PERSON" and not m.blind and 2 <= len(words) <= 3 \
                    and (m.kind == "ORG" or m.kind == "PLACE" and m.place is None) \
                    and all(w.isalpha() and w[:1].isupper() and w[1:].islower()
                            and w not in bodies for w in words):
                m.kind, m.place = "PERSON", None


def _people_read_as_bodies(mentions: Sequence[Mention], names: NameLists | None,
                           lexicon: Mapping[str, str]) -> None:
    """A "body" (or a "place" no gazetteer knows) of two or three plain capitalised words,
    none a body's word or a common word, whose last word the name lists know from persons'
    names and none from bodies' or places' names, nor the whole, is a person ("[Tammy
    Abraham]", "[Demarai Gray]": a given name unknown, a surname known); so is one the
    lists hold whole as a person's only, closed by a person's word ("[Lily Allen]", a
    town's name too; ent25)."""
    if names is None:
        return
    for m in mentions:
        words = m.surface.split()
        if not (m.kind == "ORG" or m.kind == "PLACE" and m.place is None) \
                or m.short is not None or m.blind or not 2 <= len(words) <= 3 \
                or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
            continue
        flags = [names.words.get(w.lower(), "") for w in words]
        whole = names.phrases.get(m.surface.lower(), "")
        known = "P" in whole and not any(c in "OL" for c in whole)  # "[Lily Allen]"
        guessed = not any(c in "OoLl" for f in [*flags, whole] for c in f)
        # a surname: a word used inside persons' names ("p"); every word one the lexicon
        # lacks or finds capitalised nearly always (":h"), no common word ("Day", "Junior")
        if (known or guessed) and "p" in flags[-1] and not any(
                w in org_words() or (tag := lexicon.get(w.lower(), "NNP:h"))[:3] != "NNP"
                or not tag.endswith(":h") for w in words):
            m.kind = "PERSON"


@cache
def _body_acronyms() -> frozenset[str]:
    """The acronyms aliases.toml gives Indonesian bodies ("DPD", "MPR"), as written."""
    return frozenset(a for e in load("aliases", AliasesData).entity if e.kind == "ORG"
                     for a in (e.name, *e.aliases) if a.isupper() and " " not in a)


def _acronym_bodies(mentions: Sequence[Mention]) -> None:
    """A place no gazetteer knows whose name is a body's known acronym ("DPR/[DPD]", the
    regional senate) is that body. People keep theirs: initials ("MA") look the same. So
    is such an acronym closed by the country's short form ("kantor [KPU RI]"), read as the
    body's acronym (the RI only says whose body, as "DPR RI"). A government body's name
    read as a place is that body too (`_agency`: "di [Kementrian Kehutanan]")."""
    acronyms = _body_acronyms()
    for m in mentions:
        if m.kind != "PLACE" or m.place is not None or m.blind:
            continue
        if _acronym_of_country(m.surface, acronyms):
            m.surface = m.surface.split()[0]
            m.end = m.start + len(m.surface)
        if m.surface in acronyms or _institution_place(m.surface) or _agency(m.surface):
            m.kind = "ORG"


_BODY_PAIR = frozenset({" dan ", " serta ", " atau "})


def _places_beside_bodies(text: str, mentions: Sequence[Mention]) -> None:
    """A one-word place no gazetteer knows, joined by "dan", "serta" or "atau" to an
    organisation ("membangun tim ketika di [Benetton] dan Ferrari"), is an organisation
    too: a pair holds things of one kind, and a bare word the tagger guessed a place is
    the surer to be wrong. A name of several words may be a site ("Hutan Lestari X dan
    PT Y"), and a comma is no such join: "di KPK , Jakarta Selatan" is the body and its
    address (kinds18)."""
    for k, m in enumerate(mentions):
        if m.kind != "PLACE" or m.place is not None or m.blind or m.role is not None \
                or " " in m.surface or not m.surface[:1].isupper():
            continue
        for o in (mentions[k - 1] if k else None,
                  mentions[k + 1] if k + 1 < len(mentions) else None):
            if o is None or o.kind != "ORG" or o.blind:
                continue
            between = text[o.end:m.start] if o.end <= m.start else text[m.end:o.start]
            if between in _BODY_PAIR:
                m.kind = "ORG"
                break


def _vehicles_read_as_people(mentions: Sequence[Mention]) -> None:
    """A person or place whose name opens with a vehicle's head of two words or more
    ("[Kereta Api Bandara X]", read as a place for the airport in it) or a vehicle's
    acronym written in capitals ("[KA Argo X]", "[KRI X]"), with more after it, is the
    named train, ship or service: an organisation, as products and services are
    (`vehicle_head`, kinds18)."""
    for m in mentions:
        if m.kind in {"PERSON", "PLACE"} and m.role is None and not m.blind \
                and " " in m.surface and m.surface[:1].isupper() \
                and vehicle_head(m.surface.split()):
            m.kind, m.place = "ORG", None


@cache
def _building_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(kinds.toml `building_heads`, `group_heads`)."""
    d = load("kinds", KindsData)
    return frozenset(d.building_heads), frozenset(d.group_heads)


def _buildings_read_as_bodies(mentions: Sequence[Mention]) -> None:
    """An organisation whose name opens with a building's head and holds more is that
    building, a place ("[Gedung Sekretariat Kabinet]": the body is Sekretariat Kabinet);
    a person or a place whose name opens with a group's head is that group ("[Relawan
    Badja]", "[Laskar Nusantara]" read as a place for its second word; kinds17)."""
    buildings, groups = _building_heads()
    for m in mentions:
        if " " not in m.surface:
            continue
        first = m.surface.split(None, 1)[0]
        if m.kind == "ORG" and first in buildings:
            m.kind = "PLACE"
        elif m.kind in {"PERSON", "PLACE"} and first in groups and m.role is None:
            m.kind, m.place = "ORG", None


def _buildings_before_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A building's head read alone as a place, right before an organisation ("di depan
    [Gedung] [Kementerian Pertanian]"), is that body's building: one place, the two
    mentions joined (bounds11)."""
    buildings = _building_heads()[0]
    out: list[Mention] = []
    skip = -1
    for n, m in enumerate(mentions):
        if n == skip:
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if m.kind == "PLACE" and m.surface in buildings and not m.blind and nxt is not None \
                and nxt.kind == "ORG" and text[m.end:nxt.start] == " " and not nxt.blind:
            out.append(Mention(m.start, nxt.end, "PLACE", text[m.start:nxt.end]))
            skip = n + 1
            continue
        out.append(m)
    return out


# A capitalised word (a brand's, of Latin letters) right before a one-word name: the
# country of a firm's national arm ("Unilever Indonesia"); the word is checked apart.
# Not after a capitalised word or a name's joining word (a longer name's tail: "Plug and
# [Play Indonesia]"), nor before a list's next name ("Iran dan Lebanon": two countries).
# The look-behinds follow the capital (a pattern opening with them is tried at every
# position of the text: three times the time).
_BRAND_COUNTRY = re.compile(
    r"([A-Z](?<![\w.\-][A-Z])(?<!\band [A-Z])(?<!\bof [A-Z])(?<!& [A-Z])(?<!\bdan [A-Z])"
    r"[a-z]{2,}) (?=([A-Z][a-z]{3,})\b(?![\-'])(?! ?(?:,|dan|serta|atau|and|&) [A-Z]))")

_ARM_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z]\w*) $")


def _is_country(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer holds `name` as a country's."""
    place = gaz.resolve(name)
    return place is not None and place.type == "country"


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the word at `i` opens its line or follows a sentence's closing mark."""
    j = i
    while j > 0 and text[j - 1] in " \t\"'“‘(":
        j -= 1
    return j == 0 or text[j - 1] in "\n.!?:"


# One capitalised word after a locative, then a lower-case word or a closing mark: where
# a town's name stands ("tiba di [Kendal] pada Sabtu", "di [Kendal] , lalu"). The
# look-behinds after the locative keep a letter, digit or hyphen from standing before it
# (so no `\b` opens the pattern: opening with its letters, `re` skips to them; 0.042 ->
# 0.019 ms an article).
_LOCATIVE_TOWN = re.compile(
    r"(di|ke|dari|menuju)(?<![\w-]di)(?<![\w-]ke)(?<![\w-]dari)(?<![\w-]menuju)"
    r" ([A-Z][a-z]{3,})"
    r"(?= (?!(?:of|de|du|del|da|la|le|van|von|upon)\b)[a-z]| ?[,.;:)]|$)")


def _towns_after_locatives(text: str, mentions: list[Mention], lexicon: dict[str, str],
                           gaz: Gazetteer, names: NameLists | None) -> list[Mention]:
    """A town the gazetteer holds only as an ambiguous entry (a name other towns share),
    untagged after a locative ("tiba di [Kendal] pada Sabtu"), is that place: the
    locative says it is a place, which the entry alone could not. A word the lexicon
    knows as a common word or the name lists as a person's is left alone, and so is one
    a football report sends a player to or from ("dipinjamkan ke [X]": a club)."""
    found: list[Mention] = []
    spans: SpanSet | None = None
    football: bool | None = None
    for h in _LOCATIVE_TOWN.finditer(text):
        word = h.group(2)
        place = gaz.resolve(word)
        if place is None or not place.ambiguous or _not_name(lexicon, word):
            continue  # an unambiguous town the tagger had its own look at
        if names is not None and "P" in names.words.get(word.lower(), ""):
            continue
        if h.group(1) != "di":
            if football is None:
                football = sports_report(text)
            if football:
                continue  # a transfer's club
        if spans is None:  # by bisection: a scan of every mention per hit was quadratic
            spans = SpanSet(mentions)
        if spans.overlaps(h.start(2), h.end(2)):
            continue
        found.append(Mention(h.start(2), h.end(2), "PLACE", word, place=place))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def _word_spots(text: str, word: str, skip: int) -> list[int]:
    """Where `word` stands whole in `text` (no letter, digit, dot or hyphen either side),
    but at `skip`."""
    spots, i = [], text.find(word)
    while i >= 0:
        j = i + len(word)
        if i != skip and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".-")) \
                and (j == len(text) or not (text[j].isalnum() or text[j] in "-")):
            spots.append(i)
        i = text.find(word, j)
    return spots


def _national_arms(text: str, mentions: list[Mention], lexicon: dict[str, str],
                   gaz: Gazetteer, names: NameLists | None) -> list[Mention]:
    """A firm's national arm the tagger never read, by its brand and country: an untagged
    capitalised word that is no common word, place or person's name, written again on
    its own in the article ("oleh Ardenta Malaysia ... , Ardenta juga"), right before a
    country's name is the firm's arm there: an organisation over both words. A country
    read alone inside it goes. Looks only where such a pair stands, once an article."""
    found: list[Mention] = []
    bare: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] | None = None
    for h in _BRAND_COUNTRY.finditer(text):
        brand, country = h.group(1), h.group(2)
        place = gaz.resolve(country)
        if place is None or place.type != "country" or gaz.resolve(brand) is not None \
                or _not_name(lexicon, brand) or brand in _HOUSE_WORDS:
            continue
        if names is not None and set(names.words.get(brand.lower(), "").lower()) & {"p", "l"}:
            continue  # a person's or place's word ("Budi Indonesia", "Republik Indonesia")
        before = _ARM_WORD_BEFORE.search(text, max(0, h.start() - 30), h.start())
        if before is not None and not (_not_name(lexicon, before.group(1))
                                       and _opens_sentence(text, before.start(1))):
            continue  # a longer name's tail ("Bank [Sentral Inggris]")
        alone = _word_spots(text, brand, h.start())
        if not any(not _opens_sentence(text, a) for a in alone):
            continue  # named once, or again only where any word is capitalised
        if covered is None:
            covered = [(m.start, m.end) for m in mentions
                       if not (m.kind == "PLACE" and _is_country(gaz, m.surface))]
        end = h.end(2)
        if any(a < end and h.start() < b for a, b in covered):
            continue  # a mention holds a part of it already
        found.append(Mention(h.start(), end, "ORG", text[h.start():end]))
        bare.extend((a, brand) for a in alone)
    if not found:
        return mentions
    spans = [(f.start, f.end) for f in found]
    assert covered is not None
    seen: set[int] = set()
    for a, brand in bare:  # the brand alone elsewhere: the same firm
        b = a + len(brand)
        if a not in seen and not any(c < b and a < d for c, d in [*covered, *spans]):
            seen.add(a)
            found.append(Mention(a, b, "ORG", brand))
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


def _institutions_before_countries(mentions: Sequence[Mention], gaz: Gazetteer,
                                   names: NameLists | None) -> list[Mention]:
    """A university or institute run on with its country ("lulusan [Universitas Harvard
    Amerika Serikat]") is the institution and the country: where the words before the
    country are a name the name lists hold whole as a body's and the whole run is none
    ("Universitas Nasional Singapura" stays) (bounds11)."""
    if names is None:
        return list(mentions)
    heads = _institution_words()[0]
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        cut = 0
        if m.kind == "ORG" and not m.blind and len(words) >= 3 and words[0] in heads \
                and m.surface == " ".join(words) \
                and "O" not in names.phrases.get(_norm(m.surface), ""):
            for k in range(len(words) - 1, max(1, len(words) - 3), -1):
                place = gaz.resolve(" ".join(words[k:]))
                if place is not None and place.type == "country" \
                        and "O" in names.phrases.get(_norm(" ".join(words[:k])), ""):
                    cut = k
                    break
        if not cut:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, cut, "ORG")
        right.kind, right.place = "PLACE", gaz.resolve(right.surface)
        out += [left, right]
    return out


@cache
def _institution_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(kinds.toml `institution_words`; hospitals' acronym openings,
    `body_acronym_prefixes`; place heads' first words, lower case)."""
    d = load("kinds", KindsData)
    return (frozenset(d.institution_words),
            tuple(d.body_acronym_prefixes),
            frozenset(h.split()[0].lower() for h in (*d.place_heads, *d.run_place_heads)))


def _institution_place(surface: str) -> bool:
    """Whether a place no gazetteer knows is an institution by its name: a university, an
    institute or a college named with its head inside ("Ateneo de Manila University"), not
    its campus or building ("Kampus Universitas Indonesia"), or a hospital's acronym
    ("RSCM")."""
    heads, prefixes, places = _institution_words()
    words = surface.split()
    if len(words) == 1:
        w = words[0]
        return len(w) >= 4 and w.isupper() and w.isalpha() and w.startswith(prefixes)
    return words[0].lower() not in places and any(w in heads for w in words)


@cache
def _agency_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(kinds.toml `agency_heads`' first words, `agency_names`, `agency_prefixes`)."""
    d = load("kinds", KindsData)
    return (frozenset(h.split()[0] for h in d.agency_heads), frozenset(d.agency_names),
            tuple(d.agency_prefixes))


def _agency(surface: str) -> bool:
    """Whether a place no gazetteer knows is a government body by its name: one opening
    with a body's head ("Kementrian Kehutanan", misspelt as news often does) or a regional
    service's contracted name alone ("Bappeda", "Satpol"); kinds11. So is one word opening
    with a ministry's contracted head and going on in two letters or more ("Kemenhub",
    "KemenPUPR": `agency_prefixes`, kinds18)."""
    heads, names, prefixes = _agency_words()
    words = surface.split()
    if len(words) > 1:
        return words[0] in heads
    return surface in names or any(
        surface.startswith(p) and len(surface) >= len(p) + 2
        and surface[len(p):].isalpha() for p in prefixes)


def _acronym_of_country(surface: str, acronyms: frozenset[str]) -> bool:
    """"KPU RI": a known body's acronym and the country's short form after it."""
    words = surface.split()
    return len(words) == 2 and words[0] in acronyms and words[1] in country_suffixes()


_WIDE_PLACES = frozenset({"country", "region", "province"})


def _places_read_as_people(mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A person of two words or more whose whole name is a country, region or province
    the gazetteer knows for sure is that place ("Asia Tenggara", "Amerika Serikat"); one
    word may be a person's name ("Jordan") and a city may be a given name ("Vienna")."""
    for m in mentions:
        if m.kind == "PERSON" and m.role is None and " " in m.surface and not m.blind:
            place = gaz.resolve(m.surface)
            if place is not None and place.type in _WIDE_PLACES and not place.ambiguous:
                m.kind, m.place = "PLACE", place


# A country in brackets right after a name: "Milan Ludik ( Republik Ceska )", as sports
# pages print a player's country after his name (kinds19).
_BRACKETED_COUNTRY = re.compile(r"\s*\(\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*\)")


def _bracketed_country(name: str, gaz: Gazetteer) -> bool:
    """Whether `name`, in brackets after a name, is a country the gazetteer knows or a
    state by its form ("Republik Ceska", kinds.toml `state_heads`): the one test of
    `_country_bracketed` and `_people_before_countries` (review20)."""
    country = gaz.resolve(name)
    return country is not None and country.type == "country" \
        or opens_with_state(name.split())


def _people_before_countries(text: str, mentions: Sequence[Mention], gaz: Gazetteer,
                             lexicon: Mapping[str, str]) -> None:
    """A place (or a body opening with a town) of two or three plain capitalised words
    right before a country in brackets, whose whole name the gazetteer does not know and
    whose later words are no sure place nor common word, is a person with his country:
    "melawan [Milan Ludik] ( Republik Ceska )", "[Sofia Lopez] ( Spanyol )" (the town in
    the given name). "Paris ( Prancis )", "Kuala Lumpur ( Malaysia )" and a firm
    ("Samsung Electronics ( Korea Selatan )") stay (kinds19)."""
    for m in mentions:
        if m.kind not in {"PLACE", "ORG"} or m.blind or m.role is not None \
                or text.find("(", m.end, m.end + 3) < 0:
            continue
        words = m.surface.split()
        if not 2 <= len(words) <= 3 or not all(
                w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
            continue
        c = _BRACKETED_COUNTRY.match(text, m.end)
        if c is None:
            continue
        if not _bracketed_country(c.group(1), gaz):
            continue
        if gaz.resolve(m.surface) is not None or any(
                (p := gaz.resolve(w)) is not None and not p.ambiguous
                or lexicon.get(w.lower(), "NNP")[:3] != "NNP" for w in words[1:]):
            continue
        first = gaz.resolve(words[0])
        if m.kind == "ORG" and (first is None or first.ambiguous):
            continue  # a body is one only where its first word is a town's ("Milan")
        m.kind, m.place = "PERSON", None


def _regions_read_as_people(mentions: Sequence[Mention]) -> None:
    """A one-word person whose name is the region a body of the article is named for
    ("Pemkab [Bone]", "DPRD [Bone]": kinds.toml's unit, abbreviated and command heads, then
    one word) is that region, a place ("Pj Sekda [Bone] itu mengatakan"): a regency read
    as a person after an office."""
    heads = _region_unit_heads()
    regions = {w[1] for m in mentions if m.kind == "ORG"
               and len(w := m.surface.split()) == 2 and w[0] in heads
               and w[1][:1].isupper() and not w[1].isupper()}
    if not regions:
        return
    for m in mentions:
        if m.kind == "PERSON" and not m.blind and m.surface in regions:
            m.kind, m.role = "PLACE", None


_BRACKET_BEFORE = re.compile(r"\(\s*([A-Z][A-Za-z]+)\s*\)\s*$")


def _bodies_after_office_contractions(text: str, mentions: Sequence[Mention]) -> None:
    """A place no gazetteer knows right after an office and its contraction in brackets
    ("Direktur Jenderal ( Dirjen ) [Bina Marga]", "Kepala Dinas ( Kadis ) [X]") is the body
    the office is held at, an organisation: offices are held at bodies, and bodies named in
    offices count (who 301, 303, 304; kind33)."""
    if "(" not in text:
        return
    prefixes = _office_prefixes_folded()
    for m in mentions:
        if m.kind != "PLACE" or m.place is not None or m.blind:
            continue
        b = _BRACKET_BEFORE.search(text, max(0, m.start - 24), m.start)
        if b is not None and _shortens_office_before(text, b.group(1), b.start(), prefixes):
            m.kind = "ORG"


def _states_read_as_people(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A person whose name opens with a state's form ("[Kerajaan Arab Saudi]", kinds.toml
    `state_heads`) is that state, a place, the country its name's rest is; a one-word
    person that ends a place of several words the article names (or that place's last
    words), with those words right before it, is that place cut by the tagger ("pihak
    Arab [Saudi] menjelaskan" beside "Kerajaan Arab Saudi")."""
    rules = kind_rules()
    for m in mentions:
        words = m.surface.split()
        if m.kind in {"PERSON", "PLACE"} and not m.blind and opens_with_state(words, rules):
            m.kind, m.role = "PLACE", None
            m.place = m.place or gaz.resolve(" ".join(words[1:]))
    places: dict[str, Place | None] = {}
    for m in mentions:
        words = m.surface.split()
        if m.kind == "PLACE":
            for k in range(len(words) - 1):  # "Arab Saudi" of "Kerajaan Arab Saudi"
                places.setdefault(" ".join(words[k:]), m.place)
    if not places:
        return
    # The places by their last word, in their order: a one-word person looks up its own
    # word instead of trying every place.
    by_last: dict[str, list[str]] = defaultdict(list)
    for p in places:
        by_last[p.rsplit(" ", 1)[-1]].append(p)
    for m in mentions:
        if m.kind != "PERSON" or m.blind or " " in m.surface:
            continue
        whole = next((p for p in by_last.get(m.surface, ()) if p.endswith(" " + m.surface)
                      and text.endswith(p[: -len(m.surface)], 0, m.start)), None)
        if whole is not None:
            m.start -= len(whole) - len(m.surface)
            m.kind, m.role, m.surface, m.place = "PLACE", None, whole, places[whole]


def _areas_read_as_names(mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A person or body of two words or more opening with an administrative area's word
    (`branch_areas`, `village_heads` and the one-word `dateline_area_words`, "Kab" also
    without its dot: "[Provinsi Alberta]", "di [Kab Bogor]", "warga [Kota Tasikmalaya]",
    "Kepulauan Seribu , [DKI Jakarta]") is that area, a place, coded as the rest
    of its name, and so is a person named as that rest alone ("Edmonton , [Alberta]"); a
    person holding a role is left (kinds11)."""
    heads = _area_name_heads()
    rests: set[str] = set()
    for m in mentions:
        if m.kind not in {"PERSON", "ORG", "PLACE"} or m.blind or m.role is not None:
            continue
        words = m.surface.split()
        if len(words) > 1 and words[0].rstrip(".").casefold() in heads \
                and words[1][:1].isupper():
            if m.kind != "PLACE":
                m.kind = "PLACE"
                # "DKI Jakarta" is the gazetteer's own name of the province
                m.place = m.place or gaz.resolve(m.surface) or gaz.resolve(" ".join(words[1:]))
            rests.add(" ".join(words[1:]))
    if rests:
        for m in mentions:
            if m.kind == "PERSON" and m.role is None and not m.blind and m.surface in rests:
                m.kind, m.place = "PLACE", m.place or gaz.resolve(m.surface)


@cache
def _area_name_heads() -> frozenset[str]:
    d = load("entities", EntitiesData)
    # "DKI" of "DKI Jakarta", the province's own administrative word (who 295; ent30b)
    single = (w for w in d.dateline_area_words if " " not in w)
    return frozenset(w.rstrip(".").casefold()
                     for w in (*d.branch_areas, *d.village_heads, *single))


@cache
def _place_marker() -> re.Pattern[str] | None:
    words = load("entities", EntitiesData).place_markers
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})\s+$",
                      re.IGNORECASE)


def _marked_places(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A person right after a place marker is the place the tagger misread ('digelar di
    [Le Mans]', 'sirkuit [Mugello]'); one holding a role is a person the role names."""
    pat = _place_marker()
    if pat is None:
        return
    for m in mentions:
        if m.kind == "PERSON" and m.role is None and not m.initials \
                and pat.search(text, max(0, m.start - 12), m.start):
            m.kind, m.place = "PLACE", gaz.resolve(m.surface)


def _listed_after(heads: Sequence[str], cues: Sequence[str], name: str, gap: int,
                  comma: str) -> re.Pattern[str] | None:
    """A lower-case head noun, up to `gap` lower-case words (then `comma`), a naming cue
    and the names it lists, comma- and "dan"-joined (`listed_joiners`), as group 1 (ent27,
    ent27b)."""
    if not heads:
        return None
    joiners = "|".join(map(re.escape, load("entities", EntitiesData).listed_joiners))
    return compile_cached(
        rf"(?<![\w-])(?:{'|'.join(map(re.escape, heads))})\s+(?:[a-z]+\s+){{0,{gap}}}{comma}"
        rf"(?:{'|'.join(cues)})\s*,?\s+"
        rf"({name}(?:\s*,\s*{name})*(?:\s*,?\s+(?:{joiners})\s+{name})?)")


@cache
def _listed_area_pattern() -> re.Pattern[str] | None:
    """An area noun (`listed_area_heads`), up to two lower-case words, a naming cue
    (`listed_area_cues`) and the names it lists ("daerah lain seperti [A] , [B] dan [C]")."""
    data = load("entities", EntitiesData)
    return _listed_after(data.listed_area_heads, data.listed_area_cues, _FEATURE_NAME, 2, "")


# A listed person's name: capitalised words, a run-together one ("AgnezMo", "Titi DJ").
_LISTED_PERSON = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_LISTED_PERSON_RE = re.compile(_LISTED_PERSON)


@cache
def _listed_people_pattern() -> re.Pattern[str] | None:
    """A people's noun (`listed_people_heads`), up to three lower-case words, a naming cue
    (`listed_people_cues`) and the names it lists ("selebriti , seperti [A] , [B] dan [C]")."""
    data = load("entities", EntitiesData)
    return _listed_after(data.listed_people_heads, data.listed_people_cues, _LISTED_PERSON,
                         3, r",?\s*")


def _listed_items(pat: re.Pattern[str], text: str, mentions: Sequence[Mention]
                  ) -> Iterator[tuple[re.Match[str], list[Mention]]]:
    """Each name a noun-and-cue list `pat` finds ("sejumlah selebriti , seperti [A] , [B]"),
    with the mentions overlapping it: what the people's and the brands' lists both read."""
    for f in pat.finditer(text):
        for item in _LISTED_PERSON_RE.finditer(text, f.start(1), f.end(1)):
            s, e = item.span()
            yield item, [m for m in mentions if m.start < e and s < m.end]


def _listed_people_by_noun(text: str, mentions: list[Mention],
                           lexicon: Mapping[str, str]) -> list[Mention]:
    """Names listed after a people's noun and a naming cue ("sejumlah selebriti , seperti
    Andien , [Bunga Citra Lestari] , [Titi DJ]") are persons: one read as a place no
    gazetteer knows is the person, and one left untagged is found unless it opens with a
    common word; a body stays (a band among musicians: "Red Hot Chili Peppers") (ent27b;
    `_listed_areas` the same for places)."""
    pat = _listed_people_pattern()
    if pat is None:
        return mentions
    added: list[Mention] = []
    for item, over in _listed_items(pat, text, mentions):
        if not over:
            tag = lexicon.get(item.group().split()[0].lower())
            if tag is None or tag.startswith("NNP"):
                added.append(Mention(*item.span(), "PERSON", item.group()))
            continue
        m = over[0]
        if len(over) > 1 or (m.start, m.end) != item.span() or m.blind:
            continue
        if m.kind == "PLACE" and m.place is None:
            m.kind = "PERSON"
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


@cache
def _listed_brand_pattern() -> re.Pattern[str] | None:
    """A brand's or firm's noun (`listed_brand_heads`), up to three lower-case words, a
    naming cue (`listed_brand_cues`) and the names it lists ("merek seperti [A] , [B]")."""
    data = load("entities", EntitiesData)
    return _listed_after(data.listed_brand_heads, data.listed_brand_cues, _LISTED_PERSON,
                         3, r",?\s*")


def _listed_brands_by_noun(text: str, mentions: Sequence[Mention]) -> None:
    """Names listed after a brand's noun and a naming cue ("merek ternama seperti [Chanel]
    atau [Marc Jacobs]") are the companies: one read as a person, or as a place no
    gazetteer knows, is the company, ORG (ent30; `_listed_people_by_noun` the same for
    people). Only a mention that is the listed name whole turns."""
    pat = _listed_brand_pattern()
    if pat is None:
        return
    for item, over in _listed_items(pat, text, mentions):
        if len(over) != 1 or (over[0].start, over[0].end) != item.span() or over[0].blind:
            continue
        m = over[0]
        if m.kind == "PERSON" and m.role is None or m.kind == "PLACE" and m.place is None:
            m.kind, m.place = "ORG", None


# A firm's name after a cue: capitalised words, then words opening with a capital or a
# digit, "&" inside ("J&T", "Fresh 99", "The Next Web").
_FIRM_NAME = r"[A-Z][\w'’&-]*(?:[ \t]+[A-Z0-9][\w'’&-]*){0,3}"
_FIRM_NAME_RE = re.compile(_FIRM_NAME)


@cache
def _untagged_firm_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Where names are firms whatever the tagger found, the names as group 1: a brands'
    list after its noun and cue, in its sentence or opening the next ("merek sabun …
    diskon 20% . Di antaranya , [A] , [B] hingga [C]"); the names after a source cue
    ("Sumber : [A] dan [B]"); the name after a partnership's or maker's cue ("bermitra
    dengan [X]", `partner_cues`), with whether a person's name may stand there (after a
    partner's cue only)."""
    d = load("entities", EntitiesData)
    joiners = "|".join(map(re.escape, d.listed_brand_joiners or d.listed_joiners))
    items = (rf"({_FIRM_NAME}(?:\s*,\s*{_FIRM_NAME})*"
             rf"(?:\s*,?\s+(?:{joiners})\s+{_FIRM_NAME})?)") if joiners else rf"({_FIRM_NAME})"
    heads = "|".join(r"\s+".join(map(re.escape, h.split())) for h in d.listed_brand_heads)
    cues = "|".join(r"\s+".join(map(re.escape, c.split())) for c in d.listed_brand_cues)
    pats: list[str] = []
    if heads and cues:
        pats.append(rf"(?<![\w-])(?:{heads})\s+(?:[a-z]+\s+){{0,3}},?\s*(?:{cues})\s*,?\s+"
                    + items)
        pats.append(rf"(?<![\w-])(?:{heads})\s[^.!?\n]{{0,80}}[.!?]\s+(?i:{cues})\s*,?\s+"
                    + items)
    if d.source_cues:
        src = "|".join(r"\s*".join(map(re.escape, c.split())) for c in d.source_cues)
        kinds = "|".join(r"\s+".join(map(re.escape, k.split())) for k in d.source_kinds)
        kinds_part = rf"(?:\s+(?i:{kinds}))?" if kinds else ""
        pats.append(rf"(?<!\w)(?i:{src})(?:\s+\S+\s+dari|\s+dari)?{kinds_part}\s+"
                    rf"({_FIRM_NAME}(?:\s+(?:dan|serta)\s+{_FIRM_NAME})?)")  # no comma list:
        # "dilansir dari laman X , Senin" closes on the date
    if d.partner_cues:
        partners = "|".join(r"\s+".join(map(re.escape, c.split()))
                            for c in sorted(d.partner_cues, key=len, reverse=True))
        pats.append(rf"(?<![\w-])(?i:{partners})\s+({_FIRM_NAME})")
    return tuple((compile_cached(p), bool(d.partner_cues) and k == len(pats) - 1)
                 for k, p in enumerate(pats))


def _untagged_firms(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                    names: NameLists | None) -> list[Mention]:
    """Names a firm's cue places (`_untagged_firm_patterns`) that the tagger left untagged
    are firms, ORG ("brand seperti [Red Bull] atau [GoPro]", "Sumber : [DPReview]",
    "bermitra dengan [Midtrans]"), and a listed one read as a person or an unknown place
    is the firm; not a common word alone ("kemitraan dengan [Jurnal]" may be a journal),
    a credit word ("Sumber : Istimewa"), nor a name the name lists know from people only
    (ent34; `_listed_brands_by_noun` retypes brands in a same-sentence list)."""
    d = load("entities", EntitiesData)
    credits = frozenset(w.casefold() for w in d.source_credit_words)
    added: list[Mention] = []
    for pat, people in _untagged_firm_patterns():
        for f in pat.finditer(text):
            for item in _FIRM_NAME_RE.finditer(text, f.start(1), f.end(1)):
                s, e = item.span()
                over = [m for m in (*mentions, *added) if m.start < e and s < m.end]
                if over:
                    m = over[0]
                    if len(over) == 1 and (m.start, m.end) == (s, e) and not m.blind \
                            and (m.kind == "PERSON" and m.role is None and not m.initials
                                 or m.kind == "PLACE" and m.place is None):
                        m.kind, m.place = "ORG", None
                    continue
                words = item.group().split()
                first = words[0].casefold()
                if first in credits or len(words) == 1 and not lexicon.get(
                        first, "NNP").startswith(("NNP", "FW")):
                    continue
                tag = names.words.get(first, "") if names is not None else ""
                if people and "p" in tag and "o" not in tag:
                    continue  # "besutan [Hanung]": the director's
                added.append(Mention(s, e, "ORG", item.group()))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# A run of capitalised words of letters: where an untagged person's name may stand.
_CAPITAL_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*(?![\w-])")


def _unknown_name_word(word: str, lexicon: Mapping[str, str], gaz: Gazetteer,
                       names: NameLists | None) -> bool:
    """Whether `word` may be a word of a person's name no list holds as anything else: no
    place the gazetteer knows, and a word the lexicon lacks or a proper noun the name lists
    know from people ("Itsunori", "Budi"; not "Kota", "Dinas")."""
    if gaz.resolve(word) is not None:
        return False
    tag = lexicon.get(word.lower())
    return tag is None or tag.startswith("NNP") and names is not None \
        and "p" in names.words.get(word.lower(), "")


_BRACKET_CAPS = re.compile(r"\s*\(\s*([A-Z]{2,})\s*\)")


def _spelt_by_bracket(text: str, end: int, words: Sequence[str]) -> bool:
    """Whether a bracketed acronym after `end` spells the words' initials ("Jamaah
    Ansharut Daulah ( JAD )"): a body's name, no person's."""
    b = _BRACKET_CAPS.match(text, end)
    return b is not None and b.group(1) == "".join(w[0] for w in words).upper()


def _after_work_noun(text: str, start: int) -> bool:
    """Whether a work's noun (`work_heads`: "film", "lagu") stands right before `start`,
    a possessive perhaps between ("film terbarunya [X]"): the name is a title."""
    before = re.findall(r"\w+", text[max(0, start - 40):start])
    heads = _work_heads().words  # lower-cased once (CueWords)
    return any(w.lower() in heads for w in before[-2:])


def _untagged_people(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                     gaz: Gazetteer, names: NameLists | None,
                     not_named: Collection[tuple[int, int]] = ()) -> list[Mention]:
    """Names the tagger left untagged where their place makes them people (ent34): two or
    three name words closing a capitalised run right after an office or occupation
    ("kata sosiolog [Malte Reichelt] dari …", "Menteri Pertahanan Jepang [Itsunori
    Onodera]"), every word one no list holds as another thing (`_unknown_name_word`);
    one to three capitalised words no place before companions' words ("[Tahir Andrabi]
    dkk", "bertemu [Rap Monster] dkk."; `company_after`, as `_with_company` reads a tagged
    one). Not from a function word on ("Namun [Budi] dkk"), nor where an earlier pass
    found no name (`not_named`), nor after an office in a text of acting ("pemeran
    [Lintang Kemuning]", a character: `play_cues`)."""
    acting = any(f in text for f in _play_forms())
    added: list[Mention] = []
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group().split()
        ends = run.end()
        for n in (3, 2, 1):
            if n > len(words):
                continue
            s = ends - len(" ".join(words[-n:]))
            if text[s:ends] != " ".join(words[-n:]):
                break  # tabs between: no such name
            if any(m.start < ends and s < m.end for m in mentions) \
                    or any(a < ends and s < b for a, b in not_named):
                continue
            if not lexicon.get(words[-n].lower(), "NN").startswith(("NN", "FW")):
                continue  # a sentence's opener ("Namun Budi dkk")
            surface = text[s:ends]
            if _spelt_by_bracket(text, ends, words[-n:]) or _after_work_noun(text, s):
                break  # "[Jamaah Ansharut Daulah] ( JAD )" a body, "film [X Y]" a title
            name = words[-n:]
            with_company = _company_after().match(text, ends) is not None \
                and gaz.resolve(surface) is None \
                and not all(lexicon.get(w.lower(), "").startswith(("NN:", "VB", "JJ"))
                            for w in name)
            if with_company or n >= 2 and not acting \
                    and all(_unknown_name_word(w, lexicon, gaz, names) for w in name) \
                    and _office_before(text, Mention(s, ends, "PERSON", surface)) is not None:
                added.append(Mention(s, ends, "PERSON", surface))
                break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


@cache
def _faction_heads() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).faction_heads)


@cache
def _party_short_names() -> frozenset[str]:
    """Short names of the parties aliases.toml knows (entries whose name opens with a
    `party_heads` word), normalised: "golkar", "gerindra", "pks"."""
    heads = tuple(load("entities", EntitiesData).party_heads)
    return frozenset(_norm(a) for e in load("aliases", AliasesData).entity
                     if e.kind == "ORG" and e.name.startswith(heads) for a in e.aliases)


def _parties_in_factions(mentions: list[Mention]) -> list[Mention]:
    """A party's group in a legislature names the party ("Fraksi [Golkar]", "Fraksi
    [Partai Gerindra]"): an organisation mention of its own inside the group's, which
    stays whole (judges count the party beside the group: who 284, 291, 304). Only a rest
    opening with a party's head or a party's short name aliases.toml knows (ent34)."""
    heads, parties = _faction_heads(), frozenset(load("entities", EntitiesData).party_heads)
    spans = {(m.start, m.end) for m in mentions}
    added: list[Mention] = []
    for m in mentions:
        words = m.surface.split(" ")
        if m.kind != "ORG" or len(words) < 2 or words[0] not in heads or m.blind:
            continue
        rest = " ".join(words[1:])
        if not (words[1] in parties and len(words) > 2 or _norm(rest) in _party_short_names()):
            continue
        start = m.end - len(rest)
        if (start, m.end) not in spans and m.surface.endswith(rest):
            added.append(Mention(start, m.end, "ORG", rest))
            spans.add((start, m.end))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


@cache
def _described_member_pattern() -> re.Pattern[str] | None:
    """An article of description, a member noun and the name after it ("sang bassis
    [Toma]")."""
    d = load("entities", EntitiesData)
    if not d.member_articles or not d.member_nouns:
        return None
    arts = "|".join(map(re.escape, d.member_articles))
    nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in d.member_nouns)
    return re.compile(rf"(?<![\w-])(?i:{arts})\s+((?i:{nouns}))\s+"  # the name case-kept
                      r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")


def _described_members(text: str, mentions: list[Mention],
                       lexicon: Mapping[str, str]) -> list[Mention]:
    """The name after "sang" and a member noun ("kata sang gitaris [Riko]") is the band
    member, a person: one read as a place no gazetteer knows or a body is the person, and
    one left untagged is found unless it opens with a common word (ent28). The noun is his
    role ('gitaris' of Riko; roles30, who round 286: missed)."""
    pat = _described_member_pattern()
    if pat is None or "ang " not in text:
        return mentions
    added: list[Mention] = []
    for f in pat.finditer(text):
        s, e = f.span(2)
        noun = " ".join(f.group(1).split())
        over = [m for m in mentions if m.start < e and s < m.end]
        if not over:
            tag = lexicon.get(f.group(2).split()[0].lower())
            if tag is None or tag.startswith("NNP"):
                added.append(Mention(s, e, "PERSON", f.group(2), role=noun))
            continue
        m = over[0]
        if len(over) != 1 or m.start != s or m.blind or m.role is not None:
            continue
        if m.kind == "PERSON" or m.place is None and m.kind in {"PLACE", "ORG"}:
            m.kind = "PERSON"
            m.role = noun
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _listed_areas(text: str, mentions: list[Mention], lexicon: Mapping[str, str],
                  gaz: Gazetteer) -> list[Mention]:
    """Names listed after an area noun and a naming cue ("pindah ke daerah lain seperti
    [Brandenburg]", "kawasan pariwisata baru seperti [Canggu]") are places: one read as
    a body that names none by its form, or as a person with no office, is the place, and
    one left untagged is found unless its first word is a common word (ent27)."""
    pat = _listed_area_pattern()
    if pat is None:
        return mentions
    spans = sorted((m.start, m.end, k) for k, m in enumerate(mentions))
    starts = [a for a, _, _ in spans]
    added: list[Mention] = []
    for f in pat.finditer(text):
        for item in _FEATURE_NAME_RE.finditer(text, f.start(1), f.end(1)):
            s, e = item.span()
            k = bisect_left(starts, e) - 1
            hit = spans[k] if k >= 0 and spans[k][1] > s else None
            if hit is None:
                tag = lexicon.get(item.group().split()[0].lower())
                if tag is None or tag.startswith("NNP"):
                    added.append(Mention(s, e, "PLACE", item.group(), place=gaz.resolve(
                        item.group())))
                continue
            m = mentions[hit[2]]
            if (hit[0], hit[1]) != (s, e) or m.blind:
                continue
            if m.kind == "ORG" and m.place is None and not _names_body(m.surface.split()) \
                    or m.kind == "PERSON" and m.role is None and not m.initials:
                m.kind, m.place = "PLACE", gaz.resolve(m.surface)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


# Between two names of a list of places: a comma, a conjunction, or both.
_PLACE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan|serta|atau)?|dan|serta|atau)\s*")


def _persons_amid_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A one-word person with no office read amid a list of places, two listed before it
    and one after ("Cirebon , Semarang , [Yogjakarta] dan Purwokerto"), is one of them, a
    place (a town the gazetteer spells otherwise). ent32b."""
    for k in range(2, len(mentions) - 1):
        m = mentions[k]
        if m.kind != "PERSON" or " " in m.surface or m.role is not None or m.initials \
                or m.blind:
            continue
        a, b, c = mentions[k - 2], mentions[k - 1], mentions[k + 1]
        if all(x.kind == "PLACE" for x in (a, b, c)) \
                and text[a.end:b.start].strip() == "," and text[b.end:m.start].strip() == "," \
                and _PLACE_LIST_GAP.fullmatch(text, m.end, c.start):
            m.kind, m.place = "PLACE", gaz.resolve(m.surface)


@cache
def _zone_pattern() -> re.Pattern[str] | None:
    heads = load("entities", EntitiesData).zone_heads
    if not heads:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(rf"(?<![\w-])(?:{alt})\s+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)")


def _zone_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The capitalised run after a zone's designation ("KEK [Tanjung Kelayang]", "KEK
    [Maloy Batuta Trans Kalimantan]") is the place the zone is named for, one PLACE: the
    mentions the tagger cut in it, or read as a body, give way to it (ent27)."""
    pat = _zone_pattern()
    if pat is None:
        return mentions
    runs = [(f.start(1), f.end(1)) for f in pat.finditer(text)]
    if not runs:
        return mentions
    out = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in runs)]
    out.extend(Mention(s, e, "PLACE", text[s:e], place=gaz.resolve(text[s:e]))
               for s, e in runs
               if not any(m.start < e and s < m.end for m in out))
    return sorted(out, key=lambda m: m.start)


@cache
def _office_words() -> tuple[tuple[tuple[str, ...], ...], re.Pattern[str] | None]:
    """(office heads longest first, a locative right before a name)."""
    d = load("entities", EntitiesData)
    heads = tuple(sorted((tuple(h.casefold().split()) for h in d.office_heads),
                         key=len, reverse=True))
    if not d.office_markers:
        return heads, None
    return heads, re.compile(
        rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in d.office_markers)})\s+$",
        re.IGNORECASE)


def _names_body(words: Sequence[str]) -> bool:
    """Whether `words` name a body or an office-holder on their own: an acronym ("BKN",
    "KPU RI", in mixed case "KontraS", kinds19), an organisation head ("Kementerian
    Keuangan"), a body's word or contracted name ("Induk Imigrasi Surakarta", "Kemenkeu")
    or a role ("Gubernur Jawa Barat"), not a plain phrase ("Staf Presiden")."""
    first = words[0]
    return (len(first) > 1 and first.isalpha() and (first.isupper() or (
        first[:1].isupper() and sum(c.isupper() for c in first) >= 2))) \
        or opens_org(words, 0, len(words)) or head_at(words, 0) > 0 \
        or first.casefold() in _body_heads()


def _office_buildings(text: str, mentions: Sequence[Mention]) -> None:
    """An organisation read as "Kantor [Pusat] <body>" right after a locative is the
    body's office building, a place ('digelar di [Kantor BKN], Jakarta Timur', 'ujar Agus
    di [Kantor Pusat MUI]'): the body acts, its office is where things happen. Reads the
    few characters before each such mention only."""
    heads, marker = _office_words()
    if marker is None:
        return
    for m in mentions:
        if m.kind != "ORG" or m.blind:
            continue
        words = m.surface.split()
        low = [w.casefold() for w in words[:2]]
        n = next((len(h) for h in heads if tuple(low[:len(h)]) == h), 0)
        if 0 < n < len(words) and _names_body(words[n:]) \
                and marker.search(text, max(0, m.start - 8), m.start):
            m.kind, m.place = "PLACE", None


_LISTED_AFTER = re.compile(r" ([A-Z][a-z]+)(?:\s*,\s*|\s+dan\s+)")


def _listed_first_names(text: str, mentions: list[Mention], lexicon: dict[str, str]
                        ) -> list[Mention]:
    """A one-word town the tagger read before a capitalised word it left untagged and the
    lexicon knows as no common word, in a list whose next item is a person, is that
    person's given name: "mendapatkan [Milan] Skriniar , Borja Valero dan Daniele Padelli"
    lists three players. A country stays, and so does a town before a day ("Milan Selasa")."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        w = _LISTED_AFTER.match(text, m.end) if m.kind == "PLACE" and " " not in m.surface \
            and not m.blind and (m.place is None or m.place.type not in _WIDE_PLACES) \
            else None
        if w is not None and nxt is not None and nxt.kind == "PERSON" \
                and nxt.start == w.end() and not _not_name(lexicon, w.group(1)):
            out.append(Mention(m.start, w.end(1), "PERSON", text[m.start:w.end(1)]))
            continue
        out.append(m)
    return out


_DAN_BEFORE = re.compile(r"(?<![.!?\"“”:;]\s)(?<!^)(?<=\w\s)Dan\s$")


def _dan_names(text: str, mentions: Sequence[Mention]) -> None:
    """A capitalised "Dan" inside a sentence right before a person is his given name, not
    the conjunction "dan" ("diperankan Dan Stevens"); in a title-cased line it stays the
    conjunction."""
    for m in mentions:
        if m.kind == "PERSON" and not m.blind and m.start >= 6 \
                and _DAN_BEFORE.search(text, m.start - 6, m.start):
            m.start -= 4
            m.surface = text[m.start:m.end]


@cache
def _split_place_heads() -> dict[str, frozenset[str]]:
    """entities.toml `split_place_heads` by their last word: {"Kota": {"Ibu"}}."""
    out: dict[str, set[str]] = defaultdict(set)
    for h in load("entities", EntitiesData).split_place_heads:
        first, last = h.rsplit(" ", 1)
        out[last].add(first)
    return {k: frozenset(v) for k, v in out.items()}


def _cut_place_heads(text: str, mentions: Sequence[Mention]) -> None:
    """A place that opens with the second word of a two-word place head written whole
    before it ("Ibu [Kota Nusantara]", `split_place_heads`) starts at the head's first
    word: the place is "Ibu Kota Nusantara"."""
    heads = _split_place_heads()
    for m in mentions:
        if m.kind != "PLACE" or " " not in m.surface:
            continue
        firsts = heads.get(m.surface.split(" ", 1)[0])
        if not firsts:
            continue
        before = text[max(0, m.start - 12):m.start]
        word = before.rsplit(None, 1)[-1] if before.strip() and before[-1:] == " " else ""
        if word in firsts:
            m.start -= len(word) + 1
            m.surface = text[m.start:m.end]


_TITLE_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def _places_opened_by_titles(text: str, mentions: Sequence[Mention],
                             names: NameLists | None) -> None:
    """A place no gazetteer knows right after a capitalised role head, where the name lists
    hold the head and the place together as a place's name only ("[Raja] Ampat": the
    regency, no king), starts at the head: the title word is its name's first (ent25)."""
    if names is None:
        return
    for m in mentions:
        if m.kind != "PLACE" or m.place is not None or m.blind:
            continue
        word = _TITLE_WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
        if word is None or not is_role_word(word.group(1)):
            continue
        whole = names.phrases.get(f"{word.group(1)} {m.surface}".lower(), "")
        if "L" in whole and not any(c in "PO" for c in whole):
            m.start, m.role = word.start(1), None
            m.surface = text[m.start:m.end]


def _lower_place_heads(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A place the gazetteer does not know alone, right after an archipelago's head
    written lower-case (`lower_place_heads`: "kepulauan [Seribu]"), starts at the head:
    the head is its name's first word."""
    heads = frozenset(load("entities", EntitiesData).lower_place_heads)
    for m in mentions:
        if m.kind != "PLACE" or gaz.resolve(m.surface) is not None:
            continue
        word = re.search(r"(?:^|\s)(\w+) $", text[max(0, m.start - 14):m.start])
        if word is not None and word.group(1) in heads:
            m.start -= len(word.group(1)) + 1
            m.surface = text[m.start:m.end]


@cache
def _venue_tail() -> tuple[frozenset[str], re.Pattern[str]]:
    """The venue tails (entities.toml `venue_tails`), and one of them written right after
    a name."""
    tails = load("entities", EntitiesData).venue_tails
    alts = "|".join(map(re.escape, tails)) or "(?!)"
    return frozenset(tails), re.compile(rf"[ \t]+(?:{alts})(?![\w'’-])")


@cache
def _venue_heads() -> frozenset[str]:
    """Stadiums' first words (entities.toml `venue_heads`: "Stadio [X]"); kinds10."""
    return frozenset(load("entities", EntitiesData).venue_heads)


@cache
def _language_cue() -> re.Pattern[str]:
    """A language cue (entities.toml `language_cues`) and the space right before a name."""
    cues = "|".join(map(re.escape, load("entities", EntitiesData).language_cues)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?i:{cues})[ \t]+$")


@cache
def _species_head() -> re.Pattern[str]:
    """A lower-case wild animal's noun (entities.toml `species_heads`) and the space right
    before a name; case-sensitive, as "Gajah Mada" is a man (kinds25)."""
    heads = load("entities", EntitiesData).species_heads
    alts = "|".join(r"\s+".join(map(re.escape, h.split()))
                    for h in sorted(heads, key=len, reverse=True)) or "(?!)"
    return compile_cached(rf"(?<![\w-])(?:{alts})[ \t]+$")


# The rest of a list of one-word names closed by "dan" or "atau" (", Korea , dan Mandarin").
_NAME_LIST_REST = re.compile(r"(?:\s*,\s*[A-Z][\w-]*)*\s*,?\s+(?:dan|atau)\s+[A-Z][\w-]*")


def _languages(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A place right after a language cue ("dalam bahasa [Inggris]") names the language,
    and one right after a wild animal's noun ("rusa [Jawa]") the species: no place,
    dropped (kinds10, kinds25); so do the places listed after it, the list closed by "dan"
    or "atau" ("berbahasa Jepang , [Korea] , dan Mandarin"; ent26)."""
    cue, species = _language_cue(), _species_head()
    lists = [g.span() for c in finditer_opening_with(_language_named(), text,
                                                     _language_cue_words())
             if (g := _NAME_LIST_REST.match(text, c.end()))]
    return [m for m in mentions if m.kind != "PLACE" or not (
        cue.search(text, max(0, m.start - 12), m.start)
        or species.search(text, max(0, m.start - 16), m.start)
        or any(a <= m.start and m.end <= b for a, b in lists))]


@cache
def _language_cue_words() -> CueWords:
    """The language cues, one of which opens each match of `_language_named` (tried only
    where one starts: 0.05 -> 0.01 ms an article; speed27)."""
    return CueWords(load("entities", EntitiesData).language_cues)


@cache
def _language_named() -> re.Pattern[str]:
    """A language cue (`_language_cue`) and the capitalised name after it ("berbahasa
    Jepang")."""
    cues = "|".join(map(re.escape, load("entities", EntitiesData).language_cues)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?i:{cues})[ \t]+[A-Z][\w-]*")


@cache
def _people_named() -> re.Pattern[str]:
    """A people's noun (entities.toml `people_cues`), lower case, and the capitalised words
    after it ("suku Kurdi", "etnis Baduy Dalam"), the people's name in group 1."""
    cues = load("entities", EntitiesData).people_cues
    alts = "|".join(r"[ \t]+".join(map(re.escape, c.split()))
                    for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alts})[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)")


def _peoples(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name right after a people's noun ("suku [Kurdi]") names a people, no entity:
    dropped, with the one-word names listed after it closed by "dan" or "atau" ("suku
    Kurdi dan [Arab]"), a person there left (a list may run on into a man's name). A
    people is no person, so the same name read as a person elsewhere ("pasukan [Kurdi]")
    goes too; a place of that name elsewhere stays ("pulau Jawa" beside "suku Jawa").
    ent32b."""
    spans: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []
    names: set[str] = set()
    for hit in _people_named().finditer(text):
        spans.append(hit.span(1))
        names.add(hit.group(1))
        if (rest := _NAME_LIST_REST.match(text, hit.end())) is not None:
            listed.append(rest.span())
    if not spans:
        return list(mentions)
    return [m for m in mentions if not (
        any(a <= m.start and m.end <= b for a, b in spans)
        or m.kind != "PERSON" and any(a <= m.start and m.end <= b for a, b in listed)
        or m.kind == "PERSON" and m.surface in names)]


def _venues(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A person or organisation whose name ends in a venue's or natural place's last word
    (`venue_tails`: "Whitehaven Beach"), or stands right before one that no mention holds
    ("[Microsoft] Theatre"), is that place, the word included."""
    tails, after = _venue_tail()
    heads = _venue_heads()
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.kind in {"PERSON", "ORG"}:
            w = None if m.blind else after.match(text, m.end)  # a title-cased line's
            # capitals say nothing of the word after a name
            if " " in m.surface and (m.surface.rsplit(None, 1)[-1] in tails
                                     or m.surface.split(None, 1)[0] in heads):
                m = Mention(m.start, m.end, "PLACE", m.surface, blind=m.blind)
            elif w is not None and not any(m.end < s < w.end() for s in starts):
                m = Mention(m.start, w.end(), "PLACE", text[m.start:w.end()])
        out.append(m)
    return out


# An acronym in brackets, then a unit's number ("(Dilmil) I-04 "), up to the next name; an
# office's contraction runs to 15 letters ("(Disdagperin)", "(Dispendukcapil)", cuts16).
_BRACKET_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z]{1,14}\s*\)\s*((?:[IVX]+|\d+)(?:-\d+)?\s+)?")


def _generic_org(surface: str, lexicon: dict[str, str]) -> bool:
    """An organisation head with at most one common word after it ("Pengadilan Negeri",
    "Pengadilan Militer", "Kepolisian Daerah"): a kind of body, named by its place (not
    "Komisi Pemberantasan Korupsi", a body of its own)."""
    low = surface.lower().split()
    if not low:
        return False
    head = max((len(h) for h in kind_rules().org_index.get(low[0], ())
                if tuple(low[: len(h)]) == h), default=0)
    rest = low[head:]
    return head > 0 and len(rest) <= 1 and all(
        not lexicon.get(w, "NNP").startswith("NNP") for w in rest)


@cache
def _regional_words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    d = load("entities", EntitiesData)
    return (tuple(tuple(h.casefold().split()) for h in d.regional_heads),
            frozenset(t.casefold() for t in d.regional_tails))


def _regional_body(surface: str) -> bool:
    """Whether `surface` names a body that stands once per region (`regional_heads`:
    "Dinas Lingkungan Hidup", "Kedutaan Besar Republik Indonesia"; `regional_tails`:
    "Badan Pendapatan Daerah"), so a place after its acronym is the region it serves."""
    low = surface.casefold().split()
    heads, tails = _regional_words()
    return len(low) > 1 and (low[-1] in tails or any(
        len(rest) > len(h) and tuple(rest[:len(h)]) == h
        for rest in _past_office_head(low) for h in heads))


def _past_office_head(low: Sequence[str]) -> tuple[Sequence[str], ...]:
    """The lower-case words `low` of a body's name, and the same past an office head
    opening them (`office_heads`: "Kantor Dinas Kesehatan (Dinkes) X" is the service's
    office, a regional body as "Dinas Kesehatan" is; ent33)."""
    head = next((len(h) for h in _office_words()[0] if tuple(low[:len(h)]) == h), 0)
    return (low, low[head:]) if head else (low,)


@cache
def _branch_areas() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("entities", EntitiesData).branch_areas)


_BRANCH_PLACES = frozenset({"province"})  # "(Polair) [Nusa Tenggara Barat]"; no town: a
# national body is based in one ("Komisi Pemberantasan Korupsi (KPK) Jakarta")
_SPACES = re.compile(r"[ \t]+")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


@cache
def _home_words() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).home_country_words)


def _home_body_abroad(prev: Mention, m: Mention) -> bool:
    """Whether the place `m` after the bracketed acronym of the body `prev` is a foreign
    town and `prev` a body of the home country by its name (`home_country_words`): its
    office there, one name ("Indonesia Trade Office (ITO) Osaka", "Bank Rakyat Indonesia
    (BRI) Hong Kong"; ent33)."""
    return m.place is not None and m.place.type in ("city", "place") \
        and m.place.code not in (None, "ID") and not m.place.ambiguous \
        and any(w in _home_words() for w in prev.surface.split())


def _branch_place(text: str, prev: Mention, m: Mention, lexicon: dict[str, str]
                  ) -> re.Match[str] | None:
    """The gap between an organisation `prev` and a place `m` when `m` is the place it
    serves, one name with it: after the body's acronym in brackets, a generic body's place
    ("[Pengadilan Negeri] (PN) [Denpasar]"), a province ("[Polisi Perairan]
    (Polair) [Nusa Tenggara Barat]"), or an administrative area (`branch_areas`), which
    also goes right after the body ("[MUI] [Kecamatan Cisurupan]")."""
    if prev.kind != "ORG":
        return None
    area = m.surface.split(None, 1)[0].casefold() in _branch_areas()
    gap = _BRACKET_ACRONYM.fullmatch(text, prev.end, m.start)
    # A place the gazetteer does not know joins as one word only ("(Kejari) [Jayawijaya]",
    # not a place run into a name: "(Disdikpora) [Denpasar Anak Agung] Gede Wiratama").
    known = m.place is not None or " " not in m.surface
    if gap is not None and (area or (known and (
            _regional_body(prev.surface) or _generic_org(prev.surface, lexicon)))
                            or (m.place is not None and m.place.type in _BRANCH_PLACES)
                            or _home_body_abroad(prev, m)):
        return gap
    return _SPACES.fullmatch(text, prev.end, m.start) if area else None


def _parent_body(text: str, prev: Mention, m: Mention, lexicon: dict[str, str]) -> bool:
    """Whether the organisation `m` right after a kind of body `prev` and its acronym in
    brackets is the body it belongs to, one name with it: "[Komisi Disiplin] ( Komdis )
    [PSSI]" is the Komisi Disiplin PSSI, as "Komdis PSSI" after it says. The parent is
    an acronym ("PSSI", "DPRD") or a body of its own head ("Polres Kampar"); the unit is
    a kind of body (`_generic_org`, `_regional_body`)."""
    if prev.kind != "ORG" or " " not in prev.surface \
            or _BRACKET_ACRONYM.fullmatch(text, prev.end, m.start) is None:
        return False
    parent = m.surface.split()
    if not (len(parent) == 1 and parent[0].isupper() and parent[0].isalpha()
            or kind_rules().org_index.get(parent[0].lower())):
        return False
    return _generic_org(prev.surface, lexicon) or _regional_body(prev.surface)


def _spells_tail(short: str, words: Sequence[str]) -> bool:
    """Whether the syllabic or initial short form `short` spells `words`: it opens with the
    first word's first letter and holds each later word's first letter in order
    ("Mabes" of "Markas Besar")."""
    low = short.lower()
    if len(words) < 2 or low[:1] != words[0][:1].lower():
        return False
    at = 1
    for word in words[1:]:
        at = low.find(word[:1].lower(), at)
        if at < 0:
            return False
        at += 1
    return True


def _name_past_short(text: str, prev: Mention, m: Mention, lexicon: dict[str, str]
                     ) -> str | None:
    """The short form in brackets when the name `m` right after it continues the name
    `prev` it cuts (ent30): a kind of body and the region it serves, named by a word that
    heads no body ("Kepolisian Daerah ( Polda ) Metro Jaya", as "Polda Metro Jaya" says),
    or a name whose inner words the short form spells, the head left outside it ("Plaza
    Markas Besar ( Mabes ) TNI Cilangkap")."""
    gap = _BRACKET_ACRONYM.fullmatch(text, prev.end, m.start)
    # a body's or a place's name only: an event cut there is no name run on ("Sidang Utama
    # Pengadilan Tindak Pidana Korupsi (Tipikor) [Medan]" keeps the town)
    if gap is None or gap.group(1) or prev.kind not in ("ORG", "PLACE") \
            or m.kind not in ("ORG", "PLACE") or " " not in prev.surface:
        return None
    short = text[prev.end:m.start].split("(", 1)[1].split(")", 1)[0].strip()
    words = prev.surface.split()
    # a contraction ("Mabes"), not the capitals of a place closing the name ("Bank Sentral
    # Amerika Serikat (AS) The Federal Reserve": the country's own acronym)
    if not short.isupper() and any(_spells_tail(short, words[i:])
                                   for i in range(1, len(words) - 1)):
        return short
    first = m.surface.split()[0]
    if prev.kind == "ORG" and m.kind == "ORG" and not first.isupper() \
            and not kind_rules().org_index.get(first.lower()) \
            and (_generic_org(prev.surface, lexicon) or _regional_body(prev.surface)):
        return short
    return None


def _join_past_short(text: str, out: list[Mention], m: Mention, lexicon: dict[str, str]
                     ) -> bool:
    """Join `m` to the name before it that its short form in brackets cut
    (`_name_past_short`), the short form's own mention going too; whether it joined."""
    inner = len(out) > 1 and out[-1].start > out[-2].end and out[-1].end <= m.start
    # the acronym in the bracket a mention of its own ("( Polda )") or not: the name before
    # it, or the last mention itself where two bodies meet (ent33: an untagged acronym left
    # only `out[-2]`; a district's short form before its regency joins no place to it,
    # "Kecamatan X Y ( Xy ) Kabupaten Z")
    both = m.kind == "ORG" and out[-1].kind == "ORG"
    for prev in ((out[-2], out[-1]) if inner and both else (out[-2],) if inner else out[-1:]):
        short = _name_past_short(text, prev, m, lexicon)
        if short is not None:
            del out[out.index(prev):]
            out.append(Mention(prev.start, m.end, prev.kind, f"{prev.surface} {m.surface}",
                               blind=prev.blind, short=f"{short} {m.surface}"))
            return True
    return False


@cache
def _unit_areas() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).unit_areas)


# A body's acronym in brackets closing the text before a mention: "… ( BBJN ) ".
_BRACKETED_BEFORE = re.compile(r"\(\s*[A-Za-z][A-Za-z-]{1,11}\s*\)\s+$")
# A unit's number: a Roman numeral or one to three digits ("Wilayah VI", "Regional 3").
_UNIT_NUMBER = re.compile(r"(?:[IVX]+|\d{1,3})")


def _unit_areas_before_holders(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A person's name opening with a unit's numbered area right after a body's acronym in
    brackets ("Kepala Balai X ( BX ) [Wilayah VI Budi Santoso]") is the area, the body's
    (an ORG piece that `_join_past_short` runs on to the body), and the holder after it:
    the area word (`unit_areas`), its number, then one name word or more, read as a person
    or, for its area word, a place (ent33)."""
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split(" ")
        # the tagger reads the run a person's or, for its area word, a place's
        if m.kind not in ("PERSON", "PLACE") or len(words) < 3 \
                or words[0] not in _unit_areas() \
                or not _UNIT_NUMBER.fullmatch(words[1]) \
                or not all(_name_shaped(w) for w in words[2:]) \
                or _BRACKETED_BEFORE.search(text, max(0, m.start - 16), m.start) is None:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, 2, "ORG")
        right.kind, right.role, right.role_country = "PERSON", m.role, m.role_country
        out += [left, right]
    return out


# A body's acronym in brackets, then two to five capitalised words and their own short form
# in brackets: "Badan X (BX) Daya Raya Nusa (Darana)".
_TAIL_AFTER_ACRONYM = re.compile(
    r"\s*\(\s*[A-Z][A-Za-z]{1,9}\s*\)\s+((?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+)"
    r"\s*\(\s*([A-Z][a-z]{3,14})\s*\)")


def _tails_past_acronyms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A body's name that goes on past its acronym in brackets, the rest closed by its own
    short form of syllables in brackets, is one name ("Badan X (BX) [Daya Raya] Nusa
    (Darana)": the Badan X Daya Raya Nusa, its tail no person): where the syllabic short
    form spells the tail (`_spells_tail`, opening with the tail's first letter). The
    mentions inside the tail go; the short form stays, to be joined to the name (ent33)."""
    out: list[Mention] = []
    end = -1  # the end of the last tail taken in
    for m in mentions:
        if m.start < end:
            continue  # a mention inside the tail taken in
        hit = _TAIL_AFTER_ACRONYM.match(text, m.end) if m.kind == "ORG" \
            and " " in m.surface else None
        if hit is None or not _spells_tail(hit.group(2), hit.group(1).split()):
            out.append(m)
            continue
        tail = " ".join(hit.group(1).split())
        end = hit.end(1)
        out.append(Mention(m.start, end, "ORG", f"{m.surface} {tail}", blind=m.blind))
    return out


def _places_after_acronyms(text: str, mentions: Sequence[Mention], lexicon: dict[str, str]
                           ) -> list[Mention]:
    """A body, its acronym in brackets and the place it serves are one name (the
    body's branch there, `_branch_place`): "[Pengadilan Negeri] (PN) [Denpasar]" is the
    Pengadilan Negeri Denpasar, "[Pengadilan Militer] (Dilmil) I-04 [Palembang]" the
    Pengadilan Militer I-04 Palembang (the name is written without the bracket, as the
    article writes it elsewhere); the place's own acronym in brackets after it goes too
    ("Nusa Tenggara Barat ( NTB )")."""
    out: list[Mention] = []
    joined: Mention | None = None  # the place last joined to its body
    shorts: dict[str, str] = {}  # the parent's name -> the unit's acronym before it
    for m in mentions:
        if m.kind == "ORG" and out and _parent_body(text, out[-1], m, lexicon):
            prev = out.pop()
            short = text[prev.end:m.start].split("(", 1)[1].split(")", 1)[0].strip()
            # "Komdis PSSI", the acronym before the parent, is the unit's short form
            out.append(Mention(prev.start, m.end, "ORG", f"{prev.surface} {m.surface}",
                               blind=prev.blind, short=f"{short} {m.surface}"))
            shorts[m.surface] = short
            continue
        if m.kind in ("ORG", "PLACE") and out and _join_past_short(text, out, m, lexicon):
            continue
        unit = shorts.get(m.surface) if m.kind == "ORG" else None
        if unit is not None and text.endswith(unit + " ", 0, m.start):
            # "Komdis PSSI" after "Komisi Disiplin (Komdis) PSSI": the unit, not the parent
            at = m.start - len(unit) - 1
            out.append(Mention(at, m.end, "ORG", text[at:m.end], blind=m.blind))
            continue
        if m.kind != "PLACE" or not out:
            out.append(m)
            continue
        if joined is not None and m.surface == _initials(joined.surface) \
                and _OPEN_BRACKET.fullmatch(text, out[-1].end, m.start) \
                and _CLOSE_BRACKET.match(text, m.end):
            joined = None
            continue
        joined = None
        # The acronym in the bracket may be a mention of its own ("(PN)"): it goes too.
        inner = len(out) > 1 and out[-1].start > out[-2].end
        for prev in ((out[-2], out[-1]) if inner else (out[-1],)):
            gap = _branch_place(text, prev, m, lexicon)
            if gap is not None:
                bracket = gap.re is _BRACKET_ACRONYM
                code = (gap.group(1) if bracket else None) or ""
                code = code.strip()  # a unit's number after the bracket ("I-04")
                name = " ".join(w for w in (prev.surface, code, m.surface) if w)
                # A regional body's acronym names its branch here ("DLH" for the DLH DKI
                # Jakarta); a national body's stays its own ("PDIP" of "PDI Perjuangan
                # (PDIP) Bali" is the party).
                branch_short = text[prev.end:m.start].split("(", 1)[1].split(")", 1)[0] \
                    .strip() if bracket and (_regional_body(prev.surface)
                                             or _generic_org(prev.surface, lexicon)) else None
                del out[out.index(prev):]
                out.append(Mention(prev.start, m.end, "ORG", name, blind=prev.blind,
                                   short=branch_short))
                joined = m
                break
        else:
            out.append(m)
    return out


_AGE_CLASS = re.compile(r"U\s*-?\s*\d{2}(?!\w)")
_TEAM_BEFORE = re.compile(r"(?<![\w-])(?:timnas|tim\s+nasional)\s+$", re.IGNORECASE)


_AGE_AFTER = re.compile(r"\s+U\s*-?\s*\d{2}(?!\w)")


def age_teams(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """An age class is no team by itself: 'timnas [U - 19 Indonesia]' is the national team
    'Timnas U - 19 Indonesia' (the lower-case 'timnas' joins it), and 'pemain [U - 22]' names
    no one (dropped). One written after a team's name is that side's ('Timnas Malaysia
    [U - 22]', not the senior team; ent30c)."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        after = _AGE_AFTER.match(text, m.end) if m.kind == "ORG" else None
        if after is not None and not any(s in starts for s in range(m.end, after.end())):
            m.end = after.end()
            m.surface = text[m.start:m.end]
        age = _AGE_CLASS.match(m.surface)
        if m.kind != "ORG" or age is None:
            out.append(m)
            continue
        team = _TEAM_BEFORE.search(text, max(0, m.start - 20), m.start)
        if team is not None:
            m.start = team.start()
            m.surface = text[m.start:m.end]
            m.surface = m.surface[:1].upper() + m.surface[1:]
            out.append(m)
        elif age.end() < len(m.surface.rstrip()):
            out.append(m)  # 'U - 19 Indonesia' with no team word: still a team's name
    return out


# What ends the text before a sentence's first word: a full stop, a line, a double quote,
# or a single quote opening a quoted sentence ("'[Doain] Gabriel sehat ya'"; ent25), not
# one closing a word ("'Bapak' Budi").
_SENTENCE_END = re.compile(r"(?:^|[.!?\n\"”]|(?:^|\s)['‘])\s*$")


def _sentence_openers(text: str, mentions: Sequence[Mention], names: NameLists | None,
                      lexicon: Mapping[str, str]) -> None:
    """A capitalised word opening a sentence, run into a person's name that the article
    also writes alone, is no part of it ('[Kisruh] Ashanty dengan mantan karyawannya' when
    'Ashanty' stands alone elsewhere), unless the name lists know it from people's names or
    the lexicon as a proper noun ('Arsene Wenger' ... 'Wenger')."""
    alone = {_norm(m.surface) for m in mentions if m.kind == "PERSON"}
    for m in mentions:
        words = m.surface.split()
        if m.kind != "PERSON" or len(words) < 2 or _norm(" ".join(words[1:])) not in alone \
                or not _SENTENCE_END.search(text, max(0, m.start - 3), m.start):
            continue
        if lexicon.get(words[0].lower(), "").startswith("NNP") or names is not None and any(
                c in "Pp" for c in names.words.get(words[0].lower(), "")):
            continue
        start = text.index(words[1], m.start + len(words[0]))
        m.start, m.surface = start, text[start:m.end]


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w-])")


def _town_teams(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A town right before a capitalised word that the article tags alone as an
    organisation opens that organisation's name: "[San Antonio] Spurs" beside "Spurs" is
    the club (as "Houston Rockets" is), not the town and a short form."""
    alone = {m.surface for m in mentions if m.kind == "ORG" and " " not in m.surface
             and not m.surface.isupper()}
    if not alone:
        return list(mentions)
    out: list[Mention] = []
    taken = -1  # the start of a one-word mention joined to the town before it
    for k, m in enumerate(mentions):
        if m.start == taken:
            continue
        # a town the gazetteer keeps apart from its state's name ("New York") too (ent29b)
        w = _NEXT_NAME_WORD.match(text, m.end) if m.kind == "PLACE" and m.place is not None \
            and m.place.type in {"city", "place"} else None
        if w is not None and w.group(1) in alone:
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if nxt is None or nxt.start >= w.end() or (nxt.start, nxt.end) == w.span(1):
                taken = w.start(1)
                out.append(Mention(m.start, w.end(), "ORG", text[m.start:w.end()],
                                   blind=m.blind))
                continue
        out.append(m)
    return out


@cache
def _club_tail() -> re.Pattern[str]:
    """A club's closing word (entities.toml `club_tails`) right after a name; not one glued
    to a bracket, a degree's ("Damayanti R Sjarif SpA(K )", a paediatric consultant)."""
    tails = sorted(load("entities", EntitiesData).club_tails, key=len, reverse=True)
    alts = "|".join(re.escape(t) for t in tails) or "(?!)"
    return re.compile(rf"[ \t]+(?:{alts})(?![\w(-])")


def _tailed_clubs(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A place or person read right before a club's closing word (`club_tails`: "[New York
    City] FC") is the club, an organisation, the closing word its name's end: the town is
    no mention of the place. A mention of the tail alone goes into it."""
    out: list[Mention] = []
    club_end = -1  # the end of the last club made here: the tail's own mention goes
    for m in mentions:
        if m.end <= club_end:
            continue
        w = _club_tail().match(text, m.end) if m.kind in {"PLACE", "PERSON"} else None
        if w is not None:
            m = Mention(m.start, w.end(), "ORG", text[m.start:w.end()], blind=m.blind)
            club_end = w.end()
        out.append(m)
    return out


class _Versus(NamedTuple):
    """A match's sides: "Satria Muda Pertamina vs NSH Jakarta", "Persib versus Arema",
    by entities.toml's versus_words in any case."""

    forms: tuple[str, ...]  # substrings one of which a text holding a word holds
    after: re.Pattern[str]  # a word right after a side
    before: re.Pattern[str]  # ... right before one
    inside: re.Pattern[str]  # ... between two sides run into one name


# A country in brackets after a player's name, by its name or its three-letter code
# ("Shiori Saito ( Jepang )", "( JPN )", a pair's "( MAS / INA )").
_COUNTRY_AFTER = re.compile(
    r"\s*\(\s*([A-Z]{3}(?:\s*/\s*[A-Z]{3})?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\)")


def _country_players(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> set[str]:
    """Persons some mention of whom has a country in brackets after it: players of a
    draw or results line, whose name may end in a town ("Shiori [Saito]"), no team (ent27)."""
    out: set[str] = set()
    for m in mentions:
        if m.kind != "PERSON" or m.surface in out:
            continue
        c = _COUNTRY_AFTER.match(text, m.end)
        if c is not None and (c.group(1)[1:].isupper() or _bracketed_country(c.group(1), gaz)):
            out.add(m.surface)
    return out


# A results line's event code opening a line before a colon and a match's "vs" ("MS :
# Tommy Sugiarto vs Wong", "WD : A / B vs C / D"), and what follows a bracketed country
# in such a line: the other side after "vs", or a score ("22 - 20").
_ROW_CODE = re.compile(r"(?<!.)[ \t]*([A-Z][A-Za-z]{1,2})[ \t]*:(?=[^\n]*\svs\.?\s)")
_ROW_VS = re.compile(r"(?<=\s)vs\.?(?=\s)")  # the "vs" between a results line's sides
_ROW_GOES_ON = re.compile(r"[ \t]*(?:vs\.?\s|\d{1,2}\s*-\s*\d{1,2}\b)")


# A player's name on a results line: capitalised words, a syllable after a hyphen
# ("Baek Ha - na"), never the "vs" between the sides.
_ROW_NAME = r"[A-Z][\w'’]*(?:(?:[ \t]+|[ \t]*-[ \t]*)(?!vs\b)[A-Za-z][\w'’]*)*"
_ROW_SIDE = re.compile(rf"({_ROW_NAME})(?:[ \t]*/[ \t]*({_ROW_NAME}))?[ \t]*"
                       r"(?:\([^)\n]*\)[ \t]*)?(?=vs\b|\d|$)", re.MULTILINE)


def _row_players(text: str, mentions: list[Mention]) -> list[Mention]:
    """The players of a results line opening with an event's code ("WS : [Fitrani] vs
    Sayaka Sato ( JPN ) 11 - 21", a pair's "Berry A / [Hardianto] vs ..."), the tagger
    left untagged: persons, each side's one or two names before its "vs", bracket or
    score (ent27b)."""
    added: list[Mention] = []
    for row in _ROW_CODE.finditer(text):
        end = text.find("\n", row.end())
        end = len(text) if end < 0 else end
        at = row.end()
        line = text[at:end]
        # each side's span from the separators' own ends: "vs." is one longer than "vs"
        cuts = list(_ROW_VS.finditer(line))
        starts = [0, *(v.end() for v in cuts)]
        for a, b in zip(starts, [*(v.start() for v in cuts), len(line)], strict=True):
            side = line[a:b]
            lead = len(side) - len(side.lstrip())
            hit = _ROW_SIDE.match(side.rstrip(), lead)
            for g in (1, 2):
                if hit is not None and hit.group(g):
                    s, e = at + a + hit.start(g), at + a + hit.end(g)
                    if not any(m.start < e and s < m.end for m in (*mentions, *added)):
                        added.append(Mention(s, e, "PERSON", text[s:e]))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _player_country_codes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Less the three-letter codes in brackets right after a player of a match's line
    ("Shiori Saito ( [JPN] )", a pair's "( MAS / [INA] )"): the country the player plays
    for by its sports code, no body (ent27), and any before a "vs" or a score; the event's
    code opening a results line ("[MS] : Tommy vs Wong", ent27b). `_versus_teams` asks
    this only of a text with a match's "vs"."""
    people = {m.end for m in mentions if m.kind == "PERSON"}
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        row = _ROW_CODE.match(text, m.start)
        if row is not None and row.end(1) == m.end:
            gone.add(k)  # "[MS] : Tommy vs Wong": the event's code opening the line
            continue
        if len(m.surface) != 3 or not m.surface.isupper() or not m.surface.isalpha():
            continue
        b = _COUNTRY_AFTER.search(text, max(0, m.start - 12), m.end + 12)  # "( [INA] / MAS )"
        if b is None or not b.start(1) <= m.start < b.end(1):
            continue
        before = b.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1  # the player's name ends where the blanks before the bracket start
        if before in people or _ROW_GOES_ON.match(text, b.end()):
            gone.add(k)  # a bracket before a "vs" or a score is a results line's too
    if not gone:
        return mentions
    return [m for k, m in enumerate(mentions) if k not in gone]


@cache
def _versus() -> _Versus:
    words = load("entities", EntitiesData).versus_words
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    cased = {f for w in words for f in (w, w.capitalize(), w.upper())}
    # the shortest forms only: a text holding "vs." holds "vs"
    forms = tuple(sorted(f for f in cased if not any(g != f and g in f for g in cased)))
    return _Versus(forms, re.compile(rf"\s*(?:{alt})\s", re.IGNORECASE),
                   re.compile(rf"(?<![\w.])(?:{alt})\s*$", re.IGNORECASE),
                   re.compile(rf"\s+(?:{alt})\s+", re.IGNORECASE))


def _versus_teams(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A side of a match the tagger read as a place the gazetteer does not know, or as a
    person whose name ends in a town ("Satya Wacana Salatiga vs NSH Jakarta") is a team:
    an organisation. Known places (countries' teams) and people without a town (a
    badminton or tennis pair: "Jonatan vs Lee") stay. A name run across "vs" is the two
    sides."""
    versus = _versus()
    if not any(v in text for v in versus.forms):
        return mentions
    split: list[Mention] = []
    for m in mentions:
        cut = versus.inside.search(m.surface)
        if cut is None:
            split.append(m)
            continue
        left, right = m.surface[:cut.start()], m.surface[cut.end():]
        split.append(Mention(m.start, m.start + len(left), m.kind, left, blind=m.blind))
        if right[:1].isupper():
            at = m.start + cut.end()
            split.append(Mention(at, m.end, m.kind, right, blind=m.blind))
    mentions = split
    teams: set[str] = set()
    for m in mentions:
        if m.kind not in ("PLACE", "PERSON") or not (
                versus.after.match(text, m.end)
                or versus.before.search(text, max(0, m.start - 10), m.start)):
            continue
        words = m.surface.split()
        if len(words) < 2 or gaz.resolve(m.surface) is not None:
            continue
        town = gaz.resolve(words[-1])
        if m.kind == "PLACE" or town is not None and town.type != "country":
            teams.add(m.surface)
    teams -= _country_players(text, mentions, gaz)
    mentions = _row_players(text, _player_country_codes(text, mentions))
    if not teams:
        return mentions
    # The team's other mentions, outside a fixture too, and its longer or shorter forms
    # of two words or more ("Satria Muda Pertamina [Jakarta]", "Satria Muda").
    forms = [tuple(t.split()) for t in teams]
    for m in mentions:
        if m.kind not in ("PLACE", "PERSON"):
            continue
        parts = tuple(m.surface.split())
        if len(parts) > 1 and any(f[:len(parts)] == parts or parts[:len(f)] == f
                                  for f in forms):
            m.kind, m.place = "ORG", None
    return mentions


@cache
def _club_prefixes() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).club_prefixes)


def _cut_club_prefixes(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A club's abbreviation read alone ("[AS] [Roma]", the first taken for Amerika
    Serikat) and the name right after it are one club where the text also writes the two
    as one mention of an organisation ("AS Roma")."""
    whole = {m.surface for m in mentions if m.kind == "ORG" and " " in m.surface}
    prefixes = _club_prefixes()
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(mentions):
        if k == skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if m.surface in prefixes and nxt is not None and nxt.start == m.end + 1 \
                and text[m.end] == " " and f"{m.surface} {nxt.surface}" in whole:
            out.append(Mention(m.start, nxt.end, "ORG", text[m.start : nxt.end],
                               blind=m.blind or nxt.blind))
            skip = k + 1
            continue
        out.append(m)
    return out


def _prefixed_clubs(mentions: Sequence[Mention]) -> None:
    """A place or person whose name opens with a club's abbreviation ("SC Feyenoord",
    "Olympique de Marseille") is the club, and so is a person named as that club's core
    ("Marseille menyatakan ..."): a town is no person."""
    cores: set[tuple[str, ...]] = set()
    for m in mentions:
        if " " in m.surface and m.surface.split(" ", 1)[0] in _club_prefixes() \
                and m.kind in {"PLACE", "PERSON", "ORG"}:
            m.kind, m.place = "ORG", None
            cores.add(_club_core(m.surface))
    for m in mentions:
        if m.kind == "PERSON" and tuple(_norm(m.surface).split()) in cores:
            m.kind = "ORG"


@cache
def _club_words() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).club_words)


def _worded_clubs(mentions: Sequence[Mention], gaz: Gazetteer) -> None:
    """A place or person whose name is a club's opening word (entities.toml `club_words`)
    and a place the gazetteer knows ("[Real Madrid]" read as Spain's capital, "[Dynamo
    Kiev]") is the club, an organisation (kinds18)."""
    words = _club_words()
    for m in mentions:
        if m.kind not in {"PLACE", "PERSON"} or m.role is not None or " " not in m.surface:
            continue
        first, rest = m.surface.split(" ", 1)
        if first in words and rest[:1].isupper() and gaz.resolve(rest) is not None:
            m.kind, m.place = "ORG", None


# "place": the gazetteer's few named places below a town ("Sleman", "Menteng"), none of
# them a common word ('di [Sleman] [Yogyakarta]', cuts16)
_TOWN_KINDS = frozenset({"city", "province", "country", "place"})


def _joined_places(mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Two places written one after the other are two mentions ('dari [Sabang] [Merauke]',
    'di [Denpasar] [Bali]'): a two-word place the gazetteer does not know whole, each word
    of it a town, province or country the gazetteer knows without doubt ("Jakarta
    Selatan", "Batu Bara" and "Bandar Lampung" stay whole); so too a town and its
    two-word province ('di [Makassar] [Sulawesi Selatan]', whonames3)."""
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split(" ")
        if m.kind == "PLACE" and m.place is None and 2 <= len(words) <= 4 \
                and gaz.resolve(m.surface) is None:
            for k in range(1, len(words)):
                parts = [gaz.resolve(" ".join(words[:k])), gaz.resolve(" ".join(words[k:]))]
                if all(p is not None and not p.ambiguous and p.type in _TOWN_KINDS
                       for p in parts):
                    cut = len(" ".join(words[:k]))
                    left, right = _cut(m, cut, cut + 1, "PLACE")
                    left.place, right.place = parts
                    out += (left, right)
                    break
            else:
                out.append(m)
            continue
        out.append(m)
    return out


@cache
def _festival_heads() -> frozenset[str]:
    """entities.toml `festival_heads`: "Festival", "Pameran" (kinds17)."""
    return frozenset(load("entities", EntitiesData).festival_heads)


@cache
def _festival_before() -> re.Pattern[str]:
    """A festival's or fair's head and the capitalised words of its name right before a
    town ("Festival Film Internasional [Busan]", "Pameran Seni Rupa [Jakarta]"; kinds17)."""
    heads = "|".join(map(re.escape, sorted(_festival_heads()))) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{heads})(?:\s+[A-Z][\w'’&-]*){{0,4}}\s+$")

@cache
def _entity_words(key: str) -> frozenset[str]:
    """One word list of entities.toml as a set: `town_name_modifiers` (words making a head
    and the town after it one name, "Universitas Negeri Jakarta"), `headquarters_heads`
    ("Mabes TNI"), `road_heads` ("Jalan Tol Trans Jawa"; "Kantor Pajak X Bogor")."""
    return frozenset(getattr(load("entities", EntitiesData), key))


def _towns_after_sites(text: str, mentions: Sequence[Mention], gaz: Gazetteer,
                       lexicon: dict[str, str]) -> list[Mention]:
    """A named site with its town run on is two mentions, the site and the town ('di
    [Lapangan Merdeka Medan]' as 'Lapangan Merdeka' and Medan, '[Mabes TNI Jakarta]' where
    'Mabes TNI' stands alone too): the whole written once (a name written whole again
    and again is the name) and no name the gazetteer knows; the town one it knows without
    doubt (a city, regency or province, or 'Kota'/'Kabupaten' and one; a wider place's
    name, as "Nusantara", after a place only where the text names it apart too); the word
    before the town a name's own word: capitalised, no common word the lexicon holds (the town's
    name may open with it, "Stasiun Batu Ceper"), no modifier that makes a head and its
    town one name ("Universitas Negeri Jakarta"), no body's head named for its region
    ("Gedung DPRD Jawa Tengah") and no compass point. The site needs two
    words or more before the town (a head alone, "Stasiun Bogor", "Kota Bogor", is the
    name) and no institution's head ("Institut Pertanian Bogor"); a body read so, a
    place's or headquarters' head first and its words before the town written elsewhere
    too (a body named for its branch, "Yayasan X Surabaya", "Dinas Pendidikan Jawa
    Barat", and a club with its town, "Persib Bandung", stay) (cuts18)."""
    out: list[Mention] = []
    heads = _institution_words()[0]
    sites = _institution_words()[2] | _entity_words("headquarters_heads")
    streets, modifiers = _entity_words("road_heads"), _entity_words("town_name_modifiers")
    areas = _area_heads()
    for m in mentions:
        words = m.surface.split(" ")
        cut = 0
        if m.kind in {"PLACE", "ORG"} and not m.blind and len(words) >= 3 \
                and words[0] not in heads and words[0].lower() not in streets \
                and gaz.resolve(m.surface) is None:
            for k in (len(words) - 1, len(words) - 2):
                tail = words[k:]
                town = " ".join(tail[1:]) if len(tail) == 2 and tail[0].lower() in areas \
                    else " ".join(tail)
                place = gaz.resolve(town)
                if place is None or place.ambiguous \
                        or place.type not in {"city", "province", "place"} \
                        or place.type == "place" and m.kind == "PLACE" \
                        and text.count(town) < 2:
                    continue  # "Gereja X Nusantara": a wider name no town, unless named apart
                before = words[k - 1]
                if k < 2 or not before[:1].isupper() or not before.isalpha() \
                        or before.lower() in modifiers \
                        or before.lower() in areas or before in _COMPASS:
                    break
                if before in _region_unit_heads():
                    break  # "Gedung [DPRD Jawa Tengah]": a body named for its region
                if not lexicon.get(before.lower(), "NNP").startswith("NNP"):
                    break  # "Stasiun [Batu Ceper]": a common word opens the town's name
                if text.count(m.surface) > 1:
                    break  # "Taman Air X Malang" written whole again and again: its name
                if m.kind == "ORG" and (words[0].lower() not in sites
                                        or text.count(" ".join(words[:k])) < 2):
                    break
                cut = k
                break
        if not cut:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, cut, m.kind)
        right.kind = "PLACE"
        right.place = gaz.resolve(right.surface) or gaz.resolve(right.surface.split(" ", 1)[-1])
        out += [left, right]
    return out


@cache
def _namesake_before() -> re.Pattern[str] | None:
    """A facility's bare head (entities.toml `namesake_heads`), then its acronym in brackets
    or its namesake's titles (`street_titles`) or both, right before a name: "Rumah Sakit
    Umum Pusat ( RSUP ) Prof ", "RSUP Dr ", "Gerbang Tol ( GT ) "."""
    d = load("entities", EntitiesData)
    if not d.namesake_heads or not d.street_titles:
        return None
    heads = "|".join(re.escape(h) for h in sorted(d.namesake_heads, key=len, reverse=True))
    titles = "|".join(re.escape(t) for t in sorted(d.street_titles, key=len, reverse=True))
    return compile_cached(
        rf"(?<![\w-])(?P<head>{heads})"
        rf"(?:(?P<acr>\s*\(\s*[A-Z][A-Za-z]{{1,14}}\s*\))(?P<t1>(?:\s+(?:{titles})(?:\s?\.)?)*)"
        rf"|(?P<t2>(?:\s+(?:{titles})(?:\s?\.)?)+))\s+$")


@cache
def _namesake_ends() -> tuple[str, ...]:
    """What each match of `_namesake_before` ends in before its closing white space: the
    acronym's bracket, a title (`street_titles`) or a title's full stop."""
    return (")", ".", *load("entities", EntitiesData).street_titles)


def _facilities_named_for(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name right after a facility's bare head and its acronym in brackets or its
    namesake's titles is the facility's, the head its first words: "[Rumah Sakit Umum
    Pusat] ( RSUP ) Prof [Ngoerah]" is the hospital Rumah Sakit Umum Pusat Prof Ngoerah, not
    a body and a person; "RSUP Dr [Sardjito]" the hospital; "Gerbang Tol ( GT ) [Cibatu]"
    the toll gate. The bracket is left out of the name, as the article writes it elsewhere.
    A hospital's, school's or university's name is an ORG, a gate's or airport's a PLACE
    (cuts19)."""
    pat = _namesake_before()
    if pat is None:
        return list(mentions)
    titled = frozenset(load("entities", EntitiesData).street_titles)
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in {"PERSON", "PLACE", "ORG"} or not m.surface[:1].isupper():
            out.append(m)
            continue
        lo = max(0, m.start - 60)
        # the search tries every start of the window; a match ends in a bracket, a title
        # or its full stop, then white space (`_namesake_ends`): skipped where the window
        # does not (most names), with the same answers (review20: 0.34 ms an article)
        hit = pat.search(text, lo, m.start) if text[m.start - 1:m.start].isspace() \
            and text[lo:m.start].rstrip().endswith(_namesake_ends()) else None
        if hit is None or (out and out[-1].start < hit.start() < out[-1].end):
            out.append(m)
            continue
        # mentions inside the head, bracket and titles go into the one name
        head = hit.group("head")
        titles = (hit.group("t1") or hit.group("t2") or "").split()
        low = head.casefold()
        kind = "ORG" if any(low == b or low.startswith(b + " ") or (b == "rs" and low[:2] == "rs")
                            for b in _entity_words("namesake_bodies")) else "PLACE"
        words = m.surface.split(" ")
        # "Direktur RSUP Dr [Sardjito dr Eniarti]": the namesake, then the officer after
        # his own title; the officer keeps the office with the hospital's whole name
        inner = next((k for k in range(1, len(words) - 1) if words[k] in titled), None) \
            if m.kind == "PERSON" and m.role is not None else None
        if m.kind == "PERSON" and m.role is not None and inner is None:
            # "Direktur RSUD dr [Andi Prasetyo]": the office's officer, no namesake
            out.append(m)
            continue
        while out and out[-1].start >= hit.start() and out[-1].end <= m.start:
            out.pop()
        if inner is not None and m.role is not None:
            cut = m.start + len(" ".join(words[:inner]))
            facility = " ".join([head, *titles, *words[:inner]])
            out.append(Mention(hit.start(), cut, kind, facility, blind=m.blind))
            at = cut + 1 + len(words[inner]) + 1
            holder = Mention(at, m.end, "PERSON", text[at:m.end], blind=m.blind,
                             role=f"{m.role} {' '.join([*titles, *words[:inner]])}"
                             if m.role.endswith(head) else m.role)
            out.append(holder)
            continue
        name = " ".join([head, *titles, m.surface])
        out.append(Mention(hit.start(), m.end, kind, name, blind=m.blind))
    return out


_FIELD_BEFORE = re.compile(r"([A-Za-z][\w.-]*) $")


def _office_fields_in_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A person's name that opens with the rest of the office written before it is the
    name without it, the office its holder's role: a field that makes the title before it
    a whole office of offices.toml ("Menko [Kemaritiman Budi Santoso]" is Menko
    Kemaritiman and Budi Santoso), or words up to a ministry's short form ("Direktur
    Jenderal Perkeretaapian [Kemenhub Budi Santoso]": Kemenhub, a body, and the man; a
    person's name holds no "Kemen-" word). A name word stays after a field, two after a
    ministry (cuts18)."""
    titles, _, longest = _office_titles()
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split(" ")
        if m.kind != "PERSON" or m.blind or len(words) < 2 or m.surface != text[m.start:m.end]:
            out.append(m)
            continue
        cut = body = 0
        prev = _FIELD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if prev is not None:
            low = prev.group(1).casefold()
            cut = next((n for n in range(min(longest - 1, len(words) - 1), 0, -1)
                        if (low, *(w.casefold() for w in words[:n])) in titles), 0)
        if not cut:
            k = next((k for k in range(len(words) - 2) if words[k].startswith("Kemen")
                      and not words[k].startswith("Kementerian")  # the full word opens a name
                      and len(words[k]) >= 7 and words[k].isalpha()), None)
            if k is not None:
                cut, body = k + 1, 1
        if not cut:
            out.append(m)
            continue
        left, right = _cut_at_word(m, words, cut, "ORG")
        right.role = f"{m.role} {left.surface}" if m.role else \
            (f"{prev.group(1)} {left.surface}" if prev is not None and not body else None)
        right.role_country, right.near_country = m.role_country, m.near_country
        if body:
            a = len(" ".join(words[:cut - 1]))
            out.append(Mention(m.start + (a + 1 if a else 0), left.end, "ORG",
                               words[cut - 1]))
        out.append(right)
    return out


@cache
def _meeting() -> re.Pattern[str]:
    """A named meeting: a head of entities.toml `named_meeting_heads` ("Rapat Koordinasi
    Penguatan Kelembagaan X"), capitalised, with two name words or more after it, the
    meeting an EVENT (merge18)."""
    heads = load("entities", EntitiesData).named_meeting_heads
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(sorted(heads, key=len, reverse=True))
        + r")((?:\s+(?:dan\s+)?(?:[A-Z][\w'’&-]*|(?:19|20)\d\d)(?![\w-])){2,8}"
        r"(?:\s+tahun\s+(?:19|20)\d\d(?![\w/-]))?)"  # its year: "… Daerah tahun 2025"
        r"(?=[ \t]*[a-z(,.;:\"”])")


_NAME_RUN_WORD = re.compile(r"[\w'’&-]+")


def _named_meetings(text: str, mentions: list[Mention]) -> list[Mention]:
    """A named meeting, a meeting's head and two capitalised name words or more up to a
    lower-case word or a stop ("dalam [Rapat Koordinasi Penguatan Kelembagaan Bawaslu X]
    di Y"), is an EVENT, ended before a person named in the run; a place inside only
    names it, a body inside stays (as "Kongres PSSI"). A mention crossing its ends leaves
    it as tagged (merge18)."""
    found = [g for g in _meeting().finditer(text)]
    if not found:
        return mentions
    out = list(mentions)
    offices = feature_role_words()
    for g in found:
        s, e = g.start(), g.end()
        inner = [m for m in out if m.start < e and m.end > s]
        person = min((m.start for m in inner if m.kind == "PERSON" and m.start > s),
                     default=None)
        # an office's word outside a body's name opens a holder's run ("… DPR [Menteri]")
        office = next((w.start() for w in _NAME_RUN_WORD.finditer(text, g.start(1), e)
                       if w.group().lower() in offices and not any(
                           m.start <= w.start() < m.end for m in inner)), None)
        if office is not None and (person is None or office < person):
            person = office
        if person is not None:
            e = len(text[:person].rstrip())
            if len(text[g.start(1):e].split()) < 2:
                continue
            inner = [m for m in inner if m.start < e]
        if any(m.start < s or m.end > e or m.kind == "PERSON" or m.blind for m in inner):
            continue
        out = [m for m in out if not (m in inner and m.kind in {"PLACE", "EVENT"})]
        out.append(Mention(s, e, "EVENT", text[s:e]))
    return sorted(out, key=lambda m: m.start)


# A body's name closed by a year or a season (after a word that is no month, no "Tahun"
# of a law's number, no "Nomor"): that edition of a fair, show or competition, an EVENT
# ("Indocomtech 2017", "Liga 1 2017", "Liga Primer Inggris 2015 - 2016"; kinds19).
_EDITION_YEAR = re.compile(
    r"(\S+)\s(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?$")
_NOT_EDITION_BEFORE = WordSet("entities", EntitiesData, "not_edition_before")  # entities.toml


def _edition_named(surface: str) -> bool:
    """Whether a body's name closes with its edition's year (`_EDITION_YEAR`)."""
    year = _EDITION_YEAR.search(surface)
    return year is not None and year.group(1).casefold() not in _NOT_EDITION_BEFORE \
        and any(c.isalpha() for c in surface[:year.end(1)])


# An English named day closing a name, a town after it at most ("Canada Day", "Car Free
# Day Jakarta", "Earth Day"): the day's event, an EVENT (kinds19).
_NAMED_DAY = re.compile(r"\S\sDay(?:\s[A-Z][a-z]+)?$")
# Words of a music piece, where "X Day" may be a band or a song ("Green Day").
_MUSIC_WORDS = re.compile(r"(?<!\w)(?i:band|lagu|album|single|vokalis|penyanyi|musisi|"
                          r"pelantun|konser|gitaris)(?!\w)")


def _event_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A place that only names an event is no mention of that place: a race head right
    before it ("[GP] [Austria]") or an event tail right after it ("[Berlin] Film Festival")
    makes the whole an EVENT; a body's or person's name that ends with such a tail
    ("Rotterdam Film Festival", "Emmy Awards"), or with one and a year, is the event too;
    so is a body's or person's name opening with a festival's head ("[Pesta Kesenian
    Rakyat]"), and a festival's head and name run up to a town, with the year after it
    ("Festival Film Internasional [Busan] 2019", kinds17)."""
    after, ends = _event_tails()
    out: list[Mention] = []
    music: bool | None = None  # whether the article speaks of music, looked up once
    for m in mentions:
        if m.kind != "PLACE":
            if m.kind in {"ORG", "PERSON"} and ends.search(m.surface):
                m.kind = "EVENT"  # "Emmy Awards" read as a person is the award show
            elif m.kind == "ORG" and not m.blind and _edition_named(m.surface):
                m.kind = "EVENT"  # "[Indocomtech 2017]": a fair's edition (kinds19)
            elif m.kind in {"ORG", "PERSON"} and not m.blind and _NAMED_DAY.search(m.surface):
                if music is None:
                    music = _MUSIC_WORDS.search(text) is not None
                if not music:  # "Green Day", "Another Day" of a music piece stay
                    m.kind = "EVENT"  # "[Car Free Day Jakarta]": a named day (kinds19)
            elif m.kind in {"ORG", "PERSON"} and not m.blind and " " in m.surface \
                    and m.surface.split(None, 1)[0] in _festival_heads():
                m.kind = "EVENT"  # "[Pesta Kesenian Rakyat]" read as a body (kinds17)
            out.append(m)
            continue
        head = _race_head().search(text, max(0, m.start - 20), m.start)
        tail = after.match(text, m.end)
        fest = _festival_before().search(text, max(0, m.start - 60), m.start) \
            if head is None and tail is None and not m.blind else None
        if fest is not None and _CAPITAL_BEFORE.search(
                text, max(0, fest.start() - 40), fest.start()) is not None:
            fest = None  # "Route 91 Harvest Festival [Las Vegas]": an English name's tail
        inside = [] if fest is None else [o for o in out if o.end > fest.start()]
        if fest is not None and all(o.kind == "EVENT" and o.start >= fest.start()
                                    for o in inside):
            # "Festival Film Internasional [Busan] 2019": the festival's name holds its
            # town and year, one EVENT; the town only names it (kinds17)
            del out[len(out) - len(inside):]
            year = _SEASON.match(text, m.end)
            e0 = year.end() if year is not None else m.end
            out.append(Mention(fest.start(), e0, "EVENT", text[fest.start():e0],
                               blind=m.blind))
        elif head is not None and not any(o.end > head.start() and o.start < m.start
                                          for o in out):
            s0 = head.start()
            out.append(Mention(s0, m.end, "EVENT", text[s0 : m.end], blind=m.blind))
        elif tail is not None and not any(m.end < o.start < tail.end() for o in mentions):
            out.append(Mention(m.start, tail.end(), "EVENT", text[m.start : tail.end()],
                               blind=m.blind))
        else:
            out.append(m)
    return out


@cache
def _show_tail() -> re.Pattern[str]:
    """An award show's closing word (entities.toml `show_tails`) after a capitalised word."""
    tails = "|".join(opening(t, r"[\w-]") for t in load("entities", EntitiesData).show_tails)
    return re.compile(rf"(?:{tails or '(?!)'})(?![\w-])")  # the tail first: `re` skips to it


@cache
def _edition_tails() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).edition_tails)


_SHOW_WORD = re.compile(r"(?:[A-Z](?:[\w&'’.-]*[\w&'’-])?|[A-Z&]{2,})\s+$")  # no full stop
_SHOW_WORDS = 5  # name words before the tail, at most ("MTV Video Music Awards")


def _show_start(text: str, end: int, lexicon: Mapping[str, str]) -> int:
    """Where the award show whose tail starts at `end` starts: the capitalised words right
    before it, less the common words opening the run ("16 [Nominasi] Grammy Awards",
    "[Ajang] BET Awards"), which the lexicon knows and not as proper nouns."""
    starts: list[int] = []
    at = end
    for _ in range(_SHOW_WORDS):
        w = _SHOW_WORD.search(text, max(0, at - 40), at)
        if w is None or (w.start() > 0 and (text[w.start() - 1].isalnum()
                                           or text[w.start() - 1] in "-’'")):
            break
        starts.append(w.start())
        at = w.start()
    for s in reversed(starts):  # from the run's first word on
        word = text[s:].split(None, 1)[0]
        tag = lexicon.get(word.lower())
        if tag is None or tag.startswith(("NNP", "FW")):
            return s
    return end


_NEXT_CAPITAL_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _name_goes_on(text: str, end: int, lexicon: Mapping[str, str]) -> bool:
    """Whether a capitalised foreign or unknown word follows `end`, going on with an
    English name ("Tournament [Edition]"; not a weekday or place the lexicon knows as a
    proper noun: "Marathon [Minggu] lalu")."""
    nxt = _NEXT_CAPITAL_WORD.match(text, end)
    if nxt is None:
        return False
    tag = lexicon.get(nxt.group(1).lower())
    return tag is None or tag.startswith("FW")


def _split_overlap(out: Sequence[Mention], s: int, e: int
                   ) -> tuple[list[Mention], list[Mention]]:
    """The mentions of `out` overlapping [s, e) and the others, in one pass (an EVENT put
    in their place takes their blindness)."""
    over: list[Mention] = []
    rest: list[Mention] = []
    for m in out:
        (over if m.start < e and s < m.end else rest).append(m)
    return over, rest


def _award_shows(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str]
                 ) -> list[Mention]:
    """Award shows as one EVENT each, tagged or not ("Grammy Awards", "BET Awards" where
    the tagger read "BET" alone as a body): the capitalised run before a show tail and the
    tail, and the year after it where the article names the show with its year each time
    (one name, not an edition and a short form apart); a tournament's year (`edition_tails`)
    wherever one follows: that edition, an EVENT apart from the tournament named without it
    ("juara AS Terbuka 2017" beside "memenangi AS Terbuka"), cuts15. A longer name holding
    the run is left as tagged."""
    out = list(mentions)
    changed = False  # sorted once at the end: the tests below read `out` as a set
    dated: dict[str, bool] = {}  # a show's name -> whether its year is kept
    editions = _edition_tails()
    for t in _show_tail().finditer(text):
        s, e = _show_start(text, t.start(), lexicon), t.end()
        if s == t.start() or text[s:e] in kind_rules().not_entities:
            continue  # "Fun Run": a kind of race (kinds.toml `not_entities`), no show
        if _name_goes_on(text, e, lexicon):
            continue  # "Wolverine Tournament [Edition]": the tail closes no name (ent28b)
        year = _SEASON.match(text, e)
        if year is not None:
            name = text[s:e]  # the text read once per name, not once per show
            if name not in dated:
                dated[name] = t.group() in editions or all(
                    _SEASON.match(text, w.end()) for w in _whole_words(name).finditer(text))
            if dated[name]:
                e = year.end()  # "American Music Awards 2016", named so each time; "AS
                # Terbuka 2017", a tournament's edition apart from its bare name (cuts15)
        over, rest = _split_overlap(out, s, e)
        if any(m.start < s or m.end > e for m in over):
            continue  # "Juara [Asia Music Awards Festival]": left as tagged
        out = rest
        # A tournament's or race's name with no year after it is the series, an
        # organisation ("mundur dari Cincinnati Terbuka"), as the README's ruling counts a
        # competition without an edition (kinds16); its edition is the EVENT.
        kind = "ORG" if year is None and t.group() in editions else "EVENT"
        out.append(Mention(s, e, kind, text[s:e], blind=any(m.blind for m in over)))
        changed = True
    return sorted(out, key=lambda m: m.start) if changed else out


@cache
def _event_cue() -> re.Pattern[str]:
    """An event cue word (entities.toml `event_cues`, any case) and the space after it,
    before a capital."""
    cues = "|".join(re.escape(c) for c in load("entities", EntitiesData).event_cues)
    return re.compile(rf"(?<![\w-])(?i:{cues or '(?!)'})\s+(?=[A-Z])")


@cache
def _event_cue_words() -> CueWords:
    """The words of `_event_cue`'s cues, one of which it needs (`may_hold`)."""
    return CueWords(w for c in load("entities", EntitiesData).event_cues for w in c.split())


_CUED_WORD = re.compile(r"\s*(?:[A-Z][\w&'’.-]*[\w&'’-]|[A-Z]|\d{1,3}(?:st|nd|rd|th))(?![\w-])")
_CUED_INNER = re.compile(r"\s+(?:of|de|the|and|for|on|in)(?=\s+[A-Z\d])")
_CUED_WORDS = 7  # name words after the cue, at most
_OR_ALIAS = re.compile(r"\s+atau\s+")


def _cued_run_end(text: str, start: int) -> int:
    """Where the capitalised run starting at `start` ends: capitalised words (an ordinal
    among them, "The 16th ICMSS") and English inner words between two of them."""
    end = at = start
    for _ in range(_CUED_WORDS):
        w = _CUED_WORD.match(text, at)
        if w is None:
            break
        end = at = w.end()
        inner = _CUED_INNER.match(text, at)
        if inner is not None:
            at = inner.end()
    return end


@cache
def _event_openers() -> tuple[str, ...]:
    """Heads of events, editions and competitions (entities.toml), each with a space."""
    d = load("entities", EntitiesData)
    return tuple(f"{h} " for h in (*d.event_heads, *d.edition_heads, *d.competition_heads))


def _headed_event(run: str) -> bool:
    """Whether a run opens with an event's, edition's or competition's own head ("Piala
    Eropa 2016", "Asian Games"), which their own rules read."""
    return f"{run} ".startswith(_event_openers())


def _cued_events(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str]
                 ) -> list[Mention]:
    """A name right after an event cue ("di ajang [IFA 2017]", "ajang [Indonesia Capital
    Market Student Studies]") is that event, an EVENT, tagged or not, with the year after
    it; a name given for it after "atau" is the same event. A run the tagger read as one
    person or place and no year after it, one opened by a common word the lexicon knows
    ("ajang Piala Dunia", left to the competition rules), and a longer name holding the
    run are left as tagged."""
    out = list(mentions)
    if not may_hold(text, _event_cue_words()):
        return out  # most articles: no cue, and the case-blind pattern is not tried
    changed = False
    for c in _event_cue().finditer(text):
        s = c.end()
        e = _cued_run_end(text, s)
        if e == s:
            continue
        tag = lexicon.get(text[s:e].split(None, 1)[0].lower())
        if tag is not None and not tag.startswith(("NNP", "FW")) or _headed_event(text[s:e]):
            continue
        year = _SEASON.match(text, e)
        if year is not None:
            e = year.end()
        over = [m for m in out if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in over) or (year is None and any(
                m.kind in {"PERSON", "PLACE"} and (m.start, m.end) == (s, e) for m in over)):
            continue
        spans = [(s, e)]
        alias = _OR_ALIAS.match(text, e)
        if alias is not None:
            a = next((m for m in out if m.start == alias.end() and m.kind == "ORG"), None)
            if a is not None:
                spans.append((a.start, a.end))
        for a0, a1 in spans:
            old, out = _split_overlap(out, a0, a1)
            out.append(Mention(a0, a1, "EVENT", text[a0:a1], blind=any(m.blind for m in old)))
        changed = True
    return sorted(out, key=lambda m: m.start) if changed else out


@cache
def _gathering() -> re.Pattern[str]:
    """A gathering head (entities.toml `gathering_heads`) and a body's acronym after it."""
    heads = "|".join(opening(h, r"[\w-]") for h in sorted(
        load("entities", EntitiesData).gathering_heads, key=len, reverse=True))
    return re.compile(rf"(?:{heads or '(?!)'})\s+([A-Z][A-Z0-9]{{1,7}})(?![\w-])")


_ROMAN = re.compile(r"[IVXLCDM]+")


def _gatherings(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """A body's named gathering as an EVENT ("Kongres PSSI"), with its acronym the body,
    an organisation (added where the tagger left it). A name holding the head is left as
    tagged ("[Kongres Pemuda] ...")."""
    out = list(mentions)
    changed = False  # sorted once at the end: the tests below read `out` as a set
    for g in _gathering().finditer(text):
        s, e, a = g.start(), g.end(), g.start(1)
        if _ROMAN.fullmatch(g.group(1)) or gaz.resolve(g.group(1)) is not None:
            continue  # "Kongres XVII": a number; "Kongres AS": a country's legislature
        over, rest = _split_overlap(out, s, e)
        if any((m.start, m.end) not in {(a, e), (s, e)} for m in over):
            continue
        out = rest
        blind = any(m.blind for m in over)
        out += (Mention(s, e, "EVENT", text[s:e], blind=blind),
                Mention(a, e, "ORG", text[a:e], blind=blind))
        changed = True
    return sorted(out, key=lambda m: m.start) if changed else out


@cache
def _competition_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a competition head before a capitalised word or number, a competition written
    without a head), from entities.toml; longest names first."""
    d = load("entities", EntitiesData)
    heads = "|".join(opening(h, r"[\w-]") for h in d.competition_heads) or r"(?!)"
    named = "|".join(opening(n, r"[\w.-]")
                     for n in sorted(d.competitions, key=len, reverse=True))
    return (re.compile(rf"(?:{heads})(?=\s+[A-Z\d])"),
            re.compile(rf"(?:{named or '(?!)'})(?![\w-])"))


@cache
def _edition_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an election or season word of entities.toml `edition_heads` with its year right
    after it, "Pilpres 2019", "Haji 2026", or a games' with its ordinal in Roman numerals,
    "PON XX" (checked by `_ROMAN_EDITION`); a law's short name closing the text before it,
    as in "UU Pemilu 2017", which names the law)."""
    d = load("entities", EntitiesData)
    heads = "|".join(opening(h, r"[\w-]") for h in sorted(
        d.edition_heads, key=len, reverse=True))
    laws = "|".join(map(re.escape, d.law_heads))
    return (compile_cached(rf"(?:{heads or '(?!)'})(?=\s+(?:(?:19|20)\d\d(?![\w/-])|[IVX]))"),
            re.compile(rf"(?<![\w-])(?:{laws or '(?!)'})\s+$"))


_QUOTE_BEFORE = re.compile("['\"‘“]\\s*$")
_QUOTE_AFTER = re.compile("\\s*['\"’”]")
_COMPETITION_WORD = re.compile(r"\s+(?:[A-Z][\w'’-]*|\d{1,2}|U-?\d{2})(?![\w'’-])")
_SEASON = re.compile(r"\s+(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?![\w/-])")
# An edition's ordinal in Roman numerals, II to XXXIX, the numeral whole (kinds15): not a
# lone "I", which opens Balinese names ("PON I Made Sudarsana").
_ROMAN_ORDINAL = r"(?=[IVX]{2}|[VX](?![\w-]))X{0,3}(?:IX|IV|V?I{0,3})(?![\w-])"
# ... after a games' head ("PON XX", "Peparnas XVI/2021"): the games of that edition, as a
# year after the head is.
_ROMAN_EDITION = re.compile(rf"\s+{_ROMAN_ORDINAL}")
_COMPETITION_WORDS = 4  # name words after the head, at most ("Piala Dunia Klub FIFA")


def _competition_end(text: str, head_end: int, at: Mapping[int, Mention],
                     gaz: Gazetteer) -> int:
    """Where a competition's name opened by a head ending at `head_end` ends: its
    capitalised words, up to and with the first place ("Liga Super [Tiongkok]"), and never
    into a club or person named right after it ("Liga Champions [Real Madrid]"). A cup
    named by the acronym of the body that runs it alone ("Piala FA", "Piala AFF") is the
    cup, that word included. One named with the body after other words ("Liga Champions
    UEFA") or by its area alone ("Piala Eropa", "Coppa Italia") is left as tagged
    (`head_end`): the body its own organisation and the area a place, as the NER gold sets
    tag them."""
    end = head_end
    for n in range(_COMPETITION_WORDS):
        w = _COMPETITION_WORD.match(text, end)
        if w is None:
            break
        word = w.group().strip()
        if word.isupper() and len(word) > 1:
            if n > 0:
                return head_end
            return w.end()  # "Piala [FA]": a cup named by its body's acronym alone is
            # the cup, one organisation, as the judged samples count it; a date or
            # number after it ("Piala FA 11 Maret 2007") is no part of it
        m = at.get(w.end() - len(word))
        if m is not None and m.kind == "PLACE" or gaz.resolve(word) is not None:
            age = _AGE_AFTER.match(text, w.end())
            if n == 0 and age is not None:
                return age.end()  # "Piala Asia U - 23": the age class's cup, no area alone
            if n == 0:
                return head_end
            whole = m.end if m is not None and gaz.resolve(m.surface) is not None else 0
            return max(whole, w.end())
        if m is not None and m.kind in {"PERSON", "ORG"} and n > 0:
            break  # "Liga Champions [Real Madrid]": the club after the name
        end = w.end()
    return end


def competitions(text: str, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Leagues, cups and championships as one name each (entities.toml
    `competition_heads`, `competitions`): "Piala Super Eropa" is the cup, not the place
    Eropa; "Liga Europa" and "Bundesliga", which the tagger passes by, are found. Each is an
    organisation; a cup with a year after it is that edition, an EVENT ("Piala Dunia
    2018"), as is a named series with one ("MotoGP 2024", a season) and a league with its
    season ("Liga 1 2017", the README's ruling from round 250; kinds16). A name the
    tagger ran on past the competition keeps its rest ("Liga Super Tiongkok [Shanghai
    Shenhua]"); one that holds the competition inside a longer name ("Juara Piala ...") is
    left as tagged."""
    heads, named = _competition_patterns()
    spans: list[tuple[int, int, str]] = []
    at = {m.start: m for m in mentions}
    for h in heads.finditer(text):
        end = _competition_end(text, h.end(), at, gaz)
        if end == h.end() or _after_award_noun(text, h.start()):
            continue  # "penghargaan [Piala Citra]": an award (`_no_titles`), no cup
        season = _SEASON.match(text, end)
        # A league with its season is that edition, an EVENT, as a cup with its year is
        # ("Liga 1 2017", the README's ruling; kinds16).
        edition = season is not None
        spans.append((h.start(), season.end() if season else end,
                      "EVENT" if edition else "ORG"))
    editions, law = _edition_patterns()
    for h in editions.finditer(text):
        season = _SEASON.match(text, h.end()) or _ROMAN_EDITION.match(text, h.end())
        if season is not None and law.search(text, max(0, h.start() - 16), h.start()) is None:
            spans.append((h.start(), season.end(), "EVENT"))  # "Pilpres 2019": an EVENT
    taken = [(s, e) for s, e, _ in spans]
    # The mentions by start and the longest one's length: a name found looks up only the
    # mentions that may hold it, not every one (quadratic on a text of many stories).
    by_start = sorted(mentions, key=lambda m: m.start)
    m_starts = [m.start for m in by_start]
    longest = max((m.end - m.start for m in mentions), default=0)
    for n in named.finditer(text):
        # A longer name the tagger gave it is left ("MotoGP Perancis", the race), and so
        # is a name quoted alone, a show's or a label's title ("' Bundesliga '"); one with
        # a year after it is that season, an EVENT ("MotoGP 2024"), however tagged.
        season = _SEASON.match(text, n.end())
        end = season.end() if season is not None else n.end()
        near = by_start[bisect_left(m_starts, n.end() - longest):
                        bisect_right(m_starts, n.start())]  # start <= n's, end may be past
        if not any(s < n.end() and n.start() < e for s, e in taken) and not any(
                m.start <= n.start() and m.end > n.end() and m.end != end for m in near) \
                and not (_QUOTE_BEFORE.search(text, max(0, n.start() - 3), n.start())
                         and _QUOTE_AFTER.match(text, n.end())):
            spans.append((n.start(), end, "EVENT" if season is not None else "ORG"))
    if not spans:
        return list(mentions)
    # `out` sorted by start (stably): each span reads and replaces only the mentions that
    # may overlap it, by bisection in `starts`, and puts the new ones after the mentions of
    # the same start, where a stable sort of the whole list puts them (a pass over every
    # mention per span was quadratic on a text of many stories). No span taken, the
    # mentions stay in their order.
    out = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in out]
    taken_any = False
    for s, e, kind in spans:
        idx = [k for k in range(bisect_left(starts, s - longest), bisect_left(starts, e))
               if s < out[k].end]
        over = [out[k] for k in idx]
        if any(m.start < s for m in over):
            continue  # a longer name holds it ("Juara Piala Presiden"): left as tagged
        keep: list[Mention] = []
        for m in over:
            rest = _REST.match(text, e, m.end)
            if m.end > e and rest is not None:  # "Tiongkok [Shanghai Shenhua]": run on
                r = rest.start(1)
                kind_r = m.kind if m.kind != "PLACE" or gaz.resolve(rest.group(1)) else "ORG"
                keep.append(Mention(r, m.end, kind_r, text[r : m.end], blind=m.blind))
        keep.append(Mention(s, e, kind, text[s:e], blind=any(m.blind for m in over)))
        for k in reversed(idx):
            del out[k], starts[k]
        for m in keep:
            k = bisect_right(starts, m.start)
            out.insert(k, m)
            starts.insert(k, m.start)
            longest = max(longest, m.end - m.start)
        taken_any = True
    return out if taken_any else list(mentions)


_REST = re.compile(r"\s+([A-Z].*)", re.DOTALL)  # a capitalised rest of a name run on


@cache
def _document_run() -> re.Pattern[str]:
    """A document head or a law's short name (the law words are documents' heads too) and
    capitalised words after it, as the text's last words."""
    d = load("entities", EntitiesData)
    alts = [*map(re.escape, (*d.document_heads, *d.law_heads)),
            *(re.escape(p) + r"\w*" for p in d.law_prefixes)]
    heads = "|".join(alts)
    return re.compile(rf"(?<![\w-])(?:{heads or '(?!)'})(?:\s+[A-Z][\w'’-]*)*\s+$")


_DOCUMENT_LOOKBACK = 80  # characters before a place where its document's head may stand


def _document_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A place inside the name of an agreement, a regulation or an award ("Perjanjian
    [Paris]", "Peraturan Presiden Republik [Indonesia]", "Anugerah Humas [Indonesia]")
    names that document (entities.toml `document_heads`, `law_heads`), no mention of the
    place."""
    run = _document_run()
    return [m for m in mentions if m.kind != "PLACE"
            or run.search(text, max(0, m.start - _DOCUMENT_LOOKBACK), m.start) is None]


_COMMA_AFTER = re.compile(r" ?,")


@cache
def _site_heads() -> frozenset[str]:
    """First words of areas and sites, case-folded: 'Kecamatan', 'Kawasan', 'Jalan'."""
    rules = kind_rules()
    return _branch_areas() | rules.area_words | frozenset(h[0] for h in rules.place_heads)


def _places_inside_names(text: str, mentions: Sequence[Mention], lexicon: Mapping[str, str]
                         ) -> list[Mention]:
    """A place right after a capitalised name word inside a sentence is a word of that
    longer name, no mention of the place ("Piala [Eropa] 2016", "Kantor Wilayah [Sumatera
    Utara]", "UPT Puskesmas [Riung Bandung]"), as `_country_in_name` reads an untagged
    country. An area after an area ("Desa Sembalun Lawang [Kecamatan Sembalun]", "di
    Kawasan [Lawang Sewu]") is a place of its own."""
    heads = _site_heads()
    out = []
    for m in mentions:
        if m.kind == "PLACE" and not m.blind \
                and m.surface.split(None, 1)[0].casefold() not in heads \
                and _after_name_word(text, m.start) and _name_before(
                    text[max(0, m.start - 60):m.start].split(), heads, lexicon):
            continue
        out.append(m)
    return out


def _name_before(before: Sequence[str], heads: Collection[str], lexicon: Mapping[str, str]
                 ) -> bool:
    """Whether the capitalised words ending `before` open a name a place ends: not a
    role's ("Menteri Perhubungan [Republik Indonesia]"), an area's ("Kabupaten
    Tulungagung [Jawa Timur]"), an event's (`event_heads`) or an adjective's ("Khas
    [Jawa]")."""
    run: list[str] = []
    for w in reversed(before):
        if not w[:1].isupper():
            break
        run.append(w)
    if not run or lexicon.get(run[0].lower(), "").startswith("JJ"):
        return False
    events = event_heads()  # "Pilkada [Jakarta]", "Piala [Eropa]": the area, as gold sets tag it
    return not any(is_role_word(w) or w.casefold() in heads or w in events for w in run)


def _common_openers(text: str, mentions: Sequence[Mention], names: NameLists | None,
                    lexicon: Mapping[str, str]) -> list[Mention]:
    """A lone capitalised word opening a sentence that the lexicon knows as a common word
    seldom capitalised ('[Nafsu] membeli banyak pemain', '[Perkuat] ...'), or as any common
    word with a comma right after it (a connective: '[Plus] , keduanya ...'), is
    capitalised for its place, no name, unless the name lists know it from people's names
    (for a word before a comma: from people's names only). A word the lexicon lacks is
    read so when it is still a common word (`_unlisted_common`: 'Pernahkah', 'Amar')."""
    out: list[Mention] = []
    counts: dict[str, int] = {}  # a surface's occurrences in the text, counted once
    unlisted: dict[str, str | None] = {}  # `_unlisted_common`'s answer per word
    for m in mentions:
        w = m.surface
        # A listed place is taken only where the article writes it nowhere else ('Kasihan
        # juga kalau ...', the word "pity", is a district of Bantul too): counted last and
        # once per surface, a whole-text count per place was quadratic on a long text.
        if m.kind in {"PERSON", "ORG", "PLACE"} \
                and not m.blind and not m.initials and " " not in w \
                and not w.isupper() and w[:1].isupper() \
                and _SENTENCE_END.search(text, max(0, m.start - 3), m.start) \
                and (m.kind != "PLACE" or m.place is None
                     or _count_once(counts, text, w) == 1):
            low = w.lower()
            listed = lexicon.get(low)
            if not listed:  # read once per word: a word absent in lower case scans the text
                if low not in unlisted:
                    unlisted[low] = _unlisted_common(text, low, lexicon)
                tag = unlisted[low]
            else:
                tag = listed
            if tag is None or tag.startswith("NNP"):
                out.append(m)
                continue
            # The article's own lower-case use outweighs a name the lists hold only now
            # and then ("p"): 'Amar putusan ...' after '... amar putusan ...'.
            person = "Pp" if listed is not None else "P"
            if tag[-2:] in _RARELY_CAPITAL and not (
                    names is not None and any(c in person for c in names.words.get(low, ""))):
                continue
            if _COMMA_AFTER.match(text, m.end) and not (
                    names is not None and _person_word(names, low)):
                continue
        out.append(m)
    return out


def _count_once(counts: dict[str, int], text: str, word: str) -> int:
    """`text.count(word)`, kept in `counts` for the next mention of the same surface."""
    n = counts.get(word)
    if n is None:
        n = counts[word] = text.count(word)
    return n


_QUESTION_PARTICLE = "kah"  # "Pernahkah kamu ...": a question word, never a name


def _unlisted_common(text: str, low: str, lexicon: Mapping[str, str]) -> str | None:
    """The lexicon's tag for a sentence's first word it lacks that is still a common word:
    a question in -kah of a common word it knows ('Pernahkah', of 'pernah'), or a word the
    article itself writes in lower case elsewhere ('Amar putusan ini' after '... amar
    putusan yang ...'); None when neither."""
    if low.endswith(_QUESTION_PARTICLE) and len(low) > len(_QUESTION_PARTICLE) + 2:
        tag = lexicon.get(low[: -len(_QUESTION_PARTICLE)])
        if tag is not None and not tag.startswith("NNP"):
            return tag
    if search_word_then(text, low, NOT_BEFORE_WORD) is not None:
        return "NN:l"  # lower case in the article's own text: a common word there
    return None


@cache
def _staff_openers() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).staff_openers)


def _staff_cut(text: str, mentions: Sequence[Mention]) -> None:
    """An organisation opened by a body's staff noun, capitalised ('[Penyidik] Polda Riau
    masih memeriksa', `staff_openers`): the people of the body, no part of its name; the
    mention starts at the body (who rounds 128-306: 'Penyidik KPK' beside KPK, ent33b)."""
    staff = _staff_openers()
    for m in mentions:
        first, _, rest = m.surface.partition(" ")
        if m.kind == "ORG" and first in staff and rest[:1].isupper() and not m.blind:
            at = text.find(rest.split(" ")[0], m.start + len(first), m.end)
            if at > 0:
                m.start, m.surface = at, rest


def _opening_word_cut(m: Mention, names: NameLists | None, lexicon: Mapping[str, str]
                      ) -> int:
    """Where the name starts inside a mention opening a sentence whose first word is a
    common word (a noun, preposition, ... of the lexicon; no proper noun, nor a foreign
    word that may be a foreign name's: "Date Masamune") that no name of
    the name lists holds, no role word and no head of a body's, place's or event's name
    ('Pengadilan Negeri Palu'): that word is capitalised for its place only ('[Ambisi]
    China', '[Via] Hexus', a noun in -an of a root the lexicon knows: '[Nyanyian] Green
    Day'); 0 when none is cut."""
    words = m.surface.split(" ")
    first = words[0]
    if len(words) < 2 or m.blind or m.initials or not first.isalpha() or first.isupper() \
            or not first[:1].isupper() or not words[1][:1].isupper():
        return 0
    low = first.lower()
    tag = lexicon.get(low)
    if tag is None and low.endswith("an") and len(low) >= 6:
        # a noun the lexicon lacks made of a root it has ("[Nyanyian] Green Day": nyanyi)
        tag = lexicon.get(low[:-2])
    if tag is None or tag.startswith(("NNP", "FW")) or is_role_word(first) \
            or (names is not None and low in names.words) or low in _body_heads() \
            or low in place_prefixes() or first in event_heads() \
            or _english_adjective_first(tag, words[1], names, lexicon):
        return 0
    return len(first) + 1


def _english_adjective_first(tag: str, second: str, names: NameLists | None,
                             lexicon: Mapping[str, str]) -> bool:
    """Whether an adjective opening the mention stands before a foreign word no person's
    name holds ('[Personal] Weather mencatat ...'): English puts the adjective first and
    Indonesian after, so the two are one English name, not a capitalised opener (kinds26)."""
    if not tag.startswith("JJ"):
        return False
    low = second.lower()
    if names is not None and any(c in "Pp" for c in names.words.get(low, "")):
        return False
    nxt = lexicon.get(low)
    return nxt is None or nxt.startswith("FW")


def _common_word_openers(text: str, mentions: Sequence[Mention], names: NameLists | None,
                         lexicon: Mapping[str, str], gaz: Gazetteer) -> list[Mention]:
    """A common word opening a sentence run into the name after it is no part of it
    (`_opening_word_cut`); what is left of a place's mention is looked up again, and a
    term that names nothing ('Kadar [CO2]') is dropped."""
    out: list[Mention] = []
    for m in mentions:
        cut = _opening_word_cut(m, names, lexicon) \
            if _SENTENCE_END.search(text, max(0, m.start - 3), m.start) \
            and not _spelt_name(text, m) else 0
        if cut:
            m.start, m.surface = m.start + cut, m.surface[cut:]
            if m.surface.casefold() in _no_entity_terms():
                continue
            if m.kind == "PLACE":
                m.place = gaz.resolve(m.surface)
        out.append(m)
    return out


@cache
def _sport() -> tuple[frozenset[str], int, dict[str, str]]:
    d = load("entities", EntitiesData)
    return (frozenset(w.lower() for w in d.sport_cues), d.sport_cues_needed,
            {" ".join(k.split()): v for k, v in d.sport_teams.items()})


@cache
def _team_patterns() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """(form, team, first word, whole-word pattern) of each [sport_teams] form, compiled
    once: 80 patterns compiled per article crowd `re`'s cache for every other stage."""
    return tuple((form, team, form.split()[0], _whole_words(form))
                 for form, team in _sport()[2].items())


def _whole_lower_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` with no word character (`\\w`: alphanumeric or
    "_") on either side: for a word of a-z only, whether it is one of the runs
    `(?<!\\w)[a-z]+(?!\\w)` finds (each cue found in place, not every lower-case word of
    the text listed: speed26)."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False  # no run of a-z letters
    return _literal_count(text, word, _not_word, _not_word) > 0


@lru_cache(maxsize=4)  # asked by `_aged`, `sport_teams` and `drop_team_nicknames` per text
def sports_report(text: str) -> bool:
    """Whether `text` reads as football reporting: enough distinct cue words of
    entities.toml (lower-case, whole words) in it."""
    cues, need, _ = _sport()
    # A whole word is there only where its letters are: most articles hold too few cue
    # words even as substrings, and skip the word scan (a substring test per cue is a
    # fifth of its time).
    if sum(c in text for c in cues) < min(need, _TEAM_CUES):
        return False
    found = sum(c in text and _whole_lower_word(text, c) for c in cues)
    # Transfer news names clubs more than it plays matches ("Arsenal sudah mengatakan pada
    # West Ham ... The Hammers tertarik merekrut"): three teams of the table and a couple
    # of cue words make it football reporting too.
    return found >= need or found >= _TEAM_CUES and _teams_named(text) >= _TEAMS_NEEDED


_TEAM_CUES = 2  # cue words that, with `_TEAMS_NEEDED` teams named, make football reporting
_TEAMS_NEEDED = 3


def _teams_named(text: str) -> int:
    """How many distinct teams of [sport_teams] `text` names by one of their forms (a
    substring test first: most forms are not there at all)."""
    return len({team for form, team, _, pat in _team_patterns()
                if form in text and pat.search(text)})


@cache
def _position_before() -> re.Pattern[str] | None:
    words = load("entities", EntitiesData).sport_positions
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})\s+$", re.IGNORECASE)


_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _position_clubs(text: str, mentions: Sequence[Mention]) -> None:
    """A team of [sport_teams] tagged a place between a playing position and a name is the
    club ("penyerang [Barcelona] Lionel Messi"); a country there is the player's own
    ("penyerang Argentina itu")."""
    pos = _position_before()
    if pos is None:
        return
    teams = _sport()[2]
    for m in mentions:
        if m.kind == "PLACE" and m.surface in teams \
                and not (m.place is not None and m.place.type == "country") \
                and _NAME_AFTER.match(text, m.end) \
                and pos.search(text, max(0, m.start - 20), m.start):
            m.kind, m.place = "ORG", None


def sport_teams(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """In football reporting, a club's city and nicknames are the club ("Barca",
    "Blaugrana", "melawan Madrid" are Barcelona and Real Madrid, not places or people): the
    clusters entities.toml's [sport_teams] maps to one team become one organisation with the
    team's name, and the team names the tagger missed join it. A city another club of the
    article also holds ("Madrid" beside "Atletico Madrid") stays as tagged. Outside football
    reporting, only the teams the article names in full take their short forms and
    nicknames ("Juve" and "Roma" beside "Juventus" and "AS Roma" in transfer gossip)."""
    teams = _sport()[2]
    team_names = set(teams.values())
    orgs = [c for c in clusters if c.kind == "ORG"]
    own = _own_teams(orgs, team_names)
    named = None if sports_report(text) else _teams_in_full(orgs, team_names) | set(
        own.values())
    if named is not None and not named:
        return clusters

    def key(surface: str, at: int) -> str:
        # "the Gunners", "Gunners": the table's "The Gunners"
        f = " ".join(surface.split())
        f = "The " + f[4:] if f.startswith("the ") else f
        f = f if f in teams or "The " + f not in teams else "The " + f
        young = None if f in teams else next(
            (w for w in _entity_words("young_sides")
             if f.endswith(f" {w}") and f[:-len(w) - 1] in teams), None)
        if young is not None:
            f = f[:-len(young) - 1]  # "Harimau Malaya Muda": the young side, its age class's
        noun = _club_word_before(text, at) if f not in teams else None
        # "skuat Garuda", "Skuat [Garuda]": the table's "Skuat Garuda", the tagger's
        # mention or the case leaving its team noun out
        return f"{noun.capitalize()} {f}" if noun is not None \
            and f"{noun.capitalize()} {f}" in teams else f

    def team_of(c: _Cluster) -> str | None:
        forms = {key(m.surface, m.start) for m in c.mentions}
        if c.kind == "ORG" and c.name in team_names:
            return c.name
        if id(c) in own:
            return own[id(c)]
        if c.kind not in {"ORG", "PLACE", "PERSON"} or not forms <= teams.keys():
            return None
        team = {teams[f] for f in forms}
        if len(team) != 1:
            return None
        t = next(iter(team))
        for f in forms:
            if " " not in f and f != t and any(
                    o is not c and o.name != t and f in o.name.split() for o in orgs):
                return None  # "Madrid" beside "Atletico Madrid": not one club's
        return t

    by_team: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        t = team_of(c)
        if t is not None and (named is None or t in named and (c.kind == "ORG" or all(
                " ".join(m.surface.split()) != t for m in c.mentions))):
            by_team[t].append(c)  # outside football: "di Barcelona" stays the city
    covered = bytearray(len(text) + 1)
    for c in clusters:
        for m in c.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    gone: set[int] = set()
    new: list[_Cluster] = []
    for form, t, first, pattern in _team_patterns():
        if named is not None and t not in named or first not in text:
            continue  # no hit can start here: a whole-word hit holds its first word
        if " " not in form and any(t != o.name and form in o.name.split() for o in orgs):
            continue
        for hit in pattern.finditer(text):
            s, e = hit.span()
            if any(covered[s:e]):
                continue
            covered[s:e] = b"\x01" * (e - s)
            group = by_team[t]
            if not group:
                group.append(_Cluster("ORG", t))
                new.append(group[0])
            group[0].mentions.append(Mention(s, e, "ORG", hit.group()))
    for t, group in by_team.items():
        # The team's own entity keeps its name as written ("West Ham"); a place or person
        # the tagger made of it takes the team's name.
        orgs_of = sorted((c for c in group if c.kind == "ORG"), key=lambda c: -len(c.mentions))
        keep = next((c for c in group if c.name == t),
                    next((c for c in group if id(c) in own),  # "Persib Bandung" as written
                         orgs_of[0] if orgs_of else group[0]))
        for c in group:
            if c is not keep:
                keep.mentions.extend(c.mentions)
                gone.add(id(c))
        if keep.kind != "ORG" or keep.place is not None:
            keep.name = t
        keep.kind, keep.place, keep.fixed = "ORG", None, True
        for m in keep.mentions:
            m.kind, m.place = "ORG", None
    return [c for c in clusters if id(c) not in gone] + new


@cache
def _town_club_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a cue of entities.toml `town_club_cues`, `versus_words` or `sport_positions` as the
    last words before a name, a keeper of `town_keepers` so), case-blind and whole words;
    None where either list is empty."""
    d = load("entities", EntitiesData)
    if not d.town_club_cues or not d.town_keepers:
        return None

    def last_words(words: Sequence[str]) -> re.Pattern[str]:
        alts = "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alts})\s+$", re.IGNORECASE)

    # a match's sides ('Lille vs Nantes') are cued by the same words that split a tagged
    # run into two sides (`versus_words`), and a club by the positions that cue a club
    # before a player's name (`sport_positions`): one list each
    cues = [*d.versus_words, *d.sport_positions, *d.town_club_cues]
    return last_words(cues), last_words(d.town_keepers)


_DATELINE_TAIL = re.compile(r"\s*(?:[,(-]|–)")  # "Milan - AC Milan kalah ...": a dateline
# A score and "atas" or "dari" right before a name: "menang 2 - 0 atas [X]", "kalah 1 - 3
# dari [X]", the other side of the match (kinds15).
_SCORE_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}\s*[-–]\s*\d{1,2}\s+(?:atas|dari)\s+$")


def town_clubs(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """In football reporting, a town (the gazetteer's city, no country) written as a side
    of a match or a club of a transfer is the club: with a cue of `town_club_cues` right
    before one of its mentions ("diimbangi [Lille] tanpa gol", "takluk dari [X]",
    "didatangkan dari [X]", "pertahanan [X]", "menang 2 - 0 atas [X]") and none of
    `town_keepers` before any ("di [X]", "klub asal [X]", "pindah ke [X]"), nor a
    dateline's place, the whole cluster is an
    organisation under the town's name, joined to the one club of the article whose name
    ends with the town ("Dinamo Zagreb") where there is one (kinds15). Clubs [sport_teams]
    maps are made by `sport_teams` before."""
    pats = _town_club_patterns()
    if pats is None or not any(c.kind == "PLACE" and c.place is not None
                               and c.place.type == "city" for c in clusters) \
            or not sports_report(text):
        return clusters
    cue, keeper = pats
    # The clubs named with the town as their last word ("Dinamo [Zagreb]"): a town cued as a
    # club is that club where the article names one such club only.
    by_town: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        if c.kind == "ORG" and " " in c.name.strip():
            by_town[_norm(c.name).split()[-1]].append(c)
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "PLACE" or c.fixed or c.place is None or c.place.type != "city":
            continue
        cued = False
        for m in c.mentions:
            a = max(0, m.start - 40)
            line_start = not text[text.rfind("\n", 0, m.start) + 1:m.start].strip()
            if keeper.search(text, a, m.start) or (
                    line_start and _DATELINE_TAIL.match(text, m.end)):
                break
            cued = cued or cue.search(text, a, m.start) is not None \
                or _SCORE_BEFORE.search(text, a, m.start) is not None
        else:
            if cued:
                c.kind, c.place = "ORG", None
                for m in c.mentions:
                    m.kind, m.place = "ORG", None
                named = by_town.get(_norm(c.name), [])
                if len(named) == 1:
                    named[0].mentions.extend(c.mentions)
                    gone.add(id(c))
    return [c for c in clusters if id(c) not in gone] if gone else clusters


# an edition's name ending in the ordinal `_ROMAN_EDITION` reads ("Asian Games XVIII"): one
# numeral pattern for both (this one took a lone "I" and a name ending in a space before)
_ROMAN_TAIL = re.compile(rf"(.+) {_ROMAN_ORDINAL}")
_YEAR_TAIL = re.compile(r"(.+) (?:19|20)\d\d")


def join_editions(clusters: list[_Cluster]) -> list[_Cluster]:
    """An edition of games named by its Roman ordinal ("Asian Games XVIII") and the one
    edition of the same games the article names by its year ("Asian Games 2018") are one
    event under the year's name: the ordinal's mentions join the year's; the head alone
    (`edition_heads`: "PON") joins the one edition of it the article names (kinds15)."""
    years: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        y = _YEAR_TAIL.fullmatch(c.name) if c.kind == "EVENT" else None
        if y is not None:
            years[y.group(1)].append(c)
    gone: set[int] = set()
    ordinals: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        r = _ROMAN_TAIL.fullmatch(c.name) if c.kind == "EVENT" else None
        if r is None:
            continue
        if len(years.get(r.group(1), ())) == 1:
            year = years[r.group(1)][0]
            year.mentions.extend(c.mentions)
            year.fixed = True  # named by its year, the surer name
            gone.add(id(c))
        else:
            ordinals[r.group(1)].append(c)
    # The games' head written alone ("selama [PON] nanti") beside the one edition the
    # article names is that edition.
    heads = _edition_head_names()
    for c in clusters:
        if c.kind not in {"EVENT", "ORG"} or id(c) in gone or c.name not in heads:
            continue
        editions = [*years.get(c.name, ()), *ordinals.get(c.name, ())]
        if len(editions) == 1:
            editions[0].mentions.extend(c.mentions)
            gone.add(id(c))
    return [c for c in clusters if id(c) not in gone] if gone else clusters


@cache
def _edition_head_names() -> frozenset[str]:
    return frozenset(load("entities", EntitiesData).edition_heads)


def _own_teams(orgs: Sequence[_Cluster], team_names: set[str]) -> dict[int, str]:
    """The team of [sport_teams] each organisation's name opens with, its town or age class
    after ("Persib Bandung" is Persib, "Timnas Indonesia U - 22" Timnas Indonesia), by
    cluster id: its nicknames join it (who 168, 297). Not a team two such names open
    (the U - 19 and U - 23 sides)."""
    found: dict[int, str] = {}
    for c in orgs:
        words = c.name.split()
        t = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                  if " ".join(words[:k]) in team_names), None)
        if t is not None:
            found[id(c)] = t
    # a team named as itself too is another side ("Timnas Indonesia" beside its U - 22)
    twice = {t for t in found.values() if sum(v == t for v in found.values()) > 1} | {
        c.name for c in orgs}
    return {k: t for k, t in found.items() if t not in twice}


def _teams_in_full(orgs: Sequence[_Cluster], team_names: set[str]) -> set[str]:
    """The teams of [sport_teams] an organisation of the article is named as in full."""
    return {c.name for c in orgs if c.name in team_names}


# A team's nickname as football reporting writes it: an English article and a plural ("The
# Lilywhites", "The Cherries"), an Italian or German article and a name ("Gli Azzurri", "I
# Rossoneri", "Die Mannschaft"); "Los" and "Le" open towns ("Los Angeles", "Le Mans").
_NICKNAME = re.compile(r"(?:The [A-Z][a-z]+s|(?:Gli|I|Il|Die|Les) [A-Z][a-z]+)")


def drop_team_nicknames(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """In football reporting, a team's nickname that [sport_teams] does not map to its team
    is no entity of its own (the judged samples count it wrong): a cluster all of whose
    mentions are such nicknames goes; an outlet's name ("The Times") stays."""
    if not sports_report(text):
        return clusters
    outlets = {t.lower() for t in kind_rules().media_tails}
    return [c for c in clusters if c.fixed or not all(
        _NICKNAME.fullmatch(" ".join(m.surface.split()))
        and m.surface.split()[-1].lower() not in outlets for m in c.mentions)]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def sweep_aliases(text: str, sentences: Sequence[Span], clusters: list[_Cluster],
                  mentions_taken: set[tuple[int, int]], lexicon: dict[str, str],
                  acronyms: bool = False) -> None:
    """Add mentions the tagger missed: exact, capitalised repeats of a person's family or
    given name, or of any entity's full surface form; with `acronyms` (the convolutional
    tagger's tags, which leave more acronyms untagged than the CRF's), also an
    organisation's initials of three letters or more, alone or before the same tail
    ("DPR RI" for "Dewan Perwakilan Rakyat RI"), as `cluster` joins them."""
    alias: dict[str, _Cluster | None] = {}
    rw = role_words()
    for c in clusters:
        forms = {m.surface for m in c.mentions if m.surface[:1].isupper()}
        forms.update(m.short for m in c.mentions if m.short is not None)
        if acronyms and c.kind == "ORG":
            words = c.name.split()
            for n in range(3, len(words) + 1):
                if all(w[:1].isupper() for w in words[:n]):
                    forms.add(" ".join([_initials(" ".join(words[:n])), *words[n:]]))
        if c.kind == "PERSON":
            parts = c.name.split()
            if len(parts) > 1:
                for p in (parts[0], parts[-1]):
                    if len(p) >= 3 and p[:1].isupper() and p.lower() not in rw.not_names \
                            and not lexicon.get(p.lower(), "NNP").startswith(("NN:", "VB")):
                        forms.add(p)
        for f in forms:
            alias[f] = c if alias.get(f, c) is c else None  # ambiguous aliases are dropped
    usable = {f: c for f, c in alias.items() if c is not None}
    if not usable:
        return
    by_first: dict[str, list[str]] = defaultdict(list)
    for f in sorted(usable, key=len, reverse=True):
        head = _WORDS.match(f)
        if head is not None:
            by_first[head.group()].append(f)
    covered = bytearray(len(text) + 1)  # 1 where a mention already sits
    for a, b in mentions_taken:
        covered[a:b] = b"\x01" * (b - a)
    for s, cands in _word_starts(text, by_first):
        for f in cands:
            e = s + len(f)
            if text.startswith(f, s) and not (e < len(text) and (text[e].isalnum()
                                                                 or text[e] == "_")) \
                    and not _NEXT_CAPITAL.match(text, e):  # "Kim" in "Kim Yo Jong"
                if not any(covered[s:e]) and not (usable[f].kind == "PLACE" and (
                        _after_name_word(text, s) or _after_currency(text, s))):
                    c = usable[f]
                    c.mentions.append(Mention(s, e, c.kind, f, place=c.place))
                    covered[s:e] = b"\x01" * (e - s)
                break


def _after_name_word(text: str, s: int) -> bool:
    """Whether the word before `s` is a capitalised name word that does not open its
    sentence ("Festival [Film] Indonesia"): what follows is a word of that name."""
    lo = max(0, s - 60)
    w = last_word(text, lo, s)
    if w is None or not _name_word(w[1]):
        return False
    rest = text[lo:w[0]].rstrip()
    return bool(rest) and rest[-1] not in '.!?:"“”\'‘’\n'


# A product's model code ("Toyota C - HR", "Galaxy S9"): a brand is no short form of it.
_MODEL_CODE = re.compile(r"\d|(?:^|\s)-(?:\s|$)|\b[A-Z]{1,3}\b")
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_]{3})\d{1,3}$")
_WORDS = unit_pattern(punct=False)  # \w+ runs: where an alias may start


_FIND_KEYS = 64  # about where a text's words cost one pass less than a search per key


def _word_starts(text: str, by_first: Mapping[str, list[str]]
                 ) -> list[tuple[int, list[str]]]:
    """Where each key of `by_first` (a run of word characters) stands in `text` as a
    whole `_WORDS` run, in text order, with its value: what a scan of every run finds,
    but `str.find` looks for the few keys instead of visiting every word. Past
    `_FIND_KEYS` keys (a long page of many stories), one pass over the runs costs less:
    a search of the whole text per key made that the product of the two."""
    if len(by_first) > _FIND_KEYS:
        return [(w.start(), by_first[run]) for w in _WORDS.finditer(text)
                if (run := w.group()) in by_first]
    out: list[tuple[int, list[str]]] = []
    n = len(text)
    for key, cands in by_first.items():
        k = len(key)
        s = text.find(key)
        while s >= 0:
            e = s + k
            if not (s and (text[s - 1].isalnum() or text[s - 1] == "_")) \
                    and not (e < n and (text[e].isalnum() or text[e] == "_")):
                out.append((s, cands))
            s = text.find(key, s + 1)
    out.sort(key=_first_of)
    return out


def _first_of(item: tuple[int, list[str]]) -> int:
    return item[0]
_NEXT_CAPITAL = re.compile(r" [A-Z]")


# Names recur across articles ("Jakarta", "Indonesia"): their ids (Unicode folding and a
# slug each) are made once.
_entity_id = lru_cache(maxsize=65_536)(entity_id)


def to_entities(clusters: Sequence[_Cluster], gaz: Gazetteer | None = None) -> list[Entity]:
    out: list[Entity] = []
    used: set[str] = set()
    ordered = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
    context = article_countries((c.place, len(c.mentions)) for c in clusters)
    places = article_places((c.place, len(c.mentions)) for c in clusters)
    for c in ordered:
        mentions = sorted(c.mentions, key=lambda m: m.start)
        if c.kind == "PERSON":
            # Canonical: the longest form, as first written (or the known full name).
            best = max(mentions, key=lambda m: (len(m.surface.split()), not m.blind,
                                                 not m.surface.isupper(), -m.start))
            if len(best.surface.split()) >= len(c.name.split()) or \
                    _norm(c.name) not in {_norm(v) for v in person_aliases().values()}:
                c.name = _display(best.surface, best.blind)
        elif c.place is None and not c.fixed:
            forms = Counter(_display(m.surface, m.blind) for m in mentions)
            longest = max(forms, key=lambda f: (len(f.split()), forms[f]))
            c.name = longest
        kind = entity_kind(c.kind)
        ident = free_id(_entity_id(kind, c.name), used)  # "-2" of one name is never
        used.add(ident)  # another's own id ("Liga" twice beside "Liga 2")
        # One role written in two cases ("Detektif asal Colorado, Ron", "detektif Ron") is
        # one role, as first written.
        firsts: dict[str, str] = {}
        for m in mentions:
            if m.role:
                firsts.setdefault(m.role.casefold(), m.role)
        # Only people hold roles: a chunk read after a role that ends up another kind
        # ("guru bahasa Prancis [IFI]", the institute) keeps none.
        roles = tuple(firsts.values()) if kind == "PERSON" else ()
        country = c.place.code if c.place else None
        if c.kind == "PLACE" and gaz is not None:
            if doubtful_city(c.name, c.place, gaz, context, places):
                country = None  # "Sikka" among Indonesian places is not the Indian town
            else:
                country = place_country(c.name, c.place, gaz, context) or country \
                    or place_code(c.name, gaz)
            country = area_country(c.name, country, context)
        if country is None and c.kind == "ORG" and gaz is not None:
            # "Kementerian Luar Negeri Tiongkok", "Bank Indonesia": the place in the name,
            # or in another name of the body joined to it ("Bakom RI").
            country = org_country(c.name, gaz) or next(
                (k for f in dict.fromkeys(m.surface for m in mentions) if f != c.name
                 for k in [org_country(f, gaz)] if k), None)
        if country is None:
            country = next((m.role_country for m in mentions if m.role_country), None)
        if country is None:
            country = next((m.near_country for m in mentions if m.near_country), None)
        spans = tuple(dict.fromkeys(Span(start=m.start, end=m.end) for m in mentions))
        out.append(Entity(id=ident, kind=kind, name=c.name, mentions=spans,
                          country=country, roles=roles))
    return out


# A list number glued to the word before it, where a list lost its line breaks
# ("Direktur PT Saibah Mulia Mandiri2. Mochamad Iqbal, Direktur PT Wanda Fatimah Zahra3.").
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=\.\s*[A-Z])")
# Without the lookbehind, and "\d\d?" for "\d{1,2}": a leading digit class lets the engine
# skip ahead to digits (a leading repeat does not).
_GLUED_NUMBER_BODY = re.compile(r"\d\d?(?=\.\s*[A-Z])")


def unglue_list_numbers(text: str) -> str:
    """`text` with the numbers of a run-together list blanked (offsets kept): glued numbers
    that count on from 1 or 2 (the first item's number opens its line), each within a few
    lines of the last, so that "Covid19." or "G20." stays."""
    runs: list[list[re.Match[str]]] = []
    for f in finditer_behind(_GLUED_NUMBER, _GLUED_NUMBER_BODY, text):
        last = runs[-1][-1] if runs else None
        if last is not None and int(f.group()) == int(last.group()) + 1 \
                and f.start() - last.end() < 400:
            runs[-1].append(f)
        else:
            runs.append([f])
    blank = [f.span() for run in runs if len(run) > 1 and int(run[0].group()) <= 2
             for f in run]
    if not blank:
        return text
    chars = list(text)
    for s, e in blank:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# An invisible format mark (a direction mark, a zero-width space) at a word's edge
# ("dan \u200eKalimantan Tengah"): pasted from an editor, no part of the word.
_HIDDEN_MARK = re.compile(r"(?:(?<=\s)|^)[\u200b-\u200f\u2060\ufeff]+"
                          r"|[\u200b-\u200f\u2060\ufeff]+(?=\s|$)")
_HIDDEN_CHAR = re.compile(r"[\u200b-\u200f\u2060\ufeff]")


def blank_hidden_marks(text: str) -> str:
    """`text` with the invisible marks at a word's edge blanked (offsets kept), so that the
    name they open reads as capitalised (ent29b); a mark inside a word stays."""
    if not _HIDDEN_CHAR.search(text):  # most texts hold none: one character class scan
        return text
    return _HIDDEN_MARK.sub(lambda f: " " * len(f.group()), text)


# A clock time or a year glued to the word before it, where a schedule or a list of
# seasons lost its line breaks ("Satya Wacana Salatiga20.00 - 22.00 WIB", "Olympique
# Marseille1993 Real Madrid2000"): no part of the name it ends. Two lower-case letters
# before it keep "G20", "Covid19" and "B2B" as they are.
_GLUED_STAMP = re.compile(r"(?<=[^\W\d_][a-z]{2})(?:\d\d?[.:]\d\d|(?:1[89]|20)\d\d)(?![\w@])")
# The places `finditer_behind` tries it: its body, "(?:1[89]|20)\d\d" widened to "\d\d\d\d"
# (it matches wherever the body does), so that the pattern opens with a digit class and
# the engine skips ahead to digits (an opening group of alternatives is tried at every
# character: 0.15 ms an article, this 0.07; speed19).
_GLUED_STAMP_BODY = re.compile(r"\d(?:\d?[.:]\d\d|\d\d\d)(?![\w@])")


def unglue_stamps(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with the clock times and years glued to a word blanked (offsets kept), and
    the blanked spans."""
    blank = [f.span() for f in finditer_behind(_GLUED_STAMP, _GLUED_STAMP_BODY, text)]
    if not blank:
        return text, blank
    chars = list(text)
    for s, e in blank:
        chars[s:e] = " " * (e - s)
    return "".join(chars), blank


def split_at_stamps(text: str, mentions: list[Mention], blank: Sequence[tuple[int, int]]
                    ) -> list[Mention]:
    """Mentions cut where a blanked stamp stood inside them: the tagger reads "Real
    Madrid[2000] FC Porto" as one name, yet the stamp ended one entry of the list and the
    next opens after it. Each piece with a letter is a mention of the same kind."""
    if not blank:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        cuts = [(s, e) for s, e in blank if m.start < s and e < m.end]
        if not cuts:
            out.append(m)
            continue
        a = m.start
        for s, e in [*cuts, (m.end, m.end)]:
            piece = text[a:s].strip()
            if any(c.isalpha() for c in piece):
                ps = text.index(piece, a)
                out.append(Mention(ps, ps + len(piece), m.kind, piece,
                                   place=m.place if ps == m.start else None, blind=m.blind))
            a = e
    return out


def find_entities(text: str, sentences: Sequence[Span], models: Models | None = None,
                  tokens: Tokens | None = None) -> list[Entity]:
    """Entities of an article: people (with roles), organisations, places (with ISO codes)
    and events, each with all its mentions. `tokens` is the token layer of `text` (made
    here when not given). Pure apart from loading the shipped models."""
    models = models or load_models()
    plain, stamps = unglue_stamps(unglue_list_numbers(blank_hidden_marks(text)))
    if plain is not text:  # the list's numbers are no part of the names they end
        text, tokens = plain, None
    if tokens is None:
        tokens = make_tokens(text)
    if not sentences and text.strip():
        sentences = [Span(start=0, end=len(text))]  # unsegmented text: one window run
    mentions = _owners_apart(_spelt_long_forms(
        text, _mentions(text, _windows(text, sentences, tokens, models), models),
        models.lexicon, models.gazetteer), models.gazetteer)
    mentions = _hyphen_joined(text, _glued_companies(text, _dash_tails_cut(
        text, _leading_measures_cut(text, _hyphen_pairs_apart(
            text, _model_codes(text, split_at_stamps(text, mentions, stamps)))))),
        models.featurizer.names)
    mentions = _player_minutes(text, _kilometres_cut(text, _counts_cut(
        text, _measures_cut(text, mentions), models.gazetteer), models.lexicon))
    schemes = _scheme_spans(text, mentions, models.featurizer.names)  # "Chlor Alkali Plant"
    mentions = _facilities_listed(text, [
        m for m in mentions
        if not _common_noun(m, models.lexicon) and not _no_name(m)
        and not _opening_common_noun(text, m)
        and (m.start, m.end) not in schemes
        and not _phrase_run(m) and not _levy(m) and not _record(m) and not _passage(m)
        and not _degree(text, m) and not _reduplicated(text, m)])
    mentions = _standings_rows(text, _lineup_players(text, mentions))
    mentions = _offices_inside_people(mentions, models.featurizer.names)
    _lower_heads_cut(mentions)
    mentions = _country_bracketed(
        text, _feature_names(text, mentions, models.lexicon, models.featurizer.names),
        models.lexicon, models.gazetteer, models.featurizer.names)
    measures = {(m.start, m.end) for m in mentions if _indicator(m)}  # "BI Rate": its
    # "BI" is no mention of the bank for the alias sweep either
    mentions, not_named = _not_named(text, _no_generic(text, mentions, models.lexicon))
    not_named |= measures | schemes
    mentions, titles = _no_titles(text, mentions, models.lexicon)
    not_named |= titles
    mentions, named = _named_features(text, mentions)
    not_named |= named
    mentions, offices = _office_contractions(text, mentions)
    not_named |= offices
    mentions, terms = _terms_and_features(text, mentions)
    not_named |= terms
    mentions = _listed_people(text, _paired_names(_characters(text, mentions, models.gazetteer)),
                              models.gazetteer, models.featurizer.names)
    mentions = _middle_dropped(_with_company(text, _listed_places(
        text, mentions, models.gazetteer, models.featurizer.names), models.gazetteer))
    mentions, inside = _inside_commands(text, mentions)
    not_named |= inside
    mentions = _acronym_halves(text, _listed_names(text, _benches(mentions)))
    mentions = _hyphened_acronyms(text, _platform_names(text, _lower_case_orgs(text, mentions)))
    mentions = toll_roads(text, street_ranges(text, street_names(text, _split_site(mentions))))
    street_tails(text, mentions, models.gazetteer)
    _aged(text, mentions)
    mentions = _listed_initials(text, mentions)
    _initialled(text, mentions)
    mentions = _single_initials(text, _initials_between(text, _initials_after_rank(
        text, mentions)))
    mentions = age_teams(text, mentions)
    mentions = place_epithets(text, mentions, models.gazetteer)
    mentions = _districts_apart(_split_areas(_compass_tails(text, mentions, models.gazetteer),
                                             models.gazetteer, models.lexicon),
                                models.gazetteer)
    _final_dots(text, mentions)
    mentions = _form_text(text, mentions)
    _sentence_openers(text, mentions, models.featurizer.names, models.lexicon)
    mentions = _common_openers(text, mentions, models.featurizer.names, models.lexicon)
    mentions = _common_word_openers(text, mentions, models.featurizer.names,
                                    models.lexicon, models.gazetteer)
    _staff_cut(text, mentions)
    _run_on_names(text, mentions)
    _name_particles(text, mentions)
    _particle_persons(mentions)
    mentions = fix_bounds(text, mentions, lambda a, b, kind: Mention(a, b, kind, text[a:b]),
                          lambda word: models.gazetteer.resolve(word) is not None)
    mentions = _surname_places(text, _place_first_names(text, mentions),
                               models.featurizer.names, models.lexicon, models.gazetteer)
    _surnames_read_as_towns(text, mentions)
    mentions = [m for m in mentions if not _ORDINAL.fullmatch(m.surface)]
    mentions = _platform_owners(_split_via(text, mentions), models.featurizer.names)
    mentions = _outside_titles(text, mentions)
    mentions = _bodies_before_holders(text, _holders_after_orgs(
        text, _brands_before_holders(mentions), models.lexicon, models.gazetteer,
        models.featurizer.names), models.gazetteer)
    mentions = _holders_after_offices(text, mentions, models.lexicon, models.gazetteer,
                                      models.featurizer.names)
    _people_in_apposition(text, mentions, models.lexicon, models.featurizer.names)
    _lost_given_names(text, mentions, models.lexicon, models.gazetteer)
    _given_names_after_office_commas(text, mentions, models.gazetteer)
    _company_lower_words(text, mentions, models.lexicon, models.gazetteer)
    mentions = _unit_owners(text, _firm_tails(text, _english_tails_run_back(text, mentions)))
    mentions = _joined_connectors(text, mentions)
    mentions = _units_before_commands(text, _places_after_acronyms(
        text, _unit_areas_before_holders(text, _tails_past_acronyms(text, mentions)),
        models.lexicon))
    _cited_outlets(text, mentions)
    _acronym_bodies(mentions)
    _vehicles_read_as_people(mentions)
    _places_beside_bodies(text, mentions)
    _buildings_read_as_bodies(mentions)
    mentions = _buildings_before_bodies(text, mentions)
    _bodies_by_noun(text, mentions, models.lexicon, models.gazetteer,
                    models.featurizer.names)
    mentions = _listed_bodies(text, mentions, models.lexicon, models.featurizer.names)
    _body_words_read_as_people(mentions, models.featurizer.names)
    _headed_bodies_read_as_people(mentions)
    _people_read_as_bodies(mentions, models.featurizer.names, models.lexicon)
    mentions = credit_mentions(text, outlet_mentions(text, mentions), models.lexicon)
    _places_read_as_people(mentions, models.gazetteer)
    _people_before_countries(text, mentions, models.gazetteer, models.lexicon)
    _regions_read_as_people(mentions)
    _states_read_as_people(text, mentions, models.gazetteer)
    _bodies_after_office_contractions(text, mentions)
    _areas_read_as_names(mentions, models.gazetteer)
    _marked_places(text, mentions, models.gazetteer)
    mentions = _listed_areas(text, mentions, models.lexicon, models.gazetteer)
    _persons_amid_places(text, mentions, models.gazetteer)
    _office_buildings(text, mentions)
    mentions = _peoples(text, _languages(text, _venues(text, mentions)))
    _cut_place_heads(text, mentions)
    _places_opened_by_titles(text, mentions, models.featurizer.names)
    _lower_place_heads(text, mentions, models.gazetteer)
    _dan_names(text, mentions)
    mentions = _listed_first_names(text, mentions, models.lexicon)
    mentions = _gatherings(text, _award_shows(text, _event_names(text, _described_names(
        _two_bodies(mentions, text), models.lexicon)), models.lexicon), models.gazetteer)
    mentions = _named_meetings(text, _cued_events(text, mentions, models.lexicon))
    mentions = _places_inside_names(text, _document_places(
        text, competitions(text, mentions, models.gazetteer)), models.lexicon)
    mentions = _towns_after_sites(text, _joined_places(mentions, models.gazetteer),
                                  models.gazetteer, models.lexicon)
    mentions = _tailed_clubs(text, _town_teams(text, mentions))
    mentions = _versus_teams(text, mentions, models.gazetteer)
    _position_clubs(text, mentions)
    mentions = _cut_club_prefixes(text, mentions)
    _prefixed_clubs(mentions)
    _worded_clubs(mentions, models.gazetteer)
    mentions = _split_written_whole(text, mentions)
    _cut_before_written_whole(text, mentions, models.gazetteer)
    _places_run_on(text, mentions, models.lexicon, models.gazetteer, models.featurizer.names)
    mentions = [m for m in mentions if not _term_opened(text, m)]
    mentions = _untagged_models(text, mentions, models.lexicon)
    _ampersand_initials(mentions)
    _maker_models(text, mentions)
    _makers_before_models(text, mentions, models.lexicon, models.gazetteer)
    mentions = _things_in_apposition(text, mentions)
    _products_and_brands(text, mentions)
    mentions = _places_before_named(text, _score_rows(text, _ranked_rows(
        text, _result_rows(text, mentions),
        lambda word: models.gazetteer.resolve(word) is not None)), models.gazetteer)
    mentions = _described_members(text, _listed_people_by_noun(text, mentions, models.lexicon),
                                  models.lexicon)
    _listed_brands_by_noun(text, mentions)
    mentions = _untagged_firms(text, mentions, models.lexicon, models.featurizer.names)
    mentions = _untagged_people(text, mentions, models.lexicon, models.gazetteer,
                                models.featurizer.names, not_named)
    mentions = _acronyms_closing_offices(text, _bodies_closing_offices(
        text, _bodies_in_offices(text, _first_names_run_back(
            text, mentions, models.lexicon, models.gazetteer)), models.lexicon),
        models.gazetteer)
    mentions = _bodies_opening_holders(text, _prefixed_holders(mentions), models.lexicon,
                                       models.gazetteer)
    mentions = _institutions_before_countries(mentions, models.gazetteer,
                                              models.featurizer.names)
    mentions = _national_arms(text, mentions, models.lexicon, models.gazetteer,
                              models.featurizer.names)
    mentions = _facilities_named_for(text, _office_fields_in_names(text, _towns_after_locatives(
        text, mentions, models.lexicon, models.gazetteer, models.featurizer.names)))
    mentions = flight_numbers_cut(text, _zone_places(text, mentions, models.gazetteer))
    _pair_mates_read_as_bodies(text, mentions)  # after `_versus_teams`: "vs A / B ( X )"
    # characters go last: a name listed after one was read by it ("karakter X , [Sanrio]",
    # the maker, a body) and a later pass may find the name again ("Instagram resmi X")
    mentions = _parties_in_factions(mentions)
    mentions, invented = _invented_characters(text, mentions)
    not_named |= invented
    clusters = join_short_forms(split_relatives(text, cluster(mentions, models.gazetteer,
                                                              initials_apart=True)))
    # "City" once it is a club's; a nickname no team holds is no entity
    clusters = join_name_tails(text, join_short_forms(drop_team_nicknames(
        text, town_clubs(text, sport_teams(text, join_editions(clusters))))))
    clusters = join_bracketed_initials(text, join_named_aliases(text, split_pairs(
        join_short_places(join_cut_places(join_streets(clusters), models.gazetteer)))))
    clusters = join_clipped_names(join_spellings(join_bracketed_forms(
        text, join_town_clubs(text, join_club_towns(text, join_club_forms(clusters)),
                        models.gazetteer),
        models.gazetteer)), models.lexicon)
    clusters = drop_club_towns(text, join_team_nicknames(text, clusters, models.gazetteer))
    clusters = join_embassy_forms(join_office_forms(join_inner_heads(join_firm_arms(
        clusters, models.gazetteer))))
    sweep_aliases(text, sentences, clusters, {(m.start, m.end) for m in mentions} | not_named,
                  models.lexicon, acronyms=models.neural is not None)
    return to_entities(clusters, models.gazetteer)
