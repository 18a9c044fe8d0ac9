import re

import pytest

from warta.text.scan import finditer_not_after


def test_the_matches_of_the_pattern_with_its_look_behind() -> None:
    # A match after a word character is dropped and the search goes on one character
    # later, as `(?<![\w-])` before the pattern would: "xKantor" holds no match, but
    # the "Kantor" inside "KKantor" does.
    words = r"(?:Kantor|Kementerian|KPK)(?:\s+[A-Z]\w*)*\s+(?:menyatakan|mengatakan)"
    text = ("Kantor Jaksa menyatakan, xKantor Pajak menyatakan; -KPK mengatakan. "
            "KKantor Pajak mengatakan KPK menyatakan Kementerian Luar Negeri menyatakan")
    with_look = re.compile(r"(?<![\w-])" + words)
    got = finditer_not_after(re.compile(words), re.compile(r"[\w-]"), text)
    assert [m.span() for m in got] == [m.span() for m in with_look.finditer(text)]
    assert [m.group() for m in with_look.finditer(text)][-1].startswith("Kementerian")


def test_a_pattern_that_matches_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="empty string"):
        list(finditer_not_after(re.compile(r"a*"), re.compile(r"\w"), "bbb"))
