"""Language pack data: every shipped TOML file validates against its typed model, and a
bad file (unknown key, wrong type, missing key, bad regex, bad TOML) is a ConfigError
that names the file and the key. Bad files are written to tmp_path, never to the pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from warta.errors import ConfigError
from warta.lang.id import PACK_DIR, key_path, load
from warta.lang.schema import FILES, EventsData, QuotesData, TimexData


def bad_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """The shipped `<name>.toml` with `old` replaced once by `new`, in tmp_path."""
    text = (PACK_DIR / f"{name}.toml").read_text("utf-8")
    assert old in text, f"{old!r} not in {name}.toml: update the test"
    path = tmp_path / f"{name}.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def error_of(name: str, path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load(name, FILES[name], path)
    assert str(path) in str(info.value)  # the message names the file
    return str(info.value)


@pytest.mark.parametrize("name", sorted(FILES))
def test_shipped_file_validates(name: str) -> None:
    data = load(name, FILES[name])
    assert isinstance(data, FILES[name])
    assert load(name, FILES[name]) is data  # cached


def test_every_toml_of_the_pack_has_a_model() -> None:
    assert {p.stem for p in PACK_DIR.glob("*.toml")} == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_unknown_top_level_key_names_file_and_key(name: str, tmp_path: Path) -> None:
    text = (PACK_DIR / f"{name}.toml").read_text("utf-8")
    path = tmp_path / f"{name}.toml"
    path.write_text("surplus_key = 1\n" + text, "utf-8")  # before any [table]: top level
    msg = error_of(name, path)
    valid = ", ".join(sorted(FILES[name].model_fields))
    assert f"surplus_key: unknown key; valid keys here: {valid}" in msg


# One wrong-typed value per file: (file, text in it, replacement, key path in the message).
WRONG_TYPES = [
    ("affixes", "min_root = 4", 'min_root = "4"', "min_root"),
    ("aliases", 'name = "Joko Widodo"', "name = 7", "entity[0].name"),
    ("boilerplate", "trailer = '", "trailer = 5\nx = '", "inline.trailer"),
    ("countries", 'AF = { name = "Afganistan"', 'AF = { name = 1', "country.AF.name"),
    ("entities", 'Jokowi = "Joko Widodo"', "Jokowi = true", "person_aliases.Jokowi"),
    ("events", 'code = "AGREE"', 'code = "AGREE"\nsymmetric = "yes"', "verb[0].symmetric"),
    ("kinds", "place_heads = [", "place_heads = [1, ", "place_heads[0]"),
    ("langid", "min_percent = 50", 'min_percent = "50"', "min_percent"),
    ("numbers", 'teen = "belas"', "teen = 11", "words.teen"),
    ("places", "regions = [", "regions = [1, ", "regions[0]"),
    ("quotes", "min_words_without_cue = 6", "min_words_without_cue = 6.5",
     "direct.min_words_without_cue"),
    ("roles", "heads = [", 'heads = [["Presiden"], ', "heads[0]"),
    ("sites", 'domains = ["kompas.com"]', 'domains = "kompas.com"', "sites.kompas.domains"),
    ("themes", "scale = 8.0", 'scale = "8"', "settings.scale"),
    ("timex", "evening_from_hour = 18", "evening_from_hour = 18.0",
     "publication.evening_from_hour"),
    ("tone", "\nnegation_window = 3", "\nnegation_window = [3]", "settings.negation_window"),
    ("coref", 'same_place_prefixes = ["Provinsi"', 'same_place_prefixes = [1',
     "same_place_prefixes[0]"),
    ("offices", 'start = 2004-10-20', 'start = "kemarin"', "office[0].holders[0].start"),
]


def test_wrong_types_cover_every_file() -> None:
    assert {w[0] for w in WRONG_TYPES} == set(FILES)


@pytest.mark.parametrize(("name", "old", "new", "key"), WRONG_TYPES)
def test_wrong_type_names_file_and_key(name: str, old: str, new: str, key: str,
                                       tmp_path: Path) -> None:
    msg = error_of(name, bad_copy(tmp_path, name, old, new))
    assert f"\n  {key}: Input should be" in msg


def test_unknown_key_in_an_array_of_tables_lists_the_valid_ones(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "events", 'code = "AGREE"', 'code = "AGREE"\nactve = ["x"]')
    msg = error_of("events", path)
    assert ("verb[0].actve: unknown key; valid keys here: active, bare_noun, code, "
            "foreign_host, goal_is_place, goal_is_recipient, host_from_place") in msg


def test_unknown_key_under_a_quoted_table_name(tmp_path: Path) -> None:
    table = '[codes."iptc:sport"]'
    path = bad_copy(tmp_path, "themes", table, f"{table}\nstrng = []")
    msg = error_of("themes", path)
    assert 'codes."iptc:sport".strng: unknown key; valid keys here: strong, terms, weak' in msg


def test_missing_key_is_named(tmp_path: Path) -> None:
    msg = error_of("langid", bad_copy(tmp_path, "langid", "min_percent = 50", ""))
    assert "min_percent: missing key" in msg


def test_word_table_entry_of_wrong_type_is_named(tmp_path: Path) -> None:
    # In a word table every key that is not a setting is an entry: a misspelt setting
    # is a wrong-typed entry, and the setting itself goes missing.
    path = bad_copy(tmp_path, "timex", "case_sensitive_days =", "case_sensitive_dayz =")
    msg = error_of("timex", path)
    assert "days.case_sensitive_dayz: Input should be a valid integer" in msg
    assert "days.case_sensitive_days: missing key" in msg


def test_word_table_entries_and_settings_are_apart() -> None:
    data = load("timex", TimexData)
    assert data.days.words["senin"] == 1 and "case_sensitive_days" not in data.days.words
    assert data.days.case_sensitive_days == ("Minggu",)


def test_bad_regex_is_named(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "boilerplate", "trailer = '", "trailer = '('\nx = '")
    msg = error_of("boilerplate", path)
    assert "inline.trailer: not a valid regular expression" in msg


def test_cross_check_between_tables(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "quotes", "parenthetical = [", 'parenthetical = ["bogus", ')
    assert "[indirect].parenthetical not in [direct].verbs: ['bogus']" in error_of("quotes", path)


def test_empty_trigger_form_is_refused(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "events", 'code = "AGREE"', 'code = "AGREE"\nneeds = [" "]')
    assert "verb[0].needs[0]: String should match pattern" in error_of("events", path)


def test_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text("heads = [\n", "utf-8")
    assert "not valid TOML" in error_of("roles", path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    assert "no such language data file" in error_of("roles", tmp_path / "roles.toml")


def test_models_are_frozen() -> None:
    data = load("quotes", QuotesData)
    with pytest.raises(ValidationError):
        data.direct.min_words_without_cue = 1  # type: ignore[misc]


def test_verb_defaults_mirror_the_data() -> None:
    verb = load("events", EventsData).verb[0]
    assert verb.code == "AGREE" and verb.passive_subject == "target" and not verb.symmetric
    assert verb.received == () and verb.mode is None


def test_key_path_reads_like_toml() -> None:
    assert key_path(("codes", "iptc:sport", "strong", 2)) == 'codes."iptc:sport".strong[2]'
    assert key_path(("verb", 0, "actve")) == "verb[0].actve"
    assert key_path(()) == "(top level)"


def test_timex_pattern_starts_must_name_a_word_list(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "timex", '["@relative_parts"]', '["@relative_partz"]')
    assert "patterns[2].starts: '@relative_partz' names no table" in error_of("timex", path)


def test_codes_are_checked(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "events", '"Pentagon" = "US"', '"Pentagon" = "USA"')
    assert "metonyms.Pentagon: String should match pattern" in error_of("events", path)
    path = bad_copy(tmp_path, "places", "[places]", '[places]\n"Atlantis" = "atl"')
    assert "places.Atlantis: String should match pattern" in error_of("places", path)
    assert load("events", EventsData).countries["Amerika Latin"] == ""  # a region: no code


def test_event_code_lists_name_verb_codes(tmp_path: Path) -> None:
    """A [words] code list of events.toml holds codes of its [[verb]] entries: a misspelt
    one would switch its rule off without a word."""
    path = bad_copy(tmp_path, "events", 'measure_codes = ["ASSAULT"',
                    'measure_codes = ["ASSUALT"')
    assert "[words].measure_codes: ['ASSUALT'] not among the [[verb]] codes" in \
        error_of("events", path)
    path = bad_copy(tmp_path, "events", 'owned_object_codes = ["SUPPORT"',
                    'owned_object_codes = ["support"')
    assert "[words].owned_object_codes: ['support'] not among" in error_of("events", path)


def test_confixes_are_prefix_hyphen_suffix(tmp_path: Path) -> None:
    path = bad_copy(tmp_path, "numbers", 'change_noun_confixes = ["pe-an"',
                    'change_noun_confixes = ["pe an"')
    assert "change_noun_confixes[0]: String should match pattern" in error_of("numbers", path)
    path = bad_copy(tmp_path, "events", 'act_noun_confixes = ["pe-an"]',
                    'act_noun_confixes = ["pean"]')
    assert "words.act_noun_confixes[0]: String should match pattern" in \
        error_of("events", path)


def test_word_set_reads_its_list_on_first_test() -> None:  # data20
    from warta.lang.id import WordSet
    from warta.lang.schema import RolesData

    words = WordSet("roles", RolesData, "kin_nouns")
    assert "istri" in words and "presiden" not in words
    assert set(words) == set(load("roles", RolesData).kin_nouns)


def test_one_kinship_list_and_the_stages_additions() -> None:  # kin25
    """roles.toml `kin_nouns` is the one list; each stage's `kin_also` adds only words of
    other senses, none already in it, all lower case."""
    from warta.lang.id.kinship import kin_nouns
    from warta.lang.schema import EntitiesData, EventsData, RolesData

    base = kin_nouns()
    assert {"istri", "putera", "tunangan"} <= base and "anak" not in base
    assert all(w == w.lower() for w in base)
    for also in (load("roles", RolesData).kin_also, load("entities", EntitiesData).kin_also,
                 load("events", EventsData).words.kin_also):
        assert also and not base & set(also)
        assert kin_nouns(*also) == base | set(also)


def test_word_alternation_tries_the_longest_word_first() -> None:  # kin25
    import re

    from warta.lang.id.kinship import word_alternation

    alt = word_alternation(["ayah", "ayahanda", "a.b"])
    assert alt == r"ayahanda|a\.b|ayah"
    assert re.match(rf"(?:{alt})", "ayahanda").group() == "ayahanda"
    assert re.search(word_alternation([]), "ayah") is None


def test_word_set_reads_a_key_inside_a_table() -> None:  # data20
    from warta.lang.id import WordSet

    words = WordSet("quotes", QuotesData, "speaker.age_words")
    assert set(words) == set(load("quotes", QuotesData).speaker.age_words)


def test_word_set_joins_and_meets_sets_as_a_frozenset_does() -> None:  # data20
    from warta.lang.id import WordSet

    words = WordSet("quotes", QuotesData, "speaker.age_words")
    plain = frozenset(load("quotes", QuotesData).speaker.age_words)
    assert words | {"yang"} == plain | {"yang"} == {"yang"} | words
    assert words & {"berusia", "x"} == {"berusia"} == {"berusia", "x"} & words
    assert len(words) == len(plain)


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_kept_validated_file_reads_back_as_the_same_model(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.lang.id as pack

    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    model = FILES[name]
    raw = (PACK_DIR / f"{name}.toml").read_bytes()
    kept = pack._kept_file(name, model, raw)
    assert kept is not None
    validated = load.__wrapped__(name, model)  # validated, then kept
    assert kept.exists()
    again = pack._read_kept(kept, model)  # what the next process reads
    assert again is not validated and again == validated
    assert load.__wrapped__(name, model) == validated


def test_an_edited_or_damaged_pack_file_is_validated_anew(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.lang.id as pack

    monkeypatch.setenv("WARTA_CACHE", str(tmp_path / "cache"))
    raw = (PACK_DIR / "langid.toml").read_bytes()
    kept = pack._kept_file("langid", FILES["langid"], raw)
    assert kept is not None
    assert pack._kept_file("langid", FILES["langid"], raw + b"\n# a comment\n") != kept
    load.__wrapped__("langid", FILES["langid"])
    kept.write_bytes(kept.read_bytes()[:-1])  # cut short: the checksum differs
    assert pack._read_kept(kept, FILES["langid"]) is None
    assert load.__wrapped__("langid", FILES["langid"]) == load("langid", FILES["langid"])
    # a file given by path is never kept
    own = tmp_path / "langid.toml"
    own.write_bytes(raw)
    before = sorted((tmp_path / "cache").iterdir())
    assert load.__wrapped__("langid", FILES["langid"], own) == load("langid", FILES["langid"])
    assert sorted((tmp_path / "cache").iterdir()) == before
