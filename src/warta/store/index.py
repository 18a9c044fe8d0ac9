"""Tantivy full-text index beside the SQLite store; derived data, rebuilt by `warta reindex`.

Text fields use an ASCII-folding analyser, so 'cafe' finds 'café'. Filters are raw keyword
fields; facets are tantivy aggregations. Only ids are stored: snippets are cut from the text
in SQLite, so the index stays small.
"""

from __future__ import annotations

import fcntl
import re
import threading
import time
import uuid
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import tantivy

from ..record import Article, Entity
from ..text.stem import stem_text
from .errors import BadQuery, IndexDamaged, StoreBusy, StoreError
from .model import FacetCount, SearchQuery, day_epoch, entity_id, epoch_of, fold
from .terms import Term, parse_plain

# 2: the "copy" field (duplicate groups); 3: the "stem" field (Indonesian affixes). A
# store whose index has another version rebuilds it from SQLite when next opened.
INDEX_SCHEMA_VERSION = "3"
ID_FILE = "WARTA_INDEX_ID"  # which build this folder holds; SQLite's meta names the one it wrote
LOCK_FILE = ".tantivy-writer.lock"  # tantivy's own writer lock (flock), taken before a wipe
FOLD = "warta_fold"
RAW_FIELDS = ("entity_match", "kind", "country", "source", "speaker_match", "event")
# Facet fields beside their filters: themes and the tone label (index version 3).
FAST_FIELDS = ("theme", "tone")


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", tokenizer_name=FOLD)
    sb.add_text_field("body", tokenizer_name=FOLD)
    # Title and body as stems (warta.text.stem): "banjir" finds "kebanjiran"; no positions,
    # since a quoted phrase matches the exact fields only.
    sb.add_text_field("stem", tokenizer_name=FOLD, index_option="freq")
    sb.add_text_field("entity_key", fast=True, tokenizer_name="raw")
    sb.add_text_field("speaker_key", fast=True, tokenizer_name="raw")
    for name in RAW_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for name in FAST_FIELDS:
        sb.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("ts", fast=True, indexed=True)
    sb.add_text_field("copy", tokenizer_name="raw", index_option="basic")  # "1": not first
    return sb.build()


def fold_analyzer() -> tantivy.TextAnalyzer:
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(64))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.ascii_fold())
            .build())


def match_value(key_or_name: str) -> str:
    """Filters take a store key ('per:kim-jong-un') or a name ('Kim Jong Un')."""
    value = key_or_name.strip()
    return value if ":" in value else fold(value)


def counts_in_facets(e: Entity) -> bool:
    """Whether top-entity facets count `e`: not the outlet a dateline names (an ORG with no
    mentions, `ner.dateline.with_outlet`), which would top every facet of its own outlet's
    articles; the `source` facet counts outlets. A dateline's place (no mentions) counts:
    the story happened there. Filters still find both."""
    return e.kind != "ORG" or bool(e.mentions)


def index_fields(a: Article, copy: bool = False) -> dict[str, Any]:
    """The index document of an article (pure; tests call it directly); `copy`: the store
    grouped it under an earlier article (search collapses groups by leaving copies out)."""
    keys = {e.id: entity_id(e.kind, e.name) for e in a.entities}
    names = {e.id: e.name for e in a.entities}
    ents = sorted(set(keys.values()))
    faceted = sorted({keys[e.id] for e in a.entities if counts_in_facets(e)})
    speakers = sorted({keys[q.speaker] for q in a.quotes if q.speaker in keys})
    speaker_names = sorted({fold(names[q.speaker]) for q in a.quotes if q.speaker in names})
    doc: dict[str, Any] = {
        "id": [a.id],
        "title": [a.title or ""],
        "body": [a.text],
        "stem": [stem_text(a.title or ""), stem_text(a.text)],
        "entity_key": faceted,
        "entity_match": sorted(set(ents) | {fold(e.name) for e in a.entities}),
        "kind": sorted({e.kind.upper() for e in a.entities}),
        "country": sorted({e.country.upper() for e in a.entities if e.country}),
        "source": [fold(a.source)] if a.source else [],
        "speaker_key": speakers,
        "speaker_match": sorted(set(speakers) | set(speaker_names)),
        "event": sorted({ev.code.upper() for ev in a.events}),
        "theme": sorted({t.code for t in a.themes}),
        "tone": [a.tone.label] if a.tone else [],
        "copy": ["1"] if copy else [],
    }
    ts = epoch_of(a.published)
    if ts is not None:
        doc["ts"] = [ts]
    return {k: v for k, v in doc.items() if v}


@contextmanager
def _query_errors(text: str) -> Iterator[None]:
    """tantivy refuses some syntax only when it runs the query ('body:*' needs a fast field,
    'nofield:x' names no field): say what is wrong instead of failing with a 500."""
    try:
        yield
    except (ValueError, UnicodeEncodeError) as e:
        raise BadQuery(f"cannot run the query '{text[:200]}': {e}. Search words, \"a phrase\", "
                       "title:word or body:word; put words with : * ( ) [ ] ^ ~ in quotes") \
            from None


class TextIndex:
    """One tantivy index folder; thread-safe for one writer and many searchers.

    Opening never fails on a damaged or missing index: `damage` then says what was wrong and
    the folder holds a fresh, empty index with a new `build_id`, which the store compares with
    the id it recorded to know the index must be rebuilt from SQLite.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema = build_schema()
        self._lock = threading.RLock()
        self._writer: tantivy.IndexWriter | None = None
        self._reloaded = 0.0
        self._stamp: str | None = None
        self.damage: str | None = None
        self.fresh = False  # an empty index made by this process (new, or after damage)
        self.index = self._open()
        self.build_id = self._build_id()

    def _open(self) -> tantivy.Index:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IndexDamaged(f"cannot create the search index folder {self.path}: {e}") \
                from None
        stamp = self.path / "WARTA_INDEX_VERSION"
        if stamp.exists() and stamp.read_text().strip() != INDEX_SCHEMA_VERSION:
            self.damage = "built by another warta version"
        elif not (self.path / "meta.json").exists():
            # New, or tantivy's meta.json was lost: stray segment files are not trustworthy.
            self.damage = "missing" if any(self.path.iterdir()) else None
            if self.damage is None:
                return self._create()
        else:
            try:
                return self._load()
            except ValueError as e:  # tantivy: unreadable meta.json, missing or cut segment
                self.damage = f"damaged ({e})"
        self._wipe()
        return self._create()

    def _load(self) -> tantivy.Index:
        index = tantivy.Index(self.schema, path=str(self.path))
        index.register_tokenizer(FOLD, fold_analyzer())
        index.searcher()  # opens every segment file, so a missing or cut one shows here
        return index

    def _create(self) -> tantivy.Index:
        self.fresh = True
        (self.path / ID_FILE).unlink(missing_ok=True)
        index = self._load()
        (self.path / "WARTA_INDEX_VERSION").write_text(INDEX_SCHEMA_VERSION)
        return index

    def _build_id(self) -> str:
        """This folder's build id, written when a build starts (kept across commits)."""
        f = self.path / ID_FILE
        if f.exists():
            return f.read_text().strip()
        new = uuid.uuid4().hex
        f.write_text(new)
        return new

    def reread_build_id(self) -> str:
        """The id on disk now (another process may have rebuilt the folder since we opened)."""
        f = self.path / ID_FILE
        if f.exists():
            self.build_id = f.read_text().strip()
        return self.build_id

    def _wipe(self) -> None:
        """Empty the folder, unless another process is writing this index right now."""
        with open(self.path / LOCK_FILE, "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise StoreBusy(f"the search index at {self.path} is {self.damage} and another "
                                "process is writing it; run `warta reindex` when that "
                                "ingest ends") from None
            try:
                for f in self.path.iterdir():
                    if f.name != LOCK_FILE and f.is_file():
                        f.unlink()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def rebuild_fresh(self) -> None:
        """Drop everything and start an empty index with a new build id (for a full rebuild)."""
        with self._lock:
            if self._writer is not None:
                self._writer.rollback()
                self._writer = None
            self._wipe()
            self.index = self._create()
            self.build_id = self._build_id()

    @property
    def holds_writer(self) -> bool:
        return self._writer is not None

    @property
    def writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            try:
                self._writer = self.index.writer(heap_size=64_000_000, num_threads=1)
            except ValueError as e:
                raise StoreBusy(f"the search index at {self.path} is being written by another "
                                f"process (an ingest or reindex is running): {e}") from None
        return self._writer

    def add(self, articles: Iterable[Article], copies: Collection[str] = ()) -> int:
        n = 0
        with self._lock:
            w = self.writer
            for a in articles:
                w.delete_documents_by_term("id", a.id)
                w.add_document(tantivy.Document(**index_fields(a, a.id in copies)))
                n += 1
        return n

    def clear(self) -> None:
        with self._lock:
            self.writer.delete_all_documents()

    def commit(self) -> None:
        with self._lock:
            if self._writer is not None:
                with self._write_errors():
                    self._writer.commit()
                self._stamp = "committed"  # the next search reloads and sees this commit

    def close(self) -> None:
        with self._lock:
            if self._writer is not None:
                writer, self._writer = self._writer, None
                with self._write_errors():
                    writer.commit()
                    writer.wait_merging_threads()

    @contextmanager
    def _write_errors(self) -> Iterator[None]:
        try:
            yield
        except ValueError as e:  # tantivy: "No space left on device", permissions, ...
            raise StoreError(f"cannot write the search index at {self.path}: {e}; SQLite "
                             "kept every stored article: free some disk space, then run "
                             "`warta reindex`") from None

    def searcher(self, stamp: str | None = None) -> tantivy.Searcher:
        """A searcher; reloads when `stamp` (the store's index revision) moved, or every 5 s."""
        with self._lock:
            now = time.monotonic()
            try:
                if stamp != self._stamp or now - self._reloaded > 5.0:
                    self.index.reload()  # see commits made since, here or by another process
                    self._reloaded = now
                    self._stamp = stamp
                return self.index.searcher()
            except ValueError as e:  # a segment file went missing or bad since opening
                raise IndexDamaged(f"the search index at {self.path} is damaged ({e}); "
                                   "run `warta reindex` to rebuild it from the store") from None

    def build_query(self, q: SearchQuery) -> tantivy.Query:
        must: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if q.text.strip():
            must += self.text_clauses(q.text)
        terms = {"entity_match": match_value(q.entity) if q.entity else None,
                 "kind": q.kind.upper() if q.kind else None,
                 "country": q.country.upper() if q.country else None,
                 "source": fold(q.source) if q.source else None,
                 "speaker_match": match_value(q.speaker) if q.speaker else None,
                 "event": q.event.upper() if q.event else None,
                 "theme": q.theme.strip() if q.theme else None,
                 "tone": q.tone}
        more = {"entity_match": q.entity_keys, "speaker_match": q.speaker_keys}
        for name, value in terms.items():
            if not value:
                continue
            # The registry's keys for the entity or speaker: any one of them matches.
            values = list(dict.fromkeys([value, *more.get(name, ())]))
            if len(values) == 1:
                must.append((tantivy.Occur.Must,
                             tantivy.Query.term_query(self.schema, name, value)))
            else:
                must.append((tantivy.Occur.Must, tantivy.Query.boolean_query(
                    [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, name, v))
                     for v in values])))
        if q.since or q.until:
            low = day_epoch(q.since) if q.since else -(2**62)
            high = day_epoch(q.until) + 86_399 if q.until else 2**62  # to its last second
            must.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "ts", tantivy.FieldType.Integer, low, high)))
        if not q.copies:  # collapse duplicate groups to their first-stored article
            if not must:
                must.append((tantivy.Occur.Must, tantivy.Query.all_query()))
            must.append((tantivy.Occur.MustNot,
                         tantivy.Query.term_query(self.schema, "copy", "1")))
        if not must:
            return tantivy.Query.all_query()
        if len(must) == 1:
            return must[0][1]
        return tantivy.Query.boolean_query(must)

    def text_clauses(self, text: str) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """A plain query as clauses (each word exact or by stem, "phrases" exact, prefixes);
        anything else through tantivy's own parser, exact words only."""
        text.encode("utf-8")  # a lone surrogate (undecodable argv) is refused, not dropped
        terms = parse_plain(text)
        if terms is None:
            parsed, _errors = self.index.parse_query_lenient(
                text, ["title", "body"], field_boosts={"title": 2.0},
                conjunction_by_default=True)
            return [(tantivy.Occur.Must, parsed)]
        out = [(tantivy.Occur.MustNot if t.negate else tantivy.Occur.Must, self._term(t))
               for t in terms]
        if out and all(o == tantivy.Occur.MustNot for o, _ in out):
            out.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        return out

    def _term(self, t: Term) -> tantivy.Query:
        Q, should = tantivy.Query, tantivy.Occur.Should
        if t.kind == "phrase":
            per_field = [Q.phrase_query(self.schema, f, list(t.words)) if len(t.words) > 1
                         else Q.term_query(self.schema, f, t.words[0]) for f in ("title", "body")]
            parts = [Q.boost_query(per_field[0], 2.0), per_field[1]]
        elif t.kind == "prefix":
            pattern = re.escape(t.words[0]) + ".*"
            parts = [Q.boost_query(Q.regex_query(self.schema, "title", pattern), 2.0),
                     Q.regex_query(self.schema, "body", pattern)]
        else:
            w = t.words[0]
            # The exact word scores above its stems, so "banjir" ranks "banjir" first.
            parts = [Q.boost_query(Q.term_query(self.schema, "title", w), 2.0),
                     Q.term_query(self.schema, "body", w),
                     *(Q.boost_query(Q.term_query(self.schema, "stem", s), 0.5)
                       for s in t.stems())]
        return Q.boolean_query([(should, p) for p in parts])

    def search(self, q: SearchQuery, stamp: str | None = None) -> tuple[
            int, list[tuple[str, float]], tantivy.Query, tantivy.Searcher]:
        """Total and (id, score) of one page: by relevance with text, else newest first."""
        with _query_errors(q.text):
            query = self.build_query(q)
        s = self.searcher(stamp)
        # Past the last document a page is empty; capping the offset there keeps tantivy from
        # allocating a top-k heap of `offset` entries (--offset 1000000000 asked for 48 GB).
        offset = min(q.offset, s.num_docs)
        with _query_errors(q.text):
            if q.text.strip() and q.sort == "relevance":
                res = s.search(query, q.limit, count=True, offset=offset)
            else:  # by date: newest first, or oldest first
                order = tantivy.Order.Asc if q.sort == "oldest" else tantivy.Order.Desc
                res = s.search(query, q.limit, count=True, offset=offset, order_by_field="ts",
                               order=order)
        by_score = q.text.strip() and q.sort == "relevance"
        hits = [(str(s.doc(addr)["id"][0]), float(score or 0.0) if by_score else 0.0)
                for score, addr in res.hits]
        return int(getattr(res, "count", 0) or 0), hits, query, s

    def facets(self, s: tantivy.Searcher, query: tantivy.Query) -> tuple[
            list[FacetCount], list[FacetCount], list[FacetCount]]:
        ents, spk, days, _themes, _tones = self.all_facets(s, query)
        return ents, spk, days

    def all_facets(self, s: tantivy.Searcher, query: tantivy.Query) -> tuple[
            list[FacetCount], list[FacetCount], list[FacetCount], list[FacetCount],
            list[FacetCount]]:
        """Entities, speakers, days, themes and tones of the matches."""
        with _query_errors(""):
            agg = s.aggregate(query, {
                "ents": {"terms": {"field": "entity_key", "size": 10}},
                "spk": {"terms": {"field": "speaker_key", "size": 10}},
                "days": {"histogram": {"field": "ts", "interval": 86400, "min_doc_count": 1}},
                "themes": {"terms": {"field": "theme", "size": 10}},
                "tones": {"terms": {"field": "tone", "size": 3}},
            })
        themes = [FacetCount(key=b["key"], label=b["key"], count=int(b["doc_count"]))
                  for b in agg["themes"]["buckets"]]
        tones = [FacetCount(key=b["key"], label=b["key"], count=int(b["doc_count"]))
                 for b in agg["tones"]["buckets"]]
        ents = [FacetCount(key=b["key"], label=b["key"], count=int(b["doc_count"]))
                for b in agg["ents"]["buckets"]]
        spk = [FacetCount(key=b["key"], label=b["key"], count=int(b["doc_count"]))
               for b in agg["spk"]["buckets"]]
        days = []
        for b in agg["days"]["buckets"]:
            day = time.strftime("%Y-%m-%d", time.gmtime(int(b["key"])))
            days.append(FacetCount(key=day, label=day, count=int(b["doc_count"])))
        return ents, spk, days, themes, tones

    def snippet(self, s: tantivy.Searcher, query: tantivy.Query,
                text: str) -> tuple[str, list[tuple[int, int]]]:
        with _query_errors(""):
            gen = tantivy.SnippetGenerator.create(s, query, self.schema, "body")
            gen.set_max_num_chars(240)
            sn = gen.snippet_from_doc(tantivy.Document(body=[text]))
        fragment = sn.fragment()
        raw = fragment.encode("utf-8")  # tantivy reports byte offsets

        def char(i: int) -> int:
            return len(raw[:i].decode("utf-8", errors="ignore"))

        return fragment, [(char(h.start), char(h.end)) for h in sn.highlighted()]
