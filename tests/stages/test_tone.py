from warta.pipeline import Pipeline
from warta.record import Article
from warta.stages.clean import CleanStage
from warta.stages.segment import SegmentStage
from warta.stages.tone import (
    ToneStage,
    article_tone,
    features,
    label_of,
    lexicon_tone,
    load_lexicon,
    mark_negation,
    model_probs,
    normalise,
    words,
)


def test_seed_is_negative(seed_text: str) -> None:
    art = Pipeline([CleanStage(), SegmentStage(), ToneStage()]).run(
        Article(id="seed", text=seed_text))
    assert art.tone is not None
    assert art.tone.label == "negative"
    assert -100.0 <= art.tone.score < -10.0


def test_positive_and_negative_news() -> None:
    good = article_tone("Tim bulu tangkis Indonesia berhasil meraih juara dan medali emas. "
                        "Prestasi ini membuat masyarakat bangga dan bahagia.")
    bad = article_tone("Banjir bandang menewaskan 12 orang dan merusak ratusan rumah. "
                       "Warga mengungsi dan khawatir bencana susulan.")
    assert good.label == "positive" and good.score > 0
    assert bad.label == "negative" and bad.score < 0


def test_negation_flips_a_term() -> None:
    assert lexicon_tone(words("proyek itu berhasil")) > 0
    assert lexicon_tone(words("proyek itu tidak berhasil")) < 0


def test_model_probabilities() -> None:
    p = model_probs(words("makanan nya enak sekali dan tempat nya nyaman"))
    assert abs(float(p.sum()) - 1.0) < 1e-9
    assert int(p.argmax()) == 2  # positive


def test_label_band() -> None:
    assert label_of(-50, 10) == "negative"
    assert label_of(5, 10) == "neutral"
    assert label_of(10, 10) == "positive"


def test_empty_text_is_neutral_and_bounded() -> None:
    assert article_tone("") == article_tone("  ...  ")
    t = article_tone("")
    assert t.score == 0.0 and t.label == "neutral"


def test_stage_declares_contract() -> None:
    assert ToneStage.name == "tone"
    assert ToneStage.requires == frozenset({"text", "title"})
    assert ToneStage.provides == frozenset({"tone"})


def test_mark_negation_window() -> None:
    neg = frozenset({"tidak"})
    assert mark_negation(["tidak", "enak", "sekali", "tapi"], neg, 2) == [
        "tidak", "!enak", "!sekali", "tapi"]
    assert mark_negation(["enak"], neg, 2) == ["enak"]


def test_slang_is_normalised() -> None:
    assert normalise(words("makanan nya gak enak bgt")) == [
        "makanan", "nya", "tidak", "enak", "banget"]
    assert normalise(["kalo"], {}) == ["kalo"]  # an empty table changes nothing


def test_features_mark_negated_words_keep_pairs() -> None:
    lex = load_lexicon()
    f = features(words("pelayanan gak ramah"), lex)
    assert "!ramah" in f and "ramah" not in f
    assert "tidak ramah" in f  # pairs read the normalised words, unmarked


def test_model_reads_negation() -> None:
    pos = model_probs(words("makanan nya enak dan pelayanan nya ramah"))
    neg = model_probs(words("makanan nya tidak enak dan pelayanan nya tidak ramah"))
    assert int(pos.argmax()) == 2
    assert int(neg.argmax()) == 0
