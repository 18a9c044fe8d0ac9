"""LinearCrf (numpy weights, batched Viterbi) tags as crfsuite does, and the featurizer's
cached per-word sums equal the sums of its feature strings."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import numpy as np
import pytest

from warta.ner.crf import CrfModel, train_crf
from warta.ner.features import Featurizer, shape, shape_by_patterns, shipped_featurizer
from warta.ner.linear import LinearCrf, export_weights
from warta.ner.resolve import load_models

from .conftest import TRAIN


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrfModel, LinearCrf]:
    feat = shipped_featurizer()
    xs = [feat(s.split()) for s, _ in TRAIN]
    ys = [t.split() for _, t in TRAIN]
    tmp = tmp_path_factory.mktemp("crf")
    path = train_crf(xs, ys, tmp / "m.crfsuite", max_iterations=30, c1=0.0, c2=0.01)
    return CrfModel(path), LinearCrf(export_weights(path, tmp / "m.npz"))


def _sentences() -> list[list[str]]:
    rnd = random.Random(3)
    words = [w for s, _ in TRAIN for w in s.split()] + ["Soekarno", "-", "Hatta", "ia"]
    out = [s.split() for s, _ in TRAIN]
    out += [[rnd.choice(words) for _ in range(rnd.randint(1, 14))] for _ in range(60)]
    return out + [["Jakarta"], ["di", "Jakarta"], ["di", "Bank", "Rakyat"]]


def test_tags_equal_crfsuite(models: tuple[CrfModel, LinearCrf]) -> None:
    crf, lin = models
    feat = shipped_featurizer()
    sents = _sentences()
    want = [crf.tag(feat(s)) for s in sents]
    assert [lin.tag(feat(s)) for s in sents] == want
    assert lin.decode([lin.emissions(feat(s)) for s in sents], batch=7) == want
    assert lin.decode(feat.scores_batch(sents, lin)) == want
    assert lin.tag([]) == []


def test_cached_sums_equal_string_sums(models: tuple[CrfModel, LinearCrf]) -> None:
    _, lin = models
    feat = shipped_featurizer()
    sents = [*_sentences(), []]
    batch = feat.scores_batch(sents, lin)
    assert len(batch) == len(sents) and batch[-1].shape[0] == 0
    for s, e in zip(sents, batch, strict=True):
        if s:
            assert np.allclose(e, lin.emissions(feat(s)))
            assert np.allclose(feat.scores(s, lin), e)  # again, from the word cache


def test_pickles_as_path(models: tuple[CrfModel, LinearCrf]) -> None:
    _, lin = models
    copy = pickle.loads(pickle.dumps(lin.load()))
    assert copy.path == lin.path and copy.tag(shipped_featurizer()(["Jakarta"]))


def test_missing_file_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="warta train ner"):
        LinearCrf(tmp_path / "none.npz").load()


def test_shipped_model_loads() -> None:
    ner = load_models().ner.load()
    assert "O" in ner.labels and ner.state.shape[1] == len(ner.labels)


def test_sentences_are_read_as_the_stage_reads_them() -> None:
    from warta.ner.resolve import tag_sentences

    cased = ["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "pada", "Senin", "."]
    title = ["Presiden", "Joko", "Widodo", "Tiba", "Di", "Jakarta", "Pada", "Senin"]
    tags = tag_sentences([cased, title, [w.lower() for w in cased], []])
    assert tags[0][1:3] == ["B-PERSON", "I-PERSON"] and tags[0][5] == "B-PLACE"
    assert tags[1] == tag_sentences([[w.lower() for w in title]])[0]  # headline: blind
    assert tags[3] == []


def test_shape_table_equals_patterns() -> None:
    for w in ["Zelenskyy", "10.000", "Rp", "e-KTP", "Ünal", "İstanbul", "a_b", "ß", "(", "KPK",
              "aaaaaaaaaaaaa", "...", "--x--", "AAAbbbb1111", "((((", "x.x.x..."]:
        assert shape(w) == shape_by_patterns(w)


def _viterbi_reference(e: np.ndarray, trans: np.ndarray) -> list[int]:
    """One sentence, plainly: best previous label per step, ties to the lower index."""
    score = list(e[0])
    back: list[list[int]] = []
    n_labels = len(score)
    for t in range(1, len(e)):
        step, new = [], []
        for j in range(n_labels):
            cand = [score[i] + trans[i, j] for i in range(n_labels)]
            best = max(range(n_labels), key=lambda i: (cand[i], -i))
            step.append(best)
            new.append(cand[best] + e[t, j])
        back.append(step)
        score = new
    y = max(range(n_labels), key=lambda i: (score[i], -i))
    path = [y]
    for step in reversed(back):
        y = step[y]
        path.append(y)
    return path[::-1]


def test_batched_decode_equals_plain_viterbi_with_ties(
        models: tuple[CrfModel, LinearCrf]) -> None:
    """Small integer scores tie often: the batch, ordered by length and trimmed as its
    sentences end, still picks what a plain one-sentence Viterbi picks."""
    _, lin = models
    lin.load()
    rng = np.random.default_rng(5)
    n_labels = len(lin.labels)
    saved = lin.trans
    try:
        lin.trans = rng.integers(-2, 3, size=(n_labels, n_labels)).astype(np.float64)
        ems = [rng.integers(-2, 3, size=(int(n), n_labels)).astype(np.float64)
               for n in rng.integers(0, 12, size=40)]
        want = [[lin.labels[y] for y in _viterbi_reference(e, lin.trans)] if len(e) else []
                for e in ems]
        assert lin.decode(ems) == want
        assert lin.decode(ems, batch=3) == want
    finally:
        lin.trans = saved


def test_pair_rows_find_bigrams_of_words_holding_a_bar() -> None:
    """The bigram table by key pairs answers what a look-up of the joined string does,
    whichever "|" the words hold."""
    from warta.ner.features import _pair_rows

    index = {"-1|0w=a|b|w=c": 5, "-1|0w=a|w=b|w=c": 7, "-1|0c2=1|c2=2": 9, "w=a": 1}
    table = _pair_rows(index, "-1|0")
    for a, b in [("w=a|b", "w=c"), ("w=a", "w=b|w=c"), ("w=a|w=b", "w=c"), ("w=a", "w=c"),
                 ("w=a", "w=b")]:
        assert table.get((a, b)) == index.get("-1|0" + a + "|" + b)
    assert len(table) == 3
    assert _pair_rows(index, "-1|0", "\n".join(index)) == table  # read from the text


def _pair_parts_reference(attrs: list[str]) -> tuple[frozenset[str], list[tuple[str, str, int]]]:
    """`_pair_parts` as a loop over every attribute (its first form)."""
    words: set[str] = set()
    clusters: list[tuple[str, str, int]] = []
    for k, a in enumerate(attrs):
        if a.startswith(("-1|0w=", "0|+1w=")):
            words.update(a[4:].split("|"))
            for n, piece in enumerate(a[4:].split("|w=")):
                words.add(piece if n == 0 else "w=" + piece)
        elif a.startswith("-1|0c"):
            left, _, right = a[4:].partition("|")
            clusters.append((left, right, k))
    return frozenset(words), clusters


def test_pair_parts_from_the_text_equal_a_loop_over_every_attribute() -> None:
    """The bigram words and cluster bigrams picked out of the attribute text are those a
    walk over every attribute finds, for words holding bars and for the shipped model."""
    from warta.ner.linear import _pair_parts
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    toy = ["w=a", "-1|0w=a|b|w=c", "0|+1w=a|w=b|w=c", "-1|0w=x|w=y", "-1|0c2=1|c2=2",
           "-1|0c=none", "-1|0c0=3|c0=4|x", "+1w=a", "0|+1c1=2|c1=3", "-1|0w=p|q"]
    for attrs in (toy, crf.attr_text.split("\n"), ["w=a", "+1w=b"]):
        got = _pair_parts("\n".join(attrs), {a: k for k, a in enumerate(attrs)})
        assert got == _pair_parts_reference(attrs)
    assert _pair_parts("\n".join(toy), {a: k for k, a in enumerate(toy)})[1] == [
        ("c2=1", "c2=2", 4), ("c=none", "", 5), ("c0=3", "c0=4|x", 6)]


def test_domain_copies_fold_into_plain_attributes(tmp_path: Path) -> None:
    """A model trained with per-set attribute copies, exported for one set, tags plain
    features as crfsuite tags them with that set's copies added; exported for none, as
    crfsuite tags them with no copy weighted."""
    from warta.train.ner import domain_copy

    feat = shipped_featurizer()
    xs = [domain_copy(feat(s.split()), d) for (s, _), d in zip(TRAIN, "abab", strict=True)]
    ys = [t.split() for _, t in TRAIN]
    path = train_crf(xs, ys, tmp_path / "d.crfsuite", max_iterations=30, c1=0.0, c2=0.01)
    crf = CrfModel(path)
    sents = _sentences()
    for domain in ("a", "b", None):
        lin = LinearCrf(export_weights(path, tmp_path / f"{domain}.npz", domain))
        assert not any(a.startswith("@") for a in lin.load().index)
        want = [crf.tag(domain_copy(feat(s), domain or "none")) for s in sents]
        assert lin.decode(feat.scores_batch(sents, lin)) == want


def test_small_word_cache_gives_the_same_scores(models: tuple[CrfModel, LinearCrf]) -> None:
    """A word cache far smaller than one batch is emptied between batches only: a batch
    holding more new words than the cache has room for scores as with a large cache
    (emptying it mid-batch left earlier words of the batch pointing at reused rows)."""
    _, lin = models
    big = shipped_featurizer()
    feat = shipped_featurizer()
    small = Featurizer(feat.gaz, feat.lexicon, cache_size=3, clusters=feat.clusters,
                       names=feat.names)
    sents = _sentences()
    want = big.scores_batch(sents, lin)
    for _ in range(2):  # the second time the cache starts full
        got = small.scores_batch(sents, lin)
        assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True))


def test_dense_vectors_tag_as_crfsuite(tmp_path: Path) -> None:
    # Real-valued "v<k>" attributes (own word and, window 1, neighbours): the cached
    # per-word sums of the numpy tagger give crfsuite's tags.
    from warta.ner.features import load_word_vectors
    from warta.train.ner import with_vectors

    rnd = random.Random(5)
    words = sorted({w.lower() for s, _ in TRAIN for w in s.split()})
    vec = np.array([[rnd.uniform(-1, 1) for _ in range(6)] for _ in words], dtype=np.float32)
    path = tmp_path / "vec.npz"
    np.savez(path, words=np.frombuffer("\n".join(words).encode(), dtype=np.uint8),
             vectors=vec)
    dense = load_word_vectors(str(path), 4, 2.0)
    attrs = {w: [(f"v{k}", float(x)) for k, x in enumerate(v.tolist())]
             for w, v in dense.items()}
    base = shipped_featurizer()
    feat = Featurizer(base.gaz, base.lexicon, clusters=base.clusters, names=base.names,
                      vectors=dense, vector_window=1)
    xs = [with_vectors(feat(s.split()), s.split(), attrs, 1) for s, _ in TRAIN]
    crf_path = train_crf(xs, [t.split() for _, t in TRAIN], tmp_path / "m.crfsuite",
                         max_iterations=30, c1=0.0, c2=0.01)
    crf, lin = CrfModel(crf_path), LinearCrf(export_weights(crf_path, tmp_path / "m.npz"))
    assert any(a.startswith(("v", "-1v", "+1v")) for a in lin.load().index)
    sents = _sentences()
    want = [crf.tag(with_vectors(feat(s), s, attrs, 1)) for s in sents]
    assert lin.decode(feat.scores_batch(sents, lin)) == want
