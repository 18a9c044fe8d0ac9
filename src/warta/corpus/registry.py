"""The entity registry: one entity per real-world thing across the articles of a store.

Every entity of every stored article is linked to a registry id (`rid`, the store key of
the entity's canonical name: `per:prabowo-subianto`). Automatic merging, per entity of a
new article:

1. a name in the alias file (`lang/id/aliases.toml`, plus the person aliases of
   `entities.toml`) links to its canonical entry: "Jokowi" -> `per:joko-widodo`,
   "KPK" -> `org:komisi-pemberantasan-korupsi`;
2. a short name (one word of a person or organisation; an all-capitals acronym of an
   organisation or place) that stands for exactly one longer name of the same kind *in the
   same article* links to it ("Prabowo" beside "Prabowo Subianto"; "KPK" beside "Komisi
   Pemberantasan Korupsi", by initials); two such longer names: it stays its own;
3. otherwise a one-word person name, or an acronym of three letters or more, that stands
   for exactly one longer entity of the same kind *in the corpus* (names nested in one
   another count once, and the articles of each count as the candidate's) links to it,
   unless the article's context speaks against it: the candidate has been named beside
   people, organisations or events, none of them is named here, and the mention shares no
   role word with the candidate (so two people who share a first name stay apart). Of two
   or three such candidates it links to the only one the context speaks for (someone
   named here who has been named beside it, or a shared role word); more, or none that
   fits: its own. When a new longer name changes a short name's candidates, its rule-3
   links (refused ones too) are decided again, article by article, with the same check.
   A person's name of two words or more that is the leading words of longer names
   ("Purbaya Yudhi" of "Purbaya Yudhi Sadewa") follows rules 2 and 3 the same way;
4. a place named with its area type in front ("Kecamatan Kawali", "Desa Sukamaju": the
   `place_types` of the alias file) is the place without it (`loc:kawali`);
5. every other name is its own entity.

Curation (`merge`, `split`, `alias`) is a log replayed over the automatic links: a link's
`rid` is its pin (split, alias) or its automatic id followed through merges. A rebuild
replays every article's entities in write order through the same function as ingest, so
it gives what ingest gave, and then the curation log. (One exception: an article updated
in place moves to the end of the write order, so a rule-3 context check made while its
older version was stored may come out otherwise on rebuild.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Literal, TypeVar, cast

from ..errors import WartaError
from ..lang.id import load
from ..record import EntityKind, entity_id, fold, slug
from ..store.pgarray import texts
from ..store.registry_sql import BUILT, DERIVED, Store, create_tables, text_rows

_Row = TypeVar("_Row", bound=tuple[str, ...])
How = Literal["alias", "self", "context", "part", "ambiguous", "refused", "core"]
MIN_COMPANY = 1  # entities on each side before "no company in common" counts against
ROLE_SAMPLE = 200  # links of a candidate read for its roles
SAMPLE = 40  # a candidate's articles read for its context (bounded: cost stays flat)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
INITIALS_KIND = "ORG|PLACE"  # acronyms match organisations and places alike
MAX_CANDIDATES = 3  # longer entities a short name is told apart among by its context
RULE3 = ("part", "refused")  # the `how` of links rule 3 decided (decided again on change)
MAX_PREFIXED = 4  # words of the longest name leading words join (longer: a run-on span)


class CurationError(WartaError):
    """A curation command named something the registry does not hold."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class EntRow:
    """One entity of one article, as the registry reads it (from `article_entities`)."""

    local_id: str
    key: str
    kind: str
    name: str
    roles: tuple[str, ...] = ()
    # False for an entity named only outside the text (the dateline's outlet or place, no
    # mentions): in every article of its outlet, so no sign of what an article is about
    mentioned: bool = True


# -- names ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Aliases:
    """The alias file as look-ups: (kind group, folded name) -> (kind, canonical name)."""

    names: dict[tuple[str, str], tuple[str, str]]
    by_rid: dict[str, tuple[str, str]]
    generic: frozenset[str]
    place_types: frozenset[str] = frozenset()


def _group(kind: str) -> str:
    return INITIALS_KIND if kind in ("ORG", "PLACE") else kind


@cache
def aliases() -> Aliases:
    # Imported here: the ~70 language-data models are built only when a command links
    # names, not by every command that opens a store (warta search).
    from ..lang.schema import AliasesData, EntitiesData

    data = load("aliases", AliasesData)
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for full, canonical in load("entities", EntitiesData).person_aliases.items():
        names[("PERSON", fold(full))] = ("PERSON", canonical)
        names.setdefault(("PERSON", fold(canonical)), ("PERSON", canonical))
    for e in data.entity:
        for n in (e.name, *e.aliases):
            names[(_group(e.kind), fold(n))] = (e.kind, e.name)
    by_rid = {entity_id(cast(EntityKind, k), n): (k, n) for k, n in names.values()}
    return Aliases(names=names, by_rid=by_rid,
                   generic=frozenset(fold(w) for w in data.generic),
                   place_types=frozenset(fold(w) for w in data.place_types))


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def words(name: str) -> tuple[str, ...]:
    """The folded words of a name, punctuation at their ends dropped."""
    return tuple(w for w in (t.strip(".,;:'\"()") for t in fold(name).split()) if w)


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def initials(name: str) -> str | None:
    """Initials of a multi-word name's capitalised words: 'Komisi Pemberantasan Korupsi' ->
    'kpk' (lower-case words such as 'dan' are skipped); None for one word."""
    caps = [w for w in re.split(r"[\s,]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in caps).casefold() if len(caps) >= 2 else None


def is_acronym(name: str, kind: str) -> bool:
    return kind in ("ORG", "PLACE") and bool(ACRONYM.match(name.strip()))


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def short_part(name: str, kind: str) -> str | None:
    """The part a short name is looked up by: its one word ('prabowo') for a person or an
    organisation, '#' + the letters of an acronym ('#kpk'); None for other names."""
    if is_acronym(name, kind):
        return "#" + name.strip().casefold()
    ws = words(name)
    if kind in ("PERSON", "ORG") and len(ws) == 1 and len(ws[0]) >= 3 \
            and ws[0].isalpha() and ws[0] not in aliases().generic:
        return ws[0]
    return None


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def parts_of(name: str, kind: str, *, corpus: bool = False) -> tuple[tuple[str, str], ...]:
    """(part, kind) rows a multi-word name is found by: its words, and its initials
    (`corpus`: the rows kept in the store, where organisations join by initials only)."""
    ws = words(name)
    if len(ws) < 2:
        return ()
    out: list[tuple[str, str]] = []
    if kind == "PERSON" or (kind == "ORG" and not corpus):
        out += [(w, kind) for w in dict.fromkeys(ws)
                if len(w) >= 3 and w.isalpha() and w not in aliases().generic]
    if kind == "PERSON" and _plain_name(name) and len(ws) <= MAX_PREFIXED:
        # Its leading words, two or more ("Purbaya Yudhi" of "Purbaya Yudhi Sadewa").
        out += [("^" + " ".join(ws[:n]), kind) for n in range(2, len(ws))]
    letters = initials(name)
    if kind in ("ORG", "PLACE") and letters and len(letters) >= 2:
        out.append(("#" + letters, INITIALS_KIND))
    return tuple(out)


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def prefix_part(name: str, kind: str) -> str | None:
    """The part a person's name of two words or more is looked up by as the leading words
    of a longer name ('^purbaya yudhi' of "Purbaya Yudhi" for "Purbaya Yudhi Sadewa");
    None for other names."""
    ws = words(name)
    if kind != "PERSON" or len(ws) < 2 or len(ws) >= MAX_PREFIXED or not _plain_name(name):
        return None
    return "^" + " ".join(ws)


def _plain_name(name: str) -> bool:
    """Every word capitalised, the rest lower-case letters ("Purbaya Yudhi Sadewa"): a
    tagger's longer span often runs on into codes and titles ("Jorge Lorenzo ESP Ducati
    Team", "Dedy Tabrani S IK M Si"), and leading words must not join those."""
    tokens = name.split()
    return all(len(t) >= 2 and t.isalpha() and t[0].isupper() and t[1:].islower()
               for t in tokens)


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def place_core(name: str) -> str | None:
    """The place a typed place name names, its area type in front dropped: "Kecamatan
    Kawali" -> "Kawali", "Desa Sukamaju" -> "Sukamaju"; None for other names, or when what is
    left is not a name ("Kelurahan 9") or is a generic word."""
    data = aliases()
    tokens = name.split()
    start = 0
    while start < len(tokens) - 1 and fold(tokens[start]) in data.place_types:
        start += 1
    core = tokens[start:]
    if not start or not core[0][:1].isupper() or \
            (len(core) == 1 and fold(core[0]) in data.generic):
        return None
    return " ".join(core)


def part_kind(part: str, kind: str) -> str:
    return INITIALS_KIND if part.startswith("#") else kind


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold once
def alias_root(name: str, kind: str) -> str | None:
    """The registry id the alias file gives a name of this kind, if any."""
    found = aliases().names.get((_group(kind), fold(name)))
    return entity_id(cast(EntityKind, found[0]), found[1]) if found else None


def alias_name(rid: str) -> tuple[str, str] | None:
    """(kind, canonical name) of an alias-file entity by its id."""
    return aliases().by_rid.get(rid)


def role_words(roles: Iterable[str]) -> set[str]:
    return {w for r in roles for w in words(r) if len(w) >= 3}


# -- curation state -----------------------------------------------------------------------
@dataclass(slots=True)
class Curation:
    """The curation log replayed: pins (key -> rid) and merges (rid -> rid)."""

    pins: dict[str, str] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # rid -> names added
    seq: int = 0

    def follow(self, rid: str) -> str:
        seen: set[str] = set()
        while rid in self.merged and rid not in seen:
            seen.add(rid)
            rid = self.merged[rid]
        return rid

    def resolve(self, key: str, auto: str) -> str:
        return self.follow(self.pins[key]) if key in self.pins else self.follow(auto)

    def apply(self, op: str, a: str, b: str) -> None:
        if op == "merge":  # b's entity into a's
            keep, gone = self.follow(a), self.follow(b)
            if keep != gone:
                self.merged[gone] = keep
        elif op == "split":  # key a becomes its own entity
            self.pins[a] = a
            self.merged.pop(a, None)
        elif op == "alias":  # b = "key|name": that name belongs to entity a
            key, _, name = b.partition("|")
            self.pins[key] = a
            self.aliases.setdefault(a, []).append(name or key)


def curation(store: Store) -> Curation:
    """The replayed log (cached on the store until the log grows). Inside one write batch
    of the store (`SQLStore._write_batch`) the log cannot change, so it is read once."""
    batch = getattr(store, "_write_batch", None)
    cached: tuple[object, Curation] | None = getattr(store, "_registry_curation", None)
    if batch is not None and cached is not None and cached[0] is batch:
        return cached[1]
    seq = int(store._x("SELECT COALESCE(MAX(seq), 0) FROM registry_curation")[0][0])
    if cached is not None and cached[1].seq == seq:
        state = cached[1]
    else:
        state = Curation(seq=seq)
        for op, a, b in store._x("SELECT op, a, b FROM registry_curation ORDER BY seq"):
            state.apply(str(op), str(a), str(b))
    store._registry_curation = (batch, state)  # type: ignore[attr-defined]
    return state


# -- linking ------------------------------------------------------------------------------
def ent_rows(rows: Sequence[Sequence[Any]]) -> list[EntRow]:
    """EntRows from `article_entities` rows (article_id, local_id, key, kind, name,
    name_fold, country, roles, n_mentions), as the store writes them."""
    return [EntRow(local_id=str(r[1]), key=str(r[2]), kind=str(r[3]), name=str(r[4]),
                   roles=tuple(json.loads(r[7]) if r[7] else ()), mentioned=int(r[8]) > 0)
            for r in rows]


def _entity_row(rid: str, kind: str, name: str) -> tuple[str, str, str]:
    """A registry_entities row: the alias file's canonical name where it has one."""
    known = alias_name(rid)
    return (rid, *known) if known is not None else (rid, kind, name)


def _ensure_entities(store: Store, rows: Sequence[tuple[str, str, str]]) -> None:
    store._insert("INSERT INTO registry_entities (rid, kind, name) VALUES (?, ?, ?) "
                  "ON CONFLICT (rid) DO NOTHING", sorted(set(rows)))


Group = tuple[str, tuple[str, ...]]  # a candidate: its root and the roots nested in it


def _corpus_groups(store: Store, part: str, kind: str, exclude: str) -> list[Group]:
    """The entities a short name may stand for: the roots of the longer names holding
    `part` (names still linked somewhere). Names nested in one another ("Argo Yuwono",
    "Prabowo Argo Yuwono") are one candidate, the root of the longest, with the others as
    its members (their articles are the candidate's too)."""
    rows = store._x("SELECT DISTINCT p.root, p.key FROM registry_parts p WHERE p.part = ? "
                    "AND p.kind = ? AND p.key <> ? AND EXISTS (SELECT 1 FROM registry_links l "
                    "WHERE l.key = p.key) ORDER BY p.root, p.key LIMIT 8", (part, kind, exclude))
    named = [(str(root), set(str(key).split(":", 1)[1].split("-"))) for root, key in rows]
    named.sort(key=lambda x: (-len(x[1]), x[0]))
    groups: list[tuple[str, set[str], list[str]]] = []
    for root, ws in named:
        home = next((g for g in groups if root == g[0] or ws <= g[1]), None)
        if home is None:
            groups.append((root, ws, [root]))
        elif root not in home[2]:
            home[2].append(root)
    return [(r, tuple(sorted(members))) for r, _, members in groups][:MAX_CANDIDATES + 1]


def _role_fits(store: Store, roles: Sequence[str], members: Sequence[str],
               article_id: str) -> bool:
    """Whether the mention shares a role word with the candidate (`members`' links in
    other articles than `article_id`)."""
    mine = role_words(roles)
    if not mine:
        return False
    theirs: set[str] = set()
    marks = ", ".join("?" for _ in members)
    # A bounded sample of the candidate's links, then those with roles: filtering first
    # could walk every link of a frequent name.
    for (found,) in store._x(
            "SELECT ae.roles FROM (SELECT article_id, local_id FROM registry_links "
            f"WHERE auto IN ({marks}) AND article_id <> ? ORDER BY article_id LIMIT ?) l "
            "JOIN article_entities ae ON ae.article_id = l.article_id "
            "AND ae.local_id = l.local_id WHERE ae.roles <> '[]'",
            (*members, article_id, ROLE_SAMPLE)):
        theirs |= role_words(json.loads(found))
    return bool(mine & theirs)


def _company(store: Store, members: Sequence[str], article_id: str) -> set[str]:
    """The people, organisations and events named beside a candidate (any of its members),
    in a bounded sample of its articles other than `article_id` (the one deciding: a link
    decided again must not vouch for itself)."""
    marks = ", ".join("?" for _ in members)
    return {str(r[0]) for r in store._x(
        "SELECT DISTINCT l2.auto FROM registry_links l2 JOIN article_entities ae "
        "ON ae.article_id = l2.article_id AND ae.local_id = l2.local_id "
        "WHERE l2.article_id IN ("
        f"SELECT l.article_id FROM registry_links l WHERE l.auto IN ({marks}) "
        f"AND l.article_id <> ? ORDER BY l.article_id LIMIT {SAMPLE}) "
        "AND l2.kind IN ('PERSON', 'ORG', 'EVENT') AND ae.n_mentions > 0",
        (*members, article_id))} - set(members)


def _context_refuses(store: Store, article_id: str, roles: Sequence[str], group: Group,
                     others: set[str]) -> bool:
    """True when the article speaks against a short name being the candidate `group`: the
    candidate has been named beside people and organisations, and none of them is named
    here (nor does the mention share a role word with the candidate, which settles it the
    other way)."""
    if _role_fits(store, roles, group[1], article_id):
        return False
    if len(others) < MIN_COMPANY:
        return False  # too little here to judge by: name structure decides
    seen = _company(store, group[1], article_id)
    return len(seen) >= MIN_COMPANY and not seen & others


def _context_fits(store: Store, article_id: str, roles: Sequence[str], group: Group,
                  others: set[str]) -> bool:
    """True when the article speaks for the candidate `group`: a shared role word, or
    someone named here who has been named beside it."""
    return _role_fits(store, roles, group[1], article_id) or \
        bool(_company(store, group[1], article_id) & others)


def _corpus_decision(store: Store, article_id: str, e: EntRow, part: str, others: set[str],
                     groups: list[Group] | None = None) -> tuple[str, How]:
    """Rule 3: the one longer entity of the corpus a short name stands for, unless the
    article's context refuses it; of two or three, the only one the context speaks for;
    else its own."""
    if groups is None:
        groups = _corpus_groups(store, part, part_kind(part, e.kind), e.key)
    if not groups or len(groups) > MAX_CANDIDATES:
        return e.key, "part"
    if len(groups) > 1:
        fits = [g for g in groups
                if _context_fits(store, article_id, e.roles, g, others - {g[0], e.key})]
        return (fits[0][0], "part") if len(fits) == 1 else (e.key, "part")
    if _context_refuses(store, article_id, e.roles, groups[0],
                        others - {groups[0][0], e.key}):
        return e.key, "refused"
    return groups[0][0], "part"


def decide(store: Store, ents: Sequence[EntRow],
           article_id: str = "") -> list[tuple[EntRow, str, How]]:
    """The automatic registry id of each entity of one article (`article_id`), and why."""
    out: dict[str, tuple[str, How]] = {}
    shorts: list[tuple[EntRow, str]] = []
    prefixes: list[tuple[EntRow, str]] = []
    for e in ents:
        root = alias_root(e.name, e.kind)
        part = short_part(e.name, e.kind)
        core = place_core(e.name) if e.kind == "PLACE" and root is None else None
        if root is not None:
            out[e.local_id] = (root, "alias")
        elif core is not None:  # "Kecamatan Kawali": the place Kawali
            out[e.local_id] = (alias_root(core, e.kind) or entity_id("PLACE", core), "core")
        elif part is not None:
            shorts.append((e, part))
        else:
            out[e.local_id] = (e.key, "self")
            if (prefix := prefix_part(e.name, e.kind)) is not None:
                prefixes.append((e, prefix))
    longer = [(e, out[e.local_id][0]) for e in ents if e.local_id in out]
    # The company a short name keeps here: every other person, organisation and event.
    company = {rid for e, rid in longer if e.kind != "PLACE" and e.mentioned} | \
        {e.key for e, _ in shorts if e.kind != "PLACE" and e.mentioned}
    long_parts = [(set(parts_of(o.name, o.kind)), rid) for o, rid in longer]
    # A person's leading words of exactly one longer name ("Purbaya Yudhi" of "Purbaya
    # Yudhi Sadewa") follow rules 2 and 3 as a one-word name does; decided first, so the
    # one-word names below see where they went.
    for e, prefix in prefixes:
        _decide_short(store, article_id, e, prefix, long_parts, company, out)
    if prefixes:
        longer = [(e, out[e.local_id][0]) for e in ents if e.local_id in out]
        long_parts = [(set(parts_of(o.name, o.kind)), rid) for o, rid in longer]
    for e, part in shorts:
        _decide_short(store, article_id, e, part, long_parts, company, out)
    return [(e, *out[e.local_id]) for e in ents]


def _decide_short(store: Store, article_id: str, e: EntRow, part: str,
                  long_parts: Sequence[tuple[set[tuple[str, str]], str]], company: set[str],
                  out: dict[str, tuple[str, How]]) -> None:
    """Rules 2 and 3 for one short name (or a person's leading words)."""
    pk = part_kind(part, e.kind)
    here = {rid for ps, rid in long_parts if (part, pk) in ps and rid != e.key}
    if len(here) == 1:
        out[e.local_id] = (here.pop(), "context")
    elif len(here) > 1:
        out[e.local_id] = (e.key, "ambiguous")
    elif not corpus_wide(part, e.kind):
        out[e.local_id] = (e.key, "self")
    else:
        out[e.local_id] = _corpus_decision(store, article_id, e, part, company)


def corpus_wide(part: str, kind: str) -> bool:
    """Whether a short name is matched against the whole corpus (rule 3): a person's one
    word, or an acronym of three letters or more. An organisation's one word is too often
    a tagging slip ("Chelsea" of "Chelsea Islan"), and two letters stand for too much."""
    return kind == "PERSON" if not part.startswith("#") else len(part) >= 4


def link(store: Store, article_id: str, ents: Sequence[EntRow], *, new: bool = True) -> None:
    """Link one article's entities to the registry (inside the store's write transaction).

    Statements are few, since a server store pays a round trip for each: one probe (which
    keys are new, which short names have rule-3 links), one write of the entity, link and
    part rows (one statement on PostgreSQL), then the re-decisions new names call for."""
    if not new:
        store._x("DELETE FROM registry_links WHERE article_id = ?", (article_id,))
    if not ents:
        return
    state = curation(store)
    decided = decide(store, ents, article_id)
    touches = {e.key: _touched(e) for e, _, _ in decided}
    known, with_part = _probe(store, [e.key for e, _, _ in decided],
                              [s for ts in touches.values() for s, _, _ in ts])
    fresh_keys = {e.key for e, _, _ in decided} - known
    # Rule-3 links after this article's are written: those before, and its own. Deciding
    # again never gives a short name rule-3 links it had none of, so this holds every one
    # that needs it (one that loses them on the way is decided again to no change).
    with_part |= {e.key for e, _, how in decided if how in RULE3}
    # Entities known before need no row: a name seen before, on its own id.
    entities = [_entity_row(auto, e.kind, place_core(e.name) or e.name if how == "core"
                            else e.name)
                for e, auto, how in decided if e.key in fresh_keys or auto != e.key]
    links = [(article_id, e.local_id, e.key, e.kind, e.name, auto, state.resolve(e.key, auto),
              how) for e, auto, how in decided]
    fresh = [(e, auto) for e, auto, _how in decided if e.key in fresh_keys]
    pairs = [(part, kind) for e, _ in fresh for part, kind in parts_of(e.name, e.kind,
                                                                       corpus=True)]
    # A new name's parts go in before the short names they touch are decided again, and
    # after those of the names before it: all at once when no two new names share a part
    # (no re-decision can then see another name's parts), else name by name.
    at_once = len(pairs) == len(set(pairs))
    parts = [(p, k, e.key, root) for e, root in fresh for p, k in parts_of(
        e.name, e.kind, corpus=True)] if at_once else []
    _write(store, entities, links, parts)
    for e, auto in fresh:
        if not at_once:
            store._insert("INSERT INTO registry_parts (part, kind, key, root) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                          [(p, k, e.key, auto) for p, k in parts_of(e.name, e.kind,
                                                                    corpus=True)])
        for short, part, kind in touches[e.key]:
            if short in with_part:
                _redecide(store, short, part, kind, state, checked=True)


def _probe(store: Store, keys: list[str], shorts: list[str]) -> tuple[set[str], set[str]]:
    """(the keys some link holds, the short names some rule-3 link holds), in one
    statement: an indexed probe per name that stops at the first link (a DISTINCT over the
    links of a frequent name, "Indonesia", would grow with the store)."""
    uniq = list(dict.fromkeys([*keys, *shorts]))
    rows, params = text_rows(store, uniq)
    known: set[str] = set()
    part: set[str] = set()
    for k, linked, by_part in store._x(
            f"WITH v(k) AS ({rows}) SELECT k, "
            "EXISTS (SELECT 1 FROM registry_links l WHERE l.key = v.k), "
            "EXISTS (SELECT 1 FROM registry_links l WHERE l.key = v.k "
            "AND l.how IN ('part', 'refused')) "
            "FROM v", params):
        if linked:
            known.add(str(k))
        if by_part:
            part.add(str(k))
    return known, part


def _first(rows: Sequence[_Row], width: int) -> list[_Row]:
    """Rows less those whose first `width` columns (the key) an earlier one has: what
    ON CONFLICT DO NOTHING keeps, row by row."""
    seen: set[tuple[str, ...]] = set()
    out: list[_Row] = []
    for r in rows:
        if r[:width] not in seen:
            seen.add(r[:width])
            out.append(r)
    return out


def _write(store: Store, entities: Sequence[tuple[str, str, str]],
           links: Sequence[tuple[str, ...]], parts: Sequence[tuple[str, ...]]) -> None:
    """Insert the registry rows of one article: entities (sorted; an existing id kept),
    links, and parts (an existing one kept)."""
    ents = _first(sorted(set(entities)), 1)
    if store.dialect == "postgres":
        # One statement of array parameters: one round trip, and one text, so the server
        # plans it once (multi-row VALUES would be a new text for every row count).
        def arrays(rows: Sequence[tuple[str, ...]], n: int) -> tuple[str, list[Any]]:
            marks = ", ".join("CAST(? AS text[])" for _ in range(n))
            return f"SELECT * FROM unnest({marks})", [texts([r[i] for r in rows])
                                                      for i in range(n)]

        e_sql, e_par = arrays(ents, 3)
        p_sql, p_par = arrays(_first(parts, 3), 4)
        l_sql, l_par = arrays(links, 8)
        store._x(f"WITH e AS (INSERT INTO registry_entities (rid, kind, name) {e_sql} "
                 "ON CONFLICT (rid) DO NOTHING), "
                 f"p AS (INSERT INTO registry_parts (part, kind, key, root) {p_sql} "
                 "ON CONFLICT DO NOTHING) "
                 "INSERT INTO registry_links (article_id, local_id, key, kind, name, auto, rid, "
                 f"how) {l_sql}", [*e_par, *p_par, *l_par])
        return
    _ensure_entities(store, ents)
    store._insert("INSERT INTO registry_links (article_id, local_id, key, kind, name, auto, "
                  "rid, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", links)
    store._insert("INSERT INTO registry_parts (part, kind, key, root) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT DO NOTHING", parts)


def _touched(e: EntRow) -> list[tuple[str, str, str]]:
    """(short name key, part, part kind) of every short name a new multi-word name's parts
    may change the candidates of."""
    out: list[tuple[str, str, str]] = []
    for part, kind in parts_of(e.name, e.kind, corpus=True):
        kinds = ("ORG", "PLACE") if kind == INITIALS_KIND else (kind,)
        letters = part.lstrip("#^")
        for k in kinds:
            short = entity_id(cast(EntityKind, k), letters)
            if short != e.key and corpus_wide(part, k):
                out.append((short, part, kind))
    return out


def _others(store: Store, short: str, auto: str) -> bool:
    """Whether a rule-3 link of `short` (linked or refused) points elsewhere than `auto`:
    range probes on the (key, how, auto) index, so the links already there are never
    scanned."""
    return any(store._x("SELECT 1 FROM registry_links WHERE key = ? AND how = ? "
                        f"AND auto {op} ? LIMIT 1", (short, how, auto))
               for how in RULE3 for op in ("<", ">"))


def _redecide(store: Store, short: str, part: str, kind: str, state: Curation, *,
              checked: bool = False) -> None:
    """Decide again, article by article, the links of a short name that rule 3 decided,
    now that its candidates changed (the same check as on ingest, context included).
    `checked`: the caller found it has such links."""
    if not checked and not any(store._x("SELECT 1 FROM registry_links WHERE key = ? "
                                        "AND how = ? LIMIT 1", (short, how)) for how in RULE3):
        return
    groups = _corpus_groups(store, part, kind, short)
    if not groups or len(groups) > MAX_CANDIDATES:
        # None, or too many to tell apart: every such link is its own, in one statement.
        if _others(store, short, short):
            store._x("UPDATE registry_links SET auto = ?, rid = ?, how = 'part' WHERE key = ? "
                     "AND how IN ('part', 'refused') AND auto <> ?",
                     (short, state.resolve(short, short), short, short))
        return
    select = ("SELECT l.article_id, l.local_id, l.kind, l.name, l.auto, ae.roles, l.how "
              "FROM registry_links l JOIN article_entities ae "
              "ON ae.article_id = l.article_id AND ae.local_id = l.local_id "
              "WHERE l.key = ? AND l.how IN ('part', 'refused')")
    if len(groups) == 1:
        if not _others(store, short, groups[0][0]):
            return
        # One candidate: links already on it stay; the others are checked one by one.
        linked = sorted(row for op in ("<", ">") for row in store._x(
            f"{select} AND l.auto {op} ?", (short, groups[0][0])))
    else:  # several: each link goes to the one its article speaks for, if any
        linked = sorted(store._x(select, (short,)))
    for article_id, local_id, k, name, auto, roles, old_how in linked:
        e = EntRow(local_id=str(local_id), key=short, kind=str(k), name=str(name),
                   roles=tuple(json.loads(roles) if roles else ()))
        company = {str(r[0]) for r in store._x(
            "SELECT l.auto FROM registry_links l JOIN article_entities ae "
            "ON ae.article_id = l.article_id AND ae.local_id = l.local_id "
            "WHERE l.article_id = ? AND l.local_id <> ? AND l.kind <> 'PLACE' "
            "AND ae.n_mentions > 0", (article_id, local_id))}
        new_auto, how = _corpus_decision(store, str(article_id), e, part, company, groups)
        if (new_auto, how) != (auto, old_how):
            _ensure_entities(store, [_entity_row(new_auto, e.kind, e.name)])
            store._x("UPDATE registry_links SET auto = ?, rid = ?, how = ? WHERE article_id = ? "
                     "AND local_id = ?", (new_auto, state.resolve(short, new_auto), how,
                                          article_id, local_id))


# -- whole store --------------------------------------------------------------------------
def ensure(store: Any) -> None:
    """Create the tables; fill the registry of a store made before it (first open)."""
    with store._tx():
        create_tables(store)
    if store.get_meta(BUILT) is not None:
        return
    if store._x("SELECT 1 FROM articles LIMIT 1"):
        rebuild(store)
    else:
        store.set_meta(BUILT, "1")


def rebuild(store: Any, batch: int = 500) -> int:
    """Link every stored article again in write order, then replay the curation log
    (`warta entities rebuild`); gives what ingest gave. Returns the articles linked."""
    with store._tx():
        create_tables(store)
        for table in DERIVED:
            store._x(f"DELETE FROM {table}")
    n, rev = 0, 0
    while True:
        arts = store._x("SELECT rev, id FROM articles WHERE rev > ? ORDER BY rev LIMIT ?",
                        (rev, batch))
        if not arts:
            break
        ids = [str(r[1]) for r in arts]
        marks = ", ".join("?" for _ in ids)
        by_article: dict[str, list[tuple[Any, ...]]] = {}
        for row in store._x(f"SELECT * FROM article_entities WHERE article_id IN ({marks}) "
                            "ORDER BY article_id, local_id", ids):
            by_article.setdefault(str(row[0]), []).append(row)
        with store._tx():
            for article_id in ids:
                link(store, article_id, ent_rows(by_article.get(article_id, [])))
                n += 1
        rev = int(arts[-1][0])
    with store._tx():
        recompute(store)
        store.set_meta(BUILT, "1")
    return n


def recompute(store: Store) -> int:
    """Apply the curation log to every link (after a curation command); returns changes."""
    state = curation(store)
    changed = 0
    for key, auto, rid in store._x("SELECT DISTINCT key, auto, rid FROM registry_links"):
        want = state.resolve(str(key), str(auto))
        if want != rid:
            store._x("UPDATE registry_links SET rid = ? WHERE key = ? AND auto = ?",
                     (want, key, auto))
            changed += 1
    # A split name is an entity of its own now: give it a row.
    store._x("INSERT INTO registry_entities (rid, kind, name) SELECT DISTINCT rid, kind, name "
             "FROM registry_links WHERE rid NOT IN (SELECT rid FROM registry_entities) "
             "ON CONFLICT (rid) DO NOTHING")
    return changed


# -- reading ------------------------------------------------------------------------------
KINDS: tuple[EntityKind, ...] = ("PERSON", "ORG", "PLACE", "EVENT")


@dataclass(frozen=True, slots=True, kw_only=True)
class RegistryEntity:
    """One registry entity as `warta entities NAME` shows it. Counts leave out copies
    (articles with `duplicate_of` set), so a syndicated story counts once."""

    id: str
    name: str
    kind: str
    kinds: list[str]
    aliases: list[str]
    articles: int
    first_seen: str | None
    last_seen: str | None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "kinds": self.kinds,
                "aliases": self.aliases, "articles": self.articles,
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "country": self.country}


def find(store: Store, ref: str) -> str | None:
    """The registry id a reference names: a registry id, a store key (`per:prabowo`), a
    canonical name, an alias or any name an article gave it (case and accents ignored)."""
    ref = ref.strip()
    if not ref:
        return None
    state = curation(store)
    if store._x("SELECT 1 FROM registry_entities WHERE rid = ?", (ref,)):
        return state.follow(ref)
    keys = [ref] if ":" in ref else [entity_id(k, ref) for k in KINDS]
    marks = ", ".join("?" for _ in keys)
    found = store._x(f"SELECT rid, COUNT(*) AS n FROM registry_links WHERE key IN ({marks}) "
                     "GROUP BY rid ORDER BY n DESC, rid LIMIT 1", keys)
    if found:
        return str(found[0][0])
    for k in KINDS:
        root = alias_root(ref, k)
        if root is not None and store._x("SELECT 1 FROM registry_links WHERE rid = ? "
                                         "LIMIT 1", (state.follow(root),)):
            return state.follow(root)
    return None


def linked_keys(store: Store, ref: str) -> tuple[str, ...]:
    """Every per-article store key linked to the registry entity `ref` names (registry id,
    store key, alias or any name), sorted; empty when the registry knows no such entity.
    Search filters match this disjunction, so "Jokowi" finds articles that say "Joko
    Widodo". (A key is taken whole: a short name linked here in one article and refused
    in another matches in both.)"""
    rid = find(store, ref)
    if rid is None:
        return ()
    return tuple(str(r[0]) for r in store._x(
        "SELECT DISTINCT key FROM registry_links WHERE rid = ? ORDER BY key", (rid,)))


def entity(store: Store, ref: str) -> RegistryEntity | None:
    rid = find(store, ref)
    if rid is None:
        return None
    row = store._x("SELECT kind, name FROM registry_entities WHERE rid = ?", (rid,))
    if not row:
        return None
    stats = store._x("SELECT COUNT(DISTINCT l.article_id), MIN(a.published), MAX(a.published) "
                     "FROM registry_links l JOIN articles a ON a.id = l.article_id "
                     "WHERE l.rid = ? AND a.duplicate_of IS NULL", (rid,))[0]
    names = [str(n) for n, _ in store._x(
        "SELECT name, COUNT(*) AS c FROM registry_links WHERE rid = ? GROUP BY name "
        "ORDER BY c DESC, name", (rid,))]
    names += [n for n in curation(store).aliases.get(rid, []) if n not in names]
    kinds = [str(k) for k, _ in store._x(
        "SELECT kind, COUNT(*) AS c FROM registry_links WHERE rid = ? GROUP BY kind "
        "ORDER BY c DESC, kind", (rid,))]
    name = str(row[0][1])
    country = store._x("SELECT country FROM entities WHERE key = ?", (rid,))
    return RegistryEntity(id=rid, name=name, kind=str(row[0][0]), kinds=kinds,
                          aliases=[n for n in names if n != name], articles=int(stats[0]),
                          first_seen=stats[1], last_seen=stats[2],
                          country=str(country[0][0]) if country and country[0][0] else None)


def top(store: Store, *, name: str | None = None, kind: str | None = None, limit: int = 20,
        offset: int = 0, country: str | None = None) -> tuple[int, list[RegistryEntity]]:
    """Registry entities by number of articles (copies left out); `name` matches part of
    any of an entity's names, `country` the entity's country code."""
    clauses = ["a.duplicate_of IS NULL"]
    params: list[Any] = []
    if name:
        clauses.append("l.rid IN (SELECT x.rid FROM registry_links x JOIN article_entities ae "
                       "ON ae.article_id = x.article_id AND ae.local_id = x.local_id "
                       "WHERE ae.name_fold LIKE ?)")
        params.append(f"%{fold(name)}%")
    if kind:
        clauses.append("l.kind = ?")
        params.append(kind.upper())
    if country:
        clauses.append("l.rid IN (SELECT key FROM entities WHERE country = ?)")
        params.append(country.upper())
    base = ("FROM registry_links l JOIN articles a ON a.id = l.article_id WHERE "
            + " AND ".join(clauses))
    total = int(store._x(f"SELECT COUNT(DISTINCT l.rid) {base}", params)[0][0])
    rows = store._x(f"SELECT l.rid, COUNT(DISTINCT l.article_id) AS n {base} GROUP BY l.rid "
                    "ORDER BY n DESC, l.rid LIMIT ? OFFSET ?", (*params, limit, offset))
    page = _entities(store, [str(r[0]) for r in rows])
    out = [page[str(r[0])] if str(r[0]) in page else entity(store, str(r[0])) for r in rows]
    return total, [e for e in out if e is not None]


def _entities(store: Store, rids: list[str]) -> dict[str, RegistryEntity]:
    """`entity(store, rid)` of several registry ids in five statements in all, not four
    each; an id this path cannot answer as `entity` would (no entity row, or merged away
    since) is left out for `entity` to take."""
    if not rids:
        return {}
    state = curation(store)
    marks = ", ".join("?" for _ in rids)
    rows = {str(r): (str(k), str(n)) for r, k, n in store._x(
        f"SELECT rid, kind, name FROM registry_entities WHERE rid IN ({marks})", rids)}
    ids = [r for r in rids if r in rows and state.follow(r) == r]
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    stats = {str(r[0]): r[1:] for r in store._x(
        "SELECT l.rid, COUNT(DISTINCT l.article_id), MIN(a.published), MAX(a.published) "
        "FROM registry_links l JOIN articles a ON a.id = l.article_id "
        f"WHERE l.rid IN ({marks}) AND a.duplicate_of IS NULL GROUP BY l.rid", ids)}
    names: dict[str, list[str]] = {r: [] for r in ids}
    for rid, name, _ in store._x(  # ordered in SQL, as `entity` orders them
            "SELECT rid, name, COUNT(*) AS c FROM registry_links "
            f"WHERE rid IN ({marks}) GROUP BY rid, name ORDER BY rid, c DESC, name", ids):
        names[str(rid)].append(str(name))
    kinds: dict[str, list[str]] = {r: [] for r in ids}
    for rid, kind, _ in store._x(
            "SELECT rid, kind, COUNT(*) AS c FROM registry_links "
            f"WHERE rid IN ({marks}) GROUP BY rid, kind ORDER BY rid, c DESC, kind", ids):
        kinds[str(rid)].append(str(kind))
    countries = {str(k): c for k, c in store._x(
        f"SELECT key, country FROM entities WHERE key IN ({marks})", ids)}
    out: dict[str, RegistryEntity] = {}
    for rid in ids:
        kind, name = rows[rid]
        n, first, last = stats.get(rid, (0, None, None))
        all_names = names[rid] + [x for x in state.aliases.get(rid, []) if x not in names[rid]]
        country = countries.get(rid)
        out[rid] = RegistryEntity(id=rid, name=name, kind=kind, kinds=kinds[rid],
                                  aliases=[x for x in all_names if x != name],
                                  articles=int(n), first_seen=first, last_seen=last,
                                  country=str(country) if country else None)
    return out


# -- curation -----------------------------------------------------------------------------
def _log(store: Any, op: str, a: str, b: str) -> None:
    from ..store.sql import now_iso

    with store._tx():
        seq = int(store._x("SELECT COALESCE(MAX(seq), 0) + 1 FROM registry_curation")[0][0])
        store._x("INSERT INTO registry_curation (seq, op, a, b, at) VALUES (?, ?, ?, ?, ?)",
                 (seq, op, a, b, now_iso()))
        recompute(store)


def _must_find(store: Store, ref: str) -> str:
    rid = find(store, ref)
    if rid is None:
        raise CurationError(f"no registry entity '{ref}': give an id such as "
                            "per:prabowo-subianto or a name (see `warta entities --list`)")
    return rid


def merge(store: Any, keep: str, other: str) -> str:
    """Merge entity `other` into entity `keep`; returns the kept id."""
    a, b = _must_find(store, keep), _must_find(store, other)
    if a == b:
        return a
    _log(store, "merge", a, b)
    return a


def split(store: Any, ref: str, name: str) -> str:
    """Take the name `name` out of entity `ref` into an entity of its own; returns its id."""
    rid = _must_find(store, ref)
    keys = [str(k) for (k,) in store._x(
        "SELECT DISTINCT key FROM registry_links WHERE rid = ? ORDER BY key", (rid,))]
    wanted = [k for k in keys if k == name or k.split(":", 1)[1] == slug(name)]
    if not wanted:
        raise CurationError(f"entity {rid} holds no name '{name}'; its names: "
                            + ", ".join(keys))
    key = wanted[0]
    if key == rid:
        raise CurationError(f"'{name}' is the name {rid} is keyed on: split its other names "
                            "out instead, or merge it into another entity")
    _log(store, "split", key, "")
    return key


def alias_add(store: Any, ref: str, name: str, kind: str | None = None) -> str:
    """Make `name` (of `kind`, by default the entity's kind) an alias of entity `ref`."""
    rid = _must_find(store, ref)
    if kind is None:
        kind = str(store._x("SELECT kind FROM registry_entities WHERE rid = ?", (rid,))[0][0])
    if kind not in KINDS:
        raise CurationError(f"unknown kind '{kind}': use one of {', '.join(KINDS)}")
    key = entity_id(kind, name)
    _log(store, "alias", rid, f"{key}|{name}")
    return rid


def curation_log(store: Store) -> list[dict[str, Any]]:
    return [{"seq": int(s), "op": str(o), "a": str(a), "b": str(b), "at": str(t)}
            for s, o, a, b, t in store._x("SELECT seq, op, a, b, at FROM registry_curation "
                                          "ORDER BY seq")]


def detail(store: Any, ref: str, *, limit: int = 50) -> Any:
    """The entity page (`EntityDetail`) of a registry entity: mentions per day, quotes,
    co-occurring entities and articles, over every name it has; copies left out."""
    from ..store.model import ArticleSummary, EntityDetail, EntitySummary, FacetCount, QuoteRow

    e = entity(store, ref)
    if e is None:
        return None
    summary = EntitySummary(key=e.id, kind=e.kind, name=e.name, country=e.country,
                            articles=e.articles, aliases=e.aliases, kinds=e.kinds,
                            first_seen=e.first_seen, last_seen=e.last_seen)
    live = "JOIN articles a ON a.id = l.article_id AND a.duplicate_of IS NULL"
    per_day = [FacetCount(key=str(d), label=str(d), count=int(n)) for d, n in store._x(
        f"SELECT a.day, COUNT(*) FROM registry_links l {live} JOIN mentions m "
        "ON m.article_id = l.article_id AND m.key = l.key WHERE l.rid = ? "
        "AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day", (e.id,))]
    co = [FacetCount(key=str(k), label=str(n or k), count=int(c)) for k, n, c in store._x(
        f"SELECT o.rid, MAX(r.name), COUNT(DISTINCT o.article_id) AS c FROM registry_links l "
        f"{live} JOIN registry_links o ON o.article_id = l.article_id AND o.rid <> l.rid "
        "LEFT JOIN registry_entities r ON r.rid = o.rid WHERE l.rid = ? "
        "GROUP BY o.rid ORDER BY c DESC, o.rid LIMIT 20", (e.id,))]
    quotes = [QuoteRow(article_id=r[0], title=r[1], published=r[2], kind=r[3], text=r[4],
                       speaker=e.id, speaker_name=r[5]) for r in store._x(
        "SELECT q.article_id, a.title, a.published, q.kind, q.content, q.speaker_name "
        f"FROM registry_links l {live} JOIN quotes q ON q.article_id = l.article_id "
        "AND q.speaker_key = l.key WHERE l.rid = ? "
        "ORDER BY a.published DESC, q.article_id, q.idx LIMIT ?", (e.id, limit))]
    arts = [ArticleSummary(id=r[0], title=r[1], source=r[2], url=r[3], published=r[4])
            for r in store._x(
        f"SELECT DISTINCT a.id, a.title, a.source, a.url, a.published FROM registry_links l "
        f"{live} WHERE l.rid = ? ORDER BY a.published DESC, a.id LIMIT ?", (e.id, limit))]
    return EntityDetail(entity=summary, mentions_per_day=per_day, quotes=quotes,
                        cooccurring=co, articles=arts)


def summaries(store: Any, *, name: str | None = None, kind: str | None = None,
              limit: int = 20, offset: int = 0,
              country: str | None = None) -> tuple[int, list[Any]]:
    """`top` as the store's `EntitySummary` rows (GET /entities, /view/entities)."""
    from ..store.model import EntitySummary

    total, found = top(store, name=name, kind=kind, limit=limit, offset=offset,
                       country=country)
    return total, [EntitySummary(key=e.id, kind=e.kind, name=e.name, country=e.country,
                                 articles=e.articles, aliases=e.aliases, kinds=e.kinds,
                                 first_seen=e.first_seen, last_seen=e.last_seen)
                   for e in found]
