"""Name boundaries at particles, titles and punctuation (warta.ner.bounds) and a town
apart from its province (warta.ner.resolve._joined_places)."""

from __future__ import annotations

from warta.ner.resolve import find_entities
from warta.stages.segment import split_sentences
from warta.text.tokens import make_tokens


def _entities_of(text: str) -> set[tuple[str, str]]:
    tokens = make_tokens(text)
    return {(e.kind, e.name) for e in find_entities(text, split_sentences(text, tokens),
                                                     tokens=tokens)}


def test_particle_takes_the_fathers_name() -> None:
    ents = _entities_of("Polisi mengidentifikasi korban atas nama Pariyah , Emuh binti Saran , "
                        "Sani binti Usih dan Sugiyati .")
    assert ("PERSON", "Emuh binti Saran") in ents
    assert ("PERSON", "Emuh") not in ents


def test_nickname_title_stays_on_a_one_word_name() -> None:
    ents = _entities_of("Jakarta - Mensos Gus Ipul pun mengungkit pesan Prabowo agar semua "
                        "pihak bekerja sama.")
    assert ("PERSON", "Gus Ipul") in ents
    assert ("PERSON", "Ipul") not in ents


def test_hyphenated_surname_completes_a_name_said_alone() -> None:
    ents = _entities_of("Kubu RK juga telah buka suara. Pengacara RK, Muslim Jaya Butar-butar "
                        "yakin Polri profesional. \"Ini bukti penyidik bekerja,\" ujar Muslim "
                        "kepada wartawan.")
    assert ("PERSON", "Muslim Jaya Butar-butar") in ents
    assert ("PERSON", "Muslim") not in ents


def test_abbreviated_given_names_open_the_name() -> None:
    assert ("PERSON", "Moh . Shofan") in _entities_of(
        "Penulis : Moh . Shofan , aktivis Muhammadiyah")
    assert ("PERSON", "Uu . Aulia") in _entities_of(
        "Kongres digelar di Makassar pada 17 Oktober 2016 . ( Uu . Aulia / KR - AMQ )")


def test_doctor_name_without_degree_code_and_fellowships() -> None:
    ents = _entities_of("Surabaya - Kadiskes Kolinlamil Letkol Laut ( K ) dr. Hengky Setyahadi "
                        "Sp . B , FINACS , FICS memimpin fumigasi.")
    assert ("PERSON", "Hengky Setyahadi") in ents
    names = {n for _, n in ents}
    assert not names & {"K", "FINACS", "FICS", "Hengky Setyahadi Sp"}


def test_town_apart_from_its_province() -> None:
    ents = _entities_of("Kongres digelar di Makassar Sulawesi Selatan pada 17 Oktober 2016 .")
    assert {("PLACE", "Makassar"), ("PLACE", "Sulawesi Selatan")} <= ents


def test_a_named_place_below_a_town_apart_from_the_town_after_it() -> None:
    # cuts16: the gazetteer's places below a town ('place') split off as towns do
    ents = _entities_of("Warga Bantul Yogyakarta mengungsi setelah hujan deras semalam .")
    assert {("PLACE", "Bantul"), ("PLACE", "Yogyakarta")} <= ents
    assert ("PLACE", "Bantul Yogyakarta") not in ents
    assert ("PLACE", "Jakarta Selatan") in _entities_of("Rapat di Jakarta Selatan kemarin .")


def test_a_names_short_last_word_before_a_full_stop_stays() -> None:
    ents = _entities_of("Kiper David De Gea tampil baik . Penyelamatan itu dilakukan David De "
                        "Gea . Dia menang.")
    assert ("PERSON", "David De Gea") in ents
    assert ("PERSON", "David De") not in ents


def test_body_takes_its_province_and_the_word_closing_its_short_name() -> None:
    ents = _entities_of("Jakarta - Ketua Asosiasi Provinsi PSSI Jawa Timur Bambang Pramukantoro "
                        "mengatakan PSSI harus netral.")
    assert ("ORG", "Asosiasi Provinsi PSSI Jawa Timur") in ents
    assert ("PLACE", "Jawa Timur") not in ents
    ents = _entities_of("Jakarta - Kepala Departemen Kajian BEM UI Dialo Hujanbiru mengatakan "
                        "mereka berdemonstrasi. Badan Eksekutif Mahasiswa Universitas Indonesia "
                        "( BEM UI ) meminta pemerintah mengevaluasi.")
    assert ("ORG", "Departemen Kajian BEM UI") in ents


def test_acronym_run_into_its_officer_is_cut_but_not_a_body_and_its_town() -> None:
    ents = _entities_of("Jakarta - \" Kami punya anak perusahaan , \" ungkap Head of Corporate "
                        "Communication CMNP Solahuddin kepada kumparan . Solahuddin menambahkan "
                        "hal itu .")
    assert ("PERSON", "Solahuddin") in ents and ("ORG", "CMNP Solahuddin") not in ents


def test_area_named_reads_the_word_after_an_area_word_only() -> None:
    # Tried just before each place the word is written: the same answers as one search
    # of the whole text, bracketed words, word edges and the text's ends included.
    from warta.ner.bounds import _area_named

    assert _area_named("Warga Kota Bone dan Bone.", "Bone")
    assert _area_named("Pemerintah Kabupaten (Pemkab) Bone", "Bone")
    assert not _area_named("Bone menang. Lalu kota (x(y) Bone.", "Bone")
    assert _area_named("Bone menang. Lalu kota (y) Bone.", "Bone")
    assert not _area_named("Warga Kota Bonex dan Bone.", "Bone")
    assert not _area_named("xkota Bone", "Bone")
    assert not _area_named("Kota BoneBone", "Bone")
    assert _area_named("Kota BoneBone Kota Bone", "Bone")
    assert _area_named("kota (Pemkab Bone)", "Bone")  # "Pemkab Bone"
    assert not _area_named("kota (Dinas Bone)", "Bone")


def test_club_before_a_player_is_cut_off() -> None:
    ents = _entities_of(
        "Tottenham Hotspur telah mengonfirmasi perekrutan bek kanan dari Paris Saint - Germain "
        "Serge Aurier dengan nilai transfer £ 23 juta . \" Saya ingin menunjukkan kepada mereka "
        "semua di Spurs Serge Aurier yang sesungguhnya , \" ujar Aurier . SIMAK JUGA : Dapatkan "
        "Izin Kerja , Serge Aurier Segera Gabung . Aurier akan bermain di Spurs .")
    assert ("PERSON", "Serge Aurier") in ents
    assert not any("Aurier" in n for _, n in ents if n != "Serge Aurier")


def test_spaced_hyphenated_surname_stays_whole() -> None:
    ents = _entities_of("Aurier akan bergabung dengan Kieran Trippier dan pemain muda Kyle "
                        "Walker - Peters sebagai pilihan bek kanan . Sebelumnya mereka telah "
                        "menjual Kyle Walker ke Manchester City bulan lalu .")
    assert ("PERSON", "Kyle Walker - Peters") in ents
    assert ("PERSON", "Kyle Walker") in ents
    assert ("PERSON", "Peters") not in ents


def test_title_word_that_is_a_given_name_opens_the_name() -> None:
    tokens = make_tokens(text := (
        "Suara.com - Anggota Dewan Pers Imam Wahyudi menyatakan media abal-abal adalah musuh "
        "kebebasan pers . \" Kami tidak akan melindungi mereka , \" ujar Imam ."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    person = next(e for e in ents if e.kind == "PERSON")
    assert person.name == "Imam Wahyudi"
    assert "Anggota Dewan Pers" in person.roles


def test_given_name_title_after_a_closed_role_opens_the_name() -> None:
    # roles15: 'Menteri Pemuda dan Olahraga ( Menpora ) Imam Nahrawi' and 'anggota Dewan
    # Pers , Imam Wahyudi' (who rounds 181, 259) gave the person cut, 'Imam' his role: a
    # role closed by its bracketed short form or a comma leaves the word to the name.
    for text in (
            "Menteri Agama ( Menag ) Imam Santoso meresmikan gedung baru di Bogor , Senin .",
            "Hal itu disampaikan anggota Komisi Yudisial , Imam Santoso , di Bogor ."):
        tokens = make_tokens(text)
        ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
        person = next(e for e in ents if e.kind == "PERSON")
        assert person.name == "Imam Santoso"
        assert "Imam" not in person.roles
    # Not after a place's bracketed short form: no role closes there.
    ents = _entities_of("Ia terbang ke Amerika Serikat ( AS ) Imam Santoso hadir .")
    assert ("PERSON", "Imam Santoso") not in ents


def test_given_name_title_opening_a_list_item_opens_the_name() -> None:
    # ent25: 'Cadangan : Imam Arief Fadilah ;' (round 279) gave the substitute cut, 'Imam'
    # his role: after a list's colon or semicolon no office stands for the title to begin.
    text = "Cadangan : Imam Budi Santoso ; Jajang Sukmara , Purwaka Yudi ."
    tokens = make_tokens(text)
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    person = next(e for e in ents if e.kind == "PERSON")
    assert person.name == "Imam Budi Santoso" and "Imam" not in person.roles


def test_rank_written_alone_as_the_name_is_a_given_name() -> None:
    # ent28b: 'CEO Djaring Laksamana Mustika … kata Laksamana' (round 289) cut him to
    # 'Mustika': a rank the text writes alone as the name, before no other name and never
    # with his name alone, is his given name.
    ents = _entities_of(
        "Direktur Toko Maju Kolonel Santoso membuka gerai baru di Bogor . \" Kami siap "
        "melayani , \" kata Kolonel .")
    assert ("PERSON", "Kolonel Santoso") in ents
    # An officer named without the rank elsewhere keeps the rank out of his name.
    ents = _entities_of(
        "Komandan Kodim Kolonel Santoso membuka pos baru di Bogor . \" Kami siap , \" kata "
        "Santoso . Pangkatnya naik menjadi Kolonel .")
    assert ("PERSON", "Santoso") in ents
    assert ("PERSON", "Kolonel Santoso") not in ents


def test_given_name_before_a_surname_particle() -> None:
    ents = _entities_of(
        "Patrizia De Luise , Ketua Asosiasi Perhotelan Nasional Italia menyebut okupansi hotel "
        "bisa menembus 400 juta . \" Keamanan menjadi isu paling penting , \" kata De Luise .")
    assert ("PERSON", "Patrizia De Luise") in ents
    assert ("PERSON", "De Luise") not in ents


def test_body_named_for_a_date_keeps_its_year() -> None:
    ents = _entities_of("Mengenai putusan ini, Pakar IT Universitas 17 Agustus 1945 (Untag) "
                        "Surabaya, Supangat menjelaskan aturan itu.")
    assert ("ORG", "Universitas 17 Agustus 1945") in ents
    assert ("ORG", "Universitas 17 Agustus") not in ents


def test_street_keeps_a_capitalised_function_word_before_a_comma() -> None:
    ents = _entities_of("Polisi menjelaskan , HD ditangkap saat berjalan di Jalan Keutamaan Dalam "
                        ", Krukut , Tamansari , Jakarta Barat .")
    assert ("PLACE", "Jalan Keutamaan Dalam") in ents


def test_candidate_pair_cut_at_its_hyphen_after_a_pair_cue() -> None:
    tokens = make_tokens(text := (
        "Permohonan diajukan pasangan calon Bartolomius Mirip - Deny Miagoni kepada KPU . "
        "Dalam pokok permohonannya , pasangan Bartolomius - Deny menduga terjadi rekayasa . "
        "Suara pasangan calon Yulius Yapugau - Yunus Kalabeteme unggul ."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    people = {e.name: e for e in ents if e.kind == "PERSON"}
    assert {"Bartolomius Mirip", "Deny Miagoni"} <= set(people)
    assert not any(" - " in name for name in people)
    assert len(people["Deny Miagoni"].mentions) == 2  # "Deny" of the short pair linked
    assert people["Bartolomius Mirip"].roles == ("calon",)
    assert people["Yunus Kalabeteme"].roles == ("calon",)


def test_hyphened_name_without_a_pair_cue_stays_whole() -> None:
    tokens = make_tokens(text := (
        "Buku karya Jean - Paul Sartre dibaca luas di Prancis . Menurut Jean - Paul Sartre , "
        "manusia bebas ."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    assert any(e.kind == "PERSON" and e.name == "Jean - Paul Sartre" for e in ents)


def test_title_of_nobility_opens_a_name_after_an_office_and_comma() -> None:
    tokens = make_tokens(text := (
        "Wali Kota Palembang, Ratu Dewa menyampaikan keempat Raperda tersebut penting. "
        "Menurut Ratu Dewa, pengkajian lanjutan tersebut diperlukan."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    mayor = next(e for e in ents if e.kind == "PERSON")
    assert mayor.name == "Ratu Dewa"
    assert mayor.roles == ("Wali Kota Palembang",)
    assert not any(e.name == "Dewa" for e in ents)


def test_royal_title_is_a_role_not_part_of_the_name() -> None:
    tokens = make_tokens(text := (
        "Kalung itu diberikan Napoleon Bonaparte kepada istrinya, Permaisuri Marie Louise. "
        "Sementara itu, mahkota Permaisuri Eugénie tidak terangkut."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    people = {e.name: e.roles for e in ents if e.kind == "PERSON"}
    assert people.get("Marie Louise") == ("Permaisuri",)
    assert people.get("Eugénie") == ("Permaisuri",)


def test_body_run_into_its_holder_after_an_office_is_cut() -> None:
    tokens = make_tokens(text := (
        "Hal senada diungkapkan Managing Director Lamudi Indonesia Mart Polman . Secara "
        "terpisah , Polman melihat potensi yang cukup besar untuk pasar properti ."))
    ents = find_entities(text, split_sentences(text, tokens), tokens=tokens)
    people = {e.name: e for e in ents if e.kind == "PERSON"}
    assert "Mart Polman" in people
    assert people["Mart Polman"].roles == ("Managing Director Lamudi Indonesia",)
    assert not any("Polman" in e.name for e in ents if e.kind == "ORG")


def test_body_named_with_the_run_into_its_officer_is_cut() -> None:
    tokens = make_tokens(text := (
        "Sementara itu, Manajer Riset dan Pengetahuan The Prakarsa Roby Rushandie menilai, "
        "Sri Mulyani menjadi sosok yang sangat disukai para investor global."))
    ents = {(e.kind, e.name): e for e in find_entities(
        text, split_sentences(text, tokens), tokens=tokens)}
    assert ("ORG", "The Prakarsa") in ents
    assert ents[("PERSON", "Roby Rushandie")].roles == (
        "Manajer Riset dan Pengetahuan The Prakarsa",)


def test_facility_named_after_a_person_is_one_place_and_a_rank_ends_a_base() -> None:
    tokens = make_tokens(text := (
        "Sebelumnya , Barack Obama dilaporkan telah tiba di Bandar Udara Internasional I "
        "Gusti Ngurah Rai , Bali , untuk berlibur . Obama disambut Komandan Pangkalan Udara "
        "Ngurah Rai Kolonel Penerbang Wayan Superman ."))
    ents = {(e.kind, e.name): e for e in find_entities(
        text, split_sentences(text, tokens), tokens=tokens)}
    assert ("PLACE", "Bandar Udara Internasional I Gusti Ngurah Rai") in ents
    assert ("PERSON", "I Gusti Ngurah Rai") not in ents
    assert ("PLACE", "Pangkalan Udara Ngurah Rai") in ents
    assert ("PERSON", "Wayan Superman") in ents


def test_name_takes_a_french_elided_particle() -> None:
    assert ("PLACE", "Galerie d'Apollon") in _entities_of(
        "Pencurian terjadi di Galerie d'Apollon, Museum Louvre, Paris, pada Minggu pagi.")


def test_rank_honorific_and_written_out_title_stay_off_the_name() -> None:
    ents = _entities_of("Dia dicurigai melempar granat yang menyebabkan Sersan Christopher "
                        "Speer tewas . Pria beristrikan Ny Mestafuljana , mengaku bangga . "
                        "Oleh karena itu ahli kesehatan Profesor Philip Tierno mengimbau "
                        "segera mencuci handuk .")
    assert {("PERSON", "Christopher Speer"), ("PERSON", "Mestafuljana"),
            ("PERSON", "Philip Tierno")} <= ents


def test_glued_degree_with_its_bracket_ends_the_name() -> None:
    ents = _entities_of("Hal itu dikatakan dokter Damayanti R Sjarif SpA(K ) , di Jakarta , "
                        "Senin .")
    assert ("PERSON", "Damayanti R Sjarif") in ents


def test_sentence_opening_common_word_and_lower_case_run_stay_off_a_name() -> None:
    ents = _entities_of("Mata uang Asia Pasifik kompak mengalami pelemahan menjelang batas "
                        "akhir negosiasi tarif .")
    assert ("PLACE", "Asia Pasifik") in ents
    assert ("PLACE", "Mata uang Asia Pasifik") not in ents


def test_a_place_head_opening_a_sentence_keeps_its_lower_case_word() -> None:
    assert ("PLACE", "Jalan tol Semarang Seksi A") in _entities_of(
        "Jalan tol Semarang Seksi A , B , C ditutup .")


def test_country_before_a_player_is_split_off() -> None:
    ents = _entities_of("Di partai puncak , pasangan Indonesia ini akan berhadapan dengan "
                        "unggulan satu asal China Chen Qingchen / Jia Yifan .")
    assert ("PERSON", "Chen Qingchen") in ents


def test_decree_number_is_no_part_of_its_issuer() -> None:
    ents = _entities_of("Hal ini tertuang dalam Surat Keputusan Direksi Bank Indonesia No. "
                        "24/105/KEP/DIR tanggal 31 Maret 1992 .")
    assert ("ORG", "Bank Indonesia") in ents


def test_lower_case_natural_head_opens_an_unknown_place() -> None:
    ents = _entities_of("Posko tersebar di 267 tempat di Jakarta dan kepulauan Seribu ini .")
    assert ("PLACE", "kepulauan Seribu") in ents
    assert ("PLACE", "Seribu") not in ents


def test_a_body_head_before_an_adjective_keeps_its_name() -> None:
    assert ("ORG", "Tim nasional Indonesia") in _entities_of(
        "Tim nasional Indonesia akan diuji Lionel Messi .")


def test_office_runs_on_over_its_portfolio_list_and_regency() -> None:
    ents = _entities_of("Acara ini bekerja sama dengan Dinas Pariwisata, Pemuda, dan Olahraga "
                        "Kabupaten Ngawi serta Tim Andri Bolang.")
    assert ("ORG", "Dinas Pariwisata, Pemuda, dan Olahraga Kabupaten Ngawi") in ents
    assert ("ORG", "Dinas Pariwisata") not in ents


def test_name_takes_the_arabic_article_and_family_name_after_it() -> None:
    # bounds7: "al - Rahman" after a name, its family name also a place, is the name's end
    ents = _entities_of("Menteri Negara Sheikh Nasser Hamad al - Sabah yang juga menjabat "
                        "sebagai Menteri Pertahanan membenarkan hal itu .")
    assert ("PERSON", "Sheikh Nasser Hamad al - Sabah") in ents, sorted(ents)
    assert ("PLACE", "Sabah") not in ents


def test_contracted_police_office_read_as_a_body_gives_the_body() -> None:
    from warta.ner.resolve import Mention, _office_body
    text = "Kapolrestro Jakarta Selatan Kombes Budi Santoso menutup jalan ."
    office = Mention(0, 27, "ORG", "Kapolrestro Jakarta Selatan")
    body = _office_body(text, office)
    assert (body.kind, body.surface) == ("ORG", "Polrestro Jakarta Selatan")
    assert text[body.start:body.end].casefold() == body.surface.casefold()
    deputy = Mention(0, 17, "ORG", "Wakapolres Cirebon")
    assert _office_body("Wakapolres Cirebon hadir .", deputy).surface == "Polres Cirebon"
    # a headquarters or an office said alone stays as it was
    hq = Mention(0, 16, "ORG", "Mapolda Sulawesi")
    assert _office_body("Mapolda Sulawesi dijaga .", hq) == hq
    alone = Mention(0, 8, "PERSON", "Kapolres")
    assert _office_body("Kapolres hadir .", alone) == alone


def test_metropolitan_command_keeps_its_place_inside() -> None:
    ents = _entities_of("Kapolrestro Bekasi Kota Kombes Hendra Gunawan menutup jalan itu .")
    assert ("PLACE", "Bekasi") not in ents
    assert ("PERSON", "Hendra Gunawan") in ents


def test_one_word_deputy_office_is_no_person() -> None:
    ents = _entities_of("Pengamanan dipimpin Wadir Intelkam Polda Bali AKBP Made Suarta , "
                        "sedangkan Wakadis Perhubungan Agus Salim mengatur lalu lintas .")
    assert ("PERSON", "Made Suarta") in ents
    assert not any(name.startswith(("Wadir", "Wakadis")) for _, name in ents)



def test_two_bodies_the_article_names_apart_are_split_at_dan() -> None:
    from warta.ner.resolve import Mention, _two_bodies
    text = "Bank Sentosa Syariah tumbuh . BPR juga . Bank Sentosa Syariah dan BPR meneken ."
    joined = text.index("Bank Sentosa Syariah dan")
    mentions = [Mention(0, 20, "ORG", "Bank Sentosa Syariah"), Mention(29, 32, "ORG", "BPR"),
                Mention(joined, joined + 28, "ORG", "Bank Sentosa Syariah dan BPR")]
    got = [m.surface for m in _two_bodies(mentions)]
    assert got == ["Bank Sentosa Syariah", "BPR", "Bank Sentosa Syariah", "BPR"]
    # the acronym spelt by a body the article names in full
    full = [Mention(0, 20, "ORG", "Bank Sentosa Syariah"),
            Mention(30, 53, "ORG", "Bank Perkreditan Rakyat"),
            Mention(60, 88, "ORG", "Bank Sentosa Syariah dan BPR")]
    assert [m.surface for m in _two_bodies(full)][2:] == ["Bank Sentosa Syariah", "BPR"]
    # one body whose name holds "dan" and an acronym the article never names alone
    one = [Mention(0, 31, "ORG", "Kementerian Perumahan dan UMKM")]
    assert [m.surface for m in _two_bodies(one)] == ["Kementerian Perumahan dan UMKM"]


def test_one_word_deputy_offices_are_role_heads() -> None:
    from warta.ner.roles import is_role_word
    assert all(map(is_role_word, ["Wadir", "Wakadis", "Kapolrestro", "Wadandim"]))


def test_a_reduplicated_surname_is_sought_before_the_name_run() -> None:
    """speed17: the capitalised run is read only where a hyphenated surname repeats its
    first half ("Tambun-tambun"); a hyphenated word that does not ("Jong-un") leaves the
    mentions as they are, ordered by start."""
    from warta.ner.bounds import _surnamed_persons
    from warta.ner.resolve import Mention

    def make(a: int, b: int, kind: str) -> Mention:
        return Mention(a, b, kind, text[a:b])

    text = "Kim Jong-un tiba. Kata Rudi , pengacara Rudi Hartono Tambun-tambun hadir."
    rudi = Mention(text.index("Rudi"), text.index("Rudi") + 4, "PERSON", "Rudi")
    kim = Mention(0, 3, "PERSON", "Kim")
    got = _surnamed_persons(text, [rudi, kim], make)
    assert [m.surface for m in got] == ["Kim", "Rudi", "Rudi Hartono Tambun-tambun"]
    text = "Kim Jong-un tiba. Kata Rudi , pengacara Rudi Hartono Tambun hadir."
    rudi = Mention(text.index("Rudi"), text.index("Rudi") + 4, "PERSON", "Rudi")
    assert [m.surface for m in _surnamed_persons(text, [rudi, kim], make)] == ["Kim", "Rudi"]


def test_a_town_after_a_named_site_is_a_mention_of_its_own() -> None:
    # cuts18: the site and its town run on are two mentions, the town the gazetteer's
    ents = _entities_of("Upacara peringatan digelar di Lapangan Rampal Malang pada Senin pagi "
                        "dan dihadiri ratusan warga .")
    assert ("PLACE", "Lapangan Rampal") in ents
    assert ("PLACE", "Malang") in ents
    assert ("PLACE", "Lapangan Rampal Malang") not in ents


def test_a_town_after_a_body_written_alone_too_is_apart() -> None:
    ents = _entities_of("Pemeriksaan berlangsung di Mabes TNI Surabaya , Selasa . Juru bicara "
                        "Mabes TNI menyebut saksi kooperatif .")
    assert ("ORG", "Mabes TNI") in ents
    assert ("ORG", "Mabes TNI Surabaya") not in ents


def test_a_town_that_closes_a_name_stays_in_it() -> None:
    ents = _entities_of("Ia lulus dari Politeknik Negeri Semarang lalu bekerja di Stasiun "
                        "Batu Ceper dan bermain untuk Persib Bandung .")
    assert ("ORG", "Politeknik Negeri Semarang") in ents
    assert ("PLACE", "Semarang") not in ents
    assert ("PERSON", "Batu") not in ents and ("PLACE", "Stasiun Batu") not in ents
    # a wider place's name the text names nowhere apart closes the name
    ents = _entities_of("Ia aktif di Gereja Kristen Bahari Nusantara sejak muda .")
    assert ("PLACE", "Nusantara") not in ents


def test_a_rank_run_into_a_body_before_the_name_leaves_the_body() -> None:
    # cuts18: "Humas [Polri Komisaris Besar] Martinus" ends before the written-out rank
    text = ("\" Kami masih memeriksa dua saksi , \" kata Kepala Bidang Humas Polri "
            "Komisaris Besar Hengky Widjaja di Denpasar .")
    ents = _entities_of(text)
    assert ("ORG", "Polri") in ents
    assert ("ORG", "Polri Komisaris Besar") not in ents
    assert ("PERSON", "Hengky Widjaja") in ents


def test_an_office_field_run_into_its_holder_goes_to_the_role() -> None:
    # cuts18: "Menko [Marves Luhut Pandjaitan]": the field makes the title a whole office
    text = "Menurut Menko Marves Luhut Pandjaitan , investasi asing naik tahun ini ."
    tokens = make_tokens(text)
    ents = {(e.kind, e.name): e for e in find_entities(
        text, split_sentences(text, tokens), tokens=tokens)}
    assert ents[("PERSON", "Luhut Pandjaitan")].roles == ("Menko Marves",)
    assert ("PERSON", "Marves Luhut Pandjaitan") not in ents


def test_a_ministry_short_form_inside_a_name_is_a_body_apart() -> None:
    from warta.ner.resolve import Mention, _office_fields_in_names
    text = "kata Kepala Bagian Hukum dan Humas Kemenkes Andri Setiawan Wijaya kemarin ."
    start = text.index("Humas Kemenkes")
    end = text.index(" kemarin")
    out = _office_fields_in_names(text, [Mention(start, end, "PERSON", text[start:end])])
    assert [(m.kind, m.surface) for m in out] == [
        ("ORG", "Kemenkes"), ("PERSON", "Andri Setiawan Wijaya")]
    assert [m.start for m in out] == [text.index("Kemenkes"), text.index("Andri")]
    # the full word opens the ministry's own name, no short form: left to the tagger
    text = "kata pejabat Kementerian Sosial Andri Setiawan kemarin ."
    start, end = text.index("Kementerian"), text.index(" kemarin")
    out = _office_fields_in_names(text, [Mention(start, end, "PERSON", text[start:end])])
    assert [(m.kind, m.surface) for m in out] == [("PERSON", text[start:end])]


def test_firm_closing_word_left_out_joins_the_name() -> None:  # ent30c
    """A firm's English closing word (`body_tails`) right after the organisation the tagger
    cut before it is the name's own ("BigHit Entertainment", not "BigHit")."""
    ents = _entities_of("Jakarta - Grup itu adalah boyband besutan BigHit Entertainment asal "
                        "Korea Selatan .")
    assert ("ORG", "BigHit Entertainment") in ents
    assert ("ORG", "BigHit") not in ents
