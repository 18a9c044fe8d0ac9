from warta.stages.segment import paragraphs, split_sentences


def _sents(text: str) -> list[str]:
    return [s.of(text) for s in split_sentences(text)]


def test_abbreviations_do_not_split() -> None:
    t = ("Ia tinggal di Jl. Sudirman No. 5 bersama Prof. Dr. H. Ahmad, S.H., M.Si. di Kab. "
         "Bogor, Prov. Jawa Barat. Kompol. Budi dan PT Maju Tbk. hadir. Mereka pulang.")
    assert _sents(t) == [
        "Ia tinggal di Jl. Sudirman No. 5 bersama Prof. Dr. H. Ahmad, S.H., M.Si. di Kab. "
        "Bogor, Prov. Jawa Barat.",
        "Kompol. Budi dan PT Maju Tbk. hadir.",
        "Mereka pulang.",
    ]


def test_initials_do_not_split() -> None:
    assert _sents("B. J. Habibie lahir di Parepare. Ia insinyur.") == [
        "B. J. Habibie lahir di Parepare.", "Ia insinyur."]


def test_quote_and_attribution_stay_together() -> None:
    t = "“Kami siap. Kami akan menang,” ujar Kim. “Apa?” tanya dia. Lalu ia pergi."
    assert _sents(t) == ["“Kami siap. Kami akan menang,” ujar Kim.", "“Apa?” tanya dia.",
                         "Lalu ia pergi."]


def test_closing_quote_belongs_to_previous_sentence() -> None:
    t = "Ia berkata, “Kita harus bersatu.” Massa bersorak."
    assert _sents(t) == ["Ia berkata, “Kita harus bersatu.”", "Massa bersorak."]


def test_dll_may_end_sentence_before_capital() -> None:
    assert _sents("Ia membeli beras, gula, dll. Kemudian ia pulang.") == [
        "Ia membeli beras, gula, dll.", "Kemudian ia pulang."]


def test_decimal_and_lowercase_continuation() -> None:
    assert _sents("Harga naik 1,5 persen. Inflasi 2.5 persen dan stabil.") == [
        "Harga naik 1,5 persen.", "Inflasi 2.5 persen dan stabil."]


def test_line_break_always_ends_sentence_and_spans_point_into_text() -> None:
    t = "Paragraf satu tanpa titik\nParagraf dua. Kalimat tiga!"
    spans = split_sentences(t)
    assert [s.of(t) for s in spans] == ["Paragraf satu tanpa titik", "Paragraf dua.",
                                       "Kalimat tiga!"]
    assert [p.of(t) for p in paragraphs(t)] == ["Paragraf satu tanpa titik",
                                               "Paragraf dua. Kalimat tiga!"]


def test_unclosed_quote_does_not_swallow_paragraph() -> None:
    t = "“Kalimat pertama. Kalimat kedua. Kalimat ketiga."
    assert len(split_sentences(t)) == 3


def test_paragraph_breaks_read_from_the_line_breaks_between_tokens() -> None:
    # Blank lines, a break before the first token and after the last, a quotation that
    # closes only in the next paragraph (it does not hold this one's sentences together).
    t = "\n\nSatu. Dua\n\n\n“Tiga. Empat.\nLima.” Enam.\n"
    assert _sents(t) == ["Satu.", "Dua", "“Tiga.", "Empat.", "Lima.”", "Enam."]
    # The closing mark is found as a token, not inside one.
    t2 = "“Ini a”b. Itu.” kata dia. Baru."
    assert _sents(t2) == ["“Ini a”b. Itu.” kata dia.", "Baru."]


def test_given_tokens_are_read_as_made() -> None:
    from warta.record import Tokens
    from warta.text.tokens import make_tokens

    t = "Satu. Dua.\nTiga."
    assert split_sentences(t, make_tokens(t)) == split_sentences(t)
    # A hand-made token that holds the line break: no paragraph break there.
    tk = Tokens(starts=(0, 4, 6, 10, 15), ends=(4, 5, 10, 15, 16))
    assert [s.of(t) for s in split_sentences(t, tk)] == ["Satu.", "Dua.\nTiga."]


def test_marks_are_found_in_later_paragraphs_and_in_one_token_sentences() -> None:
    # The tokens that may end a sentence or open/close a quotation are picked out per
    # paragraph (token range lo..hi, lo > 0 after the first line), each at its own index.
    t = "Awal.\nA. “Kata dia. Lagi.” ujar B. Habibie! Ya?\n“Satu.”\nX"
    assert _sents(t) == ["Awal.", "A. “Kata dia. Lagi.” ujar B. Habibie!", "Ya?",
                         "“Satu.”", "X"]


def test_a_spaced_period_after_an_abbreviation_before_a_name_ends_no_sentence() -> None:
    # whonames: IndoSum's tokens write 'PT.' and 'Kab.' with a space before the period;
    # a lower-case word or a form written after a name ('Tbk') may still end a sentence.
    text = ("Kontrak dengan PT . Persib Bandung Bermartabat diteken . Saham PT Bank Mandiri "
            "Tbk . Lokasi di Kab . Pidie . Jalan keliling kota . Tidak ada .")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Kontrak dengan PT . Persib Bandung Bermartabat diteken .",
                   "Saham PT Bank Mandiri Tbk .", "Lokasi di Kab . Pidie .",
                   "Jalan keliling kota .", "Tidak ada ."]


def test_a_common_word_or_a_form_written_after_a_name_may_end_a_sentence() -> None:
    # seg24: 'kota' and 'hal' are words, not abbreviations, and 'Jr' follows a name, so a
    # period after one ends the sentence; an abbreviation heading a name still does not.
    text = ("Ia diperiksa di Polres Garut Kota. Polisi menyebut dua hal. Pertama, "
            "pelaku dibantu Budi Santoso Jr. Kakaknya tinggal di Kec. Bogor Tengah. "
            "Dr. Ani datang ke Jl. Merdeka.")
    assert _sents(text) == ["Ia diperiksa di Polres Garut Kota.", "Polisi menyebut dua hal.",
                            "Pertama, pelaku dibantu Budi Santoso Jr.",
                            "Kakaknya tinggal di Kec. Bogor Tengah.",
                            "Dr. Ani datang ke Jl. Merdeka."]


def test_a_period_left_on_a_word_ending_in_a_capital_ends_a_sentence() -> None:
    # seg24: the tokenizer keeps the period on "3D." and "GoT."; it is still a sentence's
    # end, while "Plt." (an abbreviation) and "SpA. lalu" (lower-case next) end none.
    text = "Film itu memakai efek 3D. Penonton suka GoT. Dia ditemui Plt. Kepala Dinas."
    assert _sents(text) == ["Film itu memakai efek 3D.", "Penonton suka GoT.",
                            "Dia ditemui Plt. Kepala Dinas."]
    assert _sents("Dokter Ani, SpA. lalu pergi.") == ["Dokter Ani, SpA. lalu pergi."]


def test_a_rank_title_or_currency_before_what_it_heads_ends_no_sentence() -> None:
    # seg25: police and English ranks, 'Alm' and 'Moh' before a name, 'Rp' and 'Vol'
    # before a number, 'Sp' before a specialty: the period is the abbreviation's, spaced
    # (IndoSum's tokens) or not.
    text = ("Kombes Pol . Budi Santoso datang . Menurut Capt . Ahmad kapal aman . "
            "Ia ziarah ke makam Alm . H. Ali Murtopo . Dendanya Rp . 10.000.000 , kata "
            "dr Ani , Sp . OG di Jakarta . Album Vol . 3 dirilis .")
    assert _sents(text) == ["Kombes Pol . Budi Santoso datang .",
                            "Menurut Capt . Ahmad kapal aman .",
                            "Ia ziarah ke makam Alm . H. Ali Murtopo .",
                            "Dendanya Rp . 10.000.000 , kata dr Ani , Sp . OG di Jakarta .",
                            "Album Vol . 3 dirilis ."]
    assert _sents("Penulis: Moh. Ikhsan dari Rep. Ceko, Alm. Budi dan Cq. Biro Umum. "
                  "Ia pulang.") == ["Penulis: Moh. Ikhsan dari Rep. Ceko, Alm. Budi dan "
                                    "Cq. Biro Umum.", "Ia pulang."]


def test_a_split_degree_a_court_city_or_a_directorate_ends_no_sentence() -> None:
    # seg25: 'Ph.D.' that the tokenizer reads as 'Ph.' 'D.', 'Jkt.' in a court's name and
    # 'Dit .' (direktorat) heading a unit are abbreviations, not sentence ends.
    assert _sents("Sambutan Budi, Ph.D. Rektor Unpad, dibacakan. Ia pulang.") == [
        "Sambutan Budi, Ph.D. Rektor Unpad, dibacakan.", "Ia pulang."]
    assert _sents("Perkara di PN Niaga Jkt.Pst ditunda. Ia pulang.") == [
        "Perkara di PN Niaga Jkt.Pst ditunda.", "Ia pulang."]
    assert _sents("Laporan ke PMJ / Dit . Reskrimum diterima . Ia pulang .") == [
        "Laporan ke PMJ / Dit . Reskrimum diterima .", "Ia pulang ."]
