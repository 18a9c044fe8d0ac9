"""Re-key judged samples after a change to the clean stage.

Judgements of eval/events_sample.py, eval/who_sample.py, eval/numbers_measure.py and
eval/timex_news.py are keyed by character offsets in the cleaned text. When a clean-stage
change only removes more of the start of a body (a dateline it now recognises), every
offset in that article moves back by the length removed. For each judged article this
computes the cleaned body under the boilerplate data of an older revision (`--old REV`,
read with `git show`) and under the current one; where the new body is the old one with a
prefix removed it shifts the article's offsets, and it refuses (lists, changes nothing in
that file) any article whose body changed otherwise or whose offset would fall inside the
removed prefix.

With `--old-src DIR` (the `src` folder of an older checkout, e.g. from `git archive REV
src`) the old body is what that code's whole clean stage wrote, and a body may change
anywhere: each offset moves with the text around it (difflib's matching blocks), so a
space inserted before a glued quotation mark moves the offsets after it by one; an offset
inside text that changed or was removed is refused.

    python eval/rekey_offsets.py --old 47ec642            # report only
    python eval/rekey_offsets.py --old 47ec642 --write    # rewrite the judgement files
    python eval/rekey_offsets.py --old-src /tmp/base/src --write

Run it once, in the commit that changes the clean stage: offsets already shifted would be
shifted again (47ec642 is the commit before the "- -" dateline fix that it re-keyed).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
import os
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
    "eval/data/timex_news.toml": {"time": "start"},
}
Move = Callable[[str, int], int | None]  # (article, old offset) -> new offset, None: refused


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


_OLD_SRC_RUN = """
import json, sys
from warta.stages import clean
raws = json.load(sys.stdin)
json.dump({k: clean.clean_text(v).text for k, v in raws.items()}, sys.stdout)
"""


def old_src_bodies(src: Path, raws: dict[str, str]) -> dict[str, str]:
    """The cleaned bodies the code under `src` writes for `raws`, run in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", _OLD_SRC_RUN], input=json.dumps(raws),
                         env=env, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out))


def offset_map(before: str, after: str) -> Callable[[int], int | None]:
    """Where a character of `before` stands in `after`: its place in a block the two
    share, None when it changed or went away."""
    blocks = difflib.SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks()

    def move(i: int) -> int | None:
        for a, b, n in blocks:
            if a <= i < a + n:
                return b + i - a
        return None
    return move


def rekey_file(path: Path, fields: dict[str, str], move: Move,
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
        if not article:
            return
        value = int(_FIELD.match(out[i]).group(3))  # type: ignore[union-attr]
        new = move(article, value)
        if new is None:
            refused.append(f"{path.name}: {article} {name} {value} inside removed or changed "
                           "text")
            return
        if new != value:
            out[i] = f"{name} = {quote}{new}{quote}"
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
            want = move(str(old.get("article")), int(old[field]))
            if want is None or int(new[field]) != want or {**old, field: new[field]} != new:
                refused.append(f"{path.name}: rewrite check failed at {old}")
        elif old != new:
            refused.append(f"{path.name}: rewrite check failed at {old}")
    return text, moved


def rekey_files(move: Move, refused: list[str], write: bool, verb: str) -> int:
    """Re-key every judgement file, print what moved, rewrite (with `write`) each file
    that refused nothing; 1 when any refused."""
    status = 0
    for pattern, fields in FILES.items():
        for path in sorted(REPO.glob(pattern)):
            n = len(refused)
            text, moved = rekey_file(path, fields, move, refused)
            ok = len(refused) == n
            print(f"{path.relative_to(REPO)}: {moved} offsets {verb}"
                  + ("" if ok else f", REFUSED ({len(refused) - n})"))
            if write and ok and moved:
                path.write_text(text, "utf-8")
            status |= not ok
    return status


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    old_from = ap.add_mutually_exclusive_group(required=True)
    old_from.add_argument("--old", help="git revision of the old boilerplate.toml")
    old_from.add_argument("--old-src", type=Path,
                          help="src folder of an older checkout whose clean stage wrote the "
                               "judged bodies")
    ap.add_argument("--write", action="store_true", help="rewrite the judgement files")
    args = ap.parse_args(argv)
    texts = raw_texts()
    if args.old_src:
        return rekey_anywhere(args.old_src, texts, args.write)
    old = old_cleaner(args.old)
    shifts: dict[str, int | None] = {}
    refused: list[str] = []

    def move(article: str, value: int) -> int | None:
        shift = shift_of(article)
        if shift is None:
            return value  # refused below: the file is left as it is
        return value - shift if value >= shift else None

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

    status = rekey_files(move, refused, args.write, "shifted")
    changed = sorted(a for a, s in shifts.items() if s)
    print(f"articles judged: {len(shifts)}; bodies shortened: {len(changed)}")
    for a in changed:
        print(f"  {a}: -{shifts[a]}")
    for r in refused:
        print(f"refused: {r}")
    return status


def _judged_articles() -> set[str]:
    ids: set[str] = set()
    for pattern in FILES:
        for path in REPO.glob(pattern):
            for rows in tomllib.loads(path.read_text("utf-8")).values():
                if isinstance(rows, list):
                    ids.update(str(r["article"]) for r in rows if "article" in r)
    return ids


def rekey_anywhere(src: Path, texts: dict[str, str], write: bool) -> int:
    """`--old-src`: move every judged offset with the text around it."""
    ids = sorted(a for a in _judged_articles() if a in texts)
    before = old_src_bodies(src, {a: texts[a] for a in ids})
    after = {a: clean.clean_text(texts[a]).text for a in ids}
    changed = [a for a in ids if before[a] != after[a]]
    maps = {a: offset_map(before[a], after[a]) for a in changed}
    refused: list[str] = []

    def move(article: str, value: int) -> int | None:
        return maps[article](value) if article in maps else value

    status = rekey_files(move, refused, write, "moved")
    print(f"articles judged: {len(ids)}; bodies changed: {len(changed)}")
    for a in changed:
        print(f"  {a}: {len(before[a])} -> {len(after[a])} characters")
    for r in refused:
        print(f"refused: {r}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
