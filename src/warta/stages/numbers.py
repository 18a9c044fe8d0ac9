"""numbers: amounts, money, percentages and vague quantities with what they count.

"lebih dari 10.000 tentara Korea Utara" gives value 10000, qualifier "lebih dari" (so
low=10000), thing "tentara Korea Utara"; "Rp1,5 triliun" gives 1.5e12 IDR; "ribuan"
gives low 1000, high 9999 and no point value. Indonesian digits use "." for thousands
and "," for decimals. Years after "tahun", dates ("19 November", "(19/11/2024)"), clock
times ("pukul 10.30"), durations ("3 tahun") and identifiers ("Pasal 5", "Covid-19") are
left to the time stage or skipped. Every word list lives in `lang/id/numbers.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache
from itertools import dropwhile
from typing import Literal

from ..lang.id import WordSet, load
from ..lang.id.kinship import word_alternation
from ..lang.schema import NumbersData, QuotesData, TimexData
from ..pipeline import Stage, with_layers
from ..record import Article, Count, Entity, Span, TimeExpr
from ..text.regex_cache import compile_cached
from ..text.scan import QUOTATION, ends_in_word, holds_whole, quotation_around
from ..text.spans import SpanIndex, SpanSet, ordered
from ..text.trie import trie_pattern


def _candidate(words: Sequence[str]) -> Callable[[str, int, int], object]:
    r"""A test of whether text[start:end] holds a digit or one of `words` (any case) as a
    whole word: what `\d|(?i:\b(?:w1|w2|...)\b)` searches, as two searches, the words as
    a trie (a third of the time: most sentences hold no number)."""
    digit = re.compile(r"\d").search
    word = re.compile(rf"(?i:\b{trie_pattern(words)}\b)").search

    def holds(text: str, start: int, end: int) -> object:
        return digit(text, start, end) or word(text, start, end)

    return holds


@dataclass(frozen=True, slots=True)
class _Lex:
    units: dict[str, int]
    fused: dict[str, float]
    teen: str
    tens: str
    hundreds: str
    min_lone: float
    magnitudes: dict[str, float]
    money_mag: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[str, str]
    qual_max_words: int
    cur_prefix: dict[str, str]
    cur_suffix: _Phrases
    units_after: _Phrases
    time_units: frozenset[str]
    time_before: frozenset[str]
    months: frozenset[str]
    identifiers: frozenset[str]
    stop: frozenset[str]
    verb_prefixes: tuple[str, ...]
    active_prefixes: tuple[str, ...]
    verb_min: int
    not_verbs: frozenset[str]
    noun_confixes: tuple[tuple[str, str], ...]
    verb_endings: tuple[str, ...]
    thing_max: int
    rate_times: frozenset[str]
    linkers: frozenset[str]
    range_joins: _Phrases  # connector -> "any" | "between" (after "antara")
    range_between: frozenset[str]
    related_kinds: frozenset[str]
    token: re.Pattern[str]
    starters: frozenset[str]  # words that can open a number ("dua", "ribuan", "seratus")
    candidate: Callable[[str, int, int], object]  # (text, start, end): a digit or starter word
    # What money and percentages measure (phrases, longest first), and their changes.
    heads: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    head_set: frozenset[tuple[str, ...]]
    head_max: int
    generic: frozenset[str]
    up: frozenset[str]
    down: frozenset[str]
    moves: frozenset[str]  # up | down, joined once (a union per test cost 3 us; speed12)
    to_level: tuple[tuple[str, ...], ...]
    returns: frozenset[str]  # "kembali": a level phrase after it returns to a level
    measure_breaks: frozenset[str]
    window: int
    head_owners: frozenset[str]  # "wajib" of "wajib pajak": a person, not the tax
    level_modifiers: frozenset[str]  # "awal" of "angka awal": the level's, not a thing
    list_openers: frozenset[str]  # "yaitu", ":" before a list of labelled amounts
    worth: frozenset[str]
    report_words: frozenset[str]
    reached: frozenset[str]
    raise_to: frozenset[str]
    surge_to: frozenset[str]
    pay_verbs: frozenset[str]
    from_words: frozenset[str]
    earlier: frozenset[str]
    rate_words: frozenset[str]
    joins: frozenset[str]
    auxiliaries: frozenset[str]
    comparisons: frozenset[str]
    # the one-word comparisons and "from" words, for str.startswith: a word opening with
    # none of them is no glued one (`_unglued` tries each only where one opens it)
    glue_heads: tuple[str, ...]
    comparatives: frozenset[str]
    base_phrases: tuple[tuple[str, ...], ...]
    not_changes: tuple[tuple[str, ...], ...]
    sum_connectives: frozenset[str]
    sums: frozenset[str]
    fiscal_year: re.Pattern[str]
    budget_words: frozenset[str]
    change_noun_confixes: tuple[tuple[str, str], ...]  # "pe-an": "penurunan" is a noun
    superlative_of: frozenset[str]  # "dengan" of a list heading's "dengan utang terbesar"
    superlatives: frozenset[str]
    unnamed_frames: frozenset[str]  # "di mana 76%", "di rentang Rp ...": no measure named
    range_phrases: tuple[tuple[str, ...], ...]
    governing: frozenset[str]
    funds: frozenset[str]
    results: frozenset[str]
    copulas: frozenset[str]
    against: frozenset[str]
    accompanying: frozenset[str]
    currency_heads: frozenset[str]
    announcing: re.Pattern[str]
    sessions: frozenset[str]
    markets: re.Pattern[str]  # "nilai tukar", "IHSG": a lead moving one reports a session
    ratio_bases: frozenset[tuple[str, ...]]  # "PDB" of "2,78% dari PDB": a ratio's base
    ratio_words: frozenset[str]  # their words, and "dari"/"terhadap" before them
    pay_out: frozenset[str]
    purposes: frozenset[str]
    referring: frozenset[str]
    anaphors: frozenset[str]  # "Jumlah itu naik 8,6%": a quantity noun pointing back
    receiving: frozenset[str]  # "Setiap KPM menerima Rp 300 ribu": the money just measured
    demonstrated: re.Pattern[str]  # " itu" after a head: it points back
    demonstratives: frozenset[str]  # "itu", "tersebut"
    then_words: frozenset[str]  # "semula Rp 29 miliar, kini Rp 14,4 miliar": a change
    now_words: frozenset[str]
    respectively: frozenset[str]  # "masing-masing": listed items take the amounts in turn
    elided_joins: frozenset[str]  # "turun 5% dan impor 3%": the change said again
    head_qualifiers: frozenset[str]  # "sebelum pajak": qualifies pay, not a measure
    valued: frozenset[str]  # "mobil senilai": the thing right before is priced
    # "Realisasi ini": the head points back at an amount before (for its period)
    period_demonstrated: re.Pattern[str]
    subject_changes: frozenset[str]  # intransitive change verbs: "sektor keuangan naik"
    subject_levels: frozenset[str]  # verbs of being at a level: "rupiah berada di level"
    level_preps: tuple[tuple[str, ...], ...]  # "di level", "pada posisi" after one
    adverbs: frozenset[str]  # between a subject and its verb: "dolar AS justru terkoreksi"
    negations: frozenset[str]
    cur_words: frozenset[str]  # one-word currency names: "dolar" of "dolar AS menguat"
    places: frozenset[str]  # "di": a place before a worth word is not what is priced
    quantifiers: frozenset[str]
    predicate_openers: frozenset[str]  # "kita alokasikan": the word after one is no noun
    subject_pronouns: frozenset[str]  # "kami", "mereka": openers, no measured subject
    degree_words: frozenset[str]  # "lebih", "paling": openers, no predicate's auxiliary
    forecasts: frozenset[str]  # "proyeksi 94%": a forecast names no thing (numtime17)
    share_of: frozenset[str]  # "8,47% dari total penduduk": a share of the whole after it
    wholes: frozenset[str]
    answers: frozenset[str]  # "12,9 persen mengaku tidak puas": a share of respondents
    respondents: re.Pattern[str]
    clause_date: re.Pattern[str]  # "Pada " right before a date: the clause's, no role's
    event_clauses: frozenset[str]  # "Setelah ...": a clause dating its own event
    relative_span: re.Pattern[str]  # "lima tahun ke depan": years counted from now
    ahead_span: re.Pattern[str]  # "lima tahun ke depan", not "tiga tahun terakhir"
    ranks: frozenset[str]  # "urutan kelima": a rank is no thing
    ordinals: frozenset[str]
    agents: frozenset[str]  # "oleh": the agent after it is no thing
    restates: re.Pattern[str]  # " atau ", " (": what joins an amount to its restatement
    span_over: re.Pattern[str]  # "sepanjang " right before a period: a report's window
    plan_frame: re.Pattern[str]  # "APBN ", "RKP (RKP) Tahun " right before a year
    name_containers: frozenset[str]  # "dalam": a name after it is where, not what
    institutions: frozenset[str]  # "Lembaga": a name it opens is a body's
    since: re.Pattern[str]  # "sejak " (and "tahun ") right before a date a span starts at
    named_event: re.Pattern[str]  # "Pemilu " (and "tahun ") right before the year it names
    any_event: re.Pattern[str]  # the same after a word of time too ("saat Pemilu 2024")
    said_event: re.Pattern[str]  # "pidato kenegaraan " right before the day of the speech
    case_noun: re.Pattern[str]  # "kasus": a year in its phrase after an amount is the case's
    rank_followers: frozenset[str]  # "Disusul ...": a sentence going on with a ranking
    spending: frozenset[str]  # "mengeluarkan": money spent, a head only with no noun after
    anaphoric: frozenset[str]  # "saat itu": a time pointing back to a named period
    effective_from: frozenset[str]  # "mulai bulan depan": when it applies, no base
    month_numbers: dict[str, int]  # month word -> 1..12 (timex.toml)
    currencies: frozenset[str]  # ISO codes and the prefixes written for them
    # idiom word -> (phrase, position of the word in it)
    idioms: dict[str, tuple[tuple[tuple[str, ...], int], ...]]


class _Phrases(dict[tuple[str, ...], str]):
    """A phrase table (words -> value) with the set of its phrases' first words: most
    tokens open no phrase, and one set look-up says so."""

    def __init__(self, items: Mapping[tuple[str, ...], str]) -> None:
        super().__init__(items)
        self.firsts = frozenset(k[0] for k in self if k)


def _phrases(d: Mapping[str, str]) -> _Phrases:
    return _Phrases({tuple(k.casefold().split()): v for k, v in d.items()})


def _by_first(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[0], []).append(ph)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _words_re(before: str, words: Sequence[str], after: str) -> re.Pattern[str]:
    """A case-blind pattern of any of `words` between `before` and `after` (one that never
    matches when there are none)."""
    if not words:
        return re.compile(r"(?!)")
    return compile_cached(rf"(?i:{before}(?:{trie_pattern(words)}){after})")


@cache
def _lex() -> _Lex:
    d = load("numbers", NumbersData)
    w, t, th, ms = d.words, d.time, d.thing, d.measure
    idioms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in d.idioms:
        words = tuple(phrase.casefold().split())
        for n, word in enumerate(words):
            idioms.setdefault(word, []).append((words, n))
    prefixes = d.money.prefix
    symbols = sorted((p for p in prefixes if not p.isalpha()), key=len, reverse=True)
    cur = "|".join(re.escape(s) for s in symbols)
    # "Rp 2 juta-Rp 4 juta": a hyphen before a money prefix and its digits joins two
    # amounts (a range), not two parts of one word
    spelt = "|".join(re.escape(p.rstrip(".")) for p in sorted(
        {p for p in prefixes if p.rstrip(".").isalpha()}, key=len, reverse=True))
    return _Lex(
        units=dict(w.units),
        fused=dict(w.fused),
        teen=w.teen, tens=w.tens, hundreds=w.hundreds,
        min_lone=w.min_lone_word_value,
        magnitudes=dict(d.magnitudes.words),
        money_mag=dict(d.magnitudes.money_only),
        vague=dict(d.vague),
        qualifiers={k.casefold(): v for k, v in d.qualifiers.items()},
        qual_max_words=max(len(k.split()) for k in d.qualifiers),
        cur_prefix=dict(prefixes),
        cur_suffix=_phrases(d.money.suffix),
        units_after=_phrases(d.units),
        time_units=frozenset(x.casefold() for x in t.units),
        time_before=frozenset(t.before),
        months=frozenset(t.months),
        identifiers=frozenset(t.identifiers),
        stop=frozenset(th.stop),
        verb_prefixes=th.verb_prefixes,
        active_prefixes=th.active_prefixes,
        verb_min=th.verb_min_length,
        not_verbs=frozenset(th.not_verbs),
        noun_confixes=tuple((a, b) for a, _, b in (c.partition("-") for c in th.noun_confixes)),
        verb_endings=tuple(th.verb_endings),
        thing_max=th.max_words,
        rate_times=frozenset(th.rate_times),
        linkers=frozenset(d.related.linkers),
        range_joins=_Phrases({**_phrases({k: "between" for k in d.range.between_connectors}),
                              **_phrases({k: "any" for k in d.range.connectors}),
                              **_phrases({k: "dash" for k in d.range.dashes})}),
        range_between=frozenset(d.range.between),
        related_kinds=frozenset(d.related.kinds),
        token=re.compile(
            rf"(?P<cur>{cur})(?=\s?\d)|(?P<num>\d+(?:[.,]\d+)*)"
            rf"|(?P<word>[^\W\d_]+(?:[-'’](?!(?:{spelt})\.?\s?\d)[^\W\d_]+)*)|(?P<sym>°C|\S)"),
        starters=frozenset([*w.units, *w.fused, *d.vague]),
        candidate=_candidate([*w.units, *w.fused, *d.vague]),
        heads=_by_first({tuple(h.casefold().split()) for h in (ms.heads if ms else ())}),
        head_set=frozenset(tuple(h.casefold().split()) for h in (ms.heads if ms else ())),
        head_max=max((len(h.split()) for h in (ms.heads if ms else ())), default=0),
        generic=frozenset(ms.generic if ms else ()),
        up=frozenset(ms.up if ms else ()), down=frozenset(ms.down if ms else ()),
        moves=frozenset(ms.up if ms else ()) | frozenset(ms.down if ms else ()),
        to_level=tuple(tuple(x.split()) for x in (ms.to_level if ms else ())),
        returns=frozenset(ms.returns if ms else ()),
        measure_breaks=frozenset(ms.clause_breaks if ms else ()),
        window=ms.window if ms else 0,
        head_owners=frozenset(ms.head_owners if ms else ()),
        level_modifiers=frozenset(ms.level_modifiers if ms else ()),
        list_openers=frozenset(ms.list_openers if ms else ()),
        worth=frozenset(ms.worth if ms else ()),
        report_words=frozenset(ms.report_words if ms else ()),
        reached=frozenset(ms.reached if ms else ()),
        raise_to=frozenset(ms.raise_to if ms else ()),
        surge_to=frozenset(ms.surge_to if ms else ()),
        pay_verbs=frozenset(ms.pay_verbs if ms else ()),
        from_words=frozenset(ms.from_words if ms else ()),
        earlier=frozenset(ms.earlier if ms else ()),
        rate_words=frozenset(ms.rate_words if ms else ()),
        joins=frozenset(ms.joins if ms else ()),
        auxiliaries=frozenset(ms.auxiliaries if ms else ()),
        comparisons=frozenset(ms.comparisons if ms else ()),
        glue_heads=tuple(c for c in (*(ms.comparisons if ms else ()),
                                     *(ms.from_words if ms else ())) if " " not in c),
        comparatives=frozenset(ms.comparatives if ms else ()),
        base_phrases=tuple(tuple(x.casefold().split()) for x in (ms.base_phrases if ms else ())),
        not_changes=tuple(tuple(x.casefold().split()) for x in (ms.not_changes if ms else ())),
        sum_connectives=frozenset(ms.sum_connectives if ms else ()),
        sums=frozenset(ms.sums if ms else ()),
        # ("TA" only in capitals: "ta" is no word of a fiscal year)
        fiscal_year=re.compile("(?<!\\w)(?:" + "|".join(
            re.escape(w) if w.isupper()
            else "(?i:" + re.escape(w).replace("\\ ", "\\s+") + ")"
            for w in (ms.fiscal_years if ms else ()))
            + r")\.?\s+((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}))?(?!\d)"),
        budget_words=frozenset(ms.budget_words if ms else ()),
        change_noun_confixes=tuple((a, b) for a, _, b in (
            c.partition("-") for c in (ms.change_noun_confixes if ms else ()))),
        superlative_of=frozenset(ms.superlative_of if ms else ()),
        superlatives=frozenset(ms.superlatives if ms else ()),
        unnamed_frames=frozenset(ms.unnamed_frames if ms else ()),
        range_phrases=tuple(tuple(x.casefold().split())
                            for x in (ms.range_phrases if ms else ())),
        governing=frozenset(ms.governing if ms else ()),
        funds=frozenset(ms.funds if ms else ()),
        results=frozenset(ms.results if ms else ()),
        copulas=frozenset(ms.copulas if ms else ()),
        against=frozenset(ms.against if ms else ()),
        accompanying=frozenset(ms.accompanying if ms else ()),
        currency_heads=frozenset(ms.currency_heads if ms else ()),
        announcing=_words_re(r"(?<!\w)", ms.announcing if ms else (), r"(?!\w)"),
        sessions=frozenset(ms.sessions if ms else ()),
        markets=_words_re(r"(?<!\w)", ms.markets if ms else (), r"(?!\w)"),
        ratio_bases=frozenset(tuple(x.casefold().split()) for x in (ms.ratio_bases if ms else ())),
        ratio_words=frozenset([*(w for x in (ms.ratio_bases if ms else ())
                                 for w in x.casefold().split()),
                               *(ms.share_of if ms else ()), *(ms.against if ms else ())]),
        pay_out=frozenset(ms.pay_out if ms else ()),
        purposes=frozenset(ms.purposes if ms else ()),
        referring=frozenset(ms.referring if ms else ()),
        anaphors=frozenset(ms.anaphors if ms else ()),
        receiving=frozenset(ms.receiving if ms else ()),
        demonstrated=_words_re(r"\s+", ms.demonstratives if ms else (), r"(?!\w)"),
        demonstratives=frozenset(ms.demonstratives if ms else ()),
        then_words=frozenset(ms.then_words if ms else ()),
        now_words=frozenset(ms.now_words if ms else ()),
        respectively=frozenset(ms.respectively if ms else ()),
        elided_joins=frozenset(ms.elided_joins if ms else ()),
        head_qualifiers=frozenset(ms.head_qualifiers if ms else ()),
        valued=frozenset(ms.valued if ms else ()),
        period_demonstrated=_words_re(r"\s+", ms.period_demonstratives if ms else (), r"(?!\w)"),
        subject_changes=frozenset(ms.subject_changes if ms else ()),
        subject_levels=frozenset(ms.subject_levels if ms else ()),
        level_preps=tuple(sorted((tuple(x.split()) for x in (ms.level_preps if ms else ())),
                                 key=len, reverse=True)),
        adverbs=frozenset(ms.adverbs if ms else ()),
        negations=frozenset(ms.negations if ms else ()),
        places=frozenset(ms.places if ms else ()),
        quantifiers=frozenset(ms.quantifiers if ms else ()),
        predicate_openers=frozenset((*ms.predicate_openers, *ms.subject_pronouns,
                                     *ms.degree_words) if ms else ()),
        subject_pronouns=frozenset(ms.subject_pronouns if ms else ()),
        degree_words=frozenset(ms.degree_words if ms else ()),
        forecasts=frozenset(ms.forecasts if ms else ()),
        share_of=frozenset(ms.share_of if ms else ()),
        wholes=frozenset(ms.wholes if ms else ()),
        answers=frozenset(ms.answers if ms else ()),
        respondents=_words_re(r"\b", ms.respondents if ms else (), r"\b"),
        clause_date=_words_re(r"(?<!\w)", ms.clause_dates if ms else (), r"\s+\Z"),
        event_clauses=frozenset(ms.event_clauses if ms else ()),
        relative_span=_words_re(r"\b", ms.relative_spans if ms else (), r"\Z"),
        ahead_span=_words_re(r"\b", ms.ahead_spans if ms else (), r"\Z"),
        ranks=frozenset(ms.ranks if ms else ()),
        ordinals=frozenset(ms.ordinals if ms else ()),
        agents=frozenset(ms.agents if ms else ()),
        restates=_words_re(r"\s*,?\s*", ms.restates if ms else (), r"\s*"),
        span_over=_words_re(r"(?<!\w)", ms.spans_over if ms else (), r"\s+\Z"),
        plan_frame=_words_re(r"(?<![\w-])", ms.plan_frames if ms else (),
                             r"(?:\s*\([^()\n]{1,12}\))?\s+(?:tahun\s+)?\Z"),
        name_containers=frozenset(ms.name_containers if ms else ()),
        institutions=frozenset(ms.institutions if ms else ()),
        since=_words_re(r"(?<!\w)", ms.since if ms else (), r"\s+(?:tahun\s+)?\Z"),
        named_event=_words_re("".join(rf"(?<!\b{re.escape(w)} )" for w in (
            ms.event_times if ms else ())) + r"(?<!\w)", ms.named_events if ms else (),
                              r"\s+(?:tahun\s+)?\Z"),
        any_event=_words_re(r"(?<!\w)", ms.named_events if ms else (), r"\s+(?:tahun\s+)?\Z"),
        rank_followers=frozenset(ms.rank_followers if ms else ()),
        spending=frozenset(ms.spending_verbs if ms else ()),
        case_noun=_words_re(r"(?<!\w)", ms.case_nouns if ms else (), r"(?!\w)"),
        said_event=_words_re(r"(?<!\w)", ms.said_events if ms else (),
                             r"\s+(?:(?:pada|tanggal|tgl\.?)\s+)?\Z"),
        anaphoric=frozenset(ms.anaphoric_times if ms else ()),
        effective_from=frozenset(ms.effective_from if ms else ()),
        cur_words=frozenset(k.casefold() for k in d.money.suffix if " " not in k),
        month_numbers={k.casefold(): v for k, v in load("timex", TimexData).months.words.items()
                       if k in load("timex", TimexData).months.month_full},
        currencies=frozenset([*prefixes, *prefixes.values(), *d.money.suffix.values()]),
        idioms={k: tuple(v) for k, v in idioms.items()},
    )


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__,
# six times slower, and one is made per token. Never changed after it is made.
@dataclass(slots=True)
class _Tok:
    kind: str  # cur | num | word | sym
    start: int
    end: int
    text: str
    low: str


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _lex().token.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        out.append(_Tok(m.lastgroup or "sym", m.start(), m.end(), s, s.casefold()))
    return out


# --------------------------------------------------------------------------- values


_YEAR_LIST = re.compile(r"\d{4},\d{4}")


def parse_digits(s: str) -> float:
    """Indonesian digits: "10.000" -> 10000, "1,5" -> 1.5, "2.500.000,75" -> 2500000.75.

    A dot followed by exactly three digits groups thousands; any other dot is a decimal
    point ("2.5" as written by some sources). Raises ValueError for "6.0.1".
    """
    if "," in s:
        if _YEAR_LIST.fullmatch(s):  # compiled once: a look-up in re's cache cost as much
            raise ValueError(f"{s!r} is a list of years")
        return float(s.replace(".", "").replace(",", "."))
    parts = s.split(".")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))
    return float(s)


def parse_number_words(words: Sequence[str]) -> tuple[float, int] | None:
    """Read number words from the start of `words`: (value, words used), or None.

    "dua ratus lima puluh ribu" -> (250000, 5); "sebelas" -> (11, 1);
    "setengah juta" -> (500000, 2).
    """
    lex = _lex()
    total = 0.0
    group = 0.0
    digit: int | None = None
    used = 0
    last_ok = 0
    value_at_ok = 0.0
    for k, raw in enumerate(words):
        w = raw.casefold()
        if w in lex.units:
            if digit is not None:
                break
            digit = lex.units[w]
        elif w in lex.fused:
            v = lex.fused[w]
            if digit is not None:
                break
            if v >= 1000:
                total += v
            else:
                group += v
        elif w == lex.teen and digit is not None:
            group += 10 + digit
            digit = None
        elif w == lex.tens and digit is not None:
            group += digit * 10
            digit = None
        elif w == lex.hundreds and digit is not None:
            group += digit * 100
            digit = None
        elif w in lex.magnitudes and w != lex.hundreds:
            g = group + (digit or 0)
            if g == 0:
                break
            total += g * lex.magnitudes[w]
            group, digit = 0.0, None
        else:
            break
        used = k + 1
        last_ok = used
        value_at_ok = total + group + (digit or 0)
    if used == 0 or last_ok == 0:
        return None
    return value_at_ok, last_ok


# --------------------------------------------------------------------------- helpers


def _phrase_at(toks: Sequence[_Tok], j: int, table: _Phrases,
               max_len: int = 3) -> tuple[str, int] | None:
    # Most tokens open no phrase of the table: one set look-up, not a tuple per length.
    if j >= len(toks) or (j >= 0 and toks[j].low not in table.firsts):
        return None
    for n in range(max_len, 0, -1):
        key = tuple(t.low for t in toks[j:j + n])
        if len(key) == n and key in table:
            return table[key], n
    return None


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def _verb_like(low: str) -> bool:
    lex = _lex()
    if len(low) < lex.verb_min or low in lex.not_verbs or not low.startswith(lex.verb_prefixes):
        return False
    return not any(low.startswith(a) and low.endswith(b) and not low.endswith(lex.verb_endings)
                   for a, b in lex.noun_confixes)  # "pertumbuhan" is a noun


# A name's last conjunct and its abbreviation right after a thing ("pajak bumi" + " dan
# bangunan (PBB)"), and the abbreviation a bracketed name glosses ("KMPMD (" before
# "kewajiban manfaat polis masa" + " depan)").
_GLOSSED_TAIL = re.compile(r"\s+dan\s+([^\W\d_]+)\s*\(\s*([A-Z]{2,8})\s*\)")
_GLOSS_OPEN = re.compile(r"([A-Z]{2,8})\s*\(\s*\Z")
_GLOSS_REST = re.compile(r"((?:\s+[^\W\d_]+){0,4})\s*\)")


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() != "dan").upper()


def _glossed(text: str, thing: Span) -> Span:
    """A thing cut short of a name its abbreviation spells whole: "pajak bumi dan bangunan
    (PBB)" (cut at "dan"), "KMPMD (kewajiban manfaat polis masa depan)" (cut before
    "depan"); the abbreviation's letters, the words' initials, say where the name ends."""
    words = text[thing.start:thing.end].split()
    m = _GLOSSED_TAIL.match(text, thing.end)
    if m is not None and _initials([*words, m.group(1)]) == m.group(2):
        return Span(start=thing.start, end=m.end(1))
    opened = _GLOSS_OPEN.search(text, max(0, thing.start - 12), thing.start)
    rest = _GLOSS_REST.match(text, thing.end)
    if opened is not None and rest is not None and rest.group(1) \
            and _initials([*words, *rest.group(1).split()]) == opened.group(1):
        return Span(start=thing.start, end=rest.end(1))
    return thing


def _lone_verb(thing: str) -> bool:
    """Whether a thing is one lower-case active verb ("memperkaya"): a verb names no
    thing, the noun phrase or name after it is whose the amount is; not a listed head
    that names its money ("merugikan", "mengeluarkan": the loss, the spending)."""
    lex = _lex()
    low = thing.casefold()
    return " " not in thing and thing[:1].islower() and (low,) not in lex.head_set \
        and low.startswith(lex.active_prefixes) and _verb_like(low)


def _glued_chain(toks: Sequence[_Tok], j: int) -> int:
    """How many numbers are glued by hyphens from toks[j]: "10-20" -> 2, "0822-4040-6600" -> 3."""
    n = 1
    while j + 2 < len(toks) and toks[j + 1].text in ("-", "–") and toks[j + 2].kind == "num" \
            and (_glued(toks[j], toks[j + 1]) == _glued(toks[j + 1], toks[j + 2])
                 or (n == 1 and _glued(toks[j + 1], toks[j + 2]))):
        n += 1  # also "45 -50 juta": a range typed with the hyphen on the second number
        j += 2
    return n


def _four_digits(tok: _Tok) -> int | None:
    """The value of a token written as four digits ("2013", "1750"), else None."""
    return int(tok.text) if len(tok.text) == 4 and tok.text.isdigit() else None


def _old_year(tok: _Tok) -> bool:
    """A four-digit number that may be a year before 1900 ("sebelum 1750"), read as one
    only after a word of time, with no noun counted (num25)."""
    y = _four_digits(tok) if tok.kind == "num" else None
    return y is not None and 1000 <= y < 1900


def _is_year(v: float, tok: _Tok) -> bool:
    return tok.kind == "num" and _four_digits(tok) is not None and 1900 <= v <= 2100


def _skip_reason(toks: Sequence[_Tok], i: int, v: float) -> bool:
    """True when the number at toks[i] is a date, time, ordinal or identifier (or numbers
    a list item); `toks` are its sentence's."""
    lex = _lex()
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
    if prev is not None:
        if prev.kind == "word" and _glued(prev, tok):
            return True  # "G20", "B29"
        if prev.text in ("-", "–") and prev2 is not None and (
                (prev2.kind == "word" and _glued(prev2, prev) and _glued(prev, tok))
                or (prev2.kind == "num" and _glued(prev2, prev) == _glued(prev, tok))):
            return True  # "Covid-19", "F-16", "ke-3", the tail of "0822-4040-6600" or "3 - 1"
        if prev.text in ("-", "–") and prev2 is not None and prev2.low == "ke":
            return True  # "ke - 72" as tokenised corpora write "ke-72": an ordinal
        if prev.text == "(" and prev2 is not None and prev2.low in lex.identifiers:
            return True  # "ayat ( 1 )"
        pw = prev
        if prev.text == "." and prev2 is not None:
            pw = prev2  # "No. 12"
        if pw.low in ("ke", "pukul", "pkl") or (pw.low in lex.identifiers
                                                 and not _measured_after(toks, i + 1)):
            return True  # not "di level 5,25%", "di angka 2,5 persen": a level reached
        if pw.low == "jam" and re.fullmatch(r"\d{1,2}[.:]\d{2}", tok.text):
            return True
    if nxt is not None:
        if nxt.text == "/" and nxt2 is not None and nxt2.kind == "num" and v <= 31:
            return True  # "19/11/2024", "(3 / 8 / 2020)"; "19-11-2024" is a glued chain
        if nxt.text == "/" and nxt2 is not None and nxt2.kind == "word" \
                and _glued(tok, nxt) and _glued(nxt, nxt2):
            return True  # "208/Pdt.G/2025", "HGB 26/Gelora": a case or register number
        if nxt.kind == "word" and _glued(tok, nxt) and nxt.low not in lex.magnitudes \
                and (nxt.low,) not in lex.units_after and nxt.text not in lex.money_mag:
            return True  # "5G", "20an"
        if nxt.low in lex.months and 1 <= v <= 31 and tok.text.isdigit():
            return True  # "19 November"
        if nxt.low in _DAY_JOINS and 1 <= v <= 31 and tok.text.isdigit() and i + 3 < len(toks) \
                and nxt2 is not None and nxt2.kind == "num" and toks[i + 3].low in lex.months:
            return True  # "19 dan 20 Agustus", "16-17 Oktober": the first day of two
        if nxt.low in ("wib", "wita", "wit") and re.fullmatch(r"\d{1,2}[.:]\d{2}", tok.text):
            return True
    if tok.text.isdigit() and nxt is not None and (
            (nxt.text == "." and i + 2 == len(toks) and (prev is None or prev.text == ":"))
            or (nxt.text == ")" and i == 1 and prev is not None and prev.text == "(")):
        return True  # "1." alone, "yaitu: 1.", "(3) Negara ...": the number of an item
    if prev is not None and prev.low in _LIST_JOINS and _listed_identifier(toks, i):
        return True  # "Pasal 2 dan 3 UU Tipikor", "pasal 12 huruf e, 12B dan 11"
    if prev is not None and prev.low in _RANGE_JOINS and i >= 3 and toks[i - 2].kind == "num" \
            and toks[i - 3].low in _lex().identifiers and _listed_identifier(toks, i):
        return True  # "desil 1 hingga 4": the end of a range of ranks, no amount (num25)
    # The tail of a date: "11" and "2024" in "19/11/2024".
    return prev is not None and prev.text == "/" and prev2 is not None and prev2.kind == "num"


def _measured_after(toks: Sequence[_Tok], j: int) -> bool:
    """Whether a percentage, point or currency unit, or a magnitude, opens at toks[j]: the
    number before it is an amount whatever word precedes it ("level", "angka", "tahap")."""
    lex = _lex()
    if j >= len(toks):
        return False
    unit = _phrase_at(toks, j, lex.units_after)
    return (unit is not None and unit[0] in _MEASURED_UNITS) or toks[j].low in lex.magnitudes \
        or _phrase_at(toks, j, lex.cur_suffix) is not None


_DAY_JOINS = frozenset({"dan", "-", "–", ",", "hingga", "sampai", "s/d"})
_LIST_JOINS = frozenset({"dan", "atau", ",", "serta", "juncto", "jo"})
_RANGE_JOINS = WordSet("numbers", NumbersData, "range.rank_joins")


def _listed_identifier(toks: Sequence[_Tok], i: int) -> bool:
    """Whether the number at toks[i], after a list join, is the next item of a list of
    identifiers ("Pasal 2 dan 3"): an identifier word with its number stands at most six
    tokens back, and nothing after the number makes it an amount (a lower-case noun)."""
    lex = _lex()
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[0].islower() \
            and nxt.low not in lex.identifiers and nxt.low != "huruf":
        return False  # "di lantai 3 dan 40 orang"
    for k in range(i - 2, max(-1, i - 8), -1):
        t = toks[k]
        if t.kind == "cur" or t.low in lex.magnitudes or (t.low,) in lex.units_after:
            return False
        if t.low in lex.identifiers and k + 1 < i and toks[k + 1].kind == "num":
            return True
    # "desil 1, 2, 3, dan 4": a longer list of bare numbers back to the identifier (num25)
    k = i - 1
    while k > 0 and (toks[k].kind == "num" or toks[k].low in _LIST_JOINS):
        k -= 1
    return k < i - 1 and toks[k].low in lex.identifiers and toks[k + 1].kind == "num"


# --------------------------------------------------------------------------- finder


@dataclass(frozen=True, slots=True)
class _Raw:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None
    currency: str | None
    thing: Span | None
    next_tok: int
    scale: float = 1.0  # the magnitude words multiplied in ("juta": 1e6)


def _read(toks: Sequence[_Tok], i: int, text: str) -> _Raw | None:
    """A number expression starting at toks[i], or None."""
    lex = _lex()
    j = i
    currency: str | None = None
    t = toks[i]
    if t.kind == "cur" or (t.kind == "word" and t.text in lex.cur_prefix
                           and i + 1 < len(toks) and toks[i + 1].kind == "num"
                           and toks[i + 1].start - t.end <= 1):
        currency = lex.cur_prefix.get(t.text) or lex.cur_prefix.get(t.text.rstrip("."))
        j += 1
        if j < len(toks) and toks[j].text == "." and toks[j].kind == "sym":
            j += 1  # "Rp. 5.000"
    if j >= len(toks):
        return None
    c = toks[j]
    value: float | None
    low = high = None
    vague = False
    exact = False  # a range of two written amounts: a magnitude scales both bounds alike
    if c.kind == "num":
        chain = _glued_chain(toks, j)
        if chain > 2 or (c.text.startswith("0") and c.text[1:2].isdigit()):
            return None  # "0822-4040-6600", "0812": phone numbers and codes
        try:
            value = parse_digits(c.text)
        except ValueError:
            return None  # "6.0.1", "1,2,3": versions and lists, not amounts
        if currency is None and _skip_reason(toks, j, value):
            return None
        j += 1
        if chain == 2:
            try:
                other = parse_digits(toks[j + 1].text)
            except ValueError:
                return None
            if other <= value:
                return None  # "2-1", "21 - 18": a score, not an amount
            after = toks[j + 2] if j + 2 < len(toks) else None
            if currency is None and _is_year(value, c) and _is_year(other, toks[j + 1]) and (
                    after is None or (after.low not in lex.magnitudes
                                      and _phrase_at(toks, j + 2, lex.units_after, 2) is None)):
                return None  # "periode 2025-2029": a span of years, for the time stage
            low, high, value, vague = value, other, None, True  # "10-20 orang"
            exact = True
            j += 2
    elif c.kind == "word" and c.low in lex.vague:
        low, high = lex.vague[c.low]
        value, vague = None, True
        j += 1
    elif c.kind == "word":
        words: list[str] = []
        for tk in toks[j:j + 12]:
            if tk.kind != "word":
                break
            words.append(tk.text)
        parsed = parse_number_words(words)
        if parsed is None:
            return None
        value, n = parsed
        lone = n == 1 and c.low in lex.units
        j += n
        if lone and value < lex.min_lone:
            nxt = toks[j] if j < len(toks) else None
            if nxt is None or (_phrase_at(toks, j, lex.units_after) is None
                               and _phrase_at(toks, j, lex.cur_suffix) is None):
                return None
    else:
        return None
    # Magnitude after the amount: "10 ribu", "1,5 triliun", "puluhan ribu", "Rp 5 M".
    scale = 1.0
    while j < len(toks) and toks[j].kind == "word":
        m = lex.magnitudes.get(toks[j].low)
        if m is None and (currency is not None or
                          _phrase_at(toks, j + 1, lex.cur_suffix) is not None):
            m = lex.money_mag.get(toks[j].text)
        if m is None or (m == 100 and c.kind != "num"):
            break
        if vague:
            assert low is not None and high is not None
            # "ribuan" = 1000..9999, so "puluhan ribu" = 10000..99999; but "20-25 miliar"
            # is 20e9..25e9: its upper bound is a written amount, not a class of them
            low, high = low * m, (high * m if exact else (high + 1) * m - 1)
        elif value is not None:
            value *= m
        scale *= m
        j += 1
    end = toks[j - 1].end
    unit: str | None = None
    if currency is None:
        suf = _phrase_at(toks, j, lex.cur_suffix)
        if suf is not None:
            currency, n = suf
            end = toks[j + n - 1].end
            j += n
    if currency is None:
        u = _phrase_at(toks, j, lex.units_after, 2)
        if u is not None and len(toks[j].text) == 1 and toks[j].text.isupper():
            u = None  # "5 M" is not five metres
        if u is not None:
            unit, n = u
            end = toks[j + n - 1].end
            j += n
        elif j < len(toks) and toks[j].low in lex.time_units:
            return None  # "3 tahun", "puluhan tahun": a duration for the time stage
    year_like = currency is None and unit is None and value is not None and _is_year(value, c)
    # A range written with words: "20 sampai 30 persen", "antara 5 hingga 7".
    between = i > 0 and toks[i - 1].low in lex.range_between
    ranged = False
    if value is not None and not vague and not year_like:
        tail, blocked = _range_tail(toks, j, text, between,
                                    currency is not None or unit is not None)
        if blocked and currency is None and unit is None:
            return None  # "5 hingga 7 Desember", "3 sampai 5 tahun": dates and durations
        # (money or a measure before one stays: "Rp 8,3 triliun hingga 17 Oktober 2025")
        if tail is not None and tail.value is not None and (
                currency is None or tail.currency in (None, currency)) and (
                unit is None or tail.unit in (None, unit)):
            lo = value * tail.scale if scale == 1.0 and tail.scale > 1.0 else value
            if lo < tail.value:
                low, high, value, ranged = lo, tail.value, None, True
                currency = currency or tail.currency
                unit = unit or tail.unit
                end, j = tail.end, tail.next_tok
    # Qualifier before the amount: longest phrase that ends right before it.
    qualifier: str | None = None
    start = toks[i].start
    if ranged and between:
        start = toks[i - 1].start  # "Antara 5 hingga 7" spans the whole range
    for n in range(min(lex.qual_max_words, i), 0, -1):
        phrase = " ".join(tk.low for tk in toks[i - n:i])
        if phrase in lex.qualifiers:
            if ranged and between:
                break
            qualifier = phrase
            start = toks[i - n].start
            bound = lex.qualifiers[phrase]
            if value is not None and bound == "low" and low is None:
                low = value
            elif value is not None and bound == "high" and high is None:
                high = value
            break
    if unit == "persen" and 0 < j < len(toks) and toks[j - 1].text == "%" \
            and toks[j].low == "persen":
        j += 1  # "96% persen responden": the unit written twice (numtime20)
    # The counted thing: a short noun phrase after the amount.
    at = j + 1 if j < len(toks) and toks[j].low in lex.rate_times else j  # "Rp 40 T setahun"
    k = at
    while k < len(toks) and k - at < lex.thing_max:
        tk = toks[k]
        if tk.kind != "word" or tk.low in lex.stop or tk.low in lex.qualifiers \
                or (tk.text[0].islower() and _verb_like(tk.low)) or tk.low in lex.vague \
                or (tk.text[0].islower() and (tk.low in lex.adverbs
                                              or tk.low in lex.auxiliaries)) \
                or tk.low in lex.units or tk.low in lex.fused or tk.low in lex.time_units \
                or tk.low in lex.comparisons \
                or tk.low in lex.measure_breaks:
            # "naik 2,8% vs 2,7%": the base compared; "50,95 persen sementara pesaingnya
            # ... 49,05 persen": a clause break opens another clause, whose subject is no
            # counted thing (numb29)
            break
        k += 1
    thing = Span(start=toks[at].start, end=toks[k - 1].end) if k > at else None
    bare = currency is None and unit is None and qualifier is None and c.kind == "num" \
        and j == i + 1
    if bare and i > 0 and toks[i - 1].kind == "word" and toks[i - 1].text[0].isupper() \
            and i - 1 > 0:
        return None  # "Formula 1", "Liga 1", "Snapdragon 653": part of a name
    if year_like and qualifier is None:
        prev = toks[i - 1] if i > 0 else None
        if thing is None or prev is None or prev.low in lex.time_before \
                or prev.low in lex.months or prev.text[:1].isupper() or prev.kind != "word":
            return None  # "APBN 2025", "UUD 1945", "menjabat 2024 hingga": years
    if year_like and thing is None and qualifier is not None \
            and tuple(qualifier.split()) in lex.range_joins:
        return None  # "2019 hingga 2023": the end of a span of years
    if thing is None and currency is None and unit is None and qualifier is None \
            and _old_year(c) and i > 0 and toks[i - 1].low in lex.time_before:
        return None  # "perkiraan konsentrasi sebelum 1750": a year before 1900 (num25)
    return _Raw(start, end, value, low, high, qualifier, unit, currency, thing, j, scale)


def _range_tail(toks: Sequence[_Tok], j: int, text: str, between: bool,
                measured: bool) -> tuple[_Raw | None, bool]:
    """The upper amount after a range word at toks[j] ("hingga 30 persen") or None, and
    whether the upper end is a date, clock time, year or duration (then so is the lower).
    A dash joins only money or a unit ("Rp 2 juta-Rp 4 juta", `measured`), not bare
    numbers ("0812 - 3456")."""
    lex = _lex()
    hit = _phrase_at(toks, j, lex.range_joins, 2)
    if hit is None or (hit[0] == "between" and not between) or (hit[0] == "dash"
                                                                 and not measured):
        return None, False
    k = j + hit[1]
    if k >= len(toks):
        return None, False
    nxt = toks[k]
    if nxt.kind == "num":
        try:
            v = parse_digits(nxt.text)
        except ValueError:
            return None, False
        after = toks[k + 1] if k + 1 < len(toks) else None
        if _skip_reason(toks, k, v) or _is_year(v, nxt) or (
                after is not None and after.low in lex.time_units):
            return None, True
    elif nxt.kind != "cur" and nxt.low not in lex.starters and nxt.text not in lex.cur_prefix:
        return None, False
    return _read(toks, k, text), False


def _mention_index(entities: Sequence[Entity]) -> SpanIndex[int]:
    """The mentions a number may be related to, by position, with their entity's index."""
    kinds = _lex().related_kinds
    return SpanIndex((m, n) for n, ent in enumerate(entities) if ent.kind in kinds
                     for m in ent.mentions)


def _related(toks: Sequence[_Tok], raw: _Raw, sent: Span, entities: Sequence[Entity],
             stop_at: int, index: SpanIndex[int] | None = None,
             by_start: Mapping[int, int] | None = None) -> tuple[str, ...]:
    """Entities the sentence ties the number to: in its thing, or after a linker word.

    `index` is `_mention_index(entities)`, built once per article by the caller (else here);
    `by_start` maps each token's start to its index, built once per sentence (else here).
    """
    lex = _lex()
    ix = index if index is not None else _mention_index(entities)
    if by_start is None:
        by_start = {t.start: k for k, t in enumerate(toks)}
    hit: set[int] = set()
    for m, n in ix.starting(sent.start, sent.end):
        if n in hit:
            continue
        inside = raw.thing is not None and raw.thing.start <= m.start < raw.thing.end
        linked = False
        if raw.end <= m.start < stop_at:
            k = by_start.get(m.start)
            linked = k is not None and k > 0 and (
                toks[k - 1].low in lex.linkers
                or (k > 1 and toks[k - 2].low in lex.linkers and _noun_like(toks[k - 1])))
        if inside or linked:
            hit.add(n)
    # In entity order, as a scan over the entities lists them.
    return tuple(dict.fromkeys(entities[n].id for n in sorted(hit)))


def _noun_like(tok: _Tok) -> bool:
    """A lower-case word that can stand between a linker and a place: "tepi", "perbatasan"."""
    lex = _lex()
    return tok.kind == "word" and tok.text[0].islower() and tok.low not in lex.stop \
        and tok.low not in lex.linkers and not _verb_like(tok.low)


def _idiom_end(toks: Sequence[_Tok], i: int) -> int | None:
    """End token of a fixed phrase holding the number word at toks[i] ("diam seribu
    bahasa"), or None."""
    for phrase, n in _lex().idioms.get(toks[i].low, ()):
        a = i - n
        if a >= 0 and tuple(t.low for t in toks[a:a + len(phrase)]) == phrase:
            return a + len(phrase)
    return None


Change = Literal["up", "down"]
_MEASURED_UNITS = frozenset({"persen", "poin persentase", "basis poin", "poin"})


@dataclass(frozen=True, slots=True)
class _Measure:
    thing: Span | None
    change: Change | None
    change_to: bool
    change_from: bool
    lo: int  # first token of the stretch the statement covers (for the period)
    said_before: bool = False  # the change is said before another amount first


def _named_stretches(text: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Character stretches that name someone: the mentions of people and a person's role
    written right before the name ("Direktur Jenderal Pajak Kementerian Keuangan Bimo
    Wijayanto"). A measured head inside one ("Pajak") is part of a title, not what an
    amount measures. (Not organisations: the tagger takes "Harga Eceran Tertinggi (HET)"
    and "Penghasilan Tidak Kena Pajak (PTKP)" for ones, and those are measured things.)"""
    out: list[tuple[int, int]] = []
    for ent in entities:
        if ent.kind != "PERSON":
            continue
        for m in ent.mentions:
            out.append((m.start, m.end))
            before = text[max(0, m.start - 120):m.start].rstrip()
            for role in ent.roles:
                if role and before.endswith(role):
                    cut = m.start - (len(text[max(0, m.start - 120):m.start]) - len(before))
                    out.append((cut - len(role), cut))
    return out


_HAVING = "ber"  # "berpenghasilan", "bergaji": having the measured head (a noun) as one's


def _having_head(toks: Sequence[_Tok], k: int, first: int) -> bool:
    """Whether toks[k] is a verb of having a measured head ("Ia berpenghasilan sekitar
    €3.100", "Riky berutang pada Erwin sebesar"): "ber-" and the head, no other verb
    between it and the amount ("pupuk bersubsidi yang digunakan petani, yaitu urea dari Rp
    2.250": an adjective of the noun before, another thing priced), not a value word
    ("bernilai": the thing before it is priced)."""
    lex = _lex()
    t = toks[k]
    if t.kind != "word" or not t.text[0].islower() or not t.low.startswith(_HAVING) \
            or (t.low[len(_HAVING):],) not in lex.head_set or t.low in lex.worth \
            or t.low in lex.valued or t.low in lex.stop:
        return False
    return not any(x.kind == "word" and x.text[0].islower() and _verb_like(x.low)
                   and x.low not in lex.stop for x in toks[k + 1:first])


_HEAD_VERB_PREFIXES = WordSet("numbers", NumbersData, "measure.head_verb_prefixes")
_HEAD_VERB_SUFFIXES = WordSet("numbers", NumbersData, "measure.head_verb_suffixes")


@cache
def _head_verb_prefixes() -> tuple[str, ...]:
    """The verb prefixes, longest first (sorted once, not per word)."""
    return tuple(sorted(_HEAD_VERB_PREFIXES, key=len, reverse=True))


_NOUN_REACH = 600  # characters back to the head a subjectless change verb's noun names


def _verb_noun_head(toks: Sequence[_Tok], first: int, lo: int, text: str) -> Span | None:
    """The measured head made of the change verb's own stem, named last before the amount,
    when nothing but a pronoun, a modal or an adverb stands before the verb ("... target
    pertumbuhan ekonomi ... "Kita ingin tumbuh 6-8 persen"", "kita nggak pernah tumbuh
    lebih dari 6%"): what a subjectless verb moves is the growth told before (num26)."""
    lex = _lex()
    v = next((n for n in range(first - 1, lo - 1, -1)
              if toks[n].low in lex.up or toks[n].low in lex.down), None)
    if v is None or any(t.kind == "word" and t.low not in lex.predicate_openers
                        and t.low not in lex.negations and t.low not in lex.adverbs
                        and t.low not in lex.unnamed_frames for t in toks[lo:v]):
        return None
    verb = toks[v].low
    stem = verb.removeprefix(_HAVING)  # "bertumbuh": "tumbuh"
    end = toks[first].start
    back = _tokens(text, max(0, end - _NOUN_REACH), end)
    for k in range(len(back) - 1, -1, -1):
        low = back[k].low
        if stem in low and low != verb and _confix_noun(low) and (low,) in lex.head_set:
            # the longest head from it ("pertumbuhan ekonomi"): `heads` lists longest first
            h = next(h for h in lex.heads[low] if tuple(x.low for x in back[k:k + len(h)]) == h)
            return Span(start=back[k].start, end=back[k + len(h) - 1].end)
    return None


def _verb_of_head(t: _Tok) -> tuple[int, int] | None:
    """The head noun inside a verb made of it, as (prefix, suffix) lengths: "masing-masing
    akan menginvestasikan $1 miliar" invests, so the amount is an investment (num25); a
    lower-case active word only, the stem a one-word measured head, not a forecast."""
    lex = _lex()
    if t.kind != "word" or not t.text[:1].islower() or t.low in lex.stop:
        return None
    for pre in _head_verb_prefixes():
        for suf in _HEAD_VERB_SUFFIXES:
            if t.low.startswith(pre) and t.low.endswith(suf) \
                    and len(t.low) > len(pre) + len(suf) + 3 \
                    and (t.low[len(pre):len(t.low) - len(suf)],) in lex.head_set \
                    and t.low[len(pre):len(t.low) - len(suf)] not in lex.forecasts:
                # (not a forecast's: "memproyeksikan ... tumbuh 5%" forecasts growth)
                return len(pre), len(suf)
    return None


_PRICE_WORDS = WordSet("numbers", NumbersData, "measure.price_words")  # "seharga"
_PRICE_NOUN = WordSet("numbers", NumbersData, "measure.price_noun")  # "harga"
_PRICE_VERBS = WordSet("numbers", NumbersData, "measure.price_verbs")  # "dibanderol"
_PRICE_FROM = WordSet("numbers", NumbersData, "measure.price_from")  # "mulai dari"
_QUANTITY_NOUNS = WordSet("numbers", NumbersData, "measure.quantity_nouns")  # "jumlah"
_PRICE_REACH = 4  # words back from the amount to its price word ("diharga normal, yakni")


def _price_word_noun(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """The price noun inside a price word a few words before the amount, when no noun
    stands before the word to be priced ("dijual masing-masing seharga 999 yuan",
    "dijajakan diharga normal, yakni US$ 500"): the amount is the price (numb26); not
    past another amount or a word of worth between them."""
    lex = _lex()
    for n in range(first - 1, max(lo, first - _PRICE_REACH) - 1, -1):
        t = toks[n]
        if t.kind == "num":
            return None
        from_only = all(x.low in _PRICE_FROM for x in toks[n + 1:first])
        # (a price word is a worth word too: "bisa Anda pesan seharga mulai dari US$ 250",
        # a starting price's words between, still prices the amount; num32)
        if n < first - 1 and t.low in lex.worth and not (t.low in _PRICE_WORDS and from_only):
            return None
        if t.low in _PRICE_VERBS and from_only:
            # "Ponsel ini dibanderol Rp 3 juta": the verb's subject is what is priced
            # (past a demonstrative, as "proyek itu belum 100%"; numb27), past a starting
            # price's words too ("dipatok mulai dari Rp 7 juta"; num29), and past an
            # auxiliary after the demonstrative ("Ponsel itu akan dibandrol"; num32b)
            j = n
            while j > lo and (toks[j - 1].low in _POINTERS or toks[j - 1].low in lex.auxiliaries):
                j -= 1
            return _priced_subject(toks, j, lo)
        if t.low in _PRICE_WORDS:
            noun = next((w for w in _PRICE_NOUN if w in t.low), None)
            if noun is None:
                return None
            at = t.start + t.low.index(noun)
            return Span(start=at, end=at + len(noun))
    return None


def _own_price_word(toks: Sequence[_Tok], thing: Span | None, first: int) -> bool:
    """Whether the thing is the price noun inside the price word right before the amount
    ("Klub Zeta seharga 51 juta euro"): the name before it is priced, no item of a list
    sharing the measure said before (num33c)."""
    return thing is not None and first > 0 and toks[first - 1].low in _PRICE_WORDS \
        and thing.start >= toks[first - 1].start


_AGENT_REACH = 6  # words back from a relative clause's agent to its "yang"


def _priced_subject(toks: Sequence[_Tok], verb: int, lo: int) -> Span | None:
    """The subject of a price verb at toks[verb]; past a relative clause ending on its
    agent ("perangkat yang diproduksi oleh pabrik Zeta tersebut akan dibandrol": the
    goods, not the maker; num32b)."""
    subject = _subject_before(toks, verb, lo)
    if subject is None:
        return None
    at = next((n for n in range(verb - 1, lo - 1, -1) if toks[n].start == subject.start), lo)
    if at > lo and toks[at - 1].low in _lex().agents:
        for y in range(at - 2, max(lo, at - _AGENT_REACH) - 1, -1):
            if toks[y].low == "yang":
                return _subject_before(toks, y, lo)
    return subject


_STANDING = WordSet("numbers", NumbersData, "measure.standing_auxiliaries")  # "telah"


def _standing_level(toks: Sequence[_Tok], after: int, first: int) -> bool:
    """Whether the amount is the level its head had already reached, told in a relative
    clause after it ("menambah realisasi belanja ... yang telah mencapai Rp 1.305,4
    triliun"): a change verb before the head acts on the head, it moves no such level."""
    return after < first and toks[first].low in _lex().reached \
        and toks[first - 1].low in _STANDING and any(t.low == "yang" for t in toks[after:first])


def _measure(toks: Sequence[_Tok], first: int, named: SpanSet | None = None) -> _Measure:
    """What an amount starting at toks[first] measures, read back from it: the nearest
    measured head in its clause ("laba bersih", "defisit APBN") and the rise or fall
    said between them ("naik", "turun menjadi"); not a head inside a name (`named`, the
    article's `_named_stretches`: a look-up, not a scan of all of them per word, which
    made the cost grow with the square of the article's length)."""
    lex = _lex()
    lo = max(0, first - lex.window)
    head: tuple[int, int] | None = None
    segment: int | None = None  # where a new item of a list of amounts opens
    verb_head: int | None = None  # a verb made of a head ("menginvestasikan"), the fallback
    source: tuple[int, int] | None = None  # a head after "dari", when no other is named
    # (or named by a copula: "anggaran ... yang diberikan dari APBN adalah 10 persen" is
    # the budget's share, APBN its source; num28)
    reached = toks[first].low in lex.reached or (first > 0 and (
        toks[first - 1].low in lex.reached or toks[first - 1].low in lex.copulas))
    k = first - 1
    while k >= lo:
        t = toks[k]
        aside = _aside_opening(toks, k, lo)
        if aside is not None:
            # "Kerugian negara ..., menurut audit Badan Pengawasan Keuangan dan Pembangunan,
            # mencapai Rp 2,3 triliun": an attribution set off by commas names the source,
            # not the measure, and takes no room in the window (num30)
            lo = max(0, lo - (k - aside + 1))
            k = aside
            continue
        if t.low in lex.measure_breaks or t.text in {".", "!", "?"}:
            break
        if (t.text == "," or t.low in ("dan", "serta")) and _opens_item(toks, k, first):
            segment = k + 1  # "surplus Rp 2.162 triliun, ekuitas ... Rp 201,1 triliun"
            break
        # "melemah terhadap mata uang CHF Swiss": the counterpart, not the measure
        inside = (named is not None and named.holds(t.start)) or any(
            x.low in lex.against for x in toks[max(0, k - 2):k])
        # "wajib pajak": a taxpayer, not the tax; "sebelum pajak": pay before tax
        owned = k > 0 and (toks[k - 1].low in lex.head_owners
                           or toks[k - 1].low in lex.head_qualifiers)
        if not inside and not owned and _having_head(toks, k, first):
            head = (k, k + 1)  # "berpenghasilan Rp 58 juta": has an income of
            break
        if verb_head is None and not inside and _verb_of_head(t) is not None:
            verb_head = k  # "menginvestasikan": only when no head is named (num25)

        for h in (*lex.heads.get(t.low, ()), *lex.heads.get(_change_word(t.low), ())):
            words = [x.low for x in toks[k:k + len(h)]]
            if not inside and not owned and k + len(h) <= first and len(words) == len(h) and (
                    tuple(words) == h or (*words[:-1], _change_word(words[-1])) == h) \
                    and not _ratio_base(toks, k, k + len(h)):
                head = (k, k + len(h))  # "laba bersih", "anggarannya"
                break
        if head is not None and k > lo and (
                (reached and toks[k - 1].low in lex.from_words)
                or toks[k - 1].low in lex.places):
            # "jatah dana hibah ... dari APBD mencapai Rp 398 miliar": a head after "dari"
            # is the source of the subject of the verb of reaching, if a head names it
            # (not "dari pagu Rp 1,30 triliun": the ceiling's own sum; num27); so is a head
            # after "di", where the head before it is measured ("anggaran kesehatan di
            # tingkat daerah ... 10 persen"; num28)
            source, head = source or head, None
            k -= 1
            continue
        if head is not None:
            a = _contained_name(toks, k)
            if a is None:
                break
            # "pertumbuhan ekonomi ... dalam Anggaran Pendapatan dan Belanja Negara (APBN)
            # bisa tercapai, yakni 5,2%": a head inside a name where the amount is said is
            # no measure; the name counts as one word of the window
            head = None
            lo = max(0, lo - (k - a))
            k = a
        k -= 1
    head = head or source
    if head is not None and head[0] > lo and toks[head[0] - 1].low in lex.share_of \
            and (head[0] - 1 == lo or toks[head[0] - 2].text in {",", ";", ":"}) \
            and any(toks[n].text == "," for n in range(head[1], first)):
        # "Dari porsi itu, 20% naik bus": the whole a share is taken from, opening the
        # clause, is its base, not what it measures (numtime9)
        head = None
    if head is not None:  # "tingkat pengangguran", not "pengangguran" alone
        # (past the window's edge too: "Tingkat Pengangguran Terbuka ... dari 5,87% menjadi
        # 6,06%" names one head for both amounts)
        end = head[1]
        for j in range(head[0] - 1, max(0, head[0] - 3) - 1, -1):
            if tuple(x.low for x in toks[j:end]) in lex.head_set:
                head = (j, end)
    if head is not None and toks[head[0]].low not in lex.governing:
        # "harga pupuk subsidi": a head taking the noun phrase after it is what the
        # amount measures, not the head inside that phrase
        for j in range(head[0] - 1, max(lo, head[0] - 3) - 1, -1):
            t = toks[j]
            if t.low in lex.governing:
                head = (j, head[1])
                break
            if t.kind != "word" or not t.text[0].islower() or t.low in lex.stop \
                    or _verb_like(t.low) or _change_word(t.low) in lex.moves:
                break
    # a fund whose purpose holds the head measures the amount, not the purpose's words
    paid_for = _purpose_of_fund(toks, head, lo) if head is not None else None
    fund = paid_for is not None
    head = paid_for or head
    gloss = head[1] if head is not None else 0
    while head is not None and gloss < first and _capital_word(toks[gloss]) \
            and toks[gloss].low not in lex.stop:
        gloss += 1  # "Pajak Pertambahan Nilai Ditanggung Pemerintah (PPN-DTP)": the name
        # runs on past the head to its abbreviation (numtime6)
    if head is not None and head[0] > 0 and toks[head[0]].text[0].isupper() \
            and gloss + 2 < first and toks[gloss].text == "(" \
            and _acronym(toks[gloss + 1]) and toks[gloss + 2].text == ")":
        # "Pajak Pertambahan Nilai (PPN)": a head inside a name glossed by its
        # abbreviation is the name (not in a title-case heading: "Menkeu Sebut Defisit")
        a = head[0]
        while a > max(lo, head[0] - 3) and toks[a - 1].kind == "word" \
                and toks[a - 1].text[0].isupper() and toks[a - 1].low not in lex.stop:
            a -= 1
        head = (a, head[1])
    while head is not None:  # "defisit APBN": a head named by the head after it
        a = head[0]
        if a - 1 > lo and toks[a - 1].text == "(":
            a -= 1  # "harga eceran tertinggi (HET)": the abbreviation of the head before
        n = next((n for n in range(min(lex.head_max, a - lo), 0, -1)
                  if tuple(x.low for x in toks[a - n:a]) in lex.head_set), None)
        if n is None:
            break
        head = (a - n, head[1])
    reach = first  # the stretch of the clause read back (for the period and the change)
    while reach > lo and toks[reach - 1].low not in lex.measure_breaks \
            and toks[reach - 1].text not in {".", "!", "?"}:
        reach -= 1
    thing: Span | None = None
    if head is not None:
        e = _head_tail(toks, head[1], first)
        paren = next((n for n in range(head[0], head[1]) if toks[n].text == "("), None)
        if paren is not None:  # "harga eceran tertinggi (HET)": the words before it
            e = paren
        # "berpenghasilan": the head is the noun it has ("penghasilan")
        having = len(_HAVING) if toks[head[0]].low.startswith(_HAVING) and (
            toks[head[0]].low[len(_HAVING):],) in lex.head_set else 0
        thing = Span(start=toks[head[0]].start + having, end=toks[e - 1].end)
        for c in range(first - 1, head[1] - 1, -1):
            low = toks[c].low
            if low in lex.up or low in lex.down:
                if _change_noun(low):
                    # "Diskon ini ... dengan penurunan tiket sebesar 13-14%": what the noun
                    # of a change after the head names is what changed, not the head
                    end = first - 1 if toks[first - 1].low in lex.worth else first
                    np = _noun_before(toks, end, c + 1)
                    if np is not None and np.start == toks[c + 1].start:
                        thing = np
                break
    elif toks[first].low in lex.worth:
        thing = _worth_of(toks, first, segment or reach)  # "uang tunai senilai Rp 5 M"
    elif first > 0 and toks[first - 1].low in lex.worth:
        thing = _worth_of(toks, first - 1, segment or reach)  # "motor seharga Rp 5 juta"
        if thing is not None and toks[first - 1].low in _PRICE_WORDS \
                and any(t.kind == "word" for t in toks if t.start < thing.start) \
                and all(_capital_word(t) for t in toks[:first]
                        if thing.start <= t.start < thing.end):
            # "merekrut Budi dari Klub Zeta seharga 51 juta euro": a name before the
            # price word (not a sentence's capitalised first word, "Rumah di Menteng
            # seharga") is whom or whence, no goods priced; the price word's own noun
            # ("harga", `_price_word_noun`) is the measure (num33c)
            thing = None
    elif first > 0 and toks[first - 1].low in lex.from_words:
        thing = _noun_before(toks, first - 1, reach)  # "kehilangan panen dari 30 persen"
    elif segment is not None:
        thing = _noun_before(toks, first, segment)  # "..., bawang Rp 30 ribu"
        if toks[segment].low in lex.institutions and toks[segment].text[:1].isupper():
            # "..., Pusat Investasi Pemerintah (PIP) Rp 95,64 miliar": a body's item gets
            # the sum, it is not what the sum measures (the list's head is)
            thing = None
    elif first > 0 and _acronym(toks[first - 1]) and not _glued(toks[first - 1], toks[first]):
        thing = _noun_before(toks, first, reach)  # "dengan TKDN lebih dari 40%", not "AU$"
    if head is None and thing is None and toks[first].low in lex.reached:
        dated = _past_time_phrase(toks, first, segment or reach)
        if dated < first and _acronym(toks[dated - 1]):
            # "TPT pada Februari 2025 mencapai 4,7%": the abbreviation past the time
            # phrase between it and the verb of the level reached (numtime20); not the
            # agent or receiver of a verb before it ("yang diterima Provinsi NTB pada
            # tahun ini mencapai": whose the sum is, not what)
            thing = _noun_before(toks, dated, segment or reach)
            at = next((n for n in range(dated - 1, -1, -1) if thing is not None
                       and toks[n].start == thing.start), 0)
            if at > 0 and toks[at - 1].kind == "word" and toks[at - 1].text[0].islower() \
                    and _verb_like(toks[at - 1].low):
                thing = None
    if head is None and thing is None:
        thing = _change_noun_of(toks, first, segment or reach)
    if head is None and thing is None:
        thing = _accompanied(toks, first, segment or reach)
    if head is None and thing is None and segment is None:
        thing = _first_item_label(toks, first, reach)
    if head is None and thing is None and verb_head is not None and verb_head >= reach \
            and not any(x.kind == "word" and x.text[0].islower() and _verb_like(x.low)
                        and x.low not in lex.stop for x in toks[verb_head + 1:first]):
        # "menginvestasikan $1 miliar": the head inside the verb, no other verb between
        pre, suf = _verb_of_head(toks[verb_head]) or (0, 0)
        thing = Span(start=toks[verb_head].start + pre, end=toks[verb_head].end - suf)
    if head is None and thing is None:
        thing = _price_word_noun(toks, first, segment or reach)
    if head is None and thing is not None:  # (a head inside a verb starts within it)
        at = next(n for n in range(first) if toks[n].start <= thing.start < toks[n].end)
        if any(x.low in lex.against for x in toks[max(0, at - 2):at]):
            thing = None  # "melemah terhadap mata uang CHF Swiss sebesar 0,14%"
    if head is not None and thing is not None and first > 1 and _acronym(toks[first - 1]) \
            and not fund and not _glued(toks[first - 1], toks[first]) \
            and toks[first - 2].low not in lex.places:
        # "Insentif PPN diberikan untuk mobil dengan TKDN lebih dari 40%": an abbreviation
        # right before the amount, past a verb after the head, is what it measures; not a
        # place ("persentase pelayanan yang memenuhi standar di IKN 63%": where, not what)
        near = _noun_before(toks, first, reach)
        if near is not None and near.start > thing.end and any(
                toks[n].kind == "word" and toks[n].text[0].islower() and _verb_like(toks[n].low)
                and toks[n].low not in lex.stop and toks[n].low not in lex.report_words
                for n in range(head[1], first) if thing.end <= toks[n].start < near.start):
            thing = near
    if head is not None and thing is not None:
        thing = _valued_after(toks, head, thing, first, reach)
    # the change may be said of the head ("menambah defisit sebesar ...")
    # ("mengurangi emisi gas rumah kaca sebesar 31,89%": four words before the thing)
    at = next((n for n in range(reach, first) if thing is not None
               and toks[n].start == thing.start), first)
    start = max(reach, at - 4)
    if head is not None:
        # the four words before the head, even past the window the head was looked for
        # in ("memangkas suku bunga acuan (BI Rate) sebesar 25 basis poin (bps) menjadi
        # 4,75%": the glosses in brackets push the change out of it), not past a break
        start = head[0]
        while start > max(0, head[0] - 4) and toks[start - 1].low not in lex.measure_breaks \
                and toks[start - 1].text not in {".", "!", "?"}:
            start -= 1
    # "Dolar AS terpantau menguat terhadap dolar baru Taiwan 0,12%": the change is said
    # right before its counterpart, however long that is
    against = next((n for n in range(first - 1, reach - 1, -1) if toks[n].low in lex.against),
                   None)
    if against is not None:
        start = min(start, max(reach, against - 2))
    change: Change | None = None
    to = False
    said_at = 0
    # "menambah realisasi ... yang telah mencapai Rp X": where it stood, no verb before the
    # head moves it (read once: it depends on the head and the amount only)
    standing = head is not None and _standing_level(toks, head[1], first)
    for n in range(start, first):
        low = _change_word(toks[n].low)
        if head is not None and head[0] <= n < head[1]:
            continue  # "penghematan sebesar Rp 137 triliun": the saving measured, no move of it
        if standing and head is not None and n < head[0]:
            continue
        if (low in lex.up or low in lex.down) and not _in_phrase(toks, n, lex.not_changes) \
                and not _inside_name(toks, n, start) \
                and not _change_of_another(toks, n, head, first) \
                and not _negated(toks, n, first):
            change = "up" if low in lex.up else "down"
            to = False
            said_at = n
        elif change is not None and any(
                tuple(x.low for x in toks[n:n + len(p)]) == p for p in lex.to_level):
            to = True
    if change is not None and first > 0 and toks[first - 1].low in lex.copulas:
        to = True  # "turunkan lima kali ... dan sekarang adalah 5%": the level reached
    if change is not None and not to and said_at + 1 < first - 1 \
            and toks[first - 1].low in _PRICE_WORDS:
        # "aksesori tambahan serta strap pengganti seharga US$ 20": a price of what the
        # words before name, no rise nor fall of it (num30b)
        change = None
    subject = _subject_of(toks, said_at, first, reach) if change is not None else None
    if subject is not None and (thing is None or (head is not None and _took_before(
            toks, head[1], subject.start))):
        thing = subject
    if thing is None and change is not None and said_at >= reach and first - said_at > 4 \
            and any(toks[n].text == "," for n in range(first - 5, first - 1)):
        level_at = _level_verb(toks, first, reach)
        if level_at is not None and level_at - 1 > said_at and toks[level_at - 1].text == ",":
            # "dolar AS menguat terhadap rupiah pada penutupan perdagangan hari ini, berada
            # di level Rp 16.400-an": the level the clause after a change opens with is
            # the changed subject's (numtime20)
            opens = 1 if toks and toks[0].low in _CONNECTIVES else 0  # "Sementara ..."
            thing = _subject_before(toks, said_at, max(opens, said_at - 6), past_place=True)
    if thing is None and change is None:
        level_at = _level_verb(toks, first, reach)  # "rupiah berada di level Rp 16.383"
        if level_at is not None:
            # (not a time word before it: "pukul 09.15 WIB dolar AS", "sebelumnya dibuka")
            thing = _subject_before(toks, level_at, reach, _TIME_ZONES | lex.then_words)
    if change is None:
        v = first - 1
        while v > reach and (toks[v].low in lex.generic or toks[v].low in lex.qualifiers):
            v -= 1  # "menembus level", "tembus ke angka"
        if v >= reach and toks[v].low in _BREAK_THROUGH and any(
                t.low in _LEVEL_NOUNS for t in toks[v + 1:first]) and not (
                v > 0 and toks[v - 1].low in lex.predicate_openers):
            # "kurs Rupiah sempat menembus level Rp 16.865/US$": a level broken through
            # with no other change said is the one a rise reached; not a level a sum
            # only could reach ("bisa menembus Rp 100 miliar": a modal's, no move; numtime19)
            change, to, said_at = "up", True, v
            e = v + 1  # "Nilai ekspor tembus", "harga cabai sempat menembus": the verb and
            while e - 1 > reach and (e - 1 == v or toks[e - 1].low in lex.adverbs
                                     or toks[e - 1].low in lex.auxiliaries):
                e -= 1  # its adverbs are no part of the thing
            if thing is not None and toks[v].end >= thing.end > toks[e - 1].end >= thing.start:
                thing = Span(start=thing.start, end=toks[e - 1].end)
    if change is None:
        change = _signed(toks, first)  # "BBRI (+5,14%), MLPT (-14,99%)": a signed change
    since = False
    before = first - 1  # the word before the amount, past qualifiers ("dari rata-rata 10%")
    while before > reach and toks[before].low not in lex.earlier \
            and (toks[before].low in lex.generic or toks[before].low in lex.qualifiers):
        before -= 1
    if first > 0 and (toks[before].low in lex.from_words or toks[before].low in lex.earlier):
        to, since = False, change is not None  # "naik dari 2,31 persen": up from it
    elif change is not None and _from_level(toks, said_at, first):
        to, since = False, True  # "turun dari angka kepuasan sebesar 64 persen": down from it
    if change is not None and not to and toks[first].low in lex.reached and any(
            toks[n].kind == "num" for n in range(said_at + 1, first)):
        to = True  # "tumbuh 2,87%, yang mencapai Rp 2.162,5 triliun": the level reached
    said_before = change is not None and any(
        toks[n].kind == "num" or toks[n].low in lex.starters for n in range(said_at + 1, first))
    return _Measure(thing, change, to, since, reach, said_before)


_CONNECTIVES = WordSet("numbers", NumbersData, "measure.opening_connectives")  # "sementara"
_EARLIER_OPENERS = WordSet("numbers", NumbersData, "measure.earlier_openers")  # "Sebelumnya"
_CONTINUING = WordSet("numbers", NumbersData, "measure.continuing_openers")  # "kemudian"
_SPEECH_ON = WordSet("numbers", NumbersData, "measure.continued_speech")  # "terangnya"
_SPAN_BOUNDS = WordSet("numbers", NumbersData, "measure.span_bounds")  # "sejak"
_TARGETS = WordSet("numbers", NumbersData, "measure.target_words")  # "ditargetkan"
_MANNERS = WordSet("numbers", NumbersData, "measure.manners")  # "turun drastis" (numb29)
_MANDATED = WordSet("numbers", NumbersData, "measure.mandate_words")  # "diamanatkan"
_CONDITIONS = WordSet("numbers", NumbersData, "measure.condition_openers")  # "kalau"
def _from_level(toks: Sequence[_Tok], said_at: int, first: int) -> bool:
    """Whether the change said at `said_at` opens its earlier level with "dari" and a level
    noun, only words up to the amount ("turun dari angka kepuasan sebesar 64 persen"):
    the amount is where the change started, not its size (num30b)."""
    lex = _lex()
    return said_at + 2 < first <= said_at + 6 and toks[said_at + 1].low in lex.from_words \
        and toks[said_at + 2].low in _LEVEL_NOUNS \
        and all(t.kind == "word" for t in toks[said_at + 1:first])


_BREAK_THROUGH = WordSet("numbers", NumbersData, "measure.break_through_verbs")  # "tembus"
_LEVEL_NOUNS = WordSet("numbers", NumbersData, "measure.level_nouns")  # "menembus level Rp"
_COMPOSITION = WordSet("numbers", NumbersData, "measure.composition_words")  # "berbahan"


# numtime12: a negation before a change word ending its clause ("tidak mulai meningkat,
# dan ..."): no change said of what follows; not "tidak hanya naik" (not only: it rose).
# numbers.toml [measure] `negations` (data20: was a list of its own, a subset)
_NEGATIONS = WordSet("numbers", NumbersData, "measure.negations")
_NOT_ONLY = WordSet("numbers", NumbersData, "measure.not_only_words")  # "hanya": numbers.toml


def _negated(toks: Sequence[_Tok], n: int, first: int) -> bool:
    """Whether the change word at `n` is negated, a negation one or two words before it,
    in a clause that a comma ends before the amount at `first` ("jika tekanan inflasi tidak
    mulai meningkat, dan suku bunga ... bisa mencapai -0,75%"); not "tidak hanya naik",
    nor "nggak pernah tumbuh lebih dari 6%" (a growth rate, still up)."""
    if not any(t.text == "," for t in toks[n + 1:first]):
        return False
    for m in range(n - 1, max(0, n - 3) - 1, -1):
        if toks[m].low in _NEGATIONS:
            return not any(toks[k].low in _NOT_ONLY for k in range(m + 1, n))
    return False


def _valued_after(toks: Sequence[_Tok], head: tuple[int, int], thing: Span, first: int,
                  reach: int) -> Span:
    """The thing a value word prices when a verb stands between the head and it ("menerima
    uang Rp 2 miliar dan dibelikan mobil senilai Rp 1 miliar": the car's value, not the
    money's); `thing` otherwise ("uang senilai Rp 2 miliar")."""
    lex = _lex()
    w = first if toks[first].low in lex.valued else first - 1
    if w <= head[1] or toks[w].low not in lex.valued:
        return thing
    near = _worth_of(toks, w, max(reach, head[1]))
    if near is None or near.start <= thing.end:
        return thing
    after = next((n for n in range(head[1], w) if toks[n].start >= thing.end), w)
    if toks[head[0]].low in lex.funds and toks[after].low in lex.purposes:
        # "dana untuk melakukan makar yang dibahas ... senilai Rp 3 miliar": the verbs
        # are the fund's purpose, the fund is what the value word prices (num27)
        return thing
    verb = any(toks[n].kind == "word" and toks[n].text[0].islower() and _verb_like(toks[n].low)
               and toks[n].low not in lex.stop and toks[n].low not in lex.report_words
               for n in range(head[1], w) if thing.end <= toks[n].start < near.start)
    return near if verb else thing


def _aside_opening(toks: Sequence[_Tok], k: int, lo: int) -> int | None:
    """Where the attribution closed by the comma toks[k] opens (the comma before its
    "menurut", `asides`), when one does: ", menurut audit BPKP ,"; None otherwise."""
    if toks[k].text != ",":
        return None
    j = k - 1
    while j > lo and toks[j].text not in {",", ".", "!", "?"}:
        j -= 1
    return j if j > lo and toks[j].text == "," and j + 1 < k and toks[j + 1].low in _ASIDES \
        else None


def _contained_name(toks: Sequence[_Tok], k: int) -> int | None:
    """Where the capitalised name holding toks[k] opens ("Anggaran Pendapatan dan Belanja
    Negara" for "Belanja" or its bracketed "APBN"), when a container word right before it
    says the name is where something is stated ("dalam", `name_containers`) or its first
    word makes it a body's ("Lembaga", `institutions`); None otherwise, or for one word."""
    lex = _lex()
    if k > 1 and toks[k - 1].text == "(" and _acronym(toks[k]):
        k -= 2  # "Belanja Negara (APBN)": the abbreviation glosses the name before it
    if toks[k].kind != "word" or not toks[k].text[:1].isupper() or toks[k].text.isupper():
        return None
    if toks[k].low in lex.institutions and k + 1 < len(toks) and toks[k + 1].kind == "word" \
            and toks[k + 1].text[:1].isupper() and toks[k + 1].low not in lex.cur_words \
            and toks[k + 1].text not in lex.currencies:
        # "menemui anggota Komisi III DPR dan meminta Rp 2 miliar": a head word opening a
        # body's name ("komisi", a fee) names the body, not what is measured (num32b)
        return k
    a = k
    while a > 0 and toks[a - 1].kind == "word" and (toks[a - 1].text[0].isupper() or (
            toks[a - 1].low in lex.joins and a > 1 and toks[a - 2].text[:1].isupper())):
        a -= 1
    if toks[a].low in lex.joins:
        a += 1
    # "terdiri dari Lembaga Pengelola Dana Pendidikan (LPDP) Rp 3,93 triliun": a body's name
    return a if a < k and ((a > 0 and toks[a - 1].low in lex.name_containers)
                           or toks[a].low in lex.institutions) else None


def _head_tail(toks: Sequence[_Tok], end: int, stop: int) -> int:
    """Where a measured head ending at toks[end] ends with the specific words after it
    ("defisit APBN", "harga cabai"; at most three, none generic, a verb or a time), before
    toks[stop]."""
    lex = _lex()
    e = end
    named = end > 0 and toks[end - 1].low in lex.currency_heads
    while e < stop and e - end < 3:
        t = toks[e]
        if named and t.kind == "word" and (t.low in lex.cur_words or (
                e > end and toks[e - 1].low in lex.cur_words and t.text.islower()
                and e + 1 < stop and toks[e + 1].kind == "word"
                and toks[e + 1].text[0].isupper())):
            # "mata uang dolar Hong Kong", "dolar baru Taiwan": a currency's name
            e += 1
            continue
        if t.kind != "word" or t.low in lex.generic or t.low in lex.stop \
                or (t.text[0].islower() and _verb_like(t.low)) or t.low in lex.up \
                or t.low in lex.down or t.low in lex.time_units or t.low in lex.qualifiers \
                or t.text in lex.cur_prefix:
            break
        e += 1
    return e


_ITEM_OPEN = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-–•*·]|[a-z][.)])\s")
_SHORT_ITEM = 100  # characters: a list item's paragraph, not a paragraph of prose


def _heading_thing(text: str, start: int, end: int) -> Span | None:
    """What a list's heading text[start:end] says its items measure: the noun phrase
    between "dengan" and a superlative ("15 Pemda dengan simpanan tertinggi", "10 negara
    dengan utang terbesar"), else the first measured head it names ("Rincian anggaran per
    kementerian"); None when it names neither (a colon before a quote)."""
    lex = _lex()
    toks = _tokens(text, start, end)
    for s, t in enumerate(toks):
        if t.low not in lex.superlatives:
            continue
        d = next((j for j in range(s - 1, max(-1, s - 5), -1)
                  if toks[j].low in lex.superlative_of), None)
        if d is not None and d + 1 < s and all(
                x.kind == "word" and x.low not in lex.stop for x in toks[d + 1:s]):
            return Span(start=toks[d + 1].start, end=toks[s - 1].end)
    for k, t in enumerate(toks):
        h = next((h for h in lex.heads.get(t.low, ())
                  if tuple(x.low for x in toks[k:k + len(h)]) == h), None)
        if h is not None:
            return Span(start=t.start, end=toks[_head_tail(toks, k + len(h), len(toks)) - 1].end)
    return None


def _list_heading(text: str, para: int, at: int, sent_starts: Sequence[int],
                  heading: Span | None) -> Span | None:
    """The heading of the list an amount at `at` is an item of, if any: the clause before a
    colon of its paragraph that an item marker follows ("... utang terbesar: 1. Jepang 255
    persen"), else `heading`, the thing the paragraphs' heading before named."""
    colon = text.rfind(":", para, at)
    if colon >= 0 and _ITEM_OPEN.match(text, colon + 1) is not None:
        opens = sent_starts[max(0, bisect_right(sent_starts, colon) - 1)]
        return _heading_thing(text, max(opens, para), colon)
    return heading


def _plain_head(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """A noun phrase right before an amount that names no listed head: what it measures
    ("Dengan efisiensi Rp 19 miliar itu", "belanja pakaian 9%; restoran 8%"). Lower-case
    (a name before an amount is an item of a list, not its measure), not a time word, and
    no bare verb with "-nya" ("jualnya Rp 60.000": only a noun by its suffix,
    "penghasilannya", takes "-nya")."""
    lex = _lex()
    if first == 0 or first - 1 < lo or toks[first].low in lex.worth \
            or toks[first - 1].low in lex.worth:
        return None  # "di seluruh pasar sebesar ...": the worth word's reading stands
    np = _noun_before(toks, first, lo)
    if np is None:
        return None
    at = next(n for n in range(lo, first) if toks[n].start == np.start)
    if toks[at].low in _QUANTITY_NOUNS and at + 1 < first:
        # "jumlah spermanya 25 persen": the quantity of the possessed noun after it, a
        # common noun even where it opens the sentence (num32)
        framed = any(_frames_only(t.low) and not t.low.endswith("nya")
                     for t in toks[at + 1:first])
    else:
        framed = not toks[at].text[0].islower() \
            or any(_frames_only(t.low) for t in toks[at:first])
    if framed or any(x.low in lex.against for x in toks[max(0, at - 2):at]):
        return None  # nor a counterpart: "Emas juga menguat terhadap perak 0,2%"
    if at > lo and (toks[at - 1].kind == "num" or toks[at - 1].low in lex.unnamed_frames):
        # "25 lembar pecahan Rp 100 ribu": the unit of a count, priced each, is not what
        # the paragraph's money measures; "secara telak 61 persen": a manner
        return None
    return np


_PLACEHOLDERS = WordSet("numbers", NumbersData, "measure.placeholder_nouns")  # "angka"
_REL_LEVEL_VERBS = WordSet("numbers", NumbersData, "measure.relative_level_verbs")
_REL_POINTERS = WordSet("numbers", NumbersData, "measure.relative_level_pointers")
_RELATIVE_CLAUSE_REACH = 8  # words of a relative clause between "yang" and its level verb


def _relative_clause_subject(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """The noun a relative clause is said of, where the clause is the subject of a verb of
    a level right before the amount ("divestasi yang akan dilakukan PT Zeta menjadi 51
    persen", "warganya yang sudah merekam , yaitu mencapai 90 persen"): what the level
    measures, not the clause's last word (num34). Lower case only (a name before "yang"
    is whose, not what); no amount or clause break inside the clause."""
    lex = _lex()
    v = first if toks[first].low in _REL_LEVEL_VERBS else first - 1
    if v - 2 <= lo or toks[v].low not in _REL_LEVEL_VERBS:
        return None
    j = v
    while j - 1 > lo and (toks[j - 1].low in lex.auxiliaries or toks[j - 1].low in lex.adverbs):
        j -= 1  # "akan menjadi", "sudah mencapai"
    if j - 1 > lo and toks[j - 1].low in _REL_POINTERS:
        j -= 1  # "..., yaitu mencapai"
        if j - 1 > lo and toks[j - 1].text == ",":
            j -= 1
    for n in range(j - 2, max(lo, j - 2 - _RELATIVE_CLAUSE_REACH) - 1, -1):
        t = toks[n]
        if t.low == "yang":
            return _noun_before_relative(toks, n, lo)
        if t.text in {",", ";", ":", "(", ")"} or t.kind in ("num", "cur") \
                or t.low in lex.measure_breaks or (t.text == "." and not _titled_dot(toks, n)):
            return None
    return None


def _noun_before_relative(toks: Sequence[_Tok], rel: int, lo: int) -> Span | None:
    """The lower-case noun phrase (two words at most) right before the "yang" at toks[rel]:
    a noun even where it starts like a verb ("divestasi yang"), as a relative clause is
    said of a noun; not a stop, level or change word, nor a verb in "-kan"; a rank
    opening it ("pertama divestasi") is left out, and a noun with "-nya" stands alone
    ("paling tinggi warganya yang": the residents, not how high)."""
    lex = _lex()
    k = rel
    while k > max(lo, rel - 2):
        t = toks[k - 1]
        if t.kind != "word" or not t.text[0].islower() or t.low in lex.stop \
                or t.low in lex.generic or t.low in lex.up or t.low in lex.down \
                or (t.low.endswith(lex.verb_endings) and not _confix_noun(t.low)):
            break
        k -= 1
        if k == rel - 1 and t.low.endswith("nya"):
            break  # "warganya yang": the clitic is its owner, no word before belongs to it
    if k < rel - 1 and toks[k].low in lex.ordinals:
        k += 1
    return Span(start=toks[k].start, end=toks[rel - 1].end) if k < rel else None


def _titled_dot(toks: Sequence[_Tok], n: int) -> bool:
    """Whether the full stop at toks[n] only closes a capitalised abbreviation ("PT .
    Zeta"): a name's, inside the clause, not the sentence's end."""
    return 0 < n < len(toks) - 1 and toks[n - 1].kind == "word" and toks[n - 1].text.isupper() \
        and len(toks[n - 1].text) <= 3 and toks[n + 1].text[:1].isupper()


def _confix_noun(low: str) -> bool:
    """A noun by its confix ("kecantikan", "pendidikan", "perikanan"), whatever it ends in."""
    lex = _lex()
    return any(low.startswith(a) and low.endswith(b)
               for a, b in (*lex.change_noun_confixes, *lex.noun_confixes))


def _frames_only(low: str) -> bool:
    """Whether a word before an amount cannot be (part of) what it measures: a time or
    currency word, a negation or a framing word ("nggak sampai Rp 20 juta", "di rentang"),
    a bare verb with "-kan" ("katakanlah") or "-nya" ("jualnya"; not a noun by its suffix,
    "penghasilannya"), or words glued to a worth word ("feesebesar")."""
    lex = _lex()
    return low in lex.time_units or low in lex.months or low in lex.rate_times \
        or low in lex.cur_words or low in lex.negations or low in lex.unnamed_frames \
        or (low.removesuffix("lah").endswith(lex.verb_endings) and not _confix_noun(low)) \
        or (low.endswith("nya") and not _change_word(low).endswith("an")) \
        or any(low != w and low.endswith(w) for w in lex.worth)


def _ratio_base(toks: Sequence[_Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] name the whole a percentage right before is a ratio to: "2,78%
    dari PDB", "2,68% terhadap produk domestik bruto (PDB)", "2,48% PDB" (only "dari",
    "terhadap", and the base's own words and brackets between them)."""
    lex = _lex()
    if tuple(t.low for t in toks[a:b]) not in lex.ratio_bases:
        return False
    j = a - 1
    while j >= max(0, a - 6) and (toks[j].low in lex.ratio_words or toks[j].text == "("):
        j -= 1
    return j >= 0 and (toks[j].text == "%" or toks[j].low in _MEASURED_UNITS)


def _subject_of(toks: Sequence[_Tok], said: int, first: int, lo: int) -> Span | None:
    """The noun phrase an intransitive change verb right before the amount is said of
    ("sektor keuangan yang naik 3,38%", "dolar AS justru terkoreksi 13,15 poin"): only worth,
    "dari", qualifier and range words between the verb and the amount ("naik dari 61,22%",
    "tumbuh dalam rentang 4,6-5,4%"), only "yang" and adverbs between the phrase and the
    verb. Not the agent of a transitive one ("BI menurunkan 25 basis poin"), a noun
    ("informasi berkurangnya"), a negated one ("kita nggak pernah tumbuh"), nor the
    counterpart after "terhadap" ("terhadap dolar Singapura menguat")."""
    lex = _lex()
    if toks[said].low not in lex.subject_changes \
            or any(not (_leads_level(toks[n]) or _in_phrase(toks, n, lex.range_phrases)
                        or toks[n].low in _MANNERS)  # "turun drastis hingga 40%" (numb29)
                   for n in range(said + 1, first)):
        return None
    subject = _subject_before(toks, said, lo, past_place=True)
    if subject is None:
        j = said
        while j > lo and toks[j - 1].low in lex.adverbs:
            j -= 1
        if j - 1 > lo and toks[j - 1].text == ",":
            level = _clause_level_verb(toks, j - 1, lo)
            if level is not None:
                # "Konsentrasi gas itu mencapai 420 ppm pada 2024, naik 150%": a change
                # opening the clause after a level its subject reached is said of that
                # subject (numtime19)
                subject = _subject_before(toks, level, lo, past_place=True)
    return subject


_LEVEL_CLAUSE_REACH = 10  # tokens back from a comma to the level verb of the clause before


def _clause_level_verb(toks: Sequence[_Tok], comma: int, lo: int) -> int | None:
    """The index of the verb of reaching or being at a level ("mencapai", "berada", "naik")
    that opens the clause ending at the comma `comma`, when only its amount, unit and time
    stand between them ("mencapai sekitar 420 ppm pada 2024,"); None otherwise."""
    lex = _lex()
    said_amount = False
    for n in range(comma - 1, max(lo, comma - _LEVEL_CLAUSE_REACH) - 1, -1):
        t = toks[n]
        if t.text in {",", ";", ":", ".", "!", "?"} or t.low in lex.measure_breaks:
            return None
        if t.low in lex.reached or t.low in lex.subject_levels or t.low in lex.subject_changes:
            return n if said_amount else None
        if t.kind in ("num", "cur"):
            said_amount = True
        elif t.kind == "word" and t.text[0].islower() and _verb_like(t.low):
            return None
    return None


def _level_verb(toks: Sequence[_Tok], first: int, lo: int) -> int | None:
    """The index of a verb of being at a level right before the amount at `first`, past a
    level phrase ("berada di level Rp 16.383"), or None."""
    lex = _lex()
    for p in lex.level_preps:
        v = first - len(p) - 1
        if v >= lo and (toks[v].low in lex.subject_levels
                        or (len(p) > 1 and toks[v].low in _STILL)) \
                and tuple(t.low for t in toks[v + 1:first]) == p:
            # (or an aspect word with a level noun and no verb: "dolar AS masih di
            # kisaran level Rp 16.800", numtime20)
            return v
    return None


_STILL = frozenset({"masih", "tetap", "kini", "sudah"})  # "X masih di level Y": X is at Y


_TIME_ZONES = frozenset({"wib", "wita", "wit", "gmt", "utc", "et", "pt"})  # "pukul 09.15 WIB"
# a relative day, its part and auxiliaries, between "yang" and a verb ("yang kemarin pagi pernah")
_DAY_AND_AUX_WORDS = WordSet("numbers", NumbersData, "measure.day_and_aux_words")


# a time phrase between a subject and its verb ("TPT pada Februari 2025 mencapai 4,7%"):
# its preposition, the words it may hold, and those of which one must stand (numtime20)
_TIME_PREPS = frozenset({"pada", "per", "di", "hingga", "sampai"})
_TIME_UNITS = frozenset({"kuartal", "triwulan", "caturwulan", "semester", "tahun", "bulan",
                         "tanggal", "periode", "akhir", "awal", "pertengahan", "senin",
                         "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"})
_TIME_FILLERS = frozenset({"i", "ii", "iii", "iv", "ini", "lalu", "(", ")", "/", "-", "."})


def _past_time_phrase(toks: Sequence[_Tok], end: int, lo: int) -> int:
    """The index of the preposition opening a time phrase that ends right before
    toks[end] ("pada Februari 2025", "per 30 Juni 2025", "pada kuartal III 2025"), or
    `end` when none ends there; a phrase of a date's words only, holding a month, a year
    or a calendar unit."""
    lex = _lex()
    n = end
    dated = False
    while n > lo and end - n < 9:  # "pada Senin (20/10/2025)"
        t = toks[n - 1]
        if t.low in lex.months or t.low in _TIME_UNITS or (
                t.kind == "num" and len(t.text) == 4 and t.text.isdigit()):
            dated = True
        elif not (t.kind == "num" or t.low in _TIME_FILLERS):
            break
        n -= 1
    if dated and n < end and n - 1 > lo and toks[n - 1].low in _TIME_PREPS:
        return n - 1
    return end


def _subject_before(toks: Sequence[_Tok], said: int, lo: int,
                    not_words: frozenset[str] = frozenset(),
                    past_place: bool = False) -> Span | None:
    """The noun phrase of at most four words right before the verb at `said`, past "yang",
    auxiliaries, adverbs and a time phrase ("TPT pada Februari 2025 mencapai"); None for a
    pronoun, a negated verb or a counterpart. With `past_place`, the phrase before a place
    phrase ending there ("Konsentrasi gas di udara naik": the concentration, not the air)
    when one stands there."""
    lex = _lex()
    j = _past_time_phrase(toks, said, lo)
    while j > lo and (toks[j - 1].low == "yang" or toks[j - 1].low in lex.auxiliaries
                      or toks[j - 1].low in lex.adverbs
                      or (toks[j - 1].text == "," and j - 2 > lo
                          and toks[j - 2].low in lex.adverbs)):
        j -= 1  # (an adverb set off by commas: "Rupiah misalnya, melemah 54,50 poin")
    def word(n: int) -> bool:
        t = toks[n]
        if t.kind == "num" and n > lo and toks[n - 1].kind == "word" \
                and _glued(toks[n - 1], t):
            return True  # "CO2", "PM2": a digit glued to the word it names
        return t.kind == "word" and t.low not in lex.negations and (
            t.low not in lex.stop or t.low in lex.cur_words or _compound_time(toks, n, lo)) \
            and not (t.text[0].islower() and _verb_like(t.low)) \
            and t.low not in lex.up and t.low not in lex.down and t.low not in not_words
    k = j
    while k > max(lo, j - 4) and word(k - 1):
        k -= 1
    if k > lo and word(k - 1):
        return None  # longer than four words: its head is out of reach
    if k == j or (k > 0 and (toks[k - 1].low in lex.against or toks[k - 1].low in lex.negations)) \
            or any(t.low in lex.negations for t in toks[j:said]):
        return None
    if past_place and k - 1 > lo and toks[k - 1].low in lex.places:
        outer = _subject_before(toks, k - 1, lo, not_words)
        if outer is not None:
            return outer
    if past_place and (opens := _relative_opening(toks, k, lo)) is not None:
        # "jumlah turis yang melancong ke Thailand hanya tumbuh 7%": the phrase a
        # relative clause's place or source ends is where, not what grew (num28)
        outer = _subject_before(toks, opens + 1, lo, not_words)
        if outer is not None:
            return outer
    return Span(start=toks[k].start, end=toks[j - 1].end)


def _compound_time(toks: Sequence[_Tok], n: int, lo: int) -> bool:
    """Whether a time unit inside a noun phrase is part of a compound noun ("pengapalan jam
    tangan pintar turun"): lower case, between a noun and a lower-case noun, neither a
    function word; not a duration counted ("3 jam") nor a time ("tahun ini") (numb29)."""
    lex = _lex()
    t = toks[n]
    if t.low not in lex.time_units or not t.text[0].islower() or n - 1 < lo \
            or n + 1 >= len(toks):
        return False
    before, after = toks[n - 1], toks[n + 1]
    return after.text[0].islower() and all(
        x.kind == "word" and x.low not in lex.stop
        and not (x.text[0].islower() and _verb_like(x.low)) for x in (before, after))


_RELATIVE_VERB_REACH = 3  # words of verb and adverb between "yang" and the linker


def _relative_opening(toks: Sequence[_Tok], k: int, lo: int) -> int | None:
    """The index of the "yang" opening a relative clause whose verb's linker ("ke",
    "dari") stands right before toks[k] ("yang melancong ke", "yang datang ke"), only
    lower-case words between them, or None."""
    lex = _lex()
    if k - 2 <= lo or toks[k - 1].low not in lex.linkers:
        return None
    for n in range(k - 2, max(lo, k - 2 - _RELATIVE_VERB_REACH), -1):
        t = toks[n]
        if t.low == "yang":
            return n if n < k - 2 else None
        if t.kind != "word" or not t.text[0].islower():
            return None  # (the clause's verb, bare or not, and its adverbs: "yang datang")
    return None


def _leads_level(t: _Tok) -> bool:
    """Whether a word may stand between a change and the level it is of: a worth word,
    "dari" of the level it started from, or a qualifier ("naik dari rata-rata 10%")."""
    lex = _lex()
    return t.low in lex.worth or t.low in lex.from_words or t.low in lex.generic \
        or t.low in lex.qualifiers


def _first_item_label(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """The label of the first item of a list of labelled amounts, whose next item opens
    right after it ("Bidang pendidikan 79,0 persen, kesehatan 76,6 persen"; "yaitu tegas,
    berani 22,9 persen, bantuan sosial 13,4 persen"): the words back to the list's opener
    or the clause start, at most four, no stop word; past a clause start no verb either
    ("Ia menyebut 5%, inflasi 3%" labels nothing)."""
    lex = _lex()
    comma = next((j for j in range(first + 1, min(len(toks), first + 6))
                  if toks[j].text in {",", ";"}), None)
    if comma is None or not any(
            toks[n].kind == "num" and _opens_item(toks, comma, n)
            for n in range(comma + 2, min(len(toks), comma + 8))):
        return None
    k = first
    while k > lo and k > first - 5 and toks[k - 1].low not in lex.list_openers \
            and toks[k - 1].text not in {":", '"', "“"}:
        k -= 1
    opened = k > lo and (toks[k - 1].low in lex.list_openers or toks[k - 1].text == ":")
    while k < first and toks[k].kind != "word":
        k += 1
    if k == first or (k > lo and not opened and toks[k - 1].text not in {'"', "“"}):
        return None
    label = toks[k:first]
    if label[-1].kind != "word" or any(
            t.text not in {","} and (t.kind != "word" or t.low in lex.stop
                                     or (not opened and _verb_like(t.low))) for t in label):
        return None
    return Span(start=label[0].start, end=label[-1].end)


def _change_noun_of(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """What a change noun said right before an amount changes: "kenaikan margin keuntungan
    dari rata-rata 10%", "peningkatan ekspor sebesar 5%" (the noun phrase after the change
    noun, then only worth, "dari" and qualifier words up to the amount); else None."""
    e = first
    while e > lo and _leads_level(toks[e - 1]):
        e -= 1
    np = _noun_before(toks, e, lo)
    if np is None:
        return None
    c = next(n for n in range(lo, e) if toks[n].start == np.start) - 1
    low = toks[c].low if c >= lo else ""
    if _change_noun(low):
        return np
    return None


def _accompanied(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """What a change noun right before an amount is said of when "dengan" joins it to
    the phrase before: "serta rupee India dengan pelemahan 0,66%" (the rupee's fall, not
    the list item before it); else None."""
    lex = _lex()
    e = first
    while e > lo and _leads_level(toks[e - 1]):
        e -= 1
    if e - 2 <= lo or not _change_noun(toks[e - 1].low) or toks[e - 2].low not in lex.accompanying:
        return None
    return _noun_before(toks, e - 2, lo)


def _change_of_another(toks: Sequence[_Tok], n: int, head: tuple[int, int] | None,
                       first: int) -> bool:
    """Whether the change word at toks[n] says no change of the amount at toks[first]:
    a change noun in a subject whose verb then takes the head ("Proyek perbaikan gedung
    itu menelan anggaran Rp 4 miliar": the repair is the project, the budget does not
    rise), or an arithmetic connective with a noun after it, an addend joined to a sum
    ("ditambah sewa gedung Rp 3 juta") (numtime9)."""
    lex = _lex()
    low = toks[n].low
    if low in lex.sum_connectives:
        nxt = toks[n + 1] if n + 1 < first else None
        if nxt is None or nxt.kind != "word" or not nxt.text[0].islower():
            return False
        if _verb_like(nxt.low) and nxt.low.startswith(lex.active_prefixes) \
                and nxt.low not in lex.stop and _change_word(nxt.low) not in lex.moves:
            return True  # "6 tahun penjara ditambah membayar uang pengganti": an act added
            # to a sentence, no rise (numb29)
        return nxt.low not in lex.stop and nxt.low not in lex.worth \
            and nxt.low not in lex.qualifiers and not _verb_like(nxt.low)
    if head is None or n >= head[0] or not _change_noun(_change_word(low)):
        return False
    # (an active verb: the subject's change does things to the head; not "Penguatan
    # tertinggi terjadi pada saham X sebesar 3%", where the change is the head's)
    return any(t.kind == "word" and t.text[0].islower() and _verb_like(t.low)
               and t.low.startswith(lex.active_prefixes) and t.low not in lex.stop
               and _change_word(t.low) not in lex.moves
               for t in toks[n + 1:head[0]])


def _change_noun(low: str) -> bool:
    """Whether a word is a change said as a noun ("penurunan", "kenaikan"): one rule for
    every reader of what such a noun is said of."""
    lex = _lex()
    return (low in lex.up or low in lex.down) and any(
        low.startswith(a) and low.endswith(b) for a, b in lex.change_noun_confixes)


def _took_before(toks: Sequence[_Tok], after: int, until: int) -> bool:
    """Whether an amount and then a comma or "dan"/"serta" stand between toks[after] and
    the character `until`: "indeks LQ45 yang naik 3,10% ke level 796,31, serta ETF EIDO
    yang menguat 3,01%" (the head before was the earlier amount's, not the subject's)."""
    num = False
    for t in toks[after:]:
        if t.end > until:
            return False
        if t.kind == "num":
            num = True
        elif num and (t.text == "," or t.low in ("dan", "serta")):
            return True
    return False


# A list item's label: a bullet, then a few words up to a colon.
_ITEM_LABEL = re.compile(r"[ \t]*[-–•*·]\s*([^\W\d_][^:\n]{1,58}?)\s*:")


def _item_label(text: str, start: int, at: int) -> Span | None:
    """The label of the bulleted list item the sentence at `start` is, when it ends before
    the amount at `at`: what the item's amounts measure ("-Penebalan Juni-Juli 2025:
    18.277.083 KPM, Rp400 ribu, total Rp7,311 triliun")."""
    m = _ITEM_LABEL.match(text, start, at)
    if m is None:
        return None
    end = m.start(1)  # up to its period: "Penebalan", not "Penebalan Juni-Juli 2025"
    for w in _SPACED_WORD.finditer(text, m.start(1), m.end(1)):
        first = _FIRST_WORD.match(w.group())
        if first is None or first.group(1).casefold() in _lex().months \
                or first.group(1).isdigit():
            break
        end = w.end()
    return Span(start=m.start(1), end=end) if end > m.start(1) else None


# A label opening its sentence with its amount bracketed right after it: "Masalah gigi
# (50,3 persen)", "Mayoritas orang tua murid (91,1%) juga menilai ...".
_BRACKET_LABEL = re.compile(r"\W*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,5}) ?\(\s*\Z")


def _bracket_label(text: str, start: int, at: int) -> Span | None:
    """The words from the sentence's start at `start` to a bracket that opens right before
    the amount at `at`, when they are a short noun phrase (no verb, no number): what a
    list heading's or an opening subject's bracketed amount measures."""
    m = _BRACKET_LABEL.match(text, start, at)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].casefold() in _lex().stop or any(
            w[0].islower() and _verb_like(w.casefold()) for w in words):
        return None  # "Ia menyebut (5%)", "Kalau perubahan segitu (0,2 persen)": a clause
    return Span(start=m.start(1), end=m.end(1))


_SIGNS: dict[str, Change] = {"+": "up", "-": "down", "\u2212": "down"}


def _signed(toks: Sequence[_Tok], first: int) -> Change | None:
    """The change a bracketed plus or minus sign glued to the amount at toks[first] says
    ("BBRI (+5,14%), MLPT (-14,99%)"); not a bare sign, which may be a level below zero
    ("inflasi -0,5%"), nor a dash after a number ("45 -50")."""
    if first < 2 or toks[first - 1].text not in _SIGNS or toks[first - 2].text != "(" \
            or toks[first - 1].end != toks[first].start:
        return None
    return _SIGNS[toks[first - 1].text]


_TO_LEVEL_GAP = re.compile(r"\s+(?:menjadi|jadi)\s+", re.IGNORECASE)
_AFTER_BARE = re.compile(r"\s*(?:[.,;:)!?]|$|(?:pada|di|per|dan|atau|sejak|mulai|untuk)\b)",
                         re.IGNORECASE)


def _same_currency(raws: Sequence[_Raw], raw: _Raw, text: str) -> _Raw:
    """"dari Rp 581 miliar menjadi 425 miliar": a bare amount with a magnitude word right
    after "menjadi" and a money amount is money of the same currency (the level reached;
    numtime15). Not one a noun follows ("menjadi 3 juta warga": a count)."""
    prev = raws[-1] if raws else None
    if prev is None or prev.currency is None or raw.currency is not None \
            or raw.unit is not None or raw.scale <= 1 \
            or not _TO_LEVEL_GAP.fullmatch(text, prev.end, raw.start) \
            or not _AFTER_BARE.match(text, raw.end):
        return raw
    return replace(raw, currency=prev.currency)


def _below_zero(toks: Sequence[_Tok], k: int, raw: _Raw) -> _Raw:
    """A level below zero, a bare minus glued to a number after a word ("inflasi -0,08%",
    "bisa mencapai -0,75%"): the sign is the amount's (numtime15). Not a bracketed signed
    change ("MLPT (-14,99%)", `_signed`), nor a dash after a number or a sign ("45 -50",
    "4,00%-4,25%"), nor a sign before a currency ("-Rp 5.000", left as written)."""
    if k < 2 or toks[k].kind != "num" or raw.value is None or raw.value <= 0 \
            or toks[k - 1].text not in _SIGNS or toks[k - 1].text == "+" \
            or toks[k - 1].end != toks[k].start or toks[k - 2].kind != "word" \
            or toks[k - 2].end == toks[k - 1].start:
        return raw
    return replace(raw, start=toks[k - 1].start, value=-raw.value)


def _in_phrase(toks: Sequence[_Tok], n: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether toks[n] is a word of one of `phrases` ("minus" of "plus minus")."""
    return any(tuple(t.low for t in toks[max(0, n - j):n - j + len(p)]) == p
               for p in phrases for j in range(len(p)))


def _name_before(toks: Sequence[_Tok], first: int, entities: Sequence[Entity],
                 index: SpanIndex[int], chained: bool) -> int | None:
    """First token of a name right before the amount at toks[first], past a worth word:
    a place, person or organisation ("Argentina 33,6 persen", "untuk PT MAM Energindo
    sejumlah Rp 1,66 miliar", "Musim Mas Group senilai Rp 1,18 triliun"), and when the
    amount before followed a name (`chained`), any capitalised word ("..., Brasil 5,13
    persen, US 2,9 persen"). Not a name holding a measured head ("Harga Eceran
    Tertinggi", "BLT")."""
    lex = _lex()
    k = first - 1 if first > 0 and toks[first - 1].low in lex.worth else first
    if _signed(toks, k) is not None:
        k -= 1  # "MLPT (-14,99%)": the name before a bracketed change
    bracketed = k > 0 and toks[k - 1].text == "("
    if bracketed:
        k -= 1  # "BBRI (+5,14%)", "Jepang (8,1%)": a bracketed amount labels the word before
    if k == 0:
        return None
    t = toks[k - 1]
    if t.kind != "word" or not t.text[0].isupper() or (t.low,) in lex.head_set:
        return None
    for span, n in index.overlapping(t.start, t.end):
        ent = entities[n]
        j = next((j for j in range(k - 1, -1, -1) if toks[j].start <= span.start), 0)
        if span.end != t.end or toks[j].start != span.start or any(
                (x.low,) in lex.head_set for x in toks[j:k]):
            continue
        if ent.kind == "ORG" and j == k - 1 and _acronym(t) \
                and (j == 0 or toks[j - 1].low not in lex.linkers):
            continue  # "dengan TKDN lebih dari 40%": an abbreviation may be the measure
        return _name_start(toks, j)
    return _name_start(toks, k - 1) if chained or bracketed else None


_SPACED_WORD = re.compile(r"\S+")


def _unnamed(text: str, thing: Span, index: SpanIndex[int],
             entities: Sequence[Entity]) -> Span:
    """A measured thing less the name that ends it ("saham AMMN" -> "saham", "inflasi
    Argentina" -> "inflasi"): what a later listed name shares is the measure, not the
    other name. Trailing abbreviations and places go ("uang Paman Sam", a byname of the
    dollar, stays); the first word stays."""
    words = [(m.start(), m.end()) for m in _SPACED_WORD.finditer(text, thing.start, thing.end)]
    while len(words) > 1:
        a, b = words[-1]
        w = text[a:b]
        if not ((sum(c.isupper() for c in w) >= 2 and w[0].isupper()) or any(
                entities[n].kind == "PLACE" for _, n in index.overlapping(a, b))):
            break
        words.pop()
    return Span(start=words[0][0], end=words[-1][1]) if words else thing


def _a_place(thing: Span, index: SpanIndex[int], entities: Sequence[Entity]) -> bool:
    """Whether a thing is wholly a place's name ("Kabupaten Bandung")."""
    return any(entities[n].kind == "PLACE" and sp.start <= thing.start and thing.end <= sp.end
               for sp, n in index.overlapping(thing.start, thing.end))


def _priced_name(toks: Sequence[_Tok], first: int) -> Span | None:
    """A capitalised name (no place or person the tagger knows) opening a new item right
    before money, after "dan" or a comma: the goods priced ("beras SPHP Rp 60 ribu dan
    Minyakita Rp 15.500"), not the paragraph's last thing."""
    lex = _lex()
    k = first - 1 if first > 0 and toks[first - 1].low in lex.worth else first
    if k < 2:
        return None
    t = toks[k - 1]
    if t.kind != "word" or not t.text[0].isupper() or (t.low,) in lex.head_set:
        return None
    j = _name_start(toks, k - 1)
    if j == 0 or (toks[j - 1].low not in lex.joins and toks[j - 1].text != ","):
        return None
    return Span(start=toks[j].start, end=t.end)


def _name_start(toks: Sequence[_Tok], j: int) -> int:
    """The first of up to three capitalised words ending with toks[j]: a name the tagger
    cut short ("Musim Mas Group", tagged "Group")."""
    lex = _lex()
    k = j
    while j > max(0, k - 2) and toks[j - 1].kind == "word" and toks[j - 1].text[0].isupper() \
            and (toks[j - 1].low,) not in lex.head_set and toks[j - 1].low not in lex.stop:
        j -= 1
    return j


def _owns_name(toks: Sequence[_Tok], thing: Span | None, name: int, first: int) -> bool:
    """Whether a thing read before a name is said of it: "Inflasi Argentina 33,6 persen",
    "inflasi di Argentina 33,6 persen" (no comma between), not "..., seperti Argentina"."""
    at = toks[name].start
    return thing is not None and thing.start < at and not any(
        t.text == "," for t in toks[:first] if thing.end <= t.start < at)


def _person_at(at: int, index: SpanIndex[int], entities: Sequence[Entity],
               end: int | None = None) -> bool:
    """Whether a person's name is mentioned at `at` (or anywhere from it up to `end`)."""
    return any(entities[n].kind == "PERSON"
               for _, n in index.overlapping(at, at + 1 if end is None else end))


def _titled_person(thing: Span | None, at: int, text: str, index: SpanIndex[int],
                   entities: Sequence[Entity]) -> bool:
    """Whether a thing read before a person's name at `at` is only that name with its title
    ("pengacara Hotma Sitompul sebesar US$ 400 ribu"): the receiver, not what is measured
    (a measured head owns it: "kerugian Rahmat Shah sebesar Rp 254 juta")."""
    return thing is not None and thing.end > at and _person_at(at, index, entities) \
        and not _head_named(text[thing.start:at])


_RECEIVED_REACH = 2  # sentences before the item's own that may say what was received
_WORD_SPAN = re.compile(r"[^\W\d]\w*")


def _received_before(text: str, sent_starts: Sequence[int], at: int) -> Span | None:
    """The noun right after the last verb of receiving or giving in the sentence up to
    `at` or the two before it ("nama-nama lain yang juga terbukti menerima suap"): what the
    named receivers of a list got (num30b)."""
    lex = _lex()
    s = max(0, bisect_right(sent_starts, at) - 1 - _RECEIVED_REACH)
    lo = sent_starts[s] if sent_starts else 0
    words = list(_WORD_SPAN.finditer(text, lo, at))
    for i in range(len(words) - 2, -1, -1):
        nxt = words[i + 1]
        if words[i].group().casefold() in lex.receiving and nxt.group().islower() \
                and nxt.group() not in lex.stop and text[words[i].end():nxt.start()].isspace():
            return Span(start=nxt.start(), end=nxt.end())
    return None


def _after_level(toks: Sequence[_Tok], first: int) -> bool:
    """Whether a word of the level reached stands right before toks[first] ("menjadi")."""
    return any(first >= len(p) and tuple(t.low for t in toks[first - len(p):first]) == p
               for p in _lex().to_level)


def _acronym(tok: _Tok) -> bool:
    """An abbreviation: a word with two capitals or more ("TKDN", "PPnBM"), not a
    currency's code ("dolar Australia (AUD)")."""
    return tok.kind == "word" and tok.text[0].isupper() and len(tok.text) >= 2 \
        and sum(c.isupper() for c in tok.text) >= 2 and tok.text not in _lex().currencies


def _purpose_of_fund(toks: Sequence[_Tok], head: tuple[int, int],
                     lo: int) -> tuple[int, int] | None:
    """The fund a head is the purpose of ("anggaran untuk diskon transportasi", "Anggaran
    yang dibutuhkan untuk perpanjangan diskon"): the fund's word, when "untuk" (or "bagi")
    opens the head's phrase, within three plain lower-case words, and the fund stands
    right before it, or before "yang" and one verb; else None."""
    lex = _lex()
    j = head[0] - 1
    while j > lo and head[0] - j <= 3 and toks[j].low not in lex.purposes:
        if toks[j].kind != "word" or not toks[j].text[0].islower() or toks[j].low in lex.stop:
            return None
        j -= 1
    if j <= lo or toks[j].low not in lex.purposes:
        return None
    f = j - 1
    if f - 1 > lo and toks[f - 1].low == "yang" and _verb_like(toks[f].low):
        f -= 2  # "Anggaran yang dibutuhkan untuk ...": the fund before its clause
    elif f - 1 >= lo and toks[f - 1].low in lex.funds and toks[f].kind == "word" \
            and toks[f].low not in lex.stop and not _verb_like(toks[f].low):
        f -= 1  # "pengeluaran BPJS untuk pengobatan WNA": the fund and whose it is
    return (f, f + 1) if toks[f].kind == "word" and toks[f].low in lex.funds else None


_COORDINATORS = frozenset({"dan", "atau"})
_COORDINATED = re.compile(r"\s(?:dan|atau)\s+\Z")  # the end of a pair's first noun
_ITEM_OPENERS = frozenset({",", "(", ";", ":", '"', "“"})
_SEQUENCE_WORDS = frozenset({"lalu", "kemudian", "lantas"})  # "Lalu kerusakan hutan atau ..."


def _coordinated(toks: Sequence[_Tok], thing: Span, first: int) -> Span:
    """One item named by two nouns joined before its amount ("pajak (Rp 1.135 T),
    kepabeanan dan cukai (Rp 194,9 T)", "Lalu kerusakan hutan atau kayu sekitar Rp 2,2
    T"): the whole joined phrase, when the thing is a lower-case noun right after "dan" or
    "atau", right before the amount, and the noun phrase before that opens its item (the
    sentence, a comma, a bracket, "lalu"); else the thing as it is. (numtime20) A pair
    ending in one noun is one thing too as the subject of the verb before the amount,
    opening its item or after a time phrase's year ("sepanjang 2016 setoran pajak dan cukai
    diperkirakan mencapai"), or as the object of a verb ("menyalurkan bantuan dan hibah
    senilai"). (num27)"""
    lex = _lex()
    at = next((n for n in range(first) if toks[n].start == thing.start), None)
    if at is None or at < 2 or toks[at - 1].low not in _COORDINATORS \
            or not toks[at].text[0].islower():
        return thing
    e = next((n for n in range(at, first) if toks[n].start >= thing.end), first)
    one_word = e == at + 1
    subject = one_word and _pair_subject(toks, e, first)
    if not subject and not all(t.text == "(" or t.low in lex.worth or t.low in lex.qualifiers
                               for t in toks[e:first]):
        return thing  # "produksi jagung dan produksi kedelai turun 4%": a verb between
    def noun(t: _Tok) -> bool:
        return t.kind == "word" and t.text[0].islower() and t.low not in lex.stop \
            and not _verb_like(t.low) and t.low not in lex.up and t.low not in lex.down \
            and t.low not in lex.magnitudes
    k = at - 1
    while k > 0 and at - 1 - k < 3 and noun(toks[k - 1]):
        k -= 1
    if k == at - 1:
        return thing
    if k > 0 and toks[k - 1].text not in _ITEM_OPENERS \
            and not (one_word and _object_verb(toks[k - 1])) \
            and not (subject and toks[k - 1].kind == "num") \
            and not (toks[k - 1].low in _SEQUENCE_WORDS
                     and (k - 1 == 0 or toks[k - 2].text in _ITEM_OPENERS)) \
            and not (k > 1 and toks[k - 1].low in lex.purposes
                     and toks[k - 2].low in lex.funds):
        # ("anggaran untuk insentif tenaga kesehatan dan belanja operasional sebesar": the
        # pair a fund is for, num28)
        return thing
    return Span(start=toks[k].start, end=thing.end)


def _object_verb(tok: _Tok) -> bool:
    """An active or passive verb ("mendorong", "disalurkan") a joined object follows."""
    return tok.low.startswith(_OBJECT_VERB_PREFIXES) and _verb_like(tok.low)


_OBJECT_VERB_PREFIXES = ("me", "di")
_PAIR_PREDICATE = 6  # words at most between a subject pair and its amount


def _pair_subject(toks: Sequence[_Tok], e: int, first: int) -> bool:
    """Whether the words between a joined thing and its amount are the predicate the
    pair is the subject of ("aset dan liabilitas perseroan tumbuh sebesar", "setoran pajak
    dan cukai diperkirakan mencapai"): words only, a few, one a change or level verb."""
    lex = _lex()
    between = toks[e:first]
    if not between or len(between) > _PAIR_PREDICATE \
            or any(t.kind != "word" for t in between):
        return False
    return any(t.low in lex.subject_changes or t.low in lex.subject_levels
               or t.low in lex.reached or (t.text[0].islower() and _verb_like(t.low))
               for t in between)


def _capital_word(tok: _Tok) -> bool:
    return tok.kind == "word" and tok.text[0].isupper()


def _inside_name(toks: Sequence[_Tok], n: int, lo: int) -> bool:
    """Whether the change word at toks[n] is a word inside a capitalised name in running
    text ("diskon tiket pesawat ekonomi Pajak Pertambahan Nilai Ditanggung Pemerintah
    (PPN-DTP) 6%": a tax's name, no rise said; numtime6): capitalised between two
    capitalised words, with a lower-case word before the name in the window, so that a
    title-cased headline ("Dampak Kenaikan Harga BBM") keeps its change."""
    if n < 1 or n + 1 >= len(toks) or not (
            _capital_word(toks[n]) and _capital_word(toks[n - 1]) and _capital_word(toks[n + 1])):
        return False
    k = n - 1
    while k >= lo and _capital_word(toks[k]):
        k -= 1
    return k >= lo and toks[k].kind == "word" and toks[k].text[0].islower()


def _change_word(low: str) -> str:
    """A change word without the possessive "-nya" ("kenaikannya" -> "kenaikan")."""
    return low[:-3] if low.endswith("nya") and len(low) > 6 else low


def _opens_item(toks: Sequence[_Tok], comma: int, first: int) -> bool:
    """Whether the comma (or "dan") at toks[comma] ends one amount and opens another item,
    named by a noun ("Rp 2.162 triliun, ekuitas posisinya adalah Rp 201,1 triliun"; "Rp 4,78
    triliun dan total kewajiban sebesar Rp 10,23 triliun"), rather than
    going on about the same one (", mengalami penurunan 14,28%")."""
    lex = _lex()
    if comma == 0 or comma + 1 >= first:
        return False
    prev, nxt = toks[comma - 1], toks[comma + 1]
    if prev.text == ")" and comma > 1 and (toks[comma - 2].text == "%"
                                            or toks[comma - 2].kind == "num"):
        prev = toks[comma - 2]  # "saham AMMN (-4,37%), MLPT (-14,99%)": a bracketed amount
    if toks[comma].text != "," and (nxt.text[0].isupper() or _is_year(parse_digits(prev.text)
                                                                     if prev.kind == "num"
                                                                     else 0, prev)):
        return False  # "... 2,4% dan Filipina 2,6%": a name shares the measure
    ends_amount = prev.kind == "num" or prev.low in lex.magnitudes or prev.text == "%" \
        or (prev.low,) in lex.units_after or (prev.low,) in lex.cur_suffix
    return ends_amount and nxt.kind == "word" and nxt.low not in lex.stop \
        and not _verb_like(nxt.low) and _change_word(nxt.low) not in lex.moves \
        and nxt.low not in lex.qualifiers and nxt.low not in lex.worth


def _worth_of(toks: Sequence[_Tok], end: int, lo: int) -> Span | None:
    """What the worth word at toks[end] prices: the noun phrase right before it, or, when
    that is the unit of a count ("Kendaraan roda empat 7 unit senilai", "Logam mulia 645
    gram, senilai", "Sertifikat tanah sebanyak 29 SHM senilai"), the phrase counted."""
    lex = _lex()
    if toks[end].low in lex.reached:
        # "Rupiah yang kemarin pagi pernah mencapai Rp 16.560": past the day's words,
        # auxiliaries and adverbs before a verb of reaching, its subject (numtime11)
        j = end
        while j > lo and (toks[j - 1].low in _DAY_AND_AUX_WORDS
                          or toks[j - 1].low in lex.auxiliaries or toks[j - 1].low in lex.adverbs):
            j -= 1
        if j < end:
            subject = _subject_before(toks, j, lo)
            # "party-ID di Indonesia hanya mencapai 14 persen": the phrase before the
            # place, as with no adverb (numtime16)
            return _past_place(toks, _past_modifier(toks, subject, lo), lo) \
                if subject is not None else None
    k = end - 1 if end - 1 > lo and toks[end - 1].text == "," else end
    if k == end and k - 1 > lo and toks[k - 1].low in lex.demonstratives:
        # "membeli rumah tersebut seharga US$ 3,8 juta": the house's price (not "untuk
        # 35,04 juta keluarga penerima manfaat itu senilai Rp30 triliun": the families
        # counted are not what the sum buys)
        np = _noun_before(toks, k - 1, lo)
        at = next((n for n in range(k - 1, lo - 1, -1)
                   if np is not None and toks[n].start == np.start), lo)
        return None if np is None or any(t.kind == "num" for t in toks[max(lo, at - 2):at]) \
            else np
    unit = _noun_before(toks, k, lo)
    if unit is not None and k == end:
        unit = _past_place(toks, unit, lo)
    if unit is None or unit.start != toks[k - 1].start or k - 2 < lo \
            or toks[k - 2].kind != "num":
        return unit if k == end else None  # a comma ends the phrase unless a count's
    c = k - 2
    if c - 1 >= lo and toks[c - 1].low in lex.worth:
        c -= 1
    return _noun_before(toks, c, lo) or (unit if k == end else None)


def _forecast_object(toks: Sequence[_Tok], thing: Span, first: int, lo: int) -> Span | None:
    """What a forecast noun found as the whole thing ("proyeksi", "perkiraan") forecasts:
    the noun phrase after it up to the amount ("dengan proyeksi total keuntungan mencapai
    Rp7,5 triliun"), or the subject a comparison with it is said of ("penyerapan anggaran
    bisa lebih tinggi dari proyeksi 94%"); else no thing (a forecast alone names none).
    A thing of other words is kept. (numtime17)"""
    lex = _lex()
    at = next((n for n in range(first - 1, lo - 1, -1) if toks[n].start == thing.start), None)
    if at is None or toks[at].end != thing.end or toks[at].low not in lex.forecasts:
        return thing
    end = first - 1 if toks[first - 1].low in lex.worth else first
    if toks[first].low in lex.reached:
        end = first
    if at + 1 < end and all(t.kind == "word" and t.text[:1].islower() and t.low not in lex.stop
                            and not _verb_like(t.low) for t in toks[at + 1:end]):
        return Span(start=toks[at + 1].start, end=toks[end - 1].end)
    if at + 1 == end and at - 2 >= lo and (toks[at - 1].low in lex.from_words
                                          or toks[at - 1].low in lex.comparisons):
        j = at - 1
        while j > lo and toks[j - 1].low not in lex.comparatives and at - j < 4:
            j -= 1  # "lebih tinggi dari", "lebih rendah daripada"
        if j > lo and toks[j - 1].low in lex.comparatives:
            j -= 1
            while j > lo and toks[j - 1].low in lex.predicate_openers \
                    and toks[j - 1].low not in lex.subject_pronouns:
                j -= 1  # "bisa lebih tinggi", "akan lebih rendah"
            # (the measured head read back from the comparison, else its plain subject)
            subject = _measure(toks, j).thing or _subject_before(toks, j, lo)
            at = next((n for n in range(j - 1, lo - 1, -1) if subject is not None
                       and toks[n].start == subject.start), lo)
            # (not a pronoun's state: "Kami optimistis bisa lebih tinggi dari ...")
            return subject if at == lo or toks[at - 1].low not in lex.subject_pronouns else None
    return None


# "progres fisik baru 40%": only so far (an aspect word); numbers.toml
_ONLY_SO_FAR = WordSet("numbers", NumbersData, "measure.only_so_far_words")
_LIMIT_VERBS = WordSet("numbers", NumbersData, "measure.limit_verbs")
_ASIDES = WordSet("numbers", NumbersData, "measure.aside_openers")


def _predicate_subject(toks: Sequence[_Tok], first: int, lo: int) -> Span | None:
    """The subject of an amount said as the predicate right after auxiliaries, modals or a
    negation, with no head of its own ("proses pengerjaan sudah 85%", "pembangunan jembatan
    itu belum 100%", "penyerapannya masih di bawah 50%"): the noun phrase before them (past
    a demonstrative); None for a pronoun or when none stands there. (numtime17)"""
    lex = _lex()
    j = first
    while j > lo and toks[j - 1].kind == "word" and (
            toks[j - 1].low in lex.auxiliaries or toks[j - 1].low in lex.negations
            or toks[j - 1].low in lex.adverbs or toks[j - 1].low in _ONLY_SO_FAR
            or (toks[j - 1].low in lex.predicate_openers
                and toks[j - 1].low not in lex.subject_pronouns
                and toks[j - 1].low not in lex.degree_words)):
        j -= 1
    if j in (first, lo):
        return None
    while j > lo and toks[j - 1].low in lex.demonstratives:
        j -= 1  # "proyek itu belum 100%"
    subject = _subject_before(toks, j, lo)
    if subject is None:
        return None
    at = next(n for n in range(j - 1, lo - 1, -1) if toks[n].start == subject.start)
    if at > lo and toks[at - 1].text in _OPENING_MARKS and (at - 1 == lo or toks[
            at - 2].text in ".!?:,"):
        return subject  # '"Keseimbangan primer masih Rp 22 triliun': a quote opening it
    if at > lo and (not toks[at].text[:1].islower() or toks[at - 1].kind == "num"
                    or (toks[at - 1].low in lex.stop and toks[at - 1].low not in lex.measure_breaks)
                    or (toks[at - 1].text[:1].islower() and _verb_like(toks[at - 1].low)
                        and toks[at - 1].low not in _LIMIT_VERBS)):
        # a name is whose it is, not what; "dari 10 desa", "yang melakukan aktivasi akun":
        # no subject opening its clause (but the object a cap verb limits is: num30)
        return None
    return subject


_OPENING_MARKS = frozenset({'"', "“", "'", "‘"})  # a quotation opening a sentence (numtime18)


@cache
def _naming_words() -> frozenset[str]:
    """"yakni", "yaitu": words naming what the phrase before them describes (quotes.toml
    [speaker] `namely_words`, the same class)."""
    return frozenset(load("quotes", QuotesData).speaker.namely_words)


_ACTIVE = "me"  # "menyalurkan", "memberikan": an active verb, its subject an agent


def _opens_referring(toks: Sequence[_Tok], first: int, lex: _Lex) -> bool:
    """Whether the amount's sentence opens with a quantity noun pointing back ("Besarnya",
    "Nilainya") and only a copula, "yakni" or a worth word between it and the amount; past
    an opening connective and an attribution set off by commas ("Namun , menurut laporan
    media , nilainya mencapai ...": the source, not the subject; num33c)."""
    k = 1 if toks and toks[0].kind != "word" and toks[0].kind != "num" else 0
    k = _past_opening(toks, k, first)
    return first > k and toks[k].low in lex.referring and all(
        t.low in lex.copulas or t.low in _naming_words() or t.low in lex.worth
        or t.low in lex.qualifiers or t.low in lex.range_between  # "kira-kira antara"
        for t in toks[k + 1:first])


def _past_opening(toks: Sequence[_Tok], k: int, first: int) -> int:
    """Where a sentence's subject starts past its opening connective ("Namun ,") and an
    attribution closed by a comma ("menurut laporan media ,"), both before toks[first]."""
    if k < first and toks[k].low in _CONNECTIVES:
        k += 1
        if k < first and toks[k].text == ",":
            k += 1
    if k < first and toks[k].low in _ASIDES:
        j = next((n for n in range(k + 1, first) if toks[n].text == ","), None)
        if j is not None:
            k = j + 1
    return k


def _opens_naming(toks: Sequence[_Tok]) -> bool:
    """Whether the sentence opens with "yakni"/"yaitu" (after a quotation mark): it spells
    out what the sentence before said. (num27)"""
    k = 1 if toks and toks[0].kind != "word" and toks[0].kind != "num" else 0
    return k < len(toks) and toks[k].low in _naming_words()


def _opening_subject(text: str, sent: Span, lex: _Lex) -> Span | None:
    """The noun phrase (at most four words) opening a sentence: its subject, or None when
    it opens with a function, time or verb word ("Insentif guru non-ASN dan bantuan ...
    disalurkan": "Insentif guru non-ASN"). (numtime17)"""
    toks = _tokens(text, sent.start, sent.end)
    k = 1 if toks and toks[0].kind != "word" else 0
    n = k
    while n < len(toks) and n - k < 4 and toks[n].kind == "word" and toks[n].low not in lex.stop \
            and toks[n].low not in lex.referring \
            and not (n > k and toks[n].text[:1].islower() and _verb_like(toks[n].low)):
        n += 1
    if n == k or (n < len(toks) and toks[n].kind == "word" and toks[n].low not in lex.stop
                  and not _verb_like(toks[n].low)):
        return None  # longer than four words: its head is out of reach
    if _verb_like(toks[k].low):
        return None
    m = n
    while m < len(toks) and (toks[m].low in lex.auxiliaries or toks[m].low in lex.adverbs):
        m += 1
    if m < len(toks) and toks[m].low.startswith(_ACTIVE) and _verb_like(toks[m].low):
        # "Pemerintah menyalurkan bantuan beras. Besarnya ...": an agent's act; what it
        # gives, the object, is what the amount measures, else nothing
        e = m + 1
        while e < len(toks) and e - m <= 4 and toks[e].kind == "word" \
                and toks[e].low not in lex.stop and not _verb_like(toks[e].low):
            e += 1
        return Span(start=toks[m + 1].start, end=toks[e - 1].end) if e > m + 1 else None
    return Span(start=toks[k].start, end=toks[n - 1].end)


_MODIFIER_OPENERS = WordSet("numbers", NumbersData, "measure.modifier_openers")
_MODIFIER_REACH = 4  # words of a modifier between its opener and the verb's subject


def _past_modifier(toks: Sequence[_Tok], np: Span, lo: int) -> Span:
    """The subject a modifier after it is said of, where the phrase found before a verb of
    reaching ends that modifier: "peningkatan pasar global untuk produk berbasis wearable
    akan mencapai $ 14 miliar" sizes the market, not the products' kind (num34). Only
    lower-case words between the modifier's opener ("untuk", "bagi") and the phrase, and
    a lower-case noun right before the opener; else the phrase found."""
    lex = _lex()
    k = next(n for n in range(lo, len(toks)) if toks[n].start == np.start)
    for n in range(k - 1, max(lo, k - 1 - _MODIFIER_REACH), -1):
        t = toks[n]
        if t.kind != "word" or not t.text[0].islower():
            return np
        if t.low in _MODIFIER_OPENERS:
            before = toks[n - 1] if n - 1 >= lo else None
            if before is None or before.kind != "word" or not before.text[0].islower() \
                    or before.low in lex.stop:
                return np
            return _subject_before(toks, n, lo) or np
    return np


def _past_place(toks: Sequence[_Tok], np: Span, lo: int) -> Span | None:
    """The phrase before a place the priced thing happened at: "pembelian bersih (net buy)
    di pasar reguler sebesar Rp 657 miliar" prices the net buy, not the market; None when
    no phrase stands before the place ("dan di seluruh pasar sebesar ...")."""
    lex = _lex()
    j = next(n for n in range(lo, len(toks)) if toks[n].start == np.start)
    while j > lo and toks[j - 1].low in lex.quantifiers:
        j -= 1  # "di seluruh pasar"
    if j == lo or toks[j - 1].low not in lex.places:
        return np
    j -= 1
    if j > lo and toks[j - 1].text == ")":  # "(net buy)": a gloss of the phrase before
        opening = next((n for n in range(j - 2, max(lo, j - 7) - 1, -1)
                        if toks[n].text == "("), None)
        if opening is not None:
            j = opening
    return _noun_before(toks, j, lo)


def _noun_before(toks: Sequence[_Tok], end: int, lo: int) -> Span | None:
    """The short noun phrase that ends right before toks[end], or None; a name's
    abbreviation in brackets stands for it ("Bantuan Langsung Tunai (BLT) senilai")."""
    lex = _lex()
    if end - 3 >= lo and toks[end - 1].text == ")" and toks[end - 3].text == "(" \
            and _acronym(toks[end - 2]):
        return Span(start=toks[end - 2].start, end=toks[end - 2].end)
    k = end
    while k > max(lo, end - 3):
        t = toks[k - 1]
        if t.kind != "word" or t.low in lex.stop or t.low in lex.generic \
                or (t.text[0].islower() and _verb_like(t.low)) or t.low in lex.up \
                or t.low in lex.down or t.low in lex.qualifiers \
                or t.low in lex.comparisons \
                or (t.text[0].islower() and t.low in _MANNERS):
            # "2,8% vs 2,7%": what it is compared with; "turun drastis": how, not what
            break
        k -= 1
    if k < end and k > 0 and toks[k - 1].low in lex.rate_words:
        return None  # "Hitung per sak dari Rp 112.500": the unit of a rate, not a thing
    if k < end - 1 and toks[k].low in lex.ordinals:
        k += 1  # "..., kedua Jakarta 30 persen": a rank opening an item, then the item (num28)
    if k < end and k > lo and toks[k - 1].low in lex.generic \
            and all(t.low in lex.level_modifiers for t in toks[k:end]):
        return None  # "ke angka awal Rp 340 miliar": what the level is, not what of
    if k < end and k > lo and toks[k - 1].low in lex.predicate_openers:
        return None  # "kita alokasikan sebanyak", "lebih rendah dari": a predicate
    if k < end and ((end - 2 >= k and toks[end - 2].low in lex.ranks
                     and toks[end - 1].low in lex.ordinals)
                    or (k > lo and toks[k - 1].low in lex.agents)):
        # "menempati urutan kelima sebesar Rp4,1 triliun": a rank, not what is priced;
        # "ditanggung oleh penerima jasa sebesar 5%": who bears it, not what
        return None
    return Span(start=toks[k].start, end=toks[end - 1].end) if k < end else None


# "UU Nomor 7 Tahun 2014": the year of a law's citation dates the law, not an amount.
_CITED = re.compile(r"(?<!\w)(?:nomor|nomer|no)\.?\s*\d+[\w/.-]*\s+\Z", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|hingga|sampai|s/d|s\.d\.?)\s*", re.IGNORECASE)
# Joins of a list of dates of one kind: "tahun 2025 dan 2026", "19 dan 20 Agustus 2025"
# (not "sejak September 2024 dan sekarang").
_LIST_JOIN = re.compile(r"\s*(?:,?\s*dan|,)\s*", re.IGNORECASE)
_CALENDAR = re.compile(r"\d{4}(?:-\d{2}){0,2}")
# Quarters, halves and the whole year as spans of months.
_MONTH_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1",
                (7, 12): "H2", (1, 12): ""}
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")
_LISTED = re.compile(r",|\bdan\b", re.IGNORECASE)  # inside a list of years made one span
_YEARS = re.compile(r"\d{4}(?:/\d{4})?")  # a year, or a span of years listed before


@cache
def _months_before() -> re.Pattern[str]:
    """Month names that open a span or list ending right here: "Januari-", "Oktober,
    November, dan " (before "Desember 2025")."""
    month = trie_pattern(sorted(_lex().month_numbers))
    return re.compile(rf"(?i)\b({month})(?:\s*,\s*(?:{month}))*"
                      rf"(?:\s*-\s*|\s*–\s*|\s+(?:hingga|sampai|s/d)\s+|\s*,?\s*dan\s+|\s*,\s*)\Z")


# "periode 2017/2018", "tahun ajaran 2022/2023": a season or academic or fiscal year over
# two calendar years (the timex stage gives its first year, as TIMEX3 has no such unit)
_TWO_YEARS = re.compile(r"(\d{4})/(\d{4})\Z")


def _two_years(text: str, t: TimeExpr) -> str | None:
    """The span of two consecutive years a year written "2017/2018" fills ("2017/2018"),
    None for any other date."""
    m = _TWO_YEARS.search(text, t.span.start, t.span.end)
    if m is None or m.group(1) != t.value or int(m.group(2)) != int(t.value) + 1:
        return None
    return f"{m.group(1)}/{m.group(2)}"


def _month_spans(times: Sequence[TimeExpr], text: str) -> list[TimeExpr]:
    """Spans of months or years read as one period: a quarter, a half or a year
    ("periode Januari-Maret 2025" = 2025-Q1, "Oktober, November, dan Desember" = the
    fourth quarter), else an ISO 8601 interval ("Januari hingga April 2025" =
    2025-01/2025-04, "2025-2029" = 2025/2029); the dates that opened the span are dropped."""
    spans: dict[int, TimeExpr] = {}
    dropped: set[int] = set()
    # The dates overlapping a month name are bisected from the starts, not found by a scan
    # of every date per span (the square of the article's length in a long report).
    starts = [t.span.start for t in times]
    longest = max((t.span.end - t.span.start for t in times), default=0)
    for n, t in enumerate(times):
        if t.type != "DATE" or not _CALENDAR.fullmatch(t.value):
            continue
        if len(t.value) > 7:
            if (days := _day_range(times, n, dropped, text)) is not None:
                spans[n] = days
                dropped.add(n - 1)
            continue
        if (both := _two_years(text, t)) is not None:
            spans[n] = replace(t, value=both, mod=None)
            continue
        m = _months_before().search(text, max(0, t.span.start - 60), t.span.start) \
            if len(t.value) == 7 else None
        key = (_lex().month_numbers.get(m.group(1).casefold(), 0), int(t.value[5:7])) \
            if m is not None else (0, 0)
        if m is not None and key in _MONTH_SPANS:
            part = _MONTH_SPANS[key]
            # "bulan Oktober, November dan Desember": the first month's expression may
            # start before its name
            near = range(bisect_right(starts, m.start() - longest), bisect_left(starts, m.end()))
            opened = [k for k in near if k != n and times[k].span.start < m.end()
                      and times[k].span.end > m.start()]
            begin = min([m.start(), *(times[k].span.start for k in opened)])
            spans[n] = replace(t, span=Span(start=begin, end=t.span.end),
                               value=t.value[:4] + (f"-{part}" if part else ""), mod=None)
            dropped.update(opened)
            continue
        # "Juni-Juli 2025", "November 2024 hingga September 2025", "2025-2029": two dates
        # of one kind joined as a range
        k = n - 1
        p = times[k] if k >= 0 and k not in dropped else None
        if p is not None and p.type == "DATE" and len(p.value) == len(t.value) \
                and _CALENDAR.fullmatch(p.value) and p.value < t.value \
                and _RANGE_JOIN.fullmatch(text, p.span.end, t.span.start):
            spans[n] = replace(t, span=Span(start=p.span.start, end=t.span.end),
                               value=f"{p.value}/{t.value}", mod=None)
            dropped.add(k)
            continue
        # "pada 2025 dan 2026", "tahun ini dan tahun depan", "2017, 2018 dan 2019":
        # consecutive years listed are the span they fill (not "2019 dan 2024", two
        # years apart, which no one value says)
        p = spans.get(k, times[k]) if k >= 0 and k not in dropped else None
        if p is not None and p.type == "DATE" and _YEAR.fullmatch(t.value) \
                and _YEARS.fullmatch(p.value) and int(p.value[-4:]) + 1 == int(t.value) \
                and _LIST_JOIN.fullmatch(text, p.span.end, t.span.start):
            spans[n] = replace(t, span=Span(start=p.span.start, end=t.span.end),
                               value=f"{p.value[:4]}/{t.value}", mod=None)
            dropped.add(k)
            continue
        # "selama Juni dan Juli": two months in a row joined by "dan" are the span they
        # fill, as two years are (numtime6); not two of a longer list ("Oktober, November,
        # Desember": the list's own span, or none)
        if p is not None and p.type == "DATE" and _next_month(p.value) == t.value \
                and _MONTH_PAIR.fullmatch(text, p.span.end, t.span.start):
            spans[n] = replace(t, span=Span(start=p.span.start, end=t.span.end),
                               value=f"{p.value}/{t.value}", mod=None)
            dropped.add(k)
    return [spans.get(n, t) for n, t in enumerate(times) if n not in dropped]


def _day_range(times: Sequence[TimeExpr], n: int, dropped: set[int],
               text: str) -> TimeExpr | None:
    """Two days of different months joined as a range ("Khusus 5 Desember 2017 - 5 Januari
    2018, ... dengan biaya Rp 5 juta"): the window the statement holds over, as two months
    make one (num29); None unless the date before times[n] is a day of an earlier month
    joined by a dash, "hingga" or "sampai". (Days of one month, "RDG 20-21 Mei 2025", are
    mostly a meeting's, dated by its decision day as before.)"""
    t = times[n]
    p = times[n - 1] if n > 0 and n - 1 not in dropped else None
    if p is None or p.type != "DATE" or len(p.value) != len(t.value) \
            or not _CALENDAR.fullmatch(p.value) or p.value[:7] >= t.value[:7] \
            or _RANGE_JOIN.fullmatch(text, p.span.end, t.span.start) is None:
        return None
    return replace(t, span=Span(start=p.span.start, end=t.span.end),
                   value=f"{p.value}/{t.value}", mod=None)


_MONTH = re.compile(r"(\d{4})-(\d{2})")
_MONTH_PAIR = re.compile(r"\s+dan\s+", re.IGNORECASE)


def _next_month(value: str) -> str | None:
    """The month after a month value ("2025-12" -> "2026-01"); None for any other value."""
    m = _MONTH.fullmatch(value)
    if m is None:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    return f"{y + mo // 12:04d}-{mo % 12 + 1:02d}"


_YEARS_DURATION = re.compile(r"P(\d{1,2})Y")


def _since_now(raw: _Raw, stop: int, times: Sequence[TimeExpr], since: Container[int],
               text: str, published: date | datetime) -> TimeExpr | None:
    """The span from a year to the publication year, when "sejak <year>" follows the
    amount in its clause, before the next amount ("80% dari total dampak pemanasan ...
    sejak 1990" = 1990/2025); not past a superlative ("terendah sejak 2022": a level of
    now, the span only its comparison) nor for the current year."""
    for t in times:
        if t.span.start < raw.end or t.span.start >= stop:
            continue
        if t.span.start not in since or _YEAR.fullmatch(t.value) is None \
                or _RANGE_JOIN.match(text, t.span.end) is not None:
            return None  # (not "sejak 2019 hingga 2023", a closed span)
        between = text[raw.end:t.span.start]
        if ";" in between or ":" in between or int(t.value) >= published.year or any(
                w in _lex().superlatives for w in _WORD.findall(between.casefold())):
            return None
        return replace(t, value=f"{t.value}/{published.year}")
    return None


def _record_since(text: str, end: int, t: TimeExpr) -> bool:
    """Whether a superlative stands between an amount and the "sejak <date>" after it
    ("turun hingga 10 persen, penurunan terbesar ... sejak 1995"): the date is the record's
    comparison, not the time of the change (num30b)."""
    return t.span.start >= end and any(
        w in _lex().superlatives for w in _WORD.findall(text[end:t.span.start].casefold()))


_MONTHS_DURATION = re.compile(r"P(\d{1,2})M")
_MONTHS_AHEAD_MAX = 24  # months counted forward read as a span of months, at most


def _ahead_value(value: str, published: datetime) -> str | None:
    """The span a duration counted forward from publication fills, or None: years after
    this one ("P5Y" in 2025: "2026/2030"), months after this one ("P6M" in October 2025:
    "2025-11/2026-04")."""
    m = _YEARS_DURATION.fullmatch(value)
    if m is not None and int(m.group(1)) > 0:
        y, n = published.year, int(m.group(1))
        return f"{y + 1}/{y + n}" if n > 1 else f"{y + 1}"
    m = _MONTHS_DURATION.fullmatch(value)
    if m is not None and 0 < int(m.group(1)) <= _MONTHS_AHEAD_MAX:
        first = published.year * 12 + published.month  # the next month, 0-based
        last = first + int(m.group(1)) - 1
        return "/".join(dict.fromkeys(f"{k // 12}-{k % 12 + 1:02d}" for k in (first, last)))
    return None


def _counted_ahead(times: list[TimeExpr], text: str,
                   published: datetime | None) -> list[TimeExpr]:
    """Years or months counted forward from publication read as the span they fill:
    "dalam 5 tahun ke depan", published in 2025, is 2026/2030; "dalam enam bulan ke depan",
    published in October 2025, is 2025-11/2026-04 (the years or months after this one)."""
    if published is None:
        return times
    ahead = _lex().ahead_span
    out: list[TimeExpr] = []
    for t in times:
        value = _ahead_value(t.value, published) if t.type == "DURATION" else None
        if value is not None and ahead.search(text, t.span.start, t.span.end):
            t = replace(t, type="DATE", value=value, mod=None)
        out.append(t)
    return out


_SPAN_MONTHS = re.compile(r"(\d{4})(?:/(\d{4})|-Q[1-4]|-H[12]|-(\d{2})/(\d{4})-(\d{2}))")


def _span_months(value: str) -> int:
    """How many months a span of years, a quarter, a half or a span of months fills
    ("2019/2022": 48, "2025-Q4": 3); 0 for any other value."""
    m = _SPAN_MONTHS.fullmatch(value)
    if m is None:
        return 0
    if m.group(2):
        return (int(m.group(2)) - int(m.group(1)) + 1) * 12
    if m.group(3):
        return (int(m.group(4)) - int(m.group(1))) * 12 + int(m.group(5)) - int(m.group(3)) + 1
    return 3 if "-Q" in value else 6


_DURATION_MONTHS = re.compile(r"P(\d{1,2})([YM])")


def _spans_restated(times: list[TimeExpr], text: str,
                    sent_starts: Sequence[int]) -> list[TimeExpr]:
    """A span said again by its length: "selama" or "sepanjang" N years or months, when the
    nearest span named before it, or the first one the next sentence of its paragraph
    names, is N long, is that span ("sejak 2019 hingga 2022 ... selama 4 tahun pencairan
    dana hibah memperoleh komitmen fee Rp 79,74 miliar"; "bantuan Rp 300.000 per bulan
    selama tiga bulan. Periode yang akan berjalan yakni Oktober, November, dan Desember.")
    (period24)."""
    span_over = _lex().span_over
    out: list[TimeExpr] = []
    before = ""  # the last span named so far
    for n, t in enumerate(times):
        m = _DURATION_MONTHS.fullmatch(t.value) if t.type == "DURATION" else None
        if m is not None and span_over.search(text, max(0, t.span.start - 12), t.span.start):
            months = int(m.group(1)) * (12 if m.group(2) == "Y" else 1)
            k = bisect_right(sent_starts, t.span.start)  # the next sentence's index
            lo = sent_starts[k] if k < len(sent_starts) else len(text)
            hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
            after = next((u.value for u in times[n + 1:] if lo <= u.span.start < hi
                          and _span_months(u.value)), "")
            if "\n" in text[t.span.end:lo].rstrip():
                after = ""  # (another paragraph's)
            said = next((v for v in (before, after) if v and _span_months(v) == months), None)
            if said is not None and months > 1:
                t = replace(t, type="DATE", value=said, mod=None)
        if _span_months(t.value):
            before = t.value
        out.append(t)
    return out


def _in_span(t: TimeExpr, starts: Mapping[int, str], stops: Mapping[int, str],
             text: str) -> bool:
    """Whether `t` is one end of a span or list of dates ("Juni-Juli 2025", "2016-2019",
    "tahun 2025 dan 2026", "Oktober, November, dan Desember"); `starts` and `stops` map
    the dates' ends to their values."""
    if _YEAR_MONTH.fullmatch(t.value) and _months_before().search(
            text, max(0, t.span.start - 60), t.span.start):
        return True
    kind = len(t.value) if _CALENDAR.fullmatch(t.value) else -1

    def joined(b: int, e: int, other: str) -> bool:
        return _RANGE_JOIN.fullmatch(text, b, e) is not None or (
            len(other) == kind and _CALENDAR.fullmatch(other) is not None
            and _LIST_JOIN.fullmatch(text, b, e) is not None)

    end = t.span.end
    if any(joined(end, a, starts[a]) for a in range(end + 1, min(len(text), end + 10) + 1)
           if a in starts):
        return True
    return any(joined(b, t.span.start, stops[b]) and not _next_day(stops[b], t.value)
               for b in range(max(0, t.span.start - 10), t.span.start) if b in stops)


def _next_day(first: str, second: str) -> bool:
    """Whether two dates are consecutive days: "RDG tanggal 15-16 Juli 2025", a two-day
    meeting, decides on its last day, which dates what it decided (numtime15)."""
    if not (_DAY.fullmatch(first) and _DAY.fullmatch(second)):
        return False
    try:
        return date.fromisoformat(second) - date.fromisoformat(first) == timedelta(days=1)
    except ValueError:
        return False


_DAY_PART = re.compile(r"\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI)")


def _period(times: Sequence[TimeExpr], lo: int, hi: int, number: Span,
            text: str = "") -> TimeExpr | None:
    """The date the statement around an amount refers to: the nearest DATE between
    character offsets lo and hi that is not the amount itself, nor one end of a span of
    dates ("Juni-Juli 2025": the period is both, which one value cannot say)."""
    starts = {t.span.start: t.value for t in times}
    stops = {t.span.end: t.value for t in times}
    # a part of a day ("kemarin pagi", "Senin malam") dates the statement by its day
    times = [replace(t, type="DATE", value=t.value[:10]) if t.type == "TIME"
             and _DAY_PART.fullmatch(t.value) else t for t in times]
    cands = [t for t in times if t.type == "DATE" and lo <= t.span.start < hi
             and (t.span.end <= number.start or t.span.start >= number.end)
             and not (text and (_in_span(t, starts, stops, text) or _CITED.search(
                 text, max(0, t.span.start - 40), t.span.start)))]
    if not cands:
        return None
    def gap(t: TimeExpr) -> tuple[bool, int]:
        # the nearest date, one in a clause after the amount's last ("yang kemarin sore
        # mencapai Rp 90.000, hari ini Rp 70.000": yesterday's; not "Pada 2025, ...")
        if t.span.end <= number.start:
            return False, number.start - t.span.end
        return text.find(", ", number.end, t.span.start) >= 0, t.span.start - number.end
    return min(cands, key=gap)


# A DATE that names a period an amount may be counted over: a year, month, quarter or
# half ("selama 2024"), or a span of years or months (`_month_spans`: "2025/2029"), not a
# day (mostly the day something was said); a span of days is one ("5 Desember 2017 - 5
# Januari 2018", a promo's window; num29).
_PERIOD = re.compile(r"\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?(?:/\d{4}(?:-\d{2})?)?"
                     r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")
_FIRST_WORD = re.compile(r"\W*(\w+)")
# "sampai 30 September 2025", "hingga 17 Oktober 2025": a day that ends a running count
_AS_OF = re.compile(r"(?<!\w)(?:sampai|hingga|per|s\.?d\.?)(?:\s+(?:data|tanggal|tgl))?\s+\Z",
                    re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_of(text: str, t: TimeExpr) -> bool:
    """Whether a day is the date a running total is counted up to: named right after
    "sampai", "hingga" or "per" ("per data 15 Oktober 2025"; a day is otherwise mostly
    when something was said)."""
    return _DAY.fullmatch(t.value) is not None \
        and _AS_OF.search(text, max(0, t.span.start - 20), t.span.start) is not None


def _glosses(prev: _Raw, raw: _Raw, toks: Sequence[_Tok], first: int) -> bool:
    """Whether an amount right after "atau" or a bracket is the one before in another
    currency: one sum said twice, so one thing."""
    return first > 0 and prev.next_tok == first - 1 \
        and (toks[first - 1].low == "atau" or toks[first - 1].text == "(") \
        and prev.currency is not None and raw.currency is not None \
        and prev.currency != raw.currency


def _shared_measure(toks: Sequence[_Tok], prev: _Raw, prev_thing: Span | None, raw: _Raw,
                    first: int, p_first: int) -> tuple[Span | None, Change | None] | None:
    """The thing of an amount that restates the one before it, and the change it says.

    "dari 20-30 persen menjadi 5 persen": the level reached measures what the starting
    level does, and is down from it; "979 orang atau menyusut 1,26%": the second amount
    is the first in other terms, so it counts what the first does ("pegawai Kemenkeu").
    A level after "dari" moves to the next one even when neither names a thing ("Mulai dari
    Rp 1,5 juta menjadi Rp 2 juta": up from, up to). `p_first` is the index of the
    token the amount before starts at.
    """
    lex = _lex()
    k = first - 1
    if k < 0:
        return None
    level = next((p for p in lex.to_level
                  if k + 1 >= len(p) and tuple(x.low for x in toks[k + 1 - len(p):k + 1]) == p),
                 None)
    if level is not None:
        # "Rp 2.250 per kilogram menjadi ...", "turun 18 sen, atau 0,28%, menjadi US$ 63,87"
        # "dari Rp 3 triliun pada 2016 menjadi ...": the first level's date is no gap
        gap = [t for t in toks[prev.next_tok:_past_time_phrase(toks, k + 1 - len(level),
                                                               prev.next_tok - 1)]
               if t.text != ","]
        if (prev_thing is None and not (p_first > 0 and toks[p_first - 1].low
                                        in lex.from_words
                                        and (prev.currency, prev.unit)
                                        == (raw.currency, raw.unit))) \
                or len(gap) > 2 or (gap and gap[0].low not in lex.rate_words):
            return None
        a, b = prev.value if prev.value is not None else prev.high, raw.value
        moved: Change | None = None
        if a is not None and b is not None and a != b:
            moved = "up" if b > a else "down"
        return prev_thing, moved
    if k > 0 and _change_word(toks[k].low) in lex.moves:
        k -= 1
    # "4 upaya penipuan (74%)", "2 juta wajib pajak atau 15%": a count restated past the
    # noun it counts
    counted = prev_thing is not None and prev.next_tok < k \
        and prev_thing.start == toks[prev.next_tok].start and prev_thing.end == toks[k - 1].end
    if (toks[k].low != "atau" and toks[k].text != "(") or (prev.next_tok != k and not counted):
        return None  # "USD 15,3 miliar (sekitar Rp 234,8 triliun)" restates it too
    if counted and (subject := _copula_subject(toks, p_first)) is not None:
        return subject, None
    if prev_thing is not None:
        return prev_thing, None
    lo = _comma_clause_start(toks, p_first)
    # ("kerugian ... mencapai lebih dari 27 miliar atau Rp 407 triliun": what the amount
    # restated measures, read back from it, past the window of the restatement)
    before = _noun_before(toks, _past_record(toks, p_first, lo), lo) or (
        _measure(toks, p_first).thing if toks[k].low == "atau" else None)
    return (before, None) if before is not None else None


def _comma_clause_start(toks: Sequence[_Tok], at: int) -> int:
    """Index of the first token of the stretch ending before `at`, back to a clause break,
    a stop or a comma."""
    lex = _lex()
    lo = at
    while lo > 0 and toks[lo - 1].low not in lex.measure_breaks \
            and toks[lo - 1].text not in {".", "!", "?", ","}:
        lo -= 1
    return lo


def _copula_subject(toks: Sequence[_Tok], p_first: int) -> Span | None:
    """"Rekor kemenangannya ialah 676 partai atau 57,5 persen": a count said as what a
    subject is, restated as a share, measures that subject, not the counted noun; the
    subject before the copula opening at `p_first - 1`, else None (num31)."""
    if p_first <= 1 or toks[p_first - 1].low not in _lex().copulas:
        return None
    return _noun_before(toks, p_first - 1, _comma_clause_start(toks, p_first - 1))


def _against_move(toks: Sequence[_Tok], prev: _Raw, raw: _Raw, first: int, p_first: int,
                  change: Change | None) -> bool:
    """Whether "dari A menjadi B" runs against the change said: "mengurangi emisi dari 26
    menjadi 28 persen" cannot fall to a higher level, so the pair is the size of the cut
    (a range, down by), no level reached (num31)."""
    lex = _lex()
    if change is None or not (p_first > 0 and toks[p_first - 1].low in lex.from_words) \
            or prev.value is None or raw.value is None or prev.value == raw.value:
        return False
    between = tuple(t.low for t in toks[prev.next_tok:first])
    if between not in lex.to_level:
        return False
    return (raw.value > prev.value) != (change == "up")


_RECORDED = WordSet("numbers", NumbersData, "measure.recorded_verbs")  # "tercatat"


def _past_record(toks: Sequence[_Tok], end: int, lo: int) -> int:
    """Where the noun a count is recorded of ends: back past a verb of record and the
    aspect words before it ("penduduk miskin kini tercatat sebanyak 128 ribu orang"), so
    the share restating the count measures that noun; `end` itself when none is there."""
    lex = _lex()
    k = end
    if k > lo and toks[k - 1].low in _RECORDED:
        k -= 1
        while k > lo and toks[k - 1].low in lex.auxiliaries:
            k -= 1
        return k
    return end


# A day or a week: the session a market report is about.
_SESSION_DAY = re.compile(r"\d{4}-(?:\d{2}-\d{2}|W\d{2})")


def _session(article: Article, times: Sequence[TimeExpr]) -> tuple[TimeExpr, Span | None] | None:
    """The trading session a market report's lead paragraph names, and what the report
    measures: "Nilai tukar dolar AS menguat terhadap rupiah pada perdagangan hari ini"
    gives today and "Nilai tukar dolar AS" (None when the lead names no measured head).
    A day or week with a session word among the three words before it, in lower case."""
    lex = _lex()
    text = article.text
    if not article.sentences:
        return None
    lead_end = article.sentences[0].end
    sent_starts = [s.start for s in article.sentences] if ordered(article.sentences) else None
    for sent in article.sentences[1:]:
        if "\n" in text[lead_end:sent.start]:
            break
        lead_end = sent.end
    for t in times:
        if t.span.start >= lead_end:
            break
        if t.type != "DATE" or not _SESSION_DAY.fullmatch(t.value):
            continue
        # bisected: in a long paragraph the lead holds many dates and sentences
        k = bisect_right(sent_starts, t.span.start) - 1 if sent_starts is not None else -1
        sent = article.sentences[k] if k >= 0 and t.span.start < article.sentences[k].end \
            else next(s for s in article.sentences if s.start <= t.span.start < s.end)
        toks = _tokens(text, sent.start, t.span.start)
        at = next((n for n in range(len(toks) - 1, max(-1, len(toks) - 5), -1)
                   if toks[n].low in lex.sessions and toks[n].text.islower()), None)
        if at is None:
            continue
        return t, _measure(toks, at).thing
    return _market_day(article, times, lead_end)


def _sourced_session(article: Article, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The trading day the paragraph after a market report's lead opens with, when its
    first sentence says a market moved after naming it ("Mata uang Asia Pasifik kompak
    mengalami pelemahan ...\nBerdasarkan data Bloomberg, Senin (7/7/2025), pukul 15.35
    seluruh mata uang Asia Pasifik melemah"): the day of the quotes that follow. The lead
    must say a market moved too (a report of trading, not a story citing one quote)."""
    lex = _lex()
    text = article.text
    sents = article.sentences
    if not sents:
        return None
    para = text.find("\n", sents[0].start)
    if para < 0:
        return None
    moves = lex.moves
    # (the lead is tokenised only once it names a market: most leads name none)
    if lex.markets.search(text, sents[0].start, para) is None or not any(
            t.kind == "word" and _change_word(t.low) in moves
            for t in _tokens(text, sents[0].start, para)):
        return None
    second = next((x for x in sents if x.start > para), None)
    if second is None or "\n" in text[para + 1:second.start]:
        return None
    for t in times:
        if t.span.start >= second.end:
            break
        if t.span.start < second.start or t.type != "DATE" \
                or not _DAY.fullmatch(t.value):
            continue
        after = _tokens(text, t.span.end, second.end)
        if lex.markets.search(text, t.span.end, second.end) is not None and any(
                x.kind == "word" and x.text.islower() and _change_word(x.low) in moves
                for x in after):
            return t
        return None  # the sentence's first day is the one it dates
    return None


def _market_day(article: Article, times: Sequence[TimeExpr],
                lead_end: int) -> tuple[TimeExpr, Span | None] | None:
    """A lead that says a market rose or fell ("Nilai tukar dolar AS menguat terhadap
    rupiah pagi ini", "Himbara menguat ... penguatan IHSG") and names no time but the
    publication day's ("pagi ini", "kini"), or none: a report of that day's trading, its
    session the publication day (the lead's expression of it, else an empty span: the
    text names none) and its subject what the lead's first change is said of."""
    lex = _lex()
    text = article.text
    published = article.published
    first = article.sentences[0].start
    if published is None or lex.markets.search(text, first, lead_end) is None:
        return None
    day = published.date().isoformat() if isinstance(published, datetime) \
        else published.isoformat()
    lead = [t for t in times if t.span.start < lead_end]
    pub = published.date() if isinstance(published, datetime) else published
    # "bergerak menguat menyambut akhir pekan": the week of that day (or the weekend just
    # before it, as timex reads a bare "akhir pekan") names no other day
    weeks = {f"{y}-W{w:02d}" for y, w, _ in (pub.isocalendar(),
                                             (pub - timedelta(days=7)).isocalendar())}
    if any(t.value[:10] != day and not t.value.endswith("_REF")
           and t.value[:8] not in weeks for t in lead):
        return None  # a lead naming another day, a month or a year is no day's report
    toks = _tokens(text, first, lead_end)
    moves = lex.moves
    at = next((n for n, t in enumerate(toks) if t.kind == "word" and t.text[0].islower()
               and _change_word(t.low) in moves), None)
    if at is None:
        return None
    own = next((t for t in lead if t.value[:10] == day), None)
    when = replace(own, type="DATE", value=day, mod=None) if own is not None \
        else TimeExpr(span=Span(start=first, end=first), type="DATE", value=day)
    return when, _measure(toks, at).thing


def _thing_words(thing: str) -> list[str]:
    """The content words of a thing, lower-cased ("anggaran", "lumbung", "pangan")."""
    lex = _lex()
    return [w for w in _WORD.findall(thing.casefold())
            if len(w) > 3 and w.isalpha() and w not in lex.stop]


def _names_period(text: str, times: Sequence[TimeExpr], starts: Sequence[int],
                  at: int, bases: Container[int]) -> bool:
    """Whether the paragraph opening at `at` names a year, month, quarter or half (not
    only the day something was said, nor the base of a comparison: "dibandingkan periode
    yang sama tahun sebelumnya"), or years counted from now ("Sepanjang lima tahun ke
    depan", "dalam tiga tahun terakhir"): no other paragraph's period is its then."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    relative = _lex().relative_span
    return any((t.type == "DATE" and _PERIOD.fullmatch(t.value)
                and t.span.start not in bases) or (
        t.type == "DURATION" and t.value.endswith("Y")
        and relative.search(text, t.span.start, t.span.end) is not None)
        for t in times[bisect_left(starts, at):bisect_left(starts, end)])


def _paragraph_names_person(text: str, person_starts: Sequence[int], start: int) -> bool:
    """Whether the paragraph opening at `start` mentions a person: in a market report,
    an analyst's reading, no longer the session's figures. `person_starts` are the sorted
    starts of the people's mentions (bisected, not scanned for each paragraph)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end > start and _starts_within(person_starts, start, end - 1)


def find_numbers(article: Article) -> list[Count]:
    """Every amount in the article text, in text order (reads `text`, `sentences`,
    `entities` and `times`: run segment, entities and timex first)."""
    text = article.text
    lex = _lex()
    out: list[Count] = []
    index = _mention_index(article.entities)
    stretches = _named_stretches(text, article.entities)
    name_stretches = SpanSet(Span(start=a, end=b) for a, b in stretches)
    sent_starts = [s.start for s in article.sentences]
    # `_names_event`'s answers (anywhen) by a date's start: asked here and per sentence
    event_years: dict[int, bool] = {}
    times = _yearless_months(_spans_restated(_resolved_times(_counted_ahead(_month_spans(
        _untitled(sorted(article.times, key=lambda t: t.span.start), text), text), text,
        article.published),
        text, sent_starts, lex, event_years), text, sent_starts), text, article.published)
    time_starts = [t.span.start for t in times]  # bisected per sentence, not scanned
    # Where each comparison's base date starts ("dibandingkan periode yang sama tahun
    # sebelumnya"), read once: neither its paragraph's period nor its sentence's.
    # (Only a period-like date is ever looked up: `_names_period` and `named` read no other.)
    bases = {t.span.start for t in times if (_PERIOD.fullmatch(t.value) or _as_of(text, t))
             and _base_date(text, sent_starts[max(0, bisect_right(sent_starts, t.span.start)
                                                  - 1)], t)}
    carried: TimeExpr | None = None  # the period the paragraph so far has named
    para_period = False  # the paragraph names a year, month, quarter or half
    # The period each word of a thing was last measured over: a later paragraph naming
    # no period of its own measures the same thing over it ("Pagu anggaran RAPBN 2026
    # ...\nAnggaran lumbung pangan senilai Rp 22,38 triliun").
    thing_periods: dict[str, TimeExpr] = {}
    # Every period the first word of a thing was measured over, and the amounts that named
    # none in a paragraph naming none: a period named only later in the article may be
    # theirs (`_later_periods`).
    named_periods: dict[str, set[TimeExpr]] = {}
    # The same for whole things ("dana hibah"): a paragraph that names one before its
    # amounts of another head ("mendapat dana hibah ... PKS mendapat bantuan Rp2,7 miliar")
    # tells those amounts' thing over that period (`_later_periods`).
    named_things: dict[str, set[TimeExpr]] = {}
    unperiodic: list[tuple[int, str]] = []
    placed_heads: set[tuple[int, int]] = set()  # list headings measuring places' items
    # The amounts that named no period, with where their paragraph opens: a plan's or
    # budget's year the article names (`_plan_frame`) may be theirs.
    unframed: list[tuple[int, int]] = []
    # The thing the paragraph's last money amount and last percentage measured.
    measured: dict[bool, Span] = {}
    measured_unit: dict[bool, str | None] = {}  # the unit of the amount that measured it
    # A market report's session and subject: the period and thing of its amounts that
    # name none, up to the first paragraph naming a person (an analyst's view).
    session = _session(article, times)
    # A day the paragraph after the lead dates the trading by: the session's from there on
    # (its period only; what moved is each amount's own clause).
    session_from: tuple[int, TimeExpr] | None = None
    # (also when it is the lead's own session day: a lead naming a person, "Airlangga
    # merespons pelemahan ... IHSG", ends that session there, but the paragraph dating
    # the trading opens it again; numtime6)
    if (day := _sourced_session(article, times)) is not None and (
            session is None or session[0].value == day.value):
        session_from = (day.span.start, day)
    lead_subject = session[1] if session is not None else None
    person_starts = sorted(m.start for e in article.entities if e.kind == "PERSON"
                           for m in e.mentions) if session is not None else []
    # Dates right before a person's name date a role ("Sekretaris Jenderal AFPI periode
    # 2018-2023, Sunu Widyatmoko"), not an amount (but see `_dates_clause`).
    # A name opens right after the date when one starts within the spaces, commas and colons
    # that follow it (bisected: no scan of every name per date).
    name_starts = sorted(a for a, _ in stretches)
    role_ends = {t.span.end for t in times
                 if _starts_within(name_starts, t.span.end, _gap_end(text, t.span.end))}
    prev_end = 0
    para = 0  # where the sentence's paragraph opens
    # What a list's heading (a paragraph ending in a colon) names its items measure: theirs
    # while its paragraphs read as items (a marker opens them, or they are short).
    heading: Span | None = None
    prev_sent: Span | None = None
    for sent in article.sentences:
        if "\n" in text[prev_end:sent.start] or prev_end == 0:
            opening = _FIRST_WORD.match(text, sent.start)
            if (opening is None or opening.group(1).casefold() not in _CONTINUING) \
                    and not (carried is not None and _continued_quote(text, sent.start)
                             and not _bounds_span(text, carried)):
                carried = None  # a new paragraph, unless it goes on with the one before
            measured = {}
            measured_unit = {}
            if prev_sent is not None and text[para:prev_end].rstrip().endswith(":"):
                heading = _heading_thing(text, prev_sent.start, prev_sent.end)
            elif heading is not None and _ITEM_OPEN.match(text, sent.start) is None:
                para_end = text.find("\n", sent.start)
                if (len(text) if para_end < 0 else para_end) - sent.start > _SHORT_ITEM:
                    heading = None  # prose again: the list has ended
            para = sent.start
            para_period = _names_period(text, times, time_starts, sent.start, bases)
            if session_from is not None and session_from[0] < (
                    len(text) if (p_end := text.find("\n", sent.start)) < 0 else p_end):
                session = (session_from[1], lead_subject)  # the lead's subject stays
                session_from = None
                person_starts = sorted(m.start for e in article.entities
                                       if e.kind == "PERSON" for m in e.mentions)
            if session is not None and _paragraph_names_person(
                    text, person_starts, sent.start):
                session = None
        # (the sentence before in the same paragraph, for "Besarnya yakni Rp 300 ribu")
        earlier = prev_sent if para < sent.start else None
        prev_end = sent.end
        prev_sent = sent
        in_sent = [t for t in times[bisect_left(time_starts, sent.start):
                                    bisect_right(time_starts, sent.end)]
                   if t.span.end <= sent.end and (t.span.end not in role_ends
                                                  or _dates_clause(text, sent.start, t))]
        compared: dict[int, bool] = {}  # `_compared_at`'s answers for this sentence
        if any(_study_year(text, t) for t in in_sent):
            # "... menghabiskan Rp 20-25 miliar untuk kampanye (Rahayu dan Harbowo, 2023)":
            # a study's findings, of no period the text said before (nor dated by its year)
            in_sent = [t for t in in_sent if not _study_year(text, t)]
            carried = None
        here = carried
        opening = _FIRST_WORD.match(text, sent.start)
        # "Tapi ...", "Sementara ...": another statement (another thing: no amount before
        # is what it receives, `_ANAPHOR_REACH`), and another time when it names one ("Tapi
        # kini ..."); naming none, it is of the paragraph's period ("Pada kuartal III 2025
        # laba naik 5%. Sementara pendapatan Rp 9 triliun": the quarter's; numtime15)
        turned = opening is not None and opening.group(1).casefold() in lex.measure_breaks
        if turned and bisect_left(time_starts, sent.end) > bisect_left(time_starts, sent.start):
            here = None
        if opening is not None and opening.group(1).casefold() in _EARLIER_OPENERS:
            here = None  # "Sebelumnya , ...": before the paragraph's period (num33c)
        starts = {t.span.start: t.value for t in in_sent}
        stops = {t.span.end: t.value for t in in_sent}
        # "terendah sejak November 2022": a date an open span starts at is no period of a
        # level, nor one to carry (a change's own is handled per amount below; not "sejak
        # 2022 hingga 2024", a closed span)
        since = {t.span.start for t in in_sent if "/" not in t.value and lex.since.search(
            text, max(0, t.span.start - 20), t.span.start) is not None
                 and not _then_clause(text, t.span.end)}
        # (a trading session's day is its later quotes' too: "ditutup melemah pada
        # perdagangan hari ini, Senin (28/7). ... penurunan sebesar 0,15%")
        named = [t for t in in_sent if (_PERIOD.fullmatch(t.value) or _as_of(text, t)
                                        or _session_time(text, t, lex))
                 and not _CITED.search(text, max(0, t.span.start - 40), t.span.start)
                 and t.span.start not in bases and not _source_year(text, t)
                 and not _names_event(text, t, lex, anywhen=True, memo=event_years)]
        # (a day glossed by its date, "hari ini, Senin (28/7)", is one day, no span)
        glossed = len({t.value for t in in_sent}) == 1
        own_period = next((t for t in reversed(named) if (
            glossed or not _in_span(t, starts, stops, text)) and t.span.start not in since),
                          None)  # not "Nomor 8 Tahun 2025", nor an end of "2016-2019"
        if (own_period is None and named) or (own_period is not None and (
                "/" in own_period.value or len({t.value[:4] for t in named}) > 1)):
            # "Tahun 2025 dan 2026", "Ia Direktur PT PGN 2016-2019": the sentence names its
            # own period, a list or a span (a tenure, often), which later sentences do not
            # take; the paragraph's earlier one is not it either; nor do they take one of
            # two periods of two events ("sejak tahun 2017 dan laporan korban tahun 2024";
            # not "Hingga April 2025 ... di tahun 2025", one year)
            here = carried = None
        elif own_period is not None:
            # (a target's time is the goal's, no period of the next sentences' amounts)
            carried = own_period if _target_at(text, own_period) < 0 else None
        if own_period is None and (days_year := _listed_days_year(in_sent)) is not None:
            here = carried = days_year
        if not lex.candidate(text, sent.start, sent.end):
            continue  # most sentences hold no number: skip tokenising them
        toks = _tokens(text, sent.start, sent.end)
        # "sesuai yang diamanatkan undang-undang": a level the law mandates (num28), read
        # once a sentence for all its amounts
        mandate_said = any(t.low in _MANDATED for t in toks)
        raws: list[_Raw] = []
        # Only a token that can start an amount does anything; the others were one step
        # of the walk each, so they are picked out in one pass and `i` is the first index
        # the walk has not passed.
        i = 0
        for k in [k for k, tk in enumerate(toks) if tk.kind in ("num", "cur")
                  or tk.low in lex.starters or tk.text in lex.cur_prefix]:
            if k < i:
                continue
            if toks[k].kind == "word":
                idiom = _idiom_end(toks, k)
                if idiom is not None:
                    i = idiom  # "diam seribu bahasa": no amount
                    continue
            raw = _read(toks, k, text)
            if raw is None:
                i = k + 1
                continue
            raws.append(_below_zero(toks, k, _same_currency(raws, raw, text)))
            i = max(raw.next_tok, k + 1)
        by_start = {t.start: k for k, t in enumerate(toks)}
        things: list[Span | None] = []
        named_item: dict[bool, bool] = {}  # the last money / percent amount followed a name
        first_out = len(out)
        for n, raw in enumerate(raws):
            stop_at = raws[n + 1].start if n + 1 < len(raws) else sent.end
            related = _related(toks, raw, sent, article.entities, stop_at, index, by_start) \
                if article.entities else ()
            thing = raw.thing
            if thing is not None and raw.unit in _MEASURED_UNITS and tuple(
                    thing.of(text).casefold().split()) in lex.ratio_bases:
                thing = None  # "2,48% PDB": a ratio to the output, not a share of it
            if thing is not None and raw.unit in _MEASURED_UNITS \
                    and _a_place(thing, index, article.entities):
                # "hampir 35 persen Kabupaten Bandung sudah menerima manfaat": a share of
                # the place's people, not of the place
                thing = None
            referred: Span | None = None
            change: Change | None = None
            change_to = change_from = False
            period: TimeExpr | None = None
            placed_item = False  # a place's item of a list: the place's own amount
            if raw.currency is not None or raw.unit in _MEASURED_UNITS:
                first = by_start[raw.start]
                ms = _measure(toks, first, name_stretches)
                change, change_to, change_from = ms.change, ms.change_to, ms.change_from
                if thing is not None and ms.said_before and not change_to:
                    # "pemotongan seperempat poin dan sekitar 19% para pelaku pasar": a
                    # share of the noun after it, past the amount the change was said of
                    change = None
                if raw.currency is not None and first > 0 and toks[first - 1].low in lex.pay_out \
                        and raw.next_tok < len(toks) and toks[raw.next_tok].low in lex.purposes:
                    change = None  # "akan turunkan Rp 330 triliun untuk MBG": paid out
                money = raw.currency is not None
                if thing is not None and ms.thing is not None and first > 0 \
                        and ms.thing.end == toks[first - 1].end \
                        and ms.thing.of(text).casefold() not in lex.spending:
                    # "Pecahan Rp 10.000 tanda tahun 1979": a head right before the amount
                    # is what it measures, not the noun after it; a verb naming money is
                    # not ("mengumpulkan 55 persen suara": the votes; num30)
                    thing = ms.thing
                if thing is None:
                    thing = ms.thing
                    if thing is not None and _lone_verb(thing.of(text)):
                        thing = None  # "telah memperkaya perusahaan ... sebesar Rp 50 M"
                    name = _name_before(toks, first, article.entities, index,
                                        named_item.get(money, False))
                    named_item[money] = name is not None
                    if name is not None and _signed(toks, first) is not None \
                            and toks[first - 3].end > toks[name].start:
                        # "seperti BBCA (+7,62%), TLKM (+11,56%)": a signed move in
                        # brackets after a name is that name's own (a share's), not the
                        # measure the sentence named before it ("Penguatan indeks")
                        # ("saham AMMN (-4,37%)": with the head right before it)
                        opens = name - 1 if name > 0 and (toks[name - 1].low,) in lex.head_set \
                            else name
                        thing = Span(start=toks[opens].start, end=toks[first - 3].end)
                    elif name is not None and not _own_price_word(toks, thing, first) and (
                            not _owns_name(toks, thing, name, first) or (
                            money and _titled_person(thing, toks[name].start, text, index,
                                                     article.entities))):
                        # "inflasi 2 persen, ... seperti Argentina 33,6 persen, Turki 33,2
                        # persen": a name opening an item shares the measure before it
                        at = toks[name].start
                        thing = measured.get(money) or (
                            thing if thing is not None and thing.end <= at else None)
                        if thing is None and money and _person_at(
                                at, index, article.entities, toks[first - 1].end):
                            # "... terbukti menerima suap. Mereka di antaranya Diah sebesar
                            # US$ 500 ribu": what the sentences before said was received
                            thing = _received_before(text, sent_starts, at)
                        if thing is not None and not any(
                                x.low in lex.against for x in toks[max(0, name - 3):name]):
                            # "saham AMMN (-4,37%), MLPT (-14,99%)": "saham", not AMMN's;
                            # not a counterpart ("dolar AS melemah terhadap GBP 0,04%")
                            thing = _unnamed(text, thing, index, article.entities)
                    elif thing is None and money and name is None:
                        thing = _priced_name(toks, first)
                if n > 0 and (thing is None or change is None):
                    shared = _shared_measure(toks, raws[n - 1], things[n - 1], raw, first,
                                             by_start[raws[n - 1].start])
                    if shared is not None:
                        thing = thing or shared[0]
                        if shared[0] is not None and _glosses(raws[n - 1], raw, toks, first):
                            thing = shared[0]  # "US$ 300 juta atau Rp 4,4 triliun" (num27)
                        said = out[-1].change if len(out) > first_out \
                            and not out[-1].change_to else None
                        if change is None and shared[1] is not None:
                            # "turun 0,85% atau 0,0056 poin ke posisi AU$ 0,65": the size of
                            # a fall, then the level it reached (not a rise from 0,0056)
                            change, change_to = said or shared[1], True
                            start = out[-1] if len(out) > first_out else None
                            if start is not None and start.change is None and (
                                    start.currency, start.unit) == (raw.currency, raw.unit):
                                # "dari 20-30 persen menjadi 5 persen": down from 20-30;
                                # "pupuk NPK Rp 2.300/kg menjadi Rp 1.840/kg": the level
                                # it became from, "dari" or not (a level of the same kind:
                                # not "laba hingga 15,6 persen menjadi Rp 1,09 triliun")
                                out[-1] = replace(start, change=change, change_from=True)
                if change_to and n > 0 and _against_move(toks, raws[n - 1], raw, first,
                                                         by_start[raws[n - 1].start], change):
                    change_to = False  # "mengurangi emisi dari 26 menjadi 28 persen": a cut by
                if thing is None:  # "-Penerima PKH Murni: 398.714 KPM, Rp2,8 juta/tahun"
                    thing = _item_label(text, sent.start, raw.start) \
                        or _bracket_label(text, sent.start, raw.start)
                if thing is None and raw.unit == "persen" and change is None:
                    thing = _share_whole(toks, raw.next_tok)  # "8,47% dari total penduduk"
                if thing is None and raw.unit == "persen" and change is None:
                    # "sebanyak 89% merupakan pembangkit EBT": named after its copula
                    thing = _share_named(toks, first, raw.next_tok)
                if thing is None:  # "Dengan efisiensi Rp 19 miliar itu", "...; restoran 8%"
                    thing = _plain_head(toks, first, ms.lo)
                if thing is None:  # "divestasi yang dilakukan X menjadi 51 persen" (num34)
                    thing = _relative_clause_subject(
                        toks, first, next(k for k in range(first + 1) if toks[k].end > sent.start))
                summed = first > 0 and _change_word(toks[first - 1].low) in lex.sums \
                    and (first == 1 or toks[first - 2].kind != "word") \
                    and _addends_before(out, raw.start, money)
                if summed and (thing is None or thing.start == toks[first - 1].start):
                    # "Biaya makan Rp 3 juta, ditambah sewa Rp 2 juta. Totalnya Rp 5 juta":
                    # a sum opening the clause after amounts of two things is what the
                    # amount measures, not the addend measured last (numtime9)
                    thing = Span(start=toks[first - 1].start, end=toks[first - 1].end)
                if thing is not None and (heading is not None or text.find(
                        ":", para, raw.start) >= 0) and _a_place(thing, index, article.entities):
                    # "rincian pemangkasan dana transfer daerah ...:\n1. Kabupaten Bima dari
                    # Rp 1,2 triliun": a place opening a list item is whose the amount is;
                    # the heading names what it measures
                    listed = _list_heading(text, para, raw.start, sent_starts, heading)
                    placed_item = listed is not None
                    thing = listed or thing
                    if listed is not None:
                        placed_heads.add((listed.start, listed.end))
                # (the level the item's change reached shares its thing: "dari Rp 1,2
                # triliun menjadi Rp 1 triliun")
                placed_item = placed_item or (
                    thing is not None and (thing.start, thing.end) in placed_heads)
                if thing is None and not (
                        change is not None and measured_unit.get(money) == "persen"
                        and raw.unit in _POINTS and _change_noun(toks[first - 1].low)) \
                        and not _sold_subject(toks, first, ms.lo):
                    # "Sebanyak 83% responden puas ... Sementara 12,9 persen tidak puas":
                    # the paragraph's last one; not a share's group for points a change
                    # noun says ("70% para analis memperkirakan pemotongan seperempat
                    # poin": the cut is no share of the analysts; numtime12)
                    thing = measured.get(money)
                    if thing is not None and money and first > 0 \
                            and toks[first - 1].low in lex.receiving and _penalty(thing.of(text)):
                        thing = None  # a penalty is paid, not received (numb29; see below)
                    if thing is None and (heading is not None
                                              or text.find(":", para, raw.start) >= 0):
                        # "15 Pemda dengan simpanan tertinggi:\n1. Provinsi DKI Jakarta Rp
                        # 14,6 triliun": an item naming nothing measures what its heading names
                        thing = _list_heading(text, para, raw.start, sent_starts, heading)
                    prev = out[-1] if len(out) > first_out else None
                    level = _after_level(toks, first)
                    if change is None and prev is not None and prev.thing_span == thing \
                            and prev.change is not None and (level or not prev.change_from) \
                            and (prev.currency is not None) == money and not any(
                                (t.low in lex.measure_breaks
                                 and not (level and t.low in lex.results))
                                or t.low in lex.earlier or t.low in lex.from_words
                                or (t.low in lex.predicate_openers and not level)
                                for t in toks[raws[n - 1].next_tok:first]):
                        # "mengurangi emisi sebesar 31,89% tanpa syarat dan 43,2% dengan
                        # dukungan", "penurunan 25 bps untuk tenor 5 tahun dan 30 bps":
                        # the same change of the same thing, in other terms; "turun Rp
                        # 450/kg menjadi Rp 1.800/kg", "menurunkan 25 basis poin ...
                        # sehingga menjadi 4,5%": the level that change reached; not past
                        # a new subject or modal ("pemotongan TKD mencapai Rp800 miliar,
                        # ... dulu ... kita alokasikan sebanyak Rp30 miliar")
                        change, change_to = prev.change, prev.change_to or level
                if thing is None and not money and change is None:
                    thing = _respondents(toks, raw.next_tok, text, raw.start)
                if thing is None and session is not None:
                    thing = session[1]  # "Dolar AS terpantau menguat terhadap won 0,12%"
                if first > 1 and toks[first - 1].low in lex.copulas \
                        and (thing is None or thing.start > raw.start):
                    # "Besaran dendanya adalah 5 persen sebagaimana bunyi ayat pasal 42":
                    # the subject of the copula is what the amount is, not words after it
                    thing = _noun_before(toks, first - 1, ms.lo) or thing
                if thing is None and money and first > 0 and toks[first - 1].low in lex.receiving:
                    # "Setiap KPM menerima Rp 300 ribu per bulan": the money the paragraph
                    # measured, else the last just before (the aid the lead named)
                    thing = measured.get(money) or (None if turned else next(
                        (c.thing_span for c in reversed(out) if c.thing_span is not None
                         and c.currency is not None
                         and raw.start - c.span.end <= _ANAPHOR_REACH), None)) \
                        or _bare_money_before(out, text) \
                        or (None if any(c.currency is not None for c in out)
                            else _bare_money_near(text, raw.start))
                    if thing is not None and _penalty(thing.of(text)):
                        # "... membayar uang pengganti Rp 5,4 miliar. ... terbukti menerima
                        # Rp 6,7 miliar": a penalty is paid, not what one received (numb29)
                        thing = None
                if thing is None and money:
                    # "Pembagian uang ini mengalir ke A, B, dan C masing-masing sebesar US$
                    # 3.000": each one's share of the plain money noun said before (num28)
                    thing = _money_each(toks, first)
                if thing is None:
                    # "355 operan, 88,8 persen di antaranya": a share of what precedes it
                    thing = _partitive_whole(toks, first, raw.next_tok, ms.lo)
                if thing is None and money and first > 0 and toks[first - 1].low in lex.pay_verbs:
                    # "Beberapa minta dibayar USD 15 ribu": the pay its verb names (numb28)
                    thing = Span(start=toks[first - 1].start, end=toks[first - 1].end)
                if thing is None and earlier is not None and not measured.get(money) \
                        and _opens_referring(toks, first, lex):
                    # "Insentif guru honorer juga disalurkan tahun ini. Besarnya yakni Rp
                    # 300 ribu per bulan": the subject of the sentence before (numtime17),
                    # else the plain money noun it named ("Mereka memperoleh uang ...")
                    thing = _opening_subject(text, earlier, lex) or (
                        _bare_money_in(text, earlier) if money else None)
                if thing is None and first_out > 0 and _opens_naming(toks):
                    # "... pendapatan cuma meningkat 9,79 persen. Yakni, dari Rp 3,15
                    # triliun ... menjadi Rp 3,46 triliun": a sentence opening on "yakni"
                    # spells out the amount just before; it measures that one's thing
                    thing = next((c.thing_span for c in reversed(out[:first_out])
                                  if c.thing_span is not None
                                  and raw.start - c.span.end <= _ANAPHOR_REACH), None)
                if thing is None and _anaphoric_subject(toks, first, lex):
                    # "Pemerintah menyiapkan anggaran Rp 599 triliun ... Jumlah itu naik
                    # 8,6%": what the paragraph measured last, of either kind, else the
                    # last amount's thing just before (a new paragraph pointing back)
                    thing = measured.get(money) or measured.get(not money) or (
                        None if turned else next(
                            (c.thing_span for c in reversed(out) if c.thing_span is not None
                             and raw.start - c.span.end <= _ANAPHOR_REACH), None))
                if thing is None and change is None:
                    thing = _predicate_subject(toks, first, ms.lo)  # "proses X sudah 85%"
                if thing is None and change is not None:
                    thing = _verb_noun_head(toks, first, ms.lo, text)  # "Kita ingin tumbuh"
                if thing is not None:
                    # "lebih tinggi dari proyeksi 94%": what a forecast forecasts
                    thing = _forecast_object(toks, thing, first, ms.lo)
                if thing is not None and thing.of(text).casefold() in _FORECASTS_BACK:
                    # "BI rate dipangkas ... ke angka 5,5%. Market sendiri konsensusnya ada
                    # di 5,25%": the forecast of what was measured just before (num25)
                    thing = measured.get(money) or (None if turned else next(
                        (c.thing_span for c in reversed(out) if c.thing_span is not None
                         and (c.currency is not None) == money
                         and raw.start - c.span.end <= _ANAPHOR_REACH), None))
                if thing is not None:
                    thing = _glossed(text, thing)
                if thing is not None:
                    thing = _coordinated(toks, thing, first)  # "kepabeanan dan cukai (Rp"
                    # "aset dan liabilitas tumbuh Rp 5 triliun atau naik 25%": the noun
                    # an earlier amount read as the end of a pair is that pair (num27)
                    thing = next((c.thing_span for c in out[first_out:]
                                  if c.thing_span is not None and c.thing_span.end == thing.end
                                  and c.thing_span.start < thing.start
                                  and _COORDINATED.search(text, c.thing_span.start,
                                                          thing.start)), thing)
                if thing is not None and thing.of(text).casefold() in lex.referring \
                        and not summed:
                    # "nilainya": what the paragraph measured, else the market report's
                    # subject; with neither, it refers to a noun no amount measured
                    # ("perbesar dari yang nilainya Rp600 ribu"): no thing named (the
                    # next amount still restates this one: `referred`)
                    referred = thing
                    thing = measured.get(money) or (session[1] if session is not None
                                                    else None)
                    if thing is None and earlier is not None \
                            and _opens_referring(toks, first, lex):
                        thing = _opening_subject(text, earlier, lex)  # (numtime17)
                        if thing is None and money:
                            # "Mereka bisa memperoleh uang jika ada sponsor. Besarnya USD 5
                            # ribu": the plain money noun the sentence before named (numb28)
                            thing = _bare_money_in(text, earlier)
                        if thing is None:
                            # "Tidak disebutkan berapa biaya ... Namun , nilainya mencapai
                            # 29,5 juta euro": the measure the sentence before named
                            # with no amount of its own (num33c)
                            thing = _last_head_in(text, earlier, lex)
                if thing is not None and measured and _points_back(text, thing, lex):
                    # "defisit Rp 371,5 triliun. Realisasi itu setara dengan 1,56%": the
                    # head points back at what the paragraph measured last, of either kind
                    thing = measured.get(money) or measured.get(not money)
                if change is None and thing is not None and thing.start >= raw.end:
                    change = _change_named_after(text, thing, lex)  # "40 persen peningkatan"
                thing_at = by_start.get(thing.start, 0) if thing is not None else 0
                if thing is not None and not (
                        thing_at > 0 and toks[first - 1].end == thing.end
                        and toks[thing_at - 1].low in lex.from_words and change is None):
                    # not "Rp 1,26 triliun dari pagu Rp 1,30 triliun": the whole a part is
                    # taken from is no measure for the paragraph's later amounts
                    measured[money] = thing
                    measured_unit[money] = raw.unit
                # The rest of the clause after the amount, up to a saying: "..., kata Budi,
                # Selasa (21/10)" dates the saying, not the amount.
                last = raw.next_tok
                nxt = by_start[raws[n + 1].start] if n + 1 < len(raws) else len(toks)
                if change is None and nxt == raw.next_tok + 1 < len(toks) \
                        and toks[raw.next_tok].low in lex.from_words:
                    # "menargetkan Rp 20 triliun dari Rp 60 triliun pajak ... hingga akhir
                    # tahun ini": the whole a part is taken from is of the part's clause,
                    # the date past it is still the part's (numtime15)
                    # (and past the counts in it, "oleh 200 wajib pajak")
                    nxt = next((by_start[r.start] for r in raws[n + 2:] if r.currency
                                is not None or r.unit in _MEASURED_UNITS), len(toks))
                # After a change, "dari" opens its base: "naik 25,6% dari penyaluran di
                # April 2024", "84,9%, naik dari posisi 69,2% pada April 2024" (the date
                # is the base's, as after "dibandingkan"); so does "terhadap" ("menurun
                # 0,46% poin terhadap Maret 2024").
                moved = change is not None
                while last < len(toks) and toks[last].low not in lex.measure_breaks \
                        and toks[last].low not in lex.report_words \
                        and toks[last].low not in lex.comparisons \
                        and not (moved and (toks[last].low in lex.from_words
                                            or toks[last].low in lex.against)
                                 and not _takes_effect_after(toks, last, lex)
                                 and not _from_measured_time(toks, last, in_sent, text, lex)) \
                        and toks[last].text not in {".", "!", "?"} \
                        and not _new_predicate(toks, last):
                    moved = moved or _change_word(toks[last].low) in lex.moves
                    last += 1
                span = Span(start=raw.start, end=raw.end)
                if change_from:  # "naik dari sebelumnya 39,11% menjadi 43,42% pada 2025":
                    last = min(last, nxt)  # a date past the level reached is that level's
                near = min(last, raw.next_tok + 10)
                # a date right after the amount before is that amount's ("US$ 80 miliar
                # tahun ini dan meningkat jadi US$ 100 miliar")
                before = raws[n - 1] if n > 0 else None
                own = [t for t in in_sent if not _base_of(text, raw.end, t, lex)
                       and not (change is not None and not change_to and not change_from
                                and raw.end <= t.span.start
                                and _base_after(text, raw.end, t, lex))
                       and not _names_event(text, t, lex)
                       and not (raw.end <= t.span.start
                                and _target_at(text, t) >= raw.end)
                       and not _case_year(text, raw.end, t, lex)
                       and not (t.span.end <= raw.start and (_SAID_THAT.search(
                           text, t.span.end, raw.start) or lex.announcing.search(
                           text, t.span.end, raw.start))) and not (
                    # "Jika dibandingkan dengan September 2024, persentasenya turun 0,1%":
                    # the base of a change by an amount is no period of that change
                    # (not "dibandingkan ... tahun 2023 yang sebesar Rp 7 triliun", that
                    # base's own level: a rise or fall is said between the date and it)
                    change is not None and not change_to and not change_from
                    and t.span.end <= raw.start and _compared_at(compared, text, sent.start, t)
                    and any(_change_word(w.casefold()) in lex.moves
                            for w in _WORD.findall(text, t.span.end, raw.start))) \
                    and not (
                    # "Sakernas Februari 2025 ... mencatat penurunan TPT dari 4,82% menjadi
                    # 4,76%": a date before the "dari" of a level left is the level
                    # reached's, not that earlier level's
                    change_from and t.span.end <= raw.start and _FROM_BEFORE.search(
                        text, t.span.end, raw.start) is not None
                    and t.span.start not in since  # ("sejak 2018, ... naik dari 61,22%")
                    and not _compared_at(compared, text, sent.start, t)) and not (
                    # "dibandingkan periode yang sama tahun sebelumnya (Maret 2024), ...
                    # menurun dari 4,30 persen menjadi 4,28 persen": the base's date is the
                    # level it fell from's, not the level reached's
                    change_to and t.span.end <= raw.start
                    and _compared_at(compared, text, sent.start, t)) and not (
                    t.span.start in since and (change is None or change_to
                                               or _record_since(text, raw.end, t))) and (
                    before is None or (before.currency is None
                                       and before.unit not in _MEASURED_UNITS)
                    or not _right_after(toks, before, t.span, first))]
                if n + 1 < len(raws):  # "Rp 16 triliun, tahun 2024 Rp 18 triliun": the
                    after = raws[n + 1].start  # date opening the next item is its own
                    own = [t for t in own if not (raw.end <= t.span.start and _OPENS.fullmatch(
                        text, t.span.end, after) is not None)]
                period = _period(own, toks[ms.lo].start, toks[near - 1].end, span, text)
                last = min(last, max(nxt, near))  # a date past the next amount is its own
                if period is None and last > near:  # further on, only a named period
                    period = _period([t for t in own if _PERIOD.fullmatch(t.value)
                                      or _as_of(text, t)],  # or a day counted up to
                                     toks[near].start, toks[last - 1].end, span, text)
                if period is None and not change_from:
                    # "realisasi ... hingga September 2025 mencapai 10,57 juta KL dengan
                    # nilai tambah ... sebesar Rp 14,7 triliun": a month or year counted up
                    # to, earlier in the sentence, is the window of its later amounts too
                    period = next((t for t in reversed(own) if t.span.end <= raw.start
                                   and _PERIOD.fullmatch(t.value) and _AS_OF.search(
                                       text, max(0, t.span.start - 20), t.span.start)
                                   and not _in_span(t, starts, stops, text)), None)
                opener = next((c for c in out[first_out:] if c.currency is not None
                               or c.unit in _MEASURED_UNITS), None)
                # (a thing carried from an earlier sentence does not open this one)
                opens_at = _opens_at(opener.span, opener.thing_span, sent) \
                    if opener is not None else _opens_at(span, thing, sent)
                # the last period the sentence names before its first amount's thing
                # ("Pada tahun 2023, bauran energi ... batubara 40,46%, ... hingga Mei 2025"),
                # or a window after that thing ("pendapatan negara sampai 30 September 2025
                # mencapai ..., sementara belanja negara ...", "Nilai ekspor sepanjang
                # Januari-Agustus 2025 mencapai ..., dengan surplus perdagangan ...")
                lead = next((t for t in reversed(named) if (t.span.end <= opens_at or (
                    opener is not None and t.span.end <= opener.span.start
                    and _window(text, t))) and not _in_span(t, starts, stops, text)), None)
                if period is None and lead is not None and lead in own \
                        and not change_from and (opener is not None or not any(
                            w.islower() and _verb_like(w.casefold()) for w in _WORD.findall(
                                text, sent.start, lead.span.start))):
                    # "Akhir tahun ini inflasi IHK 2,5%, sementara inflasi inti 2,4%",
                    # "Sampai triwulan II-2025, pajak pusat Rp 26,84 miliar dan pajak
                    # daerah Rp 175,98 miliar": a period opening the sentence, before its
                    # first amount's thing, is its later clauses' too (not "pertumbuhan
                    # di kwartal kedua 2,15 persen, inflasi 2 persen": the growth's); and
                    # the first amount's, however far ("Selama periode Januari hingga April
                    # 2025, transaksi ... paling banyak ... yang mencapai 13%"), unless a
                    # clause dates an event before it ("Setelah menjabat pada Januari 2025")
                    period = lead
                if not change_from:  # the level before has only a date of its own
                    period = period or here or (session[0] if session is not None else None)
                    words = _thing_words(thing.of(text)) if thing is not None else []
                    inherited = None
                    # "untuk mencapai 10 persen sesuai yang diamanatkan undang-undang": a
                    # level a law mandates is a standing rule, dated by no other
                    # sentence's period (num28)
                    mandated = mandate_said or _supposed(toks)
                    if period is None and not para_period and not placed_item \
                            and not mandated:
                        # (not a place's item of a list: what another place's amount of
                        # the heading's kind was dated says nothing of the item's)
                        period = inherited = next(
                            (thing_periods[w] for w in words if w in thing_periods), None)
                        if period is None and words:
                            unperiodic.append((len(out), words[0]))
                    if period is not None and period in (own_period, here, inherited) \
                            and _PERIOD.fullmatch(period.value) \
                            and not _LISTED.search(text, period.span.start, period.span.end):
                        # the period the sentence or paragraph names, not a base's date
                        # ("naik dibandingkan Juli tahun lalu sebesar 2,13%"), nor years
                        # listed ("pada 2025 dan 2026"), as no later sentence takes them
                        thing_periods.update((w, period) for w in words)
                        if words:
                            named_periods.setdefault(words[0], set()).add(period)
                            named_things.setdefault(" ".join(words), set()).add(period)
            if change is None and article.published is not None:
                # "menyumbang sekitar 80% dari total dampak pemanasan ... sejak 1990": a
                # share held since a year is a span from it to now, not that year nor a
                # year carried from elsewhere (numtime19)
                period = _since_now(raw, raws[n + 1].start if n + 1 < len(raws) else sent.end,
                                    in_sent, since, text, article.published) or period
            if change_to and period is not None and lex.since.search(
                    text, max(0, period.span.start - 20), period.span.start):
                # "sejak 2018, ... naik dari 61,22% menjadi 93,94% dalam tiga tahun": the
                # level reached is not the start of the span's
                period = None
            if period is None and not change_from and not mandate_said:
                unframed.append((len(out), para))  # (a mandated level: no plan's year)
            if thing is not None:
                thing = _past_spending(text, thing, lex)
            things.append(thing or referred)
            out.append(Count(
                span=Span(start=raw.start, end=raw.end), value=raw.value, low=raw.low,
                high=raw.high, qualifier=raw.qualifier, unit=raw.unit, currency=raw.currency,
                thing=thing.of(text) if thing else None, thing_span=thing,
                related=related, change_to=change_to, change_from=change_from,
                # "tumbuh -5,32%": a growth below zero is a fall (numtime15)
                change="down" if change == "up" and raw.value is not None and raw.value < 0
                else change,
                period=period.value if period else None,
                # (a market report's day the text never writes has no span)
                period_span=period.span if period and period.span.end > period.span.start
                else None))
        _levels_before_changes(toks, by_start, raws, out, first_out)
        _bare_from_levels(toks, by_start, raws, out, first_out)
        _spans_of_from_to(toks, by_start, raws, out, first_out)
        _then_and_now(toks, by_start, raws, out, first_out)
        _returned_levels(toks, by_start, raws, out, first_out)
        _respectively(toks, out, first_out, text)
        _parts_of_wholes(toks, by_start, raws, out, first_out)
        _earlier_levels_after(toks, by_start, raws, out, first_out)
        _elided_changes(toks, by_start, raws, out, first_out)
        _restatements(out, first_out, text)
        _league_points(out, first_out, text, sent)
        _listed_points(out, first_out, text)
        _compared_bases(out, first_out, text)
    _returned_across(out, text)
    _continued_rankings(out, text, sent_starts, lex)
    _later_periods(out, unperiodic, named_periods, named_things, text)
    _framed_periods(out, unframed, text, times, time_starts)
    _prize_periods(out, text, times)
    _same_periods(out, text)
    _grown_levels(out, text)
    _surged_levels(out, text)
    _year_earlier_bases(out, text)
    _compared_levels(out, text)
    _change_bases(out, text)
    _comparative_differences(out, text)
    _demonstrated_periods(out, text)
    _fiscal_year_periods(out, text)
    _glossed_periods(out, text, article.times, sent_starts)
    _reporting_period(out, text)
    _decided_periods(out, text, times, sent_starts)
    _changed_back_periods(out, text, times, sent_starts)
    _effective_periods(out, text, times, sent_starts)
    _lead_told_periods(out, text, times, sent_starts)
    _lead_told_moves(out, text, sent_starts)
    _announced_sums(out, text, sent_starts)
    _repeated_sums(out, text)
    _dated_restatements(out, text)
    _restated_totals(out, text)
    _latest_annual_levels(out, text)
    _restated_moves(out)
    _told_just_before(out, text, times, article.sentences, bases)
    _event_dated_moves(out, text, sent_starts)
    _launch_prices(out, text, sent_starts)
    _extreme_levels(out, text, sent_starts)
    _sport_points(out, text)
    _whole_manners(out, text)
    _placeholder_things(out, text)
    _unmeasured_points(out)
    _unknown_periods(out, times)
    _present_of_later(out)
    return out


def _present_of_later(out: list[Count]) -> None:
    """Clear the present ("saat ini", "kini") set on an amount from a time said after it
    with another amount between them ("diusulkan 2,5-3 persen, lebih rendah dari 4 persen
    saat ini"): "now" tells the nearer, later amount, set against this one."""
    starts = sorted(c.span.start for c in out)
    for n, c in enumerate(out):
        at = c.period_span
        if c.period != "PRESENT_REF" or at is None or at.start < c.span.end:
            continue
        k = bisect_right(starts, c.span.start)
        if k < len(starts) and starts[k] < at.start:
            out[n] = replace(c, period=None, period_span=None)


def _unmeasured_points(out: list[Count]) -> None:
    """Clear the period of bare points with no thing and no change ("Kini tim itu di puncak
    klasemen dengan 10 poin", "Ada lima poin yang disampaikan"): league points or the items
    of a list measure nothing, so no period counts them (a move of points is told with what
    moved, "rupiah melemah 31 poin"). Run last: any pass before may have set one."""
    for n, c in enumerate(out):
        if c.unit == "poin" and c.currency is None and c.thing is None \
                and c.change is None and c.period is not None:
            out[n] = replace(c, period=None, period_span=None)


# "XXXX", "XXXX-XX-XX": no part of the time known; "XXXX-WXX-6", a weekday ("Sabtu") of
# no known week in an undated text, names no day either (num32b); nor does a month, a day
# or a quarter of no known year ("Pada April lalu" in an undated text: XXXX-04; num33b),
# nor a week of no known year ("Minggu yang lalu" in an undated text: XXXX-WXX; num33c)
_UNKNOWN_TIME = re.compile(
    r"[X-]+|XXXX-WXX(?:-[1-7])?|XXXX-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12])")


def _unknown_periods(out: list[Count], times: Sequence[TimeExpr]) -> None:
    """Clear a period the time stage could give no known part of ("tiga tahun lalu" in
    an article with no publication date: XXXX): a time the text leaves undated names no
    period an amount can be counted over. The day of the saying itself ("hari ini" in an
    undated text, XXXX-XX-XX of offset 0D) is the present, as "kini" is (num33c)."""
    today = {t.span.start for t in times if t.relative == "0D"}
    for n, c in enumerate(out):
        if c.period is not None and _UNKNOWN_TIME.fullmatch(c.period):
            now = c.period == "XXXX-XX-XX" and c.period_span is not None \
                and c.period_span.start in today
            out[n] = replace(c, period="PRESENT_REF") if now \
                else replace(c, period=None, period_span=None)


_TOLD_OPENING = 3  # words from its sentence's start a thing opening it may stand at
_REACH_WORDS = frozenset({"sampai", "hingga", "menjadi"})  # the level a move reached
_ABOVE_BELOW = frozenset({"di", "atas", "bawah", "diatas", "dibawah", "lebih", "dari"})


def _told_just_before(out: list[Count], text: str, times: Sequence[TimeExpr],
                      sentences: Sequence[Span], bases: Container[int]) -> None:
    """An amount opening its sentence with its thing, its sentence naming no time, whose
    thing the sentence right before names with one period and no amount of its own ("...
    angka partisipasi sekolah pada 2025 ini berhasil naik. Angka partisipasi sekolah
    10,6%."; "Saat ini harga cabai mengalami kenaikan. Harganya sampai di atas Rp100.000"):
    that period; and, the amount said as reached with no change of its own, the one rise
    or fall that sentence tells (up or down to). (numtime20)"""
    lex = _lex()
    starts = [s.start for s in sentences]
    amounts = [c.span.start for c in out if c.currency is not None or c.unit in _MEASURED_UNITS]
    time_starts = [t.span.start for t in times]
    for n, c in enumerate(out):
        if c.thing_span is None or c.thing is None or c.change_from \
                or (c.period is not None and c.change):
            continue
        if c.currency is None and c.unit not in _MEASURED_UNITS:
            continue
        i = bisect_right(starts, c.span.start) - 1
        if i < 1:
            continue
        sent, prev = sentences[i], sentences[i - 1]
        opening = text[sent.start:c.thing_span.start]
        if len(opening.split()) > _TOLD_OPENING or any(ch.isdigit() for ch in opening):
            continue
        if _starts_within(time_starts, sent.start, sent.end) \
                or _starts_within(amounts, prev.start, prev.end):
            continue
        thing = c.thing.casefold()
        if " " not in thing:
            head = thing[:-3] if thing.endswith("nya") else ""
            if (head,) not in lex.head_set:
                continue  # one word names many things; "Harganya": the price told before
            thing = head
        said = f" {' '.join(_WORD.findall(text[prev.start:prev.end].casefold()))} "
        if f" {thing} " not in said:
            continue
        if c.period is None:
            lo, hi = bisect_left(time_starts, prev.start), bisect_left(time_starts, prev.end)
            told = [t for t in times[lo:hi] if t.span.start not in bases
                    and (t.value == "PRESENT_REF" or _PERIOD.fullmatch(t.value))]
            if len(told) == 1:
                out[n] = c = replace(c, period=told[0].value, period_span=told[0].span)
        if c.change is None:
            before = [t.low for t in _tokens(text, max(sent.start, c.span.start - 30),
                                             c.span.start) if t.kind == "word"]
            for t in _tokens(text, c.span.start, c.span.end):  # "sampai Rp 1 miliar"
                if t.low not in _REACH_WORDS and t.low not in lex.qualifiers \
                        and t.low not in _ABOVE_BELOW:
                    break
                before.append(t.low)
            while before and before[-1] not in _REACH_WORDS and (
                    before[-1] in lex.qualifiers or before[-1] in _ABOVE_BELOW):
                before.pop()  # "sampai di atas Rp 100.000"
            reached = bool(before) and before[-1] in _REACH_WORDS
            moves = {_change_word(t.low) for t in _tokens(text, prev.start, prev.end)}
            up, down = bool(moves & lex.up), bool(moves & lex.down)
            if reached and up != down and not any(
                    _change_word(t.low) in lex.up or _change_word(t.low) in lex.down
                    for t in _tokens(text, sent.start, sent.end)):
                out[n] = replace(c, change="up" if up else "down", change_to=True)


# numtime18: words opening a breakdown of the total said right before them ("pendapatan
# negara Rp X berasal dari penerimaan pajak (Rp Y), ...")
_BREAKDOWN = re.compile(r"\s*,?\s*(?:yang\s+)?(?:berasal\s+dari|terdiri\s+(?:dari|atas)|meliputi|"
                        r"mencakup|dengan\s+rincian|rinciannya)\b", re.IGNORECASE)


# money itself, which events hand on at other times ("menyerahkan uang Rp 15 juta" on one day,
# "menyita uang Rp 15 juta" on another): not a figure restated with its period
_BARE_MONEY = WordSet("numbers", NumbersData, "measure.bare_money_nouns")  # "uang", "dana"


_SALE_VERBS = WordSet("numbers", NumbersData, "measure.sale_verbs")  # "dijual"


def _sold_subject(toks: Sequence[_Tok], first: int, lo: int) -> bool:
    """Whether a verb of selling with its own subject stands right before the amount
    ("tipe B dijual Rp 132 juta"): new goods, onto which no earlier measure carries."""
    return first - 1 > lo and toks[first - 1].low in _SALE_VERBS \
        and _subject_before(toks, first - 1, lo) is not None


def _money_each(toks: Sequence[_Tok], first: int) -> Span | None:
    """The plain money noun ("uang", "dana") named before "masing-masing" in the amount's
    sentence, when that word (past worth words) opens the money at toks[first]: what each
    listed one got or gave; None otherwise."""
    lex = _lex()
    k = first - 1
    while k > 0 and toks[k].low in lex.worth:
        k -= 1
    if k < 1 or toks[k].low not in lex.respectively:
        return None
    at = next((n for n in range(k - 1, -1, -1) if toks[n].low in _BARE_MONEY), None)
    return Span(start=toks[at].start, end=toks[at].end) if at is not None else None


_PARTITIVES = WordSet("numbers", NumbersData, "measure.partitives")  # "di antaranya"
_PARTITIVE_WORDS = 2


def _partitive_whole(toks: Sequence[_Tok], first: int, after: int, lo: int) -> Span | None:
    """The noun phrase right before an amount said "among them" ("mereka melepaskan 355
    operan, 88,8 persen di antaranya menemui target", "penerima nobel yang 65 persen di
    antaranya"), past the comma or "yang" between them: the whole the share is of (num29);
    None when no such word follows the amount."""
    if not any(after + len(w) <= len(toks)
               and tuple(t.low for t in toks[after:after + len(w)]) == w
               for w in (tuple(p.split()) for p in _PARTITIVES)):
        return None
    k = first
    if k > lo and (toks[k - 1].text == "," or toks[k - 1].low == "yang"):
        k -= 1
    if toks[k].text == ",":
        # "Dari total 183 juta warga yang wajib ber-KTP , 90 persen di antaranya": the
        # noun a relative clause before the comma is said of, not the clause's last word
        y = next((n for n in range(k - 1, lo, -1)
                  if toks[n].low == "yang" or toks[n].text in {",", ";", ":"}), None)
        if y is not None and toks[y].low == "yang":
            k = y
    # (the members counted, two words at most: "menyoroti dominasi penerima nobel yang 65
    # persen di antaranya" shares out the laureates, not their dominance)
    return _noun_before(toks, k, max(lo, k - _PARTITIVE_WORDS))


def _supposed(toks: Sequence[_Tok]) -> bool:
    """Whether the sentence opens with a condition ("Kalau mereka cuma menyewa humas,
    maka ..."): its amounts are a supposed case, not dated by another paragraph (numb28).
    Not a way of looking, a passive verb and a comma ("Jika dicermati, ..."): a fact."""
    k = next((n for n, t in enumerate(toks) if t.kind == "word"), None)
    if k is None or k > 1 or toks[k].low not in _CONDITIONS:
        return False
    return not (k + 2 < len(toks) and toks[k + 1].low.startswith("di")
                and toks[k + 2].text == ",")


def _bare_money_in(text: str, sent: Span) -> Span | None:
    """The last plain money noun ("uang", "dana") of a sentence, or None."""
    toks = _tokens(text, sent.start, sent.end)
    at = next((n for n in range(len(toks) - 1, -1, -1) if toks[n].low in _BARE_MONEY), None)
    return Span(start=toks[at].start, end=toks[at].end) if at is not None else None


def _last_head_in(text: str, sent: Span, lex: _Lex) -> Span | None:
    """The last one-word measure noun ("biaya", not a verb head such as "menghabiskan")
    of a sentence naming no amount, or None."""
    toks = _tokens(text, sent.start, sent.end)
    if any(t.kind == "num" for t in toks):
        return None  # its amount took that head
    at = next((n for n in range(len(toks) - 1, -1, -1)
               if (toks[n].low,) in lex.heads.get(toks[n].low, ())
               and not _verb_like(toks[n].low)), None)
    return Span(start=toks[at].start, end=toks[at].end) if at is not None else None


def _penalty(thing: str) -> bool:
    """Whether a thing is a penalty a verdict sets ("denda", "uang pengganti"): a sum paid,
    never one received (numb29)."""
    low = " ".join(thing.casefold().split())
    return any(low == p or low.startswith(p + " ") for p in _PENALTIES)


_PENALTIES = WordSet("numbers", NumbersData, "measure.penalties")  # "denda" (numb29)


def _bare_money_before(out: Sequence[Count], text: str) -> Span | None:
    """The plain money noun ("uang", "dana") of the last money amount anywhere before,
    for money received or given with no noun of its own past the anaphor's reach ("...
    menyerahkan uang Rp 250 juta ... Ia didakwa menerima Rp 50 juta"): a plain noun names
    any sum; a named one (an aid, a budget) may be another sum's (numb27)."""
    last = next((c.thing_span for c in reversed(out) if c.currency is not None
                 and c.thing_span is not None), None)
    if last is None or last.of(text).casefold() not in _BARE_MONEY:
        return None
    return last


def _bare_money_near(text: str, at: int) -> Span | None:
    """The last plain money noun ("uang") in the text just before `at` (within the
    anaphor's reach), for money received with no amount said before it at all ("... yang
    turut menerima uang e-KTP ... anggota DPR yang diperkaya lebih dari 12 juta dolar AS":
    the money the text spoke of; num29)."""
    lo = max(0, at - _ANAPHOR_REACH)
    toks = _tokens(text, lo, at)[1 if lo else 0:]  # (not a word the window cuts: "r|uang")
    lex = _lex()
    # the head of its phrase: after a verb or a function word ("menerima uang"), not a
    # noun's modifier ("bantuan langsung tunai")
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n].low in _BARE_MONEY and (
        n == 0 or toks[n - 1].kind != "word" or toks[n - 1].low in lex.stop
        or _verb_like(toks[n - 1].low))), None)
    return Span(start=toks[k].start, end=toks[k].end) if k is not None else None


def _restated_totals(out: list[Count], text: str) -> None:
    """"Pendapatan negara sampai 31 Agustus 2025 mencapai Rp 1.638,7 triliun ... Lebih rinci,
    pendapatan negara yang terkumpul Rp 1.638,7 triliun berasal dari penerimaan pajak (Rp
    1.135,4 triliun), ...": an undated sum restating, to the rupiah, the dated sum said
    shortly before of the same thing is that figure again, over its period; and the parts a
    breakdown of it lists in its sentence, undated and unchanged, share that period
    (numtime18). Not a bare sum of money ("uang Rp 15 juta"), which one event hands over
    and another seizes."""
    dated: dict[tuple[str, float], list[int]] = {}  # every dated mention of each sum
    n = 0
    while n < len(out):
        c = out[n]
        if c.currency is None or c.value is None or c.low is not None:
            n += 1
            continue
        key = (c.currency, c.value)
        m = dated[key][-1] if key in dated else None  # the last dated mention
        said = (out[m].thing or "").casefold() if m is not None else ""
        if m is not None and c.period is None and c.change is None and not c.change_from \
                and c.thing is not None and said and c.thing.casefold() == said \
                and said not in _BARE_MONEY \
                and c.span.start - out[m].span.end <= _REPEAT_REACH:
            d = out[m]
            c = out[n] = replace(c, period=d.period, period_span=d.period_span)
            after = c.span.end
            while after < len(text) and text[after] in ")":
                after += 1
            if _BREAKDOWN.match(text, after) is not None:
                stop = _SENTENCE_END.search(text, c.span.end)
                end = stop.start() if stop else len(text)
                k = n + 1
                while k < len(out) and out[k].span.start < end:
                    p = out[k]
                    if p.period is None and p.change is None and not p.change_from \
                            and p.currency == c.currency:
                        out[k] = replace(p, period=d.period, period_span=d.period_span)
                    k += 1
        if c.period is None and c.change is None and not c.change_from \
                and c.thing is not None and c.thing.casefold() not in _BARE_MONEY:
            told = _period_told(out, dated.get(key, []), c)
            if told is not None:
                c = out[n] = replace(c, period=told.period, period_span=told.period_span)
        if c.period is not None and c.thing is not None:
            dated.setdefault(key, []).append(n)
        n += 1


def _period_told(out: Sequence[Count], said: Sequence[int], c: Count) -> Count | None:
    """The sum a restatement under another name repeats ("total bantuan ... Rp 900.000"
    dated by the aid's months, then "BLT Rp 900 ribu"): the sum as first dated, unless
    more of its later dated mentions carry another period; None when none was said close
    before, or when it was first said as bare money (seized in one year, lost in a case of
    another: "menyita uang tunai Rp 100,7 miliar" then "merugikan negara Rp 100,7
    miliar"; numtime24)."""
    if not said or c.span.start - out[said[-1]].span.end > _REPEAT_REACH:
        return None
    first = out[said[0]]
    if (first.thing or "").casefold() in _BARE_MONEY:
        return None
    votes = Counter(out[m].period for m in said)
    return first if votes[first.period] >= max(votes.values()) else None


# kini21: the year before a rate dated "kini"/"sekarang" (numbers.toml `now_words`) compares
_YEAR_ON_YEAR = re.compile(r"(?<!\w)tahun\s+(?:sebelumnya|lalu)(?!\w)", re.IGNORECASE)


def _latest_annual_levels(out: list[Count], text: str) -> None:
    """A rate dated only by "kini"/"sekarang" in a sentence comparing it with the year
    before ("tingkat pengangguran kini 4,6 persen, lebih rendah dari tahun lalu yang 5,1
    persen") is a yearly figure, the latest one: the year after the base's year, not the
    present day; and a rate said again later with "kini"/"sekarang" ("dari 5,1 persen
    sekarang 4,6 persen"), to the digit a rate dated by a year before, is that figure
    restated, over that year. (kini21)"""
    years: dict[tuple[str | None, float], str] = {}
    for n, c in enumerate(out):
        if c.unit != "persen" or c.value is None or c.low is not None:
            continue
        key = (c.currency, c.value)
        if c.period == "PRESENT_REF" and c.period_span is not None \
                and text[c.period_span.start:c.period_span.end].casefold() in _lex().now_words:
            year = years.get(key)
            if year is None:
                stop = _SENTENCE_END.search(text, c.span.end)
                end = stop.start() if stop else len(text)
                base = next((p for p in out[n + 1:] if p.span.start < end
                             and p.unit == "persen" and p.period is not None
                             and _YEAR.fullmatch(p.period)), None)
                if base is not None and _YEAR_ON_YEAR.search(
                        text, c.span.end, base.span.start + 1) is not None:
                    year = str(int(base.period or "0") + 1)
            if year is not None:
                out[n] = c = replace(c, period=year, period_span=None)
        if c.period is not None and _YEAR.fullmatch(c.period):
            years.setdefault(key, c.period)


def _restated_moves(out: list[Count]) -> None:
    """""dari 10,82 persen sekarang sudah 10,31 persen" after "... 10,31 persen ...
    tahun sebelumnya ... (10,82 persen)": a change from one rate to another, naming no
    other thing, whose two levels both restate, to the digit, rates said before of one
    thing is that thing's change told again: each level takes that thing, and the period
    of the rate it restates when it has none (numtime24). Only rates with a decimal part,
    which two things seldom share."""
    said: dict[float, Count] = {}
    for n, c in enumerate(out):
        nxt = out[n + 1] if n + 1 < len(out) else None
        if nxt is not None and c.change_from and nxt.change_to \
                and c.unit == nxt.unit == "persen" \
                and c.value is not None and nxt.value is not None:
            a, b = said.get(c.value), said.get(nxt.value)
            thing = (a.thing or "").casefold() if a is not None else ""
            if a is not None and b is not None and thing \
                    and (b.thing or "").casefold() == thing \
                    and (c.thing or thing).casefold() == thing \
                    and (nxt.thing or thing).casefold() == thing:
                out[n] = replace(c, thing=a.thing, thing_span=a.thing_span,
                                 period=c.period or a.period,
                                 period_span=c.period_span if c.period else a.period_span)
                out[n + 1] = replace(nxt, thing=b.thing, thing_span=b.thing_span,
                                     period=nxt.period or b.period,
                                     period_span=nxt.period_span if nxt.period
                                     else b.period_span)
        if c.unit == "persen" and c.value is not None and c.low is None \
                and c.thing is not None and c.value != int(c.value):
            said.setdefault(c.value, c)


_REPORTED_AT_LEAST = 3  # amounts dated by one period before it is the article's
_REPORT_PART = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")  # a quarter or half reported (num30)
# a rate ("Rp 600 ribu per kuartal", "kurs Rp 16.575/dolar", "setiap US$ 1") or a standing
# target ("inflasi kembali ke target 2%"): of no period
_RATE_AFTER = re.compile(r"\s*(?:/|per\b|setiap\b|tiap\b|sebulan\b|setahun\b)", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?<!\w)(?:setiap|tiap|per|target|sasaran)\s+\Z", re.IGNORECASE)
_RESTATING = re.compile(r"\s*(?:atau|setara(?:\s+dengan)?|\()\s*", re.IGNORECASE)


@cache
def _since_year() -> re.Pattern[str]:
    """"sejak 2014", "semenjak tahun 2019": the year an open span starts at (group 1)."""
    ms = load("numbers", NumbersData).measure
    return re.compile(rf"(?<!\w)(?:{word_alternation(ms.since if ms else ())})\s+"
                      r"(?:tahun\s+)?(\d{4})(?![\w/-])", re.IGNORECASE)


def _running_total(text: str, c: Count, value: str) -> str | None:
    """The span from the year a running total started to the reported period's year, when
    the amount's sentence counts it "sejak <year>" ("kerugian kumulatif Twitter sejak 2014
    yang hampir Rp 20 triliun" in a report of 2016-Q4 = 2014/2016; as a sum since a year
    runs to the publication year, `_since_now`): a total to date, not the report's quarter
    (num32)."""
    lo = max(text.rfind(stop, 0, c.span.start) for stop in ("\n", ". ", "! ", "? ")) + 1
    hi = _SENTENCE_END.search(text, c.span.end)
    m = _since_year().search(text, lo, hi.start() if hi is not None else len(text))
    if m is None or _RANGE_JOIN.match(text, m.end()) is not None \
            or int(m.group(1)) >= int(value[:4]):
        return None  # (not "sejak 2014 hingga 2016", a closed span the text names)
    return f"{m.group(1)}/{value[:4]}"


_AFTER_EVENTS = WordSet("numbers", NumbersData, "measure.after_events")  # "setelah"
_SPAN_PERIOD = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]))?")  # a year, quarter or half


def _event_dated_moves(out: list[Count], text: str, sent_starts: Sequence[int]) -> None:
    """A move whose sentence goes on, after the amount, with a clause of the event it
    followed ("nilai saham Twitter yang turun 12,3 persen jadi US$ 16,41 setelah laporan
    keuangan itu diterima publik") is of that event's time: a period carried from another
    sentence (the report's quarter, a thing's earlier period) is not it, and one the
    sentence names stays (num32)."""
    for n, c in enumerate(out):
        if c.change is None or c.change_from or c.period_span is None \
                or not _SPAN_PERIOD.fullmatch(c.period or ""):
            continue  # (a day, a trading session, is an event's own time already)
        lo, hi = _sentence_bounds(sent_starts, c.span.start, len(text))
        if lo <= c.period_span.start < hi:
            continue  # the sentence's own date
        if any(w.casefold() in _AFTER_EVENTS for w in _WORD.findall(text, c.span.end, hi)):
            out[n] = replace(c, period=None, period_span=None)


def _reporting_period(out: list[Count], text: str) -> None:
    """"Pada Maret 2025, penduduk miskin 23,85 juta ... (later) sekitar 52,66% di Jawa":
    an article whose dated money amounts and percentages (three at least) are all dated
    by one period (or by its year), a month, quarter or half or a year it names twice,
    reports that period; its undated amounts are of it too, but for a rate and an amount
    in a quotation (a speaker's talk dates nothing: "kalau belanjanya Rp 71 triliun ...");
    numtime15."""
    dated = [c for c in out if c.period is not None and not c.change_from
             and (c.currency is not None or c.unit in _MEASURED_UNITS)]
    if not dated:
        return
    top = max(dated, key=lambda c: len(c.period or ""))
    value = top.period or ""
    # fewer: a quarter or half said of a percentage is a periodic report's, whose
    # percentages in the paragraphs after are of it too ("IDC merilis data ... turun 51,6
    # persen dari kuartal tiga 2016.\nApple ... penurunan 71,6 persen"; num30), not its
    # money nor the other amounts of its own paragraph (judged by the rules before)
    few = len(dated) < _REPORTED_AT_LEAST
    if few and not (_REPORT_PART.fullmatch(value) and top.currency is None):
        return
    if not _PERIOD.fullmatch(value) or "/" in value \
            or any(not value.startswith(c.period or "") for c in dated) \
            or (len({c.period_span.start for c in dated if c.period_span is not None}) < 2
                and not _YEAR_PART.fullmatch(value)):
        return  # (a year said once, "gelaran pada 2011 ... USD 1 juta", dates one story)
    rate_end = -1  # where the last rate ends: "setiap US$ 1 atau Rp 16.575" restates it
    for n, c in enumerate(out):
        if c.period is not None or c.change_from \
                or (c.currency is None and c.unit not in _MEASURED_UNITS) \
                or (few and (c.currency is not None or c.span.start < top.span.start
                             or "\n" not in text[top.span.end:c.span.start])):
            continue
        if _RATE_AFTER.match(text, c.span.end) is not None or _RATE_BEFORE.search(
                text, max(0, c.span.start - 12), c.span.start) is not None or (
                rate_end >= 0 and _RESTATING.fullmatch(text, rate_end, c.span.start)):
            rate_end = c.span.end
        elif not _quoted(text, text.rfind("\n", 0, c.span.start) + 1, c.span.start):
            total = _running_total(text, c, value)
            out[n] = replace(c, period=total or value,
                             period_span=None if total else top.period_span)


_POINTS = frozenset({"poin", "basis poin"})  # points a rate moves by (numtime12)
# "konsensusnya": its forecast, of what the text measured just before; numbers.toml
_FORECASTS_BACK = WordSet("numbers", NumbersData, "measure.forecasts_back")
_ANAPHOR_REACH = 400  # characters back to the amount "Jumlah itu" may point at

# numtime12: words of a sports competition's standings ("naik ke peringkat 3 klasemen"):
# bare points in such a sentence are a team's league points, no money nor a measure
_STANDINGS = re.compile(r"\b(?:klasemen|laga|pertandingan|liga|turnamen|kompetisi|"
                        r"poin penuh|grup [A-H])\b", re.IGNORECASE)


def _league_points(out: list[Count], first_out: int, text: str, sent: Span) -> None:
    """Clear the thing and change of bare points ("Tambahan 3 poin membuat tim naik ke
    peringkat 2 klasemen dengan koleksi 15 poin") in a sentence of a competition's
    standings: league points are judged no measured thing and no change."""
    for n in range(first_out, len(out)):
        c = out[n]
        if _measured_points(c) and _STANDINGS.search(text, sent.start, sent.end):
            out[n] = _unmeasured(c)


def _measured_points(c: Count) -> bool:
    """Whether `c` is points (no money) read as measuring a thing or changing: what
    `_league_points` and `_sport_points` check before taking that reading away."""
    return c.unit == "poin" and c.currency is None and bool(c.thing or c.change)


def _unmeasured(c: Count) -> Count:
    """`c` with no thing and no change: a team's or a player's points measure nothing."""
    return replace(c, thing=None, thing_span=None, change=None, change_to=False,
                   change_from=False)


def _listed_points(out: list[Count], first_out: int, text: str) -> None:
    """Clear the thing of points counted in words with no change, naming a noun right
    after them ("menyampaikan dua poin sikap utama", "tiga poin utama"): the items of a list
    or a stance, no measure (a move of points is said with a change, "turun lima poin"; a
    gap said of a subject, "dua poin lebih tinggi", keeps it)."""
    for n in range(first_out, len(out)):
        c = out[n]
        if c.unit == "poin" and c.currency is None and c.thing_span is not None \
                and c.change is None and c.thing_span.start > c.span.start \
                and not text[c.span.end:c.thing_span.start].strip() \
                and not any(ch.isdigit() for ch in c.span.of(text)):
            out[n] = replace(c, thing=None, thing_span=None)


_WHOLE = 100  # percent: the whole of anything
_SPORT_WORDS = WordSet("numbers", NumbersData, "measure.sport_words")  # "klasemen", "skor"


def _head_named(thing: str) -> bool:
    """Whether a thing opens with a measured head ("IHSG", "tingkat pengangguran"), not a
    name or another word taken for want of one ("Sevilla", "tambahan")."""
    words = tuple(thing.casefold().split())
    return any(words[:n] in _lex().head_set for n in range(1, len(words) + 1))


def _sport_points(out: list[Count], text: str) -> None:
    """Clear the thing and change of bare points that no measured head names, in an
    article naming a sports competition ("Sevilla ( 65 poin ) sempat menyamai ...",
    "unggul berkat tambahan dua poin dari ..."): a team's or a player's points, no measure
    (a market's points keep their head, "IHSG di level 7.000 poin"; a sentence of
    standings is `_league_points`'). Its period goes with it (`_unmeasured_points`)."""
    if not any(c.unit == "poin" and (c.thing or c.change) for c in out):
        return
    if not any(w in _SPORT_WORDS for w in _WORD.findall(text.casefold())):
        return
    for n, c in enumerate(out):
        if _measured_points(c) and not (c.thing and _head_named(c.thing)):
            out[n] = _unmeasured(c)


def _whole_manners(out: list[Count], text: str) -> None:
    """Clear the thing of a bare whole "100 persen" with no change when the one word right
    before or after it, no measured head, is taken for it ("dijamin halal 100 persen",
    "lolos sensor 100 persen", "tidak 100 persen sama"): "fully", a manner of speaking, no
    measure (a head keeps it, "tarif 100 persen"; a predicate's subject too, "Pembangunan
    jembatan itu belum 100%")."""
    for n, c in enumerate(out):
        t = c.thing_span
        if c.unit == "persen" and c.value == _WHOLE and c.qualifier is None \
                and c.change is None and c.thing and t is not None \
                and len(c.thing.split()) == 1 and not _head_named(c.thing) \
                and not (text[t.end:c.span.start].strip()  # the word right before it
                         or text[c.span.end:t.start].strip()) \
                and not _made_of(text, c.span.start):  # (not "berbahan 100 persen sutra")
            out[n] = replace(c, thing=None, thing_span=None)


def _placeholder_things(out: list[Count], text: str) -> None:
    """Clear a thing that is only a word for "the figure" ("angka yang sudah mencapai 90
    persen", "mencapai angka seratus persen"): it names no measure (the seed-73 judge;
    num34); with a demonstrative after it ("Angka tersebut") it points back and stays."""
    lex = _lex()
    for n, c in enumerate(out):
        t = c.thing_span
        if c.thing is not None and t is not None and c.thing.casefold() in _PLACEHOLDERS \
                and not _points_back(text, t, lex):
            out[n] = replace(c, thing=None, thing_span=None)


def _made_of(text: str, at: int) -> bool:
    """Whether a word of composition ends right before `at` ("berbahan", "terbuat dari")
    (num30b)."""
    before = text[max(0, at - 30):at].casefold().split()
    return any(tuple(before[-len(w):]) == w for w in (tuple(p.split()) for p in _COMPOSITION)
               if before)


def _compared_bases(out: list[Count], first_out: int, text: str) -> None:
    """Clear the change of an amount right after a comparison word that follows a changed
    amount of its kind ("naik 2,8% vs 2,7%", "tumbuh 5% dibanding 4%"): the figure it is
    compared with (an expectation, an earlier level), no move of its own."""
    lex = _lex()
    for n in range(max(first_out, 1), len(out)):
        prev, c = out[n - 1], out[n]
        if prev.change is None or c.change is None or c.unit != prev.unit \
                or c.currency != prev.currency or c.change_from or c.change_to:
            continue
        if text[prev.span.end:c.span.start].strip().casefold() in lex.comparisons:
            out[n] = replace(c, change=None, change_to=False, change_from=False)


def _addends_before(out: Sequence[Count], at: int, money: bool) -> bool:
    """Whether the two amounts of the kind (money or not) just before `at`, near it,
    measure different things: the addends a sum said next adds up ("Totalnya")."""
    near = [c for c in out[-4:] if (c.currency is not None) == money
            and at - c.span.end <= _ANAPHOR_REACH]
    return len(near) >= 2 and near[-1].thing is not None and near[-2].thing is not None \
        and near[-1].thing.casefold() != near[-2].thing.casefold()


def _change_named_after(text: str, thing: Span, lex: _Lex) -> Change | None:
    """The change a thing after its amount opens with, as a noun ("memberikan 40 persen
    peningkatan kinerja": up; "10 persen penurunan penjualan": down), else None. (num27)"""
    m = _WORD.match(text, thing.start)
    low = m.group().casefold() if m else ""
    if not _change_noun(low):
        return None
    return "up" if low in lex.up else "down"  # (a change noun is one or the other)


def _points_back(text: str, thing: Span, lex: _Lex) -> bool:
    """Whether a one-word thing points back at an amount before: any head with "itu" or
    "tersebut" after it ("Realisasi itu"), a quantity noun also with "ini" ("Realisasi
    ini tumbuh 45%" after "laba bersihnya mencapai ...": the profit; num27)."""
    word = thing.of(text)
    if " " in word:
        return False
    if lex.demonstrated.match(text, thing.end) is not None:
        return True
    return word.casefold() in lex.anaphors \
        and lex.period_demonstrated.match(text, thing.end) is not None


def _anaphoric_subject(toks: Sequence[_Tok], first: int, lex: _Lex) -> bool:
    """Whether the amount's clause opens with a quantity noun and a demonstrative ("Jumlah
    itu naik 8,6%", ", angka tersebut berubah menjadi Rp 2,4 triliun"): at the sentence's
    start (after a linking word) or after a comma, not after a preposition ("dari jumlah
    tersebut, ... di bawah 20%": a part of it, measured by its own noun); or the amount
    right after a change said as a noun opening the sentence ("Diskon 50% ... Tambahan 20%
    bisa didapatkan jika ...": an addition to what was measured before)."""
    opener = 1 if first > 1 and toks[0].low in lex.measure_breaks else 0
    if first == opener + 1 and toks[opener].low.endswith("an") \
            and toks[opener].low in lex.moves:
        return True
    for k in range(first - 1):
        if toks[k].low in lex.anaphors and toks[k + 1].low in _POINTERS \
                and (k == 0 or toks[k - 1].text == "," or (
                    k == 1 and toks[0].low in lex.measure_breaks)):
            return True
    return False


_GLOSS_JOIN = re.compile(r"\s*(?:dan|hingga|sampai|-|–)\s*", re.IGNORECASE)
_GLOSS_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{2,15})\s*\)")
_DATED = re.compile(r"(\d{4})-(\d{2})(?:-\d{2})?")


def _sentence_bounds(sent_starts: Sequence[int], at: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence holding `at`, from the sentences' starts (ordered):
    the next sentence's start, or `end` (the text's length) after the last."""
    k = bisect_right(sent_starts, at)
    return (sent_starts[k - 1] if k else 0), (sent_starts[k] if k < len(sent_starts) else end)


def _glossed_periods(out: list[Count], text: str, times: Sequence[TimeExpr],
                     sent_starts: Sequence[int]) -> None:
    """A season a short name glosses ("periode libur Natal 2025 dan Tahun Baru 2026
    (Nataru)") dates the amounts of a later sentence that names it by that name ("bisa kita
    turunkan 13-14% untuk Nataru"), when they have no period of their own: its months,
    2025-12/2026-01 (numtime9)."""
    if not out or all(c.period is not None for c in out):
        return
    ordered_times = sorted(times, key=lambda t: t.span.start)
    glosses: dict[str, tuple[str, Span, int]] = {}
    for n, t in enumerate(ordered_times):
        m = _GLOSS_AFTER.match(text, t.span.end)
        a = _DATED.fullmatch(t.value)
        if m is None or a is None:
            continue
        first = t
        if n > 0 and _GLOSS_JOIN.fullmatch(text, ordered_times[n - 1].span.end, t.span.start):
            first = ordered_times[n - 1]  # "Natal 2025 dan Tahun Baru 2026 (Nataru)"
        b = _DATED.fullmatch(first.value)
        if b is None:
            continue
        value = f"{b.group(1)}-{b.group(2)}" if first is t \
            else f"{b.group(1)}-{b.group(2)}/{a.group(1)}-{a.group(2)}"
        glosses.setdefault(m.group(1), (value, Span(start=first.span.start, end=t.span.end),
                                        m.end()))
    if not glosses:
        return
    for n, c in enumerate(out):
        if c.period is not None:
            continue
        lo, hi = _sentence_bounds(sent_starts, c.span.start, len(text))
        for name, (value, span, after) in glosses.items():
            if after <= lo and name in _WORD.findall(text, lo, hi):
                out[n] = replace(c, period=value, period_span=span)
                break


_FISCAL_REACH = 120  # characters back from a fiscal year to the budget or project it dates


def _fiscal_year_periods(out: list[Count], text: str) -> None:
    """A fiscal year the article names ("berkas proyek ... pada Dinas PUPR Tahun Anggaran
    2022"), before or after its amounts, dates the budget amounts with no period of their
    own ("Proyek itu memakan anggaran Rp 10,5 miliar"); not when it names two (numtime9)."""
    lex = _lex()
    if not any(c.period is None and c.currency is not None for c in out):
        return
    years = set()
    for m in lex.fiscal_year.finditer(text):
        # a budget's or a project's fiscal year ("proyek pembangunan gedung ... tahun
        # anggaran 2020-2021", "APBD TA 2024"), not a decree's allocation's
        back = max(0, m.start() - _FISCAL_REACH)
        back = max([back, text.rfind("\n", back, m.start()) + 1,
                    *(e.end() for e in _SENTENCE_END.finditer(text, back, m.start()))])
        if any(w in lex.budget_words for w in _WORD.findall(text[back:m.start()].casefold())):
            years.add((m.group(1) + (f"/{m.group(2)}" if m.group(2) else ""),
                       m.start(1), m.end(2) if m.group(2) else m.end(1)))
    if len({y for y, _, _ in years}) != 1:
        return
    year, a, b = min(years, key=lambda y: y[1])
    for n, c in enumerate(out):
        if c.period is None and c.currency is not None and c.thing and any(
                w in lex.budget_words for w in _WORD.findall(c.thing.casefold())):
            out[n] = replace(c, period=year, period_span=Span(start=a, end=b))


_POINTED_REACH = 120  # characters back from an amount to a quantity noun pointing back


def _pointed_before(text: str, thing: Span, at: int, lex: _Lex) -> bool:
    """Whether a quantity noun pointing back ("Realisasi ini") stands between an earlier
    thing and the amount at `at`: the thing is what it pointed at (num27)."""
    lo = max(thing.end, at - _POINTED_REACH)
    for m in _WORD.finditer(text, lo, at):
        if m.group().casefold() in lex.anaphors \
                and lex.period_demonstrated.match(text, m.end()) is not None:
            return True
    return False


def _demonstrated_periods(out: list[Count], text: str) -> None:
    """A head pointing back ("Realisasi ini merupakan 28,1% dari total belanja APBN 2025",
    after "per akhir Mei 2025 realisasi belanja negara telah mencapai ...") measures the
    amount before of that head, so it shares that amount's month, quarter or half of the
    year its own sentence names whole: 2025-05, not 2025."""
    lex = _lex()
    for n, c in enumerate(out):
        thing = c.thing_span
        if c.period is None or not _YEAR.fullmatch(c.period) or thing is None \
                or (lex.period_demonstrated.match(text, thing.end) is None
                    and not _pointed_before(text, thing, c.span.start, lex)):
            continue
        head = _WORD.match(text, thing.start)
        key = head.group().casefold() if head else ""
        part = next((p.period for p in reversed(out[:n])
                     if p.span.start >= c.span.start - _SAME_REACH and p.thing
                     and p.thing.split()[0].casefold() == key), None)
        if part is not None and _YEAR_PART.fullmatch(part) and part.startswith(c.period):
            out[n] = replace(c, period=part)


def _past_spending(text: str, thing: Span, lex: _Lex) -> Span:
    """The noun a spending verb heads ("mengeluarkan uang sekitar USD 150": the money), or
    the verb itself when no noun follows it ("mengeluarkan sekitar Rp 35,3 triliun")."""
    m = _FIRST_WORD.match(text, thing.start)
    if m is None or m.group(1).casefold() not in lex.spending:
        return thing
    rest = _FIRST_WORD.match(text, m.end(1), thing.end)
    return Span(start=rest.start(1), end=thing.end) if rest is not None else thing


def _continued_rankings(out: list[Count], text: str, sent_starts: Sequence[int],
                        lex: _Lex) -> None:
    """A sentence that goes on with a ranking ("Posisi tertinggi diraih Purbaya dengan skor
    kepuasan mencapai 85 persen. Disusul Teddy Indra Wijaya dengan 83 persen, Muhaimin
    Iskandar 82 persen, ..."): its amounts with no thing of their own measure what the last
    amount of the same kind in the sentence before measured."""
    for n, c in enumerate(out):
        if c.thing is not None:
            continue
        k = bisect_right(sent_starts, c.span.start) - 1
        if k < 1:
            continue
        opening = _FIRST_WORD.match(text, sent_starts[k])
        if opening is None or opening.group(1).casefold() not in lex.rank_followers:
            continue
        lo, hi = sent_starts[k - 1], sent_starts[k]
        prev = next((p for p in reversed(out[:n]) if lo <= p.span.start < hi
                     and p.thing is not None and p.unit == c.unit
                     and p.currency == c.currency), None)
        if prev is not None:
            out[n] = replace(c, thing=prev.thing, thing_span=prev.thing_span)


# A part of a year: a month, quarter or half ("2025-09", "2025-Q3", "2025-H1").
_YEAR_PART = re.compile(r"\d{4}-(\d{2}|Q[1-4]|H[12])")
_SAME_REACH = 400  # characters back to the amount a "periode yang sama" compares with


def _same_periods(out: list[Count], text: str) -> None:
    """A year named after "periode yang sama" ("naik 14% dibandingkan periode yang sama
    tahun 2024 yang sebesar Rp 17,9 triliun") is the same part of that year as the period
    the nearest amount before was counted over: 2024-Q3 after one of 2025-Q3, not all of
    2024."""
    lex = _lex()
    for n, c in enumerate(out):
        if c.period is None or c.period_span is None or not _YEAR.fullmatch(c.period):
            continue
        words = [w.casefold() for w in _WORD.findall(
            text, max(0, c.period_span.start - 40), c.period_span.start)]
        if words[-1:] == ["tahun"]:
            words.pop()
        if not any(len(words) >= len(b) and tuple(words[-len(b):]) == b
                   for b in lex.base_phrases):
            continue
        part = next((m.group(1) for p in reversed(out[:n])
                     if p.span.start >= c.span.start - _SAME_REACH and p.period is not None
                     and (m := _YEAR_PART.fullmatch(p.period)) is not None
                     and not p.period.startswith(c.period)), None)
        if part is not None:
            out[n] = replace(c, period=f"{c.period}-{part}")


# numtime14: the base of a year-on-year comparison written with the amount ("dari Rp 9
# triliun di periode yang sama tahun sebelumnya"; "tumbuh dibanding periode yang sama tahun
# lalu, yakni sebesar Rp 9 triliun"), and a period a year from another ("2025-05")
_YEAR_BASE = (r"(?:(?:di|pada)\s+)?periode\s+(?:yang\s+sama\s+)?(?:(?:di|pada)\s+)?"
              r"tahun\s+(?:sebelumnya|lalu)\b")
_BASE_AFTER = re.compile(r"\s*" + _YEAR_BASE, re.IGNORECASE)
_BASE_BEFORE = re.compile(r"(\w+)\s+(?:dibanding(?:kan)?|dari)\s+(?:dengan\s+)?" + _YEAR_BASE
                          + r"\s*,?\s*(?:yakni|yaitu|sebesar)\s*$", re.IGNORECASE)
# numtime18: the base of a comparison named in words then restated as an amount: "mengalami
# kenaikan jika dibanding temuan pada SPI Pendidikan 2023, yakni sebesar 24,65%"
_BASE_NAMED = re.compile(r"(\w+)\s+(?:(?:jika|bila|kalau|apabila)\s+)?dibanding(?:kan)?\s+"
                         r"(?:dengan\s+)?[^.!?,;\d%]{3,80}?(?:\s+\d{4})?\s*,?\s*(?:yakni|yaitu)\s+"
                         r"(?:sebesar\s+)?$", re.IGNORECASE)
# The words each match of _BASE_BEFORE and _BASE_NAMED ends in, white space after: where
# the window before an amount ends in none, neither is searched (`ends_in_word`).
_BASE_ENDS = ("yakni", "yaitu", "sebesar")
_SHIFTABLE = re.compile(r"(\d{4})((?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?)")
_BASE_REACH = 300  # characters back to the changed amount a year-earlier base belongs to


def _year_before(period: str | None) -> str | None:
    m = _SHIFTABLE.fullmatch(period or "")
    return f"{int(m.group(1)) - 1}{m.group(2)}" if m else None


def _year_earlier_bases(out: list[Count], text: str) -> None:
    """An amount that is the base of a year-on-year comparison is the level the change
    started from, over the same part of the year before: "naik menjadi Rp 12 triliun
    hingga Juni 2025, dari Rp 10 triliun di periode yang sama tahun sebelumnya" = up from,
    2024-06, measuring what the level reached does; "Nilainya naik dibanding periode yang
    sama tahun lalu, yakni sebesar Rp 10 triliun" likewise, after the amount said before."""
    lex = _lex()
    for n, b in enumerate(out):
        if n == 0 or (b.change is not None and not _rate_base(out, n, text)):
            continue
        start = b.span.start
        change: Change | None
        rate: Count | None = None  # the rate a base's comparison follows
        if b.change is None and _FROM_BEFORE.search(text, max(0, start - 8), start) \
                and _BASE_AFTER.match(text, b.span.end):
            a = next((p for p in reversed(out[:n])
                      if p.change is not None and not p.change_from
                      and (p.currency, p.unit) == (b.currency, b.unit)), None)
            if a is None or a.span.end < start - _BASE_REACH \
                    or _STOP_SPACE.search(text[a.span.end:start]):
                continue  # (the changed level said in the same sentence)
            change = a.change
        elif ends_in_word(text, max(0, start - 160), start, _BASE_ENDS) and (
                (m := _BASE_BEFORE.search(text, max(0, start - 120), start)
                 or _BASE_NAMED.search(text, max(0, start - 160), start)) is not None):
            low = m.group(1).casefold()
            change = "up" if low in lex.up else "down" if low in lex.down else None
            rate = None if change is not None else next(
                (p for p in reversed(out[:n]) if p.span.end == m.end(1)), None)
            if rate is not None:
                change = rate.change  # "tumbuh 45% dibandingkan periode yang sama ..."
            a = next((p for p in reversed(out[:n])
                      if (p.currency, p.unit) == (b.currency, b.unit)), None)
            if change is None or a is None or a.span.end < start - _BASE_REACH:
                continue
        else:
            continue
        if a.change is None and m is not None and (rate is not None or (
                m.re is _BASE_NAMED and _STOP_SPACE.search(text[a.span.end:m.start()]))):
            # "... 28% pungli masih terjadi. Angka tersebut bahkan mengalami kenaikan jika
            # dibanding temuan pada SPI 2023, yakni sebesar 24,65%": the level said before
            # is the level reached, the base the level risen from (numtime18)
            at = out.index(a)
            a = out[at] = replace(a, change=change, change_to=True)
        period = _year_before(a.period)
        # (what the changed level measures, unless the base names its own thing; not the
        # growth noun a rate before lent both: "pertumbuhan laba ... dari Rp 9 triliun")
        own = b.thing is None or (a.thing is not None and b.thing.endswith(" " + a.thing))
        out[n] = replace(
            b, change=change, change_to=False, change_from=True,
            thing=a.thing if own else b.thing,
            thing_span=a.thing_span if own else b.thing_span,
            period=period or b.period,
            period_span=None if period else b.period_span)


def _rate_base(out: Sequence[Count], n: int, text: str) -> bool:
    """Whether out[n], which took the change of the rate right before it, is that rate's
    year-earlier base instead ("tumbuh 45,1 persen dibandingkan periode yang sama tahun
    lalu, yaitu Rp 254,05 miliar": the level risen from, not a second rise; num27)."""
    b, r = out[n], out[n - 1]
    if b.change_from or b.change_to or r.change != b.change \
            or (r.currency, r.unit) == (b.currency, b.unit):
        return False
    m = _BASE_BEFORE.search(text, r.span.start, b.span.start)
    return m is not None and m.end(1) == r.span.end


# numcmp25: a level compared with an earlier time's ("mencapai Rp 214 triliun, lebih tinggi
# dari periode yang sama tahun lalu Rp 33 triliun"): the level reached and the level risen
# from; a comparison with no earlier time ("lebih rendah dari rata-rata nasional", "lebih
# tinggi dari ekspektasi") is no change
@cache
def _comparison_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The comparison with an earlier time (its adjective and the word before it as groups
    1 and 2), the comma before one said right after an amount, and the tail between a
    base's comparison and its amount; their words are numbers.toml's (measure)."""
    ms = load("numbers", NumbersData).measure
    joins = word_alternation(ms.compared_joins if ms else ())
    earlier = (rf"(?:(?:{word_alternation(ms.earlier_periods if ms else ())})\s+"
               rf"(?:{word_alternation(ms.earlier_markers if ms else ())})|tahun\s+\d{{4}})")
    compared = re.compile(
        rf"\b(\w+)\s+(\w+)\s+(?:{joins})\s+(?:dengan\s+)?"
        r"[^.!?;,%\d]{0,60}?\b" + earlier + r"\b", re.IGNORECASE)
    after = re.compile(rf"\s*,\s*(?=\w+\s+\w+\s+(?:{joins}))")
    pointers = word_alternation(ms.base_pointers if ms else ())
    tail = re.compile(rf"\s*,?\s*(?:(?:yang\s+)?(?:{pointers})\s*)?$", re.IGNORECASE)
    return compared, after, tail


_STOP_SPACE = re.compile(r"[.!?]\s")  # a sentence's stop and the space after it
_YEAR_DIGITS = re.compile(r"\d{4}\b")  # a year named in a comparison ("tahun 2024")
_HIGHER = WordSet("numbers", NumbersData, "measure.higher_words")
_LOWER = WordSet("numbers", NumbersData, "measure.lower_words")
_POINTERS = WordSet("numbers", NumbersData, "measure.period_demonstratives")
_POINTER_OPENING = 4  # words at most before the comparative of a sentence pointing back


def _comparison_way(m: re.Match[str]) -> Change | None:
    """Which way "lebih <adjective>" says a level lies from the earlier one, if it is one."""
    if m.group(1).casefold() not in _lex().comparatives:
        return None
    adj = m.group(2).casefold()
    return "up" if adj in _HIGHER else "down" if adj in _LOWER else None


def _compared_levels(out: list[Count], text: str) -> None:
    """A level followed by a comparison with an earlier time is the level reached, up or
    down as the comparative goes, and the amount closing that comparison the level started
    from: "mencapai Rp 214 triliun, lebih tinggi dari periode yang sama tahun lalu Rp 33
    triliun" = up to, up from. A sentence opening with a pointer ("Proyeksi ini lebih
    tinggi dari realisasi tahun lalu, 4,79 persen") compares the amount said before it."""
    compared_earlier, compared_after, base_tail = _comparison_patterns()
    for n, c in enumerate(out):
        lead = compared_after.match(text, c.span.end) if c.change is None else None
        if lead is not None and (m := compared_earlier.match(text, lead.end())) is not None \
                and (way := _comparison_way(m)) is not None:
            out[n] = replace(c, change=way, change_to=True, change_from=False)
    for n, b in enumerate(out):
        if b.change is not None or n == 0:
            continue
        m = next((x for x in reversed(list(compared_earlier.finditer(
            text, max(0, b.span.start - 160), b.span.start)))
            if base_tail.fullmatch(text, x.end(), b.span.start)), None)
        if m is None or (way := _comparison_way(m)) is None:
            continue
        at = next((i for i in range(n - 1, -1, -1)
                   if (out[i].currency, out[i].unit) == (b.currency, b.unit)
                   and out[i].span.end <= m.start()), None)
        if at is None:
            continue
        a = out[at]
        if a.span.end < b.span.start - _BASE_REACH \
                or not (a.change is None or (a.change == way and a.change_to)) \
                or not _compared_with(text, a, m):
            continue  # (not a change's size: "naik 5%, lebih tinggi dari ...")
        out[at] = replace(a, change=way, change_to=True, change_from=False)
        period = b.period or (_year_before(a.period)
                              if not _YEAR_DIGITS.search(m.group(0)) else None)
        out[n] = replace(b, change=way, change_to=False, change_from=True,
                         thing=b.thing or a.thing,
                         thing_span=b.thing_span if b.thing else a.thing_span,
                         period=period, period_span=b.period_span if b.period else None)


@cache
def _change_base_pattern() -> re.Pattern[str]:
    """The words between a change's comparison with an earlier time and the base level
    it closes on: "dibandingkan dengan periode yang sama tahun 2024 yang mencapai sebesar
    ", "dibanding sebelumnya yang sebesar ", "dibandingkan tahun sebelumnya yang mencapai
    134,58 ribu orang (" (a restatement's bracket); numbers.toml's words (num34)."""
    ms = load("numbers", NumbersData).measure
    joins = word_alternation(ms.base_comparisons if ms else ())
    earlier = (rf"(?:(?:{word_alternation(ms.earlier_periods if ms else ())})\s+"
               rf"(?:{word_alternation(ms.earlier_markers if ms else ())})|tahun\s+\d{{4}}"
               rf"|{word_alternation(ms.earlier_markers if ms else ())})")
    verbs = word_alternation(ms.base_verbs if ms else ())
    return re.compile(
        rf"\b(?:{joins})\s+(?:dengan\s+)?(?:[^.!?;%\d,]{{0,40}}?\s)?{earlier}\s*,?\s*"
        rf"(?:yang\s+)?(?:(?:{verbs})\s+)*(?:[\d.,]+(?:\s+[^\W\d]+){{0,2}}\s*\(\s*)?\Z",
        re.IGNORECASE)


_CHANGE_BASE_REACH = 140  # characters from a comparison's join to its base level


def _change_bases(out: list[Count], text: str) -> None:
    """The level a change said just before was measured against: "meningkat Rp 2,61
    triliun (14,455%), dibandingkan dengan periode yang sama tahun 2024 yang mencapai
    sebesar Rp 17,94 triliun", "naik 0,52 persen dibanding sebelumnya yang sebesar Rp
    2.365.102" = up from it (the way of the change before it in its sentence); not where
    it already says where it went (num34)."""
    pattern = _change_base_pattern()
    for n, b in enumerate(out):
        if b.change_from or b.change_to or n == 0 \
                or (b.currency is None and b.unit not in _MEASURED_UNITS):
            continue
        m = pattern.search(text, max(0, b.span.start - _CHANGE_BASE_REACH), b.span.start)
        if m is None or _STOP_SPACE.search(text, m.start(), b.span.start):
            continue
        said = next((c for c in reversed(out[:n]) if c.span.end <= m.start()
                     and c.change is not None and not c.change_from), None)
        if said is None or said.change is None \
                or _STOP_SPACE.search(text, said.span.end, m.start()) \
                or (b.change is not None and b.change != said.change):
            continue
        out[n] = replace(b, change=said.change, change_to=False, change_from=True)


_SPACE = re.compile(r"\s+")


def _comparative_differences(out: list[Count], text: str) -> None:
    """A money amount or percentage right before "lebih <adjective>" and an earlier
    time's comparator is a change by it, the way the adjective goes: "jumlah pengunjung 30
    persen lebih tinggi dibandingkan pekan sebelumnya" = up (by), as "10 persen
    dibandingkan generasi sebelumnya" (seed 60; num32). Not a gap between groups ("90%
    lebih banyak ... dibandingkan dengan negara-negara penghasil", "dua poin lebih tinggi
    dari rata-rata imigran": no change over time, seeds 16, 31, 40), nor a level followed
    by its comparison after a comma (`_compared_levels`)."""
    compared_earlier = _comparison_patterns()[0]
    for n, c in enumerate(out):
        if c.change is not None or (c.currency is None and c.unit not in _MEASURED_UNITS):
            continue
        lead = _SPACE.match(text, c.span.end)
        m = compared_earlier.match(text, lead.end()) if lead is not None else None
        if m is not None and (way := _comparison_way(m)) is not None:
            out[n] = replace(c, change=way, change_to=False, change_from=False)


def _compared_with(text: str, a: Count, m: re.Match[str]) -> bool:
    """Whether the amount `a` is what the comparison `m` is said of: in its sentence, or
    the last of the sentence before when the comparison's opens with a few words ending
    in a pointer ("Proyeksi ini lebih tinggi ...")."""
    stops = list(_STOP_SPACE.finditer(text[a.span.end:m.start()]))
    if not stops:
        return True
    opening = _WORD.findall(text, a.span.end + stops[-1].end(), m.start())
    return len(stops) == 1 and 0 < len(opening) <= _POINTER_OPENING \
        and opening[-1].casefold() in _POINTERS

# numtime14: "pertumbuhan laba 1,13% menjadi Rp 55 triliun", "... tumbuh 12%, yakni Rp 49
# triliun": the level a named growth's rate leads to
_LEVEL_AFTER_RATE = re.compile(r"(?:menjadi|yakni|yaitu)\s*$", re.IGNORECASE)
_RATE_REACH = 120  # characters from a growth's rate to the level it leads to


def _grown_levels(out: list[Count], text: str) -> None:
    """A money level said right after the rate of a growth named as a noun ("pertumbuhan
    laba sebesar 5% menjadi Rp 12 triliun", "Pertumbuhan ekspor tercatat 8%, yakni Rp 40
    triliun") measures what grows (the rate keeps the noun as its thing): the profit, up
    to; the level it started from ("dari Rp 10 triliun", set before) measures it too."""
    lex = _lex()
    for n in range(1, len(out)):
        b, p = out[n], out[n - 1]
        if b.currency is None or p.unit != "persen" or b.thing is None \
                or b.thing_span is None or b.thing != p.thing or b.change_from:
            continue
        head, _, rest = b.thing.partition(" ")
        low = head.casefold()
        # (a change noun, or a per-...-an noun of a change verb: "pertumbuhan" of "tumbuh")
        verb = low[3:-2] if low.startswith("per") and low.endswith("an") else ""
        if not rest or not (_change_noun(low) or verb in lex.moves) \
                or p.span.end < b.span.start - _RATE_REACH \
                or not _LEVEL_AFTER_RATE.search(text, p.span.end, b.span.start) \
                or _STOP_SPACE.search(text[p.span.end:b.span.start]):
            continue
        span = Span(start=b.thing_span.end - len(rest), end=b.thing_span.end)
        move: Change = "up" if low in lex.up or verb in lex.up else "down"
        out[n] = replace(b, thing=rest, thing_span=span, change=move, change_to=True,
                         change_from=False)
        if n + 1 < len(out) and out[n + 1].change_from and out[n + 1].thing == p.thing \
                and out[n + 1].currency == b.currency:
            out[n + 1] = replace(out[n + 1], thing=rest, thing_span=span)


@cache
def _surge_to() -> re.Pattern[str]:
    """A verb of a surge to a height closing the text before an amount (numtime14; the
    verbs are numbers.toml's `surge_to`): the sum after "hingga" is the level reached."""
    words = sorted(_lex().surge_to, key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")\s+\Z", re.IGNORECASE)
_UP_TO_WORDS = ("hingga ", "sampai ")


_RAISED_OBJECT = 4  # words of the object a raising verb may have before "hingga"
_BRACKETED = re.compile(r"\s*\(\s*")  # "USD 200 ( Rp 2,6 juta )": the sum glossed


def _raised_to(text: str, at: int) -> bool:
    """Whether a raising verb, then at most a short object, stands right before `at`
    ("menaikkan tarif hingga USD 500": the level the sum was set to; numb28)."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S", text[max(0, at - 80):at])
    raise_to = _lex().raise_to
    for n, w in enumerate(reversed(words[-(_RAISED_OBJECT + 1):])):
        if w.casefold() in raise_to:
            return True
        if not w.isalpha() or n >= _RAISED_OBJECT:
            return False  # a number or a mark ends the object
    return False


def _surged_levels(out: list[Count], text: str) -> None:
    """A money sum after a surge verb and "hingga" ("harga cabai melonjak hingga Rp 90
    ribu per kg") is the level the thing surged to: up to; so is one a raising verb
    sets ("menaikkan tarif hingga USD 500"), and its gloss in brackets after it."""
    for n, c in enumerate(out):
        if c.currency is None or c.change is None or c.change_to or c.change_from:
            continue
        prev = out[n - 1] if n > 0 else None
        if prev is not None and prev.change_to and prev.change == c.change \
                and prev.thing == c.thing and _BRACKETED.fullmatch(
                    text, prev.span.end, c.span.start):
            out[n] = replace(c, change_to=True)  # "hingga USD 500 ( Rp 6,6 juta )"
            continue
        if not text[c.span.start:c.span.end].casefold().startswith(_UP_TO_WORDS):
            continue
        if _surge_to().search(text, max(0, c.span.start - 20), c.span.start) or (
                c.change == "up" and _raised_to(text, c.span.start)):
            out[n] = replace(c, change_to=True)


_PRIZES = WordSet("numbers", NumbersData, "measure.prize_words")  # "hadiah"
# A year right after a capitalised word of a title: "PGN Livoli Divisi Utama 2017"
_TITLED_YEAR = re.compile(r"(?<![\w-])[A-Z][\w-]*\s+\Z")


def _prize_periods(out: list[Count], text: str, times: Sequence[TimeExpr]) -> None:
    """"Bank Jatim menjuarai PGN Livoli Divisi Utama 2017 ... hadiah uang pembinaan sebesar
    Rp 35 juta": prize money that names no period is the competition's, counted over the
    year of the one titled event the article names (none when it names two or more)."""
    prizes = [n for n, c in enumerate(out) if c.period is None and c.currency is not None
              and c.thing is not None and any(
                  c.thing.casefold().startswith(w) for w in _PRIZES)]
    year = _one_year_after(text, times, _TITLED_YEAR, 40) if prizes else None
    if year is None:
        return
    for n in prizes:
        out[n] = replace(out[n], period=year.value, period_span=year.span)


_LAUNCH_VERBS = WordSet("numbers", NumbersData, "measure.launch_verbs")  # "tiba"
_LAUNCH_REACH = 4  # words from a launch verb to the time it governs ("tiba di Indonesia pada")
_CLAUSE_MARK = re.compile(r"[,;:.!?]")


def _launched(text: str, sent_start: int, t: Span) -> bool:
    """Whether a verb of coming to market governs the time at `t`, a few words before it
    in its clause ("baru akan tiba di Indonesia pada 5 Mei 2017")."""
    clause = _CLAUSE_MARK.split(text[sent_start:t.start])[-1].casefold().split()
    return any(w in _LAUNCH_VERBS for w in clause[-(_LAUNCH_REACH + 1):])


def _priced(text: str, c: Count, lo: int) -> bool:
    """Whether the amount is a price: its thing a price noun ("harga"), or a price word
    standing between `lo` and the amount ("masing-masing dengan harga Rp 10,5 juta")."""
    words = text[lo:c.span.start].casefold().split()
    return (c.thing is not None and c.thing.split()[0].casefold() in _PRICE_NOUN) \
        or any(w in _PRICE_NOUN or w in _PRICE_WORDS or w in _PRICE_VERBS for w in words)


def _launch_prices(out: list[Count], text: str, sent_starts: Sequence[int]) -> None:
    """Clear the period of a price dated by the day its goods come to market, in its
    sentence before it ("Ponsel itu tiba di Indonesia pada 5 Mei 2017 , dengan harga Rp 10
    juta"): a launch price stands, the day dates the launch (seed 56 and 69's ruling)."""
    for n, c in enumerate(out):
        t = c.period_span
        if c.currency is None or c.change is not None or t is None or t.end > c.span.start:
            continue
        lo, _ = _sentence_bounds(sent_starts, c.span.start, len(text))
        if t.start >= lo and _launched(text, lo, t) and _priced(text, c, t.end):
            out[n] = replace(c, period=None, period_span=None)


_EXTREME_NOUNS = WordSet("numbers", NumbersData, "measure.extreme_nouns")  # "titik"
_EXTREME_LOWS = WordSet("numbers", NumbersData, "measure.extreme_lows")  # "terendah"
_EXTREME_HIGHS = WordSet("numbers", NumbersData, "measure.extreme_highs")  # "tertinggi"
_EXTREME_LINKS = WordSet("numbers", NumbersData, "measure.extreme_links")  # "yakni"
_EXTREME_PREPS = WordSet("numbers", NumbersData, "measure.extreme_preps")  # "pada"


def _extreme_at(toks: Sequence[_Tok]) -> tuple[int, Change] | None:
    """The index of the level noun of a superlative level closing `toks` ("titik
    terendahnya , yakni"), with the move that reached it; None when none closes them."""
    k = len(toks)
    while k > 0 and toks[k - 1].low in _EXTREME_LINKS:
        k -= 1
    if k < 2 or toks[k - 2].low not in _EXTREME_NOUNS:
        return None
    if toks[k - 1].low in _EXTREME_LOWS:
        return k - 2, "down"
    if toks[k - 1].low in _EXTREME_HIGHS:
        return k - 2, "up"
    return None


def _extreme_levels(out: list[Count], text: str, sent_starts: Sequence[int]) -> None:
    """An amount right after a superlative level ("rating Zeta berada pada titik
    terendahnya , yakni 2 persen", "menembus rekor tertinggi di level Rp 17.000") is the
    level a fall or rise reached: down to or up to; with no thing, the subject of the
    verb before the level's noun is what reached it (seed 72's judge)."""
    lex = _lex()
    for n, c in enumerate(out):
        if c.change is not None or c.change_from:
            continue
        lo, _ = _sentence_bounds(sent_starts, c.span.start, len(text))
        toks = _tokens(text, lo, c.span.start)
        found = _extreme_at(toks)
        if found is None:
            continue
        noun, move = found
        thing, thing_span = c.thing, c.thing_span
        verb = noun - 1
        while verb > 0 and toks[verb].low in _EXTREME_PREPS:
            verb -= 1
        if thing is None and verb < noun - 1 and (
                toks[verb].low in lex.subject_levels or toks[verb].low in lex.reached):
            subject = _subject_before(toks, verb, 0)
            if subject is not None:
                thing, thing_span = subject.of(text), subject
        out[n] = replace(c, change=move, change_to=True, thing=thing, thing_span=thing_span)


def _plan_frame(text: str, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The one year the article names a plan or budget for ("APBN 2018", "Rencana Kerja
    Pemerintah (RKP) Tahun 2025", "tahun anggaran 2022"); None when it names none, or
    plans of two or more years (each amount's year is then its own statement's)."""
    return _one_year_after(text, times, _lex().plan_frame, 80)


def _one_year_after(text: str, times: Sequence[TimeExpr], before: re.Pattern[str],
                    reach: int) -> TimeExpr | None:
    """The first mention of the one year, written in digits, that the article names right
    after a match of `before` within `reach` characters; None when it names none, or two
    or more such years."""
    found: dict[str, TimeExpr] = {}
    for t in times:
        digits = t.span.end - 4
        if t.type == "DATE" and _YEAR.fullmatch(t.value) \
                and text[digits:t.span.end] == t.value \
                and before.search(text, max(0, digits - reach), digits) is not None:
            found.setdefault(t.value, t)
    return next(iter(found.values())) if len(found) == 1 else None


def _paragraph_periods(text: str, times: Sequence[TimeExpr], starts: Sequence[int],
                       at: int) -> set[str]:
    """The values of the years, months, quarters and halves the paragraph opening at `at`
    names, and "*" for years counted from now ("lima tahun ke depan")."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    relative = _lex().relative_span
    out: set[str] = set()
    for t in times[bisect_left(starts, at):bisect_left(starts, end)]:
        if t.type == "DATE" and _PERIOD.fullmatch(t.value):
            out.add(t.value)
        elif t.type == "DURATION" and relative.search(text, t.span.start, t.span.end):
            out.add("*")
    return out


def _quoted(text: str, para: int, at: int) -> bool:
    """Whether `at` stands inside a quotation of the paragraph opening at `para`."""
    end = text.find("\n", at)
    return quotation_around(text, at, para, len(text) if end < 0 else end) is not None


def _framed_periods(out: list[Count], unframed: Sequence[tuple[int, int]], text: str,
                    times: Sequence[TimeExpr], starts: Sequence[int]) -> None:
    """"Dalam APBN 2018, ... \nBelanja pegawai mencapai Rp 365 triliun": an amount that
    names no period, in a paragraph naming none but the plan's year, is counted over the
    year of the one plan or budget the article names, when the article opens with it
    (named before its first money or percentage; not "... diatur dalam RUU APBN 2026"
    late in a story of other amounts, which dates only its own statement). Not an
    amount in a quotation: a speaker's talk ("kalau belanjanya Rp 71 triliun ...") is
    no entry of the plan the reporter relays."""
    frame = _plan_frame(text, times) if unframed else None
    opening = next((c.span.start for c in out
                    if c.currency is not None or c.unit in _MEASURED_UNITS), len(text))
    if frame is None or frame.span.start > opening:
        return
    for n, para in unframed:
        if out[n].period is None and not _quoted(text, para, out[n].span.start) \
                and _paragraph_periods(text, times, starts, para) <= {frame.value}:
            out[n] = replace(out[n], period=frame.value, period_span=frame.span)


_NEXT_WORD = re.compile(r"[\s,]*(\w+)")
_CUE_WORDS = re.compile(r"[\s,]*(\w+)(?:\s+(\w+))?")
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _bounds_span(text: str, t: TimeExpr) -> bool:
    """Whether a bounding word ("sejak", "sampai") comes right before the time `t`: the
    start or end of an event's span ("sejak Maret 2025"), no period of the figures told."""
    m = _LAST_WORD.search(text, max(0, t.span.start - 20), t.span.start)
    return m is not None and m.group(1).casefold() in _SPAN_BOUNDS


_TARGET_REACH = 6  # words a target word may stand before the time it sets


def _target_at(text: str, t: TimeExpr) -> int:
    """Where the target word setting the time `t` starts: right after it ("akhir tahun
    2016 ditargetkan ...") or a few words before it in its clause ("dengan target tanggal
    operasi komersial pada Oktober 2026"); -1 when none does."""
    m = _NEXT_WORD.match(text, t.span.end)
    if m is not None and m.group(1).casefold() in _TARGETS and "," not in text[
            t.span.end:m.start(1)]:
        return m.start(1)
    lo = max(0, t.span.start - 80)
    cut = [c.end() for c in _CLAUSE_MARK.finditer(text, lo, t.span.start)]
    words = list(_WORD.finditer(text, cut[-1] if cut else lo, t.span.start))[-_TARGET_REACH:]
    # (a goal named between: "target tanggal operasi ... pada", not "dari target pada
    # 2025", the target's own year, which the amount compared with it shares)
    return next((w.start() for k, w in enumerate(words)
                 if w.group().casefold() in _TARGETS and len(words) - k > 2), -1)


def _continued_quote(text: str, at: int) -> bool:
    """Whether the paragraph opening at `at` is a quotation closed by a pronoun speech cue
    ('"... ekuitas posisinya adalah Rp 201,1 triliun ...," terangnya.'): it goes on with
    the speaker of the paragraph before, and so with the time that paragraph told of."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    quotes = list(QUOTATION.finditer(text, at, end))
    if not quotes or text[at:quotes[0].start()].strip():
        return False
    m = _CUE_WORDS.match(text, quotes[-1].end(), end)
    if m is None:
        return False
    first = m.group(1).casefold()
    return first in _SPEECH_ON or (
        m.group(2) is not None and f"{first} {m.group(2).casefold()}" in _SPEECH_ON)


def _then_clause(text: str, end: int) -> bool:
    """Whether an event clause opens right after a date ("sejak 2022, ketika inflasi ...
    masih di atas 5 persen"): the clause is of that date, whatever span it starts."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).casefold() in _lex().event_clauses


def _opens_at(amount: Span, thing: Span | None, sent: Span) -> int:
    """Where the clause of an amount opens in its sentence: at its thing when the sentence
    names it, else at the amount."""
    return min(amount.start, thing.start) if thing is not None \
        and thing.start >= sent.start else amount.start


def _later_periods(out: list[Count], unperiodic: Sequence[tuple[int, str]],
                   named: Mapping[str, set[TimeExpr]],
                   things: Mapping[str, set[TimeExpr]], text: str) -> None:
    """"BLTS sebesar Rp300 ribu per bulan ... (a later paragraph) BLTS ... untuk
    Oktober-Desember 2025": an amount whose paragraph names no period is measured over the
    one period the article names elsewhere for a thing of the same head word (as an earlier
    one is carried forward); over none when it names two or more ("laba PT Pupuk Indonesia
    2026" gives "pupuk organik" nothing: another head)."""
    # where the money amounts and percentages start (replacing a period moves none)
    amounts = [c.span.start for c in out if c.currency is not None or c.unit in _MEASURED_UNITS]
    for n, head in unperiodic:
        if out[n].period is not None or out[n].change_from:
            continue  # a restatement gave it one; a level before a change has its own time
        own = _thing_words(out[n].thing or "")
        # a thing of the same head and no other qualifier: not "Penerima Penebalan Juni-Juli
        # 2025" for "Penerima PKH Murni", another item of the list
        found = {p.value: p for thing, ps in things.items() if thing.split()[0] == head
                 and _one_thing(thing.split(), own) for p in ps} \
            or _told_thing_periods(out[n].span.start, things, text, amounts)
        if len(found) == 1:
            (period,) = found.values()
            out[n] = replace(out[n], period=period.value, period_span=period.span)


def _one_thing(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two things' words name one thing, the one a part of the other ("BLTS",
    "penyaluran BLTS"), not two sorts of a head ("penerima PKH", "penerima sembako")."""
    return set(a) <= set(b) or set(b) <= set(a)


_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _told_thing_periods(at: int, things: Mapping[str, set[TimeExpr]], text: str,
                        amounts: Sequence[int]) -> dict[str, TimeExpr]:
    """The periods of the things measured elsewhere that the paragraph names before `at`,
    in a sentence measuring nothing ("8 parpol tersebut mendapat dana hibah dengan besaran
    berbeda-beda. Adapun PKS mendapat bantuan Rp2,7 miliar": the grants' year), by value.
    `amounts` are where the article's money amounts and percentages start (a count,
    "8 parpol", measures no thing)."""
    lo = text.rfind("\n", 0, at) + 1
    if _quoted(text, lo, at):
        return {}  # a speaker's talk ("kalau belanjanya Rp 71 triliun") is no entry of it
    # sentences before the amount's own, with no amount: a thing a sentence measures is
    # that amount's ("Anggaran lumbung pangan senilai Rp 22,38 triliun. Denda Rp 5 juta")
    bounds = [lo, *(m.end() for m in _SENTENCE_END.finditer(text, lo, at))]
    told = " ".join(w for a, b in zip(bounds, bounds[1:], strict=False)
                    if not any(a <= x < b for x in amounts)
                    for w in _thing_words(text[a:b]))
    # a thing of two words or more: one word ("anggaran", "target") names many things
    return {p.value: p for thing, ps in things.items() if " " in thing
            and holds_whole(told, thing) for p in ps}


def _share_whole(toks: Sequence[_Tok], j: int) -> Span | None:
    """The whole a share right before toks[j] is taken of: "8,47% dari total penduduk",
    "0,0007% dari total 1,4 miliar porsi MBG" (the count of the whole is skipped); None when
    no word names a whole ("39,96% dari PDB": a ratio to it, not a share of it) or no noun
    phrase follows ("75 persen dari total seluruhnya"). A count names a whole as "total"
    does ("90 persen dari 1.200 pedagang": the traders; num30), not a year nor a unit."""
    lex = _lex()
    if j + 1 >= len(toks) or toks[j].low not in lex.share_of:
        return None
    counted = toks[j + 1].kind == "num" and not _is_year_tok(toks[j + 1])
    if toks[j + 1].low not in lex.wholes and not counted:
        return None
    k = j + 1
    while k < len(toks) and (toks[k].low in lex.wholes or toks[k].kind == "num"
                             or toks[k].low in lex.magnitudes):
        k += 1
    if counted and k < len(toks) and (toks[k].low,) in lex.units_after:
        return None  # "50 persen dari 1.200 ton": a share of a quantity, no group
    e = k
    while e < len(toks) and e - k < lex.thing_max:
        t = toks[e]
        if t.kind != "word" or t.low in lex.stop or t.low in lex.generic \
                or t.low in lex.time_units or (t.text[0].islower() and _verb_like(t.low)) \
                or t.low in lex.up or t.low in lex.down:
            break
        e += 1
    return Span(start=toks[k].start, end=toks[e - 1].end) if e > k else None


_OPENERS = frozenset({",", ";", ":", "\"", "“", "(", ".", "!", "?"})


def _share_named(toks: Sequence[_Tok], first: int, j: int) -> Span | None:
    """The thing of a share that opens its clause, no head before it, named after its
    copula ("sebanyak 89% merupakan pembangkit berbasis EBT": the noun phrase after
    "merupakan"/"adalah", not "salah satu ...")."""
    lex = _lex()
    opens = first == 0 or toks[first - 1].text in _OPENERS
    if j >= len(toks) or not opens \
            or (toks[j].low not in lex.copulas and toks[j].low != "merupakan"):
        return None
    k = e = j + 1
    while e < len(toks) and e - k < lex.thing_max:
        t = toks[e]
        # ("pembangkit berbasis EBT": a "ber-" word after the noun qualifies it)
        attribute = e > k and t.low.startswith(_HAVING) and e + 1 < len(toks) \
            and toks[e + 1].kind == "word" and toks[e + 1].low not in lex.stop
        if t.kind != "word" or t.low in lex.stop or t.low in lex.generic \
                or (t.text[0].islower() and _verb_like(t.low) and not attribute) \
                or t.low in lex.up or t.low in lex.down:
            break
        e += 1
    return Span(start=toks[k].start, end=toks[e - 1].end) if e > k else None


def _respondents(toks: Sequence[_Tok], j: int, text: str, at: int) -> Span | None:
    """The respondents a share answering right before toks[j] counts ("12,9 persen mengaku
    tidak puas", "17,3% tidak puas"): the last mention of them before `at`, else None."""
    lex = _lex()
    while j < len(toks) and toks[j].low in lex.negations:
        j += 1
    if j >= len(toks) or toks[j].low not in lex.answers:
        return None
    last = None
    for m in lex.respondents.finditer(text, 0, at):
        last = m
    return Span(start=last.start(), end=last.end()) if last is not None else None


def _listed_before(toks: Sequence[_Tok], at: int) -> list[Span]:
    """The items of a list ending right before toks[at], last first: noun phrases of up
    to four words joined by commas and "dan"/"serta" ("BBCA, BMRI, BBNI, dan BBRI");
    empty unless at least two."""
    lex = _lex()
    items: list[Span] = []
    k = at
    while True:
        e = k
        while k > 0 and e - k < 4 and toks[k - 1].kind == "word" \
                and toks[k - 1].low not in lex.stop and toks[k - 1].low not in lex.joins \
                and not (toks[k - 1].text[0].islower() and _verb_like(toks[k - 1].low)):
            k -= 1
        if k == e:
            break
        items.append(Span(start=toks[k].start, end=toks[e - 1].end))
        j = k
        if j > 0 and toks[j - 1].low in ("dan", "serta"):
            j -= 1
        if j > 0 and toks[j - 1].text == ",":
            j -= 1
        if j == k:
            break
        k = j
    return items if len(items) >= 2 else []


def _window(text: str, t: TimeExpr) -> bool:
    """Whether a date is the window a report counts over: a day counted up to ("sampai 30
    September 2025") or a span after "sepanjang"/"selama" ("sepanjang Januari-Agustus
    2025")."""
    return _as_of(text, t) or _lex().span_over.search(
        text, max(0, t.span.start - 12), t.span.start) is not None


# Days of one year listed in a sentence, at least this many: the year is its period.
_LISTED_DAYS = 3


def _listed_days_year(in_sent: Sequence[TimeExpr]) -> TimeExpr | None:
    """The year of days a sentence lists, all in one year ("dilakukan pada 15 Januari 2007,
    kemudian 13 April 2007, ... dan 2 November 2007 dengan masing-masing transfer Rp 100
    juta"): each day is one event's, so the sentence's amounts are counted over that year,
    not one day of it (num31). None when fewer days, or of more than one year."""
    days = [t for t in in_sent if t.type == "DATE" and _DAY.fullmatch(t.value)]
    if len({t.value for t in days}) < _LISTED_DAYS or len({t.value[:4] for t in days}) > 1:
        return None
    return replace(days[0], value=days[0].value[:4],
                   span=Span(start=days[0].span.start, end=days[-1].span.end))


def _dates_clause(text: str, sent_start: int, t: TimeExpr) -> bool:
    """Whether a date before a name dates the clause the name opens, no role: it follows
    "pada" or "di" ("Pada 13 Maret 2025, Nopriansyah menerima uang", "di 2026, Menteri
    Keuangan ... menyiapkan anggaran"), in a sentence not opened by an event clause, whose
    date it is ("Setelah kembali menjabat Presiden pada Januari 2025, Trump ..."); or a day
    counted up to ("Per 27 Mei 2017, Wenger telah melahap 1.175 pertandingan": as of then;
    num31)."""
    lex = _lex()
    if not lex.clause_date.search(text, max(0, t.span.start - 12), t.span.start) \
            and not _as_of(text, t):
        return False
    opening = _FIRST_WORD.match(text, sent_start)
    return opening is None or opening.group(1).casefold() not in lex.event_clauses


def _restatements(out: list[Count], first_out: int, text: str) -> None:
    """"investasi US$ 643,8 miliar atau lebih dari Rp 10.300 triliun untuk ... periode
    2025-2029": an amount restated in other terms right after it ("atau", a bracket) is
    the same statement, over the same period, whichever of the two the period was read for;
    and money restated as a share or a share as money ("Rp 689 triliun atau 2,68% PDB,
    melebar dari ...") is the same level, reached or started from, as the other."""
    lex = _lex()
    for n in range(first_out, len(out) - 1):
        a, b = out[n], out[n + 1]
        if not all(c.currency is not None or c.unit in _MEASURED_UNITS for c in (a, b)) \
                or lex.restates.fullmatch(text, a.span.end, b.span.start) is None:
            continue
        if a.period is None and b.period is not None:
            a = out[n] = replace(a, period=b.period, period_span=b.period_span)
        elif b.period is None and a.period is not None:
            b = out[n + 1] = replace(b, period=a.period, period_span=a.period_span)
        if (a.currency is None) == (b.currency is None):
            continue
        # the one that says the change, or says it of a level, tells the other
        if a.change is not None and (b.change is None or (
                b.change == a.change and _of_level(a) and not _of_level(b))):
            said, n_other = a, n + 1
        elif b.change is not None and (a.change is None or (
                a.change == b.change and _of_level(b) and not _of_level(a))):
            said, n_other = b, n
        else:
            continue
        out[n_other] = replace(out[n_other], change=said.change, change_to=said.change_to,
                               change_from=said.change_from)


def _of_level(c: Count) -> bool:
    """Whether a change is said of the amount as a level (reached or started from)."""
    return c.change_to or c.change_from


def _respectively(toks: Sequence[_Tok], out: list[Count], first_out: int, text: str) -> None:
    """"BBCA, BMRI, BBNI, dan BBRI masing-masing mencatat kenaikan 5,00%, 6,17%, 6,32%,
    dan 5,14%": as many listed items before "masing-masing" as money or percent amounts
    after it measure one each, in order (not one shared thing)."""
    at = next((k for k, t in enumerate(toks) if t.low in _lex().respectively), None)
    if at is None:
        return
    items = _listed_before(toks, at)[::-1]
    mark = toks[at].start
    later = _unglossed([n for n in range(first_out, len(out)) if out[n].span.start > mark
                        and (out[n].currency is not None or out[n].unit in _MEASURED_UNITS)],
                       out, text)
    if not later:
        # "penjualan mobil dan penjualan motor naik 5% dan 3% masing-masing": the amounts
        # before a closing "masing-masing" take the listed subject of their change verb,
        # one each, in order, where all took its last item (numtime19)
        later = [n for n in range(first_out, len(out)) if out[n].span.end <= mark
                 and (out[n].currency is not None or out[n].unit in _MEASURED_UNITS)]
        k = next((k for k, t in enumerate(toks) if later and t.start == out[later[0]].span.start),
                 None)
        lex = _lex()
        while k is not None and k > 0 and toks[k - 1].kind == "word" and (
                toks[k - 1].low in lex.subject_changes or toks[k - 1].low in lex.adverbs
                or toks[k - 1].low in lex.auxiliaries or toks[k - 1].low in lex.worth):
            k -= 1
        items = _listed_before(toks, k)[::-1] if k is not None and k < len(toks) and any(
            toks[v].low in lex.subject_changes for v in range(k, len(toks))
            if toks[v].start < out[later[0]].span.start) else []
        whole = Span(start=items[0].start, end=items[-1].end) if items else None
        if len(later) < 2 or any(out[n].thing_span not in (None, items[-1] if items else None,
                                                           whole) for n in later):
            return
    if not items or len(items) != len(later):
        return
    for n, item in zip(later, items, strict=True):
        out[n] = replace(out[n], thing=item.of(text), thing_span=item)


def _unglossed(later: list[int], out: Sequence[Count], text: str) -> list[int]:
    """The amounts less those glossing the one before in another currency, in brackets
    right after it ("$1 miliar (Rp15,8 triliun)"): one amount said twice, not two items."""
    return [n for k, n in enumerate(later)
            if k == 0 or out[n].currency == out[later[k - 1]].currency
            or text[out[later[k - 1]].span.end:out[n].span.start].strip() != "("]


def _parts_of_wholes(toks: Sequence[_Tok], by_start: Mapping[int, int], raws: Sequence[_Raw],
                     out: list[Count], first_out: int) -> None:
    """A part naming nothing measures what its whole does: "menyumbang Rp 107 triliun dari
    Rp 234 triliun devisa pariwisata" (the whole right after it and "dari"); "Dari
    kebutuhan USD 285 miliar, Indonesia baru bisa membiayai 16%" (a percentage of the whole
    a sentence opens with)."""
    lex = _lex()
    for n in range(len(raws) - 1):
        part, whole = out[first_out + n], out[first_out + n + 1]
        gap = toks[raws[n].next_tok:by_start[raws[n + 1].start]]
        if part.thing is None and whole.thing_span is not None and len(gap) == 1 \
                and gap[0].low in lex.share_of \
                and (part.currency, part.unit) == (whole.currency, whole.unit):
            out[first_out + n] = replace(part, thing=whole.thing, thing_span=whole.thing_span)
    # (the share word opens the sentence or a clause after a comma: "Data itu menunjukkan,
    # dari sekitar 5 juta perjalanan, 30% memakai bus" (numtime9))
    opens = next((k for k, t in enumerate(toks) if t.low in lex.share_of
                  and (k == 0 or toks[k - 1].text == ",")), None) if raws else None
    if opens is None:
        return
    first_raw = next((n for n, r in enumerate(raws) if r.start > toks[opens].start), None)
    if first_raw is None or any(t.kind == "num" or t.kind == "cur" for t in toks[
            opens + 1:by_start[raws[first_raw].start]]):
        return
    whole = out[first_out + first_raw]
    comma = next((k for k in range(by_start[raws[first_raw].start], len(toks))
                  if toks[k].text == ","), None)
    if whole.thing_span is None or comma is None:
        return
    for n in range(first_out + first_raw + 1, len(out)):
        c = out[n]
        if c.thing is None and c.change is None and c.unit == "persen" \
                and c.span.start > toks[comma].start:
            out[n] = replace(c, thing=whole.thing, thing_span=whole.thing_span)


_OPENING_LEVEL = WordSet("numbers", NumbersData, "measure.opening_verbs")  # "dibuka"


def _earlier_levels_after(toks: Sequence[_Tok], by_start: Mapping[int, int],
                          raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """An amount after "sebelumnya" (or "semula", "awalnya") that follows a change in its
    sentence is the level that change started from: "berada pada level Rp 16.216 atau
    menguat 31 poin, setelah sebelumnya ditutup pada level Rp 16.247" = up from Rp 16.247.
    It measures what the changed amount does; a clause break between leaves it alone.
    The day's opening level ("sebelumnya dibuka pada level") is no start of that change
    (a day's move counts from the close before): it keeps only the thing (num25)."""
    lex = _lex()
    earlier = lex.earlier - lex.from_words
    for n in range(1, len(raws)):
        b = out[first_out + n]
        money = b.currency is not None
        if b.change is not None or (not money and b.unit not in _MEASURED_UNITS):
            continue
        at = by_start[raws[n].start]
        m = next((m for m in range(n - 1, -1, -1)
                  if out[first_out + m].change is not None
                  and (out[first_out + m].currency is not None) == money
                  and (money or out[first_out + m].unit == b.unit)), None)
        if m is None:
            continue
        gap = toks[raws[n - 1].next_tok:at]
        if len(gap) > 8 or not any(t.low in earlier for t in gap) or any(
                t.low in lex.measure_breaks or t.low in lex.report_words
                or t.text in {".", "!", "?"} for t in toks[raws[m].next_tok:at]):
            continue
        a = out[first_out + m]
        thing = b.thing_span if b.thing_span is not None else a.thing_span
        if any(t.low in _OPENING_LEVEL for t in gap):
            out[first_out + n] = replace(b, thing=a.thing if b.thing is None else b.thing,
                                         thing_span=thing)
            continue
        out[first_out + n] = replace(b, change=a.change, change_to=False, change_from=True,
                                     thing=a.thing if b.thing is None else b.thing,
                                     thing_span=thing)


def _elided_changes(toks: Sequence[_Tok], by_start: Mapping[int, int],
                    raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """An amount joined by "dan" to a changed one, with only its own thing between ("anggaran
    KL diefisiensi sebesar Rp 256,1 triliun dan transfer ke daerah (TKD) Rp 50,59
    triliun"), says the same change of that thing, the verb left out: down by too."""
    lex = _lex()
    for n in range(1, len(raws)):
        a, b = out[first_out + n - 1], out[first_out + n]
        thing = b.thing_span
        if b.change is not None or a.change is None \
                or (a.currency, a.unit) != (b.currency, b.unit) or thing is None \
                or a.thing_span == thing:
            continue
        gap = toks[raws[n - 1].next_tok:by_start[raws[n].start]]
        # "tunjangan beras naik menjadi Rp 12 juta dari Rp 10 juta, tunjangan transportasi
        # (bensin) menjadi Rp 7 juta": a list's next item says the level reached, its verb
        # left out too
        to = _after_level(gap, len(gap))
        # "..., dan inflasi menjadi 3%": a list's last item after a comma and "dan"
        lead = 2 if to and len(gap) > 2 and gap[0].text == "," \
            and gap[1].low in lex.elided_joins else 1
        body = gap[lead:len(gap) - next((len(p) for p in lex.to_level if to and tuple(
            t.low for t in gap[len(gap) - len(p):]) == p), 0)]
        joins = lex.elided_joins | ({","} if to else set())
        if len(gap) < 2 or gap[0].low not in joins or not body or body[0].start != thing.start \
                or (not to and (a.change_to or a.change_from)) \
                or not all(thing.start <= t.start and t.end <= thing.end
                           or t.text in {"(", ")"} or _acronym(t) for t in _unbracketed(body)):
            continue
        out[first_out + n] = replace(b, change=a.change, change_to=to, change_from=False)
        if to and n + 1 < len(raws):
            c = out[first_out + n + 1]
            after = toks[raws[n].next_tok:by_start[raws[n + 1].start]]
            if c.change is None and (c.currency, c.unit) == (b.currency, b.unit) \
                    and len(after) == 1 and after[0].low in lex.from_words:
                # "... menjadi Rp 7 juta dari Rp 4-5 juta": the level it rose from
                out[first_out + n + 1] = replace(c, change=a.change, change_to=False,
                                                 change_from=True)


def _unbracketed(toks: Sequence[_Tok]) -> list[_Tok]:
    """The tokens outside brackets ("tunjangan transportasi (bensin)": a gloss)."""
    out: list[_Tok] = []
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(t)
    return out


# "(APJII, 2022)": the year a source is cited by; also a year alone in brackets after a
# name ("UNESCO (2019) juga menegaskan").
_SOURCE_BEFORE = re.compile(r"(?:\([^()\n]{1,40},\s*|[A-Z][\w.]*\s?\(\s*)\Z")
_SOURCE_AFTER = re.compile(r"\s*\)")


# "(Rahayu dan Harbowo, 2023)", "Aspinall dkk (2022)", "Prihatini dan Wardani (2024": the
# year a study by named authors came out (two names, or one with "dkk"/"et al"; not an
# institution's acronym, "(APJII, 2022)", whose year dates its figure).
_AUTHORS = r"[A-Z][a-z][\w'-]*(?:\s+(?:dan|&)\s+[A-Z][a-z][\w'-]*|\s+(?:dkk|et al)\.?)"
_AUTHORS_BEFORE = re.compile(rf"(?:\(\s*{_AUTHORS}\s*,\s*|{_AUTHORS}\s*\(\s*)\Z")


def _study_year(text: str, t: TimeExpr) -> bool:
    """Whether a year is a cited study's: it dates the paper, not the amounts the
    sentence reports from it (nor the paragraph's later ones)."""
    return _AUTHORS_BEFORE.search(text, max(0, t.span.start - 60), t.span.start) is not None


def _source_year(text: str, t: TimeExpr) -> bool:
    """Whether a date is the year of a cited source ("221 juta pengguna internet (APJII,
    2022)"): it dates that figure, not the paragraph's later ones."""
    return _SOURCE_BEFORE.search(text, max(0, t.span.start - 45), t.span.start) is not None \
        and _SOURCE_AFTER.match(text, t.span.end) is not None


def _names_event(text: str, t: TimeExpr, lex: _Lex, anywhen: bool = False,
                 memo: dict[int, bool] | None = None) -> bool:
    """Whether a year names an event ("pemenang Pemilu 2024"): it dates the election, not
    the amounts of its sentence; not after a word of time ("menerima uang ... pada pemilu
    tahun 2024": the payment's time) unless `anywhen` (a period to carry to later
    sentences: "jumlah suara saat Pemilu 2024" dates the votes, not the next sentence's
    grant per vote). `memo`: the answers so far for `text` (of one `anywhen`), by start,
    as `find_numbers` asks of a date twice (resolving the times, then per sentence)."""
    if memo is not None and t.span.start in memo:
        return memo[t.span.start]
    pattern = lex.any_event if anywhen else lex.named_event
    named = pattern.search(text, max(0, t.span.start - 30), t.span.start) is not None \
        or lex.said_event.search(text, max(0, t.span.start - 40), t.span.start) is not None
    if memo is not None:
        memo[t.span.start] = named
    return named


def _case_year(text: str, end: int, t: TimeExpr, lex: _Lex) -> bool:
    """Whether a date after an amount (ending at `end`) lies in the phrase of a case the
    amount is denied a tie to, no comma apart ("uang Rp 600 juta yang mengalir ... tak
    terkait dengan kasus dugaan korupsi proyek ... pada 2005"): it dates the case, not the
    amount; money of the case keeps the act's period ("uang pengganti kerugian negara
    dalam perkara ... periode 2021-2022", seed 47's ruling)."""
    if t.span.start < end:
        return False
    cases = list(lex.case_noun.finditer(text, end, t.span.start))
    m = cases[-1] if cases else None  # (the last case named before the date)
    return m is not None and not re.search(r"[,;]", text[m.end():t.span.start]) \
        and any(w.casefold() in lex.negations for w in _WORD.findall(text, end, m.start()))


def _session_time(text: str, t: TimeExpr, lex: _Lex) -> bool:
    """Whether a day (or a part of one) is a trading session's: a session word in lower
    case among the three words before it ("pada perdagangan hari ini", "Pada pembukaan
    pagi ini")."""
    if _DAY.match(t.value) is None:
        return False  # (tested first: the words before a year or a month are not read)
    toks = _tokens(text, max(0, t.span.start - 40), t.span.start)
    return any(x.low in lex.sessions and x.text.islower() for x in toks[-3:])


# A bare year in brackets right after a capitalised word: "Pinocchio ( 1940 )" (numb28)
_TITLE_YEAR = re.compile(r"(?<![\w-])([A-Z][a-z][\w'’-]*)\s*\(\s*\Z")


@cache
def _numbered_tail() -> re.Pattern[str]:
    """The tail of a numbered document before a year: "Permendag Nomor 06/M-DAG/PER/1/2015",
    "UU Nomor 36/2009" (num30); its words of number are numbers.toml's."""
    words = trie_pattern(load("numbers", NumbersData).measure.document_number_words)
    return re.compile(rf"(?:[A-Za-z]\s*/[\w\s.-]{{0,12}}|(?i:\b{words})\s*[\d.]+\s*)/\s*\Z")


_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


def _yearless_months(times: list[TimeExpr], text: str,
                     published: date | datetime | None) -> list[TimeExpr]:
    """The times, with a month an undated text writes without its year ("pada bulan Juli",
    "Juni lalu") made unknown: the time stage fills its year with the latest the text
    names, which may be another statement's (a promise's "tahun 2018"), so it dates no
    amount (num30b)."""
    if published is not None:
        return times
    starts = {t.span.start: t.value for t in times}
    stops = {t.span.end: t.value for t in times}
    # (not an end of a span, "mulai 10 April 2017 sampai September": its other end dates it)
    return [replace(t, value="XXXX-XX", anchored=False)
            if t.type == "DATE" and _MONTH_VALUE.fullmatch(t.value)
            and _YEAR.search(text, t.span.start, t.span.end) is None
            and not _in_span(t, starts, stops, text) else t for t in times]


def _untitled(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """The times less a year a name carries in brackets ("Film Pinocchio ( 1940 )",
    "Sang Pencerah (2010)"): it tells which work or person is meant, not when an amount
    near it counts (the film's "rating 100 persen" is no 1940 rating; numb28); nor a
    year ending a document's number ("Permendag Nomor 06/M-DAG/PER/1/2015": num30)."""
    months = _lex().months
    out: list[TimeExpr] = []
    for t in times:
        if _YEAR.fullmatch(text[t.span.start:t.span.end]) and _numbered_tail().search(
                text, max(0, t.span.start - 40), t.span.start):
            continue
        m = _TITLE_YEAR.search(text, max(0, t.span.start - 40), t.span.start)
        if m is not None and _YEAR.fullmatch(text[t.span.start:t.span.end]) \
                and re.match(r"\s*\)", text[t.span.end:]) \
                and m.group(1).casefold() not in months:
            continue
        out.append(t)
    return out


def _resolved_times(times: Sequence[TimeExpr], text: str, sent_starts: Sequence[int],
                    lex: _Lex, event_years: dict[int, bool] | None = None) -> list[TimeExpr]:
    """The times as the amounts read them: a time pointing back ("kurs saat itu", "Sejak
    saat itu") is the last year or month named within the three sentences before it (not
    a year naming an election, nor a span), when one was; a part of a trading session's
    day ("Pada pembukaan pagi ini") is that day, the period of the session's quotes."""
    out: list[TimeExpr] = []
    named: list[tuple[int, TimeExpr]] = []
    spanned: tuple[int, TimeExpr] | None = None  # the last span of years or months named
    dated: tuple[int, TimeExpr] | None = None  # the last day named
    for t in times:
        k = bisect_right(sent_starts, t.span.start) - 1
        if t.value.endswith("_REF") and t.span.of(text).casefold() in lex.anaphoric:
            back = named[-1] if named and k - named[-1][0] <= 3 else None
            if spanned is not None and spanned[0] == k and (
                    back is None or back[1].span.start < spanned[1].span.start):
                back = spanned  # "sejak 2019 hingga 2022, Ketua DPRD saat itu": that span
            if dated is not None and 0 <= k - dated[0] <= 1 and (
                    back is None or back[1].span.start < dated[1].span.start):
                # "... ditangkap pada 15 Juni 2016. Bertha saat itu menyerahkan uang":
                # the day its sentence or the one just before named (numb27)
                back = dated
            if back is not None:
                t = replace(t, type=back[1].type, value=back[1].value, mod=back[1].mod)
        elif t.type == "TIME" and _DAY.match(t.value) and _session_time(text, t, lex):
            t = replace(t, type="DATE", value=t.value[:10], mod=None)
        elif t.type == "DATE" and _PERIOD.fullmatch(t.value) and "/" not in t.value \
                and not _names_event(text, t, lex, anywhen=True, memo=event_years):
            named.append((k, t))
        elif t.type == "DATE" and _PERIOD.fullmatch(t.value) and "/" in t.value:
            spanned = (k, t)
        elif t.type == "DATE" and _DAY.fullmatch(t.value):
            dated = (k, t)
        out.append(t)
    return out


def _base_of(text: str, end: int, t: TimeExpr, lex: _Lex) -> bool:
    """Whether a date right after an amount and "dari" is the base the amount is measured
    against ("pertumbuhan sebesar 726,5% dari tahun sebelumnya"): not its period; not a
    date a comparison follows, whose base comes after it (`_compared_next`)."""
    return text[end:t.span.start].strip().casefold() in lex.from_words \
        and not _compared_next(text, t, lex)


def _from_measured_time(toks: Sequence[_Tok], k: int, times: Sequence[TimeExpr], text: str,
                        lex: _Lex) -> bool:
    """Whether the "dari" at toks[k] opens a date a comparison follows ("turun 51,6 persen
    dari kuartal tiga 2016 dibanding periode yang sama tahun lalu"): the figure's own time,
    not its base (numb29)."""
    return k + 1 < len(toks) and any(t.span.start == toks[k + 1].start
                                     and _compared_next(text, t, lex) for t in times)


def _compared_next(text: str, t: TimeExpr, lex: _Lex) -> bool:
    """Whether a comparison word follows a date ("turun hingga 51,6 persen dari kuartal
    tiga 2016 dibanding periode yang sama tahun lalu"): the date after "dari" is when the
    figure was measured, the base is the one compared with after it (numb29)."""
    m = _WORD.search(text, t.span.end, t.span.end + 30)
    return m is not None and not text[t.span.end:m.start()].strip(" ,") \
        and _unglued(m.group(0).casefold(), lex) in lex.comparisons


def _base_date(text: str, sent_start: int, t: TimeExpr, compared: bool = False) -> bool:
    """Whether a date is the base of a comparison in its sentence: after "dibandingkan"
    (and the like) or after "dari" or "terhadap" that follows a change ("naik 25,6% dari
    penyaluran di April 2024", "menurun 0,46% poin terhadap Maret 2024"), with no clause
    break between; such a date is no period to carry on. With `compared`, only after
    "dibandingkan" and the like (`_compared_date`)."""
    lex = _lex()
    words = [_unglued(w.casefold(), lex)  # (only the last 12 words are read)
             for w in _WORD.findall(text, sent_start, t.span.start)[-12:]]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in lex.measure_breaks:
            return False
        if w in lex.comparisons:
            return True
        if compared:
            continue
        if w in lex.effective_from:
            return False  # "... dari Cina mulai bulan depan": when it applies, no base
        if (w in lex.from_words or w in lex.against) and (
                any(_change_word(x) in lex.moves for x in words[max(0, k - 6):k])
                or (k >= 2 and words[k - 2] in lex.comparatives)) \
                and not _compared_next(text, t, lex):
            return True  # "naik 5% dari ...", "lebih rendah dari periode yang sama tahun lalu"
            # (not the qualifier "lebih dari 60% pada 2025")
        if any(k + 1 >= len(b) and tuple(words[k + 1 - len(b):k + 1]) == b
               for b in lex.base_phrases):
            return True  # "periode yang sama tahun lalu" names the base of a comparison
    return False


_EFFECT_REACH = 6  # words past "dari"/"terhadap" a word of taking effect may stand at


def _takes_effect_after(toks: Sequence[_Tok], k: int, lex: _Lex) -> bool:
    """Whether a word of taking effect ("mulai") follows the "dari"/"terhadap" at toks[k]
    within a few words, no break between ("tarif 100% terhadap impor dari Cina mulai bulan
    depan"): what it opens is what the amount applies to, the date after it its period."""
    for t in toks[k + 1:k + 1 + _EFFECT_REACH]:
        if t.low in lex.effective_from:
            return True
        if t.low in lex.measure_breaks or t.kind != "word":
            return False
    return False


def _base_after(text: str, end: int, t: TimeExpr, lex: _Lex) -> bool:
    """Whether a date after a change's amount names the base it is measured against: a
    comparison word, or "dari" right after the amount, between them with no break or
    number ("naik 8,6% dibandingkan outlook pembayaran bunga utang pada 2025": 2025 is
    the base, not the period of the rise; numtime6)."""
    between = text[end:t.span.start]
    if any(c.isdigit() for c in between):
        return False
    words = [_unglued(w.casefold(), lex) for w in _WORD.findall(between)]
    if any(w in lex.measure_breaks or w in lex.effective_from for w in words):
        return False  # (not "... dari Cina mulai bulan depan": when it applies)
    return bool(words) and ((words[0] in lex.from_words and not _compared_next(text, t, lex))
                            or any(w in lex.comparisons for w in words))


_GLUE_REST = 4  # letters after a comparison word glued to the next words, at least


def _unglued(w: str, lex: _Lex) -> str:
    """A comparison word glued to the words after it by a lost space ("dibandingkanoutlook
    pembayaran", "darioutlookpembayaran": the cleaned text of an italic word), else `w`."""
    if not w.startswith(lex.glue_heads):  # most words: one call in C, no loop
        return w
    for c in (*lex.comparisons, *lex.from_words):
        if " " not in c and len(w) >= len(c) + _GLUE_REST and w.startswith(c) \
                and w[len(c):].isalpha():
            return c
    return w


def _compared_date(text: str, sent_start: int, t: TimeExpr) -> bool:
    """Whether a date is named as what something is compared with ("dibandingkan periode
    yang sama tahun sebelumnya (Maret 2024)"), with no clause break between; not a date
    after a counterpart ("menguat terhadap rupiah pada penutupan perdagangan hari ini")."""
    return _base_date(text, sent_start, t, compared=True)


def _compared_at(memo: dict[int, bool], text: str, sent_start: int, t: TimeExpr) -> bool:
    """`_compared_date` of a date of the sentence at `sent_start`, read once per date (in
    `memo`, by its start) rather than once per amount of the sentence."""
    if t.span.start not in memo:
        memo[t.span.start] = _compared_date(text, sent_start, t)
    return memo[t.span.start]


_WORD = re.compile(r"\w+")
# "Kemarin sudah dipaparkan ... bahwa batas maksimum 39,96%": a time before "bahwa" dates
# the saying, not what was said
_SAID_THAT = re.compile(r"(?i)(?<!\w)bahwa(?!\w)")
# "dari" (or "dari level") right before a level left
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)dari\s+(?:(?:level|angka|posisi)\s+)?(?:sebesar\s+)?\Z")


def _new_predicate(toks: Sequence[_Tok], j: int) -> bool:
    """Whether toks[j] joins a new predicate to the clause: "dan tengah berupaya",
    "serta menargetkan"."""
    lex = _lex()
    if toks[j].low not in lex.joins or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.kind == "word" and (nxt.low in lex.auxiliaries or (
        nxt.text[0].islower() and _verb_like(nxt.low)))


_OPENS = re.compile(r"[\s,:]*")


def _gap_end(text: str, pos: int) -> int:
    """Where the spaces, commas and colons from `pos` on end."""
    gap = _OPENS.match(text, pos)
    return pos if gap is None else gap.end()


def _starts_within(starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a value of the sorted `starts` lies in [lo, hi]."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] <= hi


def _right_after(toks: Sequence[_Tok], prev: _Raw, date: Span,
                 first: int) -> bool:
    """Whether a date closes the amount before: it follows that amount with at most one
    word between, and a join stands between it and the amount at toks[first] ("US$ 80
    miliar tahun ini dan meningkat jadi US$ 100 miliar"; not "Rp 16 triliun, tahun 2024
    Rp 18 triliun", where the date opens the next item)."""
    lex = _lex()
    at = next((k for k in range(prev.next_tok, first) if toks[k].start >= date.start), None)
    if at is None or toks[at].start != date.start:
        return False
    gap = [t for t in toks[prev.next_tok:at] if t.text != ","]
    if len(gap) > 3 or (len(gap) > 1 and any(
            t.kind != "word" or not t.text.islower() or _verb_like(t.low) for t in gap)):
        return False  # "Rp 3,6 miliar untuk tahun anggaran 2022, serta ...": its purpose's year
    end = next((k for k in range(at, first) if toks[k].start >= date.end), first)
    return any(t.low in lex.joins or t.low in lex.measure_breaks for t in toks[end:first])


_LEVEL_OPENERS = frozenset({"yakni", "yaitu", ",", ":"})


def _bare_from_levels(toks: Sequence[_Tok], by_start: Mapping[int, int],
                      raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """"penurunan kemiskinan di desa lebih besar, yakni 11,34 persen menjadi 11,03%": a level
    of the same measure right before "menjadi" and the level a change reached, opening its
    clause with no change word before it and lying on the far side of the change (above a
    fall's end, below a rise's), is the level the change started from, as after "dari"; the
    period said for the level reached is not its own (numtime18). Not "turun 0,31 persen
    menjadi 11,03%", where a change word says the amount is the fall."""
    for n in range(len(raws) - 1):
        a, b = out[first_out + n], out[first_out + n + 1]
        if not b.change_to or a.change != b.change or a.change_from or a.change_to \
                or (a.currency, a.unit) != (b.currency, b.unit) \
                or a.value is None or b.value is None or a.low is not None:
            continue
        if not (a.value > b.value if a.change == "down" else a.value < b.value):
            continue
        at = by_start[raws[n].start]
        gap = toks[raws[n].next_tok:by_start[raws[n + 1].start]]
        if toks[at].kind not in ("num", "cur") or at == 0 \
                or toks[at - 1].low not in _LEVEL_OPENERS \
                or [t.low for t in gap] not in (["menjadi"], ["jadi"]):
            continue
        period = a.period if a.period != b.period or _YEAR_SPAN.fullmatch(a.period or "") \
            else None
        out[first_out + n] = replace(a, change_from=True, period=period,
                                     period_span=a.period_span if period else None)


_YEAR_SPAN = re.compile(r"(\d{4})/(\d{4})")


def _spans_of_from_to(toks: Sequence[_Tok], by_start: Mapping[int, int],
                      raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """A level a change started from and the level it reached, said over a span of years,
    are the span's first and last years ("pada periode 2013 hingga 2024, ... dari awalnya
    US$ 15 miliar, kini menjadi US$ 25,1 miliar": 2013 and 2024, "kini" only marking the
    latest yearly figure); a rate said just before that pair, with no change or the pair's
    ("sebesar 119 persen, dari Rp700 triliun pada 2013 naik menjadi Rp1.532 triliun pada
    2024") is the change between them, over the span (numtime18)."""
    lex = _lex()
    for n in range(len(raws) - 1):
        a, b = out[first_out + n], out[first_out + n + 1]
        if not (a.change_from and b.change_to and a.change is not None
                and a.change == b.change):
            continue
        span = _YEAR_SPAN.fullmatch(a.period or "")
        if span is not None and b.period in (a.period, "PRESENT_REF", None):
            a = out[first_out + n] = replace(a, period=span.group(1))
            b = out[first_out + n + 1] = replace(b, period=span.group(2))
        if n == 0:
            continue
        r = out[first_out + n - 1]
        gap = [t for t in toks[raws[n - 1].next_tok:by_start[raws[n].start]] if t.text != ","]
        if r.change not in (None, a.change) or r.period not in (None, a.period) \
                or r.unit != "persen" or a.currency is None \
                or b.currency is None or not gap or gap[0].low not in lex.from_words \
                or any(t.low not in lex.earlier for t in gap):
            continue
        years = [p for p in (a.period, b.period) if p is not None and p.isdigit()]
        period = "/".join(years) if len(years) == 2 and years[0] < years[1] else r.period
        out[first_out + n - 1] = replace(r, change=a.change, period=period,
                                         period_span=r.period_span if period == r.period
                                         else None)


def _is_year_tok(t: _Tok) -> bool:
    """A four-digit year ("2013") as one number token."""
    y = _four_digits(t)
    return y is not None and 1900 <= y <= 2100


def _moved_from(words: Sequence[_Tok]) -> bool:
    """Whether `words` are a change and "dari" opening the few words naming its earlier
    level ("melebar dari rancangan sebelumnya")."""
    lex = _lex()
    return 2 <= len(words) <= 5 and _change_word(words[0].low) in lex.moves \
        and words[1].low in lex.from_words and all(t.kind == "word" for t in words)


def _after_clause(between: Sequence[_Tok]) -> list[_Tok]:
    """The words after the last comma of `between`, less the conjunction opening them
    ("54 persen rakyat yang puas ..., atau turun dari angka ..."): a clause of its own
    after the amount's; none when no comma stands there or a clause break does."""
    lex = _lex()
    commas = [i for i, t in enumerate(between) if t.text == ","]
    if not commas or any(t.low in lex.measure_breaks or t.text in {".", "!", "?", ";"}
                         for t in between):
        return []
    return list(dropwhile(lambda t: t.low in lex.joins, between[commas[-1] + 1:]))


def _levels_before_changes(toks: Sequence[_Tok], by_start: Mapping[int, int],
                           raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """An amount followed by the change that led to it is the level reached: "ekuitas
    Rp 201,1 triliun, mengalami penurunan 14,28%" = down to Rp 201,1 triliun. Only
    function words and the change word may stand between them. After "dari" or
    "sebelumnya" it is the level the change started from: "dari Rp 2.250 turun menjadi
    Rp 1.800" = down from Rp 2.250."""
    lex = _lex()
    for n in range(len(raws) - 1):
        a, b = out[first_out + n], out[first_out + n + 1]
        at = by_start[raws[n].start]
        # "yang sebelumnya Rp 71 triliun, ditambah ...": the level before, up from it
        since = at > 0 and toks[at - 1].low in lex.earlier
        if a.change is not None or (b.change_to and not since) \
                or (a.currency is None and a.unit not in _MEASURED_UNITS):
            continue
        said = b.change
        if said is None:  # "kini USD 346 miliar, turun dari USD 361 miliar": down to
            gap = toks[raws[n].next_tok:by_start[raws[n + 1].start]]
            words = [t for t in gap if t.text != ","]
            if len(words) == 2 and words[1].low in lex.from_words:
                low = _change_word(words[0].low)
                said = "up" if low in lex.up else "down" if low in lex.down else None
            elif len(words) == 1 and b.currency is None and b.unit not in _MEASURED_UNITS:
                # "10,31 persen, turun sekitar 5,91 ribu orang": a count's fall, which the
                # stage leaves unmeasured, still makes the share before it the level reached
                # (numtime24)
                low = _change_word(words[0].low)
                said = "up" if low in lex.up else "down" if low in lex.down else None
        if said is None:
            continue
        between = toks[raws[n].next_tok:by_start[raws[n + 1].start]]
        # "dari awalnya Rp700 triliun pada 2013 naik menjadi ...": the year the level
        # was read in stands between it and its change (numtime18)
        words = [t for t in between if t.text != "," and not (
            since and t.kind == "num" and _is_year_tok(t))]
        if b.change_from and not since:
            # "Rp 689 triliun atau 2,68% terhadap PDB, melebar dari rancangan sebelumnya
            # Rp 638,8 triliun": the level a change reached, said before the change and
            # the level it started from (past the base of a ratio, its bracketed
            # abbreviation, and the few words naming the earlier level)
            rest = list(dropwhile(lambda t: t.low in lex.ratio_words or t.text in "()",
                                  words))
            if _moved_from(rest) or _moved_from(_after_clause(between)):
                out[first_out + n] = replace(a, change=said, change_to=True)
                continue
        if not words or len(words) > 4 or not any(
                _change_word(t.low) in lex.moves for t in words) or any(
                t.kind != "word" or not (t.low in lex.stop or _verb_like(t.low)
                                         or _change_word(t.low) in lex.moves)
                for t in words):
            continue
        out[first_out + n] = replace(a, change=said, change_to=not since, change_from=since)


_THEN_PHRASES = WordSet("numbers", NumbersData, "measure.then_phrases")  # "minggu lalu"
_ONCE = WordSet("numbers", NumbersData, "measure.once_words")  # "pernah mencapai"
_NOW_PHRASES = WordSet("numbers", NumbersData, "measure.now_phrases")  # "hari ini"


def _phrase_in(toks: Sequence[_Tok], lo: int, hi: int, phrases: WordSet) -> bool:
    """Whether one of `phrases` (words joined by spaces) stands within toks[lo:hi]."""
    words = [t.low for t in toks[lo:hi]]
    return any(" ".join(words[i:j]) in phrases
               for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1))


def _then_and_now(toks: Sequence[_Tok], by_start: Mapping[int, int],
                  raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """"anggaran semula sekitar Rp 29 miliar, kini hanya tersisa sekitar Rp 14,4 miliar":
    a level said after a "then" word (no amount between) and the next amount of its kind
    said after a "now" word, neither with a change of its own, are a change from the first
    to the second, up or down as the values go. The first keeps no period the "now" word
    after it gave ("kini" is the second level's time)."""
    lex = _lex()
    for n in range(len(raws) - 1):
        a, b = out[first_out + n], out[first_out + n + 1]
        if a.change is not None or b.change is not None \
                or (a.currency, a.unit) != (b.currency, b.unit) \
                or (a.currency is None and a.unit not in _MEASURED_UNITS):
            continue
        at_a, at_b = by_start[raws[n].start], by_start[raws[n + 1].start]
        lo = raws[n - 1].next_tok if n > 0 else max(0, at_a - lex.window)
        gap = toks[raws[n].next_tok:at_b]
        # ("dari 10,82 persen sekarang sudah 10,31 persen": "dari" right before the first
        # level says then as well; numtime24)
        then = any(t.low in lex.then_words for t in toks[max(lo, at_a - 10):at_a]) \
            or (at_a > lo and toks[at_a - 1].low in lex.from_words)
        now = any(t.low in lex.now_words for t in gap)
        if not (then and now):
            # "Minggu yang lalu sudah sekitar 89 persen warga ..., mungkin hari ini sudah
            # sampai 90 persen": a past time phrase before the first level and a phrase of
            # today between them, the same thing measured (num34)
            then = then or _phrase_in(toks, max(lo, at_a - 10), at_a, _THEN_PHRASES)
            now = now or _phrase_in(toks, raws[n].next_tok, at_b, _NOW_PHRASES)
            if not (then and now) or (a.thing is not None and b.thing is not None
                                      and _head_word(a.thing) != _head_word(b.thing)) \
                    or any(t.low in _ONCE for t in toks[max(lo, at_a - 3):at_a]):
                continue  # ("yang kemarin pagi pernah mencapai": a peak once reached,
                # no level a change started from; seed 48's judge)
        if any(t.low in lex.measure_breaks or t.text in {".", "!", "?"} for t in gap):
            continue
        x = a.value if a.value is not None else a.high
        y = b.value if b.value is not None else b.high
        if x is None or y is None or x == y:
            continue
        moved: Change = "up" if y > x else "down"
        period_after = a.period_span is not None and a.period_span.start >= a.span.end
        out[first_out + n] = replace(
            a, change=moved, change_to=False, change_from=True,
            period=None if period_after else a.period,
            period_span=None if period_after else a.period_span)
        out[first_out + n + 1] = replace(b, change=moved, change_to=True, change_from=False)


def _returned_levels(toks: Sequence[_Tok], by_start: Mapping[int, int],
                     raws: Sequence[_Raw], out: list[Count], first_out: int) -> None:
    """"sempat menembus level Rp 16.865/US$, sedangkan per 30 Juni 2025 sudah mampu kembali
    ke level Rp 16.235/US$": a level of no change of its own right after "kembali" and a
    level phrase, after an earlier level of its kind in the sentence, is the level a change
    reached, down or up as the values go (the earlier level keeps what it was)."""
    lex = _lex()
    for n in range(1, len(raws)):
        a, b = out[first_out + n - 1], out[first_out + n]
        if b.change is not None or (a.currency, a.unit) != (b.currency, b.unit) \
                or (a.currency is None and a.unit not in _MEASURED_UNITS):
            continue
        at_b = by_start[raws[n].start]
        if not any(at_b - len(p) - 1 >= 0 and toks[at_b - len(p) - 1].low in lex.returns
                   and tuple(t.low for t in toks[at_b - len(p):at_b]) == p
                   for p in lex.to_level):
            continue
        x = a.value if a.value is not None else a.high
        y = b.value if b.value is not None else b.high
        if x is None or y is None or x == y:
            continue
        out[first_out + n] = replace(b, change="up" if y > x else "down", change_to=True,
                                     change_from=False)


@cache
def _return_cue() -> re.Pattern[str]:
    """A verb of returning or steadying right before "ke" or a level phrase, closing the
    text before an amount: "bisa stabilkan ke ", "kembali ke level "."""
    lex = _lex()
    verbs = "|".join(sorted((re.escape(w) for w in lex.returns), key=len, reverse=True))
    levels = "|".join(sorted((r"\s+".join(map(re.escape, p)) for p in [("ke",), *lex.to_level]),
                             key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:{levels})\s+\Z", re.IGNORECASE)


_RETURN_REACH = 40  # characters back from an amount to the return verb before it
_NOW_LEVEL = re.compile(r"(?<!\w)(?:saat ini|kini|sekarang)(?!\w)", re.IGNORECASE)
_NOW_REACH = 120  # characters from a returned level to the "now" level said after it


def _returned_across(out: list[Count], text: str) -> None:
    """"hari ini kami bisa stabilkan ke Rp 16.400" after "pernah mencapai Rp 16.560" a
    sentence before, in the paragraph: a level returned or steadied to, of no change of its
    own, is a change to it from the level of its kind before it in the paragraph, down or
    up as the values go; the first of its kind there returns from the level said right
    after it as now's ("bisa kembali ke level Rp 16.300. Saat ini ... Rp 16.383")."""
    cue = _return_cue()
    for n, b in enumerate(out):
        if b.change is not None or (b.currency is None and b.unit not in _MEASURED_UNITS):
            continue
        if not cue.search(text, max(0, b.span.start - _RETURN_REACH), b.span.start):
            continue
        a = out[n - 1] if n > 0 else None
        if a is not None and ((a.currency, a.unit) != (b.currency, b.unit)
                              or "\n" in text[a.span.end:b.span.start]):
            a = None
        if a is None and n + 1 < len(out):
            c = out[n + 1]
            gap = text[b.span.end:c.span.start]
            if (c.currency, c.unit) == (b.currency, b.unit) and len(gap) <= _NOW_REACH \
                    and "\n" not in gap and _NOW_LEVEL.search(gap):
                a = c
        if a is None:
            continue
        x = a.value if a.value is not None else a.high
        y = b.value if b.value is not None else b.high
        if x is None or y is None or x == y:
            continue
        # (a level naming no thing is a level of what the one it is counted from measures:
        # "agar rupiah bisa kembali ke level Rp 16.300. Saat ini rupiah berada di level
        # Rp 16.383": the rupiah's; numtime11)
        shared = b.thing is None and a.thing is not None
        out[n] = replace(b, change="up" if y > x else "down", change_to=True,
                         change_from=False, thing=a.thing if shared else b.thing,
                         thing_span=a.thing_span if shared else b.thing_span)


# "Stimulus ekonomi kuartal IV diperbesar jumlahnya.": a sentence that says its subject's
# amount changed, naming no amount, ended by a word for that amount (`referring`)
_ANNOUNCING = re.compile(r"\W*(?P<subject>[^\W\d][^,;:.!?\"“”]{2,80}?)\s+(?P<verb>\w+)\s+"
                         r"(?P<ref>\w+)\s*[.!]?[\s\"”]*\Z")
_OPENING = re.compile(r"[\s\"“]*")


def _announced_sums(out: list[Count], text: str, sent_starts: Sequence[int]) -> None:
    """"Stimulus ekonomi kuartal IV diperbesar jumlahnya. Rp 30 triliun dari APBN dikucurkan
    untuk ...": money opening a sentence, naming no thing and no change, right after a
    sentence of its paragraph that says a change of its subject's amount ("jumlahnya",
    "nilainya") and names none, is that change: the subject's, up or down (numtime13)."""
    lex = _lex()
    for n, c in enumerate(out):
        if c.currency is None or c.thing is not None or c.change is not None:
            continue
        k = bisect_right(sent_starts, c.span.start) - 1
        if k < 1 or _OPENING.fullmatch(text, sent_starts[k], c.span.start) is None:
            continue
        prev = sent_starts[k - 1]
        if "\n" in text[prev:sent_starts[k]] or (n > 0 and out[n - 1].span.end > prev):
            continue  # another paragraph, or the sentence before names an amount itself
        m = _ANNOUNCING.fullmatch(text, prev, sent_starts[k])
        if m is None or m.group("ref").casefold() not in lex.referring:
            continue
        verb = _change_word(m.group("verb").casefold())
        if verb not in lex.moves:
            continue
        out[n] = replace(c, thing=m.group("subject"),
                         thing_span=Span(start=m.start("subject"), end=m.end("subject")),
                         change="up" if verb in lex.up else "down", change_to=False,
                         change_from=False)


# "Keputusan ini diambil dalam Rapat Dewan Gubernur ... pada 16-17 September 2025": a
# sentence opening with a decision noun pointing back, and one going on with the same act
# ("Tak hanya BI Rate, BI juga memangkas ...") (numtime16)
_DECISION_NOUN = r"[\s\"“]*(?:keputusan|kebijakan|penetapan|putusan)"
_DECISION_BACK = re.compile(_DECISION_NOUN + r"\s+(?:ini|itu|tersebut)\b", re.IGNORECASE)
# "Kebijakan penetapan HET untuk tiga komoditas ini akan berlaku mulai ...": the decision
# named with what it sets, then pointed back at (num27)
_DECISION_NAMED_BACK = re.compile(_DECISION_NOUN + r"\b[^.!?\n]{0,60}?\s(?:ini|itu|tersebut)\b",
                                  re.IGNORECASE)
_RUNS_FROM = re.compile(r"(?<!\w)(?:mulai|sejak|hingga|sampai|per|berlaku)\s+(?:tanggal\s+|"
                        r"(?:hari\s+)?\w+\s*)?\Z", re.IGNORECASE)
_GOES_ON = re.compile(r"[\s\"“]*(?:tak|tidak)\s+hanya\b[^.!?]*?\bjuga\b", re.IGNORECASE)


def _effective_periods(out: list[Count], text: str, times: Sequence[TimeExpr],
                       sent_starts: Sequence[int]) -> None:
    """"... HET untuk gula sebesar Rp 12.500 per kg, ... Rp 11.000 per liter.\nKebijakan
    penetapan HET untuk tiga komoditas ini akan berlaku mulai 10 April 2017 sampai
    September": a decision the next sentence (the next paragraph's first too) points back
    at by its noun and a demonstrative, said to run from one date to another, dates the
    undated, unchanged amounts of the sentence before with the span it applies over (the
    seed-60 ruling; num27). Not a start alone, an open span (numtime16)."""
    if not any(c.period is None for c in out):
        return
    starts = [t.span.start for t in times]
    for k in range(1, len(sent_starts)):
        at = sent_starts[k]
        m = _DECISION_NAMED_BACK.match(text, at)
        if m is None:
            continue
        hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
        runs = [t for t in times[bisect_left(starts, m.end()):bisect_left(starts, hi)]
                if t.type == "DATE" and _RUNS_FROM.search(
                    text, max(at, t.span.start - 25), t.span.start) is not None]
        if len(runs) != 2:
            continue  # an open start ("berlaku mulai 1 April") bounds no period (numtime16)
        value = "/".join(t.value for t in runs)
        lo = sent_starts[k - 1]
        for n, c in enumerate(out):
            if lo <= c.span.start < at and c.period is None and c.change is None:
                out[n] = replace(c, period=value, period_span=runs[0].span)


def _decided_periods(out: list[Count], text: str, times: Sequence[TimeExpr],
                     sent_starts: Sequence[int]) -> None:
    """"BI menurunkan suku bunga acuan sebesar 25 bps menjadi 4,75%. Keputusan ini diambil
    dalam RDG pada 16-17 September 2025.": the day the next sentence says a decision pointing
    back at them was taken (a meeting's last day) dates the undated amounts of the sentence
    before, and those of a sentence of the same paragraph going on with the same act ("Tak
    hanya X, ... juga ...") naming no time of its own. Not a level changed from. (numtime15
    found a period of the next sentence in general wrong 34 times in 38: only this.)"""
    if not any(c.period is None for c in out):
        return
    starts = [t.span.start for t in times]
    order = sorted(range(len(out)), key=lambda n: out[n].span.start)
    out_starts = [out[n].span.start for n in order]
    for k in range(1, len(sent_starts)):
        at = sent_starts[k]
        if _DECISION_BACK.match(text, at) is None:
            continue
        hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
        # (the day it was taken, not one it runs from or to: "berlaku mulai 1 Januari")
        days = [t for t in times[bisect_left(starts, at):bisect_left(starts, hi)]
                if t.type == "DATE" and _DAY.fullmatch(t.value) and _RUNS_FROM.search(
                    text, max(at, t.span.start - 25), t.span.start) is None]
        if not days:
            continue
        day = days[-1]
        lo = sent_starts[k - 1]
        if "\n" in text[lo:at].rstrip():
            continue  # the decision of another paragraph
        spans = [(lo, at)]
        if k + 1 < len(sent_starts):
            nxt_hi = sent_starts[k + 2] if k + 2 < len(sent_starts) else len(text)
            # (a look-up of the times inside the next sentence, not a scan of all the
            # times after it: numtime17)
            if _GOES_ON.match(text, hi) is not None \
                    and bisect_left(starts, hi) == bisect_left(starts, nxt_hi):
                spans.append((hi, nxt_hi))
        for a, b in spans:
            for n in order[bisect_left(out_starts, a):bisect_left(out_starts, b)]:
                c = out[n]
                if c.period is None and not c.change_from and a <= c.span.start < b:
                    out[n] = replace(c, period=day.value, period_span=day.span)
    # "memangkas BI-Rate sebesar 25 bps menjadi 5,25% berdasarkan hasil Rapat Dewan
    # Gubernur (RDG) tanggal 15-16 Juli 2025": the meeting's last day, said after the
    # amounts in their own sentence, dates those naming no time (numtime20); looked for
    # only after an undated amount, in its sentence
    undated: dict[int, int] = {}  # sentence index -> the end of its first undated amount
    for c in out:
        if c.period is None and not c.change_from:
            undated.setdefault(bisect_right(sent_starts, c.span.start) - 1, c.span.end)
    for k, after in undated.items():
        at = sent_starts[k] if k >= 0 else 0
        hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
        m = _MEETING.search(text, after, hi)
        if m is None:
            continue
        days = [t for t in times[bisect_left(starts, m.end()):bisect_left(starts, hi)]
                if t.type == "DATE" and _DAY.fullmatch(t.value)
                and t.span.start - m.end() <= _MEETING_REACH]
        if not days or _RUNS_FROM.search(text, max(at, days[0].span.start - 25),
                                         days[0].span.start) is not None:
            continue
        day = days[-1]
        for n in order[bisect_left(out_starts, at):bisect_left(out_starts, m.start())]:
            c = out[n]
            if c.period is None and not c.change_from:
                out[n] = replace(c, period=day.value, period_span=day.span)


# a central bank's policy meeting, which decides its rates ("Rapat Dewan Gubernur (RDG)",
# "FOMC"; not a hearing or cabinet session where figures are only said), and how far after
# its name the day it was held may stand
_MEETING = re.compile(r"\b(?:[Rr]apat\s+[Dd]ewan\s+[Gg]ubernur|RDG(?:\s+[Bb]ulanan)?|FOMC|"
                      r"[Rr]apat\s+[Kk]ebijakan\s+[Mm]oneter)\b")
_MEETING_REACH = 60


_REPEAT_REACH = 800  # characters back to the sum a bare repetition of it repeats (numtime13)


def _repeated_sums(out: list[Count], text: str) -> None:
    """"hari ini saldonya ada Rp 990 miliar ... Rp 990 miliar itu belum terserap": money naming
    no thing and no change that repeats, to the rupiah, a sum said of a thing shortly before
    is that sum again (a pointed-back restatement): that thing's, and over its period when
    it names none and follows it closely (`_ANAPHOR_REACH`: farther on, the same sum may be
    another event's); so too when the paragraph gave it that very thing. A sum a
    demonstrative points at ("Rp 13 T ini", "Rp 990 miliar itu") is the one said before
    however far back, over a thing carried to it from another sentence. Not an amount
    restating the one right before it in other terms ("setiap US$ 1 atau Rp 16.575": what
    the dollar is worth, whatever an earlier Rp 16.575 measured); not a range, which many
    sums share (numtime13)."""
    lex = _lex()
    last: dict[tuple[str | None, float | None, float | None, float | None], int] = {}
    shares: dict[tuple[str | None, float | None], int] = {}  # by figure, however hedged
    for n, c in enumerate(out):
        if c.value is None or (c.currency is None and c.unit != "persen"):
            continue  # (a range, "antara USD 5 ribu hingga USD 15 ribu", brackets many sums)
        # "Jadi Rp 13 triliun ini kita bisa membangun ...": a sum pointed at by a
        # demonstrative is the one said before, however far back, over a thing carried
        # from another sentence ("Tiap desa itu anggarannya Rp 22 miliar."); so is a share
        # ("Padahal 10 persen itu ...", num28), which is only ever pointed back at
        pointed = lex.period_demonstrated.match(text, c.span.end) is not None
        key = (c.currency or c.unit, c.value, c.low, c.high)
        m = last.get(key) if c.currency is not None or pointed else None
        share = (c.unit, c.value) if c.currency is None and c.low is None else None
        if m is None and c.thing is None and c.change is None and share in shares \
                and _next_sentence(text, out[shares[share]].span.end, c.span.start):
            m = shares[share]  # a bare share restating the last sentence's (num31b),
            # however hedged ("hampir 80 persen ... sekitar 80 persen")
        carried = c.thing_span is not None and c.thing_span.end <= c.span.start \
            and _SENTENCE_END.search(text, c.thing_span.end, c.span.start) is not None
        # (a pointed-back sum may say the same change again: "dipangkas Rp 218 miliar ...
        # berkurangnya Rp 218 M ini", numtime16)
        if m is not None and (c.change is None or (pointed and c.change == out[m].change
                                                   and c.thing is None)) and (c.thing is None or (
                c.period is None and c.thing_span == out[m].thing_span) or (
                pointed and carried)) \
                and (pointed or c.span.start - out[m].span.end <= _REPEAT_REACH) \
                and not (n > 0 and lex.restates.fullmatch(
                    text, out[n - 1].span.end, c.span.start) is not None):
            d = out[m]
            near = c.period is None and c.span.start - d.span.end <= _ANAPHOR_REACH
            c = out[n] = replace(c, thing=d.thing, thing_span=d.thing_span,
                                 period=d.period if near else c.period,
                                 period_span=d.period_span if near else c.period_span)
        if c.thing is not None:
            last[key] = n
            if share is not None:
                shares[share] = n


def _next_sentence(text: str, end: int, start: int) -> bool:
    """Whether `start` lies in the sentence right after the one `end` closes: "hampir 80
    persen bahan ... dari negara asalnya. Kami ... maka itu sekitar 80 persen kami impor":
    a share naming nothing that says again, so soon, the share just said of a thing is
    that share again (num31b); farther on, the same share may measure anything."""
    return len(_SENTENCE_END.findall(text, end, start)) == 1


_BACK_REACH = 4  # words a change noun's thing may take before the demonstrative after it


def _change_pointed_back(text: str, lo: int, hi: int) -> tuple[str, set[str], int] | None:
    """The first change noun in [lo, hi) whose thing, one to four words, a demonstrative
    closes ("Penurunan suku bunga ini terjadi di paruh kedua tahun ini.", "... mengatakan
    penurunan harga ini berlaku mulai hari ini"): its direction, the thing's words and where
    the demonstrative ends (period24)."""
    lex = _lex()
    toks = _tokens(text, lo, hi)
    for i, t in enumerate(toks):
        way = _direction(t.text)
        if way is None or t.kind != "word" or not any(
                t.low.startswith(a) and t.low.endswith(b) for a, b in lex.change_noun_confixes):
            continue
        for j in range(i + 1, min(i + 1 + _BACK_REACH, len(toks))):
            if toks[j].kind != "word":
                break  # (the thing is words only, no comma or bracket)
            shown = lex.period_demonstrated.match(text, toks[j].end)
            if shown is not None:
                return way, {u.low for u in toks[i + 1:j + 1]}, shown.end()
    return None


def _dated_restatements(out: list[Count], text: str) -> None:
    """"Dari kebutuhan USD 285 miliar, ... \n... membutuhkan sekitar US$285 miliar untuk
    mencapai NDC pada tahun 2030": money naming no period, said again to the unit shortly
    after (`_ANAPHOR_REACH`) of a thing of the same head word and with the same change, by
    a statement that dates it by a period (a year, month, quarter, half or span of them),
    is that sum over that period. Not a range (many sums share one); not a share (a
    figure many things can take); not a sum a demonstrative points back at ("Rp 13 T
    ini"), which is the one said before."""
    pointed = _lex().period_demonstrated
    for n, c in enumerate(out):
        if c.period is not None or c.currency is None or c.value is None or c.thing is None \
                or pointed.match(text, c.span.end) is not None:
            continue
        head = _head_word(c.thing)
        for d in out[n + 1:]:
            if d.span.start - c.span.end > _ANAPHOR_REACH:
                break
            if d.currency == c.currency and (d.value, d.low, d.high) == (
                    c.value, c.low, c.high) and d.change == c.change:
                # (a period, not a day: the day of handing over is no day of the asking)
                if d.period is not None and _PERIOD.fullmatch(d.period) \
                        and d.thing is not None and _head_word(d.thing) == head:
                    out[n] = replace(c, period=d.period, period_span=d.period_span)
                break  # (the first restatement is the one that says it again)


def _head_word(thing: str) -> str:
    """A thing's first word without the possessive "-nya" ("bunganya" -> "bunga")."""
    first = thing.split()[0].casefold()
    return first[:-3] if first.endswith("nya") and len(first) > 5 else first


def _direction(word: str) -> str | None:
    """"up" or "down" for a change word, else None."""
    lex = _lex()
    low = _change_word(word.casefold())
    return "up" if low in lex.up else "down" if low in lex.down else None


def _one_period(times: Sequence[TimeExpr], starts: Sequence[int], lo: int,
                hi: int, text: str = "") -> TimeExpr | None:
    """The one calendar period (a year, half, quarter or month) named in [lo, hi), if
    exactly one value is named there and no other time; given `text`, also a day a change
    runs from ("berlaku mulai hari ini"), not one it was said on."""
    told = times[bisect_left(starts, lo):bisect_left(starts, hi)]
    if not told or len({t.value for t in told}) != 1:
        return None
    t = told[0]
    if _PERIOD.fullmatch(t.value) or (text and _DAY.fullmatch(t.value) and _RUNS_FROM.search(
            text, max(lo, t.span.start - 25), t.span.start) is not None):
        return t
    return None


def _changed_back_periods(out: list[Count], text: str, times: Sequence[TimeExpr],
                          sent_starts: Sequence[int]) -> None:
    """"... akan memangkas suku bunganya sebesar 50 basis poin dari 4,5% menjadi 4%.
    Penurunan suku bunga ini terjadi di paruh kedua tahun ini.": a sentence pointing back
    at a change by its noun, the thing it changed and a demonstrative, naming one period
    and no other time, dates the undated amounts of that change (same direction, same
    thing) in the sentence before in its paragraph, the levels it runs between included
    (the seed-55 ruling). Only this link: a period of the next sentence in general is
    mostly another's (numtime15)."""
    # only a sentence after one holding an undated change of a thing can date one: the
    # rest are not tokenized
    open_at = sorted(c.span.start for c in out if c.period is None and c.change and c.thing)
    if not open_at:
        return
    starts = [t.span.start for t in times]
    for k in range(1, len(sent_starts)):
        at, lo = sent_starts[k], sent_starts[k - 1]
        if bisect_left(open_at, lo) == bisect_left(open_at, at) \
                or "\n" in text[lo:at].rstrip():
            continue
        hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
        back = _change_pointed_back(text, at, hi)
        period = _one_period(times, starts, at, hi, text) if back else None
        if back is None or period is None or period.span.start < back[2]:
            continue
        way, named, _ = back
        for n, c in enumerate(out):
            if lo <= c.span.start < at and c.period is None and c.change == way \
                    and c.thing and _head_word(c.thing) in named:
                out[n] = replace(c, period=period.value, period_span=period.span)


_LEAD_REACH = 2  # paragraphs after the lead's whose amounts its told change may date


def _lead_told_moves(out: list[Count], text: str, sent_starts: Sequence[int]) -> None:
    """"Rating acara Zeta kembali menanjak , setelah sempat merosot . ... Rating acara Zeta
    kini mencapai 8 persen": a level its thing now reaches, when the lead (with no amount
    of its own) tells that thing's move first, is the level the move reached: up to (or
    down to), as "mencapai" after a rise said (seed 57, seed 72's judge)."""
    if len(sent_starts) < 2:
        return
    lex = _lex()
    lead_end = sent_starts[1]
    if any(c.span.start < lead_end for c in out):
        return
    toks = [t for t in _tokens(text, sent_starts[0], lead_end) if t.kind == "word"]
    first = next(((n, w) for n, t in enumerate(toks) if (w := _direction(t.text))), None)
    if first is None:
        return
    named = {t.low for t in toks[:first[0]]}
    for n, c in enumerate(out):
        if c.change is not None or c.change_from or not c.thing or c.thing_span is None:
            continue
        # (the amount may open on the verb: "mencapai 12 persen dari pasar")
        between = text[c.thing_span.end:c.span.start].casefold().split()
        between += [w for w in text[c.span.start:c.span.end].casefold().split()[:1]
                    if w in lex.reached]
        if any(w in lex.now_words for w in between) and any(w in lex.reached for w in between) \
                and all(w in lex.now_words or w in lex.reached for w in between) \
                and all(w in named for w in c.thing.casefold().split()):
            out[n] = replace(c, change="up" if first[1] == "up" else "down", change_to=True)


def _lead_told_periods(out: list[Count], text: str, times: Sequence[TimeExpr],
                       sent_starts: Sequence[int]) -> None:
    """"Ekonom ... menilai BI berpeluang menurunkan tingkat suku bunga acuannya pada
    pertemuan Mei 2025. ... Andry memproyeksikan BI akan memangkas suku bunga sebesar 25
    basis poin dari 5,75% menjadi 5,5%.": the lead telling one change of a thing with one
    period after it, and no amount, dates the undated amounts of that change (same
    direction, the same thing named after the change word) in the next paragraphs, in
    sentences naming no time, up to the first sentence naming a period (the story moves
    on there)."""
    if len(sent_starts) < 2:
        return
    starts = [t.span.start for t in times]
    lead_end = sent_starts[1]
    if any(c.span.start < lead_end for c in out):
        return
    toks = [t for t in _tokens(text, sent_starts[0], lead_end) if t.kind == "word"]
    ways = [(n, w) for n, t in enumerate(toks) if (w := _direction(t.text))]
    if len({w for _, w in ways}) != 1:
        return
    first, way = ways[0]
    period = _one_period(times, starts, toks[first].end, lead_end)
    if period is None or any(t < toks[first].end for t in starts if t < lead_end):
        return
    named = {t.low for t in toks[first + 1:] if t.start < period.span.start}
    last_para = text.count("\n", 0, lead_end) + _LEAD_REACH
    for k in range(1, len(sent_starts)):
        at = sent_starts[k]
        hi = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(text)
        if text.count("\n", 0, at) > last_para:
            break
        said = times[bisect_left(starts, at):bisect_left(starts, hi)]
        if any(_PERIOD.fullmatch(t.value) or _DAY.fullmatch(t.value) for t in said):
            break
        if said:
            continue
        for n, c in enumerate(out):
            if at <= c.span.start < hi and c.period is None and c.change == way \
                    and c.thing and _head_word(c.thing) in named:
                out[n] = replace(c, period=period.value, period_span=period.span)


class NumberStage(Stage):
    """Amounts, money, percentages and vague quantities."""

    name = "numbers"
    version = 67  # num34 (67): the subject of a level verb past a relative clause
    # ("divestasi yang dilakukan X menjadi 51 persen") is the noun the clause is said
    # of; a purpose phrase after the subject of "mencapai" ("pasar untuk produk berbasis
    # X") is no thing; "angka" alone names no measure; a past time phrase before a level
    # and "hari ini" before the next level of the same thing are a change between them;
    # the level after a change's comparison with an earlier time ("dibanding sebelumnya
    # yang sebesar X") is where it started from
    # num33c (66): "nilainya" opening a sentence past a connective and an
    # attribution ("Namun , menurut laporan ... , nilainya") takes the measure the
    # amountless sentence before asked of ("berapa biaya"); a week of no known year dates
    # nothing, and "hari ini" of an undated text is PRESENT_REF; a price word after a
    # name ("dari Klub X seharga") is the price, no item sharing the measure said
    # before; a sentence opening with "Sebelumnya" takes no period carried to it; a
    # share "di antaranya" after a relative clause is of the noun the clause is said of;
    # an adverb of certainty ("jelas") is no thing
    # num33b (65): a bearing or slang selling verb ("berbanderol", "berlabel",
    # "dilego") prices its subject, and goods sold with their own subject ("tipe B dijual")
    # take no earlier measure; a month, day or quarter of no known year
    # dates nothing; a launch day ("tiba ... pada 5 Mei 2017") dates no price with it; an
    # amount after a superlative level ("titik terendahnya , yakni") is the level a move
    # reached, of the verb's subject; a level now reached ("kini mencapai") after the
    # lead told its thing's move is where it moved to; "menanjak" is a rise
    # num33 (64): a quote paragraph closed by a pronoun speech cue
    # ("...," terangnya) goes on with the period the paragraph before named (not a date
    # bounding an event's span, "sejak Maret 2025"); an undated sum said again shortly
    # after, of the same head, by a dated statement takes its period; a time a target word
    # sets ("dengan target ... pada Oktober 2026", "akhir tahun 2016 ditargetkan") dates
    # no amount before the target word nor later sentences
    # num32b (63): a counting word of one head ("Rp 14 juta seekor") is no
    # thing; a price verb past an auxiliary ("tersebut akan dibandrol") prices its subject,
    # past a relative clause ending on its agent ("... yang diproduksi oleh X"); a weekday
    # of no known week (an undated text's "Sabtu") dates nothing; a head word opening a
    # body's name ("Komisi III DPR") is no thing; "presentase" (misspelt) is a head
    # num32 (62): a price word before a starting price's words prices the
    # amount; a quantity noun heads the phrase right before an amount; an amount before
    # "lebih <adj>" and an earlier time's comparator is a change by it; a running total
    # "sejak <year>" in a report spans to the reported year; a move followed by an undated
    # event's clause takes no period carried from another sentence
    # num31b (61): a bare share restating the sentence before's takes its
    # thing; a year in a case's phrase the amount is denied a tie to is the case's; "tur" head
    # num31 (60): "bonus" and "hadiah" name their own amounts; a count said
    # as a copula's subject and restated as a share measures that subject; "Per <day>,"
    # before a name dates the clause (as of); three or more days of one year listed in
    # a sentence date it by that year; prize money takes the one titled competition's year;
    # "emisi" is a head; "mengurangi ... dari 26 menjadi 28 persen" is a cut's size, no level.
    # (was 59) num30b (59): an undated text's month written without its year dates
    # no amount; a record's "terbesar ... sejak 1995" dates no change; a fall's two ends
    # ("X, atau turun dari angka Y": down to X, down from Y).
    # (was 58) num30 (58): money with no noun before it is named by its verb of paying
    # or raising ("membayar sebesar Rp 5 ribu", "mengumpulkan US$ 12 juta"); a share "dari
    # <count> <noun>" measures the group counted; an attribution ", menurut ... ," is
    # skipped when the subject is read back; a cap verb's object is what it caps; "kadar"
    # and "alokasi" are measured heads; a year ending a document's number dates nothing; a
    # quarter said of one percentage dates the report's percentages in later paragraphs.
    # (was 57) numb29 (57): a clause break ("sementara") ends the thing after an amount;
    # a manner adverb ("turun drastis") is no thing and no bar between a change and its
    # amount; "ditambah" before an active verb adds an act, no rise; money received is no
    # penalty said before ("uang pengganti"); a verdict's day ("vonis pada") dates no
    # amount; "dari <date>" followed by a comparison is the figure's own period.
    # (was 56) num29 (56): a share "di antaranya" measures the short noun phrase before
    # it ("355 operan, 88,8 persen di antaranya"); a price verb past "mulai dari" prices its
    # subject ("Layanan tersebut dipatok mulai dari Rp 7 juta"); "diperkaya" is a verb of
    # receiving, and money received with no money amount before takes the plain money noun
    # just named ("menerima uang e-KTP ... diperkaya lebih dari 12 juta dolar AS"); two
    # days of different months joined by a dash or "hingga" are a window, a period.
    # (was 55) numb28 (55): money a raising verb sets after "hingga" ("menaikkan tarif
    # hingga USD 500") is the level reached, up to, and so its bracketed gloss; a year in
    # brackets after a name ("Pinocchio ( 1940 )") dates no amount; "dibayar" names the pay
    # no noun names; "bujet" is a head; "Besarnya (kira-kira antara) ..." with no subject
    # before takes the plain money noun the sentence before named; a sentence opening with
    # a condition ("Kalau ...") takes no period carried from another paragraph; a vague
    # plural after a number is its magnitude ("Rp 800 jutaan"); "sekilo" is no thing.
    # (was 54) num28 (54): a relative clause's place or source ("yang melancong ke
    # Thailand", "yang diberikan dari APBN adalah") and a head after "di" are not what is
    # measured; a rank opening a list item ("kedua Jakarta 30 persen") is no thing; a share
    # a demonstrative points at ("10 persen itu") is the one said before; a paragraph
    # opening "Kemudian," keeps the period carried; a level a law mandates takes no other
    # sentence's period; a fund's purpose pair ("anggaran untuk X dan Y") is one thing;
    # money "masing-masing" after a list takes the plain money noun its sentence named.
    # numb27 (53): money received or given with no noun, past the anaphor's
    # reach, takes the plain money noun told of before ("uang"); giving verbs join the
    # receiving ones; a price verb with no price noun ("dibanderol") prices its subject;
    # "saat itu" is the day named in its sentence or the one just before.
    # num27 (52): a joined pair subject/object is one thing ("aset dan
    # liabilitas ... tumbuh sebesar"); "Realisasi ini"/"Angka ini" point back; a sentence
    # opening on "yakni" spells out the amount before; a dated from-level keeps its
    # to-level; a fund priced past its purpose clause; a change noun right after the
    # amount; a rate's year-earlier base is up from; a head after "dari" before a verb of
    # reaching is a source ("dana hibah dari APBD mencapai"); "klausul" governs; a
    # decision pointed back at running "mulai X sampai Y" dates the sentence before; an
    # amount glossed in another currency after "atau" takes the first one's thing
    # numb26 (51): a price word with no noun before it ("seharga 999 yuan")
    # measures "harga"
    # num26 (50): bare points in an article naming a sports competition
    # take no thing nor change unless a measured head names them; a saving measured by
    # its own noun ("penghematan sebesar") is no move; a level a head had already reached
    # in its relative clause ("menambah X yang telah mencapai Y") is no move; a growth
    # verb with only a pronoun before it ("Kita ingin tumbuh 6-8 persen") measures the
    # growth head named just before; a bare whole "100 persen" no measured head names
    # ("dijamin halal 100 persen") is a manner, no thing.
    # (was 49) numcmp25 (49): a level compared with an earlier time's ("mencapai X,
    # lebih tinggi dari periode yang sama tahun lalu Y"; "Proyeksi ini lebih tinggi dari
    # realisasi tahun lalu, Y" after X) is up/down to, the earlier level up/down from.
    # (was 48) numper25 (48): bare points with no thing and no change take no period
    # (league points, a list's items); a period of no known part (XXXX) is dropped; a
    # present said after a later amount ("... dari 4 persen saat ini") is not an earlier one's.
    # (was 47) num25 (47): the day's opening level ("sebelumnya dibuka pada level")
    # is no start of a change; "konsensusnya" points back at the rate the paragraph
    # measured; a verb made of a head ("menginvestasikan") names it when no head is named;
    # ranks ("desil 1 hingga 4", "desil 1, 2, 3, dan 4") and a year before 1900 after a
    # word of time ("sebelum 1750") are no amounts.
    # (was 46) period24 (46): a sentence pointing back at a change by its noun, its
    # thing and a demonstrative ("Penurunan suku bunga ini terjadi di paruh kedua tahun
    # ini", "penurunan harga ini berlaku mulai hari ini") dates that change's amounts in the
    # sentence before (a period, or a day it runs from); the lead telling one change
    # of a thing with one period after it dates that change's undated amounts below;
    # "selama N tahun/bulan" is the span of that length named nearest before it or first
    # in the next sentence.
    # (was 45) num55: a comparison word ("vs") is no thing and the amount after it
    # the base compared, no change; points counted in words with no change measure nothing;
    # a bracketed currency gloss is no second item of "masing-masing"; "saat itu" after a
    # span of years in its sentence is that span; a word of taking effect ("mulai") past
    # "dari"/"terhadap" opens the amount's period, not its base; months counted ahead
    # ("enam bulan ke depan") are the months after publication's, as years are.
    # numtime24 (44): "melambat" is down; a list's last item after ", dan" keeps
    # the change before it; a share restating a count recorded by "tercatat" measures the
    # counted noun; "dari X sekarang Y" restating rates of one thing takes that thing and
    # their years; a sum restated under another name takes the period it was first dated
    # by (not when first said as bare money); a share followed by a count's fall ("P
    # persen, turun M orang") is the level reached.
    # (was 43) kini21: a rate dated by "kini"/"sekarang" against the year before is
    # the latest yearly figure (the base's year plus one), and restated to the digit later
    # with "kini"/"sekarang", the year it was said of.
    # (was 42) numtime20: a subject past a time phrase before its verb ("NPL pada
    # kuartal III 2025 berada di level 2,5%"); two nouns joined before one amount are one
    # item ("kepabeanan dan cukai (Rp ...)"); "pengeluaran" a head, and a fund's word with
    # its owner before "untuk" the spending ("belanja daerah untuk subsidi pupuk"); an
    # amount opening its sentence with a thing the sentence before names takes that
    # sentence's one period and, said as reached, its one move ("Harganya sampai ...");
    # "X masih di kisaran level Y" with no verb: X at level Y; a policy meeting (RDG) said
    # after a sentence's amounts dates them by its last day; "S menguat ..., berada di
    # level X": X the changed subject's; "96% persen responden": a unit written twice.
    # numtime19: a change opening the clause after a level ("S mencapai X pada
    # 2024, naik N%") said of that level's subject, past a place phrase ("di udara"); an
    # unchanged share "sejak <year>" spans that year to the publication's; "menembus (level)
    # X" with no change said is up to X; amounts before a closing "masing-masing" take the
    # listed subject's items in order.
    # numtime18: a year between a level and its change ("dari Rp X pada 2013
    # naik menjadi ..."); a from-to pair said over a span of years takes its first and last
    # year ("kini" only marks the latest yearly level); a rate just before such a pair is
    # the change between them, over both years; an undated sum restating the dated sum of
    # the same thing just before takes its period, and so do the parts its breakdown lists;
    # "yakni X menjadi Y" with X on the far side of the change is the level started from;
    # a predicate's subject opening a quotation is a subject, not a name; a comparison's
    # base named in words then restated ("naik jika dibanding SPI 2023, yakni sebesar Y")
    # is up from, and the level said in the sentence before it the level reached
    # (was 39) numtime17: a forecast noun alone ("lebih tinggi dari proyeksi 94%") is
    # no thing, what it forecasts is; an amount after auxiliaries or a negation ("proses
    # pengerjaan sudah 85%") measures the clause's subject; "Besarnya yakni Rp X" opening a
    # sentence with nothing measured before points at the sentence before's subject (or the
    # object of its agent's act); `_decided_periods` bounded
    # (was 38) numtime16: a decision pointing back ("Keputusan ini diambil dalam RDG
    # ... 16-17 September 2025") dates the undated amounts of the sentence before (and of one
    # going on with "Tak hanya ... juga"); a modal adverb ("seharusnya") is no thing; a
    # sum pointed back at saying the same change is the one before; "X di <place> hanya
    # mencapai": X, past the place; the spoken "efisienkan" is a cut
    # (was 37) numtime15: a turned sentence ("Sementara ...") naming no time keeps the
    # paragraph's period; an article's one reporting period dates its undated amounts
    # (outside quotations and rates); a bare minus glued after a word is the sign of a
    # level below zero ("-0,75%"), and a growth below zero a fall; "dari Rp X menjadi
    # 425 miliar": the bare level reached is money of the base's currency; a two-day
    # meeting ("RDG 15-16 Juli") dates its decisions by its last day.
    # numtime14: the base of a year-on-year comparison ("dari Rp X di
    # periode yang sama tahun sebelumnya", "... dibanding periode yang sama tahun lalu, yakni
    # Rp X") is up from, over the same part of the year before; a money level after a named
    # growth's rate ("pertumbuhan laba 1% menjadi Rp X") measures what grows, up to; money
    # after a surge verb and "hingga" ("melonjak hingga Rp X") is up to
    # (was 35) numtime13: "saldo" and "simpanan" are heads; a bare repetition of a
    # sum said of a thing just before is that thing's, over its period when near, and a
    # sum a demonstrative points at the one said before; money opening a sentence after
    # one announcing its subject's change ("X diperbesar jumlahnya.") is that change
    # (was 34) numtime12: a time adverb ("nanti") is never the thing; league points
    # take no thing nor change; a share's group is not carried to points a change noun
    # says; a negated change word ("tidak meningkat") says no change
    # (was 33) numtime11: a part of a day dates an amount; a share's thing after its
    # copula; a month counted up to dates the later amounts of its sentence; the subject
    # of "yang ... pernah mencapai"; a returned level shares its counted-from level's thing
    # numtime10: a level returned or steadied to ("stabilkan ke", "kembali ke")
    # is a change to it from the level before it in the paragraph or the "now" level after
    # (was 31, numtime9: an addend ("ditambah sewa Rp 3 juta") and a change noun in a
    # subject say no change; a total is its own thing; a fiscal year dates budgets
    # (was 30, numtime7: a quantity noun pointing back ("Jumlah itu naik 8,6%"), "salah
    # satu" no thing, an author-year citation dates no amount
    # (was 29, numtime6: funds with a purpose, names with a change word, month lists)
    # (was 27, numtime4: a place opening a list item, a lone active verb; was 26,
    # numtime3: a speech's date, a base, a ranking going on
    # (was 25, numbers2: "saat itu" is the period just named, session days carry)
    # `published`: a market report's trading day is its publication day when the lead names no other
    requires = frozenset({"text", "sentences", "entities", "times", "published"})
    provides = frozenset({"numbers"})

    def process(self, article: Article) -> Article:
        return with_layers(article, numbers=tuple(find_numbers(article)))
