"""Property-based fuzz (issue 18): `warta.analyze` and the corpus readers take any input and
either give a valid result or raise a `WartaError` that says why; nothing else escapes.
Bounded for CI: fixed seeds, few examples, no deadline per example but a small input size.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import warta
from warta.errors import WartaError
from warta.sources.corpus import read_corpus

BOUNDED = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                   suppress_health_check=list(HealthCheck))

WORDS = ["Presiden", "Joko", "Widodo", "mengatakan", "di", "Jakarta", "kemarin", "besok",
         "pukul", "10.00", "WIB", "Senin", "(18/11/2024)", '"', "ujar", "dia", ".", ",",
         "10.000", "tentara", "Rp", "5", "triliun", "pekan", "lalu", "Korea", "Utara", "\n",
         "<p>", "</p>", "<script>", "Baca", "Juga:", "yang", "akan", "tahun", "2025", "tidak",
         "\u200b", "\x00", "é", "👍", "  "]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(max_size=300),
)
published = st.one_of(st.none(), st.datetimes(min_value=datetime(1, 1, 1),
                                              max_value=datetime(9999, 12, 31, 23, 59)))


@BOUNDED
@given(text=texts, when=published, title=st.one_of(st.none(), st.text(max_size=40)))
def test_analyze_gives_a_record_or_a_warta_error(text: str, when: datetime | None,
                                                 title: str | None) -> None:
    try:
        a = warta.analyze(text, published=when, title=title)
    except WartaError as e:
        assert str(e)
        return
    n = len(a.text)
    spans = [*a.sentences, *a.summary, *(m for e in a.entities for m in e.mentions),
             *(t.span for t in a.times)]
    assert all(0 <= s.start <= s.end <= n for s in spans)
    assert warta.Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


records = st.dictionaries(
    st.sampled_from(["text", "title", "url", "published", "source", "paragraphs", "id",
                     "isi_berita", "judul", "tanggal", "source_url", "x"]),
    st.one_of(st.none(), st.text(max_size=30), st.integers(), st.floats(),
              st.lists(st.lists(st.text(max_size=8), max_size=3), max_size=3),
              st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)),
    max_size=6)



@settings(BOUNDED, phases=[Phase.explicit, Phase.generate])  # no shrinking: bounded time
@given(lines=st.lists(st.one_of(records.map(json.dumps), st.text(max_size=40)), max_size=6),
       garbage=st.binary(max_size=40))
def test_jsonl_reader_never_crashes(lines: list[str],
                                    garbage: bytes) -> None:
    _read_all("x.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass") + b"\n" + garbage)


@settings(BOUNDED, phases=[Phase.explicit, Phase.generate])  # no shrinking: bounded time
@given(header=st.lists(st.sampled_from(["text", "title", "url", "published", "isi_berita",
                                        "judul", "tanggal", "x", ""]), max_size=5),
       rows=st.lists(st.lists(st.text(max_size=12), max_size=6), max_size=5),
       garbage=st.binary(max_size=30))
def test_csv_reader_never_crashes(header: list[str], rows: list[list[str]],
                                  garbage: bytes) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    _read_all("x.csv", buf.getvalue().encode("utf-8", "surrogatepass") + garbage)


def _read_all(name: str, data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / name
        path.write_bytes(data)
        try:
            for _ in read_corpus(path):
                pass
        except WartaError as e:
            assert str(e)
