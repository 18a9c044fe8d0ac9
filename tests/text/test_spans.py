"""The span indexes answer exactly as a scan over every span does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from warta.record import Span
from warta.text.spans import SpanIndex, SpanSet, ordered

spans = st.lists(st.builds(lambda a, n: Span(start=a, end=a + n),
                           st.integers(0, 60), st.integers(0, 12)), max_size=25)
ranges = st.tuples(st.integers(-5, 80), st.integers(0, 15))


@given(spans, ranges)
def test_span_set_answers_as_a_scan(items: list[Span], rng: tuple[int, int]) -> None:
    start, length = rng
    end = start + length
    ss = SpanSet(items)
    assert ss.overlaps(start, end) == any(s.start < end and start < s.end for s in items)
    assert ss.holds(start) == any(s.start <= start < s.end for s in items)


@given(spans, ranges)
def test_span_index_lists_what_a_scan_finds_in_order(items: list[Span],
                                                     rng: tuple[int, int]) -> None:
    start, length = rng
    end = start + length
    ix = SpanIndex((s, n) for n, s in enumerate(items))
    by_position = sorted(((s, n) for n, s in enumerate(items)), key=lambda p: (p[0].start, p[1]))
    assert ix.overlapping(start, end) == [
        p for p in by_position if p[0].start < end and start < p[0].end]
    assert ix.starting(start, end) == [p for p in by_position if start <= p[0].start < end]
    assert len(ix) == len(items)


def test_ordered_means_in_text_order_without_overlap() -> None:
    assert ordered([Span(start=0, end=3), Span(start=3, end=5), Span(start=7, end=9)])
    assert ordered([])
    assert not ordered([Span(start=0, end=4), Span(start=3, end=5)])
    assert not ordered([Span(start=5, end=6), Span(start=0, end=2)])


@given(spans, ranges)
def test_span_set_takes_anything_with_start_and_end(items: list[Span],
                                                    rng: tuple[int, int]) -> None:
    # Mentions while entities are found are mutable objects, no `Span`s (Spanned protocol).
    from dataclasses import dataclass

    @dataclass
    class Mark:
        start: int
        end: int

    start, length = rng
    marks = [Mark(s.start, s.end) for s in items]
    assert SpanSet(marks).overlaps(start, start + length) == SpanSet(items).overlaps(
        start, start + length)
