"""Which person names the registry's leading-words rule joins to a longer name on the
registry eval corpus (the labelled pairs hold none of these, so they are listed for
reading by hand): name, registry id, why, links.

    PYTHONPATH=src python eval/registry_prefixes.py --records R.jsonl   # from registry_eval --dump
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from registry_eval import DATA, analysed, build, from_records  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--records", type=Path, help="records of `registry_eval.py --dump`")
    args = p.parse_args(argv)
    items = from_records(args.records) if args.records else analysed(DATA)
    with tempfile.TemporaryDirectory() as tmp:
        store = build(items, Path(tmp) / "store")
        try:
            rows = store._x(
                "SELECT name, auto, how, COUNT(*) FROM registry_links WHERE kind = 'PERSON' "
                "AND name LIKE '% %' AND auto <> key AND how IN ('part', 'context') "
                "GROUP BY name, auto, how ORDER BY 4 DESC, 1")
        finally:
            store.close()
    print(f"{len(rows)} names, {sum(int(r[3]) for r in rows)} links joined by leading words")
    for name, rid, how, n in rows:
        print(f"  {name} -> {rid} ({how}, {n})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
