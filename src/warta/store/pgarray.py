"""Array parameters for PostgreSQL as literals (`'{1,2,3}'`, `'{"a","b"}'`), for
`CAST(? AS bigint[])` / `CAST(? AS text[])`: psycopg dumps a Python list element by element
in Python (about 3 us an element), a joined string costs a fraction of that, and the
server parses it in C. The corpus steps pass a few hundred elements an article.
"""

from __future__ import annotations

from collections.abc import Iterable


def ints(values: Iterable[int]) -> str:
    """A bigint[] literal."""
    return "{" + ",".join([str(int(v)) for v in values]) + "}"


def texts(values: Iterable[str]) -> str:
    """A text[] literal: every element quoted (so none reads as NULL), `\\` and `"` escaped."""
    return "{" + ",".join(['"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
                           for v in values]) + "}"
