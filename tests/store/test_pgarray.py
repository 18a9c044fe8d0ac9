"""Array literals for PostgreSQL parameters read back as the values they were made of."""

from __future__ import annotations

import pytest

from warta.store import open_store
from warta.store.pgarray import ints, texts


def test_literals_have_the_array_syntax() -> None:
    assert ints([3, -4, 2**63 - 1]) == "{3,-4,9223372036854775807}"
    assert ints([]) == "{}"
    assert texts(['a "b"', "c\\d", "NULL"]) == '{"a \\"b\\"","c\\\\d","NULL"}'


def test_postgres_reads_them_back(pg_db: str) -> None:
    s = open_store(pg_db)
    try:
        words = ["per:prabowo", 'a "quoted", {braced} word', "back\\slash", "NULL", "",
                 " spaced ", "é ü 中", "x,y"]
        assert s._x("SELECT CAST(? AS text[])", (texts(words),))[0][0] == words
        nums = [0, -1, 2**63 - 1, -(2**63), 42]
        assert s._x("SELECT CAST(? AS bigint[])", (ints(nums),))[0][0] == nums
        assert s._x("SELECT CAST(? AS bigint[])", (ints([]),))[0][0] == []
    finally:
        s.close()


def test_ints_refuse_what_is_not_a_number() -> None:
    with pytest.raises(ValueError):
        ints(["1); DROP TABLE x; --"])  # type: ignore[list-item]
