"""Kind and boundary corrections of tagged chunks (warta.ner.kinds), on token lists."""

from __future__ import annotations

from warta.ner.gazetteer import GazMatch, Place
from warta.ner.kinds import fix_chunks, glued, opens_with_state


def _joined(text: str, words: list[str]) -> list[bool]:
    spans, at = [], 0
    for w in words:
        s = text.index(w, at)
        spans.append((s, s + len(w)))
        at = s + len(w)
    return glued(spans)


def test_hyphen_glued_name_is_one_name() -> None:
    text = "Kim Jong-un tiba"
    words = ["Kim", "Jong", "-", "un", "tiba"]
    assert fix_chunks(words, [("PERSON", 0, 2)], _joined(text, words)) == [("PERSON", 0, 4)]
    # Spaced hyphens join nothing: "Korea - Jepang" stays two places.
    text = "Korea - Jepang"
    words = ["Korea", "-", "Jepang"]
    chunks = [("PLACE", 0, 1), ("PLACE", 2, 3)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks


def test_facility_head_makes_a_place() -> None:
    text = "di Bandara Soekarno - Hatta ,"
    words = text.split()
    got = fix_chunks(words, [("PERSON", 2, 3), ("PERSON", 4, 5)], _joined(text, words))
    assert got == [("PLACE", 1, 5)]
    text = "demo di Jalan Thamrin"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 3, 4)], _joined(text, words)) == [("PLACE", 2, 4)]
    # Venues named after a person: "Stade Pierre de Coubertin", "Teater Wayang Orang".
    text = "berlangsung di Stade Pierre de Coubertin , Paris"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 3, 6)], _joined(text, words))[0] == ("PLACE", 2, 6)


def test_ship_names_are_no_people() -> None:
    text = "kapal induk Ronald Reagan tiba"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 2, 4)], _joined(text, words)) == []
    text = "USS Ronald Reagan tiba"
    words = text.split()
    assert fix_chunks(words, [("ORG", 0, 1), ("PERSON", 1, 3)], _joined(text, words)) == []
    # An airline after "pesawat" is still an organisation.
    text = "pesawat Garuda Indonesia mendarat"
    words = text.split()
    assert fix_chunks(words, [("ORG", 1, 3)], _joined(text, words)) == [("ORG", 1, 3)]


def test_named_vehicles_and_capital_vehicle_heads_are_no_entities() -> None:
    # A name after an object head and a naming cue is the object's, whatever its tag.
    text = "wahana antariksa bernama CubeSat 3U dan pesawat kecil bernama Brane Craft"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 3, 5), ("ORG", 9, 11)], _joined(text, words)) == []
    # A train or a ship by its capital head, read as a place or a body.
    text = "KA Malabar dan KRI Nanggala"
    words = text.split()
    assert fix_chunks(words, [("PLACE", 0, 2), ("ORG", 4, 5)], _joined(text, words)) == []
    # A name after a naming cue of no object stays; a company whose name opens with a
    # lower-case object head stays.
    text = "penumpang pesawat bernama Andi Wijaya dan pesawat Lion Air bernama Budi Santoso"
    words = text.split()
    chunks = [("PERSON", 3, 5), ("ORG", 7, 9), ("PERSON", 10, 12)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks
    text = "pesawat luar angkasa bermanuver yang bertenaga surya bernama Brane Craft"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 8, 10)], _joined(text, words)) == []
    text = "perempuan bernama Siti Aminah bekerja di Kapal Api"
    words = text.split()
    chunks = [("PERSON", 2, 4), ("ORG", 6, 8)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks


def test_legal_forms_join_their_organisation() -> None:
    text = "PT Pos Indonesia (Persero) Tbk naik"
    words = ["PT", "Pos", "Indonesia", "(", "Persero", ")", "Tbk", "naik"]
    joined = _joined(text, words)
    assert fix_chunks(words, [("ORG", 0, 3), ("ORG", 4, 7)], joined) == [("ORG", 0, 7)]
    assert fix_chunks(words, [("ORG", 4, 7)], joined) == []  # "Persero) Tbk" alone


def test_non_entities_and_places_named_alone() -> None:
    text = "IHSG dan IPO di Davao"
    words = text.split()
    davao = GazMatch(4, 5, Place("Davao", "PH", "place"))
    chunks = [("ORG", 0, 1), ("ORG", 2, 3), ("PERSON", 4, 5)]
    assert fix_chunks(words, chunks, _joined(text, words), [davao]) == [("PLACE", 4, 5)]
    # A role before the name keeps the person ("Jenderal Sudirman" style).
    assert fix_chunks(words, chunks, _joined(text, words), [davao], with_role={4}) == [
        ("PERSON", 4, 5)]


def test_acronym_after_a_role_does_not_swallow_the_name() -> None:
    from warta.ner.kinds import split_acronym_org

    words = ["Ketua", "KPK", "Firli", "Bahuri", "diperiksa"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags) == ["O", "B-ORG", "B-PERSON", "I-PERSON", "O"]
    # No role before it, a legal-form prefix, or a place inside: one organisation.
    assert split_acronym_org(words[1:], tags[1:]) == tags[1:]
    words = ["Direktur", "PT", "Sinar", "Jaya", "hadir"]
    assert split_acronym_org(words, tags) == tags
    words = ["Ketua", "DPD", "Jawa", "Barat", "hadir"]
    assert split_acronym_org(words, tags, not_name={2, 3}) == tags


def test_country_after_a_head_of_state_role_does_not_swallow_the_name() -> None:
    from warta.ner.kinds import split_acronym_org

    words = ["Presiden", "Turki", "Recep", "Tayyip", "Erdogan", "mengajak"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags, countries={1: 2}) == [
        "O", "B-PLACE", "B-PERSON", "I-PERSON", "I-PERSON", "O"]
    # Another role: "Peneliti Indonesia Corruption Watch" stays an organisation.
    words = ["Peneliti", "Indonesia", "Corruption", "Watch", "hadir"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert split_acronym_org(words, tags, countries={1: 2}) == tags


def _tags(spec: str) -> tuple[list[str], list[str]]:
    """"Polres Boyolali/B-PLACE menahan" -> words and tags."""
    words, tags = [], []
    for tok in spec.split():
        w, _, t = tok.partition("/")
        words.append(w)
        tags.append(t or "O")
    return words, tags


def test_org_head_run_is_one_organisation() -> None:
    from warta.ner.kinds import org_runs

    words, tags = _tags("kata Polres Boyolali/B-PLACE kemarin")
    assert org_runs(words, tags) == ["O", "B-ORG", "I-ORG", "O"]
    words, tags = _tags("Kepala Dinas Kesehatan Provinsi Jawa/B-PLACE Tengah/I-PLACE "
                        "Yulianto/B-PERSON Prabowo/I-PERSON")
    assert org_runs(words, tags) == ["O", "B-ORG", *["I-ORG"] * 4, "B-PERSON", "I-PERSON"]
    words, tags = _tags("Kementerian Energi dan Sumber Daya Mineral menyatakan")
    assert org_runs(words, tags, connectors={"dan"})[:6] == ["B-ORG", *["I-ORG"] * 5]


def test_org_head_run_stops_at_other_entities() -> None:
    from warta.ner.kinds import org_runs

    # Another organisation, a second head after "dan", a person-name word.
    words, tags = _tags("Dekan Fakultas Kehutanan UGM/B-ORG , ia")
    assert org_runs(words, tags)[1:4] == ["B-ORG", "I-ORG", "B-ORG"]
    words, tags = _tags("Polda Jateng dan Kejaksaan Tinggi Jawa/B-PLACE Tengah/I-PLACE")
    out = org_runs(words, tags, connectors={"dan"})
    assert out == ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    words, tags = _tags("Ketua Umum Partai Golkar Aburizal Bakrie hadir")
    out = org_runs(words, tags, person_word=lambda w: w in {"aburizal", "bakrie"})
    assert out == ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    # A head alone names nothing; lower-case text is left to the tagger.
    assert org_runs(*_tags("Partai itu")) == ["O", "O"]
    assert org_runs(*_tags("polres boyolali")) == ["O", "O"]


def test_name_after_an_honorific_is_a_person() -> None:
    from warta.ner.kinds import honorific_names

    hon = {"dr.", "ibu", "bapak"}
    common = {"Kota", "Presiden"}
    words, tags = _tags("Dr. Terawan Agus/B-PERSON Putranto/I-PERSON hadir")
    assert honorific_names(words, tags, hon, common.__contains__) == \
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"]
    words, tags = _tags("Menurut dr. Terawan/B-PLACE , vaksin aman")
    assert honorific_names(words, tags, hon, common.__contains__)[2] == "B-PERSON"
    for spec in ("di Ibu Kota Nusantara", "Bapak Presiden Joko/B-PERSON Widodo/I-PERSON"):
        words, tags = _tags(spec)
        assert honorific_names(words, tags, hon, common.__contains__) == tags


def test_place_after_an_organisation_head_is_its_unit() -> None:
    text = "73 SPPG Polda Jateng dan BEM Semarang Raya serta Liga Inggris"
    words = text.split()
    chunks = [("PLACE", 3, 4), ("ORG", 5, 6), ("PLACE", 6, 8), ("PLACE", 10, 11)]
    assert fix_chunks(words, chunks, _joined(text, words)) == [
        ("ORG", 2, 4), ("ORG", 5, 8), ("ORG", 9, 11)]
    # A lower-case word before the place is no head: "bank Jepang" stays the place.
    text = "saham bank Jepang naik"
    words = text.split()
    assert fix_chunks(words, [("PLACE", 2, 3)], _joined(text, words)) == [("PLACE", 2, 3)]


def test_rank_never_ends_an_organisation() -> None:
    text = "Kasat Lantas Polres Serang AKP Fery"
    words = text.split()
    assert fix_chunks(words, [("ORG", 2, 5)], _joined(text, words)) == [("ORG", 2, 4)]


def test_area_word_between_an_organisation_head_and_its_place() -> None:
    text = "kursi di DPRD Kota Bandung"
    words = text.split()
    assert fix_chunks(words, [("ORG", 2, 3), ("PLACE", 4, 5)], _joined(text, words)) == [
        ("ORG", 2, 5)]


def test_unit_fixes_read_a_unit_head_as_an_organisation() -> None:
    # Rules the convolutional tagger's tags need ("[Uni Eropa]" read whole as a place,
    # "[BPBD Jawa] [Tengah]" cut in two); off, the chunks stay as tagged.
    text = "Uni Eropa dan BPBD Jawa Tengah"
    words = text.split()
    chunks = [("PLACE", 0, 2), ("ORG", 3, 5), ("PLACE", 5, 6)]
    assert fix_chunks(words, chunks, _joined(text, words), unit_fixes=True) == [
        ("ORG", 0, 2), ("ORG", 3, 6)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks


def test_acronym_object_heads_count_only_in_capitals() -> None:
    # "Ka" in a firm's name is no train ("KA"): the person after it stays.
    text = "General Manager Ku Ka Denny Novel mengaku"
    words = text.split()
    chunks = [("PERSON", 4, 6)]
    assert fix_chunks(words, chunks, _joined(text, words)) == chunks
    text = "naik KA Argo Lawu ke Solo"
    words = text.split()
    assert fix_chunks(words, [("PERSON", 2, 4)], _joined(text, words)) == []


def test_honorific_names_visit_only_honorifics() -> None:
    # Names after each honorific; one already tagged, and one closing the window, are
    # left as they are.
    from warta.ner.kinds import honorific_names

    words = ["Dr.", "Terawan", "dan", "dr.", "Budi", "bertemu", "Dr.", "Ani", "di", "dr."]
    tags = ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    out = honorific_names(words, tags, {"dr.", "dr"}, lambda w: False)
    assert out == ["O", "B-PERSON", "O", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "O", "O"]
    assert honorific_names([], [], {"dr."}, lambda w: False) == []


def test_org_runs_open_only_at_head_words() -> None:
    from warta.ner.kinds import org_runs

    words = ["kata", "Kepala", "Dinas", "Kesehatan", "Jawa", "Tengah", "dan", "Polres",
             "Boyolali", "hari", "ini"]
    out = org_runs(words, ["O"] * len(words))
    assert out == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG",
                   "O", "O"]


def test_club_named_for_its_city_or_with_a_team_tail_is_an_organisation() -> None:
    text = "Toronto Raptors dan Jordan Adams serta West Ham United"
    words = text.split()
    toronto = GazMatch(0, 1, Place("Toronto", "CA", "city"))
    jordan = GazMatch(3, 4, Place("Yordania", "JO", "country"))
    chunks = [("PLACE", 0, 2), ("PERSON", 3, 5), ("PERSON", 6, 9)]
    assert fix_chunks(words, chunks, _joined(text, words), [toronto, jordan]) == [
        ("ORG", 0, 2), ("PERSON", 3, 5), ("ORG", 6, 9)]
    # The city alone, or a city before a word that is no plural, stays a place.
    text = "di Toronto Barat"
    words = text.split()
    toronto = GazMatch(1, 2, Place("Toronto", "CA", "city"))
    assert fix_chunks(words, [("PLACE", 1, 3)], _joined(text, words), [toronto]) == [
        ("PLACE", 1, 3)]


def test_spaced_hyphen_first_part_joins_the_name() -> None:
    text = "karya Jean - Michel Basquiat dan Edy Rahmayadi - Musa Rajecksah di Jakarta - Bogor Raya"
    words = text.split()
    jakarta = GazMatch(12, 13, Place("Jakarta", "ID", "city"))
    chunks = [("PERSON", 3, 5), ("PERSON", 6, 8), ("PERSON", 9, 11), ("PLACE", 14, 16)]
    assert fix_chunks(words, chunks, _joined(text, words), [jakarta]) == [
        ("PERSON", 1, 5), ("PERSON", 6, 8), ("PERSON", 9, 11), ("PLACE", 14, 16)]


def test_ports_file_formats_and_bank_ratios_are_no_entities() -> None:
    text = "port HDMI , file APK dan rasio NPL Bank Mega"
    words = text.split()
    chunks = [("ORG", 1, 2), ("ORG", 4, 5), ("ORG", 7, 8), ("ORG", 8, 10)]
    assert fix_chunks(words, chunks, _joined(text, words)) == [("ORG", 8, 10)]


def test_a_name_after_a_comma_closing_an_office_at_a_body_is_a_person() -> None:
    # 'Office Body , Name': the name set apart after the office is its holder, never a
    # place, whatever kind the tagger read on it.
    words = ["kata", "Direktur", "Eksekutif", "Lembaga", "Survei", "Cakra", ",", "Wandi",
             "Rusmana", ",", "di", "Bandung"]
    chunks = [("ORG", 3, 6), ("PLACE", 7, 9), ("PLACE", 11, 12)]
    got = fix_chunks(words, chunks, [False] * len(words))
    assert got == [("ORG", 3, 6), ("PERSON", 7, 9), ("PLACE", 11, 12)]


def test_org_runs_take_the_person_a_university_is_named_for() -> None:
    from warta.ner.kinds import org_runs

    # "alumni Universitas [Hasanuddin]": a person's name right after an eponym head is the
    # university's name; after another head it stays the person ("Partai [Budi]" no body).
    words = ["alumni", "Universitas", "Hasanuddin", ".", "Kata", "Kepala", "Dinas",
             "Budi", "Santoso"]
    tags = ["O", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON"]
    assert org_runs(words, tags) == ["O", "B-ORG", "I-ORG", "O", "O", "O", "O",
                                     "B-PERSON", "I-PERSON"]


def test_a_state_read_as_a_person_is_a_place() -> None:
    from warta.ner.kinds import fix_chunks, glued

    words = ["kunjungan", "ke", "Kerajaan", "Arab", "Saudi", "dan", "Andi", "Saudi"]
    spans = [(k * 10, k * 10 + len(w)) for k, w in enumerate(words)]
    chunks = [("PERSON", 2, 5), ("PERSON", 6, 8)]
    assert fix_chunks(words, chunks, glued(spans)) == [("PLACE", 2, 5), ("PERSON", 6, 8)]


def test_a_state_s_form_opens_a_state_s_name() -> None:
    # the one rule fix_chunks and resolve's _states_read_as_people both ask
    assert opens_with_state(["Kerajaan", "Arab", "Saudi"])
    assert opens_with_state(["republik", "Korea"])  # asked of lower-cased words too
    assert not opens_with_state(["Kerajaan"])  # the form alone names no state
    assert not opens_with_state(["Raja", "Salman"])


def test_staff_functions_and_job_papers_are_no_bodies() -> None:
    """kinds12: 'HRD', 'CV' and a card terminal by its spelt name are common nouns; a firm
    whose name opens with the legal form CV stays."""
    text = "Bagian HRD meminta CV lewat mesin Electronic Data Capture di CV Sinar Abadi"
    words = text.split()
    chunks = [("ORG", 1, 2), ("ORG", 3, 4), ("ORG", 6, 9), ("ORG", 10, 13)]
    assert fix_chunks(words, chunks, _joined(text, words), []) == [("ORG", 10, 13)]


def test_vehicle_head_opens_a_train_or_ship_name() -> None:
    # kinds18: a vehicle head of two words, or an acronym head in capitals, opening a name
    # with more after it; a one-word common head ("Jet") or the head alone is none
    from warta.ner.kinds import vehicle_head

    assert vehicle_head(["Kereta", "Api", "Argo", "Parahyangan"]) == 2
    assert vehicle_head(["KRI", "Bung", "Tomo"]) == 1
    assert vehicle_head(["Ka", "Sri", "Tanjung"]) == 0
    assert vehicle_head(["Jet", "Susanto"]) == 0
    assert vehicle_head(["Kereta", "Api"]) == 0
    assert vehicle_head([]) == 0


def test_arabic_name_articles_are_kinds_data() -> None:  # data20
    from warta.ner.kinds import _ARTICLES

    assert set(_ARTICLES) == {"al", "el"}


def test_a_kind_of_meeting_by_its_short_name_is_no_body() -> None:
    # kinds.toml not_entities: the DPR's hearing and a shareholders' meeting (ent27)
    text = "Menteri menjelaskan dalam RDP dengan Komisi VI"
    words = text.split()
    got = fix_chunks(words, [("ORG", 3, 4), ("ORG", 5, 7)], _joined(text, words))
    assert got == [("ORG", 5, 7)]


def test_a_schools_council_and_a_kind_of_madrasah_are_no_bodies() -> None:
    # kinds.toml not_entities: OSIS and "Madrasah Aliyah" generic (ent27b); a named
    # school stays
    text = "Ketua OSIS terpilih di Madrasah Aliyah dan SMAN 3 Bogor"
    words = text.split()
    got = fix_chunks(words, [("ORG", 1, 2), ("ORG", 4, 6), ("ORG", 7, 10)],
                     _joined(text, words))
    assert got == [("ORG", 7, 10)]


def test_party_branch_before_its_region_is_one_body() -> None:
    # "DPC PDIP [Sukamaju]": the unit's head and the party's short name, untagged, or the
    # party tagged, before the branch's region: one body, not the place
    words = ["pengurus", "DPC", "PKB", "Sukamaju", "dan", "DPW", "Partai", "Maju", "Sukaraja"]
    chunks = [("PLACE", 3, 4), ("ORG", 6, 8), ("PLACE", 8, 9)]
    text = " ".join(words)
    assert fix_chunks(words, chunks, _joined(text, words)) == [("ORG", 1, 4), ("ORG", 5, 9)]
    # a lower-case word before the short name is no unit head: the place stays
    words = ["kantor", "PKB", "Sukamaju"]
    text = " ".join(words)
    assert fix_chunks(words, [("PLACE", 2, 3)], _joined(text, words)) == [("PLACE", 2, 3)]


def test_records_by_their_short_forms_are_no_entities() -> None:
    """ent32: the interrogation record 'BAP' (14 mentions, who 301) and a wealth report
    'LHKPN' were read as bodies: a record's short form is no entity; a body's is kept."""
    text = "BAP dan LHKPN dari KPK"
    words = text.split()
    chunks = [("ORG", 0, 1), ("ORG", 2, 3), ("ORG", 4, 5)]
    assert fix_chunks(words, chunks, _joined(text, words), []) == [("ORG", 4, 5)]
