"""Role heads before a name (warta.ner.roles)."""

from __future__ import annotations

from warta.ner.roles import (
    head_at,
    join_name_cut_after_acronym,
    list_role_before,
    listed_office_end,
    lower_head_before,
    named_role_before,
    role_before,
    role_words,
    shared_role,
    unknown_noun,
    without_prefix,
)


def test_occupations_are_role_heads() -> None:
    # Occupations the judges count as roles open one, capitalised or not.
    for word in ("sutradara", "Penyanyi", "pebalap", "Pentolan", "arsitek"):
        assert head_at([word, "Budi"], 0) == 1


def test_lower_case_head_with_nouns_of_its_own() -> None:
    words = ["Pernyataan", "itu", "disampaikan", "tokoh", "feminis", "Fatima"]
    assert lower_head_before(words, 5) == 3
    assert role_before(words, 5) == (3, 5)
    words = ["Sidang", "dipimpin", "hakim", "anggota", "Wahyupi"]
    assert role_before(words, 4) == (2, 4)


def test_no_role_after_a_quantity_or_over_a_verb() -> None:
    # Several people's head is no one's; a verb ends what a head may carry.
    assert role_before(["bersaing", "dengan", "dua", "pebalap", "Valentino"], 4) is None
    assert lower_head_before(["pasien", "dokter", "menangani", "Budi"], 3) is None


def test_a_prefix_with_nouns_names_a_relation_not_a_role() -> None:
    # "mantan istri Ivan": Ivan is the former husband, no holder of "mantan istri".
    assert role_before(["menilai", "mantan", "istri", "Ivan"], 3) is None
    assert role_before(["kata", "mantan", "presiden", "Budi"], 3) == (1, 3)


def test_one_word_office_titles_open_roles() -> None:
    # offices.toml's one-word titles ("Seskab") are heads without a line in roles.toml.
    assert head_at(["ditelepon", "Seskab", "Teddy"], 1) == 1


def test_a_name_word_read_into_the_roles_acronym_goes_back_to_the_name() -> None:
    words = ["Wakil", "Ketua", "KPK", "Fitroh", "Rohcyahyanto", "meminta", "maaf"]
    chunks = [("ORG", 2, 4), ("PERSON", 4, 5)]
    assert join_name_cut_after_acronym(words, chunks) == [("ORG", 2, 3), ("PERSON", 3, 5)]
    # A legal form opens a company's name: the firm stays whole.
    words = ["Direktur", "PT", "Wanda", "Fatimah", "Zahra"]
    chunks = [("ORG", 1, 3), ("PERSON", 3, 5)]
    assert join_name_cut_after_acronym(words, chunks, frozenset({"pt"})) == chunks


def test_without_prefix_keeps_the_head() -> None:
    assert without_prefix("Mantan manajer") == "manajer"
    assert without_prefix("mantan") == "mantan"  # a prefix alone stays


def test_a_relation_word_after_the_head_makes_the_name_the_related_one() -> None:
    # "pengganti Sri Mulyani": her successor holds the role, not she.
    assert role_before(["menjadi", "Menkeu", "baru", "pengganti", "Sri"], 4) is None
    assert role_before(["dari", "penyanyi", "sekelas", "Justin"], 3) is None


def test_a_common_word_after_the_acronym_stays_the_organisations() -> None:
    words = ["Politikus", "PDI", "Perjuangan", "Andreas", "Hugo", "Parreira"]
    chunks = [("ORG", 1, 3), ("PERSON", 3, 6)]
    assert join_name_cut_after_acronym(words, chunks) == chunks


def test_stage_screen_and_press_occupations_open_roles() -> None:
    for word in ("aktris", "Aktor", "jurnalis", "Detektif", "wartawan"):
        assert head_at([word, "Budi"], 0) == 1
    assert head_at(["point", "guard", "Tony"], 0) == 2


def test_common_nouns_go_on_inside_a_capitalised_role() -> None:
    # "Manajer [tim bulu tangkis] Indonesia": lower-case nouns between the head and the
    # capitalised words of its body.
    words = ["kata", "Manajer", "tim", "bulu", "tangkis", "Indonesia", ",", "Susy"]
    assert role_before(words, 7) == (1, 6)
    words = ["Rimanews", "-", "Mantan", "gubernur", "Banten", "Ratu"]
    assert role_before(words, 5) == (2, 5)
    # A verb still ends the run; a relation or a quantity ends it too.
    assert role_before(["Ketua", "tim", "menemui", "warga", "Jakarta", ",", "Budi"], 6) is None
    assert role_before(["kata", "anggota", "tim", "peneliti", ",", "Richard"], 5) == (1, 4)
    assert role_before(["dua", "pebalap", "debut", "MotoGP", ",", "Alex"], 5) is None


def test_a_persons_origin_is_no_part_of_the_role() -> None:
    assert role_before(["Detektif", "asal", "Colorado", ",", "Ron"], 4) == (0, 1)
    assert role_before(["Pelatih", "Timnas", "asal", "Swedia", ",", "Sven"], 5) == (0, 2)


def test_an_english_title_with_its_head_last_is_a_role_before_a_comma() -> None:
    # roles29 (who round 291: missed): "Sales Device Director Huawei Indonesia , Lo"
    words = ["Menurut", "Sales", "Device", "Director", "Maju", "Indonesia", ",", "Budi", ",",
             "ponsel", "itu", "laris"]
    assert role_before(words, 7) == (1, 6)
    # a last head alone opening the run is none ("Director" of no title)
    assert role_before(["Director", ",", "Budi"], 2) is None


def test_an_ordinal_head_before_a_relative_clause_is_a_description() -> None:
    # roles29 (who round 290: wrong): "Pebalap pertama yang mampu … yakni Budi", the first
    # to do it, no office; with no ordinal the role before 'yang' stays.
    words = ["Pebalap", "pertama", "yang", "mampu", "menang", "yakni", "Budi"]
    assert list_role_before(words, 5) is None
    words = ["Tiga", "penyidik", "KPK", "yang", "juga", "hadir", ",", "yakni", "Budi"]
    assert list_role_before(words, 7) == (1, 3)


def test_a_title_case_line_of_officials_keeps_their_roles() -> None:
    # Case says little in a Title Case line; its capitalised nouns still make the role,
    # its verbs do not.
    words = ["Direktur", "Pengelolaan", "Sistem", "Informasi", "dan", "Digitalisasi", "Wahyu"]
    assert role_before(words, 6, blind=[False] * len(words)) == (0, 6)
    words = ["Menteri", "Bertemu", "Presiden", "Jokowi"]
    assert role_before(words, 3, blind=[False] * len(words)) == (2, 3)


def test_a_role_runs_over_its_bodys_bracketed_short_form_and_the_names_titles() -> None:
    words = ["Ketua", "Majelis", "Ulama", "Indonesia", "(", "MUI", ")", "Kabupaten", "Garut",
             ",", "KH", "Sirojul"]
    assert role_before(words, 11) == (0, 9)
    # Brackets holding no short form end the run ("( 45 )", an age).
    assert role_before(["Ketua", "RT", "(", "45", ")", "Budi"], 5) is None


def test_police_unit_and_sport_heads_open_roles() -> None:
    for word in ("Dirlantas", "Kasatreskrim", "pemain", "ajudan"):
        assert head_at([word, "Budi"], 0) == 1
    assert head_at(["Mendikti", "Saintek", "Brian"], 0) == 2


def test_a_role_ends_where_a_list_of_roles_or_people_does() -> None:
    # Before "dan", lower-case words are another clause's role; a head before "dan" right
    # before the name is another person's.
    words = ["Zulkifli", "yang", "juga", "ketua", "umum", "PAN", "dan", "Ketua", "DPR", ",",
             "Setya"]
    assert role_before(words, 10) == (7, 9)
    assert role_before(["melalui", "Dirlantas", "dan", "Kasie"], 3) is None
    # Two lower-case heads joined are one person's: "Seorang penulis dan editor lepas, Beth".
    words = ["Seorang", "penulis", "dan", "editor", "lepas", ",", "Beth"]
    assert role_before(words, 6) == (1, 5)
    assert role_before(["Menteri", "Sumber", "Daya", "dan", "Ekologi", ",", "Alexander"],
                       6) == (0, 5)


def test_a_role_before_a_list_cue_is_the_listed_peoples() -> None:
    # "yakni" opens the list the role names; a quantity before it or a relation-like head
    # ("pimpinan") keep the role, and a relative clause may stand between.
    words = ["uang", "mengalir", "ke", "mantan", "pimpinan", "Komisi", "II", "DPR", "yakni",
             "Ganjar"]
    assert list_role_before(words, 8) == (3, 8)
    words = ["diskusi", "bersama", "sejumlah", "produser", "musik", "elektronik", "yakni",
             "Kimo"]
    assert list_role_before(words, 6) == (3, 6)
    words = ["dibantah", "tiga", "penyidik", "KPK", "yang", "juga", "dihadirkan", ",", "yakni",
             "Novel"]
    assert list_role_before(words, 8) == (2, 4)
    # "seperti" lists examples of the role's holders: "komposer internasional seperti A".
    words = ["digarap", "komposer", "internasional", "seperti", "Olof", "Lindskog"]
    assert list_role_before(words, 3) == (1, 3)
    # No head before the cue: no role ("tiga hal yakni ...").
    assert list_role_before(["ada", "tiga", "orang", "yakni", "Budi"], 3) is None


def test_a_list_roles_origin_is_no_part_of_it() -> None:
    # "selebriti asal Korea , seperti A": the holders' origin closes the role, no word of it
    # (roles27b; who round 287)
    words = ["dipakai", "selebriti", "asal", "Korea", "Selatan", ",", "seperti", "Budi"]
    assert list_role_before(words, 6) == (1, 2)


def test_school_heads_open_roles() -> None:
    # "Wakasek Kesiswaan SMAN 1 X, Budi" (roles27b; who round 288: missed)
    for word in ("Wakasek", "Kepsek", "Kasek"):
        assert head_at([word, "Budi"], 0) == 1


def test_a_naming_cue_gives_the_role_before_it() -> None:
    words = ["Sementara", "pemilik", "mobil", "berinisial", "IK"]
    assert named_role_before(words, 3) == (1, 3)
    words = ["Sopir", "yang", "diamankan", "itu", "berinisial", "AR"]
    assert named_role_before(words, 4) == (0, 1)
    words = ["Polisi", "menangkap", "sopir", "Pajero", "berinisial", "AR"]
    assert named_role_before(words, 4) == (2, 3)
    # An office's head with a body's name and "mantan": the whole (round 235).
    words = ["Seorang", "mantan", "petinggi", "Yahoo", "bernama", "Scott", "Ard"]
    assert named_role_before(words, 4) == (1, 4)
    # A verb of the sentence between a head and the cue: the head is another's.
    words = ["Kapolres", "mengatakan", "pelaku", "berinisial", "AR"]
    assert named_role_before(words, 3) is None


def test_a_possessive_noun_after_a_head_stays_in_the_role() -> None:
    words = ["Wanderley", "menegaskan", "striker", "andalannya", "Boaz"]
    assert role_before(words, 4) == (2, 4)
    # "nama" after a head names the person: "Pemilik nama lengkap Tamara" holds no role.
    assert role_before(["Pemilik", "nama", "lengkap", "Tamara"], 3) is None


def test_two_heads_sharing_their_words_make_two_roles() -> None:
    words = ["Bupati", "dan", "Wakil", "Bupati", "Bangkalan", ",", "Lukman"]
    assert shared_role(words, 0, 5) == ("Bupati Bangkalan", "Wakil Bupati Bangkalan")
    assert shared_role(["Menteri", "Sumber", "Daya", "dan", "Ekologi"], 0, 5) is None


def test_an_ordinal_after_a_roles_capitalised_word_stays_in_the_role() -> None:
    assert role_before(["mengapa", "Presiden", "ke-2", "Soeharto"], 3) == (1, 3)
    assert role_before(["bertemu", "Sekjen", "PBB", "ke", "-", "9", "Antonio"], 6) == (1, 6)
    assert role_before(["Presiden", "ketujuh", "RI", "Joko"], 3) == (0, 3)
    # An ordinal opening the words before a head is no part of a role ("kedua pebalap").
    assert role_before(["kedua", "pebalap", "Alex"], 2) is None


def test_lecturers_designers_miners_riders_and_legends_open_roles() -> None:
    for word in ("dosen", "Desainer", "penambang", "pengendara", "legenda"):
        assert head_at([word, "Budi"], 0) == 1


def test_a_comparison_or_a_doubled_noun_makes_no_role() -> None:
    # "legenda-legenda macam Iribar": legends such as Iribar, a plural and a comparison.
    words = ["punya", "legenda", "-", "legenda", "macam", "Jose"]
    assert role_before(words, 5) is None
    assert role_before(["punya", "legenda", "-", "legenda", "Jose"], 4) is None
    assert role_before(["bertemu", "legenda", "Arsenal", "Ian"], 3) == (1, 3)


def test_common_occupations_open_roles() -> None:
    # The arts, trades and public service: "seniman Tintin", "Chef Nabil", "guru SD".
    for word in ("seniman", "Chef", "guru", "pesinetron", "pejabat", "petani"):
        assert head_at([word, "Budi"], 0) == 1


def test_commissioners_and_sciences_occupations_open_roles() -> None:
    # "Komisioner KPU RI , Evi", "fisikawan Stephen Hawking": a commission's member and a
    # science's -wan form are roles, the body after the head kept in it.
    assert role_before(["Komisioner", "KPU", "RI", ",", "Evi"], 4) == (0, 3)
    for word in ("komisioner", "Fisikawan", "negarawan"):
        assert head_at([word, "Budi"], 0) == 1


def test_a_month_ends_a_role() -> None:
    # "menjabat sebagai gubernur Ibu Kota Oktober mendatang, Anies": a date, no role.
    words = ["sebagai", "gubernur", "Ibu", "Kota", "Oktober", "mendatang", ",", "Anies"]
    assert role_before(words, 7) is None
    assert role_before(["sebagai", "gubernur", "Ibu", "Kota", ",", "Anies"], 5) == (1, 4)


def test_a_head_after_an_organisations_word_is_that_names() -> None:
    # "Ikatan Guru Aisyiyah": the association's name, no teacher.
    assert role_before(["Milad", "Ikatan", "Guru", "Aisyiyah"], 3) is None
    assert role_before(["kata", "Guru", "Budi"], 2) == (1, 2)


def test_a_word_of_former_office_after_the_head_stays_in_the_role() -> None:
    # "direktur teknik sebelumnya, Paddy Lowe": the previous one, as "mantan" before it.
    words = ["merekrut", "direktur", "teknik", "sebelumnya", ",", "Paddy"]
    assert role_before(words, 5) == (1, 4)
    assert role_before(["merekrut", "direktur", "teknik", "menjelaskan", ",", "Paddy"], 5) is None


def test_words_dating_an_office_come_from_roles_toml() -> None:
    # The language data lives in roles.toml, read into the role words.
    from warta.lang.id import load
    from warta.lang.schema import RolesData
    assert role_words().former_after == frozenset(load("roles", RolesData).former_after)
    assert "sebelumnya" in role_words().former_after


def test_stage_music_and_sport_occupations_open_roles() -> None:
    # "Komika Budi", "Winger Persib, Andi", "kata orator, Rudi": occupations before a name.
    assert role_before(["Komika", "Budi", "Santoso"], 1) == (0, 1)
    assert role_before(["Winger", "Persib", ",", "Andi"], 3) == (0, 2)
    assert role_before(["kata", "orator", ",", "Rudi"], 3) == (1, 2)


def test_an_english_title_with_its_head_last_keeps_its_first_words() -> None:
    # "Brand Manager Sinar Motor, Dewi": the words before "Manager" are the title's.
    words = ["kata", "Brand", "Manager", "Sinar", "Motor", ",", "Dewi"]
    assert role_before(words, 6) == (1, 5)
    words = ["Menurut", "Corporate", "Secretary", "Division", "Head", "Bank", "Maju", "Rina"]
    assert role_before(words, 7) == (1, 7)


def test_words_of_a_term_not_fully_held_stay_in_the_role() -> None:
    # "pelatih sementara" (interim), "Presiden terpilih" (elect): adverb and verb to the
    # lexicon, words of the office after a head all the same.
    assert role_before(["melalui", "pelatih", "sementara", "Haryanto"], 3) == (1, 3)
    assert role_before(["menyerang", "Presiden", "terpilih", "Donald"], 3) == (1, 3)


def test_english_titles_of_firms_officers_open_roles() -> None:
    # "Corporate Secretary Bank Maju Rudi", "AVP Corporate Communication PT Maju Rina".
    words = ["Corporate", "Secretary", "Bank", "Maju", "Rudi"]
    assert role_before(words, 4) == (0, 4)
    words = ["AVP", "Corporate", "Communication", "PT", "Maju", "Rina"]
    assert role_before(words, 5) == (0, 5)


def _w(text: str) -> list[str]:
    return text.split()


def test_an_office_after_a_name_goes_on_over_its_listed_portfolios() -> None:
    # "Rudi, Kepala Divisi Operasi, IT dan Layanan PT Maju (PTM), menyebut": the list of
    # portfolios after the comma is the office's, its short form kept.
    words = _w("Rudi , Kepala Divisi Operasi , IT dan Layanan PT Maju ( PTM ) , menyebut")
    assert listed_office_end(words, 5, set()) == 14
    words = _w("Rudi , VP Pemasaran , Hukum & Dukungan Bisnis PT Maju .")
    assert listed_office_end(words, 4, set()) == 11
    # no joined list, another person's name, or another head: the role ends at the comma
    words = _w("Rudi , Kepala Divisi Operasi , Andi Wijaya , hadir")
    assert listed_office_end(words, 5, set()) == 5
    words = _w("Rudi , Kepala Divisi Operasi , Andi dan Budi , hadir")
    assert listed_office_end(words, 5, {6}) == 5
    words = _w("Rudi , Kepala Dinas , Direktur Utama dan Budi , hadir")
    assert listed_office_end(words, 4, set()) == 4


def test_press_occupations_open_roles() -> None:
    # "mantan kontributor TV Maju, Budi": an occupation of roles.toml.
    assert head_at(["kontributor", "MajuTV"], 0) == 1
    assert role_before(["kata", "kontributor", "Budi"], 2) == (1, 2)


def test_an_office_with_listed_portfolios_before_a_name_opens_at_its_head() -> None:
    # "Direktur Penyuluhan, Pelayanan, dan Humas Kemenkeu Rina": one office, not the last
    # portfolio's; heads listed alone are several offices ("Kapolri , Wakapolri dan").
    words = _w("kata Direktur Penyuluhan , Pelayanan , dan Humas Kemenkeu Rina")
    assert role_before(words, 9) == (1, 9)
    words = _w("dihadiri Kapolri , Wakapolri , dan Humas Polri Rina")
    assert role_before(words, 8) == (6, 8)


def test_experts_and_executives_open_roles() -> None:
    # "pakar hukum pidana Romli Atmasasmita", "salah satu petinggi PKS , Hidayat Nurwahid":
    # an expert by field and a body's executive are roles (who rounds 219, 223).
    assert role_before(["disampaikan", "pakar", "hukum", "pidana", "Romli"], 4) == (1, 4)
    for word in ("pakar", "Petinggi"):
        assert head_at([word, "Budi"], 0) == 1


def test_a_body_head_goes_on_inside_an_office_in_title_case_lines() -> None:
    # "Kepala Sekretariat Presiden Heru Budi Hartono" in a line whose case says nothing:
    # the body's head "Sekretariat" (no lexicon noun) is the office's, not its end
    # (who round 238).
    words = _w("Turut , Kepala Sekretariat Presiden Heru Budi Hartono")
    blind = [False] * len(words)
    assert role_before(words, 5, blind=blind) == (2, 5)


def test_the_agent_of_a_passive_verb_is_no_role_of_the_name_after_it() -> None:
    # "Ditemui wartawan , Erwin mengatakan": the journalists met him (who round 241);
    # "kata wartawan , Budi" stays his occupation.
    assert role_before(_w("Ditemui wartawan , Erwin"), 3) is None
    assert role_before(_w("kata wartawan , Budi"), 3) == (1, 2)
    # Inside a clause the name after the comma is the agent itself.
    assert role_before(_w("kemudian ditemui wartawan , Budi"), 4) == (2, 3)


def test_a_period_word_ends_the_role_before_its_leader() -> None:
    # 'Mantan Menteri Perhubungan era Presiden SBY' (round 242): only 'Presiden' is his.
    words = ["Mantan", "Menteri", "Perhubungan", "era", "Presiden"]
    assert role_before(words, len(words)) == (4, 5)
    words = ["Duta", "Besar", "zaman", "Presiden"]
    assert role_before(words, len(words)) == (3, 4)


def test_an_owner_pronoun_before_a_list_cue_is_no_part_of_the_role() -> None:
    # 'Kiper baru mereka yakni Claudio Bravo' (round 243: missed).
    words = ["Pelatih", "baru", "mereka", "yakni"]
    assert list_role_before(words, 3) == (0, 2)


def test_an_office_a_cue_gives_the_name_before_it_is_not_the_next_names() -> None:
    # "Sari selaku Bendahara , Tono selaku Sekretaris": 'Bendahara' is Sari's (roles13).
    words = ["yakni", "Sari", "Wulandari", "selaku", "Kepala", "Bagian", ",", "Tono",
             "selaku", "Sekretaris"]
    assert role_before(words, 7) is None
    # Fronted before the name, the cue's office is the name's after the comma.
    words = ["Selaku", "Ketua", "Yayasan", ",", "Tono", "menyerahkan", "bantuan"]
    assert role_before(words, 4) == (1, 3)
    words = ["hadir", "sebagai", "Ketua", "Yayasan", ",", "Tono", "menyerahkan"]
    assert role_before(words, 5) == (2, 4)


def test_link_cues_are_the_single_word_after_name_cues() -> None:
    # review13: the cues that give a name its office are read from roles.toml, not copied.
    from warta.lang.id import load
    from warta.lang.schema import RolesData
    from warta.ner.roles import _link_cues, cued_to_name_before

    cues = load("roles", RolesData).after_name_cues
    assert _link_cues() == {c.lower() for c in cues if " " not in c.strip()}
    assert {"selaku", "sebagai"} <= _link_cues()
    assert cued_to_name_before(["Rina", "Lestari", "sebagai", "Bendahara"], 3)
    assert not cued_to_name_before(["Rina", "Lestari", "yang", "Bendahara"], 3)


def test_royal_and_noble_titles_open_roles() -> None:
    # Heirs, emperors and European peers head a role as 'Raja' does (roles13).
    assert head_at(["Putri", "Mahkota", "Amalia"], 0) == 2
    assert head_at(["Kaisar", "Akihito"], 0) == 1
    assert head_at(["Duke", "Albert"], 0) == 1


def test_a_noun_the_lexicon_lacks_goes_on_a_head_before_the_name() -> None:
    # roles15: 'Gelandang naturalisasi Stefano Lilipaly' (round 230: missed): a word the
    # lexicon does not know, of no verb's shape, is a noun after the head; a verb's shape
    # ('menangani', 'ditangani', 'tertangkap', 'serahkan') is none.
    words = ["Bek", "naturalisasi", "Jordi", "Amat", "absen"]
    assert lower_head_before(words, 2) == 0
    lex: dict[str, str] = {}
    assert unknown_noun("arsiparis", lex)
    for verb in ("menangani", "ditangani", "tertangkap", "berlaga", "serahkan"):
        assert not unknown_noun(verb, lex)


def test_an_impostor_s_head_is_no_role() -> None:
    # roles15: 'Jaksa gadungan Bobby' poses as a prosecutor: no role once words the lexicon
    # lacks ('gadungan') read as nouns.
    assert lower_head_before(["oleh", "polisi", "gadungan", "Rudi"], 3) is None
    assert lower_head_before(["oleh", "dokter", "palsu", "Rudi"], 3) is None


def test_a_head_s_nouns_before_a_body_s_name_and_a_naming_cue_are_its_role() -> None:
    # roles15: 'seorang dosen jurusan Teknik Mesin Unnes bernama Widya Aryadi' gave the cut
    # 'dosen' (round 165: the whole counted missed).
    words = ["seorang", "guru", "jurusan", "Seni", "Rupa", "Unesa", "bernama", "Dewi",
             "Lestari"]
    assert named_role_before(words, 6) == (1, 6)


def test_a_sasak_noble_title_before_the_name_is_no_part_of_the_role() -> None:
    # "Gubernur NTB [Lalu] Budi": the title is the name's, the role ends before it; a
    # lower-case "lalu" ("then") is no title (roles17).
    words = ["Gubernur", "NTB", "Lalu", "Budi", "Hartawan"]
    assert role_before(words, 3) == (0, 2)
    words = ["Kepala", "Dinas", "Pariwisata", ",", "Baiq", "Sri"]
    assert role_before(words, 5) == (0, 3)
    assert role_words().regional_titles == frozenset({"Lalu", "Baiq"})


def test_founders_initiators_actors_parts_board_officers_and_mentors_open_roles() -> None:
    for word in ("pemeran", "Pengurus", "penggagas", "pencetus", "inisiator", "kreator",
                 "mentor"):
        assert head_at([word, "Budi"], 0) == 1


def test_a_motivator_opens_a_role() -> None:
    # "motivator Budi Santoso": a public speaker's trade (roles25b; who round 282: missed)
    words = ["menghadirkan", "motivator", "Budi", "Santoso"]
    assert head_at(words, 1) == 1
    assert role_before(words, 2) == (1, 2)


def test_a_ranking_with_its_number_between_the_head_and_the_name_is_the_roles() -> None:
    # "petenis [peringkat 12 dunia] Budi", "[unggulan kedua]": the ranking phrase goes on
    # inside the role before the name (roles17); a number without a ranking noun does not.
    words = ["melawan", "petenis", "peringkat", "12", "dunia", "Rina", "Wati"]
    assert role_before(words, 5) == (1, 5)
    words = ["melawan", "pemain", "unggulan", "kedua", "Rina", "Wati"]
    assert role_before(words, 4) == (1, 4)
    assert role_before(["melawan", "pemain", "12", "dunia", "Rina"], 4) is None


def test_a_hyphenated_head_split_by_the_tokenizer_opens_the_role_whole() -> None:
    # "Co - Founder & CEO Lumbung , Rina": the role is not cut at the hyphen (speak19)
    words = ["dihadiri", "Co", "-", "Founder", "&", "CEO", "Lumbung", ",", "Rina"]
    assert head_at(words, 1) == 3
    assert role_before(words, 8) == (1, 7)
    assert head_at(["Budi", "-", "Santoso"], 0) == 0


def test_a_sports_name_goes_on_inside_an_athletes_role() -> None:
    # "Pelatih voli putri Jawa Barat Rina": the sport's words (a verb to the lexicon) are the
    # role's own (speak19)
    words = ["Pelatih", "voli", "putri", "Jawa", "Barat", "Rina"]
    assert role_before(words, 5) == (0, 5)


def test_an_age_group_and_a_comma_keep_the_name_after_them_whole() -> None:
    """speak19 let an age group ("U - 17") go on inside a role; the entities stage then took
    a place-named first name after the comma into the role ("Asisten Pelatih Timnas U - 22
    , [Bima] Sakti"), a regression on a floor round (lead23): the age group is no role word,
    so the role ends before it and the name stays whole."""
    from warta import analyze

    art = analyze("Asisten Pelatih Timnas U-22, Bima Sakti, mengatakan timnya siap bertanding.")
    assert "Bima Sakti" in {e.name for e in art.entities if e.kind == "PERSON"}


def test_small_number_words_are_read_from_numbers_data() -> None:  # data20
    """One to ten in words, read from numbers.toml (no second list in the code): no zero,
    no fraction, nothing above ten."""
    from warta.ner.roles import small_number_words

    words = small_number_words()
    assert {"satu", "lima", "sepuluh"} <= words
    assert not words & {"nol", "setengah", "sebelas", "seratus"}
    assert len(words) == 10


def test_role_word_lists_read_from_roles_data() -> None:  # data20
    """The role prefixes, kinship and period words are roles.toml's, tested lower case."""
    from warta.ner.roles import _OTHER_WORDS, _PERIOD_WORDS, _PREFIXES, _kin_words

    assert "mantan" in _PREFIXES and "Mantan" not in _PREFIXES
    assert "istri" in _kin_words() and "era" in _PERIOD_WORDS and "lainnya" in _OTHER_WORDS
    assert all(w == w.lower() for w in (*_PREFIXES, *_kin_words(), *_PERIOD_WORDS))


def test_kin_words_are_the_pack_list_and_roles_own() -> None:  # kin25
    """ner.roles reads the pack's one kinship list and adds roles.toml `kin_also`."""
    from warta.lang.id import load
    from warta.lang.id.kinship import kin_nouns
    from warta.lang.schema import RolesData
    from warta.ner.roles import _kin_words

    also = set(load("roles", RolesData).kin_also)
    assert _kin_words() == kin_nouns() | also and "ibu" in also


def test_bare_office_in_a_fronted_phrase_is_no_role_of_the_subject() -> None:
    # jaksa21: "Menurut penyidik , Dewi ..." names an unnamed official, then the clause's
    # subject; she holds no such office. An apposition closed by its own comma keeps it.
    words = ["Menurut", "penyidik", ",", "Dewi", "kemarin", "menyerahkan", "uang", "itu"]
    assert role_before(words, 3) is None
    words = ["Kepada", "polisi", ",", "Rudi", "Hartono", "mengaku", "kehilangan", "dompet"]
    assert role_before(words, 3) is None
    words = ["Menurut", "pengamat", "politik", ",", "Rudi", "Hartono", ",", "hasil", "itu"]
    assert role_before(words, 4) == (1, 3)
    # With no preposition before it the bare office stays the name's.
    words = ["Pernyataan", "itu", "disampaikan", "penyidik", ",", "Dewi"]
    assert role_before(words, 5) == (3, 4)
    # A role link is no preposition: "bertugas sebagai hakim , Dewi ..." keeps its office.
    words = ["Ia", "bertugas", "sebagai", "hakim", ",", "Dewi", "Lestari", "menambahkan"]
    assert role_before(words, 5) == (3, 4)
    # A name closing its sentence is in apposition too: "dilatih oleh pelatih , Rudi ."
    words = ["Tim", "itu", "kini", "dilatih", "oleh", "pelatih", ",", "Rudi", "Hartono", "."]
    assert role_before(words, 7) == (5, 6)
    # So is a list of names: "dilatih oleh pelatih , Dewi dan Rina".
    words = ["Tim", "itu", "dilatih", "oleh", "pelatih", ",", "Dewi", "dan", "Rina", "."]
    assert role_before(words, 6) == (4, 5)


def test_bare_office_after_a_compound_preposition_is_no_role() -> None:
    # "Di hadapan hakim , Budi mengaku …": a preposition and its noun ('di hadapan') open
    # the fronted phrase; the judge is unnamed, Budi the clause's subject.
    words = ["Di", "hadapan", "hakim", ",", "Budi", "Santoso", "mengaku", "menyesal"]
    assert role_before(words, 4) is None
    # A noun that is no part of a preposition keeps the apposition: "Ia bertemu ketua
    # panitia , Budi Santoso , kemarin".
    words = ["Ia", "bertemu", "ketua", "panitia", ",", "Budi", "Santoso", ",", "kemarin"]
    assert role_before(words, 5) is not None
    # A noun that makes no preposition keeps the role: "Pada nomor tunggal putra , Budi …"
    words = ["Pada", "nomor", "tunggal", "putra", ",", "Budi", "Santoso", "melaju", "mulus"]
    assert role_before(words, 5) is not None


def test_head_at_one_word_shortcut_keeps_the_joined_lookup() -> None:
    """speed24: `head_at` answers a one-word head without joining; every answer is the
    join-and-look-up of each length, longest first."""
    from warta.ner.roles import head_at, role_words

    rw = role_words()

    def plain(words: list[str], i: int) -> int:
        if i + 2 < len(words) and words[i + 1] == "-" \
                and f"{words[i]}-{words[i + 2]}".lower() in rw.head_phrases:
            return 3
        for n in range(min(rw.heads.get(words[i].lower(), 0), len(words) - i), 0, -1):
            if " ".join(w.lower() for w in words[i : i + n]) in rw.head_phrases:
                return n
        return 0

    sentence = ("Menteri Luar Negeri Retno Marsudi , Wakil Presiden dan Kepala Dinas "
                "Pendidikan kota bertemu Co - Founder & CEO Budi di Jakarta presiden")
    words = sentence.split()
    assert any(head_at(words, i) for i in range(len(words)))
    for i in range(len(words)):
        assert head_at(words, i) == plain(words, i), words[i]


def test_new_occupations_and_adjectives_of_fame_in_a_role() -> None:  # roles27
    # a broadcaster, a sociologist and a band's player open a role (who rounds 284-286)
    for word in ("penyiar", "Sosiolog", "penabuh", "Perbekel"):
        assert head_at([word, "Budi"], 0) == 1
    # 'ternama' (a ter- adjective of fame the lexicon reads as a verb) goes on inside the
    # role before a list cue; a verb there still ends it
    words = ["ia", "datang", "ke", "salah", "satu", "desainer", "ternama", "Indonesia", ",",
             "yaitu", "Budi"]
    assert list_role_before(words, 9) == (5, 8)
    words[6] = "menjahit"
    assert list_role_before(words, 9) is None


def test_contracted_office_keeps_off_the_given_name() -> None:
    # "Menlu" holds its portfolio: a capitalised common word after it opens the name
    # ("Taro" is a word of the lexicon too); a place after it stays in the office.
    from warta.ner.features import load_lexicon
    from warta.ner.roles import split_role

    lex = load_lexicon()
    assert split_role(["Menlu", "Taro", "Kono"], [False] * 3, lex) == (1, 1)
    assert split_role(["Menlu", "Jepang", "Taro", "Kono"], [False, True, False, False],
                      lex)[0] == 2


def test_an_english_coachs_title_opens_a_role() -> None:
    # roles30 (who rounds 267, 293: missed): 'coach Indra', 'Coach Milla' name the coach.
    for word in ("Coach", "coach"):
        assert head_at([word, "Budi"], 0) == 1
    assert role_before(["kata", "Coach", "Budi"], 2) == (1, 2)


def test_a_name_inside_the_lists_relative_clause_keeps_the_role() -> None:
    # roles30b (who round 295: missed): the name in the clause is its object, no holder.
    words = [
        "MA", "menunjuk", "tiga", "hakim", "yang", "menangani", "perkara", "Budi", "yakni", "Ani",
        ",", "Citra"
    ]
    stop = [w in {"Budi", "Ani", "Citra"} for w in words]
    assert list_role_before(words, 9, stop=stop) == (3, 4)


def test_a_pair_opened_by_antara_gives_the_name_the_second_office() -> None:
    # roles30b (who round 295): 'antara Ketua DPR dan Ketua MA , Budi': the first is another's.
    words = ["pertemuan", "antara", "Ketua", "DPR", "dan", "Ketua", "MA", ",", "Budi", "Santoso"]
    assert role_before(words, 8) == (5, 7)
    # with no pair's opener both offices stay the name's ("Ketua PSSI dan Gubernur Sumut")
    words = ["hadir", "pula", "Ketua", "PSSI", "dan", "Gubernur", "Sumut", "Budi"]
    assert role_before(words, 7) == (2, 7)


def test_an_office_before_the_units_it_serves_set_off_by_commas() -> None:
    # roles30b (who round 283: missed): 'Profesor Riset Bidang Iklim , Pusat Riset Iklim ,
    # BRIN Prof Erma': the head's part up to its comma; a name in between stops it.
    words = [
        "kata", "Profesor", "Riset", "Bidang", "Iklim", ",", "Pusat", "Riset", "Iklim", ",", "BRIN",
        "Prof", "Erma"
    ]
    assert role_before(words, 12) == (1, 5)
    words = ["kata", "Peneliti", "Senior", ",", "LIPI", ",", "Budi"]
    assert role_before(words, 6) == (1, 3)
    words = [
        "kata", "Peneliti", "Senior", ",", "Badan", "Riset", "Nasional", "(", "BRN", ")", ",",
        "Budi"
    ]
    assert role_before(words, 11) == (1, 3)
    words = ["bertemu", "Presiden", "Joko", ",", "Kementerian", "Luar", "Negeri", ",", "Budi"]
    stop = [w in {"Joko", "Budi"} for w in words]
    assert role_before(words, 8, stop=stop) is None


def test_an_english_title_runs_back_over_its_and() -> None:
    # ent33 (who round 304: wrong): "Public Affairs and Sustainability Senior Director
    # Danone Indonesia , Karyanto" cut at its "and"; a lower-case word before "and" stops it
    words = ["Menurut", "Public", "Relations", "and", "Digital", "Senior", "Director", "Maju",
             "Indonesia", ",", "Budi", ",", "ponsel", "itu", "laris"]
    assert role_before(words, 10) == (1, 9)
    words = ["Menurut", "mitra", "and", "Digital", "Senior", "Director", "Maju", "Indonesia",
             ",", "Budi"]
    assert role_before(words, 9) == (3, 8)


def test_english_title_goes_on_over_its_and() -> None:
    # spk33 (who round 304: cut at "and"): "Public Affairs and Sustainability Senior
    # Director Maju Foods , Budi" is one title
    words = ["Sementara", "itu", ",", "Public", "Affairs", "and", "Sustainability", "Senior",
             "Director", "Maju", "Foods", ",", "Budi", "mengatakan"]
    assert role_before(words, 12) == (3, 11)


def test_and_outside_a_title_joins_nothing() -> None:
    # an "and" with no capitalised word before it is no part of the title
    words = ["dan", "and", "Marketing", "Director", "Maju", "Foods", ",", "Budi"]
    assert role_before(words, 7) == (2, 6)
