"""WARC files (web archives, e.g. Common Crawl's CC-NEWS): each HTTP response holding an
HTML page becomes a `RawDoc` of its bytes and URL, decoded and extracted like any page.

Requests, metadata and warcinfo records are not documents and are passed over; a response
that is not a 200 HTML page (a redirect, a PDF, an image) is a `not_html` reject, so the
counts say what the archive held. Gzipped (.warc.gz, one member per record) and plain
files both read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputTooLarge, UnreadableInput
from .files import os_error
from .raw import MAX_BYTES, RawDoc, Rejected, cap_text

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    """Each HTML response's `RawDoc` (origin `file.warc.gz@OFFSET`), or its reject."""
    from warcio.archiveiterator import ArchiveIterator  # here: every command imports the
    from warcio.exceptions import ArchiveLoadFailed  # registry, few read archives

    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for rec in records:
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                status = rec.http_headers.get_statuscode()
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                data = (rec.content_stream().read(max_bytes + 1)
                        if status == "200" and ctype.startswith(HTML_TYPES) else None)
                # After the read: asking for the offset reads the record to its end.
                origin = f"{path}@{records.get_record_offset()}"
                if data is None:
                    yield Rejected(origin=origin, reason="not_html",
                                   message=f"{origin}: {url} is HTTP {status} "
                                   f"{ctype or 'with no Content-Type'}, not an HTML page")
                    continue
                if len(data) > max_bytes:
                    yield Rejected.of(origin, InputTooLarge(
                        f"{origin}: {url} is over the {cap_text(max_bytes)} cap for one "
                        "article"))
                    continue
                yield RawDoc(origin=origin, data=data, url=url)
    except OSError as err:
        yield Rejected.of(str(path), os_error(path, err))
    except ArchiveLoadFailed as err:  # not a WARC, or cut short
        yield Rejected.of(str(path), UnreadableInput(
            f"{path}: cannot read it as a WARC file ({err}): check the download"))
