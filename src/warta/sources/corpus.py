"""Corpus readers: JSONL and CSV files become raw documents ready for `warta.analyze`.

A `FieldMap` says which key (JSONL) or column (CSV) holds each field. Built-in maps:

- `indosum` (IndoSum JSONL, `../shared/data/news/indosum/*.jsonl`): text from `paragraphs`
  (paragraphs of sentences of tokens, detokenised, one paragraph a line), url from
  `source_url`, source from `source`, published from the Unix time that starts `id`
  ("1490674536-mustahil-..."), id from `id`, title: none in the data.
- `detik` (Detik CSV, `../shared/data/news/detik-1k/data_berita.csv`): text `isi_berita`,
  title `judul`, url `tautan`, published `tanggal` as `%m/%d/%Y %H:%M`, id `id`,
  source "Detik" (the outlet name the URL-host table gives detik.com). The text is taken
  as the CSV holds it: where the pages had links, the CSV itself has the link text glued
  to its neighbours (273 joins in 195 of the 1,000 bodies: "dariReuters",
  "kepadadetikSulsel", "ditemuidetikJatengdi", "dariEuronewspada"). No general rule
  undoes them: the far end of a join has no case change ("Euronewspada"), and the outlet's
  own names are written that way ("detikFinance"); so they are left as they are.
- `default`: keys/columns named text, title, url, published (ISO 8601), source, id.

Readers yield `RawDoc`s, or `Rejected` records for lines and rows that cannot be read
(bad JSON, nesting too deep, bytes that are not UTF-8, impossible dates, over the size
cap), so one bad record never stops a corpus.

`detect_map` picks indosum or detik from the first record's keys, else default; override
single fields with `FieldMap.with_overrides({"text": "body", ...})` (CLI: `--map text=body`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BadRecord, ConfigError, InputTooLarge, MissingInput
from .files import os_error
from .raw import MAX_BYTES, RawDoc, Rejected, cap_text

FIELDS = ("text", "title", "url", "published", "source", "id")


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldMap:
    """Where each article field lives in a corpus record (None: not present)."""

    text: str = "text"
    title: str | None = "title"
    url: str | None = "url"
    published: str | None = "published"
    source: str | None = "source"
    id: str | None = "id"  # the record's own id, kept as RawDoc.external_id
    date_format: str | None = None  # strptime format; None: ISO 8601, or "epoch-prefix"
    source_value: str | None = None  # a fixed source when the corpus has no column for it
    name: str = "default"

    def with_overrides(self, pairs: Mapping[str, str]) -> FieldMap:
        allowed = {f.name for f in fields(self)} - {"name"}
        bad = sorted(set(pairs) - allowed)
        if bad:
            raise ConfigError(f"unknown field(s) {bad} in the mapping: use "
                              f"{sorted(allowed)}, e.g. --map text=isi_berita,title=judul")
        values: dict[str, Any] = {k: (v or None) for k, v in pairs.items()}
        if values.get("text") is None and "text" in values:
            raise ConfigError("the mapping needs a text field: --map text=COLUMN")
        return replace(self, **values, name=f"{self.name}+custom")


MAPS: dict[str, FieldMap] = {
    "default": FieldMap(),
    "indosum": FieldMap(name="indosum", text="paragraphs", title=None, url="source_url",
                        source="source", published="id", date_format="epoch-prefix"),
    "detik": FieldMap(name="detik", text="isi_berita", title="judul", url="tautan",
                      published="tanggal", source=None, date_format="%m/%d/%Y %H:%M",
                      source_value="Detik", id="id"),
}


_CLOSERS = frozenset(".,;:!?%)]}”’")
_OPENERS = frozenset("([{“‘")


def detokenize(tokens: list[str]) -> str:
    """Join tokens, closing up punctuation; straight quotes alternate open and close."""
    out: list[str] = []
    glue = True  # no space before the next token
    open_quote = False
    for tok in tokens:
        if not tok:
            continue
        if tok == '"':
            if open_quote:
                out.append(tok)
                glue = False
            else:
                out.append(tok if glue else " " + tok)
                glue = True
            open_quote = not open_quote
            continue
        attach = glue or tok in _CLOSERS
        out.append(tok if attach else " " + tok)
        glue = tok in _OPENERS
    return "".join(out)


def text_of(value: Any) -> str:
    """A string, a list of strings (paragraphs) or IndoSum's paragraphs/sentences/tokens."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "\n".join(value)
        paras = []
        for para in value:
            if isinstance(para, list) and para and all(isinstance(s, list) for s in para):
                # One token run per paragraph: a quote opened in one sentence and closed
                # in a later one keeps its state ("... dihilangin," ujar Luhut).
                paras.append(detokenize([str(t) for s in para for t in s]))
            elif isinstance(para, list):
                paras.append(detokenize([str(t) for t in para]))
            else:
                paras.append(str(para))
        return "\n".join(paras)
    return str(value)


def parse_date(value: Any, fmt: str | None) -> datetime | None:
    """A publication date by the map's format; raises ValueError with the bad value."""
    if value is None or value == "":
        return None
    if fmt == "epoch-prefix":
        m = re.match(r"\d{9,11}", str(value))
        if not m:
            raise ValueError(f"'{value}' does not start with a Unix time")
        return datetime.fromtimestamp(int(m.group()), tz=UTC).replace(tzinfo=None)
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=UTC).replace(tzinfo=None)
    s = str(value).strip()
    if fmt:
        return datetime.strptime(s, fmt)
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def _bad(origin: str, message: str) -> Rejected:
    return Rejected.of(origin, BadRecord(f"{origin}: {message}"))


def map_record(rec: Mapping[str, Any], fmap: FieldMap, origin: str) -> RawDoc | Rejected:
    """Pure: one JSON object or CSV row to a RawDoc, or a `bad_record` reject."""
    if fmap.text not in rec:
        # str(): a CSV row longer than its header files the extra cells under None.
        return _bad(origin, f"no '{fmap.text}' field; keys are {sorted(map(str, rec))[:12]}: "
                    "set the text field with --map text=KEY")

    def get(name: str | None) -> str | None:
        if not name:
            return None
        v = rec.get(name)
        return str(v).strip() or None if v is not None else None

    try:
        text = text_of(rec.get(fmap.text)).strip()
        title, url, source, external_id = (get(fmap.title), get(fmap.url),
                                           get(fmap.source), get(fmap.id))
    except RecursionError:
        return _bad(origin, "a field is nested too deeply to be text")
    except ValueError as e:  # str() of an integer past Python's digit limit
        return _bad(origin, f"unreadable field: {e}")
    try:
        published = parse_date(rec.get(fmap.published), fmap.date_format) \
            if fmap.published else None
    except (ValueError, OverflowError, OSError) as e:  # "besok", 1e20, -1e18
        return _bad(origin, f"unreadable date: {e}")
    return RawDoc(text=text, origin=origin, title=title, url=url, published=published,
                  source=source or fmap.source_value, external_id=external_id)


def detect_map(keys: set[str]) -> FieldMap:
    for fmap in (MAPS["indosum"], MAPS["detik"]):
        if fmap.text in keys and (fmap.url or "") in keys:
            return fmap
    return MAPS["default"]


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; None for a line over `max_bytes` (skipped unread)."""
    n = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drop the rest of the long line
                line = fh.readline(1 << 20)
            yield n, None
            continue
        yield n, line


def read_jsonl(path: Path, fmap: FieldMap | None = None,
               overrides: Mapping[str, str] | None = None, *,
               max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    with path.open("rb") as fh:
        for n, raw in _lines(fh, max_bytes):
            origin = f"{path}:{n}"
            if raw is None:
                yield Rejected.of(origin, InputTooLarge(
                    f"{origin}: the line is over the {cap_text(max_bytes)} cap for one "
                    "article"))
                continue
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))  # a BOM may start the file
            except UnicodeDecodeError as e:
                yield _bad(origin, f"not UTF-8 (bad byte at offset {e.start}): convert "
                           "the file, e.g. `iconv -f LATIN1 -t UTF-8`")
                continue
            except ValueError as e:  # JSONDecodeError, or an integer past the digit limit
                yield _bad(origin, f"bad JSON: {e}")
                continue
            except RecursionError:
                yield _bad(origin, "bad JSON: nested too deeply")
                continue
            if not isinstance(rec, dict):
                yield _bad(origin, "a line is not a JSON object")
                continue
            if fmap is None:
                fmap = detect_map(set(rec))
                if overrides:
                    fmap = fmap.with_overrides(overrides)
            yield map_record(rec, fmap, origin)


_SURROGATE = re.compile("[\udc80-\udcff]")


def read_csv(path: Path, fmap: FieldMap | None = None,
             overrides: Mapping[str, str] | None = None, *,
             max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    csv.field_size_limit(max_bytes)
    # surrogateescape: a row with bytes that are not UTF-8 is rejected on its own
    # instead of ending the whole file with a UnicodeDecodeError.
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            names = reader.fieldnames
        except csv.Error as e:
            yield _bad(f"{path}:1", f"unreadable CSV header: {e}")
            return
        if fmap is None:
            fmap = detect_map(set(names or ()))
            if overrides:
                fmap = fmap.with_overrides(overrides)
        n = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:  # a field over the cap; the reader goes on after it
                n = reader.line_num + 1  # the row being read when it failed
                yield Rejected.of(f"{path}:{n}", InputTooLarge(f"{path}:{n}: {e}"))
                continue
            n = reader.line_num
            origin = f"{path}:{n}"
            if any(isinstance(v, str) and _SURROGATE.search(v) for v in row.values()):
                yield _bad(origin, "not UTF-8: convert the file, e.g. "
                           "`iconv -f LATIN1 -t UTF-8`")
                continue
            yield map_record(row, fmap, origin)


CORPUS_SUFFIXES = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}


def read_corpus(path: str | Path, *, map_name: str | None = None,
                overrides: Mapping[str, str] | None = None,
                max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    """Records of a .jsonl/.ndjson or .csv corpus file."""
    p = Path(path)
    if not p.is_file():
        raise MissingInput(f"no such corpus file: {p}")
    reader = CORPUS_SUFFIXES.get(p.suffix.lower())
    if reader is None:
        raise ConfigError(f"{p}: corpus files end in {sorted(CORPUS_SUFFIXES)}")
    fmap: FieldMap | None = None
    if map_name:
        if map_name not in MAPS:
            raise ConfigError(f"unknown mapping '{map_name}': choose one of {sorted(MAPS)}")
        fmap = MAPS[map_name].with_overrides(overrides) if overrides else MAPS[map_name]
    return reader(p, fmap, overrides, max_bytes=max_bytes)


def read_corpus_safely(path: Path, *, map_name: str | None = None,
                       overrides: Mapping[str, str] | None = None,
                       max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    """`read_corpus`, with a file the system cannot read as one reject, not a crash."""
    try:
        with path.open("rb"):
            pass
        yield from read_corpus(path, map_name=map_name, overrides=overrides,
                               max_bytes=max_bytes)
    except OSError as e:  # cannot open it, or it failed part way (records so far stand)
        yield Rejected.of(str(path), os_error(path, e))


def parse_overrides(spec: str | None) -> dict[str, str]:
    """'text=isi_berita,title=judul' -> {'text': 'isi_berita', 'title': 'judul'}."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ConfigError(f"bad mapping '{part}': write FIELD=KEY, e.g. text=isi_berita")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out
