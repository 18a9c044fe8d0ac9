"""Tests of `warta.ner.resolve` helpers kept apart from the rules' unit tests."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from warta.ner.resolve import _whole_words


def _whole_words_reference(phrase: str) -> re.Pattern[str]:
    """The look-behind-first pattern `resolve._whole_words` replaced (equality oracle)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)")


@given(st.text(alphabet="NegriGnsAx_-.é \n\t", max_size=60),
       st.sampled_from(["Negeri Ginseng", "Negeri  Sakura", "Man United", "Ré", "A.S. Roma"]))
def test_whole_words_match_as_the_look_behind_first_pattern(text: str, phrase: str) -> None:
    for t in (text, text.replace("N", phrase, 1), phrase + text + " " + phrase):
        assert [m.span() for m in _whole_words(phrase).finditer(t)] == \
            [m.span() for m in _whole_words_reference(phrase).finditer(t)], t


def test_whole_words_skip_ahead_to_the_first_word() -> None:
    pattern = _whole_words("Negeri Ginseng")
    assert pattern.pattern.startswith("Negeri")  # a literal first: re skips to it
    assert [m.group() for m in pattern.finditer(
        "Negeri Ginseng, xNegeri Ginseng, Negeri\nGinseng dan Negeri Ginsengs")] == [
        "Negeri Ginseng", "Negeri\nGinseng"]
