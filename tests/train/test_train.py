"""Training code: readers, label maps, and a tiny reproducible CRF fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.train.data import (
    Tagged,
    alfina_wiki,
    bio_to_io_runs,
    io_to_bio,
    map_kinds,
    ner_split,
    read_conll,
)
from warta.train.ner import NerOptions, fit, predict


def test_read_conll_and_map(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("Joko\tB-PPL\nWidodo\tI-PPL\nke\tO\nbali\tB-PLC\n\nmie\tB-FNB\n", "utf-8")
    sents = read_conll(f)
    assert [s.tokens for s in sents] == [("Joko", "Widodo", "ke", "bali"), ("mie",)]
    mapped = map_kinds(sents, {"PPL": "PERSON", "PLC": "PLACE", "FNB": None})
    assert mapped[0].tags == ("B-PERSON", "I-PERSON", "O", "B-PLACE")
    assert mapped[1].tags == ("O",)


def test_io_tags_read_as_runs() -> None:
    # IO gold: a run of one kind is one entity; two kinds side by side are two.
    assert io_to_bio(["PERSON", "PERSON", "O", "ORG", "PLACE", "PLACE"]) == (
        "B-PERSON", "I-PERSON", "O", "B-ORG", "B-PLACE", "I-PLACE")
    # Predicted BIO: two names of one kind side by side merge, as IO gold must write them.
    assert bio_to_io_runs(["B-PERSON", "B-PERSON", "O", "B-ORG", "I-ORG"]) == (
        "B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG")


@pytest.mark.shared
def test_alfina_wiki_reads(shared_data: Path) -> None:
    sents = alfina_wiki()
    assert sum(len(s.tokens) for s in sents) == 14430
    kinds = {t.split("-", 1)[1] for s in sents for t in s.tags if t != "O"}
    assert kinds == {"PERSON", "PLACE", "ORG"}
    assert all(s.tags[0][:2] != "I-" for s in sents)


def test_tiny_fit_is_reproducible(tmp_path: Path) -> None:
    train = [Tagged(("Presiden", "Joko", "Widodo", "ke", "Bali"),
                    ("O", "B-PERSON", "I-PERSON", "O", "B-PLACE"))] * 5
    opts = NerOptions(max_iterations=20)
    a = fit(train, tmp_path / "a.crfsuite", opts)
    b = fit(train, tmp_path / "b.crfsuite", opts)
    assert predict(a, train[:1], opts) == predict(b, train[:1], opts)
    assert predict(a, train[:1], opts)[0][1] == "B-PERSON"


@pytest.mark.shared
def test_shared_sets_read(shared_data: Path) -> None:
    for name in ("nergrit", "nerugm", "idner", "nerp"):
        sents = ner_split(name, "test", mapped=True)
        kinds = {t.split("-", 1)[1] for s in sents for t in s.tags if t != "O"}
        assert kinds <= {"PERSON", "PLACE", "ORG", "EVENT"}, (name, kinds)
        assert len(sents) > 100


def test_train_command_is_registered() -> None:
    from warta.cli import build_parser

    args = build_parser().parse_args(["train", "gazetteer"])
    assert args.target == "gazetteer" and callable(args.func)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "everything"])


def test_vector_attributes_take_values() -> None:
    from warta.train.ner import with_vectors

    vecs = {"jakarta": [("v0", 0.5), ("v1", -1.0)]}
    out = with_vectors([["w=di", "cap"], ["w=jakarta", "x", "x"]], ["di", "Jakarta"], vecs, 1)
    assert out[0] == {"w=di": 1.0, "cap": 1.0, "+1v0": 0.5, "+1v1": -1.0}
    assert out[1] == {"w=jakarta": 1.0, "x": 2.0, "v0": 0.5, "v1": -1.0}
