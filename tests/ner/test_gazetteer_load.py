"""The shipped gazetteer makes each place on its first look-up: the same places, the same
index of names that open a match, as making them all when the file is read."""

from __future__ import annotations

import json
from importlib import resources

from warta.ner.gazetteer import Gazetteer, Place, load_gazetteer


def test_places_made_on_look_up_are_those_of_the_file() -> None:
    data = json.loads(resources.files("warta.models").joinpath("gazetteer.json")
                      .read_text("utf-8"))

    def made(rows: dict[str, list[object]]) -> dict[str, Place]:
        return {k: Place(str(v[0]), str(v[1]) or None, str(v[2]), bool(v[3]))
                for k, v in rows.items()}

    eager = Gazetteer(made(data["lookup"]), made(data["exact"]))
    lazy = load_gazetteer()
    assert lazy._first == eager._first and len(lazy.lookup) == len(eager.lookup)
    assert all(lazy.lookup.get(k) == p == lazy.lookup[k] for k, p in eager.lookup.items())
    assert dict(lazy.exact) == eager.exact
    assert lazy.lookup.get("tidak ada tempat begini") is None
    assert lazy.resolve("Korea Utara") == eager.resolve("Korea Utara")
    assert lazy.resolve("Korea Utara") is lazy.resolve("korea utara")  # made once
