"""Stories: articles that report the same real-world event or developing story, grouped
online as they arrive (pure logic; the store's tables are in `warta.corpus.story_store`).

An article becomes a weighted term vector: content words of title and text (title words
count more), names (capitalised word runs: "Komisi Pemberantasan Korupsi", "KPK") and
distinctive numbers ("Rp 4,2 miliar" -> "#4,2"), weighted by (1 + log tf) x idf, where the
document frequencies are counted as articles arrive (so a rebuild in date order sees the
same figures as an ingest in date order), cut to its `MAX_TERMS` heaviest terms and
normalised. A new article's candidates are the articles within `WINDOW` days that share
one of its `KEYS` heaviest terms (an inverted index: cost grows with the window's
articles, not the store); it joins the story of the best candidate whose score (cosine,
less a little per day apart, and only with a shared name or number unless the texts are
very close) reaches `THRESHOLD`; failing that, the story whose candidates' centroid scores
so (a developing story told from several angles: the preview, the broadcast times and the
line-up of one final each share little with the next article, their sum shares more);
else it starts a story. Same topic is not same story:
two KPK arrests share "KPK", "OTT", "tersangka" but not the suspect's name, the place or
the sums, and those carry the weight.

Settings were chosen on the dev half of hand-labelled pairs (eval/stories_eval.py,
eval/stories/README.md).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Protocol

from ..lang.id import load_words
from ..record import fold

WINDOW = 3  # days: a follow-up more than this after every article of a story starts anew
THRESHOLD = 0.25  # score from which two articles report the same story (dev split F1 0.91)
STRONG = 0.5  # cosine from which no shared name or number is needed
DECAY = 0.02  # score lost per day between the two articles
TITLE_WEIGHT = 3  # a title word counts as this many body occurrences
NAME_WEIGHT = 2.0  # names and numbers weigh this much more than words
MAX_TERMS = 60  # terms kept per article vector
KEYS = 12  # terms per article in the inverted index (lookup keys)
CANDIDATES = 40  # candidates scored per article (most shared keys first)
CENTROID_MIN = 2  # candidates of one story from which its centroid is scored too
BODY_WORDS = 600  # the lead carries the event; long tails drift into background
DF_TOTAL = 0  # story_df key holding the number of articles counted

_WORD = re.compile(r"\w+")
# A run of capitalised words ("Komisi Pemberantasan Korupsi", "Gedung DPR"), with the
# few lower-case joiners names hold ("Universitas di Indonesia" stays two names).
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\w|[A-Z])(?:\s+(?:[A-Z][\w'’.-]*\w|[A-Z]))*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


@cache
def stopwords() -> frozenset[str]:
    return load_words("stopwords")


def words(text: str) -> list[str]:
    """Folded content words (no stopwords, no digits, at least three letters)."""
    stop = stopwords()
    return [w for w in _WORD.findall(_fold(text))
            if len(w) > 2 and not w.isdigit() and w not in stop]


def _fold(text: str) -> str:
    # Most names are plain ASCII: lower-casing is folding then, and far cheaper.
    return " ".join(text.lower().split()) if text.isascii() else fold(text)


def names(text: str) -> list[str]:
    """Folded names: capitalised word runs, less leading stopwords (sentence starts)."""
    stop = stopwords()
    out: list[str] = []
    for m in _NAME.finditer(text):
        parts = _fold(m.group()).replace("’", "'").split()
        while parts and parts[0].strip(".") in stop:
            parts = parts[1:]
        name = " ".join(p.strip(".") for p in parts)
        if len(name) > 1 and not name.isdigit():
            out.append(name)
    return out


def numbers(text: str) -> list[str]:
    """Distinctive numbers: not dates (31 and under), not years (1900-2100)."""
    out: list[str] = []
    for m in _NUMBER.finditer(text):
        raw = m.group()
        digits = raw.replace(".", "").replace(",", "")
        if not digits.isdigit():
            continue
        n = int(digits)
        if n <= 31 or (1900 <= n <= 2100 and raw == digits):
            continue
        out.append(raw)
    return out


def term_counts(title: str | None, text: str) -> Counter[str]:
    """Raw term frequencies: words (`w`), names (`n:`), numbers (`#`)."""
    body = " ".join(text.split()[:BODY_WORDS])
    counts: Counter[str] = Counter(words(body))
    for w in words(title or ""):
        counts[w] += TITLE_WEIGHT
    for source, weight in ((body, 1), (title or "", TITLE_WEIGHT)):
        for n in names(source):
            counts["n:" + n] += weight
        for x in numbers(source):
            counts["#" + x] += weight
    return counts


@lru_cache(maxsize=1 << 18)
def key_of(term: str) -> int:
    """Signed 64-bit hash of a term: the inverted index and document counts key on it."""
    digest = hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def idf(df: int, total: int) -> float:
    return math.log((1 + total) / (1 + df)) + 1.0


def vector(counts: Counter[str], df: dict[int, int], total: int) -> dict[str, float]:
    """The article's normalised vector of its MAX_TERMS heaviest terms."""
    weights: dict[str, float] = {}
    for term, tf in counts.items():
        boost = NAME_WEIGHT if term[0] in "n#" and term[1] in ":0123456789" else 1.0
        weights[term] = (1 + math.log(tf)) * idf(df.get(key_of(term), 0), total) * boost
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: round(w / norm, 5) for t, w in top}


def lookup_terms(vec: dict[str, float]) -> list[str]:
    """The KEYS heaviest terms: what the inverted index holds and is queried with."""
    return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:KEYS]]


def _specific(term: str) -> bool:
    return term.startswith(("n:", "#"))


def score(a: dict[str, float], b: dict[str, float], days_apart: int) -> float:
    """Same-story score of two article vectors `days_apart` days apart (0 when out of the
    window, or when they share no name or number and are not very close)."""
    if days_apart > WINDOW:
        return 0.0
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    shared = [t for t in small if t in big]
    cos = sum(small[t] * big[t] for t in shared)
    if cos < STRONG and not any(_specific(t) for t in shared):
        return 0.0
    return cos - DECAY * days_apart


def centroid(vecs: Sequence[dict[str, float]]) -> dict[str, float]:
    """The normalised sum of article vectors (summed in the order given)."""
    total: dict[str, float] = {}
    for v in vecs:
        for t, w in v.items():
            total[t] = total.get(t, 0.0) + w
    norm = math.sqrt(sum(w * w for w in total.values())) or 1.0
    return {t: w / norm for t, w in total.items()}


def story_match(vec: dict[str, float], found: Sequence[Candidate],
                day: int) -> tuple[float, str] | None:
    """The best (score, story) by the centroid of each story's candidates, for the stories
    with CENTROID_MIN candidates or more; None when none reaches THRESHOLD."""
    by_story: dict[str, list[Candidate]] = {}
    for c in found:
        by_story.setdefault(c.story, []).append(c)
    best: tuple[float, str] | None = None
    for story, members in sorted(by_story.items()):
        if len(members) < CENTROID_MIN:
            continue
        members.sort(key=lambda c: c.article_id)  # one summing order: store == memory
        s = score(vec, centroid([c.vec for c in members]),
                  min(abs(day - c.day) for c in members))
        if s >= THRESHOLD and (best is None or s > best[0]):
            best = (s, story)
    return best


def story_id(first_article: str) -> str:
    """A story is named after the article that started it (stable across rebuilds)."""
    return "st-" + hashlib.blake2b(first_article.encode("utf-8"), digest_size=6).hexdigest()


@dataclass(frozen=True, slots=True)
class Candidate:
    article_id: str
    story: str
    day: int
    vec: dict[str, float]


class Index(Protocol):
    """What online assignment needs from where stories live (the store, or memory)."""

    def count_docs(self, keys: Sequence[int]) -> dict[int, int]:
        """Count one more document holding each key (and one more in `DF_TOTAL`); returns
        the counts before it (keys counted in no document left out)."""
        ...

    def candidates(self, keys: Sequence[int], low: int, high: int,
                   exclude: str) -> list[Candidate]: ...

    def add(self, article_id: str, story: str, day: int | None, vec: dict[str, float],
            keys: Sequence[int]) -> None: ...


def day_number(day: date | str | None) -> int | None:
    if day is None:
        return None
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return day.toordinal()


def assign(index: Index, article_id: str, title: str | None, text: str,
           day: int | None) -> tuple[str, dict[str, float]]:
    """The story of a new original article (not a copy) and its vector; records both.

    An undated article cannot be placed in a window: it gets a story of its own and does
    not count in the document frequencies (so the order it arrives in changes nothing)."""
    counts = term_counts(title, text)
    keys = {key_of(t): t for t in counts}
    if day is None:
        vec = vector(counts, {}, 0)
        sid = story_id(article_id)
        index.add(article_id, sid, None, vec, [])
        return sid, vec
    df = index.count_docs(list(keys))  # read and counted in one step (one round trip)
    total = df.pop(DF_TOTAL, 0)
    vec = vector(counts, df, total)
    look = [key_of(t) for t in lookup_terms(vec)]
    best: tuple[float, str, str] | None = None  # (score, story, candidate id)
    found = index.candidates(look, day - WINDOW, day + WINDOW, article_id)
    for c in found:
        s = score(vec, c.vec, abs(day - c.day))
        if s >= THRESHOLD and (best is None or (s, c.article_id) > (best[0], best[2])):
            best = (s, c.story, c.article_id)
    if best is None and (by_centroid := story_match(vec, found, day)) is not None:
        best = (by_centroid[0], by_centroid[1], "")
    sid = best[1] if best else story_id(article_id)
    index.add(article_id, sid, day, vec, look)
    return sid, vec


class MemoryIndex:
    """The index in memory: for evaluation, tests and benchmarks of the pure logic."""

    def __init__(self) -> None:
        self.df: Counter[int] = Counter()
        self.postings: dict[int, list[str]] = {}
        self.articles: dict[str, Candidate] = {}

    def count_docs(self, keys: Sequence[int]) -> dict[int, int]:
        before = {k: self.df[k] for k in {DF_TOTAL, *keys} if k in self.df}
        self.df[DF_TOTAL] += 1
        self.df.update(keys)
        return before

    def candidates(self, keys: Sequence[int], low: int, high: int,
                   exclude: str) -> list[Candidate]:
        shared: Counter[str] = Counter()
        for k in keys:
            for other in self.postings.get(k, ()):
                c = self.articles[other]
                if other != exclude and low <= c.day <= high:
                    shared[other] += 1
        ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:CANDIDATES]
        return [self.articles[i] for i, _ in ranked]

    def add(self, article_id: str, story: str, day: int | None, vec: dict[str, float],
            keys: Sequence[int]) -> None:
        if day is None:
            return
        self.articles[article_id] = Candidate(article_id, story, day, vec)
        for k in keys:
            self.postings.setdefault(k, []).append(article_id)


@dataclass(frozen=True, slots=True)
class Item:
    """One article for `cluster`: its id, title, text, day and the original it copies."""

    id: str
    title: str | None
    text: str
    day: date | None
    copy_of: str | None = None


def cluster(items: Iterable[Item]) -> dict[str, str]:
    """Story of every article, assigned online in the order given (copies join their
    original's story): what the store does, in memory."""
    index = MemoryIndex()
    out: dict[str, str] = {}
    for it in items:
        if it.copy_of is not None and it.copy_of in out:
            out[it.id] = out[it.copy_of]
            continue
        out[it.id], _ = assign(index, it.id, it.title, it.text, day_number(it.day))
    return out
