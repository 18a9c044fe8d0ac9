"""`warta entities`: the store's entity registry (one entity per real-world thing), its
look-ups and its curation."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..store import open_store
from .ingest import DB_HELP

ACTIONS = ("merge", "split", "alias", "rebuild", "log")

EPILOG = """\
examples:
  warta entities                                 the most mentioned entities (table)
  warta entities Prabowo --format json           one entity: aliases, kinds, article count,
                                                 first and last seen
  warta entities --kind ORG --limit 50
  warta entities merge "Joko Widodo" "Pak Jokowi"   keep the first, fold the second in
  warta entities split per:prabowo-subianto Prabowo  take a name out into its own entity
  warta entities alias add "Komisi Pemberantasan Korupsi" "Komisi Antirasuah"
  warta entities rebuild                         link every stored article again, then replay
                                                 the curation log (gives what ingest gave)
  warta entities log                             the curation log, oldest first

Curation is a log kept in the store and replayed over automatic merging, so it survives
re-ingest and `rebuild`. Counts leave out copies (articles grouped by `warta dedup`).
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "entities", help="the entity registry: look up, list, merge, split, add aliases",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="One entity per real-world thing across the stored articles: names "
        "joined by the alias file (lang/id/aliases.toml), by name structure (a one-word "
        "name that is part of exactly one longer name; an acronym of exactly one name's "
        "initials) unless the article's context speaks against it, and by your curation.",
        epilog=EPILOG,
    )
    p.add_argument("words", nargs="*", metavar="NAME | ACTION ARGS",
                   help="an entity (registry id, store key or any name), or one of: "
                   "merge KEEP OTHER, split ENTITY NAME, alias add ENTITY NAME, rebuild, log")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="output format (default: table)")
    p.add_argument("--kind", help="PERSON, ORG, PLACE or EVENT: filter the list; with "
                   "`alias add`, the kind of the new name (default: the entity's)")
    p.add_argument("--limit", type=int, default=20, help="entities listed (default: 20)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus import registry

    words: list[str] = args.words
    store = open_store(args.db, create=False)
    try:
        action = words[0] if words and words[0] in ACTIONS else None
        if action == "rebuild":
            n = registry.rebuild(store)
            total, _ = registry.top(store, limit=0)
            _emit(args, {"articles": n, "entities": total})
            return 0
        if action == "log":
            _emit(args, registry.curation_log(store))
            return 0
        if action == "merge":
            _need(words, 3, "merge KEEP OTHER")
            rid = registry.merge(store, words[1], words[2])
        elif action == "split":
            _need(words, 3, "split ENTITY NAME")
            rid = registry.split(store, words[1], words[2])
        elif action == "alias":
            if len(words) != 4 or words[1] != "add":
                raise registry.CurationError("usage: warta entities alias add ENTITY NAME")
            rid = registry.alias_add(store, words[2], words[3],
                                     args.kind.upper() if args.kind else None)
        elif words:
            rid = " ".join(words)
        else:
            _, found = registry.top(store, kind=args.kind, limit=args.limit)
            _emit(args, [e.to_dict() for e in found])
            return 0
        e = registry.entity(store, rid)
        if e is None:
            raise registry.CurationError(
                f"no registry entity '{rid}': list them with `warta entities`, or give a "
                "registry id (per:prabowo-subianto), a store key or a name")
        _emit(args, e.to_dict())
        return 0
    finally:
        store.close()


def _need(words: list[str], n: int, usage: str) -> None:
    from ..corpus.registry import CurationError

    if len(words) != n:
        raise CurationError(f"usage: warta entities {usage}")


def _emit(args: argparse.Namespace, data: Any) -> None:
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    rows = data if isinstance(data, list) else [data]
    if not rows:
        print("(none)")
        return
    if "op" in rows[0] or "entities" in rows[0]:
        for r in rows:
            print("  ".join(f"{k}={v}" for k, v in r.items()))
        return
    if isinstance(data, dict):  # one entity: a card
        for k in ("id", "name", "kind", "kinds", "aliases", "articles", "first_seen",
                  "last_seen"):
            v = data[k]
            print(f"{k:<11} {', '.join(v) if isinstance(v, list) else v}")
        return
    print(f"{'articles':>8}  {'id':<40} {'name':<32} aliases")
    for r in rows:
        aliases = ", ".join(r["aliases"][:4]) + (" ..." if len(r["aliases"]) > 4 else "")
        print(f"{r['articles']:>8}  {r['id']:<40} {r['name'][:32]:<32} {aliases}")
