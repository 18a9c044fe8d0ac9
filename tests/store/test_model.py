from __future__ import annotations

from warta.store.model import (
    article_rows,
    content_hash,
    entity_id,
    epoch_of,
    fold,
    snippet_html,
)
from warta.store.samples import zelenskyy_article


def test_fold_ignores_case_accents_and_spacing() -> None:
    assert fold("  Zélensky  Café ") == "zelensky cafe"


def test_store_keys_entities_on_the_record_entity_id() -> None:
    a = zelenskyy_article()
    assert {e[0] for e in article_rows(a).entities} == {entity_id(e.kind, e.name)
                                                        for e in a.entities}


def test_content_hash_ignores_whitespace_only() -> None:
    assert content_hash("a  b\nc") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_article_rows_flatten_every_layer() -> None:
    a = zelenskyy_article()
    rows = article_rows(a)
    assert rows.article[0] == a.id
    assert rows.article[6] == "2024-11-18"
    assert {e[0] for e in rows.entities} >= {"per:volodymyr-zelenskyy", "loc:korea-utara"}
    assert len(rows.mentions) == sum(len(e.mentions) for e in a.entities)
    quote = rows.quotes[0]
    assert quote[5] == '"Ini adalah eskalasi yang berbahaya,"'
    assert quote[8:] == ("per:volodymyr-zelenskyy", "Volodymyr Zelenskyy")
    assert rows.numbers[0][4] == 10000.0
    assert [t[5] for t in rows.times] == ["2024-W46", "2024-11-18"]
    accuse = rows.events[1]
    assert accuse[2] == "ACCUSE" and accuse[3] == '["per:volodymyr-zelenskyy"]'
    assert accuse[5] == "loc:kyiv"


def test_epoch_reads_wall_clock_as_utc() -> None:
    a = zelenskyy_article()
    assert epoch_of(a.published) == 1731922200
    assert epoch_of(None) is None


def test_snippet_escapes_and_marks() -> None:
    assert snippet_html("a <b> Korea", [(6, 11)]) == "a &lt;b&gt; <mark>Korea</mark>"


def test_snippet_of_makes_spaces_single_and_moves_marks() -> None:
    from warta.store.model import snippet_of

    assert snippet_of("a\nKorea b", [(2, 7)]) == ("a Korea b", ((2, 7),))
    text, marks = snippet_of("  a \n\n Korea  b ", [(7, 12), (8, 9)])
    assert text == "a Korea b" and [text[s:e] for s, e in marks] == ["Korea"]
