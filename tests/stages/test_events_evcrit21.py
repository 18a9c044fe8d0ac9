"""Rules of the events stage added by the evcrit21 branch (issue 15 part 1): the agent of an
earlier passive ("oleh X") is no subject of a passive joined after it. Each sentence is
written for its test; the near shape that must stay as it was is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent
from warta.stages.events import find_events


def _got(text: str, specs: list[tuple[str, str, str]]) -> list[tuple[str, tuple, tuple]]:
    es = [ent(text, eid, kind, surface) for eid, kind, surface in specs]
    return [(e.code, e.actors, e.targets) for e in find_events(art(text, es))]


def test_an_earlier_passives_agent_is_no_subject_of_the_next_passive() -> None:
    # a credits line: the organiser is not backed by the sponsors
    text = ("Festival Musik Pantai diselenggarakan oleh Dinas Pariwisata bersama Kompas dan "
            "didukung oleh Bank Mandiri; Telkomsel; dan Garuda Indonesia.")
    specs = [("org:d", "ORG", "Dinas Pariwisata"), ("org:k", "ORG", "Kompas"),
             ("org:b", "ORG", "Bank Mandiri"), ("org:t", "ORG", "Telkomsel"),
             ("org:g", "ORG", "Garuda Indonesia")]
    assert not any(g[0] == "SUPPORT" for g in _got(text, specs))
    # a body named in the event's title is not backed by its sponsors either
    text = ("Forum Energi Kadin digelar oleh Kadin Indonesia dan didukung oleh Bank Mandiri; "
            "Telkomsel; dan Garuda Indonesia.")
    specs = [("org:k", "ORG", "Kadin"), ("org:b", "ORG", "Bank Mandiri"),
             ("org:t", "ORG", "Telkomsel"), ("org:g", "ORG", "Garuda Indonesia")]
    assert not any(g[0] == "SUPPORT" for g in _got(text, specs))
    # the one held is the one arrested, not the police who arrested him
    text = "Budi Santoso ditangkap oleh Polres Bogor dan ditahan di Mako Brimob."
    specs = [("per:s", "PERSON", "Budi Santoso"), ("org:p", "ORG", "Polres Bogor")]
    got = _got(text, specs)
    assert not any(("org:p" in g[2]) for g in got)
    assert any(g[0] == "COERCE" and g[2] == ("per:s",) for g in got)
    # a nominee backed after his nomination keeps his backers
    text = "Budi Santoso dicalonkan oleh Partai Hijau dan didukung oleh Partai Biru."
    specs = [("per:s", "PERSON", "Budi Santoso"), ("org:h", "ORG", "Partai Hijau"),
             ("org:b", "ORG", "Partai Biru")]
    assert ("SUPPORT", ("org:b",), ("per:s",)) in _got(text, specs)
    # a subject before a single passive stays its subject
    text = "Partai Hijau didukung oleh Partai Biru."
    specs = [("org:h", "ORG", "Partai Hijau"), ("org:b", "ORG", "Partai Biru")]
    assert _got(text, specs) == [("SUPPORT", ("org:b",), ("org:h",))]
