"""The convolutional NER tagger: its hand-written gradients are the loss's, it learns a
small set, the saved file tags as the trained network did, and its log-probabilities
join the CRF's emissions in the CRF's label order."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from warta.ner.gazetteer import load_gazetteer
from warta.ner.names import NameLists
from warta.ner.neural import TABLES, CnnTagger, Params, _columns, combine, conv, log_softmax
from warta.train.data import Tagged
from warta.train.neural import (
    CnnOptions,
    Resources,
    _conv_back,
    _pad,
    save_cnn,
    tag_ids,
    train_cnn,
)

from .conftest import TRAIN


def _sents() -> list[Tagged]:
    return [Tagged(tuple(s.split()), tuple(t.split())) for s, t in TRAIN]


def _vectors() -> tuple[list[str], np.ndarray]:
    words = sorted({w.lower() for s, _ in TRAIN for w in s.split()})
    rng = np.random.default_rng(1)
    return words, rng.normal(0, 1, (len(words), 8)).astype(np.float32)


@pytest.fixture(scope="module", params=[16, 0], ids=["two-layers", "one-layer"])
def trained(request: pytest.FixtureRequest
            ) -> tuple[Params, list[list[str]], list[str], Resources]:
    # Name lists with phrases that overlap a gazetteer match ("Jakarta") and each other.
    names = NameLists({"joko widodo": "P", "istana merdeka , jakarta": "L",
                       "bank rakyat indonesia": "O", "rakyat indonesia": "O"},
                      {"joko": "P", "kpk": "O"})
    res = Resources({}, names, load_gazetteer())
    opts = CnnOptions(dims=(8, 4, 4, 4, 2, 2, 2, 2), hidden1=16, hidden2=request.param,
                      epochs=60,
                      batch=2, lr=0.01, dropout_in=0.0, dropout_hidden=0.0,
                      word_dropout=0.0, min_count=1)
    params, vocab, labels = train_cnn(_sents() * 3, opts, res, vectors=_vectors())
    return params, vocab, labels, res


def test_conv_gradients_are_numeric_ones() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(0, 1, (2, 4, 3))
    w = rng.normal(0, 1, (3, 3, 2))
    b = rng.normal(0, 1, 2)
    up = rng.normal(0, 1, (2, 4, 2))  # d(loss)/d(output) of loss = sum(up * conv(x))
    grads: dict[str, np.ndarray] = {}
    dx = _conv_back(_pad(x, 1), up, w, grads, "w", "b")
    eps = 1e-6
    for arr, grad in ((x, dx), (w, grads["w"]), (b, grads["b"])):
        for idx in [(0,) * arr.ndim, tuple(s - 1 for s in arr.shape)]:
            old = arr[idx]
            arr[idx] = old + eps
            hi = float((up * conv(x, w, b)).sum())
            arr[idx] = old - eps
            lo = float((up * conv(x, w, b)).sum())
            arr[idx] = old
            assert (hi - lo) / (2 * eps) == pytest.approx(float(grad[idx]), rel=1e-5)


def test_learns_its_training_set(trained: tuple[Params, list[list[str]], list[str],
                                                Resources]) -> None:
    from warta.ner.neural import sentence_ids

    params, vocab, labels, res = trained
    index = [{k: i for i, k in enumerate(v)} for v in vocab]
    ids = [sentence_ids(s.tokens, index, res.lexicon, res.names, res.gaz) for s in _sents()]
    assert tag_ids(params, ids, labels) == [list(s.tags) for s in _sents()]
    assert labels[0] == "O" and len(vocab) == len(TABLES) and vocab[0][0] == ""


def test_saved_file_gives_the_networks_scores(
        trained: tuple[Params, list[list[str]], list[str], Resources], tmp_path: Path) -> None:
    from warta.ner.neural import sentence_ids

    params, vocab, labels, res = trained
    path = save_cnn(tmp_path / "cnn.npz", params, vocab, labels, 1.5)
    tagger = pickle.loads(pickle.dumps(CnnTagger(path))).load()
    assert tagger.labels == labels and tagger.weight == 1.5
    sents = [list(s.tokens) for s in _sents()] + [["Jakarta"], [], ["zzz", "Qqq"],
                                                  ["Joko", "Widodo"]]
    got = tagger.log_probs(sents, res.lexicon, res.names, res.gaz)
    again = tagger.log_probs(sents[::-1], res.lexicon, res.names, res.gaz)[::-1]
    for x, y in zip(got, again, strict=True):
        np.testing.assert_allclose(x, y, rtol=1e-4, atol=1e-5)
    index = [{k: i for i, k in enumerate(v)} for v in vocab]
    for s, lp in zip(sents, got, strict=True):
        assert lp.shape == (len(s), len(labels))
        if not s:
            continue
        x = sentence_ids(s, index, res.lexicon, res.names, res.gaz)[None]
        want = log_softmax(params.forward(params.embed(x), np.ones((1, len(s), 1),
                                                                   np.float32)))[0]
        np.testing.assert_allclose(lp, want, rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(np.exp(lp).sum(axis=1), 1.0, rtol=1e-5)


def test_combine_puts_columns_in_crf_order() -> None:
    em = [np.array([[1.0, 2.0, 3.0]]), np.zeros((0, 3))]
    lp = [np.array([[-1.0, -2.0]]), np.zeros((0, 2))]
    out = combine(em, ["O", "B-ORG", "B-X"], lp, ["B-ORG", "O"], 2.0)
    np.testing.assert_allclose(out[0], [[1.0 - 4.0, 2.0 - 2.0, 3.0]])
    assert out[1].shape == (0, 3)
    np.testing.assert_allclose(combine(em, ["O", "B-ORG", "B-X"], lp, ["B-ORG", "O"], 0.0)[0],
                               em[0])


def test_combine_reuses_one_column_map_per_label_pair() -> None:
    em = [np.array([[1.0, 2.0]])]
    lp = [np.array([[-1.0, -3.0]])]
    first = combine(em, ["O", "B-PER"], lp, ["B-PER", "O"], 1.0)[0]
    again = combine(em, ["O", "B-PER"], lp, ["B-PER", "O"], 1.0)[0]
    np.testing.assert_allclose(first, [[1.0 - 3.0, 2.0 - 1.0]])
    np.testing.assert_array_equal(first, again)
    assert _columns(("O", "B-PER"), ("B-PER", "O")) is _columns(("O", "B-PER"), ("B-PER", "O"))
    # A different network's labels get their own map.
    np.testing.assert_allclose(combine(em, ["O", "B-PER"], lp, ["O", "B-PER"], 1.0)[0],
                               [[1.0 - 1.0, 2.0 - 3.0]])


def test_loaded_tagger_takes_no_lock(
        trained: tuple[Params, list[list[str]], list[str], Resources], tmp_path: Path) -> None:
    params, vocab, labels, _ = trained
    tagger = CnnTagger(save_cnn(tmp_path / "cnn.npz", params, vocab, labels, 1.0)).load()

    class NoLock:
        def __enter__(self) -> None:
            raise AssertionError("lock taken after loading")

        def __exit__(self, *args: object) -> None:
            return None

    tagger._lock = NoLock()  # type: ignore[assignment]
    assert tagger.load() is tagger and tagger.labels == labels


def test_rows_shared_with_the_featurizer_give_the_same_scores(
        trained: tuple[Params, list[list[str]], list[str], Resources], tmp_path: Path) -> None:
    """Read through the CRF featurizer's word table (its rows and parts, `PhraseMatches`)
    the tagger gives what it gives on its own, also after the table is trimmed and its
    rows are reused for other words."""
    from warta.ner.features import Featurizer, PhraseMatches, load_clusters
    from warta.ner.resolve import load_models

    params, vocab, labels, res = trained
    path = save_cnn(tmp_path / "cnn.npz", params, vocab, labels, 1.0)
    shared, alone = CnnTagger(path).load(), CnnTagger(path).load()
    crf = load_models().ner.load()
    feat = Featurizer(res.gaz, res.lexicon, cache_size=10, clusters=load_clusters(),
                      names=res.names)
    sents = [list(s.tokens) for s in _sents()]
    batches = [sents, [["Jakarta"], [], ["zzz", "Qqq"]], sents[::-1], [["Joko", "Widodo"]]]
    for batch in batches:  # the 2nd and 4th batch find the 10-word table full: trimmed
        phrases = PhraseMatches()
        feat.scores_batch(batch, crf, phrases)
        assert phrases.table is not None
        got = shared.log_probs(batch, res.lexicon, res.names, res.gaz, phrases)
        want = alone.log_probs(batch, res.lexicon, res.names, res.gaz)
        for x, y in zip(got, want, strict=True):
            np.testing.assert_array_equal(x, y)
    assert shared._generation == 2
