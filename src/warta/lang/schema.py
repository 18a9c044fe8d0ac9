"""Typed shape of a language pack: one frozen model per TOML file.

Each model mirrors its file table by table, rejects unknown keys and checks value types
strictly (no "3" for 3), so a typo in the data fails at load time with the file and key
named (see `warta.lang.id.load`) instead of deep in a stage. Stages read these models and
keep only their own compilation (regexes, lookup tables).

Word tables that mix entries with a few settings ("[days]": `senin = 1` next to
`case_sensitive_days = [...]`) are `WordTable`s: the settings are fields, every other key
is an entry of the declared value type, reached through `.words`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    StringConstraints,
    model_validator,
)

from .affixes import AffixesData, AffixPrefix
from .base import (
    Confix,
    Currency,
    Iso2,
    LangData,
    Phrase,
    Regex,
    V,
    WordList,
    Words,
    WordTable,
)

__all__ = ["AffixPrefix", "AffixesData", "Currency", "Iso2", "LangData", "Phrase", "Regex",
           "V", "WordList", "WordTable", "Words"]


# ----------------------------------------------------------------------- boilerplate.toml


class BoilerplateLines(LangData):
    """Whole paragraphs: `related` carry a "Baca juga" headline (group `headline`),
    `drop` are removed outright."""

    related: tuple[Regex, ...]
    drop: tuple[Regex, ...]
    # A label alone on its line ("Baca juga:", "BERITA MENARIK LAINNYA:") opening a block
    # of headlines, one a line: each headline-like line after it (at most
    # `headline_max_words` words, no closing full stop, no opening quote) is related.
    related_block: tuple[Regex, ...] = ()
    headline_max_words: StrictInt = 15


class BoilerplateInline(LangData):
    """Inside paragraphs: the trailing editor credit and bracketed related headlines."""

    trailer: Regex
    related_inline: tuple[Regex, ...]
    # Removed wherever they match inside a paragraph (editor tags like "[idr]" after a
    # sentence's end).
    tags: tuple[Regex, ...] = ()
    # Quotation marks: a mark glued to the words on both sides (`pangan."Kami`) gets a
    # space on the side it faces away from; `opening` marks always open a quote, the
    # others open or close by their count in the paragraph.
    quote_marks: StrictStr = ""
    opening_marks: StrictStr = ""
    # Outlet brands written with a lower-case first part ("detikNews"): kept whole where a
    # lost tag glued them to the words around them ("dilansirdetikNewsdari").
    glued_brands: tuple[StrictStr, ...] = ()
    # Lexicon tags (the part before ":") of the words that may end a glued lower-case run
    # ("dilaporkanSaudi"); names and foreign words ("uberXL", "talkSPORT") are left alone.
    glued_word_tags: tuple[StrictStr, ...] = ()
    # Capitalised endings written glued on purpose ("kepadaNya", "koridorMu": of God).
    glued_clitics: tuple[StrictStr, ...] = ()


class BoilerplateTitle(LangData):
    """Site names and rubrics glued to page titles, stripped until none matches."""

    strip: tuple[Regex, ...]


class BoilerplatePage(LangData):
    """Page furniture that HTML extraction lets through (sources.html): `lines` are
    dropped anywhere, `edge` lines only in the runs that open or close the body."""

    lines: tuple[Regex, ...] = ()
    edge: tuple[Regex, ...] = ()
    # HTML classes of embedded posts (a tweet, an Instagram post): such elements are
    # removed before extraction, as the post is not the article's text.
    embeds: tuple[StrictStr, ...] = ()


class BoilerplateData(LangData):
    """boilerplate.toml (stages.clean, sources.html): patterns are Python regexes."""

    # Datelines opening the body (group `source`, optional `place`), tried in order;
    # `source_names` maps a dateline source (any case) to how the record writes it.
    datelines: tuple[Regex, ...]
    source_names: dict[str, StrictStr]
    lines: BoilerplateLines
    inline: BoilerplateInline
    title: BoilerplateTitle
    page: BoilerplatePage = BoilerplatePage()
    # Outlet of a URL's host when no dateline names one: a host or any parent domain
    # ("news.detik.com" finds "detik.com") -> the name the record writes.
    hosts: dict[StrictStr, StrictStr] = {}


# ------------------------------------------------------------------------- countries.toml


class Country(LangData):
    """Canonical Indonesian name and other spellings seen in news."""

    name: StrictStr
    aliases: Words = ()


class CountriesData(LangData):
    """countries.toml (train.gazetteer): ISO 3166-1 alpha-2 code -> names."""

    country: dict[Iso2, Country]


# -------------------------------------------------------------------------- entities.toml


class EntitiesData(LangData):
    """entities.toml (ner.resolve, stages.quotes): entity rules as word lists."""

    # Words opening an event name ("KTT"), words opening a place name without being
    # part of it ("Provinsi"), suffixes after a person's name ("SH"), words that make a
    # name an organisation ("Polri").
    event_heads: Words
    acronymed_body_heads: Words = ()  # "Forum": a body when its acronym follows
    english_body_tails: Words = ()  # "Magazine": a body's English last word
    home_embassy_forms: Words = ()  # "KBRI": the article's own country's embassy
    event_tails: Words = ()
    # Heads of a festival's or fair's name ("Festival", "Pameran"), capitalised as written.
    festival_heads: Words = ()
    race_heads: Words = ()
    club_prefixes: Words = ()
    # "Real", "Atletico": a word opening a club's name before its town ("Real Madrid"); a
    # place or person read on such a word and a known place is the club (kinds18)
    club_words: Words = ()
    club_tails: Words = ()
    # Words after a team's nickname naming its young side ("Harimau Malaya Muda"): the
    # nickname is still the team's, its age class's (ent31).
    young_sides: Words = ()
    # "Research", "Center", "Guest", "House": English common nouns of facilities and
    # units; a capitalised name made of them only names no entity (kinds18)
    facility_nouns: Words = ()
    # "Plant", "Journey", "Responsibility": English heads of plants, schemes and plans; a
    # person's name closed by one, opened by no given name, names no entity (kinds19)
    scheme_heads: Words = ()
    # "Summit", "Expo": English words closing the name of a gathering or fair; a body's or
    # person's name closed by one is the event (kinds19)
    event_name_tails: Words = ()
    meeting_heads: Words = ()
    pair_cues: Words = ()
    # Words opening a league's or cup's name and such names written without one ("Liga
    # Champions", "Bundesliga"); words opening a document's name ("Perjanjian Paris"), whose
    # places are no mentions of those places.
    competition_heads: Words = ()
    competitions: Words = ()
    # Words naming an election or a season that recurs ("Pilpres", "Haji"): one with its
    # year right after it is that edition, an EVENT ("Pilpres 2019", "Haji 2026"); words
    # closing an award show's name ("Awards"): the capitalised run they close is the show.
    edition_heads: Words = ()
    show_tails: Words = ()
    # Kinship words of other senses ("anak", "saudara") ner.resolve takes beside roles.toml
    # `kin_nouns` (kin25): a person holding an office named right after one ("putri Presiden
    # X") or followed by one ("Presiden X --ayah kandung Y") is the relative. split20.
    kin_also: Words = ()
    # Offices held as a spouse ('Ibu Negara'): the holder's name holding a shorter
    # person's is the wife's, and that person with an office another (who278).
    spouse_titles: Words = ()
    # Show tails closing a tournament's or race's name ("Terbuka", "Run"): the year after
    # one names that edition wherever it follows, apart from the bare series (cuts15).
    edition_tails: Words = ()
    # Words naming an event as such ("ajang"): the capitalised run right after one is that
    # event, an EVENT ("di ajang IFA 2017").
    event_cues: Words = ()
    # Words naming a body's own gathering ("Kongres"): one with the body's acronym right
    # after it is that gathering, an EVENT ("Kongres PSSI"), the acronym the body.
    gathering_heads: Words = ()
    document_heads: Words = ()
    place_prefixes: Words
    # Archipelagos' heads written lower-case before a name the gazetteer does not know
    # alone ("kepulauan Seribu"): the head is the name's first word.
    lower_place_heads: Words = ()
    # Natural features' nouns written lower-case before their names, alone or a list
    # ("sungai [X] dan [Y]", "dua sungai besar yaitu [X]"): the names are places.
    feature_heads: Words = ()
    # Products' nouns written lower-case before their names ("satelit [X]"): products.
    product_heads: Words = ()
    # Area nouns before a list cue ("daerah lain seperti [X]"): the names listed are places.
    listed_area_heads: Words = ()
    # Naming cues between such a noun and its list ("seperti", "yaitu").
    listed_area_cues: Words = ()
    # People's nouns before a list cue ("selebriti seperti [X]"): the names listed are people.
    listed_people_heads: Words = ()
    listed_people_cues: Words = ()
    # Brands' and firms' nouns before a list cue ("merek seperti [X]"): the names listed are
    # companies, not people.
    listed_brand_heads: Words = ()
    listed_brand_cues: Words = ()
    # Words joining the last name of such a list ("[Y] dan [Z]", "atau"): every list above.
    listed_joiners: Words = ()
    # Words joining the last name of a brands' list ("hingga" too).
    listed_brand_joiners: Words = ()
    # A party's legislative group's heads ("Fraksi"): the rest of its name is the party.
    faction_heads: Words = ()
    # Heads of parties' names ("Partai").
    party_heads: Words = ()
    # Partnership and maker cues ("bermitra dengan"): an untagged name after one is a firm.
    partner_cues: Words = ()
    # Credit words after a source cue ("Sumber : Istimewa"): no firm.
    source_credit_words: Words = ()
    # Zones' designations written before the place they are named for ("KEK [X Y]").
    zone_heads: Words = ()
    # Offices named for a list of portfolios ("Dinas Pariwisata, Pemuda, dan Olahraga").
    portfolio_heads: Words = ()
    name_suffixes: Words
    org_words: Words
    # Short name -> canonical full name of the same person ("Jokowi" -> "Joko Widodo").
    person_aliases: dict[str, StrictStr]
    # Area words of Indonesia's own administration ("Kecamatan"): a place they open is in
    # Indonesia; village words ("Desa"): a foreign code for the rest of the name stands
    # only when the article names that country.
    home_areas: Words = ()
    village_heads: Words = ()
    # Words opening the administrative area a body's branch serves ("MUI [Kabupaten
    # Garut]"): the body and the area right after it are one organisation.
    branch_areas: Words = ()
    # Heads of bodies that stand once per region (a regional service, an embassy), and
    # last words of such bodies' long forms ("... Daerah"): a place right after the body's
    # bracketed acronym is the region it serves, a town included.
    regional_heads: Words = ()
    regional_tails: Words = ()
    # Words naming a regional unit's numbered area after its body's bracketed acronym
    # ("Balai Besar X ( BBX ) [Wilayah VI] Budi"): the area and its number are the body's.
    unit_areas: Words = ()
    # The home country's own words in a body's name ("Indonesia", "RI"): such a body's
    # acronym in brackets, then a foreign town, is its office there.
    home_country_words: Words = ()
    # Heads of bodies named inside another body's name that the text may leave out
    # ("Fraksi [Partai] X"): both forms name one body.
    inner_body_heads: Words = ()
    # Area words of a district or village, and of the regency, city or province above
    # it: "Kecamatan X Kabupaten Y" run on with no comma is two places.
    district_heads: Words = ()
    regency_heads: Words = ()
    # Words opening an office building named for its body ("Kantor [Pusat]"), and the
    # words before it that make it a building ("di"): "di Kantor BKN" is a place.
    office_heads: Words = ()
    office_markers: Words = ()
    # Football reporting: words that make an article a match or transfer report, how many
    # distinct ones it takes, and the team names such reports use for a club or national
    # team (a city, a nickname) -> the team's name ("Barca" -> "Barcelona").
    # Another name of the person just named, given by the text: "Muhaimin Iskandar atau
    # [Cak] Imin", "Saifullah Yusuf (Gus Ipul)", "Friderica ..., yang akrab disapa Kiki".
    # `alias_cues` are the words before such a name (lower-case regex fragments), and
    # `nickname_titles` the familiar titles that make a plain "atau" name an alias.
    # Social platforms: a name run on after one is its channel's or account's owner
    # ("kanal Youtube [Sekretariat Presiden]"), an entity of its own.
    platforms: Words = ()
    # Words naming an account or channel: a platform's name after one, even lower-case
    platform_cues: Words = ()
    # Operating systems found as platforms, a name after one its version, no owner
    platform_systems: Words = ()
    # Particles glued to a platform's name ("WhatsApp[pun]", "akun Instagram[nya]")
    platform_particles: Words = ()
    alias_cues: Words = ()
    nickname_titles: Words = ()
    sport_cues: Words = ()
    sport_cues_needed: StrictInt = 3
    sport_teams: dict[str, StrictStr] = {}
    # Playing positions and team posts written before a player's or coach's name
    # ("penyerang Barcelona Lionel Messi"): a team of `sport_teams` right after one, before
    # a name, is the club, whatever the article's count of `sport_cues`.
    sport_positions: Words = ()
    # Lower-case particles inside a player's name in a line-up ("Van La Parra").
    lineup_particles: Words = ()
    # Words between a match's two sides ("Persib versus Arema"), matched in any case.
    versus_words: Words = ()
    # Words right before a club named by its town alone ("diimbangi Lille", "pemain
    # Nantes"), and words before a town that keep it the town ("di", "asal"): in football
    # reporting, a town so cued and never so kept is the club (kinds15).
    town_club_cues: Words = ()
    town_keepers: Words = ()
    # Epithets news uses for a country ("Negeri Ginseng" -> "Korea Selatan"): the place.
    place_epithets: dict[str, StrictStr] = {}
    # Words before a quoted title of a work ("film 'A Nightmare on Elm Street'"): the
    # title holds no entity.
    work_heads: Words = ()
    # Words opening a list ("yakni", "seperti"): after a work noun, the listed names are
    # works' titles.
    work_list_cues: Words = ()
    # Nouns of invented characters ("maskot", "karakter"): a name right after one (or after
    # one and a list cue) is a character's, no entity, even one read as a person (kind33).
    character_heads: Words = ()
    # Media words between a work's noun and its title ("serial televisi [X]") (kind33).
    work_media: Words = ()
    # Small words inside an unquoted title after one of `work_heads` ("acara The Late Late
    # Show With ..."): they mark the capitalised run as a title, not a name.
    title_inner_words: Words = ()
    # English pronouns, possessives and forms of "be" ("The Summer [Is] Gone", "Ode [to]
    # Time"): a capitalised run holding one is a title or a phrase, no name (kinds7).
    phrase_words: Words = ()
    # Words of acting ("diperankan"): in a text holding one, a name followed by another
    # person's in brackets ("Laras ( Dian Sastro )") is a character, no entity (kinds7).
    play_cues: Words = ()
    # Words telling a film's or a series' story ("mengisahkan", "disutradarai"): in a text
    # holding one, a name followed by another person's full name in brackets is a
    # character, no entity, as with `play_cues` (kinds17).
    story_cues: Words = ()
    # Acting words right before a character's name ("pemeran", "memerankan") and right
    # after it ("diperankan"): the name is the role played, no entity (lists8).
    character_cues: Words = ()
    character_tails: Words = ()
    # Nouns of awards ("penghargaan"): a name right after one is the award, no entity,
    # unless a person, an event, a known place, an acronym or a body (kinds7).
    award_nouns: Words = ()
    # Words opening the name of a levy ("Pajak Hiburan"): such a name is a tax, no
    # entity (kinds7).
    levy_heads: Words = ()
    # Words opening the name of a record, a permit or a report ("Berita Acara
    # Pemeriksaan", "Izin Usaha Pertambangan"): no entity (ent32).
    record_heads: Words = ()
    # Last words of a venue's or a natural place's English name ("Microsoft Theatre",
    # "Whitehaven Beach"): a person or organisation read on it is the place.
    venue_tails: Words = ()
    venue_heads: Words = ()
    language_cues: Words = ()
    people_cues: Words = ()
    species_heads: Words = ()
    member_nouns: Words = ()
    member_articles: Words = ()
    # Particles after a club prefix ("Olympique de Marseille"): no part of the club's core.
    club_particles: Words = ()
    # Two-word heads of place names whose first word the tagger leaves out ("Ibu [Kota
    # Nusantara]"): the place starts at that word.
    split_place_heads: Words = ()
    # Administrative words before a town in the body's name of the place a dateline gives
    # ("DKI Jakarta" for "JAKARTA"): that entity is the dateline's place.
    dateline_area_words: Words = ()
    # Particles opening a name before one of `particle_names` ("Ni Nyoman Dewi", "I Made
    # Sudarma"): part of the person's name, never of the word before.
    name_particles: Words = ()
    particle_names: Words = ()
    # Balinese caste titles opening a name before one of `particle_names` ("Ida Bagus
    # Ketut Adnyana"): the person's, never the end of a body before it.
    caste_name_titles: Words = ()
    # Lower-case particles inside Arabic names ("al", "bin"): a name holding one is a person.
    inner_name_particles: Words = ()
    # Familiar titles that form a nickname with the one word after them ("Gus Ipul", "Cak
    # Imin"): the title is the name's, not an honorific dropped from it.
    nickname_name_titles: Words = ()
    given_name_titles: Words = ()
    surname_particles: Words = ()
    # Given names written abbreviated with a period ("Moh . Shofan", "Muh . Arif"): the
    # abbreviation and its period open the name.
    given_name_abbreviations: Words = ()
    # Fellowships and professional titles written after a doctor's name and degree
    # ("dr. Hengky Setyahadi Sp . B , FINACS , FICS"): no organisations.
    title_after_name: Words = ()
    # First pieces of degrees written spaced after a name ("Sp . B", "M . Kes"): no name's.
    spaced_degree_heads: Words = ()
    # Area words that name a body for its area, the place written after the body's acronym
    # ("Asosiasi Provinsi PSSI Jawa Timur"), besides `home_areas`.
    body_area_words: Words = ()
    # A country's short form closing an organisation's acronym ("DPR RI", "MPR RI"): part
    # of that body's name, no mention of the country.
    country_suffixes: Words = ()
    # Generic bodies and groups written capitalised ("Lembaga Swadaya Masyarakat", "WNA"):
    # no organisation of their own; nor an organisation after a plural word ("para Kepala
    # Dinas Perhubungan") or before a word of 'the local one' ("Satgas RW setempat").
    generic_bodies: Words = ()
    # Words opening the name of a survey, census or index ("Survei Nasional Literasi ...",
    # "Indeks Persepsi Korupsi") and last words of a rate's name ("BI-Rate", "Fed Funds
    # Rate"): measures and studies, no body (a name holding a body's head stays one).
    indicator_heads: Words = ()
    indicator_tails: Words = ()
    plural_before: Words = ()
    generic_after: Words = ()
    # Words after a name naming the people with its bearer ('Budi dan kawan-kawan', 'dkk'):
    # the name before is a person's, whatever place or body the tagger read (kinds24).
    company_after: Words = ()
    # Words before a country that leave it the country, not a word of a longer name
    # ("Tim Indonesia", "Pemerintah Indonesia").
    country_keepers: Words = ()
    # Field names of a memo, letter or form ("Lampiran :", "Perihal :"): before a colon,
    # no entity.
    field_labels: Words = ()
    # Identity-number labels ("NPWP 09.468.771.2", "NIK"): where one stands inside a name,
    # the name ends before it.
    id_labels: Words = ()
    # Short forms of Indonesian provinces -> the gazetteer's full name ("Sumsel" ->
    # "Sumatera Selatan"): one place, named in full.
    place_aliases: dict[str, StrictStr] = {}
    # Legal forms opening a company's name ("PT Freeport Indonesia"): the name after them
    # is the company's short form ("Freeport").
    legal_forms: Words = ()
    # Words that close an organisation's name ("The Aerospace Corporation"): capitalised
    # words after one in the same tagged name are no part of it.
    org_closers: Words = ()
    # Trade words a firm's name ends with ("PT Sinar Baja [Steel]", "PT Karya [Tekstil]"):
    # no person's name ends so, a "person" tagged right after a firm's legal form and
    # first word that does is the rest of the firm's name.
    firm_trades: Words = ()
    # Heads of a body's units ("Departemen", "Direktorat"): a unit's name the tagger ended
    # before its parent body's acronym ("Departemen Riset [UGM]") runs on over it.
    unit_heads: Words = ()
    # Words before an airline's name that make a code after it its flight number
    # ("pesawat Garuda GA193"): the code is cut off (ent32).
    flight_cues: Words = ()
    # Words naming a body's management or staff ("Manajemen", "Management", "Direksi"): with
    # acronyms, legal forms and bodies the article names, a run of them before a person's
    # name the article writes alone is the body's, no part of the name.
    staff_words: Words = ()
    # Words before a body's class code ("Lapas Kelas [IIB] Majalengka"): the code and the
    # town after it are still the body's name.
    class_words: Words = ()
    # Words marking a kilometre post ("Cikarang Barat [KM 24]"): with the number after
    # them, no part of the place's name.
    kilometre_words: Words = ()
    # Verbs citing a source ("dilansir", "dikutip dari"): the name right after one is the
    # outlet cited (an organisation), and the words before it that say what it is
    # ("laman", "kantor berita").
    source_cues: Words = ()
    # Lower-case words names hold ("Komisi untuk ...", "Bank of America", "bin"): all others,
    # two or more in a row inside a tagged name, are a description run into it.
    name_function_words: Words = ()
    source_kinds: Words = ()
    # Nouns naming an outlet's kind that make the name after them the outlet even with no
    # citing verb ("kantor berita setempat, Cubadebate", "harian Kompas").
    outlet_nouns: Words = ()
    # Nouns of kinds of body ("band", "rumah produksi"): the name after one is that body;
    # not after a word of its owner ("milik"); names ending in `body_tails` ("Studios")
    # are bodies.
    body_nouns: Words = ()
    platform_nouns: Words = ()
    named_product_nouns: Words = ()
    # Naming cues after "fitur" and a few words ("fitur baru bernama [X]"): the name is a
    # product's feature, no entity (kind33).
    feature_naming_cues: Words = ()
    body_owner_words: Words = ()
    body_tails: Words = ()
    # Words before a person's initials ("berinisial MK"): what follows is a person.
    initial_cues: Words = ()
    # A body's staff, capitalised opening a sentence and run into the body's name
    # ("Penyidik Polda X masih ..."): no part of the body's name (ent33b).
    staff_openers: Words = ()
    # Nouns for the people of a police or court report ("tersangka", "korban"): capitals
    # listed after them and a copula ("tersangka itu adalah MAM, NN dan MA") are initials.
    initial_holders: Words = ()
    # Address words that take only a person ("Saudara MA", "Sdr AR"): capitals after them
    # are a person's initials.
    initial_addresses: Words = ()
    # Street words and the titles a street's namesake keeps ("Jalan Jenderal Ahmad Yani"):
    # the name after them is the street, not a person.
    street_heads: Words = ()
    street_titles: Words = ()
    namesake_heads: Words = ()
    # Words right before a name that make it a place: the locative "di" and venue nouns
    # ("di [Le Mans]", "sirkuit [Mugello]"); no person is "at" or "a circuit".
    place_markers: Words = ()
    # Currency words ("dolar"): a place right after one names the currency ("dolar AS"),
    # no mention of the place.
    currency_words: Words = ()
    # Words before a nickname ("tim berjuluk Laskar Sultan Adam"): the name after one is
    # an epithet, no entity of its own.
    epithet_cues: Words = ()
    # Area words closing a body's name with no area named ("DPRD Provinsi"): the bodies of
    # that level as a class, no one organisation.
    generic_area_tails: Words = ()
    # Organisations that write their own name in lower case ("kumparan"): found as whole
    # words wherever the tagger, reading case, passes them by.
    lower_case_orgs: Words = ()
    contracted_bodies: Words = ()  # "Kemenhub": a ministry named in one word
    # News agencies a closing credit names ("( Antara )", "[ AFP ]"), besides the outlets
    # of sites.toml: the credit is the agency, an organisation.
    news_agencies: Words = ()
    # Words before a work's title ("bertajuk"): the name after one is a title, no entity.
    title_cues: Words = ()
    # Words naming a law or regulation, and prefixes of the ministers' regulations'
    # contracted names ("Permenkes", "Kepmenhub"): a name right after one is the law's.
    law_heads: Words = ()
    # Head nouns of bodies besides the organisation heads and words ("Otoritas Jasa
    # Keuangan", "Angkatan Darat"): a name of common words with none of them is a term.
    body_heads: Words = ()
    # Heads of standing bodies that close a person's office ("Kepala [Kantor Staf
    # Kepresidenan]"): the body is named there (ent29).
    closing_body_heads: Words = ()
    # heads of a body's units ("Kor", "Divisi"): a body closing an office only with the
    # parent body ending its name ("Kepala [Kor Lalu Lintas Polri]"); ent31
    closing_unit_heads: Words = ()
    # Nouns of groups that, set off after a name by a comma, make it a body (ent29).
    apposed_body_nouns: Words = ()
    # Offices whose next words are their portfolio, no body of their own (ent29).
    portfolio_offices: Words = ()
    # Prefixes that contract an office or a headquarters with a police command's name
    # ("Ka" + "polres": Kapolres; "Ma" + "polda": Mapolda): a place right after such a
    # word is inside the command's name.
    command_prefixes: Words = ()
    office_prefixes: Words = ()
    law_prefixes: Words = ()
    # Lower-case words of a passage's number inside a text ('ayat 51'): ent30b.
    passage_words: Words = ()
    # Capitalised first parts of people's surnames written in one word with a capital
    # inside ("MacDonald", "VanDyke"): such a word may still be a person's name.
    camel_name_prefixes: Words = ()
    model_suffixes: Words = ()
    # Words naming a bench of judges ("majelis hakim"): no body; the court after one is.
    bench_words: Words = ()
    # Words making a head and the town after it one name ("Universitas Negeri Jakarta"),
    # headquarters' heads ("Mabes"), roads' heads ("Jalan"): lower case (ner.resolve).
    town_name_modifiers: Words = ()
    headquarters_heads: Words = ()
    road_heads: Words = ()
    toll_heads: Words = ()
    # Lists ner.resolve reads as sets (`_entity_words`), moved out of its code (data20):
    # building nouns ("gedung"), joining words an acronym skips ("dan"), a model's variant
    # words ("pro"), English function words in titles ("of"), words before an area's name
    # ("kota"), articles opening a name ("The"), forms of state ("republik"), heads of
    # bodies named after a person ("rumah sakit").
    building_nouns: Words = ()
    opening_common_nouns: Words = ()
    term_joiners: Words = ()
    variant_words: Words = ()
    body_heads_after: Words = ()  # "Foundation" (split20)
    product_nouns: Words = ()  # "Phone" (split20)
    title_function_words: Words = ()
    area_words: Words = ()
    name_articles: Words = ()
    compass_words: Words = ()  # "Barat", capitalised as written
    # A force after a rank ("Pol"), English articles ("The"), words before a year that is
    # no edition ("tahun"), named meetings' heads ("Rapat Kerja") (ner.resolve, data20).
    rank_forces: Words = ()
    house_words: Words = ()  # "No", "Blok": an address's words, as written
    english_articles: Words = ()
    not_edition_before: Words = ()
    named_meeting_heads: Words = ()
    namesake_bodies: Words = ()


# ----------------------------------------------------------------------------- kinds.toml


class KindsData(LangData):
    """kinds.toml (ner.kinds): kind corrections after tagging."""

    # Heads of facilities named after people ("Bandara"), heads of ships and aircraft
    # ("kapal induk"), legal forms ("Tbk"), names that name no entity ("IHSG"), and
    # legal-form prefixes of organisations ("PT").
    place_heads: Words
    object_heads: Words
    legal_forms: Words
    not_entities: Words
    org_prefixes: Words
    # Roles held for a country ("Presiden"): "Presiden [Turki Recep Tayyip Erdogan]".
    country_roles: Words
    # Words naming what the noun before them is called ("wahana antariksa bernama [X]"):
    # after an object head a few words before one, the name is that object's.
    naming_cues: Words = ()
    # People aboard an object ("penumpang pesawat bernama [X]"): before its head, the name
    # after the cue is the person's.
    object_riders: Words = ()
    # Words that open a capitalised run naming an organisation ("Polres Boyolali"): the
    # run is one organisation (`warta.ner.kinds.org_runs`).
    org_heads: Words = ()
    # Police and military commands of an area ("Polda", "Kodim"): org heads too, whose name
    # is the region they command.
    command_heads: Words = ()
    # Words that open a capitalised run naming a place ("Kabupaten Sleman"); the one-word
    # ones are area words to the kind rules ("DPRD [Kota] Bandung").
    run_place_heads: Words = ()
    # More words that make a place right after them part of an organisation's name
    # ("BEM [Semarang Raya]", "Liga [Inggris]"); with `org_heads` ("Polda [Jateng]").
    org_unit_heads: Words = ()
    # Rank abbreviations that never end an organisation's name: "Polres Serang AKP" is
    # the unit and the rank of the name after it.
    rank_tails: Words = ()
    # Last words of newspapers' names ("Herald", "Times"): a place with capitalised words
    # ending in one after it is the newspaper ("Sydney Morning Herald"), no place.
    media_tails: Words = ()
    # Last words of sports clubs' names that no place or person ends with ("United"): a
    # place or person read on a name of several words ending in one is the club.
    team_tails: Words = ()
    eponym_heads: Words = ()  # "Universitas": bodies named for a person
    # "RS": an all-capital acronym opening with one is a hospital, a body ("RSCM")
    body_acronym_prefixes: Words = ()
    # "University": a place no gazetteer knows holding one is the university, a body
    institution_words: Words = ()
    # "Gedung": a name opening with one is the building, a place, never its body
    building_heads: Words = ()
    # "Kementerian": a place no gazetteer knows opening with one is a government body;
    # "Bappeda": a one-word place that is one is that body (kinds11)
    agency_heads: Words = ()
    agency_names: Words = ()
    # "Kemen": one word opening with one and going on in letters is a ministry's contracted
    # name ("Kemendikdasmen"), a body (kinds18)
    agency_prefixes: Words = ()
    # "Relawan": a person's name opening with one is a group named for its leader or cause
    group_heads: Words = ()
    state_heads: Words = ()  # "Kerajaan": a name opening with one is a state
    # Abbreviated organisation heads and what they stand for ("Pemkot" = "Pemerintah
    # Kota"): "Pemkot Bandung" and "Pemerintah Kota Bandung" are one organisation.
    org_head_forms: dict[str, StrictStr] = {}
    # Arabic articles inside names ("al - Sarraj"), lower case (ner.kinds, data20).
    name_articles: Words = ()


# ---------------------------------------------------------------------------- events.toml


class EventWords(LangData):
    """[words]: the closed word classes the event parser reads."""

    # Clause shape: negation, hypothetical openers, clause and punctuation breaks,
    # words joining participants of one group.
    negators: Words
    hypothetical: Words
    clause_breaks: Words
    punct_breaks: Words
    connectors: Words
    led_by: Words
    # Country words: what makes one a language or origin rather than a participant, and
    # the state titles that keep it a participant after a capitalised word.
    not_country_after: Words
    country_titles: Words
    # Nominal triggers: verb prefixes that end a genitive, prefixes whose genitive is the
    # patient, codes whose genitive owns what is moved, support verbs and skippable words.
    verb_prefixes: Words
    patient_genitive_prefixes: Words
    owner_genitive_codes: Words
    held_genitive_codes: Words = ()
    # (evrec10) nouns of a case before an attack noun ("kasus penyiraman air keras terhadap
    # X"): the attack took place, its victim named, the attacker may go unnamed
    case_nouns: Words = ()
    case_codes: Words = ()
    # (evnoun30) nouns of a suit's hearing ("sidang perceraian X - Y"): the first named sues
    # the others, and a suit the article tells by a verb is not coded again
    suit_hearings: Words = ()
    # (evprec4) a verdict's outcome word that acquits ("memvonis Henry bebas"), kinds of
    # permit or document that are no participant ("mencabut empat IUP"), commitment nouns whose
    # bare genitive owns the commitment ("menegaskan komitmen Kemensos"), verbs of regret that
    # accuse only with something regretted ("Kami sangat menyayangkan, namun ...")
    acquittal_words: Words = ()
    document_kinds: Words = ()
    owner_after_nouns: Words = ()
    regret_verbs: Words = ()
    staging_passives: Words = ()
    sponsor_preps: Words = ()  # (evprec29) "dilaksanakan atas dukungan X": a sponsor credited
    sentenced_passives: Words = ()  # "menuntut agar Ahok dihukum": the one charged
    description_enders: Words = ()  # "dari anggota Komisi II DPR lainnya, Deddy"
    # (evprec5) adverbs of habit before a verb trigger ("kerap menggelar unjuk rasa": a habit,
    # no act), nouns of a driver or rider whose following name is the vehicle or the firm
    # ("sopir Pajero") and the vehicle words allowed between ("pengemudi mobil Pajero")
    habitual: Words = ()
    any_one_words: Words = ()  # (evprec29) "kerap memprotes suatu negara": a habit's object
    ending_nouns: Words = ()  # (ev34c) "usainya kerjasama": an ended cooperation
    ended_codes: Words = ()  # (ev34c) codes an ending noun before them cancels
    program_words: Words = ()  # (evprec28) "Ransomware Wannacry": no party
    # (ev31b) kind words between a program word and its name ("ransomware jenis WannaCry")
    program_kinds: Words = ()
    culprit_nouns: Words = ()  # (evprec28) "bahwa X merupakan dalang": X accused
    probe_questions: Words = ()  # (ev29b) "menyelidiki apakah X ...": X investigated
    area_nouns: Words = ()  # (ev29b) "di sekitar Jalan X dan kawasan Y": Y a place too
    animal_counters: Words = ()  # (ev29b) "seekor siamang (Symphalangus ...)": a species
    included_openers: Words = ()  # (evprec28) "terhadap 99 negara, termasuk X"
    superlatives: Words = ()  # (evprec28) "yang paling produktif melaksanakan": a ranking
    operator_nouns: Words = ()
    vehicle_words: Words = ()
    own_accord_words: Words = ()  # "kami sepakat untuk ...": a side's own decision
    # (evroles12) nouns of a legal case after an apposed role: "Budi, tersangka kasus suap"
    apposed_case_words: Words = ()
    # (evpart13) a ruling's nouns and verbs and a court's words: "dirampas untuk negara sesuai
    # putusan Pengadilan X", "Hakim X memutuskan aset Y dirampas": the court acts
    ruling_nouns: Words = ()
    ruling_verbs: Words = ()
    ruling_gap: Words = ()
    court_words: Words = ()
    # (evpart13) hearsay words opening what someone heard ("katanya", "kabarnya", "konon")
    hearsay_words: Words = ()
    # (evpart13) someone's charges or audience: advice to them is no request between actors
    advisees: Words = ()
    # (evprec26) praise given to one's own ranks ("apresiasi kepada seluruh jajarannya")
    own_ranks: Words = ()
    own_rank_codes: Words = ()
    # (evspeech19) codes of attacks that, told as to come, are threats made ("yang akan
    # membombardir X"), the words of an attempt cut short before the future word ("saat akan
    # menyerang"), and natural forces that burn or strike with no attacker ("api", "banjir")
    threatened_codes: Words = ()
    attempt_openers: Words = ()
    natural_forces: Words = ()
    force_compounds: Words = ()  # "senjata api", "kereta api": a thing named by the force word
    possibility_words: Words = ()  # "kemungkinan ada X yang ...": a possibility, no act
    # an appeal verb broken off by one of these breaks, with no addressee ("kepada X") nor
    # content before it: "kita mengajak, jadi ..." asks no one
    bare_appeal_codes: Words = ()
    bare_appeal_breaks: Words = ()
    # (evlaw25) words that open a clause only after a comma (", ternyata itu bukan ...")
    comma_breaks: Words = ()
    group_leaders: Words = ()  # (evrec26) "dipimpin": a group led by the name after it
    claim_verbs: Words = ()  # (evrec26) "mengaku bertanggung jawab atas serangan"
    responsibility_words: Words = ()  # (evrec26) "bertanggung" after one of claim_verbs
    bare_appeal_addressees: Words = ()
    bare_appeal_followers: Words = ()  # "jadi", "lalu": after the comma, another clause
    # (evrec20) manner adverbs that may stand inside a two-word trigger ending in one of
    # `gapped_preps` ("berkomunikasi intensif dengan X" as "berkomunikasi dengan X")
    gapped_adverbs: Words = ()
    gapped_preps: Words = ()
    # (evrec20) saying verbs that tell an appeal when the addressee and "agar" follow right
    # after them ("Ibrahim menjelaskan, masyarakat agar jangan ..."), the openers of that
    # content and the words an addressee may take ("para", "seluruh")
    told_appeal_verbs: Words = ()
    told_appeal_openers: Words = ()
    told_appeal_gap: Words = ()
    # (evrec25) adverbs between a word of need and the verb of a call told by it
    told_need_adverbs: Words = ()
    # (evrec28b) words of need a judging verb may end on, the addressee after them ("memandang
    # perlu pemerintah segera membentuk ...")
    need_first_words: Words = ()
    quoted_call_gap: Words = ()  # (evrec29) between a named subject and its need word
    quoted_call_states: Words = ()  # (evrec29) verbs of being: a role, no call
    quoted_call_executive: Words = ()  # (evrec29) titles of a speaker for the government
    quoted_call_unasked_prefixes: Words = ()  # (evrec29) a passive or a happening, no act
    # (evrec28b) prepositions marking the one an act noun opening a passive's clause is for,
    # before the verb ("hukuman mati untuk X telah dikonfirmasi")
    marked_before_preps: Words = ()
    # (evprec27) words of appointment: "diangkat dan diberhentikan oleh Presiden" states a
    # power of appointment and dismissal, no dismissal done
    appointment_words: Words = ()
    # (evprec27) assent words and the topic words after them that make them a stance on a
    # matter ("setuju soal perlunya penataan"), no agreement with a party
    assent_words: Words = ()
    # (ev34b) generic heads of a relative clause that, with a duty word after it, states a
    # standing rule ("orang yang dipanggil sebagai saksi wajib datang"), no act done
    generic_rule_heads: Words = ()
    rule_duty_words: Words = ()
    # (ev34b) adverbs between a main clause's subject and its verb after a fronted clause
    # ("Meski dikritik X , Y tetap menganggap ...")
    main_clause_adverbs: Words = ()
    opinion_topics: Words = ()
    # (evprec27) words of a venue in a place's name ("Museum X", "Bandung Zoo"): a visit
    # there meets no one
    venue_words: Words = ()
    # (evprec29c) welcoming words: the public's gladness with no one welcomed is no support
    welcome_words: Words = ()
    purpose_hosts: Words = ()  # (evmore25) verbs of an occasion a demand is made at
    # (evrec20) codes a topic refuses that are kept when the state is named after the trigger
    # in the event's clause: a firm's pledge on the government's requests
    state_pledge_codes: Words = ()
    # (evrec20) nominal denials ("tidak benar") whose actor, in a direct quotation with no one
    # named before them, is the quoted speaker
    quoted_denials: Words = ()
    # (evpoll26) units of a share: a percentage as the subject of a verb is a poll's share
    share_units: Words = ()
    own_side_pronouns: Words = ()  # "yang sudah kami sepakati": a thing agreed before
    # (evactor11) agent codes of one unnamed person whom a bare noun opening a sentence
    # names ("Pelaku kini ditahan."): a pronoun opening the next sentence is that person
    pronoun_subject_agents: Words = ()
    # (evactor11) searches of premises ("penggeledahan di rumah A dan B": A and B searched)
    # and the premises nouns that may stand between "di" and the owner's name
    premises_acts: Words = ()
    premises_nouns: Words = ()
    # (evactor11) words before a name the sentence gives someone ("bernama X"): where no
    # person is tagged there, a pronoun opening the next sentence is no one named before
    pronoun_naming_words: Words = ()
    # (evactor11) a preposition fronting a request noun before the main clause ("Atas
    # permohonan dari X, Kejari Cilegon memberikan ..."): that clause's subject was asked
    request_fronts: Words = ()
    apology_words: Words = ()
    apology_causes: Words = ()
    # (evrecall5) codes whose conditional clause is their content: "Jika uang tidak
    # diberikan, pelaku mengancam ..." (the threat is made)
    conditioned_codes: Words = ()
    # (evrec13) Future words and the conditions after them: "akan mundur jika DPR mendukung
    # ..." plans an act on a condition, none done.
    future_words: Words = ()
    conditions: Words = ()
    # (evrecall5) codes a quoted passive with a named agent reports as done: '"Pelapor
    # diancam oleh pelaku ...," ujar Kasat Reskrim'
    quoted_passive_codes: Words = ()
    # (evrecall5) modes no topic rule refuses: a resignation from a post is news in sport too
    topic_kept_modes: Words = ()
    # (evrecall5) modes whose "sebagai X" after the verb names the post left, no target
    post_modes: Words = ()
    # (evrec27) trigger phrases no topic rule refuses: violent conduct is no play on the pitch
    topic_kept_triggers: Words = ()
    # (evcoop10) main topics whose refusal of COOPERATE spares a partnership with a named
    # organisation as its partner: a bank's tie with a fintech firm in technology text
    partner_topics: Words = ()
    # (evrec16) words naming the partner as such right after a kept partnership's trigger
    # ("menggandeng mitra lokal seperti X", "menggandeng X sebagai mitra perbankan")
    partner_roles: Words = ()
    # (evrecall5) words naming the post in or right after a resignation's trigger
    post_words: Words = ()
    # (evrecall5) kinds of body that partner a cooperation unnamed ("menggandeng komunitas komik")
    partner_kinds: Words = ()
    # (evrec28c) counting words before such a kind ("dengan sejumlah media", "dengan lebih
    # dari 100 restoran")
    partner_counts: Words = ()
    # (evrecall6) aspect words between an aside set off by commas and the passive after it
    aside_aspects: Words = ()
    # (evrecall6) verbs of ordering whose object carries out the purpose clause after them
    order_verbs: Words = ()
    # (evrec7) nouns of an unnamed complainant opening a report's clause ("Korban lalu melapor
    # ke polisi") and the agent code they stand for there
    complainants: Words = ()
    complainant_agent: str = "CVL"
    letter_nouns: Words = ()  # (evrec7) "surat": a relative after its addressee is the letter's
    # (evroles9) words that void an act declared on ("menyatakan penetapan tersangka ... tidak
    # sah": the court voids the designation, it makes none), passives of an expectation whose
    # verb after them is a duty ("dituntut membalas"), kin nouns whose following name is the
    # kin's relative, no participant ("menemui istri Ali"), and adverbs that open no clause
    # right after a transitive verb ("menonaktifkan sementara Ketua PN X")
    void_words: Words = ()
    declaring_supports: Words = ()  # "menyatakan": the support verbs void_words go with
    duty_passives: Words = ()
    kin_also: Words = ()  # "anak", beside roles.toml `kin_nouns` (kin25)
    retinue_nouns: Words = ()  # "pembantu Presiden X": as kin_nouns, X no participant
    counsel_nouns: Words = ()  # (evprec25) "kuasa hukum X": X is the client, no party
    co_patient_preps: Words = ()  # (evprec25) "ditangkap bersama X": X held too
    verb_adverbs: Words = ()
    # (evlegal19) a span of time after "untuk" ("ditahan untuk 20 hari"): no clause opens
    duration_counts: Words = ()
    duration_units: Words = ()
    # (evlegal19) "karena" after a passive main clause: its verb-first clause shares the subject
    reason_subordinators: Words = ()
    hearing_gap: Words = ()  # "sidang pembacaan": between a received support verb and its noun
    support_active: Words
    support_received: Words
    skip: Words
    # Prepositions by the role of the mention after them.
    place_preps: Words
    goal_preps: Words
    source_preps: Words
    agent_preps: Words
    target_preps: Words
    with_preps: Words
    between_preps: Words
    # Codes: those needing a recipient, those where "ke X" is the target, those whose
    # clause can embed a reported action.
    requires_recipient: Words
    goal_is_target: Words
    embedding: Words
    # Reference: anaphoric words after a nominal trigger, the speaker's side inside a
    # quote, words standing for the previous event's actors and targets.
    anaphoric: Words
    speaker_words: Words
    anaphor_actors: Words
    anaphor_targets: Words
    group_pronouns: Words = ()
    group_pronoun_agents: Words = ()
    # Codes whose passive needs a subject (a patient): "didukung oleh X" alone is a
    # sponsor line, no support for anyone.
    passive_needs_subject: Words = ()
    dissolving_passives: Words = ()
    state_units: Words = ()
    # Codes whose passive codes an event with its agent unnamed and the actor left empty.
    agentless_codes: Words = ()
    # Codes done by saying something: a person's act of these quoted is reported speech.
    speech_acts: Words = ()
    # The country the news is written in: travel there by its own people is no visit.
    home_country: Iso2 | None = None
    # Lower-case me-/di-/ber-/ter- words that are no verbs ("menurut", "tersebut"): they
    # neither make a mention an object nor open a clause.
    not_verbs: Words = ()
    # Words opening the content clause of a request, promise or refusal ("agar", "untuk").
    content_openers: Words = ()
    # Third-person pronouns that stand for the person they refer to as an actor.
    pronouns: Words = ()
    # Relative pronouns: "X yang ditangkap" has X for subject, "empat tersangka yang
    # dibekuk" a common noun (no named participant).
    relatives: Words = ()
    # Words before a role noun that make it a complement, not a participant ("ditetapkan
    # sebagai tersangka", "diperiksa sebagai saksi").
    role_complements: Words = ()
    # (evprec17) "calon kepala daerah": aspirants to an office, no holder of it (an agent
    # whose code is one of `aspirant_agents` is no participant after these words)
    aspirant_words: Words = ()
    aspirant_agents: Words = ()
    # (evprec17) Words of intent that may stand between an aside's closing comma and its
    # verb ("Siti, tetangga Imam, berniat melaporkan Imam"), as `skip` words do.
    intent_words: Words = ()
    region_heads: Words = ()
    # Connectors of a list of names that share the preposition before the list ("di grup
    # Facebook dan WhatsApp").
    list_connectors: Words = ()
    # Role nouns, besides the NER role heads, that open a description of a person named
    # before ("Waka Komisi Hukum DPR itu", "Politikus PKB ini").
    description_heads: Words = ()
    # Words opening a group, never one person: "Para Kepala Dinas itu" is no one named before.
    plural_openers: Words = ()
    # Words that open an apposition after a person naming their post ("Iswan Ibrahim selaku
    # Komisaris PT IAE", "Anang merupakan Direktur Utama PT Quadra"); the organisation of
    # that post is the person's employer, no participant.
    appositions: Words = ()
    # Lower-case nouns of a post or membership that, like the NER role heads, tie a person
    # to the organisation after them ("Dwi, mahasiswa Magister SIL UI").
    member_nouns: Words = ()
    # (evprec6) Workers and reporters whose deeds and whose fate are their own, not their
    # employer's: "karyawan Freeport ... membakar", "penangkapan mantan Wartawan BBC".
    employee_nouns: Words = ()
    # (evprec6) Objects that turn an act on the doer itself: "menghancurkan dirinya sendiri".
    reflexive_objects: Words = ()
    # (evprec7) Objects naming no deed's doer, backed by a verb of support: "Saya mendukung
    # penuh apa yang sudah dilakukan klub" (support with no second party).
    free_relatives: Words = ()
    # (evprec7) Titles of experts: their appeal to the public at large is advice, no request
    # between actors ("Peneliti X mengimbau masyarakat untuk berhenti makan tengah malam").
    expert_titles: Words = ()
    # (evprec7) Words of degree between a verb of support and its object ("penuh").
    degree_words: Words = ()
    # Nouns of a period named after its ruler ("di masa pemerintahan Presiden Joko Widodo",
    # "era Soeharto"): the person after them dates the clause and takes no part in it.
    period_heads: Words = ()
    # Lower-case words that may stand between a period noun and its ruler ("pemerintahan").
    period_gap: Words = ()
    # Words between a passive verb and a name that make the name a complement, not the
    # bare agent ("dituding jadi penyebab kematian Brown").
    complements: Words = ()
    # Codes whose target may be the subject of their content clause ("meminta agar TNI").
    content_target_codes: Words = ()
    # Codes whose "dari X" names the target when the clause names none ("menyita uang dari
    # X": X's money is seized; "menolak tawaran dari X": X's offer is rejected).
    source_is_target: Words = ()
    # A verb trigger right after one of these names an offence ("tindak pidana merampas
    # kemerdekaan"), not an event.
    offence_words: Words = ()
    # Negators that negate only the word right after them ("kurang mengapresiasi"; "kurang
    # lebih 100 orang ditangkap" is an estimate).
    near_negators: Words = ()
    # Existential words that a negator before them turns into "no one": "tak ada anggota DPR
    # yang mengancamnya" (a relative clause under a negated "ada" negates its verb).
    existentials: Words = ()
    # Phrases that open with an agent noun yet name no agent ("masyarakat internasional" is
    # the world's states, not civilians): matched first, they take no role.
    not_agents: Words = ()
    # Punctuation that separates the items of a list of titled names ("mengapresiasi Menteri
    # A, X; Menteri B, Y; serta Menteri C, Z"): between two names it breaks no clause.
    list_separators: Words = ()
    # Joining words that still join list members after a comma ("A dan B, serta adik B, C");
    # ", dan" coordinates clauses too often ("prioritas Musk, dan para pemegang saham ...").
    comma_joiners: Words = ()
    # (ev30) Words that join the last member of a list after a comma as "even" does ("A, B,
    # bahkan C memutus hubungan"): all three act; not a clause's opener (no verb between).
    list_climax_joiners: Words = ()
    # (ev32b) Words opening a comparative relative on a charge ("seperti yang dituduhkan X",
    # "sebagaimana dituduhkan X"): the one charged is the subject of the clause it ends.
    as_charged: Words = ()
    # (ev32b) The codes whose passive takes that subject as its target.
    as_charged_codes: Words = ()
    # (ev30) Supposition words of a quotation ("tentu") that avow the speaker's own stance
    # when the speaker's pronoun follows ("Tentu kita mempertanyakan ..."): no supposition.
    quote_avowals: Words = ()
    # (ev31c) Words counting the times of an act ("beberapa kali", "berkali-kali"): with a
    # numeral before "kali" an adverb, no subject of reported content.
    frequency_words: Words = ()
    # Verbs of wanting before a nominal trigger: "memohon dukungan masyarakat" asks for
    # support nobody has given yet, so the noun codes no event.
    wanting: Words = ()
    # (ev31b) Words of guarding against something before a nominal trigger ("agar terlindungi
    # dari serangan", "untuk menghindari serangan"): an act to come, none done; and the
    # words allowed between them ("dari", "terjadinya").
    guard_words: Words = ()
    guard_links: Words = ()
    # (ev31b) Words opening a sentence of advice or invitation ("Silakan warga ... lapor ke
    # polisi"): what its first clause tells is suggested, not done.
    advice_openers: Words = ()
    # (ev31b) A verb after these is the means of the act before it ("menghabisi Endang dengan
    # cara menggorok leher"): no second act.
    means_phrases: Words = ()
    plan_nouns: Words = ()  # (ev31b) "ada rencana Kamal menghabisi Endang": a plan, no act
    # Verbs whose "untuk" opens no clause: the decision is the act ("memutuskan untuk X").
    decided: Words = ()
    # Clause breaks that before a name are a preposition, "for" ("vonis lima tahun untuk X").
    benefactive_breaks: Words = ()
    benefactive_codes: Words = ()  # codes whose patient that "for" may name
    # Body parts: a passive's possessed part ("wajahnya disiram") is hurt, its owner the victim.
    body_parts: Words = ()
    # Titles of the accused ("terdakwa X"): in a prosecutor's demand put to the court, the one
    # it names is the accused.
    accused_titles: Words = ()
    # An unnamed group asked to act: a quantifier right after a request ("mendorong semua
    # stakeholder untuk ..."), then the clause its request opens.
    group_quantifiers: Words = ()
    request_openers: Words = ()
    # (evrecall3) A kind of body or people asked to act with no quantifier ("mendorong
    # fasilitas kesehatan untuk ..."): the first word of such an object.
    asked_groups: Words = ()
    # (evrecall3) Hope words with no subject of their own, the speaker's ("Harapannya, ...").
    speaker_hopes: Words = ()
    # The state in a topic that refuses codes (`topic_refuses`): agent codes, and the first
    # words of an office holder's role or of a government body's name ("Menteri", "Pemkab").
    state_agents: Words = ()
    state_titles: Words = ()
    # Conditional words that mean "bahwa" after a saying verb ("mengaku jika ...").
    said_that: Words = ()
    said_that_verbs: Words = ()  # saying verbs besides reporting_verbs
    # Before and after the addressee of a hope (EventVerb.named_addressee).
    addressee_gap: Words = ()
    addressee_next: Words = ()
    addressee_outcomes: Words = ()  # a success wished for after it: no request
    # Words that name the person after them ("tersangka bernama Haerul"): the name shares
    # the preposition of the noun before it ("Dari tersangka bernama Haerul, polisi ...").
    naming: Words = ()
    # A preposition before these names who follows, no role: "saksi atas nama Dedy".
    named_after: Words = ()
    # "di lingkungan Kementerian PU": the body after these is the one meant, no place.
    within_nouns: Words = ()
    # Openers of a source attribution ("menurut laporan dari The Independent", "dikutip dari
    # Reuters"): mentions after them report the event and take no role in it.
    report_openers: Words = ()
    # Codes whose content is not done ("menolak menandatangani", "mengancam akan menyerang",
    # "sepakat menggelar"): a verb right after one, coded or not, codes no event.
    unrealised_content: Words = ()
    # Words before a nominal trigger that make it an example ("seperti pertemuan dengan X").
    examples: Words = ()
    likeness: Words = ()
    # Words right before a verb trigger (skip words between allowed) that make it an
    # ability or a manner, not a deed: "masih bisa menembak tepat sasaran", "sinergi dalam
    # mendukung pengendalian inflasi".
    not_deeds: Words = ()
    # Words before one of `not_deeds` that make it a deed after all: "polisi terpaksa harus
    # melayangkan tembakan" (forced to shoot: a shot was fired).
    deeds_after_all: Words = ()
    # (evprec3) Words of reported speech that stand for the speaker's body where the
    # speaker's role names one ("pihaknya"); verbs of forbidding, whose content act did not
    # happen; quantifiers making an act noun a kind; frames whose act noun's genitive is
    # the subject of the main verb ("Dalam penggeledahan KPK menyita ...").
    body_words: Words = ()
    party_words: Words = ()  # (evrec9)
    party_heads: Words = ()  # (evrec9)
    time_subordinators: Words = ()  # (evrec9)
    interview_verbs: Words = ()  # (evrec9)
    pairing: Words = ()  # (evrec9)
    forbidding: Words = ()
    generic_quantifiers: Words = ()
    act_frames: Words = ()
    # (evprec3) Codes whose object noun of an act takes its own patient after these
    # prepositions: "meminta penjadwalan ulang pemeriksaan terhadap Lisa" asks not Lisa.
    inner_patient_codes: Words = ()
    inner_patient_preps: Words = ()
    # Number words: a passive arrest or charge of a counted group named by no one ("tiga
    # orang ditahan") is an event with no target.
    numerals: Words = ()
    # (evrec11) Agent nouns that stand for the police only bare: counted ("49 petugas
    # dipecat", "dua petugas yang terlibat") they are some body's staff, no agent.
    bare_agents: Words = ()
    # (evrec11) After a comma these open a relative of place ("..., tempat dia ditangkap"):
    # the object of a trigger before ends there.
    place_relatives: Words = ()
    # (evprec16) Prepositions of the one a report or complaint is made to ("mengadukan
    # masalah itu kepada Polres X"): for a report going to an authority, no target.
    report_addressee_preps: Words = ()
    # (evprec16) Causative verbs whose negation reaches past their object to the verb it
    # makes do: "tidak lantas membuat X menyalahkan Y" (X blames no one).
    causatives: Words = ()
    counted_people: Words = ()  # nouns of people after such a count ("orang", "terduga")
    # Inside a direct quotation with a known speaker these words stand for the speaker's
    # side ("Kami baru bertemu dengan DJP", said by an OJK official: OJK met DJP).
    quote_speaker_words: Words = ()
    # ... of them, those that stand for the speaker's side only as a bare subject, a skip
    # word or a verb right after ("tim menangkap", not "tim dari BPK", "tim evakuasi").
    quote_team_words: Words = ()
    # Item openers of a ruling read out in a direct quotation ('"Kedua, menjatuhkan pidana
    # kepada terdakwa ...," kata Ketua Majelis Hakim X'): a verb right after the opening mark
    # or one of these (and a comma) has no subject of its own; it is the speaker's side's act.
    quote_item_openers: Words = ()
    # Prepositions that mark the one acted on after a passive whose subject is the act
    # itself ("Hukuman mati telah dilaksanakan terhadap X", "sanksi dijatuhkan kepada X").
    passive_target_preps: Words = ()
    # Words right before a trigger inside a direct quotation (skip words between allowed)
    # that make it a plan, a duty or a wish, not a deed: "Kami akan menindak tegas".
    quote_unrealised: Words = ()
    # Words before a trigger inside a direct quotation that say the event took place
    # ("China sudah bersedia"); without one only the speaker's own side's acts count.
    quote_realis: Words = ()
    # Verbs whose object names an event that took place: "menghadiri protes" (a protest was
    # held), unlike "menolak protes"; a nominal trigger after them keeps its unnamed actor.
    attending: Words = ()
    # Codes whose nominal trigger after an attending verb has the attender for a participant:
    # "Schumer juga bergabung dalam protes tersebut" (Schumer protests), "menghadiri pertemuan".
    attending_codes: Words = ()
    # A passive arrest, detention or charge whose agent goes unnamed (its entry's
    # `unnamed_actor` is `enforcer_default`) was made by whoever made the last one named in
    # the sentences before: an organisation, or one of `enforcer_agents` ("Tentara juga
    # menangkap editor ... Tidak jelas mengapa Guled ditangkap": the soldiers, not police).
    enforcer_default: Annotated[StrictStr, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None
    enforcer_agents: Words = ()
    # Words that name the police (`enforcer_default`) in an article. With none of them in
    # it, a passive arrest or charge with no agent is not put on the police: "RSS yang
    # menjadi tersangka" in a story about prosecutors names no police, the actor stays empty.
    enforcer_default_words: Words = ()
    # Words naming other enforcing bodies (lower-case): with these or the police words, a
    # body named only as where a suspect is questioned or held made that act ("Roy Suryo
    # menjalani pemeriksaan di Polda Metro Jaya": the Polda questions him).
    enforcer_body_words: Words = ()
    # Words of detention facilities (lower-case): a unit named with one ("Rutan Polres
    # Polman") is where a suspect is held, a place, never the enforcing body.
    detention_words: Words = ()
    # Nouns that name a danger as well as a threat made ("ancaman"): one with no one
    # threatened and no threatened act after it is a danger, no event; `threat_contents`
    # open what a threat made says it will do ("ancaman untuk menarik diri").
    danger_nouns: Words = ()
    threat_contents: Words = ()
    # Words right before such a noun that make it the setting of an act, a danger whoever
    # follows ("di tengah ancaman rudal Korea Utara": North Korea threatens no one named).
    danger_settings: Words = ()
    # Nouns of a word or its meaning: a nominal trigger right after one (quote marks
    # between allowed: "kata 'kerusuhan'") names the word, no act; nor does one right
    # before `defined_by` ("kerusuhan yang dimaksud ialah ...").
    term_words: Words = ()
    defined_by: Words = ()
    # Confixes of act nouns, written "prefix-suffix": one right after a danger noun names
    # the act threatened ("ancaman pembunuhan"), so the noun is a threat made.
    act_noun_confixes: tuple[Confix, ...] = ()
    # Nouns of residence or origin: the places right after one ("warga Desa Kijang,
    # Kecamatan Praya Timur, Lombok Tengah") say where someone lives, no participant.
    residence_words: Words = ()
    # Codes whose object's owner, the agent of a passive relative clause on it, is the
    # target ("mengapresiasi pencapaian yang diraih oleh Polda Babel").
    owned_object_codes: Words = ()
    # Agent codes of residents: a town or province at home right after their noun is where
    # they live, not a body they belong to ("warga Desa Cibodas" are civilians).
    resident_agents: Words = ()
    # Who was the target of one of these codes before is a suspect, never the enforcer
    # ("Penangkapan tiga tersangka merupakan hasil pengembangan dari tersangka RMP").
    enforced_codes: Words = ()
    # Codes whose event with no one named as recipient is none when its object is one of
    # `programme_objects`: "Kejaksaan juga mendukung program ketahanan pangan" backs an
    # activity, not a participant.
    # First words of formal charges: the act they embed is reported as done ("Suhendra
    # didakwa membunuh Sri" codes the charge and the killing), unlike other accusations
    # ("menuduh Rusia menculik anak": the content only).
    charges: Words = ()
    programme_codes: Words = ()
    programme_objects: Words = ()
    programme_preps: Words = ()  # (evprec25) "dukungan X terhadap program"
    # Market quantities ("saham", "harga"): a hostile act done to one is a market move, no
    # event ("memukul nilai saham Twitter"); the codes this holds for.
    measure_objects: Words = ()
    measure_codes: Words = ()
    # Nouns of making or adding: what follows is what is made, no participant ("mendukung
    # pembentukan Kementerian Haji", "perlunya penambahan pekerja").
    made_objects: Words = ()
    # Prefixes of the verb of an act embedded after a request, promise or backing (codes of
    # `embedding`): its object is the content, no target. Not ber-/ter- ("berinisial RMP",
    # "terwujudnya"), mostly attributes.
    content_verb_prefixes: Words = ()
    # Words allowed between a support verb and its nominal trigger besides [words] skip:
    # "menyalurkan sejumlah bantuan", "menerapkan kebijakan pembatasan jam malam".
    support_gap: Words = ()
    # Aspect words that make a nominal trigger right after them a verb ("telah rapat dengan").
    verbal_aspect: Words = ()
    # Words before "dari" that make it part of an amount, not a preposition: "memberikan
    # bantuan kepada lebih dari 347.000 warga" (the aid goes to the people).
    amount_heads: Words = ()
    # (evrec11) Last words of a trigger that suspects a wrong to exist ("menduga ada"): every
    # party named in the wrong suspected after it is accused ("pemberian fee kepada X oleh Y").
    suspected_wrong: Words = ()
    # Nouns before "dari X" that make X the acting side ("Para wakil dari Korea Selatan dan
    # Korea bertemu"): a subject, not a source.
    representatives: Words = ()
    # Conjunctions of a subordinate clause whose subject, when left out right before its
    # verb, is the main clause's: "Zuma akhirnya mengundurkan diri, setelah sempat menolak
    # desakan mundur" (Zuma refused).
    subordinators: Words = ()
    # Codes whose verb's -nya object ("memintanya", "mengajaknya", "menjeratnya") is the
    # person named last before it.
    enclitic_person_codes: Words = ()
    # Nominal triggers whose genitive is the patient though their first word has no patient
    # prefix ("surat perintah penangkapan X": X is to be arrested).
    patient_genitive_nouns: Words = ()
    # Nominal accusations whose name after an inner lower-case noun is the accused:
    # "tudingan ijazah palsu Joko Widodo" (the diploma is Jokowi's; he is accused).
    accused_genitive_nouns: Words = ()
    # (ev30c) Agent codes of groups that receive aid: such a group named by its kind after
    # an aid noun's inner lower-case noun is the beneficiary ("bantuan dana partai politik").
    aid_beneficiary_agents: Words = ()
    # Codes whose embedded act's object is their own target ("mengancam akan memasukkan X
    # dalam daftar buron": X is threatened).
    act_object_codes: Words = ()
    # Prefixes of a passive verb in a relative clause whose agent is no subject of the main
    # verb ("milisi yang didukung Iran", "penyerang, yang terpojok oleh aparat").
    relative_passive_prefixes: Words = ("di",)
    # Openers of a verb-first clause whose subject is the genitive name of the noun right
    # before ("konsen Presiden Jokowi ketika melawat ke India").
    noun_clause_openers: Words = ()
    # Clause breaks that are time nouns before "ini"/"itu" ("saat ini"), no clause opened.
    time_breaks: Words = ()
    # (evrec13) prepositions opening a time adjunct ("hingga saat ini", "pada 2016")
    time_preps: Words = ()
    # Prepositions of an addition: "Selain RR, Densus 88 juga menangkap ...": who follows
    # is no subject of the clause (RR is a suspect arrested before, no arrester).
    besides_preps: Words = ()
    # Nouns that tie the person after them to the person named next in apposition: "tim
    # hukum Miryam, Heru Andeska, memohon" (Heru acts; Miryam is his client, no party).
    related_nouns: Words = ()
    # Nouns of a thing or a following: a name right after them is a vehicle, a work or an
    # idol, no participant ("mobil Mitsubishi Pajero Sport", "penggemar Deadpool").
    thing_nouns: Words = ()
    # (evprec17) Campaign teams and volunteers before their candidates' names ("tim sukses
    # Ani - Budi"): the names are whose team it is, no participant.
    team_heads: Words = ()
    # (evprec17) Clients and pupils: a body after them, bare after a passive verb, is no
    # agent ("dilaporkan nasabah Koperasi X": the clients report, not the cooperative).
    client_nouns: Words = ()
    # (evprec18) Followers ("penggemar", "fans") and the kind words that may stand between
    # them and the one followed ("fans grup band X", "pendukung setia X"): X is no party.
    follower_nouns: Words = ()
    follower_kinds: Words = ()
    # (evprec18) Passive verbs of claim: a name between one and an active verb is the
    # claim's source, no subject ("kelompok itu disebut polisi menyerang pos": the group acts).
    claim_passives: Words = ()
    # (evprec18) Nouns of a party's involvement or deployment: a name right after one, after a
    # request's verb, is the party in the act asked for, not the one asked.
    involvement_nouns: Words = ()
    region_units: Words = ()
    floating_quantifiers: Words = ()
    marking_nouns: Words = ()
    # First words of a place's name that make it a road, a building or a site: a place of the
    # event, never a participant ("memprotes akses melalui Jalan X": the street is no target).
    facility_heads: Words = ()
    # Words of death or injury, and the words that tie them to an attack named next: "X
    # tewas dalam serangan Y" (X is the attack's target), "X menjadi korban serangan Y".
    casualty_words: Words = ()
    casualty_links: Words = ()
    casualty_codes: Words = ()
    # Articles of a definite description of a person: "dibantah oleh sang pebalap" names a
    # known agent by a description (not "oleh orang tak dikenal": someone unknown).
    definite_articles: Words = ()
    # Copulas: the object of a verb before one ends there ("warga yang memprotes X adalah Y":
    # Y is who protests, no object).
    copulas: Words = ()
    # Prepositions of a channel: who follows passes an act on, neither doing nor suffering it
    # ("bantuan disalurkan melalui PT Pos": the post office is no giver).
    channel_preps: Words = ()
    # Codes whose object, when an act noun (pe-...-an), makes that act's maker the target
    # ("memprotes pembangunan jembatan yang dilakukan oleh X": X is protested against).
    owned_act_codes: Words = ()
    # An enforcement operation an arrest is told inside, and the prepositions that set it
    # ("diciduk dalam OTT yang dilakukan KPK", "ditangkap dalam razia yang digelar oleh
    # Polres X"): the body running the operation is the passive's agent.
    operation_nouns: Words = ()
    operation_preps: Words = ()
    # Conjunctions of a result clause whose passive verb leaves its subject out, the main
    # clause's subject suffering it when that clause is passive too ("X diduga menipu warga
    # hingga ditetapkan tersangka oleh Y": X is charged).
    result_links: Words = ()
    # Words of attribution, the speaker after them: inserted after a comma ("Proses lelang,
    # lanjut Veronica, dilakukan ...": Veronica only reports it), or opening a reporting
    # clause ("..., ujar Abhan seusai pertemuan").
    attributions: Words = ()
    # Verbs of saying or estimating: a group before one is its subject, not that of a
    # trigger after a new subject ("polisi memperkirakan 20.000 orang berdemonstrasi").
    reporting_verbs: Words = ()
    # Words that open the setting of what a speaker said ("kata Perry saat rapat kerja dengan
    # DPD RI"): a meeting noun right after one has the speaker of the reporting clause before
    # it for a participant. setting_reporters open such a clause besides the attributions
    # ("Menurut Kepala Bappenas Suharso dalam rapat bersama Panja RUU IKN").
    meeting_settings: Words = ()
    setting_reporters: Words = ()
    # (evrecall4) Passives of telling after a nominal speech act, and the words allowed
    # between one and its agent: "Desakan mundur bagi ASN ... disampaikan pertama kali oleh
    # Menteri Dalam Negeri Tjahjo Kumolo" (the minister urges).
    told_passives: Words = ()
    told_gap: Words = ()
    # (evrecall4) Prepositions whose named object right before "yang" is still the relative
    # clause's subject ("bersebrangan dengan Demokrat yang mendukung Prabowo"); not "untuk"
    # ("duta besarnya untuk PBB yang mendukung ...": the envoy backs it).
    relative_head_preps: Words = ()

    # Words between two predicates that make them share one subject ("DS menjalani
    # pemeriksaan ... dan langsung ditahan").
    coordinators: Words = ()
    # Government words before a town at home make it a participant ("Pemkot Surabaya").
    local_governments: Words = ()
    # Words after a negator that make it no negation ("tak lama kemudian").
    not_negated: Words = ()
    # A negated trigger of these codes with a word of will between the negator and it
    # ("tidak akan pernah menegosiasikan", "tidak mau menandatangani") is a refusal: REJECT.
    refusable_codes: Words = ()
    refusal_will: Words = ()
    # ... and one of these readiness words right before a trigger of those codes states the
    # will to do it, not the deed: AGREE ("Kami siap melakukan kerja sama dengan Kemensos").
    willingness: Words = ()
    # Triggers done by saying them ("mengucapkan terima kasih"): a wish word right before one
    # in a direct quotation ("Kami ingin mengucapkan terima kasih") leaves it a deed.
    performatives: Words = ()
    performative_wishes: Words = ()
    # Speaker words that stand for a person only ("dirinya"), never an organisation.
    person_words: Words = ()
    # (evrec17) A passive's agent told by an enclitic pronoun ("Hal itu diungkapkan olehnya
    # saat rapat dengan X"): the person named last, as a third-person pronoun.
    agent_enclitics: Words = ()
    # (evrec17) "Hal itu diungkapkan usai bertemu X" with no agent: the thing said opening the
    # clause; its speaker is the one quoted or named just before.
    said_things: Words = ()
    # (evroles15) A trade barrier of these codes ("menaikkan tarif", "mengancam ... tarif")
    # with no target names it by the origin of the goods it falls on: a country after an
    # origin word after a goods noun ("tarif barang impor asal China", "produk dari Kanada").
    origin_codes: Words = ()
    goods_nouns: Words = ()
    origin_words: Words = ()
    trade_barriers: Words = ()
    # (evroles15) A pledge of these codes with no target, to invest in a country named after
    # a place preposition ("menjanjikan paket investasi ... di Amerika Serikat"): that country
    # is its beneficiary, the target.
    invested_codes: Words = ()
    investment_words: Words = ()
    # Lists stages.events reads through `WordSet` (data20): "not only" words ("hanya"),
    # pronoun objects ("kepadanya"), perfective aspect words ("sudah"), noun joiners
    # ("dan"), demonstratives ("itu").
    not_only_words: Words = ()
    to_him_words: Words = ()
    perfective_words: Words = ()
    # (ev30b) Fans, and kin with -nya: a person's ask of them is private ("mengundang
    # penggemarnya datang", "meminta kepada ibunya"), no request between parties.
    fan_nouns: Words = ()
    own_kin_nouns: Words = ()
    noun_joiners: Words = ()
    # (ev32) A bare backing noun with no one backed names a backing, gives none, unless
    # declared ("deklarasi dukungan X") or its giver is named after "dari"/"oleh" (events.toml).
    bare_backing_nouns: Words = ()
    backing_declarations: Words = ()
    backing_sources: Words = ()
    backing_with: Words = ()
    # (ev32) Backing an activity given through the giver's own means is its work (events.toml).
    means_preps: Words = ()
    # (ev32) A meeting with a kind of party described, not named: its head words, the
    # public kinds that meet no one in particular, and the words of parties before a kind.
    met_kinds: Words = ()
    public_kinds: Words = ()
    met_party_words: Words = ()
    demonstratives: Words = ()
    # (evprec24) generic when-clause openers, verbs of suggesting and the existentials after
    # them, words of need and manner prepositions (events.toml).
    generic_when_words: Words = ()
    suggesting_words: Words = ()
    existence_words: Words = ()
    need_words: Words = ()
    # (evrec25) words between a setting word and a meeting noun ("di sela pertemuan")
    meeting_setting_gaps: Words = ()
    manner_preps: Words = ()
    manner_codes: Words = ()
    # (ev32c) Joiners that carry a negation over coordinated verbs ("tidak ditekan atau
    # diancam"), and nouns of denial that deny the act noun after them ("bantahan
    # intimidasi") (events.toml).
    negation_joiners: Words = ()
    denial_nouns: Words = ()
    # (ev32c) A forged document's content is no act of its named signer: the document
    # nouns, the words that call one forged, and the channel words that tell its content.
    document_nouns: Words = ()
    forged_news_nouns: Words = ()
    forgery_words: Words = ()
    document_channels: Words = ()
    document_pointers: Words = ()
    # (ev33) an article before a short description after a name ("X , seorang warga ...").
    apposition_articles: Words = ()
    # (ev33) An investigation told as going on ("penyelidikan masih berlangsung") or in the
    # investigators' words ("tengah kami usut"): the probe nouns, the phrases of its going on
    # and the own-word phrases (events.toml).
    probe_nouns: Words = ()
    probe_ongoing: Words = ()
    probe_own: Words = ()
    # (ev34) A sting told by its name alone ("Kegiatan OTT di Medan , kata Wakil Ketua KPK"):
    # the sting nouns and the words naming the bodies that make stings (events.toml).
    sting_nouns: Words = ()
    sting_bodies: Words = ()
    sting_denials: Words = ()
    sting_media: Words = ()
    # ... and the people it names as caught: a list joined by these, or after these
    # prepositions (events.toml).
    caught_joiners: Words = ()
    caught_preps: Words = ()
    # (ev34) An arrest or a sanction planned on a condition is a threat: its codes, the modes
    # it keeps and the negated hesitations standing for a future word (events.toml).
    conditional_threat_codes: Words = ()
    conditional_threat_modes: Words = ()
    conditional_resolve: Words = ()
    # (ev33b) A company's legal form alone ("PT"), an entity cut off the name after it, is
    # no party (events.toml).
    legal_form_names: Words = ()
    # (ev33b) Words after "yang" that name the parties a probed case involves (events.toml).
    case_involving_words: Words = ()
    # (ev33b) Nouns of aid whose "dari X" names the giver in a passive's subject (events.toml).
    aid_nouns: Words = ()
    # (ev33b) Objects backed through one's own means that tell one's work (events.toml).
    means_objects: Words = ()


AgentCode = Annotated[StrictStr, StringConstraints(pattern=r"^[A-Z]{3}$")]


class EventVerb(LangData):
    """One [[verb]] entry: a PLOVER code ("" = blocker) and its forms per voice."""

    code: StrictStr
    mode: StrictStr | None = None
    # Forms by voice: "X <verb> Y", "Y <di-verb> oleh X", "Y <mendapat kecaman> dari X",
    # and nominal triggers.
    active: tuple[Phrase, ...] = ()
    passive: tuple[Phrase, ...] = ()
    received: tuple[Phrase, ...] = ()
    noun: tuple[Phrase, ...] = ()
    # Participant rules: all actors; the passive's subject is the actor; the place
    # visited gives the target; one of `needs` must stand near the trigger.
    symmetric: StrictBool = False
    passive_subject: Literal["target", "actor"] = "target"
    host_from_place: StrictBool = False
    # Travel verbs ("tiba di"): a visit only to a foreign host (a place whose country is
    # not the actors' own, nor the home country for actors of unknown nationality).
    foreign_host: StrictBool = False
    needs: tuple[Phrase, ...] = ()
    # How many words either side of the trigger `needs` looks (a long name may stand
    # between "menetapkan" and "sebagai tersangka").
    needs_span: Annotated[StrictInt, Field(ge=1, le=30)] = 5
    needs_after: StrictBool = False  # the `needs` words only after the trigger
    # A nominal form codes an event with no support verb before it ("serangan Rusia");
    # false: only with one ("mencapai kesepakatan"; a bare "kesepakatan X" names an old one).
    bare_noun: StrictBool = True
    # A generic verb ("menahan", "membahas") is an event only with a recipient: a target,
    # or a second participant of a symmetric one ("menahan belanja" detains no one).
    requires_recipient: StrictBool = False
    # A verb whose bare object is its topic ("membahas persoalan ASEAN"): only a partner
    # marked by a with-preposition ("membahas ... dengan X") takes part.
    topic_object: StrictBool = False
    # "ke X" names where the act is brought, not its target, whatever the code: "Sahara
    # melaporkan Imam ke polisi" accuses Imam; the police only receive the report.
    goal_is_place: StrictBool = False
    # (evroles14) "ke X" names who receives what is offered or given, whatever the code:
    # "kerja sama yang ditawarkan Indonesia ke Fiji" (Fiji is offered it, no place).
    goal_is_recipient: StrictBool = False
    # The actor of a form whose actor goes unnamed but whose target is named ("Liu ditahan
    # pada 2008": the police), as a CAMEO agent code.
    unnamed_actor: AgentCode | None = None
    # ... only when a body was named making an arrest or charge in the sentences before (it
    # stands in): "Sareh diperiksa sebagai saksi" after "KPK menangkap ..." is KPK's
    # questioning; with no body named before, none is assumed.
    unnamed_after_enforcer: StrictBool = False
    # A hope or an appeal asks something only of someone named right after it who is to do
    # it ("berharap KPK segera mengusut"), not of a name inside what is hoped for ("berharap
    # kinerja KPK tidak terganggu"): only gap words ([words] addressee_gap) or titles before
    # the addressee, and a modal ([words] addressee_next) or a verb right after it.
    named_addressee: StrictBool = False
    # (evrec9) An urging asked of no one named ("mendorong agar ..."): a request only when its
    # content names the one asked first or tells a deed in the passive ("agar segera
    # diterbitkan aturan"), not a wished outcome ("agar rupiah kembali menguat").
    urged_deed: StrictBool = False
    # (evrec29) A duty laid on someone named in a direct quotation ('"Pemerintah harus segera
    # membangun jalan itu," kata X'): the need word is the trigger, the named subject before
    # it the one asked, the quoted speaker the asker; only with an active verb after it.
    quoted_call: StrictBool = False
    # (ev34b) a passive's party after "dari" is a target too ("X diduga menerima suap dari Y")
    source_also_target: StrictBool = False


class EventsData(LangData):
    """events.toml (stages.events): the PLOVER-coded event lexicon."""

    words: EventWords
    verb: tuple[EventVerb, ...]
    # Code -> mode -> words near a trigger that select the mode.
    modes: dict[StrictStr, dict[StrictStr, Words]]
    # Surface -> ISO code: country names (participants; "" for a region that starts like
    # a country, consumed and never a participant) and metonyms ("Gedung Putih").
    countries: dict[str, Iso2 | Literal[""]]
    metonyms: dict[str, Iso2]
    # Lower-case common nouns for unnamed participants -> CAMEO agent type code
    # ("polisi" -> COP, "massa" -> CVL), used where no named entity takes the role.
    agents: dict[Phrase, AgentCode] = {}
    # Code -> agent code for an event whose actor goes unnamed ("unjuk rasa" -> CVL).
    unnamed_actor: dict[StrictStr, AgentCode] = {}
    # Main IPTC topic of an article (`Article.themes`) -> codes its events may not take:
    # in sport text "serangan", "ditahan 2-2" and "bertemu" are match play.
    topic_refuses: dict[StrictStr, Words] = {}

    @model_validator(mode="after")
    def _word_codes_are_verb_codes(self) -> EventsData:
        # A misspelt code in a [words] code list ("measure_codes", "owned_object_codes")
        # would match no event and switch its rule off without a word.
        codes = {v.code for v in self.verb} - {""}
        for name in type(self.words).model_fields:
            if name.endswith("_codes") and (
                    stray := set(getattr(self.words, name)) - codes):
                raise ValueError(f"[words].{name}: {sorted(stray)} not among the [[verb]] "
                                 f"codes ({', '.join(sorted(codes))})")
        return self


# ---------------------------------------------------------------------------- langid.toml


class LangidData(LangData):
    """langid.toml (stages.langid): CLD2 acceptance and the Indonesian/Malay vote."""

    # CLD2 codes accepted, close codes re-checked with the markers, and the minimum
    # share of the text CLD2 must give to the accepted ones.
    accept: Words
    close: Words
    min_percent: Annotated[StrictInt, Field(ge=0, le=100)]
    # Lower-case marker words (or two-word phrases) of each standard.
    indonesian_markers: Words
    malay_markers: Words
    # Where the markers tie, CLD2's score for Indonesian when told to expect it, over
    # its score for the Malay it chose unprompted, at or above which the text is read
    # as Indonesian (no word in it tells the two standards apart).
    id_hint_ratio: Annotated[float, Field(gt=0, le=2)] = 0.9
    # Fewer lower-case words than this besides the names: no evidence for Malay.
    min_words: Annotated[StrictInt, Field(ge=0)] = 6
    # A paragraph whose letters are at least this share outside ASCII (a transliterated
    # verse, a quoted foreign script) is left out of the share when the accepted language
    # leads but falls short of `min_percent`.
    foreign_letter_share: Annotated[float, Field(gt=0, le=1)] = 0.05


# --------------------------------------------------------------------------- numbers.toml


class NumberWords(LangData):
    """[words]: digit words, fused se- forms, and the multipliers inside a group."""

    teen: StrictStr
    tens: StrictStr
    hundreds: StrictStr
    # A lone digit word below this is read as a determiner ("satu hal").
    min_lone_word_value: StrictFloat
    units: dict[str, StrictInt]
    fused: dict[str, StrictFloat]


class Magnitudes(LangData):
    """Words multiplying the number before them; `money_only` only next to a currency."""

    words: dict[str, StrictFloat]
    money_only: dict[str, StrictFloat]


class Money(LangData):
    """Currency written before (`prefix`) and after (`suffix`) the amount -> ISO 4217 code."""

    prefix: dict[str, Currency]
    suffix: dict[str, Currency]


class NumberTime(LangData):
    """Words that hand a number to the time stage or make it an identifier."""

    units: Words
    before: Words
    months: Words
    identifiers: Words


class NumberRange(LangData):
    """Connectors joining two amounts into a range ("antara 5 hingga 7")."""

    connectors: Words
    between: Words
    between_connectors: Words
    dashes: Words = ()
    # Words ending a range of ranks ("desil 1 hingga 4"; num25).
    rank_joins: Words = ()


class NumberThing(LangData):
    """Where the counted thing after a number ends."""

    stop: Words
    # Verb-like words end it when at least `verb_min_length` long, unless in `not_verbs`.
    verb_prefixes: Words
    # The active prefixes (meN-, memper-): a lone word of them is a verb, never a thing.
    active_prefixes: Words
    verb_min_length: StrictInt
    not_verbs: Words
    max_words: StrictInt
    # Noun confixes that open like a verb prefix ("per-an": "pertumbuhan"), written
    # "prefix-suffix", and endings that keep such a word a verb all the same ("-kan").
    noun_confixes: tuple[Confix, ...] = ()
    verb_endings: Words = ()
    # A rate's time right after an amount, skipped before its thing: "Rp 40 triliun
    # setahun", "3 miliar dolar setahun kerugiannya".
    rate_times: Words = ()


class NumberMeasure(LangData):
    """What money and percentages measure, read before the amount ("laba bersih naik 5
    persen"), the change words, and the words that may stand between them."""

    # Measured quantities: "laba bersih", "defisit", "pertumbuhan ekonomi".
    heads: Words
    # Words after a head that are no part of what is measured ("laba bersih perusahaan").
    generic: Words
    # Words of a rise or fall before the amount: "naik", "turun", "kenaikan".
    up: Words
    down: Words
    # Words between the change and the amount that make it the level reached ("naik
    # menjadi Rp 5 miliar"), not the size of the change.
    to_level: Words
    # "sempat menembus level Rp 16.865, ... kembali ke level Rp 16.235": a level returned to
    # after an earlier one of its kind in the sentence is a change to it.
    returns: Words = ()
    # Words that end the search back for a head: clause joins of another statement.
    clause_breaks: Words
    # How many words before the amount a head may stand.
    window: StrictInt
    # Qualifiers meaning "worth": the noun phrase right before them is the thing.
    worth: Words = ()
    # Words right before a head that make the pair a person or an office, no measure
    # ("wajib pajak", the taxpayer).
    head_owners: Words = ()
    # Words that describe a level right after a level word ("angka awal", "posisi
    # terakhir"): no thing of their own.
    level_modifiers: Words = ()
    # Words that open a list of labelled amounts ("yaitu tegas 22,9 persen, ...").
    list_openers: Words = ()
    # Reporting words: a date after them dates the saying, not the amount.
    report_words: Words = ()
    # Words of a level reached, said after a change and its size ("tumbuh 2,87%, yang
    # mencapai Rp 2.162 triliun"): the second amount is the level, not the change.
    reached: Words = ()
    # Verbs of raising a sum to a new level: money after one (and its object) and "hingga"
    # is the level set ("menaikkan tarif hingga USD 500": up to).
    raise_to: Words = ()
    # Verbs of a surge to a height: money after one and "hingga" is the level reached
    # ("melonjak hingga Rp 2.500"), not the size of the jump.
    surge_to: Words = ()
    # Passive verbs of pay naming the money right after them when no noun does
    # ("minta dibayar USD 15 ribu").
    pay_verbs: Words = ()
    # Words before a starting level: the noun phrase right before them is the thing
    # ("kehilangan hasil panen dari 30 persen menjadi 5 persen").
    from_words: Words = ()
    # Words right before an amount that make it an earlier level ("yang sebelumnya Rp 71
    # triliun, ditambah Rp 30 triliun"): not the level a change after it reached.
    earlier: Words = ()
    # Words opening the rate an amount is counted by ("Rp 2.250 per kilogram").
    rate_words: Words = ()
    # Words joining two predicates ("dan", "serta") and the auxiliaries that, after one of
    # them, open a new predicate ("31,89% ... dan tengah berupaya mencapai NZE pada 2060"):
    # a date past them is not the amount's period.
    joins: Words = ()
    auxiliaries: Words = ()
    # Words opening the base of a comparison: a date after them is not the period.
    comparisons: Words = ()
    comparatives: Words = ()
    base_phrases: Words = ()
    # A level compared with an earlier time's (numcmp25): the words joining the comparison
    # to its base, the time nouns and the words making them earlier ("tahun lalu"), and
    # the pointers between the base and its amount ("yakni Rp 33 triliun").
    compared_joins: Words = ()
    earlier_periods: Words = ()
    earlier_markers: Words = ()
    base_pointers: Words = ()
    # Phrases in which a change word says no change ("plus minus 1%").
    not_changes: Words = ()
    sum_connectives: Words = ()
    sums: Words = ()
    fiscal_years: Words = ()
    budget_words: Words = ()
    # Phrases opening a range a change lands in ("tumbuh dalam rentang 4,6-5,4%").
    range_phrases: Words = ()
    # Heads that take the noun phrase after them ("harga pupuk subsidi": the price).
    governing: Words = ()
    # Funds that take a purpose phrase (`purposes`: "anggaran untuk diskon transportasi").
    funds: Words = ()
    # Clause breaks opening the result of a change before them ("sehingga menjadi 6%").
    results: Words = ()
    # Copulas stating the level a change before them reached ("dan sekarang adalah 5%").
    copulas: Words = ()
    # Words before a currency or rate a change is measured against ("menguat terhadap mata
    # uang baht"): a head after them is the counterpart, not what the amount measures.
    against: Words = ()
    # Words joining a measured thing to a change said as a noun after it ("rupee India
    # dengan pelemahan 0,66%": the rupee's fall).
    accompanying: Words = ()
    # Heads naming a currency in general: the currency's name after one is part of the
    # head ("mata uang dolar Hong Kong").
    currency_heads: Words = ()
    # Verbs of announcing: a date before one, with the amount after it, dates the
    # announcement, not the amount ("Pada awal bulan April lalu, Presiden Trump mengumumkan
    # tarif sebesar 10%").
    announcing: Words = ()
    # Words of a trading session ("pada perdagangan hari ini", "sesi kedua, Kamis
    # (18/9/2025)"): a day or week after one of them in a market report's lead is the
    # period of the report's amounts.
    sessions: Words = ()
    # Markets whose move a lead reports ("Nilai tukar dolar AS menguat terhadap rupiah
    # pagi ini", "Himbara menguat ... penguatan IHSG"): a lead naming one with a rise or
    # fall and no day but the publication day's is a report of that day's trading.
    markets: Words = ()
    # Wholes a percentage is a ratio to ("defisit 2,78% dari PDB", "2,48% PDB"): the base,
    # never what that percentage or an amount restating it ("atau Rp 662 triliun") measures.
    ratio_bases: Words = ()
    # Change words that are nouns by these confixes ("pe-an": "penurunan"; "ke-an":
    # "kenaikan"): what the noun phrase after one names is what changed.
    change_noun_confixes: tuple[Confix, ...] = ()
    # A list's heading names what its items measure: "15 Pemda dengan simpanan tertinggi:",
    # "10 negara dengan utang terbesar:" (the noun phrase between one of `superlative_of`
    # and a superlative), else a measured head it names ("Rincian anggaran per kementerian:").
    superlative_of: Words = ()
    superlatives: Words = ()
    # Words before an amount that frame it without naming what it measures: particles ("di
    # mana 76%", "ya Rp 800 triliun"), a range or a breakdown ("di rentang Rp 16.210 ...",
    # "Dengan rincian Rp 558,4 miliar pada 2022").
    unnamed_frames: Words = ()
    # Change words that, with money right after them and a purpose after it ("akan
    # turunkan Rp 330 triliun untuk MBG"), mean "pay out", not a fall; and those purposes.
    pay_out: Words = ()
    purposes: Words = ()
    # Heads that refer back ("nilainya" = its value): the paragraph's measured thing.
    referring: Words = ()
    anaphors: Words = ()
    receiving: Words = ()
    # Demonstratives after a one-word head ("Realisasi itu setara dengan 1,56%"): the head
    # points back at what the paragraph measured last, named in full there.
    demonstratives: Words = ()
    # "anggaran semula Rp 29 miliar, kini hanya tersisa Rp 14,4 miliar": a level said
    # after a "then" word and another of the same kind after a "now" word are a change
    # from the first to the second, whichever way the values go.
    then_words: Words = ()
    now_words: Words = ()
    respectively: Words = ()
    # Joins after which a thing and an amount say the change before them again.
    elided_joins: Words = ()
    # Words before a head that make it a qualifier of another amount ("per bulan sebelum
    # pajak": pay before tax), not what an amount measures.
    head_qualifiers: Words = ()
    # Words of a value put on a thing ("dibelikan mobil senilai Rp 1 miliar"): the thing
    # right before one, past a verb after the head, is what the amount prices.
    valued: Words = ()
    # Demonstratives after a head that points back at an amount before, for its period.
    period_demonstratives: Words = ()
    subject_changes: Words = ()
    subject_levels: Words = ()
    level_preps: Words = ()
    adverbs: Words = ()
    negations: Words = ()
    # Lists stages.numbers reads through `WordSet` (data20): verbs of breaking through a
    # level ("menembus"), a level's nouns ("level"), a day's words and auxiliaries before
    # a verb of reaching ("kemarin"), "baru", and money itself ("uang").
    # Connectives opening a sentence before its subject ("Sementara ...", numtime20)
    opening_connectives: Words = ()
    earlier_openers: Words = ()
    # Adverbs of manner after a change verb ("turun drastis hingga 40 persen"): no thing,
    # and no bar between the verb and the amount it is said of (numb29)
    manners: Words = ()
    # Penalties a verdict sets ("denda", "uang pengganti"): paid, never money received
    # (numb29)
    penalties: Words = ()
    # Connectives opening a paragraph that goes on listing the one before ("Kemudian, ...")
    continuing_openers: Words = ()
    # Pronoun speech cues closing a quote paragraph that goes on with the speaker before
    continued_speech: Words = ()
    # Words bounding an event's span ("sejak"): a date after one is no period a quote goes on with
    span_bounds: Words = ()
    # Words of a target ("ditargetkan"): a time they set dates the goal, not other amounts
    target_words: Words = ()
    # Words of a law's mandate ("diamanatkan"): a mandated level is a standing rule
    mandate_words: Words = ()
    # Words opening a condition: its sentence's amounts are a supposed case, undated
    condition_openers: Words = ()
    break_through_verbs: Words = ()
    level_nouns: Words = ()
    # Words of what a thing is made of ("berbahan 100 persen sutra"): a whole is its share
    composition_words: Words = ()
    day_and_aux_words: Words = ()
    only_so_far_words: Words = ()
    limit_verbs: Words = ()
    aside_openers: Words = ()
    document_number_words: Words = ()  # "Nomor" before a document's number (num30)
    # Adjectives after a comparative ("lebih tinggi", "lebih rendah") saying which way a
    # level compared with an earlier one lies (numcmp25).
    higher_words: Words = ()
    # Verbs a relative clause's subject reaches a level with, and the pointers between
    # the clause and the verb ("divestasi yang dilakukan X menjadi 51 persen"; num34)
    relative_level_verbs: Words = ()
    relative_level_pointers: Words = ()
    # Words opening a modifier after a verb's subject ("pasar untuk produk X mencapai")
    modifier_openers: Words = ()
    # Nouns for "a figure" that name no measure when they stand alone ("angka")
    placeholder_nouns: Words = ()
    # Past and present time phrases that set two levels of one thing against each other
    then_phrases: Words = ()
    now_phrases: Words = ()
    # Aspect words of a level once reached ("pernah mencapai"): a peak, no change's start
    once_words: Words = ()
    # Joins of a change's comparison with an earlier time, and the verbs before its base
    base_comparisons: Words = ()
    base_verbs: Words = ()
    lower_words: Words = ()
    # A market's opening, whose level a day's change does not count from (num25).
    opening_verbs: Words = ()
    # Affixes of a verb made of a measured head ("menginvestasikan": investasi; num25).
    head_verb_prefixes: Words = ()
    head_verb_suffixes: Words = ()
    price_words: Words = ()
    price_noun: Words = ()
    price_verbs: Words = ()  # "dibanderol": its subject is the thing priced (numb27)
    sale_verbs: Words = ()  # "dijual": a new subject sold blocks a carried measure (num33b)
    launch_verbs: Words = ()  # "tiba": the day it governs dates a launch, no price (num33b)
    extreme_nouns: Words = ()  # "titik": of a superlative, the level a move reached (num33b)
    extreme_lows: Words = ()  # "terendah": the level a fall reached
    extreme_highs: Words = ()  # "tertinggi": the level a rise reached
    extreme_links: Words = ()  # "yakni": words between the superlative and the amount
    extreme_preps: Words = ()  # "pada": between the verb and the level noun
    # Words of a starting price between a price verb and its amount ("dipatok mulai dari";
    # num29).
    price_from: Words = ()
    # "jumlah spermanya 25 persen lebih rendah": a quantity noun opening the noun phrase
    # right before an amount heads what it measures (num32).
    quantity_nouns: Words = ()
    # "turun 12,3 persen setelah laporan keuangan itu diterima publik": a clause after a
    # move dating it by a later event (num32).
    after_events: Words = ()
    # "355 operan, 88,8 persen di antaranya": a share of the noun phrase before it (num29).
    partitives: Words = ()
    # A forecast pointing back at what was measured ("konsensusnya"; num25).
    forecasts_back: Words = ()
    # Words of a sports competition ("klasemen", "skor"): bare points in an article
    # naming one are a team's or a player's points, no measure (num26).
    sport_words: Words = ()
    # Perfect auxiliaries of a level a head had already reached ("yang telah mencapai"; num26).
    standing_auxiliaries: Words = ()
    bare_money_nouns: Words = ()
    recorded_verbs: Words = ()
    # Prize money ("hadiah uang pembinaan"): counted over the year of the competition the
    # article names ("PGN Livoli Divisi Utama 2017"; num31).
    prize_words: Words = ()
    not_only_words: Words = ()  # "hanya": after a negation, no negated change
    places: Words = ()
    quantifiers: Words = ()
    # Words after which the next word is a predicate, not a noun ("kita alokasikan
    # sebanyak Rp 30 miliar", "lebih rendah dari 4 persen"): subject pronouns, modals and
    # degree words. A word after one of them is no priced or measured thing. The pronouns
    # and degree words are listed apart (`subject_pronouns`, `degree_words`), read as
    # openers too: a forecast's or predicate's subject is read past the modals, not them.
    predicate_openers: Words = ()
    subject_pronouns: Words = ()
    degree_words: Words = ()
    # Nouns of a forecast ("proyeksi", "perkiraan"): alone before an amount they name no
    # thing, what they forecast is (the phrase after them, or the subject compared with
    # them: "penyerapan anggaran bisa lebih tinggi dari proyeksi 94%").
    forecasts: Words = ()
    # "8,47% dari total penduduk": a share with no head before it is a share of the whole
    # named after `share_of` (and the words for a whole, `wholes`, skipped).
    share_of: Words = ()
    wholes: Words = ()
    # A share that answers ("12,9 persen mengaku tidak puas", "17,3% tidak puas") is a
    # share of the survey's respondents (`respondents`, the nearest one named before).
    answers: Words = ()
    respondents: Words = ()
    # Words right before a date that make it the date of its clause ("Pada 13 Maret 2025,
    # Nopriansyah menerima uang"), never part of a role before a name.
    clause_dates: Words = ()
    # Words opening a clause that dates an event of its own ("Setelah kembali menjabat
    # Presiden pada Januari 2025, Trump ..."): a date in it is no later clause's.
    event_clauses: Words = ()
    # Words before a date a span starts at ("sejak 2018"): not when a level was reached.
    since: Words = ()
    # Events a year names ("partai pemenang Pemilu 2024 mendapat dana hibah Rp11 miliar"):
    # that year is the event's name, no period of the sentence's amounts.
    named_events: Words = ()
    # Occasions of speech ("pidato kenegaraan 18 Agustus 2025"): a date right after one
    # dates the saying, no period of the figures said.
    said_events: Words = ()
    # A case the amount is tied to ("uang Rp 600 juta ... tak terkait dengan kasus korupsi
    # proyek ... pada 2005"): a year in the case's own phrase dates the case, not the money.
    case_nouns: Words = ()
    # Words opening a sentence that goes on with a ranking ("Disusul X dengan 83 persen"):
    # its amounts with no thing measure what the sentence before's last one of their kind did.
    rank_followers: Words = ()
    # Verbs of spending among the heads ("mengeluarkan"): the head only when no noun
    # follows them ("mengeluarkan uang sekitar USD 150" measures the money).
    spending_verbs: Words = ()
    # ... unless a word of time comes before the event ("menerima suap ... di Pemilu 2024":
    # the payment's time).
    event_times: Words = ()
    # Words of time that point back ("kurs saat itu", "Sejak saat itu"): the period the
    # sentences just before named, when they named one.
    anaphoric_times: Words = ()
    effective_from: Words = ()
    # Words ending a span of years counted from now ("lima tahun ke depan"): a paragraph
    # naming one measures over it, not over a period an earlier paragraph named.
    relative_spans: Words = ()
    # Those of them that count forward: "lima tahun ke depan" from 2025 is 2026/2030.
    ahead_spans: Words = ()
    # A rank word and an ordinal ("menempati urutan kelima sebesar Rp4,1 triliun"), and a
    # noun phrase after an agent word, who does it ("ditanggung oleh penerima jasa sebesar
    # 5%"): neither is what the amount measures.
    ranks: Words = ()
    ordinals: Words = ()
    agents: Words = ()
    # What joins an amount to the same amount in other terms right after it ("US$ 300 juta
    # atau Rp 4,4 triliun", "USD 15,3 miliar (sekitar Rp 234,8 triliun)").
    restates: Words = ()
    # Words before a span a report counts over ("Nilai ekspor sepanjang Januari-Agustus
    # 2025 mencapai ..."): the sentence's later clauses are counted over it too.
    spans_over: Words = ()
    # Plans and budgets named with their year ("APBN 2018", "RKP Tahun 2025", "tahun
    # anggaran 2022"): when an article names one such year only, an amount whose own
    # statement and paragraph name no other period is counted over it.
    plan_frames: Words = ()
    # Words before a name a head stands inside ("pertumbuhan ekonomi dalam Anggaran
    # Pendapatan dan Belanja Negara (APBN) ... 5,2%"): the name is where the amount is
    # stated, not what it measures.
    name_containers: Words = ()
    # Words opening the name of a body ("Lembaga Pengelola Dana Pendidikan", "Pusat
    # Investasi Pemerintah"): a head inside it names the body, not what is measured.
    institutions: Words = ()


class NumberRelated(LangData):
    """Linkers tying a number to an entity mention, and the entity kinds they accept."""

    linkers: Words
    kinds: Words


class NumbersData(LangData):
    """numbers.toml (stages.numbers): number words, amounts, money and units."""

    words: NumberWords
    magnitudes: Magnitudes
    # Vague amounts ("puluhan") -> [low, high].
    vague: dict[str, tuple[StrictFloat, StrictFloat]]
    # Phrase before a number -> which bound the number gives.
    qualifiers: dict[str, Literal["low", "high", "approx", "exact"]]
    money: Money
    # Unit after the amount -> unit name stored in `Count.unit`.
    units: dict[str, StrictStr]
    time: NumberTime
    range: NumberRange
    thing: NumberThing
    related: NumberRelated
    measure: NumberMeasure | None = None
    # Fixed phrases in which a number word counts nothing: "diam seribu bahasa".
    idioms: Words = ()


# ---------------------------------------------------------------------------- places.toml


class PlacesData(LangData):
    """places.toml (train.gazetteer): places the package data misses or names otherwise."""

    # Areas of no single country, and place name -> ISO 3166-1 alpha-2 code.
    regions: Words
    places: dict[str, Iso2]


# ---------------------------------------------------------------------------- quotes.toml


class QuoteMarks(LangData):
    """Quotation marks that open, close, or do both; which marks close an opener."""

    open: Words
    close: Words
    both: Words
    closes: dict[str, Words]


class QuoteDirect(LangData):
    """Cues of direct quotes: verbs after or before the quote, fronted cues."""

    verbs: Words
    before_verbs: Words
    fronted: Words
    # A quotation this long with no cue still counts as speech.
    min_words_without_cue: StrictInt
    # 'Berikut petikan surat Miryam :': a paragraph opening with one of `listing_openers`,
    # then one of `listing_words`, and closed by a colon introduces the quotation after it;
    # the rest of the phrase is its speaker ('surat Miryam').
    listing_openers: Words = ()
    listing_words: Words = ()
    # Words that give a message's wording right before its quotation ('Dia merilis kicauan
    # di Twitter berisikan , “…”'): the subject of the sentence's first verb speaks.
    content_introducers: Words = ()
    # Passive verbs of saying read after a quotation closed by a comma, their agent after
    # them ('…, ” ditambahkan Direktur Rina').
    passive_after: Words = ()


class QuoteIndirect(LangData):
    """Cues of reported speech without quotation marks."""

    verbs: Words
    need_complementizer: Words
    complementizers: Words
    according_to: Words
    # 'memberi penekanan bahwa …': a verb of giving, a noun of a statement, then 'bahwa'.
    giving_verbs: Words = ()
    # Requests and orders in the passive whose agent asked: 'ia diminta oleh Conte untuk …'.
    asked_passives: Words = ()
    # Telling in the passive, the teller after 'oleh', then 'bahwa' and what was told:
    # 'Gatot diberitahu oleh pihak maskapai bahwa …' (the teller's statement).
    told_passives: Words = ()
    # Passive verbs of saying in a cleft, the named agent right after them, then a copula and
    # the point made: 'Salah satu yang disoroti Budi adalah …' (the agent's point); the
    # copulas that open the point ('adalah', 'yakni').
    cleft_passives: Words = ()
    cleft_copulas: Words = ()
    # Passive verbs of saying with a named agent right after them, in mid-clause: 'Fitur itu
    # disebut Talbot bisa memangkas …' (the agent said it); the agent then one of
    # `passive_agent_links` opening the predicate.
    passive_agent_verbs: Words = ()
    passive_agent_links: Words = ()
    speech_nouns: Words = ()
    # Nouns of a claim or statement with their author's name right after them, then 'bahwa'
    # and what was claimed: 'pengakuan Budi bahwa …' (the author's statement).
    claim_nouns: Words = ()
    # '“…,” kata Abu Hasna, seraya menambahkan bahwa …': a clause joined to a quote's
    # attribution by one of these goes on with that quote's speaker.
    added_openers: Words = ()
    # '… mengatakan bahwa …. Dan menambahkan bahwa …': a sentence opening with one of these
    # and a verb of saying has the speaker of the statement right before it.
    added_sentence_openers: Words = ()
    min_words: StrictInt
    # Mid-sentence cues set off by commas (each one of [direct].verbs), and the words
    # that, right after one, show it is no speech.
    parenthetical: Words
    not_after_parenthetical: Words
    parenthetical_bare: Words = ()
    parenthetical_bare_nya: Words = ()
    not_before_bare_parenthetical: Words = ()
    parenthetical_tail: Words = ()
    # Passive verbs of saying that take '-nya' as agent inside a clause: 'Pemain
    # disebutnya sudah bisa …', 'Selain itu, dikemukakannya, …'.
    passive_nya: Words = ()
    # Passive verbs with '-nya' read only when opening a sentence before a comma.
    fronted_passive_nya: Words = ()
    fronted_reason_nya: Words = ()
    # Passive verbs of saying set off by commas with their agent, as `parenthetical`:
    # 'Pertimbangan itu , disebutkan Afifuddin , dilakukan karena …'.
    parenthetical_passive: Words = ()
    # Words that say where a person comes from before the place, inside an origin epithet
    # that refers back to a speaker ('pria asal Bandung itu', 'wanita berdarah Sunda ini').
    origin_words: Words = ()
    # Opinion verbs of `need_complementizer` that take a bare clause too ('Ia menilai
    # sektor ini mampu menurunkan …'), when one of `clause_words` (or a verb) follows.
    bare_clause_verbs: Words = ()
    clause_words: Words = ()
    # Existential words that open a bare clause by themselves ('menyebut ada hal lain …').
    clause_openers: Words = ()
    # ter- verbs the lexicon tags as verbs count as a clause's verb ('37 di antaranya
    # tercatat inflasi'), except these ('sejumlah nama, termasuk …' lists).
    not_clause_verbs: Words = ()
    # Verbs of `need_complementizer` whose addressee may stand before 'agar'/'supaya'
    # without 'kepada' ('menyarankan warga agar tak melewati …'), up to this many words.
    addressee_verbs: Words = ()
    permission_verbs: Words = ()
    permission_openers: Words = ()
    wish_verbs: Words = ()
    # Words that open the predicate of a wish's clause whose subject is a thing: 'ingin
    # sikapnya … menjadi sia-sia' (the wish's own clause, reported).
    wish_predicates: Words = ()
    bare_saying_verbs: Words = ()
    addressee_max_words: StrictInt = 5
    # Verbs of request whose content may be a clause right after them: 'mendorong BGN
    # mencoba …', 'meminta terkait hal ini ditanyakan …'.
    request_clause_verbs: Words = ()
    addressee_preps: Words = ()
    # Verbs of advice whose content may open with a verb ('menyarankan menggunakannya …').
    verb_phrase_verbs: Words = ()
    # Nouns after which 'untuk' gives a purpose, not what was asked: 'meminta uang untuk
    # membeli …' (an addressee before 'untuk' is any other short noun phrase).
    not_addressees: Words = ()
    # Words that, after such an addressee, open what was asked with no 'agar' ('Kapolri
    # meminta jajarannya selalu waspada').
    request_openers: Words = ()
    # Adverbs that after a demonstrative closing a subject open its predicate ('kegiatan …
    # ini juga sejalan dengan …').
    predicate_adverbs: Words = ()
    # Words that open a clause with no subject ('Dede menilai harus ada kebijakan …').
    subjectless_clause_words: Words = ()
    # Verbs after which a bare active verb is an act, not a clause said ('memastikan lolos').
    act_verbs: Words = ()
    # Copulas: a clause's predicate however long its subject ('menilai aksi penolakan …
    # di Sulawesi Utara adalah bentuk penghinaan'), up to `copula_max_words` words on.
    copulas: Words = ()
    copula_max_words: StrictInt = 16
    # Modal and aspect words that, right before a verb, are a clause's predicate however
    # long its subject ('meyakini pasca-dicabutnya larangan … di Jalan MH Thamrin -
    # Sudirman bakal menambah kemacetan'), up to `copula_max_words` words on; and the words
    # that end the search (a purpose, a second clause).
    predicate_modals: Words = ()
    predicate_stops: Words = ()
    # Bare (unprefixed) verbs of change that are a reported clause's predicate.
    bare_predicates: Words = ()
    adjective_closers: Words = ()
    adjective_relative_modals: Words = ()
    # Conjunctions opening an adverbial clause: after a name the verb acts on ('melaporkan
    # Lisa Mariana setelah mantan model itu membuat unggahan …') the verb after one is the
    # adjunct's, not a reported clause's.
    adjunct_openers: Words = ()
    # Of those, conjunctions of time: a verb right after one is that clause's ('ketika
    # memasuki …'), never the predicate of what was said.
    time_openers: Words = ()
    # Verbs of feeling: a clause after one that opens with an adjunct's conjunction ('senang
    # wisata bahari karena …') is the feeling's reason, no content owned to.
    feeling_verbs: Words = ()
    # Nouns that, right after a verb of `need_complementizer`, open what was said
    # ('menekankan pentingnya penyelarasan kebijakan …').
    content_nouns: Words = ()
    # Words that, right after a verb of saying, give the topic, not what was said
    # ('menjelaskan terkait alasan penyitaan').
    topic_words: Words = ()
    # 'Hal ini disampaikan X': a sentence opening with one of `back_subjects`, then one
    # of `back_verbs`, says that X said the sentence before it.
    back_subjects: Words = ()
    # Nouns of what is said or known that, closed by a demonstrative, are such a subject
    # too ('Kabar OTT ini dibenarkan oleh X', 'Usulan itu disampaikan oleh X').
    back_nouns: Words = ()
    back_verbs: Words = ()
    # 'Hal serupa diucapkan X': a sentence opening with one of `similar_subjects`, then one
    # of `back_verbs`, says X said much the same: X is the speaker a later '-nya' or
    # epithet refers to.
    similar_subjects: Words = ()
    # Opinion verbs still stating a view when negated ('Aji tidak menganggap …'), the
    # negations that may stand before them, and verbs whose 'sebagai' phrase is the view
    # itself ('menganggap (hal itu) sebagai tekanan').
    negatable_verbs: Words = ()
    negations: Words = ()
    # Verbs of denial that, negated, own to what follows, with no complementizer ('Rassya
    # tak menampik dunia politik penuh tantangan').
    denial_verbs: Words = ()
    denial_modals: Words = ()
    # Verbs of `addressee_verbs` whose addressee must be people ('mendorong para pemilih
    # untuk …'; 'mendorong pertumbuhan ekonomi untuk …' gives a purpose).
    person_addressee_verbs: Words = ()
    # Phrases that open a nominal predicate after a view's subject ('menilai sirkuit
    # Silverstone salah satu sirkuit favoritnya'), read after `negatable_verbs` only.
    nominal_predicates: Words = ()
    places: Words = ()
    quantifiers: Words = ()
    as_verbs: Words = ()
    # 'Seperti dilaporkan pihak bank bahwa …': an opener, a passive verb of saying (one of
    # `back_verbs`, or of `as_said_need_bahwa` and then only before 'bahwa'), its agent up
    # to a comma or 'bahwa'.
    as_said_openers: Words = ()
    as_said_need_bahwa: Words = ()
    # Passive verbs of saying read only as such a fronted cue, never pointing back: 'Ditambahkan
    # Rusli , …'.
    as_said_only: Words = ()
    # 'Berdasarkan keterangan Dinas …, insiden …': fronted phrases read as 'menurut' is.
    according_to_phrases: Words = ()
    according_to_records: Words = ()
    # Words between such a phrase's head and its source's name ('Berdasarkan laporan
    # terbaru Badan Pusat Statistik , …'): the name opens after them.
    according_modifiers: Words = ()
    # Verbs of `need_complementizer` whose content may open with 'untuk' right after them
    # ('Cook berkomitmen untuk meningkatkan investasi …').
    untuk_verbs: Words = ()
    # Causative verbs: a subject right after one is the one made to feel or say, and what
    # follows is the writer's narration ('membuat Tyas yakin …').
    causative_verbs: Words = ()
    # A verb and the word that completes it ('percaya diri' is 'confident'): the clause
    # opens after both.
    compound_verbs: Words = ()
    # 'Dilansir dari VOA , pusat wabah …': a fronted source and its name before a comma
    # report the clause after it when no one in that clause speaks of their own.
    source_cues: Words = ()
    # Verbs of a finding shown or made ('Data BPS menunjukkan , …'): their subject must be a
    # source (a document, a body, a person), not a thing ('Kepemimpinan X menunjukkan …').
    finding_verbs: Words = ()
    study_heads: Words = ()
    # Verbs of telling ('menceritakan') whose subject must be able to tell, wherever it
    # stands: a film or a book 'menceritakan …' gives a plot, no speech.
    teller_verbs: Words = ()
    # Verbs that touch on a point with no clause, unless their object is one of
    # `offended_objects` or people ('menyinggung perasaan warga' offends).
    offending_verbs: Words = ()
    offended_objects: Words = ()
    # Verbs that set out, stress or announce a point with a noun object and no clause
    # ('merinci realisasi belanja', 'menekankan pentingnya …', 'mengumumkan jadwal …').
    point_verbs: Words = ()
    # Objects of `point_verbs` that only name someone ('menyebutkan nama pelaku'): no point.
    name_objects: Words = ()
    # Of those cues, the ones only read after 'seperti' ('Seperti ditulis Benvenuti , …').
    source_cues_need_opener: Words = ()
    # Of those cues, the ones that after 'seperti' point back to earlier coverage, no source.
    source_cues_no_opener: Words = ()
    # Words that put a source cue after the clause it reports ('…, demikian dikutip
    # detikINET dari Techspot'): the source (after 'dari') reports that clause.
    final_source_openers: Words = ()
    # Passive verbs of saying after such an opener, their agent after them ('…, demikian
    # diumumkan oleh X'): the agent said the clause.
    final_passive_cues: Words = ()
    # (spk34b) Words of telling after such an opener and the named source, with no verb
    # ('…, demikian Ketua X , Budi kepada Antara , Sabtu'): the source told the clause.
    final_told_words: Words = ()
    # Words after the named speaker of a closing ', kata X' cue that say how or where it was
    # said ('…, kata Syamsul melalui keterangan tertulis').
    final_cue_tails: Words = ()
    # Verbs of reporting after a named subject closing a sentence ('…, The Guardian
    # melaporkan .'): that subject reports the clause before the comma.
    final_subject_verbs: Words = ()
    # 'Bagi Megawati , pulau republik ini …': a fronted 'for X' giving a person's view.
    view_cues: Words = ()


class QuoteSpeaker(LangData):
    """Finding and resolving the speaker phrase."""

    # Plural words that make a definite group ('Para peneliti'): they may refer back to a
    # person named with his company ('X dkk').
    group_articles: Words = ()
    # Pronoun classes.
    pronouns: Words
    # Of `pronouns`, those that only stand for a person ('dia', never a body quoted before).
    person_pronouns: Words = ()
    plural_pronouns: Words
    # Of those, the ones a body's members speak by, after the body opened the sentence
    # before with its own statement ('BEM UI juga meminta …. Mereka mengatakan …').
    body_plural_pronouns: Words = ()
    first_person: Words
    # Of `first_person`, the speaker's own voice ('saya', 'kami'; not 'Anda'): outside the
    # marks only where a quotation's closing mark was lost.
    own_voice: Words = ()
    # 'Perseroan menegaskan': the organisation named last (alone or with a demonstrative).
    company_anaphors: Words = ()
    # 'lembaga itu', 'agensi tersebut', 'pihak kepolisian': a body named before.
    group_nouns: Words = ()
    # 'pihaknya', 'lembaganya' in what is said: the speaker speaks for a body.
    body_voice_words: Words = ()
    # 'Juru bicara Kementerian X mengonfirmasi' with no name: the body X speaks.
    spokesman_heads: Words = ()
    # Verbs that, with a quotation mark after them, quote someone inside a quotation
    # ('Profesor bilang, ‘Ibu jangan dulu pensiun’').
    inner_quote_verbs: Words = ()
    # Words inside, after, before and around a speaker phrase.
    coordinators: Words
    # Units that are offices too, after a coordinator under one head ('Kepala X dan Humas Y').
    joint_office_units: Words = ()
    inner_words: Words
    stop_after: Words
    # Prepositions that, after an office in a speaker phrase, give the office's place
    # before the holder's name and comma ('Duta Besar RI di New York , Abdul …').
    role_place_links: Words = ()
    # Offices posted to a place, the only ones that link so ('Duta Besar', 'Konsul').
    posted_offices: Words = ()
    adverbs: Words
    # Passives of knowing, judging or reporting ('X diketahui sempat menulis', 'X dinilai
    # berbelit-belit'): their subject is the topic of what follows, not one who only
    # undergoes something (lead34).
    topic_passives: Words = ()
    connectives: Words
    # Connectives that open a clause with no comma before an epithet subject closed by a
    # demonstrative: 'Namun sutradara itu mengatakan …'.
    epithet_openers: Words = ()
    # 'juga' of 'kata Ketua X yang juga Gubernur Y Budi': a second office of the same holder,
    # the name after it the speaker's.
    also_words: Words = ()
    # Passive verbs of citing in an aside between a subject and its verb: 'X seperti
    # dikutip Reuters mengatakan' (the outlet is no speaker).
    aside_source_verbs: Words = ()
    # Words opening a fronted source before a comma ('Dilansir Reuter , PBB melaporkan').
    source_openers: Words = ()
    time_words: Words
    # Words of a date between a verb of saying and its complementizer, with `time_words` and
    # numbers ('mengumumkan pada Selasa (14/11) bahwa …').
    when_words: Words = ()
    # Resolution: preferred entity kinds, pronoun look-back, last-speaker fallback.
    kind_priority: Words
    pronoun_lookback_sentences: StrictInt
    last_speaker_fallback: StrictBool
    # Heads of speaker phrases that make the speaker anonymous, a document or statement,
    # or an organisation (`Quote.speaker_kind`).
    anonymous_heads: Words = ()
    naming_heads: Words = ()  # of those, heads a body's name may follow ('Kelompok ISIS')
    # Speaker phrases opening with a gathering ('Diskusi tersebut menekankan'): no speaker.
    gathering_heads: Words = ()
    document_heads: Words = ()
    organisation_heads: Words = ()
    # Document heads that name a statement, whose author may be a place's body
    # ('pernyataan resmi Valencia': the club).
    statement_heads: Words = ()
    # (spk34) The words between a statement's owner and its head ('X dalam keterangan
    # tertulisnya', 'X melalui siaran persnya').
    statement_channels: Words = ()
    # What may not stand before a sentence's new subject: verb prefixes, prepositions.
    subject_verb_prefixes: Words = ()
    subject_prepositions: Words = ()
    # Relational nouns after which a person's name is the possessor, not the subject
    # ('kuasa hukum Sahara', 'istri Ridwan Kamil').
    possessor_words: Words = ()
    # Verbs that name or describe the speaker inside the phrase ('warga bernama Budi');
    # any other me-/ber- verb after a cue ends the speaker phrase.
    naming_verbs: Words = ()
    # Words after a named subject that open its description up to the verb, names inside
    # it being no speakers ('Albert selaku manajer Martin mengklaim').
    description_openers: Words = ()
    # Words after a comma that name whom the phrase before describes ('Drummer X, yakni Y,').
    namely_words: Words = ()
    # Words marking a subject as an example, between its name and an appositive comma
    # ('Budi misalnya, seorang pedagang …, mengatakan').
    example_words: Words = ()
    # Words joining a show's title to the host it is named after ('The Late Show With X').
    title_joiners: Words = ()
    # Passive verbs of publishing: 'data yang dirilis X' is X's data.
    publishing_verbs: Words = ()
    active_publishing_verbs: Words = ()
    question_words: Words = ()
    response_nouns: Words = ()
    # Words that make a description plural ('kedua pemimpin itu'): it refers to several.
    plural_words: Words = ()
    # Words of one ('sebuah', 'seorang'): a noun after one is one thing, no group.
    singular_heads: Words = ()
    # Lower-case word lists stages.quotes reads through `WordSet` (data20): a setting's
    # words ('dalam', 'saat'), a time frame's ('setelah'), a person's age ('berusia'),
    # heads standing for a place's government ('pemkot'), function words no body's name
    # holds ('yang'), words of the public ('masyarakat').
    setting_words: Words = ()
    temporal_frame_words: Words = ()
    # Connectives before a sentence's 'menurut X': after a clause's comma, and with none.
    according_after_comma: Words = ()
    according_openers: Words = ()
    age_words: Words = ()
    place_government_heads: Words = ()
    not_body_words: Words = ()
    people_words: Words = ()
    demonstratives: Words = ()
    # (spk34b) Office words, English ones too, that alone make no person's name: a PERSON
    # entity of these words only ('Visiting Professor') is a title read as a name.
    title_only_words: Words = ()
    # (spk34b) 'akan' as 'of' before a noun object ('menyadari akan hal ini'), and the nouns
    # that show it: no clause follows the verb (quotes.toml).
    object_akan: Words = ()
    akan_object_nouns: Words = ()
    # (spk34b) Words tying an appositive description to its body ('analis di X', 'Visiting
    # Professor pada X'): the person before it is the subject (quotes.toml).
    appositive_links: Words = ()
    # Person nouns that open a definite description referring back even when capitalised
    # ('Pria yang juga menjabat sebagai Imam Besar … itu menyatakan').
    person_nouns: Words = ()
    # Articles of a person ('Sang aktor melanjutkan'): with a role or person noun after
    # them they refer back, demonstrative or not.
    person_articles: Words = ()
    # Cues of an answer, and of the question it answers: '“…?” tanya jaksa Budi kepada
    # Anton. “…,” jawabnya' is Anton's answer, the one asked.
    answer_cues: Words = ()
    question_cues: Words = ()
    list_openers: Words = ()
    # Words before a subject that make its clause a request or purpose, not a statement of
    # that subject ('meminta agar TNI mengungkapkan …': TNI does not speak).
    purpose_words: Words = ()
    # Third-person pronouns inside a quotation: it speaks of someone, so a person who just
    # became the topic is talked about, and a '-nya' cue stays with the speaker quoted last.
    talked_about: Words = ()
    # Small words a headline leaves in lower case ('Gary Cahill Minta Saran dari John Terry'):
    # a line of capitalised words with only these between is a linked story's title.
    title_small_words: Words = ()
    # Words by which a statement refers to a person it speaks of ('Saudara ISW', 'tersangka
    # AS'): that person is talked about, not the one talking.
    reference_words: Words = ()
    # Words of hesitation that, after one of `hesitation_negations`, stand between a
    # speaker and the verb ('Matthaeus pun tak ragu-ragu mengatakan'): without hesitation.
    hesitations: Words = ()
    hesitation_negations: Words = ()
    # Occasions of saying and verbs of being reached that open a short setting between a
    # subject and its verb ('Budi dalam konferensi pers mengatakan', 'Budi saat dihubungi
    # wartawan mengatakan'): where or how it was said, not who said it.
    setting_nouns: Words = ()
    reached_verbs: Words = ()
    # Words of (un)willingness that stand between a subject and its first verb ('Budi
    # enggan merinci … dan hanya mengatakan , …'): the subject of a second predicate after
    # 'dan' is read past them.
    willingness: Words = ()
    # Nouns of a period before a name ('Menteri Perhubungan era Presiden X itu'): the name
    # dates the phrase's referent, who is not that person.
    era_words: Words = ()
    # Top-level domains of a web address written in lower case ('livestrong.com'): the
    # site's name, read as a capitalised one.
    site_domains: Words = ()


class QuoteHeadline(LangData):
    """'Kremlin: Kami Akan ...' headlines: speaker size limits and rubric prefixes."""

    max_speaker_words: StrictInt
    min_content_words: StrictInt
    not_speakers: Words


class QuotesData(LangData):
    """quotes.toml (stages.quotes): marks, cues and speaker words."""

    marks: QuoteMarks
    direct: QuoteDirect
    indirect: QuoteIndirect
    speaker: QuoteSpeaker
    headline: QuoteHeadline

    @model_validator(mode="after")
    def _parenthetical_are_verbs(self) -> QuotesData:
        if stray := set(self.indirect.parenthetical) - set(self.direct.verbs):
            raise ValueError(f"[indirect].parenthetical not in [direct].verbs: {sorted(stray)}")
        return self


# ----------------------------------------------------------------------------- roles.toml


class RolesData(LangData):
    """roles.toml (ner): titles before a person's name."""

    # Role heads ("Presiden"), honorifics dropped from names ("Dr."), lower-case words
    # allowed inside a role ("dan"), and words never (part of) a person's name.
    heads: Words
    honorifics: Words
    connectors: Words
    not_names: Words
    # Military and police ranks: kept apart from the role ("Kapolri Jenderal Listyo Sigit
    # Prabowo": role Kapolri, rank Jenderal) by stages.coref.
    ranks: Words = ()
    # Heads that alone are no role ("Putri": daughter, or a given name).
    bare_not_roles: Words = ()
    # English officers' titles ("Principal", "Vice President") that open roles as heads do,
    # kept out of the tagger's role-word feature, which the shipped models learnt without
    # them (cuts15).
    officer_titles: Words = ()
    # Titles of royalty and nobility ("Pangeran", "Earl"): one person holds one at a time,
    # and beside one a bare "Putri" is a title.
    royal_titles: Words = ()
    # Titles of European peerage ("Earl", "Lord"): a peer is no royal of the same name.
    peer_titles: Words = ()
    # Titles of regional nobility written before a given name (the Sasak "Lalu", "Baiq"),
    # capitalised as written: no word of a role before them nor of the name's role.
    regional_titles: Words = ()
    # The naming cues among `name_cues` that only introduce a name ("bernama"): the person
    # after one is tagged, and the head before one is no role of it.
    naming_only_cues: Words = ()
    # Nouns of a player's ranking or seeding after a head ("petenis [peringkat] 12 dunia"):
    # with its number (and "dunia") part of the role before a name.
    ranking_words: Words = ()
    # The scope a ranking's number may close with ("peringkat 12 [dunia]").
    ranking_scopes: Words = ()
    # Corps written after a rank ("Kolonel Inf"): the pair is the rank.
    rank_corps: Words = ()
    # Marks after a rank's corps ("Kolonel Chk (K)"): part of the rank.
    rank_marks: Words = ()
    # Phrases that join two names of one person ("Ismail Marzuki alias Mail Syahputra",
    # "Teco, sapaan Stefano Cugurra").
    alias_cues: Words = ()
    nickname_cues: Words = ()  # the same, with the main name second
    # Words before a person's birth name in an epithet of the article's main person
    # ("Wanita [bernama asli] Rini Fatimah Jaelani itu"): that name is the main person's.
    real_name_cues: Words = ()
    # Words tying a person to a country right after the name or role ("asal Denmark").
    origin_words: Words = ()
    # Heads naming someone's agent ("kuasa hukum"): the person right after one is the
    # client; the agent is the name set apart after a comma ("kuasa hukum Suci, Dadang").
    client_heads: Words = ()
    # Agents' heads read so only before a client and the agent in apposition.
    agent_heads: Words = ()
    # Words between such a client's name and the agent's comma ("Pengacara Jokowi
    # [lainnya], Rivai"): one more of the client's agents, still in apposition.
    other_agent_words: Words = ()
    # Predicates of office after a name ("menjabat sebagai", "berprofesi sebagai") and the
    # words that may stand between ("saat masih", "yang pada kala itu", "akan"): the role
    # after them is the name's.
    # English heads written last in their title ("Brand Manager", "Corporate Secretary
    # Division Head"): the capitalised words before one are the title's.
    last_heads: Words = ()
    # English heads closing a title apposed after a name ("Budi , Visiting Professor pada
    # X ,") and the words tying it to its body ("pada"): read only there.
    apposed_last_heads: Words = ()
    title_body_links: Words = ()
    # English words joining two capitalised parts of such a title ("Public Affairs [and]
    # Sustainability Senior Director"): the title goes on over them.
    title_joiners: Words = ()
    # Particles inside foreign bodies' names ("Olympique de Marseille"): a role's
    # capitalised run goes on over them.
    name_particles: Words = ()
    role_predicates: Words = ()
    predicate_gap_words: Words = ()
    # Possessive pronouns after a lower-case head before a name's comma ("manajer [mereka],
    # Budi"): the head is the name's role, the pronoun (its body, named before) no part.
    owner_pronouns: Words = ()
    # Words in the clause before the name that leave the predicate's office unheld or
    # another's: a condition ("Jika nanti Titiek terpilih"), a companion ("bersama Sandi").
    predicate_blockers: Words = ()
    # The companions among them ("bersama Arian yang kini menjadi …"): a relative clause
    # right after the name binds the predicate to that name all the same.
    companion_blockers: Words = ()
    # Lower-case nouns of people before a name that are no role ("musisi Macklemore",
    # "rezim Moamer Kadhafi"): the name after one is a person, whatever the tagger read.
    person_nouns: Words = ()
    # Words between a person's name and a role written after it ("Budi selaku Ketua
    # Panitia", "Andi sebagai Ketua Umum Partai Golkar").
    after_name_cues: Words = ()
    # Heads of regional offices ("Bupati", "Gubernur"): in "Bupati [Ogan Komering Ilir]
    # (OKI) Muchendi", the name with its acronym before the holder's is the area.
    area_heads: Words = ()
    # Occupations that open a role like `heads` ("sutradara Christopher Nolan"), kept out
    # of `heads` because the taggers' features read `heads` as they were trained.
    occupations: Words = ()
    # Titles of nobility that are part of a name after another role ("Mantan gubernur
    # Banten Ratu Atut Chosiyah"), a role of their own otherwise ("Ratu Elizabeth").
    name_titles: Words = ()
    # Lower-case words after a head that make the name after them the related person
    # ("Menkeu baru [pengganti] Sri Mulyani", "penyanyi [sekelas] Justin Bieber").
    relation_words: Words = ()
    # Quantities before a lower-case head that make it several people's ("dua pebalap").
    plural_words: Words = ()
    # Words of one among many between a name's comma and its role ("Agung, [salah satu]
    # mahasiswa yang ...", "Seema Shah, [seorang] ahli diet"): no part of the role.
    one_of: Words = ()
    # Example words between a name and its comma ("Budi [misalnya], seorang guru").
    name_asides: Words = ()
    # Links that front a role before the name and its comma ("[Selaku] ketua panitia, Budi").
    fronted_role_links: Words = ()
    # Words that open a list of the people a role before them names ("mantan pimpinan
    # Komisi II DPR [yakni] A, B dan C"): the role is each listed name's.
    list_cues: Words = ()
    # Words joining a second office or standing to a role written after a name
    # ("fisikawan legendaris [sekaligus] salah satu pemikir terbesar"): the role ends there.
    role_joiners: Words = ()
    # Words joining the last of lower-case occupations listed after a name ("..., dan").
    listed_role_joiners: Words = ()
    # Words between a role and a name that give the name ("sopir [berinisial] AR").
    name_cues: Words = ()
    # Occupations that open a role only before such a cue ("sopir ... berinisial AR").
    cue_heads: Words = ()
    # Ordinals written as words, inside a role after its head ("Presiden ketujuh RI").
    ordinals: Words = ()
    # Words after a head that date the office ("direktur teknik [sebelumnya], Paddy
    # Lowe": the previous one), as "mantan" before a head; adverbs elsewhere.
    former_after: Words = ()
    # Passive verbs of leading, each with the head it gives the person named after it:
    # "majelis hakim yang diketuai Fatimah" makes Fatimah "ketua majelis hakim".
    led_by: dict[str, StrictStr] = {}
    # Heads that label a byline or credit line ("Penulis : Budi"), no role there.
    label_not_roles: Words = ()
    # Adjectives of an impostor after a head ("Jaksa gadungan", "dokter palsu"): no role.
    sham_words: Words = ()
    # Words of sports' names inside an athlete's role ("Atlet sepak bola Indonesia").
    sport_words: Words = ()
    # Words after a player's head that name a standing in a squad ("pemain [inti]"): after
    # a copula "menjadi" no role ("X menjadi pemain inti Chelsea").
    standing_words: Words = ()
    # Copulas of becoming ("menjadi"): after one before a role, the name is the owner.
    become_words: Words = ()
    # adjectives of fame the lexicon reads as verbs, inside a role ("desainer ternama")
    fame_words: Words = ()
    # "Budi , profesor dari X": a title that is an office after a name when a preposition and
    # the body follow, and those prepositions (roles32, roles.toml).
    body_bound_titles: Words = ()
    body_bound_prepositions: Words = ()
    # copulas among role_predicates: a lower-case head after one, run into 'yang', is a
    # description, no office (roles27)
    copula_predicates: Words = ()
    # Nouns that make a compound preposition after 'di' / 'ke' ('di hadapan hakim , Budi')
    compound_preposition_nouns: Words = ()
    # Words opening a pair of parties ('antara Ketua DPR dan Ketua MA , Budi'): the name
    # holds the office after the joiner only (roles30b)
    pair_openers: Words = ()
    # Words before a role that keep it ("mantan"), words of a leader's period ("era"):
    # lower case (ner.roles). `kin_nouns`: the pack's one kinship list, every stage's
    # (`warta.lang.id.kinship`); `kin_also`: the ones of other senses ner.roles adds (kin25).
    role_prefixes: Words = ()
    kin_nouns: Words = ()
    kin_also: Words = ()
    period_words: Words = ()
    # Words opening a degree or alumnus sentence of a column's author line ("Alumni
    # Magister …", "Lulusan …"): no office, and the end of an office run into one.
    credential_words: Words = ()
    # Nouns of a held office before "-nya sebagai" ("jabatannya sebagai Ketua").
    office_nouns: Words = ()
    # Heads of a body's membership ("anggota DPR"): before a list of names, each one's.
    member_heads: Words = ()


# ---------------------------------------------------------------------------- themes.toml


class ThemeSettings(LangData):
    """Lexicon score 1 - exp(-hits per 100 words / scale) and the reporting limits."""

    scale: StrictFloat
    min_terms: StrictInt
    min_score: StrictFloat
    max_themes: StrictInt
    # Discount of the lexicon score on codes the model also learns.
    learned_weight: StrictFloat


class ThemeTerms(LangData):
    """Terms of one code by weight: `strong` 2, `terms` 1, `weak` 0.5."""

    strong: Words = ()
    terms: Words = ()
    weak: Words = ()


class ThemesData(LangData):
    """themes.toml (stages.themes): settings and one term table per theme code."""

    settings: ThemeSettings
    codes: dict[str, ThemeTerms]


# ----------------------------------------------------------------------------- timex.toml


class DayWords(WordTable[StrictInt]):
    """Weekday word -> ISO weekday number."""

    # Days matched only with this capitalisation, words after which they match in any
    # case, and words a weekday never follows.
    case_sensitive_days: Words
    case_free_after: Words = ()
    weekday_not_after: Words


class MonthWords(WordTable[StrictInt]):
    """Month word or abbreviation -> month number; `month_full` may stand alone."""

    month_full: Words


class NumberOps(LangData):
    """Number words combining with others ("dua belas", "lima puluh", "satu setengah")."""

    teen: Words
    multipliers: dict[str, StrictInt]
    half: Words
    vague: Words


class UnitWords(WordTable[StrictStr]):
    """Unit word -> TIMEX3 unit, or an amount of one ("semester" = "6M"); `calendar_units`
    name a calendar period."""

    calendar_units: Words


class Direction(LangData):
    """A direction word after "<n> <unit>": its sign and anchor (publication or last date)."""

    sign: Literal[-1, 0, 1]
    anchor: Literal["dct", "ref"]


class Publication(LangData):
    """From this publication hour on, "tadi malam" means tonight."""

    evening_from_hour: Annotated[StrictInt, Field(ge=0, le=23)]


class PartWords(WordTable[StrictStr]):
    """Part of day -> TIMEX3 code; `pm` parts make a clock hour in their range p.m.; in a
    sentence with a `habit` word a part of the day alone is any day's; a clock time right
    after a `range_end` word ends a span begun at the time before it."""

    pm: dict[str, tuple[Annotated[StrictInt, Field(ge=1, le=11)],
                        Annotated[StrictInt, Field(ge=1, le=11)]]]
    habit: Words = ()
    # a habit word right after one of these tells when an event happened, not a rule
    # ("dicuri saat jam operasional, sekitar pukul 09.30")
    habit_not_after: Words = ()
    # a sentence that forecasts ("BMKG memprediksi cuaca ... umumnya berawan pada pagi
    # hari") tells the forecast day's parts, however general its words
    forecast: Words = ()
    # a part of the day right after one of these is a condition's, any day's ("kalau malam
    # hari jalan sepi")
    conditional: Words = ()
    range_end: Words = ()


class RefWords(WordTable[StrictStr]):
    """Document-relative reference word -> TIMEX3 value; never right after `not_after`,
    nor right after the words `idiom_after` gives it (then an idiom, no time)."""

    not_after: Words
    idiom_after: dict[str, Words] = {}
    # a past reference right before one of these is an awaited moment arriving ("saat itu
    # sudah tiba"): the day its sentence names, not the past
    arrived_before: Words = ()


class NotAfter(LangData):
    """Words a duration never follows."""

    not_after: Words


class YearFences(LangData):
    """A bare year is taken only between these fences."""

    not_before: Words
    not_after: Words
    # words that date a bare year even when a capitalised word follows it ("pada 2011
    # Ismaik membeli"), besides the month's own (`month_after`)
    dated_after: Words = ()


class PeriodPositions(WordTable[Literal["START", "MID", "END"]]):
    """Position word ("awal", "akhir") -> TIMEX3 `mod` of the period it opens."""


class UnitDay(LangData):
    """When a day name that is also a unit ("Minggu depan") reads as the week."""

    trails: Words
    not_after: Words


class Holidays(LangData):
    """Named holidays (TimeML tags them as dates): the names that say each one, and its
    month-day, every year ("every") or by year for the moving ones (Idul Fitri)."""

    names: dict[str, StrictStr]
    dates: dict[str, dict[str, StrictStr]]
    # A one-word name after another capitalised word is part of a place's name
    # ("Kabupaten Mandailing Natal"), unless that word is one of these ("Selamat Natal").
    name_after: Words = ()
    # Names matched only with this capitalisation ("Hari Ibu", not "hari ibu").
    case_sensitive: Words = ()
    # Words a holiday right after is any year's ("setiap Lebaran"), and words that, opening
    # its sentence, make it one of a list of kinds of occasion ("Misalnya, Ramadan ...").
    every_before: Words = ()
    example_openers: Words = ()

    @model_validator(mode="after")
    def _names_have_dates(self) -> Holidays:
        for name, hid in self.names.items():
            if hid not in self.dates:
                raise ValueError(f"holidays.names[{name!r}] = {hid!r}: no holidays.dates "
                                 f"entry; add one or fix the name")
        lower = {n.lower() for n in self.names}
        for name in self.case_sensitive:
            if name.lower() not in lower:
                raise ValueError(f"holidays.case_sensitive: {name!r} is no holidays.names entry")
        for hid, days in self.dates.items():
            for year, md in days.items():
                if not (year == "every" or year.isdigit()) or not re.fullmatch(
                        r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", md):
                    raise ValueError(f"holidays.dates[{hid!r}][{year!r}] = {md!r}: want "
                                     f'"every" or a year, and "MM-DD"')
        return self


class ForwardClause(LangData):
    """'ke depan' opening a clause after a comma or closing one is "from now on" when its
    sentence hopes or aims (`cues`: "berharap", "agar"), not after a word of motion."""

    cues: Words
    not_after: Words = ()
    # clause joins: 'ke depan' after one opens a clause, before one closes it
    joins: Words = ()


class LaterOn(LangData):
    """Where bare "belakangan" means "later on": after `after`, before `before`; and the
    trend verbs after which it closes its clause as "lately" (`lately_after`)."""

    after: Words = ()
    before: Words = ()
    lately_after: Words = ()


class TimexPattern(LangData):
    """One pattern: a normaliser kind, a regex with %placeholders%, the tokens it starts at."""

    kind: StrictStr
    regex: StrictStr
    starts: Words


class TimexData(LangData):
    """timex.toml (stages.timex): word tables, regex fragments and patterns."""

    # Calendar words.
    days: DayWords
    months: MonthWords
    seasons: dict[str, StrictStr]
    # A season described by a quality after it ("musim panas yang lebih panjang") is the
    # season in general, any year's.
    season_kinds: WordList = WordList(words=())
    # "sudah dikatakan musim hujan": a season after a word of naming is the kind (tx30)
    season_named_after: WordList = WordList(words=())
    # A living thing's seasonal cycle ("bertahan hidup", "bermigrasi"): its sentence's
    # season is any year's.
    season_cycle: WordList = WordList(words=())
    # Words before "kemarin" making it the day ("pada"), adverbs of habit ("biasanya"):
    # stages.timex reads them through `WordSet` (data20).
    day_governors: WordList = WordList(words=())
    habit_adverbs: WordList = WordList(words=())
    # Abstract nouns before "hari ini" that make it "nowadays" ("dunia hari ini"), and
    # words joining it to the future ("hari ini dan ke depan"): stages.timex (tx27).
    present_era_nouns: WordList = WordList(words=())
    present_era_joins: WordList = WordList(words=())
    # "demo kemarin lagi,": the other day's event again, a past with no day (tx27).
    recurrence_after: WordList = WordList(words=())
    told_event_not: WordList = WordList(words=())  # "saya": no event noun before "kemarin" (tx28)
    held_event: WordList = WordList(words=())  # "digelar": a sentence dating an event (tx28)
    # "nanti": a part of the day said with it after a habit's in its sentence is any day's (tx29)
    habit_then: WordList = WordList(words=())
    # "terlebih": "dahulu" right after one is "first", no past (tx32)
    first_before: WordList = WordList(words=())
    # "tadi", "ini", "nanti" after a part of the day: the publication day's part (tx32)
    today_trails: WordList = WordList(words=())
    weekend: WordList
    # Numbers and units of durations.
    numbers: dict[str, StrictFloat]
    number_ops: NumberOps
    units: UnitWords
    durations_vague: dict[str, StrictStr]
    # "sepanjang hari" (the whole day) = P1D, unless a date follows ("sepanjang hari ini")
    durations_whole: dict[str, StrictStr] = {}
    durations: NotAfter
    # Relative expressions: direction words, day offsets, day offset + part of day.
    directions: dict[str, Direction]
    relative_days: dict[str, StrictInt]
    relative_parts: dict[str, tuple[StrictInt, StrictStr]]
    # words that make the part of the day after them a name ("jam malam ini" = this curfew)
    relative_parts_not_after: WordList = WordList(words=())
    publication: Publication
    # Parts of the day, time zones, reference words.
    parts: PartWords
    zones: WordList
    refs: RefWords
    # Span modifiers, period positions, month and year fences, sets, future cues.
    modifiers: WordList
    period_positions: PeriodPositions
    month_after: WordList
    # Parts of the day alone, quarters and halves of a year.
    part_after: WordList
    year_parts: dict[str, Literal["Q", "H"]]
    year_part_numbers: dict[str, Annotated[StrictInt, Field(ge=1, le=4)]]
    years: YearFences
    sets: WordList
    future_cues: WordList
    past_cues: WordList
    unit_day: UnitDay
    holidays: Holidays = Holidays(names={}, dates={})
    forward_clause: ForwardClause = ForwardClause(cues=())
    # "belakangan" as "later on" (a narrative's sequence, not "lately"): right after a
    # contrast join ("Namun, belakangan ... dibantah") or right before a word of coming to
    # light ("belakangan diketahui"); tx26
    later_on: LaterOn = LaterOn()
    # A year named as a target or plan ("Visi 2045") right after one of these words is not
    # the year an undated text reports in (tx26)
    target_year_after: WordList = WordList(words=())
    # A dated weekday right after one of these opens a span ("dari Minggu (19/10) sore
    # hingga siang ini"), it does not date a statement (tx30)
    span_start_frame: WordList = WordList(words=())
    # Relative days counted from the day the story last told ("keesokan harinya").
    story_days: WordList = WordList(words=())
    # Speech verbs with -nya after a quote ('," ujarnya'): the speaker named before goes
    # on, so a quote in a paragraph that dates nothing is of the statement dated last.
    continued_speech: WordList = WordList(words=())
    # Events after which "kemarin" means "the last one" ("pemilu kemarin"), no day.
    last_one: WordList = WordList(words=())
    # Words linking "kemarin" to such an event after it ("kemarin saat di Pilkada"): the
    # last one too, no day.
    last_one_links: WordList = WordList(words=())
    # A lasting state or past experience after "yang kemarin" ("warga yang kemarin belum
    # terdata"): the colloquial "previously", a past with no day, not yesterday.
    lasting_after: WordList = WordList(words=())
    # Regex fragments usable as %name% in patterns, and the patterns in priority order.
    fragments: dict[str, StrictStr]
    patterns: tuple[TimexPattern, ...]

    @model_validator(mode="after")
    def _starts_name_word_lists(self) -> TimexData:
        # "@days", "se+@units.calendar_units": the path after "@" must reach a table or a
        # word list of this file, else the stage could not tell where a pattern starts.
        for i, pattern in enumerate(self.patterns):
            for spec in pattern.starts:
                if "@" in spec and not _is_word_source(self, spec.rpartition("@")[2]):
                    raise ValueError(f"patterns[{i}].starts: {spec!r} names no table or "
                                     f"word list of this file")
        return self


def _is_word_source(data: BaseModel, path: str) -> bool:
    node: object = data
    for part in path.split("."):
        if not isinstance(node, BaseModel) or part not in type(node).model_fields:
            return False
        node = getattr(node, part)
    return isinstance(node, WordTable | dict | tuple)


# ------------------------------------------------------------------------------ tone.toml


class ToneSettings(LangData):
    """Negation windows and how model and lexicon combine into the tone score."""

    negation_window: StrictInt
    model_negation_window: StrictInt
    model_weight: StrictFloat
    # The news model's margin, in lexicon hits per 100 words, added to the lexicon reading.
    news_model_weight: StrictFloat = 0.0
    lexicon_weight: StrictFloat
    lexicon_scale: StrictFloat
    # |tone| below this is "neutral".
    neutral_band: StrictFloat
    # A negative term after a negator counts this times its weight: -1 flips it to good
    # news; 0 reads "tidak ditahan" as no bad news rather than good news.
    negated_negative: StrictFloat = -1.0
    # Terms up to `concession_window` words after a concessive ("meski X, Y") count
    # `concession_weight` times: the clause grants what the sentence then outweighs.
    concession_window: StrictInt = 0
    concession_weight: StrictFloat = 1.0


class Polarity(LangData):
    """Terms of one polarity: `strong` count 2, `terms` 1."""

    strong: Words = ()
    terms: Words = ()


class ToneData(LangData):
    """tone.toml (stages.tone): negators, settings, slang and the polarity lexicon."""

    negators: Words
    # Words opening a concessive clause ("meski", "walaupun"), see `concession_window`.
    concessives: Words = ()
    # "eks", "mantan": a negative term right after one is a past state ("eks pengungsi"),
    # counted as a negated one (`negated_negative`).
    formers: Words = ()
    settings: ToneSettings
    # Informal spelling -> standard word, applied before the model reads a text.
    slang: dict[str, StrictStr] = {}
    negative: Polarity
    positive: Polarity
    # Phrases that hold a polar word but are neutral in news ("pemberantasan korupsi",
    # "bantuan sosial"): matched like terms (longest wins), they count 0.
    neutral: Words = ()


# ----------------------------------------------------------------------------- sites.toml


class SitePages(LangData):
    """Articles split over pages. `all`: a URL template that shows the whole article on one
    page ("{url}?page=all"), fetched instead of the page. `next`: templates of page n
    (n >= 2), followed only when a page links to exactly that URL."""

    all: StrictStr | None = None
    next: tuple[StrictStr, ...] = ()
    max_pages: StrictInt = Field(default=10, ge=1, le=50)


class Site(LangData):
    """One outlet: where its articles are listed and how its article pages look."""

    name: StrictStr
    domains: Words  # registered domains; every host under them belongs to the site
    feeds: Words = ()  # RSS or Atom
    sitemaps: Words = ()  # sitemaps, sitemap indexes or news sitemaps
    sections: Words = ()  # index pages whose links are articles (for sites with neither)
    articles: tuple[Regex, ...] = ()  # URL patterns of article pages; empty: the defaults
    pages: SitePages | None = None  # None: the defaults
    # Where they differ from boilerplate.toml's: dateline patterns and whole lines to drop.
    datelines: tuple[Regex, ...] = ()
    drop_lines: tuple[Regex, ...] = ()
    origin: StrictStr  # where the URLs and rules above come from, and when checked


class SiteDefaults(LangData):
    """For a site with no profile, and for profile keys left out."""

    articles: tuple[Regex, ...]
    skip: tuple[Regex, ...]  # URL patterns never fetched as articles (tags, video, ...)
    pages: SitePages


class SitesData(LangData):
    """sites.toml (sources.crawl): outlet profiles, named by their key (`warta crawl kompas`)."""

    defaults: SiteDefaults
    sites: dict[StrictStr, Site]


# -------------------------------------------------------------------------- aliases.toml


class AliasEntity(LangData):
    """One [[entity]] of aliases.toml: a canonical name, its kind and its other names."""

    name: Phrase
    kind: Literal["PERSON", "ORG", "PLACE", "EVENT"]
    aliases: tuple[Phrase, ...] = ()


class AliasesData(LangData):
    """aliases.toml (corpus.registry): aliases and acronyms of institutions and people."""

    # Words that never stand alone for a longer name ("Bank" is not "Bank Indonesia").
    generic: Words = ()
    # Words before a place's name that say what kind of area it is ("Kecamatan Kawali").
    place_types: Words = ()
    entity: tuple[AliasEntity, ...] = ()


# The model of every TOML file of a pack, by file name (tests check the pack against it).
FILES: dict[str, type[LangData]] = {
    "aliases": AliasesData,
    "boilerplate": BoilerplateData,
    "countries": CountriesData,
    "entities": EntitiesData,
    "events": EventsData,
    "kinds": KindsData,
    "langid": LangidData,
    "numbers": NumbersData,
    "places": PlacesData,
    "quotes": QuotesData,
    "roles": RolesData,
    "sites": SitesData,
    "themes": ThemesData,
    "timex": TimexData,
    "tone": ToneData,
}


# --------------------------------------------------------------------------- offices.toml


class OfficeHolder(LangData):
    """One term of one holder: from `start` up to (not including) `end`; no end = still."""

    name: Phrase
    start: date
    end: date | None = None
    acting: StrictBool = False

    @model_validator(mode="after")
    def _ordered(self) -> OfficeHolder:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"{self.name}: end {self.end} before start {self.start}")
        return self


class Office(LangData):
    """An Indonesian office, the ways it is written, and who held it when."""

    key: Phrase
    titles: tuple[Phrase, ...]
    epithets: Words = ()
    holders: tuple[OfficeHolder, ...]


class OrgEpithet(LangData):
    """An organisation, its short forms and the descriptions that stand for it."""

    name: Phrase
    short: Words = ()
    epithets: Words = ()
    # Words its offices' names open with ("Kejari Pekanbaru"): where the article names none
    # of its names, an epithet names the one office so opened (link26).
    heads: Words = ()


class OfficesData(LangData):
    """offices.toml (stages.coref): office holders by date, with the titles and epithets
    that stand for them."""

    qualifiers: Words
    office: tuple[Office, ...]
    organisation: tuple[OrgEpithet, ...] = ()


# ----------------------------------------------------------------------------- coref.toml


class CorefData(LangData):
    """coref.toml (stages.coref): within-article identity rules as word lists."""

    # Words before a place name that leave the same place ("Kota Makkah" = "Makkah").
    same_place_prefixes: Words
    # Those of them that stay in the name where the gazetteer does not know the bare one
    # ("Desa Jagalan" beside "Jagalan"): a village is named with its word.
    named_place_prefixes: Words = ()
    # Heads of seas, straits and bays ("Laut"): the rest of such a name, of two words or
    # more, is the same place ("China Selatan" of "Laut China Selatan"); a one-word rest
    # is a land ("Laut Jawa" / "Jawa"). link25.
    water_place_heads: Words = ()
    # Abbreviated place words and the word each stands for ("Kab" = "Kabupaten"): "Kab
    # Bogor" is "Kabupaten Bogor", and an organisation so named is that place. names11.
    place_prefix_forms: tuple[tuple[StrictStr, StrictStr], ...] = ()
    # Head words of bodies' names in English: a body's English name in brackets after its
    # Indonesian one ("Bank Sentral Swiss (Swiss National Bank)") is the same body. names11.
    foreign_org_heads: Words = ()
    # Extra role heads read after a name and a comma (appositive roles).
    appositive_heads: Words = ()
    # Street and building words: a person named right after one is the place's namesake.
    named_after: Words = ()
    # Head words of places named bare by what follows them ("Bandar Udara Ngurah Rai" /
    # "di Ngurah Rai", "Ibu Kota Nusantara" / "ke Nusantara"): the bare name, a place or a
    # person of no role, is that place. names12.
    bare_named_heads: Words = ()
    # Those of them whose bare name is the place even where the gazetteer knows it (a
    # capital: "Ibu Kota Nusantara" / "Nusantara"). names12.
    bare_named_same: Words = ()
    # Words for one kind of facility and the head each stands for ("Bandar" = "Pelabuhan"):
    # "Bandar Pomako" and "Pelabuhan Pomako" are one port. link26.
    facility_head_forms: tuple[tuple[StrictStr, StrictStr], ...] = ()
    # Lower-case area nouns before a bare name: the bare name is the area a facility is
    # named after, not the facility ("kawasan Tanah Abang" / "Stasiun Tanah Abang"). split20.
    bare_area_words: Words = ()
    # Words before a role that belong to it ("Staf Ahli" + "Menteri Keuangan ...").
    role_prefixes: Words = ()
    # Words ending a company's name that name its group of companies, not another body
    # ("Sinar Mas Group" beside "PT Sinar Mas"): left out when two names are compared.
    # merge15.
    company_group_words: Words = ()
    # Lower-case words that make an office a past one ("menahan mantan Ketua ..."), read
    # between a lower-case word and a title: that title is still the clause's object.
    former_words: Words = ()
    # Words that may open a sentence before a lower-case epithet read as its subject.
    epithet_subject_openers: Words = ()
    # Capitalised words opening an epithet before its title ('Eks Kabareskrim Polri itu',
    # 'Sang Presiden ini'): the title starts after them.
    epithet_openers: Words = ()
    # Plain words joining a full name and a nickname ("Lestari atau Rerie"), trusted only
    # when the nickname is one word first named right there.
    nickname_joiners: Words = ()
    # Endings that make a name word a patronym: "Soekarno" does not shorten "Soekarnoputri".
    patronym_endings: Words = ()
    # Old-spelling prefixes of Javanese names that a short name leaves out ("Pak Harto" of
    # Soeharto, "Bung Karno" of Soekarno, "Harsono" of Suharsono). names11.
    dropped_name_prefixes: Words = ()
    # Phrases between a name and its role written after it ("Budi selaku Ketua RT", "Rafinha
    # yang ditunjuk sebagai kapten", "Tauhid yang juga Managing Director PT Al Hamdi").
    role_links: Words = ()
    # Last words of those links that give a role with no known head after them ("Budi
    # selaku juru kunci makam", "Rina yang merupakan seorang ahli gizi"; roles25).
    open_role_links: Words = ()
    # "pria yang bekerja sebagai …": person nouns opening a speaker's description of office,
    # and a pair's pronoun ("Keduanya … dilantik menjadi A dan B"); roles32, coref.toml.
    description_nouns: Words = ()
    pair_pronouns: Words = ()
    # Verbs before a name that let a bare "sebagai" after it give the name's role
    # ("melantik Pep Guardiola sebagai manajer"); elsewhere the phrase may belong to the
    # sentence's subject ("Purbaya bergabung di kabinet Presiden Prabowo sebagai Menkeu").
    appointing_verbs: Words = ()
    # Words before a title that make it another office or no holder ("mantan Presiden").
    not_current_words: Words = ()
    # Lower-case words inside a capitalised role or body name ("Institute for ...").
    role_inner_words: Words = ()
    # Honorifics of roles.toml that are no sign of a person's name after them (kinds20).
    titles_not_person_cues: Words = ()
    # Lists stages.coref reads through `WordSet` (data20), lower case: royalty's bare heads
    # ("putri"), a term's words ("periode"), words making a description plural ("para"),
    # prepositions of place ("di").
    royal_kin_heads: Words = ()
    term_words: Words = ()
    plural_words: Words = ()
    place_prepositions: Words = ()
    demonstratives: Words = ()  # "itu"


# The files above that were added after FILES was written (kept apart so FILES itself stays
# one untouched table).
FILES.update({"coref": CorefData, "offices": OfficesData})


FILES["affixes"] = AffixesData
