"""events: who did what to whom, coded with PLOVER, from an Indonesian verb lexicon.

Each sentence is scanned for trigger phrases (`lang/id/events.toml`: verbs in active,
passive and "received" voice, and nominal triggers). Around a trigger the mentions of the
sentence (entities from `Article.entities`, else country words such as "Korea Utara")
fill the roles by Indonesian word order:

* active  ``X meN-verb Y``            actors X (a coordinated group), targets Y
* passive ``Y di-verb (oleh) X``      targets Y, actors X
* received ``Y mendapat kecaman dari X``
* nouns   ``serangan Rusia ke Kyiv``   genitive actor, targets after terhadap/atas/ke...

"yang dipimpin oleh Z" joins Z to the group it follows; "mereka" and "kedua negara" take
the actors / targets of the first event of a recent sentence. Places come from PLACE
entities after "di" (and "ke" for movements), times from the `TimeExpr` nearest the
trigger in the sentence. Decisions (documented in events.toml too): negated triggers
("tidak", "belum", "bukan" ... just before the verb), hypothetical clauses ("jika X
menyerang") and triggers inside direct quotations give no event; nor does a trigger with
no source actor, as PLOVER codes none without one. A cooperative act negated with a word of
will ("tidak akan pernah mau menerima tawaran") is a refusal: REJECT, from the negator on.

Reported speech: for a trigger inside the content of a quote found by the quotes stage
("Menurut X, buruh menuntut ...", "X mengatakan buruh menuntut ...", "..., kata X"), the
mentions outside that content (the speaker and the rest of the reporting clause) are no
actor or target: the speaker reports the event and is not its participant by proximity.
Kept: a speaker named inside the content ("X menolak usulan itu, katanya"); content with
no subject of its own before the trigger ("X menyatakan menolak ..."), whose subject is
the speaker; and the speaker's side named in the content ("X mengatakan pihaknya sudah
meminta ..."; `speaker_words`), which stands for the speaker. Places are not affected.

Subjects: a third-person pronoun ("Ia meminta ...") acts as the person the quotes stage's
resolver finds for it; an object of an earlier verb is not the subject of a coordinated
one ("X menyerang Y dan menewaskan Z": X kills); a request with no target in its clause is
made to the subject of its "agar" clause, and that clause codes no event of its own. A
passive whose agent goes unnamed takes the entry's `unnamed_actor` ("Liu ditahan": COP), or
in the lexicon's `agentless_codes` no actor at all ("Novel disiram air keras"). A
charge or arrest verb's -nya object ("menjeratnya") is the person named last before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import itemgetter

from ..lang.id import WordSet, load
from ..lang.id.kinship import kin_nouns
from ..lang.schema import EventsData
from ..ner.roles import role_words
from ..pipeline import Stage, with_layers
from ..record import Article, Entity, Event, Quote, Span, TimeExpr, entity_id
from ..text.spans import SpanIndex, SpanSet
from ..text.trie import trie_pattern
from ..text.words import plural_base, unit_pattern
from .quotes import SpeakerIndex, resolve_speaker, speaker_index

Phrase = tuple[str, ...]

_TOKEN = unit_pattern("-'’")
_WORD = unit_pattern("-", punct=False)
_PLACE_KINDS = frozenset({"PLACE", "COUNTRY"})  # an entity's PLACE, or a country word
_VOICES = ("active", "passive", "received", "noun")
# How many sentences back the maker of an arrest or charge still acts for an unnamed one.
_ENFORCER_REACH = 12
# How many sentences back a quote's speaker is still who a pronoun left unresolved means.
_SPEAKER_REACH = 2
_OPEN_QUOTES = frozenset({"“", "«", "‘"})
_QUOTE_OPENERS = _OPEN_QUOTES | {'"'}  # a quotation's opening marks, straight one too
_PUBLIC = "CVL"  # the agent code of the public at large ("masyarakat", "warga")
_PERSON_ID = entity_id("PERSON", "x")[:-1]  # "per:", the prefix of a person's entity id
_CLOSE_QUOTES = frozenset({"”", "»", "’"})


# ----------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger form of the lexicon."""

    code: str  # "" for blockers
    voice: str  # active | passive | received | noun
    phrase: Phrase
    mode: str | None = None
    symmetric: bool = False
    subject_is_actor: bool = False  # passive_subject = "actor"
    host_from_place: bool = False
    foreign_host: bool = False
    needs: tuple[Phrase, ...] = ()
    requires_recipient: bool = False
    unnamed_actor: str | None = None
    needs_span: int = 5
    needs_after: bool = False  # the needed words only after the trigger ("menyebut X konyol")
    bare_noun: bool = True
    topic_object: bool = False  # "membahas persoalan ASEAN": the object is a topic
    goal_is_place: bool = False  # "melaporkan Imam ke polisi": the police are no target
    goal_is_recipient: bool = False  # (evroles14) "ditawarkan Indonesia ke Fiji": Fiji gets it

    unnamed_after_enforcer: bool = False  # the unnamed actor only when an enforcer was named before
    named_addressee: bool = False  # a hope: its addressee named first, a verb after it
    urged_deed: bool = False  # (evrec9) an urging: its addressee named first or a passive deed
    quoted_call: bool = False  # (evrec29) a need word after a named subject in a quotation
    source_also_target: bool = False  # (ev34b) "suap dari Y": Y a target too


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: dict[str, tuple[Trigger, ...]]  # first token -> longest first
    # first token -> (phrase, iso, is_country)
    countries: dict[str, tuple[tuple[Phrase, str, bool], ...]]
    country_names: dict[str, tuple[str, bool]]  # surface -> (iso, is_country)
    modes: dict[str, tuple[tuple[str, tuple[Phrase, ...]], ...]]
    negators: frozenset[str]
    hypothetical: frozenset[str]
    breaks: frozenset[str]
    connectors: frozenset[str]
    led_by: frozenset[str]
    place_preps: frozenset[str]
    goal_preps: frozenset[str]
    source_preps: frozenset[str]
    agent_preps: frozenset[str]
    target_preps: frozenset[str]
    with_preps: frozenset[str]
    between_preps: frozenset[str]
    goal_is_target: frozenset[str]
    support_active: frozenset[str]
    support_received: frozenset[str]
    skip: frozenset[str]
    anaphoric: frozenset[str]
    anaphor_actors: tuple[Phrase, ...]
    anaphor_targets: tuple[Phrase, ...]
    group_pronouns: frozenset[str]  # "mereka": an unnamed group named the sentence before
    group_pronoun_agents: frozenset[str]  # the agent codes of such a group (CVL, EDU)
    embedding: frozenset[str]
    not_country_after: frozenset[str]
    verb_prefixes: tuple[str, ...]
    country_titles: frozenset[str]
    patient_prefixes: tuple[str, ...]
    patient_nouns: frozenset[Phrase]  # "surat perintah penangkapan X": X is the patient
    act_object_codes: frozenset[str]  # "mengancam akan menangkap X": X is threatened
    passive_prefixes: tuple[str, ...]  # "di", "ter": passive verbs of a relative clause
    noun_clause_openers: frozenset[str]  # "konsen Jokowi ketika melawat": Jokowi travels
    owner_genitive: frozenset[str]
    held_genitive: frozenset[str]  # "penangkapan X" with no actor named: X held, agentless
    case_nouns: frozenset[str]  # (evrec10) "kasus penganiayaan terhadap X": X attacked
    case_codes: frozenset[str]
    suit_hearings: frozenset[str]  # (evnoun30) "sidang perceraian X - Y": X sues Y
    requires_recipient: frozenset[str]
    speaker_words: frozenset[str]
    # first token -> (phrase, CAMEO agent code), longest first: unnamed participants
    agents: dict[str, tuple[tuple[Phrase, str], ...]]
    unnamed_actor: dict[str, str]
    passive_needs_subject: frozenset[str]
    dissolving_passives: frozenset[str]  # "dibubarkan": a body wound up
    state_units: frozenset[str]  # "dinas", "direktorat": the state's own offices
    agentless_codes: frozenset[str]  # a passive whose agent goes unnamed codes an event
    speech_acts: frozenset[str]  # codes done by saying: a person's one quoted is reported
    home_country: str | None
    not_verbs: frozenset[str]
    content_openers: frozenset[str]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    role_complements: frozenset[str]
    region_heads: frozenset[str]  # "Kapolda": the region after it ends the title
    region_units: frozenset[str]  # "Polres": a participant only with its region after it
    list_connectors: frozenset[str]
    description_heads: frozenset[str]
    plural_openers: frozenset[str]  # "para": a description of a group, not of one person
    appositions: frozenset[str]
    member_nouns: frozenset[str]
    employee_nouns: frozenset[str]  # "karyawan": the employer after it acts for no one
    reflexive_objects: tuple[Phrase, ...]  # "dirinya sendiri": no act on another
    free_relatives: tuple[Phrase, ...]  # "apa yang": a deed whose doer may go unnamed
    degree_words: frozenset[str]  # "penuh", "sepenuhnya"
    expert_titles: frozenset[str]  # "dokter", "peneliti": advice to the public
    period_heads: frozenset[str]  # "masa", "era": a person after them dates, no participant
    period_gap: frozenset[str]  # "pemerintahan": between a period noun and its ruler
    anaphor_words: frozenset[str]  # first words of anaphor_actors ("mereka", "keduanya")
    complements: frozenset[str]
    content_target_codes: frozenset[str]
    source_is_target: frozenset[str]
    offence_words: frozenset[str]
    near_negators: frozenset[str]
    comma_joiners: frozenset[str]  # "serta": joins list members after a comma too
    list_climax_joiners: frozenset[str]  # "bahkan": joins a list's last member after a comma
    as_charged: frozenset[str]  # "seperti": "seperti yang dituduhkan X" charges the subject
    as_charged_codes: frozenset[str]  # ACCUSE: the codes the comparative charge takes
    list_separators: frozenset[str]  # ";" between titled names in a list: no break
    existentials: frozenset[str]  # "ada": "tak ada X yang mengancamnya" negates the verb
    wanting: frozenset[str]
    addressee_gap: frozenset[str]  # before and after the addressee of a hope
    addressee_next: frozenset[str]
    addressee_outcomes: frozenset[str]
    decided: frozenset[str]  # "memutuskan": its "untuk" opens no clause
    benefactive: frozenset[str]  # "untuk" before a name: a preposition, no clause
    benefactive_codes: frozenset[str]  # codes whose patient that "untuk" may name
    body_parts: frozenset[str]  # "wajahnya disiram": the owner is the victim
    accused_titles: frozenset[str]  # "terdakwa X" in a demand to the court: X accused
    group_quantifiers: frozenset[str]  # "mendorong semua stakeholder untuk": a group asked
    request_openers: frozenset[str]
    asked_groups: frozenset[str]  # "mendorong fasilitas kesehatan untuk": a kind asked
    speaker_hopes: frozenset[str]  # "Harapannya, ...": the quoted speaker's own hope
    state_agents: frozenset[str]  # agent codes of the state, kept in any topic
    state_titles: tuple[Phrase, ...]  # role or body-name openers of the state
    said_that: frozenset[str]  # "kalau" after a saying verb: "bahwa"
    said_that_verbs: frozenset[str]
    naming: frozenset[str]
    named_after: frozenset[str]  # "nama": "atas nama X" names X, no preposition of X
    within_nouns: frozenset[str]  # "lingkungan": "di lingkungan X" means X, no place
    report_openers: frozenset[str]
    unrealised: frozenset[str]
    examples: frozenset[str]
    likeness: frozenset[str]
    not_deeds: frozenset[str]
    deeds_after_all: frozenset[str]  # "terpaksa": "terpaksa harus menembak" shot
    body_words: frozenset[str]  # "pihaknya": the speaker's body where the role names one
    party_words: frozenset[str]  # (evrec9) "partainya": the party the speaker's role names
    time_subordinators: frozenset[str]  # (evrec9) "saat": see `_timed_act`
    interview_verbs: frozenset[str]  # (evrec9) "diminta": asked by reporters after "saat"
    pairing: tuple[Phrase, ...]  # (evrec9) "berpasangan dengan": a running mate after "yang"
    party_heads: tuple[str, ...]  # (evrec9) how a party's name opens: "partai "
    forbidding: frozenset[str]  # "melarang": the act after its object did not happen
    generic_quantifiers: frozenset[str]  # "setiap": "setiap serangan" is a kind of act
    act_frames: frozenset[str]  # "dalam": "Dalam penggeledahan KPK menyita": KPK searched
    inner_patient_codes: frozenset[str]  # "REQUEST": "meminta pemeriksaan terhadap X"
    inner_patient_preps: frozenset[str]  # "terhadap": X is the asked act's patient
    numerals: frozenset[str]  # "tiga", "puluhan": a count of people named by no one
    bare_agents: frozenset[str]  # "petugas": an agent only uncounted
    place_relatives: frozenset[str]  # ", tempat ...": a relative of place ends the object
    report_addressee_preps: frozenset[str]  # "mengadukan ... kepada Polres": the authority
    causatives: frozenset[str]  # "tidak membuat X menyalahkan": negation reaches the verb
    counted_people: frozenset[str]  # "orang", "terduga": what such a count counts
    quote_speaker_words: frozenset[str]
    quote_team_words: frozenset[str]  # "tim": the speaker's side as a bare subject only
    quote_item_openers: frozenset[str]
    passive_target_preps: frozenset[str]
    quote_unrealised: frozenset[str]
    quote_avowals: frozenset[str]  # "tentu" before the speaker's pronoun: an avowal
    frequency_words: frozenset[str]  # "kali": "beberapa kali bertemu" counts times
    quote_realis: frozenset[str]
    attending: frozenset[str]
    attending_codes: frozenset[str]
    enforcer_default: str | None  # the unnamed agent a named enforcer stands in for
    enforcer_default_words: frozenset[str]  # words naming it: without them no default
    resident_agents: frozenset[str]  # "CVL": "warga Desa Cibodas" live there, are no title
    enforcer_bodies: frozenset[str]  # police words and "kpk", "kejari": bodies that enforce
    detention_words: frozenset[str]  # "rutan", "lapas": a unit that holds, not one that acts
    danger_nouns: frozenset[str]  # "ancaman": a danger unless whom or what it threatens follows
    threat_contents: frozenset[str]  # "akan", "untuk": what a threat made says it will do
    danger_settings: frozenset[str]  # "tengah": "di tengah ancaman X" is a danger
    term_words: frozenset[str]  # "kata", "istilah": "kata 'kerusuhan'" names a word
    defined_by: frozenset[Phrase]  # "yang dimaksud", "ialah": a noun defined, no act
    accused_nouns: frozenset[Phrase]  # "tudingan": "tudingan ijazah palsu X" accuses X
    aid_beneficiaries: frozenset[str]  # (ev30c) "PTY": "bantuan dana parpol" aids the parties
    act_noun_confixes: tuple[tuple[str, str], ...]  # "pe-an": "ancaman pembunuhan" is a threat
    measure_objects: frozenset[str]  # "saham", "harga": a hostile act on one is a market move
    measure_codes: frozenset[str]
    residence_words: frozenset[str]  # "warga": the places after it are where one lives
    owned_object_codes: frozenset[str]  # "mengapresiasi pencapaian yang diraih oleh X": X
    enforcer_agents: frozenset[str]  # agent codes that name an enforcer of their own
    enforced_codes: frozenset[str]  # codes whose targets are suspects, never enforcers
    programme_codes: frozenset[str]  # codes whose untargeted object may be a programme
    charges: frozenset[str]  # "didakwa": what it embeds is reported as done
    programme_objects: frozenset[str]  # "program", "pemberdayaan": no participant
    programme_preps: frozenset[str]  # (evprec25) "dukungan X terhadap program": its object
    made_objects: frozenset[str]  # "pembentukan", "penambahan": what follows is made
    content_verb_prefixes: tuple[str, ...]  # "me", "di": verbs of an embedded act
    support_gap: frozenset[str]
    verbal_aspect: frozenset[str]  # "telah", "sudah": a nominal trigger after them is a verb
    amount_heads: frozenset[str]
    suspected_wrong: frozenset[str]  # "menduga ada": all parties of the wrong accused
    representatives: frozenset[str]
    subordinators: frozenset[str]
    enclitic_person_codes: frozenset[str]  # "memintanya": -nya is the person named last
    time_breaks: frozenset[str]  # clause breaks that are time nouns before ini/itu
    time_preps: frozenset[str]  # (evrec13) "hingga saat ini", "pada 2016": a time adjunct
    besides_preps: frozenset[str]  # "selain": who follows is no subject
    related_nouns: frozenset[str]  # "kuasa hukum X, Y": X is Y's client, no party
    floating_quantifiers: frozenset[str]  # "yang semuanya menentang": the head's quantifier
    thing_nouns: frozenset[str]  # "mobil X", "penggemar X": X is no participant
    marking_nouns: frozenset[str]  # "berpelat dinas X", "logo X": X is a marking, no participant
    facility_heads: frozenset[str]  # "jalan", "gedung": a place named so is no participant
    casualty_words: frozenset[str]  # "tewas": "X tewas dalam serangan Y", X the target
    casualty_links: frozenset[str]  # "dalam", "akibat": between the death and the attack
    casualty_codes: frozenset[str]
    definite_articles: frozenset[str]  # "sang": "oleh sang pebalap" names a known agent
    copulas: frozenset[str]  # "adalah": a verb's object ends before it
    channel_preps: frozenset[str]  # "melalui": who follows is a channel, no participant
    owned_act_codes: frozenset[str]  # "memprotes pembangunan yang dilakukan oleh X": X
    operation_nouns: frozenset[str]  # "ott", "razia": "dalam OTT yang dilakukan X": X
    operation_preps: frozenset[str]  # "dalam": sets the operation an arrest is told in
    result_links: frozenset[str]  # "hingga": "X diduga ... hingga ditetapkan": X
    attributions: frozenset[str]  # "kata", ", lanjut X,": the speaker follows
    reporting_verbs: frozenset[str]  # "memperkirakan": its subject says, does not act
    meeting_settings: frozenset[str]  # "kata X saat rapat dengan Y": X is at the meeting
    setting_reporters: frozenset[str]  # "menurut X dalam rapat": opens a reporting phrase
    told_passives: frozenset[str]  # "desakan ... disampaikan oleh X": X made it
    told_gap: frozenset[str]  # "disampaikan pertama kali oleh X"
    relative_head_preps: frozenset[str]  # "dengan X yang mendukung Y": X backs Y

    local_governments: frozenset[str]  # "pemkot": one word before a place
    local_government_phrases: tuple[Phrase, ...]  # "pemerintah kota", "pemkot"
    not_negated: frozenset[str]  # "lama": "tak lama kemudian" is a time, no negation
    refusable_codes: frozenset[str]  # a negated act of these codes may be a refusal
    refusal_will: frozenset[str]  # "akan", "mau": between negator and verb, a refusal
    willingness: frozenset[str]  # "siap": right before a cooperative act, AGREE to it
    performatives: frozenset[Phrase]  # "mengucapkan terima kasih": done by saying it
    person_words: frozenset[str]  # "dirinya": stands for a person only
    agent_enclitics: frozenset[str]  # (evrec17) "olehnya": the person named last
    said_things: frozenset[str]  # (evrec17) "hal": "Hal itu diungkapkan usai ..."
    origin_codes: frozenset[str]  # (evroles15) a trade barrier's target: the goods' country
    goods_nouns: frozenset[str]  # "impor", "barang", "produk"
    origin_words: frozenset[str]  # "asal", "dari": after a goods noun, before its country
    trade_barriers: frozenset[str]  # "tarif", "bea": the barrier the goods meet
    invested_codes: frozenset[str]  # (evroles15) a pledge to invest in a country targets it
    investment_words: frozenset[str]  # "investasi", "berinvestasi"
    performative_wishes: frozenset[str]  # "ingin" before a performative leaves it a deed
    coordinators: frozenset[str]  # "dan": a predicate coordinated with the one before
    topic_refuses: dict[str, frozenset[str]]  # main IPTC topic -> codes refused there
    agent_words: frozenset[str]  # every word of an [agents] phrase: titles of a bare agent
    # pre-filter: first word (and its -nya form) -> word sets of the triggers it starts
    first_words: dict[str, tuple[frozenset[str], ...]]
    # words that end a list's description gap ("dan para pendukungnya, termasuk AS"):
    # clause breaks, prepositions, attributions, appositions, relatives, negators
    list_stops: frozenset[str]
    preps: frozenset[str]  # every preposition above, made once (read in hot loops)
    # (evprec4) acquittals, document kinds, commitment nouns, regret verbs (see EventWords)
    acquittal_words: frozenset[str] = frozenset()
    document_kinds: frozenset[str] = frozenset()
    owner_after_nouns: frozenset[str] = frozenset()
    regret_verbs: frozenset[str] = frozenset()
    staging_passives: frozenset[str] = frozenset()  # (evcrit21) "diselenggarakan oleh"
    sponsor_preps: frozenset[str] = frozenset()  # (evprec29) "atas", "berkat": credit given
    # (evprec17) "tim sukses", "relawan" as word tuples: the candidates after them no party
    team_heads: frozenset[tuple[str, ...]] = frozenset()
    # (evprec17) "dilaporkan nasabah X": no agent X. With `employee_nouns` ("dianiaya karyawan
    # PT X": the employees act, the firm only says whose they are), read the same way here.
    client_nouns: frozenset[str] = frozenset()
    # (evprec18) "fans grup band X": followers, and kind words between them and X
    follower_nouns: frozenset[str] = frozenset()
    follower_kinds: frozenset[str] = frozenset()
    claim_passives: frozenset[str] = frozenset()  # (evprec18) "disebut X menyerang": X a source
    involvement_nouns: frozenset[str] = frozenset()  # (evprec18) "meminta pelibatan X"
    aspirant_words: frozenset[str] = frozenset()  # (evprec17) "calon kepala daerah": no GOV
    aspirant_agents: frozenset[str] = frozenset()
    intent_words: frozenset[str] = frozenset()  # (evprec17) "berniat": after an aside's comma
    sentenced_passives: frozenset[str] = frozenset()
    description_enders: frozenset[str] = frozenset()
    # (evprec5) habit adverbs, driver nouns and vehicle words (see EventWords)
    habitual: frozenset[str] = frozenset()
    any_one_words: frozenset[str] = frozenset()  # (evprec29) "suatu negara": no one in particular
    ending_nouns: frozenset[str] = frozenset()  # (ev34c) "usainya kerjasama": it ended
    ended_codes: frozenset[str] = frozenset()  # (ev34c) codes such an ending cancels
    superlatives: frozenset[str] = frozenset()
    included_openers: tuple[Phrase, ...] = ()
    culprit_nouns: frozenset[str] = frozenset()
    probe_questions: frozenset[str] = frozenset()
    area_nouns: frozenset[str] = frozenset()
    animal_counters: frozenset[str] = frozenset()
    program_words: frozenset[str] = frozenset()
    program_kinds: frozenset[str] = frozenset()
    guard_words: frozenset[str] = frozenset()
    guard_links: frozenset[str] = frozenset()
    advice_openers: frozenset[str] = frozenset()
    means_phrases: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()
    operator_nouns: frozenset[str] = frozenset()
    vehicle_words: frozenset[str] = frozenset()
    own_accord_words: frozenset[str] = frozenset()
    own_side_pronouns: frozenset[str] = frozenset()
    # (evactor11) single-word agent nouns of one unnamed person, by code ("pelaku": "CRM")
    unnamed_pronoun_subjects: Mapping[str, str] = field(default_factory=dict)
    premises_acts: frozenset[Phrase] = frozenset()  # (evactor11) searches of premises
    premises_nouns: frozenset[str] = frozenset()
    request_fronts: frozenset[str] = frozenset()  # (evactor11) "Atas permintaan X, Y ..."
    # (evroles24) "maaf": an apology; "atas": what it is for (no addressee)
    apology_words: frozenset[str] = frozenset()
    apology_causes: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()  # (evactor11) "bernama X", "berinisial X"
    # (evrecall5) a threat's condition, a quoted passive's report (see EventWords)
    conditioned_codes: frozenset[str] = frozenset()
    future_words: frozenset[str] = frozenset()  # (evrec13) "akan", "bakal"
    conditions: frozenset[str] = frozenset()  # (evrec13) "jika", "apabila" after a plan
    quoted_passive_codes: frozenset[str] = frozenset()
    topic_kept_modes: frozenset[str] = frozenset()  # "resign": kept whatever the topic
    post_modes: frozenset[str] = frozenset()  # "resign": "sebagai X" names the post left
    topic_kept_triggers: frozenset[str] = frozenset()  # (evrec27) "mencekik": in any topic
    partner_topics: frozenset[str] = frozenset()  # (evcoop10) a firm partner kept there
    partner_roles: frozenset[str] = frozenset()  # (evrec16) "mitra": a partner named as such
    post_words: frozenset[str] = frozenset()  # "jabatan", "sebagai": a post named
    partner_kinds: frozenset[str] = frozenset()  # "komunitas": an unnamed partner's kind
    partner_counts: frozenset[str] = frozenset()  # (evrec28c) "sejumlah": before such a kind
    aside_aspects: frozenset[str] = frozenset()  # "ikut": after an aside, before a passive
    order_verbs: frozenset[str] = frozenset()  # "memerintahkan X untuk V": X does V
    letter_nouns: frozenset[str] = frozenset()  # "surat": "surat kepada X, yang meminta"
    complainants: tuple[Phrase, ...] = ()  # "korban", "keluarga korban": who reports, unnamed
    complainant_agent: str = "CVL"
    # (evroles9) see EventWords
    void_words: tuple[Phrase, ...] = ()
    declaring_supports: frozenset[str] = frozenset()
    duty_passives: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    counsel_nouns: tuple[tuple[str, ...], ...] = ()  # "kuasa hukum X": X is the client
    co_patient_preps: frozenset[str] = frozenset()  # "ditangkap bersama X": X held too
    verb_adverbs: frozenset[str] = frozenset()
    duration_counts: frozenset[str] = frozenset()  # (evlegal19) see EventWords
    duration_units: frozenset[str] = frozenset()
    reason_subordinators: frozenset[str] = frozenset()
    hearing_gap: frozenset[str] = frozenset()
    # (evroles12) see EventWords
    apposed_case_words: frozenset[str] = frozenset()
    # (evpart13) see EventWords
    ruling_nouns: frozenset[str] = frozenset()
    ruling_verbs: frozenset[str] = frozenset()
    ruling_gap: frozenset[str] = frozenset()
    court_words: frozenset[str] = frozenset()
    hearsay_words: frozenset[str] = frozenset()
    advisees: frozenset[str] = frozenset()
    # (evprec26) see EventWords
    own_ranks: frozenset[str] = frozenset()
    own_rank_codes: frozenset[str] = frozenset()
    # (evspeech19) see EventWords
    threatened_codes: frozenset[str] = frozenset()
    attempt_openers: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    force_compounds: frozenset[str] = frozenset()
    possibility_words: frozenset[str] = frozenset()
    bare_appeal_codes: frozenset[str] = frozenset()
    bare_appeal_breaks: frozenset[str] = frozenset()
    comma_breaks: frozenset[str] = frozenset()
    group_leaders: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    responsibility_words: frozenset[str] = frozenset()
    bare_appeal_addressees: frozenset[str] = frozenset()
    bare_appeal_followers: frozenset[str] = frozenset()
    # (evrec20) see EventWords
    gapped_adverbs: frozenset[str] = frozenset()
    gapped_preps: frozenset[str] = frozenset()
    told_appeal_verbs: frozenset[str] = frozenset()
    told_appeal_openers: frozenset[str] = frozenset()
    told_appeal_gap: frozenset[str] = frozenset()
    state_pledge_codes: frozenset[str] = frozenset()
    quoted_denials: frozenset[Phrase] = frozenset()
    share_units: frozenset[str] = frozenset()  # (evpoll26) "persen": a poll's share


def _phrase(text: str) -> Phrase:
    return tuple(t.lower() for t in _TOKEN.findall(text))


def _trigger_order(t: Trigger) -> tuple[int, bool]:
    """Longest first; of equal length, a form with `needs` before a plain one (the
    conditional reading wins where its words are there)."""
    return -len(t.phrase), not t.needs


def build_lexicon(data: EventsData) -> Lexicon:
    """Compile the typed lexicon (`events.toml`) into lookup tables."""
    by_first: dict[str, list[Trigger]] = {}
    for entry in data.verb:
        forms = (entry.active, entry.passive, entry.received, entry.noun)
        for voice, voice_forms in zip(_VOICES, forms, strict=True):
            for form in voice_forms:
                ph = _phrase(form)  # never empty: the schema wants a non-space character
                trig = Trigger(
                    code=entry.code, voice=voice, phrase=ph, mode=entry.mode or None,
                    symmetric=entry.symmetric,
                    subject_is_actor=entry.passive_subject == "actor",
                    host_from_place=entry.host_from_place,
                    foreign_host=entry.foreign_host,
                    needs=tuple(_phrase(w) for w in entry.needs),
                    requires_recipient=entry.requires_recipient,
                    unnamed_actor=entry.unnamed_actor, needs_span=entry.needs_span,
                    needs_after=entry.needs_after,
                    unnamed_after_enforcer=entry.unnamed_after_enforcer,
                    bare_noun=entry.bare_noun, topic_object=entry.topic_object,
                    goal_is_place=entry.goal_is_place,
                    goal_is_recipient=entry.goal_is_recipient,
                    named_addressee=entry.named_addressee, urged_deed=entry.urged_deed,
                    quoted_call=entry.quoted_call,
                    source_also_target=entry.source_also_target,
                )
                by_first.setdefault(ph[0], []).append(trig)
    triggers = {k: tuple(sorted(v, key=_trigger_order)) for k, v in by_first.items()}

    countries: dict[str, list[tuple[Phrase, str, bool]]] = {}
    names: dict[str, tuple[str, bool]] = {}
    for table, is_country in ((data.countries, True), (data.metonyms, False)):
        for surface, iso in table.items():
            ph = tuple(_TOKEN.findall(surface))  # case-sensitive: country names are capitalised
            countries.setdefault(ph[0], []).append((ph, iso, is_country))
            names[surface] = (iso, is_country)
    agents: dict[str, list[tuple[Phrase, str]]] = {}
    for surface in data.words.not_agents:  # "" matched first: "masyarakat internasional" is no CVL
        ph = _phrase(surface)
        agents.setdefault(ph[0], []).append((ph, ""))
    for surface, code in data.agents.items():
        ph = _phrase(surface)
        agents.setdefault(ph[0], []).append((ph, code))
    w = data.words
    fs = frozenset
    return Lexicon(
        triggers=triggers,
        countries={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in countries.items()},
        country_names=names,
        modes={code: tuple((mode, tuple(_phrase(x) for x in words))
                           for mode, words in table.items())
               for code, table in data.modes.items()},
        negators=fs(w.negators), hypothetical=fs(w.hypothetical),
        breaks=fs(w.clause_breaks) | fs(w.punct_breaks), connectors=fs(w.connectors),
        led_by=fs(w.led_by), place_preps=fs(w.place_preps), goal_preps=fs(w.goal_preps),
        source_preps=fs(w.source_preps), agent_preps=fs(w.agent_preps),
        target_preps=fs(w.target_preps), with_preps=fs(w.with_preps),
        between_preps=fs(w.between_preps),
        goal_is_target=fs(w.goal_is_target), support_active=fs(w.support_active),
        support_received=fs(w.support_received), skip=fs(w.skip), anaphoric=fs(w.anaphoric),
        anaphor_actors=tuple(_phrase(x) for x in w.anaphor_actors),
        anaphor_targets=tuple(_phrase(x) for x in w.anaphor_targets),
        group_pronouns=fs(w.group_pronouns), group_pronoun_agents=fs(w.group_pronoun_agents),
        embedding=fs(w.embedding), not_country_after=fs(w.not_country_after),
        verb_prefixes=w.verb_prefixes, country_titles=fs(w.country_titles),
        patient_prefixes=w.patient_genitive_prefixes,
        patient_nouns=frozenset(_phrase(x) for x in w.patient_genitive_nouns),
        act_object_codes=fs(w.act_object_codes),
        passive_prefixes=tuple(w.relative_passive_prefixes),
        noun_clause_openers=fs(w.noun_clause_openers),
        owner_genitive=fs(w.owner_genitive_codes), held_genitive=fs(w.held_genitive_codes),
        case_nouns=fs(w.case_nouns), case_codes=fs(w.case_codes),
        suit_hearings=fs(w.suit_hearings),
        requires_recipient=fs(w.requires_recipient),
        speaker_words=fs(w.speaker_words),
        agents={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in agents.items()},
        unnamed_actor=dict(data.unnamed_actor),
        passive_needs_subject=fs(w.passive_needs_subject),
        dissolving_passives=fs(w.dissolving_passives),
        state_units=fs(w.state_units),
        agentless_codes=fs(w.agentless_codes), speech_acts=fs(w.speech_acts),
        home_country=w.home_country,
        not_verbs=fs(w.not_verbs), content_openers=fs(w.content_openers),
        pronouns=fs(w.pronouns), relatives=fs(w.relatives),
        role_complements=fs(w.role_complements), region_heads=fs(w.region_heads),
        region_units=fs(w.region_units),
        list_connectors=fs(w.list_connectors), description_heads=fs(w.description_heads),
        plural_openers=fs(w.plural_openers),
        appositions=fs(w.appositions), member_nouns=fs(w.member_nouns),
        employee_nouns=fs(w.employee_nouns),
        reflexive_objects=tuple(_phrase(x) for x in w.reflexive_objects),
        free_relatives=tuple(_phrase(x) for x in w.free_relatives),
        degree_words=fs(w.degree_words),
        expert_titles=fs(w.expert_titles),
        period_heads=fs(w.period_heads), period_gap=fs(w.period_gap),
        anaphor_words=fs(_phrase(x)[0] for x in w.anaphor_actors),
        complements=fs(w.complements), content_target_codes=fs(w.content_target_codes),
        source_is_target=fs(w.source_is_target), offence_words=fs(w.offence_words),
        near_negators=fs(w.near_negators), existentials=fs(w.existentials),
        list_separators=fs(w.list_separators), comma_joiners=fs(w.comma_joiners),
        list_climax_joiners=fs(w.list_climax_joiners),
        as_charged=fs(w.as_charged), as_charged_codes=fs(w.as_charged_codes),
        wanting=fs(w.wanting),
        addressee_gap=fs(w.addressee_gap), addressee_next=fs(w.addressee_next),
        addressee_outcomes=fs(w.addressee_outcomes),
        decided=fs(w.decided), benefactive=fs(w.benefactive_breaks),
        benefactive_codes=fs(w.benefactive_codes),
        body_parts=fs(w.body_parts), accused_titles=fs(w.accused_titles),
        group_quantifiers=fs(w.group_quantifiers),
        request_openers=fs(w.request_openers), asked_groups=fs(w.asked_groups),
        speaker_hopes=fs(w.speaker_hopes),
        state_agents=fs(w.state_agents),
        state_titles=tuple(_phrase(x) for x in w.state_titles),
        said_that=fs(w.said_that), said_that_verbs=fs(w.said_that_verbs),
        naming=fs(w.naming),
        named_after=fs(w.named_after), within_nouns=fs(w.within_nouns),
        report_openers=fs(w.report_openers), unrealised=fs(w.unrealised_content),
        examples=fs(w.examples), likeness=fs(w.likeness), not_deeds=fs(w.not_deeds),
        deeds_after_all=fs(w.deeds_after_all), numerals=fs(w.numerals),
        bare_agents=fs(w.bare_agents), place_relatives=fs(w.place_relatives),
        report_addressee_preps=fs(w.report_addressee_preps), causatives=fs(w.causatives),
        body_words=fs(w.body_words), party_words=fs(w.party_words),
        party_heads=tuple(w.party_heads), time_subordinators=fs(w.time_subordinators),
        interview_verbs=fs(w.interview_verbs),
        pairing=tuple(_phrase(x) for x in w.pairing), forbidding=fs(w.forbidding),
        generic_quantifiers=fs(w.generic_quantifiers), act_frames=fs(w.act_frames),
        inner_patient_codes=fs(w.inner_patient_codes),
        inner_patient_preps=fs(w.inner_patient_preps),
        counted_people=fs(w.counted_people),
        quote_speaker_words=fs(w.quote_speaker_words), quote_unrealised=fs(w.quote_unrealised),
        quote_avowals=fs(w.quote_avowals), frequency_words=fs(w.frequency_words),
        quote_team_words=fs(w.quote_team_words),
        quote_item_openers=fs(w.quote_item_openers),
        passive_target_preps=fs(w.passive_target_preps),
        quote_realis=fs(w.quote_realis),
        attending=fs(w.attending), attending_codes=fs(w.attending_codes),
        enforcer_default=w.enforcer_default, enforcer_agents=fs(w.enforcer_agents),
        enforcer_default_words=fs(w.enforcer_default_words),
        resident_agents=fs(w.resident_agents),
        enforcer_bodies=fs(w.enforcer_default_words) | fs(w.enforcer_body_words),
        detention_words=fs(w.detention_words),
        danger_nouns=fs(w.danger_nouns), threat_contents=fs(w.threat_contents),
        danger_settings=fs(w.danger_settings), term_words=fs(w.term_words),
        defined_by=frozenset(_phrase(x) for x in w.defined_by),
        accused_nouns=frozenset(_phrase(x) for x in w.accused_genitive_nouns),
        aid_beneficiaries=fs(w.aid_beneficiary_agents),
        act_noun_confixes=tuple((a, b) for a, _, b in (
            c.partition("-") for c in w.act_noun_confixes)),
        measure_objects=fs(w.measure_objects), measure_codes=fs(w.measure_codes),
        residence_words=fs(w.residence_words), owned_object_codes=fs(w.owned_object_codes),
        enforced_codes=fs(w.enforced_codes), programme_codes=fs(w.programme_codes),
        charges=fs(w.charges),
        programme_objects=fs(w.programme_objects), programme_preps=fs(w.programme_preps),
        made_objects=fs(w.made_objects),
        content_verb_prefixes=w.content_verb_prefixes,
        support_gap=fs(w.support_gap), verbal_aspect=fs(w.verbal_aspect),
        amount_heads=fs(w.amount_heads), suspected_wrong=fs(w.suspected_wrong),
        subordinators=fs(w.subordinators),
        enclitic_person_codes=fs(w.enclitic_person_codes),
        time_breaks=fs(w.time_breaks),
        time_preps=fs(w.time_preps),
        besides_preps=fs(w.besides_preps), related_nouns=fs(w.related_nouns),
        preps=fs().union(w.place_preps, w.goal_preps, w.source_preps, w.agent_preps,
                         w.target_preps, w.with_preps, w.besides_preps, w.channel_preps),
        thing_nouns=fs(w.thing_nouns),
        floating_quantifiers=fs(w.floating_quantifiers), marking_nouns=fs(w.marking_nouns),
        facility_heads=fs(w.facility_heads),
        casualty_words=fs(w.casualty_words), casualty_links=fs(w.casualty_links),
        casualty_codes=fs(w.casualty_codes), definite_articles=fs(w.definite_articles),
        copulas=fs(w.copulas), channel_preps=fs(w.channel_preps),
        owned_act_codes=fs(w.owned_act_codes),
        operation_nouns=fs(w.operation_nouns), operation_preps=fs(w.operation_preps),
        result_links=fs(w.result_links),
        attributions=fs(w.attributions),
        reporting_verbs=fs(w.reporting_verbs),
        meeting_settings=fs(w.meeting_settings), setting_reporters=fs(w.setting_reporters),
        told_passives=fs(w.told_passives), told_gap=fs(w.told_gap),
        relative_head_preps=fs(w.relative_head_preps),

        coordinators=fs(w.coordinators),
        not_negated=fs(w.not_negated),
        refusable_codes=fs(w.refusable_codes), refusal_will=fs(w.refusal_will),
        willingness=fs(w.willingness),
        performatives=fs(_phrase(x) for x in w.performatives),
        performative_wishes=fs(w.performative_wishes),
        person_words=fs(w.person_words), agent_enclitics=fs(w.agent_enclitics),
        said_things=fs(w.said_things),
        origin_codes=fs(w.origin_codes),
        goods_nouns=fs(w.goods_nouns), origin_words=fs(w.origin_words),
        trade_barriers=fs(w.trade_barriers), invested_codes=fs(w.invested_codes),
        investment_words=fs(w.investment_words),
        local_governments=fs(_phrase(x)[0] for x in w.local_governments if len(_phrase(x)) == 1),
        local_government_phrases=tuple(_phrase(x) for x in w.local_governments),
        representatives=fs(w.representatives),
        topic_refuses={k: fs(v) for k, v in data.topic_refuses.items()},
        agent_words=frozenset(x for ph in agents.values() for p, c in ph if c for x in p),
        first_words=_prefilter(triggers),
        list_stops=(fs(w.clause_breaks) | fs(w.punct_breaks) | fs(w.place_preps)
                    | fs(w.goal_preps) | fs(w.source_preps) | fs(w.agent_preps)
                    | fs(w.target_preps) | fs(w.with_preps) | fs(w.besides_preps)
                    | fs(w.channel_preps)
                    | fs(w.attributions) | fs(w.appositions) | fs(w.relatives)
                    | fs(w.negators) | fs(w.hypothetical)),
        acquittal_words=fs(w.acquittal_words), document_kinds=fs(w.document_kinds),
        owner_after_nouns=fs(w.owner_after_nouns), regret_verbs=fs(w.regret_verbs),
        staging_passives=fs(w.staging_passives), sponsor_preps=fs(w.sponsor_preps),
        team_heads=frozenset(tuple(x.split()) for x in w.team_heads),
        follower_nouns=fs(w.follower_nouns), follower_kinds=fs(w.follower_kinds),
        claim_passives=fs(w.claim_passives), involvement_nouns=fs(w.involvement_nouns),
        client_nouns=fs(w.client_nouns) | fs(w.employee_nouns),
        aspirant_words=fs(w.aspirant_words), aspirant_agents=fs(w.aspirant_agents),
        intent_words=fs(w.intent_words),
        sentenced_passives=fs(w.sentenced_passives), description_enders=fs(w.description_enders),
        habitual=fs(w.habitual), any_one_words=fs(w.any_one_words),
        ending_nouns=fs(w.ending_nouns), ended_codes=fs(w.ended_codes),
        superlatives=fs(w.superlatives),
        included_openers=tuple(_phrase(x) for x in w.included_openers),
        culprit_nouns=fs(w.culprit_nouns),
        probe_questions=fs(w.probe_questions), area_nouns=fs(w.area_nouns),
        animal_counters=fs(w.animal_counters),
        program_words=fs(w.program_words), program_kinds=fs(w.program_kinds),
        guard_words=fs(w.guard_words), guard_links=fs(w.guard_links),
        advice_openers=fs(w.advice_openers), means_phrases=fs(w.means_phrases),
        plan_nouns=fs(w.plan_nouns),
        operator_nouns=fs(w.operator_nouns),
        vehicle_words=fs(w.vehicle_words), own_accord_words=fs(w.own_accord_words),
        own_side_pronouns=fs(w.own_side_pronouns),
        premises_acts=frozenset(_phrase(x) for x in w.premises_acts),
        premises_nouns=fs(w.premises_nouns),
        naming_words=fs(w.pronoun_naming_words),
        request_fronts=fs(w.request_fronts),
        apology_words=fs(w.apology_words), apology_causes=fs(w.apology_causes),
        unnamed_pronoun_subjects={surface: code for surface, code in data.agents.items()
                                  if code in w.pronoun_subject_agents and " " not in surface},
        conditioned_codes=fs(w.conditioned_codes),
        future_words=fs(w.future_words), conditions=fs(w.conditions),
        quoted_passive_codes=fs(w.quoted_passive_codes),
        topic_kept_modes=fs(w.topic_kept_modes), post_modes=fs(w.post_modes),
        topic_kept_triggers=fs(w.topic_kept_triggers),
        partner_topics=fs(w.partner_topics), partner_roles=fs(w.partner_roles),
        post_words=fs(w.post_words), partner_kinds=fs(w.partner_kinds),
        partner_counts=fs(w.partner_counts),
        aside_aspects=fs(w.aside_aspects), order_verbs=fs(w.order_verbs),
        # longest first: "keluarga korban" before "korban"
        complainants=tuple(sorted((_phrase(x) for x in w.complainants), key=len, reverse=True)),
        complainant_agent=w.complainant_agent, letter_nouns=fs(w.letter_nouns),
        void_words=tuple(_phrase(x) for x in w.void_words), duty_passives=fs(w.duty_passives),
        declaring_supports=fs(w.declaring_supports),
        # (kin25) the pack's one kinship list, "anak" and a retinue's nouns
        kin_nouns=kin_nouns(*w.kin_also, *w.retinue_nouns), verb_adverbs=fs(w.verb_adverbs),
        counsel_nouns=tuple(tuple(p.split()) for p in w.counsel_nouns),
        co_patient_preps=fs(w.co_patient_preps),
        duration_counts=fs(w.duration_counts), duration_units=fs(w.duration_units),
        reason_subordinators=fs(w.reason_subordinators),
        hearing_gap=fs(w.hearing_gap), apposed_case_words=fs(w.apposed_case_words),
        ruling_nouns=fs(w.ruling_nouns), ruling_verbs=fs(w.ruling_verbs),
        ruling_gap=fs(w.ruling_gap), court_words=fs(w.court_words),
        hearsay_words=fs(w.hearsay_words), advisees=fs(w.advisees),
        own_ranks=fs(w.own_ranks), own_rank_codes=fs(w.own_rank_codes),
        threatened_codes=fs(w.threatened_codes), attempt_openers=fs(w.attempt_openers),
        natural_forces=fs(w.natural_forces), force_compounds=fs(w.force_compounds),
        possibility_words=fs(w.possibility_words), bare_appeal_codes=fs(w.bare_appeal_codes),
        bare_appeal_breaks=fs(w.bare_appeal_breaks),
        comma_breaks=fs(w.comma_breaks), group_leaders=fs(w.group_leaders),
        claim_verbs=fs(w.claim_verbs), responsibility_words=fs(w.responsibility_words),
        bare_appeal_addressees=fs(w.bare_appeal_addressees),
        bare_appeal_followers=fs(w.bare_appeal_followers),
        gapped_adverbs=fs(w.gapped_adverbs), gapped_preps=fs(w.gapped_preps),
        told_appeal_verbs=fs(w.told_appeal_verbs), told_appeal_openers=fs(w.told_appeal_openers),
        told_appeal_gap=fs(w.told_appeal_gap), state_pledge_codes=fs(w.state_pledge_codes),
        quoted_denials=frozenset(_phrase(x) for x in w.quoted_denials),
        share_units=fs(w.share_units),
    )


def _prefilter(triggers: dict[str, tuple[Trigger, ...]]) -> dict[str, tuple[frozenset[str], ...]]:
    out: dict[str, set[frozenset[str]]] = {}
    for first, trigs in triggers.items():
        for t in trigs:
            if not t.code:
                continue  # blockers never start an event
            words = frozenset(w for p in t.phrase for w in _WORD.findall(p))
            for key in (first, first + "nya"):
                out.setdefault(key, set()).add(words)
    return {k: tuple(sorted(v, key=len)) for k, v in out.items()}


@cache
def lexicon() -> Lexicon:
    return build_lexicon(load("events", EventsData))


# ----------------------------------------------------------------------------- tokens


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__,
# six times slower, and one is made per token. Never changed after it is made.
@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    bare: str  # low without an enclitic -nya
    time: bool = False  # inside a time expression ("Pada 17 Juli, ..."): no name of a list


def _lower_word(t: _Tok) -> bool:
    """A lower-case word: letters only, no capital (a common noun or verb, no name)."""
    return t.text.isalpha() and t.text.islower()


def _mark_times(toks: Sequence[_Tok], times: Sequence[TimeExpr]) -> None:
    """Flag the tokens inside a time expression: "Pada 17 Juli, Herba membebaskannya" has a
    month, not a name listed with Herba under "pada" (Herba would be no subject)."""
    spans = [(t.span.start, t.span.end) for t in times
             if t.span.start < toks[-1].end and t.span.end > toks[0].start]
    if not spans:  # most sentences: no token is inside one (no test made per token)
        for t in toks:
            t.time = False
        return
    for t in toks:
        t.time = any(a <= t.start < b for a, b in spans)


def _tokens(text: str, offset: int) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        s = m.group()
        low = s.lower()
        bare = low[:-3] if low.endswith("nya") and len(low) > 6 else low
        out.append(_Tok(offset + m.start(), offset + m.end(), s, low, bare))
    return out


def _matches(toks: Sequence[_Tok], k: int, ph: Phrase) -> bool:
    if k + len(ph) > len(toks):
        return False
    return all(toks[k + n].low == p or toks[k + n].bare == p for n, p in enumerate(ph))


def _find(toks: Sequence[_Tok], ph: Phrase, lo: int, hi: int) -> list[int]:
    lo, hi = max(lo, 0), min(hi, len(toks))
    if not ph:
        return list(range(lo, hi))
    # The first word in line, then the rest: a call per position cost more than the search.
    first = ph[0]
    return [k for k in range(lo, hi)
            if (toks[k].low == first or toks[k].bare == first) and _matches(toks, k, ph)]


# ----------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class _Mention:
    i: int  # token range [i, j)
    j: int
    values: tuple[str, ...]  # entity id or ISO code(s); several for an anaphor
    kind: str  # PERSON, ORG, PLACE..., COUNTRY (word), ANAPHOR_A, ANAPHOR_T
    place_id: str | None = None  # entity id of a PLACE
    is_country: bool = False
    prep: str | None = None  # preposition that marks it
    prep_at: int = -1  # token index of that preposition
    modifier: bool = False  # "Presiden [Korea Selatan] Yoon": not a participant
    country: str | None = None  # ISO code of the participant's country, where known
    pronoun: bool = False  # "ia", "dia": the person resolved, surer than "mereka"
    # a town or province of the home country ("Bandung", "Jawa Timur"), or a road or a
    # building ("Jalan Duta Darma"): a place, never a participant (its country would make the
    # whole state act in local news; a street does nothing)
    domestic: bool = False
    # a person with no office or role in the article (a migrant, a singer): their travel
    # is no visit between political actors
    private: bool = False


def _entity_value(ent: Entity, surface: str, lex: Lexicon) -> tuple[str, bool, str | None]:
    """(actor/target value, is a country, its country) of one entity mention."""
    if ent.kind == "PLACE":
        hit = lex.country_names.get(ent.name) or lex.country_names.get(surface)
        iso = ent.country or (hit[0] if hit else None)
        is_country = bool(hit and hit[1])
        return (iso or ent.id), is_country, iso
    return ent.id, False, ent.country


_LEGAL_FORM_NAMES = WordSet("events", EventsData, "words.legal_form_names")


def _sentence_mentions(toks: list[_Tok], ents: Sequence[tuple[int, int, Entity]], text: str,
                       lex: Lexicon) -> list[_Mention]:
    starts = [t.start for t in toks]
    taken = [False] * len(toks)
    out: list[_Mention] = []
    # (evactor11) bodies named in full in the sentence: a place mention the tagger cut off
    # their name ("DPRD Kota [Palembang] ... di ruang rapat DPRD Kota Palembang") is the body
    bodies = {ent.name: ent for _, _, ent in ents if ent.kind == "ORG" and " " in ent.name}
    for s, e, ent in ents:
        i = bisect.bisect_left(starts, s)
        j = bisect.bisect_left(starts, e)
        if bodies and ent.kind == "PLACE" and i > 0:
            whole = _cut_body(toks, i, text[s:e], bodies)
            if whole is not None:
                i, ent = whole
        if i >= j or any(taken[i:j]):
            continue
        kind = ent.kind
        if kind == "ORG" and ent.name.lower() in _LEGAL_FORM_NAMES:
            continue  # (ev33b) "PT" cut off "PT Sritex": a company's form, no party
        if kind != "PLACE" and i > 0 and (toks[i - 1].low in lex.thing_nouns
                                           or _followed(toks, i, lex)):
            for n in range(i, j):  # "mobil Toyota New Yaris", "penggemar Deadpool"
                taken[n] = True
            continue
        if kind == "PLACE" and i > 0 and toks[i - 1].low in lex.not_country_after:
            for n in range(i, j):  # "dolar AS", "pria berinisial AS": no participant
                taken[n] = True
            continue
        if _marked_by(toks, i, lex):
            for n in range(i, j):  # "berpelat dinas Polri": the plates' marking
                taken[n] = True
            continue
        value, is_country, country = _entity_value(ent, text[s:e], lex)
        # "Pemerintah Kota (Pemkot) Surabaya menerapkan ...": the town's government acts,
        # named by the town (not the country it is in)
        local = kind == "PLACE" and not is_country and _local_government(toks, i, lex)
        if (kind == "PLACE" and (is_country or country is None) and i > 1 and not local
                and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha()
                and toks[i - 1].low not in lex.country_titles):
            # the end of a name, like a country word there: "Kongres Nasional Afrika",
            # "Kesatuan Pelaut Indonesia" name a body, not the state or the continent
            for n in range(i, j):
                taken[n] = True
            continue
        # (evrec13) "kerja sama Pemkab Garut dan BGN": a town after its government word is
        # no end of a body's name (the rule above) but that government, tested first
        if local:
            value = ent.id
        # (not a metonym: "Gedung Putih" is the US government)
        domestic = (kind == "PLACE" and not is_country and not local
                    and ent.name not in lex.country_names and text[s:e] not in lex.country_names
                    and (_facility(ent.name, lex)
                         or (country is not None and country == lex.home_country)))
        out.append(_Mention(i, j, (value,), kind,
                            place_id=ent.id if kind == "PLACE" else None,
                            is_country=is_country, country=country, domestic=domestic,
                            private=kind == "PERSON" and not ent.roles
                            and not _titled(toks, i)))
        for n in range(i, j):
            taken[n] = True
    k = 0
    while k < len(toks):
        hit = None
        if toks[k].text not in lex.countries:  # most words: one look-up
            k += 1
            continue
        after = toks[k - 1].low if k else ""
        in_name = (k > 1 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha()
                   and after not in lex.country_titles)
        if (not taken[k] and toks[k].text[:1].isupper() and after not in lex.not_country_after
                and not in_name):
            for ph, iso, is_country in lex.countries.get(toks[k].text, ()):
                n = len(ph)
                if tuple(t.text for t in toks[k:k + n]) == ph and not any(taken[k:k + n]):
                    hit = _Mention(k, k + n, (iso,), "COUNTRY", is_country=is_country,
                                   country=iso or None)
                    break
        if hit:
            if hit.values[0]:  # "" marks a region that only looks like a country
                out.append(hit)
            for n in range(hit.i, hit.j):
                taken[n] = True
            k = hit.j
        else:
            k += 1
    out.extend(_agents(toks, taken, out, lex))
    out.sort(key=lambda m: m.i)
    out = _drop_glosses(out, toks)
    _mark(out, toks, lex)
    return out


def _drop_glosses(ms: list[_Mention], toks: Sequence[_Tok]) -> list[_Mention]:
    """(evroles24) A country alone in brackets right after a named party says where that
    party is from, no party of its own: "MoU antara ICE (Indonesia) dan Gwadar Chamber
    (Pakistan)" is signed by the two bodies, not the states."""
    out: list[_Mention] = []
    for m in ms:
        if (m.is_country and out and out[-1].kind in ("ORG", "PERSON")
                and out[-1].j == m.i - 1 and toks[m.i - 1].text == "("
                and m.j < len(toks) and toks[m.j].text == ")"):
            continue
        out.append(m)
    return out


def _followed(toks: Sequence[_Tok], i: int, lex: Lexicon) -> bool:
    """(evprec18) Is the name at `i` the one a group of followers follows, with one or two
    kind words between ("fans grup band X", "pendukung setia X")? The followers act or are
    acted on, not X (seed 97: an idol group made the donor of its fans' gift)."""
    k = i - 1
    while k >= 0 and i - k <= 2 and toks[k].low in lex.follower_kinds:
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].low in lex.follower_nouns


def _marked_by(toks: Sequence[_Tok], i: int, lex: Lexicon) -> bool:
    """Is the name at i a marking a thing bears ("pelat nomor Polri", "berseragam TNI"):
    a marking noun at most two lower-case words before it?"""
    for k in range(i - 1, max(i - 4, -1), -1):
        if toks[k].low in lex.marking_nouns:
            return True
        if not _lower_word(toks[k]):
            return False
    return False


def _facility(name: str, lex: Lexicon) -> bool:
    """Is a place's name that of a road, a building or a site ("Jalan Duta Darma")?"""
    first = name.split(maxsplit=1)
    return bool(first) and first[0].lower().rstrip(".") in lex.facility_heads


_CUT_WORDS = 3  # words of a body's name the tagger may leave off before a place


def _cut_body(toks: Sequence[_Tok], i: int, surface: str,
              bodies: Mapping[str, Entity]) -> tuple[int, Entity] | None:
    """(evactor11) The body whose full name the words before a place mention at `i` and the
    mention make ("DPRD Kota" + "Palembang"), with its first token; None if none does."""
    for n in range(1, min(_CUT_WORDS, i) + 1):
        if not toks[i - n].text[:1].isupper():
            return None
        name = " ".join(t.text for t in toks[i - n:i]) + " " + surface
        if name in bodies:
            return i - n, bodies[name]
    return None


def _local_government(toks: Sequence[_Tok], i: int, lex: Lexicon) -> bool:
    """Does a government word stand right before the place at `i`, an abbreviation in
    brackets allowed between ("Pemerintah Kabupaten ( Pemkab ) Lamongan", "Pemprov Jatim")?
    Then the place names its government, a participant."""
    k = i
    if k >= 3 and toks[k - 1].text == ")" and toks[k - 3].text == "(":
        if toks[k - 2].low in lex.local_governments:
            return True
        k -= 3
    return any(_matches(toks, k - len(ph), ph) for ph in lex.local_government_phrases
               if k >= len(ph))


def _titled(toks: Sequence[_Tok], i: int) -> bool:
    """Does a title stand in the four words before token i ("Presiden Prabowo", "Menteri
    Luar Negeri Takeshi Iwaya")?"""
    heads = role_words().heads
    return any(t.low in heads for t in toks[max(0, i - 4):i])


def _agents(toks: list[_Tok], taken: list[bool], named: list[_Mention],
            lex: Lexicon) -> list[_Mention]:
    """Unnamed participants ("polisi", "massa"), each a CAMEO agent code; none where the
    noun is the title of a named participant right after it ("jaksa KPK"). A town or
    province at home after residents is where they live: "warga Desa Cibodas" are
    civilians (an official's is his jurisdiction: "gubernur DKI Jakarta Anies")."""
    starts = sorted(m.i for m in named)
    home = {m.i for m in named if m.domestic}
    person_ends = {m.j for m in named if m.kind == "PERSON"}
    out: list[_Mention] = []
    k = 0
    while k < len(toks):
        hit = None
        low = toks[k].low  # "kepala-kepala": "kepala" (no hyphen: no plural, no call)
        first = (plural_base(low) if "-" in low else None) or low
        if first not in lex.agents:  # most words: one look-up
            k += 1
            continue
        if not taken[k] and not (k > 0 and toks[k].text[:1].isupper()
                                 and toks[k - 1].text[:1].isupper()
                                 # (evrec7) "Sejumlah LSM kini ...": a count opening the
                                 # sentence is no part of a name
                                 and not (k == 1 and (toks[0].low in lex.numerals
                                                      or toks[0].low in lex.plural_openers))) \
                and not (k > 0 and toks[k - 1].low in lex.role_complements):
            # "ditetapkan sebagai tersangka": a role complement, no participant
            for ph, code in lex.agents.get(first, ()):
                n = len(ph)
                if all(k + x < len(toks) and (toks[k + x].low if x else first) == p
                       and not taken[k + x] for x, p in enumerate(ph)):
                    hit = _Mention(k, k + n, (code,), "AGENT")
                    break
        if hit is None:
            k += 1
            continue
        k = end = hit.j
        if not hit.values[0]:
            continue  # a not-agent phrase ("masyarakat internasional"): no role
        if (hit.values[0] in lex.aspirant_agents and hit.i > 0
                and toks[hit.i - 1].low in lex.aspirant_words):
            continue  # (evprec17) "calon kepala daerah": aspirants, no office holders
        if _apposed_to_person(toks, hit, person_ends, lex):
            continue  # (evroles12) "Budi Santoso terdakwa kasus suap": Budi's role, no one else
        if (first in lex.bare_agents and hit.i > 0
                and (toks[hit.i - 1].low in lex.numerals or _amount(toks[hit.i - 1].low))):
            continue  # (evrec11) "49 petugas dipecat": counted staff, not the police
        # residents of a town at home: the town is no participant, they are
        lives = home if hit.values[0] in lex.resident_agents else frozenset()
        if (toks[hit.i].low in lex.region_units
                and not (end < len(toks) and toks[end].text[:1].isupper())):
            continue  # "dan Polsek setempat": one of several bodies, unnamed; kept as before
        if toks[hit.i].low in lex.region_heads:
            # "Kapolda Sumut pun meminta maaf": the region belongs to the title, which is
            # the unnamed head; "Kapolda Metro Jaya Irjen Karyoto" still titles Karyoto
            while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha() \
                    and not any(m.i == end and m.kind in ("PERSON", "ORG") for m in named):
                end += 1
        if _employed_by_named(toks, hit, named, lex):
            out.append(hit)  # (evprec6) "karyawan Freeport": the workers, their firm no party
            continue
        if (end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha()
                and end not in lives and not _untagged_initial(toks, taken, end, lex)):
            continue  # "Jaksa Agung", "polisi Brigadir Andi": a title
        nxt = bisect.bisect_left(starts, end)
        if (nxt < len(starts) and starts[nxt] not in lives
                and _title_gap(toks[end:starts[nxt]], lex)):
            continue  # "jaksa penuntut umum pada KPK", "pasukan Rusia"
        out.append(hit)
    return out


def _untagged_initial(toks: Sequence[_Tok], taken: Sequence[bool], k: int,
                      lex: Lexicon) -> bool:
    """(evlaw25) Is the word at `k` a bare initial (an all-caps token of at most three letters:
    "A", "MR") no entity covers, the subject of the verb
    right after it ("tersangka A dijerat Pasal 160", seed 108 missed it: the one-letter name
    is no entity, so the noun before it stood as its title and nobody was charged)? The noun
    then stays the participant (CRM), as it does for a suspect left unnamed; elsewhere
    ("bersama tersangka S (35)") where the noun stands is unsure, so it stays a title."""
    t = toks[k]
    if taken[k] or not (t.text.isupper() and len(t.text) <= 3):
        return False
    return k + 1 < len(toks) and _verb_like(toks[k + 1], lex)


def _apposed_to_person(toks: Sequence[_Tok], hit: _Mention, person_ends: set[int],
                       lex: Lexicon) -> bool:
    """(evroles12) Is the agent noun an apposition telling the role of the person named right
    before it: straight after the name ("istri Budi Santoso terdakwa kasus korupsi"), or after
    a comma when a case noun follows ("Budi Santoso, tersangka kasus suap, meminta ...")? It
    names that person's role, no second participant (seed 92: the wife's request got the
    offender code CRM as its actor). A comma alone stays a clause break ("Menurut Budi,
    polisi sudah ...")."""
    i = hit.i
    if i in person_ends:
        return True
    return (i >= 2 and toks[i - 1].text == "," and i - 1 in person_ends
            and hit.j < len(toks) and toks[hit.j].low in lex.apposed_case_words)


def _employed_by_named(toks: Sequence[_Tok], hit: _Mention, named: Sequence[_Mention],
                       lex: Lexicon) -> bool:
    """(evprec6) Is the unnamed agent an employee noun with its employer, an organisation,
    named right after it ("Ribuan karyawan Freeport", "mantan Wartawan BBC")? The workers
    are the participant and `_mark_employers` makes the firm no party."""
    if toks[hit.i].low not in lex.employee_nouns or hit.j - hit.i != 1:
        return False
    return any(m.i == hit.j and m.kind == "ORG" for m in named)


def _title_gap(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """Words between a title noun and the named participant it belongs to."""
    away = lex.place_preps | lex.goal_preps | lex.source_preps | lex.with_preps
    return len(gap) <= 4 and all(
        t.text in {",", "(", ")"} or (t.text.isalpha() and t.low not in lex.connectors
                                      and t.low not in lex.breaks and t.low not in away
                                      and not (len(t.low) > 4 and not _per_an(t.low)
                                               and t.low.startswith(lex.verb_prefixes)))
        for t in gap)


def _title_word(t: _Tok, lex: Lexicon) -> bool:
    """A word that may stand between a passive verb and its bare agent: a title of it
    ("ditangkap polisi perairan Malaysia"), not a verb nor a complement ("dituding jadi
    penyebab kematian Brown": Brown is no agent)."""
    return t.text.isalpha() and t.low not in lex.complements and not _verb_like(t, lex)


def _verb_like(t: _Tok, lex: Lexicon) -> bool:
    """A lower-case me-/di-/ber-/ter- word that is a verb, not a function word."""
    return (len(t.low) > 4 and t.text[:1].islower() and t.low.startswith(lex.verb_prefixes)
            and not t.low.startswith("per") and t.low not in lex.not_verbs
            and t.low not in lex.skip and t.low not in lex.connectors)


def _case_word(t: _Tok, lex: Lexicon) -> bool:
    """(evprec28) A case noun or a one-word noun trigger of an act ("kasus", "pembunuhan"): a
    name after it is that act's party ("tersangka kasus pembunuhan Kim": Kim was killed),
    never the bare agent of a passive before it."""
    return t.low in lex.case_nouns or (t.text.islower() and any(
        tr.code and tr.voice == "noun" and tr.phrase == (t.low,)
        for tr in lex.triggers.get(t.low, ())))


def _per_an(low: str) -> bool:
    """A per-...-an noun ("perairan", "pertahanan"), not a -kan verb ("menetapkan")."""
    return low.startswith("per") and low.endswith("an") and not low.endswith("kan")


def _reach_back(toks: Sequence[_Tok], i: int, n: int) -> int:
    """The index `n` words before token `i`, a hyphen of a split compound counting as no
    word: "kepada stasiun TV pan - Arab Al-Mayadeen" (the preposition is the outlet's)."""
    k = i
    while n > 0 and k > 0:
        k -= 1
        if toks[k].text != "-":
            n -= 1
    return k


def _led_group_prep(m: _Mention, toks: Sequence[_Tok], floor: int, lex: Lexicon) -> None:
    """(evrec26) The leader of an unnamed group takes the group's preposition: "pendanaan dari
    konsorsium investor yang dipimpin Venturra Capital" (from Venturra), "serangan oleh
    koalisi pimpinan Arab Saudi"; the group's noun is one or two plain lower-case words
    (longer, it is mostly an act's phrase: "serangan udara koalisi pimpinan AS")."""
    k = m.i - 1
    if k >= floor and toks[k].low in lex.agent_preps:
        k -= 1  # "dipimpin oleh X"
    if k < floor or toks[k].low not in lex.group_leaders:
        return
    k -= 1
    if k >= floor and toks[k].low in lex.relatives:
        k -= 1  # "yang dipimpin X"
    noun = 0
    while (k >= floor and noun < 2 and toks[k].text.isalpha() and toks[k].text.islower()
           and toks[k].low not in lex.preps and not _verb_like(toks[k], lex)):
        noun, k = noun + 1, k - 1
    if noun and k >= floor and (toks[k].low in lex.source_preps or toks[k].low in lex.agent_preps):
        m.prep, m.prep_at = toks[k].low, k


def _titled_member(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """(evprec7) Is the gap a list's joining word, then the title of the next member in
    capitalised words: "pertemuan antara Presiden Joko Widodo dan Perdana Menteri Najib
    Razak" (both meet; a title broke the preposition's run to the second name)?"""
    return (1 < len(gap) <= _LIST_GAP and gap[0].low in lex.list_connectors
            and gap[0].low.isalpha()
            and all(t.text.isalpha() and t.text[:1].isupper() for t in gap[1:]))


def _mark(ms: list[_Mention], toks: list[_Tok], lex: Lexicon) -> None:
    """Set each mention's preposition and whether it only modifies a following person."""
    preps = lex.preps
    prev: _Mention | None = None
    for m in ms:
        floor = max(prev.j if prev else 0, _reach_back(toks, m.i, 4))
        k = m.i - 1
        comma = False  # a comma crossed on the way back
        while k >= floor:
            low = toks[k].low
            if low in lex.besides_preps and (toks[k + 1].low in _DEMONSTRATIVES or comma):
                # "Selain itu, mereka ...": a discourse connective, no addition; "Selain bea
                # masuk CPO, Kementerian Keuangan India juga menaikkan ...": the comma ends
                # the addition (as after a name, "Selain RR, Densus 88 ...")
                break
            if len(low) == 4 and low.isdigit() and low[:2] in ("19", "20"):
                break  # "Pada 2024 pemerintah melakukan audiensi": the year is its object
            if low in lex.place_relatives and k > 0 and toks[k - 1].text == ",":
                break  # (ev30b) "di rumah itu , tempat Budi ...": Budi opens the relative
            if (low in lex.relatives and k > 0 and (toks[k - 1].low in lex.duration_units
                                                     or toks[k - 1].low in lex.time_breaks)):
                # (evroles24) "di hari yang sama KPK juga memeriksa ...": a time phrase
                # closes with its relative; the name after it is the subject, no place
                break
            if (low in preps and k + 1 < m.i and toks[k + 1].low in lex.named_after
                    and m.kind == "PERSON"):
                # "saksi atas nama Dedy Rahman": the name of who comes before ("atas nama
                # aku minta uang", on my behalf, keeps it)
                break
            if (low in lex.place_preps and k + 1 < m.i and toks[k + 1].low in lex.within_nouns
                    and m.kind == "ORG"):
                break  # "di lingkungan Kementerian PU": the ministry itself, no place
            if low == "ke" and k + 1 < m.i and toks[k + 1].text == "-":
                # (evrec11) "ke-14 tersangka", "ke - 14 tersangka": a collective numeral (all
                # fourteen), no goal
                k -= 1
                continue
            if low in preps and not (k > 0 and toks[k - 1].low in lex.amount_heads):
                m.prep, m.prep_at = low, k
                break
            if low in _DEMONSTRATIVES or _verb_like(toks[k], lex):
                # the preposition's phrase ended before: "dari penggeledahan itu tim kejaksaan
                # menyita", "di antaranya menggandeng OJK" (the verb's object, no place)
                break
            if low in lex.breaks or low in lex.connectors and not (
                    low in lex.list_connectors and k > 0 and toks[k - 1].text[:1].isupper()
                    and toks[k - 1].text.isalpha() and not toks[k - 1].time):
                break
            if low in lex.connectors:  # "di grup Facebook dan WhatsApp": one list
                floor = max(prev.j if prev else 0, k - 4)
                comma = comma or toks[k].text == ","
            k -= 1
        if m.prep is None:
            _led_group_prep(m, toks, prev.j if prev else 0, lex)
        if (m.prep is None and prev is not None and prev.prep in lex.place_preps
                and (m.kind in _PLACE_KINDS or m.kind == "COUNTRY")
                and [t.text for t in toks[prev.j:m.i]] in ([","], ["("])):
            m.prep, m.prep_at = prev.prep, prev.prep_at  # "di Queensland, Australia"
        elif (m.prep is None and prev is not None and prev.prep is not None and m.i > prev.j
              and not m.kind.startswith("ANAPHOR")
              and (_place(m) == _place(prev) or _between_pair(prev, lex))
              # "Selain RR, Densus 88 juga menangkap ...": the comma ends the addition
              and not (prev.prep in lex.besides_preps
                       and [t.text for t in toks[prev.j:m.i]] == [","])
              and (all(t.low in lex.connectors or t.low in lex.naming
                       for t in toks[prev.j:m.i]) or _titled_member(toks[prev.j:m.i], lex)
                   or _area_gap(toks[prev.j:m.i], prev, lex)
                   or _aged_gap_ok(toks[prev.j:m.i], lex))
              # "Dari keterangan Kementerian LH, Hanif menyegel ...", "Pada TEI 2025, Danone
              # Indonesia menandatangani ...": the name after the comma opens a clause. Not
              # after "dengan": "Dalam percakapan telepon dengan Biden, Xi membahas ..." (Xi
              # takes part in the call)
              and not (prev.prep not in lex.with_preps and _opens_clause(toks, m, lex))
              # (evroles15) "Meski sudah mengantongi dukungan dari PKB dan PDIP, Gus Ipul
              # ...": the comma closes a fronted clause, the name after it opens the main one
              and not _fronted_clause_end(toks, prev, m, lex)):
            m.prep, m.prep_at = prev.prep, prev.prep_at  # "antara India dan Pakistan"
        elif (m.prep is None and prev is not None and prev.prep in lex.besides_preps
              and not m.kind.startswith("ANAPHOR")
              and not any(t.text == "," or t.low in lex.breaks or _verb_like(t, lex)
                          for t in toks[prev.j:m.i])):
            # "Sebagai Badan Usaha Pelaksana MLFF, PT Roatex ...": the role runs to the comma
            m.prep, m.prep_at = prev.prep, prev.prep_at
        prev = m
    # Right to left, so a chain of titles before a person modifies it: "Ketua Umum DPP
    # Partai Kebangkitan Bangsa ( PKB ) Muhaimin Iskandar" (neither PKB is a participant).
    for a, b in reversed(list(zip(ms, ms[1:], strict=False))):
        if (a.kind == "PERSON" and b.kind == "PERSON" and a.i > 0
                and toks[a.i - 1].low in lex.related_nouns
                and [t.text for t in toks[a.j:b.i]] in ([","], ["("])):
            # "anggota tim hukum Miryam, Heru Andeska": the lawyer acts, not his client
            a.modifier = True
            continue
        if a.kind == "PERSON" or not (b.kind == "PERSON" or b.modifier):
            continue
        gap = toks[a.j:b.i]
        commas = sum(t.text == "," for t in gap)
        if commas <= 1 and all(t.text in {",", "(", ")"} or t.text[:1].isupper() for t in gap) \
                and not (commas and (_fronted_phrase_end(toks, a)
                                     or _fronted_clause_end(toks, a, b, lex))):
            a.modifier = True
    # The preposition before a post's state or body is the person's: "dengan Presiden China
    # Xi Jinping", "pujian dari Presiden Prancis Emmanuel Macron" (Xi meets, Macron praises).
    for a, b in zip(ms, ms[1:], strict=False):
        if (a.modifier and a.prep is not None and a.kind != "PERSON" and b.prep is None
                and b.kind == "PERSON" and all(t.text in {"(", ")"} or t.text[:1].isupper()
                                               for t in toks[a.j:b.i])):
            b.prep, b.prep_at = a.prep, a.prep_at
    for m in ms:
        if _in_period(toks, m, lex):
            m.modifier = True
        elif (m.kind == "PERSON" and not m.modifier and m.i > 0
              and toks[m.i - 1].low in lex.kin_nouns and toks[m.i - 1].text[:1].islower()):
            # (evroles9) "Jaksa menemui istri Ali": the wife is met, Ali only names her
            m.modifier = True
        elif m.kind == "PERSON" and not m.modifier and _after_counsel(toks, m.i, lex):
            # (evprec25) "KPK meminta tim kuasa hukum Budi": the lawyers are asked, Budi
            # is only their client
            m.modifier = True
        elif _species_gloss(toks, m, lex):
            m.modifier = True
    # "Iswan Ibrahim (ISW) selaku Komisaris PT IAE meminta Arso ...": the organisation of a
    # post named in apposition after a person is that person's employer, no participant.
    # "Proses lelang, lanjut Veronica, dilakukan ...": a speaker in an inserted attribution
    # (titles between allowed: ", kata Kapolres AKBP Bobby,") only reports.
    for m in ms:
        if m.kind not in ("PERSON", "ORG") or m.j < len(toks) and toks[m.j].text not in {",", "."}:
            continue
        k = m.i - 1
        while k > 0 and m.i - k <= 6 and toks[k].text[:1].isupper() \
                and toks[k].low not in lex.attributions:
            k -= 1
        if k > 0 and toks[k].low in lex.attributions and toks[k - 1].text == ",":
            m.modifier = True
    # So is the state of a post: "Al Gore, Mantan Wakil Presiden Amerika Serikat".
    for a, b in zip(ms, ms[1:], strict=False):
        if (b.kind == "ORG" or _place(b)) and a.kind in ("PERSON", "ANAPHOR_A") \
                and _post_of(toks[a.j:b.i], lex):
            b.modifier = True
        # A name after "bernama" names the head noun before both: in "pelaku pembunuhan Riky
        # Saputra (31) bernama Erwin (45)" Erwin is the offender, Riky only describes him.
        if (a.kind == "PERSON" and b.kind == "PERSON" and b.i > 0
                and toks[b.i - 1].low in lex.naming
                and all(t.text in "()" or t.text.isdigit() or t.low in lex.naming
                        for t in toks[a.j:b.i])):
            a.modifier = True
        # Members named after their body: "penolakan dari dua pejabat The Fed yakni Michelle
        # Bowman dan Christopher Waller" (the two officials dissent, not the Fed).
        if (a.kind == "ORG" and b.kind == "PERSON" and a.i > 0
                and toks[a.i - 1].low in lex.member_nouns
                and [t.low for t in toks[a.j:b.i] if t.text != ","] in (["yakni"], ["yaitu"])):
            a.modifier = True
            k = ms.index(b)  # the members take the body's place ("dari"): one coordinated group
            while k < len(ms) and ms[k].kind == "PERSON" and (ms[k] is b or all(
                    t.low in lex.connectors for t in toks[ms[k - 1].j:ms[k].i])):
                ms[k].prep, ms[k].prep_at = a.prep, a.prep_at
                k += 1
    _mark_named_agents(ms, toks, lex)
    _mark_residences(ms, toks, lex)
    _mark_operated(ms, toks, lex)
    _mark_employers(ms, toks, lex)
    _mark_teams(ms, toks, lex)
    _mark_fronted_speakers(ms, toks, lex)
    _name_appositive_agents(ms, toks, lex)


def _mark_named_agents(ms: Sequence[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """(evroles8) A person named by "berinisial"/"bernama" at the end of an agent's
    description opened by "oleh": "dilaporkan ke polisi oleh istri Bupati Kabupaten Bogor
    (Kabor), berinisial RS" (seed 88: the complainant missing). The description (a kin or
    role noun, titles, a place, a short form in brackets) takes no mention of its own that
    holds the "oleh"; no verb, relative, connector or clause break stands in it."""
    for n, b in enumerate(ms):
        if (b.kind != "PERSON" or b.prep is not None or b.i < 3
                or toks[b.i - 1].low not in lex.naming):
            continue
        floor = max(0, b.i - 12)
        for m in ms[max(0, n - 3):n]:
            if not (m.domestic or m.modifier or _place(m)):
                floor = max(floor, m.j)  # a participant's name ends the description
        k = b.i - 2
        while k >= floor and toks[k].low not in lex.agent_preps:
            t = toks[k]
            if (t.low in lex.relatives or t.low in lex.breaks or _verb_like(t, lex)
                    or t.low in lex.connectors and t.text not in {"(", ")", ","}
                    or t.text in {".", ";", ":", '"'}):
                break
            k -= 1
        if k >= floor and toks[k].low in lex.agent_preps and k < b.i - 2:
            b.prep, b.prep_at = toks[k].low, k


def _name_appositive_agents(ms: list[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """(evprec25) An unnamed agent noun set after a named person by a comma and itself
    closed by a relative or a comma describes that person: in "Budi, selaku direktur PT X,
    tersangka yang sudah ditahan, melakukan pertemuan" the suspect held and meeting is Budi,
    not an unnamed criminal. Not after a verb or a reporting word ("Menurut Rusdi, buruh
    yang ...", "Rudi menambahkan, warga ...")."""
    for n, b in enumerate(ms):
        if (b.kind != "AGENT" or b.i == 0 or toks[b.i - 1].text != ","
                or b.j >= len(toks)
                or not (toks[b.j].low in lex.relatives or toks[b.j].text == ",")):
            continue
        k = n - 1
        while k >= 0 and ms[k].modifier and ms[k].kind != "PERSON":
            k -= 1  # the person's employer in a post between ("selaku Direktur PT PGN")
        if k < 0 or ms[k].kind != "PERSON" or ms[k].modifier or (
                ms[k].i > 0 and toks[ms[k].i - 1].low in lex.report_openers):
            continue
        gap = toks[ms[k].j:b.i - 1]
        if all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text in {"(", ")", "-"}
               or t.low in lex.appositions for t in gap):
            b.values, b.kind = ms[k].values, ms[k].kind


_SPEAKER_TITLES = 4  # capitalised title words between a fronted "kata" and the name


def _mark_fronted_speakers(ms: Sequence[_Mention], toks: Sequence[_Tok],
                           lex: Lexicon) -> None:
    """(evprec25) A speaker named by an attribution opening the sentence, after at most a
    clause word ("Tapi kata Budi warga menolak ..."), only reports what follows: no party."""
    for m in ms:
        if m.kind not in ("PERSON", "ORG") or m.modifier:
            continue
        k = m.i - 1
        while k > 0 and m.i - k <= _SPEAKER_TITLES and toks[k].text[:1].isupper() \
                and toks[k].low not in lex.attributions:
            k -= 1
        if k >= 0 and toks[k].low in lex.attributions and (
                k == 0 or (k == 1 and toks[0].low in lex.breaks)):
            m.modifier = True


def _mark_employers(ms: Sequence[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """(evprec6) An organisation right after an employee noun, with no named person after
    it, only says whose workers they are: in "Ribuan karyawan Freeport ... membakar
    fasilitas" the workers burn, not the firm, and "penangkapan mantan Wartawan BBC" holds a
    reporter, not the BBC (seeds 83 and 84: the employer made actor or target)."""
    for n, m in enumerate(ms):
        if m.kind != "ORG" or m.i == 0 or toks[m.i - 1].low not in lex.employee_nouns:
            continue
        nxt = ms[n + 1] if n + 1 < len(ms) else None
        if nxt is not None and nxt.kind == "PERSON" and nxt.i - m.j <= 2:
            continue  # "wartawan BBC, John Smith": the person's own apposition decides
        m.modifier = True
        if (nxt is not None and nxt.values == m.values and nxt.i == m.j + 1
                and toks[m.j].text == "("):
            # (evprec7) its short form in brackets: "mahasiswa Universitas Udayana (Unud)"
            nxt.modifier = True


_TEAM_JOINERS = frozenset({"dan", "&", "-", "–", "/"})  # "Ani - Budi", "Ani dan Budi"


@cache
def _last_words(heads: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The last word of each of `heads`: the word right before a name that one of them
    ends (tested first, where each head's words compared cost 4 us a person)."""
    return frozenset(h[-1] for h in heads if h)


def _mark_teams(ms: Sequence[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """(evprec17) Persons right after a campaign team's head ("tim sukses", "relawan"), and
    the running mate joined to the first by a dash or "dan", only say whose team it is:
    modifiers, no participant. In "tim sukses Ani - Budi meminta warga memilih pasangan itu"
    the team asks, not the candidates (seed 96)."""
    if not lex.team_heads:
        return
    lasts = _last_words(lex.team_heads)
    marked: _Mention | None = None  # the candidate this rule marked last
    for m in ms:
        if m.kind == "PERSON" and (
                (m.i > 0 and toks[m.i - 1].low in lasts
                 and any(m.i >= len(h) and tuple(t.low for t in toks[m.i - len(h):m.i]) == h
                         for h in lex.team_heads))
                or (marked is not None and m.i - marked.j == 1
                    and toks[marked.j].low in _TEAM_JOINERS)):
            m.modifier = True
            marked = m
        else:
            marked = None


def _mark_residences(ms: Sequence[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """Places right after a noun of residence ("warga", "asal") in apposition, and the
    places listed after them with commas alone between, say where someone lives:
    modifiers, no participant ("Berangus (28), warga Desa Kijang, Kecamatan Praya Timur,
    Lombok Tengah, ditembak polisi": he is shot, not the village). Not as a subject: in
    "Forum warga Bojonegara menggelar audiensi" the town stands for its residents."""
    prev: _Mention | None = None
    for m in ms:
        if ((m.place_id is not None and not m.is_country)
                or (m.is_country and _after_person(prev, m, toks))) and (
                (m.i > 1 and toks[m.i - 1].low in lex.residence_words
                 and toks[m.i - 2].text in {",", ")"})
                or (prev is not None and prev.modifier and prev.place_id is not None
                    and all(t.text == "," for t in toks[prev.j:m.i]))
                # (evlegal19) where a body sits, set off by commas after its name: "Polsek
                # Tanjung , Langkat , menangkap ..." (the police post acts, not the regency)
                or (prev is not None and prev.kind == "ORG" and not prev.modifier
                    and [t.text for t in toks[prev.j:m.i]] == [","]
                    and m.j + 1 < len(toks) and toks[m.j].text == ","
                    # not a list going on: "Pemkab Bogor, Langkat, dan Deli Serdang"
                    and toks[m.j + 1].low not in lex.connectors)):
            m.modifier = True
        # (evlegal19) the body a candidate seeks a seat in: "bertemu dengan calon anggota
        # DPRD" (the candidates met, not the council)
        if (m.kind == "ORG" and m.i > 1 and toks[m.i - 1].low == "anggota"
                and toks[m.i - 2].low in _CANDIDATE):
            m.modifier = True
        prev = m


def _after_person(prev: _Mention | None, m: _Mention, toks: Sequence[_Tok]) -> bool:
    """(evroles24) Is `m` in an apposition right after a person, an age in brackets
    allowed between: "Tersangka Chukwudi (43), warga Nigeria dibekuk" (the man is seized,
    his country only says where he is from)?"""
    if prev is None or prev.kind != "PERSON":
        return False
    gap = [t.text for t in toks[prev.j:m.i - 1]]
    return gap == [","] or (len(gap) == 4 and _aged(toks, prev.j) and gap[3] == ",")


_CANDIDATE = frozenset({"calon", "bakal"})  # "calon anggota DPR": one running for a seat


def _mark_operated(ms: Sequence[_Mention], toks: Sequence[_Tok], lex: Lexicon) -> None:
    """(evprec5) A name right after a noun of a driver or rider, vehicle words between
    allowed, names the vehicle or the firm driven for: a modifier, no participant ("Polisi
    mengamankan sopir Pajero": the driver is held, not the car; "pengemudi mobil Mitsubishi
    Pajero")."""
    for m in ms:
        k = m.i - 1
        while k >= 0 and toks[k].low in lex.vehicle_words:
            k -= 1
        if k >= 0 and toks[k].low in lex.operator_nouns:
            m.modifier = True


def _any_one(ctx: _Ctx, j: int) -> bool:
    """(evprec29) Does the object right after a trigger open on a word of any one of a kind
    ("kerap memprotes suatu negara yang ..."; seed 118: a habit of China's read as one
    protest, judged wrong)? Such a habitual charge is aimed at no one in particular."""
    return j < len(ctx.toks) and ctx.toks[j].low in ctx.lex.any_one_words


def _habitual(ctx: _Ctx, i: int) -> bool:
    """(evprec5) Does an adverb of habit stand right before a verb trigger, skip words
    between allowed ("para pelaku memang kerap menggelar unjuk rasa", "mereka sering
    melakukan unjuk rasa")? It tells a habit, no act held at a time."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k >= 0 and toks[k].low in lex.skip and toks[k].low not in lex.habitual:
        k -= 1
    return k >= 0 and toks[k].low in lex.habitual


_RANKED_REACH = 3  # words from the superlative to the verb: "paling (banyak) produktif"


def _ranked(ctx: _Ctx, i: int) -> bool:
    """(evprec28) Does a superlative stand a few words before the verb at `i` in a relative
    clause ("negara yang paling produktif melaksanakan eksekusi mati")? It ranks who does the
    act most, a characterisation: no act held at a time."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, max(i - 1 - _RANKED_REACH, 0) - 1, -1):
        if toks[k].low in lex.superlatives:
            return k > 0 and toks[k - 1].low in lex.relatives
        if not toks[k].text.isalpha() or _verb_like(toks[k], lex):
            return False
    return False


def _in_period(toks: Sequence[_Tok], m: _Mention, lex: Lexicon) -> bool:
    """Does a person name the period of a time phrase ("di masa pemerintahan Presiden RI
    ke-7 Joko Widodo, Luhut telah berkoordinasi ...")? Only the ruler's titles (capitalised
    words, ordinals) and `period_gap` words ("pemerintahan") may stand between."""
    if m.kind != "PERSON":
        return False
    k = m.i - 1
    while k >= 0 and m.i - k <= 8:
        t = toks[k]
        if t.low in lex.period_heads:
            return True
        if not (t.text[:1].isupper() or t.low.startswith("ke-") or t.low in lex.period_gap):
            return False
        k -= 1
    return False


def _post_of(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """Do the words between a person and an organisation name the person's post there
    (", mahasiswa Magister", "(ISW) selaku Komisaris", "merupakan Direktur Utama")?"""
    k = 0
    if k < len(gap) and gap[k].text == ")":  # the person's initials were the mention
        k += 1
    elif k < len(gap) and gap[k].text == "(":  # "Danny Praditya (DP) selaku ..."
        close = next((n for n in range(k, min(len(gap), k + 4)) if gap[n].text == ")"), None)
        if close is None:
            return False
        k = close + 1
    opened = False
    if k < len(gap) and gap[k].text == ",":
        k, opened = k + 1, True
    if k < len(gap) and gap[k].low in lex.appositions:
        k, opened = k + 1, True
    rest = gap[k:]
    if not opened or not rest or len(rest) > 12:
        return False
    heads = role_words().heads

    def post(t: _Tok) -> bool:
        return t.low in heads or t.low in lex.member_nouns or t.low in lex.description_heads

    # "selaku Kepala Subdivisi Pelayanan Publik Divisi Perencanaan Operasional dan Pelayanan
    # Publik Perum Bulog": capitalised words, joined by "dan" between two of them
    return post(rest[0]) and all(
        t.text.isalpha() and (t.text[:1].isupper() or post(t) or (
            t.low in lex.list_connectors and 0 < n < len(rest) - 1
            and rest[n - 1].text[:1].isupper() and rest[n + 1].text[:1].isupper()))
        for n, t in enumerate(rest))


def _one_person(values: Sequence[str]) -> bool:
    """Do the values name one person only (no group, body or state)?"""
    return len(values) == 1 and values[0].startswith(_PERSON_ID)


def _fronted_phrase_end(toks: list[_Tok], a: _Mention) -> bool:
    """(evroles14) Does the place `a` end a prepositional phrase opening the sentence, lower case
    after its first word ("Dalam kunjungannya ke Jepang, Budi ...")? The comma then closes
    the phrase, and `a` is where the phrase points, no post's state of the name after it
    (as "Menteri Luar Negeri Jepang, Taro Kono" is)."""
    if a.place_id is None or a.prep is None or a.prep_at != a.i - 1 or a.i < 3 \
            or not toks[0].text.isalpha():
        return False
    return all(t.text[:1].islower() for t in toks[1:a.i])


_FRONT_OPENING = 3  # words: a subordinator opening the sentence after a discourse word


def _fronted_clause_end(toks: Sequence[_Tok], a: _Mention, b: _Mention, lex: Lexicon) -> bool:
    """(evroles15) Does `a` end a subordinate clause with a verb opening the sentence, so
    that the comma between `a` and `b` closes it ("Meski sudah mengantongi dukungan dari PKB
    dan PDIP, Gus Ipul akan ...", "Setelah bertemu Partai Hijau, Budi langsung pulang")?
    The name after it is the main clause's subject, and `a` no post's body of that name
    ("Ketua PDIP, Gus Ipul"). Only where `a` ends a list ("dan PDIP") or a verb follows `b`:
    in "Usai menangkap A, B, dan C, polisi ..." the commas go on with the list."""
    if b.i - a.j != 1 or toks[a.j].text != ",":
        return False
    p = next((k for k in range(min(a.i, _FRONT_OPENING)) if toks[k].text.isalpha()
              and toks[k].low in lex.breaks), None)
    if p is None:
        return False
    # the clause's verb before any comma: "Setelah itu, penyidik mengamankan A, B, C dan D"
    # opens with a connective, and the list after its verb is no fronted clause's
    verb = next((k for k in range(p + 1, a.i) if _verb_like(toks[k], lex)
                 or toks[k].text == ","), None)
    if verb is None or toks[verb].text == ",":
        return False
    before = toks[a.i - 1]
    return (before.low.isalpha() and before.low in lex.list_connectors) \
        or _opens_clause(toks, b, lex)


def _place(m: _Mention) -> bool:
    return m.kind in _PLACE_KINDS or m.kind == "COUNTRY"


def _between_pair(prev: _Mention, lex: Lexicon) -> bool:
    """(ev33b) Does "antara" mark `prev`, so the next member of its list is the other side
    whatever its kind: "Perundingan damai antara pemerintah Filipina dan pemberontak komunis"
    (seed 139 lost the talks: the state, a place by kind, and the rebels, an agent, were not
    taken for one pair)? "antara" always names both sides of one relation."""
    return prev.prep in lex.between_preps


def _anaphors(toks: list[_Tok], ms: list[_Mention], prev: Event | None,
              lex: Lexicon) -> list[_Mention]:
    if prev is None:
        return ms
    used = {k for m in ms for k in range(m.i, m.j)}
    extra: list[_Mention] = []
    if prev.actors and prev.targets:
        # "Keduanya sepakat ..." opening the sentence, or its main clause after a fronted
        # phrase ("Sebagai langkah konkret, kedua pihak sepakat ..."), after "X
        # menandatangani nota kesepahaman dengan Y": both of them act
        for ph in set(lex.anaphor_actors) & set(lex.anaphor_targets):
            for k in _find(toks, ph, 0, len(toks)):
                span = range(k, k + len(ph))
                if (k == 0 or toks[k - 1].text == ",") and used.isdisjoint(span):
                    extra.append(_Mention(k, k + len(ph), (*prev.actors, *prev.targets),
                                          "ANAPHOR_A"))
                    used.update(span)
    for phrases, values, kind in ((lex.anaphor_targets, prev.targets, "ANAPHOR_T"),
                                  (lex.anaphor_actors, prev.actors, "ANAPHOR_A")):
        if not values or _one_person(values):
            continue  # "mereka", "keduanya" are many: never the one person who acted before
        for ph in sorted(phrases, key=len, reverse=True):
            for k in _find(toks, ph, 0, len(toks)):
                span = range(k, k + len(ph))
                if used.isdisjoint(span):
                    extra.append(_Mention(k, k + len(ph), tuple(values), kind))
                    used.update(span)
    if not extra:
        return ms
    out = sorted([*ms, *extra], key=lambda m: m.i)
    _mark(out, toks, lex)
    return out


# ----------------------------------------------------------------------------- roles


@dataclass(slots=True)
class _Found:
    trig: Trigger
    i: int
    j: int
    clause: int  # token index of the clause start
    event: Event
    left_from: int | None = None  # first token of the actor/target group on the left


@dataclass(slots=True)
class _Ctx:
    toks: list[_Tok]
    ms: list[_Mention]
    lex: Lexicon
    breaks: list[int] = field(default_factory=list)
    hidden: frozenset[int] = frozenset()  # id() of mentions that take no role here
    direct: bool = False  # the trigger stands in a direct quotation with a known speaker
    # who made the last arrest or charge named in the sentences before: the unnamed agent of
    # a later passive one ("Tentara menangkap editor ... Guled ditangkap": the soldiers)
    enforcer: tuple[str, ...] = ()
    # (ev30) the enforcer is only assumed (an article naming the police and no other body),
    # no arrest or charge told: it fills no plan ("Yodi akan diperiksa")
    assumed: bool = False
    side: frozenset[str] = frozenset()  # in a direct quotation: the speaker and their body
    # in a direct quotation: the token where its content starts (-2: in a sentence before)
    lead: int = -1
    # the article names the default enforcer (the police): else none is assumed
    default_named: bool = True
    refs: Refs | None = None  # who a reference stands for (a verb's -nya object)
    # every token's `low` and `bare` form, when the caller made them: a phrase whose first
    # word is none of them is found nowhere in the sentence (speed12)
    words: frozenset[str] | None = None

    def clause_start(self, i: int) -> int:
        k = bisect.bisect_left(self.breaks, i) - 1
        return self.breaks[k] + 1 if k >= 0 else 0

    def clause_end(self, j: int) -> int:
        k = bisect.bisect_left(self.breaks, j)
        return self.breaks[k] if k < len(self.breaks) else len(self.toks)


def _quoted(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    depth = 0
    straight = 0
    # A sentence that opens inside a quotation begun in the sentence before: its first straight
    # mark closes it, and what follows is outside ('... bahan kajian kita," kata Arse setelah
    # menerima audiensi ...'); what comes before it is left as it was read (not quoted).
    closing = _closes_first(toks, lex)
    for k, t in enumerate(toks[:i]):
        if t.text in _OPEN_QUOTES and t.text != "‘":
            depth += 1
        elif t.text in _CLOSE_QUOTES and t.text != "’":
            depth = max(0, depth - 1)
        elif t.text == '"' and k != closing:
            straight += 1
    return depth > 0 or straight % 2 == 1


_STRAIGHT_QUOTES = frozenset({"'", '"'})


def _scare_quoted(toks: Sequence[_Tok], i: int, j: int) -> bool:
    """(evprec18) Is the verb trigger [i, j) alone between quotation marks: a word used as a
    figure ("keputusan itu 'mengancam' anak perusahaan", seed 98: read as a threat), no act
    told? A closing mark may be glued to the word ("‘ mengancam’")."""
    if i == 0 or toks[i - 1].text not in _OPEN_QUOTES | _STRAIGHT_QUOTES:
        return False
    last = toks[j - 1].text
    if last[-1:] in _CLOSE_QUOTES | _STRAIGHT_QUOTES:
        return True
    return j < len(toks) and toks[j].text in _CLOSE_QUOTES | _STRAIGHT_QUOTES


def _closes_first(toks: list[_Tok], lex: Lexicon) -> int | None:
    """The sentence's first straight quotation mark when it closes a quotation: after a comma
    or a full stop and before a reporting word ('kita," kata Arse')."""
    q = next((k for k, t in enumerate(toks) if t.text == '"'), None)
    if (q is not None and 0 < q < len(toks) - 1 and toks[q - 1].text in {",", ".", "?", "!"}
            and toks[q + 1].low in lex.attributions):
        return q
    return None


_Shield = tuple[int, int, frozenset[int]]
# A direct quotation with a known speaker: content start and end (characters), ids of the
# mentions outside it, and the speaker's side (the speaker and the body their role ties them to).
_Direct = tuple[int, int, frozenset[int], frozenset[str]]


def _speaker_shields(toks: list[_Tok], ms: list[_Mention], quotes: Sequence[Quote],
                     lex: Lexicon, sides: Mapping[str, str] | None = None,
                     bodies: Mapping[str, str] | None = None,
                     ) -> tuple[list[_Mention], list[_Shield], list[_Direct]]:
    """Mentions with the speaker words of the sentence's quotes added; per quote (first
    content token, content end, ids of the mentions outside its content); and the direct
    quotations with a known speaker, whose first-person words ("kami") are the speaker."""
    if not quotes or not toks:
        return ms, [], []
    lo, hi = toks[0].start, toks[-1].end
    shields: list[tuple[Quote, int]] = []
    extra: list[_Mention] = []
    used = {k for m in ms for k in range(m.i, m.j)}
    starts = [t.start for t in toks]
    direct: list[Quote] = []
    nested = _nested_quoted(toks)
    for q in quotes:
        c = q.content
        if q.field is not None or c.end <= lo or c.start >= hi:
            continue
        first = bisect.bisect_left(starts, c.start)
        shields.append((q, first))
        if q.speaker is None:
            if q.kind == "direct" and q.speaker_kind is not None:
                # a source left unnamed ('"Dia menyalahkan Kris," ujar seorang sumber'): its
                # quotation states the acts of those it names; its "kami" stays no one's
                direct.append(q)
            continue  # its "kami" stays unresolved: no actor
        words = lex.speaker_words if q.kind == "indirect" else lex.quote_speaker_words
        if q.kind != "indirect":
            direct.append(q)
        # "dirinya" is a person: not an organisation taken for the speaker ("Lewat Twitter,
        # Hamilton mengatakan dirinya ..." with Twitter as the speaker)
        person = all(m.kind == "PERSON" for m in ms if q.speaker in m.values)
        for k, t in enumerate(toks):
            if (k not in used and c.start <= t.start and t.end <= c.end
                    and t.low in words and k not in nested
                    and (person or t.low not in lex.person_words)
                    and (t.low not in lex.quote_team_words or _bare_subject(toks, k, lex))):
                who = _spoken_for(q.speaker, t.low, lex, bodies)
                if not who:
                    continue  # "partainya" of a speaker whose role names no party
                extra.append(_Mention(k, k + 1, (who,), "ANAPHOR_A"))
                used.add(k)
    if extra:
        ms = sorted([*ms, *extra], key=lambda m: m.i)
        _mark(ms, toks, lex)

    def outside(c: Span) -> frozenset[int]:
        return frozenset(id(m) for m in ms
                         if not (toks[m.i].start < c.end and c.start < toks[m.j - 1].end))

    out = []
    for q, first in shields:
        hidden = outside(q.content)
        if hidden:
            out.append((first, q.content.end, hidden))
    def side(q: Quote) -> frozenset[str]:
        org = (sides or {}).get(q.speaker or "")
        return frozenset(x for x in (q.speaker, org) if x)

    return ms, out, [(q.content.start, q.content.end, outside(q.content), side(q))
                     for q in direct]


_SINGLE_QUOTES = frozenset({"'", "‘", "’"})


def _nested_quoted(toks: Sequence[_Tok]) -> frozenset[int]:
    """(evactor11) Tokens inside single quotation marks, each mark paired with the next:
    within a speaker's quotation, another's words quoted ('karena dia bilang \'kami ... kita
    minta urusannya sama pejabat\''), whose "kami" and "kita" are not the speaker's."""
    marks = [k for k, t in enumerate(toks) if t.text in _SINGLE_QUOTES]
    pairs = zip(marks[::2], marks[1::2], strict=False)  # an odd last mark opens nothing
    return frozenset(k for a, b in pairs for k in range(a + 1, b))


def _spoken_for(speaker: str, low: str, lex: Lexicon,
                bodies: Mapping[str, str] | None) -> str:
    """Who a speaker word of a quote stands for: the body the speaker's title names for
    "pihaknya" ("Kepala Biro ... Kementerian Keuangan, Nufransa, mengatakan pihaknya
    menyesalkan": the ministry), else the speaker."""
    if low in lex.party_words:  # (evrec9) the party the speaker's role names, or no one
        return (bodies or {}).get(speaker + _PARTY_KEY) or ""
    if low in lex.body_words:
        return (bodies or {}).get(speaker) or speaker
    return speaker


_PARTY_KEY = "/party"  # (evrec9) `bodies` key suffix: the party a person's role names


def _bare_subject(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """Does the word at `k` stand alone as a subject, a skip word or a verb right after it
    ("tim menangkap Fachri", "Tim juga menyita"), not a team named further ("tim dari BPK",
    "tim evakuasi")?"""
    return k + 1 < len(toks) and (toks[k + 1].low in lex.skip or _verb_like(toks[k + 1], lex))


def _in_direct(ctx: _Ctx, direct: Sequence[_Direct], i: int, j: int) -> _Ctx | None:
    """The context of a trigger inside quotation marks: None unless it stands in a direct
    quotation with a known speaker, whose words then alone fill the roles (the speaker and
    the reporting clause outside take none: "Kami menahan tiga orang," kata Kapolres X)."""
    s, e = ctx.toks[i].start, ctx.toks[j - 1].end
    for c_start, c_end, ids, side in direct:
        if c_start <= s and e <= c_end:
            return replace(ctx, hidden=ctx.hidden | ids, direct=True, side=side,
                           lead=_lead(ctx, c_start))
    return None


def _lead(ctx: _Ctx, c_start: int) -> int:
    """The token where a quotation's content starts; -2 when it starts in a sentence before
    (this one goes on inside it)."""
    if c_start < ctx.toks[0].start:
        return -2
    return bisect.bisect_left([t.start for t in ctx.toks], c_start)


def _in_content(ctx: _Ctx, direct: Sequence[_Direct], i: int, j: int) -> _Ctx:
    """The context of a trigger in a direct quotation whose opening mark is outside the
    sentence's tokens: where its content starts and the speaker's side (for `_read_out`)."""
    s, e = ctx.toks[i].start, ctx.toks[j - 1].end
    for c_start, c_end, _, side in direct:
        if c_start <= s and e <= c_end:
            return replace(ctx, side=side, lead=_lead(ctx, c_start))
    return ctx


def _read_out(ctx: _Ctx, i: int, code: str) -> bool:
    """Does a direct quotation open with the trigger, or with an item opener and a comma
    before it ('"Kedua, menjatuhkan pidana kepada terdakwa ...," kata Ketua Majelis Hakim
    X', '"Pertama, menyita uang ...," kata Wadir Penindakan'), or with aspect words before
    a verb whose `code` is an enforcement ('"Telah menetapkan ...," kata jubir KPK')? Such
    a verb has no subject of its own: the speaker reads out their side's ruling or act."""
    if not ctx.side or ctx.lead == -1 or i < ctx.lead:
        return False
    gap = [t.low for t in ctx.toks[max(ctx.lead, 0):i] if t.text not in _QUOTE_OPENERS]
    item = len(gap) == 2 and gap[0] in ctx.lex.quote_item_openers and gap[1] == ","
    # a sentence going on inside a quotation opened before: only a next item of what is
    # read out ('Kedua, ...'); a bare verb there mostly continues another's subject
    # ('"Kami ketemu beberapa negara. Memprotes kerusakan lingkungan ..."': they protest)
    # (evrec26) a quotation opened in this sentence may put its aspect words before a verb
    # of enforcement: '"Telah menetapkan 1 (satu) orang sebagai tersangka," kata jubir KPK X'
    # (seed 110 missed it); not before a noun ('"Masih investigasi, apa penyebab ..."'), nor
    # another act ('"Sudah meminta maaf ya sudah"' is someone else's apology)
    opened = ctx.lead >= 0 and all(w in ctx.lex.skip for w in gap) and (
        not gap or (_verb_like(ctx.toks[i], ctx.lex) and code in ctx.lex.enforced_codes))
    return item or opened


def _speaker_hope(ctx: _Ctx, i: int) -> bool:
    """Does a sentence of a direct quotation open with a hope word that has no subject of
    its own ('"... Harapannya, pemerintah pusat bisa memasukkan proyek ini ...," kata
    Arlan')? The hope is the speaker's, also where the quotation opened a sentence before
    (where a bare verb mostly goes on with another's subject, `_read_out`)."""
    if not ctx.side or ctx.toks[i].low not in ctx.lex.speaker_hopes:
        return False
    return all(t.text in _QUOTE_OPENERS for t in ctx.toks[:i])


def _reading_body(side: frozenset[str]) -> list[str]:
    """(evactor11) Who does an act read out in a quotation ('"Pertama, menyita uang ...,"
    kata Wadir Penindakan Kortas Tipikor Polri X'): the body the speaker's role names, not
    the officer who reports it; the speaker where no body is named."""
    bodies = sorted(x for x in side if not x.startswith(_PERSON_ID))
    return bodies or sorted(side)


def _hoping(side: frozenset[str]) -> list[str]:
    """Who hopes in a quoted speaker's subjectless hope: the speaker as a person, not the
    body they belong to ('"Diharapkan pemerintah segera mengevaluasi ...," tandasnya' is
    the legislator's, not his commission's); the whole side where no person is named."""
    people = sorted(x for x in side if x.startswith(_PERSON_ID))
    return people or sorted(side)


def _quote_unrealised(ctx: _Ctx, i: int, lo: int) -> bool:
    """Is the trigger a plan, a duty or a wish ("Kami akan menindak", "Pemerintah harus
    memberikan bantuan", "kita bisa duduk dan berdialog"; asked inside a direct quotation,
    and of a passive with no agent anywhere),
    skip words, one coordinated word and the speaker's pronoun of a base-form verb ("akan
    kita minta pertanggungjawaban") between allowed?"""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k >= max(lo, i - 6):
        low = toks[k].low
        if low in lex.quote_unrealised and not _avowal(ctx, k, i):
            return True
        if low in lex.list_connectors and low.isalpha():
            k -= 2  # "bisa duduk dan berdialog": the verb before "dan" shares its modal
            continue
        if low not in lex.skip and low not in lex.quote_speaker_words:
            return False
        k -= 1
    return False


def _avowal(ctx: _Ctx, k: int, i: int) -> bool:
    """(ev30) Is the supposition word at `k` ("tentu") followed by the speaker's own pronoun
    before the trigger at `i` ("Tentu kita mempertanyakan urgensinya", "Tentu kami mendukung
    penuh arahan itu")? The speaker avows their side's stance, said as they speak; a
    third party after it ("tentu Polrestabes berkoordinasi") stays a supposition."""
    toks, lex = ctx.toks, ctx.lex
    return toks[k].low in lex.quote_avowals and any(
        t.low in lex.quote_speaker_words and t.low not in lex.quote_team_words
        for t in toks[k + 1:i])


def _standing_duty(ctx: _Ctx, j: int) -> bool:
    """Does what a passive asks open with an ability or a readiness ("seorang polisi dituntut
    bisa melakukan apa saja", "dia dituntut untuk siap menghadapi ..."): a duty that goes with
    a post, no request anyone made?"""
    toks, lex = ctx.toks, ctx.lex
    k = j + 1 if j < len(toks) and toks[j].low in lex.content_openers else j
    if k < len(toks) and toks[j - 1].low in lex.duty_passives and _verb_like(toks[k], lex):
        return True  # (evroles9) "AS Roma dituntut membalas dendam": expected of it, no demand
    return k < len(toks) and toks[k].low in lex.quote_unrealised


def _performed(ctx: _Ctx, trig: Trigger, i: int) -> bool:
    """Is a trigger done by saying it, after a wish word ("Kami ingin mengucapkan terima
    kasih kepada Presiden": the thanks are given)?"""
    return (i > 0 and trig.phrase in ctx.lex.performatives
            and ctx.toks[i - 1].low in ctx.lex.performative_wishes)


def _quote_stated(ctx: _Ctx, left: Sequence[_Mention], i: int, lo: int) -> bool:
    """Does a direct quotation state the event as done: its subject is the speaker's side
    ("Kami baru bertemu ..."), or a word before the trigger says it took place ("China sudah
    bersedia")? A third party's act in the present tense is mostly a description ("Peran
    kejaksaan adalah mendukung kebijakan pemerintah"), not a report."""
    toks, lex = ctx.toks, ctx.lex
    if any(m.kind == "ANAPHOR_A" and toks[m.i].low in lex.quote_speaker_words for m in left):
        return True
    if ctx.side and any(m.values and set(m.values) <= ctx.side for m in left):
        return True  # the speaker's own body: '"KPK ... mendorong kepala daerah untuk
        # menerbitkan Surat Edaran," kata Jubir KPK Budi Prasetyo'
    if any(m.kind == "AGENT" and set(m.values) <= lex.enforcer_agents for m in left):
        return True  # an official on the acts of unnamed investigators ("penyidik melakukan
        # tindakan penahanan terhadap kedua tersangka"): the speaker's side reports them
    return any(t.low in lex.quote_realis for t in toks[max(lo, i - 4):i])


def _shielded(ctx: _Ctx, shields: Sequence[_Shield], i: int, j: int) -> _Ctx:
    """The context of a trigger inside reported content: mentions outside the content
    take no role, unless the content has no subject of its own before the trigger (only
    skip words, or the light verb of a nominal trigger: "KPK juga menyampaikan telah
    melakukan penggeledahan" searched)."""
    lex = ctx.lex
    end = ctx.toks[j - 1].end
    hidden: set[int] = set()
    for first, c_end, ids in shields:
        if first > i or end > c_end:
            continue  # the shield does not cover the trigger
        a = max(first, ctx.clause_start(i))
        # (evrec13) a time adjunct opening the content is no subject of its own either:
        # "Kominfo mengaku, hingga saat ini telah memblokir ..."
        if any(t.low not in lex.skip and t.low not in lex.support_active
               and not _time_word(ctx.toks, k, lex) and not _frequency(ctx.toks, k, lex)
               for k, t in enumerate(ctx.toks[a:i], start=a)):
            hidden |= ids
    if not hidden:
        return ctx
    return replace(ctx, hidden=frozenset(hidden))


def _frequency(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """(ev31c) Is the token at `k` part of a count of times ("beberapa kali", "dua kali",
    "berkali-kali")? An adverb of the act, no subject of the content it opens."""
    low = toks[k].low
    return low in lex.frequency_words or (
        low in lex.numerals and k + 1 < len(toks) and toks[k + 1].low in lex.frequency_words)


def _gap_ok(toks: Sequence[_Tok], lex: Lexicon) -> bool:
    return all(t.low in lex.connectors or t.low in lex.led_by or t.text[:1].isupper()
               or t.low in lex.list_separators for t in toks)


def _list_separator(toks: Sequence[_Tok], ms: Sequence[_Mention], k: int, lex: Lexicon) -> bool:
    """Is the ";" at `k` a separator of list items, no clause break: a named participant
    ends right before it and another begins after a title of capitalised words, commas and
    list connectors ("...; Menteri PU, Dody; serta Menag, Umar")?"""
    if toks[k].low not in lex.list_separators or not any(m.j == k and _named(m) for m in ms):
        return False
    nxt = min((m.i for m in ms if m.i > k and _named(m)), default=None)
    return nxt is not None and nxt - k - 1 <= _LIST_GAP and all(
        t.text[:1].isupper() or t.text == "," or t.low in lex.list_connectors
        for t in toks[k + 1:nxt])


_LIST_GAP = 5  # words: a joiner and a short description of the next member


def _named(m: _Mention) -> bool:
    """A participant named in the text, not an agent noun ("polisi") or an anaphor."""
    return m.kind != "AGENT" and not m.kind.startswith("ANAPHOR")


def _list_gap(a: _Mention, b: _Mention, toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Do two named participants belong to one list though lower-case words stand between
    them: a joining word ("dan", "bersama"), then a short description of the second
    ("Israel dan para pendukungnya, termasuk AS", "Nikita Mirzani dan asistennya, Mail
    Syahputra", "Satgas Polda Bali dan juga Kepolisian China")? No verb, clause break,
    preposition or attribution between; an unnamed one ("tersangka") after a name is its
    apposition, no second member; a comma alone joins nothing."""
    gap = toks[a.j:b.i]
    # a comma before the joining word ("A dan B, serta adik B, C") joins as the word does
    # (ev30) and so does ", bahkan" before the last member ("A, B, bahkan C memutus ...")
    after_comma = lex.comma_joiners | lex.list_climax_joiners
    head = (gap[1] if len(gap) > 1 and gap[0].text == "," and gap[1].low in after_comma
            else gap[0] if gap else None)
    if (head is None or len(gap) > _LIST_GAP or not (_named(a) and _named(b))
            or not (head.low in lex.connectors or _climax_joiner(a, gap, toks, lex))
            or not head.low.isalpha()):
        return False
    return all(t.low in lex.connectors or (t.text.isalnum() and t.low not in lex.list_stops
                                           and not _verb_like(t, lex)) for t in gap)


def _climax_joiner(a: _Mention, gap: Sequence[_Tok], toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """(ev30) Does the gap after `a` open with a comma and "bahkan" (even), which joins the
    last member of a list of commas ("Bahrain, Uni Emirat Arab, bahkan Mesir")? Only with a
    comma before `a` too: after a single name ("dengan Suriah, bahkan Oman menolak ...") it
    opens a clause of its own."""
    return (len(gap) > 1 and gap[0].text == "," and gap[1].low in lex.list_climax_joiners
            and a.i > 0 and toks[a.i - 1].text == ",")


def _joined(a: _Mention, b: _Mention, toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """Do `a` and `b` (in text order) stand in one group: names, connectors and leaders
    between (`_gap_ok`), or a list's joining word and a short description (`_list_gap`),
    or two persons paired by a spaced dash (`_dashed_pair`), or names each after the same
    preposition (`_repeated_prep`)? Not across the comma closing a fronted clause
    (`_fronted_clause_end`)."""
    if _fronted_clause_end(toks, a, b, lex):
        return False
    return (_gap_ok(toks[a.j:b.i], lex) or _list_gap(a, b, toks, lex)
            or _aged_gap_ok(toks[a.j:b.i], lex) or _dashed_pair(a, b, toks)
            or _aged_list(a, b, toks) or _repeated_prep(a, b, toks, lex)
            or _origin_list(a, b, toks, lex))


_ORIGIN_LIST_REACH = 3  # capitalised words of a member's origin ("dari Korea Selatan")


def _origin_list(a: _Mention, b: _Mention, toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """(ev32b) Are two persons members of one list, the first with its origin told after it:
    "seperti Ani Rahma dari Norwegia dan Budi Santoso dari Chile , juga memberikan dukungan"
    (seed 135 lost the first member of such a list)? The gap is a source preposition, a short
    capitalised name and a list connector; a lower-case word in it ("menerima dari") breaks."""
    gap = toks[a.j:b.i]
    if not (a.kind == "PERSON" == b.kind and 3 <= len(gap) <= _ORIGIN_LIST_REACH + 2):
        return False
    name = gap[1:-1]
    return (gap[0].low in lex.source_preps and gap[-1].low in lex.list_connectors
            and all(t.text.isalpha() and t.text[:1].isupper() for t in name))


def _repeated_prep(a: _Mention, b: _Mention, toks: Sequence[_Tok], lex: Lexicon) -> bool:
    """(evroles15) Is `b` the next member of a list whose preposition is said again before
    each name: "bekerja sama dengan BPKP, dengan PPATK, dan dengan Kejaksaan Agung",
    "kepada A dan kepada B"? Only list connectors and skip words before the repeated one."""
    return (a.prep is not None and b.prep == a.prep and b.prep_at == b.i - 1
            and a.j < b.prep_at
            and all(t.low in lex.list_connectors or t.low in lex.skip
                    for t in toks[a.j:b.prep_at]))


_PAIR_DASHES = frozenset({"-", "–"})  # a hyphen or an en dash standing alone between names


def _dashed_pair(a: _Mention, b: _Mention, toks: Sequence[_Tok]) -> bool:
    """(evroles15) Are two persons written as a pair with a spaced dash between them, a
    ticket or a duo: "mendukung Prabowo Subianto - Hatta Rajasa", "pasangan Ani - Budi"?
    The entities stage cuts such a pair into two persons; both are the one party."""
    return (a.kind == "PERSON" == b.kind and b.i - a.j == 1
            and toks[a.j].text in _PAIR_DASHES)


_SPECIES_REACH = 3  # lower-case words between an animal counter and the bracket


def _species_gloss(toks: Sequence[_Tok], m: _Mention, lex: Lexicon) -> bool:
    """(ev29b) Is the mention a species' Latin name in brackets after an animal counted
    ("satu ekor siamang (Symphalangus syndactylus)"): a glossed animal, no participant
    (seed 124 printed the gibbon's genus as the one whose goods were seized)?"""
    if m.i < 3 or toks[m.i - 1].text != "(":
        return False
    k = m.i - 2
    while k >= 0 and m.i - 2 - k < _SPECIES_REACH and _lower_word(toks[k]):
        if toks[k].low in lex.animal_counters:
            return True
        k -= 1
    return False


def _area_gap(gap: Sequence[_Tok], prev: _Mention, lex: Lexicon) -> bool:
    """(ev29b) Is the gap a joining word and a noun of an area, after a place in a place
    phrase: "di sekitar Jalan Gedong Panjang dan kawasan Luar Batang" (both places, no
    target; seed 124 printed Luar Batang as the one restrained)?"""
    return (prev.prep in lex.place_preps and len(gap) == 2 and gap[0].low in lex.connectors
            and gap[1].low in lex.area_nouns)


def _aged_gap_ok(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """(evprec4) Is the gap an age in brackets, then a plain joining gap: "memburu Tri Martin
    (29) dan Sandra (26)" names both hunted? A joining word is needed: after a comma alone
    comes an apposition ("Sandra (26), DPO pembunuhan lansia")."""
    if not (len(gap) > 3 and gap[0].text == "("):
        return False
    # (evroles24) or a short gloss in brackets, a country or a place: "antara ICE
    # (Indonesia) dan Gwadar Chamber (Pakistan)" names both parties of the MoU
    close = next((k for k in range(2, min(len(gap), 5)) if gap[k].text == ")"), None)
    if close is None or not (close == 2 and gap[1].text.isdigit()
                             or all(t.text[:1].isupper() and t.text.isalpha()
                                    for t in gap[1:close])):
        return False
    return (_gap_ok(gap[close + 1:], lex)
            and any(t.low.isalpha() and t.low in lex.connectors for t in gap[close + 1:]))


def _aged(toks: Sequence[_Tok], k: int) -> bool:
    """Does an age in brackets open at token `k`: "( 17 )"?"""
    return (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.isdigit()
            and toks[k + 2].text == ")")


def _aged_list(a: _Mention, b: _Mention, toks: Sequence[_Tok]) -> bool:
    """(evroles24) Are two persons members of a list of aged persons with a comma alone
    between: "TA (17), DAF (16) dan HAH (21) menyerang ..."? Each name has its age, so the
    second is the next member, no apposition ("Sandra (26), DPO ..." has none after it)."""
    return (a.kind == "PERSON" == b.kind and b.i - a.j == 4 and _aged(toks, a.j)
            and toks[a.j + 3].text == "," and _aged(toks, b.j))


def _left_group(ctx: _Ctx, lo: int, hi: int) -> list[_Mention]:
    """The coordinated group nearest before token `hi` (subject position)."""
    lex = ctx.lex
    bad = (lex.place_preps | lex.goal_preps | lex.with_preps | lex.target_preps
           | lex.besides_preps)
    cands = [m for m in ctx.ms if m.i >= lo and m.j <= hi and not m.modifier
             and not m.domestic
             and m.prep not in bad and m.kind != "ANAPHOR_T" and id(m) not in ctx.hidden
             # "menurut Cecep, selain didemo pelaku wisata": the source, no subject
             and not (m.i > 0 and ctx.toks[m.i - 1].low in lex.report_openers)
             and not _claim_source(ctx, m, hi)
             # "dari India" is a source, not a subject; "beberapa dari mereka" is one, and
             # so is "para wakil dari Korea Selatan"
             and not (m.prep in lex.source_preps and m.kind != "ANAPHOR_A"
                      and not _represented(ctx, m))]
    if not cands:
        return []
    group = [cands[-1]]
    for m in reversed(cands[:-1]):
        if _joined(m, group[0], ctx.toks, lex):
            group.insert(0, m)
        else:
            break
    return _past_fronted_object(ctx, group)


def _claim_source(ctx: _Ctx, m: _Mention, hi: int) -> bool:
    """(evprec18) Is `m` the source of a claim standing between a passive verb of claim and
    the verb at `hi`: "kelompok itu disebut pemerintah menyerang pos polisi" (seed 98: the
    government printed as the attacker), "ia dituding warga mencuri"? The one the claim is
    about, before the passive, is the subject; skip words may stand before the verb. The
    source may follow an agent word (evprec26: "disebut oleh Budi menyerang pos polisi")."""
    toks, lex = ctx.toks, ctx.lex
    k = m.i - 1
    if k > 0 and toks[k].low in lex.agent_preps:
        k -= 1
    return (k >= 0 and toks[k].low in lex.claim_passives and m.j <= hi
            and all(t.low in lex.skip for t in toks[m.j:hi]))


def _past_fronted_object(ctx: _Ctx, group: list[_Mention]) -> list[_Mention]:
    """(evprec5) A group opened right after a verb is that verb's object; joined to the
    subject by a comma only, it ends a fronted clause, no co-subject: "Selain mengamankan para
    pelaku, petugas kepolisian juga menyita ..." (seed 81: the suspects made actors of the
    seizure), "Usai menangkap A, polisi ...". Only for a verb opening the sentence or
    following a subordinator; the members after the last such comma stay."""
    toks, lex = ctx.toks, ctx.lex
    v = group[0].i - 1
    if len(group) < 2 or v < 0 or not _verb_like(toks[v], lex):
        return group
    k = v - 1
    while k >= 0 and toks[k].low in lex.skip:
        k -= 1
    if k >= 0 and toks[k].low not in lex.besides_preps and toks[k].low not in lex.subordinators:
        return group
    cut = next((n for n in range(len(group) - 1, 0, -1)
                if [t.text for t in toks[group[n - 1].j:group[n].i]] == [","]), None)
    return group if cut is None else group[cut:]


_DESCRIPTION_WORDS = 3  # lower-case words before a name that make it part of a description


def _described_apposition(ctx: _Ctx, lo: int, group: list[_Mention],
                          i: int) -> list[_Mention]:
    """The subject of a verb after an apposition set off by commas whose nearest group opens
    as the genitive of a lower-case noun (a name inside a description): the name the
    description belongs to. "Terdakwa ... terkait tudingan ijazah palsu Joko Widodo
    (Jokowi), Bambang Tri Mulyono, mengajukan PK": Bambang, set off after it;
    "Bambang Tri Mulyono, terpidana ... tudingan ijazah palsu Joko Widodo (Jokowi),
    mengajukan PK": Bambang, opening the clause before it. Otherwise the group."""
    toks, lex = ctx.toks, ctx.lex
    first, last = group[0], group[-1]
    k = last.j
    while k < i and toks[k].text == ")":
        k += 1
    if not (k < i and toks[k].text == "," and all(t.low in lex.skip or t.low in lex.intent_words
                                                   for t in toks[k + 1:i])):
        return group
    if first.i - _DESCRIPTION_WORDS < lo or not all(
            _lower_word(t) for t in toks[first.i - _DESCRIPTION_WORDS:first.i]):
        # (evprec17) a short description right after the clause's first name: in "Siti,
        # tetangga Imam, melaporkan Imam ke polisi" Siti reports, Imam only names whose
        # neighbour she is (seed 82: the reported made the reporter)
        short = _short_description_owner(ctx, lo, first)
        return [short] if short is not None else group
    before = toks[first.i - 1]  # a lower-case word, as the test above read
    if before.low in lex.skip or before.low in lex.connectors:
        return group
    if len(group) > 1 and toks[last.i - 1].text == ",":
        return [last]  # the name set off by commas after the description
    opener = next((m for m in ctx.ms if lo <= m.i < first.i and _named(m)), None)
    if (opener is not None and opener.j < len(toks) and toks[opener.j].text == ","
            and opener.j + 1 < first.i and toks[opener.j + 1].text.islower()):
        return [opener]  # the clause's first name, described after a comma
    return group


def _short_description_owner(ctx: _Ctx, lo: int, first: _Mention) -> _Mention | None:
    """(evprec17) The name opening the clause when `first` is the genitive of a short
    lower-case description set off after it by a comma ("Siti, tetangga Imam,"): a lower-case
    word right before `first`, the description opened by a lower-case word after the
    name's comma, and no punctuation or other person between. None otherwise."""
    toks, lex = ctx.toks, ctx.lex
    k = first.i  # past a body naming the described one's post: "dosen UIN Malang Imam"
    k = next((m.i for m in ctx.ms if m.j == k and m.modifier and m.kind != "PERSON"), k)
    if k - 1 < lo or not _lower_word(toks[k - 1]) \
            or toks[k - 1].low in lex.skip or toks[k - 1].low in lex.connectors:
        return None
    opener = next((m for m in ctx.ms if lo <= m.i < first.i and _named(m)), None)
    if (opener is None or opener.j + 1 >= first.i or toks[opener.j].text != ","
            or not _lower_word(toks[opener.j + 1])
            or any(not t.text.isalnum() for t in toks[opener.j + 1:first.i])
            or any(opener.j < m.i < first.i and m.kind == "PERSON" for m in ctx.ms)):
        return None
    return opener


def _represented(ctx: _Ctx, m: _Mention) -> bool:
    """Does "dari X" name the acting side: after a noun of representation ("para wakil
    dari Korea Selatan"), or as "dari pihak X" opening a clause ("Menurutnya, dari pihak
    China sendiri sudah menyetujui")?"""
    toks, lex, k = ctx.toks, ctx.lex, m.prep_at
    if k > 0 and toks[k - 1].low in lex.representatives:
        return True
    return (k + 1 < m.i and toks[k + 1].low in lex.representatives
            and (k == 0 or toks[k - 1].text == "," or toks[k - 1].low in lex.breaks))


def _next_predicate(ctx: _Ctx, j: int, hi: int) -> int:
    """(evprec6) Where a second predicate joined by "dan" starts after the trigger's own
    object: "Erwin Dwiyanto menyambut baik kunjungan tersebut dan menegaskan komitmen
    Pertamina" (Pertamina is the second verb's, not welcomed; seed 83). A verb right after
    the trigger ("menangkap dan menahan X") shares its object and cuts nothing."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(j + 1, min(hi, len(toks) - 1)):
        if toks[k].low in lex.coordinators and _verb_like(toks[k + 1], ctx.lex):
            return k
    return hi


def _right(ctx: _Ctx, lo: int, hi: int) -> list[_Mention]:
    """Mentions after a trigger, up to a source attribution ("menurut laporan dari X"); a
    preposition before the trigger is not theirs."""
    hi = next((k for k in range(lo, hi) if ctx.toks[k].low in ctx.lex.report_openers), hi)
    out = [m for m in ctx.ms if m.i >= lo and m.j <= hi and not m.modifier
           and m.kind != "ANAPHOR_A" and id(m) not in ctx.hidden]
    return [replace(m, prep=None, prep_at=-1) if m.prep is not None and m.prep_at < lo else m
            for m in out]


def _right_group(ctx: _Ctx, cands: list[_Mention]) -> list[_Mention]:
    if not cands:
        return []
    group = [cands[0]]
    tail: list[_Mention] = []  # members after a member's seat, kept once "dan" is crossed
    for m in cands[1:]:
        last = tail[-1] if tail else group[-1]
        joined = _joined(last, m, ctx.toks, ctx.lex) and m.prep in (None, group[0].prep)
        seated = not tail and not joined and _seated_gap(last, m, ctx)
        if not (joined or seated):
            break
        if tail or seated:
            tail.append(m)
            if _list_joined(last, m, ctx):
                group, tail = group + tail, []
        else:
            group.append(m)
    return group


def _apologised_for(ctx: _Ctx, trig: Trigger, j: int, m: _Mention) -> bool:
    """(evroles24) Is `m` named in what an apology ending at `j` is for, after "atas":
    "permohonan maaf atas sikap sejumlah anggota DPR" is made to the public, not to the DPR
    (the addressee comes with "kepada")?"""
    lex = ctx.lex
    if not any(w in lex.apology_words for w in trig.phrase):
        return False
    return m.prep in lex.apology_causes or (
        m.prep is None and any(t.low in lex.apology_causes for t in ctx.toks[j:m.i]))


def _seated_gap(a: _Mention, b: _Mention, ctx: _Ctx) -> bool:
    """(evroles24) Is only the place `a` sits in between `a` and the next member, then a
    comma: "bekerja sama dengan Konsulat Jenderal RI di Karachi, KADIN, serta ICE" (the
    consulate's city, no end of the list)? The list must go on to its "dan"/"serta"."""
    gap = ctx.toks[a.j:b.i]
    return (len(gap) >= 3 and gap[0].low in ctx.lex.place_preps and gap[-1].text == ","
            and b.prep is None and len(gap) <= 5
            and all(t.text[:1].isupper() and t.text.isalpha() for t in gap[1:-1]))


def _list_joined(a: _Mention, b: _Mention, ctx: _Ctx) -> bool:
    """Is a list's joining word ("dan", "serta") between `a` and `b`: the list goes on past
    a member's seat, so the members after the seat are the same list's?"""
    return any(t.low.isalpha() and t.low in ctx.lex.list_connectors
               for t in ctx.toks[a.j:b.i])


def _vals(ms: Iterable[_Mention]) -> list[str]:
    return [v for m in ms for v in m.values]


def _uniq(xs: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(xs))


def _amount(low: str) -> bool:
    """A number written in digits ("20", "1.500", "2,5")."""
    return low[:1].isdigit() and all(c.isdigit() or c in ".," for c in low)


def _voice(ctx: _Ctx, trig: Trigger, i: int, j: int) -> str:
    """Voice of a trigger; a nominal one takes it from a support verb before it, unless the
    noun names its own agent or the support verb declares it void (`_own_agent`)."""
    if trig.voice != "noun":
        return trig.voice
    lex = ctx.lex
    if i > 0 and ctx.toks[i - 1].low in lex.verbal_aspect and not (
            # (evroles14) "di tengah tudingan X": "tengah" after a preposition is "amid", no
            # aspect; the clause's subject made no accusation
            i > 1 and ctx.toks[i - 2].low in lex.place_preps):
        return "active"  # "Pratikno telah rapat dengan X": a noun used as a verb
    k = i - 1
    skipped = 0
    hearing = False  # (evroles9) a hearing noun skipped: "menghadapi sidang pembacaan vonis"
    # "menyalurkan sejumlah bantuan", "menerapkan kebijakan pembatasan jam malam",
    # "mengirimkan 20 ton bantuan" (an amount: its number and unit)
    while k >= 0 and (ctx.toks[k].low in lex.skip or ctx.toks[k].low in lex.support_gap
                      or ctx.toks[k].low in lex.hearing_gap
                      or _amount(ctx.toks[k].low)) and skipped < 3:
        hearing = hearing or ctx.toks[k].low in lex.hearing_gap
        k -= 1
        skipped += 1
    if (k >= 1 and trig.code in lex.attending_codes and ctx.toks[k].low in lex.place_preps
            and ctx.toks[k - 1].low in lex.attending):
        k -= 1  # (ev31c) "X hadir di rapat kerja nasional PAN": the attender takes part
    if k >= 2 and ctx.toks[k].low in _NOUN_JOINERS and _lower_word(ctx.toks[k - 1]) \
            and not _verb_like(ctx.toks[k - 1], lex) and (
                ctx.toks[k - 2].low in lex.support_active
                or ctx.toks[k - 2].bare in lex.support_active):
        k -= 2  # (evrec15) "memberikan nasihat dan bantuan kepada X": a noun joined before it
    if k >= 0:
        low, bare = ctx.toks[k].low, ctx.toks[k].bare
        if low in lex.claim_verbs and any(t.low in lex.responsibility_words
                                          for t in ctx.toks[k + 1:i]):
            return "active"  # (evrec26) "Taliban mengaku bertanggung jawab atas serangan"
        if low in lex.support_active or bare in lex.support_active:
            return "noun" if hearing or _own_agent(ctx, k, j) else "active"
        if trig.code in lex.attending_codes and not hearing and (
                low in lex.attending or bare in lex.attending):
            return "active"  # "ia mengikuti demo": the attender protests
        if low in lex.support_received or bare in lex.support_received:
            return "received"
    return "noun"


# (evrec15) "memberikan nasihat dan bantuan": events.toml
_NOUN_JOINERS = WordSet("events", EventsData, "words.noun_joiners")


def _support_at(ctx: _Ctx, i: int) -> int:
    """(evpart13) The support verb of a nominal trigger at `i` read as a verb ("melakukan
    penembakan", "menggelar aksi"), past the words `_voice` skips; `i` when none stands there."""
    lex, toks = ctx.lex, ctx.toks
    k = i - 1
    while k >= 0 and i - k <= 3 and (toks[k].low in lex.skip or toks[k].low in lex.support_gap
                                     or toks[k].low in lex.hearing_gap or _amount(toks[k].low)):
        k -= 1
    if k >= 0 and (toks[k].low in lex.support_active or toks[k].bare in lex.support_active
                   or toks[k].low in lex.support_received or toks[k].bare in lex.support_received
                   or toks[k].low in lex.attending or toks[k].bare in lex.attending):
        return k
    return i


_OWN_AGENT_REACH = 5  # words after a nominal trigger to its own "oleh" (a name, "sebagai ...")


def _own_agent(ctx: _Ctx, k: int, j: int) -> bool:
    """(evroles9) Does a nominal trigger after the support verb at `k` name its own agent with
    "oleh" ("menyatakan penetapan tersangka oleh Polda Sulteng terhadap HM tidak sah"), or is
    it declared void ("PN Palu menyatakan penetapan tersangka terhadap HM tidak sah")? Then
    the support verb's subject did not do it: the court voids the designation, it made none."""
    toks, lex = ctx.toks, ctx.lex
    hi = ctx.clause_end(j)
    for m in range(j, min(hi, j + _OWN_AGENT_REACH)):
        if toks[m].low in lex.agent_preps:
            return True
        if _verb_like(toks[m], lex) or toks[m].text in {",", "."}:
            break
    if toks[k].low not in lex.declaring_supports:
        return False
    return any(_matches(toks, m, ph) for m in range(j, hi) for ph in lex.void_words
               if toks[m].low == ph[0])


# (evrec18) The "not only" words of `not_negated`: they affirm a verb ("bukan hanya kena
# denda"), not a noun, which may be the complement of the negated copula or of another verb
# ("bukan sekadar kerusuhan", "Bukan hanya mengurangi dana bantuan").
_NOT_ONLY = WordSet("events", EventsData, "words.not_only_words")  # "hanya": events.toml
_NEG_JOINERS = WordSet("events", EventsData, "words.negation_joiners")  # "atau": events.toml
_DENIAL_NOUNS = WordSet("events", EventsData, "words.denial_nouns")  # "bantahan": events.toml
_DOCUMENTS = WordSet("events", EventsData, "words.document_nouns")  # "surat": events.toml
_FORGERY = WordSet("events", EventsData, "words.forgery_words")  # "palsu": events.toml
_CHANNELS = WordSet("events", EventsData, "words.document_channels")  # "melalui": events.toml
_FORGED_NEWS = WordSet("events", EventsData, "words.forged_news_nouns")  # "berita": events.toml
_POINTERS = WordSet("events", EventsData, "words.document_pointers")  # "itu": events.toml


def _negator(ctx: _Ctx, i: int, lo: int, noun: bool = False) -> int | None:
    """The token index of the negator of the trigger at `i`, if it is negated."""
    lex = ctx.lex
    if i > lo and ctx.toks[i - 1].low in lex.near_negators:
        return i - 1
    denied = _denied_existence(ctx, i, lo)
    if denied is not None:
        return denied
    if noun and i > lo and ctx.toks[i - 1].low in _DENIAL_NOUNS:
        return i - 1  # (ev32c) "bantahan intimidasi": the intimidation is denied
    if i - 1 > lo and ctx.toks[i - 1].low in _NEG_JOINERS and _lower_word(ctx.toks[i - 2]):
        # (ev32c) "tidak ditekan atau diancam": the first verb's negator holds for both
        return _negator(ctx, i - 2, lo, noun)
    for k in range(i - 1, max(lo, i - 4) - 1, -1):
        t = ctx.toks[k]
        nxt = ctx.toks[k + 1].low if k + 1 < i else ""
        if t.low in lex.negators and not (nxt in lex.not_negated
                                          and not (noun and nxt in _NOT_ONLY)):
            return k  # (not "tak lama setelahnya ditetapkan": soon after, not negated)
        if any(m.i <= k < m.j for m in ctx.ms) or t.low in lex.list_connectors:
            return _negated_causative(ctx, k, lo)  # "polisi tak bergeming dan meminta
    return None  # Rizieq": "tak" is not its


_CAUSATIVE_REACH = 3  # words between a negator and the causative verb ("tidak lantas membuat")


def _negated_causative(ctx: _Ctx, k: int, lo: int) -> int | None:
    """(evprec16) The negator of a causative whose object, the mention at `k`, is the
    trigger's subject: "Kekalahan itu tidak lantas membuat Budi menyalahkan wasit" (Budi blames
    no one). The causative stands right before the mention, the negator at most three words
    before it with no mention between."""
    toks, lex = ctx.toks, ctx.lex
    m = next((m for m in ctx.ms if m.i <= k < m.j), None)
    if m is None or m.i - 1 <= lo or toks[m.i - 1].low not in lex.causatives:
        return None
    c = m.i - 1
    for n in range(c - 1, max(lo, c - 1 - _CAUSATIVE_REACH) - 1, -1):
        if toks[n].low in lex.negators:
            return n
        if any(x.i <= n < x.j for x in ctx.ms) or not _lower_word(toks[n]) \
                or _verb_like(toks[n], lex):
            return None
    return None


_EXISTENTIAL_REACH = 6  # words between a negated "ada" and the "yang" of the trigger


def _denied_existence(ctx: _Ctx, i: int, lo: int) -> int | None:
    """The negator of a negated existential whose relative clause holds the trigger: "tak
    ada anggota DPR yang mengancamnya" (no one threatened her)."""
    toks, lex = ctx.toks, ctx.lex
    if i - 1 <= lo or toks[i - 1].low not in lex.relatives:
        return None
    for k in range(i - 2, max(lo + 1, i - 2 - _EXISTENTIAL_REACH) - 1, -1):
        if toks[k].low in lex.existentials:
            return k - 1 if toks[k - 1].low in lex.negators else None
        if toks[k].low in lex.breaks:
            return None
    return None


def _bare_appeal(ctx: _Ctx, trig: Trigger, i: int, j: int, lo: int) -> bool:
    """(evspeech19) Is an active appeal verb broken off right after it, by the sentence's end
    or by a comma and a connective opening another clause, with no addressee nor content
    before it in its clause ("Jadi kita ke lapangan ya, kita mengajak, jadi kalau kami ...")?
    Nobody is asked and nothing asked."""
    toks, lex = ctx.toks, ctx.lex
    if trig.code not in lex.bare_appeal_codes or trig.voice != "active":
        return False
    if j < len(toks) and toks[j].text not in lex.bare_appeal_breaks:
        return False
    if j < len(toks) and toks[j].text == "," and not (
            j + 1 < len(toks) and toks[j + 1].low in lex.bare_appeal_followers):
        return False  # "berharap , baik PSSI dan PT LIB ...": the content follows the comma
    if any(t.text in _CLOSE_QUOTES or t.text in _STRAIGHT_QUOTES
           for t in toks[max(0, lo - 3):i]):
        return False  # '" Jangan datang , " pinta Budi .': the quotation is the content
    return not any(t.low in lex.content_openers or t.low in lex.bare_appeal_addressees
                   for t in toks[lo:i])


def _told_appeal(ctx: _Ctx, trig: Trigger, i: int, j: int) -> bool:
    """(evrec20) May a saying verb that triggers REQUEST tell an appeal? Only when the
    addressee, named or an agent noun ("masyarakat", "para pemudik"), follows it right away
    and "agar" right after the addressee: "Ibrahim menjelaskan, masyarakat agar jangan lekas
    percaya". Not "menjelaskan, pertemuan itu digelar agar ..." (a purpose). Other triggers
    of the code pass."""
    toks, lex = ctx.toks, ctx.lex
    if trig.quoted_call:
        return _quoted_call(ctx, i, j)
    if trig.voice == "active" and len(trig.phrase) == 2 and trig.phrase[1] in _NEED_FIRST:
        return _need_first(ctx, j)
    if (trig.voice != "active" or len(trig.phrase) != 1
            or trig.phrase[0] not in lex.told_appeal_verbs):
        return True
    k = next((k for k in range(j, min(j + 8, len(toks)))
              if toks[k].low in lex.told_appeal_openers), None)
    if k is None:
        return _told_need(ctx, j)
    return bool(_addressees_only(ctx, j, k))


def _need_first(ctx: _Ctx, j: int) -> bool:
    """(evrec28b) Does a verb of judging ending on a word of need at `j` tell a call ("memandang
    perlu pemerintah segera membentuk BCN")? The addressee, named or an agent noun, nobody's
    own side, right after it and an active verb after the addressee (adverbs between): "menilai
    perlu ada pembicaraan" or "menganggap penting kemenangan Madrid" asks no one."""
    toks, lex = ctx.toks, ctx.lex
    first = next((m for m in ctx.ms if m.i >= j), None)
    if first is None or first.i != j or first.pronoun or first.kind.startswith("ANAPHOR"):
        return False
    group = _right_group(ctx, [m for m in ctx.ms if m.i >= j])
    v = group[-1].j if group else first.j
    while v < len(toks) and toks[v].low in _TOLD_NEED_ADVERBS:
        v += 1
    return v < len(toks) and _verb_like(toks[v], lex) and not toks[v].low.startswith("di")


def _quoted_call(ctx: _Ctx, i: int, j: int) -> bool:
    """(evrec29) Does a need word at [i, j) in a direct quotation with a known speaker lay a
    duty on someone named ('"Pemerintah harus segera membangun jalan itu," kata Budi')? Its
    subject, named or an agent noun, nobody's own side nor a pronoun, opens the clause right
    before it (skip words between) and an active verb follows it (adverbs between): '"Kita
    harus ...", "Jalan itu perlu diperbaiki" or "Pemerintah perlu waktu" asks no one.'"""
    toks, lex = ctx.toks, ctx.lex
    if not ctx.side:  # a quotation opened in a sentence before counts too
        return False
    lo = ctx.clause_start(i)
    group = _left_group(ctx, lo, i)
    if not group or any(m.pronoun or m.kind.startswith("ANAPHOR") or not m.values
                        or m.is_country or m.place_id is not None
                        or set(m.values) & ctx.side for m in group):
        return False  # (a country by name: mostly the speaker's own, "Indonesia harus ...")
    if any(v in lex.state_agents for m in group for v in m.values) and _state_speaker(ctx):
        return False  # '"Pemerintah harus menolak usulan itu," ujar Menteri X': his own side
    if not all(t.low in lex.skip or t.low in _CALL_GAP for t in toks[group[-1].j:i]):
        return False  # "kebijakan Pemerintah yang harus ...": not the need word's subject
    if not all(t.text in _QUOTE_OPENERS or t.low in lex.skip or t.low in lex.connectors
               for t in toks[lo:group[0].i]):
        return False  # "Saya minta pemerintah harus ...": the asking verb tells the call
    v = j
    while v < len(toks) and toks[v].low in _TOLD_NEED_ADVERBS:
        v += 1
    # not a passive nor a "ter-" verb ("Kongres harus terlaksana"): what is to happen, no act
    return (v < len(toks) and _verb_like(toks[v], lex)
            and not toks[v].low.startswith(tuple(_CALL_UNASKED))
            and toks[v].low not in _CALL_STATES)  # "Pindad harus menjadi motor": a role


def _state_speaker(ctx: _Ctx) -> bool:
    """(evrec29) Is the quoted speaker named in the sentence with a title of the government in
    or right before their name ("ujar Menteri Sutanto")? The government is then their own side;
    a legislator's call on it stays ("kata anggota DPR X")."""
    toks = ctx.toks
    for m in ctx.ms:
        if not set(m.values) & ctx.side:
            continue
        words = " ".join(t.low for t in toks[max(0, m.i - 3):m.j])
        if any(f" {ph} " in f" {words} " for ph in _EXECUTIVE):
            return True
    return False


_EXECUTIVE = WordSet("events", EventsData, "words.quoted_call_executive")


_CALL_GAP = WordSet("events", EventsData, "words.quoted_call_gap")  # events.toml
_CALL_STATES = WordSet("events", EventsData, "words.quoted_call_states")
_CALL_UNASKED = WordSet("events", EventsData, "words.quoted_call_unasked_prefixes")


def _addressees_only(ctx: _Ctx, j: int, k: int) -> list[_Mention]:
    """The mentions between a saying verb ending at `j` and the word at `k` that tells the
    call, when nothing but they and the words of `told_appeal_gap` stand there; else none."""
    inside = [m for m in ctx.ms if j <= m.i and m.j <= k]
    covered = {n for m in inside for n in range(m.i, m.j)}
    if not all(n in covered or ctx.toks[n].low in ctx.lex.told_appeal_gap
               for n in range(j, k)):
        return []
    return inside


_TOLD_NEED_ADVERBS = WordSet("events", EventsData, "words.told_need_adverbs")
_NEED_FIRST = WordSet("events", EventsData, "words.need_first_words")  # events.toml
_MARKED_BEFORE = WordSet("events", EventsData, "words.marked_before_preps")
_APPOINTMENT = WordSet("events", EventsData, "words.appointment_words")  # events.toml
_ASSENT = WordSet("events", EventsData, "words.assent_words")
_OPINION_TOPICS = WordSet("events", EventsData, "words.opinion_topics")
_VENUE = WordSet("events", EventsData, "words.venue_words")
_WELCOME = WordSet("events", EventsData, "words.welcome_words")  # events.toml


def _appointment_rule(ctx: _Ctx, i: int) -> bool:
    """(evprec27) Is the trigger at `i` coordinated right after an appointment word
    ("diangkat dan diberhentikan oleh Presiden")? The pair states who may appoint and
    dismiss, a regulation's rule, no dismissal done (seed 116: two judged wrong)."""
    toks = ctx.toks
    return (i >= 2 and toks[i - 1].low in ctx.lex.coordinators
            and toks[i - 2].low in _APPOINTMENT)


def _opinion_assent(ctx: _Ctx, i: int, j: int) -> bool:
    """(evprec27) Is the trigger an assent word with a topic word right after it ("Anies
    setuju soal perlunya penataan")? A stance on a matter, no agreement with a party (seed
    114, judged wrong); the caller asks it only where no party is named."""
    toks = ctx.toks
    return (j - i == 1 and toks[i].low in _ASSENT and j < len(toks)
            and toks[j].low in _OPINION_TOPICS)


def _bare_ask_of_person(ctx: _Ctx, trig: Trigger, voice: str, i: int, j: int,
                        left: Sequence[_Mention], actors_t: tuple[str, ...],
                        targets_t: tuple[str, ...]) -> bool:
    """(evprec29c) Is the trigger at `i`..`j` a bare passive ask ("diminta", an
    `interview_verbs` word) of one person, with no asker and no other party named after it:
    "Saat itu Harry diminta menjadi pendamping pengantin pria", "Pochettino diminta untuk
    berani berspekulasi", "biasanya diminta berdakwah" (seeds 125 and earlier: a favour, a
    pundit's advice or a habit, all judged wrong)? No act between actors is told. A party
    named in what is asked stays ("Kvyat diminta kembali memperkuat Toro Rosso", judged
    correct), and so do appeals to bodies or the public ("warga diminta mematuhi arahan")."""
    if not (trig.code == "REQUEST" and voice == "passive" and not actors_t
            and len(targets_t) == 1 and ctx.toks[i].low in ctx.lex.interview_verbs):
        return False
    if any(_named(m) and m.i >= j for m in ctx.ms) or any(
            t.text[:1].isupper() for t in ctx.toks[j:]):
        return False  # a party named in what is asked, known to the entities stage or not
    return any(m.kind == "PERSON" and targets_t[0] in m.values for m in left)


_FANS = WordSet("events", EventsData, "words.fan_nouns")  # (ev30b) events.toml
_OWN_KIN = WordSet("events", EventsData, "words.own_kin_nouns")


def _own_circle_asked(ctx: _Ctx, trig: Trigger, j: int, actors_t: tuple[str, ...]) -> bool:
    """(ev30b) Does a person ask, invite or hope something of fans or their own kin, named
    first after the trigger: "Swift mengundang penggemarnya datang", "Saya berharap ,
    bobotoh juga bersabar", "Dixie meminta kepada ibunya untuk berkunjung" (seeds 127 and
    earlier: a pep talk, an entertainment invitation, a family matter, all judged wrong)?
    No request between political actors is told. A body's appeal to supporters ("Polda
    mengimbau suporter ...") stays, and so does an ask of someone else's kin."""
    if trig.code != "REQUEST" or not actors_t or not all(a.startswith("per:")
                                                        for a in actors_t):
        return False
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and (toks[k].low in lex.addressee_gap or toks[k].low in lex.target_preps):
        k += 1
    if k >= len(toks):
        return False
    t = toks[k]
    if t.low in _FANS or t.bare in _FANS:
        return True
    # one's own kin: "ibunya" (-nya), not "ibu Ani" (an honorific); cut here, as
    # `_Tok.bare` keeps the -nya of short words
    own = t.low[:-3] if t.low.endswith("nya") else ""
    return own in _OWN_KIN or own in lex.kin_nouns


def _venue(ctx: _Ctx, m: _Mention) -> bool:
    """(evprec27) Is the mention a venue by a word of its name ("Museum Ilmu Pengetahuan",
    "Bandung Zoo"): a place where no one is met? Not a building's name ("Gedung Putih"
    stands for its tenant)."""
    return any(t.low in _VENUE for t in ctx.toks[m.i:m.j])


def _venue_visit(ctx: _Ctx, trig: Trigger, right: Sequence[_Mention],
                 targets: Sequence[str]) -> bool:
    """(evprec27) Does a visit name only venues as its hosts ("turis mengunjungi Museum X",
    "kunjungan Kapolda ke Bandung Zoo")? Seeing a museum or a zoo meets no party (seeds 11,
    113, 115: judged wrong); a visit to a body or a person keeps its host."""
    if not trig.host_from_place or not targets:
        return False
    venues = {v for m in right if _venue(ctx, m) for v in m.values}
    return set(targets) <= venues


def _told_need(ctx: _Ctx, j: int) -> bool:
    """(evrec25) Does a saying or judging verb ending at `j` tell a call by a word of need
    ("Gde menilai pemerintah perlu menunda ekspor", "mengatakan, warga harus segera
    mengungsi")? Only the addressee, named or an agent noun, nobody's own side, stands
    between the verb and the need word, and an active verb follows that word: "menilai
    kinerja itu perlu", "mengatakan kami harus ..." or "X perlu ditata" asks no one."""
    toks, lex = ctx.toks, ctx.lex
    k = next((k for k in range(j, min(j + 8, len(toks))) if toks[k].low in _NEED), None)
    if k is None:
        return False
    inside = _addressees_only(ctx, j, k)
    if not inside or any(m.pronoun or m.kind.startswith("ANAPHOR") for m in inside):
        return False
    v = k + 1
    while v < len(toks) and toks[v].low in _TOLD_NEED_ADVERBS:
        v += 1
    # an active verb: before a passive one ("Boseh perlu ditata") the name is what is acted on
    return v < len(toks) and _verb_like(toks[v], lex) and not toks[v].low.startswith("di")


def _possible_existence(ctx: _Ctx, i: int, lo: int) -> bool:
    """(evspeech19) Does a possibility word open an existential whose relative clause holds
    the trigger ("kemungkinan ada dua orang yang ditetapkan sebagai tersangka", "mungkin ada
    pihak yang ditahan")? Only a possibility is told, no act done."""
    toks, lex = ctx.toks, ctx.lex
    if i - 1 <= lo or toks[i - 1].low not in lex.relatives:
        return False
    for k in range(i - 2, max(lo, i - 2 - _EXISTENTIAL_REACH) - 1, -1):
        if toks[k].low in lex.existentials:
            return k > 0 and toks[k - 1].low in lex.possibility_words
        if toks[k].low in lex.breaks:
            return False
    return False


def _refused(ctx: _Ctx, trig: Trigger, i: int, neg: int) -> bool:
    """Is a negated cooperative act refused ("tidak akan pernah menegosiasikan"): a word of
    will between the negator and the verb?"""
    lex = ctx.lex
    return (trig.code in lex.refusable_codes and trig.voice == "active"
            and any(t.low in lex.refusal_will for t in ctx.toks[neg + 1:i]))


def _needs_ok(ctx: _Ctx, trig: Trigger, i: int, j: int) -> bool:
    if not trig.needs:
        return True
    n = trig.needs_span
    lo = i if trig.needs_after else i - n
    words = ctx.words
    return any(_find(ctx.toks, ph, lo, j + n) for ph in trig.needs
               if words is None or not ph or ph[0] in words) or (
        not trig.needs_after and _needed_subject(ctx, trig, i))


_SUBJECT_REACH = 10  # words: the farthest a needed subject opening the clause may stand


def _needed_subject(ctx: _Ctx, trig: Trigger, i: int) -> bool:
    """(evrec7) Does a needed word open the trigger's clause as its subject, farther back
    than the span, with no verb between: "Massa dari pelaku seni di Grobogan menggelar aksi"
    (the crowd holds the protest)? Counting words and plural openers before it are skipped
    ("Ratusan buruh ..."); "Warga yang ditemui mengatakan ... menggelar aksi" has a verb
    between and is left to the span."""
    toks, lex = ctx.toks, ctx.lex
    k = ctx.clause_start(i)
    while k < i and (toks[k].low in lex.numerals or toks[k].low in lex.plural_openers):
        k += 1
    if i - k > _SUBJECT_REACH or k >= i:
        return False
    ph = next((ph for ph in trig.needs if _matches(toks, k, ph)), None)
    return ph is not None and not any(
        _verb_like(t, lex) or t.low in lex.relatives for t in toks[k + len(ph):i])


def _object_reach(ctx: _Ctx, trig: Trigger, j: int) -> int:
    """Where the object after a trigger ending at `j` may end: 14 words on, or further up to
    the needed word of a trigger whose object may be long ("menetapkan dua pemimpin ... ,
    Andika Surachman dan Anniesa Desvitasari Hasibuan , sebagai tersangka")."""
    if trig.needs_span <= 14:
        return j + 14
    found = [k for ph in trig.needs for k in _find(ctx.toks, ph, j, j + trig.needs_span)]
    return max(j + 14, min(found, default=j + 14))


def _listed_on(ctx: _Ctx, right: list[_Mention], reach: int) -> list[_Mention]:
    """The mentions of a clause after a trigger that end within its reach, and the rest of
    a list begun within it: "kolaborasi antara Bank DBS Indonesia, Asian Development Bank
    (ADB), dan Australian Climate Finance Partnership (ACFP)" names three parties, though
    the third ends past the reach (one long name or two bracketed short forms suffice). A
    name that only begins within it stays out: "melalui pajak penghasilan (PPh) Pasal 21
    Ditanggung Pemerintah" names no recipient (tried on seeds 21-57: one right event made
    wrong, none made right)."""
    n = next((k for k, m in enumerate(right) if m.j > reach), len(right))
    return _run_on(ctx, right[:n], right[n:])


def _title_region(ctx: _Ctx, j: int, near: Sequence[_Mention]) -> bool:
    """(evrec14) Is the first name after a noun ending at `j` the holder of a title with its
    region, set off by a comma: "desakan Bupati Sleman, Rudi Hartono" (Rudi urges; seed 94
    lost a governor's instruction so, the comma past the titles' reach)? Only a home region
    (a town or province, no participant) ends at the comma; a country is no title's part
    here ("kecaman Presiden Prancis, Emmanuel Macron" stays as it was)."""
    toks = ctx.toks
    if not near or near[0].kind != "PERSON" or near[0].prep is not None:
        return False
    k = near[0].i - 1
    if not (j + 2 <= k <= j + 5 and toks[k].text == ","
            and all(t.text.isalpha() and t.text[:1].isupper() for t in toks[j:k])):
        return False
    return any(m.j == k and m.i > j and m.place_id is not None and not m.is_country
               for m in ctx.ms)


def _run_on(ctx: _Ctx, group: list[_Mention], rest: Sequence[_Mention]) -> list[_Mention]:
    """`group` with the mentions of `rest` (in text order) that continue it, each joined
    to the one before (`_joined`): a group begun within a reach runs on past it."""
    out = list(group)
    for m in rest:
        if not out or not _joined(out[-1], m, ctx.toks, ctx.lex):
            break
        out.append(m)
    return out


def _mode(ctx: _Ctx, trig: Trigger, i: int, j: int) -> str | None:
    if trig.mode:
        return trig.mode
    best: tuple[int, int, str] | None = None
    for order, (mode, phrases) in enumerate(ctx.lex.modes.get(trig.code, ())):
        for ph in phrases:
            for k in _find(ctx.toks, ph, i - 8, j + 8):
                dist = 0 if i <= k < j else min(abs(k - j), abs(i - k - len(ph) + 1))
                cand = (dist, order, mode)
                if best is None or cand < best:
                    best = cand
    return best[2] if best else None


def _willing(ctx: _Ctx, trig: Trigger, i: int, lo: int) -> int | None:
    """The readiness word right before a cooperative act ("siap bekerja sama", "siap
    melakukan kerja sama"), skip words and the light verb of a noun between, if any."""
    lex = ctx.lex
    if trig.code not in lex.refusable_codes or trig.code == "AGREE":
        return None
    for k in range(i - 1, max(lo, i - 4) - 1, -1):
        low = ctx.toks[k].low
        if low in lex.willingness:
            return k
        if low not in lex.skip and not (trig.voice == "noun" and low in lex.support_active):
            return None
    return None


def _after_hearsay(ctx: _Ctx, lo: int, i: int) -> int:
    """(evpart13) Where the clause of a trigger starts when a hearsay word opens what is
    reported after a comma ("dia pun belum banyak informasi, hanya dengar-dengar katanya
    sekitar bulan November akan diadili"): the speaker before it is no participant of what
    they heard; a hearsay word set off by commas ("Budi, katanya, ditahan") is an aside."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, lo, -1):
        if toks[k].low in lex.hearsay_words:
            if toks[k + 1].text == "," or toks[k - 1].text == ",":
                return lo
            if any(t.text == "," for t in toks[lo:k]):
                return k + 1
            return lo
    return lo


def _after_place_relative(ctx: _Ctx, lo: int, i: int) -> int:
    """(ev30b) Where the clause of a trigger starts inside a relative of place set off by a
    comma ("polisi memeriksa rumah itu , tempat Nov menganiaya anaknya"): its own clause, so
    the main clause's subject is no participant of what was done there (seed 128 printed the
    police as the assailant). Not past a comma after it (the relative closed before)."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, lo, -1):
        if toks[k].text == ",":
            return lo
        if toks[k].low in lex.place_relatives and toks[k - 1].text == ",":
            return k + 1
    return lo


# (evrec15) a recipient told by the enclitic on "kepada"/"terhadap" right after the trigger
_TO_HIM = WordSet("events", EventsData, "words.to_him_words")  # "kepadanya": events.toml
# (evrec15) aspect words of a deed done: events.toml
_PERFECTIVE = WordSet("events", EventsData, "words.perfective_words")
_DONE_RELATIVE_REACH = 4  # words between "yang" and the trigger: the aspect word, adverbs


def _done_relative(toks: Sequence[_Tok], lo: int, i: int) -> bool:
    """(evrec15) Is the trigger at `i` the verb of a relative clause that tells a deed done,
    inside a hoped-for or conditional clause from `lo`: "berharap PAN mengikuti Gerindra dan
    PKS yang sudah lebih dahulu menyatakan dukungan kepadanya" (the support is stated, only
    PAN's is hoped for; seed 93 missed it)? "yang" then an aspect word of a deed done within
    a few words before the trigger."""
    for k in range(i - 1, max(lo, i - _DONE_RELATIVE_REACH - 1) - 1, -1):
        if toks[k].low == "yang":
            return any(t.low in _PERFECTIVE for t in toks[k + 1:i])
    return False


# (evprec24) events.toml [words] lists of the three checks below
_GENERIC_WHEN = WordSet("events", EventsData, "words.generic_when_words")
_SUGGESTING = WordSet("events", EventsData, "words.suggesting_words")
_EXISTENCE = WordSet("events", EventsData, "words.existence_words")
_NEED = WordSet("events", EventsData, "words.need_words")
_MANNER = WordSet("events", EventsData, "words.manner_preps")
_MANNER_CODES = WordSet("events", EventsData, "words.manner_codes")


_RULE_HEADS = WordSet("events", EventsData, "words.generic_rule_heads")  # events.toml
_RULE_DUTIES = WordSet("events", EventsData, "words.rule_duty_words")  # events.toml


def _standing_rule(ctx: _Ctx, i: int, j: int) -> bool:
    """(ev34b) Is the trigger at [i, j) in a relative clause on a generic head ("orang yang
    dipanggil sebagai saksi ... wajib datang kepada penyidik"), with a word of duty or penalty
    after it in the sentence? A law's standing rule is told, no summons made (seed 143). The
    head runs from the sentence's start or a comma to "yang"; "dua orang yang ditangkap" (a
    counted head) and a head closed by a demonstrative are not generic."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k >= 0 and toks[k].low in lex.skip:
        k -= 1
    if k < 1 or toks[k].low not in lex.relatives:
        return False
    start = k
    while start > 0 and toks[start - 1].text not in {",", ";", ":"} and k - start < 4:
        start -= 1
    head = " ".join(t.low for t in toks[start:k])
    if head not in _RULE_HEADS or (start > 0 and toks[start - 1].text not in {",", ";", ":"}):
        return False
    return any(t.low in _RULE_DUTIES for t in toks[j:])


def _suggested_act(ctx: _Ctx, trig: Trigger, i: int) -> bool:
    """(evprec24) Is a nominal trigger the existence a verb of suggesting asks for
    ("menyarankan adanya pertemuan bersama antara pemerintah dan ...")? A meeting only
    suggested is none held (seed 102)."""
    toks = ctx.toks
    if trig.voice != "noun":
        return False
    k = i - 1
    while k >= 0 and toks[k].low in ctx.lex.skip:
        k -= 1
    if k < 1 or toks[k].low not in _EXISTENCE:
        return False
    k -= 1
    while k >= 0 and toks[k].low in ctx.lex.skip:
        k -= 1
    return k >= 0 and toks[k].low in _SUGGESTING


def _sponsor_credit(ctx: _Ctx, trig: Trigger, i: int, lo: int) -> bool:
    """(evprec29) Is a backing noun the credit line of a staged programme: a staging passive
    before it in its clause and a word of credit between ("program itu dilaksanakan atas
    kerja sama ZSL dan dukungan UKCCU, NICFI dan IDH")? Its funders are sponsors, no one is
    supported (seeds 40, 121: judged wrong as support). "digelar sebagai bentuk dukungan
    terhadap X" has no word of credit and stays."""
    toks, lex = ctx.toks, ctx.lex
    if trig.voice != "noun" or trig.code not in lex.passive_needs_subject:
        return False
    staged = next((k for k in range(i - 1, lo - 1, -1) if toks[k].low in lex.staging_passives),
                  None)
    return staged is not None and any(t.low in lex.sponsor_preps for t in toks[staged + 1:i])


def _standing_procedure(ctx: _Ctx, i: int) -> bool:
    """(evprec24) Is the trigger the act of a main clause that will act after a when-clause
    opening the sentence with no one named in it ("Ketika terdapat dugaan perundungan
    dilaporkan, petugas sekolah yang terlatih akan menyelidiki dan memberikan dukungan")? A
    standing procedure is told, nothing done (seed 101). A plan reported by a speech verb
    ("Saat dihubungi, Kapolres mengatakan akan memeriksa X") and "saat ini" are left alone."""
    toks, lex = ctx.toks, ctx.lex
    o = next((k for k, t in enumerate(toks[:i]) if t.text not in _OPEN_QUOTES), None)
    if o is None or toks[o].low not in _GENERIC_WHEN:
        return False
    if o + 1 < len(toks) and toks[o + 1].low in _DEMONSTRATIVES:
        return False  # "Saat ini, ...": now, no when-clause
    comma = next((k for k in range(o + 1, i) if toks[k].text == ","), None)
    if comma is None:
        return False
    if any(m.i < comma and not m.kind.startswith("AGENT") for m in ctx.ms):
        return False  # "Ketika Jokowi tiba di Beijing, ...": a told occasion
    main = toks[comma + 1:i]
    return (any(t.low in lex.future_words for t in main)
            and not any(t.low in lex.reporting_verbs or t.text == "," for t in main))


def _needed_manner(ctx: _Ctx, trig: Trigger, i: int, lo: int) -> bool:
    """(evprec24) Is a nominal trigger the manner ("dengan dukungan DPR") of an act its clause
    calls needed ("ini yang perlu dilakukan ke depan ... dengan dukungan tentunya DPR")? The
    backing is needed, none given (seed 101)."""
    toks = ctx.toks
    if (trig.voice != "noun" or trig.code not in _MANNER_CODES or i < 1
            or toks[i - 1].low not in _MANNER):
        return False
    for k in range(i - 2, lo - 1, -1):
        if toks[k].text == ",":
            return False
        if toks[k].low in _NEED:
            return True
    return False


def _code_one(ctx: _Ctx, trig: Trigger, i: int, j: int, sent: Span,
              times: Sequence[TimeExpr]) -> tuple[Event, int | None] | None:
    """Roles of one trigger occurrence, or None when it codes no event."""
    lex, toks = ctx.lex, ctx.toks
    lo = _after_place_relative(ctx, _after_hearsay(ctx, ctx.clause_start(i), i), i)
    if _threat_on_condition(ctx, trig, lo, i, j):
        # (ev34) "Jika X tak datang , polisi akan menangkapnya": a threat to the one named;
        # a rule told with no one named ("apabila LJK melanggar , OJK akan memberikan
        # sanksi") is a standing norm, no threat (requires_recipient)
        trig = replace(trig, code="THREATEN", symmetric=False, requires_recipient=True,
                       mode=trig.mode if trig.mode in _THREAT_MODES else None)
    if lo > 0 and ((toks[lo - 1].low in lex.hypothetical and not _said_that(ctx, lo - 1)
                    and not _conditioned(ctx, trig, lo, i)) or (
            # "masyarakat berharap agar KPK dapat mengusut ...": the hope's content
            lo > 1 and toks[lo - 1].low in lex.content_openers
            and toks[lo - 2].low in lex.hypothetical)) and not _done_relative(toks, lo, i):
        return None
    if trig.voice != "noun" and i > 0 and toks[i - 1].low in lex.offence_words:
        return None  # "dugaan tindak pidana merampas kemerdekaan": the name of a charge
    if _bare_appeal(ctx, trig, i, j, lo):
        return None  # (evspeech19) "kita mengajak, jadi kalau ...": no one asked, nothing asked
    if trig.code == "REQUEST" and not _told_appeal(ctx, trig, i, j):
        return None  # (evrec20) "menjelaskan, pertemuan digelar agar ...": no appeal told
    if _possible_existence(ctx, i, lo):
        return None  # (evspeech19) "kemungkinan ada dua orang yang ditetapkan": a possibility
    if _suggested_act(ctx, trig, i) or _standing_procedure(ctx, i) \
            or _needed_manner(ctx, trig, i, lo) or _standing_rule(ctx, i, j):
        return None  # (evprec24) a meeting suggested, a standing procedure, a backing needed
    if trig.code in lex.threatened_codes and i > 0 and toks[i - 1].low in lex.danger_nouns:
        return None  # (evspeech19) "ancaman serangan": an attack threatened, none made
    if trig.code in lex.threatened_codes and _natural_force(ctx, trig, i, lo):
        return None  # (evspeech19) "api sudah muncul membakar atap": a fire, no attacker
    if _sponsor_credit(ctx, trig, i, lo):
        return None  # (evprec29) "dilaksanakan atas dukungan X": a sponsor line
    if _poll_share(ctx, trig, i, lo):
        return None  # (evpoll26) "54 persen warga menolak ...": an opinion measured
    if _appointment_rule(ctx, i):
        return None  # (evprec27) "diangkat dan diberhentikan oleh Presiden": a rule
    if _self_directed(ctx, trig, j):
        return None
    if not ctx.direct and _quoted(toks, i, lex):
        return None
    if trig.voice != "noun" and _scare_quoted(toks, i, j):
        return None  # (evprec18) "keputusan itu 'mengancam' anak perusahaan": a figure
    first = i  # the trigger's first token; a refusal starts at its negator
    neg = _negator(ctx, i, lo, trig.voice == "noun")
    will = _willing(ctx, trig, i, lo) if neg is None else None
    if neg is not None:
        if not _refused(ctx, trig, i, neg):
            return None
        # "X tidak akan bertemu dengan Y": X refuses Y; the partner becomes the target
        trig = replace(trig, code="REJECT", mode=None, symmetric=False,
                       requires_recipient=False)
        first = neg
    elif will is not None:
        # "Kami siap melakukan kerja sama dengan Kemensos": the readiness is stated (the
        # plan is not "unrealised"), the partner becomes the target
        trig = replace(trig, code="AGREE", mode=None, symmetric=False,
                       requires_recipient=False)
        first = will
    elif trig.code in lex.threatened_codes and not ctx.direct and _future_act(ctx, trig, i):
        # (evspeech19) "Trump yang akan membombardir Pyongyang": an attack told as to come
        # is a threat made, never an attack done
        trig = replace(trig, code="THREATEN", mode="violence")
    if (ctx.direct and trig.code != "AGREE" and _quote_unrealised(ctx, i, lo)
            and not _performed(ctx, trig, i)):
        return None  # "Kami akan menindak tegas": a plan stated, nothing done
    if ctx.lead == -2 and trig.code not in ("AGREE", "THREATEN") and _future_act(ctx, trig, i):
        # (ev31b) a future in a quotation going on from a sentence before: '" Silakan ...
        # dikritik . Kami akan mengapresiasi kritik tersebut , " katanya' (seed 131, wrong)
        return None
    if i > 0 and toks[i].text[:1].isupper() and _title_case(toks):
        return None  # a subheading: "Gol Coutinho Menepis Rumor ?"
    if (trig.voice != "noun" and trig.code not in lex.conditioned_codes
            and _conditional_plan(ctx, i, j)):
        return None  # "akan mundur dari jabatannya jika DPR mendukung ...": nothing done yet
    if trig.voice == "noun" and i > 0 and toks[i].text[:1].isupper() \
            and toks[i - 1].text not in _QUOTE_OPENERS:
        return None  # part of a name: "Satgas Bantuan Likuiditas"
    voice = _voice(ctx, trig, i, j)
    if voice == "noun" and (not trig.bare_noun or _anaphoric(ctx, j)):
        return None
    if trig.voice == "noun" and voice != "noun" and _not_deed(ctx, _support_at(ctx, i)):
        return None  # (evprec27) "harus bisa melakukan kesepakatan": an ability, no deal made
    if trig.voice == "noun" and _wanted(ctx, i):
        return None  # "memohon dukungan masyarakat": support asked for, not given
    if trig.voice == "noun" and _guarded_against(ctx, i):
        return None  # (ev31b) "agar terlindungi dari serangan": an attack to come, none told
    if _advised(ctx, i, lo):
        return None  # (ev31b) "Silakan warga ... lapor ke polisi": advice, no report made
    if trig.voice == "active" and _planned(ctx, i, lo):
        return None  # (ev31b) "ada rencana Kamal menghabisi Endang": a plan, no killing told
    if trig.voice == "noun" and _termed(ctx, i, j):
        return None  # "kata 'kerusuhan'", "kerusuhan yang dimaksud ialah": a word defined
    if trig.voice == "noun" and i > 0 and toks[i - 1].low in lex.examples:
        return None  # "pendidikan politik seperti pertemuan dengan Jokowi": an example
    if _likened(ctx, i, lo):
        return None  # "May Day identik dengan aksi demonstrasi": a kind of act, none held
    if trig.voice != "noun" and _not_deed(ctx, i):
        return None  # "masih bisa menembak tepat sasaran": an ability, no shooting
    if trig.voice != "noun" and (trig.code not in lex.speech_acts or _any_one(ctx, j)) \
            and _habitual(ctx, i):
        # "para pelaku memang kerap menggelar unjuk rasa": a habit, no act held (a charge or
        # a demand made often is voiced all the same: "kerap menuding PBB")
        return None
    if trig.voice == "noun" and trig.code in lex.ended_codes and i > 0 \
            and toks[i - 1].low in lex.ending_nouns:
        return None  # (ev34c) "penanda usainya kerjasama X dengan Y": its end, no cooperation
    if trig.code not in lex.speech_acts and _ranked(
            ctx, _support_at(ctx, i) if trig.voice == "noun" else i):
        return None  # (evprec28) "negara yang paling produktif melaksanakan eksekusi mati"
    if trig.voice != "noun" and _shared_modal(ctx, i, lo):
        return None  # "Trump harus meminta maaf dan menarik pernyataannya": a duty stated
    if trig.voice != "noun" and _forbidden(ctx, i, lo):
        return None  # "melarang Roy dan Sys bertemu Ahok": no meeting held
    if trig.voice == "noun" and i > 0 and toks[i - 1].low in lex.generic_quantifiers:
        return None  # "setiap serangan": a kind of act, none held
    if trig.code in lex.measure_codes and _market_move(ctx, voice, lo, i, j):
        return None  # "memukul nilai saham Twitter": the market moved, no one was hit
    hi = ctx.clause_end(j)
    if _acquitted(ctx, trig, j, hi) or _nothing_regretted(ctx, i, j) \
            or _agreed_thing(ctx, trig, i) or _unowned_deeds_backed(ctx, trig, j, hi) \
            or _judicial_accord(ctx, trig, lo, i, j):
        return None
    if trig.code not in lex.benefactive_codes:
        # "menuntut kompensasi untuk Sandro": "for" ends the clause of a code it marks no
        # patient of
        hi = next((k for k in range(j, hi) if toks[k].low in lex.benefactive), hi)
    hi = _before_post(ctx, trig, j, hi)
    if trig.voice != "noun":
        # "warga yang memprotes pembangunan itu adalah Moch Aminullah": who protests, no
        # object (not "... arsenal nuklirnya yang merupakan peringatan kepada X")
        hi = next((k for k in range(j, hi) if toks[k].low in lex.copulas
                   and toks[k - 1].low not in lex.relatives), hi)
    if trig.symmetric:
        # (evrec11) a meeting's or clash's partner stands before a relative clause set off by
        # a comma: "tokoh agama sudah menggelar pertemuan , yang hasilnya mengusung X" (X is
        # backed by what the meeting decided, not met)
        hi = next((k for k in range(j, min(hi, len(toks) - 1)) if toks[k].low == ","
                   and toks[k + 1].low in lex.relatives), hi)
    # (evrec11) "membebaskannya dekat Konsulat Inggris, tempat dia dibekuk petugas": a place
    # relative after a comma tells what happened there, no participant of the trigger
    hi = next((k for k in range(j, min(hi, len(toks) - 1)) if toks[k].low == ","
               and toks[k + 1].low in lex.place_relatives), hi)
    hi = _next_predicate(ctx, j, hi)
    right_all = _listed_on(ctx, _right(ctx, j, hi), _object_reach(ctx, trig, j))
    if trig.voice == "noun":
        right_all = [m for m in right_all if not _own_short_form(ctx, j, m)]
    place_like = lex.place_preps | (set() if (trig.code in lex.goal_is_target
                                             or trig.goal_is_recipient)
                                    and not trig.goal_is_place else lex.goal_preps)
    if trig.goal_is_place:
        # (evprec16) "kami mengadukan permasalahan kami kepada Polres X": the authority a
        # complaint is made to is where it goes, as after "ke", no target
        place_like = place_like | lex.report_addressee_preps

    def is_place(m: _Mention) -> bool:
        if m.prep in place_like:
            return True
        return m.prep in lex.source_preps and m.place_id is not None and not m.is_country

    # a town at home hosts a foreign visit ("Delegasi Jepang tiba di Jakarta"), but is
    # no target: "Kapolrestabes meminta kebun binatang Bandung dibuka" asks no state
    # nor is a channel: "disalurkan melalui PT Pos"
    right = [m for m in right_all if not is_place(m) and not m.domestic
             and m.prep not in lex.channel_preps]
    if trig.named_addressee and not _addressed(ctx, j, right):
        return None  # a hope about something, asked of no one named
    if trig.urged_deed and not _urged_deed(ctx, j, right):
        return None  # "mendorong agar rupiah kembali menguat": an outcome wished
    # (evpart13) a noun's support verb opens its relative clause: "kelompok bersenjata yang
    # melakukan penembakan" (the group shoots, not a name before the head noun)
    relative = _relative_subject(ctx, lo, _support_at(ctx, i) if trig.voice == "noun"
                                 and voice != "noun" else i, apposition=voice == "passive")
    actors: list[str] = []
    targets: list[str] = []
    left: list[_Mention] = []
    borrowed = False  # the subject comes from the main clause of a verb-first subordinate one
    counted = False  # the passive's subject is a counted group of people named by no one
    read_out = False  # a subjectless verb opening a direct quotation: the speaker's side acts
    act_subject = False  # a passive's target marked after it ("dilaksanakan terhadap X")
    unnamed_by = False  # a passive's agent told by "oleh" but by no name ("oleh sang pebalap")
    held = False  # a noun's genitive is the one acted on ("penangkapan X"): X is a target
    alleged = False  # an accusation noun's genitive is the accused ("tudingan ... X")
    if voice == "active":
        left = _left_group(ctx, lo, i) if relative is None else relative
        if relative is None and trig.voice != "noun":
            left = _subject_before_relative(ctx, lo, i) or left
        if relative is None and _relative_apposition(ctx, left, i):
            left = left[-1:]  # (evrec20) "Pengacara yang ditunjuk Nelly, Scott R., membantah"
        elif left and relative is None:
            left = _head_of_aside(ctx, lo, left, i)
        if not left and relative is None:
            left = (_main_subject(ctx, lo, i) or _fronted_subject(ctx, lo, i, j)
                    or _opening_subject(ctx, lo, i, j) or _genitive_subject(ctx, lo, i)
                    or _ordered_party(ctx, i) or _said_own_act(ctx, i)
                    or _purpose_subject(ctx, lo, i, trig.code))
        if left and relative is None:
            left = _closed_relative_head(ctx, lo, left, i)
        complainant = _complainant(ctx, trig, lo, i) if relative is None else []
        if complainant and (not left or left[-1].j <= complainant[0].i):
            # "Setelah para pelaku diamankan, korban lalu membuat laporan polisi"
            left = complainant
        if left and relative is None and _reported_subordinate(ctx, left[-1].j, i):
            # (evprec28) "Agus mengatakan setelah melakukan pembunuhan itu, Kamal ...": the
            # speaker reports a clause whose subject follows its comma
            left = _subject_after_comma(ctx, j)
        if left and relative is None and _reported_clause(ctx, left[-1].j, i):
            left = []  # "polisi memperkirakan 20.000 orang berdemonstrasi": not the police
        if left and relative is None:
            left = _past_relative_agent(ctx, lo, left)
        if left and relative is None and _headless_relative(ctx, lo, left, i):
            left = []  # (evprec29) ", yang dibentuk oleh Kongres AS , memberikan": no subject
        if left and relative is None and _place_relative_agent(ctx, lo, left, i):
            left = []  # (evrec27c) "pihak kampus tempat Chiko berkuliah menjatuhkan sanksi"
        if left and relative is None:
            left = _described_apposition(ctx, lo, left, i)
        fronted = _fronted_object(ctx, left, i) if relative is None else []
        if fronted:
            left = left[len(fronted):]  # "Pak Ketua DKPP kita minta ...": kita asks him
        subject = _subject(ctx, lo, left, i)
        actors = _vals(subject)
        read_out = not actors and (_read_out(ctx, i, trig.code) or _speaker_hope(ctx, i))
        if read_out:
            # the speaker's side reads out its own act: the body acts, its officer reports
            actors = _reading_body(ctx.side)
            if ctx.toks[i].low in lex.speaker_hopes:
                actors = _hoping(ctx.side)
        objs = [m for m in right if m.prep not in lex.source_preps | lex.agent_preps
                and not _content_object(ctx, trig.code, j, m)
                and not _inner_patient(ctx, trig.code, j, m)
                and not _apologised_for(ctx, trig, j, m)
                # (evpart13) "menguatkan putusan Pengadilan Negeri X terhadap Y": the court
                # below made the ruling upheld, Y is sentenced
                and not (trig.mode == "convict"
                         and any(t.low in lex.court_words for t in toks[m.i:m.j]))]
        if trig.topic_object:
            # "membahas soal hubungan ... persoalan ASEAN serta ZEE": topics; a partner
            # is named with "dengan"
            objs = [m for m in objs if _with_partner(ctx, m)]
        if trig.code in lex.owner_genitive:
            # "AS mengerahkan sistem rudal (THAAD)": the object is the force moved; only a
            # marked recipient is a target
            objs = [m for m in objs if m.prep in lex.target_preps]
        group = _right_group(ctx, objs)
        if group and trig.code in lex.enforced_codes and all(m.kind == "AGENT" for m in group):
            # "menetapkan tiga tersangka, yakni A dan B, serta C": the suspects' names
            group = _listed_after(ctx, group[-1].j) or group
        targets = _vals(group)
        if not targets and trig.voice != "noun":
            targets = _object_pronoun(ctx, j)
        if group and trig.code == "ACCUSE" and trig.phrase[-1] in lex.suspected_wrong:
            # (evrec11) "menduga ada pemberian fee kepada X oleh Y": the giver named after
            # "oleh" is suspected as much as the one given to
            targets += _vals(_right_group(ctx, [m for m in right if m.i >= group[-1].j
                                                and m.prep in lex.agent_preps]))
        if not targets and fronted:
            targets = _vals(fronted)
        if trig.code == "REQUEST" and _bodily_service(ctx, subject, group, hi):
            return None  # (evprec28) "Endang meminta Kamal memijat punggungnya": private
        if trig.code == "REQUEST" and _expert_advice(ctx, subject, targets):
            return None  # "Peneliti X mengimbau masyarakat ...": advice, no request
        if not targets and trig.code in lex.enclitic_person_codes:
            targets = _enclitic_object(ctx, i, j, subject, trig.voice == "noun")
        if not targets and j < len(toks) and toks[j].low in _TO_HIM:
            # (evrec15) "PKS yang sudah menyatakan dukungan kepadanya": the person named last
            targets = _enclitic_object(ctx, j, j + 1, subject)
        if not targets and (trig.code in lex.owned_object_codes or (
                trig.code in lex.owned_act_codes and _act_noun(toks, j, lex))):
            # "mengapresiasi pencapaian yang telah diraih oleh Polda Bangka Belitung": whose
            # work is backed or rejected is the target
            targets = _vals(_right_group(ctx, [m for m in right if m.prep in lex.agent_preps
                                               and _object_owner(ctx, j, m)]))
        if not targets and trig.code in lex.source_is_target:
            # "menyita uang dari Siman Bahar", "menolak tawaran dari Chelsea"
            targets = _vals(_right_group(ctx, [m for m in right if m.prep in lex.source_preps]))
        if subject is not left and not targets and not trig.symmetric:
            # "MKMK memutuskan Patrialis melakukan pelanggaran dan menjatuhkan sanksi":
            # the earlier verb's object is the one sanctioned
            targets = _vals(m for m in left if not m.kind.startswith("ANAPHOR"))
    elif voice == "passive":
        left = _left_group(ctx, lo, i) if relative is None else relative
        if not left and trig.code in lex.as_charged_codes:
            left = _as_charged_subject(ctx, lo, i)
        if left and relative is None and left[0].prep in lex.agent_preps and left[0].prep_at > lo:
            # (evcrit21) "Festival itu diselenggarakan oleh Dinas X dan didukung oleh Bank Y",
            # "Budi ditangkap oleh polisi dan ditahan": the agent of an earlier passive is no
            # subject of this one; the earlier passive's subject is
            at = left[0].prep_at
            if (trig.code in lex.passive_needs_subject
                    and toks[at - 1].low in lex.staging_passives):
                return None  # "Acara X digelar oleh A dan didukung oleh B": sponsors of an event
            left = [m for m in _left_group(ctx, lo, at) if m.prep not in lex.agent_preps]
        if left and relative is None:
            left = _head_of_aside(ctx, lo, left, i)
        if left and relative is None and _relative_aside(ctx, left[-1].j, i):
            left = _aside_owner(ctx, lo, left)
        if left and relative is None:
            left = left + _running_mate(ctx, left, i)
        if not left and relative is None:
            # "Usai divonis bersalah ..., Ahok langsung ditahan", "Berangus ditembak polisi
            # saat ditangkap": the main clause's subject is the one sentenced or arrested
            left = (_main_subject(ctx, lo, i) or _fronted_subject(ctx, lo, i, j)
                    or _part_owner(ctx, lo, i) or _result_subject(ctx, lo, i))
            borrowed = bool(left)
            if (borrowed and trig.code in lex.enforced_codes
                    and all(m.kind in ("ORG", "AGENT") for m in left)):
                # (evroles9) "Hakim membatalkan status tersangka HM setelah dilaporkan ke
                # polisi oleh FH": a body acting on a person, the person was reported
                left = _main_object_person(ctx, lo) or left
        if left and relative is None:
            left = _closed_relative_head(ctx, lo, left, i)
        if not left and trig.code in lex.passive_needs_subject:
            return None  # "didukung oleh X" with no one supported: a sponsor line
        if _reorganised(ctx, i, left):
            return None  # "Dinas X dibubarkan": a state office wound up, no one coerced
        # "Ada 249 orang yang ditahan", "Sebanyak 86 orang di antaranya ditangkap": people
        # counted, none named, were arrested or charged
        counted = (not left and trig.code in lex.enforced_codes
                   and _counted_subject(ctx, lo, i))
        if counted:
            left = _listed_after(ctx, j)  # "3 terduga yang diamankan, yakni RW, KM, dan AY"
        elif (left and trig.code in lex.enforced_codes
              and all(m.kind == "AGENT" for m in left)):
            # an unnamed group ("tiga terduga teroris") named after its verb: the names
            left = _listed_after(ctx, j) or left
        # the agent of this verb, not of another passive in a relative clause after it
        # ("disepakati pengembalian fosil yang dahulu dibawa oleh Eugene Dubois")
        agent = [m for m in right if m.prep in lex.agent_preps
                 and not any(t.low in lex.relatives or _verb_like(t, lex)
                             for t in toks[j:m.prep_at])]
        # a bare agent right after the verb ("ditangkap polisi"), not the object of a
        # verb in between ("X didakwa membunuh Y": Y is no agent)
        # nor a name after a copula ("orang yang diamankan tersebut adalah Saulihun": who
        # was held, not who held him), nor one joined on by "bersama" ("Y ditangkap bersama
        # empat terduga teroris lainnya": arrested with them, not by them)
        if (not agent and right and right[0].prep is None and right[0].i - j <= 3
                and all(_title_word(t, lex) and t.low not in lex.appositions
                        and t.low not in lex.connectors for t in toks[j:right[0].i])
                # (evprec17) "dilaporkan nasabah Koperasi X": the clients report, the body
                # only says whose clients they are
                and not any(t.low in lex.client_nouns for t in toks[j:right[0].i])
                # (evprec28) "menjadi tersangka kasus pembunuhan Kim": Kim was killed
                and not (trig.code in lex.enforced_codes
                         and any(_case_word(t, lex) for t in toks[j:right[0].i]))):
            agent = _right_group(ctx, right)
        if agent and agent[0].prep is None and _nominalised_passive(toks, j):
            # "ditangkapnya RN": the arrest of RN, RN is held; a group before the noun is no
            # subject of it ("gejolak di internal Partai Golkar pasca ditetapkannya Novanto
            # sebagai tersangka": Novanto charged, Golkar no party; evprec4)
            left, agent = agent, []
        if not agent and trig.code in lex.enforced_codes:
            # "diciduk dalam OTT yang dilakukan KPK": the operation's maker arrested them
            agent = _operation_agent(ctx, j, right)
        if not agent and trig.code in lex.enforced_codes and not trig.subject_is_actor:
            # (evpart13) "dirampas untuk negara sesuai putusan Pengadilan X": the court
            agent = _ruling_agent(ctx, left[0].i if left else i, j)
        if not agent and trig.code == "COERCE" and not trig.subject_is_actor:
            agent = _custody_unit(ctx, j, right_all)
        initialled: list[_Mention] = []
        if agent and all(m.kind == "AGENT" for m in agent):
            # (evlegal19) "dikeroyok pelaku yang masing-masing berinisial MA, MT, dan AR":
            # the unnamed agents named after it
            initialled = _initialled(ctx, agent[-1].j)
            agent = initialled or agent
        unnamed_by = not agent and _described_agent(ctx, j)
        if trig.subject_is_actor:
            actors = _vals(left)
            targets = _vals(_right_group(ctx, [m for m in right if m not in agent]))
        else:
            targets = _vals(left)
            if left and trig.code in lex.enforced_codes:
                # (evprec25) "Ia ditangkap bersama rekannya, Danni": the partner held too
                targets += _vals(m for m in _held_with(ctx, j, right) if m not in agent)
            actors = _vals(initialled or _right_group(ctx, agent))
            giver = [] if actors or left or trig.code != "AID" else _giver_in_subject(ctx, lo, i)
            if giver:  # (ev33b) "Bansos dari Kemensos disalurkan": the source gives it
                actors = _vals(giver)
            if not left:
                # the act itself as subject, named by no participant: "Hukuman mati telah
                # dilaksanakan terhadap X" (X executed), "sanksi dijatuhkan kepada X"
                # (right after it: not across a comma, a relative or another verb, "diadukan
                # X, yang memberikan kuasa kepada Y")
                targets = _vals(_right_group(ctx, [
                    m for m in right if m not in agent and m.prep in lex.passive_target_preps
                    and _clear_gap(toks[j:m.prep_at], lex)]) or _marked_before(ctx, lo, i))
                act_subject = bool(targets)
            if not targets and trig.goal_is_recipient:
                # (evroles14) "kerja sama yang ditawarkan Indonesia ke Fiji": Fiji is offered
                targets = _vals(_right_group(ctx, [m for m in right if m not in agent
                                                   and m.prep in lex.goal_preps]))
            if targets and trig.source_also_target:
                # (ev34b) "X diduga menerima suap dari pengusaha Y": the giver is charged too
                targets += _vals(_right_group(ctx, [
                    m for m in right if m not in agent and m.prep in lex.source_preps
                    and _clear_gap(toks[j:m.prep_at], lex)]))
            if not targets and trig.code in lex.source_is_target:
                # "aset yang disita kejaksaan dari rumah Arinal": Arinal's assets
                targets = _vals(_right_group(ctx, [m for m in right if m not in agent
                                                   and m.prep in lex.source_preps]))
    elif voice == "received":
        left = _left_group(ctx, lo, i)
        if left:
            left = _head_of_aside(ctx, lo, left, i)
        else:
            # (evroles15) "Setelah mendapat dukungan dari PKB dan PDIP, Gus Ipul mendaftar":
            # the main clause's subject received it
            left = _fronted_subject(ctx, lo, _support_at(ctx, i), j)
            if not left:
                # (evrec27) "Boaz tak luput dari palu Komdis setelah menerima hukuman dua
                # kali tampil": a subordinate clause's left-out subject, the main clause's
                left = _main_subject(ctx, lo, i)
                borrowed = bool(left)
        targets = _vals(left)
        marked = lex.agent_preps | lex.source_preps | lex.with_preps
        actors = _vals(_right_group(ctx, [m for m in right if m.prep in marked]))
        if not actors:
            # (evprec7) the noun's bare genitive: "terjaring Operasi Tangkap Tangan (OTT)
            # polisi", as "kecaman AS" is the US's
            actors = _vals(m for m in right[:1] if m.prep is None and _bare_genitive_gap(
                toks[j:m.i]))
    else:  # a bare noun: "serangan Rusia ke Kyiv", "kecaman dari AS terhadap ..."
        # a group begun within reach runs on past it: "penolakan dari dua pejabat The Fed
        # yakni Michelle Bowman dan Christopher Waller"
        near = [m for m in right if m.i - j <= 8]
        near = _run_on(ctx, near, right[len(near):])
        titled = _title_region(ctx, j, near)
        between: list[str] = []  # the first party named after "antara"
        patient = (not trig.symmetric and trig.code not in lex.owner_genitive
                   and (toks[i].low.startswith(lex.patient_prefixes)
                        or trig.phrase in lex.patient_nouns))
        for n, m in enumerate(near):
            if _predicate_between(toks[j:m.i], lex):
                break  # "penangkapan MSH bermula dari informasi dari masyarakat"
            genitive = (n == 0 and m.prep is None and (m.i - j <= 2 or titled or (
                            # "kunjungan Menteri Luar Negeri Retno Marsudi": titles between
                            m.i - j <= 4 and all(t.text.isalpha() and t.text[:1].isupper()
                                                 for t in toks[j:m.i]))
                            # (evrec13) a town's government written out before the town:
                            # "kerja sama Pemerintah Kabupaten (Pemkab) Garut, BGN, ..."
                            or (m.place_id is not None and m.values == (m.place_id,)
                                and m.i - j <= 5 and _local_government(toks, m.i, lex)))
                        # "tuntutan pembubaran DPR": DPR is the genitive of the inner noun
                        and not any(t.low.startswith(lex.patient_prefixes)
                                    and t.low.endswith("an") and len(t.low) > 6
                                    for t in toks[j:m.i])
                        and not (m.kind == "COUNTRY" and not m.is_country)
                        # "demonstrasi Tiananmen Square": a place, not a participant
                        and not (m.i == j and m.place_id is not None and not m.is_country)
                        and not any(len(t.low) > 4 and t.low.startswith(lex.verb_prefixes)
                                    and t.text[:1].islower()  # "Perdana Menteri": a title
                                    for t in toks[j:m.i]))
            if n > 0 and trig.symmetric and _fronted_clause_end(toks, near[n - 1], m, lex):
                # (evroles15) "Saat dimintai konfirmasi usai rapat bersama Banggar DPR RI,
                # Sri Mulyani memilih diam": the main clause's subject took part in it
                actors.extend(m.values)
                break
            if n > 0 and not trig.symmetric and _opens_clause(toks, m, lex):
                # "Atas permohonan dari X, Kejari Cilegon memberikan ...": the subject of
                # the main clause is no party to the request; it is to a phone call or a
                # meeting ("Dalam percakapan telepon dengan Biden, Xi membahas ...")
                front = i if toks[i].low in lex.request_fronts else i - 1  # "Atas permintaan"
                if (trig.code == "REQUEST" and front == lo and toks[front].low in lex.request_fronts
                        and not targets and m.kind != "ANAPHOR_A"):
                    # (evactor11) "Atas permohonan dari X, Kejari Cilegon memberikan
                    # pendampingan": the main clause's subject grants it, so was asked
                    targets.extend(m.values)
                break
            if genitive and trig.phrase in lex.accused_nouns and any(
                    _lower_word(t) for t in toks[j:m.i]):
                # "tudingan ijazah palsu Joko Widodo": the inner noun is Jokowi's, the
                # accusation is against him, made by someone, not by a police body
                targets.extend(m.values)
                alleged = True
                break
            if genitive and _aid_beneficiary(ctx, trig, j, m):
                # (ev30c) "kenaikan bantuan dana partai politik": the parties get the funds
                targets.extend(m.values)
                break
            if genitive and patient and not (m.i == j and _frame_doer(ctx, i, m)):
                targets.extend(m.values)
                # right after the noun or its titles: not across a comma ("Selain
                # penggerebekan , kepolisian ...") nor an inner noun ("pemblokiran rekening
                # pelaku": the account blocked)
                held = held or all(t.text.isalpha() and t.text[:1].isupper()
                                   for t in toks[j:m.i])
            elif genitive or m.prep in lex.agent_preps | lex.source_preps:
                actors.extend(m.values)
            elif m.prep is not None:
                # one recipient group: "kecaman atas serangan Israel ke Lebanon" stops at Israel
                if not targets or _joined(near[n - 1], m, toks, lex):
                    if not targets and m.prep in lex.between_preps:
                        between = list(m.values)
                    targets.extend(m.values)
            elif actors and _joined(near[n - 1], m, toks, lex):
                # coordinated genitive: "kerja sama militer Korea Utara dan Rusia"
                actors.extend(m.values)
        if not actors and not targets and not patient:
            # (evrec28) "Tuntutan mereka adalah agar pelatih dipecat": a plural pronoun right
            # after the noun owns it, as a name there would (seed 118 lost the fans' demand)
            actors = _vals(m for m in ctx.ms if m.i == j and m.kind == "ANAPHOR_A"
                           and not m.pronoun and id(m) not in ctx.hidden)
        actors = _described_source(ctx, near, actors)
        if not actors and between:
            # "penandatanganan nota kesepakatan antara Pemprov Jateng dan Kanwil BPN": the
            # parties between whom the act is; the first named acts with the others
            actors = between
            targets = [t for t in targets if t not in between]
        if not actors and toks[i].bare != toks[i].low:
            # "Adian menegaskan dukungannya terhadap keputusan Purbaya", "Dalam kunjungannya
            # ke Solok, ia meninjau ...": -nya owns it, the subject of the clause it sits in
            actors = _vals(_enclitic_owner(ctx, lo, i, j))
        if not targets and trig.code in lex.casualty_codes:
            # "petinggi ISIS tewas dalam serangan udara AS": those killed were attacked
            targets = _vals(_casualties(ctx, lo, i))
        if not actors and trig.code in lex.speech_acts:
            told = _told_by(ctx, j)
            actors = _vals(told)
            if told and not targets:
                targets = _vals(_told_against(ctx, told))
            if told and not targets and trig.code in lex.content_target_codes:
                targets = _vals(_content_subject(ctx, ctx.clause_end(j)))
        if not actors and trig.symmetric and targets:
            # "Dedy mengatakan dialog dengan anggota AJI penting ...", "Oesman mengatakan,
            # pertemuannya dengan Phu Trong lebih membahas ...": the speaker's own meeting
            actors = _vals(_saying_subject(ctx, i) or _setting_speaker(ctx, i)
                           or _fronted_meeting_subject(ctx, i, j)
                           or _trailing_meeting_subject(ctx, i))
        if (not actors and ctx.direct and ctx.side and trig.phrase in lex.quoted_denials
                and not any(m.j <= i and not (m.values and set(m.values) <= ctx.side)
                            for m in ctx.ms)):
            # (evrec20) '"Tuduhan itu tidak benar," ujar X': the speaker denies the charge;
            # not where someone else is named before it ('"Padahal pelapor (Y) masih bisa
            # mengklarifikasi bahwa tulisan tersebut tidak benar," ucapnya': Y's to deny)
            actors = _hoping(ctx.side)
            targets = []
            read_out = True  # the speaker's own act, stated in the quotation
        if trig.symmetric:
            actors.extend(targets)
            targets = []

    if voice == "active" and _bare_verb_noun(ctx, trig, i, j, right):
        # (ev30b) "terkait mangkirnya Lukas": the -nya noun of a bare verb, its owner the
        # doer (seed 128 printed the police before it as actor, Lukas as target)
        actors, targets = _vals(_right_group(ctx, right)), []
    if trig.quoted_call and voice == "active":
        # (evrec29) '"Pemerintah harus ...," kata X': X asks the subject of the duty
        targets, actors = actors, _hoping(ctx.side)
        read_out = True
    if not targets and trig.code in lex.threatened_codes:
        # (evprec28) "serangan ... terhadap 99 negara , termasuk Indonesia": the named member
        targets = _vals(_included_targets(ctx, j))
    if not targets and trig.phrase in lex.premises_acts:
        targets = _vals(_premises_owners(ctx, right_all))
    if not targets and voice == "active" and trig.code in lex.content_target_codes:
        targets = _vals(_content_subject(ctx, hi))
    vague_demand = False  # (evrec7) a demand noun by parties unnamed, to someone named
    if not targets and voice == "noun" and trig.code in lex.content_target_codes:
        # "menilai wajar desakan sejumlah pihak agar Arief Hidayat mundur": the one asked is
        # the subject of the content clause; a few words naming the demanders may stand
        # between ("desakan PDIP agar ...")
        k = j
        while k < len(toks) and k - j < 5 and toks[k].text.isalnum() \
                and not _verb_like(toks[k], lex) and toks[k].low not in lex.content_openers:
            k += 1
        targets = _vals(_content_subject(ctx, k))
        vague_demand = bool(targets) and not actors
    if (voice == "active" and trig.code == "REQUEST" and targets and not actors and i >= 2
            and toks[i - 1].low in lex.representatives and toks[i - 2].low in lex.partner_counts):
        # (ev30b) "sejumlah pihak meminta Kementerian ESDM untuk menambah impor": parties
        # unnamed ask someone named, as the noun "desakan sejumlah pihak" (seed 127 missed it)
        vague_demand = True
    if not targets and voice == "active" and trig.code == "ACCUSE":
        # "Menuntut supaya majelis hakim ... menyatakan terdakwa X bersalah": X is charged
        targets = _vals(_accused_in_content(ctx, hi) or _sentenced_in_content(ctx, hi)
                        or _culprit_in_content(ctx, j) or _probed_in_question(ctx, j)
                        or _involved_in_case(ctx, j))
    if not targets and trig.code in lex.origin_codes:
        targets = _goods_origin(ctx, i, hi)
    if not targets and trig.code in lex.invested_codes:
        targets = _invested_in(ctx, j, right_all)
    place: str | None = None
    if trig.host_from_place:
        # a bare place is the host only before another verb: in "kunjungan Phu Trong
        # tidak berkaitan dengan ideologi yang dianut Vietnam" Vietnam is no host
        hosts = [m for m in right_all if m.place_id is not None and
                 (m.prep in lex.place_preps | lex.goal_preps or (
                     m.prep is None and not any(_verb_like(t, lex) for t in toks[j:m.i])))]
        if hosts:
            place = hosts[0].place_id
            if not (targets and hosts[0].prep in lex.place_preps):
                # "mengunjungi Prakash di penjara di Gaziantep": the one visited hosts, the
                # town only says where (its country is no second host)
                targets = [*hosts[0].values, *(v for v in targets if v not in hosts[0].values)]
        else:
            countries = [m for m in right_all if m.kind == "COUNTRY"
                         and m.prep in lex.place_preps | lex.goal_preps]
            # a body or a person visited hosts the visit: "melakukan kunjungan resmi ke
            # Kementerian Haji Arab Saudi", "berkunjung ke KPK"
            bodies = [m for m in right_all if m.kind in ("ORG", "PERSON")
                      and m.prep in lex.goal_preps]
            if countries:
                targets = [*countries[0].values, *targets]
            elif bodies:
                host = _vals(_right_group(ctx, bodies))
                targets = [*host, *(v for v in targets if v not in host)]
    if trig.foreign_host and (not _foreign(left, right_all, lex)
                              or (left and all(m.private for m in left))):
        return None  # travel at home, to a venue, or by private people: no visit
    if place is None:
        places = [m for m in ctx.ms if m.place_id is not None and not m.modifier and
                  (m.prep in lex.place_preps or (m.prep in lex.goal_preps and
                                                 trig.code not in lex.goal_is_target))]
        if places:
            place = min(places, key=lambda m: min(abs(m.i - j), abs(i - m.j))).place_id

    if _visit_to_nothing(trig, voice, targets, place) or _venue_visit(ctx, trig, right_all,
                                                                        targets):
        return None  # "pernah mengunjungi restoran ini": a venue visited, no one met
    if _private_trip(ctx, trig, voice, actors, targets, place):
        return None  # (evprec29) "Kunjungan Lee dan Jun itu": entertainers' trip, no meeting
    if trig.symmetric and voice != "noun":
        if not left and not (voice == "passive" and len(_uniq(actors)) >= 2):
            # a meeting or clash needs its subject; (evrec12) not a joint making whose
            # makers follow "oleh" ("dirancang secara kolaboratif oleh A dan B")
            return None
        actors.extend(targets)
        targets = []
    actors_t = _uniq(actors)
    # "mencabut empat IUP": a permit kind, no party (read only when there is a target)
    documents = _document_values(ctx) if targets else frozenset()
    targets_t = tuple(t for t in _uniq(targets) if t not in actors_t and t not in documents)
    actors_t = _without_commitment_owner(ctx, trig, j, actors_t)
    # (evprec28) "serangan Ransomware Wannacry": a program is no party to what it is used in;
    # the act stays, its users unnamed
    programs = _program_values(ctx) if actors_t else frozenset()
    used = bool(actors_t) and set(actors_t) <= programs
    actors_t = tuple(a for a in actors_t if a not in programs)
    if actors_t and set(actors_t) <= _document_values(ctx, bare=False):
        return None  # (evprec27) "RUU Sistranas mendukung pembangunan": a bill does nothing
    if ctx.side and actors_t and targets_t and set(actors_t) <= ctx.side:
        # (evroles9) '"kami ... membatalkan Keputusan KPU Nomor 731," kata Afifuddin': the
        # speaker's side acts on its own act, its own body is no target
        targets_t = tuple(t for t in targets_t if t not in ctx.side)
    if trig.code in lex.owner_genitive:  # "mengerahkan personel polisi": the force moved
        targets_t = tuple(t for t in targets_t if t not in lex.unnamed_actor.values()
                          and not _is_agent(t))
    if _danger(ctx, voice, i, j, targets_t):
        return None  # "ancaman kelompok radikal ISIS": the danger ISIS poses, no threat made
    if not actors_t and trig.code in lex.unnamed_actor and not _object_of_verb(ctx, i):
        actors_t = (lex.unnamed_actor[trig.code],)  # "unjuk rasa di ...": a crowd
    if (not actors_t and targets_t and voice != "active" and trig.code in lex.enforced_codes
            and not alleged and not trig.goal_is_place):
        # (evprec7) not a report: "dilaporkan ke Polda Jawa Barat" goes to the police, who
        # do not report
        actors_t = _enforcer_at(ctx, lo, hi, targets_t)
    # "Liu ditahan pada 2008": the one held is named, who held him is not. Not for "mereka
    # ditahan" (whom "mereka" stands for is unsure) nor across a verb ("Prabowo menceritakan
    # anak yang ditangkap"), unless the passive is coordinated with that verb ("DS menjalani
    # pemeriksaan ... dan langsung ditahan": DS is held)
    agentless = (not actors_t and bool(targets_t) and bool(left)
                 and voice in ("passive", "received")
                 and not any(m.kind.startswith("ANAPHOR") and not m.pronoun for m in left)
                 and (borrowed or not any(_verb_like(t, lex) for t in toks[left[-1].j:i])
                      or _coordinated_predicate(ctx, left[-1].j, i)
                      or _relative_aside(ctx, left[-1].j, i))) or (
                     (counted or act_subject or (held and trig.code in lex.held_genitive)
                      # (evrec10) "kasus penyiraman air keras terhadap Novel": a case of an
                      # attack on someone named, the attacker unnamed
                      or (voice == "noun" and bool(targets_t) and i > 0
                          and trig.code in lex.case_codes and toks[i - 1].low in lex.case_nouns))
                     and not actors_t)
    agentless = agentless or (used and bool(targets_t))
    if unnamed_by and not trig.unnamed_actor:
        # "Rumor itu dibantah oleh sang pebalap": someone did it, named by a description
        # this stage does not resolve; the act is not agentless, its subject no sure target
        agentless = False
    if (agentless and trig.unnamed_actor and (ctx.enforcer or not trig.unnamed_after_enforcer)
            and (ctx.enforcer or ctx.default_named or trig.unnamed_actor != lex.enforcer_default)
            and not (ctx.assumed and trig.unnamed_after_enforcer
                     and _quote_unrealised(ctx, i, lo))):
        actors_t = (trig.unnamed_actor,)  # by the police
        if trig.unnamed_actor == lex.enforcer_default and ctx.enforcer:
            actors_t = ctx.enforcer  # the body that made the arrest or charge before
    if counted and not actors_t and not targets_t:
        return None  # "16 saksi telah diperiksa" with no one named doing it: no participant
    if (trig.code == "SUPPORT" and not targets_t and ctx.toks[i].low in _WELCOME
            and actors_t and set(actors_t) <= lex.group_pronoun_agents):
        return None  # (evprec29c) "masyarakat menyambut gembira hadirnya SPBU": joy, no act
    if _bare_ask_of_person(ctx, trig, voice, i, j, left, actors_t, targets_t):
        return None  # (evprec29c) "Harry diminta menjadi pendamping": a favour, no appeal
    if (trig.code == "SUPPORT" and not targets_t and j < len(toks)
            and toks[j].low in lex.content_openers):
        # (ev30b) "bakal terus memberikan dukungan agar potensi yang ada bisa dikembangkan":
        # backing for an aim, no party backed (seed 127, judged wrong)
        return None
    if voice == "active" and _own_circle_asked(ctx, trig, j, actors_t):
        return None  # (ev30b) "Swift mengundang penggemarnya datang": fans or kin, no party
    if (voice == "noun" and not targets_t and " ".join(trig.phrase) in _BARE_BACKING
            and not _backing_given(ctx, i, j)):
        return None  # (ev32) "program dukungan manajemen": a backing named, none given
    if (voice == "active" and trig.code in lex.programme_codes
            and _work_through_means(ctx, j)):
        return None  # (ev32) "mendukung pemberdayaan warga melalui ...": the giver's work
    if not actors_t and not ((agentless or vague_demand) and trig.code in lex.agentless_codes
                             # a plan or a duty ("Yodi akan diperiksa", "perlu diapresiasi"):
                             # with no one named to carry it out, nothing is stated done
                             and not _quote_unrealised(ctx, i, lo)
                             and not _standing_duty(ctx, j)):
        return None
    if ctx.direct and not read_out and not _quote_stated(ctx, left, i, lo) and not (
            trig.code in lex.speech_acts and voice == "active" and bool(left)
            and all(m.kind in ("PERSON", "ANAPHOR_A") for m in left)) \
            and not _quoted_passive_report(ctx, trig, voice, i, j, hi, actors_t):
        # a person's request or charge told in a quotation is a report of what they said
        # ("Bapak Presiden meminta kepada kita semua untuk ...", "Dia (Pangeran Harry)
        # meminta Markus untuk mengatur pertemuan"), not a description of a role (a body's
        # or a crowd's act told by someone else is: '"Warga menolak usulan itu," kata X')
        return None
    if trig.code in lex.requires_recipient and not targets_t and len(actors_t) < 2 \
            and not (voice == "active" and _kind_partnered(ctx, j)):
        return None
    if not targets_t and len(actors_t) < 2 and _own_side_accord(ctx, i, j):
        return None  # '"kami sepakat untuk menaikkan status perkara"': a body's own decision
    if not targets_t and len(actors_t) < 2 and _opinion_assent(ctx, i, j):
        return None  # (evprec27) "setuju soal perlunya penataan": a stance, no agreement
    if (len(actors_t) == 1 and voice == "active"
            and _single_side_decision(ctx, i, j, hi)):
        return None  # (evroles12) "Timus sepakat menambah hukuman": the body's own decision
    if (trig.code == "REQUEST" and voice == "active" and all(_is_agent(t) for t in targets_t)
            and _advice_to_charges(ctx, j)):
        return None  # (evpart13) "mengingatkan agar siswa memakai helm": advice to pupils
    if trig.code in lex.own_rank_codes and not targets_t and _own_ranks_after(ctx, j):
        return None  # (evprec26) "apresiasi kepada seluruh jajarannya": within one body
    if (not targets_t and voice == "active" and trig.code in lex.programme_codes
            and _programme_object(ctx, j)):
        return None  # "Kejaksaan juga mendukung program ketahanan pangan": a partner's work
    if (not targets_t and voice in ("active", "noun") and trig.code in lex.programme_codes
            and _programme_after_prep(ctx, j)):
        return None  # (evprec25) "dukungan Pemda terhadap Program X": backing of a programme
    if (trig.requires_recipient and not targets_t and (not trig.symmetric or len(actors_t) < 2)
            and not (trig.code == "REQUEST" and voice == "active"
                     and (_group_asked(ctx, j) or _kind_asked(ctx, j)))
            and not (trig.symmetric and voice == "active" and len(actors_t) == 1
                     and _kind_met(ctx, j))):
        return None  # "Miguel Trauco, Guerrero berhasil menahan bola": no one detained
    span = Span(start=toks[first].start, end=toks[j - 1].end)
    return Event(code=trig.code, actors=actors_t, targets=targets_t, place=place,
                 time=_time(times, span), mode=_mode(ctx, trig, i, j), trigger=span,
                 evidence=sent), (left[0].i if left else None)


_ORIGIN_REACH = 12  # words from the trigger to the goods' country


def _goods_origin(ctx: _Ctx, i: int, hi: int) -> list[str]:
    """(evroles15) The country the goods a trade barrier falls on come from: "Trump mengancam
    menaikkan tarif barang impor asal China" (China threatened), "AS mengenakan tarif 25
    persen atas produk dari Kanada". A barrier word stands between the trigger and the goods
    noun, and the country right after an origin word after that noun (read from the country
    table: a country after "asal" or "impor" takes no mention of its own); none otherwise."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i + 3, min(hi, i + _ORIGIN_REACH)):
        if toks[k - 1].low not in lex.origin_words or toks[k - 2].low not in lex.goods_nouns:
            continue
        for ph, iso, is_country in lex.countries.get(toks[k].text, ()):
            if (is_country and iso and tuple(t.text for t in toks[k:k + len(ph)]) == ph
                    and any(t.low in lex.trade_barriers for t in toks[i:k - 2])):
                return [iso]
    return []


def _invested_in(ctx: _Ctx, j: int, right: Sequence[_Mention]) -> list[str]:
    """(evroles15) The country a pledge to invest goes to: "Apple menjanjikan paket investasi
    senilai USD 500 miliar di Amerika Serikat" (the US benefits; it stays the place too). The
    first country after a place preposition with an investment word between it and the
    trigger; none for a town or a province."""
    toks, lex = ctx.toks, ctx.lex
    for m in right:
        if m.prep in lex.place_preps and m.prep_at >= j:
            if m.is_country and any(t.low in lex.investment_words for t in toks[j:m.prep_at]):
                return list(m.values)
            return []
    return []


def _premises_owners(ctx: _Ctx, right: Sequence[_Mention]) -> list[_Mention]:
    """(evactor11) The people or bodies whose premises a search is made in: "penggeledahan
    di rumah A dan B", "di kantor X" (only premises nouns between the place preposition and
    the name); the group they head."""
    toks, lex = ctx.toks, ctx.lex
    for n, m in enumerate(right):
        if (m.prep in lex.place_preps and m.kind in ("PERSON", "ORG") and m.i - m.prep_at > 1
                and all(t.low in lex.premises_nouns for t in toks[m.prep_at + 1:m.i])):
            return _right_group(ctx, list(right[n:]))
    return []


def _self_directed(ctx: _Ctx, trig: Trigger, j: int) -> bool:
    """(evprec6) Is the active verb's object its doer itself ("peradaban ... biasanya
    menghancurkan dirinya sendiri")? Self-harm is no act on another party."""
    return trig.voice == "active" and any(
        _matches(ctx.toks, j, ph) for ph in ctx.lex.reflexive_objects)


def _visit_to_nothing(trig: Trigger, voice: str, targets: Sequence[str],
                      place: str | None) -> bool:
    """(evprec5) Does a visit verb name neither a host nor a place visited ("juga pernah
    mengunjungi restoran ini", seed 81: read as a meeting, judged wrong)? A venue or a
    thing visited: no meeting between actors. Nominal visits keep their genitive host."""
    return trig.host_from_place and voice == "active" and not targets and place is None


def _private_trip(ctx: _Ctx, trig: Trigger, voice: str, actors: Sequence[str],
                  targets: Sequence[str], place: str | None) -> bool:
    """(evprec29) Is a visit noun's genitive a list of private people travelling together,
    with no host nor place ("Kunjungan Lee Kwang Soo dan Jun So Min itu ternyata ...", seed
    122: two entertainers' trip read as a meeting, judged wrong)? One visitor's visit stays
    ("kunjungan Phu Trong", "rencana kunjungan Presiden Xi Jinping": the host is the
    article's country)."""
    if not (trig.host_from_place and voice == "noun" and len(actors) >= 2 and not targets
            and place is None):
        return False
    return all(any(v in m.values and m.private for m in ctx.ms) for v in actors)


def _own_side_accord(ctx: _Ctx, i: int, j: int) -> bool:
    """(evprec5) Is the trigger an accord word said by a first-person subject right before it
    (skip words between) with no partner after it ("kami sepakat untuk menaikkan status
    perkara", "kami sepakat dalam satu hal")? One side's own decision or stance: no
    agreement between parties (seeds 78, 82: both judged wrong)."""
    toks, lex = ctx.toks, ctx.lex
    k = _accord_subject_at(ctx, i, j)
    return (k is not None and k >= 0 and toks[k].low in lex.own_side_pronouns
            and not (j < len(toks) and toks[j].low in lex.with_preps))


def _accord_subject_at(ctx: _Ctx, i: int, j: int) -> int | None:
    """Where the word before an accord trigger (`own_accord_words`) stands, past skip words
    (-1 at the sentence's start); None where the trigger is no such word."""
    toks, lex = ctx.toks, ctx.lex
    if " ".join(t.low for t in toks[i:j]) not in lex.own_accord_words:
        return None
    k = i - 1
    while k >= 0 and toks[k].low in lex.skip:
        k -= 1
    return k


def _single_side_decision(ctx: _Ctx, i: int, j: int, hi: int) -> bool:
    """(evroles12) Is the trigger an accord word said of one side, with a verb of what it
    decided right after it ("untuk" and skip words between) and no partner in its clause
    ("Panitia kerja sepakat menambah ancaman hukuman bagi pelaku")? One body's own decision,
    no agreement between parties (seed 92, judged wrong; as the first-person "kami sepakat
    untuk ..." of seed 82). "X sepakat berdamai dengan Y" and "kedua negara sepakat
    membentuk ..." stay agreements."""
    toks, lex = ctx.toks, ctx.lex
    k = _accord_subject_at(ctx, i, j)
    if k is None:
        return False
    if k >= 0 and (toks[k].low in lex.plural_openers or toks[k].low in lex.numerals
                   or toks[k].low.startswith("kedua")):
        return False  # "kedua pihak sepakat", "keduanya sepakat": both sides named as one
    k = j
    while k < hi and (toks[k].low in lex.skip or toks[k].low == "untuk"):
        k += 1
    return (k < hi and _verb_like(toks[k], lex)
            and not any(t.low in lex.with_preps for t in toks[j:hi]))


def _before_post(ctx: _Ctx, trig: Trigger, j: int, hi: int) -> int:
    """(evrecall5) The end of a resignation's clause before the post left: "menanggalkan
    jabatannya sebagai presiden federasi sepakbola Italia (FIGC)" names the post, no one the
    resignation is made to (resignations are coded with no target)."""
    if trig.mode not in ctx.lex.post_modes:
        return hi
    return next((k for k in range(j, hi) if ctx.toks[k].low in ctx.lex.role_complements), hi)


_PARTNER_COUNT_REACH = 3  # counting words before an unnamed partner's kind


def _kind_partnered(ctx: _Ctx, j: int) -> bool:
    """(evrecall5) Is a kind of body or people the partner right after a cooperation verb
    ("KPK ... dengan menggandeng komunitas komik", "dengan bermitra bersama perusahaan beras
    lainnya")? The partner goes unnamed, as a kind asked goes in a request."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and (toks[k].low in lex.with_preps or toks[k].low == "bersama"):
        k += 1  # "bermitra bersama ..."
    start = k
    for _ in range(_PARTNER_COUNT_REACH):
        # (evrec28c) a count before the kind: "menjalin kerja sama dengan sejumlah media",
        # "kemitraan dengan lebih dari 100 restoran"
        if k < len(toks) and (toks[k].low in lex.partner_counts or toks[k].low.isdigit()):
            k += 1
    if k > start and k < len(toks) and toks[k].low in lex.partner_kinds and (
            k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum()):
        return True  # a counted kind closing the clause: "dengan 100 restoran."
    return (k + 1 < len(toks) and toks[k].low in lex.partner_kinds
            and _described_kind(toks, k, lex))


def _described_kind(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """Is the kind of party at `k` (with a word after it) described by a lower-case word
    that is no verb ("perusahaan beras", "pihak industri di ...")? Not a kind defined by a
    relative clause: "LPSK dapat bekerja sama dengan lembaga yang berwenang" (a provision of
    a law: any competent body, no partner chosen); nor one named before, left unresolved
    here ("perusahaan asal Jepang tersebut")."""
    nxt = toks[k + 1]
    return (_lower_word(nxt) and not _verb_like(nxt, lex) and nxt.low not in lex.relatives
            and not any(t.low in lex.anaphoric for t in toks[k + 1:k + 5]))


# (ev32) kinds of party met though unnamed, public kinds, party words: events.toml
_MET_KINDS = WordSet("events", EventsData, "words.met_kinds")
_PUBLIC_KINDS = WordSet("events", EventsData, "words.public_kinds")
_PARTY_WORDS = WordSet("events", EventsData, "words.met_party_words")


def _kind_met(ctx: _Ctx, j: int) -> bool:
    """(ev32) Is a kind of party, described by a lower-case word after it, met right after a
    meeting verb ending at `j` with its "dengan" ("berkoordinasi dengan pihak industri di
    kawasan X", "rapat dengan pemilik lahan")? Not the public, nor a kind defined by a
    relative clause or one named before ("perusahaan tersebut")."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    if not (k > 0 and toks[k - 1].low in lex.with_preps):
        if k >= len(toks) or toks[k].low not in lex.with_preps:
            return False
        k += 1
    while k < len(toks) and toks[k].low in _PARTY_WORDS:
        k += 1
    if k + 1 >= len(toks):
        return False
    kind = toks[k].low
    if kind in _PUBLIC_KINDS or not (kind in _MET_KINDS or kind in lex.partner_kinds):
        return False
    return _described_kind(toks, k, lex)


def _future_act(ctx: _Ctx, trig: Trigger, i: int) -> bool:
    """(evspeech19) Is the verb trigger at `i` told as to come: a future word before it, skip
    words only between ("yang akan membombardir", "bakal segera menyerang"), and no word of
    an attempt cut short before that ("saat akan menyerang petugas": about to, in a told
    scene)?"""
    if trig.voice == "noun":
        return False
    future, k = _future_before(ctx, i)
    return future and not (k >= 0 and ctx.toks[k].low in ctx.lex.attempt_openers)


def _future_before(ctx: _Ctx, i: int) -> tuple[bool, int]:
    """Whether a future word stands among the skip words right before the token at `i`
    ("yang akan", "bakal segera"), and the index of the first word before those skip words
    (-1 at the sentence's start): `_future_act`'s and `_conditional_plan`'s one scan."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    future = False
    while k >= 0 and toks[k].low in lex.skip:
        future = future or toks[k].low in lex.future_words
        k -= 1
    return future, k


_FORCE_REACH = 4  # words: a natural force, then aspect words and a verb of its coming


def _natural_force(ctx: _Ctx, trig: Trigger, i: int, lo: int) -> bool:
    """(evspeech19) Is the active verb trigger at `i` done by a natural force standing right
    before it in its clause, skip words and one intransitive verb of its coming between ("api
    sudah muncul membakar atap", "banjir bandang menghantam permukiman")? No one attacks
    (unless it names a thing: "senjata api", "kereta api")."""
    if trig.voice == "noun":
        return False
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, max(lo, i - _FORCE_REACH) - 1, -1):
        low = toks[k].low
        if low in lex.natural_forces:
            # not a weapon named by it: "senjata api" is held by someone
            return not (k > 0 and toks[k - 1].low in lex.force_compounds)
        if low in lex.skip or (k == i - 1 and toks[k].text.isalpha() and toks[k].text.islower()):
            continue
        return False
    return False


_SHARE_REACH = 4  # words between a share and its verb: "54 persen warga negara Inggris"


def _poll_share(ctx: _Ctx, trig: Trigger, i: int, lo: int) -> bool:
    """(evpoll26) Is the active verb trigger at `i` said of a share of a population, a
    percentage of a number standing as its subject with only plain words between ("54 persen
    warga Inggris menolak referendum ulang", "sebanyak 69 persen menolak")? A poll's share is
    an opinion measured, no act of an actor (seed 114: three such read as REJECT/AGREE)."""
    if trig.voice != "active":
        return False
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, max(lo, i - _SHARE_REACH - 1) - 1, -1):
        t = toks[k]
        if t.low in lex.share_units or (t.low.endswith("%") and t.low[:1].isdigit()):
            # the share of a number: "54 persen", "54%", not "persen" alone
            return t.low.endswith("%") or (k > 0 and toks[k - 1].low[:1].isdigit())
        if not t.text.isalpha() or _verb_like(t, lex) or t.low in lex.connectors:
            return False  # a clause or a list ends the subject
    return False


def _conditional_plan(ctx: _Ctx, i: int, j: int) -> bool:
    """(evrec13) Is the trigger at `i`..`j` a plan on a condition: a future word before it
    (skip words only between) and a condition opening the clause right after it ("X
    menyatakan akan mundur dari jabatannya jika DPR mendukung ...", "bakal menggugat apabila
    ...")? Only a plan is stated; a threat or a demand so made is coded by its own trigger."""
    toks, lex = ctx.toks, ctx.lex
    if not _future_before(ctx, i)[0]:
        return False
    hi = ctx.clause_end(j)
    return hi < len(toks) and toks[hi].low in lex.conditions


_THREAT_CODES = WordSet("events", EventsData, "words.conditional_threat_codes")
_THREAT_MODES = WordSet("events", EventsData, "words.conditional_threat_modes")
_RESOLVE = WordSet("events", EventsData, "words.conditional_resolve")  # "tak segan"


def _resolved_before(ctx: _Ctx, i: int) -> bool:
    """(ev34) A future word before the verb at `i` ("akan memecat"), or a negated hesitation
    ("tak segan mengganti", "tidak akan ragu untuk mengambil")?"""
    if _future_before(ctx, i)[0]:
        return True
    toks = ctx.toks
    k = i - 1
    while k > 0 and (toks[k].low in ctx.lex.skip or toks[k].low in ctx.lex.content_openers):
        k -= 1
    return (k > 0 and toks[k].low in _RESOLVE
            and any(t.low in ctx.lex.negators for t in toks[max(0, k - 2):k]))


def _threat_on_condition(ctx: _Ctx, trig: Trigger, lo: int, i: int, j: int) -> bool:
    """(ev34) Is the arrest or sanction verb at `i`..`j` one its doer says it will make on a
    condition: a future word (or a negated hesitation) before it, and a condition opening the
    clause after it ("akan menangkapnya jika ia tidak datang") or opening its sentence's
    clause before a comma ("Jika ia tidak datang , polisi akan menangkapnya")? A threat made,
    in the narrative only (a quotation's plan is the quote rules' to read)."""
    if trig.code not in _THREAT_CODES or trig.voice == "noun" or ctx.direct:
        return False
    if not _resolved_before(ctx, i):
        return False
    toks, lex = ctx.toks, ctx.lex
    hi = ctx.clause_end(j)
    after = hi < len(toks) and toks[hi].low in lex.conditions
    before = (lo > 0 and toks[lo - 1].low in lex.conditions
              and any(t.text == "," for t in toks[lo:i]))
    return after or before


def _conditioned(ctx: _Ctx, trig: Trigger, lo: int, i: int) -> bool:
    """(evrecall5) Is the trigger a threat (or, evrec7, a demand) in the main clause after a
    conditional one ("Jika uang tersebut tidak diberikan, pelaku mengancam akan menggelar
    aksi")? The condition is the threat's content: the threat itself is made. A threat
    inside the condition ("Jika Korut mengancam lagi, ...") has no comma before it and stays
    hypothetical."""
    if trig.code not in ctx.lex.conditioned_codes:
        return False
    comma = next((k for k in range(lo, i) if ctx.toks[k].text == ","), None)
    if comma is None:
        return False
    # (evrec7) a demand after the condition is made now ("Jika belum ada, Desmond meminta
    # Jokowi tidak mengeluarkan keppres"); one planned or due after it is not ("Jika
    # terbukti, KPU akan meminta ..."), while a threat is made by stating the plan. Only in
    # the narrative and in the active: a quoted "kalau ..., kita lagi minta" muses, and an
    # instruction "jika mengetahui ..., X diminta menghubungi" asks the public, not X.
    return trig.code not in ctx.lex.speech_acts or not (
        ctx.direct or trig.voice != "active"
        or any(t.low in ctx.lex.quote_unrealised for t in ctx.toks[comma + 1:i]))


def _quoted_passive_report(ctx: _Ctx, trig: Trigger, voice: str, i: int, j: int, hi: int,
                           actors: Sequence[str]) -> bool:
    """(evrecall5) Does a quotation report an act in the passive with its agent named after
    "oleh" ('"Pelapor diancam oleh pelaku dengan cara akan menyebarkan video," ujar
    Kasat Reskrim')? A description of a role is told in the active ("Peran kejaksaan
    adalah mendukung ..."); a passive with its doer named narrates what was done. Not in a
    relative clause: "berapa jumlah nilai yang disita oleh penyidik" names a thing."""
    return (trig.code in ctx.lex.quoted_passive_codes and voice == "passive" and bool(actors)
            and not (i > 0 and ctx.toks[i - 1].low in ctx.lex.relatives)
            and any(t.low in ctx.lex.agent_preps for t in ctx.toks[j:min(j + 2, hi)]))


def _acquitted(ctx: _Ctx, trig: Trigger, j: int, hi: int) -> bool:
    """(evprec4) Is a verdict an acquittal: an acquittal word after the trigger and its
    object, before any term of years ("memvonis Henry bebas", "divonis lepas")? An acquittal
    sanctions no one."""
    if trig.code != "SANCTION" or trig.mode != "convict":
        return False
    for t in ctx.toks[j:min(hi, j + _VERDICT_REACH)]:
        if t.low in ctx.lex.acquittal_words:
            return True
        if any(c.isdigit() for c in t.text):
            return False  # "divonis 5 tahun ... bebas bersyarat": a sentence first
    return False


_VERDICT_REACH = 6  # words: the convicted's name and titles, then the outcome


def _agreed_thing(ctx: _Ctx, trig: Trigger, i: int) -> bool:
    """(evprec4) Is a first-person base form of agreeing a relative clause describing a
    thing ("melakukan langkah-langkah yang sudah kami sepakati")? The steps agreed before are
    told, no agreement made here (as "hal itu sudah kita sepakati" is)."""
    toks, lex = ctx.toks, ctx.lex
    if trig.code != "AGREE" or i == 0 or toks[i - 1].low not in lex.own_side_pronouns:
        return False
    k = i - 2
    while k >= 0 and toks[k].low in lex.verbal_aspect:
        k -= 1
    return k >= 0 and toks[k].low in lex.relatives


_SERVICE_REACH = 3  # words from the one asked to the body part: "memijat (bagian) punggungnya"


def _bodily_service(ctx: _Ctx, subject: Sequence[_Mention], asked: Sequence[_Mention],
                    hi: int) -> bool:
    """(evprec28) Does one person ask another for a service to someone's body ("Endang
    meminta Kamal memijat punggungnya")? A private favour between people, no request between
    political actors (seeds 18, 119: judged wrong)."""
    if not subject or not asked or not all(m.kind == "PERSON" for m in [*subject, *asked]):
        return False
    toks = ctx.toks
    end = min(hi, asked[-1].j + 1 + _SERVICE_REACH)
    # owned by -nya: "memijat punggungnya", not an idiom ("meminta X turun tangan")
    return any(t.bare in ctx.lex.body_parts and t.bare != t.low for t in toks[asked[-1].j:end])


def _advice_to_charges(ctx: _Ctx, j: int) -> bool:
    """(evpart13) Is the one asked right after a request word ending at `j` (past "agar",
    "untuk", "kepada" and a quantifier) a noun of someone's charges or audience: pupils,
    players, readers, followers ("Kami sudah mengingatkan agar siswa memakai helm", "mengajak
    para pemain untuk tetap fokus")? Advice or encouragement to them, with no named party
    asked: no request between actors (the public, road users or fans are asked all the same)."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and k < j + 3 and (
            toks[k].low in lex.request_openers or toks[k].low in lex.group_quantifiers
            or toks[k].low in lex.target_preps):
        k += 1
    if k >= len(toks):
        return False
    # (evprec26) with -nya too: "mendesak para pemainnya" urges his own players (seed 110)
    return any(w in lex.advisees or (plural_base(w) or "") in lex.advisees
               for w in (toks[k].low, toks[k].bare))


def _own_ranks_after(ctx: _Ctx, j: int) -> bool:
    """(evprec26) Is the one addressed right after a trigger ending at `j` (past "kepada" and
    a quantifier) the subject's own ranks, a noun of members with -nya ("menyampaikan
    apresiasi kepada seluruh jajarannya", "mengapresiasi para prajuritnya")? A head praising
    his own staff acts within one body: no support between actors (seeds 107 and 110)."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and k < j + 3 and (
            toks[k].low in lex.group_quantifiers or toks[k].low in lex.target_preps):
        k += 1
    return k < len(toks) and toks[k].low != toks[k].bare and toks[k].bare in lex.own_ranks


_COURT_SUBJECT_REACH = 5  # words before an accord word where the court agreeing is named


def _judicial_accord(ctx: _Ctx, trig: Trigger, lo: int, i: int, j: int) -> bool:
    """(evpart13) Is an accord word said by a court or its judges of another court or its
    ruling ("Hakim Pengadilan Tinggi menyepakati hakim Pengadilan Negeri soal putusan lainnya",
    "majelis banding menyetujui putusan tingkat pertama")? An appellate court upholds the
    ruling below: a ruling, no agreement between parties."""
    toks, lex = ctx.toks, ctx.lex
    if trig.code != "AGREE" or j >= len(toks):
        return False
    obj = toks[j].low
    if obj not in lex.court_words and obj not in lex.ruling_nouns:
        return False
    return any(t.low in lex.court_words for t in toks[max(lo, i - _COURT_SUBJECT_REACH):i])


def _expert_advice(ctx: _Ctx, subject: Sequence[_Mention], targets: Sequence[str]) -> bool:
    """(evprec7) Is an appeal made by a person titled as an expert ("Peneliti Chris Colwell",
    "Profesor Philip Tierno", "dokter Boyke") to the public at large or to no one named?
    Health tips and everyday advice are no request between actors (the judges' ruling on
    seeds 29, 49 and 86); an expert's appeal to a named body ("Pakar X mendesak KPK") stays."""
    if len(subject) != 1 or subject[0].kind != "PERSON" or subject[0].i == 0:
        return False
    if any(v != _PUBLIC for v in targets):
        return False
    for k in range(subject[0].i - 1, max(-1, subject[0].i - 4), -1):
        # "Profesor Mikrobiologi Philip Tierno", "pakar gizi Tan Shot Yen"
        if not ctx.toks[k].text.isalpha():
            return False
        if ctx.toks[k].low in ctx.lex.expert_titles:
            return True
    return False


_OWN_SHORT_FORM_GAP = 2  # lower-case words between a nominal trigger and its bracketed short form


def _own_short_form(ctx: _Ctx, j: int, m: _Mention) -> bool:
    """(ev31c) Is `m` the short form in brackets of the nominal trigger ending at `j`, after
    at most two lower-case words of its name ("rapat kerja nasional ( Rakernas ) PAN")? The
    meeting itself, no party to it (seed 133: "Rakernas" coded as a participant)."""
    toks = ctx.toks
    k = m.i - 1
    if k < j or toks[k].text != "(" or m.j >= len(toks) or toks[m.j].text != ")":
        return False
    gap = toks[j:k]
    # a body's name before the bracket is glossed by it: "kelompok bersenjata ( KKB )"
    return len(gap) <= _OWN_SHORT_FORM_GAP and all(
        t.text.isalpha() and t.text.islower() and t.low not in ctx.lex.agents for t in gap)


def _bare_genitive_gap(gap: Sequence[_Tok]) -> bool:
    """(evprec7) Nothing, or only a bracketed short form, between a noun and its genitive."""
    return not gap or (len(gap) == 3 and gap[0].text == "(" and gap[2].text == ")"
                       and gap[1].text.isalnum())


def _fronted_object(ctx: _Ctx, left: Sequence[_Mention], i: int) -> list[_Mention]:
    """(evprec7) The object fronted before a first-person agent and a bare verb ("Pak Ketua
    DKPP kita minta buka-bukaan", "Pemkot Bogor kami minta memperbaiki jalan"): the
    Indonesian passive with a pronoun agent. The group before the pronoun is asked, not
    asking (seed 85: the addressee made an actor); empty when the shape is not this one."""
    toks, lex = ctx.toks, ctx.lex
    if len(left) < 2 or toks[i].low.startswith(lex.verb_prefixes):
        return []
    me = left[-1]
    if (me.j - me.i != 1 or toks[me.i].low not in lex.own_side_pronouns
            or left[-2].j != me.i
            or not all(t.low in lex.skip for t in toks[me.j:i])):
        return []
    return list(left[:-1])


def _unowned_deeds_backed(ctx: _Ctx, trig: Trigger, j: int, hi: int) -> bool:
    """(evprec7) Is an active verb of support's object a free relative ("apa yang ...") with
    no participant named before the clause ends ('"Saya mendukung penuh apa yang sudah
    dilakukan klub"', said by the club's own president)? What is backed has no doer named:
    no second party. "mendukung apa yang dilakukan pemerintah" keeps the government."""
    toks, lex = ctx.toks, ctx.lex
    if (trig.code != "SUPPORT" or trig.voice != "active"
            or not toks[j - 1].low.startswith(lex.verb_prefixes)):
        # "memberikan dukungan apapun yang memungkinkan": the noun's own modifier
        return False
    k = j
    while k < hi and toks[k].low in lex.degree_words:
        k += 1
    if not any(_matches(toks, k, ph) for ph in lex.free_relatives):
        return False
    return not any(k <= m.i < hi for m in ctx.ms)


def _nothing_regretted(ctx: _Ctx, i: int, j: int) -> bool:
    """(evprec4) Is a verb of regret said with nothing regretted after it ('"Kami sangat
    menyayangkan, namun ini kehendak Allah"')? Regret at fate blames no one."""
    toks = ctx.toks
    return (j - i == 1 and toks[i].bare in ctx.lex.regret_verbs
            and (j >= len(toks) or not toks[j].text[:1].isalnum()))


def _document_values(ctx: _Ctx, bare: bool = True) -> frozenset[str]:
    """(evprec4) Values of the sentence's mentions that are a kind of permit or document
    ("IUP", "SIM"): revoking one names its holder, if anyone, not the permit. With `bare`
    false, also those only opened by such a word ("RUU Sistranas", "Perpres X": evprec27, a
    bill is no actor; seed 110, "RUU Sistranas mendukung pembangunan", judged wrong)."""
    return frozenset(v for m in ctx.ms if (not bare or m.j - m.i == 1)
                     and ctx.toks[m.i].text in ctx.lex.document_kinds for v in m.values)


def _program_values(ctx: _Ctx) -> frozenset[str]:
    """(evprec28) Values of the sentence's mentions whose name opens with a word of a computer
    program ("Ransomware Wannacry")."""
    return frozenset(v for m in ctx.ms if ctx.toks[m.i].low in ctx.lex.program_words
                     for v in m.values)


def _without_commitment_owner(ctx: _Ctx, trig: Trigger, j: int,
                              actors: tuple[str, ...]) -> tuple[str, ...]:
    """(evprec4) The actors less a bare genitive right after a commitment noun: in
    "Robben Rico menegaskan komitmen Kemensos dalam membangun ..." the ministry owns the
    commitment (his own body's), it is no second party agreeing."""
    if not trig.symmetric or ctx.toks[j - 1].bare not in ctx.lex.owner_after_nouns:
        return actors
    owner = {v for m in ctx.ms if m.i == j and m.prep is None for v in m.values}
    return tuple(a for a in actors if a not in owner)


def _described_source(ctx: _Ctx, near: Sequence[_Mention], actors: list[str]) -> list[str]:
    """(evprec4) The person named after a comma when a noun's source is his description: in
    "Kritik juga datang dari anggota Komisi II DPR lainnya, Deddy Yevri Sitorus" Deddy
    criticises, not the commission. Otherwise the actors as found."""
    toks, lex = ctx.toks, ctx.lex
    src = next((m for m in near if (m.prep in lex.agent_preps or m.prep in lex.source_preps)
                and m.values and set(m.values) <= set(actors)), None)
    if src is None or src.prep_at != src.i - 2 or not (
            toks[src.i - 1].low in lex.description_heads
            or toks[src.i - 1].low in lex.member_nouns):
        return actors
    for p in ctx.ms:
        if p.i <= src.j or p.kind != "PERSON" or id(p) in ctx.hidden:
            continue
        gap = toks[src.j:p.i]
        if (len(gap) <= _DESCRIBED_GAP and gap and gap[-1].text == ","
                and all(t.text[:1].isupper() or t.low in lex.description_enders
                        for t in gap[:-1])):
            return list(p.values)
        break
    return actors


_DESCRIBED_GAP = 6  # words: the rest of the body's name, "lainnya", the comma


def _shared_modal(ctx: _Ctx, i: int, lo: int) -> bool:
    """Does a duty or ability word govern a verb coordinated before the trigger together with
    its object ("Trump harus meminta maaf dan menarik pernyataannya", "bisa memeriksa saksi
    dan menahan X")? `_not_deed` takes a bare verb before "dan" only."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k >= lo and toks[k].low in lex.skip:
        k -= 1
    if not (k > lo and toks[k].low in lex.coordinators):
        return False
    # the coordinated verb, at most two object words before the coordinator
    for v in range(k - 1, max(lo, k - 3) - 1, -1):
        if not _verb_like(toks[v], lex):
            continue
        b = v - 1
        while b >= lo and toks[b].low in lex.skip and toks[b].low not in lex.not_deeds:
            b -= 1
        return (b >= lo and toks[b].low in lex.not_deeds
                and not (b > 0 and toks[b - 1].low in lex.deeds_after_all))
    return False


def _forbidden(ctx: _Ctx, i: int, lo: int) -> bool:
    """Is the verb trigger the act a verb of forbidding before it bans ("melarang Roy dan
    Sys bertemu Ahok", "dicegah menemui X")? Names and their connectors may stand between,
    no other verb."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, max(lo, i - 9) - 1, -1):
        if toks[k].low in lex.forbidding:
            return True
        if _verb_like(toks[k], lex) or toks[k].low in lex.breaks or toks[k].low in lex.relatives:
            return False
    return False


def _frame_doer(ctx: _Ctx, i: int, m: _Mention) -> bool:
    """Is the name right after an act noun opened by a frame ("Dalam penggeledahan KPK
    menyita dokumen") the subject of the main verb right after it, so the act's doer, not
    the one it is done to? (Only a name next to the noun: in "Saat penangkapan, warga
    terlihat mengerubungi pelaku" the crowd is no party.)"""
    toks, lex = ctx.toks, ctx.lex
    k = m.j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    return (i > 0 and toks[i - 1].low in lex.act_frames and k < len(toks)
            and _verb_like(toks[k], lex) and not toks[k].low.startswith("di"))


def _described_agent(ctx: _Ctx, j: int) -> bool:
    """Does a description of a known agent follow the passive verb ending at `j`: "oleh"
    and "sang", or "oleh pebalap itu" (a demonstrative closing it)?"""
    toks, lex = ctx.toks, ctx.lex
    if j + 1 >= len(toks) or toks[j].low not in lex.agent_preps:
        return False
    if toks[j + 1].low in lex.definite_articles:
        return True
    for t in toks[j + 2:j + 5]:
        if t.low in _DEMONSTRATIVES:
            return True
        if t.low in lex.breaks:
            break
    return False


def _casualties(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """Who died or was hurt in the attack named at `i`: the group before a death word and
    a linking word ("X tewas dalam serangan"), or before "korban" ("X menjadi korban
    serangan")."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    if k > 0 and toks[k].low in lex.casualty_links:
        k -= 1
    if k < 0 or toks[k].low not in lex.casualty_words:
        return []
    return _left_group(ctx, ctx.clause_start(k) if k < lo else lo, k)


def _with_partner(ctx: _Ctx, m: _Mention) -> bool:
    """Is a mention the partner named after "dengan", its capitalised titles between
    ("membicarakan persoalan ISIS dengan Menteri Pertahanan Selandia Baru Mark Mitchell":
    the state of the post took the preposition, the minister is the partner)?"""
    if m.prep is not None:
        return m.prep in ctx.lex.with_preps
    toks = ctx.toks
    k = m.i - 1
    while k >= max(0, m.i - 7) and toks[k].text.isalpha() and toks[k].text[:1].isupper():
        k -= 1
    return k < m.i - 1 and k >= 0 and toks[k].low in ctx.lex.with_preps


def _market_move(ctx: _Ctx, voice: str, lo: int, i: int, j: int) -> bool:
    """Is the thing a trigger [i, j) acts on a market quantity: the object right after an
    active verb or noun ("memukul nilai saham Twitter", skip words between), or a passive's
    subject within three words before it ("harga saham BBRI dihantam")?"""
    toks, lex = ctx.toks, ctx.lex
    if voice == "passive":
        return any(t.low in lex.measure_objects for t in toks[max(lo, i - 3):i])
    k = j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    return k < len(toks) and toks[k].low in lex.measure_objects


def _act_noun(toks: Sequence[_Tok], j: int, lex: Lexicon) -> bool:
    """Is the word at `j` an act noun ("pembangunan", "penggusuran")?"""
    low = toks[j].low if j < len(toks) else ""
    return any(low.startswith(a) and low.endswith(b) for a, b in lex.act_noun_confixes)


def _operation_agent(ctx: _Ctx, j: int, right: Sequence[_Mention]) -> list[_Mention]:
    """The body named as making the enforcement operation that a passive ending at `j` is
    told inside: "diciduk dalam OTT yang dilakukan KPK", "ditangkap dalam razia yang digelar
    oleh Polres Bogor" (evroles8). The operation is one to three words right after the
    preposition, an operation noun or an act noun among them; a single passive verb, and
    "oleh" at most, stand between the relative and the name."""
    toks, lex = ctx.toks, ctx.lex
    if j >= len(toks) or toks[j].low not in lex.operation_preps:
        return []
    rel = next((k for k in range(j + 2, min(j + 5, len(toks)))
                if toks[k].low in lex.relatives), None)
    if rel is None or not any(toks[k].low in lex.operation_nouns or _act_noun(toks, k, lex)
                              for k in range(j + 1, rel)):
        return []
    if any(t.low in lex.breaks or t.text in {",", ";"} for t in toks[j + 1:rel]):
        return []
    v = rel + 1
    if v >= len(toks) or not (toks[v].low.startswith("di") and _verb_like(toks[v], lex)):
        return []
    first = next((m for m in right if m.i > v), None)
    if first is None or any(t.low not in lex.agent_preps for t in toks[v + 1:first.i]):
        return []
    return _right_group(ctx, [m for m in right if m.i >= first.i])


_RULING_REACH = 10  # words between a passive and the ruling noun after it, or its ruling verb


def _ruling_agent(ctx: _Ctx, start: int, j: int) -> list[_Mention]:
    """(evpart13) The court (or body) whose ruling a passive with no agent carries out: named
    right after a ruling noun after the verb ("dirampas untuk negara seperti dalam putusan dan
    perintah hakim Pengadilan X", "disita berdasarkan amar putusan Mahkamah Agung"), or the
    subject of a ruling verb opening the clause the passive's subject `start` stands in ("hakim
    Pengadilan X memutuskan seluruh aset milik Y dirampas"). A person after a verdict noun is
    the one convicted ("putusan Harvey"), never its maker: only a body or an agent acts."""
    toks, lex = ctx.toks, ctx.lex
    for k in range(j, min(len(toks), j + _RULING_REACH)):
        t = toks[k]
        if t.text in {",", ";"} or t.low in lex.relatives or (
                t.low in lex.breaks and t.low not in lex.benefactive):  # "untuk negara"
            break
        if t.low not in lex.ruling_nouns:
            continue
        n = k + 1
        while n < len(toks) and toks[n].low in lex.ruling_gap:
            n += 1
        hit = [m for m in ctx.ms if m.i == n and m.kind in ("ORG", "AGENT")]
        if hit:
            return hit
        break
    for k in range(start - 1, max(-1, start - _RULING_REACH), -1):
        t = toks[k]
        if t.text in {",", ";"} or t.low in lex.relatives:
            break
        if t.low not in lex.ruling_verbs:
            continue
        b = k
        while b > 0 and toks[b - 1].low in lex.verbal_aspect:
            b -= 1  # "telah memutuskan"
        return [m for m in ctx.ms if m.j == b and m.kind in ("ORG", "AGENT", "PERSON")]
    return []


def _object_owner(ctx: _Ctx, j: int, m: _Mention) -> bool:
    """Is `m`, marked as an agent ("oleh X"), the agent of a passive relative clause on the
    object after a trigger ending at `j` ("pencapaian yang telah diraih oleh X", "putusan
    banding yang dijatuhkan oleh X"), with no clause break between?"""
    toks, lex = ctx.toks, ctx.lex
    gap = toks[j:m.prep_at]
    if any(t.low in lex.breaks or t.text in {",", ";"} for t in gap):
        return False
    rel = next((k for k, t in enumerate(gap) if t.low in lex.relatives), None)
    if rel is None:
        return False
    verbs = [t for t in gap[rel + 1:] if t.low not in lex.skip]
    return len(verbs) == 1 and verbs[0].low.startswith("di") and _verb_like(verbs[0], lex)


def _enforcer_at(ctx: _Ctx, lo: int, hi: int, targets: Sequence[str]) -> tuple[str, ...]:
    """The enforcing body named only as where a suspect is questioned, held or charged in
    the clause [lo, hi): "Roy Suryo menjalani pemeriksaan di Polda Metro Jaya", "diamankan
    di Subbid Paminal Bidpropam Polda Sumut" (the body, an organisation, does it; a
    building, a PLACE ("di Kantor Kejari"), does nothing)."""
    lex = ctx.lex
    preps = lex.place_preps | lex.goal_preps
    for m in ctx.ms:
        if (lo <= m.i < hi and m.kind == "ORG" and m.prep in preps and not m.modifier
                and not set(m.values) & set(targets)
                and any(t.low in lex.enforcer_bodies for t in ctx.toks[m.i:m.j])
                and not _detention_unit(ctx.toks[m.i:m.j], lex)
                # '..., ujar Jhon, di Kejaksaan Negeri Sidoarjo': where it was said
                and not any(t.low in lex.attributions for t in ctx.toks[lo:m.i])):
            return m.values
    return ()


_THREAT_REACH = 8  # words after a threat noun where what it says will be done may open


def _danger(ctx: _Ctx, voice: str, i: int, j: int, targets: Sequence[str]) -> bool:
    """Is the noun trigger [i, j) a danger, not a threat made: a noun of both senses
    ("ancaman dari Malaysia dan Filipina", "ancaman kelompok radikal ISIS") with no one
    threatened, no act noun after it ("ancaman pembunuhan") and nothing it says will be
    done soon after ("ancaman ISIS untuk menyerang kota itu", across clause breaks)?"""
    toks, lex = ctx.toks, ctx.lex
    if toks[i].low not in lex.danger_nouns:
        return False
    if i > 0 and toks[i - 1].low in lex.danger_settings:
        # "di tengah ancaman rudal Korea Utara": the setting, a danger (whatever voice
        # "tengah", also an aspect word, lent the noun)
        return True
    if voice != "noun" or targets:
        return False
    if _act_noun(toks, j, lex):
        return False  # "ancaman pembunuhan", "ancaman penyerangan": the act threatened
    after = [t.low for t in toks[j:j + _THREAT_REACH]]
    return not any(w in lex.threat_contents for w in after)


def _nominalised_passive(toks: Sequence[_Tok], j: int) -> bool:
    """Does the passive trigger ending at `j` end in a di-...-nya noun ("setelah
    ditangkapnya RN", "dengan diperiksanya Budi")? A bare name after it is its patient,
    not its agent as after a plain passive ("ditangkap polisi")."""
    low = toks[j - 1].low
    return low.startswith("di") and low.endswith("nya") and len(low) > 7


def _bare_verb_noun(ctx: _Ctx, trig: Trigger, i: int, j: int,
                    right: Sequence[_Mention]) -> bool:
    """(ev30b) Is the one-word trigger at `i` a bare verb made a noun by -nya ("mangkirnya
    Lukas", "mundurnya Budi") with a name right after it, the one who did it? Not a meN-
    verb, whose -nya is its object ("menangkapnya"), nor a di- one (`_nominalised_passive`)."""
    low = ctx.toks[i].low
    return (j == i + 1 and trig.voice != "noun" and low.endswith("nya") and len(low) > 6
            and not low.startswith(("me", "di")) and bool(right) and right[0].i == j
            and right[0].prep is None)


def _detention_unit(name: Sequence[_Tok], lex: Lexicon) -> bool:
    """Does a name hold a detention facility's word ("Rutan Polres Polman", "Rumah Tahanan
    Polda Metro Jaya")? Such a unit holds the suspect for the body that arrested him: it is
    where he is, not who acted."""
    return any(t.low in lex.detention_words for t in name)


_SAID_REACH = 6  # words between a saying verb and its "kalau" ("menyampaikan kepada ... kalau")


def _said_that(ctx: _Ctx, k: int) -> bool:
    """Is the conditional word at `k` a colloquial "bahwa" after a saying verb ("mengaku jika
    aparat kepolisian meminta ...", "menyampaikan kepada parlemen pekan lalu kalau pemerintah
    pusat sudah memerintahkan ...")? What follows is reported as fact, no condition."""
    toks, lex = ctx.toks, ctx.lex
    if toks[k].low not in lex.said_that:
        return False
    # "mengatakan, kalau polisi menangkap X, warga akan protes": after a comma, a condition
    for n in range(k - 1, max(ctx.clause_start(k), k - _SAID_REACH) - 1, -1):
        if toks[n].text == ",":
            return False
        if toks[n].low in lex.reporting_verbs or toks[n].low in lex.said_that_verbs:
            return True
    return False


def _reorganised(ctx: _Ctx, i: int, left: Sequence[_Mention]) -> bool:
    """(ev106) Is the passive at `i` a state office wound up ("Dinas Kebersihan Kabupaten X
    dibubarkan")? A reorganisation of the state's own units coerces no one, unlike a banned
    group ("ormas itu dibubarkan")."""
    lex = ctx.lex
    if ctx.toks[i].low not in lex.dissolving_passives or not left:
        return False
    return all(ctx.toks[m.i].low in lex.state_units for m in left)


def _addressed(ctx: _Ctx, j: int, right: list[_Mention]) -> bool:
    """Is the first participant after a hope ending at token `j` the one asked to act: named
    right after it (gap words and titles only: "berharap agar para menteri", "berharap
    pimpinan UI") with a modal or a verb after the group ("... dapat membuka", "... segera
    menyelesaikan")? Not a name inside the thing hoped for ("berharap sistem Puskesos dapat
    diolah", "berharap kinerja KPK tidak terganggu")."""
    toks, lex = ctx.toks, ctx.lex
    group = _right_group(ctx, right)
    if not group or (group[0].prep is not None and group[0].prep not in lex.target_preps):
        return False
    heads = role_words().heads
    if group[0].i - j > 2 or not all(t.low in lex.addressee_gap or t.low in lex.target_preps
                                     or t.low in heads for t in toks[j:group[0].i]):
        return False
    end = _past_place(ctx, group[-1].j)
    if end < len(toks) and toks[end].low == ")":
        # (evrec11) past the closing bracket of the addressee's short form: "pemerintah daerah
        # (Pemda) memastikan ...", "berharap Komisi Pemberantasan Korupsi (KPK) segera ..."
        end += 1
    if end >= len(toks) or not (toks[end].low in lex.addressee_next
                                or _verb_like(toks[end], lex)):
        return False
    # "berharap Persib mengukir kemenangan", "berharap X bisa menang": a success wished for
    while end < len(toks) and toks[end].low in lex.addressee_next:
        end += 1
    if end < len(toks) and toks[end].low.startswith("di") and _verb_like(toks[end], lex):
        return False  # (evprec16) "berharap Budi akan dipanggil lagi": done to him, not asked
    return end < len(toks) and toks[end].low not in lex.addressee_outcomes


def _urged_deed(ctx: _Ctx, j: int, right: Sequence[_Mention]) -> bool:
    """(evrec9) Does the content of an urging from `j` name the one asked first ("mendorong
    agar Kementerian X menambah ...") or tell a deed in the passive ("agar segera
    diterbitkan aturan", "agar diterbitkannya SK", "agar beras lebih banyak digelontorkan")?
    A wished outcome ("agar rupiah bisa kembali menguat") asks no one."""
    toks, lex = ctx.toks, ctx.lex
    if right and right[0].i == j:
        return True
    return any(t.low.startswith("di") and _verb_like(t, lex)
               for t in toks[j:ctx.clause_end(j)])


def _past_place(ctx: _Ctx, end: int) -> int:
    """Token after a place phrase ("di Jawa Tengah") at `end`, else `end`: where the
    addressees of a hope are ("berharap seluruh pelaku usaha di Jawa Tengah memanfaatkan
    ...") stands between them and what they are asked to do (evrecall, seed 70)."""
    toks, lex = ctx.toks, ctx.lex
    if end >= len(toks) or toks[end].low not in lex.place_preps:
        return end
    m = next((m for m in ctx.ms if (m.i == end + 1 or m.prep_at == end) and _place(m)), None)
    return m.j if m is not None else end


def _group_asked(ctx: _Ctx, j: int) -> bool:
    """Is a group no name stands for asked to act right after a request ending at `j`: a
    quantifier, at most three lower-case words, then what is asked ("mendorong semua
    stakeholder untuk mengembangkan ...")?"""
    return _asked_after(ctx, j, ctx.lex.group_quantifiers, 1)


def _kind_asked(ctx: _Ctx, j: int) -> bool:
    """Is a kind of body or people asked to act right after a request ending at `j`, with
    no quantifier: a group word, at most three lower-case words, then what is asked ("BPJS
    Kesehatan juga mendorong fasilitas kesehatan untuk lebih aktif ...")? A request's
    object with no such opener ("mendorong pertumbuhan ekonomi") asks no one."""
    return _asked_after(ctx, j, ctx.lex.asked_groups, 0)


def _asked_after(ctx: _Ctx, j: int, heads: frozenset[str], gap: int) -> bool:
    """A word of `heads` at `j`, then at most three lower-case non-verbs, of which at least
    `gap`, then a request opener ("untuk", "agar")."""
    toks, lex = ctx.toks, ctx.lex
    if j >= len(toks) or toks[j].low not in heads:
        return False
    for k in range(j + 1, min(j + 5, len(toks))):
        if toks[k].low in lex.request_openers:
            return k > j + gap
        if not _lower_word(toks[k]) or _verb_like(toks[k], lex):
            return False
    return False


def _enclitic_object(ctx: _Ctx, i: int, j: int, subject: Sequence[_Mention] = (),
                     noun: bool = False) -> list[str]:
    """The person a verb's -nya object stands for: "Polda Jabar pun menjeratnya dengan Pasal
    48" charges the person named last before it (none when no person is named). The -nya may
    sit on the verb of a longer trigger: "polisi menetapkannya sebagai tersangka". A named
    subject in the same clause is not its own object: "Corby menerima remisi hingga Presiden
    SBY memberikannya grasi" grants Corby, the person named before the subject. On a
    nominal trigger (`noun`) the -nya owns the act: "menyampaikan permintaan maafnya"."""
    first, last = ctx.toks[i], ctx.toks[j - 1]
    if ctx.refs is None or noun or (last.bare == last.low and first.bare == first.low):
        return []
    pid = ctx.refs.person_last(ctx.toks[i].start)
    named = [m for m in subject if not m.kind.startswith("ANAPHOR")]
    if named and pid is not None and any(pid in m.values for m in named):
        # the subject named last: the person before it ("Suhendra masuk ke rumah Sri dan
        # memukulkannya" hits Sri, named after the subject, as before)
        pid = ctx.refs.person_last(ctx.toks[named[0].i].start)
    return [pid] if pid is not None else []


def _object_pronoun(ctx: _Ctx, j: int) -> list[str]:
    """(evroles15) The person a pronoun right after an active verb stands for, its object:
    "Kemarin jaksa kembali memanggil dia sebagai saksi" (whom "dia" was resolved to, as a
    subject pronoun is); "dirinya" in a reported clause, its speaker ("X mengaku yakin
    partai itu mendukung dirinya"). Only right after a verb: after a noun ending the
    trigger ("menyerahkan bantuan dia ...") the pronoun opens the next clause."""
    toks = ctx.toks
    if j >= len(toks) or not _verb_like(toks[j - 1], ctx.lex):
        return []
    person = toks[j].low in ctx.lex.person_words
    return next((list(m.values) for m in ctx.ms if m.i == j and (m.pronoun or person)
                 and m.kind == "ANAPHOR_A" and id(m) not in ctx.hidden), [])


def _likened(ctx: _Ctx, i: int, lo: int) -> bool:
    """Is the trigger what a thing is likened to ("identik dengan aksi demonstrasi turun ke
    jalan"), with no verb between: a habit or an image, no event?"""
    toks, lex = ctx.toks, ctx.lex
    for k in range(i - 1, max(lo, i - 5), -1):
        if toks[k].low in lex.with_preps and toks[k - 1].low in lex.likeness:
            return True
        if _verb_like(toks[k], lex):
            return False
    return False


def _enclitic_owner(ctx: _Ctx, lo: int, i: int, j: int) -> list[_Mention]:
    """Whom the -nya of a nominal trigger stands for: the subject of the verb it is the
    object of ("Adian menegaskan dukungannya": one verb, skip words only, between the
    group and the noun), or of the main clause after a fronted phrase it opens ("Dalam
    kunjungannya ke Solok, ia meninjau ...")."""
    toks, lex = ctx.toks, ctx.lex
    group = _left_group(ctx, lo, i)
    if group:
        between = [t for t in toks[group[-1].j:i] if t.low not in lex.skip]
        if len(between) == 1 and _verb_like(between[0], lex):
            return group
        return []
    if i > 1 or (i == 1 and not toks[0].text[:1].isupper()):
        return []  # only a phrase that opens the sentence
    return _subject_after_comma(ctx, j)


def _saying_subject(ctx: _Ctx, i: int) -> list[_Mention]:
    """The subject of a verb of saying whose reported clause opens with the trigger at `i`
    (only skip words, a comma or "bahwa" between): "Dedy mengatakan dialog dengan ..."."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and (toks[k].low in lex.skip or toks[k].text == "," or toks[k].low == "bahwa"):
        k -= 1
    if k <= 0 or toks[k].low not in lex.reporting_verbs:
        return []
    group = _left_group(ctx, ctx.clause_start(k), k)
    return group if group and group[-1].j == k else []


def _time_word(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """(evrec13) Is token `k` part of a time adjunct: inside a time expression, a time noun
    before a demonstrative and that demonstrative ("saat ini"), or the preposition opening
    either ("hingga saat ini", "pada 2016")?"""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (t.time or (t.low in lex.time_breaks and nxt is not None
                       and nxt.low in _DEMONSTRATIVES)
            or (t.low in _DEMONSTRATIVES and k > 0 and toks[k - 1].low in lex.time_breaks)
            or (t.low in lex.time_preps and nxt is not None
                and (nxt.time or nxt.low in lex.time_breaks)))


def _said_own_act(ctx: _Ctx, i: int) -> list[_Mention]:
    """(evrec13) The subject of a verb of saying whose reported clause, set off by a comma
    or opened by a time adjunct, leaves its own subject out ("Kominfo mengaku, hingga saat
    ini telah memblokir 6.000 situs", "Budi menegaskan, pada 2016 sudah bertemu Rudi"): the
    one who says it did it, as without the comma ("Kominfo mengaku telah memblokir").
    Only skip words, commas, "bahwa" and a time expression (its preposition too) between
    the verb and the trigger; any other word (a new subject, an object) keeps it out."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and (toks[k].low in lex.skip or toks[k].text == "," or toks[k].low == "bahwa"
                     or _time_word(toks, k, lex) or _frequency(toks, k, lex)):
        k -= 1
    if k <= 0 or k == i - 1 or toks[k].low not in lex.reporting_verbs:
        return []
    group = _left_group(ctx, ctx.clause_start(k), k)
    return group if group and group[-1].j == k else []


def _setting_speaker(ctx: _Ctx, i: int) -> list[_Mention]:
    """The speaker of a reporting clause right before the setting of a meeting noun at `i`
    ("kata Perry saat rapat kerja dengan DPD RI", "Menurut Suharso dalam rapat bersama
    Panja"): the group ending at the setting word, after an attribution and title words.
    The speaker speaks at that meeting, so takes part in it."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and toks[k].low not in lex.meeting_settings and toks[k].low in lex.skip:
        k -= 1
    if k <= 0 or toks[k].low not in lex.meeting_settings:
        return []
    group = _left_group(ctx, ctx.clause_start(k), k)
    if not group or group[-1].j != k:
        # (evrec17) "Hal tersebut disampaikan saat rapat kerja dengan X": no speaker named
        main = ctx.clause_start(k)
        return _unnamed_sayer(ctx, main, k - 1, k) if k - 1 > main else []
    openers = lex.attributions | lex.setting_reporters
    a = group[0].i - 1
    while a >= max(0, group[0].i - 4) and toks[a].low not in openers \
            and _title_word(toks[a], lex):
        a -= 1  # "kata Gubernur BI Perry Warjiyo"
    return group if a >= 0 and toks[a].low in openers else []


_SETTING_GAPS = WordSet("events", EventsData, "words.meeting_setting_gaps")


def _trailing_meeting_subject(ctx: _Ctx, i: int) -> list[_Mention]:
    """(evrec25) The subject of an active main clause that a meeting noun's setting closes
    ("KPK membuka kajian kasus itu di sela pertemuan dengan Komisi III", "Retno membahas
    isu itu saat pertemuan dengan Menlu Iran"): who acts there took part in the meeting
    (seed 104 missed KPK's). The subject opens the clause, right before its first verb."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and toks[k].low not in lex.meeting_settings and (
            toks[k].low in lex.skip or toks[k].low in _SETTING_GAPS):
        k -= 1
    if k <= 0 or toks[k].low not in lex.meeting_settings:
        return []
    main = ctx.clause_start(k)
    v = next((n for n in range(main, k) if _verb_like(toks[n], lex)), None)
    if v is None or toks[v].low.startswith("di"):
        return []  # no verb, or a passive one: its subject is acted on ("X ditangkap saat")
    group = _left_group(ctx, main, v)
    if not group or group[0] is not _first_group_start(ctx, main):
        return []
    depth = 0  # a short form glossed in brackets may follow: "Komisi X ( KPK ) sudah membuka"
    for t in toks[group[-1].j:v]:
        depth += (t.text == "(") - (t.text == ")")
        if not (depth > 0 or t.text == ")" or t.low in lex.skip):
            return []
    return group


_FRONT_COMMAS = 3  # commas: appositions of the partner before the main clause's subject


def _fronted_meeting_subject(ctx: _Ctx, i: int, j: int) -> list[_Mention]:
    """(evrec17) The subject of the main clause after a meeting noun that opens the sentence
    in its setting ("Dalam pertemuan dengan Menteri X, pimpinan kementerian itu, Budi
    menyampaikan ...", "Usai rapat koordinasi dengan BPBD, Gubernur meninjau ..."): who acts
    in the main clause took part in the meeting. The partner's appositions may stand before
    it; the first comma followed by a name that opens a clause ends the fronted phrase."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and toks[k].low in lex.skip and toks[k].low not in lex.meeting_settings:
        k -= 1
    if k != 0 or toks[k].low not in lex.meeting_settings:
        return []  # only a setting word opening the sentence
    hi = ctx.clause_end(j)
    seen = 0
    for c in range(j, hi):
        if toks[c].text != ",":
            continue
        seen += 1
        if seen > _FRONT_COMMAS:
            break
        first = next((m for m in ctx.ms if m.i == c + 1 and id(m) not in ctx.hidden
                      and m.prep is None and not m.modifier), None)
        if first is None or not _opens_clause(toks, first, lex):
            continue
        v = first.j
        while v < len(toks) and not _verb_like(toks[v], lex):
            v += 1
        return _left_group(ctx, c + 1, v)
    return []


def _reported_clause(ctx: _Ctx, a: int, i: int) -> bool:
    """Does a verb of saying or estimating stand between a group ending at token `a` and a
    trigger at `i`, with words of a new subject after it ("memperkirakan lebih dari 20.000
    orang berdemonstrasi")? Only skip words ("menyebut telah menangkap"), a pronoun or a
    verb ("mengaku mengikuti demo") after it keep the group the trigger's subject."""
    toks, lex = ctx.toks, ctx.lex
    v = next((k for k in range(a, i) if toks[k].low in lex.reporting_verbs), None)
    if v is None:
        return False
    # (evrec13) a comma or a time expression after the verb brings no new subject
    # (ev31c) nor a count of times ("mengatakan sudah beberapa kali bertemu dengan X")
    rest = [t for k, t in enumerate(toks[v + 1:i], start=v + 1)
            if t.low not in lex.skip and t.text != "," and not t.time
            and t.low not in lex.time_preps and t.low not in lex.time_breaks
            and t.low not in _DEMONSTRATIVES and not _frequency(toks, k, lex)]
    return bool(rest) and not any(t.low in lex.speaker_words or t.low in lex.pronouns
                                  or t.low in lex.content_openers or t.low == "bahwa"
                                  or _verb_like(t, lex) for t in rest)


def _reported_subordinate(ctx: _Ctx, a: int, i: int) -> bool:
    """(evprec28) Does a verb of saying right after a group ending at token `a` open what it
    reports with a subordinate clause that leaves its subject out and holds the trigger at `i`
    ("Agus mengatakan setelah melakukan pembunuhan itu, Kamal menginap ...")? The subject is
    the reported main clause's, never the speaker's."""
    toks, lex = ctx.toks, ctx.lex
    v = a
    while v < i and toks[v].low in lex.skip:
        v += 1
    if v >= i - 1 or toks[v].low not in lex.reporting_verbs:
        return False
    sub = v + 1
    if toks[sub].text == ",":
        sub += 1
    if sub >= i or (toks[sub].low not in lex.subordinators
                    and toks[sub].low not in lex.time_subordinators):
        return False
    return _verb_first(ctx, sub + 1, i)


def _content_object(ctx: _Ctx, code: str, j: int, m: _Mention) -> bool:
    """Is mention `m` after a trigger ending at token `j` not the trigger's object: the
    thing a noun of making makes ("mendukung pembentukan Kementerian Haji"), or, for codes
    whose clause embeds an act, the object of the act asked, promised or backed ("meminta
    perusahaan kontraktor menambah para pekerja")? A marked recipient ("kepada X") and the
    object of a verb coordinated with the trigger ("menangkap dan menahan X") are its own."""
    toks, lex = ctx.toks, ctx.lex
    if m.prep in lex.target_preps:
        return False
    if m.prep is None and m.i > j and toks[m.i - 1].low in lex.made_objects:
        return True
    if (code in lex.content_target_codes and m.prep is None and m.i > j
            and toks[m.i - 1].low in lex.involvement_nouns):
        return True  # (evprec18) "mengusulkan keterlibatan TNI": TNI is in what is asked
    if code not in lex.embedding or code in lex.act_object_codes:
        return False
    end = m.prep_at if m.prep is not None and m.prep_at >= j else m.i
    return any(
        _verb_like(toks[k], lex) and toks[k].low.startswith(lex.content_verb_prefixes)
        and not (k > 0 and toks[k - 1].low in lex.connectors)
        # "menolak proposal yang diajukan Mesir": whose the object is, a party to it
        and not (k > 0 and toks[k - 1].low in lex.relatives and toks[k].low.startswith("di"))
        for k in range(j, end))


def _inner_patient(ctx: _Ctx, code: str, j: int, m: _Mention) -> bool:
    """Is `m`, marked by "terhadap" after a request's object noun of an act, that act's
    patient, not the one asked ("meminta penjadwalan ulang pemeriksaan terhadap Lisa": the
    lawyer asks the police about Lisa's questioning, not Lisa)?"""
    toks, lex = ctx.toks, ctx.lex
    if code not in lex.inner_patient_codes or m.prep not in lex.inner_patient_preps:
        return False
    return any(t.text.islower() and t.low.startswith(lex.patient_prefixes)
               and t.low.endswith("an") and len(t.low) > 6 for t in toks[j:m.prep_at])


def _programme_object(ctx: _Ctx, j: int) -> bool:
    """Is the object after a trigger (skip words and "penuh" between) a programme or an
    activity ("mendukung program", "mendukung pemberdayaan masyarakat")?"""
    lex = ctx.lex
    k = j
    while k < len(ctx.toks) and ctx.toks[k].low in lex.skip:
        k += 1
    return k < len(ctx.toks) and ctx.toks[k].low in lex.programme_objects


# (ev32) bare backing nouns, their declarations and sources, means prepositions: events.toml
_BARE_BACKING = WordSet("events", EventsData, "words.bare_backing_nouns")
_BACKING_DECLARED = WordSet("events", EventsData, "words.backing_declarations")
_BACKING_SOURCES = WordSet("events", EventsData, "words.backing_sources")
_BACKING_WITH = WordSet("events", EventsData, "words.backing_with")
_MEANS_PREPS = WordSet("events", EventsData, "words.means_preps")
_MEANS_OBJECTS = WordSet("events", EventsData, "words.means_objects")  # (ev33b) "proyek"
_BACKING_SOURCE_REACH = 4  # words from a backing noun to the "dari"/"oleh" of its giver


def _backing_given(ctx: _Ctx, i: int, j: int) -> bool:
    """(ev32) Is the bare backing noun at `i`..`j` told as given: declared ("deklarasi
    dukungan X"), had with its giver named right after it ("dengan dukungan Komisi X"), or
    its giver named after "dari"/"oleh" ("tiket dukungan dari PKB", "dukungan
    yang diberikan oleh Polres")?"""
    toks = ctx.toks
    if i > 0 and toks[i - 1].low in _BACKING_DECLARED:
        return True
    if i > 0 and toks[i - 1].low in _BACKING_WITH and any(m.i == j for m in ctx.ms):
        return True  # "maju dengan dukungan Komisi X": the named giver's backing, had
    hi = min(ctx.clause_end(j), j + _BACKING_SOURCE_REACH)
    return any(t.low in _BACKING_SOURCES for t in toks[j:hi])


def _work_through_means(ctx: _Ctx, j: int) -> bool:
    """(ev32) Is what a backing verb ending at `j` backs an activity (a programme object or an
    act noun, "pemberdayaan", "pelaksanaan") given through the giver's own means, a means
    preposition later in the clause ("mendukung pemberdayaan masyarakat desa melalui
    pengolahan sampah")? That tells the giver's work, no act of support."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    if not (_programme_object(ctx, j) or _act_noun(toks, k, lex)
            or (k < len(toks) and toks[k].low in _MEANS_OBJECTS)):
        return False
    return any(t.low in _MEANS_PREPS for t in toks[k + 1:ctx.clause_end(k)])


_PROGRAMME_REACH = 4  # words from the trigger to the preposition before the programme


def _programme_after_prep(ctx: _Ctx, j: int) -> bool:
    """(evprec25) Is what a backing ending at `j` goes to, or is given through, a programme
    or an activity named after a preposition, with only capitalised words (its giver) or
    skip words before it ("dukungan Pemda terhadap Program Tiga Juta Rumah", "memberikan
    dukungan melalui pembiayaan pengadaan tanah")?"""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < min(len(toks), j + _PROGRAMME_REACH) and toks[k].low not in lex.programme_preps:
        if not (toks[k].low in lex.skip or toks[k].text[:1].isupper()):
            return False
        k += 1
    if k >= len(toks) or toks[k].low not in lex.programme_preps:
        return False
    return _programme_object(ctx, k + 1)


def _relative_subject(ctx: _Ctx, lo: int, i: int,
                      apposition: bool = False) -> list[_Mention] | None:
    """The subject of a trigger in a relative clause ("X yang ditangkap"): the group right
    before "yang", or none when a common noun stands there ("empat tersangka yang dibekuk
    sebelumnya", "peristiwa yang menewaskan Affan"). None when the trigger opens no
    relative clause."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    # "lembaga ... yang semuanya menentang rakyat": a floating quantifier of the head
    # (evprec28) ... and an aspect word: "negara yang pernah memprotes mereka" (seed 119)
    while k >= lo and (toks[k].low in lex.skip or toks[k].low in lex.floating_quantifiers
                       or toks[k].low in _PERFECTIVE):
        k -= 1
    if k < lo or toks[k].low not in lex.relatives:
        return None
    end = k - 1 if k > lo and toks[k - 1].text == "," else k
    end = _before_short_form(toks, lo, _before_age(toks, lo, end))
    group = _left_group(ctx, lo, end)
    if apposition and not (group and group[-1].j == end):
        # (of a passive only: "Ditambahkan Rantala, kegiatan yang bekerja sama dengan ...":
        # the activity cooperates, not the speaker before it)
        end = _before_apposition(ctx, lo, end)
        group = _left_group(ctx, lo, end) if end >= 0 else []
    if group and group[-1].j == end:
        return (_national_owner(ctx, lo, group) if apposition else []) or group
    return (_letter_sender(ctx, lo, end) or _marked_relative_head(ctx, lo, end)
            or _copula_head(ctx, lo, end))


_COPULA_HEAD = 3  # lower-case words of the common noun between a copula and "yang"


def _copula_head(ctx: _Ctx, lo: int, end: int) -> list[_Mention]:
    """(ev33b) The subject of a copula whose complement is the common noun a relative clause
    describes: "Louis dan Liam adalah personel yang telah setuju untuk ikut serta" (seed 139
    lost the yes: "personel" is no party, but the two named are it). A few lower-case words,
    no verb among them, stand between the copula and "yang"; the group ends at the copula."""
    toks, lex = ctx.toks, ctx.lex
    c = end - 1
    while c >= lo and end - c <= _COPULA_HEAD and toks[c].low not in lex.copulas:
        t = toks[c]
        if not (_lower_word(t) and t.text.isalpha()) or _verb_like(t, lex) or t.low in lex.breaks:
            return []
        c -= 1
    if c < lo or c == end - 1 or toks[c].low not in lex.copulas:
        return []
    group = _left_group(ctx, lo, c)
    return group if group and group[-1].j == c else []


_AID_NOUNS = WordSet("events", EventsData, "words.aid_nouns")
_AID_NOUN_REACH = 5  # words from an aid noun to its "dari": "bantuan sosial ( bansos ) dari"


def _giver_in_subject(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """(ev33b) The giver named inside an aid passive's subject, after "dari" behind the aid
    noun: "Bantuan sosial ( bansos ) dari Kementerian Sosial ( Kemensos ) disalurkan secara
    bertahap" (seed 139 missed the aid: the subject held no participant). The giver's group
    ends right before the verb (a bracketed short form between); only lower-case words or
    brackets stand between the aid noun and "dari"."""
    toks, lex = ctx.toks, ctx.lex
    cands = [m for m in ctx.ms if lo <= m.i and m.j <= i and id(m) not in ctx.hidden]
    if not cands or cands[-1].prep not in lex.source_preps:
        return []
    first = next((m for m in cands if m.prep_at == cands[-1].prep_at), cands[-1])
    if not all(t.text in "()" or t.text[:1].isupper() or t.low in lex.skip
               for t in toks[cands[-1].j:i]):
        return []
    d = first.prep_at
    k = d - 1
    while k >= lo and d - k <= _AID_NOUN_REACH and toks[k].low not in _AID_NOUNS:
        if not (_lower_word(toks[k]) or toks[k].text in "()"):
            return []
        k -= 1
    if not (k >= lo and toks[k].low in _AID_NOUNS):
        return []
    return [m for m in cands if m.i >= first.i]


def _national_owner(ctx: _Ctx, lo: int, group: Sequence[_Mention]) -> list[_Mention]:
    """(evprec28) The person a short apposition names as a country's national before a
    relative clause ("Siti Aisyah , warga negara Indonesia yang menjadi tersangka": Siti, not
    Indonesia, is the suspect); none when the group is no country after such an apposition."""
    if not all(m.is_country for m in group):
        return []
    c = _before_apposition(ctx, lo, group[0].i)
    if c < 0 or ctx.toks[c].text != ",":
        return []
    return [m for m in _left_group(ctx, lo, c) if m.kind == "PERSON"]


def _letter_sender(ctx: _Ctx, lo: int, end: int) -> list[_Mention]:
    """(evrec7) The sender of a letter whose addressee the relative clause follows: "Civitas
    akademika ... mengirim surat kepada Ketua MK Arief Hidayat, yang meminta kesediaan Arief
    untuk mundur" (the letter asks; seed 86 missed it). The group before the letter noun."""
    toks, lex = ctx.toks, ctx.lex
    head = next((m for m in ctx.ms if m.j == end and m.prep in lex.target_preps
                 and m.prep_at > lo + 1), None)
    if head is None or toks[head.prep_at - 1].low not in lex.letter_nouns:
        return []
    return _left_group(ctx, lo, head.prep_at - 2)


def _marked_relative_head(ctx: _Ctx, lo: int, end: int) -> list[_Mention]:
    """A named body or person right before "yang" that a preposition marks is still the
    relative clause's subject: "ia bersebrangan dengan Demokrat yang mendukung Prabowo
    Subianto" (Demokrat backs Prabowo; evrecall4). Places stay out ("serangan ke Kyiv yang
    menewaskan ...": Kyiv kills no one)."""
    lex = ctx.lex
    cands = [m for m in ctx.ms if m.i >= lo and m.j <= end and id(m) not in ctx.hidden]
    if not cands or cands[-1].j != end:
        return []
    m = cands[-1]
    # the preposition right before the name: "kepada wartawan SWA yang menemuinya" is
    # about the reporter, whose paper meets no one
    if (m.prep not in lex.relative_head_preps or m.kind not in ("PERSON", "ORG") or m.modifier
            or m.domestic or m.place_id is not None or m.prep_at != m.i - 1
            or m.prep_at < lo):
        return []
    return [replace(m, prep=None, prep_at=-1)]


_APPOSITION = 2  # words: a short description of a name set off by a comma before "yang"
_APPOSITION_ARTICLES = WordSet("events", EventsData, "words.apposition_articles")  # "seorang"


def _before_apposition(ctx: _Ctx, lo: int, end: int) -> int:
    """Where a name ends before a short apposition ending at `end` ("Jalal al-Labbad,
    pemuda lainnya yang dieksekusi mati": Jalal was executed); -1 when none stands there.
    Only lower-case words, no preposition nor verb: in "anggota dari empat tersangka yang
    dibekuk" the relative clause is the suspects'."""
    toks, lex = ctx.toks, ctx.lex
    preps = (lex.place_preps | lex.goal_preps | lex.source_preps | lex.agent_preps
             | lex.target_preps | lex.with_preps)
    c = end - 1
    words = 0
    # (ev33) the body of the post described counts no word ("adalah mantan anggota DPR
    # Fraksi Hanura yang telah menjadi tersangka"): its mention is a modifier of the person
    employer = {k for m in ctx.ms if m.modifier and m.kind == "ORG" for k in range(m.i, m.j)}
    while (c >= lo and words < _APPOSITION and toks[c].text != ","
           and toks[c].low not in lex.copulas):
        t = toks[c]
        if c in employer and words == 0:
            c -= 1
            continue
        if not _lower_word(t) or t.low in preps \
                or t.low in lex.connectors or _verb_like(t, lex):
            return _before_placed_apposition(ctx, lo, end, preps)
        c -= 1
        words += 1
    # (ev33) an article before the description counts no word ("Kevin , seorang warga lokal
    # yang pernah ditahan"), and a copula opens it as a comma does ("Rudi adalah politikus
    # yang telah menjadi tersangka": Rudi is the suspect; seeds 135 and 137 missed them)
    if c > lo and toks[c].low in _APPOSITION_ARTICLES and c < end - 1:
        c -= 1
    if c > lo and (toks[c].text == "," or toks[c].low in lex.copulas) and c < end - 1:
        return c
    return _before_placed_apposition(ctx, lo, end, preps)


_PLACED_APPOSITION = 8  # words: a role noun and where its holder serves ("imam di masjid X")


def _before_placed_apposition(ctx: _Ctx, lo: int, end: int, preps: frozenset[str]) -> int:
    """(evroles14) Where a person's name ends before an apposition of a role noun and the
    place it is held at ("Ahmad Yusuf, guru asal Indonesia di sebuah sekolah di Osaka yang
    ditahan ...": Ahmad was held); -1 when none stands there. Lower-case words, names and
    place prepositions only, no other preposition, verb or connector, opened by a lower-case
    noun right after the comma, with a place preposition in it."""
    toks, lex = ctx.toks, ctx.lex
    c = end - 1
    placed = False
    while c >= lo and end - c <= _PLACED_APPOSITION and toks[c].text != ",":
        t = toks[c]
        if t.low in lex.place_preps:
            placed = True
        elif not t.text.isalpha() or t.low in preps or t.low in lex.connectors \
                or t.low in lex.relatives or _verb_like(t, lex):
            return -1
        c -= 1
    if not (placed and c > lo and toks[c].text == "," and c < end - 1
            and _lower_word(toks[c + 1]) and toks[c + 1].low not in lex.place_preps):
        return -1
    return c if any(m.j == c and m.kind == "PERSON" for m in ctx.ms) else -1


def _before_age(toks: Sequence[_Tok], lo: int, end: int) -> int:
    """Where a name ends before an age in brackets ending at `end`: "guru SD bernama Mansur
    (53) yang divonis" has Mansur right before "(53)"."""
    if end - 3 >= lo and toks[end - 1].text == ")" and toks[end - 3].text == "(" \
            and toks[end - 2].text.isdigit():
        return end - 3
    return end


_SHORT_FORM = 4  # words: a bracketed short form or initials after a name


def _before_short_form(toks: Sequence[_Tok], lo: int, end: int) -> int:
    """(evrec14) Where a name ends before its short form in brackets ending at `end`:
    "Ikatan Dokter Indonesia (IDI) yang menolak aturan itu" has the body right before
    "(IDI)" (seed 93 lost the association's rejection so). Only a capitalised short form
    ("(kanan) yang ..." describes, it names nothing)."""
    if end - 1 <= lo or toks[end - 1].text != ")":
        return end
    for p in range(end - 2, max(lo, end - 2 - _SHORT_FORM) - 1, -1):
        if toks[p].text == "(":
            if p + 1 < end - 1 and toks[p + 1].text[:1].isupper():
                return p
            return end
        if toks[p].text == ")":
            return end
    return end


def _headless_relative(ctx: _Ctx, lo: int, left: list[_Mention], i: int) -> bool:
    """(evprec29) Does the clause open on a relative whose head stands in the sentence before,
    with the group before the trigger inside that relative, closed by a comma: ", yang
    dibentuk oleh Kongres AS pada 2004 , memberikan dukungan ..." (seed 122: the US read as
    the giver)? The group only says who made the head; the head, the subject, is unnamed."""
    toks, lex = ctx.toks, ctx.lex
    first = next((k for k in range(lo, i) if toks[k].text.isalnum()), None)
    return (first is not None and toks[first].low in lex.relatives and first < left[0].i
            and any(t.text == "," for t in toks[left[-1].j:i]))


def _past_relative_agent(ctx: _Ctx, lo: int, left: list[_Mention]) -> list[_Mention]:
    """The subject when the nearest group is the agent of a passive relative clause: in
    "Pasukan Suriah dan milisi yang didukung Iran melancarkan serangan" Iran only backs the
    militia, and the group before "yang" attacks. `left` stays when no such clause stands
    right before it or no group ends at its "yang"."""
    toks, lex = ctx.toks, ctx.lex
    k = left[0].i - 1
    if k > lo and toks[k].low in lex.agent_preps:
        k -= 1
    if not (k - 1 >= lo and toks[k - 1].low in lex.relatives
            and toks[k].low.startswith(lex.passive_prefixes) and _verb_like(toks[k], lex)):
        return left
    end = k - 1
    if end > lo and toks[end - 1].text == ",":
        # set off by commas: "Salah satu penyerang, yang terpojok oleh aparat keamanan,
        # meledakkan rompi" (the attacker, named by no one, acts; not the security forces)
        end -= 1
        head = _left_group(ctx, lo, end)
        return head if head and head[-1].j == end else []
    head = _left_group(ctx, lo, end)
    return head if head and head[-1].j == end else left


def _place_relative_agent(ctx: _Ctx, lo: int, left: list[_Mention], i: int) -> bool:
    """(evrec27c) Is the group before a trigger the subject of a relative of place on an
    unnamed head noun ("pihak kampus tempat Chiko berkuliah sudah bersiap menjatuhkan
    sanksi": the campus acts, Chiko only studies there)? Then the head, named by no one, is
    the trigger's subject. Not after a preposition ("di tempat Budi ...": no head noun)."""
    toks, lex = ctx.toks, ctx.lex
    k = left[0].i - 1
    if k - 1 < lo or toks[k].low not in lex.place_relatives:
        return False
    head = toks[k - 1]
    if (not head.text.isalpha() or head.low in lex.preps or head.low in lex.connectors
            or _verb_like(head, lex) or any(m.i <= k - 1 < m.j for m in ctx.ms)):
        return False
    gap = toks[left[-1].j:i]
    return (0 < len(gap) <= 4 and all(t.text.isalpha() for t in gap)
            and _verb_like(gap[0], lex))


def _genitive_subject(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """The subject of a verb-first clause opened by "ketika"/"saat" right after a noun's
    genitive name: "energi dan pertanian, yang merupakan konsen Presiden Jokowi ketika
    melawat ke India" (Jokowi visited). Not after a verb's object ("menangkap Budi ketika
    ..." or "bertemu Xi ketika berkunjung ...": who acts there is unsure)."""
    toks, lex = ctx.toks, ctx.lex
    if lo < 2 or toks[lo - 1].low not in lex.noun_clause_openers or not _verb_first(ctx, lo, i):
        return []
    group = _left_group(ctx, ctx.clause_start(lo - 1), lo - 1)
    if not group or group[-1].j != lo - 1:
        return []
    k = group[0].i - 1
    while k >= 0 and toks[k].text.isalpha() and toks[k].text[:1].isupper():
        k -= 1  # titles before the name: "konsen Presiden Jokowi"
    if k < 0:
        return []
    head = toks[k]
    noun = (_lower_word(head) and not _verb_like(head, lex)
            and head.low not in lex.preps and head.low not in lex.connectors
            and head.low not in lex.breaks and head.low not in lex.relatives
            and head.low not in lex.appositions and head.low not in lex.skip
            # "kata X saat berbincang dengan detikcom": a speaker's setting, not a genitive
            and head.low not in lex.attributions)
    return group if noun else []


def _as_charged_subject(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """(ev32b) The one charged in a comparative relative on a charge ending its clause: "ia
    merasa tidak pernah melakukan pemukulan seperti yang dituduhkan Lucky" (seed 136 left the
    accused out): the group before the deed's verb, the subject who denies the deed;
    a content clause leaving it out ("merasa tidak pernah melakukan ...") has the outer one's,
    the speaker of the content, who is no role of the charge otherwise (so unhidden here)."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1 if i > 0 and toks[i - 1].low in lex.relatives else i
    if k <= lo or toks[k - 1].low not in lex.as_charged:
        return []
    ctx = replace(ctx, hidden=frozenset())
    for start, end in ((lo, k - 1), (ctx.clause_start(lo - 1) if lo > 0 else lo, lo)):
        # the deed's verb, the last before the comparative: its subject is the one charged
        verb = next((v for v in reversed(range(start, end)) if _verb_like(toks[v], lex)), None)
        group = [] if verb is None else _left_group(ctx, start, verb)
        if group:
            return group
    return []


def _main_subject(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """The subject of a subordinate clause that leaves it out ("Zuma mengundurkan diri,
    setelah sempat menolak desakan"): the group before the main clause's first verb, when
    only skip words stand between the conjunction and the trigger."""
    toks, lex = ctx.toks, ctx.lex
    if lo < 2 or (toks[lo - 1].low not in lex.subordinators
                  and not _timed_act(ctx, lo - 1, i) and not _reason_act(ctx, lo - 1)):
        return []
    if not _verb_first(ctx, lo, i):
        return []
    reporter = _reporter(ctx, lo - 1)
    if reporter and toks[lo - 1].low in lex.time_subordinators:
        return []  # "..., kata Indra saat berbincang dengan wartawan": where it was said
    if reporter:
        return reporter  # "..., ujar Abhan seusai bertemu Tito": Abhan met him
    main = ctx.clause_start(lo - 1)
    verb = next((k for k in range(main, lo - 1) if _verb_like(toks[k], lex)), None)
    if verb is None:
        # a main verb with no prefix ("Bobby Nasution buka suara usai ditegur ..."): the
        # group opening the main clause, with only lower-case words after it
        group = _left_group(ctx, main, lo - 1)
        return group if group and group[0] is _first_group_start(ctx, main) and all(
            t.text.islower() for t in toks[group[-1].j:lo - 1]) else []
    group = _left_group(ctx, main, verb)
    if not group and verb == main and main >= 2 and toks[main - 1].low in lex.subordinators:
        # (evrec27) that clause is a subordinate one leaving its subject out too: the main
        # clause's ("Abduh merasakan hukuman Komdis setelah dihukum lima laga seusai
        # melancarkan bogem mentah kepada X": Abduh threw it; seed 113 lost it)
        return _main_subject(ctx, main, verb)
    if group or not toks[verb].low.startswith("di"):
        return group
    # a passive main verb with no subject before it: its agent ("Hal ini disampaikan Kapolri
    # Listyo Sigit usai melakukan penandatanganan nota kesepahaman")
    after = [m for m in ctx.ms if verb < m.i and m.j <= lo - 1 and id(m) not in ctx.hidden
             and m.prep in (None, *lex.agent_preps) and not m.kind.startswith("ANAPHOR_T")]
    if not after:
        return _unnamed_sayer(ctx, main, verb, lo - 1)
    if not all(t.low in lex.agent_preps or _title_word(t, lex)
               for t in toks[verb + 1:after[0].i]):
        return []
    return _right_group(ctx, after)


def _unnamed_sayer(ctx: _Ctx, main: int, verb: int, sub: int) -> list[_Mention]:
    """(evrec17) The speaker of a passive saying verb that names none, its clause opening with
    the thing said and the subordinate clause right after it ("Hal itu diungkapkan usai
    bertemu dengan Ketua MUI"): the person a quote just before was attributed to, else the
    person named in that sentence or the one before."""
    toks, lex = ctx.toks, ctx.lex
    if ctx.refs is None or toks[verb].low not in lex.setting_reporters:
        return []
    if not (verb - main in (1, 2) and toks[main].low in lex.said_things
            and all(t.low in _DEMONSTRATIVES for t in toks[main + 1:verb])):
        return []
    if any(t.low not in lex.skip for t in toks[verb + 1:sub]):
        return []
    at = toks[verb].start
    pid = ctx.refs.speaker(at) or ctx.refs.person_last(at)
    return [] if pid is None else [_Mention(verb, verb + 1, (pid,), "ANAPHOR_A", pronoun=True)]


def _main_object_person(ctx: _Ctx, lo: int) -> list[_Mention]:
    """(evroles9) The persons named after the active verb of the main clause before the
    subordinator at `lo - 1` ("Hakim membatalkan status tersangka HM setelah ...", "KPK menahan
    Budi usai diperiksa"): who a subjectless passive after it was done to when the main
    clause's subject is a body acting on them."""
    toks, lex = ctx.toks, ctx.lex
    if lo < 2 or toks[lo - 1].low not in lex.subordinators:
        return []
    main = ctx.clause_start(lo - 1)
    verb = next((k for k in range(main, lo - 1) if _verb_like(toks[k], lex)), None)
    if verb is None or not toks[verb].low.startswith("me"):
        return []
    return [m for m in ctx.ms if verb < m.i and m.j <= lo - 1 and m.kind == "PERSON"
            and not m.modifier and id(m) not in ctx.hidden]


def _complainant(ctx: _Ctx, trig: Trigger, lo: int, i: int) -> list[_Mention]:
    """(evrec7) An unnamed complainant opening the clause of a report to an authority, with
    no verb between: "Korban yang disebut sebagai biduan itu langsung lapor ke polisi",
    "Keluarga korban lalu melaporkan kejadian itu ke Polres" (the victim's side reports;
    seeds 78, 81 and 86 missed them). Only reports whose authority is a place
    (`goal_is_place`), so "korban" stays no participant elsewhere."""
    toks, lex = ctx.toks, ctx.lex
    if not (trig.goal_is_place and trig.code in lex.speech_acts):
        return []
    # the clause's opening, or the start of the main clause after a fronted one and its comma
    k = max((n + 1 for n in range(lo, i) if toks[n].text == ","), default=lo)
    while k < i and (toks[k].low in lex.numerals or toks[k].low in lex.plural_openers):
        k += 1
    ph = next((ph for ph in lex.complainants if _matches(toks, k, ph)), None)
    if ph is None:
        # (evrec17) the complainant right before the report, after an opening adjunct with no
        # comma: "Atas kejadian itu korban melapor ke Polresta" (seed 91 missed it)
        e = i
        while e > k and toks[e - 1].low in lex.skip:
            e -= 1
        ph = next((ph for ph in lex.complainants if e - len(ph) > k
                   and _matches(toks, e - len(ph), ph)), None)
        if ph is not None:
            k = e - len(ph)
    if ph is None or i - k > _SUBJECT_REACH:
        return []
    gap = toks[k + len(ph):i]
    # a relative clause closed by a demonstrative describes the complainant: "Korban yang
    # dikenal sebagai penjual sayur itu langsung lapor"
    end = next((n for n in range(len(gap) - 1, 0, -1) if gap[n].low in lex.anaphoric), 0) \
        if gap and gap[0].low in lex.relatives else 0
    if any(_verb_like(t, lex) for t in gap[end:]):
        return []
    return [_Mention(k, k + len(ph), (lex.complainant_agent,), "AGENT")]


def _part_owner(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """Whose body part is the subject of a passive ("Novel dirawat setelah wajahnya disiram
    air keras"): the subject of the main clause the part's clause leaves out, or, with the
    part opening the clause, the person named last before it."""
    part = ctx.toks[i - 1] if i > lo else None
    if part is None or part.bare not in ctx.lex.body_parts or part.bare == part.low:
        return []
    owner = _main_subject(ctx, lo, i - 1)
    if owner or i - 1 != lo or ctx.refs is None:
        return owner
    pid = ctx.refs.person_last(part.start)
    return [] if pid is None else [_Mention(i - 1, i, (pid,), "ANAPHOR_A", pronoun=True)]


def _custody_unit(ctx: _Ctx, j: int, right_all: list[_Mention]) -> list[_Mention]:
    """(ev29b) The police unit a passive seizure or arrest ending at `j` takes its subject
    to, right after it: "delapan orang diamankan ke Polda Metro Jaya" (held by the Polda;
    seed 124 missed it). Not a unit further on, past other words."""
    toks, lex = ctx.toks, ctx.lex
    first = right_all[0] if right_all else None
    if (first is None or first.prep not in lex.goal_preps or first.prep_at != j
            or toks[first.i].low not in lex.region_units):
        return []
    return [first]


def _clear_gap(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """Whether no comma, relative word or other verb stands in `gap`: a passive's target
    marked there still belongs to its clause ("diadukan X, yang memberikan kuasa ...")."""
    return not any(t.text == "," or t.low in lex.relatives or _verb_like(t, lex) for t in gap)


def _marked_before(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """The one the act noun opening a passive's clause is for, marked before the verb
    ("Hukuman penjara bagi X dijatuhkan", "Vonis terhadap X dibacakan"): the group a
    target preposition marks, with no verb, comma or relative between it and the verb."""
    toks, lex = ctx.toks, ctx.lex
    before = [m for m in ctx.ms if lo <= m.i and m.j <= i and id(m) not in ctx.hidden]
    if not before or before[-1].prep not in _MARKED_BEFORE:
        return []  # (evrec28b) "untuk" too: "hukuman mati untuk X telah dikonfirmasi"
    last = before[-1]
    if not _clear_gap(toks[last.j:i], lex) \
            or any(_verb_like(t, lex) for t in toks[lo:last.prep_at]):
        return []
    group = [last]
    for m in reversed(before[:-1]):
        if not _joined(m, group[0], toks, lex):
            break
        group.insert(0, m)
    return group


def _counted_subject(ctx: _Ctx, lo: int, i: int) -> bool:
    """Is the subject before a passive trigger at `i` people named by no one: a noun of
    people after a number ("249 orang yang ditahan", "Sebanyak 86 orang di antaranya
    ditangkap") or before a demonstrative or a relative ("Remaja ini pun ditangkap", "saksi
    yang diperiksa"; not a bare "Orang ditahan di sini untuk dibina", said of no one), with
    no verb and no participant between it and the trigger? Read back from the trigger, so
    a reporting clause before it ("X mengatakan, lima terduga teroris yang ditangkap ...")
    is passed by: its speaker, hidden there, is no participant."""
    toks, lex = ctx.toks, ctx.lex
    starts = {m.i for m in ctx.ms if lo <= m.i < i and id(m) not in ctx.hidden}
    for k in range(i - 1, lo - 1, -1):
        t = toks[k]
        if k in starts:
            return False
        if _verb_like(t, lex) and not (k > lo and toks[k - 1].low in lex.counted_people
                                       and not t.low.startswith(("me", "di"))):
            return False  # (a ter-/ber- word after a noun of people is none: "terduga teroris")
        if t.low not in lex.counted_people:
            continue
        before = toks[k - 1] if k > lo else None
        after = toks[k + 1].low if k + 1 < i else ""
        return (before is not None and (before.low in lex.numerals
                                        or before.text.replace(".", "").isdigit())
                or after in _DEMONSTRATIVES or after in lex.relatives)
    return False


_LIST_DESCRIPTION = 3  # words of a description before the first name of a list ("pasangan")


_INCLUDED_REACH = 8  # words from the trigger to the preposition of its counted targets
_COUNTED_GROUP = 4  # lower-case words or numbers of the counted group ("99 negara")


def _included_targets(ctx: _Ctx, j: int) -> list[_Mention]:
    """(evprec28) The names an inclusion word gives as members of a counted group of targets
    marked after a trigger ending at `j` ("serangan X terhadap 99 negara , termasuk
    Indonesia"): those named are targets too; none when the group is not right there."""
    toks, lex = ctx.toks, ctx.lex
    k = next((k for k in range(j, min(len(toks), j + _INCLUDED_REACH))
              if toks[k].low in lex.target_preps), None)
    if k is None:
        return []
    c = k + 1
    while c < len(toks) and c - k <= _COUNTED_GROUP and (toks[c].text.islower()
                                                         or toks[c].text.isdigit()):
        c += 1
    if not any(t.text.isalpha() for t in toks[k + 1:c]) or c >= len(toks) or toks[c].text != ",":
        return []  # a counted noun: "99 negara", not a date ("pada 2017")
    ph = next((ph for ph in lex.included_openers if _matches(toks, c + 1, ph)), None)
    if ph is None:
        return []
    start = c + 1 + len(ph)
    first = [m for m in ctx.ms if m.i >= start and id(m) not in ctx.hidden]
    if not first or first[0].i != start:
        return []
    return _right_group(ctx, first)


def _listed_after(ctx: _Ctx, j: int) -> list[_Mention]:
    """The persons a counted group is named as right after its passive verb ending at `j`
    ("Ada 3 terduga teroris yang diamankan, yakni RW, KM, dan AY", "Kesembilan orang yang
    diamankan tersebut adalah Saulihun ..."): the group after an apposition word, with only
    skip words, a demonstrative or a comma before it; none when it is not all persons
    ("yang ditangkap merupakan jaringan JAD": a body they belong to)."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < min(len(toks), j + 4) and (toks[k].low in lex.skip or toks[k].text == ","
                                         or toks[k].low in _DEMONSTRATIVES):
        k += 1
    if k + 1 >= len(toks) or toks[k].low not in lex.appositions:
        return []
    first = [m for m in ctx.ms if m.i >= k + 1 and id(m) not in ctx.hidden]
    # a short lower-case description may open the list: "yakni pasangan suami-istri A dan B"
    if not first or first[0].i - k - 1 > _LIST_DESCRIPTION or not all(
            t.text.islower() or t.text == "-" for t in toks[k + 1:first[0].i]):
        return []
    group = _right_group(ctx, first)
    return group if all(m.kind == "PERSON" for m in group) else []


_EACH = ("masing-masing", "masing")


def _initialled(ctx: _Ctx, j: int) -> list[_Mention]:
    """(evlegal19) The persons an unnamed group ending at `j` is named as by "bernama" or
    "berinisial", after "yang" and "masing-masing" ("pelaku yang masing-masing berinisial
    MA (13), MT (13), dan AR (13)"); none unless the group after it is all persons."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    if k < len(toks) and toks[k].low in lex.relatives:
        k += 1
    while k < len(toks) and toks[k].low in _EACH:
        k += 1
    if k == j or k >= len(toks) or toks[k].low not in lex.naming:
        return []  # right after the noun ("pelaku berinisial AR") the mentions already join
    first = [m for m in ctx.ms if m.i == k + 1 and id(m) not in ctx.hidden]
    if not first:
        return []
    group = first[:1]
    for m in ctx.ms:
        if m.i < group[-1].j or m is group[0] or id(m) in ctx.hidden:
            continue
        # names in a row, each with its age in brackets: "MA (13), MT (13), dan AR (13)"
        if not all(t.low in lex.connectors or t.text.isdigit()
                   for t in toks[group[-1].j:m.i]):
            break
        group.append(m)
    return group if all(m.kind == "PERSON" for m in group) else []


def _first_group_start(ctx: _Ctx, lo: int) -> _Mention | None:
    """The first participant named from token `lo` on (not a title's place or body)."""
    return next((m for m in ctx.ms if m.i >= lo and not m.modifier and not m.domestic), None)


def _result_subject(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """The subject of a passive main clause that a subjectless passive result clause shares
    ("Andi diduga menipu warga hingga ditetapkan tersangka oleh Polda": Andi is charged;
    evroles8). Only a passive main verb: after an active one ("Polisi memeriksa Andi hingga
    ditetapkan tersangka") the one charged is its object, not its subject."""
    toks, lex = ctx.toks, ctx.lex
    if lo < 2 or toks[lo - 1].low not in lex.result_links or not _verb_first(ctx, lo, i):
        return []
    main = ctx.clause_start(lo - 1)
    # the main clause's first prefixed verb, hedges too ("diduga", "dilaporkan")
    verb = next((k for k in range(main, lo - 1) if len(toks[k].low) > 4
                 and toks[k].text[:1].islower() and toks[k].low.startswith(lex.verb_prefixes)
                 and not toks[k].low.startswith("per") and toks[k].low not in lex.connectors),
                None)
    if verb is None or not toks[verb].low.startswith("di"):
        return []
    return _left_group(ctx, main, verb)


_PURPOSE_HOSTS = WordSet("events", EventsData, "words.purpose_hosts")


def _purpose_subject(ctx: _Ctx, lo: int, i: int, code: str) -> list[_Mention]:
    """(evmore25) The subject of an act done by saying that opens a purpose clause after an
    active verb ("Andi menggelar jumpa pers untuk mendesak Budi mundur": the press
    conference makes the demand, Andi demands; seed 108 lost it): the main clause's subject,
    or that clause's own borrowed one ("..., ketika menyampaikan keterangan pers untuk
    mendesak ..."). A passive main verb ("dipanggil untuk meminta ...") lends none."""
    toks, lex = ctx.toks, ctx.lex
    if code not in lex.speech_acts or lo < 2 or toks[lo - 1].low != "untuk":
        return []
    if not _verb_first(ctx, lo, i):
        return []
    main = ctx.clause_start(lo - 1)
    verbs = [k for k in range(main, lo - 1) if _verb_like(toks[k], lex)
             or toks[k].low in _PURPOSE_HOSTS]
    # the verb right before the purpose is one of an occasion, and the first of its clause:
    # "Dia menyebut penyidik menemukan bukti untuk menetapkan ..." is reported content
    if len(verbs) != 1 or toks[verbs[0]].low not in _PURPOSE_HOSTS:
        return []
    verb = verbs[0]
    return (_left_group(ctx, main, verb) or _main_subject(ctx, main, verb)
            or _timed_agent(ctx, main))


def _timed_agent(ctx: _Ctx, lo: int) -> list[_Mention]:
    """(evmore25) The agent of a passive saying verb before a comma and "ketika"/"saat"
    opening the clause at `lo` ("Hal itu diakui oleh Budi, ketika menyampaikan ..."): Budi
    speaks at that time."""
    toks, lex = ctx.toks, ctx.lex
    k = lo - 1
    if k < 2 or toks[k].low not in lex.time_subordinators or toks[k - 1].text != ",":
        return []
    prev = ctx.clause_start(k - 1)
    verb = next((v for v in range(prev, k - 1) if toks[v].low in lex.setting_reporters
                 and toks[v].low.startswith("di")), None)
    if verb is None or toks[verb + 1].low not in lex.agent_preps:
        return []
    # the name right before the comma, after the agent's titles ("oleh Dosen ... dari
    # Universitas X Budi ,")
    last = next((m for m in ctx.ms if m.j == k - 1 and m.i > verb + 1
                 and id(m) not in ctx.hidden), None)
    return [last] if last is not None and last.kind == "PERSON" else []


def _subject_before_relative(ctx: _Ctx, lo: int, i: int) -> list[_Mention]:
    """(ev34b) The subject of a main verb at `i` right after a comma closing a relative clause
    on that subject: "Tentara X yang didukung tentara Y , melancarkan serangan ..." (seed 143
    lost the attack: Y, the relative clause's agent, was read as the attack's party). The
    group right before "yang", when nothing but that group and title words stands before it
    in the clause and no other comma or verb: the words before the comma are then a bare
    subject."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > lo and toks[k].low in lex.skip:
        k -= 1
    if k <= lo or toks[k].text != ",":
        return []
    rel = next((n for n in range(lo, k) if toks[n].low in lex.relatives), None)
    if rel is None or rel == lo or any(
            _verb_like(t, lex) or t.text == "," for t in toks[lo:rel]):
        return []
    if any(t.text in {",", ";", ":"} for t in toks[rel:k]):
        return []  # "X yang ..., Y , ...": an aside or a list, not one relative clause
    group = _left_group(ctx, lo, rel)
    if not group or group[-1].j != rel or group[0].pronoun or not all(
            t.low in lex.skip or _title_word(t, lex) for t in toks[lo:group[0].i]):
        return []
    return group


def _verb_first(ctx: _Ctx, lo: int, i: int) -> bool:
    """Does the clause from `lo` open with the trigger at `i`, only skip words or a support
    verb of a noun before it ("usai melakukan penandatanganan")?"""
    lex, toks = ctx.lex, ctx.toks
    # (ev34b) a count of times too: "meski beberapa kali dikritik X" (seed 144 lost the one
    # criticised, the main clause's subject)
    return all(toks[k].low in lex.skip or toks[k].low in lex.support_active
               or _frequency(toks, k, lex) for k in range(lo, i))


def _reporter(ctx: _Ctx, sub: int) -> list[_Mention]:
    """The speaker of a reporting clause right before the conjunction `sub` ("..., ujar
    Abhan seusai pertemuan", "kata Menteri Sutanto usai bertemu ..."): the group ending
    there after a reporting word and title words."""
    toks, lex = ctx.toks, ctx.lex
    group = _left_group(ctx, ctx.clause_start(sub), sub)
    if not group or group[-1].j != sub:
        return []
    k = group[0].i - 1
    while k >= max(0, group[0].i - 4) and toks[k].low not in lex.attributions \
            and _title_word(toks[k], lex):
        k -= 1  # "kata Menteri Sosial Saifullah Yusuf"
    return group if k >= 0 and toks[k].low in lex.attributions else []


def _timed_act(ctx: _Ctx, sub: int, i: int) -> bool:
    """(evrec9) Does "saat"/"ketika" at `sub` time a clause (its trigger at `i`) after a main
    clause holding a verb trigger ("Ali mangkir saat dipanggil sebagai saksi", "Budi ditembak
    polisi saat ditangkap")? Then the clause shares the main clause's subject, as after
    "setelah"; after a noun ("pelarian Setya Novanto saat akan ditangkap"), a saying verb or
    a negated one it does not, nor is one asked by reporters ("saat diminta menjelaskan")."""
    toks, lex = ctx.toks, ctx.lex
    if toks[sub].low not in lex.time_subordinators or toks[i].low in lex.interview_verbs:
        return False
    main = range(ctx.clause_start(sub), sub)
    if any(toks[k].low in lex.reporting_verbs or toks[k].low in lex.negators for k in main):
        return False  # "X mengemukakan hal itu saat ...", "tidak pernah menolak saat ..."
    return any(any(t.code and t.voice != "noun" and _matches(toks, k, t.phrase)
                   for t in lex.triggers.get(toks[k].low, ())) for k in main)


def _reason_act(ctx: _Ctx, sub: int) -> bool:
    """(evlegal19) Does "karena" at `sub` give the reason of a passive main clause ("Siswa
    itu dikeluarkan dari sekolah karena memukul adik kelasnya")? Then a verb-first reason
    clause shares its subject, as after "setelah". After an active main verb the reason may
    be its object's ("polisi menangkap Budi karena mencuri"), so not there."""
    toks, lex = ctx.toks, ctx.lex
    if toks[sub].low not in lex.reason_subordinators:
        return False
    # the main verb, not one of a relative clause on its subject ("Dewan etik yang dipimpin
    # X menjatuhkan sanksi kepada Y karena ...": the council acts, Y is the reason's subject)
    verb = next((k for k in range(ctx.clause_start(sub), sub) if _verb_like(toks[k], lex)
                 and (k == 0 or toks[k - 1].low not in lex.relatives)), None)
    if verb is None or toks[verb].low in lex.reporting_verbs:
        return False
    if toks[verb].low.startswith("di"):
        return True
    # (evmore25) an active main verb of no act coded, its object naming no one: the reason
    # is the subject's own ("Arief melanggar kode etik karena bertemu dengan pimpinan Komisi
    # III", seed 108); after an act on someone ("menangkap pria itu karena ...") it is not
    return not lex.triggers.get(toks[verb].low) and not any(
        verb < m.i < sub and id(m) not in ctx.hidden for m in ctx.ms)


def _duration(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """(evlegal19) Is the break word at `k` "untuk" before a span of time ("ditahan untuk
    20 hari ke depan", "diskors untuk dua tahun", "untuk sehari"), opening no clause?"""
    if toks[k].low != "untuk" or k + 1 >= len(toks):
        return False
    count = toks[k + 1].low
    if count.startswith("se") and count[2:] in lex.duration_units:
        return count in lex.duration_counts  # "sehari", "sepekan"
    return ((count.isdigit() or count in lex.duration_counts) and k + 2 < len(toks)
            and toks[k + 2].low in lex.duration_units)


def _fronted_subject(ctx: _Ctx, lo: int, i: int, j: int) -> list[_Mention]:
    """The subject of a fronted subordinate clause that leaves it out, opening the sentence
    ("Usai divonis bersalah pada kasus penodaan agama, Ahok langsung ditahan", "Setelah
    bertemu Jokowi, Prabowo mengatakan ..."): the group after the clause's comma that opens
    the main clause, when only skip words stand between the conjunction and the trigger."""
    toks, lex = ctx.toks, ctx.lex
    # (evrec12) "Saat ditangkap di Malaysia, Budi membawa ...", "karena, saat ditangkap di
    # X, Budi ...": a time conjunction opening the sentence or after a comma follows no noun
    # ("pelarian X saat akan ditangkap" is not fronted)
    if lo < 1 or (toks[lo - 1].low not in lex.subordinators
                  and toks[lo - 1].low not in lex.time_subordinators):
        return []
    if lo > 1 and toks[lo - 2].text != ",":
        return []  # not at the sentence's start (nor after a fronted adverb: "Kemarin, usai")
    if not _verb_first(ctx, lo, i):
        return []
    return _subject_after_comma(ctx, j)


def _opening_subject(ctx: _Ctx, lo: int, i: int, j: int) -> list[_Mention]:
    """The subject of an active verb opening the sentence with no conjunction, a participial
    phrase before the main clause ("Bekerja sama dengan perusahaan Prancis, Departemen
    Pertahanan AS tengah menggarap ..."; evrecall, seed 70): the group opening the main
    clause after its comma, as for "Usai ..." (`_fronted_subject`)."""
    if lo != 0 or not _verb_first(ctx, lo, i):
        return []
    found = _subject_after_comma(ctx, j)
    if found:
        return found
    # "Bekerja sama dengan Polri, KPK menangkap ...": the name after the comma continues no
    # list of the phrase's "dengan" when a verb follows it; it opens the main clause
    toks, lex = ctx.toks, ctx.lex
    comma = next((k for k in range(j, ctx.clause_end(j)) if toks[k].text == ","), None)
    first = None if comma is None else next(
        (m for m in ctx.ms if m.i == comma + 1 and id(m) not in ctx.hidden
         and m.prep is not None and m.prep_at < comma), None)
    if first is None:
        return []
    k = first.j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    return [first] if k < len(toks) and _verb_like(toks[k], lex) else []


def _subject_after_comma(ctx: _Ctx, j: int) -> list[_Mention]:
    """The group opening the main clause after the comma that ends a fronted phrase running
    to token `j` or past it ("Usai divonis ..., Ahok langsung ditahan")."""
    toks, lex = ctx.toks, ctx.lex
    hi = ctx.clause_end(j)
    comma = next((k for k in range(j, hi) if toks[k].text == ","), None)
    if comma is None:
        return []
    first = next((m for m in ctx.ms if m.i == comma + 1 and id(m) not in ctx.hidden
                  and m.prep is None), None)
    if first is None or not _opens_clause(toks, first, lex):
        return []
    k = first.j
    while k < len(toks) and not _verb_like(toks[k], lex):
        k += 1
    return _left_group(ctx, comma + 1, k)


def _coordinated_predicate(ctx: _Ctx, start: int, i: int) -> bool:
    """Is the trigger a predicate coordinated with an earlier one of the same subject ("DS
    menjalani pemeriksaan sebagai tersangka dan langsung ditahan"), no relative clause
    between?"""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > start and toks[k].low in lex.skip:
        k -= 1
    return (k > start and toks[k].low in lex.coordinators
            and not any(t.low in lex.relatives for t in toks[start:i]))


def _ordered_party(ctx: _Ctx, i: int) -> list[_Mention]:
    """(evrecall6) The party ordered when the trigger at `i` opens the purpose clause of an
    order: "Presiden AS Barack Obama memerintahkan Kemenhan AS untuk mengerahkan lebih banyak
    pesawat tanpa awak" (seed 83 missed the deployment; the judge codes the act ordered, with
    the one ordered as actor). Requests and appeals ("meminta X untuk V") keep V undone."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > 0 and toks[k].low in lex.skip:
        k -= 1
    if k <= 0 or toks[k].low not in lex.content_openers:
        return []
    group = _left_group(ctx, ctx.clause_start(k - 1), k)
    # (a country word may end the name: "Kemenhan AS untuk ...")
    if not group or group[0].i < 1 or k - group[-1].j > 2 or not all(
            t.text[:1].isupper() for t in toks[group[-1].j:k]):
        return []
    return group if toks[group[0].i - 1].low in lex.order_verbs else []


def _aside_owner(ctx: _Ctx, lo: int, left: list[_Mention]) -> list[_Mention]:
    """(evrecall6) The name an aside set off by commas describes: the clause's first name,
    a comma right after it ("Leonardo ..., mahasiswa Fakultas Kelautan dan Perikanan (FKP)
    ... yang menjabat ..., ikut diberhentikan": Leonardo, not the faculty). Else `left`."""
    toks = ctx.toks
    opener = next((m for m in ctx.ms if m.i >= lo and _named(m)), None)
    if (opener is None or opener.i > left[0].i or opener.j >= len(toks)
            or toks[opener.j].text != ","):
        return left
    return [opener]


_HELD_WITH_REACH = 5  # words from "bersama" to the partner's name


def _held_with(ctx: _Ctx, j: int, right: list[_Mention]) -> list[_Mention]:
    """(evprec25) The persons joined on by "bersama" right after a passive arrest or charge
    ending at `j`: "ditangkap bersama kedua rekannya, Danni Tamburo" (Danni held too). Only
    lower-case words, a number and one comma may stand between; else none."""
    toks, lex = ctx.toks, ctx.lex
    if j >= len(toks) or toks[j].low not in lex.co_patient_preps:
        return []
    first = next((m for m in right if m.i > j), None)
    if first is None or first.kind != "PERSON" or first.i - j > _HELD_WITH_REACH:
        return []
    gap = toks[j + 1:first.i]
    if sum(t.text == "," for t in gap) > 1 or any(
            t.text != "," and not t.text[:1].islower() and not t.text[:1].isdigit()
            or t.low in lex.relatives or _verb_like(t, lex) for t in gap):
        return []
    return [m for m in _right_group(ctx, [m for m in right if m.i >= first.i])
            if m.kind == "PERSON"]


def _after_counsel(toks: Sequence[_Tok], i: int, lex: Lexicon) -> bool:
    """(evprec25) Does a lower-case noun of legal counsel ("kuasa hukum", "pembela") end
    right before token `i`, so that the name there is the client's?"""
    return any(i >= len(ph) and toks[i - 1].text[:1].islower()
               and tuple(t.low for t in toks[i - len(ph):i]) == ph
               for ph in lex.counsel_nouns)


def _running_mate(ctx: _Ctx, left: list[_Mention], i: int) -> list[_Mention]:
    """(evrec9) The running mate a relative clause pairs with the subject, before the
    trigger at `i`: "Rudi yang berpasangan dengan Dewi diusung tiga partai" (the pair is
    backed, both are targets). Persons only; else none."""
    toks, lex = ctx.toks, ctx.lex
    k = left[-1].j
    if k >= i or toks[k].low not in lex.relatives:
        return []
    ph = next((ph for ph in lex.pairing if _matches(toks, k + 1, ph)), None)
    if ph is None:
        return []
    at = k + 1 + len(ph)
    mate = next((m for m in ctx.ms if m.i == at and m.j <= i), None)
    if mate is None or mate.kind != "PERSON" or not all(
            t.low in lex.skip for t in toks[mate.j:i]):
        return []
    return [mate]


def _head_of_aside(ctx: _Ctx, lo: int, left: list[_Mention], i: int) -> list[_Mention]:
    """(evroles12) The subject before a relative clause set off by commas, when the group
    found before the verb at `i` sits inside that clause as its verb's object: in "Andi,
    yang memukul Budi, ditangkap polisi" Andi is arrested, not Budi (seed 92: the player a
    referee kicked made the one punished). Otherwise the group unchanged."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > lo and (toks[k].low in lex.skip or toks[k].low in lex.aside_aspects):
        k -= 1
    if k <= left[-1].j - 1 or toks[k].text != "," or any(
            t.text in {",", ";", ":"} for t in toks[left[-1].j:k]):
        return left
    n = left[0].i - 1
    floor = max(lo, left[0].i - 12)
    while n > floor and toks[n].text not in {",", ";", ":", ".", '"'}:
        n -= 1
    rel = n + 1
    # (evprec28) a verbless aside too: "Kamal, yang juga karyawan di bar milik Endang,
    # dikritik oleh Endang" (Kamal is criticised, not the employees; seed 119)
    if not (n > lo and toks[n].text == "," and rel < left[0].i
            and toks[rel].low in lex.relatives):
        return left
    head = _left_group(ctx, lo, n)
    return head or left


def _closed_relative_head(ctx: _Ctx, lo: int, left: list[_Mention], i: int) -> list[_Mention]:
    """(evrec28) The head of a relative clause closed by a demonstrative when the group found
    before the verb at `i` is that clause's object: in "Pemain yang membela Persija itu
    didenda" the player is fined, not the club he plays for (seed 115 printed the club). The
    group named right before "yang", or none when a common noun stands there; else `left`."""
    toks, lex = ctx.toks, ctx.lex
    k = left[-1].j
    if k >= i or toks[k].low not in lex.anaphoric or any(
            t.low not in lex.skip for t in toks[k + 1:i]):
        return left
    rel = next((n for n in range(left[0].i - 1, lo - 1, -1)
                if toks[n].low in lex.relatives or toks[n].text in {",", ";", ":"}), None)
    if rel is None or toks[rel].low not in lex.relatives or not any(
            _verb_like(t, lex) for t in toks[rel + 1:left[0].i]):
        return left
    head = _left_group(ctx, lo, rel)
    return head if head and head[-1].j == rel else []


def _relative_aside(ctx: _Ctx, start: int, i: int) -> bool:
    """(evrecall6) Do the verbs between the subject and the passive at `i` all sit in one
    relative clause set off by commas? "Leonardo ..., mahasiswa ... angkatan 2022 yang menjabat
    sebagai Wakil Ketua BEM FKP, ikut diberhentikan tidak dengan hormat": Leonardo is the one
    dismissed (seed 84 missed it); the verb of the aside describes him, it is no predicate."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > start and (toks[k].low in lex.skip or toks[k].low in lex.aside_aspects):
        k -= 1
    if k <= start or toks[k].text != ",":
        return False
    rel = next((n for n in range(start, k) if toks[n].low in lex.relatives), None)
    return (rel is not None
            and not any(_verb_like(t, lex) for t in toks[start:rel])
            and not any(t.text in {",", ";", ":"} for t in toks[rel:k]))


def _content_subject(ctx: _Ctx, hi: int) -> list[_Mention]:
    """The subject of a content clause right after a request ("meminta agar TNI
    mengungkapkan ..."): whom the request is made to."""
    toks, lex = ctx.toks, ctx.lex
    if hi >= len(toks) or toks[hi].low not in lex.content_openers:
        return []
    k = hi + 1
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    first = next((m for m in ctx.ms if m.i == k and not m.kind.startswith("ANAPHOR")
                  and id(m) not in ctx.hidden and m.prep is None), None)
    return _right_group(ctx, [m for m in ctx.ms if m.i >= k and id(m) not in ctx.hidden
                              and not m.kind.startswith("ANAPHOR")]) if first else []


def _named_from(ctx: _Ctx, k: int) -> list[_Mention]:
    """The mentions from token `k` on that can be a told statement's agent or target: not
    hidden, no anaphor (coref resolves those), no modifier."""
    return [m for m in ctx.ms if m.i >= k and id(m) not in ctx.hidden
            and not m.kind.startswith("ANAPHOR") and not m.modifier]


def _told_by(ctx: _Ctx, j: int) -> list[_Mention]:
    """The agent of a passive of telling that has a nominal speech act for its subject:
    "Desakan mundur bagi ASN yang sempat terlibat ormas antipancasila disampaikan pertama
    kali oleh Menteri Dalam Negeri Tjahjo Kumolo", "Permintaan agar Ruhut mundur
    disampaikan oleh Ketua Fraksi Demokrat Ibas" (evrecall4). The search runs past a content
    clause and a relative one, not past a comma or another clause break."""
    toks, lex = ctx.toks, ctx.lex
    end = min(len(toks), j + 16)
    k = j
    while k < end and toks[k].low not in lex.told_passives:
        low = toks[k].low
        if low in (",", ".") or (low in lex.breaks and low not in lex.content_openers):
            return []
        k += 1
    if k >= end:
        return []
    k += 1
    while k < len(toks) and toks[k].low in lex.told_gap:
        k += 1
    # the agent right there or after its title ("oleh Menteri Dalam Negeri Tjahjo Kumolo")
    cands = _named_from(ctx, k)
    if not cands or cands[0].prep_at >= k or not (cands[0].i == k or (
            cands[0].i - k <= 5 and all(t.text.isalpha() and t.text[:1].isupper()
                                        and t.low not in lex.preps
                                        for t in toks[k:cands[0].i]))):
        return []
    group = _right_group(ctx, [replace(m, prep=None, prep_at=-1) for m in cands])
    if any(t.low in lex.anaphoric for t in toks[k:group[-1].j + 1]):
        return []  # "JPU itu": a description resolved by coref, not sure enough here
    return group


def _told_against(ctx: _Ctx, told: Sequence[_Mention]) -> list[_Mention]:
    """Whom a told demand or charge is against, marked right after its agent: "tuntutan
    yang disampaikan jaksa penuntut umum (JPU) terhadap terdakwa Basuki" (evrecall4)."""
    toks, lex = ctx.toks, ctx.lex
    end = told[-1].j
    after = _named_from(ctx, end)
    if not after or after[0].prep not in lex.target_preps or after[0].prep_at - end > 3 \
            or not all(t.text in {"(", ")"} or t.text.isalpha() and t.text[:1].isupper()
                       for t in toks[end:after[0].prep_at]):
        return []
    return _right_group(ctx, after)


def _accused_in_content(ctx: _Ctx, hi: int) -> list[_Mention]:
    """The one named with an accused's title ("terdakwa X") in the content clause opened
    right after a demand ("menuntut supaya majelis hakim ... menyatakan terdakwa X ...")."""
    toks, lex = ctx.toks, ctx.lex
    if hi >= len(toks) or toks[hi].low not in lex.content_openers:
        return []
    return next(([m] for m in ctx.ms if m.i > hi + 1 and _named(m) and id(m) not in ctx.hidden
                 and toks[m.i - 1].low in lex.accused_titles), [])


_CULPRIT_REACH = 3  # lower-case words from "bahwa" to the accused ("sebenarnya rezim")


def _culprit_in_content(ctx: _Ctx, j: int) -> list[_Mention]:
    """(evprec28) The subject of a "bahwa" clause right after a charge ending at `j` that
    names it a culprit ("menuding bahwa sebenarnya rezim Korut merupakan dalang ..."): the
    accused."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    if k >= len(toks) or toks[k].low != "bahwa":
        return []
    first = next((m for m in ctx.ms if k < m.i <= k + 1 + _CULPRIT_REACH
                  and id(m) not in ctx.hidden and m.prep is None
                  and not m.kind.startswith("ANAPHOR")), None)
    if first is None or not all(_lower_word(t) for t in toks[k + 1:first.i]):
        return []
    group = _right_group(ctx, [m for m in ctx.ms if m.i >= first.i and id(m) not in ctx.hidden])
    c = group[-1].j
    while c < len(toks) and toks[c].low in lex.skip:
        c += 1
    if c + 1 < len(toks) and toks[c].low in lex.copulas and toks[c + 1].low in lex.culprit_nouns:
        return group
    return []


def _probed_in_question(ctx: _Ctx, j: int) -> list[_Mention]:
    """(ev29b) The subject of an indirect question right after an inquiry ending at `j`
    ("menyelidiki apakah Abedi pernah ke Libya"): the one whose doings are looked into. A
    few lower-case words may stand before it ("apakah pelaku X"); none past a break."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and toks[k].low in lex.skip:
        k += 1
    if k >= len(toks) or toks[k].low not in lex.probe_questions:
        return []
    first = next((m for m in ctx.ms if k < m.i <= k + 1 + _CULPRIT_REACH
                  and id(m) not in ctx.hidden and m.prep is None
                  and not m.kind.startswith("ANAPHOR")), None)
    if first is None or not all(_lower_word(t) and t.low not in lex.breaks
                                for t in toks[k + 1:first.i]):
        return []
    return _right_group(ctx, [m for m in ctx.ms if m.i >= first.i and id(m) not in ctx.hidden])


_INVOLVING = WordSet("events", EventsData, "words.case_involving_words")
_INVOLVED_REACH = 14  # words from a probed case noun to the "yang melibatkan" of its parties
_CASE_COUNT_WORDS = 2  # lower-case words before the case noun: "memproses dua kasus"


def _involved_in_case(ctx: _Ctx, j: int) -> list[_Mention]:
    """(ev33b) The parties a probed case is told to involve: "Kejagung mendalami kasus
    dugaan korupsi pemberian kredit , yang melibatkan PT X , Bank Y , dan Z" (seed 139 left
    the three firms out of the probe). The case noun follows the probe (skip words or a
    count between); "yang" and an involving word stand later in its clause, the first name
    right after them."""
    toks, lex = ctx.toks, ctx.lex
    k = j
    while k < len(toks) and (toks[k].low in lex.skip or (
            k - j < _CASE_COUNT_WORDS and _lower_word(toks[k]) and not _verb_like(toks[k], lex)
            and toks[k].low not in lex.case_nouns)):
        k += 1
    if k >= len(toks) or toks[k].low not in lex.case_nouns:
        return []
    hi = min(ctx.clause_end(k), k + _INVOLVED_REACH)
    c = next((c for c in range(k + 1, hi - 1)
              if toks[c].low == "yang" and toks[c + 1].low in _INVOLVING), None)
    if c is None:
        return []
    # the first name right after them, or past a legal form left untagged ("PT")
    first = next((m for m in ctx.ms if c + 2 <= m.i <= c + 3 and id(m) not in ctx.hidden
                  and not m.kind.startswith("ANAPHOR")), None)
    if first is None or not all(t.text[:1].isupper() for t in toks[c + 2:first.i]):
        return []
    return _right_group(ctx, [m for m in ctx.ms if m.i >= first.i and id(m) not in ctx.hidden])


def _sentenced_in_content(ctx: _Ctx, hi: int) -> list[_Mention]:
    """(evprec4) The subject of a sentencing passive in the content clause of a prosecutor's
    demand: "JPU menuntut agar Ahok dihukum penjara setahun" charges Ahok."""
    group = _content_subject(ctx, hi)
    end = group[-1].j if group else len(ctx.toks)
    return group if end < len(ctx.toks) and ctx.toks[end].low in ctx.lex.sentenced_passives \
        else []


_MAIN_ADVERBS = WordSet("events", EventsData, "words.main_clause_adverbs")  # events.toml


def _opens_clause(toks: Sequence[_Tok], m: _Mention, lex: Lexicon) -> bool:
    """Is a mention after a comma the subject of a verb right after it?"""
    if m.i == 0 or toks[m.i - 1].text != ",":
        return False
    k = m.j
    while k < len(toks) and (toks[k].low in lex.skip or toks[k].low in _MAIN_ADVERBS):
        if toks[k].low in lex.claim_passives:
            # (evrec27, evprec27) "Di Pengadilan Tipikor, Aris disebut Miryam menemui ...": a
            # passive of claim (a skip word elsewhere) is the clause's verb, the name its subject
            return True
        k += 1
    return k < len(toks) and _verb_like(toks[k], lex)


def _subject(ctx: _Ctx, lo: int, left: list[_Mention], i: int) -> list[_Mention]:
    """The subject of an active trigger. The nearest group before it is the object of an
    earlier verb when a verb or a coordination stands between it and the trigger ("X
    menyerang Y dan menewaskan Z", "badai menghantam pesisir Queensland, ... yang
    menghancurkan"): then the subject is the group before that verb, if any. A group right
    before the trigger stays its subject ("X mengatakan Y menyerang Z")."""
    if not left:
        return left
    toks, lex = ctx.toks, ctx.lex
    gap = toks[left[-1].j:i]
    if _own_pronoun_subject(ctx, left[-1].j, i):
        return []  # '"kita rapat dengan pemilik lahan dan mereka bersedia ...": not "kita"
    bare = [t.low for t in gap if t.low not in lex.skip]
    if (left[-1].kind == "PERSON" and len(bare) == 2 and bare[0] == ","
            and bare[1] in lex.relatives):
        # (evpart13) "Polisi menangkap Rudi, yang memukul Budi": a relative clause set off
        # by a comma after a person is theirs, not the main clause's subject's (after a
        # body it may tell of the whole clause: "perjuangan Persib, yang menantang X")
        return left
    if not any(t.low in {"dan", "serta", ","} for t in gap) or any(
            t.low in lex.pronouns or t.low in lex.speaker_words or t.low in lex.anaphor_words
            for t in gap):
        return left  # "..., dia mengaku malu dan meminta maaf": the pronoun is its subject
    verb = None
    for k in range(left[0].i - 1, max(lo, left[0].i - 4) - 1, -1):
        t = toks[k]
        if _verb_like(t, lex):
            verb = k
            break
        if not t.text.isalpha() or t.low in lex.connectors or t.low in lex.preps:
            return left  # "dilakukan , BNN bermaksud ...": BNN opens its own clause
    if verb is None or any(m.i < left[0].i and m.j > verb for m in ctx.ms
                           if m not in left):
        return left  # no verb right before it, or another participant between: keep it
    return _left_group(ctx, lo, verb)


def _relative_apposition(ctx: _Ctx, left: list[_Mention], i: int) -> bool:
    """(evrec20) Is the last of the group before a trigger a person's name set off by commas
    after a relative clause on a head noun, the one before it that clause's agent or object:
    "Pengacara yang ditunjuk Nelly , Scott Rosenblum , mengungkapkan ..." (the lawyer, named
    Rosenblum, speaks; not Nelly, and not no one for the verb "ditunjuk" before the group)?"""
    toks, lex = ctx.toks, ctx.lex
    if len(left) < 2 or left[-1].kind != "PERSON" or [
            t.text for t in toks[left[-1].j:i] if t.low not in lex.skip] != [","]:
        return False
    a, b = left[-2], left[-1]
    k = left[0].i
    return ([t.text for t in toks[a.j:b.i]] == [","] and k >= 3
            and _verb_like(toks[k - 1], lex) and toks[k - 2].low in lex.relatives
            and toks[k - 3].text.isalpha() and not _verb_like(toks[k - 3], lex)
            and not any(m.i <= k - 3 < m.j for m in ctx.ms))


def _own_pronoun_subject(ctx: _Ctx, a: int, i: int) -> bool:
    """(evactor11) Does a pronoun no one was resolved to stand right before the trigger at
    `i` (skip words between), opening a new clause after a group ending at `a` and more
    words of its clause ("kami sudah bertemu dengan warga dan mereka bersedia pindah")? It
    is the trigger's own subject; the group before belongs to the clause before."""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k > a and toks[k].low in lex.skip:
        k -= 1
    if k <= a or not (toks[k].low in lex.pronouns or toks[k].low in lex.anaphor_words):
        return False
    before = toks[a:k]
    return (any(t.low in {"dan", "serta", ","} for t in before)
            and any(t.text.isalpha() and t.low not in lex.connectors for t in before))


def _is_agent(value: str) -> bool:
    """A CAMEO agent code (three capitals), not an entity id or ISO country code."""
    return len(value) == 3 and value.isupper() and value.isalpha()


def _anaphoric(ctx: _Ctx, j: int) -> bool:
    """Does "itu"/"tersebut" follow a nominal trigger, right after it or after the name
    that follows it ("serangan itu", "veteran demonstrasi Tiananmen Square itu")? It
    points back to an event told before, or names a kind of person."""
    toks = ctx.toks
    after = next((m.j for m in ctx.ms if m.i == j), j)
    return after < len(toks) and toks[after].low in ctx.lex.anaphoric


def _title_case(toks: Sequence[_Tok]) -> bool:
    """Is the sentence a headline, four words or more nearly all capitalised?"""
    words = [t.text for t in toks if t.text.isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _predicate_between(gap: Sequence[_Tok], lex: Lexicon) -> bool:
    """Does a verb stand between a nominal trigger and a mention, not in a relative clause
    ("kecaman yang dilontarkan oleh AS" keeps AS)? The noun phrase ended there."""
    return any(_verb_like(t, lex) and not (k and gap[k - 1].low in lex.relatives)
               for k, t in enumerate(gap))


def _not_deed(ctx: _Ctx, i: int) -> bool:
    """Does an ability, duty or manner word stand right before a verb trigger ("bisa",
    "harus", "dalam"), skip words and verbs coordinated before it allowed ("masih bisa
    menembak", "dalam menyetujui, menyepakati"), and no word that
    makes it done after all ("terpaksa harus menembak")?"""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while True:
        while k >= 0 and toks[k].low in lex.skip and toks[k].low not in lex.not_deeds:
            k -= 1
        if not (k > 0 and (toks[k].text == "," or toks[k].low in lex.coordinators)
                and _verb_like(toks[k - 1], lex)):
            break
        k -= 2  # "dalam menyetujui, menyepakati anggaran": the word governs both verbs
    return (k >= 0 and toks[k].low in lex.not_deeds
            and not (k > 0 and toks[k - 1].low in lex.deeds_after_all))


_QUOTE_MARKS = frozenset({"'", '"'}) | _OPEN_QUOTES | _CLOSE_QUOTES


def _termed(ctx: _Ctx, i: int, j: int) -> bool:
    """Is the nominal trigger [i, j) a word named or defined, no act: after a noun of a
    word ("kata 'kerusuhan'", quote marks between allowed) or right before a defining
    phrase ("kerusuhan yang dimaksud ialah kondisi ...")?"""
    toks, lex = ctx.toks, ctx.lex
    k = i - 1
    while k >= 0 and toks[k].text in _QUOTE_MARKS:
        k -= 1
    if k >= 0 and toks[k].low in lex.term_words:
        return True
    n = j
    while n < len(toks) and toks[n].text in _QUOTE_MARKS:
        n += 1
    return any(_matches(toks, n, ph) for ph in lex.defined_by)


def _wanted(ctx: _Ctx, i: int) -> bool:
    """Is a nominal trigger the object of a verb of wanting ("memohon dukungan")?"""
    k = i - 1
    while k >= 0 and ctx.toks[k].low in ctx.lex.skip:
        k -= 1
    return k >= 0 and ctx.toks[k].low in ctx.lex.wanting


def _guarded_against(ctx: _Ctx, i: int) -> bool:
    """(ev31b) Is a nominal trigger what a word of guarding before it guards against ("agar
    terlindungi dari serangan", "untuk menghindari serangan")? Links like "dari" between."""
    k = i - 1
    while k >= 0 and (ctx.toks[k].low in ctx.lex.guard_links or ctx.toks[k].low in ctx.lex.skip):
        k -= 1
    return k >= 0 and ctx.toks[k].low in ctx.lex.guard_words


def _advised(ctx: _Ctx, i: int, lo: int) -> bool:
    """(ev31b) Does the trigger's clause open the sentence with a word of advice or invitation
    ("Silakan warga ... lapor ke polisi")? What it tells is suggested, not done."""
    k = lo
    while k < i and ctx.toks[k].text in _QUOTE_OPENERS:
        k += 1
    return k < i and (k == 0 or ctx.toks[k - 1].text in _QUOTE_OPENERS) \
        and ctx.toks[k].low in ctx.lex.advice_openers


def _planned(ctx: _Ctx, i: int, lo: int) -> bool:
    """(ev31b) Does a noun of a plan or an intent stand right before the verb trigger's
    subject ("ada rencana Kamal menghabisi nyawa Endang"), a named subject and skip words only
    between? The act is planned, not told."""
    covered = {k for m in ctx.ms for k in range(m.i, m.j) if m.j <= i}
    k = i - 1
    while k >= lo and (k in covered or ctx.toks[k].low in ctx.lex.skip):
        k -= 1
    return lo <= k < i - 1 and (k + 1) in covered and ctx.toks[k].low in ctx.lex.plan_nouns


def _object_of_verb(ctx: _Ctx, i: int) -> bool:
    """Is the trigger the object of a verb before it ("mengamankan demonstrasi")? Not after
    a passive one, whose agent it is ("jalanan dipenuhi gelombang protes")."""
    lex = ctx.lex
    if i == 0:
        return False
    t = ctx.toks[i - 1]
    return (len(t.low) > 4 and t.low.startswith(lex.verb_prefixes)
            and not (t.low.startswith("di") and _verb_like(t, lex))
            and t.low not in lex.support_active and t.low not in lex.support_received
            and t.low not in lex.skip and t.low not in lex.attending)


def _foreign(left: Sequence[_Mention], right: Sequence[_Mention], lex: Lexicon) -> bool:
    """Is the first place after a travel verb abroad for its travellers? Their own
    country, or the home country for travellers of unknown nationality, is no host."""
    # the preposition of "tiba di" is part of the trigger: the host has none of its own
    host = next((m for m in right if (m.prep is None or m.prep in lex.place_preps
                                      | lex.goal_preps)
                 and (m.place_id is not None or m.kind == "COUNTRY")), None)
    if host is None or host.country is None:
        return False
    own = {m.country for m in left if m.country}
    if own:
        return host.country not in own
    return host.country != lex.home_country


def _time(times: Sequence[TimeExpr], trig: Span) -> str | None:
    if not times:
        return None
    best = min(times, key=lambda t: (0 if t.type in ("DATE", "TIME") else 1,
                                     min(abs(t.span.start - trig.end),
                                         abs(trig.start - t.span.end))))
    return best.value


def _scan(ctx: _Ctx) -> list[tuple[Trigger, int, int]]:
    """Longest trigger match at each position; blockers consume their words."""
    toks, lex = ctx.toks, ctx.lex
    out: list[tuple[Trigger, int, int]] = []
    k = 0
    gapped_preps = lex.gapped_preps
    while k < len(toks):
        cands = lex.triggers.get(toks[k].low, ())
        bare = lex.triggers.get(toks[k].bare, ()) if toks[k].bare != toks[k].low else ()
        if bare:  # each tuple is in order already; merge only when both have some
            cands = tuple(sorted(cands + bare, key=_trigger_order)) if cands else bare
        best: Trigger | None = None
        n = 0
        # The next token's forms, tested inline before `_matches` and `_gapped` are called:
        # most phrases keyed on a word fail at their second word, and the calls (80,000 on
        # 300 articles) cost more than the test. Both functions test the same again.
        nxt = (toks[k + 1].low, toks[k + 1].bare) if k + 1 < len(toks) else None
        for trig in cands:
            ph = trig.phrase
            if best is not None and len(ph) < len(best.phrase):
                break
            # (a one-word trigger is its key, the word itself or its bare form: it matches)
            if (len(ph) == 1 or (nxt is not None and ph[1] in nxt and _matches(toks, k, ph))) \
                    and _needs_ok(ctx, trig, k, k + len(ph)):
                best, n = trig, len(ph)
                break
            if len(ph) == 2 and ph[1] in gapped_preps and _gapped(ctx, ph, k) \
                    and _needs_ok(ctx, trig, k, k + 3):
                best, n = trig, 3  # (evrec20) "berkomunikasi intensif dengan"
                break
        if best is None:
            k += 1
            continue
        if best.code:
            out.append((best, k, k + n))
        k += n
    return out


def _gapped(ctx: _Ctx, ph: Phrase, k: int) -> bool:
    """(evrec20) Does a two-word trigger of a verb and its preposition stand at `k` with a
    manner adverb between ("KJRI berkomunikasi intensif dengan Daud", "bertemu langsung
    dengan")? Longer phrases and other second words are never split."""
    toks, lex = ctx.toks, ctx.lex
    return (len(ph) == 2 and ph[1] in lex.gapped_preps and k + 2 < len(toks)
            and toks[k + 1].low in lex.gapped_adverbs and toks[k + 2].low == ph[1]
            and (toks[k].low == ph[0] or toks[k].bare == ph[0]))


def _new_clause(ctx: _Ctx, lo: int, k: int) -> bool:
    """Does the subject at `k` open a clause of its own after a comma ("Setelah Musk
    mengkritik keras RUU ..., Trump mengancam ...": Trump's threat is no content of the
    criticism)?"""
    m = next((m for m in ctx.ms if m.i == k), None)
    return (m is not None and k > lo and ctx.toks[k - 1].text == ","
            and _opens_clause(ctx.toks, m, ctx.lex))


def _describes_named(f: _Found, ctx: _Ctx) -> bool:
    """Does f stand in a relative clause about someone named ("memanggil Budi yang ditetapkan
    sebagai tersangka", "meminta hakim menghukum Budi yang telah ditahan polisi")? Such a
    clause states what was done to them, not the content of a request or a charge before it
    (the clause itself has no "yang": "meminta polisi menangkap Budi")."""
    if f.trig.voice == "noun" or f.left_from is None:
        return False
    rel = _relative_subject(ctx, f.clause, f.i)
    return rel is not None and bool(rel) and rel[0].i == f.left_from


def _bare_before_comma(ctx: _Ctx, i: int, j: int) -> bool:
    """(evrec27c) Does a request or charge at `i`..`j` stand bare before a comma, in a clause
    opened by a subordinator ("Meski Trump sudah mendesak, sejumlah senator tetap tidak
    setuju")? It has no content: the main clause after the comma is no part of what was
    asked. A main-clause request's comma may open its content ("Desmond mendesak, Menkumham
    mencopot Dirjen")."""
    toks, lex = ctx.toks, ctx.lex
    lo = ctx.clause_start(i)
    opened = any(t.text.isalpha() and t.low in lex.breaks for t in toks[max(lo - 1, 0):lo + 1])
    return opened and j < len(toks) and toks[j].text == ","


def _requested(f: _Found, scanned: Sequence[tuple[Trigger, int, int]], ctx: _Ctx) -> bool:
    """Is f the content of a request before it ("X meminta Y menjalin kerja sama", "Pihak
    keluarga meminta polisi mengusut"), coded or not? A coordinated clause is no content."""
    toks, lex = ctx.toks, ctx.lex
    for g, i, j in scanned:
        if g.code != "REQUEST" or g.voice not in ("active", "passive") or not j <= f.i \
                or f.i - j > 8 or ctx.clause_start(i) != f.clause:
            continue
        if toks[i].low in lex.order_verbs and any(
                t.low in lex.content_openers for t in toks[j:f.i]):
            continue  # (evrecall6) an order's purpose, done by the one ordered
        if not any(t.low in lex.connectors for t in _unglossed(toks, j, f.i)):
            return True
    return False


def _aid_beneficiary(ctx: _Ctx, trig: Trigger, j: int, m: _Mention) -> bool:
    """(ev30c) Is m, the genitive of aid noun `trig` ending at `j`, a group named by its kind
    behind an inner lower-case noun ("bantuan dana partai politik", "bantuan keuangan
    parpol")? The group owns the funds given: the beneficiary, not the giver (seed 130: the
    parties printed as giver three times); a named giver ("bantuan dana Jepang") stays."""
    return (trig.code == "AID" and m.i > j and bool(m.values)
            and all(v in ctx.lex.aid_beneficiaries for v in m.values)
            and all(_lower_word(t) for t in ctx.toks[j:m.i]))


def _urged_means(f: _Found, scanned: Sequence[tuple[Trigger, int, int]], ctx: _Ctx) -> bool:
    """(ev30c) Is noun f the means ("melalui", "lewat") of a request just before it in its
    clause ("mendorong penyelesaian persoalan melalui kerja sama antara Myanmar dan
    Bangladesh")? The means is urged with the rest, none of it done (seed 129: the
    cooperation printed as COOPERATE, judged wrong)."""
    toks, lex = ctx.toks, ctx.lex
    if f.trig.voice != "noun" or f.i == 0 or toks[f.i - 1].low not in lex.channel_preps:
        return False
    return any(g.code == "REQUEST" and j < f.i and f.i - j <= 8
               and ctx.clause_start(i) == f.clause for g, i, j in scanned)


def _unglossed(toks: Sequence[_Tok], lo: int, hi: int) -> list[_Tok]:
    """(evprec29) The tokens from `lo` to `hi` less a bracketed short form: its brackets join
    no second clause ("mendorong Dinas Lingkungan Hidup (DLH) Jakarta bekerja sama dengan
    BRIN": the cooperation is urged on the agency, none done; seed 121, judged wrong)."""
    out: list[_Tok] = []
    k = lo
    while k < hi:
        if (toks[k].text == "(" and k + 2 < hi and toks[k + 2].text == ")"
                and _bare_genitive_gap(toks[k:k + 3])):
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


def _content_clause(f: _Found, scanned: Sequence[tuple[Trigger, int, int]],
                    ctx: _Ctx) -> bool:
    """Is f inside a clause opened by "agar"/"supaya"/"untuk" right after a request,
    accusation, promise or refusal ("mendesak Beijing agar membebaskan Liu dan mengabulkan
    ...", "menolak untuk bertemu")? That clause is its content, not an event."""
    toks, lex = ctx.toks, ctx.lex
    lo = f.clause
    if lo == 0 or toks[lo - 1].low not in lex.content_openers:
        return False
    before = ctx.clause_start(lo - 1)
    # the opener may end the trigger itself: "mendesak agar Tuan Trump menarik ..."; an
    # order's purpose is carried out by the one ordered (evrecall6: `_ordered_party`)
    return any(g.code in lex.embedding and before <= i and j <= lo
               and toks[i].low not in lex.order_verbs
               for g, i, j in scanned)


def _shares_noun(g: _Found, f: _Found, ctx: _Ctx) -> bool:
    """Does the last word of trigger `g` open, with the noun trigger `f` right after it, a
    noun trigger of the same code ("menggelar aksi" + "unjuk rasa" = "aksi unjuk rasa")? Then
    both name one act; "mengapresiasi dukungan Danone" names two."""
    last = ctx.toks[g.j - 1].low
    phrase = (last, *f.trig.phrase)
    return any(t.voice == "noun" and t.code == f.trig.code and t.phrase == phrase
               for t in ctx.lex.triggers.get(last, ()))


def _other_act(e: Event, o: Event) -> bool:
    """(evrec12) Do two events of one code name different acts, their modes set and unlike
    ("Polisi menyita 20 senjata dan menangkap 5 orang": a seizure and an arrest)? Then neither
    covers the other, though they share every participant; "menangkap dan menahan" (both
    arrests) stay one."""
    return e.mode is not None and o.mode is not None and e.mode != o.mode


def _premises_search(f: _Found, lex: Lexicon) -> bool:
    """(evrec25) Is f a search of premises told by a verb ("menggeledah delapan lokasi")?
    Such a search is an act of its own beside a seizure or an arrest of one actor ("KPK
    menyita uang serta menggeledah delapan lokasi": two acts, seed 105 lost the search),
    though searches carry no mode to tell them apart (`_other_act`). A search noun framing
    the seizure ("Dalam penggeledahan KPK menyita dokumen") stays one act with it."""
    return f.trig.voice != "noun" and f.trig.phrase in lex.premises_acts


def _means_of_kept(f: _Found, scanned: Sequence[tuple[Trigger, int, int]], ctx: _Ctx) -> bool:
    """(ev31b) Is the verb trigger the means ("dengan cara menggorok") of an act of its code
    named before it in the sentence? Its subject is that act's doer, its object a body part:
    coded alone it takes the victim before it for the doer."""
    if f.trig.voice == "noun" or f.i < 2:
        return False
    means = f"{ctx.toks[f.i - 2].low} {ctx.toks[f.i - 1].low}"
    return means in ctx.lex.means_phrases and any(
        g.code == f.trig.code and j <= f.i for g, _, j in scanned)


def _prune(found: list[_Found], ctx: _Ctx,
           scanned: Sequence[tuple[Trigger, int, int]] = ()) -> list[Event]:
    """Drop embedded actions and events another one in the sentence already covers."""
    lex, toks = ctx.lex, ctx.toks
    keep: list[_Found] = []
    for f in found:
        # a fact about someone named is no content of the request or charge governing it
        fact = _describes_named(f, ctx)
        if (not fact and f.trig.voice != "noun" and f.trig.code != "REQUEST"
                and _requested(f, scanned, ctx)):
            continue
        if f.trig.voice != "noun" and any(
                g.code in lex.unrealised and j <= f.i and ctx.clause_start(i) == f.clause
                and all(t.low in lex.skip for t in toks[j:f.i]) for g, i, j in scanned):
            continue  # "menolak menandatangani kesepakatan", coded or not: no signing
        if _content_clause(f, scanned, ctx):
            continue
        if _urged_means(f, scanned, ctx):
            continue
        if _means_of_kept(f, scanned, ctx):
            continue  # (ev31b) "menghabisi Endang dengan cara menggorok leher": one killing
        if f.trig.voice == "noun" and any(g.trig.code == f.trig.code and g.j == f.i
                                          and _shares_noun(g, f, ctx) for g in keep):
            continue  # "menggelar aksi unjuk rasa": the noun names the act just coded
        if not fact and (f.trig.voice != "noun" or f.left_from is not None) and any(
                g.clause == f.clause and g.trig.code in lex.embedding and g.j <= f.i
                and g.trig.phrase[0] not in lex.charges and not _bare_before_comma(ctx, g.i, g.j)
                and (
                    (f.left_from is not None and g.j <= f.left_from  # "menuduh X menculik"
                     and not _new_clause(ctx, g.j, f.left_from))
                    or all(t.low in lex.skip for t in toks[g.j:f.i]))  # "berjanji akan membela"
                for g in keep):
            continue
        keep.append(f)
    events = [f.event for f in keep]
    searches = [_premises_search(f, lex) for f in keep]
    out: list[Event] = []
    for n, e in enumerate(events):
        covered = False
        for m, o in enumerate(events):
            if m == n or o.code != e.code or _other_act(e, o) or searches[m] != searches[n]:
                continue
            sub = set(e.actors) <= set(o.actors) and set(e.targets) <= set(o.targets)
            same = set(e.actors) == set(o.actors) and set(e.targets) == set(o.targets)
            if sub and (not same or m < n):
                covered = True
                break
        if not covered:
            extra = [o for m, o in enumerate(events) if m != n and o.code == e.code
                     and not _other_act(e, o) and searches[m] == searches[n]
                     and set(o.actors) <= set(e.actors)
                     and set(o.targets) <= set(e.targets)]
            for o in extra:
                e = replace(e, place=e.place or o.place, time=e.time or o.time,
                            mode=e.mode or o.mode)
            out.append(e)
    return out


# ----------------------------------------------------------------------------- public


@cache
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    """The words as one trie pattern (`trie_pattern`), compiled once per word set."""
    return re.compile(trie_pattern(words))


def _names_any(low: str, words: frozenset[str]) -> bool:
    """Whether lower-case `low` holds one of `words` as a whole word unit (`_WORD`). A
    text holding none of them even inside another word (nine texts in ten for the
    enforcers' words) is answered by one trie search, without splitting it into words."""
    return _any_of(words).search(low) is not None and not words.isdisjoint(_WORD.findall(low))


def _may_trigger(piece: str, lex: Lexicon) -> bool:
    """Cheap test: do all words of some trigger occur in the sentence (in any order)?"""
    words = set(_WORD.findall(piece.lower()))
    firsts = words & lex.first_words.keys()
    if not firsts:  # most sentences: no word opens a trigger, and no stem is needed
        return False
    needs = [need for w in firsts for need in lex.first_words[w]]
    # The words as written first: a trigger they hold needs no stem, and the stems (a
    # pass over every word) are made only when none does; the same answer (speed27).
    if any(need <= words for need in needs):
        return True
    stems = {w[:-3] for w in words if w.endswith("nya")}
    if not stems:
        return False
    every = words | stems
    return any(need <= every for need in needs)


@dataclass(frozen=True, slots=True)
class Refs:
    """Who a reference stands for, from the whole article: `pronoun` resolves "ia"/"dia"
    (the quotes stage's resolver); `person_before` gives the last PERSON named before an
    offset, outside quotations, in the sentence or the four before it (quotes in between)."""

    pronoun: Callable[[Span], str | None]
    person_before: Callable[[int], str | None]
    # the last PERSON named before an offset in the sentence or the one before, quotations
    # included: what a verb's -nya object stands for ("polisi menangkap Andi ... lalu
    # menahannya", whether Andi is named in reported speech or not)
    person_last: Callable[[int], str | None] = lambda _at: None
    # the PERSON a quote ending in the sentence or the two before it was attributed to
    speaker: Callable[[int], str | None] = lambda _at: None


_DEMONSTRATIVES = WordSet("events", EventsData, "words.demonstratives")  # events.toml


_BOUND_REACH = 6  # words from a pronoun to a name in its own clause


def _named_after_in_clause(toks: Sequence[_Tok], ms: Sequence[_Mention], k: int,
                           eid: str) -> bool:
    """(evprec27) Is the person a pronoun at `k` was resolved to named again right after it,
    in its own clause ("Ia menuduh Megawati melanggar ...")? A pronoun never stands for a
    name in its own clause (seed 115: Megawati, the accused, printed as her own accuser);
    the resolution is wrong, so the pronoun is left unresolved."""
    return any(m.kind == "PERSON" and eid in m.values and k < m.i <= k + _BOUND_REACH
               and all(t.text.isalnum() for t in toks[k + 1:m.i]) for m in ms)


def _pronouns(toks: list[_Tok], ms: list[_Mention], refs: Refs | None, lex: Lexicon,
              sent_start: int, contents: Sequence[Span] = ()) -> list[_Mention]:
    """References to a person as that person, taking the actor's role only (never a
    target): third-person pronouns outside quotations ("Ia mendesak agar ..."); "pihaknya"
    outside quoted content ("usai pihaknya mengamankan pengemudi": the person named last);
    and a description of someone named before ("Politikus PKB ini mengapresiasi ...",
    "Waka Komisi Hukum DPR itu": not PKB or DPR but the person, named earlier)."""
    if refs is None:
        return ms
    used = {k for m in ms for k in range(m.i, m.j)}
    extra: list[_Mention] = []
    drop: set[int] = set()
    for k, t in enumerate(toks):
        # The word tests first: `_quoted` reads the sentence up to the word, so asking it
        # of every word cost the square of the sentence's length.
        is_pronoun = t.low in lex.pronouns
        if not is_pronoun and not (t.low in lex.speaker_words and t.low.endswith("nya")) \
                and t.low not in lex.agent_enclitics:
            continue
        if k in used or _quoted(toks, k, lex):
            continue
        eid = None
        if is_pronoun:
            eid = refs.pronoun(Span(start=t.start, end=t.end))
        elif not any(c.start <= t.start < c.end for c in contents):
            # the person named last, else the speaker of a quote just before ("..., "
            # tandasnya. Pihaknya pun meminta ...": who said it, named further back)
            eid = refs.person_before(t.start) or refs.speaker(t.start)
        if eid is not None and not _named_after_in_clause(toks, ms, k, eid):
            extra.append(_Mention(k, k + 1, (eid,), "ANAPHOR_A", pronoun=True))
    for k in range(len(toks)):
        end = _titled_definite(toks, k, used, lex)
        if end is None:
            continue
        eid = refs.person_before(sent_start)
        if eid is not None:
            extra.append(_Mention(k, end, (eid,), "ANAPHOR_A", pronoun=True))
    for k, t in enumerate(toks):
        if t.low not in _DEMONSTRATIVES or k == 0:
            continue
        found = _description(toks, ms, k, lex)
        if found is None:
            continue
        eid = refs.person_before(sent_start)
        if eid is None:
            continue
        first, inside = found
        drop.update(id(m) for m in inside)
        extra.append(_Mention(first, k + 1, (eid,), "ANAPHOR_A", pronoun=True))
    if not extra:
        return ms
    out = sorted([*(m for m in ms if id(m) not in drop), *extra], key=lambda m: m.i)
    _mark(out, toks, lex)
    return out


def _titled_definite(toks: Sequence[_Tok], k: int, used: set[int], lex: Lexicon) -> int | None:
    """(evrec27) Where a description opened by a definite article ends when it is a clause's
    subject: "sang" and role nouns only, opening the sentence or a clause, a verb right after
    ("..., sang striker melancarkan protes dengan menginjak kaki Prasetyo": the player named
    before; seed 113 lost the stamp). Not with a name after the nouns ("sang kekasih Zayn
    Malik": someone else, whose partner is named) nor a demonstrative (read as a description)."""
    if toks[k].low not in lex.definite_articles or not (
            k == 0 or toks[k - 1].low in lex.breaks or toks[k - 1].text == ","):
        return None
    heads = _description_heads(lex.description_heads)
    n = k + 1
    while n < len(toks) and n not in used and toks[n].text.islower() and toks[n].low in heads:
        n += 1
    v = n
    while v < len(toks) and toks[v].low in lex.skip and v not in used:
        v += 1
    if n == k + 1 or v >= len(toks) or not _verb_like(toks[v], lex):
        return None
    return n


@lru_cache(maxsize=4)
def _description_heads(extra: frozenset[str]) -> frozenset[str]:
    """The role heads' first words and a lexicon's `description_heads`, joined once: the
    union of 400-odd words was built for every demonstrative a sentence holds (speed27)."""
    return frozenset(role_words().heads.keys() | extra)


def _description(toks: list[_Tok], ms: list[_Mention], d: int,
                 lex: Lexicon) -> tuple[int, list[_Mention]] | None:
    """Where a description ending at the demonstrative `d` starts, and the named mentions
    in it ("Politikus PKB ini", "Waka Komisi Hukum DPR itu", "Sutradara berusia 42 tahun
    ini", "Doktor Ilmu Politik UI ini" with UI unrecognised): capitalised words, role nouns
    and an age only, opening the sentence or a clause with a role noun, naming no person."""
    heads = _description_heads(lex.description_heads)
    k = d
    while k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].low in heads
                     or _age_ends(toks, k)
                     or toks[k - 1].text in {"(", ")"}
                     # "Kepala Kepatuhan dan Satuan Audit Internal Baznas Jawa Barat itu"
                     or (toks[k - 1].text.isalpha() and toks[k - 1].low in lex.list_connectors
                         and k > 1 and k < d and toks[k - 2].text[:1].isupper()
                         and toks[k].text[:1].isupper())):
        k -= 3 if _age_ends(toks, k) else 1
    if k == d or toks[k].low in lex.plural_openers or not (
            k == 0 or toks[k - 1].low in lex.breaks or toks[k - 1].text == ","
            or toks[k - 1].low in lex.skip or _verb_like(toks[k - 1], lex)):
        return None
    inside = [m for m in ms if k <= m.i and m.j <= d]
    if any(m.kind in ("PERSON", "ANAPHOR_A", "ANAPHOR_T") for m in inside):
        return None
    if not any(toks[n].low in heads for n in range(k, inside[0].i if inside else d)):
        return None  # "Kejagung itu": the body itself, no role holder
    return k, inside


def _age_ends(toks: Sequence[_Tok], k: int) -> bool:
    """Does an age ("berusia 39 tahun") end right before token `k`?"""
    return (k >= 3 and toks[k - 1].low == "tahun" and toks[k - 2].text.isdigit()
            and toks[k - 3].low in ("berusia", "usia"))


def _decision_purpose(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """Is the break word at `k` the "untuk" of a decision ("Pemerintah memutuskan untuk
    memberikan bantuan"), which carries the act out and keeps its subject?"""
    return toks[k].low == "untuk" and k > 0 and toks[k - 1].low in lex.decided


def _benefactive(toks: Sequence[_Tok], ms: Sequence[_Mention], k: int, lex: Lexicon) -> bool:
    """Is the break word at `k` the preposition "for" right before a named party ("vonis
    lima tahun untuk Ahmad", "untuk Presiden Joko Widodo"), opening no purpose clause?"""
    if toks[k].low not in lex.benefactive:
        return False
    m = next((m for m in ms if m.i > k), None)
    return (m is not None and _named(m) and m.place_id is None and m.i - k <= 3
            and all(t.text.isalpha() and t.text[:1].isupper() for t in toks[k + 1:m.i]))


def _comma_break(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """(evlaw25) Does a word that opens a clause only after a comma open one here: '"Sudah
    kita amankan, ternyata itu bukan anggota Polri"' (Polri is none of the detention's
    parties); "Budi ternyata menerima suap" keeps its subject."""
    return k > 0 and toks[k].low in lex.comma_breaks and toks[k - 1].text == ","


def _time_adverb(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """Is the break word at `k` a time noun before a demonstrative ("KPK saat ini akan
    berkoordinasi ...", "sejak itu"), opening no clause?"""
    return (toks[k].low in lex.time_breaks and k + 1 < len(toks)
            and toks[k + 1].low in _DEMONSTRATIVES)


def _verb_adverb(toks: Sequence[_Tok], k: int, lex: Lexicon) -> bool:
    """(evroles9) Is the break word at `k` an adverb right after a transitive me-...-kan/-i or
    a di- verb ("MA menonaktifkan sementara Ketua PN X", "jalan itu ditutup sementara"),
    opening no clause? Not after an intransitive one ("warga berdemo sementara polisi ...")."""
    if toks[k].low not in lex.verb_adverbs or k == 0:
        return False
    v = toks[k - 1]
    return _verb_like(v, lex) and (v.low.startswith("di") or (
        v.low.startswith("me") and v.low.endswith(("kan", "i"))))


def events_in_sentence(text: str, sent: Span, entities: Sequence[tuple[int, int, Entity]],
                       times: Sequence[TimeExpr], prev: Event | None = None,
                       lex: Lexicon | None = None,
                       quotes: Sequence[Quote] = (),
                       refs: Refs | None = None, enforcer: tuple[str, ...] = (),
                       enforcers: list[tuple[str, ...]] | None = None,
                       sides: Mapping[str, str] | None = None,
                       default_named: bool = True,
                       bodies: Mapping[str, str] | None = None,
                       group: tuple[str, ...] = (),
                       assumed: bool = False) -> list[Event]:
    """PLOVER events of one sentence; `entities` are (start, end, entity) mentions in it,
    `quotes` the article's quotes (those of other sentences are ignored), `refs` gives the
    person a pronoun or a description refers to (none resolved without it). `enforcer` is
    who made the last arrest or charge before (the agent of an unnamed one here); the
    makers of the arrests and charges found here are appended to `enforcers`. `sides` maps a
    person to the body their role ties them to (a speaker's own side in a quotation).
    `default_named`: the article names the default enforcer (else none is assumed).
    `bodies`: of `sides`, the bodies a speaker's "pihaknya" stands for (default `sides`).
    `group`: the unnamed group a plural pronoun stands for (`_group_antecedent`).
    `assumed`: `enforcer` is only assumed, no arrest or charge told (`_police_only`)."""
    lex = lex or lexicon()
    piece = text[sent.start:sent.end]
    if not _may_trigger(piece, lex):
        return []  # no trigger can start here: most sentences stop at this check
    toks = _tokens(piece, sent.start)
    if not toks:
        return []
    _mark_times(toks, times)
    ms = _sentence_mentions(toks, entities, text, lex)
    # the group named the sentence before first: "mereka" is the nearer one's
    ms = _anaphors(toks, _group_pronouns(toks, ms, group, lex), prev, lex)
    ms = _pronouns(toks, ms, refs, lex, sent.start,
                   [q.content for q in quotes if q.field is None])
    ms, shields, direct = _speaker_shields(toks, ms, quotes, lex, sides,
                                           sides if bodies is None else bodies)
    ctx = _Ctx(toks, ms, lex, [k for k, t in enumerate(toks)
                               if (t.low in lex.breaks or _comma_break(toks, k, lex))
                               and not _time_adverb(toks, k, lex)
                               and not _duration(toks, k, lex)
                               and not _verb_adverb(toks, k, lex)
                               and not _decision_purpose(toks, k, lex)
                               and not _benefactive(toks, ms, k, lex)
                               and not _list_separator(toks, ms, k, lex)],
               enforcer=enforcer, refs=refs, default_named=default_named, assumed=assumed,
               words=frozenset([*(t.low for t in toks), *(t.bare for t in toks)]))
    scanned = _scan(ctx)
    inside = {k for _, i, j in scanned for k in range(i, j)}
    if inside:  # "menetapkan tersangka": a noun of a trigger is no participant
        ctx.ms = [m for m in ms if m.kind != "AGENT" or inside.isdisjoint(range(m.i, m.j))]
    found: list[_Found] = []
    # a sentence by a court before an unnamed detention in the same sentence ordered it:
    # "usai divonis bersalah ..., Ahok langsung ditahan" (the court's side, not the police)
    court: tuple[str, ...] = ()
    for trig, i, j in scanned:
        here = _shielded(ctx, shields, i, j)
        if court and trig.unnamed_actor == lex.enforcer_default:
            here = replace(here, enforcer=court)
        if _quoted(toks, i, lex):
            # inside quotation marks only a direct quotation with a known speaker states
            # events (a quoted title or a scare-quoted word states none)
            inq = _in_direct(here, direct, i, j)
            if inq is None:
                continue
            here = inq
        else:
            here = _in_content(here, direct, i, j)
        res = _code_one(here, trig, i, j, sent, times)
        if res is not None:
            found.append(_Found(trig, i, j, ctx.clause_start(i), res[0], res[1]))
        if (trig.code in lex.enforced_codes and trig.unnamed_actor is not None
                and trig.unnamed_actor != lex.enforcer_default
                and trig.unnamed_actor in lex.enforcer_agents and trig.voice != "noun"):
            court = (trig.unnamed_actor,)
    if enforcers is not None and found:  # (no trigger coded: no table of kinds made)
        enforcers.extend(_enforcers(found, ctx))
    return _prune(found, ctx, scanned)


def _police_only(text: str, default_named: bool, lex: Lexicon) -> tuple[str, ...]:
    """(ev30) The police as the enforcer of an article that names them and no other body
    that questions or holds, nor a court: its questioning told with no agent before any
    arrest ("Kanit Reskrim Polsek Kembangan ... Sejumlah saksi sudah diperiksa") is theirs.
    An article naming the KPK, prosecutors or a court keeps none (their acts, not police's)."""
    if not default_named or lex.enforcer_default is None:
        return ()
    others = (lex.enforcer_bodies - lex.enforcer_default_words) | lex.court_words
    return () if _names_any(text.lower(), others) else (lex.enforcer_default,)


def _enforcers(found: Sequence[_Found], ctx: _Ctx) -> list[tuple[str, ...]]:
    """The named makers of the arrests and charges found: organisations ("KPK menahan X")
    or unnamed enforcers written out ("Tentara menangkap editor", "polisi menangkap"), never
    persons or places."""
    lex = ctx.lex
    kinds = {v: m.kind for m in ctx.ms for v in m.values}
    out: list[tuple[str, ...]] = []
    for f in found:
        acts = f.event.actors
        if f.trig.unnamed_actor != lex.enforcer_default or not acts:
            continue
        if all(kinds.get(a) == "ORG" or (kinds.get(a) == "AGENT" and a in lex.enforcer_agents)
               for a in acts):
            out.append(acts)  # a default agent filled in names no one: not kept
    return out


_TITLE_REACH = 40  # characters from the end of a body's name to its official's name


def _titled_bodies(article: Article, sides: Mapping[str, str]) -> dict[str, str]:
    """Of each person's body, the ones named in a title right before the person ("Kepala
    Biro ... Kementerian Keuangan, Nufransa", "Ketua Fraksi Partai Gerindra Ahmad Muzani"),
    no sentence end between: the body their "pihaknya" stands for. A body found elsewhere
    (the owner's company of an association's official) is not."""
    ends = {e.id: [m.end for m in e.mentions] for e in article.entities if e.id in sides.values()}
    out: dict[str, str] = {}
    for e in article.entities:
        org = sides.get(e.id)
        if org is None:
            continue
        for m in e.mentions:
            if any(0 <= m.start - end <= _TITLE_REACH and "." not in article.text[end:m.start]
                   for end in ends.get(org, ())):
                out[e.id] = org
                break
    return out


def _role_parties(article: Article, lex: Lexicon) -> dict[str, str]:
    """(evrec9) The party each person's role names, keyed by the person's id and
    `_PARTY_KEY`: the one tied to them, or one whose name a role holds ("Wakil Ketua DPR",
    "Wakil Ketua Umum Partai Gerindra": the party, not the DPR tied first)."""
    parties = [(e.id, e.name.lower()) for e in article.entities
               if e.kind == "ORG" and e.name.lower().startswith(lex.party_heads)]
    if not parties:
        return {}
    ids = {pid for pid, _ in parties}
    out: dict[str, str] = {}
    for e in article.entities:
        if e.kind != "PERSON":
            continue
        if e.org in ids:
            out[e.id + _PARTY_KEY] = e.org
            continue
        roles = [r.lower() for r in e.roles]
        hit = next((pid for pid, name in parties if any(name in r for r in roles)), None)
        if hit is not None:
            out[e.id + _PARTY_KEY] = hit
    return out


def find_events(article: Article, lex: Lexicon | None = None) -> list[Event]:
    """All PLOVER events of an article, sentence by sentence, in text order."""
    lex = lex or lexicon()
    text = article.text
    # Ordered by span only: two entities may hold one span, and entities do not compare.
    mentions = sorted(((m.start, m.end, e) for e in article.entities for m in e.mentions),
                      key=itemgetter(0, 1))
    mstarts = [m[0] for m in mentions]
    times = sorted(article.times, key=lambda t: t.span.start)
    tstarts = [t.span.start for t in times]
    # Each sentence gets only the body quotes overlapping it (in article order): handing
    # every sentence all of them makes the cost grow with the square of the length.
    quotes = SpanIndex((q.content, n) for n, q in enumerate(article.quotes) if q.field is None)
    contents = [q.content for q in article.quotes if q.field is None]

    # What resolving a pronoun looks up, built at the first pronoun and shared: built per
    # pronoun (resolve_speaker's default), it made the cost grow with the square of the
    # article's length. Nothing resolve_speaker does changes it.
    index: list[SpeakerIndex] = []
    in_quote: list[SpanSet] = []
    documents = _document_entities(article, lex)

    def pronoun(span: Span) -> str | None:
        unnamed = _unnamed_suspect_before(span)
        if unnamed is not None:
            return unnamed or None  # "": someone the tagger did not find, no one here
        if not index:
            index.append(speaker_index(article.entities, article.sentences, contents))
        found = resolve_speaker(span, text, article.entities, article.sentences, contents,
                                index=index[0])
        if found in documents:
            found = None  # "Ia mengapresiasi ...": a bill tagged as a person does nothing
        return found if found is not None else speaker_before(span.start)

    # The people quoted, by where their attribution ends: "..., ujarnya. Dia juga membantah
    # ...": the pronoun goes on with the person the quote before it was resolved to, when
    # the last naming of that person is past the resolver's look-back (a chain of quotes
    # and pronouns about one person; 20 events missed so on seeds 21-42, 2026-12-03).
    kinds = {e.id: e.kind for e in article.entities}
    said = sorted((_attribution_end(q), q.speaker) for q in article.quotes
                  if q.field is None and q.speaker is not None and kinds.get(q.speaker) == "PERSON")
    said_ends = [s[0] for s in said]

    def speaker_before(at: int) -> str | None:
        k = bisect.bisect_right(said_ends, at) - 1
        if k < 0:
            return None
        n = bisect.bisect_right(sstarts, at) - 1
        floor = article.sentences[max(0, n - _SPEAKER_REACH)].start if n >= 0 else 0
        end, eid = said[k]
        return eid if end >= floor else None

    persons = sorted((m.end, m.start, e.id) for e in article.entities if e.kind == "PERSON"
                     and e.id not in documents for m in e.mentions)
    pends = [p[0] for p in persons]
    sstarts = [s.start for s in article.sentences]

    def person_before(at: int, back: int = 4, quoted: bool = False) -> str | None:
        n = bisect.bisect_right(sstarts, at) - 1
        floor = article.sentences[max(0, n - back)].start if n >= 0 else 0
        for k in range(bisect.bisect_right(pends, at) - 1, -1, -1):
            end, start, eid = persons[k]
            if start < floor:
                return None
            if quoted:
                return eid
            if not in_quote:  # a scan of every quote per look-up, before
                in_quote.append(SpanSet(contents))
            if not in_quote[0].holds(start):
                return eid
        return None

    def person_last(at: int) -> str | None:
        return person_before(at, back=1, quoted=True)

    def _unnamed_suspect_before(span: Span) -> str | None:
        """(evactor11) Whom a pronoun opening a sentence stands for when the sentence before
        introduces someone: a person named there after "bernama" ("... terhadap mantan
        pejabat bernama Dody M. Dia telah divonis": Dody, not the subject named before him;
        "" for no one where that name is no entity), or an unnamed suspect whose bare noun
        opens it and no person is named ("Pelaku kini ditahan di Polres X. Dia dijerat
        Pasal 378": CRM, not a victim named further back). None: the resolver decides."""
        n = bisect.bisect_right(sstarts, span.start) - 1
        if n < 1 or text[sstarts[n]:span.start].strip(' "“'):
            return None
        prev = article.sentences[n - 1]
        named = None  # where the last name the sentence gives someone starts
        for w in _WORD.finditer(text, prev.start, prev.end):
            if named == -1:
                named = w.start() if w.group()[:1].isupper() else None
            elif w.group().lower() in lex.naming_words:
                named = -1
        k = bisect.bisect_right(pends, prev.start)
        tagged = k < len(persons) and persons[k][1] < prev.end
        if named is not None and named >= 0:
            return next((p[2] for p in persons[k:k + 8] if p[1] == named), "")
        if tagged:
            return None  # "Tersangka Budi ditahan. Dia ...": Budi
        first = _WORD.match(text, prev.start)
        if first is not None and first.group().lower() in lex.unnamed_pronoun_subjects:
            return lex.unnamed_pronoun_subjects[first.group().lower()]
        return None

    refs = Refs(pronoun, person_before, person_last, speaker_before)
    refused = _refused_codes(article, lex)
    states = _state_parties(article, lex) if refused else frozenset()
    firms = _firm_partners(article, lex) if "COOPERATE" in refused else frozenset()
    default_named = _names_any(text.lower(), lex.enforcer_default_words)
    police_only = _police_only(text, default_named, lex)
    # whose side a quoted speaker is on: the body their role names ("Jubir KPK Budi Prasetyo")
    sides = {e.id: e.org for e in article.entities if e.org}
    bodies = _titled_bodies(article, sides)
    # (evrec9) the party a person's role names, wherever the title stands ("Fadli Zon, Wakil
    # Ketua Umum Partai Gerindra"): what the speaker's "partainya" stands for
    bodies.update(_role_parties(article, lex))

    out: list[Event] = []
    recent: list[Event | None] = []
    found_before = True  # whether the sentence before found an event, and its mentions
    before: list[tuple[int, int, Entity]] = []
    # (sentence number, makers) of the arrests and charges named so far; no one accused or
    # arrested before is one of them ("hasil pengembangan dari tersangka RMP")
    enforced: list[tuple[int, tuple[str, ...]]] = []
    suspects: set[str] = set()
    for n, sent in enumerate(article.sentences):
        a = bisect.bisect_left(mstarts, sent.start)
        b = bisect.bisect_left(mstarts, sent.end)
        ents = [m for m in mentions[a:b] if m[1] <= sent.end]
        ta = bisect.bisect_left(tstarts, sent.start)
        tb = bisect.bisect_left(tstarts, sent.end)
        prev = next((e for e in reversed(recent[-2:]) if e is not None), None)
        group = (_group_antecedent(text, article.sentences[n - 1], sent, before, lex)
                 if n > 0 and not found_before else ())
        near = [article.quotes[n] for n in sorted(n for _, n in
                                                 quotes.overlapping(sent.start, sent.end))]
        # in an article naming no police the body that made the last arrest or charge is
        # the enforcer of the whole article ("Kejaksaan Negeri Kuningan ... menetapkan tiga
        # tersangka" ... twenty sentences on "ketiga tersangka langsung ditahan")
        told = bool(enforced) and (n - enforced[-1][0] <= _ENFORCER_REACH or not default_named)
        enforcer = enforced[-1][1] if told else police_only
        found: list[tuple[str, ...]] = []
        evs = events_in_sentence(text, sent, ents, times[ta:tb], prev, lex, near, refs,
                                 enforcer, found, sides, default_named, bodies, group,
                                 assumed=not told and bool(police_only))
        probe = _probe_event(text, sent, evs, enforcer)
        if probe is not None:
            evs = [*evs, probe]
        sting = _sting_event(text, sent, evs, ents, enforced[-1][1] if told else ())
        if sting is not None:
            evs = [*evs, sting]
        # Most sentences find nothing: no generators are made for them.
        if found:
            enforced.extend((n, acts) for acts in found if suspects.isdisjoint(acts))
        if evs:
            suspects.update(t for e in evs if e.code in lex.enforced_codes for t in e.targets)
            out.extend(e for e in evs if e.code not in refused or _post_left(e, text, lex)
                       or any(_state_actor(a, states, lex) for a in e.actors)
                       or _kept_trigger(e, text, lex)
                       or _firm_partnership(e, firms, text, lex)
                       or _pledge_to_state(e, text, lex))
        first = evs[0] if evs else None
        if (first is not None and not first.targets and first.code in lex.enforced_codes
                and all(_is_agent(a) for a in first.actors)):
            # "Sebanyak 86 orang ditangkap" (by unnamed police): "mereka" after it are the
            # people held, named by no one, never the police
            first = None
        elif (first is not None and not first.targets and first.code in lex.enforced_codes
              and _passive_trigger(first, text)):
            # (ev29b) nor the named unit that held them: "delapan orang diamankan ke Polda
            # Metro Jaya , diduga melakukan kericuhan . Mereka ...": the next act told
            first = next((e for e in evs[1:] if e.targets or not _passive_trigger(e, text)),
                         None)
        if first is not None and first.targets and _unnamed_actors(first, text, lex):
            # "Tiga terdakwa ... didakwa melakukan korupsi. Mereka disebut melakukan
            # kesepakatan": "mereka" stands for someone named, the accused, never for the
            # prosecutors the charge left unnamed (read once, not in each sentence after)
            first = replace(first, actors=first.targets, targets=())
        recent.append(first)
        found_before, before = bool(evs), ents
    programs = _program_entities(article, lex)
    if programs:  # (ev31b) "tiga sistem operasi Windows yang diserang WannaCry": no parties
        out = [replace(e, actors=tuple(a for a in e.actors if a not in programs),
                       targets=tuple(t for t in e.targets if t not in programs)) for e in out]
    if _forged_documents(text):  # (ev32c) "Melalui surat itu , X meminta", a hoax: no act
        out = [e for e in out if not _forged_content(e, text)]
    return _suit_hearings(out, text, lex)


_PROBE_NOUNS = WordSet("events", EventsData, "words.probe_nouns")  # "penyelidikan"
_PROBE_ONGOING = WordSet("events", EventsData, "words.probe_ongoing")  # "masih berlangsung"
_PROBE_OWN = WordSet("events", EventsData, "words.probe_own")  # "tengah kami usut"
_PROBE_GAP = 4  # words between a probe noun and its going on ("hingga saat ini masih ...")


@cache
def _probe_phrase_max() -> int:
    """The longest phrase of `probe_ongoing` and `probe_own`, in words: read from the data,
    so that a longer phrase added there is matched too."""
    return max((len(p.split()) for p in (*_PROBE_ONGOING, *_PROBE_OWN)), default=0)


def _ongoing_probe(text: str, sent: Span) -> Span | None:
    """(ev33) Where a sentence tells an investigation as going on with no verb of
    investigating: a probe noun and, a few words on, a phrase of its going on ("Kini ,
    penyelidikan masih terus berlangsung"), or the investigators' own words ("tengah kami
    usut", "mencari tahu motif"). The probe noun or phrase, else None."""
    words = list(_WORD.finditer(text, sent.start, sent.end))
    lows = [w.group().lower() for w in words]

    def phrase_at(k: int, phrases: WordSet) -> int:
        return next((n for n in range(_probe_phrase_max(), 0, -1)
                     if " ".join(lows[k:k + n]) in phrases), 0)

    for k, low in enumerate(lows):
        own = phrase_at(k, _PROBE_OWN)
        if own:
            return Span(start=words[k].start(), end=words[k + own - 1].end())
        if low in _PROBE_NOUNS and any(phrase_at(g, _PROBE_ONGOING)
                                       for g in range(k + 1, k + 2 + _PROBE_GAP)):
            return Span(start=words[k].start(), end=words[k].end())
    return None


def _probe_event(text: str, sent: Span, evs: Sequence[Event],
                 enforcer: tuple[str, ...]) -> Event | None:
    """(ev33) The ongoing investigation a sentence tells with no verb (`_ongoing_probe`), an
    ACCUSE by the article's enforcer (who made the last arrest or charge, else the police
    of an article naming only them); none when no enforcer is known or the sentence already
    holds an accusation."""
    if not enforcer or any(e.code == "ACCUSE" for e in evs):
        return None
    trigger = _ongoing_probe(text, sent)
    if trigger is None:
        return None
    return Event(code="ACCUSE", actors=enforcer, trigger=trigger,
                 evidence=Span(start=sent.start, end=sent.end))


_STING_NOUNS = WordSet("events", EventsData, "words.sting_nouns")  # "ott"
_STING_BODIES = WordSet("events", EventsData, "words.sting_bodies")  # "kpk"
_STING_DENIALS = WordSet("events", EventsData, "words.sting_denials")  # "membantah"
_STING_MEDIA = WordSet("events", EventsData, "words.sting_media")  # "platform"
_STING_MEDIA_REACH = 3  # words before the noun ("platform over-the-top (")


@cache
def _sting_max() -> int:
    """Words in the longest sting noun ("operasi tangkap tangan"): read from the data, so
    that a longer noun added there is found."""
    return max((len(w.split()) for w in _STING_NOUNS), default=1)


def _sting_at(text: str, sent: Span) -> Span | None:
    """(ev34) The first sting noun of a sentence ("OTT", "operasi tangkap tangan"), or None."""
    words = list(_WORD.finditer(text, sent.start, sent.end))
    lows = [w.group().lower() for w in words]
    for k in range(len(words)):
        n = next((n for n in range(min(_sting_max(), len(words) - k), 0, -1)
                  if " ".join(lows[k:k + n]) in _STING_NOUNS), 0)
        if n:
            return Span(start=words[k].start(), end=words[k + n - 1].end())
    return None


def _sting_body(name: str) -> bool:
    """(ev34) Does an organisation's name name a body that makes stings ("KPK", "Bidpropam
    Polda Sumut")?"""
    return any(w in _STING_BODIES for w in _WORD.findall(name.lower()))


def _sting_event(text: str, sent: Span, evs: Sequence[Event],
                 ents: Sequence[tuple[int, int, Entity]],
                 enforcer: tuple[str, ...]) -> Event | None:
    """(ev34) A sting told by its name alone ("Kegiatan OTT di Medan , kata Wakil Ketua KPK"):
    a COERCE arrest by the article's enforcer (the maker of an arrest or a charge told before;
    not the police an article merely names), else by the body the sentence names that makes
    stings; the person named right after the noun is the one caught ("OTT Noel"). None
    when the sentence already holds an arrest or no maker is known."""
    if any(e.code == "COERCE" for e in evs):
        return None
    trigger = _sting_at(text, sent)
    if trigger is None:
        return None
    before = [w.lower() for w in _WORD.findall(text, sent.start, trigger.start)]
    if any(w in _STING_DENIALS for w in before):
        return None  # "membantah bahwa itu adalah OTT": a sting denied
    if set(before[-_STING_MEDIA_REACH:]) & _STING_MEDIA:
        return None  # "platform over-the-top ( OTT )": a streaming service
    if (text[sent.start:trigger.start].rstrip().endswith("(")
            and " ".join(before[-_sting_max():]) not in _STING_NOUNS):
        return None  # "Operasi Tangkap Tawon ( OTT )": the acronym spelt out as another thing
    after = _WORD.search(text, trigger.end, sent.end)
    if after is not None and after.group().lower() in _POINTERS:
        return None  # "OTT itu dilakukan oleh KPK": the sting told before, told again
    makers = tuple(dict.fromkeys(e.id for _, _, e in ents
                                 if e.kind == "ORG" and _sting_body(e.name)
                                 and not _sting_at(e.name, Span(start=0, end=len(e.name)))))
    # the article's enforcer first: a body the sentence names may be the one confirming
    # it or the unit of those caught ("dibenarkan oleh Kasat Lantas Polrestabes Medan")
    actors = enforcer or makers
    if not actors:
        return None
    return Event(code="COERCE", mode="arrest", actors=actors,
                 targets=_caught_after(text, trigger.end, ents),
                 trigger=trigger, evidence=Span(start=sent.start, end=sent.end))


_CAUGHT_JOINERS = WordSet("events", EventsData, "words.caught_joiners")  # "dan", ","
_CAUGHT_PREPS = WordSet("events", EventsData, "words.caught_preps")  # "terhadap"
_WORD_OR_COMMA = re.compile(r"\w+|,")
_CAUGHT_TITLE_WORDS = 3  # lower-case words of a title before a name ("pengacara artis")


def _caught_after(text: str, end: int, ents: Sequence[tuple[int, int, Entity]]
                  ) -> tuple[str, ...]:
    """(ev34) The people a sting noun ending at `end` names as caught: right after it ("OTT
    Noel") or after "terhadap" ("terhadap pengacara X , Y dan Z"), a list joined by commas
    and "dan", each name perhaps after a short lower-case title."""
    out: list[str] = []
    for s, e_end, e in ents:
        if s < end or e.kind != "PERSON":
            continue
        gap = _WORD_OR_COMMA.findall(text[end:s])
        if not out and gap and gap[0] in _CAUGHT_PREPS:
            gap = gap[1:]
        elif not out and gap:
            break  # "OTT di Medan ... Budi": no one named as caught
        titles = [w for w in gap if w.lower() not in _CAUGHT_JOINERS]
        if (out and not set(gap) & _CAUGHT_JOINERS) or len(titles) > _CAUGHT_TITLE_WORDS \
                or any(w[:1].isupper() or w.isdigit() for w in titles):
            break
        out.append(e.id)
        end = e_end
    return tuple(dict.fromkeys(out))


_FORGERY_GAP = 1  # words between a document noun and the word calling it forged


def _forged_documents(text: str) -> bool:
    """(ev32c) Does the article call a document or a news item forged somewhere ("surat hoax
    Jokowi", "berita palsu atau HOAX")? Then `_forged_content` drops what a document it
    points back to is told to say."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any((w in _DOCUMENTS or w in _FORGED_NEWS)
               and any(x in _FORGERY for x in words[k + 1:k + 2 + _FORGERY_GAP])
               for k, w in enumerate(words))


def _forged_content(e: Event, text: str) -> bool:
    """(ev32c) Is the event told as the content of a document pointed back to, its channel
    word, noun and pointer before the trigger in its sentence ("Melalui surat itu , Jokowi
    meminta")? In an article about a forgery that is no act of the one it names as writer."""
    t, s = e.trigger, e.evidence
    if t is None or s is None:
        return False
    words = [w.lower() for w in _WORD.findall(text[s.start:t.start])]
    return any(w in _CHANNELS and words[k + 1] in _DOCUMENTS and words[k + 2] in _POINTERS
               for k, w in enumerate(words[:-2]))


def _program_entities(article: Article, lex: Lexicon) -> frozenset[str]:
    """(ev31b) Entities the article names as a computer program somewhere: right after a
    program word ("sistem operasi Windows", "ransomware jenis WannaCry", a kind word between)
    or opening with one. A program is no party anywhere in the article ("diserang WannaCry")."""
    text, out = article.text, set[str]()
    for e in article.entities:
        if e.kind == "PLACE":
            continue
        first = e.name.split()[0].lower() if e.name.split() else ""
        if first in lex.program_words or any(_program_before(text, m.start, lex)
                                             for m in e.mentions):
            out.add(e.id)
    return frozenset(out)


def _program_before(text: str, start: int, lex: Lexicon) -> bool:
    """(ev31b) Do the words right before `start` name a kind of program ("ransomware",
    "sistem operasi", "ransomware jenis")?"""
    words = [w.group().lower() for w in _WORD.finditer(text, max(0, start - 40), start)][-3:]
    if words and words[-1] in lex.program_kinds:
        words = words[:-1]
    return bool(words) and (words[-1] in lex.program_words
                            or " ".join(words[-2:]) in lex.program_words)


def _suit_hearings(events: list[Event], text: str, lex: Lexicon) -> list[Event]:
    """(evnoun30) A suit told by its hearing's noun ("Sidang perceraian Ahok - Veronica"):
    the genitive names the plaintiff first and the one sued after, so the first is the actor
    and the rest targets; a suit the article already tells by another event of its code
    with one of these parties ("X menggugat cerai Y") is not coded twice."""
    def hearing(e: Event) -> bool:
        return e.trigger is not None and " ".join(
            text[e.trigger.start:e.trigger.end].lower().split()) in lex.suit_hearings

    out: list[Event] = []
    for e in events:
        if not hearing(e):
            out.append(e)
            continue
        parties = {*e.actors, *e.targets}
        if any(o.code == e.code and not hearing(o) and parties & {*o.actors, *o.targets}
               for o in events):
            continue
        if len(e.actors) > 1 and not e.targets:
            e = replace(e, actors=e.actors[:1], targets=e.actors[1:])
        out.append(e)
    return out


def _passive_trigger(e: Event, text: str) -> bool:
    """(ev29b) Is the event's trigger a di- passive ("diamankan"): its subject, not its
    agent, is the one acted on?"""
    return e.trigger is not None and text[e.trigger.start:e.trigger.end].lower().startswith("di")


def _group_antecedent(text: str, prev: Span, sent: Span,
                      ents: Sequence[tuple[int, int, Entity]], lex: Lexicon) -> tuple[str, ...]:
    """(evrec28) What a plural pronoun of `sent` stands for when the sentence `prev` before
    it found no event: the agent code of the unnamed group of people
    (`group_pronoun_agents`) it names last ("... ditanggapi kritis suporter Persib. Tuntutan
    mereka adalah ...": the fans). None when `sent` has no such pronoun or `prev` names a
    person (who "mereka" may as well include)."""
    if not lex.group_pronouns & {w.lower() for w in _WORD.findall(text[sent.start:sent.end])}:
        return ()
    if any(e.kind == "PERSON" for _, _, e in ents):
        return ()
    toks = _tokens(text[prev.start:prev.end], prev.start)
    codes = [code for k, t in enumerate(toks) for ph, code in lex.agents.get(t.low, ())
             if code in lex.group_pronoun_agents and _matches(toks, k, ph)]
    return (codes[-1],) if codes else ()


def _group_pronouns(toks: list[_Tok], ms: list[_Mention], group: tuple[str, ...],
                    lex: Lexicon) -> list[_Mention]:
    """(evrec28) The plural pronouns of a sentence as the unnamed `group` named before."""
    if not group:
        return ms
    used = {k for m in ms for k in range(m.i, m.j)}
    # not after a person named in its own sentence, who may be one of "them" ("Agus
    # menekankan keduanya ... apa yang mereka dapatkan": Agus and his running mate)
    first_person = next((m.i for m in ms if m.kind == "PERSON"), len(toks))
    extra = [_Mention(k, k + 1, group, "ANAPHOR_A") for k, t in enumerate(toks)
             if t.low in lex.group_pronouns and k not in used and k < first_person]
    if not extra:
        return ms
    out = sorted([*ms, *extra], key=lambda m: m.i)
    _mark(out, toks, lex)
    return out


def _document_entities(article: Article, lex: Lexicon) -> frozenset[str]:
    """(evprec5) Entities named by a kind of document or bill ("Raperda", "RUU ...") that the
    entity stage took for a person: no pronoun stands for them ("Ia mengapresiasi dedikasi
    anggota dewan", seed 81: actor 'Raperda', judged roles)."""
    return frozenset(e.id for e in article.entities
                     if e.name.split()[:1] and e.name.split()[0] in lex.document_kinds)


def _attribution_end(q: Quote) -> int:
    """Where a quote and its attribution end ('"...," ujarnya' ends after "ujarnya")."""
    return max(q.content.end, *(s.end for s in (q.cue, q.speaker_span) if s is not None))


def _unnamed_actors(e: Event, text: str, lex: Lexicon) -> bool:
    """Are an event's actors agent codes its sentence never names (the police or the
    prosecutors supplied to a passive arrest or charge with no agent)?"""
    ev = e.evidence
    if ev is None or e.code not in lex.enforced_codes or not all(_is_agent(a) for a in e.actors):
        return False
    toks = _tokens(text[ev.start:ev.end], ev.start)
    return not any(code in e.actors and _matches(toks, k, ph)
                   for k, t in enumerate(toks) for ph, code in lex.agents.get(t.low, ()))


def _refused_codes(article: Article, lex: Lexicon) -> frozenset[str]:
    """Codes the article's main topic rules out (`topic_refuses`): sport text reports
    attacks, draws and meetings on the pitch, not between political actors."""
    main = next((t.code for t in article.themes if t.code.startswith("iptc:")), None)
    return lex.topic_refuses.get(main, frozenset()) if main else frozenset()


_PARTNER_ROLE_REACH = 6  # (evrec16) words after a partnership's trigger that may name "mitra"


def _firm_partners(article: Article, lex: Lexicon) -> frozenset[str]:
    """(evcoop10) The organisations that may be a kept partnership's partner: all the
    article's ORG entities where its main topic is one of `partner_topics`, else none."""
    main = next((t.code for t in article.themes if t.code.startswith("iptc:")), None)
    if main not in lex.partner_topics:
        return frozenset()
    return frozenset(e.id for e in article.entities if e.kind == "ORG")


def _firm_partnership(e: Event, firms: frozenset[str], text: str = "",
                      lex: Lexicon | None = None) -> bool:
    """(evcoop10) Is a refused COOPERATE a partnership made with named organisations ("BRI
    mengumumkan jalinan kerja sama dengan PT X" in technology text)? Its partners, after
    the trigger, must all be such bodies, and its actors too: product talk ("kemitraan
    Qualcomm dan Microsoft", no partner after it) stays refused, and so does a person's
    work with a firm: organisations on both sides. (evrec16) Where the words right after
    the trigger name the partner as such ("menggandeng mitra lokal seperti A, B", "menggandeng
    X sebagai mitra perbankan": `partner_roles`), one named organisation among the partners
    is enough: a firm's name the entities misread as a person's no longer drops the tie."""
    if e.code != "COOPERATE" or not firms or not e.targets or not e.actors:
        return False
    if all(x in firms for x in (*e.actors, *e.targets)):
        return True
    t = e.trigger
    if (lex is None or t is None or not lex.partner_roles
            or not any(x in firms for x in e.targets)):
        return False
    after = _WORD.findall(text[t.end:t.end + 80].lower())[:_PARTNER_ROLE_REACH]
    return any(w in lex.partner_roles for w in after)


def _state_parties(article: Article, lex: Lexicon) -> frozenset[str]:
    """The article's entities that are the state (an office holder by role, a government
    body by name), whose acts no topic rules out ("Menpora mengapresiasi ..." in sport)."""
    def state(name: str) -> bool:
        words = tuple(name.lower().split())
        return any(words[:len(ph)] == ph for ph in lex.state_titles)

    bodies = {e.id for e in article.entities if e.kind == "ORG" and state(e.name)}
    # a person by role, unless the role is in a body that is not the state ("Presiden
    # Ferrari", "Presiden HRC")
    people = {e.id for e in article.entities if e.kind == "PERSON"
              and any(state(r) for r in e.roles) and (e.org is None or e.org in bodies)}
    return frozenset(bodies | people)


def _post_left(e: Event, text: str, lex: Lexicon) -> bool:
    """(evrecall5) Is the event a resignation that names the post left, in its trigger or
    the words right after it ("menanggalkan jabatannya sebagai presiden FIGC")? Such a
    resignation is news whatever the topic; a rider "yang mengundurkan diri karena sakit"
    leaves no office and stays refused in sport text."""
    t = e.trigger
    if e.mode not in lex.topic_kept_modes or t is None:
        return False
    words = _WORD.findall(text[t.start:t.end + 40].lower())
    n = len(_WORD.findall(text[t.start:t.end]))
    return any(w in lex.post_words for w in words[:n + 2])


def _kept_trigger(e: Event, text: str, lex: Lexicon) -> bool:
    """(evrec27) Is a refused event's trigger one of `topic_kept_triggers`, a phrase that
    names no play in any topic ("kedapatan mencekik Klok", "melancarkan bogem mentah kepada
    pemain X" in a disciplinary ruling's sport report)? "menyerang" there stays play."""
    t = e.trigger
    return t is not None and " ".join(
        _WORD.findall(text[t.start:t.end].lower())) in lex.topic_kept_triggers


def _pledge_to_state(e: Event, text: str, lex: Lexicon) -> bool:
    """(evrec20) Is a refused pledge (`state_pledge_codes`) made about the state, an agent
    noun of it named after the trigger in the event's sentence ("CEO Telegram berjanji akan
    bekerja dengan komunitas lokal untuk menindak permintaan pemerintah")? A firm's promise to
    the government is news whatever the topic; "AMD berjanji jumlahnya bakal bertambah" (a
    product promise) stays refused."""
    t, ev = e.trigger, e.evidence
    if e.code not in lex.state_pledge_codes or t is None or ev is None or ev.end <= t.end:
        return False
    toks = _tokens(text[t.end:ev.end], t.end)
    return any(code in lex.state_agents and _matches(toks, k, ph)
               for k, tok in enumerate(toks) for ph, code in lex.agents.get(tok.low, ()))


def _state_actor(value: str, states: frozenset[str], lex: Lexicon) -> bool:
    """Is an event's actor the state: one of `states` or a state agent code? (Not a country:
    in sport text "Indonesia" is the national team.)"""
    return value in states or value in lex.state_agents


class EventStage(Stage):
    """Code PLOVER events (actor, action, target, place, time) from each sentence."""

    name = "events"
    version = 117  # ev34c (117): trips made by regular habit ("secara reguler
    # mengunjungi") and a cooperation or pact told only as ended ("usainya kerjasama") coded none.
    # lead34 (116): a spliced remnant of an old merge in events.toml (the
    # needy nouns of an aid entry on a ban's verbs) removed: "melarang pengungsi …" is no AID.
    # ev34b (115): capture verbs and relative-closed subjects (ASSAULT), a
    # bribe suspected, concessive clauses' borrowed subject; private thanks, war as an option,
    # goal pledges and standing rules coded none.
    # ev34 (114): a sting told by its name alone ("Kegiatan OTT di Medan ,
    # kata Wakil Ketua KPK") is a COERCE arrest by the body named that makes stings, else the
    # article's enforcer; "terkena operasi tangkap tangan" is a received sting; an arrest or
    # a sanction told as to come on a condition ("polisi akan menangkapnya jika ...", "tak
    # segan mengganti ... jika") is a THREATEN; a pilgrimage is no visit, asking God's
    # guidance or God's command in scripture no REQUEST; a force sent in with "menurunkan",
    # "menerjunkan" ("menurunkan sekitar 3.600 personel") is MOBILIZE.
    # ev33b (113): both sides after "antara" pair whatever their kinds
    # ("antara pemerintah Filipina dan pemberontak"); "perbincangan dengan" is a talk; a
    # meeting planned with "untuk" is coded; declining to react with "untuk" is no REJECT;
    # a jibe ("menyindir") at a named party is ACCUSE; a bare legal form tagged apart ("PT")
    # is no party; a probed case "yang melibatkan X" names X; backing a project through
    # one's own means ("mendukung proyek ... melalui PMN") is no SUPPORT; a copula's subject
    # is the head of the relative clause after its noun ("X adalah personel yang setuju");
    # an aid passive's giver is named after "dari" in its subject ("Bansos dari X disalurkan").
    # ev33 (112): an investigation told as going on with no verb of
    # investigating ("penyelidikan masih berlangsung", "tengah kami usut") is an ACCUSE by
    # the article's enforcer; a copula or an article before a short description opens it as
    # a comma does ("X adalah politikus yang telah menjadi tersangka", "X , seorang warga
    # lokal yang pernah ditahan": X; the body of the post, "adalah mantan anggota DPR Fraksi
    # X yang", counts no word of it); talks with a partner after "dengan" ("dalam
    # diskusinya dengan X") and a call to an envoy ("menghubungi Penasihat Keamanan
    # Nasional X") are CONSULT.
    # ev32c (111): a negation holds over verbs joined by "atau" ("tidak
    # ditekan atau diancam"); an act noun after a denial noun ("bantahan intimidasi") is
    # denied; a pretence ("seolah-olah") is hypothetical; what a document the article calls
    # forged says ("Melalui surat itu , X meminta", "surat hoax") is no act of X; "minta dari
    # X" names the one asked; goods handed out to the needy ("kepada para pengungsi") are AID.
    # merge32 (110): a backing had "with" its giver named right after the noun
    # ("maju dengan dukungan Komisi X") is given, as ev32's rule dropped it (a test of
    # evprec24 broken by the merge)
    # ev32b (109): figures reported ("melaporkan , setidaknya ... terluka"),
    # an audience's call at a show, medical staff readied, a workplace's own rules for its crew
    # and a need granted ("tidak menampik bahwa ... dibutuhkan") are no events; a list of
    # persons each with an origin ("X dari Jerman dan Y dari Prancis") keeps every member;
    # "seperti yang dituduhkan X" accuses the subject of the deed before it.
    # ev32 (108): a bare "dukungan" with no one backed, not declared and no
    # giver after "dari"/"oleh", gives no backing ("program dukungan manajemen", "berterima
    # kasih atas dukungan X"); backing an activity through one's own means ("mendukung
    # pemberdayaan warga melalui ...") is the giver's work; a coordination or meeting with a
    # kind of party described ("berkoordinasi dengan pihak industri di ...") is a meeting.
    # ev31c (107): "dipanggil menghadap X" a meeting; "mengajukan bantuan"
    # a request; a count of times ("beberapa kali") no subject of reported content; an
    # attender "hadir di" a meeting takes part; a nominal trigger's bracketed short form
    # ("rapat kerja nasional ( Rakernas )") no party; "membela" and "pernah bertemu" only
    # with someone named; an invitation to a tour ("mengajak berkeliling") no request.
    # ev31b (106): an attack only guarded against ("terlindungi dari
    # serangan") none; a sentence opened by advice ("Silakan ...") none; a name introduced as
    # a program ("ransomware jenis WannaCry", "sistem operasi Windows") no party in its
    # article; a verb after "dengan cara" the means of the act before it; an act after a plan
    # noun and its subject planned; a plan in a quotation going on none; "menghabisi" kills;
    # an offer of cooperation projects AGREE; "hakim menilai X terbukti melakukan" SANCTION.
    # ev31 (105): calling someone named a fault of character ("menyebut X
    # egois") criticises them; a charge laid on someone in the passive ("yang ditudingkan pada
    # X"), "pada" marking the one acted on after such a passive; "mendorong percepatan
    # penerbitan ..." a request; waste or an insult charged with "menilai" criticism.
    # ev30c (104): "mendorong penyelesaian" a request, a noun as its means
    # ("melalui kerja sama") urged, none done; ruin of a family or a career no attack;
    # sending home under sanctions SANCTION expel; release on bail; "menyerahkan diri"
    # CONCEDE; a group behind an aid noun's inner noun its beneficiary ("bantuan dana parpol").
    # evnoun30 (103): a suit told by its hearing noun ("sidang perceraian X -
    # Y"), "menetapkan" as a noun's support verb ("menetapkan dukungan terhadap X");
    # ev30b (102): a relative of place ", tempat X ..." its own clause; no
    # request of one's own fans or kin by a person; no support for an aim ("dukungan agar
    # ..."); "mangkirnya X": X the doer; a sting told again made by the last enforcer;
    # "sejumlah pihak meminta X"; "meragukan" a named party.
    # ev30 (101): "tentu" before the speaker's pronoun avows, no supposition
    # ("Tentu kita mempertanyakan ..."); ", bahkan" joins a comma list's last member; an
    # untagged "Satpol PP" is the police; questioning and custody with no agent in an article
    # naming only the police are theirs; "menyampaikan rasa terima kasih" thanks.
    # evprec29c (100): false events of a bare passive ask of one person
    # ("Harry diminta menjadi pendamping"), assent "bahwa" (an opinion), a commitment with a
    # bare "dengan" of manner, the public's joy ("masyarakat menyambut gembira hadirnya SPBU"),
    # a team's form wished for ("bisa lebih kompetitif").
    # ev29b (99): no summons in calling a teammate or calling someone "a ...", no
    # support of one's spouse, no request in a photo call or advice to file a report; the
    # subject of "menyelidiki apakah X" investigated; a place after "dan kawasan" and a
    # species' bracketed Latin name no target; "diamankan ke Polda X" held by the unit.
    # evprec29 (98): false events of an act urged on a body glossed by its short
    # form ("mendorong Dinas X (DX) bekerja sama"), a programme's sponsor line ("dilaksanakan atas
    # dukungan X"), a visit noun naming only its visitors, a habitual charge at any one of a kind
    # ("kerap memprotes suatu negara"); a headless relative's agent is no subject.
    # evrec29 (97): a duty laid on someone named in a direct quotation is
    # the speaker's call on them ('"Pemerintah harus segera membangun ...," kata X';
    # _quoted_call); "dikritisi" criticises; a contract ended in the passive sacks its owner;
    # a hack ("meretas", "diretas") of someone named is an attack.
    # evprec28b (96): false events of private and show-business doings and of
    # everyday senses (a trip to film, a meal with a private person, a call-up to a squad, a pep
    # talk to one's own side, a newsroom's ask for comment, a programme's standing condition, a
    # bodily favour, a product's demonstration), all as words in events.toml.
    # evrec28c (95): a counted kind as a cooperation's partner ("dengan
    # sejumlah media", "dengan lebih dari 100 restoran"; more partner kinds); a shortfall
    # spotlighted ("menyoroti rendahnya") and a breach of the constitution stated criticise;
    # lexicon and _kind_partnered only.
    # evprec28 (94): roles from the clause (a reported subordinate clause's
    # subject after its comma, a national's apposition before "yang", a case noun before a
    # passive's name, a culprit in a charge's "bahwa" clause, an act asked done to the one named,
    # a program no party, members of a counted target group, a verbless aside's head); false
    # events (a superlative's ranking, "melakukan aksi" with no protest word, a bodily favour).
    # evrec28b (93): a sting as the subject of "dilakukan" ("OTT terhadap X
    # dilakukan KPK") and "terjaring dalam OTT" arrest; a sentence upheld in the passive by a
    # court ("dikonfirmasi oleh Mahkamah Agung", "hukuman untuk X" its target); criticism said
    # with "mengatakan/menyatakan" and a plain charge word; "memandang perlu X segera V" a call;
    # suspecting an incident was planned an accusation.
    # evrec28 (92): a club's fans by their nickname ("Bobotoh") are CVL; the
    # head of a relative clause closed by "itu", not its object, is the subject ("Pemain yang
    # membela Persija itu didenda"); "mereka" after a sentence with no event is the unnamed
    # group (CVL, EDU, LAB) it names; a plural pronoun right after a noun owns it.
    # evrec27c (91): an apology conveyed ("menyampaikan permintaan maaf") is
    # CONCEDE; seized boats sunk are COERCE; a call to a leader, a suspicion, a passive proposal,
    # "tidak setuju", a working meal are coded; "menolak mengatakan" is none; a request bare
    # before a comma has no content.
    # evrec27b (90): submitting to a decision (CONCEDE), insisting that someone
    # must act (REQUEST), "melanjutkan" as a support verb ("melanjutkan kerja sama"); lexicon only.
    # evprec27 (89): a visit to a venue ("Museum X", "Bandung Zoo") meets no
    # one; "diangkat dan diberhentikan" states a rule; "setuju soal ..." with no party is a
    # stance; a noun's support verb after "harus bisa" is no deed; a name after a comma before
    # a claim passive ("Aris disebut Miryam menemui") opens the clause; a pronoun is never
    # resolved to a name in its own clause ("Ia menuduh Megawati ..."); a bill is no actor;
    # the side after "anti" ("demonstrasi anti - pemerintah") is the target
    # evrec27 (88): a claim's subject after a fronted phrase ("Di X, Aris disebut
    # Miryam menemui ..."), violent conduct kept in sport text (topic_kept_triggers), a chain
    # of subordinate clauses takes the main subject, "sang <role>" as the person named before,
    # "menginjak kaki" and a ban counted in matches
    # evsan26 (87): strangling ("mencekik") and a punch thrown ("melayangkan bogem
    # mentah") are assaults; a ban received ("mendapat hukuman larangan") and a red card as a
    # "gift" ("menerima hadiah kartu merah") are penalties (lexicon only)
    # evpoll26 (86): a percentage as the subject of a verb ("54 persen warga
    # menolak ...", "sebanyak 69 persen menolak") is a poll's share, an opinion, no act
    # evprec26 (85): booking a guest star ("mengundang X ... sebagai bintang
    # tamu") is no request; "otoritas investigasi X" is a body's name, no act; urging one's
    # own players ("para pemainnya") and praising one's own ranks ("jajarannya") are within one
    # side; a claim's source after "oleh" ("disebut oleh X menyerang") is no actor; "momentum
    # mendesak" is urgent, no demand; praise of a process ("hargai proses pemeriksaan") is none
    # evatk26 (84): pelting attacks ("dilempari batu oleh X"), a claimed attack
    # ("mengaku bertanggung jawab atas pemboman"), a charge named ("dikenakan tuntutan"), a push
    # for a change in a rule ("mendorong adanya perubahan ... revisi UU"), an invitation after
    # delivering a letter ("mengantar surat untuk mengundang X"), a person by sex and age
    # ("perempuan berusia 28 tahun itu") as the one named before; fireworks aimed at someone
    # ("menyalakan petasan yang diarahkan ke barisan petugas") (lexicon only).
    # evrec26 (83): recall: funding from a group led by a named firm and
    # investments for a named firm (COOPERATE), a seizure by KPK or BNN, a rebuttal made,
    # the press by its medium (MED), a claim of responsibility for an attack, a charge
    # judged unfair, a quoted enforcement act opened by aspect words is the speaker's body's.
    # evmore25 (82): a demand made in a purpose clause after a verb of an
    # occasion ("menggelar jumpa pers untuk mendesak X mundur") has that verb's subject, or
    # a passive saying verb's agent before "ketika"; criticism told as harm to standing
    # ("menilai ... menjatuhkan marwah MK"); "memperingatkan X tidak ..." asks (REQUEST); a
    # "karena" clause after an own deed of no coded act shares its subject; a region head
    # titled by the region alone ("gubernur Jakarta") is the office (GOV)
    # evlaw25 (81): legal recall: a suspect's bare initial, gang offenders,
    # police tracing, ethics-breach reports, harsh reactions drawn, "kita amankan" in a
    # police quote, "ternyata" after a comma opening a clause
    # evprec25 (80): a name after a noun of legal counsel ("tim kuasa
    # hukum X") is the client, no party; a person joined by "bersama" right after an arrest
    # is held too; a backing given to a programme after a preposition ("dukungan X terhadap
    # program") is none; a speaker of a fronted "Tapi kata X" only reports; an unnamed
    # agent noun in apposition after a person ("Budi, tersangka yang ...") is that person
    # evrec25 (79): events recall: a call told by a word of need after a
    # saying or judging verb ("X menilai pemerintah perlu menunda ..."), a search told by a
    # verb is an act of its own beside a seizure or an arrest ("menyita ... serta
    # menggeledah"), a meeting set after an active main clause ("KPK membuka ... di sela
    # pertemuan dengan Komisi III") has that clause's subject as a party
    # ev106 (78): a state office dissolved in a reorganisation
    # ("Dinas X dibubarkan") is no COERCE; a hope of awareness or benefit ("berharap
    # masyarakat bisa lebih waspada") asks no one to act
    # evroles24 (77): events roles and recall: lists of aged persons, of
    # bodies glossed by a bracketed country or seated in a city ("di Karachi, KADIN, serta
    # ICE"); a country of residence after a person no party; a time phrase closed by "yang"
    # no place of the subject; what an apology is for ("maaf atas X") no addressee;
    # "terancam Pasal" a charge; "timnya" the speaker's team; "terus" an aspect
    # evprec24 (76): a meeting a verb of suggesting asks to exist
    # ("menyarankan adanya pertemuan") is none held; a main clause that will act after a
    # when-clause naming no one is a standing procedure; a backing named as the manner of an
    # act its clause calls needed ("perlu dilakukan ... dengan dukungan DPR") is none given;
    # "pelaku sarana transportasi" are firms (BUS), no offenders
    # evrec24 (75): events recall: a questioning at a police HQ, urging someone
    # named right after ("mendorong X membentuk", "minta X segera"), "minta pengertian", an
    # apology made as a video or a letter, a named party's statement called a lie
    # (events.toml entries only)
    # evcrit21 (74): the "oleh" agent of an earlier passive is no subject of a
    # passive joined after it ("diselenggarakan oleh A dan didukung oleh B": a credits line)
    # evrec20 (73): a manner adverb inside "berkomunikasi intensif dengan", an
    # appeal told as "X menjelaskan, masyarakat agar ...", a name apposed after a relative
    # clause ("Pengacara yang ditunjuk X, Y, ...": Y) and a pledge about the state kept in
    # technology text
    # evlegal19 (72): "untuk" + a span of time no new clause; a "karena" clause
    # after a passive main verb shares its subject; a case "ditangani" a named police or
    # prosecuting office an investigation; attackers "berinisial" listed by name; a place in
    # apposition to a body no co-actor; "calon anggota X" no participant; crime rings
    # "dibongkar" an investigation
    # evspeech19 (71): an attack told as to come is a threat ("yang akan
    # membombardir X"), an attack threatened ("ancaman serangan") and one by a natural force
    # ("api membakar atap") none made, a possibility ("kemungkinan ada X yang ditetapkan") no
    # act, an appeal verb broken off ("kita mengajak, jadi ...") no request; "memberi ucapan
    # selamat" is praise
    # (merged, 70)
    # evrec18 (70): fines in every voice, "menyangkal", deadlines given to
    # someone ("memberi waktu 30 hari bagi X untuk"), crime-scene examinations ("olah TKP"),
    # "not only" ("bukan hanya kena denda") is no negation; ter- adjectives of manner
    # ("pertemuan tertutup dengan X") no predicate; unfit-for-office and genocide labels;
    # evprec18 (70): scare quotes, claim sources, followers, involvement nouns;
    # (merged, 69)
    # evprec17 (69): tools, clients, campaign teams no party;
    # evrec17 (69): fronted meeting nouns, bare support verbs, "olehnya";
    # (merged, 68)
    # evprec16 (67): negated causatives, complaint addressees, photo asks, hopes of a
    # passive deed, abstract aims, private encounters and walkabouts;
    # evrec16 (67): a partner named "mitra" keeps a firm partnership in technology text;
    # denials by reporting verbs that call a claim false; criticism calling a step a heavy
    # burden or wasteful; a release from custody with no one named;
    # (merged, 66) evroles15 (65): pairs, object pronouns, fronted clauses, trade;
    # evrec15 (65): fines, sending-offs and playing bans; bans issued as nouns; revoked
    # visas; urging a rule made; a done relative clause in a hope; "kepadanya"; the unnamed
    # police in sport text; unnamed factions (PTY); a noun joined before a trigger noun);
    # evroles14 (63): a place ending a fronted phrase ("Dalam kunjungannya ke X,
    # Y ...") is no post's state of the name after the comma; an offer's "ke X" is its target;
    # a person before a role noun held at a place ("X, imam di masjid Y yang ditahan") heads
    # the relative clause; "tengah" after a preposition ("di tengah kecaman X") is no aspect;
    # evrec14 (63): a force sent with its size before the force noun; a
    # first-person bare order ("saya perintahkan X"); an order acted on ("tindak lanjut dari
    # instruksi X"); a relative clause after a name's bracketed short form; a noun's
    # genitive title with its home region and a comma before the holder;
    # (merged, 62) evrec13 (61): "bakal" as "akan"; sites, apps and games blocked are
    # censorship; goods named before a handing-out passive are aid; a reported clause after
    # a comma or a time adjunct keeps the sayer as subject; a future act with a condition
    # after it is only planned; a town after its government word joins a genitive list; a
    # higher court upholding a sentence sanctions;
    # evpart13 (61): a court's ruling named makes its forfeiture, an appellate court's accord
    # with the court below upholds (no AGREE), the speaker before a hearsay word is no party,
    # advice to one's charges is no request, a relative clause is its head's (after a comma,
    # or opened by a noun's support verb);
    # (was 60) evroles12 (59): a role noun apposed to a person is no agent, one side's
    # accord to act is its own decision, an outlet's 'pantauan' is a source, the object of a
    # relative aside is not the subject after it;
    # evrec12 (merged, 60): events of one code but unlike modes are two acts, a 'saat' clause
    # before the main clause shares its subject, things made jointly 'oleh A, B' COOPERATE;
    # (was 58) evactor11 (57): an act read out in a quotation is the speaker's body's (the
    # officer reporting it is no actor); a pronoun after a bare suspect noun is the suspect;
    # a search "di rumah X" targets X; first-person words of a quote inside a quote are not
    # the speaker's; an unresolved pronoun before the trigger is its own subject; a place
    # the tagger cut from a body's name (named in full in the sentence) is the body.
    # evrec11 (merged, 58): religious leaders and aid beneficiaries as agent codes; an
    # appeal "menekankan pentingnya X <verb>"; a suspected wrong's parties ("menduga ada suap
    # ... kepada X"); an addressee's bracketed short form; no meeting partner in a comma
    # relative clause.
    # was 56: evcoop10 (merged): cooperation told by a duet, a tie ("jalinan kerja
    # sama"), work made together, agencies' synergy; a partnership with named organisations
    # kept in technology text.
    # was 55: evrec10: somasi, loans paying for a project, arrests of a person by sex.
    # was 54: evroles9 (merged): a noun trigger's own "oleh" agent, or a void declared
    # on it, beats the support verb's subject; "dituntut" + verb is a duty; a name after a kin
    # noun is no participant; "sementara" after a transitive verb opens no clause; abstract
    # contributions (a voice, goals) no AID; a grievance felt ("merasa keberatan") no REJECT.
    # was 53: evrec9: party backing with a party or coalition word for the election's,
    # "partainya" in reported speech as the party the speaker's role names; a clause timed by
    # "saat"/"ketika" after a main clause with a verb trigger shares its subject; a statement
    # naming someone with an offence ("jaksa menyebut X menerima suap") accuses them.
    # was 52: evroles8: the maker of an operation an arrest is told in ("dalam OTT yang
    # dilakukan X") is its agent; a passive result clause ("hingga ditetapkan") shares a
    # passive main clause's subject; a person named by "berinisial" after the place or body
    # that took an "oleh" is the agent.
    # was 51: evprec7 (merged): a title before a list's second member after a
    # preposition, reports to oversight bodies (whose destination does not report),
    # consolidation talks, students named by their school, unnamed NGOs, a free relative
    # backed, advice ("menganjurkan", experts to the public, advice asked), commercial
    # credit, an object fronted before a first-person agent (51);
    # evrec7: a needed crowd word as the clause's subject, NGOs by class,
    # demands after their condition, unnamed complainants' reports, demand nouns asking the
    # content clause's subject, fans' chants, a letter's request, complaints to ethics
    # bodies (50);
    # evprec6 (merged): warnings told as statements, securing events, firm
    # takeovers, reflexive objects, "kecuali", employers of workers, a second predicate's
    # object (49); evrecall6: cooperation made or entrusted, crowds dispersed, threats
    # flaunted, expulsions from a programme, strike campaigns (48);
    # evrecall5 (merged): threats after their condition, quoted passives with an
    # agent, resignations naming a post (kept in sport, no target), captivity noun (47);
    # evprec5: habits, bills, driver nouns, fronted objects, own accords, visits to no one
    # (46); evprec4:
    # acquittals, regrets, document kinds, commitment owners, aged
    # lists, nominal passives' patients (45); evrecall4: told demands, charges laid, idioms
    # and light verbs (44); evrecall: state measures, investigations, seizures, hopes,
    # quoted teams, thanks (39); evprec: sting genitives, markings, police units by region
    # (40); events2: danger settings, defined terms, accused genitives, stances and
    # pretexts (41); evrecall3: rebuffs, attempted denials, complaints, condemnations,
    # blame, emergency sessions, pledges, investigators sent, hopes, nominating parties
    # (42); evprec3: pihaknya as the speaker's body, forbidden and modal content, kinds (43)
    requires = frozenset({"text", "sentences", "entities", "times", "quotes", "themes"})
    provides = frozenset({"events"})

    def process(self, article: Article) -> Article:
        return with_layers(article, events=tuple(find_events(article)))
