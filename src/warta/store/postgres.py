"""PostgreSQL store for a shared server: the same tables as SQLite, full text in a
`tsvector` column ('simple' configuration over `unaccent`ed title and text, GIN-indexed)
with a second one of Indonesian stems (`tsv_stem`, made by `warta.text.stem`), filters as
SQL over the normalised tables. Needs psycopg 3 (`pip install psycopg[binary]`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from ..record import Article
from ..text.stem import stem_text
from .dropped import drop_old_indexes
from .errors import BadQuery, StoreError
from .model import FacetCount, Hit, Rows, SearchQuery, SearchResult, snippet_of
from .registry_sql import ensure_registry
from .sql import (
    SCHEMA_VERSION,
    TABLES,
    SQLStore,
    add_missing_columns,
    article_filters,
    missing_columns,
)
from .terms import Term, parse_plain, snippet_for

ONE_ROW = re.compile(r"VALUES\s*(\((?:\?|\s|,)+\))", re.IGNORECASE)
MAX_PARAMS = 30_000  # per statement (the protocol allows 65,535)
WRITE_LOCK = 7_206_001  # pg_advisory_xact_lock key: one writer transaction at a time
START, STOP = "\x02", "\x03"  # ts_headline markers, turned into highlight offsets


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


def redact(url: str) -> str:
    """The URL with its password hidden, in both the user:password@ and ?password= forms."""
    url = re.sub(r"//([^:@/]+):[^@/]*@", r"//\1:***@", url)
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", url, flags=re.IGNORECASE)


def _passwords(url: str) -> list[str]:
    from urllib.parse import parse_qs, unquote, urlsplit

    parts = urlsplit(url)
    found = [v for k, vs in parse_qs(parts.query).items() if k.lower() == "password" for v in vs]
    if parts.password:
        found += [parts.password, unquote(parts.password)]
    return [p for p in found if len(p) >= 3]  # never blank out one letter everywhere


def _check_text(q: SearchQuery) -> None:
    """PostgreSQL text cannot hold NUL or unpaired surrogates (from undecodable argv)."""
    for name in ("text", "entity", "kind", "country", "source", "speaker", "event", "theme"):
        value = getattr(q, name)
        if not value:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BadQuery(f"the search {name} is not valid UTF-8: {value!r}") from None
        if "\x00" in value:
            raise BadQuery(f"the search {name} holds a NUL character: {value!r}")


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") \
                from None
        self.location = redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as e:
            message = str(e)
            for secret in _passwords(url):
                message = message.replace(secret, "***")
            raise StoreError(f"cannot connect to {self.location}: {message}".strip()) from None
        self._lock = threading.RLock()
        self._unaccent = False
        self._ensure_schema()
        drop_old_indexes(self)
        ensure_registry(self)

    def _ensure_schema(self) -> None:
        import psycopg

        with self._lock:
            # Not installed or not allowed: accents then count in searches.
            with suppress(psycopg.Error):
                self.conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            self._unaccent = bool(self._x(
                "SELECT 1 FROM pg_extension WHERE extname = 'unaccent'"))
            with self._tx():
                self.conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                add_missing_columns(self, missing_columns(self))  # stores made before these
                for statement in TABLES.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                from ..corpus.story_store import ddl  # stories: their own tables

                for statement in ddl("postgres"):
                    self.conn.execute(statement)
                self.conn.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector")
                # Facet arrays (entity keys, speaker keys) denormalised on the article row,
                # like Tantivy's fast fields: facets unnest them instead of joining tables.
                fresh = not self.conn.execute(
                    "SELECT 1 FROM information_schema.columns WHERE table_name = 'articles' "
                    "AND column_name = 'entity_keys'").fetchall()
                if fresh:
                    self.conn.execute("ALTER TABLE articles ADD COLUMN entity_keys text[], "
                                      "ADD COLUMN speaker_keys text[]")
                    self.conn.execute(f"UPDATE articles SET {FACET_ARRAYS}")
                self.conn.execute("CREATE INDEX IF NOT EXISTS articles_tsv ON articles "
                                  "USING GIN (tsv)")
                self.conn.execute(_pg("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO NOTHING"),
                                  ("schema_version", str(SCHEMA_VERSION)))
                self._ensure_stems()
                self._ensure_tone()

    def _ensure_tone(self) -> None:
        """The tone label as a column (for the tone filter and facet), filled once from
        the records of a store made before it."""
        fresh = not self.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = 'articles' "
            "AND column_name = 'tone_label'").fetchall()
        if fresh:
            self.conn.execute("ALTER TABLE articles ADD COLUMN tone_label TEXT")
            self.conn.execute("UPDATE articles SET tone_label = "
                              "(record::jsonb -> 'tone' ->> 'label')")

    def _ensure_stems(self) -> None:
        """The stem column (added after the first PostgreSQL stores): made and filled once."""
        fresh = not self.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = 'articles' "
            "AND column_name = 'tsv_stem'").fetchall()
        if fresh:
            self.conn.execute("ALTER TABLE articles ADD COLUMN tsv_stem tsvector")
            self._fill_stems()
        self.conn.execute("CREATE INDEX IF NOT EXISTS articles_tsv_stem ON articles "
                          "USING GIN (tsv_stem)")

    def _fill_stems(self) -> None:
        ids = [r[0] for r in self._x("SELECT id FROM articles WHERE tsv_stem IS NULL")]
        for i in range(0, len(ids), 200):
            rows = self._x("SELECT id, title, text FROM articles WHERE id = ANY(?)",
                           (ids[i:i + 200],))
            self._many("UPDATE articles SET tsv_stem = to_tsvector('simple', ?) WHERE id = ?",
                       [(_stems(r[1], r[2]), r[0]) for r in rows])

    def _fold_sql(self, expr: str) -> str:
        return f"unaccent({expr})" if self._unaccent else expr

    # -- dialect hooks ---------------------------------------------------------------------
    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            cur = self.conn.execute(_pg(sql), list(params))
            return list(cur.fetchall()) if cur.description else []

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock, self.conn.cursor() as cur:
            cur.executemany(_pg(sql), [list(r) for r in rows])

    def _insert(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Rows as one multi-row VALUES statement (per 30,000 parameters): one round trip,
        where `executemany` pays a pipeline sync per call and a server execute per row.
        Rows that conflict with each other must not meet an ON CONFLICT DO UPDATE."""
        found = ONE_ROW.search(sql)
        if found is None:
            raise ValueError(f"not a one-row INSERT ... VALUES (?, ...): {sql}")
        width = found.group(1).count("?")
        per = max(1, MAX_PARAMS // width)
        with self._lock:
            for i in range(0, len(rows), per):
                chunk = rows[i:i + per]
                values = ", ".join([found.group(1)] * len(chunk))
                # Not prepared: a text per row count would crowd the statements that recur
                # out of psycopg's cache of prepared statements (then re-parsed each time).
                self.conn.execute(_pg(sql[:found.start(1)] + values + sql[found.end(1):]),
                                  [v for r in chunk for v in r], prepare=False)

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock:
            if self.conn.info.transaction_status != 0:  # already inside one
                yield
                return
            with self.conn.transaction():
                self.conn.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                yield

    def _derived(self) -> str:
        """SET clause for what is derived from the row and its child rows: the weighted
        tsvector (title A, text B) and the facet key arrays."""
        title = self._fold_sql("COALESCE(title, '')")
        return (f"tsv = setweight(to_tsvector('simple', {title}), 'A') || "
                f"setweight(to_tsvector('simple', {self._fold_sql('text')}), 'B'), "
                f"{FACET_ARRAYS}")

    def _after_write(self, article: Article, rows: Rows) -> None:
        # From the columns just written: the text is not sent to the server twice.
        self._x(f"UPDATE articles SET {self._derived()}, tsv_stem = to_tsvector('simple', ?), "
                "tone_label = ? WHERE id = ?", (_stems(article.title, article.text),
                                                article.tone.label if article.tone else None,
                                                article.id))

    def reindex(self) -> int:
        with self._tx():
            self._x(f"UPDATE articles SET {self._derived()}, tsv_stem = NULL")
            self._fill_stems()
        return self.count()

    def close(self) -> None:
        self.conn.close()

    # -- search ----------------------------------------------------------------------------
    def _where(self, q: SearchQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if q.text.strip():
            terms = parse_plain(q.text)
            if terms is None:
                clauses.append(f"a.tsv @@ websearch_to_tsquery('simple', "
                               f"{self._fold_sql('?')})")
                params.append(q.text)
            else:
                for t in terms:
                    clause, values = _term_sql(t)
                    clauses.append(f"NOT ({clause})" if t.negate else clause)
                    params += values
        speaker = None
        if q.speaker:
            value = q.speaker.strip()
            speaker = value if ":" in value else (self.resolve_entity(value) or value)
        more, more_params = article_filters(
            entity=q.entity, kind=q.kind, country=q.country, source=q.source,
            speaker_key=speaker, event=q.event, since=q.since, until=q.until,
            collapse=not q.copies, theme=q.theme, entity_keys=q.entity_keys,
            speaker_keys=q.speaker_keys)
        clauses += more
        params += more_params
        if q.tone:
            clauses.append("a.tone_label = ?")
            params.append(q.tone)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def search(self, query: SearchQuery) -> SearchResult:
        _check_text(query)
        query = self.registry_query(query)
        where, params = self._where(query)
        has_text = bool(query.text.strip())
        terms = parse_plain(query.text) if has_text else []
        tsq = f"websearch_to_tsquery('simple', {self._fold_sql('?')})"
        rank, rank_params = (f"ts_rank(a.tsv, {tsq})", [query.text]) if terms is None \
            else _rank_sql(terms or [])
        facets: tuple[Any, ...] = ()
        if query.facets:
            facets = self._x(FACETS.format(where=where), params)[0]
            total = int(facets[0])
        else:
            total = int(self._x(f"SELECT COUNT(*) FROM articles a {where}", params)[0][0])
        if has_text and query.sort == "relevance":
            page = self._x(f"SELECT a.id, {rank} AS score FROM articles a "
                           f"{where} ORDER BY score DESC, a.id LIMIT ? OFFSET ?",
                           (*rank_params, *params, query.limit, query.offset))
        else:
            order = "ASC" if query.sort == "oldest" else "DESC"
            page = self._x(f"SELECT a.id, 0.0 FROM articles a {where} ORDER BY "
                           f"a.published IS NULL, a.published {order}, a.id LIMIT ? OFFSET ?",
                           (*params, query.limit, query.offset))
        scores = {r[0]: float(r[1]) for r in page}
        # Headlines for the page only: ts_headline re-parses the whole text. A plain query
        # is highlighted in Python, stems included, as the embedded store does.
        snippet = (f"ts_headline('simple', a.text, {tsq}, 'StartSel=\"{START}\", "
                   f"StopSel=\"{STOP}\", MaxWords=40, MinWords=20, MaxFragments=1')"
                   if terms is None else "a.text")
        rows = {r[0]: r for r in self._x(
            f"SELECT a.id, a.title, a.source, a.url, a.published, {snippet} "
            "FROM articles a WHERE a.id = ANY(?)",
            ((query.text,) if terms is None else ()) + (list(scores),))}
        hits = []
        for i in scores:
            if i not in rows:
                continue
            text = str(rows[i][5])
            fragment, marks = _marks(text) if terms is None else snippet_for(text, terms)
            snippet_, highlights = snippet_of(fragment, marks)
            hits.append(Hit(id=i, title=rows[i][1], source=rows[i][2], url=rows[i][3],
                            published=rows[i][4], score=scores[i], snippet=snippet_,
                            highlights=highlights))
        hits = self.with_copy_counts(hits)
        if not query.facets:
            return SearchResult(total=total, hits=hits)
        names = self.entity_names([k for k, _ in facets[1] + facets[2]])
        ents = [FacetCount(key=k, label=names.get(k, k), count=int(c)) for k, c in facets[1]]
        spk = [FacetCount(key=k, label=names.get(k, k), count=int(c)) for k, c in facets[2]]
        days = [FacetCount(key=d, label=d, count=int(c)) for d, c in facets[3]]
        themes = [FacetCount(key=k, label=k, count=int(c)) for k, c in facets[4]]
        tones = [FacetCount(key=k, label=k, count=int(c)) for k, c in facets[5]]
        return SearchResult(total=total, hits=hits, top_entities=ents, top_speakers=spk,
                            per_day=days, themes=themes, tones=tones)


FACET_ARRAYS = (
    "entity_keys = ARRAY(SELECT DISTINCT key FROM article_entities "
    # as index.counts_in_facets: not the outlet a dateline names (an ORG with no mentions)
    "WHERE article_id = articles.id AND (kind <> 'ORG' OR n_mentions > 0)), "
    "speaker_keys = ARRAY(SELECT speaker_key FROM quotes WHERE article_id = articles.id "
    "AND speaker_key IS NOT NULL)")

# Total and every facet in one statement: the matches are computed once (MATERIALIZED),
# never travel to Python and back as an id list, and facets unnest the key arrays of the
# matches rather than join the child tables (measure with
# benchmarks/bench_store_search.py --db postgresql://...).
FACETS = """
WITH m AS MATERIALIZED (SELECT a.id, a.day, a.entity_keys, a.speaker_keys, a.tone_label
                          FROM articles a {where})
SELECT
  (SELECT COUNT(*) FROM m),
  (SELECT COALESCE(json_agg(json_build_array(k, c) ORDER BY c DESC, k), '[]')
     FROM (SELECT k, COUNT(*) AS c FROM m, unnest(m.entity_keys) AS k
            GROUP BY k ORDER BY c DESC, k LIMIT 10) t),
  (SELECT COALESCE(json_agg(json_build_array(k, c) ORDER BY c DESC, k), '[]')
     FROM (SELECT k, COUNT(*) AS c FROM m, unnest(m.speaker_keys) AS k
            GROUP BY k ORDER BY c DESC, k LIMIT 10) t),
  (SELECT COALESCE(json_agg(json_build_array(day, c) ORDER BY day), '[]')
     FROM (SELECT day, COUNT(*) AS c FROM m WHERE day IS NOT NULL GROUP BY day) t),
  (SELECT COALESCE(json_agg(json_build_array(k, c) ORDER BY c DESC, k), '[]')
     FROM (SELECT th.code AS k, COUNT(*) AS c FROM m JOIN themes th ON th.article_id = m.id
            GROUP BY th.code ORDER BY c DESC, th.code LIMIT 10) t),
  (SELECT COALESCE(json_agg(json_build_array(tone_label, c) ORDER BY c DESC, tone_label), '[]')
     FROM (SELECT tone_label, COUNT(*) AS c FROM m WHERE tone_label IS NOT NULL
            GROUP BY tone_label) t)
"""


def _marks(headline: str) -> tuple[str, list[tuple[int, int]]]:
    """A ts_headline fragment without its markers, and where they stood."""
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    start = 0
    for part in re.split(f"([{START}{STOP}])", headline):
        if part == START:
            start = sum(map(len, text))
        elif part == STOP:
            marks.append((start, sum(map(len, text))))
        else:
            text.append(part)
    return "".join(text), marks


def _stems(title: str | None, text: str) -> str:
    return stem_text(title or "") + " " + stem_text(text)


def _term_sql(t: Term) -> tuple[str, list[Any]]:
    """One plain term as a WHERE clause: a word exact or by stem, a phrase or prefix exact.
    The tokens are letters and digits only (`warta.text.stem.WORD`), so to_tsquery reads
    them as they are."""
    if t.kind == "word":
        return ("(a.tsv @@ to_tsquery('simple', ?) OR a.tsv_stem @@ to_tsquery('simple', ?))",
                [t.words[0], " | ".join(t.stems())])
    if t.kind == "prefix":
        return "a.tsv @@ to_tsquery('simple', ?)", [f"{t.words[0]}:*"]
    return "a.tsv @@ to_tsquery('simple', ?)", [" <-> ".join(t.words)]


def _rank_sql(terms: list[Term]) -> tuple[str, list[Any]]:
    """Exact matches rank above stem-only ones (the stem rank counts half)."""
    wanted = [t for t in terms if not t.negate]
    exact = " | ".join(f"({_term_sql(t)[1][0]})" for t in wanted)
    stems = " | ".join(s for t in wanted for s in t.stems())
    if not exact:
        return "0.0", []
    if not stems:
        return "ts_rank(a.tsv, to_tsquery('simple', ?))", [exact]
    return ("ts_rank(a.tsv, to_tsquery('simple', ?)) + "
            "0.5 * ts_rank(a.tsv_stem, to_tsquery('simple', ?))", [exact, stems])
