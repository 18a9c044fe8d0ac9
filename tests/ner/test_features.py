"""The featurizer's cached fast path gives `sentence_features`' lists exactly."""

from __future__ import annotations

import random

import pytest

from warta.ner.features import Featurizer, sentence_features, shipped_featurizer

SENTENCES = [
    "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Istana Merdeka , Jakarta .",
    "PT Pos Indonesia dan Bank Rakyat Indonesia ( BRI ) melaporkan laba Rp 10.000 miliar",
    "Soekarno Hatta",
    "ia",
    "Menurut KPK , Gubernur DKI Jakarta Anies Baswedan tidak hadir di Sulawesi Selatan .",
    "",
]


def _reference(feat: Featurizer, tokens: list[str], pos: list[str] | None) -> list[list[str]]:
    cls = None
    if feat.clusters is not None:
        cls = [feat.clusters.get(t.lower(), ("c=none",)) for t in tokens]
    return sentence_features(tokens, pos=pos, gaz=feat.gaz, wf=feat.words(tokens),
                             clusters=cls, names=feat.names)


def test_fast_features_equal_sentence_features() -> None:
    rnd = random.Random(7)
    words = [w for s in SENTENCES for w in s.split()]
    cases = [s.split() for s in SENTENCES]
    cases += [[rnd.choice(words) for _ in range(rnd.randint(1, 12))] for _ in range(50)]
    for feat in (shipped_featurizer(), Featurizer(), Featurizer(cache_size=3)):
        for tokens in cases:
            for toks in (tokens, [t.lower() for t in tokens]):
                pos = ["NN"] * len(toks)
                assert feat(toks) == _reference(feat, toks, None)
                assert feat(toks, pos) == _reference(feat, toks, pos)


def test_word_rows_from_parts_equal_rows_from_strings() -> None:
    """`add_word` gathers the same attribute rows, in the same order, as `add` does from a
    word's feature strings, so the summed weights are the same to the last bit."""
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    feat = shipped_featurizer()
    words = [w for s in SENTENCES for w in s.split()]
    words += ["Zelenskyy", "10.000", "e-KTP", "İstanbul", "²", "(", "a", "Dr.", "bapak",
              "Presiden", "PRESIDEN", "x1", "Rp", "jokowi", "Ünal", "A", "-"]
    words += [w.lower() for w in words] + [w.upper() for w in words]
    words = list(dict.fromkeys(words))
    by_strings = feat._vectors(crf)
    by_parts = Featurizer(feat.gaz, feat.lexicon, clusters=feat.clusters,
                          names=feat.names)._vectors(crf)
    for w in words:
        by_strings.add(w, feat._context(w))
        by_parts.add_word(w)
        assert by_parts._rows == by_strings._rows and by_parts._at == by_strings._at, w
    by_strings.flush()
    by_parts.flush()
    n = len(words)
    assert (by_parts.store[:n] == by_strings.store[:n]).all()
    assert by_parts.low == by_strings.low and by_parts.parts == by_strings.parts
    for name in ("pair_id", "code", "name_len", "gaz_len"):
        assert (getattr(by_parts, name)[:n] == getattr(by_strings, name)[:n]).all(), name
    assert by_parts.name_len[:n].any() and by_parts.gaz_len[:n].any()



def test_batch_extras_equal_per_sentence_tags() -> None:
    """The gazetteer and name-list attributes found for a whole batch from its candidate
    tokens are those `gazetteer_tags` and `phrase_tags` give sentence by sentence, in the
    same order (a token's gazetteer attribute first)."""
    import numpy as np

    from warta.ner.features import gazetteer_tags
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    feat = shipped_featurizer()
    assert feat.names is not None
    rnd = random.Random(5)
    words = [w for s in SENTENCES for w in s.split()]
    words += ["Kota", "Bandung", "Jawa", "Barat", "Bank", "Indonesia", "Pos", "soekarno",
              "hatta", "Amerika", "Serikat", "Korea", "Selatan", "di", "Universitas"]
    batch = [s.split() for s in SENTENCES]
    batch += [[rnd.choice(words) for _ in range(rnd.randint(0, 15))] for _ in range(80)]
    feat.scores_batch(batch, crf)  # every word in the cache
    wv = feat._vectors(crf)
    # The first call left the word pairs it checked (`open_pairs`); the one below reads
    # them back, both those that open a listed name and those that do not.
    assert {True, False} <= set(wv.pair_open.values())
    ids: list[int] = []
    starts: list[int] = []
    want: list[tuple[int, str]] = []
    for s in batch:
        base = len(ids)
        starts.append(base)
        ids.extend(wv.rows[t] for t in s)
        low = [t.lower() for t in s]
        hits = [(base + i, g) for i, g in enumerate(gazetteer_tags(s, feat.gaz)) if g]
        hits += [(base + i, g) for i, g in enumerate(feat.names.phrase_tags(low)) if g]
        want += sorted(hits, key=lambda h: h[0])
    ends = [*starts[1:], len(ids)]
    index = crf.index
    toks, rows = feat._extras(wv, ids, np.array(ids), starts, ends, index.get, crf.zero)
    assert toks == [k for k, _ in want] and len(want) > 10
    assert rows == [index.get(a, crf.zero) for _, a in want]


def test_acronym_shape_features() -> None:
    from warta.ner.features import acronym_features

    f = acronym_features("Kemenkeu", "kemenkeu", {}, {}, "alg")
    assert "cp5=kemen" in f and "capunk" in f and "cg=<ke" in f
    assert "aclen=4" in acronym_features("PDIP", "pdip", {}, {}, "l")
    assert "innercap" in acronym_features("KemenPUPR", "kemenpupr", {}, {}, "l")
    assert acronym_features("kemenkeu", "kemenkeu", {}, {}, "alg") == []
    # Known words get no letter trigrams.
    assert "capunk" not in acronym_features("Jakarta", "jakarta", {"jakarta": "NNP"}, {},
                                            "g")


def test_word_table_keeps_each_words_tagger_keys_until_trimmed() -> None:
    """A row's low form and parts are the keys the convolutional tagger reads for the
    word (`neural.word_keys`), made once by the featurizer; `trim` forgets them and
    counts a new generation, so a reader of rows starts again."""
    from warta.ner.features import PhraseMatches
    from warta.ner.neural import word_keys
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    base = shipped_featurizer()
    feat = Featurizer(base.gaz, base.lexicon, cache_size=8, clusters=base.clusters,
                      names=base.names)
    batch = [s.split() for s in SENTENCES]
    phrases = PhraseMatches()
    feat.scores_batch(batch, crf, phrases)
    wv = feat._vectors(crf)
    assert phrases.table is wv and phrases.rows is not None
    flat = [t for s in batch for t in s]
    assert phrases.rows.tolist() == [wv.rows[t] for t in flat]
    for t in flat:
        r = wv.rows[t]
        sh, lx, letters = wv.parts[r]
        assert (wv.low[r], sh, wv.low[r][:3], wv.low[r][-3:], lx, letters) == word_keys(
            t, feat.lexicon, feat.names)
    assert any(p[2] for p in wv.parts) and any(p[1] != "unk" for p in wv.parts)
    generation = wv.generation
    feat.scores_batch([["Jakarta"]], crf)  # the table held 8 words or more: trimmed
    assert wv.generation == generation + 1 and len(wv.parts) == len(wv.rows) == 1



def test_joined_bigram_table_gives_each_tables_rows() -> None:
    """One sorted table of bigram codes gives, per code, the row of its left ("-1|0")
    and right ("0|+1") attribute as the two tables do apart, and the zero row for a
    bigram a table lacks or no table holds."""
    import numpy as np

    from warta.ner.features import _table_rows
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    wv = shipped_featurizer()._vectors(crf)
    ids, width, zero = wv.pair_ids, wv.pair_width, crf.zero
    pairs = list(dict.fromkeys([*wv.left_pairs, *wv.right_pairs]))
    assert set(wv.left_pairs) != set(wv.right_pairs)  # each table holds some alone
    rnd = random.Random(3)
    keys = list(ids)
    pairs += [(rnd.choice(keys), rnd.choice(keys)) for _ in range(2000)]
    q = np.array([ids[a] * width + ids[b] for a, b in pairs], dtype=np.int64)
    left, right = _table_rows(wv.pair_table, q, zero)
    assert left.tolist() == [wv.left_pairs.get(p, zero) for p in pairs]
    assert right.tolist() == [wv.right_pairs.get(p, zero) for p in pairs]
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.intp),
             np.zeros(0, dtype=np.intp))
    assert [r.tolist() for r in _table_rows(empty, q[:3], zero)] == [[zero] * 3] * 2


def test_code_table_equals_the_table_built_pair_by_pair() -> None:
    """`_code_table`'s sorted codes and rows (made in numpy) are those of a dict filled
    pair by pair from both tables."""
    import numpy as np

    from warta.ner.features import _code_table
    from warta.ner.resolve import load_models

    wv = shipped_featurizer()._vectors(load_models().ner.load())
    zero = wv.crf.zero
    both: dict[int, list[int]] = {}
    for k, pairs in enumerate((wv.left_pairs, wv.right_pairs)):
        for (a, b), row in pairs.items():
            both.setdefault(wv.pair_ids[a] * wv.pair_width + wv.pair_ids[b], [zero, zero])[k] = row
    codes = sorted(both)
    got = _code_table(wv.left_pairs, wv.right_pairs, wv.pair_ids, wv.pair_width, zero)
    assert got[0].tolist() == codes and len(codes) > 1000
    assert got[1].tolist() == [both[c][0] for c in codes]
    assert got[2].tolist() == [both[c][1] for c in codes]
    assert all(a.dtype == np.int64 or a.dtype == np.intp for a in got)


def test_rows_written_after_a_trim_are_those_of_a_fresh_table() -> None:
    """`flush` writes a batch's new words into consecutive rows; after `trim` numbering
    starts again at 0, and the rows hold what a fresh table writes for the same words."""
    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    feat = shipped_featurizer()
    make = lambda: Featurizer(feat.gaz, feat.lexicon, clusters=feat.clusters,  # noqa: E731
                              names=feat.names, cache_size=4)._vectors(crf)
    wv = make()
    first = SENTENCES[0].split()
    for w in first:
        wv.add_word(w)
    wv.trim()  # past its size: forgets every word
    assert wv.rows == {} and wv.generation == 1
    later = SENTENCES[1].split()
    for w in dict.fromkeys(later):
        wv.add_word(w)
    wv.flush()
    fresh = make()
    for w in dict.fromkeys(later):
        fresh.add_word(w)
    fresh.flush()
    n = len(fresh.rows)
    assert wv.rows == fresh.rows and (wv.store[:n] == fresh.store[:n]).all()
    for name in ("pair_id", "code", "name_len", "gaz_len"):
        assert (getattr(wv, name)[:n] == getattr(fresh, name)[:n]).all(), name


def test_batch_adds_new_words_once_in_order_of_first_sight() -> None:
    """A batch's words are looked up in one pass: each new word gets the next row the
    first time it is seen (in any sentence), a repeat reads that row, and every sentence
    scores as it does alone."""
    import numpy as np

    from warta.ner.resolve import load_models

    crf = load_models().ner.load()
    feat = shipped_featurizer()
    fresh = lambda: Featurizer(feat.gaz, feat.lexicon, clusters=feat.clusters,  # noqa: E731
                               names=feat.names)
    batch = [s.split() for s in SENTENCES] + [[], ["Jakarta", "Jakarta", "ia"]]
    whole = fresh()
    got = whole.scores_batch(batch, crf)
    order = list(dict.fromkeys(w for s in batch for w in s))
    assert list(whole._vectors(crf).rows) == order
    assert list(whole._vectors(crf).rows.values()) == list(range(len(order)))
    for s, e in zip(batch, got, strict=True):
        assert np.array_equal(e, fresh().scores_batch([s], crf)[0])


def test_shapes_from_the_bounded_table_of_forms_equal_the_pattern_shapes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`shape` cuts a translated form's runs once and keeps it in a table of at most
    WORD_CACHE forms (emptied when full): words of one form share it, and every shape
    read before or after the table empties is the regex reading's."""
    from warta.ner import features

    monkeypatch.setattr(features, "WORD_CACHE", 3)
    monkeypatch.setattr(features, "_CUTS", {})
    words = ["Zelenskyy", "Kelenskyy", "10.000", "20.000", "e-KTP", "AAAAAAAAAAAA", "²",
             "aaaa-bbbb", "x1x1", "Zelenskyy", "Rp10.000.000,00", "İstanbul", ""]
    for w in words:
        assert features.shape(w) == features.shape_by_patterns(w), w
        assert len(features._CUTS) <= 3
    assert features.shape("Kelenskyy") is features.shape("Zelenskyy")  # one form, one shape


def test_a_doubled_word_table_is_its_rows_then_as_many_zero_rows() -> None:
    """speed19: `_WordVectors._grow` doubles each per-word array into fresh zeros (left
    to the system to zero as it is first written) instead of concatenating a zeroed
    copy: the same shape, dtype, values and layout."""
    import numpy as np

    from warta.ner.features import _doubled

    rng = np.random.default_rng(19)
    for a in (rng.random((3, 5, 9)), rng.integers(0, 9, 7).astype(np.intp),
              rng.integers(-5, 5, 4).astype(np.int64), np.zeros((0, 2))):
        want = np.concatenate([a, np.zeros_like(a)])
        got = _doubled(a)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert got.flags.c_contiguous and np.array_equal(got, want)
