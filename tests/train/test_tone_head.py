from pathlib import Path

import numpy as np
import pytest

from warta.cli import build_parser
from warta.stages.tone import (
    HEAD_DENSE,
    HEAD_PATH,
    LABELS,
    clusters_checksum,
    head_probs,
    lexicon_words,
    load_head,
)
from warta.train import tone_head
from warta.train.tone import build_vocab
from warta.train.tone_head import (
    choose,
    cross_validate,
    featurize,
    fit,
    labelled_rows,
    nested_predictions,
    predict,
)

GOOD = ["Tim nasional meraih kemenangan dan juara, prestasi yang membanggakan warga.",
        "Ekonomi tumbuh pesat dan laba perusahaan meningkat tajam tahun ini.",
        "Warga bersyukur atas bantuan yang diterima dan berterima kasih kepada relawan."]
BAD = ["Banjir menewaskan dua warga dan merusak puluhan rumah di desa itu.",
       "Polisi menangkap pelaku pencurian dan penganiayaan di pasar.",
       "Kecelakaan bus menyebabkan korban luka dan kerugian besar."]
PLAIN = ["Rapat dijadwalkan pada Senin pagi di kantor kecamatan.",
         "Gedung itu memiliki tiga lantai dan sebuah ruang pertemuan.",
         "Acara dibuka pukul sembilan dan ditutup pukul dua siang."]


def _data() -> tuple[list[str], np.ndarray]:
    texts = GOOD + BAD + PLAIN
    y = np.array([2] * 3 + [0] * 3 + [1] * 3)
    return texts, y


def test_fit_predicts_its_training_labels_and_is_deterministic() -> None:
    texts, y = _data()
    feats = featurize(texts)
    assert feats[0].shape == (9, len(HEAD_DENSE))
    a = fit(feats, y, c=10.0, cluster_weight=1.0)
    b = fit(feats, y, c=10.0, cluster_weight=1.0)
    assert np.array_equal(a["weights"], b["weights"]) and list(a["vocab"]) == list(b["vocab"])
    assert predict(a, feats) == [LABELS[k] for k in y]
    no_clusters = fit(feats, y, c=10.0, cluster_weight=0.0)
    assert len(no_clusters["vocab"]) == 0
    assert predict(no_clusters, feats)[:6] == [LABELS[k] for k in y[:6]]


def test_choose_reads_every_row_and_trains_on_trainable_ones() -> None:
    texts, y = _data()
    ids = [f"indosum:a{i}#0" for i in range(9)]
    f1, c, cw = choose(ids, [LABELS[k] for k in y], featurize(texts), [True] * 9, k=3)
    assert 0.0 <= f1 <= 100.0 and c > 0 and cw >= 0


def test_shipped_head_loads_and_reads_news() -> None:
    head = load_head()
    assert head.weights.shape == (len(HEAD_DENSE) + len(head.vocab), 3)
    bad = head_probs(lexicon_words(BAD[0]))
    good = head_probs(lexicon_words(GOOD[0]))
    assert abs(float(bad.sum()) - 1.0) < 1e-9
    assert int(bad.argmax()) == 0 and int(good.argmax()) == 2


def test_nested_predictions_read_every_row_from_a_head_that_did_not_see_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # One grid point keeps it quick: the choice itself is `choose`'s, tested above.
    monkeypatch.setattr(tone_head, "C_GRID", (1.0,))
    monkeypatch.setattr(tone_head, "CLUSTER_WEIGHTS", (1.0,))
    texts, y = _data()
    # Three copies of each text under other ids, so every fold and inner fold has rows.
    ids = [f"indosum:a{i}-{k}#0" for k in range(3) for i in range(9)]
    gold = [LABELS[c] for _ in range(3) for c in y]
    pred, chosen = nested_predictions(ids, gold, texts * 3)
    assert len(pred) == len(ids) and set(pred) <= set(LABELS)
    assert chosen == [(1.0, 1.0)] * 5
    f1, fresh, chosen_again = cross_validate(ids, gold, texts * 3, ["seed19"] * len(ids))
    assert chosen_again == chosen and f1 == fresh  # every row from a draw the lexicon never saw


def test_training_labels_leave_test_out() -> None:
    rows = labelled_rows()
    assert rows and {r[2] for r in rows} == {"train", "dev"} and len(rows[0]) == 4


def test_training_reads_the_shipped_draws_alone() -> None:
    # Draws labelled after the shipped head (seed22 on) are measured, not trained on, so
    # `warta train tone` rebuilds the shipped files.
    from warta.train.tone_head import TRAINED_DRAWS
    from warta.train.tone_news import held_out_articles

    every = labelled_rows()
    trained = labelled_rows(draws=TRAINED_DRAWS)
    assert {r[3] for r in trained} == set(TRAINED_DRAWS)
    assert {"seed22", "seed23"} <= {r[3] for r in every} - set(TRAINED_DRAWS)
    assert held_out_articles(draws=TRAINED_DRAWS) < held_out_articles()


def test_vocab_ties_are_ordered_by_feature() -> None:
    vocab, _ = build_vocab([["b", "a", "c"], ["c", "b", "a"], ["z"], ["z"]])
    assert vocab == ["a", "b", "c", "z"]


def test_train_tone_is_a_target() -> None:
    args = build_parser().parse_args(["train", "tone"])
    assert args.target == "tone"


def test_head_refuses_other_word_clusters(tmp_path: Path) -> None:
    # The head's cluster weights are keyed by cluster id: a head trained on another
    # clusters.tsv (or before the check existed) must fail clearly, not read other words.
    with np.load(HEAD_PATH, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    assert int(arrays["clusters_checksum"]) == clusters_checksum()
    stale = dict(arrays, clusters_checksum=np.array(clusters_checksum() ^ 1))
    old = {k: v for k, v in arrays.items() if k != "clusters_checksum"}
    for name, data in (("stale.npz", stale), ("old.npz", old)):
        np.savez(tmp_path / name, **data)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="warta train tone"):
            load_head(tmp_path / name)


def test_train_all_leaves_out_the_opt_in_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    # `warta train all` rebuilds what ships; the convolutional NER tagger's file would turn
    # it on, so only `warta train ner-cnn` builds it.
    import warta.train.clusters as clusters
    import warta.train.gazetteer as gazetteer
    import warta.train.names as names
    import warta.train.ner as ner
    import warta.train.neural as neural
    import warta.train.pos as pos
    import warta.train.tone_head as tone_head
    from warta.commands import train

    ran: list[str] = []
    for mod, fn in ((gazetteer, "write_gazetteer"), (gazetteer, "write_lexicon"),
                    (names, "write_names"), (clusters, "write_clusters"),
                    (pos, "train_shipped_pos"), (ner, "train_shipped_ner"),
                    (neural, "train_shipped_cnn"), (tone_head, "write_tone")):
        monkeypatch.setattr(mod, fn, lambda fn=fn: ran.append(fn) or Path(fn))
    monkeypatch.setattr(train, "require_train_extra", lambda: None)
    assert train.run(build_parser().parse_args(["train", "all"])) == 0
    assert "train_shipped_cnn" not in ran and len(ran) == 7
    ran.clear()
    train.run(build_parser().parse_args(["train", "ner-cnn"]))
    assert ran == ["train_shipped_cnn"]
