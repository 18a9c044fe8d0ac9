from warta.pipeline import Pipeline
from warta.record import Article
from warta.stages.clean import CleanStage
from warta.stages.segment import SegmentStage
from warta.stages.themes import ThemeStage, find_themes, lexicon_scores, load_lexicon, words

SPORT = ("Timnas Indonesia menang 2-0 atas Vietnam dalam laga kualifikasi Piala Dunia di "
         "Stadion Utama Gelora Bung Karno. Pelatih memuji para pemain yang tampil disiplin. "
         "Gol dicetak striker muda pada babak kedua, dan skuat Garuda naik ke posisi kedua "
         "klasemen grup.")


def test_seed_is_conflict_and_politics_first(seed_text: str) -> None:
    art = Pipeline([CleanStage(), SegmentStage(), ThemeStage()]).run(
        Article(id="seed", text=seed_text))
    top2 = {t.code for t in art.themes[:2]}
    assert top2 == {"iptc:conflict", "iptc:politics"}
    codes = [t.code for t in art.themes]
    assert "gdelt:military" in codes
    assert all(0.0 < t.score <= 1.0 for t in art.themes)


def test_iptc_codes_come_before_gdelt_codes() -> None:
    themes = find_themes(SPORT)
    codes = [t.code for t in themes]
    first_gdelt = next((i for i, c in enumerate(codes) if c.startswith("gdelt:")), len(codes))
    assert all(c.startswith("iptc:") for c in codes[:first_gdelt])
    assert codes[0] == "iptc:sport"


def test_lexicon_needs_distinct_terms() -> None:
    lex = load_lexicon()
    one_term = lexicon_scores(words("perang " * 3 + "lain " * 50), lex)
    assert "iptc:conflict" not in one_term
    two_terms = lexicon_scores(words("perang militer " + "lain " * 50), lex)
    assert 0 < two_terms["iptc:conflict"] < 1


def test_hyphenated_words_stay_whole() -> None:
    assert words("Anak-anak menonton K-Pop.") == ["anak-anak", "menonton", "k-pop"]


def test_empty_text_has_no_themes() -> None:
    assert find_themes("") == ()


def test_stage_declares_contract() -> None:
    assert ThemeStage.name == "themes"
    assert ThemeStage.requires == frozenset({"text", "title"})
    assert ThemeStage.provides == frozenset({"themes"})
