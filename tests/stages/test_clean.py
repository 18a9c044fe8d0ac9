import pytest

from warta.stages.clean import clean_text, normalise_whitespace


def test_datelines_give_source_and_leave_body() -> None:
    cases = {
        "Suara.com - Pemerintah mengumumkan.": ("Suara.com", "Pemerintah mengumumkan."),
        "JAKARTA, KOMPAS.com - Polisi menangkap.": ("Kompas.com", "Polisi menangkap."),
        "Jakarta, CNN Indonesia -- Harga naik.": ("CNN Indonesia", "Harga naik."),
        # IndoSum's tokenised text writes the "--" as "- -"
        "Jakarta , CNN Indonesia - - Harga naik .": ("CNN Indonesia", "Harga naik ."),
        "Liputan6.com, Jakarta - Presiden tiba.": ("Liputan6.com", "Presiden tiba."),
        "TEMPO.CO, Jakarta - Menteri berkata.": ("Tempo.co", "Menteri berkata."),
        "(ANTARA) - Banjir melanda.": ("Antara", "Banjir melanda."),
        "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan batal.":
            ("Antara", "Sebanyak 29 penerbangan batal."),
    }
    for raw, (source, body) in cases.items():
        c = clean_text(raw)
        assert c.source == source, raw
        assert c.text == body, raw


def test_no_dateline_keeps_text_and_no_source() -> None:
    c = clean_text("Presiden - yang baru dilantik - berpidato.")
    assert c.source is None
    assert c.text == "Presiden - yang baru dilantik - berpidato."


def test_related_lines_leave_body_and_keep_headline() -> None:
    raw = ("Paragraf satu.\nBaca Juga: Judul Pertama!\nParagraf dua.\n"
           "Baca juga: Judul Kedua\nSimak juga: Judul Ketiga\nParagraf tiga.")
    c = clean_text(raw)
    assert c.related == ("Judul Pertama!", "Judul Kedua", "Judul Ketiga")
    assert c.text == "Paragraf satu.\nParagraf dua.\nParagraf tiga."


def test_inline_parenthesised_related_headline() -> None:
    c = clean_text("Ia datang. (Baca juga: Kapal Tenggelam di Selat Sunda) Lalu pergi.")
    assert c.related == ("Kapal Tenggelam di Selat Sunda",)
    assert "Baca" not in c.text and "Lalu pergi." in c.text


def test_ads_and_credits_dropped() -> None:
    raw = ("Isi berita.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nLanjutan berita.\n"
           "Editor: Budi Santoso\nLanjutan akhir. (ant/rdn)")
    c = clean_text(raw)
    assert c.text == "Isi berita.\nLanjutan berita.\nLanjutan akhir."


def test_whitespace_normalised_paragraphs_kept() -> None:
    assert normalise_whitespace("a\u00a0 b\r\n\r\n\u200bc  d\n") == ["a b", "c d"]


def test_clean_is_idempotent() -> None:
    raw = "Suara.com - Isi.\nBaca Juga: X\nLagi."
    once = clean_text(raw).text
    assert clean_text(once).text == once


def test_tokenised_corpus_forms() -> None:
    """Forms found in IndoSum's tokenised text (spaces inside brackets, other sites)."""
    cases = {
        "Jakarta ( ANTARA News ) - Harga naik .": ("Antara", "Harga naik ."),
        "JAKARTA ( Pos Kota ) – Polisi datang .": ("Pos Kota", "Polisi datang ."),
        "Rimanews - Menteri berkata .": ("Rimanews", "Menteri berkata ."),
        "JUARA.NET , TOKYO - Atlet menang .": ("JUARA.net", "Atlet menang ."),
        "BARCELONA , JUARA.net - Messi cetak gol .": ("JUARA.net", "Messi cetak gol ."),
        "INGGRIS - Liga dimulai .": (None, "Liga dimulai ."),
    }
    for raw, (source, body) in cases.items():
        c = clean_text(raw)
        assert (c.source, c.text) == (source, body), raw


def test_bracketed_and_trailing_related_forms() -> None:
    c = clean_text("Isi satu .\n[ Baca juga : Judul Satu ]\nIsi dua . Baca juga : Judul Dua\n"
                   "Isi tiga [ Baca juga : Judul Tiga ] lanjut .")
    assert c.related == ("Judul Satu", "Judul Dua", "Judul Tiga")
    assert c.text == "Isi satu .\nIsi dua .\nIsi tiga lanjut ."


def test_navigation_dates_breadcrumbs_and_counters_dropped() -> None:
    # Issue 15: a Detik page kept its date list and page counter, Republika its crumbs.
    raw = ("Home >\nBerita\nHome > Berita > Nasional\nKamis, 05/11/2015 09:25 WIB\n"
           "- Rabu, 04/11/2015 23:45 WIB\nJumat , 17 February 2017, 13:16 WIB\n"
           "Isi berita pertama.\n-\n01\n* * *\nIsi berita kedua.")
    c = clean_text(raw)
    assert c.text == "Berita\nIsi berita pertama.\nIsi berita kedua."


def test_video_promotions_and_credit_lines_dropped() -> None:
    raw = ('Isi berita.\nTonton juga video "Prabowo Resmikan Jalan Tol" di sini:\n'
           "Simak juga Video: Menteri Tinjau Banjir\nSaksikan Live DetikPagi:\n"
           "Artikel ini ditulis oleh Hanan Jamil, peserta program magang di detikcom.\n"
           "Artikel ini telah tayang di CNN Indonesia.\nDisclaimer: Komentar pribadi.\n"
           "12 Komentar\nRedaksi: redaksi[at]detikfinance.com\nCOPYRIGHT © ANTARA 2015\n"
           "Penutup berita.")
    c = clean_text(raw)
    assert c.text == "Isi berita.\nPenutup berita."
    assert c.related == ()
    # A sentence that only mentions an article being written stays.
    kept = "Ia belum bertanding saat artikel ini ditulis oleh redaksi."
    assert clean_text(kept).text == kept


def test_editor_tags_after_a_sentence_removed() -> None:
    c = clean_text('DPD belum memiliki tempat. [idr]\n"Kami siap," katanya. [cob]\n[tsr]\n'
                   "Seluruh kabupaten [dan] kota ikut. Lagu [Perfect] itu laris.")
    assert c.text == ('DPD belum memiliki tempat.\n"Kami siap," katanya.\n'
                      "Seluruh kabupaten [dan] kota ikut. Lagu [Perfect] itu laris.")


def test_more_datelines() -> None:
    cases = {
        "Kapanlagi.com - Brandon Salim makin mantap.":
            ("KapanLagi.com", "Brandon Salim makin mantap."),
        "Jakarta, KompasOtomotif – Tahun depan dua produsen datang.":
            ("KompasOtomotif", "Tahun depan dua produsen datang."),
        "Jakarta, detikcom - Harga naik.": ("Detik", "Harga naik."),
    }
    for raw, (source, body) in cases.items():
        c = clean_text(raw)
        assert (c.source, c.text) == (source, body), raw


def test_outlet_self_description_dropped() -> None:
    raw = ("Isi berita.\nDailySocial.id adalah portal berita startup dan inovasi teknologi. "
           "Kamu bisa menjadi member komunitas startup.\nPenutup.")
    assert clean_text(raw).text == "Isi berita.\nPenutup."


def test_an_outlet_describing_itself_is_the_outlet_the_text_names() -> None:
    # cuts16: the closing line is dropped, the outlet it names kept (a web domain or a
    # known outlet); a sentence of the same shape naming no outlet gives none
    raw = ("Aplikasi itu kini bisa diunduh gratis.\nTeknoKita.com merupakan situs berita "
           "gawai dan aplikasi. Ikuti ulasan terbarunya setiap hari.")
    c = clean_text(raw)
    assert (c.text, c.outlet_line, c.source_written) == (
        "Aplikasi itu kini bisa diunduh gratis.", "TeknoKita.com", None)
    assert clean_text("Awal.\nBerikut adalah situs berita yang dibaca warga.").outlet_line \
        is None


def test_dateline_without_a_dash() -> None:
    # A bold dateline that ran into the text when the page was extracted.
    c = clean_text("Liputan6.com, Jakarta London Love Story, film kedua, laris.")
    assert (c.source, c.dateline_place, c.text) == (
        "Liputan6.com", "Jakarta", "London Love Story, film kedua, laris.")
    c = clean_text('Liputan6.com, Bandung "Kami siap," kata dia.')
    assert (c.source, c.text) == ("Liputan6.com", '"Kami siap," kata dia.')
    # The outlet named inside a sentence is no dateline.
    kept = "Liputan6.com, menemui duo produser film ini di Senayan."
    assert clean_text(kept).text == kept and clean_text(kept).source is None


def test_disclosure_lines_dropped() -> None:
    raw = ("Isi berita.\nDisclosure: Artikel ini adalah advertorial yang didukung oleh "
           "Blue Bird.\n— Disclosure: DailySocial merupakan media partner acara ini.\n"
           "Bintang Disclosure itu datang ke Jakarta.")
    assert clean_text(raw).text == "Isi berita.\nBintang Disclosure itu datang ke Jakarta."


def test_glued_live_call_and_underscored_label_dropped() -> None:
    # A live-stream call whose link text is glued on, and IndoSum's "Baca_Juga" label.
    raw = "Isi berita.\nSaksikan LiveDetikpagi:\nBaca_Juga\nPenutup berita."
    assert clean_text(raw).text == "Isi berita.\nPenutup berita."
    kept = "Saksikan lively debat itu di televisi."
    assert clean_text(kept).text == kept


def test_a_label_opening_a_block_of_headlines_sends_them_to_related() -> None:
    # Suara.com's "BERITA MENARIK LAINNYA:" and kumparan's "Baca Juga:" alone on a line,
    # each headline on its own line after it (IndoSum 1477645224, 1492835445).
    raw = ("Isi berita yang cukup panjang untuk satu paragraf.\n"
           "Suara.com - BERITA MENARIK LAINNYA:\n"
           "Lama Tak Muncul, Teman Ahok Beberkan Asal Pendukung Ahok\n"
           "Amir Papalia Ternyata Tahu Pembunuh Mirna dari Paranormal!")
    c = clean_text(raw)
    assert c.text == "Isi berita yang cukup panjang untuk satu paragraf."
    assert c.related == ("Lama Tak Muncul, Teman Ahok Beberkan Asal Pendukung Ahok",
                         "Amir Papalia Ternyata Tahu Pembunuh Mirna dari Paranormal!")
    raw = ("Isi berita.\nBaca juga:\nSebelum bercinta, lebih baik minum kopi\n"
           "\"Kami siap,\" kata dia.\nPenutup berita.")
    c = clean_text(raw)
    assert c.related == ("Sebelum bercinta, lebih baik minum kopi",)
    assert c.text == "Isi berita.\n\"Kami siap,\" kata dia.\nPenutup berita."


def test_a_label_before_a_paragraph_of_the_body_leaves_it() -> None:
    # Suara's "Baca_Juga" whose headline was a link: the next line is the article's.
    body = ("Kata Amran, produksi ayam ras nasional di Indonesia saat ini mengalami surplus "
            "dengan konsumsi yang tinggi.")
    c = clean_text(f"Isi berita.\nBaca_Juga\n{body}")
    assert c.text == f"Isi berita.\n{body}" and c.related == ()


def test_a_trailing_simak_juga_with_a_dash_is_related() -> None:
    c = clean_text("Icardi menjalankan tugasnya dengan sempurna. SIMAK JUGA - Antonio Cassano: "
                   "Juventus Tangguh, Tapi Inter Milan Juara")
    assert c.text == "Icardi menjalankan tugasnya dengan sempurna."
    assert c.related == ("Antonio Cassano: Juventus Tangguh, Tapi Inter Milan Juara",)


@pytest.mark.parametrize("raw, want", [
    # an opening mark glued to the end of the sentence before (Detik-1k 83, 62)
    ('"Kami siap," kata dia di sektor pangan."Kami sangat mengapresiasi," ujarnya.',
     '"Kami siap," kata dia di sektor pangan. "Kami sangat mengapresiasi," ujarnya.'),
    # a closing mark glued to the next word (Detik-1k 48, 67)
    ('"Asetnya naik sebesar Rp1,1 triliun,"terangnya.',
     '"Asetnya naik sebesar Rp1,1 triliun," terangnya.'),
    ('Ia melanjutkan,"Program ini baik," ujar Ali.',
     'Ia melanjutkan, "Program ini baik," ujar Ali.'),
    # curly marks: a closing one glued to the next opening one, and a closing glyph
    # written to open (IndoSum 1478827227, 1506582544, 1513586220)
    ('“Kami bisa lebih banyak,”“Jadi, kami beri label SNI,” terang dia.',
     '“Kami bisa lebih banyak,” “Jadi, kami beri label SNI,” terang dia.'),
    ('Hal itu dibenarkan oleh Martinus.”Besok Syahrini hadir,” kata dia.',
     'Hal itu dibenarkan oleh Martinus. ”Besok Syahrini hadir,” kata dia.'),
    # marks with a space on one side stay as they are
    ('Ia menyebut kata "pangan" dan "papan" dalam pidatonya.',
     'Ia menyebut kata "pangan" dan "papan" dalam pidatonya.'),
])
def test_glued_quotation_marks_get_their_space(raw: str, want: str) -> None:
    assert clean_text(raw).text == want


@pytest.mark.parametrize("line", [
    'Tonton juga "Bank Indonesia Umumkan BI-Rate Tetap 5,75%" di sini:',
    "'Simak juga video: Soal Artis Ramai Dijadikan Duta, Ini Kata Pengamat Kebijakan Publik'",
])
def test_video_promotions_with_a_quoted_title_are_dropped(line: str) -> None:
    # Detik-1k 77, 468: the promotion names its video in quotation marks.
    c = clean_text(f"Isi berita.\n{line}")
    assert (c.text, c.related) == ("Isi berita.", ())


# The inline patterns as first written, each opening with a look-behind or `\s*`; the
# shipped ones open with a consumed class (faster to search) and must match the same spans.
_FIRST_FORMS = (
    r'\s*[\(\[]\s*(?:Baca|Simak|Lihat)(?:\s+[Jj]uga)?\s*:\s*(?P<headline>[^()\[\]\n]{3,200}?)'
    r'\s*[\)\]]',
    r'(?<=[.!?”"])\s+(?:Baca|BACA)\s+(?:[Jj]uga|JUGA)\s*:\s*(?P<headline>[^\n]{3,200})$',
    r'(?<=[.!?”"])\s+(?:Simak|SIMAK|Lihat|LIHAT|Baca|BACA)\s+(?:[Jj]uga|JUGA)\s*[-–]\s*'
    r'(?P<headline>[^\n]{3,200})$',
    r'(?:(?<=[.!?”"’\x27)])\s*|^)\[\s*[A-Za-z]{2,12}(?:\s*/\s*[A-Za-z]{2,12}){0,3}\s*\]\s*$',
)


def test_inline_patterns_match_as_their_first_forms() -> None:
    import random
    import re

    from warta.stages.clean import _rules

    rules = _rules()
    shipped = (*rules.related_inline, *rules.tags)
    assert len(shipped) == len(_FIRST_FORMS)
    # Slot by slot (text, sentence end, spaces, bracket, label, separator, headline,
    # closing bracket, tail), each slot also empty or a stray piece, so most strings come
    # near a match and many match.
    slots = (["", "x", "Berita"], ["", ".", "!", "”", '"', "’", "'", ")", ","],
             ["", " ", "  ", "\t"], ["", "(", "[", " (", "(["],
             ["", "Baca", "BACA", "Simak", "Lihat", "x"], ["", " juga", " JUGA", " Juga", "juga"],
             ["", ":", " : ", " - ", "–", "/"], ["", "idr", "ant/rdn", "Judul Berita", "ab"],
             ["", ")", "]", " ]", "))"], ["", " ", ".", "x"])
    rnd = random.Random(7)
    texts = ["".join(rnd.choice(slot) for slot in slots) for _ in range(20000)]
    texts += ["[idr]", " [idr]", "a. [idr]", "a.[idr]", "a [idr]", "x ([Baca juga: abc])",
              "x  (Baca juga: abcd)", "(Baca: abc)", "[ Baca juga : abc ]",
              "selesai. Baca juga: Judul", "selesai.  SIMAK JUGA - Judul Lain"]
    hits = 0
    for first, new in zip(_FIRST_FORMS, shipped, strict=True):
        old = re.compile(first)
        for s in texts:
            want = [(m.span(), m.groupdict()) for m in old.finditer(s)]
            assert [(m.span(), m.groupdict()) for m in new.finditer(s)] == want, (first, s)
            hits += bool(want)
    assert hits > 1000


@pytest.mark.parametrize("raw, want", [
    # numtime: IndoSum glues a sentence end to an acronym opening the next one
    ("Myanmar dianggap gagal melindungi HAM.PBB pun meminta penghentian kekerasan.",
     "Myanmar dianggap gagal melindungi HAM. PBB pun meminta penghentian kekerasan."),
    ("Hujan turun sejak akhir Desember.Pemerintah menyiapkan posko.",
     "Hujan turun sejak akhir Desember. Pemerintah menyiapkan posko."),
    # initials, degrees, web addresses, e-mails and numbers keep their stops
    ("Budi Santoso, S.H., M.Si membuka laman detik.com dan www.Kompas.com.",
     "Budi Santoso, S.H., M.Si membuka laman detik.com dan www.Kompas.com."),
    ("Surat dikirim ke humas@Kemlu.go.id pada Rp 1.500.000.",
     "Surat dikirim ke humas@Kemlu.go.id pada Rp 1.500.000."),
    # abbreviations with no vowel and short codes: "PN Niaga Jkt.Pst", "ID.Connect"
    ("Perkara itu diputus PN Niaga Jkt.Pst dalam acara ID.Connect di Jakarta.",
     "Perkara itu diputus PN Niaga Jkt.Pst dalam acara ID.Connect di Jakarta."),
])
def test_a_stop_glued_to_the_next_sentence_gets_its_space(raw: str, want: str) -> None:
    assert clean_text(raw).text == want


@pytest.mark.parametrize("text", [
    "kata biasa saja\nbaris dua", "a\u200b \u200bb", "a \u200b b", "\ta\u3000\u3000b\u2009",
    "  awal dan akhir  ", "a\u202fb\u200ac", "\ufeffa  b"])
def test_whitespace_left_alone_only_where_the_space_pattern_changes_nothing(text: str) -> None:
    import re

    from warta.stages import clean

    spaces = re.compile(r"[ \t\u00a0\u2009\u200a\u202f\u3000]+")
    zero_width = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
    lines = (spaces.sub(" ", line).strip() for line in zero_width.sub("", text).split("\n"))
    assert clean.normalise_whitespace(text) == [p for p in lines if p]


def test_mojibake_is_repaired_before_the_text_is_written() -> None:
    # Detik-1k: an en dash of UTF-8 read as Latin-1 ("30â\x80\x9350"), a "²" read as "Â²"
    c = clean_text("Kita memakai sekitar 30â\x80\x9350 jenis mineral.\n"
                   "Royalti 1â\x80\x932% dipotong dari harga mÂ².")
    assert c.text == ("Kita memakai sekitar 30–50 jenis mineral.\n"
                      "Royalti 1–2% dipotong dari harga m².")


def test_stage_keeps_the_datelines_place_off_the_text() -> None:
    from warta.record import Article
    from warta.stages.clean import CleanStage

    st = CleanStage()
    assert "dateline" in st.provides
    a = st(Article(id="x", text="KUALA LUMPUR, KOMPAS.com - Polisi menangkap dua orang."))
    assert (a.dateline, a.source, a.text) == ("KUALA LUMPUR", "Kompas.com",
                                              "Polisi menangkap dua orang.")
    # cleaned again, the text has no dateline left: the one found before stays
    assert st(a).dateline == "KUALA LUMPUR"
    assert st(Article(id="y", text="Polisi menangkap dua orang.")).dateline is None


def test_datelines_of_more_outlets_give_place_and_source() -> None:
    cases = {
        "Jakarta, CNBC Indonesia - Harga naik.": ("Jakarta", "CNBC Indonesia"),
        "Bandung, IDN Times - Polisi datang.": ("Bandung", "IDN Times"),
        "JAKARTA, KOMPAS.TV - Harga naik.": ("JAKARTA", "Kompas TV"),
    }
    for raw, (place, source) in cases.items():
        c = clean_text(raw)
        assert (c.dateline_place, c.source) == (place, source), raw
        assert c.text in ("Harga naik.", "Polisi datang."), raw


def test_the_outlet_is_kept_apart_only_where_the_text_names_it() -> None:
    from warta.record import Article
    from warta.stages.clean import CleanStage

    st = CleanStage()
    assert "dateline_source" in st.provides
    # as written, while `source` is the canonical name
    a = st(Article(id="x", text="SURABAYA, JUARA.NET - Tim tamu menang dua gol."))
    assert (a.dateline_source, a.source, a.text) == ("JUARA.NET", "JUARA.net",
                                                     "Tim tamu menang dua gol.")
    assert st(a).dateline_source == "JUARA.NET"  # cleaned again: the one found stays
    # an outlet from the caller or the URL is `source` only
    b = st(Article(id="y", text="Tim tamu menang dua gol.", source="Kompas.com"))
    c = st(Article(id="z", text="Tim tamu menang dua gol.",
                   url="https://news.detik.com/berita/d-1/tim-tamu-menang"))
    assert (b.source, b.dateline_source, c.source, c.dateline_source) == (
        "Kompas.com", None, "Detik", None)
    # a place alone names no outlet
    assert clean_text("MEDAN - Tim tamu menang.").source_written is None


def test_a_dateline_given_by_the_caller_wins_over_the_texts() -> None:
    from warta.record import Article
    from warta.stages.clean import CleanStage

    a = CleanStage()(Article(id="z", dateline="BOGOR",
                             text="DEPOK, KOMPAS.com - Warga menanam pohon di taman kota."))
    # the text's dateline still leaves the body and names the source
    assert (a.dateline, a.source, a.text) == ("BOGOR", "Kompas.com",
                                              "Warga menanam pohon di taman kota.")


def test_a_capitals_dateline_with_its_dash_glued_to_the_body() -> None:
    # cuts19: "SURABAYA -Gubernur …": the dash glued to the body's first word still closes
    # the dateline; a dash inside a capitals word run with no capital after it stays
    c = clean_text("SURABAYA -Gubernur Jawa Timur meninjau banjir .")
    assert (c.dateline_place, c.text) == ("SURABAYA", "Gubernur Jawa Timur meninjau banjir .")
    c = clean_text("MEDAN –Harga cabai naik .")
    assert (c.dateline_place, c.text) == ("MEDAN", "Harga cabai naik .")
    assert clean_text("COVID -19 kembali merebak .").text == "COVID -19 kembali merebak ."
