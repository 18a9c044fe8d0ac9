"""timex: find time expressions and normalise them to TIMEX3-style values.

Regular expressions built from the patterns and word lists in `lang/id/timex.toml`
find the expressions in one left-to-right scan (each token tries only the patterns
that can start with it); a small normaliser per pattern kind turns the named groups
into values, relative to the publication date (DCT: `published.date()`, in the time
zone `published` carries).

Conventions (news is mostly past-tense reporting):
- A bare weekday ("pada Senin") is the last such day on or before publication; in a
  clause with a future cue ("akan", "dijadwalkan") it is the next one on or after it.
  "Senin lalu"/"Senin kemarin" is strictly before, "Senin depan" strictly after,
  "Senin ini" is the Monday of the publication week.
- "akhir pekan" (bare or "lalu") is the last weekend that started on or before
  publication ("2024-W46-WE" for a Monday 2024-11-18); "akhir pekan ini" the weekend of
  the publication week, "akhir pekan depan" the weekend of next week.
- "pekan lalu" is the ISO week before publication ("2024-W46"), "bulan depan" the next
  month, "tahun lalu" the previous year: DCT-relative periods keep their unit's
  granularity. "<n> <unit> kemudian/sebelumnya" counts from the date the text last
  mentioned, at day granularity ("Sebulan kemudian" after "14 Juni 2014" = 2014-07-14).
- A named day with a fixed date ("Natal", "Hari Buruh", "Tahun Baru") and no year reads as
  its date written out would ("25 Desember"): the nearest one, cues deciding; a moving one
  ("Lebaran") is the publication year's, the next one in a forward-looking clause.
- A clock time alone ("pukul 06.12") takes the date the text last mentioned, else the DCT;
  a mention of the publication day itself does not change that reference date.
- "tadi malam"/"semalam" is the evening before the publication day, or of the same day
  when `published` carries an hour from the evening on (`evening_from_hour` in the data).
- Without a DCT, values keep X placeholders ("XXXX-WXX-1", "XXXX-XX-XX"),
  `anchored=False`, and `relative` says the offset ("-1D", "-1W", "+1M"), or for a
  weekday / weekend how to read it against a DCT: "onbefore" (last one on or before),
  "before", "onafter", "after", "week" (same ISO week). `relative` is kept when anchored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal, Protocol

from ..lang.id import WordSet, load
from ..lang.schema import TimexData, WordTable
from ..pipeline import Stage, with_layers
from ..record import Article, Span, TimeExpr
from ..text.regex_cache import compile_cached
from ..text.scan import quotation_around
from ..text.trie import trie_pattern
from ..text.words import plural_base

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
_CLOCK_UNITS = {"H": "H", "MIN": "M", "S": "S"}


# ---------------------------------------------------------------- rules from data

@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    index: int
    groups: tuple[tuple[str, str], ...]  # (regex group name, short name)


class _Matcher(Protocol):
    def match(self, string: str, pos: int = ..., /) -> re.Match[str] | None: ...


class _Deferred:
    """A dispatch regex compiled on its first match, which then takes its place under
    every key that shares it: a process compiles only the patterns its texts start (a
    cold `warta analyze` compiled all 32 sets, 0.07 s, most of them unused), its code kept
    on disk for the next process (`compile_cached`: several ms a set otherwise)."""

    __slots__ = ("keys", "source", "table")

    def __init__(self, source: str, table: dict[str, _Matcher], keys: list[str]) -> None:
        self.source, self.table, self.keys = source, table, keys

    def match(self, string: str, pos: int = 0, /) -> re.Match[str] | None:
        regex = compile_cached(self.source, re.IGNORECASE)
        for key in self.keys:
            self.table[key] = regex
        return regex.match(string, pos)


@dataclass(frozen=True, slots=True)
class _Rules:
    # every pattern in one alternation: what `_matches` finds (`_full_regex` compiles it)
    source: str
    # token key -> a regex of only the patterns that can start there (same group names)
    dispatch: Mapping[str, _Matcher]
    patterns: tuple[_Pattern, ...]
    days: Mapping[str, int]
    months: Mapping[str, int]
    numbers: Mapping[str, float]
    teen: frozenset[str]
    multipliers: Mapping[str, int]
    half: frozenset[str]
    vague: frozenset[str]
    units: Mapping[str, str]
    unit_size: Mapping[str, int]  # how many units a word counts: "semester" = 6 (M), else 1
    directions: Mapping[str, tuple[int, str]]
    relative_days: Mapping[str, int]
    relative_parts: Mapping[str, tuple[int, str]]
    parts: Mapping[str, str]
    pm_hours: Mapping[str, tuple[int, int]]  # part -> the clock hours it makes p.m.
    refs: Mapping[str, str]
    ref_idioms: Mapping[str, frozenset[str]]  # "di saat yang sama": an idiom after these
    ref_arrived: re.Pattern[str]  # "saat itu sudah tiba": the moment has come
    seasons: Mapping[str, str]
    vague_durations: Mapping[str, str]
    future_cue: re.Pattern[str]
    past_cue: re.Pattern[str]
    evening_from_hour: int
    positions: Mapping[str, str]
    year_parts: Mapping[str, str]
    year_part_numbers: Mapping[str, int]
    unit_day_trails: frozenset[str]
    unit_day_not_after: frozenset[str]
    frame: re.Pattern[str]  # "Kamis (24/8)": the day a statement is dated
    continued: re.Pattern[str]  # '," ujarnya' after a quote: the speaker before goes on
    # '," ujar Rizki' after a quote: the named speaker goes on (the verbs less "-nya")
    named_close: re.Pattern[str]
    holidays: Mapping[str, str]  # name -> holiday id
    habit: re.Pattern[str]
    forecast: re.Pattern[str]  # "memprediksi": a forecast's sentence tells no habit
    conditional: frozenset[str]  # "kalau malam hari": any night
    season_kind: re.Pattern[str]  # "musim panas yang lebih panjang": summers in general
    range_end: re.Pattern[str]  # "hingga " right before a clock time that ends a span
    holiday_name_after: frozenset[str]
    holiday_every_before: frozenset[str]  # "setiap Lebaran": any year's
    example_opener: re.Pattern[str]  # "Misalnya, ..." opening a sentence: a list of kinds
    story_days: frozenset[str]
    last_one: frozenset[str]  # "pemilu kemarin": the last election, no day
    lasting_after: frozenset[str]  # "yang kemarin tidak aktif": previously, no day
    holiday_dates: Mapping[str, Mapping[str, str]]  # id -> "every" or year -> "MM-DD"
    months_full: frozenset[str]
    # words before a month-first "Desember 22" that make its number a day ("pada", "Senin")
    day_context: frozenset[str]
    forward_cue: re.Pattern[str]  # a sentence that hopes or aims: "berharap", "agar"


def _key(word: str) -> str:
    """Lookup form of a matched word: lower case, single spaces, plain apostrophe."""
    return " ".join(word.lower().replace("’", "'").split())


def _alt(words: Iterable[str], case_sensitive: frozenset[str] = frozenset()) -> str:
    """Regex alternation of `words`, longest first; spaces match any whitespace.

    A list of plain words (lower-case ASCII, single spaces, none case-sensitive) is written
    as a trie (`text.trie`), which matches the same and tries them in the same order: the
    words that match at one place are prefixes of each other, so they lie on one path of
    the trie, which tries the longer first, as the alternation does; and no two letters of
    a node match the same character, case-blind or not (lower-case ASCII letters fold only
    to their own capitals and to "K" or "ſ"). An alternation is entered branch by branch
    wherever it is tried (a case-blind word's first letter is no quick test for `re`): the
    unit and number lists tried after every number cost their length there."""
    words = set(words)
    if words and not case_sensitive & words and all(
            w.isascii() and w == w.lower() and w == " ".join(w.split()) for w in words):
        return "(?:" + trie_pattern(words, space=r"\s+") + ")"
    out = []
    for w in sorted(words, key=lambda s: (-len(s), s)):
        body = r"\s+".join(re.escape(part) for part in w.split())
        out.append(f"(?-i:{body})" if w in case_sensitive else body)
    return "(?:" + "|".join(out) + ")"


def _not_after(words: Iterable[str]) -> str:
    """Chained negative lookbehinds: not right after any of `words` (whole words: "pp"
    does not fence "PPP 2017") plus a space."""
    return "".join(f"(?<!{_word_start(w)}{re.escape(w)} )" for w in sorted(set(words)))


def _word_start(word: str) -> str:
    """A word boundary before `word` when it opens with a word character ("us$", not "$")."""
    return r"\b" if re.match(r"\w", word) else ""


def _after(words: Iterable[str]) -> str:
    """Positive lookbehind: right after one of `words` (whole words: "pada", not the end
    of "kepada") plus a space."""
    return "(?:" + "|".join(f"(?<={_word_start(w)}{re.escape(w)} )"
                            for w in sorted(set(words))) + ")"


def _unit_size(value: str) -> tuple[int, str]:
    """A unit's data value split into its count and TIMEX3 unit: "6M" -> (6, "M")."""
    unit = value.lstrip("0123456789")
    return int(value[: len(value) - len(unit)] or 1), unit


def _number_regex(d: TimexData) -> str:
    ops = d.number_ops
    words = [*d.numbers, *ops.teen, *ops.multipliers, *ops.half]
    word = _alt(words)
    return rf"(?:\d+(?:[.,]\d+)?|{_alt(list(d.numbers))}(?:\s+{word}){{0,6}})"


def _start_keys(d: TimexData, specs: Sequence[str]) -> set[str]:
    """Token keys a pattern can start at, from its `starts` specs (see the data file)."""

    def entries(path: str) -> list[str]:
        node: Any = d
        for part in path.split("."):
            node = getattr(node, part)
        # A word table's entries, a list's words, or a table's keys.
        return list(node.words if isinstance(node, WordTable) else node)

    keys: set[str] = set()
    for spec in specs:
        if spec in {"<digit>", "<paren>"}:
            keys.add(spec)
            continue
        prefix, _, rest = spec.rpartition("@") if "@" in spec else ("", "", "")
        words = [prefix.rstrip("+") + w for w in entries(rest)] if rest else [spec]
        keys |= {_token_key(t.group()) for w in words if (t := _TOKEN.search(w))}
    return keys


_TOKEN = re.compile(r"\w+|\(")


def _token_key(token: str) -> str:
    """Dispatch key of a token: "<digit>", "<paren>" or the lower-cased word."""
    if token[0].isdigit():
        return "<digit>"
    return "<paren>" if token == "(" else token.lower()


def _days_alt(d: TimexData, day_words: list[str], days_cs: frozenset[str]) -> str:
    """The weekday alternation; a case-sensitive day ("Minggu", also "week") matches in
    any case right after a word that names it a day ("hari minggu": Sunday; tx31)."""
    days = _alt([*day_words, *days_cs], days_cs)
    if not days_cs or not d.days.case_free_after:
        return days
    return f"(?:{days}|{_after(d.days.case_free_after)}{_alt([c.lower() for c in days_cs])})"


@cache
def _rules() -> _Rules:
    d = load("timex", TimexData)
    days_cs = frozenset(d.days.case_sensitive_days)
    day_words = [w for w in d.days.words if w not in {c.lower() for c in days_cs}]
    holidays_cs = frozenset(d.holidays.case_sensitive)
    holidays_cs_keys = {_key(w) for w in holidays_cs}
    placeholders: dict[str, str] = {
        "days": _not_after(d.days.weekday_not_after) + _days_alt(d, day_words, days_cs),
        "months": _alt(list(d.months.words)),
        "month_full": _alt(d.months.month_full),
        "number": _number_regex(d),
        "vague": _alt(d.number_ops.vague),
        "units": _alt(list(d.units.words)),
        "calendar_units": _alt(d.units.calendar_units),
        "durations_vague": _alt(list(d.durations_vague)),
        "durations_whole": _alt(list(d.durations_whole)),
        "directions": _alt(list(d.directions)),
        "moving_directions": _alt([k for k, v in d.directions.items() if v.sign]),
        "dct_directions": _alt([k for k, v in d.directions.items()
                                if v.sign and v.anchor == "dct"]),
        "relative_days": _alt(list(d.relative_days)),
        "relative_parts": _alt(list(d.relative_parts)),
        "relative_parts_not_after": _not_after(d.relative_parts_not_after.words),
        "parts": _alt(list(d.parts.words)),
        "zones": _alt(d.zones.words),
        "refs": _alt(list(d.refs.words)),
        "refs_not_after": _not_after(d.refs.not_after),
        "seasons": _alt(list(d.seasons)),
        "holidays": _alt([*(w for w in d.holidays.names if _key(w) not in holidays_cs_keys),
                          *holidays_cs], holidays_cs),
        "modifiers": _alt(d.modifiers.words),
        "period_positions": _alt(list(d.period_positions.words)),
        "part_after": _after(d.part_after.words),
        "year_parts": _alt(list(d.year_parts)),
        "year_part_numbers": _alt(list(d.year_part_numbers)),
        "sets": _alt(d.sets.words),
        "month_after": _after(d.month_after.words),
        "duration_not_after": _not_after(d.durations.not_after),
        "weekend": _alt(d.weekend.words),
        "year_not_before": _alt(d.years.not_before),
        "year_not_after": _not_after(d.years.not_after),
        "forward_not_after": _not_after(d.forward_clause.not_after),
        "forward_cue_after": _after(d.forward_clause.cues) if d.forward_clause.cues else "(?!)",
        "forward_join_after": _after(d.forward_clause.joins) if d.forward_clause.joins else "(?!)",
        "forward_joins": _alt(d.forward_clause.joins) if d.forward_clause.joins else "(?!)",
        "later_on_not_after": _not_after([*d.later_on.after,
                                          *(f"{w}," for w in d.later_on.after)]),
        "later_on_before": _alt(d.later_on.before) if d.later_on.before else "(?!)",
        "lately_after": _after(d.later_on.lately_after) if d.later_on.lately_after else "(?!)",
    }
    fragments = d.fragments

    def expand(template: str) -> str:
        # Fragments may use placeholders; expand fragments first, then words.
        for _ in range(3):
            template = re.sub(r"%(\w+)%", lambda m: fragments.get(m.group(1), m.group(0)),
                              template)
        return re.sub(r"%(\w+)%", lambda m: placeholders[m.group(1)], template)

    parts: list[str] = []
    patterns: list[_Pattern] = []
    for i, p in enumerate(d.patterns):
        body = expand(p.regex)
        names = re.findall(r"\(\?P<(\w+)>", body)
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<p{i}_\1>", body)
        body = re.sub(r"\(\?\((\w+)\)", rf"(?(p{i}_\1)", body)  # a conditional on a group
        parts.append(rf"(?P<p{i}>{body})")
        patterns.append(_Pattern(p.kind, i, tuple((f"p{i}_{n}", n) for n in names)))
    by_key: dict[str, list[int]] = {}
    for i, p in enumerate(d.patterns):
        for key in _start_keys(d, p.starts):
            by_key.setdefault(key, []).append(i)
    deferred: dict[tuple[int, ...], _Deferred] = {}
    dispatch: dict[str, _Matcher] = {}
    for key, idx in by_key.items():
        sub = tuple(sorted(set(idx)))
        if sub not in deferred:
            deferred[sub] = _Deferred(r"(?<!\w)(?:" + "|".join(parts[i] for i in sub) +
                                      r")(?!\w)", dispatch, [])
        deferred[sub].keys.append(key)
        dispatch[key] = deferred[sub]

    ops = d.number_ops
    return _Rules(
        source=r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)",
        dispatch=dispatch,
        patterns=tuple(patterns),
        days={_key(k): v for k, v in d.days.words.items()},
        months={_key(k): v for k, v in d.months.words.items()},
        numbers={_key(k): v for k, v in d.numbers.items()},
        teen=frozenset(ops.teen),
        multipliers=dict(ops.multipliers),
        half=frozenset(ops.half),
        vague=frozenset(ops.vague),
        units={_key(k): _unit_size(v)[1] for k, v in d.units.words.items()},
        unit_size={_key(k): _unit_size(v)[0] for k, v in d.units.words.items()},
        directions={_key(k): (v.sign, v.anchor) for k, v in d.directions.items()},
        relative_days={_key(k): v for k, v in d.relative_days.items()},
        relative_parts={_key(k): v for k, v in d.relative_parts.items()},
        parts={_key(k): v for k, v in d.parts.words.items()},
        pm_hours={_key(k): v for k, v in d.parts.pm.items()},
        refs={_key(k): v for k, v in d.refs.words.items()},
        ref_idioms={_key(k): frozenset(_key(w) for w in v) for k, v in d.refs.idiom_after.items()},
        ref_arrived=re.compile(rf"\s+{_alt(d.refs.arrived_before)}(?!\w)" if d.refs.arrived_before
                               else "(?!)", re.IGNORECASE),
        seasons={_key(k): v for k, v in d.seasons.items()},
        vague_durations={_key(k): v for k, v in (d.durations_vague | d.durations_whole).items()},
        evening_from_hour=d.publication.evening_from_hour,
        future_cue=re.compile(rf"(?<!\w){_alt(d.future_cues.words)}(?!\w)", re.IGNORECASE),
        past_cue=re.compile(rf"(?<!\w){_alt(d.past_cues.words)}(?!\w)", re.IGNORECASE),
        positions={_key(k): v for k, v in d.period_positions.words.items()},
        year_parts={_key(k): v for k, v in d.year_parts.items()},
        year_part_numbers={_key(k): v for k, v in d.year_part_numbers.items()},
        unit_day_trails=frozenset(_key(w) for w in d.unit_day.trails),
        unit_day_not_after=frozenset(_key(w) for w in d.unit_day.not_after),
        holidays={_key(k): v for k, v in d.holidays.names.items()},
        habit=re.compile(rf"(?<!\w){_not_after(d.parts.habit_not_after)}{_alt(d.parts.habit)}"
                         r"(?!\w)", re.IGNORECASE)
        if d.parts.habit else re.compile(r"(?!)"),
        forecast=re.compile(rf"(?<!\w){_alt(d.parts.forecast)}(?!\w)", re.IGNORECASE)
        if d.parts.forecast else re.compile(r"(?!)"),
        conditional=frozenset(_key(w) for w in d.parts.conditional),
        season_kind=re.compile(rf"\s+{_alt(d.season_kinds.words)}(?!\w)", re.IGNORECASE)
        if d.season_kinds.words else re.compile(r"(?!)"),
        range_end=re.compile(rf"(?<!\w){_alt(d.parts.range_end)}\s+\Z", re.IGNORECASE)
        if d.parts.range_end else re.compile(r"(?!)"),
        story_days=frozenset(_key(w) for w in d.story_days.words),
        last_one=frozenset(_key(w) for w in d.last_one.words),
        lasting_after=frozenset(_key(w) for w in d.lasting_after.words),
        holiday_name_after=frozenset(_key(w) for w in d.holidays.name_after),
        holiday_every_before=frozenset(_key(w) for w in d.holidays.every_before),
        example_opener=re.compile(rf"\W*{_alt(d.holidays.example_openers)}(?!\w)", re.IGNORECASE)
        if d.holidays.example_openers else re.compile(r"(?!)"),
        holiday_dates={k: dict(v) for k, v in d.holidays.dates.items()},
        months_full=frozenset(_key(m) for m in d.months.month_full),
        forward_cue=re.compile(rf"(?<!\w){_alt(d.forward_clause.cues)}(?!\w)", re.IGNORECASE)
        if d.forward_clause.cues else re.compile(r"(?!)"),
        day_context=frozenset(_key(w) for w in [*d.month_after.words, *d.days.words,
                                                 "tanggal", "tgl"]),
        continued=re.compile(rf"[\s,]*{_alt(d.continued_speech.words)}(?!\w)", re.IGNORECASE)
        if d.continued_speech.words else re.compile(r"(?!)"),
        named_close=re.compile(
            rf"[\s,]*{_alt(w.removesuffix('nya') for w in d.continued_speech.words)}"
            r"\s+(?-i:(?P<name>[A-Z]\w+))", re.IGNORECASE)
        if d.continued_speech.words else re.compile(r"(?!)"),
        frame=re.compile(
            rf"(?<!\w)(?P<wd>{placeholders['days']})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*[/-]\s*"
            rf"(?P<m>\d{{1,2}})(?:\s*[/-]\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)", re.IGNORECASE),
    )


@cache
def _full_regex() -> re.Pattern[str]:
    """Every pattern in one regex; `_matches` finds the same, faster (tests compare)."""
    return re.compile(_rules().source, re.IGNORECASE)


# ---------------------------------------------------------------- small pure helpers

def parse_number(text: str) -> float | None:
    """'12' -> 12, '2,5' -> 2.5, 'dua belas' -> 12, 'dua puluh lima' -> 25, 'satu setengah'
    -> 1.5; None when `text` is not a number."""
    r = _rules()
    t = _key(text)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    total = group = small = 0.0  # thousands, the group below 1000, the last small word
    for w in t.split():
        if w in r.half and (small or group):
            small += 0.5
        elif w in r.numbers:
            v = r.numbers[w]
            if v >= 1000:  # "seribu"
                total += v
            elif v >= 100:  # "seratus"
                group += v
            else:
                small += v
        elif w in r.teen:
            group, small = group + small + 10, 0
        elif w in r.multipliers:
            mult = r.multipliers[w]
            if mult >= 1000:
                total += (group + small or 1) * mult
                group = small = 0
            else:
                group, small = group + (small or 1) * mult, 0
        else:
            return None
    return total + group + small


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _measure(word: str, n: float | None) -> tuple[str, str]:
    """(amount, TIMEX3 unit) of `n` of the unit `word`, "X" for a vague amount; a unit
    counted in another is multiplied out ("satu semester" = 6 M, "3 dasarian" = 30 D)."""
    r = _rules()
    key = _key(word)
    if n is None:
        return "X", r.units[key]
    return _fmt_num(n * r.unit_size[key]), r.units[key]


def duration_value(parts: list[tuple[str, str]]) -> str:
    """TIMEX3 duration from (amount, unit) pairs: [("2","H"),("30","MIN")] -> 'PT2H30M'."""
    date_part = "".join(f"{n}{u}" for n, u in parts if u not in _CLOCK_UNITS)
    time_part = "".join(f"{n}{_CLOCK_UNITS[u]}" for n, u in parts if u in _CLOCK_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    if not 1 <= y <= 9999:
        raise ValueError(f"year {y} is out of range")
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise ValueError(f"no valid day in {y}-{m}")  # pragma: no cover - 28 always exists


def shift(d: date, n: int, unit: str) -> date:
    """`d` moved by `n` TIMEX3 units (D, W, M, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(d, n * months)


def period_value(d: date, unit: str) -> str:
    """The period of unit `unit` that contains `d`, as a TIMEX3 value."""
    if unit == "W":
        return iso_week(d)
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return d.isoformat()


_UNANCHORED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX",
               "CE": "XX"}


def _rel(n: int, unit: str) -> str:
    return f"{n:+d}{unit}" if n else f"0{unit}"


def weekday_date(dct: date, weekday: int, mode: str) -> date:
    """Resolve an ISO weekday against `dct`.

    mode: "onbefore" (last on/before), "before" (strictly), "onafter", "after",
    "week" (same ISO week).
    """
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if mode == "onbefore":
        return dct - timedelta(days=back)
    if mode == "before":
        return dct - timedelta(days=back or 7)
    if mode == "onafter":
        return dct + timedelta(days=ahead)
    if mode == "after":
        return dct + timedelta(days=ahead or 7)
    return dct + timedelta(days=weekday - dct.isoweekday())


# ---------------------------------------------------------------- normalisation

@dataclass(slots=True)
class _Ctx:
    text: str
    dct: date | None
    hour: int | None = None  # publication hour when `published` is a datetime
    ref: date | None = None  # the day the text last mentioned
    found: list[TimeExpr] = field(default_factory=list)
    end: int = 0  # end of the match being normalised
    today: date | None = None  # the day the text names as its "hari ini" (`_text_today`)
    guessed: list[int] = field(default_factory=list)  # starts of months whose year no cue told

    def anchor(self) -> date | None:
        return self.ref or self.dct

    def remember(self, day: date) -> None:
        # A mention of the publication day itself is mostly the reporting frame
        # ("kata dia, Selasa (30/12/2014)"), not the time of the story: keep the
        # story's last date as the reference for "pukul 13.25" and "kemudian".
        if day != self.dct:
            self.ref = day


@dataclass(frozen=True, slots=True)
class _Value:
    type: TimexType
    value: str
    anchored: bool = True
    relative: str | None = None
    mod: str | None = None
    freq: str | None = None  # a SET's TIMEX3 freq: "3X" of "tiga kali sehari"


_PAST_TRAILS = {"lalu", "yang lalu", "silam", "kemarin"}
_FUTURE_TRAILS = {"depan", "mendatang", "nanti"}
_DIRECTION_TRAILS = _PAST_TRAILS | _FUTURE_TRAILS | {"ini"}
_RELATIVE_CLOCK_TRAILS = {"kemarin": -1}
_WEEK_TRAILS = {f"{w} {d}": n for w in ("pekan", "minggu")
                for d, n in (("depan", 1), ("lalu", -1), ("ini", 0))}


def _is_unit_reading(ctx: _Ctx, word: str, start: int, trail: str) -> bool:
    """A capitalised day name that is also a unit ("Minggu") before a direction word: a
    week when it opens a sentence, or before "depan"/"ini" unless "pada"/"hari" precede."""
    r = _rules()
    if _key(word) not in r.units:
        return False
    before = ctx.text[:start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?\n:":
        return True
    if trail not in r.unit_day_trails or _key(ctx.text[start:start + 5]).startswith("hari"):
        return False
    prev = before.rsplit(None, 1)[-1]
    return _key(prev) not in r.unit_day_not_after


_CLAUSE_MARKS = ".,;:!?\n“”\""  # a clause opens past the last of these
_SENTENCE_MARKS = ".!?\n“”\""  # a sentence (or a quote) opens past the last of these


def _stretch_before(text: str, start: int, reach: int, marks: str) -> str:
    """The text before `start` back to the last of `marks` within `reach` characters: the
    clause or sentence a cue is looked for in (one reading for every cue)."""
    window = text[max(start - reach, 0):start]
    return window[max(window.rfind(c) for c in marks) + 1:]


def _clause_cue(ctx: _Ctx, start: int) -> int:
    """`_text_clause_cue` in the context's text."""
    return _text_clause_cue(ctx.text, start)


def _text_clause_cue(text: str, start: int) -> int:
    """+1 when the clause before `start` carries a future cue ("akan", "dijadwalkan"),
    -1 for a past cue ("sejak"), the nearer one when both; 0 when neither (read on a bare
    text too: an undated text's years, before any context)."""
    clause = _stretch_before(text, start, 200, _CLAUSE_MARKS)
    r = _rules()
    future = [m.end() for m in r.future_cue.finditer(clause)]
    past = [m.end() for m in r.past_cue.finditer(clause)]
    if not future and not past:
        return 0
    return 1 if max(future, default=-1) > max(past, default=-1) else -1


def _future_clause(ctx: _Ctx, start: int, g: Mapping[str, str] | None = None) -> bool:
    """Whether the clause before `start` looks ahead, or the expression's own modifier does
    (a deadline, "paling lambat hari Jumat": the coming Friday; numtime14)."""
    mod = g.get("mod") if g is not None else None
    if mod and _rules().future_cue.fullmatch(mod):
        return True
    return _clause_cue(ctx, start) > 0


_DAY_OR_WEEK = re.compile(r"(\d{4})-(?:(\d{2})-(\d{2})|W(\d{2}))\Z")


def _after_future(ctx: _Ctx, start: int) -> bool:
    """Whether the sentence before `start` last named a day or week after publication
    ("reschedule kembali minggu depan, kalau tidak berhalangan antara tanggal 23 atau 24":
    the coming 23rd, not last month's)."""
    last = ctx.found[-1] if ctx.found else None
    if last is None or ctx.dct is None or last.span.end > start \
            or _SENTENCE_END.search(ctx.text, last.span.end, start):
        return False
    m = _DAY_OR_WEEK.match(last.value)
    if m is None:
        return False
    try:
        first = date(int(m[1]), int(m[2]), int(m[3])) if m[2] else \
            date.fromisocalendar(int(m[1]), int(m[4]), 1)
    except ValueError:
        return False
    return first > ctx.dct


def _infer_year(ctx: _Ctx, month: int, day: int | None, trail: str | None,
                start: int) -> int | None:
    """Year of a day and month (or a whole month: `day` None) given without one.

    Closest to the story's reference date (else the DCT), a month counted in months with
    a tie going to the past (news reports); "lalu" or a past cue ("sejak") force on/before
    the DCT, "depan"/"mendatang" or a future cue in the clause on/after it.
    """
    base = ctx.anchor()
    if base is None:
        return None
    cands = _dates_around(base.year, month, day or 1)
    if not cands:
        return None
    dct = ctx.dct
    cue = _clause_cue(ctx, start) if trail is None else 0
    if dct is not None and (trail in _PAST_TRAILS or cue < 0):
        cands = [c for c in cands if c <= dct] or cands
    elif dct is not None and (trail in _FUTURE_TRAILS or cue > 0):
        # a whole month is on or after publication from its first day: "akan berjalan
        # Oktober" published on 21 October is this October
        cands = [c for c in cands if c >= (dct if day else dct.replace(day=1))] or cands
    if day is None:
        here = base.year * 12 + base.month
        return min(cands, key=lambda c: (abs(c.year * 12 + c.month - here), c)).year
    return min(cands, key=lambda c: abs((c - base).days)).year


_WEEKDAY_SLIP_DAYS = 45  # a yearless date this near publication keeps its year


def _dates_around(year: int, month: int, day: int) -> list[date]:
    """The day and month in `year`, the year before and the one after, in that order (a
    year that lacks the day, 29 February, gives none)."""
    cands = []
    for y in (year - 1, year, year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    return cands


def _nearest_date(dct: date, month: int, day: int) -> date | None:
    """The day and month in the year of `dct`, the one before or after, nearest `dct`."""
    cands = _dates_around(dct.year, month, day)
    return min(cands, key=lambda c: abs((c - dct).days)) if cands else None


def _weekday_year(ctx: _Ctx, year: int, month: int, day: int, wd: int) -> int:
    """The year of a yearless date written with its weekday ("Minggu (11/5)"): `year` when
    the weekday agrees with it, else the agreeing year nearest the DCT within a year of it
    or of the story's reference date (a report quoting an older year keeps its own frame);
    `year` when none agrees (a typo in the weekday)."""
    def agrees(y: int) -> bool:
        try:
            return date(y, month, day).isoweekday() == wd
        except ValueError:
            return False
    if agrees(year):
        return year
    if ctx.dct is not None:
        # a date within weeks of publication is the one reported, its weekday a slip of
        # the source ("Senin (21/10)" in a report of Wednesday 22/10/2025 is the 21st of
        # 2025, not 2024's Monday): the weekday only chooses between far candidates
        near = _nearest_date(ctx.dct, month, day)
        if near is not None and abs((near - ctx.dct).days) <= _WEEKDAY_SLIP_DAYS:
            return near.year
    bases = {b.year for b in (ctx.dct, ctx.ref) if b is not None}
    cands = sorted({y for b in bases for y in (b - 1, b, b + 1) if agrees(y)})
    if not cands:
        return year
    here = (ctx.dct or ctx.anchor() or date(year, month, day)).year
    return min(cands, key=lambda y: (abs(y - here), -y))


def _slipped_month(dct: date, day: int, wd: int, y_raw: str | None) -> date | None:
    """The day `day` of the publication's month or a month next to it whose weekday is
    `wd`, within `_WEEKDAY_SLIP_DAYS` of publication (and in the year written, if one
    is): the date a mistyped month ("Senin (20/20/2025)") was meant as; None when no
    such day, or more than one, agrees."""
    cands = []
    for shift in (-1, 0, 1):
        try:
            c = date(*divmod(dct.year * 12 + dct.month - 1 + shift, 12), 1)
            c = date(c.year, c.month + 1, day)
        except ValueError:
            continue
        if c.isoweekday() == wd and abs((c - dct).days) <= _WEEKDAY_SLIP_DAYS \
                and (not y_raw or _year(y_raw) == c.year):
            cands.append(c)
    return cands[0] if len(cands) == 1 else None


_TYPO_YEARS = 50  # a dated statement this far from publication has a mistyped year


def _typo_year(ctx: _Ctx, year: int) -> bool:
    """Whether a year written with its weekday is a slip of the keys ("Senin (13/10/3025)"
    in a 2025 report): centuries from publication, so the weekday decides the year."""
    return ctx.dct is not None and abs(year - ctx.dct.year) > _TYPO_YEARS


def _named_year(ctx: _Ctx, g: dict[str, str]) -> int | None:
    """The year "tahun depan" / "tahun lalu" after a month names, counted from the
    publication date ("Januari tahun depan"); None without one."""
    if "ytrail" not in g:
        return None
    base = ctx.dct or ctx.anchor()
    if base is None:
        return None
    return base.year + _YEAR_SHIFT[_key(g["ytrail"]).split()[-1]]


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if len(raw) == 2 else y


_EVENING_FROM = 5  # the first p.m. hour of a part of the day that is night, not noon


def _clock(g: dict[str, str]) -> tuple[str | None, bool]:
    """Time suffix ('T06:18', 'TMO') from clock groups, and whether it is valid."""
    r = _rules()
    part = g.get("part") or g.get("part2")
    if "hh" in g:
        hour = parse_number(g["hh"])  # "08", or a word: "pukul lima sore"
        if hour is None:
            return None, False
        hh, mi = int(hour), int(g.get("mi", "0"))
        low, high = r.pm_hours.get(_key(part), (1, 0)) if part else (1, 0)
        if low <= hh <= high:
            hh += 12
        elif hh == 12 and low >= _EVENING_FROM:
            hh = 0  # "pukul 12 malam": midnight (a night's p.m. hours start in the evening)
        if hh > 24 or mi > 59:
            return None, False
        return f"T{hh:02d}:{mi:02d}", True
    if part:
        return f"T{r.parts[_key(part)]}", True
    return None, True


def _datetime(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    trail = _key(g["trail"]) if "trail" in g else None
    suffix, ok = _clock(g)
    if not ok:
        return None
    day: date | None = None
    partial: str | None = None  # value with X placeholders when it cannot be anchored
    relative: str | None = None
    d_raw = g.get("d") or g.get("nd") or g.get("nd2")
    m_raw = g.get("m") or g.get("nm") or g.get("nm2")
    y_raw = g.get("y") or g.get("ny") or g.get("ny2")
    if "mf" in g and not y_raw and trail not in _DIRECTION_TRAILS \
            and not _day_context(ctx, start):
        # month first with no year, no "lalu"/"depan" and no word that asks for a day
        # ("Volume 83, Desember 22"): two digits are the year, as a citation writes it
        return _month({"m": g["m"], "y": str(_year(d_raw))}, ctx, start) \
            if d_raw and len(d_raw) == 2 else None
    if d_raw and m_raw:
        month = r.months.get(_key(m_raw).rstrip(".")) if not m_raw.isdigit() else int(m_raw)
        dd = int(d_raw)
        if month and 12 < month <= 99 and 1 <= dd <= 31 and "wd" in g and ctx.dct is not None:
            # "Senin (20/20/2025)": a month no calendar has, a slip of the keys; the
            # weekday and day say which day near publication was meant
            slip = _slipped_month(ctx.dct, dd, r.days[_key(g["wd"])], y_raw)
            if slip is not None:
                month, y_raw = slip.month, str(slip.year)
        if not month or not 1 <= month <= 12 or not 1 <= dd <= 31:
            return None
        year = _year(y_raw) if y_raw else _named_year(ctx, g) or _infer_year(
            ctx, month, dd, trail, start)
        if year is not None and "wd" in g and (not y_raw or _typo_year(ctx, year)):
            year = _weekday_year(ctx, year, month, dd, r.days[_key(g["wd"])])
        if year is None:
            partial = f"XXXX-{month:02d}-{dd:02d}"
        else:
            try:
                day = date(year, month, dd)
            except ValueError:
                return None
    elif d_raw:  # "tanggal 24": a day of the reference month
        dd = int(d_raw)
        base = ctx.anchor()
        if base is None:
            partial = f"XXXX-XX-{dd:02d}"
        else:
            try:
                day = date(base.year, base.month, dd)
            except ValueError:
                return None
            if ctx.dct is not None and day > ctx.dct and trail in _PAST_TRAILS | {None} \
                    and not (trail is None and (_future_clause(ctx, start, g)
                                                or _after_future(ctx, start))):
                day = add_months(day, -1)
    elif "wd" in g:
        if trail in _DIRECTION_TRAILS and _is_unit_reading(ctx, g["wd"], start, trail):
            return _relative({"unit": g["wd"], "dir": trail}, ctx, start)
        wd = r.days[_key(g["wd"])]
        week = _WEEK_TRAILS.get(trail or "")
        if week is not None:  # "Rabu pekan depan": that weekday of the week named
            relative = f"week{week:+d}"
            if ctx.dct is None:
                partial = f"XXXX-WXX-{wd}"
            else:
                try:
                    monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1)
                    day = monday + timedelta(weeks=week, days=wd - 1)
                except OverflowError:  # past the calendar's edge: stays relative
                    partial = f"XXXX-WXX-{wd}"
        else:
            if trail in _PAST_TRAILS:
                mode = "before"
            elif trail in _FUTURE_TRAILS:
                mode = "after"
            elif trail == "ini":
                mode = "week"
            else:
                mode = "onafter" if _future_clause(ctx, start, g) else "onbefore"
            if not suffix and trail is None and _names_something(ctx, start):
                return None  # "kegiatan Jumat Sehat": the name of a weekly activity
            relative = mode  # how the weekday is read against the DCT (see `weekday_date`)
            if ctx.dct is None:
                partial = f"XXXX-WXX-{wd}"
            else:
                said = _quoted_day(ctx, start) or ctx.dct
                day = weekday_date(said, wd, mode)
                if trail is None:  # "pertemuan Kamis" after "pada Kamis (27/11/2014)"
                    day = _dated_weekday(ctx, wd, said) or day
    elif trail in _RELATIVE_CLOCK_TRAILS:  # "pukul 14.00 kemarin": of the day before
        now = _speech_day(ctx, start) or ctx.dct
        if now is None:
            partial = "XXXX-XX-XX"
        else:
            day = now + timedelta(days=_RELATIVE_CLOCK_TRAILS[trail])
    else:  # a clock time alone: the date right after it ("pukul 07.55, Jumat (5/12)"),
        # else the last mentioned
        base = _following_date(ctx) or _preceding_date(ctx, start)
        if base is None and suffix and _habit_clock(ctx, start):
            pass  # "buka setiap hari pukul 07.00": any day's time, no day to anchor
        elif base is None and (base := ctx.anchor()) is not None \
                and _past_midnight(ctx, start, suffix, base):
            base += timedelta(days=1)
        if base is None:
            partial = "XXXX-XX-XX"
        else:
            day = base
    if day is not None:
        ctx.remember(day)
        value = day.isoformat()
    else:
        value = partial or "XXXX-XX-XX"
    if suffix:
        return _Value("TIME", value + suffix, day is not None, relative)
    return _Value("DATE", value, day is not None, relative)


# Where each TIMEX3 part of the day starts, in minutes: a clock time ending a span begun
# later in the day than it lies past midnight. Morning and night (which "dini hari", after
# midnight, shares) start no span of that kind unless a p.m. word says evening.
_PART_STARTS = {"MI": 12 * 60, "AF": 12 * 60, "EV": 17 * 60, "NI": 19 * 60}
_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})\Z")


def _start_minute(ctx: _Ctx, t: TimeExpr) -> int | None:
    """The minute of the day a TIME starts at: its clock, or its part of the day's start
    (night only when said by a p.m. word: "malam", not "dini hari")."""
    clock = _CLOCK_VALUE.search(t.value)
    if clock is not None:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    code = t.value.rpartition("T")[2]
    if code == "NI":
        said = _key(ctx.text[t.span.start:t.span.end])
        if not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", said) for p in _rules().pm_hours):
            return None
    return _PART_STARTS.get(code)


def _past_midnight(ctx: _Ctx, start: int, suffix: str | None, base: date) -> bool:
    """Whether a clock time alone ends a span that began later in the day on `base`
    ("sejak Selasa (21/10) sore hingga pukul 00.00": the midnight after Tuesday)."""
    clock = _CLOCK_VALUE.search(suffix or "")
    last = ctx.found[-1] if ctx.found else None
    if clock is None or last is None or last.type != "TIME" \
            or not last.value.startswith(base.isoformat() + "T") \
            or not _rules().range_end.search(ctx.text, max(0, start - 20), start):
        return False
    begun = _start_minute(ctx, last)
    return begun is not None and int(clock.group(1)) * 60 + int(clock.group(2)) < begun


def _day_context(ctx: _Ctx, start: int) -> bool:
    """Whether the word before `start` (past a comma) asks for a day: "pada", "sejak", a
    weekday ("Senin, September 16"), "tanggal"."""
    prev = _LAST_WORD.search(ctx.text[max(0, start - 40):start].rstrip(" ,"))
    return prev is not None and _key(prev.group(1)) in _rules().day_context


_LAST_WORD = re.compile(r"([^\W\d_]+)\Z")


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+\Z")


def _names_something(ctx: _Ctx, start: int) -> bool:
    """Whether a bare weekday is part of a name: a capitalised word that is no time word
    follows it, and no word that introduces a day ("pada", "hari", "setiap") or a
    sentence start comes before it ("kegiatan Jumat Sehat", "program Minggu Ceria")."""
    r = _rules()
    nxt = _NEXT_WORD.match(ctx.text, ctx.end)
    if nxt is None or not nxt.group(1)[0].isupper():
        return False
    word = _key(nxt.group(1))
    if word in r.days or word in r.months or word in r.months_full or word in r.units \
            or any(p.split()[0] == word for p in r.parts) or word in r.directions:
        return False
    prev = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
    return prev is not None and prev.group(1)[0].islower() \
        and _key(prev.group(1)) not in r.unit_day_not_after | {"sejak", "hingga", "sampai",
                                                              "setiap", "tiap", "pada"}


def _quoted_day(ctx: _Ctx, start: int) -> date | None:
    """The day the quote holding `start` is dated ('"... pada hari Jumat," kata X, Senin
    (17/1/2022)'), for its weekdays to count from (the Friday before that Monday, not
    before publication; tx29); None outside a quote, where a date before a weekday in
    its sentence is no statement's ("pada Minggu (17/11) waktu setempat (Senin pagi)")."""
    lo = max(0, start - _SPEECH_WINDOW)
    hi = min(len(ctx.text), start + _SPEECH_WINDOW)
    if quotation_around(ctx.text, start, lo, hi) is None:
        return None
    return _speech_day(ctx, start)


def _dated_weekday(ctx: _Ctx, wd: int, dct: date | None) -> date | None:
    """The day an earlier expression of the text dated with this weekday, when it lies
    within six days of `dct` (publication, or the day a quote is dated): the text has
    already said which one it means."""
    if dct is None:
        return None
    for t in reversed(ctx.found):
        m = _FULL_DATE.match(t.value)
        if m is None:
            continue
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if day.isoweekday() == wd and abs((day - dct).days) <= 6:
            return day
    return None


_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _relative_day(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    offset = r.relative_days[_key(g["word"])]
    suffix, ok = _clock(g)
    if not ok:
        return None
    if offset < 0 and not suffix and (_word_before(ctx.text, start) in r.last_one
                                      or _last_one_after(ctx.text, start + len(g["word"]))):
        return _Value("DATE", "PAST_REF")  # "hasil pemilu kemarin": the last election
    if offset < 0 and not suffix and _word_before(ctx.text, start) == "yang":
        after = _WORD_AFTER.match(ctx.text, start + len(g["word"]))
        if after is not None and _key(after.group(1)) in r.lasting_after:
            return _Value("DATE", "PAST_REF")  # "akun yang kemarin tidak aktif": previously
    if offset < 0 and not suffix and _recurs(ctx.text, start + len(g["word"])):
        return _Value("DATE", "PAST_REF")  # "demo kemarin lagi,": the other day's (tx27)
    if offset < 0 and not suffix and _told_event(ctx, start):
        return _Value("DATE", "PAST_REF")  # "salah tangkap kemarin": that older event (tx28)
    if not suffix and offset == 0 and _present_era(ctx.text, start, start + len(g["word"])):
        return _Value("DATE", "PRESENT_REF")  # "dunia hari ini": nowadays (tx27)
    if not suffix and offset in (0, -1) and _era_contrast(ctx.text, start,
                                                          start + len(g["word"]), offset):
        # "Kemarin galaknya netizen ..., nanti ke depannya ...": recently; "masa depan
        # Indonesia ditentukan kondisi anak-anak hari ini": nowadays (numtime17)
        return _Value("DATE", "PAST_REF" if offset < 0 else "PRESENT_REF")
    if _key(g["word"]) in r.story_days:  # "keesokan harinya": after the story's last day
        if ctx.ref is None:
            value = "XXXX-XX-XX" + (suffix or "")
            return _Value("TIME" if suffix else "DATE", value, False, _rel(offset, "D"))
        return _day_offset(ctx, offset, suffix, ctx.ref)
    if _in_brackets(ctx.text, start, ctx.end):
        return _day_offset(ctx, offset, suffix)  # '"Besok (hari ini) ..."': the writer's day
    return _day_offset(ctx, offset, suffix, _speech_day(ctx, start))


_LAST_ONE_LINKS = WordSet("timex", TimexData, "last_one_links.words")  # "saat": timex.toml


def _last_one_after(text: str, end: int) -> bool:
    """Whether one or two linking words after "kemarin" (ending at `end`) lead to an
    event that comes years apart ("kemarin saat di pilkada"): the last one, no day (tx32b)."""
    pos = end
    for _ in range(3):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            return False
        word = _key(m.group(1))
        if word in _rules().last_one:
            return pos != end
        if word not in _LAST_ONE_LINKS:
            return False
        pos = m.end()
    return False


# numtime17: a relative day set against an era in its own sentence is no day but a
# vague time: "kemarin" before "ke depan(nya)", "masa depan", "sekarang" or "kini" after it
# ("Kemarin mereka berkonsolidasi, nah ini sekarang ...": recently), "hari ini" in a
# sentence naming the future or the past as an era ("masa depan ... anak-anak hari ini",
# "Kalau dulu ..., hari ini justru ...": nowadays). Not a day glossed by its weekday or
# date, nor one a preposition of a deadline or a start governs ("sampai hari ini").
_LATER_ERA = re.compile(r"(?<!\w)(?:ke\s*depan(?:nya)?|masa\s+depan|sekarang|kini)(?!\w)",
                        re.IGNORECASE)
_OTHER_ERA = re.compile(r"(?<!\w)(?:masa\s+(?:depan|lalu|silam)|(?:kalau|jika|bila|zaman|"
                        r"masa|tempo)\s+dulu|dahulu\s+kala|generasi\s+(?:mendatang|"
                        r"berikutnya|penerus))(?!\w)", re.IGNORECASE)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
_GLOSSED_DAY = re.compile(r"\s*[,(]\s*(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|jum'at|"
                          r"sabtu|minggu|\d{1,2}[/ ])", re.IGNORECASE)
_DAY_GOVERNORS = WordSet("timex", TimexData, "day_governors.words")  # "pada": timex.toml
_ERA_REACH = 240  # characters either side of the word read for its sentence


def _era_contrast(text: str, start: int, end: int, offset: int) -> bool:
    """Whether "kemarin" (offset -1) or "hari ini" (0) at [start, end) is set against an
    era in its own sentence: the vague past or present, no day (see `_LATER_ERA`)."""
    if _GLOSSED_DAY.match(text, end) is not None:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and _key(before.group(1)) in _DAY_GOVERNORS:
        return False
    lo = max(0, start - _ERA_REACH)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, start)]
    lo = edges[-1] if edges else lo
    nxt = _SENTENCE_EDGE.search(text, end, min(len(text), end + _ERA_REACH))
    hi = nxt.start() if nxt is not None else min(len(text), end + _ERA_REACH)
    if offset < 0:
        return _LATER_ERA.search(text, end, hi) is not None
    if not text[lo:start].strip(" \t\"“'"):
        return False  # "Hari ini kami meluncurkan ... masa depan ...": an event's day
    return _OTHER_ERA.search(text, lo, start) is not None \
        or _OTHER_ERA.search(text, end, hi) is not None


# tx27: "hari ini" after an abstract noun ("dunia hari ini", `present_era_nouns`) or a
# plural one ("anak-anak hari ini") is the present age, unless a verb with an active or
# passive prefix follows, which tells what happened that day ("Anak-anak hari ini
# mengikuti lomba", "X mengatakan hari ini" has no noun before); "hari ini dan ke depan"
# is now and from now on. Neither is a day.
_PRESENT_ERA_NOUNS = WordSet("timex", TimexData, "present_era_nouns.words")
_PRESENT_ERA_JOINS = WordSet("timex", TimexData, "present_era_joins.words")
_NOUN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?)\s+\Z")
_JOINED_FUTURE = re.compile(r"\s*,?\s*(\w+)\s+(?:ke\s*depan(?:nya)?|masa\s+depan)(?!\w)",
                            re.IGNORECASE)
_DAY_VERB_AFTER = re.compile(r"\s+(?:me|ber|di|ter)\w{3,}", re.IGNORECASE)


def _present_era(text: str, start: int, end: int) -> bool:
    """Whether "hari ini" at [start, end) means nowadays by its own phrase: an abstract
    or plural noun before it, or "dan ke depan" after it (see `_PRESENT_ERA_NOUNS`)."""
    joined = _JOINED_FUTURE.match(text, end)
    if joined is not None and _key(joined.group(1)) in _PRESENT_ERA_JOINS:
        return True
    m = _NOUN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = _key(m.group(1))
    if noun not in _PRESENT_ERA_NOUNS and plural_base(noun) is None:
        return False
    return _DAY_VERB_AFTER.match(text, end) is None and _GLOSSED_DAY.match(text, end) is None


_RECURRENCE_AFTER = WordSet("timex", TimexData, "recurrence_after.words")  # "lagi"
_CLAUSE_END_WORD = re.compile(r"\s+(\w+)(?=\s*(?:[,.;:!?\"”]|\Z))")


def _recurs(text: str, end: int) -> bool:
    """Whether "kemarin" ending at `end` is followed by a word of recurrence closing its
    clause ("demo kemarin lagi,"): the other day's event again, no day."""
    m = _CLAUSE_END_WORD.match(text, end)
    return m is not None and _key(m.group(1)) in _RECURRENCE_AFTER


_OPENS_GLOSS = re.compile(r"\(\s*\Z")
_CLOSES_GLOSS = re.compile(r"\s*\)")


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether an expression stands alone in brackets: the writer's gloss of the word
    before, counted from publication, not from the quoted statement."""
    return _OPENS_GLOSS.search(text, max(0, start - 3), start) is not None \
        and _CLOSES_GLOSS.match(text, end) is not None


_WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+(\w+)")


_TOLD_EVENT_NOT = WordSet("timex", TimexData, "told_event_not.words")  # "saya", "yang"


def _told_event(ctx: _Ctx, start: int) -> bool:
    """Whether "kemarin" at `start` follows a word the text told earlier in a sentence
    dated only to days before the day before ("korban salah tangkap ..., Rabu (15/10)
    malam" ... "dalam salah tangkap kemarin," said on Sunday 19th): the event told, "the
    other day", not yesterday (tx28)."""
    word = _word_before(ctx.text, start)
    if len(word) < 4 or word in _TOLD_EVENT_NOT or word in _DAY_GOVERNORS or ctx.dct is None:
        return False
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    head = _word_before(ctx.text, before.start()) if before else ""
    if head in _TOLD_EVENT_NOT or head in _rules().lasting_after:
        return False  # "yang sudah sembuh kemarin": a predicate's day, no event named
    yesterday = (_speech_day(ctx, start) or ctx.dct) - timedelta(days=1)
    own = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    here = _sentence_around(ctx.text, start)[0]
    dated = []
    for t in ctx.found:
        m = _DAY_PARTS.match(t.value)
        if m is None:
            continue
        lo, hi = _sentence_around(ctx.text, t.span.start)
        if hi <= here and own.search(ctx.text, lo, hi) is not None:
            dated.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return bool(dated) and all(d < yesterday for d in dated)


def _word_before(text: str, start: int) -> str:
    """The word right before `start`, lower-cased ("" when none)."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return _key(m.group(1)) if m else ""


def _day_offset(ctx: _Ctx, offset: int, suffix: str | None,
                speech: date | None = None) -> _Value:
    rel = _rel(offset, "D")
    now = speech or ctx.today or ctx.dct
    if now is None:
        value, anchored = "XXXX-XX-XX", False
    else:
        day = now + timedelta(days=offset)
        ctx.remember(day)
        if offset == 0:
            # "pada pembukaan perdagangan pagi hari ini ... Sekitar pukul 09.15 WIB": a
            # deictic today is the story's time, no dateline frame: later clocks are of it
            ctx.ref = day
        value, anchored = day.isoformat(), True
    if suffix:
        return _Value("TIME", value + suffix, anchored, rel)
    return _Value("DATE", value, anchored, rel)


_HABIT_THEN = WordSet("timex", TimexData, "habit_then.words")  # "nanti": timex.toml


def _habit_goes_on(ctx: _Ctx, word: str, start: int) -> bool:
    """Whether a part of the day said with "nanti" (`habit_then`) goes on a habit told
    before it in its sentence ("pada pagi hingga siangnya itu panas terik, kemudian nanti
    siang ... turun hujan"): the last time found is a habit's (any day's), no sentence end
    between."""
    if not any(w in _HABIT_THEN for w in _key(word).split()):
        return False
    last = ctx.found[-1] if ctx.found else None
    return last is not None and last.value.startswith("XXXX-XX-XXT") \
        and _sentence_around(ctx.text, start)[0] <= last.span.start


def _relative_part(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    offset, part = r.relative_parts[_key(g["word"])]
    if _habit_goes_on(ctx, g["word"], start):
        return _Value("TIME", f"XXXX-XX-XXT{part}", False)
    speech = _speech_day(ctx, start)
    if speech is None and offset == 0:
        speech = _told_later_part_day(ctx, start, part)
    if (speech is None and offset == -1 and ctx.hour is not None and
            ctx.hour >= r.evening_from_hour):
        offset = 0  # published in the evening: "tadi malam" is tonight
    return _day_offset(ctx, offset, f"T{part}", speech)


# Parts of the day in their order; a statement quoted right after the text told a later
# part of a named day was made then (tx29b).
_PART_ORDER = {"MO": 0, "MI": 1, "AF": 1, "EV": 2, "NI": 3}
_TOLD_PART = re.compile(r"(\d{4}-\d{2}-\d{2})T([A-Z]{2})")


def _told_later_part_day(ctx: _Ctx, start: int, part: str) -> date | None:
    """The day of an undated quote's "pagi tadi" (a part of the speaker's day, `part`)
    when the last time the text told before the quote is a later part of a day it names
    ('... pada Sabtu malam.' then '"... secara damai pada pagi tadi, ..."'): the statement
    was made that evening, so its morning is that day's; only in the week before
    publication, else None."""
    text = ctx.text
    if ctx.dct is None:
        return None
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    quote = quotation_around(text, start, lo, len(text) if hi < 0 else hi)
    if quote is None:
        return None
    last = next((t for t in reversed(ctx.found) if t.span.end <= quote[0]), None)
    if last is None or quote[0] - last.span.end > _EVENT_REACH:
        return None
    m = _TOLD_PART.fullmatch(last.value)
    if m is None or _PART_ORDER.get(m.group(2), -1) <= _PART_ORDER.get(part, 9):
        return None
    said = text[last.span.start:last.span.end]
    if not any(_key(w) in _rules().days for w in re.findall(r"\w+", said)):
        return None  # "tadi malam": a day counted from publication, not named
    day = date.fromisoformat(m.group(1))
    return day if timedelta(0) < ctx.dct - day <= timedelta(days=7) else None


def _frame_day(m: re.Match[str], dct: date, quoted: bool = False,
               reach: timedelta | None = None) -> date | None:
    """The day of a dated statement ("Kamis (24/8)"), when its weekday agrees with the
    date and it falls in the week up to the DCT (two months for a full date that dates
    a statement `quoted` from another report; `reach` when given); else None."""
    wd = _rules().days[_key(m.group("wd"))]
    dd, mm, yy = int(m.group("d")), int(m.group("m")), m.group("y")
    # a year-less date reached for far back is this year's only: a weekday agrees with a
    # date one year in seven, so last year's Wednesday 24/8 is no statement day
    years = [_year(yy)] if yy else [dct.year] if reach else [dct.year, dct.year - 1]
    for y in years:
        try:
            day = date(y, mm, dd)
        except ValueError:
            return None
        # a full date with its weekday may be older when the statement is quoted from an
        # earlier report ("kata Prasetyo dikutip dari detikNews, Minggu (12/10/2025)")
        within = reach or (_QUOTED_REACH if yy and quoted else timedelta(days=7))
        if day.isoweekday() == wd and timedelta(0) <= dct - day <= within:
            return day
    return None


_QUOTED_REACH = timedelta(days=60)
_SPAN_START_FRAME = WordSet("timex", TimexData, "span_start_frame.words")  # "dari": timex.toml
_QUOTED_FROM = re.compile(r"(?<!\w)(?:dikutip|mengutip|dilansir|melansir)(?!\w)", re.IGNORECASE)


_COMMA = re.compile(r"\s*,?\s*")


def _continued_speech_day(ctx: _Ctx, quote: tuple[int, int] | None, lo: int) -> date | None:
    """The day of a quote in a paragraph that dates nothing, closed by a speech verb with
    -nya ('"... sudah kemarin kan sempat tersangka ya ...," ujarnya'): the speaker named
    before goes on, so the statement is the one the text dated last (the last dated
    attribution in the stretch before the paragraph, "kata Sugiono ..., Senin (25/8/2025)"
    three paragraphs up); closed by the verb and a name ('," ujar Rizki'), only when that
    attribution's paragraph names the speaker; None when the quote is closed otherwise or
    nothing is dated."""
    if quote is None or ctx.dct is None:
        return None
    text = ctx.text
    named = None
    if _rules().continued.match(text, quote[1]) is None:
        # '," ujar Rizki': the same speaker goes on when the dated statement named him
        closed = _rules().named_close.match(text, quote[1])
        if closed is None:
            return None
        named = re.compile(rf"(?<!\w){re.escape(closed.group('name'))}")
    for m in reversed(list(_rules().frame.finditer(text, max(0, lo - 4 * _SPEECH_WINDOW), lo))):
        said = max(text.rfind("\n", 0, m.start()) + 1, max(
            (e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start())),
            default=0))  # the dated statement's sentence
        own = named is not None and named.search(text, said, m.start()) is not None
        if named is not None and not own:
            continue  # another sentence's date ("menerima penetapan itu pada Jumat (17/10)")
        # the speaker's own statement, dated in full, may be older than a week, as a
        # statement quoted from another report may
        day = _frame_day(m, ctx.dct, own or _QUOTED_FROM.search(
            text, max(0, m.start() - 60), m.start()) is not None)
        if day is not None:
            return day
    return None


def _following_date(ctx: _Ctx) -> date | None:
    """A dated weekday right after the current match ("pukul 7.55 WIB, Jumat (5/12/2014)"),
    when its weekday agrees with the date."""
    if ctx.dct is None:
        return None
    at = _COMMA.match(ctx.text, ctx.end)
    m = _rules().frame.match(ctx.text, at.end() if at else ctx.end)
    if m is None:
        return None
    wd = _rules().days[_key(m.group("wd"))]
    yy = m.group("y")
    for y in [_year(yy)] if yy else [ctx.dct.year, ctx.dct.year - 1]:
        try:
            day = date(y, int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
        if day.isoweekday() == wd:
            return day
    return None


_DAY_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _preceding_date(ctx: _Ctx, start: int) -> date | None:
    """The day a date right before the current match names ("Senin (7/7/2025), pukul
    15.35"): the clock time is of that day, even when it is the publication day (which
    `_Ctx.remember` keeps out of the reference for later times)."""
    last = ctx.found[-1] if ctx.found else None
    if last is None or last.type != "DATE" or last.span.end > start:
        return None
    gap = _COMMA.match(ctx.text, last.span.end)
    m = _DAY_PARTS.fullmatch(last.value)
    if gap is None or gap.end() != start or m is None:
        return None
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


_SPEECH_WINDOW = 600
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _speech_day(ctx: _Ctx, start: int) -> date | None:
    """The day a deictic word ("hari ini", "kemarin") at `start` counts from when the
    text dates the statement it stands in, else None (the DCT).

    Inside a quotation: the dated attribution in the same paragraph, nearest after the
    quote ("... hari ini," kata dia, Kamis (24/8)), else nearest before it. Outside one:
    a dated attribution in the same sentence, nearest before, else after. Only a date
    whose weekday agrees and that lies in the week up to the DCT counts.
    """
    dct = ctx.dct
    if dct is None:
        return None
    text = ctx.text
    # The paragraph, cut to a window around `start` so that a long unbroken text costs
    # the same per expression.
    lo = max(text.rfind("\n", max(start - _SPEECH_WINDOW, 0), start) + 1,
             start - _SPEECH_WINDOW, 0)
    hi = text.find("\n", start, start + _SPEECH_WINDOW)
    hi = min(len(text), start + _SPEECH_WINDOW) if hi < 0 else hi
    frames = [(m.start(), m.end(), day) for m in _rules().frame.finditer(text, lo, hi)
              if (day := _frame_day(m, dct, _QUOTED_FROM.search(
                  text, max(0, m.start() - 60), m.start()) is not None)) is not None
              and _word_before(text, m.start()) not in _SPAN_START_FRAME]
    quote = quotation_around(text, start, lo, hi)
    if not frames:
        if quote is not None and (said := _attribution_day(ctx, quote[1], hi)) is not None:
            return said
        return _continued_speech_day(ctx, quote, lo) or _held_event_day(ctx, quote)
    if quote is not None:
        q_lo, q_hi = quote
    else:
        ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, hi)]
        q_lo = max((e for e in ends if e <= start), default=lo)
        q_hi = min((e for e in ends if e > start), default=hi)
        before = [day for s, e, day in frames if q_lo <= s and e <= start]
        if before:
            return before[-1]
        q_lo = start
    after = [(s, day) for s, _, day in frames if q_hi <= s] if quote else [
        (s, day) for s, _, day in frames if q_lo < s < q_hi]
    if after:
        if quote is not None and after[0][1] == dct and _QUOTED_FROM.search(
                text, max(q_hi, after[0][0] - 60), after[0][0]) is not None:
            # '," kata dia dalam keterangannya, dikutip, Minggu (6/7/2025)': the day the
            # writer quotes it, not the day it was said; the statement is of the day the
            # text told its event on before the quote ("dibahas dalam rapat ... pada Rabu
            # (2/07)"), else of that quoting day
            return _told_day_before(ctx, q_lo) or dct
        return after[0][1]
    if quote is not None and (said := _attribution_day(ctx, q_hi, hi)) is not None:
        return said

    before = [day for _, e, day in frames if e <= q_lo]
    return before[-1] if quote is not None and before else None


_HELD_EVENT = WordSet("timex", TimexData, "held_event.words")  # "berlangsung", "digelar"
_EVENT_REACH = 1500  # how far before an undated quote the event it was said at may be dated
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _held_event_day(ctx: _Ctx, quote: tuple[int, int] | None) -> date | None:
    """The day of the event an undated quote was said at: the last day the text told
    before the quote, when its sentence tells an event held on it ("Danone Gives Back yang
    berlangsung pada 6 Juli 2025.", `held_event`) and it lies in the week before
    publication; the days of earlier quotes (counted from it) are passed over, any other
    day told between rules it out. A report of the day after an event quotes what was said
    there, so its "hari ini" is the event's day (tx28)."""
    if quote is None or ctx.dct is None:
        return None
    text = ctx.text
    for t in reversed(ctx.found):
        if t.span.end > quote[0]:
            continue
        if t.span.start < quote[0] - _EVENT_REACH:
            return None
        if t.type != "DATE" or _FULL_DAY.fullmatch(t.value) is None:
            continue
        para = text.rfind("\n", 0, t.span.start) + 1
        if quotation_around(text, t.span.start, para, quote[0]) is not None:
            continue  # an earlier quote's own "hari ini"
        said = max(para, max((e.end() for e in _SENTENCE_END.finditer(
            text, max(para, t.span.start - 300), t.span.start)), default=para))
        if not any(_key(w) in _HELD_EVENT for w in re.findall(r"\w+", text[said:t.span.start])):
            return None
        day = date.fromisoformat(t.value)
        return day if timedelta(0) < ctx.dct - day <= timedelta(days=7) else None
    return None


def _told_day_before(ctx: _Ctx, q_lo: int) -> date | None:
    """The day of the last dated weekday in the stretch before a quote at `q_lo` ("rapat
    ... pada Rabu (2/07)."), in the week up to the DCT and not itself a quoting day."""
    assert ctx.dct is not None
    text = ctx.text
    for m in reversed(list(_rules().frame.finditer(text, max(0, q_lo - _SPEECH_WINDOW), q_lo))):
        if _QUOTED_FROM.search(text, max(0, m.start() - 60), m.start()) is not None:
            continue
        if (day := _frame_day(m, ctx.dct)) is not None:
            return day
    return None


_ATTRIBUTION_REACH = timedelta(days=366)
_ANY_PAST = timedelta(days=366 * _TYPO_YEARS)  # a full date's own year is trusted this far back


def _attribution_day(ctx: _Ctx, q_hi: int, hi: int) -> date | None:
    """The day of the attribution closing a quote ('"... mulai terhitung hari ini," ujar
    Bahlil saat jumpa pers ..., Selasa (10/6)'), looked for in the attribution's own
    sentence and up to a year back: a statement the writer recalls is dated by its
    attribution however old, while a date farther off in the paragraph is not its day."""
    assert ctx.dct is not None
    end = _SENTENCE_END.search(ctx.text, q_hi, hi)
    m = _rules().frame.search(ctx.text, q_hi, end.end() if end else hi)
    if m is None:
        return None
    # a date written with its year and agreeing weekday needs no reach: "kata Suharso ...
    # dikutip detikNews, Senin (17/1/2022)" in a 2025 article dates that quote (tx29)
    return _frame_day(m, ctx.dct, reach=_ANY_PAST if m.group("y") else _ATTRIBUTION_REACH)


def _amount(g: dict[str, str], num: str = "num") -> float | None:
    """1 for 'se-' forms, None for vague amounts ('beberapa'), else the parsed number."""
    if num not in g:
        return 1.0
    if _key(g[num]) in _rules().vague:
        return None
    n = parse_number(g[num])
    if n is not None and num == "num" and "times" in g:  # "1x24 jam", "2 x 24 jam"
        n *= int(g["times"])
    return n


def _relative(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    unit = r.units[_key(g.get("unit") or g.get("seunit", ""))]
    # no direction word ("tahun berjalan"): the current period, as "ini" (tx29)
    sign, anchor = r.directions[_key(g["dir"])] if "dir" in g else r.directions["ini"]
    n = _amount(g)
    if n is None:  # "beberapa hari lalu"
        return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF" if sign > 0 else
                      "PRESENT_REF")
    if n != int(n):  # "setengah tahun lalu": count in days
        n, unit = round(n * {"D": 1, "W": 7, "M": 30, "Y": 365, "DE": 3652,
                             "CE": 36524}[unit]), "D"
    steps = sign * int(n)
    if anchor == "dct":
        if ctx.dct is None:
            return _Value("DATE", _UNANCHORED[unit], False, _rel(steps, unit))
        # "minggu depan" in a quote dated Friday, published the next Monday: the week after
        # the speaker's, as "besok" is the day after it (numtime6)
        now = (_speech_day(ctx, start) if unit in ("D", "W") else None) or ctx.dct
        try:
            target = shift(now, steps, unit)
        except (ValueError, OverflowError):  # "3300 tahun lalu": beyond the calendar
            return _Value("DATE", "PAST_REF" if steps < 0 else "FUTURE_REF", True,
                          _rel(steps, unit))
        if unit == "D":
            ctx.remember(target)
        return _Value("DATE", period_value(target, unit), True, _rel(steps, unit))
    base = ctx.anchor()
    if sign == 0 and unit in ("M", "Y"):
        # "pada tahun yang sama" after "per September 2024": the last month or year the
        # text named, not only its last day
        base = _last_named(ctx, unit) or base
    elif unit in _COARSE_UNITS and (coarse := _last_coarse(ctx, unit)) is not None:
        # "Setahun sebelumnya" after "Pada 2023": counted from the year named last, and as
        # coarse as it (2022), not from the last day or the publication date; a decade or
        # a century as coarse as its unit ("satu dekade setelahnya" after "tahun 2000" is
        # the 2010s, not ten years after a day named before the year; tx29b)
        return _Value("DATE", period_value(shift(coarse, steps, unit), unit), True, None)
    # "tahun sebelumnya", "bulan berikutnya" (no count): the period itself, not a day in it
    whole = sign == 0 or ("num" not in g and "seunit" not in g)
    if base is None:
        return _Value("DATE", _UNANCHORED[unit if whole else "D"], False, None)
    if sign == 0:  # "hari itu", "tahun itu": the period of the last-mentioned date
        return _Value("DATE", period_value(base, unit), True, None)
    try:
        target = shift(base, steps, unit)
    except (ValueError, OverflowError):
        return _Value("DATE", "PAST_REF" if steps < 0 else "FUTURE_REF")
    if whole and unit != "D":
        return _Value("DATE", period_value(target, unit), True, None)
    ctx.remember(target)
    return _Value("DATE", target.isoformat(), True, None)


_COARSE_UNITS = ("M", "Y", "DE", "CE")  # units a count from a named year or month keeps
_NAMED_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a day, with or without a time of it


def _last_named(ctx: _Ctx, unit: str) -> date | None:
    """The first day of the month or year of the last date found that names it (`unit`
    "M" or "Y"): a day, a month or a year, so the nearest mention wins."""
    for t in reversed(ctx.found):
        m = _NAMED_PERIOD.fullmatch(t.value) if t.type == "DATE" and t.anchored else None
        if m is None or (unit == "M" and m.group(2) is None):
            continue
        return _period_start(m)
    return None


def _period_start(m: re.Match[str]) -> date | None:
    """The first day of the year or month a `_NAMED_PERIOD` match names."""
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), 1)
    except ValueError:
        return None


def _paragraph_year(ctx: _Ctx, start: int) -> int | None:
    """The year a bare month at `start` is of when its paragraph wrote a year, or a month
    of one, before it and no day since ("puncaknya 2025 itu gaji ... belum dibayarkan ...
    bulan Februari-Maret mau dicicil": February 2025, whatever the publication date or
    a cue says); None otherwise (a day named last is the anchor `_infer_year` counts from)."""
    para = ctx.text.rfind("\n", 0, start)
    for t in reversed(ctx.found):
        if t.span.start <= para:
            break
        if t.type != "DATE" or not t.anchored:
            continue
        if _DAY_VALUE.match(t.value) is not None:
            return None
        if _NAMED_PERIOD.fullmatch(t.value) is not None \
                and t.value[:4] in ctx.text[t.span.start:t.span.end]:
            return int(t.value[:4])  # a year written, not one inferred for a bare month
    return None


def _last_coarse(ctx: _Ctx, unit: str) -> date | None:
    """The first day of the last date found when it names no day, only a year (or a
    month, for `unit` "M"): what a relative year or month counts from."""
    last = next((t for t in reversed(ctx.found) if t.type == "DATE" and t.anchored), None)
    if last is None or len(last.value) > 7:
        return None
    m = _NAMED_PERIOD.fullmatch(last.value)
    if m is None or (unit == "M" and m.group(2) is None):
        return None
    return _period_start(m)


def _weekend(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    d = _key(g["dir"]) if "dir" in g else None
    rel = {"lalu": "-1W", "kemarin": "-1W", "ini": "0W", "depan": "+1W", "mendatang": "+1W"}
    future = d is None and _future_clause(ctx, start)
    relative = rel.get(d or "") or ("0W" if future else "onbefore")
    if ctx.dct is None:
        return _Value("DATE", "XXXX-WXX-WE", False, relative)
    dct = ctx.dct
    if d in {"depan", "mendatang"}:  # the end of next week, like "pekan depan"
        sat = weekday_date(dct + timedelta(weeks=1), 6, "week")
    elif d == "ini" or future:
        sat = weekday_date(dct, 6, "week")
    elif d in {"lalu", "kemarin"}:
        sat = weekday_date(dct - timedelta(days=1), 6, "before")
    else:
        sat = weekday_date(dct, 6, "onbefore")
    return _Value("DATE", iso_week(sat) + "-WE", True, relative)


def _month(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    month = _rules().months[_key(g["m"])]
    trail = _key(g["trail"]) if "trail" in g else None
    if "y" in g:
        return _Value("DATE", f"{int(g['y']):04d}-{month:02d}")
    year = _named_year(ctx, g) or (_paragraph_year(ctx, start) if trail is None else None)
    if year is None:
        year = _infer_year(ctx, month, None, trail, start)
        if year is not None and trail is None and _clause_cue(ctx, start) == 0:
            ctx.guessed.append(start)  # the nearest such month: `_told_in_order` may amend
    if year is None:
        return _Value("DATE", f"XXXX-{month:02d}", False)
    if trail == "ini" and ctx.dct is not None:
        year = ctx.dct.year
    return _Value("DATE", f"{year:04d}-{month:02d}")


def _decade(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    dec = g["dec"]
    if len(dec) == 2:
        dec = "19" + dec
    return _Value("DATE", dec[:3])


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _century(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """ "abad ke-21" = 2000-2099, TIMEX3 "20"; "abad XIX" = "18"."""
    raw = g["cent"]
    if raw.isdigit():
        n = int(raw)
    else:
        vals = [_ROMAN[c] for c in raw.upper()]
        n = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    if not 1 <= n <= 30:
        return None
    return _Value("DATE", f"{n - 1:02d}")


def _year_bc(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """ "600 SM": the year before Christ, as TimeML writes it (BC0600)."""
    y = int(g["y"])
    return _Value("DATE", f"BC{y:04d}") if y > 0 else None


def _year_kind(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    if "ynext" in g and int(g["ynext"]) != int(g["y"]) + 1:
        return None  # "2020/2024": not one academic or fiscal year
    if _year_in_name(g, ctx, start):
        return None
    return _Value("DATE", g["y"])


_YEAR_DATED_AFTER = WordSet("timex", TimexData, "years.dated_after")
_MONTH_AFTER = WordSet("timex", TimexData, "month_after.words")


def _year_in_name(g: dict[str, str], ctx: _Ctx, start: int) -> bool:
    """Whether a bare year is part of a name ("saham 1860 Muenchen", a club): nothing but
    its digits matched, a capitalised word that is no time word follows it, and a lower-case
    word that dates no year ("pada", "sejak") comes right before it, here or where the text
    writes the same pair again ("TSV 1860 Muenchen ... mendukung 1860 Muenchen"); txq26."""
    if ctx.text[start:ctx.end] != g["y"]:
        return False  # "tahun 2011 Ismaik", "2011 lalu": said as a time
    r = _rules()
    nxt = _NEXT_WORD.match(ctx.text, ctx.end)
    if nxt is None or len(nxt.group(1)) < 2 or not nxt.group(1)[0].isupper():
        return False
    word = _key(nxt.group(1))
    if word in r.days or word in r.months or word in r.months_full or word in r.units:
        return False
    pair = re.compile(rf"(?<![\w.,/:-]){g['y']}\s+{re.escape(nxt.group(1))}(?!\w)")
    return any(_names_after(ctx.text, m.start()) for m in pair.finditer(ctx.text))


def _names_after(text: str, start: int) -> bool:
    """Whether the word right before a year is a lower-case one that dates no year: the
    year then opens a name ("kepemilikan 1860 Muenchen"), not a time ("pada 2011 Ismaik")."""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    if prev is None or not prev.group(1)[0].islower():
        return False
    word = _key(prev.group(1))
    return word not in _YEAR_DATED_AFTER and word not in _MONTH_AFTER


_HOLIDAY_PASSED = 120  # days after which a holiday in a forward-looking clause is next year's


def _season_year(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """ "musim ini" (a racing or league season): the publication's year, shifted."""
    base = ctx.dct
    if base is None:
        return _Value("DATE", "XXXX", False)
    return _Value("DATE", f"{base.year + _YEAR_SHIFT[_key(g['dir'])]:04d}")


def _holiday(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A named holiday: that year's ("Lebaran" = the publication year's Idul Fitri; the
    next one in a forward-looking clause once this year's has passed), or the year
    named ("Idul Fitri 2024", "Natal tahun lalu"). None where the year has no date."""
    r = _rules()
    word = g["word"]
    if " " not in word.strip() and word[0].isupper():
        prev = _PREV_WORD.search(ctx.text, max(0, start - 40), start)
        if prev is not None and prev.group(1)[0].isupper() \
                and _key(prev.group(1)) not in r.holiday_name_after \
                and _key(prev.group(1)) not in r.holiday_every_before:
            return None  # "Kabupaten Mandailing Natal": a place's name (not "Setiap Natal")
    days = r.holiday_dates[r.holidays[_key(word)]]
    base = ctx.dct
    year = int(g["y"]) if "y" in g else _named_year(ctx, g)
    every = days.get("every")
    if _key(word) == "hari kemerdekaan":  # bare, no "RI" / "Indonesia" in the name
        every = _foreign_independence(ctx.text, start) or every
    if year is None and "ytrail" not in g and _any_year(ctx, start, g):
        # "setiap Lebaran", "biasanya saat Natal", "Misalnya, Ramadhan ..., HUT RI ...":
        # the holiday of any year, not the last one (numtime11)
        return _Value("DATE", f"XXXX-{every or 'XX-XX'}", False)
    if year is None and every is not None:
        # a fixed day ("Hari Buruh", "Tahun Baru") is read as its day and month written
        # out would be: the nearest one, unless a cue in the clause says past or future
        year = _infer_year(ctx, int(every[:2]), int(every[3:]), None, start)
        if year is None:  # no date to count from
            return _Value("DATE", f"XXXX-{every}", False)
    if year is None:  # a movable feast: this year's date, or next year's
        if base is None:
            return None
        year = base.year
        md = days.get(str(year))
        if md is not None and _future_clause(ctx, start) \
                and (base - date(year, int(md[:2]), int(md[3:]))).days > _HOLIDAY_PASSED:
            year += 1  # "akan mudik Lebaran" in December: next year's (not "akan
            # diberikan sebelum Lebaran" reported two months after it)
    md = every or days.get(str(year))
    if md is None:
        return None
    return _Value("DATE", f"{year:04d}-{md}")


# numtime15: other countries' independence days (a class: the countries a story of
# another country may name), by the country's Indonesian name, lower-cased
_INDEPENDENCE_DAYS = {
    "india": "08-15", "pakistan": "08-14", "bangladesh": "03-26", "sri lanka": "02-04",
    "malaysia": "08-31", "singapura": "08-09", "filipina": "06-12", "vietnam": "09-02",
    "myanmar": "01-04", "timor leste": "11-28", "korea selatan": "08-15",
    "amerika serikat": "07-04", "meksiko": "09-16", "brasil": "09-07", "argentina": "07-09",
    "chili": "09-18", "kolombia": "07-20", "peru": "07-28", "venezuela": "07-05",
    "ghana": "03-06", "nigeria": "10-01", "kenya": "12-12", "aljazair": "07-05",
    "ukraina": "08-24", "polandia": "11-11", "palestina": "11-15", "uzbekistan": "09-01",
    "kazakhstan": "12-16", "kamboja": "11-09", "laos": "12-02", "brunei": "02-23",
}
_COUNTRY = re.compile(r"(?<![\w-])(indonesia|ri|" + "|".join(
    sorted(_INDEPENDENCE_DAYS, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<!\w)dari\s+\Z", re.IGNORECASE)


def _foreign_independence(text: str, start: int) -> str | None:
    """Another country's independence day ("MM-DD") where a bare "Hari Kemerdekaan" is
    told in a story of that country: the first country its sentence or the one before
    names (not one independence was won from, "kemerdekaan dari Inggris"), when none of
    them is Indonesia; None otherwise (Indonesia's 17 August)."""
    lo, _ = _sentence_around(text, start)
    lo, _ = _sentence_around(text, max(0, lo - 2)) if lo > 0 else (lo, 0)
    lo = max(lo, text.rfind("\n", 0, start) + 1)  # within the paragraph
    named = [m.group(1).casefold() for m in _COUNTRY.finditer(text, lo, start)
             if not _FROM_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    if not named or any(c in ("indonesia", "ri") for c in named):
        return None
    return _INDEPENDENCE_DAYS[named[0]]


_DIRECTED = re.compile(r"\s+(?:lalu|kemarin|ini|itu|tadi|nanti|depan|mendatang|silam)(?!\w)",
                       re.IGNORECASE)


def _any_year(ctx: _Ctx, start: int, g: dict[str, str]) -> bool:
    """Whether a holiday named without a year is any year's: right after "setiap", in a
    habit's sentence, or in a sentence opening with an example word (a list of kinds of
    occasion); not with a direction word after it ("Natal lalu", "Lebaran nanti")."""
    r = _rules()
    if _word_before(ctx.text, start) in r.holiday_every_before:
        return True
    end = start + len(g["word"])
    if _DIRECTED.match(ctx.text, end):
        return False
    lo, hi = _sentence_around(ctx.text, start)
    # (a habit's adverb, not a rule's or advice's word: "larangan mudik saat Lebaran" is
    # one year's ban)
    return any(_key(m.group().strip()) in _HABIT_ADVERBS
               for m in r.habit.finditer(ctx.text, lo, hi)) \
        or r.example_opener.match(ctx.text, lo) is not None \
        or (_SINCE_OPENS.match(ctx.text, lo) is not None
            and _word_before(ctx.text, start) != "sejak")
    # ("Sejak saat itu, para perdana menteri berpidato pada Hari Kemerdekaan": each
    # year's since then; not "sejak Lebaran", the last one; numtime15)


_SINCE_OPENS = re.compile(r"\W*sejak(?!\w)", re.IGNORECASE)
_HABIT_ADVERBS = WordSet("timex", TimexData, "habit_adverbs.words")  # "biasanya": timex.toml


def _season(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    code = r.seasons[_key(g["word"])]
    base = ctx.anchor()
    end = ctx.text.find(g["word"], start) + len(g["word"]) + len(g.get("own", ""))
    if base is None or r.season_kind.match(ctx.text, end) \
            or _word_before(ctx.text, start) in _SEASON_NAMED_AFTER \
            or (("own" in g or _habitual(ctx, start) or _season_cycle(ctx.text, start))
                and not _SEASON_TOLD.match(ctx.text, end)):
        # (numtime14: a habit's season, "sering macet selama musim hujan", is any year's,
        # unless a year or a direction follows it; so is one said as someone's, "liburan
        # musim panasnya", his summer holidays, with no year told: tx29b; so is one named
        # as a kind, "dikatakan musim hujan": tx30)
        return _Value("DATE", f"XXXX-{code}", False)
    return _Value("DATE", f"{base.year:04d}-{code}")


_SEASON_NAMED_AFTER = WordSet("timex", TimexData, "season_named_after.words")  # "disebut"
_SEASON_CYCLE = WordSet("timex", TimexData, "season_cycle.words")  # "bermigrasi"


@cache
def _season_cycle_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_alt(sorted(_SEASON_CYCLE))}(?!\w)", re.IGNORECASE)


def _season_cycle(text: str, start: int) -> bool:
    """Whether the sentence around `start` tells a living thing's seasonal cycle
    ("bertahan hidup ... selama musim dingin"): each year's season, not one (tx32b)."""
    lo, hi = _sentence_around(text, start)
    return _season_cycle_words().search(text, lo, hi) is not None
_SEASON_TOLD = re.compile(r"\s+(?:ini|itu|tersebut|lalu|depan|mendatang|kemarin|tahun|nanti|"
                          r"\d{4})(?!\w)", re.IGNORECASE)


def _set(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    r = _rules()
    if "wd" in g:
        return _Value("SET", f"XXXX-WXX-{r.days[_key(g['wd'])]}")
    if "part" in g:  # "setiap pagi"
        return _Value("SET", f"XXXX-XX-XXT{r.parts[_key(g['part'])]}")
    n = parse_number(g["num"]) if "num" in g else 1.0
    if n is None:
        return None
    value = duration_value([_measure(g.get("unit") or g["unit1"], n)])
    times = parse_number(g["times"]) if "times" in g else None
    if times is not None and times == int(times) and times > 0:
        # "tiga kali sehari": three times in each day, TIMEX3 value P1D with freq 3X
        return _Value("SET", value, freq=f"{int(times)}X")
    return _Value("SET", value)


def _duration(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    parts = [_measure(g.get("unit") or g.get("seunit", ""), _amount(g))]
    if "unit2" in g:
        parts.append(_measure(g["unit2"], _amount(g, "num2")))
    return _Value("DURATION", duration_value(parts))


def _vague_duration(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    return _Value("DURATION", _rules().vague_durations[_key(g["word"])])


def _ref(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A reference word ("saat itu"); none in an idiom ("di saat yang sama" = meanwhile,
    anaphoric, where "pada saat yang sama" is the moment told)."""
    r = _rules()
    word = _key(g["word"])
    if _word_before(ctx.text, start) in r.ref_idioms.get(word, frozenset()):
        return None
    if r.refs[word] == "PAST_REF" and r.ref_arrived.match(ctx.text, ctx.end):
        day = _sentence_day(ctx, start)
        if day is not None:  # "Pada hari ini, 21 April, saat itu sudah tiba": that day
            return _Value("DATE", day)
    return _Value("DATE", r.refs[word])


def _sentence_day(ctx: _Ctx, start: int) -> str | None:
    """The last day found before `start` in its sentence ("2025-04-21"), if any."""
    lo = _sentence_around(ctx.text, start)[0]
    return next((t.value for t in reversed(ctx.found)
                 if t.span.start >= lo and _DAY_VALUE.fullmatch(t.value)), None)


def _past_ref(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    if "formerly" in g:  # "dahulu" before a verb: "formerly" only after its subject
        before = _word_before(ctx.text, start)
        if not before or before in _FIRST_BEFORE or _PREFIXED_VERB.match(before):
            return None  # "mendaftar dahulu melalui ...", "terlebih dahulu": first
    return _Value("DATE", "PAST_REF")


_FIRST_BEFORE = WordSet("timex", TimexData, "first_before.words")  # "terlebih": timex.toml


def _future_ref(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    return _Value("DATE", "FUTURE_REF")


def _forward_ref(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """'ke depan' opening or closing a clause: "from now on" when its sentence before it
    hopes or aims ("Dia berharap, ke depan ...", "agar ... lebih ketat ke depan"); closing
    a clause before a join, that join is read too ("ke depan agar ...": a purpose)."""
    said = _stretch_before(ctx.text, start, 300, _SENTENCE_MARKS)
    join = _WORD_AFTER.match(ctx.text, ctx.end) if "word4" in g else None
    if join is not None:
        said += " " + join.group(1)
    if _rules().forward_cue.search(said) is None:
        return None
    return _Value("DATE", "FUTURE_REF")


_TODAY_TRAILS = WordSet("timex", TimexData, "today_trails.words")  # "tadi": timex.toml


def _part(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A part of the day alone ("pada malam hari", "malam itu"): that part of the day the
    text last mentioned; "sore tadi", "sore hari ini" are of the publication (or
    statement) day, and so is "petang nanti" (this evening, later: tx32)."""
    r = _rules()
    code = r.parts[_key(g["part"])]
    trail = g.get("trail") or g.get("trail2")
    if trail is not None and _key(trail) in _TODAY_TRAILS:
        base = _speech_day(ctx, start) or ctx.dct
        if base is not None and _key(trail) == "tadi" and code == _MIDNIGHT:
            # "tengah malam tadi": the midnight that has passed, which ended the day
            # before (24:00 of today is the coming one); the story's day from then on
            base -= timedelta(days=1)
            ctx.remember(base)
    elif (trail is None and (_habitual(ctx, start)
                             or _word_before(ctx.text, start) in r.conditional)) \
            or (_after_habit(ctx) and not _forecast(ctx, start)):
        # "umumnya ... pada siang", "kalau malam hari jalan sepi": any day's
        return _Value("TIME", f"XXXX-XX-XXT{code}", False)
    else:
        base = ctx.anchor()
        if base is not None and code == "MO" and _NEXT_PART.search(ctx.text, start, ctx.end) \
                and _later_in_day(ctx, base):
            # "tiba pukul lima sore. Setelah bermalam, pagi harinya ...": the morning after
            # a later time of the day the story had reached is the next day's (numtime18)
            base += timedelta(days=1)
            ctx.ref = base  # (the story's next day, even when it is the publication day)
    if base is None:
        return _Value("TIME", f"XXXX-XX-XXT{code}", False)
    return _Value("TIME", f"{base.isoformat()}T{code}")


_NEXT_PART = re.compile(r"\w(?:nya|\s+harinya)\Z")  # "paginya", "pagi harinya"
_LATE_CLOCK = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:AF|EV|NI|(?:1[2-9]|2\d)(?::\d{2})*)\Z")


def _later_in_day(ctx: _Ctx, day: date) -> bool:
    """Whether the last expression found that names a day (past durations, years and vague
    references) is an afternoon, evening or night time of `day`; not the small hours ("dini
    hari", "pukul 02.30"), whose morning is the same day's."""
    last = next((t for t in reversed(ctx.found) if _DAY_VALUE.match(t.value)), None)
    if last is None or last.type != "TIME":
        return False
    m = _LATE_CLOCK.match(last.value)
    return m is not None and m.group(1) == day.isoformat() \
        and _SMALL_HOURS.search(ctx.text, last.span.start, last.span.end) is None


_SMALL_HOURS = re.compile(r"dini|subuh", re.IGNORECASE)


def _forecast(ctx: _Ctx, start: int) -> bool:
    """Whether the sentence around `start` forecasts ("hujan ringan diprediksi masih
    melanda"): it tells the forecast day, whatever general talk came before."""
    lo, hi = _sentence_around(ctx.text, start)
    return _rules().forecast.search(ctx.text, lo, hi) is not None


def _sentence_around(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence around `start`: from the last sentence end in the 300
    characters before it to the next sentence end (or the text's end)."""
    lo = max(0, start - 300)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    end = _SENTENCE_END.search(text, start)
    return lo, end.start() if end else len(text)


def _after_habit(ctx: _Ctx) -> bool:
    """Whether the last expression found is a habit's part of the day ("Hujan umumnya
    turun pada siang ..."): the story tells no day since, so the next part of the day
    alone ("... adalah hujan terjadi pada siang") is any day's too."""
    last = ctx.found[-1] if ctx.found else None
    return last is not None and last.type == "TIME" and last.value.startswith("XXXX-XX-XXT") \
        and ctx.dct is not None


_MIDNIGHT = "24:00"  # the clock a part of the day gives midnight ("tengah malam")
_PART_VALUE = re.compile(r"(.*T)(?:MO|MI|AF|EV|NI)")
_CLOCK_DAY = re.compile(r"(.*T)\d{2}:\d{2}")
_JOINED = re.compile(r"\s+(?:dan|atau|ataupun|serta)\s+|\s*,\s*(?:(?:dan|atau|ataupun|serta)\s+)?")


_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?]|\Z)")
_PREFIXED_VERB = re.compile(r"(?:me|ber|di|ter)\w{3,}\Z", re.IGNORECASE)


def _attribute_part(text: str, start: int, end: int) -> bool:
    """Whether a bare part of the day closes its sentence right after a word that is no
    prefixed verb: it describes the noun before ("pengaruh buruk lingkungan malam hari.":
    the night's surroundings, an adjective as "sehari-hari"), no time (seed 16's ruling);
    after a verb it tells when ("saat beraktivitas siang hari.")."""
    if _ENDS_SENTENCE.match(text, end) is None:
        return False
    return _PREFIXED_VERB.match(_word_before(text, start)) is None


def _bare_part(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A part of the day with "hari" and no word before it that governs a day ("suhu siang
    hari meningkat", "baru tahu malam hari"): any day's, a habit or a day the text does not
    say, unless the sentence before it or its own told a time of that part of a day
    ("evakuasi malam itu juga. Evakuasi dilakukan malam hari": that night; tx29)."""
    if _attribute_part(ctx.text, start, ctx.end):
        return None
    code = _rules().parts[_key(g["part"])]
    lo = _sentence_around(ctx.text, max(0, _sentence_around(ctx.text, start)[0] - 2))[0]
    for t in reversed(ctx.found):
        if t.span.start < lo:
            break
        if t.type == "TIME" and t.anchored and t.value.endswith("T" + code):
            return _Value("TIME", t.value)
    return _Value("TIME", f"XXXX-XX-XXT{code}", False)


def _joined_part(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A part of the day joined to the one just found ("pada siang atau sore hari", "Senin
    pagi dan sore"): the same day's; none when the first is no time expression ("bekerja
    siang dan malam")."""
    last = ctx.found[-1] if ctx.found else None
    if last is None or not _JOINED.fullmatch(ctx.text, last.span.end, start):
        return None
    # (or to a clock time: "minum sekitar pukul 10.00 atau siang" is that day's afternoon;
    # numtime24)
    m = _PART_VALUE.fullmatch(last.value) or _CLOCK_DAY.fullmatch(last.value)
    if m is None:
        return None
    return _Value("TIME", m.group(1) + _rules().parts[_key(g["part"])], last.anchored)


def _habit_clock(ctx: _Ctx, start: int) -> bool:
    """Whether a clock time alone is a schedule's or a rule's, any day's: its sentence says
    a habit or rule ("buka setiap hari pukul 07.00", "larangan memasak sebelum pukul
    00.00") and dates nothing before it, or the paragraph's last expression was such a time
    ("... Masaknya harus pukul 2 pagi": the rule goes on)."""
    if ctx.dct is None:
        return False
    last = ctx.found[-1] if ctx.found else None
    if last is not None and last.value.startswith("XXXX-XX-XXT") \
            and "\n" not in ctx.text[last.span.end:start]:
        return True
    if not _habitual(ctx, start):
        return False
    lo = max(0, start - 300)
    for m in _SENTENCE_END.finditer(ctx.text, lo, start):
        lo = m.end()
    return not any(t.span.start >= lo and t.value[:1].isdigit() for t in ctx.found)


def _habitual(ctx: _Ctx, start: int) -> bool:
    """Whether the sentence around `start` says a habit ("Hujan umumnya turun ...")."""
    lo, hi = _sentence_around(ctx.text, start)
    return _rules().habit.search(ctx.text, lo, hi) is not None \
        and _rules().forecast.search(ctx.text, lo, hi) is None  # (no `_forecast`: same bounds)


def _position(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """ "akhir tahun" alone: the publication's year or month (a target or a deadline
    more often than the story's), whose part `_with_mod` records."""
    unit = _rules().units[_key(g["unit"])]
    base = ctx.dct or ctx.anchor()
    if base is None:
        return _Value("DATE", _UNANCHORED[unit], False)
    return _Value("DATE", period_value(base, unit))


_YEAR_SHIFT = {"ini": 0, "lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1}


def _year_part(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """A quarter or half of a year ("kuartal IV 2024" = 2024-Q4, "semester I" = H1).

    Without a year: the last one that began on or before the reference date, or with a
    future cue the first that has not ended by then.
    """
    r = _rules()
    letter = r.year_parts[_key(g["part"])]
    n = r.year_part_numbers[_key(g["n"])]
    count = 4 if letter == "Q" else 2
    if n > count:
        return None
    # "kuartal pertama dan kedua tahun depan": the year named after the second one
    y_raw = g.get("y") or g.get("y2") or g.get("y3")
    ydir = g.get("ydir") or g.get("ydir2")
    base = ctx.anchor()
    if y_raw:
        year = int(y_raw)
    elif base is None:
        return _Value("DATE", f"XXXX-{letter}{n}", False)
    elif ydir is not None:
        year = (ctx.dct or base).year + _YEAR_SHIFT[_key(ydir)]
    else:
        months = 12 // count
        first = date(base.year, (n - 1) * months + 1, 1)
        last = add_months(first, months) - timedelta(days=1)
        if _clause_cue(ctx, start) > 0:
            year = base.year if last >= base else base.year + 1
        else:
            year = base.year if first <= base else base.year - 1
    return _Value("DATE", f"{year:04d}-{letter}{n}")


def _year_part_rel(g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """The quarter or half of the reference date, or the one before or after it
    ("kuartal ini", "akhir triwulan lalu", "semester depan")."""
    r = _rules()
    letter = r.year_parts[_key(g["part"])]
    count = 4 if letter == "Q" else 2
    # "akhir kuartal" alone: the publication's quarter, like "akhir tahun" (`_position`)
    base = ctx.anchor() if "dir" in g else ctx.dct or ctx.anchor()
    if base is None:
        return None  # no value to give without a date to count from
    index = base.year * count + (base.month - 1) // (12 // count) \
        + (_YEAR_SHIFT[_key(g["dir"])] if "dir" in g else 0)
    year, n = divmod(index, count)
    if not 1 <= year <= 9999:
        return None
    return _Value("DATE", f"{year:04d}-{letter}{n + 1}")


_MODS: dict[str, Literal["START", "MID", "END"]] = {"START": "START", "MID": "MID",
                                                    "END": "END"}
_Normaliser = Callable[[dict[str, str], _Ctx, int], "_Value | None"]
_KINDS: dict[str, _Normaliser] = {
    "datetime": _datetime,
    "relative_day": _relative_day,
    "relative_part": _relative_part,
    "relative": _relative,
    "weekend": _weekend,
    "month": _month,
    "decade": _decade,
    "century": _century,
    "year": _year_kind,
    "year_bc": _year_bc,
    "season": _season,
    "holiday": _holiday,
    "season_year": _season_year,
    "future_ref": _future_ref,
    "forward_ref": _forward_ref,
    "set": _set,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "ref": _ref,
    "past_ref": _past_ref,
    "part": _part,
    "joined_part": _joined_part,
    "bare_part": _bare_part,
    "year_part": _year_part,
    "year_part_rel": _year_part_rel,
    "position": _position,
}


def _emit(ctx: _Ctx, start: int, end: int, v: _Value | None) -> None:
    if v is not None:
        ctx.found.append(TimeExpr(span=Span(start=start, end=end), type=v.type, value=v.value,
                                  anchored=v.anchored, relative=v.relative,
                                  mod=_MODS.get(v.mod or ""), freq=v.freq))


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The regex's leftmost non-overlapping matches, each token trying only the patterns
    that can start with it.

    Same result as `_full_regex().finditer(text)` (tests check it), several times faster.
    """
    dispatch = _rules().dispatch
    end = 0
    low = text.lower()
    # The tokens that may start a pattern, found by one regex over the lower-cased text
    # (a superset, checked below); where lower-casing changes the length, every token.
    toks = _starts().finditer(low) if len(low) == len(text) else _TOKEN.finditer(text)
    for tok in toks:
        at = tok.start()
        if at < end:
            continue
        regex = dispatch.get(_token_key(text[at:tok.end()]))
        if regex is None:
            continue
        m = regex.match(text, at)
        if m is not None:
            end = m.end()
            yield m


@cache
def _starts() -> re.Pattern[str]:
    """The `_TOKEN`s of a lower-cased text whose dispatch key may start a pattern: digit
    runs, "(" and the key words (as a trie, so a word costs a few steps, not one per key)."""
    trie: dict[str, Any] = {}
    for key in _rules().dispatch:
        if key not in ("<digit>", "<paren>"):
            node = trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = {}

    def alternation(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + alternation(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(r"(?<!\w)(?:\d\w*|(?:" + alternation(trie) + r")(?!\w))|\(")


_YEAR_NAMED = re.compile(r"(\d{4})(?:-|\Z)")
# a value whose year alone is unknown: "tahun ini" XXXX, "kuartal keempat" XXXX-Q4,
# "Desember tahun ini" XXXX-12, "Kamis (10/11)" XXXX-11-10 (with a clock time or not)
_YEARLESS_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})")
_YEAR_UNKNOWN = re.compile(r"XXXX(?:-(?:[QH]\d|\d{2}(?:-\d{2}(?:T[\d:]+)?)?))?")


def find_times(text: str, published: datetime | date | None) -> list[TimeExpr]:
    """Time expressions in `text`, in order, normalised against `published` (the DCT).

    Without `published`, the text's own dates anchor it (`_text_dated`); where it names no
    year, DCT-relative values keep X placeholders and `anchored=False`.
    """
    if published is None:
        return _text_dated(text)
    return _find_times(text, published)


def _text_dated(text: str) -> list[TimeExpr]:
    """An undated text's times (a folder's, a corpus's), read against the time it gives
    itself (issue 15): its reporting day ("jelas Menhub ..., Senin (6/3/2017)") stands for
    the publication date; a yearless one ("Kamis (10/11)") takes the year its weekday
    agrees with nearest the latest year the text names. Without one, that latest year is
    taken as the year it reports in (news names past years and its own, the latest is the
    nearest to its writing), and sets only what lacks nothing but the year ("tahun ini",
    "kuartal keempat", "Desember tahun ini"): a day, week or month the text does not say
    stays unknown, never guessed; a text naming no year keeps its X placeholders."""
    # The regex's matches do not depend on the anchor: found once, read up to three times
    # (an undated text was scanned again for each reading; speed27)
    hits = list(_matches(text))
    found = _find_times(text, None, hits)
    day = _reporting_day(text, found)
    if day is None:
        year = _latest_year(text, found)
        if year is None:
            return found
        day = _weekday_dated(text, found, year)
        if day is None:
            if not any(_year_only_unknown(t) for t in found):
                return found  # nothing to fill: no second reading
            # the year's last day: a yearless month or quarter falls in that year
            return _year_filled(text, found, _find_times(text, date(year, 12, 31), hits),
                                year)
    return _find_times(text, day, hits)


def _latest_year(text: str, found: list[TimeExpr]) -> int | None:
    """The latest year the text itself names (a day, month, quarter or year of it) to date
    its events by: a target or plan year ("Visi 2045", "pada 2030 nanti") is left out, it
    says when something is hoped for, not when the text is written (tx26)."""
    years = [int(m.group(1)) for t in found if t.type == "DATE" and t.anchored
             and (m := _YEAR_NAMED.match(t.value)) is not None
             and not _target_year(text, t)]
    return max(years, default=None)


_TARGET_YEAR_AFTER = WordSet("timex", TimexData, "target_year_after.words")  # timex.toml


def _target_year(text: str, t: TimeExpr) -> bool:
    """Whether `t` names a goal's time: right after a target word ("Visi 2045"), right
    before a future cue ("2030 nanti", "2045 mendatang") or in a clause looking ahead
    ("akan membangun rumah pada 2030")."""
    if _word_before(text, t.span.start) in _TARGET_YEAR_AFTER:
        return True
    after = _WORD_AFTER.match(text, t.span.end)
    future_cue = _rules().future_cue
    if future_cue.search(text, t.span.start, t.span.end) is not None or (
            after is not None and future_cue.fullmatch(after.group(1))):
        return True  # the cue kept in the span ("2030 nanti") or right after it
    return _text_clause_cue(text, t.span.start) > 0


def _framed_weekday(text: str, t: TimeExpr) -> int | None:
    """The weekday a date is written with in the reporting frame ("Senin (6/3/2017)")."""
    surface = text[t.span.start:t.span.end]
    words = surface.split(maxsplit=1)
    if t.type != "DATE" or "(" not in surface or not words:
        return None
    return _rules().days.get(_key(words[0]))


def _reporting_day(text: str, found: list[TimeExpr]) -> date | None:
    """The latest day written as a weekday with its dated brackets, the frame a report
    dates its telling with, when the weekday agrees with the date."""
    best: date | None = None
    for t in found:
        wd = _framed_weekday(text, t)
        if wd is None or not t.anchored or not _DAY_VALUE.fullmatch(t.value):
            continue
        day = date.fromisoformat(t.value)
        if day.isoweekday() == wd and (best is None or day > best):
            best = day
    return best


_WEEKDAY_YEARS = 3  # how far from the latest year named a framed weekday may move the year


def _weekday_dated(text: str, found: list[TimeExpr], year: int) -> date | None:
    """The latest yearless reporting day ("Kamis (10/11)"), in the year nearest `year`
    (the later on a tie) whose calendar gives that date the weekday written; None when no
    year near enough agrees."""
    best: date | None = None
    # the years to try, nearest `year` first, the later on a tie
    years = sorted(range(year - _WEEKDAY_YEARS, year + _WEEKDAY_YEARS + 1),
                   key=lambda y: (abs(y - year), -y))
    for t in found:
        wd = _framed_weekday(text, t)
        m = _YEARLESS_DAY.fullmatch(t.value) if wd is not None else None
        if m is None:
            continue
        for y in years:
            try:
                day = date(y, int(m.group(1)), int(m.group(2)))
            except ValueError:
                continue
            if day.isoweekday() == wd:
                best = day if best is None or day > best else best
                break
    return best


def _year_filled(text: str, found: list[TimeExpr], dated: list[TimeExpr],
                 year: int) -> list[TimeExpr]:
    """`found` with each value whose year alone is unknown taken from `dated` (the same
    text read against `year`'s last day), where that reading fills just the year, a
    weekday written with the date agrees with it, and a month, quarter or day falls in
    `year` itself (one put in the next year only by the reading's end-of-year anchor,
    "akhir Januari nanti", is a guess)."""
    by_span = {(t.span.start, t.span.end, t.type): t for t in dated}
    out: list[TimeExpr] = []
    for t in found:
        d = by_span.get((t.span.start, t.span.end, t.type))
        if _year_only_unknown(t) and d is not None \
                and d.anchored and d.value[:4].isdigit() and d.value[4:] == t.value[4:] \
                and _weekday_agrees(text, d) \
                and (t.value == "XXXX" or d.value[:4] == f"{year:04d}"):
            t = d
        out.append(t)
    return out


def _year_only_unknown(t: TimeExpr) -> bool:
    """A value the text leaves without its year alone ("XXXX", "XXXX-Q4", "XXXX-12")."""
    return not t.anchored and _YEAR_UNKNOWN.fullmatch(t.value) is not None


def _weekday_agrees(text: str, t: TimeExpr) -> bool:
    wd = _framed_weekday(text, t)
    return wd is None or not _DAY_VALUE.fullmatch(t.value[:10]) \
        or date.fromisoformat(t.value[:10]).isoweekday() == wd


def _find_times(text: str, published: datetime | date | None,
                hits: Sequence[re.Match[str]] | None = None) -> list[TimeExpr]:
    """`find_times` against `published` as given (None: no anchor); `hits` are
    `_matches(text)` when the caller has them already."""
    rules = _rules()
    dct = published.date() if isinstance(published, datetime) else published
    hour = published.hour if isinstance(published, datetime) else None
    ctx = _Ctx(text=text, dct=dct, hour=hour)
    ctx.today = _text_today(text, dct)
    for m in _matches(text) if hits is None else hits:
        pat = rules.patterns[int(m.lastgroup[1:])] if m.lastgroup else None
        if pat is None:  # pragma: no cover - every alternative is a named group
            continue
        g = {short: v for full, short in pat.groups if (v := m.group(full)) is not None}
        if pat.kind in ("weekday_range", "clock_range"):
            _two(ctx, pat, m, g)
            continue
        if pat.kind == "duration_range":
            for key, num in (("x1", "num1"), ("x2", "num")):
                n = parse_number(g[num])
                if n is not None:
                    _emit(ctx, m.start(f"p{pat.index}_{key}"), m.end(f"p{pat.index}_{key}"),
                          _Value("DURATION", duration_value([_measure(g["unit"], n)])))
            continue
        if "x" in g:
            start, end = m.start(f"p{pat.index}_x"), m.end(f"p{pat.index}_x")
        else:
            start, end = m.start(), m.end()
        ctx.end = end
        v = _normalise(pat.kind, g, ctx, start)
        if v is None and pat.kind == "holiday" and "y" in g:
            # "Ramadan 2026", "Tahun Baru Islam 2025", "Lebaran 1990": no day to give (or a
            # place's name), the year said is still a date, alone (numtime11)
            start, end = m.start(f"p{pat.index}_y"), m.end(f"p{pat.index}_y")
            v = _Value("DATE", f"{int(g['y']):04d}")
        _emit(ctx, start, end, v)
    if len(ctx.guessed) > 1:
        _told_in_order(ctx)
    return _listed_parts(_listed_sets(_glued_weekdays(_glossed(ctx.found, text), text), text),
                         text)


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})\Z")


def _told_in_order(ctx: _Ctx) -> None:
    """Yearless months told one after another in a sentence happened in that order ("Pada
    Februari, Apple menjanjikan ..., yang kemudian meningkat ... pada Agustus"): where the
    nearest-month guess put the first after the next (February 2026, August 2025 in an
    October 2025 article), the first takes the next one's year (numtime11)."""
    at = {t.span.start: n for n, t in enumerate(ctx.found)}
    guessed = [at[s] for s in ctx.guessed if s in at]
    for a, b in zip(guessed, guessed[1:], strict=False):
        first, nxt = ctx.found[a], ctx.found[b]
        ma, mb = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(nxt.value)
        if ma is None or mb is None or _SENTENCE_END.search(ctx.text, first.span.end,
                                                            nxt.span.start):
            continue
        if int(ma[1]) > int(mb[1]) and int(ma[2]) < int(mb[2]):
            ctx.found[a] = replace(first, value=f"{mb[1]}-{ma[2]}")


_GLOSS_JOIN = re.compile(r"\s*,\s*|\s*\(\s*")  # "Kemarin, Minggu (4/5)"; "Besok (hari ini)"
_TIME_GLOSS_JOIN = re.compile(r"\s*,?\s*")  # a time's day may follow it with no comma


_TODAY_GLOSSED = re.compile(r"(?<!\w)hari\s+ini\s*,\s*", re.IGNORECASE)
_TODAY_REACH = timedelta(days=3)  # how far before publication a text's own today may lie


def _text_today(text: str, dct: date | None) -> date | None:
    """The day a text names as its own today outside quotes ("... diperiksa hari ini,
    Senin (20/10/2025).") when it is not the publication day: a report written on that
    day and published a day or two later (a compilation of an earlier report) counts its
    undated "hari ini", "besok" and "kemarin" from it, not from publication (issue 15,
    part 2: dates inside a text anchor to the day the text gives). None when no such
    gloss, when two disagree, or when one names the publication day itself."""
    if dct is None:
        return None
    days: set[date] = set()
    copied = _copied_report_day(text, dct)
    if copied is not None:
        days.add(copied)
    for m in _TODAY_GLOSSED.finditer(text):
        frame = _rules().frame.match(text, m.end())
        if frame is None or frame.group("y") is None:
            continue
        lo = text.rfind("\n", 0, m.start()) + 1
        hi = text.find("\n", m.end())
        if quotation_around(text, m.start(), lo, len(text) if hi < 0 else hi) is not None:
            continue  # a speaker's today, dated by the statement
        day = _frame_day(frame, dct)
        if day is not None:
            days.add(day)
    if len(days) != 1:
        return None
    day = days.pop()
    return day if timedelta(0) < dct - day <= _TODAY_REACH else None


def _copied_report_day(text: str, dct: date) -> date | None:
    """The day of the report a text copies ("kata Jhony ..., Senin (20/10/2025), dilansir
    detikNews" in a text published on 21 Oct): every dated statement of the text names
    that one day, a day or two before publication, and one says it is quoted from another
    report; the copied report's "hari ini" is its own day. None otherwise."""
    days: set[date | None] = set()
    cited = False
    for m in _rules().frame.finditer(text):
        days.add(_frame_day(m, dct, reach=_TODAY_REACH))
        cited = cited or _QUOTED_FROM.search(text, m.end(), m.end() + 20) is not None
    if not cited or len(days) != 1:
        return None
    day = days.pop()
    return day if day is not None and day != dct else None


def _glossed(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A relative day glossed by the date right after it ('"Kemarin, hari Minggu tanggal 4
    Mei 2025, kami melapor ...," kata Khoiron, Senin (5/5/2025)'): the date the text gives,
    as for "kemarin (19/11)", whichever day the quote's statement is counted from; so is
    one glossed by a bracketed one ('"Besok (hari ini) ia diperiksa," ujar ...': the
    writer's today, which the speaker's "besok" was; tx32)."""
    out = list(found)
    for n in range(len(out) - 1):
        t, gloss = out[n], out[n + 1]
        if t.type == "DATE" and t.relative is not None and t.relative.endswith("D") \
                and _DAY_VALUE.fullmatch(gloss.value) and gloss.type == "DATE" \
                and _GLOSS_JOIN.fullmatch(text, t.span.end, gloss.span.start):
            out[n] = replace(t, value=gloss.value)
        elif t.type == "TIME" and t.anchored and _CLOCK_OF_DAY.fullmatch(t.value) \
                and gloss.type == "DATE" and _DAY_ONLY.fullmatch(gloss.value) \
                and _TIME_GLOSS_JOIN.fullmatch(text, t.span.end, gloss.span.start):
            # "berangkat tepat pukul satu siang, 18 Oktober 2025": the clock is of the
            # day written right after it, not of the day the text had reached (numtime18);
            # so is a part of the day right before its date ("Saat senja tanggal 16
            # Oktober", tx30)
            out[n] = replace(t, value=gloss.value + t.value[10:])
    return out


_CLOCK_OF_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T.+")
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def _glued_day() -> re.Pattern[str]:
    """A capitalised weekday glued by the source to the lower-case word before it, right
    before a bracketed date ("DilansirdetikSepakbolaRabu (22/10/2025)")."""
    days = sorted({k.capitalize() for k in _rules().days}, key=len, reverse=True)
    return re.compile(r"(?<=[a-z])(" + "|".join(re.escape(d) for d in days) + r")\s*\Z")


_GLUED_REACH = 12  # characters back from a bracketed date to a weekday glued before it


def _glued_weekdays(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A bracketed date whose weekday the source glued to the word before it: the weekday
    belongs to the expression (numtime13, timex seed 26), when it agrees with the date."""
    out = list(found)
    for n, t in enumerate(out):
        if t.type != "DATE" or not text.startswith("(", t.span.start) \
                or not _DAY_VALUE.fullmatch(t.value):
            continue
        m = _glued_day().search(text, max(0, t.span.start - _GLUED_REACH), t.span.start)
        if m is None:
            continue
        y, mo, d = (int(x) for x in t.value.split("-"))
        try:
            agrees = date(y, mo, d).isoweekday() == _rules().days[_key(m.group(1))]
        except ValueError:
            agrees = False
        if agrees:
            out[n] = replace(t, span=Span(start=m.start(1), end=t.span.end))
    return out


_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7]")
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:dan|atau|ataupun|serta)\s+|\s*,\s*")


def _listed_sets(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A bare weekday listed right after a weekday habit ("setiap Senin dan Kamis", "tiap
    Selasa, Rabu atau Jumat") is every such day too, not the last one (numtime13)."""
    out = list(found)
    r = _rules()
    for n in range(1, len(out)):
        a, b = out[n - 1], out[n]
        if a.type != "SET" or not _WEEKDAY_SET.fullmatch(a.value) or b.type != "DATE" \
                or _LIST_JOIN.fullmatch(text, a.span.end, b.span.start) is None:
            continue
        wd = r.days.get(_key(b.span.of(text)))
        if wd is not None:
            out[n] = replace(b, type="SET", value=f"XXXX-WXX-{wd}", relative=None)
    return out


@cache
def _part_before() -> re.Pattern[str]:
    """A bare part of the day ending a stretch, before a list join: "pagi, " of "pagi, siang,
    hingga malam"."""
    parts = sorted((k for k in _rules().parts if " " not in k), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, parts)) + r")"
                      r"(?:\s*,\s*(?:(?:dan|atau|ataupun|serta|hingga|sampai)\s+)?"
                      r"|\s+(?:dan|atau|ataupun|serta|hingga|sampai)\s+)\Z", re.IGNORECASE)


_PART_LIST_REACH = 40  # characters back from a part of the day to an earlier item of its list


def _listed_parts(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Bare parts of the day listed before one found ("kondisi pagi, siang, hingga malam
    hari", "pagi dan sore hari itu"): each is a time of the same day (or, unanchored, of
    any day) as the last, not words of no time (numtime19)."""
    out: list[TimeExpr] = []
    taken = 0  # where the last expression kept ends
    pattern = _part_before()
    parts = _rules().parts
    for t in found:
        m = _PART_VALUE.fullmatch(t.value) if t.type == "TIME" else None
        listed: list[TimeExpr] = []
        at = t.span.start
        while m is not None:
            b = pattern.search(text, max(taken, at - _PART_LIST_REACH), at)
            if b is None:
                break
            listed.append(replace(t, span=Span(start=b.start(1), end=b.end(1)),
                                  value=m.group(1) + parts[_key(b.group(1))], mod=None))
            at = b.start(1)
        out.extend(reversed(listed))
        out.append(t)
        taken = t.span.end
    return out


def _two(ctx: _Ctx, pat: _Pattern, m: re.Match[str], g: dict[str, str]) -> None:
    """The two ends of a weekday range (SETs: "Senin-Jumat" is every weekday) or of a
    clock range ("pukul 08.00-11.00 WIB"), each its own expression. A clock range right
    after a weekly schedule is a daily time with no day; otherwise it is of the day a
    date after it or the text last gave, as a clock time alone."""
    r = _rules()
    spans = [(m.start(f"p{pat.index}_x1"), m.end(f"p{pat.index}_x1")),
             (m.start(f"p{pat.index}_x2"), m.end(f"p{pat.index}_x2"))]
    if pat.kind == "weekday_range":
        for (a, b), key in zip(spans, ("wd1", "wd"), strict=True):
            _emit(ctx, a, b, _Value("SET", f"XXXX-WXX-{r.days[_key(g[key])]}"))
        return
    ctx.end = m.end()
    last = ctx.found[-1] if ctx.found else None
    weekly = last is not None and last.type == "SET" and spans[0][0] - last.span.end < 20
    base = None if weekly else _following_date(ctx)
    if base is None and not weekly and not _habit_clock(ctx, spans[0][0]):
        base = ctx.anchor()  # "jam operasional pukul 08.00-16.00": a schedule's, any day's
    for (a, b), (hh, mi) in zip(spans, ((g["hh1"], g["mi1"]), (g["hh"], g["mi"])), strict=True):
        h, n = int(hh), int(mi)
        if h > 24 or n > 59:
            continue
        day = "XXXX-XX-XX" if base is None else base.isoformat()
        _emit(ctx, a, b, _Value("TIME", f"{day}T{h:02d}:{n:02d}", base is not None))


def _normalise(kind: str, g: dict[str, str], ctx: _Ctx, start: int) -> _Value | None:
    """The expression's value; where arithmetic on the DCT or on the last mentioned day
    leaves the calendar (`besok` on 9999-12-31, `kemarin` on 0001-01-01), the value keeps
    X placeholders as if there were no DCT, rather than failing the article."""
    try:
        return _with_mod(_KINDS[kind](g, ctx, start), g)
    except (ValueError, OverflowError):
        pass
    bare = _Ctx(text=ctx.text, dct=None, found=ctx.found)
    try:
        return _with_mod(_KINDS[kind](g, bare, start), g)
    except (ValueError, OverflowError):  # a day the calendar cannot hold, even unanchored
        return None


def _with_mod(v: _Value | None, g: dict[str, str]) -> _Value | None:
    """A period opened by "awal"/"pertengahan"/"akhir" keeps its value and gets the
    TIMEX3 mod START/MID/END."""
    if v is None or "pos" not in g or v.type != "DATE":
        return v
    return replace(v, mod=_rules().positions[_key(g["pos"])])


class TimexStage(Stage):
    """Time expressions with TIMEX3-style values, anchored on `Article.published`."""

    name = "timex"
    version = 50  # tx32b (50): "saat yang sama" after a conjunction is a connective, no
    # time; "kemarin" tied by "saat"/"pas"/"di" to an election after it is the last one
    # (PAST_REF); "masa tersebut", "saat tersebut" are PAST_REF as "masa itu"; a part of
    # the day with its position ("di pertengahan pagi") is found, valued as the part; a
    # season in a sentence of a living thing's seasonal cycle ("bertahan hidup") is any year's
    # tx32 (49): an average's ("rata-rata") clock times and parts of the day
    # are a routine's, any day's; a text that names its own today before publication ("hari
    # ini, Senin (20/10/2025)", or copies one dated report "..., Senin (20/10/2025),
    # dilansir detikNews") counts its undated relative days from that day, and a relative
    # day glossed by a bracketed one ("Besok (hari ini)") takes the gloss's day; a part of
    # the day with "nanti" ("petang nanti") is today's, "nanti" in its extent; "waktu(-waktu)
    # mendatang" is FUTURE_REF; "dahulu" before a verb after its subject is PAST_REF; a part
    # of the day after "keluar" is a habit's
    # (was 48) tx31 (48): a clock range whose start carries its zone ("pukul 07.15 WIB
    # hingga 07.45 WIB") gives its end; "minggu" in lower case after "hari" is Sunday; "dulu"
    # after a when-word ("saat dulu ia") and "belakangan" between "yang" and its verb or
    # closing its clause after a happening verb ("yang terjadi belakangan") are the past;
    # "masa yang akan datang" is FUTURE_REF; a part of the day after "bangun"/"rutinitas" is a
    # habit's
    # (was 47) tx30 (47): "dinihari" (one word) is "dini hari"; a part of the day right
    # before its date ("senja tanggal 16 Oktober") takes that date's day; a dated weekday
    # after "dari"/"sejak" opens a span and dates no statement ("dari Minggu (19/10) sore
    # hingga siang ini": today's afternoon); "ke depan" before an active verb ("pemerintah ke
    # depan menetapkan") is from now on; a season after a word of naming ("dikatakan musim
    # hujan") is any year's
    # (was 46) tx29b (46): a decade keeps its "awal"/"akhir" in the span ("sejak akhir
    # 1960-an", mod END); "<n> dekade/abad kemudian/setelahnya" counts from the year named
    # last, as coarse as its unit ("satu dekade setelahnya" after "tahun 2000" = 201);
    # "ke depan" before a comparative ("... ke depan lebih baik") is from now on; a season
    # with -nya ("liburan musim panasnya") found, any year's unless one is told; an undated
    # quote's earlier part of the day ("pagi tadi") right after the text told a later part
    # of a named day ("pada Sabtu malam") is that day's
    # (was 45) tx29 (45): a quote's weekdays count from the day its attribution
    # dates it, a full date's year trusted however far back ("kata X ..., Senin (17/1/2022)"
    # in a 2025 article); 'kedepan'/'kedepannya' (one word) read as 'ke depan', "dalam
    # rangka" and "harapannya" as aims before it; a modifier before a month kept in its span
    # ("sekitar bulan November"); "tahun (anggaran) berjalan" the running year (not the
    # financial line "laba (bersih) tahun berjalan"); "nanti
    # siang" after a habit's part of the day in its sentence any day's; a part of the day
    # with "hari" found wherever it stands ("suhu siang hari meningkat"), any day's unless
    # the sentence before or its own told that part of a day, none closing a sentence after
    # a noun ("lingkungan malam hari.")
    # (was 44) tx28 (44): an undated quote told after the day an event was held
    # ("yang berlangsung pada 6 Juli 2025", `held_event`), no other day between, counts its
    # "hari ini" from that day; "dulu" after "kalau"/"jika" is formerly (PAST_REF);
    # "kemarin" after a word told earlier in a sentence dated to an older day than the day
    # before ("salah tangkap kemarin") is that event, PAST_REF
    # a count after a "-nya" topic keeps its "ini" ("Harapannya satu tahun ini")
    # (was 43) tx27 (43): "hari ini" after an abstract noun ("dunia hari ini") or a
    # plural one ("anak-anak hari ini"), with no prefixed verb after it, or joined to "ke
    # depan" ("hari ini dan ke depan") is nowadays, PRESENT_REF, not the day; "kemarin lagi"
    # closing a clause ("demo kemarin lagi,") is the other day's event again, PAST_REF.
    # (was 42) txq26 (42): a bare year before a capitalised word, after a lower-case
    # word that dates no year, is part of a name ("saham 1860 Muenchen"), wherever the text
    # writes that pair.
    # (was 41) tx26 (41): bare "belakangan" after a contrast join ("Namun, belakangan
    # ... dibantah") or before a word of coming to light is "later on", no time; an undated
    # text's target or plan years ("Visi 2045", "pada 2030 nanti") do not set its year.
    # (was 40) undated25 (40): an undated text reads its relative times against the
    # time it gives itself: its reporting day ("Senin (6/3/2017)"; a yearless "Kamis (10/11)"
    # in the year its weekday agrees with nearest the latest year named), else that latest
    # year fills what lacks only the year ("tahun ini", "kuartal keempat") (issue 15).
    # (was 39) tx34 (39): 'ke depan' closes a clause before a join ("... ke depan agar",
    # the purpose word read as the aim) and opens one after a join ("dan ke depan ..."); a
    # reference within "dalam" keeps its 'ini' ("dalam waktu dekat ini"); "saat itu sudah
    # tiba" (the awaited moment has come) is the day its sentence names, not PAST_REF.
    # (was 38) tx33: a counted span keeps "ini" after "terakhir", "selama"/"dalam"
    # or opening a clause ("selama satu tahun terakhir ini", "Satu tahun ini, ..."); word
    # counts make duration ranges ("tiga hingga empat tahun ke depan" -> "tiga", "empat ...").
    # (was 37, numtime24: "dulunya" is PAST_REF; "di kemudian hari" is no time (as
    # "di kemudian waktu"); advice said with "idealnya" makes its clock times any day's; a
    # part of the day joined to a clock time ("pukul 10.00 atau siang") is of its day.
    # (was 36) tquote21: a quote's day is the event day told before it when its
    # attribution's date is only the day the writer quotes it ("dikutip, <DCT>")
    # (was 35) numtime19: bare parts of the day listed before one found ("pagi, siang,
    # hingga malam") are of its day; "lima tahunan" (a numbered cycle) is the duration P5Y.
    # numtime18: a clock glossed by the day after it ("pukul satu siang, 18
    # Oktober 2025"); "pagi harinya" after a late time of the story's day is the next day;
    # a part of the day moved from towards another ("sore menuju senja") or opening a clause
    # as the subject of the day's passing ("Senja semakin turun"); "yang dulu" before
    # any predicate, "masa kecilnya dulu", "masa silam"/"masa lampau" PAST_REF; "ke depan"
    # before a copula FUTURE_REF; a postposed "lebih" kept in a duration ("tiga dekade lebih");
    # "perjalanan 35 tahunnya" the duration "35 tahun"
    # (was 33) numtime17: "kemarin" before "ke depannya"/"sekarang"/"kini" of its own
    # sentence is PAST_REF (recently); "hari ini" in a sentence naming "masa depan"/"kalau
    # dulu" as an era (not opening it, nor glossed or governed) is PRESENT_REF (nowadays)
    # (was 32) numtime16: a vague count's and a holiday year's trailing "ini" kept
    # ("beberapa hari ini"), "sebentar lagi" FUTURE_REF
    # (was 31) numtime15: a bare "Hari Kemerdekaan" in a story of another country is
    # that country's day; a holiday in a sentence opening with "Sejak" is each year's
    # (was 30) numtime14: a deadline's weekday ("paling lambat hari Jumat") is the
    # coming one; a habit's season is any year's; 'ke depan' after "nanti" is FUTURE_REF
    # (was 29) numtime13: a weekday glued to the word before its bracketed date; a
    # bare weekday listed after a weekday habit ("setiap Senin dan Kamis") is a habit too
    # (was 28) numtime12: a year before Christ ("600 SM" = BC0600); "Terlebih saat
    # ini" is now
    # (was 27) numtime11: a holiday of any year (a habit, "setiap", a list of examples),
    # Ramadan, "beberapa waktu terakhir", "ke depan terkait"; yearless months told in order
    # (was 26) numtime9: "yang kemarin tidak aktif" is the colloquial "previously"
    # (was 25, numtime7: clock ranges after a modifier or "atau"; advice's hours any
    # day's; a mistyped month with its weekday; no year in "ulang tahun"
    # (was 24, numtime6: quotes dated by their attribution; belakangan, dulu, detik ini)
    # (was 22, numtime4: a weekday slip keeps a date near publication in its year)
    # (was 21, numtime3: parts of day named by the sun ("matahari terbenam"), a
    # set's frequency ("tiga kali sehari": freq 3X)
    # (was 20, numbers2: "5 (lima) tahun", "tiga kali sehari" (a frequency))
    requires = frozenset({"text", "published"})
    provides = frozenset({"times"})

    def process(self, article: Article) -> Article:
        return with_layers(article, times=tuple(find_times(article.text, article.published)))
