from pathlib import Path

import numpy as np
import pytest

from warta.pipeline import Pipeline
from warta.record import Article, Span
from warta.stages.clean import CleanStage
from warta.stages.segment import SegmentStage, split_sentences
from warta.stages.summary import FEATURES, SummaryStage, load_model, sentence_features, summarize

TEXT = ("Gempa bermagnitudo 6,1 mengguncang Kabupaten Cianjur pada Senin pagi. "
        "Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak akibat gempa itu.\n"
        "Warga berlarian keluar rumah saat gempa terjadi. Sekolah di Cianjur diliburkan.\n"
        "Pemerintah daerah membuka posko pengungsian di alun-alun. Bantuan logistik mulai "
        "berdatangan dari Bandung. Cuaca cerah sepanjang hari.")


def test_summary_is_k_sentences_in_text_order() -> None:
    sents = split_sentences(TEXT)
    for method in ("supervised", "lead", "centrality"):
        out = summarize(TEXT, sents, k=3, method=method)  # type: ignore[arg-type]
        assert len(out) == 3
        assert all(s in sents for s in out)
        assert [s.start for s in out] == sorted(s.start for s in out)


def test_lead_takes_the_first_sentences() -> None:
    sents = split_sentences(TEXT)
    assert summarize(TEXT, sents, k=2, method="lead") == tuple(sents[:2])


def test_short_article_keeps_all_sentences() -> None:
    text = "Satu kalimat saja. Dan kalimat kedua."
    sents = split_sentences(text)
    assert summarize(text, sents, k=3) == tuple(sents)
    assert summarize("", [], k=3) == ()


def test_title_overlap_feature_reads_the_title() -> None:
    sents = split_sentences(TEXT)
    m = load_model()
    x = sentence_features(TEXT, sents, title="Posko pengungsian gempa Cianjur", idf=m.idf,
                          default_idf=m.default_idf)
    col = FEATURES.index("title_overlap")
    assert x.shape == (len(sents), len(FEATURES))
    assert np.isfinite(x).all()
    assert x[4, col] > x[6, col]  # the posko sentence shares title words; the weather one none


def test_unknown_method_is_an_error() -> None:
    sents = split_sentences(TEXT)
    with pytest.raises(ValueError, match="supervised, lead or centrality"):
        summarize(TEXT, sents, method="magic")  # type: ignore[arg-type]


def test_stage_on_seed_skips_related_headlines(seed_text: str) -> None:
    art = Pipeline([CleanStage(), SegmentStage(), SummaryStage()]).run(
        Article(id="seed", text=seed_text))
    assert len(art.summary) == 3
    assert set(art.summary) <= set(art.sentences)
    joined = " ".join(s.of(art.text) for s in art.summary)
    assert "Baca Juga" not in joined and "Suara.com" not in joined
    assert "Kim" in joined
    assert art.provenance[-1].name == "summary"


def test_stage_declares_contract() -> None:
    assert SummaryStage.requires == frozenset({"text", "title", "sentences"})
    assert SummaryStage.provides == frozenset({"summary"})
    with pytest.raises(ValueError):
        SummaryStage(k=0)
    art = SummaryStage(k=1)(Article(id="x", text="A.", sentences=(Span(start=0, end=2),)))
    assert art.summary == (Span(start=0, end=2),)


def test_model_file_is_small() -> None:
    from warta.stages.summary import MODEL_PATH

    assert Path(MODEL_PATH).stat().st_size < 1_000_000


def test_stages_pickle_for_batch_runs() -> None:
    import pickle

    from warta.stages.themes import ThemeStage
    from warta.stages.tone import ToneStage

    for stage in (SummaryStage(k=2), ThemeStage(), ToneStage()):
        clone = pickle.loads(pickle.dumps(stage))
        assert type(clone) is type(stage)
    assert pickle.loads(pickle.dumps(SummaryStage(k=2))).k == 2
