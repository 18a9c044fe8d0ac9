"""langid: keep Indonesian, reject the rest with a reason (never push it through).

CLD2 (pycld2) tells Indonesian from Malay on most news text; where it hesitates
between close languages a marker-word vote from `lang/id/langid.toml` settles it, and
where the markers tie, Malay is kept only if CLD2 scores the text clearly lower when
told to expect Indonesian (CLD2 gives text both standards share, such as a short forex
report, to Malay by default), else CLD2 reads the text again without its names (a short
Indonesian item naming "Menteri Luar Negeri Malaysia" reads as Malay on the names alone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycld2

from ..errors import Reject
from ..lang.id import load
from ..lang.schema import LangidData
from ..pipeline import Stage, with_layers
from ..record import Article
from ..text.words import latin_words

# CLD2 rejects some control and surrogate code points; they carry no language signal.
_CLD2_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class LangGuess:
    code: str  # ISO 639-1, "un" when unknown
    percent: int
    reliable: bool
    method: str  # "cld2" | "markers" | "cld2-id-hint" | "few-words" | "cld2-no-names"


@dataclass(frozen=True, slots=True)
class _Config:
    """langid.toml, read once, as sets (see `LangidData` for each field)."""

    accept: frozenset[str]
    close: frozenset[str]
    min_percent: int
    id_markers: frozenset[str]
    ms_markers: frozenset[str]
    id_hint_ratio: float
    min_words: int
    foreign_letter_share: float


@cache
def _cfg() -> _Config:
    d = load("langid", LangidData)
    return _Config(accept=frozenset(d.accept), close=frozenset(d.close),
                   min_percent=d.min_percent, id_markers=frozenset(d.indonesian_markers),
                   ms_markers=frozenset(d.malay_markers), id_hint_ratio=d.id_hint_ratio,
                   min_words=d.min_words, foreign_letter_share=d.foreign_letter_share)


def marker_vote(text: str) -> str | None:
    """'id' or 'ms' by marker words, None on a tie."""
    cfg = _cfg()
    words = latin_words(text)
    # two-word markers ("rumah sakit", "pihak berkuasa") are adjacent words
    units = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    id_markers, ms_markers = cfg.id_markers, cfg.ms_markers
    n_id = sum(w in id_markers for w in units)
    n_ms = sum(w in ms_markers for w in units)
    if n_id == n_ms:
        return None
    return "id" if n_id > n_ms else "ms"


# Capitalised words not opening a sentence: names, which carry no evidence of the
# language around them.
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]*", re.MULTILINE)

_Details = tuple[tuple[str, str, int, float], ...]
_LOWER = re.compile(r"\b[a-z][a-z-]+\b")


def _cld2(sample: str, hint: str | None = None) -> tuple[bool, _Details] | None:
    try:
        if hint is None:
            reliable, _, details = pycld2.detect(sample, bestEffort=True)
        else:
            reliable, _, details = pycld2.detect(sample, bestEffort=True, hintLanguage=hint)
    except pycld2.error:
        return None
    return bool(reliable), details


def _indonesian_when_expected(sample: str, ms_score: float) -> bool:
    """Whether CLD2, told to expect Indonesian, scores `sample` close to the Malay it
    chose unprompted: text both standards share, which CLD2 gives to Malay by default
    (a short forex report, a list of organisations), not Malay-only words."""
    hinted = _cld2(sample, "id")
    ratio = _cfg().id_hint_ratio
    return (hinted is not None and hinted[1][0][1] == "id"
            and hinted[1][0][3] >= ratio * ms_score)


def detect(text: str) -> LangGuess:
    """Best guess of the text's language."""
    sample = _CLD2_UNSAFE.sub(" ", text[:20000])
    first = _cld2(sample)
    if first is None:
        return LangGuess("un", 0, False, "cld2")
    reliable, details = first
    code, percent = details[0][1], details[0][2]
    if code in _cfg().close or (code == "id" and not reliable):
        vote = marker_vote(text)
        if vote is not None:
            # CLD2 splits mixed texts between id and ms: count both shares together.
            share = sum(d[2] for d in details if d[1] in {"id", "ms"})
            return LangGuess(vote, share, reliable, "markers")
        if code == "ms" and _indonesian_when_expected(sample, details[0][3]):
            return LangGuess("id", percent, reliable, "cld2-id-hint")
        no_names = _NAME.sub(" ", sample)
        if code == "ms" and len(_LOWER.findall(no_names)) < _cfg().min_words:
            # a list of names ("Kementerian Luar Negeri skor 3,323. Kementerian Agama skor
            # 3,264."): too few words besides them to read the text as Malay
            return LangGuess("id", percent, reliable, "few-words")
        again = _cld2(no_names)
        if again is not None and again[1][0][1] in {"id", "ms"}:
            return LangGuess(again[1][0][1], again[1][0][2], again[0], "cld2-no-names")
    return LangGuess(code, percent, reliable, "cld2")


def without_foreign_paragraphs(text: str, share: float) -> str:
    """`text` less its paragraphs whose letters are at least `share` outside ASCII: a
    transliterated verse or quoted foreign script inside an Indonesian article, which
    CLD2 counts against Indonesian."""
    kept = []
    for para in text.split("\n"):
        letters = [c for c in para if c.isalpha()]
        foreign = sum(not c.isascii() for c in letters)
        if not letters or foreign < share * len(letters):
            kept.append(para)
    return "\n".join(kept)


_NAMES = {"ms": "Malay", "en": "English", "jw": "Javanese", "su": "Sundanese", "un": "unknown"}


class LangIdStage(Stage):
    name = "langid"
    version = 3
    requires = frozenset({"text"})
    provides = frozenset({"lang"})

    def process(self, article: Article) -> Article:
        guess = detect(article.text)
        cfg = _cfg()
        if guess.code in cfg.accept and guess.percent < cfg.min_percent:
            rest = without_foreign_paragraphs(article.text, cfg.foreign_letter_share)
            if rest.strip() and rest != article.text:
                guess = detect(rest)
        if guess.code not in cfg.accept or guess.percent < cfg.min_percent:
            lang = _NAMES.get(guess.code, guess.code)
            raise Reject(
                "not_indonesian",
                f"text is not Indonesian (detected {lang} '{guess.code}', "
                f"{guess.percent}% of the text); warta analyses Indonesian news only",
            )
        return with_layers(article, lang="id")
