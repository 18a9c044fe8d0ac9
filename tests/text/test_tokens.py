from functools import cache
from typing import Any

import pytest

from warta.record import Article, Span, Tokens
from warta.stages.segment import SegmentStage
from warta.text.tokens import make_tokens, tokenize, tokens_of

TEXT = "Presiden Joko Widodo tiba di Jl. Sudirman, Jakarta.\nIa bertemu Kim Jong-un (AS)."


def test_tokens_are_spacy_spans_without_whitespace() -> None:
    words = [TEXT[s:e] for s, e in tokenize(TEXT)]
    assert words[:9] == ["Presiden", "Joko", "Widodo", "tiba", "di", "Jl", ".", "Sudirman", ","]
    assert "\n" not in words and words[-7:-4] == ["Jong", "-", "un"]  # hyphens split
    tk = make_tokens(TEXT)
    assert list(zip(tk.starts, tk.ends, strict=True)) == tokenize(TEXT)


def test_index_range_and_words_by_span() -> None:
    tk = make_tokens(TEXT)
    second = TEXT.index("Ia")
    i, j = tk.index_range(second, len(TEXT))
    assert tk.words(TEXT, second) == [TEXT[a:b] for a, b in tk.spans(second, len(TEXT))]
    assert tk.words(TEXT, second)[:2] == ["Ia", "bertemu"] and j == len(tk)
    assert tk.span(i) == Span(start=second, end=second + 2)
    # A range inside one token holds no whole token.
    assert tk.index_range(1, 3)[0] == tk.index_range(1, 3)[1]


def test_segment_provides_tokens_and_json_leaves_them_out() -> None:
    art = SegmentStage()(Article(id="x", text=TEXT))
    assert art.tokens == make_tokens(TEXT)
    assert {s.start for s in art.sentences} <= set(art.tokens.starts)
    d = art.to_dict()
    assert "tokens" not in d
    back = Article.from_dict(d)
    assert back.tokens is None and back == art  # derived data: not part of equality
    assert tokens_of(back) == art.tokens


def test_tokens_of_prefers_the_record_layer() -> None:
    given = Tokens(starts=(0,), ends=(8,))
    assert tokens_of(Article(id="x", text=TEXT, tokens=given)) is given


@cache
def _full_tokenizer() -> Any:
    """spaCy's Indonesian tokenizer with all its exceptions loaded up front (and warta's
    prefixes): what `tokenize` must give, text by text."""
    from spacy.lang.id import Indonesian, IndonesianDefaults
    from spacy.lang.id.punctuation import TOKENIZER_PREFIXES  # type: ignore[attr-defined]

    class _Defaults(IndonesianDefaults):
        prefixes = [p for p in TOKENIZER_PREFIXES if not p.startswith("<(")]

    class _Full(Indonesian):  # type: ignore[no-untyped-call]
        Defaults = _Defaults

    return _Full().tokenizer


def test_exceptions_added_per_text_give_the_tokens_of_all_loaded_up_front() -> None:
    # spaCy builds its tokenizer in about 2 s with all 15,963 exceptions; warta adds the
    # hyphenated ones a text holds, and must give the same tokens.
    full = _full_tokenizer()
    texts = [TEXT, "anak -anak dan anak- anak, xanak-anak (anak-anak) Anak-Anak ANAK-ANAK.",
             "kupu-kupu-kupu -_- -__- mata-mata:\nrata-rata Dr. med A. C++ 8D",
             "Ia tiba-tiba pergi; sehari-hari 10-15 km ke-3 e-KTP anak-anak.",
             # runs of whitespace are tokens of their own, which IS_SPACE drops
             "dua  spasi\t\ttab \u00a0 nbsp \n\n baris\u2009tipis  .",
             # line breaks read as spaces: the same tokens, paragraph after paragraph
             "Satu :) paragraf.\nDua, anak-anak (Jl. Sudirman).\n\n\nTiga dll.\n",
             "\nAwal baris.\n \nSpasi sesudah baris \n",
             # ... but not where an exception written with a space could then match
             "Gelar Dr.\nmed dan Dr. med, Dr.\nrer. nat. dan Dr. rer. nat."]
    for text in texts:
        arr = full(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
        assert tokenize(text) == [(i, i + n) for i, n, space in arr if not space], text


def test_a_title_without_the_spaced_exceptions_takes_the_chunk_path() -> None:
    # Only a text that may hold an exception written with a space ("Dr. med") goes to
    # the tokenizer whole; "Dr." before a name goes chunk by chunk, with the tokens of
    # the whole text at once.
    from warta.text import tokens

    _, exceptions = tokens._nlp()
    for text in ["Gelar Dr.\nmed.", "Dr.  rer. nat.", "(Dr. phil.)", "Dr. medis"]:
        assert tokens._spaced_windows(text, exceptions), text
    texts = ["Dr. Tedros (WHO) dan Dr.Fathur, S.H., M.Hum. di RS Dr. Kariadi.",
             "Dr. Mardani, ayat ini; Dr.\nStuart Fischer: 'Dr. dr. Damar' Dr.",
             "dr. med Dr.med Dr.-med xDr. Rer (Dr.) phil Dr.phil. MED Dr. Med"]
    full = _full_tokenizer()
    for text in texts:
        assert not tokens._spaced_windows(text, exceptions), text
        tokens._spans.cache_clear()
        arr = full(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
        assert tokenize(text) == [(i, i + n) for i, n, space in arr if not space], text


def test_a_spaced_exception_retokenizes_only_the_chunks_around_it() -> None:
    # A long text that holds "Dr. med" goes chunk by chunk but for a few chunks around
    # it, sent to the tokenizer together: the tokens of the whole text at once, at the
    # text's edges, next to each other, across a line break and beside a sentence end.
    # (spaCy 3's tokens there are those of the chunks alone; this guards the splice,
    # and the windows should a spaCy apply such exceptions.)
    from warta.text import tokens

    full = _full_tokenizer()
    around = "Kata (pertama). anak-anak, “Ia tiba-tiba,” ujar Prof. A. Rp.5 juta dll. "
    middles = ["Dr. med", "(Dr. phil.)", "Dr. rer. nat. Dr. rer. pol. Dr. iur. x",
               "Dr.\nmed Dr. medis.", "Dr.  rer. nat.", "xDr. phil.", "Dr. Dr. med."]
    for mid in middles:
        for text in [mid, mid + " " + around, around + mid, around * 3 + mid + around * 3,
                     around + "\n" + mid + "\n" + around, around + mid + mid + around]:
            assert tokens._spaced_windows(text, tokens._nlp()[1]), text
            tokens._spans.cache_clear()
            arr = full(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
            assert tokenize(text) == [(i, i + n) for i, n, space in arr if not space], text


def test_a_text_needs_the_hyphenated_exceptions_it_holds_even_across_spaces() -> None:
    from warta.text.tokens import _nlp

    _, exceptions = _nlp()
    fresh = type(exceptions)(exceptions.rules)
    assert "anak-anak" in fresh.needed("dua anak- anak")
    assert "Anak-Anak" in fresh.needed("(Anak-Anak)")
    assert fresh.needed("tanpa tanda hubung") == []


def test_new_word_forms_compute_only_the_attribute_tokens_read() -> None:
    from spacy.attrs import IS_SPACE

    from warta.text.tokens import _nlp

    nlp, _ = _nlp()
    assert set(nlp.vocab.lex_attr_getters) == {IS_SPACE}
    tokenize("katabaruyangbelumpernahada  \u00a0 .")
    assert nlp.vocab["katabaruyangbelumpernahada"].is_space is False
    assert nlp.vocab["  "].is_space is True


def test_chunks_read_back_give_the_tokens_of_a_fresh_tokenizer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Chunks seen before (and a store emptied when full) give the tokens spaCy gives the
    # whole text at once, whatever came before.
    from warta.text import tokens

    texts = ["Ia tiba-tiba pergi (anak-anak), Jl. Sudirman 10.000 km: e-KTP ke-3.",
             "tiba-tiba (anak-anak), Jl. ke-3. Sudirman 10.000 e-KTP km: pergi Ia",
             "anak-anak anak- anak -anak :) Rp.5.000,00 (AS) 'Jum'at' \"kata\" dll.",
             "kata kata kata. kata, (kata) kata-kata"]
    wanted = [_whole_text_tokens(t) for t in texts]
    for bound in (1000, 3):
        monkeypatch.setattr(tokens, "MAX_CHUNKS", bound)
        for _ in range(2):
            for text, want in zip(texts, wanted, strict=True):
                tokens._spans.cache_clear()
                assert tokenize(text) == want, (bound, text)


def test_chunks_of_letters_alone_skip_the_tokenizer_with_its_tokens() -> None:
    # `_chunk_spans` makes a chunk of letters alone one token, and letters and a comma
    # two, without calling spaCy (unless an exception or a prefix such as "Rp" or "USD"
    # may apply): spaCy must give the same tokens for letters of every script, alone and
    # beside others (all 131,756 letters in nine such forms were checked once; a
    # seventh of them here).
    from warta.text import tokens

    letters = [c for c in map(chr, range(0x110000)) if c.isalpha()][::7]
    forms = [*letters, *("a" + c for c in letters), *(c + "B" for c in letters),
             *(c + "," for c in letters), "Rp", "Rpx", "USD", "USDA", "SGDx", "IDR", "XD",
             "xDD", "Lc", "kata", "Ünïcödé", "Rp,", "USDA,", "XD,", "kata,", "M.Kes,"]
    text = " ".join(forms)
    tokens._spans.cache_clear()
    assert tokenize(text) == _whole_text_tokens(text)


def test_letters_and_one_mark_skip_the_tokenizer_with_its_tokens() -> None:
    # `_chunk_spans` splits letters and one mark the suffix rules take off alone
    # ("kata.", "KPK)", "dia?") without calling spaCy; abbreviations ("dll.", "Jl."),
    # single capitals ("A.") and prefixes ("Rp.") go to spaCy. Every mark below U+30000
    # after eleven words was checked once; every ninth of them here, after three.
    from warta.text import tokens

    marks = [c for c in map(chr, range(0x3000)) if not c.isalnum() and not c.isspace()]
    forms = [w + m for w in ("kata", "KPK", "Ünïcödé") for m in marks[::9]]
    forms += [w + m for w in ("dll", "Jl", "A", "aS", "Rp", "st", "a", "Prof")
              for m in ".,:;?!)]\"”’'…-/%"]
    text = " ".join(forms)
    tokens._spans.cache_clear()
    assert tokenize(text) == _whole_text_tokens(text)


def _whole_text_tokens(text: str) -> list[tuple[int, int]]:
    """The tokens of `text` in one call of warta's tokenizer, past the chunk store."""
    from warta.text.tokens import _nlp

    nlp, exceptions = _nlp()
    nlp.add(exceptions.needed(text))
    arr = nlp(text).to_array(["IDX", "LENGTH", "IS_SPACE"]).tolist()
    return [(i, i + n) for i, n, space in arr if not space]


def test_chunk_offsets_and_expansion_match_a_regex_scan() -> None:
    # `_chunk_spans` reads chunks and their offsets from one split (`_chunks_at`) and
    # copies one-token chunks by slices (`_expand`): the same spans as `\S+` matches read
    # one by one, for every kind of whitespace, at either end or none.
    from warta.text.tokens import _CHUNK, _chunks_at, _expand

    gaps = [" ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "  \n ", "\x1c"]
    texts = ["", " ", "\n\n", "a", " a", "a ", "Rp.5 ,a", "(AS) Jong-un."]
    texts += [g.join(["x", "“Ia", "", "10.000,"]) + g for g in gaps]
    texts += [g + g.join(["kata", "dia?"]) for g in gaps]
    for text in texts:
        ms = list(_CHUNK.finditer(text))
        assert _chunks_at(text) == ([m.group() for m in ms], [m.start() for m in ms]), text
        words, at = _chunks_at(text)
        # Every second chunk split into its first character and the rest.
        rel = [((0, 1), (1, len(w))) if k % 2 and len(w) > 1 else None
               for k, w in enumerate(words)]
        want_s: list[int] = []
        want_e: list[int] = []
        for m, r in zip(ms, rel, strict=True):
            for a, b in r or ((0, len(m.group())),):
                want_s.append(m.start() + a)
                want_e.append(m.start() + b)
        assert _expand(words, at, rel) == (tuple(want_s), tuple(want_e)), text
