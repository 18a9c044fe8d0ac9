"""Roles and titles before a person's name: "Presiden Ukraina Volodymyr Zelenskyy".

Pure functions over token lists; the word lists live in `lang/id/roles.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache

from ..lang.id import WordSet, load
from ..lang.id.kinship import kin_nouns
from ..lang.schema import EntitiesData, NumbersData, OfficesData, RolesData, TimexData
from .features import load_lexicon


@dataclass(frozen=True, slots=True)
class RoleWords:
    heads: dict[str, int]  # first word (lower) -> longest head length in words
    head_phrases: frozenset[str]  # lower-case head phrases
    honorifics: frozenset[str]
    connectors: frozenset[str]
    not_names: frozenset[str]
    ranks: frozenset[str] = frozenset()  # one-word ranks, lower-case, no final dot
    # English heads ending their title ("Brand [Manager]"), lower-case
    last_heads: frozenset[str] = frozenset()
    # English joiners inside such a title ("Public Affairs [and] Sustainability Director")
    title_joiners: frozenset[str] = frozenset()
    # every rank as its lower-case words, no final dot ("komisaris", "besar")
    rank_forms: frozenset[tuple[str, ...]] = frozenset()
    corps: frozenset[str] = frozenset()  # corps after an officer's rank ("Inf"), as written
    origin_words: frozenset[str] = frozenset()  # "asal", "dari": a person's origin
    relation_words: frozenset[str] = frozenset()  # "pengganti": the name is the related one
    plural_words: frozenset[str] = frozenset()  # "dua pebalap": several people's head
    list_cues: frozenset[str] = frozenset()  # "yakni": a list of the role's holders follows
    name_cues: frozenset[str] = frozenset()  # "berinisial": the role's holder follows
    cue_heads: frozenset[str] = frozenset()  # "sopir": a head only before a naming cue
    ordinals: frozenset[str] = frozenset()  # "ketujuh": an ordinal written as a word
    # "sebelumnya": after a head, a word dating the office ("direktur teknik sebelumnya")
    former_after: frozenset[str] = frozenset()
    # "gadungan": after a head, an impostor's ("Jaksa gadungan"): no role
    sham_words: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    # "Lalu": a regional noble title before a given name, as written (roles17)
    regional_titles: frozenset[str] = frozenset()
    # "bernama": a naming cue that gives the name after it no role (roles17)
    naming_only_cues: frozenset[str] = frozenset()
    # "peringkat": a ranking's noun, its number after it (roles17)
    ranking_words: frozenset[str] = frozenset()
    # "dunia": the scope after a ranking's number (roles17)
    ranking_scopes: frozenset[str] = frozenset()
    # "ternama": an adjective of fame inside a role, read as a verb by the lexicon (roles27)
    fame_words: frozenset[str] = frozenset()


@cache
def role_words() -> RoleWords:
    d = load("roles", RolesData)
    # Office titles written as one word ("Seskab", "Mensos") open roles as heads do.
    titles = [t for o in load("offices", OfficesData).office for t in o.titles if " " not in t]
    # Titles of royalty and nobility open roles too ("Kaisar X", "Earl X"; roles13).
    all_heads = [*d.heads, *d.occupations, *titles, *d.royal_titles, *d.officer_titles]
    heads: dict[str, int] = {}
    for h in all_heads:
        parts = h.lower().split()
        heads[parts[0]] = max(heads.get(parts[0], 0), len(parts))
    return RoleWords(
        heads=heads,
        head_phrases=frozenset(h.lower() for h in all_heads),
        honorifics=frozenset(h.lower() for h in d.honorifics),
        connectors=frozenset(d.connectors),
        not_names=frozenset(w.lower() for w in d.not_names),
        ranks=frozenset(r.lower().rstrip(".") for r in d.ranks if " " not in r),
        rank_forms=frozenset(tuple(r.lower().rstrip(".").split()) for r in d.ranks),
        corps=frozenset(d.rank_corps),
        origin_words=frozenset(w.lower() for w in d.origin_words),
        relation_words=frozenset(w.lower() for w in d.relation_words),
        plural_words=frozenset(w.lower() for w in d.plural_words),
        list_cues=frozenset(w.lower() for w in d.list_cues),
        name_cues=frozenset(w.lower() for w in d.name_cues),
        cue_heads=frozenset(w.lower() for w in d.cue_heads),
        ordinals=frozenset(w.lower() for w in d.ordinals),
        former_after=frozenset(w.lower() for w in d.former_after),
        sham_words=frozenset(w.lower() for w in d.sham_words),
        sport_words=frozenset(w for s in d.sport_words for w in s.lower().split()),
        last_heads=frozenset(w.lower() for w in d.last_heads),
        title_joiners=frozenset(d.title_joiners),
        regional_titles=frozenset(d.regional_titles),
        naming_only_cues=frozenset(w.lower() for w in d.naming_only_cues),
        ranking_words=frozenset(w.lower() for w in d.ranking_words),
        ranking_scopes=frozenset(w.lower() for w in d.ranking_scopes),
        fame_words=frozenset(w.lower() for w in d.fame_words),
    )


def head_at(words: Sequence[str], i: int) -> int:
    """Length in words of the role head starting at `i` (0 when none)."""
    rw = role_words()
    if i + 2 < len(words) and words[i + 1] == "-" \
            and f"{words[i]}-{words[i + 2]}".lower() in rw.head_phrases:
        return 3  # "[Co - Founder] & CEO X": a hyphenated head the tokenizer split (speak19)
    low = words[i].lower()
    maxlen = rw.heads.get(low, 0)
    if not maxlen:  # most words open no head
        return 0
    for n in range(min(maxlen, len(words) - i), 1, -1):
        if " ".join(w.lower() for w in words[i : i + n]) in rw.head_phrases:
            return n
    return 1 if low in rw.head_phrases else 0  # one word: no join


@cache
def agent_apposition() -> re.Pattern[str]:
    """The gap between a client's name and the agent named after it: a comma, after
    roles.toml's words of one more agent ("Pengacara Jokowi [lainnya ,] Rivai")."""
    words = sorted(load("roles", RolesData).other_agent_words, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf"\s*(?:(?:{alt})\s*)?,\s*")


def is_role_word(word: str) -> bool:
    return word.lower() in role_words().heads or word.lower() in _head_tokens()


@cache
def _bare_honorifics() -> frozenset[str]:
    """Honorifics without their full stops ("dr" for "dr.")."""
    return frozenset(h.rstrip(".") for h in role_words().honorifics)


@cache
def _head_tokens() -> frozenset[str]:
    return frozenset(w for h in role_words().head_phrases for w in h.split())


def _role_token(word: str) -> bool:
    """May continue a role: a capitalised word, a connector, or a hyphen/ampersand."""
    return word[:1].isupper() or word in role_words().connectors or word in {"-", "&"}


# Words before a role that keep it ("mantan presiden"), heads of their own too.
_PREFIXES = WordSet("roles", RolesData, "role_prefixes")  # roles.toml


def is_prefix(word: str) -> bool:
    """A word before a head that keeps the role ("mantan")."""
    return word.lower() in _PREFIXES


def without_prefix(role: str) -> str:
    """The role less the words before it that keep it ("mantan manajer" -> "manajer"),
    as written otherwise."""
    words = role.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _PREFIXES:
        k += 1
    return " ".join(words[k:])


def role_before(words: Sequence[str], start: int, *, limit: int = 10,
                blind: Sequence[bool] | None = None,
                stop: Sequence[bool] | None = None,
                members: bool = False, hops: int = 2) -> tuple[int, int] | None:
    """Token range [i, j) of a role that ends just before `start` (an optional comma between).

    The role is the longest run of capitalised words and connectors that ends at `start`
    and opens with a role head ("Menteri Sumber Daya dan Ekologi, Alexander Kozlov").
    In text whose case says nothing (`blind` gives the place flags of each word), the run
    holds only role words, places, connectors and capitalised nouns. `stop` marks words the
    role may not cross (another person's name: "Presiden Prabowo dan Wakil Presiden Gibran").
    Lower-case nouns and adjectives, a bracketed short form and the name's own titles may
    sit inside ("Manajer tim bulu tangkis Indonesia", "Ketua Majelis Ulama Indonesia ( MUI )
    Kabupaten Garut , KH Sirojul"); the person's origin ("asal Colorado") ends the role. A
    run longer than `limit` words gives none, rather than a role cut in two.
    With `members` the role is that of the several people listed after it ("sejumlah
    produser musik elektronik yakni ..."): a quantity before it keeps it, and a head that
    also names a relation ("pimpinan") is the role's own word.
    """
    lex = load_lexicon()

    def ok(k: int) -> bool:
        if stop is not None and stop[k]:
            return False
        w = words[k]
        if is_month(w):
            return False  # "menjabat sebagai gubernur Ibu Kota [Oktober] mendatang": a date
        if w in _PERIOD_WORDS:
            return False  # "Mantan Menteri Perhubungan [era] Presiden SBY": another's office
        if blind is None:
            # "Manajer [tim bulu tangkis] Indonesia": common nouns and adjectives go on
            # inside a role as its capitalised words do.
            return _role_token(w) or _inner_noun(w, lex) or _ordinal_at(words, k) \
                or (members and w.islower() and head_at(words, k) > 0) \
                or _head_word_at(words, k) or _title_joiner_at(words, k)
        # A Title Case line of officials ("Direktur Pengelolaan Sistem Informasi Wahyu
        # Firdaus"): its capitalised nouns, no verbs ("Bertemu"), are the role's words.
        # A body's head word goes on inside the office it names ("Kepala [Sekretariat]
        # Presiden Heru"), though the lexicon knows it as no common noun.
        return blind[k] or is_role_word(w) or w in role_words().connectors \
            or (w[:1].isupper() and (_inner_noun(w.lower(), lex) or _body_head(w)))

    j = start
    bare = _bare_honorifics()
    regional = role_words().regional_titles
    while j > 0 and (words[j - 1].lower().rstrip(".") in bare or words[j - 1] in regional):
        j -= 1  # "Ketua MUI Kabupaten Garut , [KH] Sirojul Munir": titles of the name
        # ("Gubernur NTB [Lalu] Budi": a Sasak noble title, roles17)
    comma = j > 0 and words[j - 1] == ","
    if comma:
        j -= 1
    if j > 1 and words[j - 1].lower() in _OTHER_WORDS and words[j - 2][:1].isupper():
        j -= 1  # "Anggota Ombudsman [lainnya] , Budi": 'other' ends the role (roles10)
    i = j
    best: int | None = None
    n = 0  # words read, brackets not counted
    listed = False  # past a "dan": lower-case words but heads are another clause's
    while i > 0:
        if i >= 3 and words[i - 1] == ")" and words[i - 3] == "(" \
                and _bracketed_acronym(words[i - 2]) and (stop is None or not stop[i - 2]):
            i -= 3  # "Ketua Majelis Ulama Indonesia [( MUI )] Kabupaten Garut"
            continue
        w = words[i - 1]
        if not ok(i - 1) or (listed and w.islower() and w not in role_words().connectors
                             and not head_at(words, i - 1)):
            break  # "Zulkifli yang juga ketua [umum] PAN dan Ketua DPR , Setya Novanto"
        if n == limit:
            return None  # a longer run: its head may lie further back ("Pelaksana Tugas
            # (Plt.) Deputi II ... Kantor Staf Presiden (KSP) Edy")
        i -= 1
        n += 1
        listed = listed or w in {"dan", "&"}
        if head_at(words, i) or (blind is None and words[i].lower() in role_words().last_heads
                                 and words[i][:1].isupper() and i > 0):
            # "Sales Device [Director] Huawei Indonesia , Lo": an English title's head
            # comes last, `_title_start` takes its words before it (roles29; who 291)
            best = i
        if words[i].lower() in _PREFIXES:
            best = i
    if not members and best is not None and best > 0 \
            and words[best - 1].lower() in role_words().plural_words:
        return None  # "dua pebalap debut MotoGP, Alex Rins dan ...": several people's
    if best is not None and blind is None:
        best = _title_start(words, best, i, stop)
        best = _listed_head_start(words, best, stop)
    if best is not None and best + 1 < j and words[best].lower() in _kin_words() \
            and head_at(words, best + 1):
        # "[Putri] Ketua Mahkamah Agung Hendra , Rina": a kinship word before another
        # office is the relation of the person listed after the name; the office that
        # follows it is the name's own.
        best += 1
    if best is not None and best + 2 < j and words[best + 1] == "-" \
            and words[best + 2].lower() == words[best].lower():
        return None  # "legenda - legenda macam Iribar": a doubled noun, a plural
    if best is None and not members and hops:
        r = _office_past_units(words, j, blind=blind, stop=stop, hops=hops)
        if r is not None:
            return r
    if best is None:
        best = lower_head_before(words, j, members=members)
    if best is None or (best > 0 and is_org_word(words[best - 1])):
        return None  # "Ikatan [Guru] Aisyiyah": a head inside an organisation's name
    if comma and best > 0 and words[best].islower() and _passive_verb(words[best - 1], lex) \
            and _opens_clause(words, best - 1):
        # "Ditemui [wartawan] , Erwin mengatakan": a clause opened by a passive verb, its
        # agent set off by a comma, who met the main clause's subject. Inside a clause the
        # name after the comma is the agent ("digunakan pemain anyar , Dani Ceballos"), and
        # with no comma too ("disampaikan tokoh feminis Fatima").
        return None
    if best > 0 and words[best - 1].lower() in _PREFIXES:
        best -= 1
    if comma and cued_to_name_before(words, best):
        return None
    if comma and _fronted_office(words, best, j, start, lex):
        return None
    # "Detektif [asal Colorado], Ron": the person's origin, no part of the role (as
    # `split_role` reads it; "peneliti dari Monash University" names a body: "dari" stays).
    j = next((k for k in range(best + 1, j) if _origin_cut(words[k])), j)
    if words[j - 1] in {"dan", "&"}:
        return None  # "melalui Dirlantas dan [Kasie SIM]": another's role in a list
    best = _pair_second(words, best, j)
    # Drop trailing connectors from the role.
    while j > best and words[j - 1] in role_words().connectors:
        j -= 1
    return (best, j) if j > best else None


_UNIT_WORDS = 6  # words of one body's unit between the commas of a long office


def _office_past_units(words: Sequence[str], j: int, *,
                       blind: Sequence[bool] | None, stop: Sequence[bool] | None,
                       hops: int) -> tuple[int, int] | None:
    """The office written before the units it serves, each set off by a comma, when the
    capitalised run ending at `j`, just before the name, is such a unit and holds no head
    ("[Profesor Riset Bidang Iklim] , Pusat Riset Iklim , BRIN Prof Erma"): the head's own
    part, up to its comma, as judged (roles30b; who round 283: missed). The unit opens with
    a body's word or an acronym, and no name sits in it; at most `hops` units are passed."""
    i, n = j, 0
    while i > 0 and n < _UNIT_WORDS:
        if i >= 3 and words[i - 1] == ")" and words[i - 3] == "(" \
                and _bracketed_acronym(words[i - 2]):
            i -= 3  # "Badan Riset dan Inovasi Nasional [( BRIN )]": its short form
            continue
        if not _role_token(words[i - 1]):
            break
        i -= 1
        n += 1
    unit = words[i:j]
    if i < 2 or words[i - 1] != "," or not unit:
        return None
    if not (_body_head(unit[0]) or is_org_word(unit[0]) or _acronym(unit[0])):
        return None
    if any(head_at(words, k) for k in range(i, j)) \
            or (stop is not None and any(stop[i:j])):
        return None
    r = role_before(words, i - 1, blind=blind, stop=stop, hops=hops - 1)
    return r if r is not None and words[r[1]] == "," else None


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _pair_second(words: Sequence[str], best: int, j: int) -> int:
    """Where the role `words[best:j]` starts when a pair's opener stands before it
    ("pertemuan antara [Ketua DPR dan] Ketua MA , Hatta Ali"): after the joiner, where a
    head opens the second party's office; the first is another's (roles30b; who round 295).
    `best` elsewhere."""
    if best == 0 or words[best - 1] not in _PAIR_OPENERS:
        return best
    for k in range(best + 1, j - 1):
        if words[k] in _LIST_JOINERS and head_at(words, k + 1):
            return k + 1
    return best


# Words opening a pair of parties ("antara"): roles.toml.
_PAIR_OPENERS = WordSet("roles", RolesData, "pair_openers")


def _fronted_office(words: Sequence[str], best: int, j: int, start: int,
                    lex: dict[str, str]) -> bool:
    """Whether the role `words[best:j]` before a comma is a bare lower-case office, the
    object of a preposition opening the clause ("Menurut [jaksa] , Sri saat itu menagih",
    "Kepada [polisi] , Budi mengaku"): an unnamed official in a fronted phrase, the name
    after the comma the main clause's subject, who holds no such office (jaksa21; who
    round 274: the victim made 'jaksa'). A name closed by a comma or stop of its own stays
    in apposition ("Menurut [pengamat politik] , Budi Santoso , ...", "direkam oleh
    [pelatih] , Budi ."); a role link
    ("sebagai", "selaku") is no preposition here."""
    if best == 0 or not all(w.islower() for w in words[best:j]):
        return False
    if not _preposition_before(words, best, lex):
        return False
    k = start
    while k < len(words) and words[k][:1].isupper():
        k += 1  # the name's capitalised words
    # The name goes on into its clause ("Sri [saat] itu"); a comma or stop after it closes
    # an apposition ("oleh pelatih vokalnya , Peter Settelen ."), a joiner lists more
    # holders ("oleh aktor lainnya , Budi [dan] Rudi").
    return start < k < len(words) and words[k][:1].isalnum() \
        and words[k].lower() not in _APPOSED_JOINERS


def _preposition_before(words: Sequence[str], best: int, lex: dict[str, str]) -> bool:
    """Whether a preposition (not a role link) stands right before word `best`, or one and a
    noun of place making a compound preposition with it ("Di [hadapan] hakim , Budi …";
    who round 274: the defendant made 'hakim'), not any noun ("Pada nomor tunggal putra ,
    Anthony": his event)."""
    def prep(k: int) -> bool:
        w = words[k].lower()
        return lex.get(w, "").startswith("IN") and w not in _link_cues()
    if prep(best - 1):
        return True
    return best >= 2 and words[best - 1] in _COMPOUND_PREPOSITION_NOUNS and prep(best - 2)


# Nouns of place making a compound preposition ("di [hadapan]"): roles.toml.
_COMPOUND_PREPOSITION_NOUNS = WordSet("roles", RolesData, "compound_preposition_nouns")


# Words after a name that list one more holder of the office before it ("Budi dan Rudi").
_APPOSED_JOINERS = frozenset({"dan", "serta", "atau", "&"})


@cache
def _link_cues() -> frozenset[str]:
    """Words that give the name before them the office after them ("Andi [selaku] Ketua"):
    the single-word cues of roles.toml's after_name_cues (roles13), read from there so that
    the two do not drift apart."""
    return frozenset(c.lower() for c in load("roles", RolesData).after_name_cues
                     if " " not in c.strip())


def cued_to_name_before(words: Sequence[str], i: int) -> bool:
    """Whether the role opening at word `i` is the office a cue gives the name right before
    it: "Andi selaku [Direktur Utama] , Rudi selaku Direktur Keuangan" is Andi's, not the
    next listed name's (roles13). Fronted ("Selaku Ketua , Rudi") or after a verb ("hadir
    sebagai Ketua , Rudi") it stays the name's after the comma."""
    if i > 1 and words[i - 1].lower() in _link_cues() \
            and words[i - 2][:1].isupper() and words[i - 2].isalpha():
        return True
    if i > 2 and words[i - 1].lower() in _RELATIVE_COPULAS:
        # "Jack yang ikut menjadi [produser album itu] , Rina , dan Sari": a relative
        # clause's office is the name's before 'yang', not the next listed name's (speak19;
        # who round 273: given to the two names after)
        k = i - 2
        while k > 0 and words[k].lower() in _RELATIVE_GAP:
            k -= 1
        return words[k].lower() == "yang" and k > 0 and words[k - 1][:1].isupper() \
            and words[k - 1].isalpha()
    return False


# A copula in a relative clause after a name ("yang menjadi": roles.toml `become_words`),
# and the adverbs that may stand between 'yang' and it ("yang [ikut] menjadi").
_RELATIVE_COPULAS = WordSet("roles", RolesData, "become_words")
_RELATIVE_GAP = frozenset({"ikut", "turut", "juga", "kini", "telah", "sudah", "pernah",
                           "sempat", "akan", "sekarang", "saat", "ini", "masih"})


# The word for 'other' after a role before a name ("Komisioner KPU [lainnya] , Budi"): one
# more holder of that role, the word no part of it (roles.toml `other_agent_words`, whose
# one-word entries these are).
_OTHER_WORDS = WordSet("roles", RolesData, "other_agent_words")

# Kinship words, which some role lists also know as titles ("Putri" a princess): before
# another office they name a relative of that office's holder (roles10). The pack's one
# kinship list and roles.toml `kin_also` (kin25), read on first use.
@cache
def _kin_words() -> frozenset[str]:
    return kin_nouns(*load("roles", RolesData).kin_also)

# Words of a period named after its leader, lower-case ("Menteri Perhubungan [era] Presiden
# SBY"): the office before one is someone else's, held in the leader's time; only the head
# after it is the name's.
_PERIOD_WORDS = WordSet("roles", RolesData, "period_words")  # roles.toml

_LIST_JOINERS = frozenset({"dan", "&"})
_LIST_SEGMENTS = 4  # portfolios listed before the last one's ", dan"


def _listed_head_start(words: Sequence[str], best: int,
                       stop: Sequence[bool] | None) -> int:
    """Start of an office whose portfolios are listed with commas before the one at `best`
    ("[Direktur Penyuluhan , Pelayanan , dan] Hubungan Masyarakat Kemenkeu Rina"): back over
    "dan" and comma-separated capitalised portfolios, none a head, to a head with a
    portfolio of its own; `best` where no such list stands before it ("Kapolri , Wakapolri
    dan Kabareskrim": each a head, offices of several people)."""
    k = best
    if k > 0 and words[k - 1] in _LIST_JOINERS:
        k -= 1
    if k == best or k == 0 or words[k - 1] != ",":
        return best
    for _ in range(_LIST_SEGMENTS):
        end = k - 1  # the comma before the segment after it
        a = end
        while a > 0 and words[a - 1][:1].isupper() and (stop is None or not stop[a - 1]):
            a -= 1
        if a == end:
            return best
        h = next((x for x in range(a, end) if head_at(words, x)), None)
        if h is not None:
            return h if h == a and end - a > head_at(words, a) else best
        if a == 0 or words[a - 1] != ",":
            return best
        k = a
    return best


def listed_office_end(words: Sequence[str], e: int, stop: Collection[int]) -> int:
    """End of a role after a name that goes on past the comma at `e` over the rest of its
    list of portfolios: "Budi, Kepala Divisi Operasi[, IT dan Layanan PT Maju ( PTM )] ,",
    "Budi, VP Marketing[, Legal & Business Support PT Maju] .": capitalised words joined by
    "dan" or "&", no head of another role nor a word of `stop` (another person's name)
    among them, closed by a comma or full stop after them or after a bracketed short
    form (kept). `e` when no such list follows."""
    n = len(words)
    if e >= n or words[e] != ",":
        return e
    k = e + 1
    while k < n and k not in stop and (words[k][:1].isupper() or words[k] in _LIST_JOINERS) \
            and not head_at(words, k):
        k += 1
    seg = words[e + 1 : k]
    if not seg or seg[0] in _LIST_JOINERS or seg[-1] in _LIST_JOINERS \
            or not any(w in _LIST_JOINERS for w in seg):
        return e
    if k + 2 < n and words[k] == "(" and words[k + 2] == ")" and _bracketed_acronym(words[k + 1]):
        k += 3
    return k if k == n or words[k] in {",", "."} else e


def _head_word_at(words: Sequence[str], k: int) -> bool:
    """Whether word `k` closes a head of several words begun before it: the side or task
    of a football position ("gelandang [serang] berkualitas Real Madrid , James"), a word
    the lexicon reads as a verb, inside a role all the same."""
    return any(head_at(words, a) > k - a for a in range(max(0, k - 3), k))


def _title_start(words: Sequence[str], best: int, i: int,
                 stop: Sequence[bool] | None) -> int:
    """Start of an English title whose head comes last ("[Corporate Secretary Division]
    Head Bank Mega Syariah"): the capitalised words from `i` (the run's start) before such
    a head at `best`, no word that never opens a name ("Menurut") nor another head."""
    rw = role_words()
    if words[best].lower() not in rw.last_heads:
        return best
    k = best
    while k > i and (words[k - 1][:1].isupper() and words[k - 1].isalpha()
                     and words[k - 1].lower() not in rw.not_names and not head_at(words, k - 1)
                     or k - 1 > i and _title_joiner_at(words, k - 1)) \
            and (stop is None or not stop[k - 1]):
        k -= 1
    return k


def _title_joiner_at(words: Sequence[str], k: int) -> bool:
    """Whether `words[k]` is an English joiner ('and') between two capitalised words, of a
    title whose head comes last ('Public Affairs [and] Sustainability Senior Director')."""
    return words[k] in role_words().title_joiners and 0 < k < len(words) - 1 \
        and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()


@cache
def _body_heads() -> frozenset[str]:
    """entities.toml's head nouns of bodies and organisation words, case-folded."""
    d = load("entities", EntitiesData)
    return frozenset(w.casefold() for w in (*d.body_heads, *d.org_words))


def _body_head(word: str) -> bool:
    return word.casefold() in _body_heads()


@cache
def org_words() -> frozenset[str]:
    """entities.toml's words that make a name a body's ("Ikatan", "Partai")."""
    return frozenset(load("entities", EntitiesData).org_words)


def is_org_word(word: str) -> bool:
    """A word of an organisation's name as written ("Ikatan", "Himpunan"): a head right
    after one is a word of that name ("Ikatan Guru Aisyiyah"), no role."""
    return word in org_words()


@cache
def _months() -> frozenset[str]:
    return frozenset(m.lower() for m in load("timex", TimexData).months.month_full)


def is_month(word: str) -> bool:
    """A month name written out ("Oktober"): a date, never a word of a role."""
    return word.lower() in _months()


_ORDINAL = re.compile(r"ke-?\d+", re.IGNORECASE)


def _ordinal_at(words: Sequence[str], k: int) -> bool:
    """Whether word `k` is part of an ordinal after a capitalised word, inside a role:
    "Presiden [ke-2] Soeharto", "Sekjen PBB [ke - 9] Antonio Guterres", "Presiden
    [ketujuh] RI Joko Widodo"."""
    w = words[k].lower()
    if _ORDINAL.fullmatch(w) or w in role_words().ordinals:
        a = k
    elif w.isdigit() and k >= 2 and words[k - 1] == "-" and words[k - 2].lower() == "ke":
        a = k - 2
    elif w == "ke" and k + 2 < len(words) and words[k + 1] == "-" and words[k + 2].isdigit():
        a = k
    else:
        return False
    return a > 0 and words[a - 1][:1].isupper()


def _bracketed_acronym(word: str) -> bool:
    """A body's short form as a role writes it in brackets ("MUI", "PEPK", "KemenPPPA")."""
    return 2 <= len(word) <= 10 and word[:1].isupper() and word.isalnum() \
        and sum(c.isupper() for c in word) >= 2


def _inner_noun(word: str, lex: dict[str, str]) -> bool:
    """A lower-case common noun or adjective (the lexicon's NN or JJ) that is no word of a
    relation ("pengganti") or of several people ("para")."""
    rw = role_words()
    if word in rw.sport_words or word in rw.fame_words:
        return True  # "Atlet [sepak bola] Indonesia": a sport's name (speak19); "desainer
        # [ternama] Indonesia": fame (roles27)
    return word.isalpha() and word.islower() and lex.get(word, "").startswith(("NN", "JJ")) \
        and word not in rw.relation_words and word not in rw.plural_words \
        and word not in rw.sham_words


def lower_head_before(words: Sequence[str], j: int, *, tail: int = 2,
                      members: bool = False) -> int | None:
    """Start of a head right before word `j` that the capitalised run of `role_before`
    cannot reach, with at most `tail` lower-case nouns or adjectives of its own after it:
    "perdana menteri", "mantan presiden", "tokoh feminis", "hakim anggota" before a name.
    None after a quantity ("dua pebalap"; with `members`, the role of the people listed
    after it, kept) or where a word of the tail is no noun or adjective ("dokter
    [menangani] Budi")."""
    lex = load_lexicon()
    j = _before_ranking(words, j)
    for k in range(max(0, j - 3 - tail), j):
        n = head_at(words, k)
        if not n or k + n > j or j - k - n > tail:
            continue
        if k + n < j and words[k].lower() in _PREFIXES:
            continue  # "mantan [istri] Ivan": the nouns after a prefix name the relation
        if not members and k > 0 and words[k - 1].lower() in role_words().plural_words:
            return None
        tail_words = words[k + n : j]
        if any(w.lower() in role_words().relation_words
               or w.lower().removesuffix("nya") in role_words().relation_words
               for w in tail_words):
            return None  # "Menkeu baru [pengganti] Sri Mulyani": her successor's role
        if all(_tail_noun(w, lex) for w in tail_words):
            return k
    return None


@cache
def small_number_words() -> frozenset[str]:
    """The number words of numbers.toml from one to ten ("satu" … "sepuluh"), as news writes
    a small count or a ranking's number in words ("unggulan satu")."""
    w = load("numbers", NumbersData).words
    return frozenset(k for k, v in (*w.units.items(), *w.fused.items())
                     if v == int(v) and 1 <= v <= 10)


def _before_ranking(words: Sequence[str], j: int) -> int:
    """Where a ranking phrase ending right before word `j` starts ("petenis [peringkat 12
    dunia] Budi", "[unggulan kedua]"), else `j`: a ranking noun of roles.toml, its number
    (digits, a number or an ordinal word) and an optional scope, "dunia" or "nasional"
    (`ranking_scopes`; roles17)."""
    k = j
    if k > 0 and words[k - 1].lower() in role_words().ranking_scopes:
        k -= 1
    if k < 2:
        return j
    num = words[k - 1].lower()
    if not (num.isdigit() or num in small_number_words() or num in role_words().ordinals):
        return j
    return k - 2 if words[k - 2].lower() in role_words().ranking_words else j


def _passive_verb(word: str, lex: dict[str, str]) -> bool:
    """A passive verb ("ditemui", "dikonfirmasi"): the lexicon's verb with the di- prefix,
    whose agent a lower-case head right after it is."""
    low = word.lower()
    return low.startswith("di") and len(low) > 4 and lex.get(low, "").startswith("VB")


def _opens_clause(words: Sequence[str], k: int) -> bool:
    """Whether word `k` opens a sentence or clause: first, capitalised, or after a stop,
    comma or quotation mark."""
    return k == 0 or words[k][:1].isupper() or words[k - 1] in {".", ",", '"', ";", ":"}


def shared_role(words: Sequence[str], a: int, b: int) -> tuple[str, str] | None:
    """The two roles of a pair of heads that share what follows them, `words[a:b]` being
    "Bupati dan Wakil Bupati Bangkalan": ("Bupati Bangkalan", "Wakil Bupati Bangkalan"),
    each the role of one of two names listed after it. None for any other role."""
    n1 = head_at(words, a)
    d = a + n1
    if not n1 or d + 1 >= b or words[d] not in {"dan", "&", "serta"}:
        return None
    n2 = head_at(words, d + 1)
    if not n2 or d + 1 + n2 > b:
        return None
    tail = list(words[d + 1 + n2 : b])
    return (" ".join([*words[a:d], *tail]), " ".join(words[d + 1 : b]))




def _tail_noun(word: str, lex: dict[str, str]) -> bool:
    """A lower-case noun or adjective after a head, also with a possessive "-nya"
    ("striker [andalannya] Boaz Solossa", "pelatih [barunya]"), or a word of former office
    ("direktur teknik [sebelumnya]")."""
    if not (word.isalpha() and word.islower()):
        return False
    rw = role_words()
    if word in rw.former_after or word in rw.fame_words:
        return True
    if word in rw.sham_words:
        return False  # 'Jaksa [gadungan]': an impostor's
    if lex.get(word, "").startswith(("NN", "JJ")) or unknown_noun(word, lex):
        return True
    return word.endswith("nya") and lex.get(word[:-3], "").startswith(("NN", "JJ"))


_VERB_SHAPE = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}|[a-z]+(?:kan|nya)")


def unknown_noun(word: str, lex: dict[str, str]) -> bool:
    """A lower-case word the lexicon does not know, of no verb's shape (me-/ber-/di-/ter-,
    -kan, -nya): a loanword or derived noun in a role ('Gelandang [naturalisasi] Stefano',
    'penulis [biografi] Keluarga Kerajaan'), read as a noun (roles15; rounds 230, 256)."""
    return word not in lex and len(word) > 3 and not _VERB_SHAPE.fullmatch(word)


def list_role_before(words: Sequence[str], cue: int, *,
                     stop: Sequence[bool] | None = None) -> tuple[int, int] | None:
    """Token range of the role of a list opened by the cue at `cue` ("mantan pimpinan
    Komisi II DPR [yakni] A, B dan C"), or None. The role ends at the cue (a comma between),
    or before a relative clause that ends there ("tiga penyidik KPK [yang juga dihadirkan
    ke muka persidangan] , yakni ...")."""
    e = cue - 1 if cue > 0 and words[cue - 1] == "," else cue
    if e > 1 and words[e - 1].lower() in _owner_pronouns():
        e -= 1  # "Kiper baru [mereka] yakni Budi": the body's, named before, no role word
    e = _before_origin(words, e)
    r = role_before(words, e, stop=stop, members=True)
    if r is not None and r[1] == e:
        return r
    for k in range(e - 1, max(0, e - 9), -1):
        # A name inside the relative clause is its object, no holder ("tiga hakim [yang
        # menangani perkara Ahok] yakni A , B"): only punctuation ends the clause, and the
        # role before "yang" still may not cross a name (roles30b; who round 295: missed).
        if words[k] in {",", ".", ";", ":"}:
            return None
        if words[k].lower() == "yang":
            r = role_before(words, k, stop=stop, members=True)
            if r is not None and words[k - 1].lower() in role_words().ordinals:
                # "Pebalap [pertama] yang mampu menorehkan … yakni Budi": the first to do
                # what the clause says, a description, no office (roles29; who round 290)
                return None
            return r if r is not None and r[1] == k else None
    return None


_ORIGIN_REACH = 3  # capitalised words of the place after an origin word


def _before_origin(words: Sequence[str], e: int) -> int:
    """Where a list's role ends when an origin and its place close it ("selebriti [asal
    Hong Kong] , seperti A , B"): at the origin word, the place the holders' origin, no
    role word (as `stages.coref` cuts 'Pelatih asal Swedia , Sven'; roles27b, who round
    287: missed). "dari" names a body ("peneliti dari LIPI") and stays. `e` elsewhere."""
    for k in range(e - 2, max(0, e - 2 - _ORIGIN_REACH), -1):
        if _origin_cut(words[k]):
            return k if all(x[:1].isupper() for x in words[k + 1 : e]) else e
    return e


def _origin_cut(word: str) -> bool:
    """Whether `word` opens a person's origin, no part of a role ("asal Colorado");
    "dari" names a body ("peneliti dari Monash University") and stays."""
    w = word.lower()
    return w in role_words().origin_words and w != "dari"


@cache
def _owner_pronouns() -> frozenset[str]:
    return frozenset(load("roles", RolesData).owner_pronouns)


def named_role_before(words: Sequence[str], cue: int, *,
                      stop: Sequence[bool] | None = None, reach: int = 6
                      ) -> tuple[int, int] | None:
    """Token range of the role a naming cue at `cue` gives the name after it ("pemilik
    mobil [berinisial] I", "sopir mobil Pajero arogan [berinisial] AR", "Sopir yang
    diamankan itu [berinisial] AR"), or None: the head with its lower-case nouns where they
    run up to the cue, else the nearest head alone within `reach` words, the words after it
    the thing it holds ("mobil Pajero arogan") or a relative clause ("yang diamankan itu"),
    never a verb of the sentence ("Kapolres [mengatakan] pelaku berinisial AR")."""
    k = lower_head_before(words, cue)
    if k is not None:
        return (k, cue)
    lex = load_lexicon()
    if cue >= 2 and words[cue - 2].lower() in role_words().cue_heads \
            and _tail_noun(words[cue - 1], lex):
        return (cue - 2, cue)  # "sopir [mobil] berinisial AR"
    for k in range(cue - 1, max(-1, cue - 1 - reach), -1):
        if not words[k].isalpha() or (stop is not None and stop[k]):
            return None
        n = head_at(words, k) or int(words[k].lower() in role_words().cue_heads)
        if n and k + n <= cue:
            between = words[k + n : cue]
            if (k > 0 and words[k - 1].lower() in role_words().plural_words) or not (
                    (between and between[0] == "yang")
                    or all(w[:1].isupper() or _tail_noun(w, lex) for w in between)):
                return None
            # "mantan petinggi [Yahoo] bernama Scott Ard": a body's capitalised name after
            # an office's head is the role's own ("petinggi Yahoo"), and a prefix before
            # it keeps the role ("mantan"), as `role_before` reads them before a name. A
            # driver's head (`cue_heads`) is followed by his vehicle: "sopir [Pajero]".
            # 'dosen [jurusan Teknik Mesin Unnes] bernama Widya': a head's nouns before
            # the body's name are the role's too (roles15; round 165: 'dosen' a cut)
            body = bool(between) and any(w[:1].isupper() for w in between) \
                and all(w[:1].isupper() or _tail_noun(w, lex) for w in between) \
                and head_at(words, k) > 0
            end = cue if body else k + n
            while k > 0 and is_prefix(words[k - 1]):
                k -= 1
            return (k, end)
    return None


def split_role(words: Sequence[str], is_place: Sequence[bool],
               lexicon: dict[str, str]) -> tuple[int, int]:
    """Split a PERSON chunk into (role_end, name_start) token offsets.

    Honorifics and a leading role head (with its portfolio, country or organisation
    words) come off the front; the name is the tail of name-like words. Returns
    (0, 0) when the chunk has no role; name_start == len(words) when nothing is a name.
    """
    rw = role_words()
    bare = _bare_honorifics()
    i = 0
    while i < len(words) and words[i].lower().rstrip(".") in bare:
        i += 1
    if i < len(words) and words[i].lower() in rw.not_names:
        i += 1
    n = head_at(words, i) if i < len(words) else 0
    if not n:
        return (0, i)
    role_end = i + n
    k = role_end
    whole = n == 1 and words[i].lower() in _contracted_offices()
    origin = False  # "Pelatih [asal Swedia] , Sven": the origin is the person's, no role
    # Role continues over places and common (non-name) words; the name is what remains.
    while k < len(words):
        w = words[k]
        lx = lexicon.get(w.lower(), "")
        if w.lower() in rw.origin_words and k + 1 < len(words) and is_place[k + 1]:
            origin = True
            k += 1
            continue
        if whole and _name_word_after_office(w, is_place[k], lx):
            break  # "Menlu [Taro] Kono": the contraction holds its portfolio already
        if is_place[k] or w in rw.connectors or w == "," or is_role_word(w) \
                or (lx and not lx.startswith(("NNP", "FW")) and not lx.endswith(":h")):
            k += 1
            if w != "," and not origin:
                role_end = k
            continue
        break
    return (role_end, k)


@cache
def _contracted_offices() -> frozenset[str]:
    """offices.toml's one-word titles that contract a longer title of the same office,
    portfolio and all ("Menlu" of "Menteri Luar Negeri", "Seskab" of "Sekretaris
    Kabinet": the same opening letters); not "Presiden", a head that takes its body after
    it ("Presiden Bank Dunia")."""
    out: set[str] = set()
    for o in load("offices", OfficesData).office:
        longs = [t.lower() for t in o.titles if " " in t]
        out.update(t.lower() for t in o.titles if " " not in t and any(
            lt[:2] == t[:2].lower() and not lt.startswith(t.lower() + " ") for lt in longs))
    return frozenset(out)


def is_contracted_office(word: str) -> bool:
    """A one-word office holding its portfolio ("Menlu"; `_contracted_offices`)."""
    return word.lower() in _contracted_offices()


def _name_word_after_office(word: str, place: bool, tag: str) -> bool:
    """Whether a capitalised `word` after a contracted office opens its holder's name,
    though the lexicon knows it as a common word ("Menlu [Taro] Kono", "Menlu [Rex]
    Tillerson"): no place, acronym ("RI"), connector or role word, which go on in the
    office."""
    return bool(tag) and word[:1].isupper() and not word.isupper() and not place \
        and word not in role_words().connectors and not is_role_word(word)


def join_name_cut_after_acronym(words: Sequence[str], chunks: Sequence[tuple[str, int, int]],
                                legal: frozenset[str] = frozenset(),
                                body_name: Callable[[str], bool] | None = None
                                ) -> list[tuple[str, int, int]]:
    """"Wakil Ketua [KPK Fitroh] [Rohcyahyanto]": after a role, a tagger that read the first
    name word into the role's organisation acronym ORG cut the name in two: the ORG ends at
    its acronym, the person's name runs from there (only where the words after the acronym
    are capitalised, none an acronym, two to four name words in all). A legal form
    (`legal`, lower-case: "pt") opens a company's name, no acronym: "Direktur PT Wanda
    Fatimah Zahra" names the firm; a word the lexicon holds as a common one goes on the
    organisation's name: "PDI [Perjuangan]", and so does a word `body_name` holds as a
    body's own name: "Ketua Umum PP [Muhammadiyah] Haedar Nashir"."""
    lex = load_lexicon()
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(chunks):
        kind, i, j = chunks[k]
        if kind == "ORG" and k + 1 < len(chunks) and chunks[k + 1][:2] == ("PERSON", j) \
                and (r := role_before(words, i)) is not None and r[1] == i:
            a = next((a for a in range(j - 1, i - 1, -1)
                      if len(words[a]) >= 2 and words[a].isupper() and words[a].isalpha()), None)
            j2 = chunks[k + 1][2]
            if a is not None and words[a].lower() not in legal and a + 1 < j \
                    and 2 <= j2 - a - 1 <= 4 \
                    and all(w[:1].isupper() and not w.isupper()
                            and lex.get(w.lower(), "NNP").startswith("NNP")
                            and not (body_name is not None and body_name(w))
                            for w in words[a + 1 : j]):
                out += [("ORG", i, a + 1), ("PERSON", a + 1, j2)]
                k += 2
                continue
        out.append(chunks[k])
        k += 1
    return out
