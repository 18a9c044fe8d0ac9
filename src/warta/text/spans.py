"""Look-ups over character spans by bisection, built once per article.

A stage that asks "which mentions lie here?" for every sentence, quote or number by
scanning all of the article's spans costs the square of the article's length; these
indexes answer the same questions, with the same answers a scan gives, in logarithmic
time plus what they return.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import le
from typing import Generic, Protocol, TypeVar

from ..record import Span

__all__ = ["SpanIndex", "SpanSet", "Spanned", "ordered"]

T = TypeVar("T")


class Spanned(Protocol):
    """Anything with character offsets: a `Span`, or a mention while entities are found."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def ordered(spans: Sequence[Span]) -> bool:
    """Whether `spans` are in text order and do not overlap (as segment makes sentences),
    so that their starts and ends can both be bisected."""
    # Compared pairwise in C (map over two lists): a generator per span cost more than the
    # look-ups the check allows, on every call (coref and quotes make several per article).
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    return all(map(le, starts, ends)) and all(map(le, ends, starts[1:]))


class SpanSet:
    """Spans in any order; says whether any of them overlaps a range or holds a position."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[Spanned]) -> None:
        pairs = sorted((s.start, s.end) for s in spans)
        self._starts = [a for a, _ in pairs]
        # The furthest end among the spans starting at or before each one.
        self._max_end = list(accumulate((b for _, b in pairs), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has `span.start < end and start < span.end`."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def holds(self, pos: int) -> bool:
        """Whether some span has `span.start <= pos < span.end`."""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._max_end[i - 1] > pos


class SpanIndex(Generic[T]):
    """Items keyed by a span, listed by where their spans lie.

    Results come in order of span start, then of insertion. Overlap look-ups read the
    spans starting up to the longest span's length before the range, so they stay cheap
    while spans are short (names, words), whatever the article's length.
    """

    __slots__ = ("_items", "_longest", "_starts")

    def __init__(self, items: Iterable[tuple[Span, T]]) -> None:
        pairs = list(items)
        # By start, then insertion order: a stable sort on the starts alone, with a key
        # read in C (no tuple compared per step; most inputs come in long sorted runs).
        starts = [sp.start for sp, _ in pairs]
        order = sorted(range(len(pairs)), key=starts.__getitem__)
        self._items = [pairs[n] for n in order]
        self._starts = [starts[n] for n in order]
        self._longest = max((sp.end - sp.start for sp, _ in self._items), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def starting(self, lo: int, hi: int) -> list[tuple[Span, T]]:
        """Items whose span starts in [lo, hi)."""
        return self._items[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def overlapping(self, start: int, end: int) -> list[tuple[Span, T]]:
        """Items whose span has `span.start < end and start < span.end`."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [(sp, it) for sp, it in self._items[lo:hi] if sp.end > start]
