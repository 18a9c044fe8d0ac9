"""Re-key judged samples after a change to the clean stage that cuts a prefix off bodies.

Judgements of eval/events_sample.py, eval/who_sample.py and eval/numbers_measure.py are
keyed by character offsets in the cleaned text. When a clean-stage change only removes
more of the start of a body (a dateline it now recognises), every offset in that article
moves back by the length removed. For each judged article this computes the cleaned body
under the boilerplate data of an older revision (`--old REV`, read with `git show`) and
under the current one; where the new body is the old one with a prefix removed it shifts
the article's offsets, and it refuses (lists, changes nothing in that file) any article
whose body changed otherwise or whose offset would fall inside the removed prefix.

    python eval/rekey_offsets.py --old 47ec642            # report only
    python eval/rekey_offsets.py --old 47ec642 --write    # rewrite the judgement files

Run it once, in the commit that changes the clean stage: offsets already shifted would be
shifted again (47ec642 is the commit before the "- -" dateline fix that it re-keyed).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta.stages import clean
from warta.train.summary import load_indosum, raw_text
from warta.train.themes import load_detik

REPO = Path(__file__).resolve().parents[1]
BOILERPLATE = "src/warta/lang/id/boilerplate.toml"
# judgement file (glob) -> {table: offset field}
FILES: dict[str, dict[str, str]] = {
    "eval/judgements/events_sample.toml": {"event": "trigger", "missed": "trigger"},
    "eval/data/who_sample_*.toml": {"speaker": "quote"},
    "eval/data/numbers_measure.toml": {"count": "start"},
}


def raw_texts() -> dict[str, str]:
    """Raw text of every article the samples draw from, by sample id."""
    texts = {d["id"]: raw_text(d) for d in load_indosum()}
    texts.update({f"detik-{r['id']}": r["isi_berita"] for r in load_detik()})
    return texts


def old_cleaner(rev: str) -> Callable[[str], str]:
    """clean_text with the dateline patterns of boilerplate.toml at `rev`."""
    data = tomllib.loads(subprocess.run(
        ["git", "show", f"{rev}:{BOILERPLATE}"], cwd=REPO, check=True,
        capture_output=True, text=True).stdout)
    new_rules = clean._rules()
    old_rules = dataclasses.replace(
        new_rules, datelines=tuple(re.compile(p) for p in data["datelines"]))

    def run(raw: str) -> str:
        saved = clean._rules
        clean._rules = lambda: old_rules  # type: ignore[assignment]
        try:
            return clean.clean_text(raw).text
        finally:
            clean._rules = saved
    return run


_HEADER = re.compile(r"^\[\[(\w+)\]\]\s*$")
_FIELD = re.compile(r'^(\w+)\s*=\s*("?)(\d+|[^"]*)\2\s*$')


def rekey_file(path: Path, fields: dict[str, str], shift_of: Callable[[str], int | None],
               refused: list[str]) -> tuple[str, int]:
    """The file's text with offsets shifted, and how many offsets moved."""
    entries: list[dict[str, Any]] = []
    for name, rows in tomllib.loads(path.read_text("utf-8")).items():
        if isinstance(rows, list):
            entries += [{"_table": name, **r} for r in rows]
    lines = path.read_text("utf-8").split("\n")
    out: list[str] = []
    table: str | None = None
    article: str | None = None
    pending: list[tuple[int, str, str]] = []  # (line index, field, quote) before article
    moved = 0

    def fix(i: int, name: str, quote: str) -> None:
        nonlocal moved
        shift = shift_of(article) if article else None
        if not shift:
            return
        value = int(_FIELD.match(out[i]).group(3))  # type: ignore[union-attr]
        if value < shift:
            refused.append(f"{path.name}: {article} {name} {value} inside the removed prefix")
            return
        out[i] = f"{name} = {quote}{value - shift}{quote}"
        moved += 1

    for line in lines:
        if (h := _HEADER.match(line)):
            table, article, pending = h.group(1), None, []
        elif table and (f := _FIELD.match(line)):
            name = f.group(1)
            if name == "article":
                article = f.group(3)
                for i, n, q in pending:
                    fix(i, n, q)
                pending = []
            elif fields.get(table) == name:
                out.append(line)
                if article is None:
                    pending.append((len(out) - 1, name, f.group(2)))
                else:
                    fix(len(out) - 1, name, f.group(2))
                continue
        out.append(line)
    text = "\n".join(out)
    # Check the rewrite against the parsed file: every entry the same but its offset.
    after = [{"_table": t, **r} for t, rows in tomllib.loads(text).items()
             if isinstance(rows, list) for r in rows]
    for old, new in zip(entries, after, strict=True):
        field = fields.get(old["_table"])
        if field and field in old and old != new:
            shift = shift_of(str(old.get("article")))
            want = int(old[field]) - (shift or 0)
            if int(new[field]) != want or {**old, field: new[field]} != new:
                refused.append(f"{path.name}: rewrite check failed at {old}")
        elif old != new:
            refused.append(f"{path.name}: rewrite check failed at {old}")
    return text, moved


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", required=True, help="git revision of the old boilerplate.toml")
    ap.add_argument("--write", action="store_true", help="rewrite the judgement files")
    args = ap.parse_args(argv)
    texts = raw_texts()
    old = old_cleaner(args.old)
    shifts: dict[str, int | None] = {}
    refused: list[str] = []

    def shift_of(article: str) -> int | None:
        if article not in shifts:
            raw = texts.get(article)
            if raw is None:
                refused.append(f"{article}: no raw text")
                shifts[article] = None
            else:
                before, after = old(raw), clean.clean_text(raw).text
                if before == after:
                    shifts[article] = 0
                elif before.endswith(after):
                    shifts[article] = len(before) - len(after)
                else:
                    refused.append(f"{article}: body changed other than by a removed prefix")
                    shifts[article] = None
        return shifts[article]

    status = 0
    for pattern, fields in FILES.items():
        for path in sorted(REPO.glob(pattern)):
            before = len(refused)
            text, moved = rekey_file(path, fields, shift_of, refused)
            ok = len(refused) == before
            print(f"{path.relative_to(REPO)}: {moved} offsets shifted"
                  + ("" if ok else f", REFUSED ({len(refused) - before})"))
            if args.write and ok and moved:
                path.write_text(text, "utf-8")
            status |= not ok
    changed = sorted(a for a, s in shifts.items() if s)
    print(f"articles judged: {len(shifts)}; bodies shortened: {len(changed)}")
    for a in changed:
        print(f"  {a}: -{shifts[a]}")
    for r in refused:
        print(f"refused: {r}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
