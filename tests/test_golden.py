"""Golden facts on the seed article (tests/golden/*.toml: must / must not contain)."""

import tomllib
from pathlib import Path

import warta

GOLDEN = Path(__file__).resolve().parent / "golden" / "suara-kim-jong-un-2024-11.toml"


def test_seed_article_golden(seed_path: Path) -> None:
    g = tomllib.loads(GOLDEN.read_text("utf-8"))
    a = warta.analyze_file(seed_path, published=g["published"])
    assert a.source == g["source"]
    assert a.lang == g["lang"]
    assert list(a.related) == g["related"]
    assert len(a.text.split("\n")) == g["paragraphs"]
    for s in g["text_must_contain"]:
        assert s in a.text, s
    for s in g["text_must_not_contain"]:
        assert s not in a.text, s
    sentences = [s.of(a.text) for s in a.sentences]
    for s in g["sentences_must_contain"]:
        assert s in sentences, s
    # Every sentence is a non-empty span inside the text, in order, without overlap.
    ends = 0
    for sp in a.sentences:
        assert ends <= sp.start < sp.end <= len(a.text)
        ends = sp.end
