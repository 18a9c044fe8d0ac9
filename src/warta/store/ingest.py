"""Ingest: raw documents from the source layer -> analysis -> store, with a summary.

Articles are written in batches, one transaction each: a killed ingest keeps every
committed batch whole and nothing of the batch in flight; running it again finishes the
job (stored articles come back as duplicates, upgraded ones are updated in place). An
input that cannot be read or analysed is a `Rejected` record with its reason, counted,
and the others are stored; an unexpected error still stores what was analysed before it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import WartaError
from ..record import Article
from ..sources.raw import RawDoc, Rejected
from .model import PutStatus
from .sql import SQLStore


def plain_summary(stored: int, updated: int, duplicate: int, rejected: int) -> str:
    """What an ingest did, in plain words ("updated 25" alone read as a mystery)."""
    parts = [f"stored {stored} new article{'' if stored == 1 else 's'}"]
    if updated:
        parts.append(f"updated {updated} in place (an article with the same URL, or the same "
                     "text, came again with a changed text or a newer analysis; the later "
                     "version overwrote the earlier)")
    if duplicate:
        parts.append(f"skipped {duplicate} already stored unchanged")
    parts.append(f"rejected {rejected}")
    return "; ".join(parts)


@dataclass(slots=True)
class IngestSummary:
    stored: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    analyse_s: float = 0.0
    store_s: float = 0.0
    examples: dict[str, str] = field(default_factory=dict)  # reason -> first message
    ids: list[str] = field(default_factory=list)  # ids of accepted articles, in input order

    @property
    def seen(self) -> int:
        return self.stored + self.updated + self.duplicate + sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "updated": self.updated, "duplicates": self.duplicate,
                "rejected": dict(self.rejected), "analyse_s": round(self.analyse_s, 3),
                "store_s": round(self.store_s, 3)}

    def lines(self) -> list[str]:
        out = [plain_summary(self.stored, self.updated, self.duplicate,
                             sum(self.rejected.values()))]
        for reason, n in self.rejected.most_common():
            out.append(f"  rejected {n} {reason}: e.g. {self.examples.get(reason, '')}")
        return out


def analyze_item(doc: RawDoc, *, source: str | None = None) -> Article:
    """Analyse one document, `source` naming the publisher where the input does not;
    raises `WartaError` (incl. `Reject`) for unusable input."""
    from ..analysis import analyze_doc

    return analyze_doc(replace(doc, source=doc.source or source) if source else doc)


def ingest(docs: Iterable[RawDoc | Rejected | tuple[RawDoc, Article]], store: SQLStore, *,
           batch: int = 25, analyse: Callable[[RawDoc], Article] = analyze_item,
           on_article: Callable[[RawDoc, str], None] | None = None,
           on_reject: Callable[[Rejected], None] | None = None) -> IngestSummary:
    """Analyse and store; `on_article(doc, status)` ticks a progress bar. A `(doc, article)`
    pair is stored as it is (analysed already, by a pool or a batch run): waiting for it
    counts as analysis time, and an error raised while waiting (a worker's bug) still
    stores what came before it."""
    summary = IngestSummary()
    pending: list[tuple[RawDoc, Article]] = []

    def flush() -> None:
        t0 = time.perf_counter()
        try:
            # The input's own id (IndoSum `id`, a CSV column) is kept as `external_id`.
            stored = list(zip(pending, store.put_many(
                [a for _, a in pending], [d.external_id for d, _ in pending]), strict=True))
        except WartaError:  # store busy, bad location: for the caller
            raise
        except Exception as err:  # tried one by one below, else raised
            stored = put_each(err)
        summary.store_s += time.perf_counter() - t0
        for (doc, article), status in stored:
            summary.ids.append(article.id)
            if status == "stored":
                summary.stored += 1
            elif status == "updated":
                summary.updated += 1
            else:
                summary.duplicate += 1
            if on_article:
                on_article(doc, status)
        pending.clear()

    def put_each(batch_err: Exception) -> list[tuple[tuple[RawDoc, Article], PutStatus]]:
        """The batch failed: store its articles one at a time, so that one the store
        refuses (a value a database cannot hold) is a reject and the others are kept. When
        the store has taken nothing in this run, the failure is the store's: raise it."""
        done: list[tuple[tuple[RawDoc, Article], PutStatus]] = []
        refused: list[tuple[RawDoc, Exception]] = []
        for doc, article in pending:
            try:
                done.append(((doc, article), store.put(article, doc.external_id)))
            except WartaError:
                raise
            except Exception as err:  # this article only
                refused.append((doc, err))
        if not done and not (summary.stored + summary.updated + summary.duplicate):
            raise batch_err
        for doc, why in refused:
            reject(Rejected(origin=doc.origin, reason="store_refused",
                            message=f"{doc.origin}: the store refused it "
                            f"({type(why).__name__}: {why})"))
        return done

    def reject(rej: Rejected) -> None:
        summary.rejected[rej.reason] += 1
        summary.examples.setdefault(rej.reason, f"{rej.origin}: {rej.message}"[:200])
        if on_reject:
            on_reject(rej)

    items = iter(docs)
    while True:
        t0 = time.perf_counter()
        try:
            doc = next(items)
        except StopIteration:
            break
        except Exception:  # from a pool: keep what was analysed before it, then fail
            if pending:
                flush()
            raise
        if isinstance(doc, Rejected):
            reject(doc)
            continue
        if isinstance(doc, tuple):
            summary.analyse_s += time.perf_counter() - t0
            pending.append(doc)
            if len(pending) >= batch:
                flush()
            continue
        t0 = time.perf_counter()
        try:
            article = analyse(doc)
        except WartaError as err:
            summary.analyse_s += time.perf_counter() - t0
            reject(Rejected.of(doc.origin, err))
            continue
        except Exception:
            # A bug, not a bad input: keep the articles analysed so far, then fail loudly.
            if pending:
                flush()
            raise
        summary.analyse_s += time.perf_counter() - t0
        pending.append((doc, article))
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    t0 = time.perf_counter()
    flush_index = getattr(store, "flush", None)
    if flush_index is not None:
        flush_index()
    summary.store_s += time.perf_counter() - t0
    return summary
