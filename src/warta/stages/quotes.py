"""quotes: direct, indirect and headline statements, with their cue and speaker.

Direct quotes are paired quotation marks (“…”, "…", ‘…’, «…»; Kompas writes ” on both
sides). A quotation left open at the end of a paragraph runs on when the next paragraph
opens with a quotation mark (the Indonesian convention for quotes over several paragraphs),
else it ends with its paragraph. The cue is a reporting verb after the closing mark
('…,” ujar Kim', '…,” katanya') or a verb or colon before the opening one ('Kim
mengatakan, “…”'), or a cue fronted before its speaker and a comma ('Kata Kim, “…”',
'Menurut dia, “…”'; the speaker is read as after a post-posed cue). Indirect speech is
'X mengatakan (bahwa) …', 'Menurut X, …', '…, kata X.' and a cue set off by commas
in mid-sentence ('Selain itu, kata X, …', 'Kenaikan itu, ujarnya, …'; content is the clause
after the cue when only a connective precedes it, else the whole sentence). Headlines
('Kremlin: Kami Akan Ambil Keputusan!') give kind "headline" quotes whose spans point
into the headline string, not into `Article.text`.

The speaker mention is found by rules; it is then resolved to an entity id: an entity
mention overlapping it, the nearest preceding PERSON for pronouns and -nya, or the entity
whose name holds a bare surname. When that fails the speaker stays None (never guessed).
A quote said by several people ('kata Biden dan Yoon', 'ujar keduanya') also keeps None:
`Quote` holds one speaker, and the first-named one would be wrong. 'dan' inside a role
('Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno') does not count as several.
All word lists live in `lang/id/quotes.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from ..lang.id import WordSet, load, load_words
from ..lang.schema import EntitiesData, NumbersData, QuotesData, RolesData
from ..ner.features import load_lexicon
from ..ner.kinds import kind_rules
from ..ner.roles import role_words, small_number_words
from ..pipeline import Stage, with_layers
from ..record import Article, Entity, Quote, Span
from ..text.regex_cache import compile_cached
from ..text.scan import ends_in, opening
from ..text.spans import SpanIndex, SpanSet, ordered
from ..text.trie import trie_pattern
from ..text.words import plural_base, unit_pattern

_WORD = unit_pattern("’'-.")  # "Jum'at", "S.H." and "anak-anak" stay whole


# Prepositions and time conjunctions that open an adverbial between a verb of saying and
# its colon ('mengatakan di hadapan wartawan :', 'menjelaskan usai rapat :').
_COLON_ADJUNCT = ("di|kepada|pada|dalam|melalui|lewat|via|dari|saat|ketika|seusai|usai"
                  "|setelah|sebelum|sesudah|selepas|dihadapan|menjelang|kala|sewaktu|bersama")


@dataclass(frozen=True, slots=True)
class _Lex:
    openers: frozenset[str]
    closers: frozenset[str]
    both: frozenset[str]
    closes: dict[str, frozenset[str]]
    direct_after: re.Pattern[str]
    passive_after: frozenset[str]  # 'ditambahkan': a cue only after a comma-closed quote
    direct_before: re.Pattern[str]
    # 'Kim mengatakan kepada wartawan :' / 'katanya di konferensi pers :': the verb of
    # saying, then a short adverbial (a preposition and a few words), then the colon
    colon_adjunct: re.Pattern[str]
    inverted_after: re.Pattern[str]  # '…,” ia menambahkan': subject, then verb
    introducer: re.Pattern[str]
    fronted: re.Pattern[str]
    min_words_without_cue: int
    indirect_verbs: frozenset[str]
    need_comp: frozenset[str]
    bare_clause: frozenset[str]
    clause_words: frozenset[str]
    clause_openers: frozenset[str]
    not_clause_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    permission_openers: frozenset[str]
    wish_verbs: frozenset[str]
    wish_predicates: frozenset[str]  # 'menjadi' of 'ingin sikapnya menjadi …'
    bare_saying_verbs: frozenset[str]
    addressee_max_words: int
    request_clause_verbs: frozenset[str]
    addressee_preps: frozenset[str]  # 'kepada': an addressee marked after a verb of request
    verb_phrase_verbs: frozenset[str]
    negatable: frozenset[str]
    negations: frozenset[str]
    denials: frozenset[str]
    denial_modals: frozenset[str]
    person_addressee: frozenset[str]
    hesitations: frozenset[str]
    setting_nouns: frozenset[str]
    reached_verbs: frozenset[str]
    willingness: frozenset[str]  # 'enggan': between a subject and its first verb
    hesitation_negations: frozenset[str]
    nominal_predicates: tuple[tuple[str, ...], ...]
    as_verbs: frozenset[str]
    as_said: re.Pattern[str]
    as_said_need_bahwa: frozenset[str]
    according_phrases: frozenset[str]
    untuk_verbs: frozenset[str]
    causative_verbs: frozenset[str]  # 'membuat': a name after it is acted on
    compound_verbs: frozenset[str]
    not_addressees: frozenset[str]
    request_openers: frozenset[str]
    predicate_adverbs: frozenset[str]
    back_noun_words: frozenset[str]
    back_subject_words: frozenset[str]
    role_place_links: frozenset[str]
    posted_offices: frozenset[str]
    subjectless: frozenset[str]
    act_verbs: frozenset[str]
    copulas: frozenset[str]
    copula_max_words: int
    predicate_modals: frozenset[str]
    predicate_stops: frozenset[str]
    bare_predicates: frozenset[str]  # bare verbs of change that predicate a clause
    adjective_closers: frozenset[str]  # 'saja' after a closing adjective predicate
    adjective_relative_modals: frozenset[str]  # 'yang baru [perlu] …'
    adjunct_openers: frozenset[str]
    time_openers: frozenset[str]  # 'ketika': a verb right after it is that clause's
    feeling_verbs: frozenset[str]  # 'senang': an adjunct after its object is its reason
    clause_subordinators: frozenset[str]  # complementizer words and adjunct openers
    content_nouns: frozenset[str]
    topic_words: frozenset[str]
    complementizers: frozenset[str]
    complementizer_words: frozenset[str]  # without ','
    according: re.Pattern[str]
    final_cue: re.Pattern[str]
    # a comma and one of `final_cue`'s verbs: searched first (it opens with the comma,
    # which `re` skips to), it spares the lazy walk of `final_cue` over most sentences
    final_cue_comma: re.Pattern[str]
    final_cue_tail: re.Pattern[str]
    final_subject_cue: re.Pattern[str]
    parenthetical: re.Pattern[str]
    # `parenthetical`'s cue words alone, searched first: its opening (a comma, or a
    # look-behind) is tried at every position; three sentences in four hold no cue word
    parenthetical_words: re.Pattern[str]
    parenthetical_passive: frozenset[str]
    passive_nya: re.Pattern[str]
    passive_nya_verbs: frozenset[str]  # `passive_nya`'s verbs: 'Disampaikannya ,' fronted
    reason_nya: frozenset[str]  # `fronted_reason_nya`: 'Alasannya ,' fronted the same way
    origin_words: frozenset[str]  # 'asal', 'kelahiran': before the place of an origin epithet
    not_after_parenthetical: frozenset[str]
    parenthetical_bare: frozenset[str]  # cues read without a comma before them
    parenthetical_bare_nya: frozenset[str]  # the same, only with '-nya'
    not_before_bare_parenthetical: frozenset[str]
    parenthetical_tail: re.Pattern[str]  # 'lagi' between the speaker and the comma
    min_indirect_words: int
    pronouns: frozenset[str]
    pronoun_words: frozenset[str]  # free pronouns: without the clitic 'nya'
    person_pronouns: frozenset[str]  # pronouns that only stand for a person
    plural: frozenset[str]
    body_plural: frozenset[str]  # 'mereka' after a body's own statement: its members
    coordinators: frozenset[str]
    joint_units: frozenset[str]  # 'Kepala Pusdatin dan Humas …': one office, two units
    first_person: frozenset[str]
    own_voice: frozenset[str]  # 'saya', 'kami': the speaker's own voice
    inner: frozenset[str]
    stop_after: frozenset[str]
    adverbs: frozenset[str]
    topic_passives: frozenset[str]  # 'X diketahui sempat …': a topic, no patient
    connectives: frozenset[str]
    epithet_openers: frozenset[str]  # 'namun' before an epithet subject, no comma
    also_words: frozenset[str]  # 'juga' of 'X yang juga Ketua Y Budi': a second office
    source_openers: frozenset[str]
    time_words: frozenset[str]
    when_words: frozenset[str]
    kind_priority: tuple[str, ...]
    lookback: int
    last_speaker_fallback: bool
    head_max_words: int
    head_min_words: int
    head_not_speakers: frozenset[str]
    any_mark: re.Pattern[str]
    indirect_any: re.Pattern[str]
    giving_verbs: frozenset[str]  # 'memberi' of 'memberi penekanan bahwa'
    speech_nouns: frozenset[str]  # 'penekanan', 'keterangan': a statement given
    giving_any: re.Pattern[str]
    source_aside: re.Pattern[str]  # ' seperti dikutip Reuters ,' between subject and verb
    asked_by: re.Pattern[str]  # 'diminta oleh X untuk …': a request in the passive
    told_by: re.Pattern[str]  # 'diberitahu oleh X bahwa …': telling in the passive
    cleft_agent: re.Pattern[str]  # 'yang disoroti X adalah …': the point X made
    passive_agent: re.Pattern[str]  # 'disebut Talbot bisa …': a named agent's statement
    claim_by: re.Pattern[str]  # 'pengakuan Budi bahwa …': a named author's claim
    anonymous_heads: frozenset[str]
    naming_heads: frozenset[str]  # 'Kelompok ISIS': the body named right after the word
    gathering_heads: frozenset[str]
    document_heads: frozenset[str]
    organisation_heads: frozenset[str]
    statement_heads: frozenset[str]
    subject_words: frozenset[str]
    possessor_before: re.Pattern[str]
    modifier_before: re.Pattern[str]  # possessor or era word ('era Presiden X') before a name
    era_words: frozenset[str]  # of `modifier_before`, the nouns of a period or administration
    possessor_head: re.Pattern[str]  # a phrase opening with a relational noun
    added: re.Pattern[str]  # ', seraya menambahkan bahwa' after a quote's attribution
    added_sentence: re.Pattern[str]  # 'Dan menambahkan bahwa' opening a sentence
    added_bare: re.Pattern[str]  # 'sembari menyebut' then a clause of its own
    naming_verbs: frozenset[str]
    description_openers: frozenset[str]
    namely_words: frozenset[str]
    example_words: frozenset[str]  # 'Budi misalnya, seorang pedagang …, mengatakan'
    publishing_verbs: frozenset[str]
    active_publishing_verbs: frozenset[str]  # 'Ken Research merilis sebuah laporan'
    asked_of: re.Pattern[str]  # 'Lalu bagaimana tanggapan Jedar ?' before her answer
    source_cue_word: re.Pattern[str]  # 'dilansir', 'dikutip' as a word
    in_show_title: re.Pattern[str]
    plural_words: frozenset[str]
    singular_heads: frozenset[str]
    back: re.Pattern[str]
    topic_by: re.Pattern[str]
    similar: re.Pattern[str]
    company: frozenset[str]
    group_nouns: frozenset[str]  # 'lembaga itu', 'pihak kepolisian': a body named before
    body_voice: frozenset[str]  # 'pihaknya' in what is said: the speaker speaks for a body
    spokesman: tuple[str, ...]  # 'juru bicara': an unnamed one voices the body named after
    inner_quote: re.Pattern[str]
    not_before_subject: re.Pattern[str]
    prepositions: frozenset[str]
    listing: re.Pattern[str]
    person_nouns: frozenset[str]
    person_articles: frozenset[str]
    answer_cues: frozenset[str]
    question_cues: frozenset[str]
    list_openers: frozenset[str]
    purpose_words: frozenset[str]
    talked_about: frozenset[str]
    referred: re.Pattern[str]
    case_before: re.Pattern[str]  # 'Tersangka keempat ,', 'korban bernama' before a name
    title_small_words: frozenset[str]
    source_cue: re.Pattern[str]  # 'Dilansir dari VOA , …' opening a sentence
    final_source: re.Pattern[str]  # '…, demikian dikutip X dari Y' closing a sentence
    according_records: frozenset[str]  # 'Dalam catatan X , …' (no '-nya', no own speaker)
    according_modifiers: frozenset[str]  # 'terbaru' of 'Berdasarkan laporan terbaru X'
    saying_verbs: frozenset[str]  # 'mengatakan', 'menyebut': no bare cue words ('kata')
    source_cues_need_opener: frozenset[str]
    source_cues_no_opener: frozenset[str]
    source_cues: frozenset[str]
    finding_verbs: frozenset[str]
    study_heads: frozenset[str]
    teller_verbs: frozenset[str]
    offending_verbs: frozenset[str]  # 'menyinggung': a point touched on, or an offence
    offended_objects: frozenset[str]
    point_verbs: frozenset[str]  # 'merinci realisasi …': a point set out with a noun object
    name_objects: frozenset[str]  # 'menyebutkan nama pelaku': naming, no point
    view_cue: re.Pattern[str]  # 'Bagi Megawati , …' opening a sentence
    view_cues: frozenset[str]


# After 'dari': a space, or nothing before a camel-case outlet glued on ('daridetikNews').
_GLUED_OR_SPACE = r"(?:\s+|(?=[a-z]+[A-Z]))"
# A camel-case outlet's name ('detikFinance', 'kumparanNEWS') is a name too.
_CAMEL = re.compile(r"[a-z]+[A-Z]")


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _alt_after_space(words: Sequence[str]) -> str:
    """`_alt(words)` where a space stands before: each word's first letter, then the
    look-behind over it and the space, then the rest. A pattern opening with a look-behind
    is tried at every position of the text; one opening with letters is searched for them."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?<=\\s{re.escape(c)})(?:{'|'.join(rests)})"
                    for c, rests in by_first.items())


def _added(openers: Sequence[str], verbs: Sequence[str], comps: Sequence[str],
           lead: str) -> re.Pattern[str]:
    """`lead`, an opener, a verb of saying and a complementizer ('seraya menambahkan
    bahwa'): a statement added by the speaker of what comes before."""
    if not openers:
        return re.compile(r"(?!)")
    return compile_cached(rf"{lead}(?i:{_alt(openers)})\s+(?:juga\s+)?(?P<cue>{_alt(verbs)})"
                      rf"\s+(?:{_alt([c for c in comps if c != ','])})\s+")


@cache
def _lex() -> _Lex:
    d = load("quotes", QuotesData)
    m, di, ind, sp, hd = d.marks, d.direct, d.indirect, d.speaker, d.headline
    verbs = _alt((*di.verbs, *di.passive_after))
    records = ind.according_to_records
    return _Lex(
        openers=frozenset(m.open),
        closers=frozenset(m.close),
        both=frozenset(m.both),
        closes={k: frozenset(v) for k, v in m.closes.items()},
        # '…,” ujarnya' / '…” kata Kim' right after the closing mark.
        direct_after=compile_cached(rf"[\s,]*(?P<cue>(?i:{verbs}))(?P<nya>nya)?\b"),
        passive_after=frozenset(di.passive_after),
        # '…,” ia menambahkan' / '…,” Budi menulis di X': the subject, then a verb of
        # `before_verbs`, right after the closing mark (translated news writes it so).
        inverted_after=re.compile(
            rf"[\s,]*(?P<spk>(?:{_alt([w for w in sp.pronouns if w != 'nya'])})"
            r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
            # an epithet closed by a demonstrative: '…,” bos Space X dan Tesla itu memposting'
            r"|[a-z][\w-]*(?:\s+[\w'’-]+){0,6}?\s+(?:ini|itu|tersebut))"
            # an adverb may stand between: '…,” Debbie lantas menyahut'
            rf"(?:\s+(?:{_alt(sp.adverbs)}))?\s+(?P<cue>{_alt(di.before_verbs)})\b"),
        # 'Kim mengatakan, “' / 'Kim berkata:' right before the opening mark.
        introducer=re.compile(
            rf"\b(?P<cue>(?i:{_alt(di.content_introducers)}))\s*[,:]?\s*$"
            if di.content_introducers else r"(?!)"),
        # ('Ford merespon dengan " itu masalah besar bagi saya "': the reply's wording
        # after 'dengan', who round 230: missed; a manner too: 'Ia melanjutkan dengan
        # tegas , “…”', who round 300: missing, 'tegas' read as the cue)
        direct_before=re.compile(
            rf"\b(?P<cue>(?i:{_alt(di.before_verbs)}))(?P<nya>nya)?(?:\s+dengan(?:\s+[a-z]+)?)?"
            r"\s*[,:]?\s*$"),
        colon_adjunct=re.compile(
            rf"\b(?P<cue>(?i:{_alt(di.before_verbs)}))(?P<nya>nya)?\s+(?:{_COLON_ADJUNCT})\s+"
            r"[^.!?:;,\"“”«»]{1,60}?\s*:\s*$"),
        # 'Kata Kim, “' / 'Sementara itu, menurut dia, “' / 'Menurutnya, “' before the mark.
        fronted=re.compile(
            rf"\s*(?:[^,“”\"]{{1,40}},\s*)?(?P<cue>\b(?i:{_alt(di.fronted)}))"
            r"(?:(?P<nya>nya)\s*[,:]?|\s+(?P<spk>[^.;:!?\"“”«»]{1,120}?)\s*[,:])\s*$"),
        min_words_without_cue=di.min_words_without_cue,
        indirect_verbs=frozenset(ind.verbs),
        need_comp=frozenset(ind.need_complementizer),
        bare_clause=frozenset(ind.bare_clause_verbs),
        clause_words=frozenset(ind.clause_words),
        clause_openers=frozenset(ind.clause_openers),
        not_clause_verbs=frozenset(ind.not_clause_verbs),
        addressee_verbs=frozenset(ind.addressee_verbs),
        permission_verbs=frozenset(ind.permission_verbs),
        permission_openers=frozenset(ind.permission_openers),
        wish_verbs=frozenset(ind.wish_verbs),
        wish_predicates=frozenset(ind.wish_predicates),
        bare_saying_verbs=frozenset(ind.bare_saying_verbs),
        addressee_max_words=ind.addressee_max_words,
        request_clause_verbs=frozenset(ind.request_clause_verbs),
        addressee_preps=frozenset(ind.addressee_preps),
        verb_phrase_verbs=frozenset(ind.verb_phrase_verbs),
        negatable=frozenset(ind.negatable_verbs),
        negations=frozenset(ind.negations),
        denials=frozenset(ind.denial_verbs),
        denial_modals=frozenset(ind.denial_modals),
        person_addressee=frozenset(ind.person_addressee_verbs),
        hesitations=frozenset(sp.hesitations),
        setting_nouns=frozenset(sp.setting_nouns),
        reached_verbs=frozenset(sp.reached_verbs),
        willingness=frozenset(sp.willingness),
        hesitation_negations=frozenset(sp.hesitation_negations),
        nominal_predicates=tuple(tuple(p.casefold().split()) for p in ind.nominal_predicates),
        as_verbs=frozenset(ind.as_verbs),
        as_said=compile_cached(
            rf"\s*(?:(?P<conn>(?i:{_alt(sp.connectives)}))\s*,\s*)?"
            rf"(?:(?P<open>(?i:{_alt(ind.as_said_openers)}))\s+(?:yang\s+)?)?(?P<cue>(?i:"
            rf"{_alt((*ind.back_verbs, *ind.as_said_need_bahwa, *ind.as_said_only))}))"
            r"\s+(?P<oleh>oleh\s+)?"
            r"(?P<spk>[^,.;:!?\"“”]{1,80}?)\s*"
            r"(?P<sep>,|\b(?i:bahwa)\b)\s*(?P<content>\S.*)$" if ind.as_said_openers
            else r"(?!)"),
        as_said_need_bahwa=frozenset(ind.as_said_need_bahwa),
        according_phrases=frozenset(ind.according_to_phrases)
        | frozenset(ind.according_to_records),
        according_records=frozenset(ind.according_to_records),
        according_modifiers=frozenset(ind.according_modifiers),
        saying_verbs=frozenset(di.before_verbs) - frozenset(di.verbs),
        untuk_verbs=frozenset(ind.untuk_verbs),
        causative_verbs=frozenset(ind.causative_verbs),
        compound_verbs=frozenset(ind.compound_verbs),
        not_addressees=frozenset(ind.not_addressees),
        request_openers=frozenset(ind.request_openers),
        predicate_adverbs=frozenset(ind.predicate_adverbs),
        back_noun_words=frozenset(ind.back_nouns),
        back_subject_words=frozenset(ind.back_subjects),
        role_place_links=frozenset(sp.role_place_links),
        posted_offices=frozenset(w.casefold() for w in sp.posted_offices),
        subjectless=frozenset(ind.subjectless_clause_words),
        act_verbs=frozenset(ind.act_verbs),
        copulas=frozenset(ind.copulas),
        copula_max_words=ind.copula_max_words,
        predicate_modals=frozenset(ind.predicate_modals),
        predicate_stops=frozenset(ind.predicate_stops),
        bare_predicates=frozenset(ind.bare_predicates),
        adjective_closers=frozenset(ind.adjective_closers),
        adjective_relative_modals=frozenset(ind.adjective_relative_modals),
        adjunct_openers=frozenset(ind.adjunct_openers),
        time_openers=frozenset(ind.time_openers),
        feeling_verbs=frozenset(ind.feeling_verbs),
        clause_subordinators=frozenset(ind.adjunct_openers)
        | frozenset(ind.complementizers) - {","},
        content_nouns=frozenset(ind.content_nouns),
        topic_words=frozenset(ind.topic_words),
        complementizers=frozenset(ind.complementizers),
        complementizer_words=frozenset(ind.complementizers) - {","},
        according=re.compile(
            rf"(?P<cue>\b(?i:{_alt((*ind.according_to, *ind.according_to_phrases, *records))}))"
            r"(?:(?P<nya>nya)\s*,?|\s+"
            r"(?P<spk>(?:[^,.;:!?\"“”]|\.(?=\s?[A-Z]|\w)){1,120}?)\s*,(?!\d))"
            r"\s*(?P<content>\S.*)$"),
        # (a period inside the speaker is an abbreviation's or a domain's, the segmenter
        # having kept the sentence whole: 'Menurut Prof. Rina , …', 'Menurut dr. Budi , …',
        # 'Menurut Kompas.com , …'; speak14, who round 260: missed)
        # (a decimal comma ends no speaker: 'Berdasarkan rilisan X kabinet mendapat skor 3,07')
        # Matched from a sentence's start (`match(text, pos)`): a '^' there would only ever
        # match at the text's start, and the cue was found in first sentences only.
        final_cue=re.compile(
            rf"(?P<content>.+?)\s*,\s*(?P<cue>(?i:{verbs}))(?:(?P<nya>nya)|\s+"
            r"(?P<spk>[^,.;:!?\"“”]{1,120}?))"
            # a relative clause describing the speaker may close the sentence: '…, kata
            # sosiolog Budi dari Lembaga X , yang ikut meneliti …' (spk27; who round 285)
            r"(?:\s*,\s*yang\s[^;:!?\"“”]{1,160}?)?\s*[.!?]?\s*$"),
        # (no verbs: `final_cue`'s empty alternation matches, and so does this)
        final_cue_comma=re.compile(rf",\s*(?i:{trie_pattern(di.verbs) if di.verbs else ''})"),
        final_cue_tail=re.compile(
            rf"\s+(?i:{_alt(ind.final_cue_tails)})\s" if ind.final_cue_tails else r"(?!)"),
        # '…, The Guardian melaporkan .': a named subject and its verb closing the sentence
        final_subject_cue=re.compile(
            r"(?P<content>.+?)\s*,\s*(?P<spk>[A-Z][^,.;:!?\"“”()]{0,60}?)\s+"
            rf"(?P<cue>{_alt(ind.final_subject_verbs)})\s*[.!?]?\s*$"
            if ind.final_subject_verbs else r"(?!)"),
        # ', kata Rusdi,' / ', ujarnya,' in mid-sentence: lower-case cue after a comma.
        parenthetical=compile_cached(
            rf"(?:(?P<comma>,)\s*|(?<=\w\s))"
            rf"(?P<cue>{_alt((*ind.parenthetical, *ind.parenthetical_passive))})"
            rf"(?P<nya>nya)?(?=[\s,])"),
        parenthetical_words=re.compile(trie_pattern((*ind.parenthetical,
                                                     *ind.parenthetical_passive))
                                       if ind.parenthetical or ind.parenthetical_passive
                                       else ""),
        parenthetical_bare=frozenset(ind.parenthetical_bare),
        parenthetical_bare_nya=frozenset(ind.parenthetical_bare_nya),
        not_before_bare_parenthetical=frozenset(ind.not_before_bare_parenthetical),
        parenthetical_tail=re.compile(rf"\s+(?:{_alt(ind.parenthetical_tail)})(?=\s*,)"),
        parenthetical_passive=frozenset(ind.parenthetical_passive),
        not_after_parenthetical=frozenset(ind.not_after_parenthetical),
        passive_nya_verbs=frozenset((*ind.passive_nya, *ind.fronted_passive_nya)),
        reason_nya=frozenset(ind.fronted_reason_nya),
        passive_nya=re.compile(
            rf"(?P<cue>{_alt_after_space(ind.passive_nya) or '(?!)'})(?P<nya>nya)(?=[\s,])"),
        origin_words=frozenset(w.casefold() for w in ind.origin_words),
        min_indirect_words=ind.min_words,
        pronouns=frozenset(sp.pronouns),
        pronoun_words=frozenset(sp.pronouns) - {"nya"},
        person_pronouns=frozenset(sp.person_pronouns),
        plural=frozenset(sp.plural_pronouns),
        body_plural=frozenset(sp.body_plural_pronouns),
        # a verb of `inner_quote_verbs` and the quotation mark that opens what it quotes
        inner_quote=re.compile(
            rf"\b(?:{_alt(sp.inner_quote_verbs)})\s*+[,:]?+\s*+(?:[‘'“\"]\s*\w|\S[‘'])"
            if sp.inner_quote_verbs else r"(?!)"),
        company=frozenset(f"{w} {d}".strip() for w in sp.company_anaphors
                          for d in ("", "itu", "tersebut", "ini")),
        group_nouns=frozenset(w.casefold() for w in sp.group_nouns),
        body_voice=frozenset(w.casefold() for w in sp.body_voice_words),
        spokesman=tuple(w.casefold() + " " for w in sp.spokesman_heads),
        coordinators=frozenset(sp.coordinators),
        joint_units=frozenset(w.casefold() for w in sp.joint_office_units),
        first_person=frozenset(sp.first_person),
        own_voice=frozenset(sp.own_voice),
        inner=frozenset(sp.inner_words),
        stop_after=frozenset(sp.stop_after),
        adverbs=frozenset(sp.adverbs),
        topic_passives=frozenset(sp.topic_passives),
        connectives=frozenset(sp.connectives),
        epithet_openers=frozenset(sp.epithet_openers),
        also_words=frozenset(sp.also_words),
        source_openers=frozenset(sp.source_openers),
        time_words=frozenset(w.casefold() for w in sp.time_words),
        when_words=frozenset(w.casefold() for w in (*sp.time_words, *sp.when_words)),
        kind_priority=sp.kind_priority,
        lookback=sp.pronoun_lookback_sentences,
        last_speaker_fallback=sp.last_speaker_fallback,
        head_max_words=hd.max_speaker_words,
        head_min_words=hd.min_content_words,
        head_not_speakers=frozenset(w.casefold() for w in hd.not_speakers),
        any_mark=re.compile("|".join(re.escape(c) for c in (*m.open, *m.close, *m.both))),
        # only searched (is a verb of saying there?): a trie is the same test, faster
        indirect_any=re.compile(rf"(?i:\b{trie_pattern(ind.verbs)}(?:nya)?\b)"),
        giving_verbs=frozenset(ind.giving_verbs),
        source_aside=re.compile(
            rf"\s*,?\s+(?i:seperti|sebagaimana)\s+(?i:{_alt(sp.aside_source_verbs)})\s+"
            r"(?:(?:dari|oleh)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
            r"(?:\s*,\s*[^,\n]{1,30}?)?\s*,?"
            rf"(?:\s+(?i:{_alt(sp.adverbs)}))*\s*$") if sp.aside_source_verbs
        else re.compile(r"(?!)"),
        asked_by=compile_cached(
            rf"(?<![\w-])(?P<cue>(?i:{_alt(ind.asked_passives)}))\s+(?:oleh\s+)?"
            r"(?P<spk>[A-Z][^,.;:!?\"“”()]{0,80}?)\s+(?i:untuk|agar|supaya)\s+"
            r"(?P<content>[a-z]\S*\s+\S)") if ind.asked_passives else re.compile(r"(?!)"),
        told_by=re.compile(
            rf"(?<![\w-])(?P<cue>(?i:{_alt(ind.told_passives)}))\s+(?i:oleh)\s+"
            r"(?P<spk>[^,.;:!?\"“”()\s][^,.;:!?\"“”()]{0,80}?)\s+(?i:bahwa)\s+"
            r"(?P<content>\S+\s+\S)") if ind.told_passives else re.compile(r"(?!)"),
        cleft_agent=re.compile(
            rf"(?<![\w-])(?i:yang)\s+(?P<cue>(?i:{_alt(ind.cleft_passives)}))\s+(?:oleh\s+)?"
            r"(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+[^.;:!?\"“”]{0,80}?"
            rf"(?<![\w-])(?:{_alt(ind.cleft_copulas)})\s+(?P<content>[^\s,.;:!?]\S*\s+\S)")
        if ind.cleft_passives and ind.cleft_copulas else re.compile(r"(?!)"),
        passive_agent=re.compile(
            rf"(?<![\w-])(?P<cue>(?i:{_alt(ind.passive_agent_verbs)}))\s+"
            r"(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+"
            rf"(?=(?:{_alt((*ind.passive_agent_links, *ind.predicate_modals))})\s+[a-z])")
        if ind.passive_agent_verbs and ind.passive_agent_links else re.compile(r"(?!)"),
        claim_by=re.compile(
            rf"(?<![\w-])(?P<cue>(?i:{_alt(ind.claim_nouns)}))\s+"
            r"(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})\s+bahwa\s+(?=\S)")
        if ind.claim_nouns else re.compile(r"(?!)"),
        speech_nouns=frozenset(ind.speech_nouns),
        giving_any=re.compile(rf"(?i:\b(?:{_alt(ind.giving_verbs)})\s+(?:{_alt(ind.speech_nouns)})"
                              r"(?:\s+[a-z]+)?\s+bahwa\b)") if ind.giving_verbs and ind.speech_nouns
        else re.compile(r"(?!)"),
        anonymous_heads=frozenset(w.casefold() for w in sp.anonymous_heads),
        naming_heads=frozenset(w.casefold() for w in sp.naming_heads),
        gathering_heads=frozenset(w.casefold() for w in sp.gathering_heads),
        document_heads=frozenset(w.casefold() for w in sp.document_heads),
        organisation_heads=frozenset(w.casefold() for w in sp.organisation_heads),
        statement_heads=frozenset(w.casefold() for w in sp.statement_heads),
        # Words that may stand before a clause's subject: 'Namun, menurut Kim', 'Kata Kim'.
        subject_words=frozenset(w.casefold() for w in (*sp.connectives, *sp.adverbs,
                                                         *sp.inner_words, *di.fronted)),
        not_before_subject=re.compile(
            rf"(?:{_alt(sp.subject_prepositions)})|(?:{_alt(sp.subject_verb_prefixes)})"
            r"[a-z]{3,}"),
        prepositions=frozenset(sp.subject_prepositions),
        naming_verbs=frozenset(sp.naming_verbs),
        description_openers=frozenset(sp.description_openers),
        namely_words=frozenset(sp.namely_words),
        example_words=frozenset(sp.example_words),
        publishing_verbs=frozenset(sp.publishing_verbs),
        active_publishing_verbs=frozenset(sp.active_publishing_verbs),
        source_cue_word=re.compile(
            rf"(?<!\w)(?i:{_alt(ind.source_cues)})(?!\w)" if ind.source_cues else r"(?!)"),
        asked_of=re.compile(
            rf"(?:(?i:{_alt(sp.question_words)})\s+)(?:(?i:{_alt(sp.response_nouns)})\s+)"
            if sp.question_words and sp.response_nouns else r"(?!)"),
        in_show_title=re.compile(
            rf"[A-Z][\w'’.-]*\s+(?i:{_alt(sp.title_joiners)})\s+$" if sp.title_joiners
            else r"(?!)"),
        plural_words=frozenset(sp.plural_words),
        singular_heads=frozenset(sp.singular_heads),
        possessor_before=re.compile(
            rf"(?<![\w-])(?i:{_alt(sp.possessor_words)})\s+$" if sp.possessor_words
            else r"(?!)"),
        modifier_before=re.compile(
            rf"(?<![\w-])(?i:{_alt((*sp.possessor_words, *sp.era_words))})\s+$"
            if sp.possessor_words else r"(?!)"),
        era_words=frozenset(sp.era_words),
        added=_added(ind.added_openers, ind.verbs, ind.complementizers, r"\s*,\s*"),
        added_sentence=_added(ind.added_sentence_openers, ind.verbs, ind.complementizers,
                              r"\s*"),
        # '“…,” tegas dia sembari menyebut tersangka dikenakan Pasal 112 …': no comma and
        # no complementizer, the clause checked after (who round 233: missed)
        added_bare=re.compile(
            rf"\s*,?\s*(?i:{_alt(ind.added_openers)})\s+(?:juga\s+)?"
            rf"(?P<cue>{_alt(ind.bare_clause_verbs)})\s+" if ind.added_openers else r"(?!)"),
        possessor_head=re.compile(
            rf"(?i:{_alt(sp.possessor_words)})\s" if sp.possessor_words else r"(?!)"),
        # 'Hal ini (juga) disampaikan (oleh) X': X said the sentence before.
        back=re.compile(
            rf"\s*(?i:{_alt(ind.back_subjects)}"
            # (no name inside: 'Permintaan maaf Cahill tersebut dikonfirmasi oleh X' is
            # Cahill's apology, which X confirmed, not what X said before)
            rf"|(?:{_alt(ind.back_nouns)})(?:\s+(?-i:(?![A-Z][a-z]))[\w-]+){{0,3}}?"
            r"\s+(?:ini|itu|tersebut))"
            rf"\s+(?:(?i:{_alt(sp.adverbs)})\s+)?"
            rf"(?P<cue>(?i:{_alt(ind.back_verbs)}))\s+(?:(?i:{_alt(sp.adverbs)})\s+)?"
            r"(?:oleh\s+)?" if ind.back_subjects
            else r"(?!)"),
        # 'Pentingnya kesiapan pipa (juga) ditekankan oleh X, …': X stressed the topic.
        topic_by=re.compile(
            rf"\s*(?P<topic>(?i:{_alt(ind.content_nouns)})\s[^,.;:!?\"“”]{{3,160}}?)\s+"
            rf"(?:(?i:{_alt(sp.adverbs)})\s+)?(?P<cue>(?i:{_alt(ind.back_verbs)}))\s+oleh\s+"
            r"(?P<spk>[A-Z][^,.;:!?\"“”]{0,80}?)\s*(?:[,.!?]|$)"
            if ind.content_nouns and ind.back_verbs else r"(?!)"),
        # 'Hal serupa (juga) diucapkan (oleh) X': X said much the same.
        similar=re.compile(
            rf"(?<![\w-])(?i:{_alt(ind.similar_subjects)})\s+(?:(?i:{_alt(sp.adverbs)})\s+)?"
            rf"(?P<cue>(?i:{_alt(ind.back_verbs)}))\s+(?:oleh\s+)?" if ind.similar_subjects
            else r"(?!)"),
        # 'Berikut petikan [surat Miryam] :' closing a paragraph.
        listing=compile_cached(
            rf"(?i:{_alt(di.listing_openers)})\s+(?i:{_alt(di.listing_words)})\s+"
            r"(?P<spk>[^.;:!?\"“”]{1,80}?)\s*:\s*$" if di.listing_openers else r"(?!)"),
        person_nouns=frozenset(w.casefold() for w in sp.person_nouns),
        person_articles=frozenset(sp.person_articles),
        answer_cues=frozenset(sp.answer_cues),
        question_cues=frozenset(sp.question_cues),
        list_openers=frozenset(w.casefold() for w in sp.list_openers),
        purpose_words=frozenset(w.casefold() for w in sp.purpose_words),
        talked_about=frozenset(w.casefold() for w in sp.talked_about),
        case_before=re.compile(
            rf"(?<![\w-])(?P<word>(?i:{_alt(sp.reference_words)}))(?:\s+[a-z]+)?\s*,?\s*$"
            if sp.reference_words else r"(?!)"),
        referred=re.compile(
            rf"(?<![\w-])(?i:{_alt(sp.reference_words)})\s+"
            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
            if sp.reference_words else r"(?!)"),
        title_small_words=frozenset(w.casefold() for w in sp.title_small_words),
        # 'Dilansir dari VOA , …', 'Seperti ditulis Benvenuti , …': the source up to a comma
        # (not a decimal one), then the clause it reports.
        source_cue=re.compile(
            rf"\s*(?:(?P<conn>(?i:{_alt(sp.connectives)}))\s*,?\s*)?"
            rf"(?:(?P<open>(?i:{_alt(ind.as_said_openers)}))\s+)?"
            rf"(?P<cue>(?i:{_alt((*ind.source_cues, *ind.source_cues_need_opener))}))\s+"
            # (a dot inside a word stays in the source: 'Dikutip dari Kompas.com , …')
            # ('dari' may be glued to a camel-case outlet: 'Dilansir daridetikFinance , …')
            rf"(?:(?i:dari|oleh){_GLUED_OR_SPACE})?"
            r"(?P<spk>(?:[^,.;:!?\"“”]|\.(?=\w)){1,80}?)\s*,(?!\d)\s*"
            r"(?P<content>\S.*)$" if ind.source_cues else r"(?!)"),
        # '…, demikian dikutip detikINET dari Techspot , Minggu ( 19/10 ) .': the clause,
        # the opener and the cue, a relaying outlet and the source after 'dari', a day.
        final_source=re.compile(
            rf"(?P<content>.+?)\s*,\s*(?i:{_alt(ind.final_source_openers)})\s+"
            rf"(?P<cue>(?i:{_alt((*ind.source_cues, *ind.final_passive_cues))}))\s+"
            r"(?:(?i:oleh)\s+)?"
            rf"(?:(?i:dari){_GLUED_OR_SPACE})?(?P<spk>(?:[^,.;:!?\"“”]|\.(?=\w)){{1,60}}?)"
            # '…, demikian diumumkan oleh X , dilansir AFP .': the outlet relaying it after
            rf"(?:\s*,\s*(?i:{_alt(ind.source_cues)})\s[^,.;:!?\"“”]{{1,60}}?)?"
            r"(?:\s*,\s*(?P<when>[^,.;:!?\"“”]{1,40}?))?\s*[.!?]?\s*$"
            if ind.final_source_openers and ind.source_cues else r"(?!)"),
        # 'Bagi Megawati , …', 'Baginya , …': the person up to a comma, then the view.
        view_cue=re.compile(
            rf"\s*(?P<cue>(?i:{_alt(ind.view_cues)}))(?:(?P<nya>nya)|\s+"
            r"(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}))\s*,(?!\d)\s*"
            r"(?P<content>\S.*)$" if ind.view_cues else r"(?!)"),
        source_cues_need_opener=frozenset(ind.source_cues_need_opener),
        source_cues_no_opener=frozenset(ind.source_cues_no_opener),
        source_cues=frozenset((*ind.source_cues, *ind.source_cues_need_opener)),
        finding_verbs=frozenset(ind.finding_verbs),
        study_heads=frozenset(ind.study_heads),
        teller_verbs=frozenset(ind.teller_verbs),
        offending_verbs=frozenset(ind.offending_verbs),
        offended_objects=frozenset(ind.offended_objects),
        point_verbs=frozenset(ind.point_verbs),
        name_objects=frozenset(ind.name_objects),
        view_cues=frozenset(ind.view_cues),
    )


# --------------------------------------------------------------------------- marks


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    ch: str
    role: str  # "open" | "close" | "either"


def _is_space(ch: str) -> bool:
    return not ch or ch.isspace()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """Quotation marks in text[start:end] with the role their surroundings suggest."""
    lex = _lex()
    out: list[_Mark] = []
    for mm in lex.any_mark.finditer(text, start, end):
        i = mm.start()
        ch = mm.group()
        prev = text[i - 1] if i > start else ""
        nxt = text[i + 1] if i + 1 < end else ""
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word: "Ma’arif", "Jum'at"
        left = not _is_space(nxt) and (_is_space(prev) or prev in "([{—–-/")
        right = not _is_space(prev) and (_is_space(nxt) or nxt in ",.;:!?)]}—–-")
        if ch in lex.openers:
            role = "close" if right and not left else "open"
        elif ch in lex.closers:
            role = "open" if left and not right else "close"
        else:
            role = "open" if left and not right else "close" if right and not left \
                else "either"
        out.append(_Mark(i, ch, role))
    return out


@dataclass(frozen=True, slots=True)
class _Direct:
    open_pos: int  # position of the opening mark
    close_pos: int | None  # position of the closing mark; None when it ran to paragraph end
    content: Span
    para: int


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    off = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((off, off + len(line)))
        off += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _followed_by_cue(text: str, pos: int, end: int) -> bool:
    """Whether a cue verb follows the mark before `pos`: in lower case, or capitalised
    after a quotation closed by a comma ('…lapangan,” Jelas Gus Ipul': the sentence goes
    on)."""
    lex = _lex()
    m = lex.direct_after.match(text, pos, end)
    if m is None or (m.end() < end and text[m.end()].isalnum()):
        return False
    # a passive verb is a cue only when the quotation's sentence goes on into it
    if m.group("cue").casefold() in lex.passive_after:
        return _ends_with_comma(text, pos - 1)
    return text[m.start("cue")].islower() or _ends_with_comma(text, pos - 1)


def _ends_with_comma(text: str, mark: int) -> bool:
    """Whether the quotation closing at the mark at `mark` ends with a comma inside it."""
    return text[max(0, mark - 8):mark].rstrip().endswith(",")


def _goes_on_lower(text: str, mark: int) -> bool:
    """Whether the quotation closing at `mark` ends with '!' or '?' and its sentence goes on
    in lower case after the mark ('…!” ia memposting pada hari Sabtu'): its attribution, as
    after a comma (a capital there may open a new sentence)."""
    after = text[mark + 1:mark + 40].lstrip(" ,")
    return text[max(0, mark - 8):mark].rstrip().endswith(("!", "?")) and after[:1].islower()


def _nested_close(text: str, marks: Sequence[_Mark], mi: int, pe: int) -> int | None:
    """Position of the mark closing a few words quoted inside an open quotation of the same
    mark ('"Saya bangga … melibatkan "manusia" dalam penelitian," kata Dwi'), when the
    opener at `marks[mi]` is closed within four words with no sentence end between and a
    later mark of the paragraph can still close the outer one (who round 299: the
    outer quotation was cut at the inner mark and its speaker lost)."""
    if mi + 2 >= len(marks):
        return None
    inner = marks[mi + 1]
    words = text[marks[mi].pos + 1:inner.pos]
    if inner.role != "close" or inner.ch != marks[mi].ch or not words.strip() \
            or len(words.split()) > 4 or any(c in words for c in ".!?") \
            or _followed_by_cue(text, inner.pos + 1, pe):
        return None
    later = any(m.role in ("close", "either") and m.ch == inner.ch for m in marks[mi + 2:])
    return inner.pos if later else None


def find_direct(text: str) -> list[_Direct]:
    """Paired quotations of `text` (paragraph = line), multi-paragraph ones joined."""
    lex = _lex()
    paras = _lines(text)
    out: list[_Direct] = []
    open_at: int | None = None
    open_ch = ""
    open_para = 0

    def emit(close_pos: int | None, end: int) -> None:
        assert open_at is not None
        s, e = _trim(text, open_at + 1, end)
        if e > s:
            out.append(_Direct(open_at, close_pos, Span(start=s, end=e), open_para))

    for pi, (ps, pe) in enumerate(paras):
        marks = _marks(text, ps, pe)
        if open_at is not None:
            # Quotation left open: it runs on only when this paragraph opens with a mark.
            if marks and marks[0].pos == ps and marks[0].role != "close":
                marks = marks[1:]
            else:
                emit(None, paras[pi - 1][1])
                open_at = None
        nested_to = -1
        for mi, mk in enumerate(marks):
            if mk.pos <= nested_to:
                continue  # the close of a word quoted inside the open quotation
            if open_at is None:
                if mk.role == "close" or (mk.role == "either" and
                                          _followed_by_cue(text, mk.pos + 1, pe)):
                    continue  # a closer with nothing open: stay in step, skip it
                if mk.ch in lex.closers:
                    continue
                open_at, open_ch, open_para = mk.pos, mk.ch, pi
                continue
            closes = lex.closes.get(open_ch, frozenset()) | lex.both
            if mk.ch in closes and mk.role == "either" and mk.ch == open_ch \
                    and not text[open_at + 1:mk.pos].strip():
                # A doubled opening mark ('" " Tidak ada , …'): nothing between the two,
                # so the second one opens the quotation, not closes an empty one.
                open_at = mk.pos
                continue
            if mk.ch in closes and mk.role in ("close", "either"):
                emit(mk.pos, mk.pos)
                open_at = None
            elif mk.ch in closes and mk.role == "open" and mk.ch == open_ch \
                    and (inner := _nested_close(text, marks, mi, pe)) is not None:
                nested_to = inner  # 'melibatkan "manusia" dalam …' inside a quotation
            elif mk.ch in closes and mk.role == "open" and mk.ch == open_ch:
                # A second opener of the same kind: the first one was never closed.
                emit(None, mk.pos)
                open_at, open_para = mk.pos, pi
        if open_at is not None and pi == len(paras) - 1:
            emit(None, pe)
            open_at = None
    return out


# --------------------------------------------------------------------------- speakers


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def _description_after(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'tegas perwira polisi aktif ini', 'tandas cucu mursyid …, KH Muchtar Mu'ti ini': a
    description opening in lower case and closed by a demonstrative within ten words, the
    whole of it (names inside it describe the speaker; it refers back). A relative clause
    after a person noun may run to sixteen words ('pungkas pemain yang pernah menimba ilmu
    bersama X dan pernah membela Y tersebut'; speak18, who round 267: missing). Anonymous,
    document and organisation heads are left to their own readings."""
    lex = _lex()
    if not toks:
        return None
    first = text[toks[0][0]:toks[0][1]]
    low = first.casefold()
    if low in lex.anonymous_heads and _person_noun(first) and first.islower():
        return _plain_relative_epithet(text, toks)
    if not (first.isalpha() and first.islower()) or low in lex.anonymous_heads \
            or low in lex.plural_words \
            or low in lex.document_heads or low in lex.organisation_heads \
            or low in lex.stop_after or low in lex.pronouns or low in lex.plural \
            or low in lex.first_person:
        return None
    relative = False  # inside 'yang …' after a person noun: its words describe too
    listed = 0  # names and their commas of a list inside the relative clause
    for k in range(1, min(len(toks), 41)):
        if k >= 11 and not relative or k - listed >= 17:
            return None  # ten words, unless a relative clause about the person runs on
        w = text[toks[k][0]:toks[k][1]]
        if relative and (w == "," or w[:1].isupper() or w in lex.coordinators):
            # 'ujar desainer yang karyanya pernah dikenakan oleh sejumlah selebriti ,
            # seperti Andien , Rossa , … dan AgnezMo ini': a list of names as examples
            # lengthens the clause, not the description (who round 287: missing)
            listed += 1
        if w.casefold() in _DEMONSTRATIVES:
            return Span(start=toks[0][0], end=toks[k][1]) if k >= 1 else None
        if w == "yang" and not relative and _person_noun(first):
            # 'kata politisi yang juga ketua Fraksi Gerindra MPR RI itu': a relative
            # clause about the person, closed by the demonstrative
            relative = True
            continue
        if not (w[:1].isalnum() or w in (",", "'", "’", "-")) or (
                not relative and w.islower() and w in lex.stop_after):
            return None
    return None


def _plain_relative_epithet(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'ujar pria yang murah senyum ini': a person noun, 'yang', one to five lower-case
    words that describe (no verb but one of naming: 'yang kini berusia 50 tahun') and a
    demonstrative. It refers back to someone the article has named, as 'pria asal Bandung
    itu' does (who round 238: missing); a relative clause with a verb ('pria yang tinggal
    di dekat lokasi itu') may tell of someone new and is left to the anonymous reading."""
    lex = _lex()
    second = text[toks[1][0]:toks[1][1]] if len(toks) > 1 else ""
    # 'kata pria berambut plontos itu', 'ujar wanita berkacamata ini': a ber- word of what
    # the person has or wears, with no 'yang', describes as the relative clause does (speak16;
    # who round 265: missing); 'pria berinisial AS itu' (a capitalised initial) stops below.
    attribute = _BER_ATTRIBUTE.fullmatch(second) is not None \
        and second.casefold() not in lex.naming_verbs
    if len(toks) < 3 or not (second == "yang" or attribute):
        return None
    for k in range(2, min(len(toks), 8)):
        w = text[toks[k][0]:toks[k][1]]
        low = w.casefold()
        if low in _DEMONSTRATIVES:
            return Span(start=toks[0][0], end=toks[k][1]) if k > 2 or attribute else None
        if not (w.isalpha() and w.islower() or w.isdigit()) or low in lex.stop_after \
                or low in lex.prepositions \
                or (_clause_verb(w, True) and low not in lex.naming_verbs):
            return None
    return None


# A ber- word of a person's look or build ('berambut', 'berkacamata', 'bertubuh'): lower
# case, no digit, read only after a person noun.
_BER_ATTRIBUTE = re.compile(r"ber[a-z]{3,}")


def _article_epithet_after(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'tutur sang pelatih', 'kata sang aktor muda': the person article and the lower-case
    role or person noun after it (with the lower-case words that go on describing, up to a
    word that ends a speaker phrase); it refers back as `_role_epithet` reads it. A name
    after it ('kata sang pelatih, Allegri') is left to the ordinary reading."""
    lex = _lex()
    if len(toks) < 2 or text[toks[0][0]:toks[0][1]].casefold() not in lex.person_articles:
        return None
    noun = text[toks[1][0]:toks[1][1]]
    if not (noun.isalpha() and noun.islower()) or not (
            _starts_with_role([noun]) or _person_noun(noun)):
        return None
    end = 1
    for k in range(2, min(len(toks), 6)):
        w = text[toks[k][0]:toks[k][1]]
        if not (w.isalpha() and w.islower()) or w in lex.stop_after or _verb(w):
            break
        end = k
    nxt = text[toks[end + 1][0]:toks[end + 1][1]] if end + 1 < len(toks) else ""
    if nxt[:1].isupper() or (nxt == "," and end + 2 < len(toks)
                             and text[toks[end + 2][0]].isupper()
                             and text[toks[end + 2][0]:toks[end + 2][1]].casefold()
                             not in lex.time_words):
        return None
    return Span(start=toks[0][0], end=toks[end][1])


_ROLE_TAIL = frozenset({"pada", "di", "dari", "(", ")", "&", "-"})


def _name_closing_role(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'kata peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy.': a role in lower
    case (a person noun, then the body it serves, no verb), a comma, and a name of one to
    four capitalised words that closes the sentence: the whole phrase, the name speaks."""
    first = text[toks[0][0]:toks[0][1]] if toks else ""
    if not first.islower() or not (_person_noun(first) or _person_noun(first.capitalize())
                                   or _starts_with_role([first])):
        return None  # 'kata peneliti …', 'ujar pengamat …': a person's role opens it
    for k in range(1, min(len(toks), 14)):
        w = text[toks[k][0]:toks[k][1]]
        if w == ",":
            break
        if not (w[:1].isupper() or w.casefold() in _ROLE_TAIL or w.casefold() in _lex().inner):
            return None  # a verb, a clause or an adverb: not a role phrase
    else:
        return None
    n = k + 1
    while n < len(toks) and n - k <= 4 and text[toks[n][0]].isupper() \
            and text[toks[n][0]:toks[n][1]].casefold() not in _lex().time_words:
        n += 1  # 'kepala Diskar PB Bandung Ferdi di Bandung , Kamis .': a day is no name
    if n == k + 1 or n - k > 5 or (n < len(toks) and text[toks[n][0]:toks[n][1]] != "."):
        return None
    return Span(start=toks[0][0], end=toks[n - 1][1])


def _description_epithet(phrase: str) -> bool:
    """Whether a speaker phrase is a lower-case description closed by a demonstrative."""
    words = _NAME_WORD.findall(phrase)
    if _bare_origin_epithet(words):
        return True
    # A person noun opens one at a sentence start too: 'Pria yang … itu menyatakan'.
    # So does one with a relative clause and no demonstrative: 'Pria yang tahun lalu juara
    # di Losail mengatakan' (see `_relative_epithet`).
    # A relational noun too: 'Saudara kandung pebalap Sam itu' (Sam's brother, named before).
    return len(words) >= 2 and (words[0].islower() or _person_noun(words[0])
                                or _lex().possessor_head.match(phrase) is not None) \
        and (words[-1].casefold() in _DEMONSTRATIVES
             or words[1] == "yang" and _person_noun(words[0])) \
        and not any(w.casefold() in _lex().plural_words for w in words)


def _bare_origin_epithet(words: Sequence[str]) -> bool:
    """Whether speaker words are a person or role noun, an origin word and one to four
    capitalised words of a place, with no demonstrative: 'Pemusik asal Jepang lantas
    menyampaikan', 'kata pria asal Bogor , Jawa Barat'. The origin names no one; the
    epithet is definite and refers back like one closed by 'itu' (speak13; who rounds 238,
    256: missing)."""
    if not 3 <= len(words) <= 6 or words[1].casefold() not in _lex().origin_words \
            or not all(w[:1].isupper() and w.isalpha() for w in words[2:]):
        return False
    head = words[0]
    if head.casefold() in _lex().plural_words:
        return False
    return _person_noun(head[:1].upper() + head[1:]) or _starts_with_role([head])


def _person_noun(word: str) -> bool:
    """A noun of a person that may open a description capitalised at a sentence start
    ('Pejabat itu', 'Pengoleksi sepuluh kemenangan di F1 itu'): one of `person_nouns` (here
    or in roles.toml), or a pe- agent noun the lexicon holds as a common noun or not at all,
    not a body or a document ('Pemerintah', 'Petisi', 'Pernyataan')."""
    lex = _lex()
    low = word.casefold()
    if word[:1].isupper() and _starts_with_role([word]):
        return False  # 'Pelatih kelahiran Uzbekistan ini': a role epithet, read as one
    if low in lex.person_nouns or low in _role_person_nouns():
        return True
    return word[:1].isupper() and _agent_noun(low)


_PE_WORD = re.compile(r"pe[a-z]{4,}")  # the shape of a pe- agent noun ('pemudik')


def _agent_noun(low: str) -> bool:
    """A pe- agent noun ('pengoleksi', 'pemudik', 'pengendara') the lexicon holds as a
    common noun or not at all: not a -an noun of an act or thing ('peningkatan'), nor a
    body, a document or an anonymous head."""
    lex = _lex()
    if not _PE_WORD.fullmatch(low) or low.endswith("an") \
            or low in lex.organisation_heads or low in lex.document_heads \
            or low in lex.anonymous_heads:
        return False
    tag = load_lexicon().get(low)
    return tag is None or tag.startswith("NN:")


@cache
def _role_person_nouns() -> frozenset[str]:
    # roles.toml's nouns of people ('penyanyi', 'petenis') are kept by the entities helper:
    # read, never copy.
    return frozenset(n.casefold() for n in load("roles", RolesData).person_nouns
                     if " " not in n)


@cache
def _abbreviations() -> frozenset[str]:
    return load_words("abbreviations")


_ACTIVE_VERB = re.compile(r"(?:me|ber)[a-z]{3,}")


def _speaker_after(text: str, start: int, end: int) -> Span | None:
    """The speaker phrase written after a cue: 'kata [Ketua KPU Hasyim Asy'ari] kepada …'."""
    lex = _lex()
    toks = _tokens(text, start, min(end, start + 400))
    got: list[tuple[int, int]] = []
    lower_run = commas = 0
    paren = -1  # index in `got` of an open "(", -1 when none

    def word(k: int) -> str:
        return text[toks[k][0]:toks[k][1]] if k < len(toks) else ""

    described = _group_after(text, toks) or _description_after(text, toks) \
        or _name_closing_role(text, toks) or _article_epithet_after(text, toks) \
        or _document_after(text, toks)
    if described is not None:
        return described
    relative_end = -1  # the comma closing a relative clause that a name follows
    for k, (s, e) in enumerate(toks[:40]):
        w = text[s:e]
        low = w.casefold()
        nxt = word(k + 1)
        capped = any(text[a].isupper() for a, _ in got)
        if not got and low in lex.pronouns | lex.plural | lex.first_person:
            return Span(start=s, end=e)
        if k < relative_end:
            got.append((s, e))
            continue
        if low == "yang" and capped and nxt.casefold() in lex.also_words \
                and (word(k + 2)[:1].isupper() or _starts_with_role([word(k + 2)])):
            # 'kata Ketua Umum KONI yang juga Gubernur Jawa Barat Budi': a second office
            # the holder also has, then the name (speak15; who round 259: missing)
            got.append((s, e))
            relative_end = k + 2
            continue
        if low == "yang" and got and text[toks[0][0]].islower():
            # 'kata warga asal Ungaran yang melintas, Dhiko (32)': a relative clause
            # describing someone unnamed, then the name after its comma.
            relative_end = _relative_before_name(text, toks, k)
            if relative_end > k:
                got.append((s, e))
                continue
        if paren >= 0:
            if w == ")":
                got.append((s, e))
                paren = -1
                continue
            if not (w[0].isupper() or w in ("-", "&")) or len(got) - paren > 8:
                break  # "(Kompas, 11/11/2017)", "(56)": not part of the speaker
            got.append((s, e))
            continue
        if w == "(" and got:
            paren = len(got)
            got.append((s, e))
        elif w[0].isupper() or w[0].isdigit():
            if low in lex.time_words or (not capped and low in lex.connectives):
                break
            got.append((s, e))
            lower_run = 0
        elif w in ("-", "/", "&") and got and nxt[:1].isalnum() and nxt[:1] == nxt[:1].upper():
            got.append((s, e))
        elif w == "." and got and len(word(k - 1)) <= 4 and nxt[:1].isupper() and (
                toks[k - 1][1] == s or word(k - 1).casefold() in _abbreviations()):
            got.append((s, e))  # "Prof. Budi", "Dr. Tirta", detokenized "Ny . Isah"
        elif w == "," and got and commas < 3 and nxt[:1].isupper() \
                and nxt.casefold() not in lex.time_words:
            got.append((s, e))  # appositive: 'kata Wakil Wali Kota Yogyakarta, Heroe …'
            commas += 1
        elif w == "," and got and commas < 3 and nxt.casefold() in lex.coordinators \
                and word(k + 2)[:1].isupper():
            got.append((s, e))  # serial comma: 'Menteri … Politik, Hukum, dan Keamanan …'
            commas += 1
        elif w in lex.inner:
            got.append((s, e))
        elif low in lex.role_place_links and got and not commas \
                and (n := _place_then_name(text, toks, k + 1)) > k \
                and _posted_office([text[a:b] for a, b in got]):
            # 'ujar Duta Besar Republik Indonesia di New York , Abdul Kadir Jailani': the
            # office's place, then the holder's name after its comma
            got += toks[k:n]
            commas += 1
        elif w.isalpha() and low not in lex.stop_after and lower_run < 3 \
                and not (_ACTIVE_VERB.fullmatch(low) and low not in lex.naming_verbs
                         and _verb(low)) \
                and not (low.startswith("di") and got and text[got[-1][0]].isupper()
                         and _verb(low)):
            # 'kata politisi senior Partai Golkar'; a verb ends the phrase ('kata Zakki
            # mendampingi Sahara': the client is no speaker), a passive one after a name
            # too ('ujar Budi didampingi anaknya , Andi': the son only stands by; who round
            # 242: wrong, 3x).
            got.append((s, e))
            lower_run += 1
        else:
            break
    if paren >= 0:
        got = got[:paren]
    anonymous = bool(toks) and text[toks[0][0]:toks[0][1]].casefold() in lex.anonymous_heads
    if anonymous and not any(text[a].isupper() for a, _ in got):
        # 'kata pria 67 tahun itu': an age epithet of someone the article names.
        aged = _aged_epithet(text, toks) or _nickname_epithet(text, toks)
        if aged is not None:
            return aged
    if anonymous and (origin := _origin_epithet(text, toks)) is not None:
        return origin  # 'kata pria Portugis tersebut': refers back, not to Portugal
    if anonymous and not any(text[a].isupper() for a, _ in got):
        # 'ujar sumber di Kejaksaan', 'kata seorang warga': an anonymous speaker.
        return Span(start=toks[0][0], end=toks[0][1])
    after = word(toks.index(got[-1]) + 1) if got else ""
    if got and toks and got[0] == toks[0] and _bare_role(text[got[0][0]:got[-1][1]]) \
            and (after in ("", ".", ",", ";", "!", "?") or after.casefold() in lex.stop_after):
        # 'kata presiden kepada wartawan', 'lanjut jaksa': the role's one holder speaks
        # (not 'kata pemain ‘Zoolander’ tersebut', a longer epithet).
        return Span(start=got[0][0], end=got[-1][1])
    while got and not (text[got[-1][0]].isupper() or text[got[-1][0]].isdigit()
                       or text[got[-1][0]:got[-1][1]] == ")"):
        got.pop()
    if not got or not any(text[a].isupper() for a, _ in got):
        return None
    at = toks.index(got[-1]) + 1
    if at < len(toks) and text[toks[at][0]:toks[at][1]].casefold() in _DEMONSTRATIVES and \
            _starts_with_role([text[a:b] for a, b in got]):
        # 'ucap manajer Manchester City ini', 'tutup politisi PAN itu': a role epithet
        # that refers back, not the club or party it names.
        got.append(toks[at])
    return Span(start=got[0][0], end=got[-1][1])


def _document_after(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'bunyi pernyataan tertulis yang dikeluarkan Linkin Park melalui …', 'bunyi pernyataan
    tersebut': a document head after a cue, with up to two lower-case modifiers, then either
    a relative clause of publishing and the capitalised name of its author (the whole, read
    as `_published_by`), or a demonstrative (it refers back, read as `_definite_document`).
    The name-led reading drops the lower-case head and the name's relative clause."""
    lex = _lex()
    if not toks or text[toks[0][0]:toks[0][1]].casefold() not in lex.document_heads:
        return None
    k = 1
    while k < min(len(toks), 4) and text[toks[k][0]:toks[k][1]].isalpha() \
            and text[toks[k][0]:toks[k][1]].islower() \
            and text[toks[k][0]:toks[k][1]] not in ("yang", *_DEMONSTRATIVES):
        k += 1
    w = text[toks[k][0]:toks[k][1]] if k < len(toks) else ""
    if w in _DEMONSTRATIVES and k == 1:
        return Span(start=toks[0][0], end=toks[k][1])
    if k > 1 and not w[:1].isalnum() \
            and _group_statement(text[toks[0][0]:toks[k - 1][1]]) is not None:
        # '“…,” tulis rilis klub.': the statement of the body a group noun refers to
        # (speak12; who round 257: missing)
        return Span(start=toks[0][0], end=toks[k - 1][1])
    if w in _DEMONSTRATIVES:
        # 'demikian pernyataan resmi kementerian tersebut': the statement of a body named
        # before, which the group epithet inside it refers back to
        return next((Span(start=toks[j][0], end=toks[k][1]) for j in range(1, k)
                     if _group_epithet(text[toks[j][0]:toks[k][1]])), None)
    if w != "yang" or k + 1 >= len(toks) \
            or text[toks[k + 1][0]:toks[k + 1][1]] not in lex.publishing_verbs:
        return None
    n = k + 2
    if n < len(toks) and text[toks[n][0]:toks[n][1]] == "oleh":
        n += 1
    end = n
    while end < min(len(toks), n + 6) and text[toks[end][0]].isupper():
        end += 1
    return Span(start=toks[0][0], end=toks[end - 1][1]) if end > n else None


def _posted_office(words: Sequence[str]) -> bool:
    """Whether a speaker phrase opens with an office posted to a place ('Duta Besar …',
    'Konsul Jenderal …'), whose place may stand before the holder's name."""
    low = [w.casefold() for w in words]
    return any(" ".join(low[:n]) in _lex().posted_offices for n in (1, 2, 3))


def _place_then_name(text: str, toks: Sequence[tuple[int, int]], k: int) -> int:
    """The index after the comma that closes a place of up to four capitalised words at
    `k` when a capitalised word that is no time word follows it ('New York , Abdul'), else
    -1."""
    lex = _lex()
    n = k
    while n < min(k + 4, len(toks)) and text[toks[n][0]].isupper():
        n += 1
    if n == k or n + 1 >= len(toks) or text[toks[n][0]:toks[n][1]] != ",":
        return -1
    nxt = text[toks[n + 1][0]:toks[n + 1][1]]
    return n + 1 if nxt[:1].isupper() and nxt.casefold() not in lex.time_words else -1


def _bare_role(phrase: str) -> bool:
    """Whether a speaker phrase is a role head alone in lower case ('presiden', 'jaksa',
    'hakim ketua'): the definite role, whoever holds it in the article."""
    low = " ".join(phrase.split())
    return low.islower() and low in role_words().head_phrases \
        and low.split()[0] not in _lex().anonymous_heads \
        and not _lex().possessor_head.match(low + " ")


def _office_alone(phrase: str, text: str, at: int) -> bool:
    """Whether a speaker phrase at `at` is an office alone, capitalised inside a sentence
    ('kata Kapolres', 'ujar Wali Kota'), with no name, body or place after it: the one
    holder of that office. An occupation noun in lower case ('kata analis') is anyone's,
    and a capital at a sentence start ('Analis menyebut …') tells nothing."""
    words = phrase.split()
    before = text[max(0, at - 40):at].rstrip()
    return 1 <= len(words) <= 3 and all(w.isalpha() and w[0].isupper() for w in words) \
        and before[-1:].isalpha() and _bare_role(" ".join(words).casefold())


def _relative_before_name(text: str, toks: Sequence[tuple[int, int]], k: int) -> int:
    """The index of the comma that closes a short relative clause opening at `k` ('yang
    melintas, Dhiko') when a capitalised word (no day or connective) follows it, else -1."""
    lex = _lex()
    for c in range(k + 1, min(k + 7, len(toks) - 1)):
        w = text[toks[c][0]:toks[c][1]]
        if w == ",":
            nxt = text[toks[c + 1][0]:toks[c + 1][1]]
            ok = c > k + 1 and nxt[:1].isupper() and nxt.casefold() not in lex.time_words \
                and nxt.casefold() not in lex.connectives
            return c if ok else -1
        if not (w.isalpha() and w.islower()):
            return -1
    return -1


# Prepositions whose name is an object, never a subject set off by its comma.
_OBJECT_PREPOSITIONS = frozenset({"dengan", "kepada", "terhadap"})
# Words tying an appositive description to its body ('analis … di X'): quotes.toml.
_APPOSITIVE_LINKS = WordSet("quotes", QuotesData, "speaker.appositive_links")


def _speaker_before(text: str, start: int, verb_start: int) -> Span | None:
    """The subject written before a verb: '[Presiden Ukraina Volodymyr Zelenskyy] mengonfirmasi'."""
    lex = _lex()
    if (aside := lex.source_aside.search(text, start, verb_start)) is not None \
            and aside.start() > start:
        # 'Polisi Washington sebagaimana dikutip Reuters , Senin ( 5 / 12 ) , menyebut …':
        # the outlet that cites the subject is no speaker; the subject before it is
        # (speak15; who round 259: missed, and 'X seperti dikutip Antara mengatakan' gave
        # the outlet)
        return _speaker_before(text, start, aside.start())
    toks = _tokens(text, start, verb_start)
    i = len(toks) - 1
    skipped = False
    while i >= 0:
        w = text[toks[i][0]:toks[i][1]].casefold()
        if w in lex.hesitations and i > 0 and \
                text[toks[i - 1][0]:toks[i - 1][1]].casefold() in lex.hesitation_negations:
            skipped = True  # 'Matthaeus pun tak ragu-ragu mengatakan': without hesitation
            i -= 2
            continue
        if not (w in lex.adverbs or (skipped and w == "dengan")):
            break  # 'dengan' only before an adverb: 'Sumiyati dengan tegas menyebutkan'
        skipped = True
        i -= 1
    # 'Mirza pada 2019 lalu mengatakan', 'Kapolri kemarin mengungkapkan', 'Budi tahun lalu
    # juga menyebut': a time between subject and verb, no comma, is when it was said, before
    # or after the adverbs (its 'lalu' is one) (speak11; who round 253: missed)
    for last in {i, len(toks) - 1} if i >= 1 else ():
        if (t := _TIME_BEFORE_VERB.search(text, toks[0][0], toks[last][1])) is not None:
            i = next((k for k in range(last, -1, -1) if toks[k][1] <= t.start()), -1)
            while i > 0 and text[toks[i][0]:toks[i][1]].casefold() in lex.adverbs:
                i -= 1  # 'Budi juga kemarin mengatakan'
            break
    if i >= 0 and text[toks[i][0]:toks[i][1]].casefold() in ("dan", "serta"):
        # '… dalam Munaslub, dan mengaku …': a second predicate; its subject opened the
        # first one (`_shared_subject`), the name before 'dan' is an object.
        return None
    i = _skip_frame(text, toks, i)
    i = _skip_setting(text, toks, _skip_place_and_day(text, toks, i), after_comma=True)
    # 'Triawan Munaf dalam peresmian Paviliun Indonesia [di Jakarta , Rabu ,] menyampaikan':
    # the frame that the place and day closed
    i = _skip_frame(text, toks, i)
    comma = i >= 0 and text[toks[i][0]:toks[i][1]] == ","
    if comma:
        i -= 1  # appositive closing comma: 'Alexander Kozlov, mengatakan'
        for _ in range(3):  # 'Maman Sidikou, yang … MONUSCO, misi … itu, mengatakan'
            j = _before_description(text, toks, i)
            if j == i:
                break
            i = j
    if i >= 2 and text[toks[i][0]:toks[i][1]] == ")" and text[toks[i - 2][0]:toks[i - 2][1]] \
            == "(" and text[toks[i - 1][0]:toks[i - 1][1]].isdigit():
        i -= 3  # an age after the name: 'Wawan (35), mengaku'
    elif i >= 3 and text[toks[i][0]:toks[i][1]] == ")" and text[toks[i - 2][0]:toks[i - 2][1]] \
            == "(" and text[toks[i - 1][0]].isupper() and text[toks[i - 3][0]].isupper():
        # a short form after the name: 'Indonesian Society of … (ISSC) menilai', and the
        # Indonesian ones written as names: 'Kementerian Sosial (Kemensos) menegaskan'
        i -= 3
    elif (p := _bracket_after_comma(text, toks, i)) is not None:
        i = p  # a nickname after the name: 'Menteri Sosial Saifullah Yusuf, (Gus Ipul) …'
    i = _skip_addressee(text, toks, _skip_setting(text, toks, i))
    if i > 0 and text[toks[i][0]:toks[i][1]].casefold() in _DEMONSTRATIVES:
        return _epithet_before(text, toks, i)
    if (described := _relative_epithet(text, toks, i)) is not None:
        return described
    i = _skip_relative(text, toks, _name_before_bare_relative(text, toks, i))
    i = _skip_named_description(text, toks, i)
    art = next((k for k in (i - 1, i - 2) if k >= 0
                and text[toks[k][0]:toks[k][1]].casefold() in lex.person_articles), None)
    if art is not None and all(text[toks[t][0]:toks[t][1]].isalpha()
                               and text[toks[t][0]:toks[t][1]].islower()
                               for t in range(art + 1, i + 1)):
        return Span(start=toks[art][0], end=toks[i][1])  # 'Sang aktor melanjutkan'
    got: list[int] = []
    while i >= 0:
        s, e = toks[i]
        w = text[s:e]
        low = w.casefold()
        if w[0].isupper() or w[0].isdigit():
            got.append(i)
        elif w.isalpha() and w.islower() and i >= 2 and text[toks[i - 1][0]:toks[i - 1][1]] \
                == "-" and text[toks[i - 2][0]].isupper() and (not got or got[-1] == i + 1):
            # 'Ri Yong - ho menyebut': a hyphenated name the tokenised text spaced out.
            got.extend((i, i - 1))
            i -= 2
            continue
        elif w == ")" and got and i >= 3 and text[toks[i - 2][0]:toks[i - 2][1]] == "(" \
                and text[toks[i - 1][0]].isupper() and text[toks[i - 3][0]].isupper():
            # 'Kedutaan Besar RI (KBRI) Phnom Penh melaporkan': the name goes on after its
            # short form; the body before the bracket speaks, not the city it ends with.
            got.extend((i, i - 1, i - 2))
            i -= 3
            continue
        elif low in lex.pronouns or low in lex.plural or low in lex.first_person:
            if got:
                break
            got.append(i)
            break
        elif (w in (",", "&") and got and i > 0 and text[toks[i - 1][0]].isupper()) or \
                (low in lex.inner and w.isalpha() and low not in ("di", "ke", "dari")):
            got.append(i)
        elif w.islower() and (named := _name_before_as(text, toks, i)) is not None:
            # '[Amerika Serikat] sebagai salah satu anggota tetap DK PBB juga mengatakan':
            # the name a 'sebagai' description follows is the subject, not a body in it;
            # so with a description all in lower case ('[Aerospace] sebagai produsen
            # wahana antariksa berharap').
            return named
        elif low == "dari" and got and i > 0 and text[toks[i - 1][0]].isupper() \
                and text[toks[i - 1][0]:toks[i - 1][1]].casefold() not in lex.connectives:
            # '[Anggota Komisi II DPR dari Fraksi Partai Gerindra Sareh Wiyono] membantah':
            # a capitalised role or body before 'dari' goes on into the subject.
            got.append(i)
        elif low in _APPOSITIVE_LINKS and got \
                and (k := _appositive_name(text, toks, i)) >= 0:
            # '[Priyanka Sachdeva, analis pasar senior di Phillip Nova] mengatakan': the
            # person an appositive description ties to the organisation is the subject.
            got.extend(range(i, k - 1, -1))
            i = k - 1
            continue
        elif low in ("dari", "di") and got and (k := _described_name(text, toks, i)) >= 0:
            # '[Raha Spehrara dokter gigi dari Dental Suites Clinic] mengungkapkan': the
            # person a lower-case description ties to the organisation is the subject.
            got.extend(range(i, k - 1, -1))
            i = k - 1
            continue
        else:
            break
        i -= 1
    if got and i >= 1 and (noun := text[toks[i][0]:toks[i][1]]).isalpha() and noun.islower() \
            and _person_noun(noun) and (rel := lex.possessor_before.search(
                text, max(start, toks[i][0] - 30), toks[i][0])) is not None:
        # 'Kuasa hukum aktor Harrison Ford mengatakan': the client's noun and the relational
        # noun before it belong to the subject (the lawyer speaks, not his client; who round
        # 230: wrong), as 'Kuasa hukum Harrison Ford' does.
        k = next((t for t in range(i - 1, -1, -1) if toks[t][0] <= rel.start()), 0)
        got.extend(range(i, k - 1, -1))
        i = k - 1
    if not got:
        return None
    if comma and _inside_fronted_adjunct(text, toks, max(got)):
        # 'Setelah presentasi [Marc] , mengajak undangan …': the name closes a fronted
        # clause of time or cause; the verb after its comma has its subject dropped, and
        # the name is not it (spk34b; who round 307: wrong)
        return None
    if comma and i >= 0 and text[toks[i][0]:toks[i][1]].casefold() in _OBJECT_PREPOSITIONS:
        # '… mengumbar kemesraan dengan [Rihanna] , bahkan memuji …': a name after 'dengan'
        # and a comma is the first predicate's object; the verb after the comma is its
        # subject's second predicate (speak19; who round 153)
        return None
    if i >= 0 and text[toks[i][0]:toks[i][1]].casefold() in lex.purpose_words:
        return None  # 'meminta agar [TNI] mengungkapkan …': asked to, not saying it
    if i >= 0 and (text[toks[i][0]:toks[i][1]].casefold() in lex.anonymous_heads
                   or plural_base(text[toks[i][0]:toks[i][1]])):
        # 'pendukung [Partai Buruh] menyebut', 'negara-negara [Eropa] menyatakan': the
        # supporters or the countries speak, a group. ('otoritas [Provinsi Kandal]' is the
        # province's own authority: the province speaks.)
        got.append(i)
    elif i > 0 and (w := text[toks[i][0]:toks[i][1]]).isalpha() and w.islower() \
            and w not in lex.inner and w not in ("di", "ke", "dari") \
            and (text[toks[i - 1][0]:toks[i - 1][1]].casefold() in lex.anonymous_heads
                 or text[toks[i - 1][0]:toks[i - 1][1]].casefold()
                 in lex.organisation_heads):
        # 'seorang diplomat [Korea Utara] menyebutkan', 'warga kota [Bandung] mengatakan':
        # the unnamed person the head word opens speaks, not the country after it;
        # 'kejaksaan umum [Belanda] menyatakan': the body does.
        got.extend((i, i - 1))
    elif i > 0 and text[toks[i][0]:toks[i][1]].casefold() in _ORIGIN_WORDS \
            and text[toks[i - 1][0]:toks[i - 1][1]].isalpha():
        # 'Astronom asal [Hawaii] belum lama ini mengumumkan': the person of that origin
        # speaks, not the place (speak11; the time no longer hides the phrase)
        got.extend((i, i - 1))
    elif i > 0 and text[toks[i][0]:toks[i][1]].casefold() in ("di", "ke", "dari"):
        # '… yang memonitor penggunaan emoji di [Twitter] juga mengungkapkan': a place or
        # body after a preposition is the object of a clause, not the subject; unless a
        # comma closes it: 'Dalam kunjungannya ke Beijing, [Cook] berkomitmen …' (a
        # fronted setting, the subject after its comma).
        k = next((n for n, t in enumerate(got) if text[toks[t][0]:toks[t][1]] == ","), 0)
        if k == 0:
            return None
        got = got[:k]
    elif comma and i >= 0 and any(_verb(text[toks[k][0]:toks[k][1]])
                                  for k in range(max(0, i - 1), i + 1)):
        # 'Trump merespons pengumuman [Musk], menyebut …': a name a verb (and its noun)
        # stands before is that verb's object; the subject opened the clause before it.
        return None
    got.reverse()
    # Drop sentence openers ('Namun', 'Di sisi lain,') and whatever precedes their comma.
    words = [text[toks[k][0]:toks[k][1]] for k in got]
    cut = 0
    for k, w in enumerate(words):
        if w == ",":
            head = " ".join(words[cut:k]).casefold()
            first = words[cut].casefold() if cut < k else ""
            if head in lex.connectives or first in lex.connectives \
                    or first in lex.source_openers or (
                    cut < k and (words[k - 1].casefold() in lex.time_words
                                 or words[cut][:1].isdigit())):
                cut = k + 1  # '(Pukul) 15.23 WIB, warga melaporkan': a time opens it
    lead = text[toks[i][0]:toks[i][1]] if i >= 0 else ""
    if lead.islower() and (lead == "yang" or _verb(lead) or lead in _OBJECT_PREPOSITIONS) \
            and "," in words[cut:]:
        # '… yang menggelar [Pilkada] , Golkar mengklaim': the names before the comma are
        # the object of a clause before it; the subject comes after the comma. So after a
        # fronted preposition: 'Senada dengan [Satya] , Anggota DPR Kurtubi juga menyatakan'
        # is Kurtubi's (roles31; who round 298: wrong, given to Satya).
        cut = cut + words[cut:].index(",") + 1
    while cut < len(words) and (words[cut].casefold() in lex.connectives or
                                words[cut] == "," or words[cut] in lex.inner):
        if cut == len(words) - 1 and words[cut] in lex.pronouns and not any(
                text[a].isupper() for a, _ in toks[1:got[cut]]):
            # 'Dalam kesempatan itu , pihaknya mengaku …': the body's voice after a fronted
            # phrase that names no one ('Bersama CEO X , pihaknya …' is not X's; speak15,
            # who round 261: missed)
            break
        cut += 1
    while got[cut:] and (words[-1] in lex.inner and not (
            len(words) == cut + 1 and words[-1] in lex.pronouns
            and not any(text[a].isupper() for a, _ in toks[1:got[cut]])) or words[-1] == ","):
        words.pop()
        got.pop()
    kept = got[cut:]
    if not kept or all(text[toks[k][0]:toks[k][1]].casefold() in lex.time_words for k in kept):
        return None  # 'Siaran pers … di Jakarta , [Minggu] menyebutkan': a day, no speaker
    if not any(text[toks[k][0]].isupper() or
               text[toks[k][0]:toks[k][1]].casefold() in lex.pronouns for k in kept):
        return None
    return Span(start=toks[kept[0]][0], end=toks[kept[-1]][1])


_DEMONSTRATIVES = WordSet("quotes", QuotesData, "speaker.demonstratives")  # quotes.toml
_ROLE_PREFIXES = WordSet("roles", RolesData, "role_prefixes")  # roles.toml: 'mantan', 'calon'
# A time right before the verb, after a capitalised word or a pronoun: 'kemarin', 'tadi',
# 'pada 2019 lalu', 'pada tahun 2020', 'tahun lalu', 'awal pekan ini', 'beberapa waktu lalu',
# 'belum lama ini', '(pada) saat itu' (spk30: 'X pada waktu itu mengatakan', who round 295:
# missed) (no epithet: 'Terdakwa saat itu' is no 'terdakwa itu'). A
# year needs 'pada' or 'lalu' / 'silam' ('Pemilu 2024' is a name).
_TIME_BEFORE_VERB = re.compile(
    r"(?<=[\w.)])\s+(?:kemarin|tadi|semalam|belum\s+lama\s+ini"
    r"|(?:pada\s+)?(?:saat|ketika|waktu|kala)\s+itu"
    r"|(?:pada\s+)?(?:(?:awal|akhir|pertengahan)\s+)?(?:tahun|pekan|bulan|minggu)\s+(?:lalu|silam)"
    r"|(?:pada\s+)?(?:awal|akhir|pertengahan)\s+(?:tahun|pekan|bulan|minggu)\s+ini"
    r"|beberapa\s+(?:waktu|hari|pekan|bulan|tahun)\s+(?:lalu|silam)"
    r"|pada\s+(?:tahun\s+)?(?:1[89]|20)\d\d(?:\s+(?:lalu|silam))?"
    r"|(?:1[89]|20)\d\d\s+(?:lalu|silam))$")


def _inside_fronted_adjunct(text: str, toks: Sequence[tuple[int, int]], last: int) -> bool:
    """Whether the words before the subject's last word at `last` open the sentence with a
    conjunction of time or cause ('Setelah presentasi', 'Usai bertemu') and no comma: the
    name is inside that fronted clause (the last word: a subject may run back over a comma
    and a body the fronted clause names, 'Ketika ditanya soal X , Letnan Jenderal Y , …')."""
    lex = _lex()
    return last > 0 and text[toks[0][0]:toks[0][1]].casefold() in lex.adjunct_openers \
        and not any(text[toks[k][0]:toks[k][1]] in (",", ";", ":") for k in range(last))


def _relative_epithet(text: str, toks: Sequence[tuple[int, int]], i: int) -> Span | None:
    """A person noun opening the clause, then a relative clause up to the verb at `i`: '[Pria
    yang tahun lalu berhasil keluar sebagai juara di Losail] mengatakan'. With no article
    before it ('seorang pria yang …' is someone new) it describes a person named before."""
    if not 2 <= i <= 16 or text[toks[1][0]:toks[1][1]] != "yang" \
            or not _person_noun(text[toks[0][0]:toks[0][1]]) \
            or not all(text[a:b][:1].isalnum() for a, b in toks[2:i + 1]):
        return None
    return Span(start=toks[0][0], end=toks[i][1])


def _skip_relative(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the name before a relative clause that runs up to the verb with no comma
    ('[Sareh Wiyono] yang merupakan mantan hakim membantah'): 'yang', then one to seven
    lower-case words, after a capitalised word; else `i` itself."""
    for j in range(i, max(0, i - 8), -1):
        w = text[toks[j][0]:toks[j][1]]
        if not (w.isalpha() and w.islower()):
            return i
        if w == "yang":
            return j - 1 if j < i and text[toks[j - 1][0]].isupper() else i
    return i


def _name_before_bare_relative(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the name right before a 'yang' that the verb follows ('… salah satunya
    Menko [Yusril] yang menegaskan TNI tidak bisa …': the named one made the statement;
    spk31, who round 297: missed); else `i` itself. The name must not open the sentence
    ('Data yang menyebutkan …' is no name), and the verb must follow 'yang' right away: 'seperti
    KUHP yang dengan tegas menyatakan …' describes a law by its wording, no one speaks; nor
    a name a relational noun owns ('kuasa hukum X yang menilai …')."""
    if i == len(toks) - 1 and i >= 2 and text[toks[i][0]:toks[i][1]] == "yang" \
            and text[toks[i - 1][0]].isupper() \
            and text[toks[i - 1][0]:toks[i - 1][1]].isalpha() \
            and not _possessed_name(text, toks, i - 1):
        return i - 1
    return i


def _possessed_name(text: str, toks: Sequence[tuple[int, int]], last: int) -> bool:
    """Whether the capitalised run ending at `last` follows a relational noun ('tim kuasa
    hukum [Setnov] yang menilai …': the lawyers' view, not his)."""
    k = last
    while k > 0 and text[toks[k - 1][0]].isupper():
        k -= 1
    words = [text[a:b] for a, b in toks[max(0, k - 3):k]]
    return any(_lex().possessor_head.fullmatch(" ".join(words[-n:]) + " ") is not None
               for n in range(1, len(words) + 1))


def _skip_named_description(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the name before a description that runs up to the verb with no comma and
    names someone or something else ('[Budi] selaku kuasa hukum Andi mengatakan', '[Rina]
    yang mendampingi Presiden Joko Widodo menyebut'): a word of `description_openers`
    right after a capitalised word, a lower-case word after it; else `i` itself."""
    lex = _lex()
    for j in range(i - 1, max(0, i - 14), -1):
        w = text[toks[j][0]:toks[j][1]]
        if not w[:1].isalnum() and w not in ("(", ")", "-", "&"):
            return i  # a comma or a stop: the description does not reach the verb
        if w.casefold() in lex.naming_verbs:
            return i  # '… bernama Massimo Mascoli': the name after it is the subject's own
        name_end = j - 1
        if j >= 4 and text[toks[j - 1][0]:toks[j - 1][1]] == ")" \
                and text[toks[j - 3][0]:toks[j - 3][1]] == "(" \
                and text[toks[j - 2][0]].isupper() and text[toks[j - 4][0]].isupper():
            name_end = j - 4  # 'Kementerian Keuangan (Kemenkeu) yang dipimpin …'
        if w.casefold() in lex.description_openers and text[toks[name_end][0]].isupper() \
                and not (w.casefold() == "dari"  # 'Diawali dari cuitan …': no name, a verb
                         and _verb(text[toks[name_end][0]:toks[name_end][1]])) \
                and text[toks[j + 1][0]:toks[j + 1][1]].islower() \
                and any(text[toks[t][0]].isupper() for t in range(j + 1, i + 1)):
            k = name_end
            while k >= 0 and text[toks[k][0]].isupper():
                k -= 1
            before = text[toks[k][0]:toks[k][1]].casefold() if k >= 0 else ","
            # the name opens the clause, after a comma, a connective or a fronted phrase
            # its demonstrative closes ('Dalam situasi tersebut baru-baru ini [Budi] selaku
            # …'); 'seorang warga New Jersey yang …' is a place in someone's description
            return name_end if before == "," or before in lex.connectives \
                or before in _DEMONSTRATIVES or before in lex.time_words else i
    return i


_SETTING = WordSet("quotes", QuotesData, "speaker.setting_words")  # "dalam", "saat"


def _before_description(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the name before an appositive description that ends at `i` ('[Ivana
    Delevska], pendiri Spear Invest yang … menjual saham Tesla,', '[Budi], warga setempat,'):
    the description opens in lower case after a comma that follows a capitalised word, or
    with 'yang' right after one ('[Andre Koreh] yang merupakan ketua harian KONI NTT ,');
    else `i` itself."""
    for j in range(i, max(-1, i - 14), -1):
        w = text[toks[j][0]:toks[j][1]]
        if w in (".", ";", ":", "!", "?", "\"", "“", "”"):
            return i
        if w == ",":
            nxt = text[toks[j + 1][0]:toks[j + 1][1]] if j + 1 <= i else ""
            if j > 0 and nxt.isalpha() and nxt.islower() and nxt not in _lex().namely_words:
                return _name_or_example(text, toks, j - 1, i)
            return i
        if w == "yang" and j > 0 and text[toks[j - 1][0]].isupper():
            # '[Andre Koreh] yang merupakan ketua harian KONI NTT ,': the name opens the
            # clause ('seorang warga New Jersey yang …' names a place in a description)
            k = j - 1
            while k >= 0 and (text[toks[k][0]].isupper() or text[toks[k][0]:toks[k][1]]
                              in ("(", ")", "-")):  # 'Oviedo - Joekes yang memimpin …'
                k -= 1
            if k < 0 or text[toks[k][0]:toks[k][1]] == ",":
                return j - 1
    return i


def _name_or_example(text: str, toks: Sequence[tuple[int, int]], k: int, i: int) -> int:
    """`k` where it closes a capitalised name, or the name's end before an example word
    there ('[Budi] misalnya, seorang pedagang …,': an example marker, no description);
    else `i`."""
    if k > 0 and text[toks[k][0]:toks[k][1]].casefold() in _lex().example_words:
        k -= 1
    if k >= 3 and text[toks[k][0]:toks[k][1]] == ")" \
            and text[toks[k - 2][0]:toks[k - 2][1]] == "(" and text[toks[k - 3][0]].isupper():
        # '[Daniella Maina ( 16 )] , seorang siswi …,': the name with its age or short form
        # in brackets, read off by the caller (spk29; who round 283: missed)
        return k
    return k if k >= 0 and text[toks[k][0]].isupper() else i


# Prepositions that open a frame between a named subject and its verb; the temporal ones
# may hold a verb of their own ('Macron saat berkunjung ke Tallinn … mengatakan').
# ('bersama', and 'dengan' right before a name, join a second subject: 'Biden bersama Yoon
# mengatakan'.)
# A channel ('[Coombe] lewat Twitter mengatakan', speak11), or the officer a body speaks
# through ('PSSI melalui Sekjen Budi menyampaikan', speak17: `_office_then_name`).
_THROUGH = frozenset({"melalui", "lewat", "via"})
_FRAME = frozenset({"dalam", "dengan", "di", "pada", "ke", "saat", "ketika", "usai",
                    "seusai", "setelah", "sebelum"}) | _THROUGH
_TEMPORAL_FRAME = WordSet("quotes", QuotesData, "speaker.temporal_frame_words")


def _office_then_name(words: Sequence[str]) -> bool:
    """Whether words after 'melalui' are an office then a capitalised name ('Kabid Humas
    Kombes Budi', 'juru bicaranya , Ani'): a person the body speaks through, not a channel
    ('akun Twitter resminya', 'Divisi Humas')."""
    words = [x for x in words if x != ","]
    heads = role_words().head_phrases
    # the longest head opening them (`_starts_with_role`'s test, its length kept)
    n = next((n for n in (3, 2, 1) if " ".join(words[:n]).casefold() in heads), 0)
    return n > 0 and any(x[:1].isupper() and x.casefold() not in heads for x in words[n:])


def _skip_frame(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the subject's last word before a frame that names a body or place between
    it and the verb ('[Mendikdasmen Abdul Mu'ti] dalam rapat kerja dengan Komisi X
    memaparkan', '[Macron] saat berkunjung ke Tallinn , Estonia di pertemuan Uni Eropa
    mengatakan'): the clause opens with capitalised words only, then a preposition of
    `_FRAME` and up to twelve words with a capitalised one, no 'yang', no verb (but after a
    temporal one) and no comma but inside a list of names; else `i`. The body or place in
    the frame is where or to whom it was said, not who said it."""
    def w(k: int) -> str:
        return text[toks[k][0]:toks[k][1]]

    times = _lex().time_words | {"lalu", "ini"}  # 'Bulan lalu Macron saat …'
    k = next((n for n in range(1, i + 1)
              if not w(n)[:1].isupper() and w(n).casefold() not in times
              and not _subject_comma(text, toks, n, i)), None)
    lex = _lex()
    # the subject ends before the frame, or before the comma that sets the frame off
    last = k - 2 if k is not None and k >= 2 and w(k - 1) == "," else (k or 0) - 1
    if k is None or k - sum(w(n) == "," for n in range(k)) > 8 or w(k) not in _FRAME \
            or i - k > 12 or last < 0 or not w(last)[:1].isupper() \
            or not all(w(n)[:1].isupper() or w(n) in ("'", "’", ".", ",")
                       or w(n).casefold() in times for n in range(k)) \
            or any(w(n).casefold() in _FRAME | lex.prepositions | lex.connectives
                   and w(n).casefold() not in times for n in range(k)):
        return i  # ('Di dalam pembicaraan tersebut , Pertamina berharap': no subject first)
    frame = [w(n) for n in range(k + 1, i + 1)]
    if not any(x[:1].isupper() for x in frame) or "yang" in frame \
            or w(k) == "dengan" and frame[0][:1].isupper():
        return i
    if last == k - 2 and "," in frame:
        # 'Terpisah, dalam keterangan di gedung KPK, Jakarta Selatan, Jubir KPK Budi …': a
        # fronted adverbial whose comma-set frame runs on to the subject, not a subject
        # with its frame set off (who round 243)
        return i
    if w(k) in _THROUGH and _office_then_name(frame):
        # 'PSSI melalui Sekretaris Jenderal Budi Santoso menyampaikan': the body speaks
        # through its officer, who is the speaker, not a channel to pass over (speak17;
        # who round 263: wrong)
        return i
    for n, x in enumerate(frame):
        if x == "," and not (n + 1 < len(frame) and frame[n + 1][:1].isupper()):
            return i
        if x.islower() and _verb(x) and w(k) not in _TEMPORAL_FRAME:
            return i
    return last


def _subject_comma(text: str, toks: Sequence[tuple[int, int]], n: int, i: int) -> bool:
    """Whether the comma at `n` stays inside a subject before a frame: between capitalised
    words ('Anggota KPU Provinsi Bali , I Gede John Darmawan'), or closing the subject before
    a frame word ('I Gede John Darmawan , saat hadir dalam proses … mengatakan'; who round
    288: missed)."""
    if text[toks[n][0]:toks[n][1]] != "," or n < 1 or n >= i \
            or not text[toks[n - 1][0]].isupper():
        return False
    nxt = text[toks[n + 1][0]:toks[n + 1][1]]
    return nxt[:1].isupper() or nxt in _FRAME


def _skip_setting(text: str, toks: Sequence[tuple[int, int]], i: int,
                  after_comma: bool = False) -> int:
    """Index of the word before a short setting phrase between subject and verb ('Fadli
    Zon [dalam sambutannya] menegaskan', 'Mardisontori [dalam laporannya] menyampaikan'):
    a preposition, then one to three lower-case words, the last one ending in -nya or the
    first an occasion of saying or a verb of being reached ('dalam konferensi pers')."""
    lex = _lex()
    for n in (1, 2, 3):
        k = i - n
        if k < 1:
            break
        words = [text[a:b] for a, b in toks[k + 1:i + 1]]
        # 'dalam sambutannya'; 'dalam konferensi pers', 'saat dihubungi wartawan' (speak11)
        if text[toks[k][0]:toks[k][1]].casefold() in _SETTING \
                and (words[-1].endswith("nya") or words[0] in lex.setting_nouns
                     or words[0] in lex.reached_verbs) \
                and all(w.isalpha() and w.islower() for w in words) \
                and (text[toks[k - 1][0]].isupper()
                     or after_comma and text[toks[k - 1][0]:toks[k - 1][1]] == ","):
            return k - 1
    return i


def _bracket_after_comma(text: str, toks: Sequence[tuple[int, int]], i: int) -> int | None:
    """Index of the name's last word before ', (Gus Ipul)' ending at `i`: a comma (or none:
    'Menteri Sosial Saifullah Yusuf (Gus Ipul) menyebut …', who round 231: missed), then one
    to three capitalised words in brackets, after a capitalised word; else None."""
    if i < 3 or text[toks[i][0]:toks[i][1]] != ")":
        return None
    for p in range(i - 2, max(0, i - 5), -1):
        if text[toks[p][0]:toks[p][1]] == "(":
            inner = [text[a:b] for a, b in toks[p + 1:i]]
            if not all(w[:1].isupper() for w in inner):
                return None
            if p >= 2 and text[toks[p - 1][0]:toks[p - 1][1]] == "," \
                    and text[toks[p - 2][0]].isupper():
                return p - 2
            if p >= 1 and text[toks[p - 1][0]].isupper():
                return p - 1
            return None
    return None


def _skip_place_and_day(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the subject's last word before a dateline set off by commas between
    subject and verb ('Budi [di Jakarta , Senin ,] mengatakan', 'Dewa Wijaya [di Mataram ,
    Minggu ( 3/8 ) ,] mengatakan', 'Budi [, Senin ,] menjelaskan'): a day or time word
    (with a date in brackets) between two commas, after an optional 'di' and one to four
    capitalised words of the place; else `i`."""
    def w(k: int) -> str:
        return text[toks[k][0]:toks[k][1]]

    if i < 3 or w(i) != ",":
        return i
    times = _lex().time_words
    j, day = i - 1, False
    while j >= 0 and (w(j).casefold() in times or w(j)[:1].isdigit() or w(j) in "()/"):
        day = day or w(j).casefold() in times
        j -= 1
    if not day or j < 1 or w(j) != ",":
        return i
    j -= 1
    k = j
    while k >= 0 and j - k < 4 and w(k)[:1].isupper():
        k -= 1
    if k < j and k >= 1 and w(k).casefold() == "di":
        j = k - 1
    elif k < j and (m := _place_parts_after_di(text, toks, k)) is not None:
        j = m  # 'Fanny Riawan , di Stadion Atang Sutresna , Cijantung , Kamis ,'
    if j >= 1 and w(j) == "," and w(j - 1)[:1].isupper():
        j -= 1  # the comma closing the subject before 'di': 'Fanny Riawan , di …'
    if not w(j)[:1].isupper():
        # 'Budi [saat ditemui] di Gadog , Sabtu , mengatakan': a short setting phrase opens
        # the dateline; the subject is before it (spk30c; who round 297: missed)
        if (s := _skip_setting(text, toks, j)) == j:
            return i
        j = s
    # The subject runs from the clause start: no relative clause, verb or preposition
    # before it ('Ratu Maxima yang diterima … untuk Inklusi Keuangan di Istana Merdeka ,
    # Selasa , mengatakan': the body in her description is no subject).
    preps = _lex().prepositions
    for t in range(j, -1, -1):
        x = w(t)
        if x == ",":
            break
        if x.casefold() == "yang" or x.casefold() in preps or (x.islower() and _verb(x)):
            return i
    return j


def _place_parts_after_di(text: str, toks: Sequence[tuple[int, int]], k: int) -> int | None:
    """Index of the word before 'di' when a place of up to three comma-set parts of
    capitalised words ends right after `k` (a comma): 'di Stadion Atang Sutresna ,
    Cijantung'; else None."""
    def w(n: int) -> str:
        return text[toks[n][0]:toks[n][1]]

    for _ in range(2):  # up to two more parts before this one
        if k < 2 or w(k) != ",":
            return None
        j = k - 1
        k = j
        while k >= 0 and j - k < 4 and w(k)[:1].isupper():
            k -= 1
        if k == j:
            return None
        if k >= 1 and w(k).casefold() == "di":
            return k - 1
    return None


def _skip_addressee(text: str, toks: Sequence[tuple[int, int]], i: int) -> int:
    """Index of the word before an addressee between subject and verb ('Anita Abdulkadir
    [kepada DailySocial] menjelaskan', 'Budi [kepada wartawan] mengatakan'): 'kepada',
    then one to three words, after a capitalised word."""
    for n in (1, 2, 3):
        k = i - n
        if k < 1:
            break
        if text[toks[k][0]:toks[k][1]].casefold() == "kepada":
            words = [text[a:b] for a, b in toks[k + 1:i + 1]]
            if all(w[:1].isalnum() for w in words) and text[toks[k - 1][0]].isupper():
                return k - 1
            break
    return i


def _epithet_before(text: str, toks: Sequence[tuple[int, int]], at: int) -> Span | None:
    """A subject closed by a demonstrative, back to its clause start: '[Mantan Kapolda
    Banten itu] mengatakan', '[Herlambang yang menyelesaikan program doktornya di Belanda
    tersebut] menilai'. It must open with a capitalised word or a role head, not a
    connective ('Hal itu menyebutkan')."""
    lex = _lex()

    def back(j: int, limit: int) -> int:
        while j > 0 and limit > 0 and text[toks[j - 1][0]:toks[j - 1][1]] not in (",", ";", ":"):
            j -= 1
            limit -= 1
        return j

    def opens(j: int) -> bool:  # at the sentence or clause start, not cut inside a name
        return j == 0 or text[toks[j - 1][0]:toks[j - 1][1]] in (",", ";", ":")

    j = back(at, 24)
    first = text[toks[j][0]:toks[j][1]]
    if first.casefold() == "yang" and j > 1:
        # 'Kuat Nursiam, yang hadir bersama … itu pun menilai': the clause tells whom.
        j = back(j - 1, 6)
        first = text[toks[j][0]:toks[j][1]]
    if not opens(j):
        return None  # '… PT [IAE periode … yang sudah … perkara ini] meminta': a cut name
    lowered = False
    while j < at - 1 and text[toks[j][0]:toks[j][1]].casefold() in lex.epithet_openers:
        # 'Namun sutradara itu mengatakan', '…, namun suami dari X ini mengatakan': a
        # connective with no comma opens the clause; the epithet after it is the subject
        # (speak15; who round 258: missed)
        j += 1
        if text[toks[j - 1][0]:toks[j - 1][1]].casefold() in ("sementara", "selain") \
                and text[toks[j][0]:toks[j][1]].casefold() == "itu" and j < at - 1:
            j += 1  # 'Sementara itu pelatih asal Italia ini mengatakan'
        first, lowered = text[toks[j][0]:toks[j][1]], True
    if lowered and first.islower():
        # lower case after the connective: only a role, a person's noun or a relational
        # noun opens an epithet ('namun kondisi ini menunjukkan' names no one)
        words = [text[a:b] for a, b in toks[j:at]]
        if _article_epithet_opens(words):
            # 'Namun sang penyanyi yang kini tinggal di Perancis itu pernah berkata …': a
            # person article makes the description a definite person, its relative clause
            # too (spk31; who round 296: missed)
            return Span(start=toks[j][0], end=toks[at][1])
        if "yang" in words or not (
                _starts_with_role(words) or _person_noun(first[:1].upper() + first[1:])
                or lex.possessor_head.match(" ".join(words) + " ")):
            # (nor one with a relative clause: 'perempuan yang akrab dipanggil Jedar ini'
            # names her by a nickname no entity holds)
            return None
        return Span(start=toks[j][0], end=toks[at][1])
    if j < at and _group_epithet(text[toks[j][0]:toks[at][1]]):
        return Span(start=toks[j][0], end=toks[at][1])  # '…, agensi tersebut mengatakan'
    if j == at or first.casefold() in lex.connectives or not (
            first[:1].isupper() or _starts_with_role([first])
            # after a fronted phrase's comma a person's noun opens it lower-case as after a
            # connective: 'Di sisi lain , jutawan asal Jordania itu juga menegaskan …'
            # (spkb27; who round 286: missed)
            or j > 0 and "yang" not in (text[a:b] for a, b in toks[j:at])
            and _person_noun(first[:1].upper() + first[1:])):
        return None
    return Span(start=toks[j][0], end=toks[at][1])


def _article_epithet_opens(words: Sequence[str]) -> bool:
    """Whether lower-case words after a connective open with a person article and a
    lower-case noun ('sang penyanyi …'): a definite person, whatever clause follows."""
    return len(words) >= 2 and words[0].casefold() in _lex().person_articles \
        and words[1].isalpha() and words[1].islower()


_AGE_WORDS = WordSet("quotes", QuotesData, "speaker.age_words")  # "berusia"


def _aged_epithet(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'pria 67 tahun itu', 'wanita berusia 40 tahun tersebut': a person word, an age and a
    demonstrative within six words, every word lower-case or a number."""
    for k in range(2, min(len(toks), 7)):
        w = text[toks[k][0]:toks[k][1]]
        if w.casefold() in _DEMONSTRATIVES:
            words = [text[a:b] for a, b in toks[1:k]]
            if any(x in _AGE_WORDS for x in words) and all(
                    x.islower() or x.isdigit() for x in words):
                return Span(start=toks[0][0], end=toks[k][1])
            return None
        if not (w.islower() or w.isdigit()):
            return None
    return None


def _origin_epithet(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'pria Portugis tersebut', 'wanita asal Bandung itu', 'pria kelahiran Surabaya ini': a
    person noun, one to three words naming where the person comes from (at least one of them
    capitalised, none a verb) and a demonstrative. Like an age epithet it refers back to
    someone the article has named; an unnamed source ('sumber itu') has no origin word."""
    if len(toks) < 3 or not _person_noun(text[toks[0][0]:toks[0][1]]):
        return None
    for k in range(2, min(len(toks), 5)):
        w = text[toks[k][0]:toks[k][1]]
        if w.casefold() in _DEMONSTRATIVES:
            words = [text[a:b] for a, b in toks[1:k]]
            capped = [x for x in words if x[:1].isupper()]
            origin = _lex().origin_words
            if capped and all(x.isalpha() and (x[:1].isupper() or x.casefold() in origin)
                              for x in words):
                return Span(start=toks[0][0], end=toks[k][1])
            return None
    return None



_NICKNAME = re.compile(
    r"yang\s+(?:(?:akrab|biasa|karib|kerap|lebih)\s+){0,2}"
    r"(?:disapa|dipanggil|disebut|dikenal(?:\s+dengan\s+(?:nama|sapaan))?)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def _nickname_epithet(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'pria yang akrab disapa Aco', 'wanita yang biasa dipanggil Bu Ani': a person word,
    then the name the person goes by. It refers back like a pronoun (the nickname is rarely
    an entity of its own)."""
    if len(toks) < 2:
        return None
    m = _NICKNAME.match(text, toks[1][0])
    if m is None or text[toks[0][1]:toks[1][0]].strip():
        return None
    return Span(start=toks[0][0], end=m.end())


def _nickname_phrase(phrase: str) -> bool:
    words = phrase.split(None, 1)
    return len(words) == 2 and words[0].casefold() in _lex().anonymous_heads \
        and _NICKNAME.fullmatch(words[1]) is not None


def _role_epithet(phrase: str) -> bool:
    """Whether a speaker phrase is a role closed by a demonstrative ('Mantan Kapolda Banten
    itu', 'Wali Kota Makassar ini') or an age epithet ('pria 67 tahun itu'): it refers back
    like a pronoun."""
    words = _NAME_WORD.findall(phrase)
    article = bool(words) and words[0].casefold() in _lex().person_articles
    if article:
        words = words[1:]
    if article and words and words[-1].casefold() not in _DEMONSTRATIVES:
        # 'Sang aktor melanjutkan', 'kata sang pelatih': the article alone refers back
        return words[0].islower() and (_starts_with_role(words) or _person_noun(words[0]))
    if len(words) < 2 or words[-1].casefold() not in _DEMONSTRATIVES:
        return False
    return _starts_with_role(words) or (
        words[0].casefold() in _lex().anonymous_heads and any(w in _AGE_WORDS for w in words))


def _name_before_as(text: str, toks: Sequence[tuple[int, int]], at: int) -> Span | None:
    """The capitalised name right before a 'sebagai' up to eight words before `at`, with
    only words (no punctuation) between: 'Amerika Serikat sebagai salah satu anggota …'."""
    lex = _lex()
    k = at
    while k >= 0 and at - k < 8:
        w = text[toks[k][0]:toks[k][1]]
        if not w[:1].isalnum():
            return None
        if w == "sebagai":
            break
        k -= 1
    else:
        return None
    j = k - 1
    while j >= 0 and text[toks[j][0]].isupper():
        j -= 1
    first = j + 1
    while first < k and text[toks[first][0]:toks[first][1]].casefold() in lex.connectives:
        first += 1
    if first >= k:
        return None
    return Span(start=toks[first][0], end=toks[k - 1][1])


def _described_name(text: str, toks: Sequence[tuple[int, int]], at: int) -> int:
    """Index of the last word of a capitalised name before one to three lower-case words
    before `at` ('Raha Spehrara [dokter gigi] dari'), -1 when there is none."""
    lex = _lex()
    k = at - 1
    n = 0
    while k >= 0 and n < 3:
        w = text[toks[k][0]:toks[k][1]]
        if not (w.isalpha() and w.islower()) or w in lex.stop_after or w in lex.connectives \
                or w in lex.adverbs or lex.not_before_subject.fullmatch(w):
            break
        k -= 1
        n += 1
    if n == 0 or k < 0 or not text[toks[k][0]].isupper():
        return -1
    return k


def _appositive_name(text: str, toks: Sequence[tuple[int, int]], at: int) -> int:
    """Index of the comma after a capitalised name that an appositive description of one to
    eight words (no verb) follows before `at` ('Priyanka Sachdeva, [analis pasar senior]
    di', 'Claudio Galimberti, [Kepala Ekonom dan Direktur …] di'), -1 when there is none."""
    lex = _lex()
    for k in range(at - 1, max(-1, at - 10), -1):
        w = text[toks[k][0]:toks[k][1]]
        if w == ",":
            ok = k < at - 1 and k > 0 and text[toks[k - 1][0]].isupper()
            return k if ok else -1
        if w in lex.coordinators:
            continue  # 'Kepala Ekonom dan Direktur …'
        if not w.isalpha() or _verb(w) or w in lex.connectives or (
                w.islower() and (w in lex.stop_after or w in lex.adverbs)):
            return -1
    return -1


_ORIGIN_WORDS = frozenset({"asal", "kelahiran", "berkebangsaan"})
_ORIGIN_ONLY = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_ORIGIN_WORDS))})\s+$")


@cache
def _origin_before() -> re.Pattern[str]:
    """An origin word (roles.toml) right before a place: 'asal Serbia', 'dari Norwegia'."""
    words = load("roles", RolesData).origin_words
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})\s+$")


def _untagged_body_before(text: str, start: int, m: Span,
                          raw: Sequence[tuple[Span, tuple[int, int, Entity]]]) -> bool:
    """Whether one or two capitalised words that no entity covers, none a role or title
    word, stand right before the place mention `m` inside a speaker phrase opening at
    `start`: 'Bapenda Sulsel', 'BPBD Jatim' (a regional body and its seat)."""
    words = text[start:m.start].split()
    if not 1 <= len(words) <= 2 or any(o.start < m.start and o.end > start for o, _ in raw):
        return False
    lexicon = load_lexicon()
    return all(w[:1].isupper() and w.casefold() not in _head_words()
               and (lexicon.get(w.casefold()) or "NNP").startswith("NNP") for w in words) \
        and not _starts_with_role(words)


_LOWER_BODY = re.compile(r"(?:^|(?<=[\s,.]))(?P<head>[A-Z][a-z]+)"
                         r"(?P<words>(?:\s+[a-z][\w-]*){1,4})\s+$")
# heads that stand for their place's own government ('pemerintah provinsi Jawa Barat')
_PLACE_GOVERNMENTS = WordSet("quotes", QuotesData, "speaker.place_government_heads")
_NOT_BODY_WORDS = WordSet("quotes", QuotesData, "speaker.not_body_words")  # "di", "yang"


def _lower_body_before(text: str, at: int) -> bool:
    """Whether a capitalised body word and one to four lower-case words stand right before
    `at`: 'Kementerian pertahanan sipil [Selandia Baru]', 'Badan meteorologi [Jepang]' (the
    body has no entity; its place is only where it sits)."""
    m = _LOWER_BODY.search(text, max(0, at - 80), at)
    if m is None:
        return False
    head = m.group("head").casefold()
    return head in _lex().organisation_heads and head not in _PLACE_GOVERNMENTS \
        and not any(w in _NOT_BODY_WORDS or _verb(w) for w in m.group("words").split())


def _nya_span(cue_end: int) -> Span:
    return Span(start=cue_end - 3, end=cue_end)


_NAME_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


class _Index:
    """What resolving one speaker looks up, built once per article: sentences, entity
    mentions and quotation contents by position, and each entity's name words. Without it
    every quote scans the whole article, and quotes cost the square of its length."""

    __slots__ = ("_entities", "_forms", "_initials", "_named", "_referred", "_title_lines",
                 "body_like",
                 "contents", "mentions", "names", "person_spans", "person_words", "sent_ends",
                 "sentences",
                 "speaker_starts")

    def __init__(self, entities: Sequence[Entity], sentences: Sequence[Span] = (),
                 exclude: Sequence[Span] = ()) -> None:
        self.sentences = sentences
        # Bisection needs sentences in order; any other list is scanned as it is given.
        self.sent_ends = [s.end for s in sentences] if ordered(sentences) else None
        # (entity index, mention index, entity): ties are broken in the order of a scan.
        self.mentions = SpanIndex((m, (ei, mi, ent)) for ei, ent in enumerate(entities)
                                  for mi, m in enumerate(ent.mentions))
        self.person_spans = frozenset(m for ent in entities if ent.kind == "PERSON"
                                      for m in ent.mentions)
        self.person_words = frozenset(w.casefold() for ent in entities
                                      if ent.kind == "PERSON"
                                      for w in _NAME_WORD.findall(ent.name) if len(w) > 2)
        self.names = [frozenset(w.casefold() for w in _NAME_WORD.findall(e.name))
                      for e in entities]
        self.body_like = _body_like_persons(entities)
        self.contents = SpanSet(exclude)
        # Where the speakers of earlier quotes were named: subjects of their clauses.
        self.speaker_starts: set[int] = set()
        self._title_lines: SpanSet | None = None  # built on first use, see `title_lines`
        # `referred` per quotation content: `_suspect_told_of` asks it of every earlier
        # quote for each new one, so scanning each content once keeps quotes linear.
        self._referred: dict[tuple[int, int], frozenset[str]] = {}
        # A person's initials ('AS' for Arso Sadewo) to the one person who has them.
        by_initials: dict[str, set[str]] = {}
        for ent in entities:
            caps = [w[0] for w in ent.name.split() if w[:1].isupper()]
            if ent.kind == "PERSON" and len(caps) >= 2:
                by_initials.setdefault("".join(caps), set()).add(ent.id)
        self._initials = {k: next(iter(v)) for k, v in by_initials.items() if len(v) == 1}
        self._entities = entities
        self._named: dict[str, list[int]] | None = None  # built on first use, see `named`
        self._forms: tuple[Sequence[Entity], dict[str, int]] | None = None  # `body_forms`

    def named(self, entities: Sequence[Entity]) -> dict[str, list[int]] | None:
        """Positions of the entities by each casefolded name word (`names`) and, after a
        NUL, by their whole casefolded name, built once: `_resolve_by_name` looks its words
        up instead of reading every entity per speaker (the square of the names on a long
        text of many stories). None when `entities` are not those the index was made of."""
        if entities is not self._entities:
            return None
        if self._named is None:
            named: dict[str, list[int]] = {}
            for i, (e, words) in enumerate(zip(self._entities, self.names, strict=True)):
                for key in (*words, "\0" + e.name.casefold()):
                    named.setdefault(key, []).append(i)
                # after a \1, each person's roles and their openings up to a space: the
                # role that names a speaker ("kata Presiden") is looked up, not searched for
                if e.kind == "PERSON":
                    for r in e.roles:
                        low = r.casefold()
                        for key in (low, *(low[:k] for k, c in enumerate(low) if c == " ")):
                            named.setdefault("\1" + key, []).append(i)
                        # after a \3, the role with its spaces folded: its holders
                        named.setdefault("\3" + " ".join(low.split()), []).append(i)
                    # after a \2, the first and the last word of a name of two or more
                    # (`_person_of_one_word`)
                    ws = [w.casefold() for w in _NAME_WORD.findall(e.name)]
                    if len(ws) >= 2:
                        for w in {ws[0], ws[-1]}:
                            named.setdefault("\2" + w, []).append(i)
            self._named = named
        return self._named

    def body_forms(self, text: str, bodies: Sequence[Entity]) -> dict[str, int]:
        """Each casefolded form of `bodies` (a name, a mention's words) to the first body
        written so, built once for one list of bodies (`_setting_body`)."""
        if self._forms is None or self._forms[0] is not bodies:
            forms: dict[str, int] = {}
            for k, body in enumerate(bodies):
                for f in (body.name.casefold(), *(b.of(text).casefold() for b in body.mentions)):
                    if f:
                        forms.setdefault(f, k)
            self._forms = (bodies, forms)
        return self._forms[1]

    def title_lines(self, text: str) -> SpanSet:
        """The lines of `text` written as headlines (see `_title_lines`), built once."""
        if self._title_lines is None:
            self._title_lines = SpanSet(_title_lines(text))
        return self._title_lines

    def referred(self, text: str, content: Span) -> set[str]:
        """Ids of the persons a quotation refers to by a reference word ('Saudara ISW',
        'tersangka Arso'): by a mention of them, or by their initials. A new set each call
        (callers add to it); the scan is made once per content (`text` is the article's)."""
        key = (content.start, content.end)
        found = self._referred.get(key)
        if found is None:
            out: set[str] = set()
            for m in _lex().referred.finditer(text, content.start, content.end):
                name = m.group("name")
                if name in self._initials:
                    out.add(self._initials[name])
                out.update(ent.id for _, (_, _, ent) in self.mentions.overlapping(
                    m.start("name"), m.end("name")) if ent.kind == "PERSON")
            found = self._referred[key] = frozenset(out)
        return set(found)

    def sentence_start(self, pos: int, floor: int) -> int:
        """Start of the first sentence holding `pos` (or ending at it), not before `floor`."""
        if self.sent_ends is None:
            return _sentence_start(self.sentences, pos, floor)
        k = bisect_left(self.sent_ends, pos)  # sentences before k end before pos
        if k < len(self.sentences) and self.sentences[k].start <= pos:
            return max(self.sentences[k].start, floor)
        return floor

    def between(self, start: int, end: int) -> Sequence[Span]:
        """The sentences that start in [start, end)."""
        if self.sent_ends is None:
            return [sp for sp in self.sentences if start <= sp.start < end]
        lo = bisect_right(self.sent_ends, start)  # sentences before lo end by start
        hi = lo
        while hi < len(self.sentences) and self.sentences[hi].start < end:
            hi += 1
        return [sp for sp in self.sentences[lo:hi] if sp.start >= start]

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding `pos` (`pos` itself outside any sentence)."""
        if self.sent_ends is None:
            return next((sp.end for sp in self.sentences if sp.start <= pos < sp.end), pos)
        k = bisect_right(self.sent_ends, pos)
        if k < len(self.sentences) and self.sentences[k].start <= pos:
            return self.sentences[k].end
        return pos

    def lookback_floor(self, at: int, back: int) -> int:
        if self.sent_ends is None:
            return _lookback_floor(self.sentences, at, back)
        if not self.sentences:
            return 0
        idx = min(bisect_right(self.sent_ends, at), len(self.sentences) - 1)
        return self.sentences[max(0, idx - back)].start


# The speaker look-up index for callers outside this module (events resolves pronouns).
SpeakerIndex = _Index


def _body_like_persons(entities: Sequence[Entity]) -> frozenset[str]:
    """Ids of PERSON entities whose name reads as a body's: a place of the article after its
    first word, or a body's head word in it ('Musiad Istanbul', an association mis-tagged as a
    person). A pronoun does not refer to one (whospeak4: 'Dia mengemukakan …' given to it)."""
    lex = _lex()
    places = {" ".join(_NAME_WORD.findall(e.name)).casefold() for e in entities
              if e.kind == "PLACE"}
    out: set[str] = set()
    for e in entities:
        words = [w.casefold() for w in _NAME_WORD.findall(e.name)]
        if e.kind != "PERSON" or len(words) < 2:
            continue
        tails = {" ".join(words[a:b]) for a in range(1, len(words))
                 for b in range(a + 1, len(words) + 1)}
        if tails & places or set(words) & lex.organisation_heads:
            out.add(e.id)
    return frozenset(out) | _title_only_persons(entities)


_TITLE_ONLY_WORDS = WordSet("quotes", QuotesData, "speaker.title_only_words")  # quotes.toml


def _title_only_persons(entities: Sequence[Entity]) -> frozenset[str]:
    """Ids of PERSON entities whose name is office words only ('Visiting Professor'): a
    title the tagger read as a name, no one who speaks or whom a pronoun refers to
    (spk34b; who round 307: the quote and the 'katanya' after it given to the title)."""
    return frozenset(e.id for e in entities if e.kind == "PERSON" and (
        words := [w.casefold() for w in _NAME_WORD.findall(e.name)])
        and all(w in _TITLE_ONLY_WORDS for w in words))


def speaker_index(entities: Sequence[Entity], sentences: Sequence[Span] = (),
                  exclude: Sequence[Span] = ()) -> SpeakerIndex:
    """What `resolve_speaker` builds when given no `index`: build it once per article and
    pass it as `index=` to resolve many speakers (its arguments must be the same)."""
    return _Index(entities, sentences, exclude)


# --------------------------------------------------------------------------- resolution


_CLAUSE_MARK = re.compile(r"[,;:(]")
# (a pair joined by a spaced dash or a slash is several people too: a ticket 'Anies -
# Sandiaga memperoleh …', a doubles pair 'Marcus / Kevin'; spk32b, who round 303: the
# pair read as a new subject, the epithet after it left unresolved)
_COORDINATED = re.compile(r"\s+(?:dan|serta|bersama|&|-|–|/)\s+[A-Z]")
_COORDINATED_BEFORE = re.compile(r"\w\s+(?:dan|serta|&|-|–|/)\s+$")


def _is_subject(text: str, m: Span, ix: _Index, *, strict: bool = False) -> bool:
    """Whether a mention opens its clause: only capitalised words (a role), connectives,
    adverbs and fronted cues stand between it and the clause start ('Namun, Menteri Keuangan
    Sri Mulyani …', 'Menurut Budi, …'), not a verb or preposition ('… bertemu Budi').
    `strict`: its sentence, not any clause after a comma ('…, Jalan KH Ahmad Dahlan')."""
    lex = _lex()
    if _COORDINATED.match(text, m.end) or _COORDINATED_BEFORE.search(
            text, max(0, m.start - 40), m.start):
        return False  # 'Mensesneg dan PPKGBK menghadirkan …': not one singular referent
    if _possessed(text, m, ent=next((v[2] for n, v in ix.mentions.overlapping(m.start, m.end)
                                     if n == m), None)):
        return False  # 'kuasa hukum Sahara juga berencana …': the lawyer is the subject
    if text[max(0, m.start - 2):m.start].strip() == "(":
        return False  # '… ijazah Joko Widodo (Jokowi).': an alias in brackets, no clause
    start = ix.sentence_start(m.start, 0)
    k = start
    if not strict:
        for c in _CLAUSE_MARK.finditer(text, start, m.start):
            k = c.end()
    for s, e in _tokens(text, k, m.start):
        w = text[s:e]
        # ('Bakal calon Gubernur X meyakini …': a role's lower-case prefix is part of the
        # subject's role; spk30, who round 275: the '-nya' after it given to the object)
        if not (w[:1].isupper() or w[:1].isdigit() or w in "-/&)'’\"," or
                w.casefold() in lex.subject_words or w in _ROLE_PREFIXES) \
                or w in lex.prepositions:
            return False  # '… analis di [William Blair]': the object of a preposition
    return True


# Between two persons of a list: a comma, 'dan' or both, and up to two capitalised words
# (a rank or title: '…, dan Kombes Eko Suprihanto').
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:dan|serta)\s+)?|\s(?:dan|serta|&)\s+)"
                       r"(?:[A-Z][\w.]*\s+){0,2}")


def _listed(text: str, m: Span, ix: _Index) -> bool:
    """Whether a PERSON mention is one of a list of persons ('adalah Kombes Iwan Eka Putra,
    Kombes Aswin Azhar Siregar, … dan Kombes Eko Suprihanto'): several people, never the
    one a singular pronoun or a new topic refers to. Three or more persons joined by commas
    or 'dan', or two by 'dan' ('istri Ridwan Kamil, Atalia' is one person in apposition)."""
    def joined(a: Span, back: bool) -> tuple[Span, bool] | None:
        near = ix.mentions.starting(max(0, a.start - 40), a.start) if back \
            else ix.mentions.starting(a.end, a.end + 40)
        for n, _ in near:
            if n not in ix.person_spans:
                continue
            lo, hi = (n.end, a.start) if back else (a.end, n.start)
            if lo <= hi and (gap := _LIST_GAP.fullmatch(text, lo, hi)) is not None:
                return n, bool(re.search(r"\b(?:dan|serta)\b|&", gap.group()))
        return None

    count, coordinated = 1, False
    for back in (True, False):
        cur = m
        for _ in range(3):
            step = joined(cur, back)
            if step is None:
                break
            cur, conj = step
            count += 1
            coordinated |= conj
    return count >= 3 or (count == 2 and coordinated)


def _new_subject(text: str, ix: _Index, start: int, end: int, last: str = "",
                 named: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a sentence in [start, end) has a PERSON for subject (outside quotes): a new
    topic that a later '-nya' may refer to instead of the last speaker. The person is the
    subject when no verb or preposition stands before it in its sentence ('Anggota
    pengurus Masjid At-Tin, Karnali, juga menunggu …'; not '…, pada Jumat pagi, Presiden
    Joko Widodo meresmikan …')."""
    lex = _lex()
    heads = _head_words()
    for m, (_, _, ent) in ix.mentions.starting(start, end):
        if ent.kind != "PERSON" or ent.id == last or ent.id in named \
                or ix.contents.holds(m.start):
            continue  # the last speaker named again, or one the quote names, is no new topic
        if _COORDINATED.match(text, m.end) or _COORDINATED_BEFORE.search(
                text, max(0, m.start - 40), m.start) or \
                _possessed(text, m, ent=ent) or _listed(text, m, ix):
            continue  # several people, or a relative's or lawyer's ('kuasa hukum Sahara')
        s0 = ix.sentence_start(m.start, 0)
        words = [text[a:b] for a, b in _tokens(text, s0, m.start)]
        # 'Dalam video tersebut, Sri Mulyani …': a demonstrative is no ter- verb.
        if not any(w.islower() and w not in heads and w not in _DEMONSTRATIVES
                   and lex.not_before_subject.fullmatch(w) for w in words):
            return True
        # '…, maka Prof Maria menyebut …': the subject of a main clause after a subordinate
        # one; the verb right after it tells it from '…, Jalan KH Ahmad Dahlan, Kamis'.
        after = [text[a:b] for a, b in _tokens(text, m.end, min(len(text), m.end + 60))][:3]
        verb = next((w for w in after if w.casefold() not in lex.adverbs), "")
        if _is_subject(text, m, ix) and verb.islower() and \
                lex.not_before_subject.fullmatch(verb) and verb not in lex.prepositions:
            return True
    return False


def _pun_subject(text: str, m: Span) -> bool:
    """Whether 'pun' and a lower-case word (no preposition) follow a mention: 'Melihat
    fakta itu hakim Rudi pun menggeleng …', the particle marking the clause's subject
    after a fronted clause with no comma, the subject a pronoun after it refers to
    (speak13; who round 249: wrong, the '-nya' after it given to the witness quoted
    before)."""
    got = _PUN.match(text, m.end)
    return got is not None and got.group(1) not in _lex().prepositions


_PUN = re.compile(r"[ \t]+pun[ \t]+([a-z][\w-]*)")


@cache
def _head_words() -> frozenset[str]:
    return frozenset(w for h in role_words().head_phrases for w in h.split())


def _introduced_before(text: str, ix: _Index, at: int, last: str, named: set[str]) -> bool:
    """Whether the sentence right before the one holding `at` introduces a person other
    than `last` (outside quotes): named there for the first time in the article, with a
    role or as the subject ('… mendapat apresiasi dari Staf Khusus BGN, Ary Santoso.
    Menurutnya, …' quotes the person just introduced, not the one quoted before; a name
    inside a street, 'Jalan KH Ahmad Dahlan', introduces nobody)."""
    cur = ix.sentence_start(at, 0)
    if ix.sent_ends is not None:
        k = bisect_right(ix.sent_ends, cur) - 1
        if k < 0:
            return False
        sent = ix.sentences[k]
    else:
        prev = [sp for sp in ix.sentences if sp.end <= cur]
        if not prev:
            return False
        sent = max(prev, key=lambda sp: sp.end)
    for m, (_, _, ent) in ix.mentions.starting(sent.start, sent.end):
        if ent.kind == "PERSON" and ent.id != last and ent.id not in named \
                and not ix.contents.holds(m.start) \
                and m.start == min(x.start for x in ent.mentions) \
                and (ent.roles or _is_subject(text, m, ix, strict=True)) \
                and not _listed(text, m, ix) and not _AGENT_BEFORE.search(
                    text, max(sent.start, m.start - 80), m.start):
            return True
    return False


# 'setelah dilaunching oleh Kapolri Jenderal Listyo Sigit Prabowo': the agent of a passive
# verb, with its role and rank, is part of what is told, not a source introduced.
_AGENT_BEFORE = re.compile(r"\boleh\s+(?:[A-Z][\w.'-]*\s+){0,6}$")


def _talks_about_someone(text: str, content: Span) -> bool:
    """Whether a quote speaks of someone in the third person ('Kemarin itu dia kurang enak
    badan'): a word of [speaker].talked_about in its content."""
    words = _lex().talked_about
    return bool(words) and any(w.casefold() in words
                               for w in _NAME_WORD.findall(text, content.start, content.end))


def _named_in(ix: _Index, content: Span | None) -> set[str]:
    """Ids of the entities with a mention inside a quote's content."""
    if content is None:
        return set()
    return {ent.id for _, (_, _, ent) in ix.mentions.overlapping(content.start, content.end)}


def _person_between(ix: _Index, start: int, end: int,
                    skip: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a PERSON (not one of `skip`) is named in [start, end) outside quotation
    contents."""
    return any(ent.kind == "PERSON" and ent.id not in skip and not ix.contents.holds(m.start)
               for m, (_, _, ent) in ix.mentions.starting(start, end))


def speaker_kind(phrase: str, entity: Entity | None
                 ) -> tuple[bool, Literal["person", "organisation", "anonymous", "document"]
                            | None]:
    """(keep the resolved entity?, kind) for a speaker phrase and the entity it resolved to.

    The phrase's head word decides first: 'warga asal Ungaran' is anonymous (the place is
    not the speaker), 'laporan itu' a document, 'Kantor Jaksa Agung Spanyol' an
    organisation (a place inside it is not the speaker); then the entity's kind; a
    singular pronoun is a person even when it cannot be resolved."""
    lex = _lex()
    words = [w.casefold() for w in _NAME_WORD.findall(phrase)]
    head = words[0] if words else ""
    if len(words) > 1 and words[1] == head and re.match(r"\w+\s+-\s+\w", phrase):
        head = f"{head}-{head}"  # 'Negara - negara Barat': a plural spaced at its dash
    kind = entity.kind if entity is not None else None
    if (head in lex.anonymous_heads or plural_base(head)) and kind != "PERSON" \
            and not _name_opens_with(entity, head) \
            and not (head in lex.naming_heads and _names_body(words[1:], entity)):
        return False, "anonymous"
    if head in lex.gathering_heads:
        return False, None  # 'Diskusi tersebut menekankan …': a meeting, no one speaking
    if head in lex.document_heads:
        # 'pernyataan Kantor Jaksa Agung Spanyol': an office's statement, the untagged office
        # no place; the country closing its name is not the speaker (spk32; who round 301:
        # wrong), as 'Kantor Jaksa Agung Spanyol menyatakan' has it
        office = len(words) > 1 and words[1] in lex.organisation_heads
        return kind in ("ORG", "PERSON") or (
            kind == "PLACE" and head in lex.statement_heads and not office), "document"
    if head in lex.organisation_heads and kind != "PERSON":
        # 'ungkap pihak Gedung Putih': 'pihak' and a place's name alone is the body that
        # place stands for, as the bare name is (speak12; who round 254: missing)
        return kind == "ORG" or (kind == "PLACE" and head == "pihak" and len(words) > 1
                                 and all(w[:1].isupper() for w in phrase.split()[1:])
                                 ), "organisation"
    if kind is None and (_starts_with_role(_NAME_WORD.findall(phrase))
                         or lex.possessor_head.match(phrase)
                         or (head in lex.person_articles and len(words) > 1)):
        # 'Ketua Umum PAN': a role-holder the text does not name; 'pengemudi Pajero': a
        # relative, lawyer or driver of what is named
        return True, "person"
    if kind == "PERSON":
        return True, "person"
    if kind in ("ORG", "PLACE"):
        return True, "organisation"
    if phrase.casefold() in lex.pronoun_words or head in lex.plural:
        return True, "person"
    return True, None


def _names_body(rest: Sequence[str], entity: Entity | None) -> bool:
    """Whether the words after a group's head are the whole name of the ORG resolved
    ('Kelompok ISIS menyatakan': the group named, not an unnamed crowd as 'kelompok warga')."""
    if entity is None or entity.kind != "ORG" or not rest:
        return False
    return [w.casefold() for w in _NAME_WORD.findall(entity.name)] == list(rest)


def _name_opens_with(entity: Entity | None, word: str) -> bool:
    """Whether the entity's own name opens with `word` ('Media Indonesia' for 'media'):
    the word is part of the name, not a group's head before it."""
    if entity is None:
        return False
    first = _NAME_WORD.match(entity.name)
    return first is not None and first.group().casefold() == word


def _overlaps(a: Span, s: int, e: int) -> bool:
    return a.start < e and s < a.end


def _lookback_floor(sentences: Sequence[Span], at: int, back: int) -> int:
    """Start of the sentence `back` sentences before the one holding `at`."""
    if not sentences:
        return 0
    idx = next((k for k, s in enumerate(sentences) if s.end > at), len(sentences) - 1)
    return sentences[max(0, idx - back)].start


def resolve_speaker(speaker: Span, text: str, entities: Sequence[Entity],
                    sentences: Sequence[Span] = (), exclude: Sequence[Span] = (),
                    anchor: int | None = None, *, index: _Index | None = None,
                    content: Span | None = None) -> str | None:
    """Entity id for a speaker mention, or None when it cannot be read safely.

    `exclude` holds quotation contents: names said inside a quote are not its speaker.
    `anchor` is where a pronoun's look-back starts (the start of its quote when the
    pronoun follows the quote: '“…,” ujarnya' looks back from the opening mark).
    `index` is `_Index(entities, sentences, exclude)` when the caller resolves many
    speakers of one article (it is built here otherwise). `content` is the quote the
    speaker says: a person named in it ('Saudara ISW meminta …') is not who says it.
    """
    if not entities:
        return None
    lex = _lex()
    phrase = speaker.of(text)
    low = phrase.casefold()
    if low in lex.plural or low in lex.first_person:
        return None
    ix = index if index is not None else _Index(entities, sentences, exclude)
    if low in lex.pronouns:
        at = speaker.start if anchor is None else min(anchor, speaker.start)
        return _resolve_pronoun(text, at, ix, content)
    if " ".join(low.split()) in lex.company:
        return _resolve_company(text, speaker.start, ix)
    rank = {k: i for i, k in enumerate(lex.kind_priority)}
    if _article_epithet(phrase):
        # 'tutur sang pelatih': the one person the article gives a role opening with that
        # noun ('pelatih Massimiliano Allegri'); else it refers back (see find_quotes).
        holder = _role_holder(phrase.split()[1], entities)
        if holder is None and _article_then_name(speaker, text, ix):
            # 'kata sang bassis Toma': the name speaks, a person tagged so or nobody
            # (spkb27; who round 286: the quote went to the bandmate quoted before)
            return _person_named_last(speaker, text, ix)
        return holder
    if _bare_role(phrase):
        return _holder_named_before(phrase, speaker, text, entities, ix)
    if _description_epithet(phrase) and not _starts_with_role(_NAME_WORD.findall(phrase)) \
            and not (_bare_origin_epithet(_NAME_WORD.findall(phrase)) and any(
                ent.kind == "PERSON" for _, (_, _, ent) in
                ix.mentions.overlapping(speaker.start, speaker.end))):
        # (a bare origin epithet may still end in the person's own name: 'Perempuan asal
        # Pakistan Malala Yousafzai' is read on, the place passed over)
        return None  # 'cucu mursyid …, KH Muchtar Mu'ti ini': refers back, see find_quotes
    # 'Nurani Anda berkata': a second-person pronoun tagged as a name speaks for nobody.
    raw = ix.mentions.overlapping(speaker.start, speaker.end)
    if not raw and " " not in phrase.strip() and _bare_role(phrase.casefold()) \
            and _named_only_after(_role_holder(phrase, entities), speaker, entities):
        # 'Presiden mengatakan …': not a union's president the article names further on.
        return None
    titles_only = _title_only_persons([v[2] for _, v in raw])
    here = [(m, v) for m, v in raw if v[2].name.casefold() not in lex.first_person
            and v[2].id not in titles_only]
    named_here = here  # every person named, for the comma segments they open
    # 'kuasa hukum Sahara', 'pengemudi Pajero': the client, relative or thing named after
    # a relational noun does not speak; the person the noun stands for does.
    here = [(m, v) for m, v in here if not _possessed(text, m, speaker.start, v[2])]
    # 'pernyataan resmi Himapol FISIP Unud': a unit named before its parent body speaks,
    # not the parent.
    here = [(m, v) for m, v in here if not (
        v[2].kind == "ORG" and _unit_before(text, speaker.start, m, ix))]
    # 'juru taktik asal Serbia ini': a place of origin describes the speaker, never is it.
    here = [(m, v) for m, v in here if not (
        v[2].kind == "PLACE" and _origin_before().search(text, speaker.start, m.start))]
    # 'Astronom asal Hawaii': so is a name of another kind after 'asal' (a place the tagger
    # made a body), never a person's ('putra asal Budi' does not occur) (speak11)
    here = [(m, v) for m, v in here if not (
        v[2].kind != "PERSON" and _ORIGIN_ONLY.search(text, speaker.start, m.start))]
    # 'data Bapenda Sulsel': a body no entity stands for, then its province; the body
    # speaks, not the place.
    here = [(m, v) for m, v in here if not (
        v[2].kind in ("PLACE", "GPE") and _untagged_body_before(text, speaker.start, m, raw))]
    # 'Kementerian pertahanan sipil Selandia Baru meminta …' read from the place on: the
    # body the lower-case words name speaks, not its country (speak14, who round 258).
    here = [(m, v) for m, v in here if not (
        v[2].kind in ("PLACE", "GPE") and speaker.start >= m.start
        and _lower_body_before(text, m.start))]
    # 'salah satu rumah judi di Inggris menyatakan': one unnamed member of a class speaks,
    # not a name that only qualifies the class (issue 14; who round 283: wrong).
    # (a person's name there is the one apposed: 'Salah satu warga sekitar Riski ,')
    here = [(m, v) for m, v in here
            if v[2].kind == "PERSON" or not _qualifies_indefinite(text, speaker, m)]
    rel = _RELATIVE.search(phrase)
    if rel is not None and rel.start() > 0 \
            and phrase[rel.end():].split(None, 1)[0].casefold() in lex.also_words:
        # 'Ketua Umum PON XIX dan Peparnas XV yang juga Gubernur Jawa Barat Budi': the
        # holder is the one the second office names (speak15; who round 259: missing)
        also = speaker.start + rel.end() + len(phrase[rel.end():].split(None, 1)[0])
        while also < speaker.end and text[also].isspace():
            also += 1
        second = _NAME_WORD.findall(text[also:speaker.end])[:3]
        if second and (second[0][:1].isupper() or _starts_with_role(second)):
            return resolve_speaker(Span(start=also, end=speaker.end), text, entities,
                                   sentences, exclude, anchor, index=ix, content=content)
    if rel is not None and rel.start() > 0 and not _published_by(phrase, rel.end()):
        # 'Apple yang dikutip dari PhoneArena', 'EmojiTracker yang memonitor … di Twitter':
        # the relative clause describes the speaker; a name inside it does not speak (one
        # after its closing comma may: '… yang mendesain jembatan itu, Lukito Prasetyo').
        comma = speaker.start + phrase.rfind(",", rel.end())
        here = [(m, v) for m, v in here
                if m.start < speaker.start + rel.start() or speaker.start <= comma < m.start]
    if here and (lead_person := _untagged_person_leads(text, speaker, raw, entities, ix)):
        return lead_person
    if here and _untagged_name_leads(text, speaker, raw):
        return None  # 'Subur Saroso, Kepala Seksi …, Kanwil DJP …' with no entity for him
    if here and _untagged_name_before_dari(text, speaker, raw):
        return None  # 'sosiolog Budi Rahardjo dari Lembaga X' with no entity for him
    units_only = bool(raw) and not here and any(v[2].kind == "ORG" for _, v in raw)
    if raw and not here and not units_only:
        return None
    hits = sorted((rank.get(ent.kind, len(rank)), -m.end, ent.id) for m, (_, _, ent) in here)
    hits = _first_of_a_chain(text, here, hits)
    if units_only and not _starts_with_role(_NAME_WORD.findall(phrase)):
        return None
    if (units_only or hits and hits[0][0] > 0) and _starts_with_role(_NAME_WORD.findall(phrase)):
        # 'Ketua Umum PAN menambahkan': a role-holder speaks, not the party in the role:
        # the one person the article gives that role, else nobody.
        if (holder := _exact_role_holder(phrase, entities, ix)) is not None:
            return holder
        # 'Mayjen TNI Kristomei' where the tagger made 'TNI Kristomei' an organisation: the
        # name the role ends with is the one person the article names so.
        last_word = _NAME_WORD.findall(phrase)[-1]
        if not last_word.isupper() and last_word.casefold() not in _head_words():
            return _person_of_one_word(last_word, entities, ix.named(entities))
        return None
    if hits and hits[0][0] > 0 and (
            person := _person_of_one_word(phrase, entities, ix.named(entities))):
        # '" ujar Bima' where 'Bima' was tagged an organisation (a city too) and the
        # article names Bima Sakti: a reporting verb's one-word subject is the person.
        return person
    if hits:
        lead = _segment_leads(text, speaker, named_here) & {h[2] for h in hits}
        if len(lead) == 1:
            # 'Fedrich Yunadi, kuasa hukum Setnov' / 'Ketua The Fed, Jerome Powell': the
            # person opening a comma segment speaks, one named inside a role does not.
            hits = [h for h in hits if h[2] in lead] + [h for h in hits if h[2] not in lead]
        top = lead if len(lead) == 1 else {h[2] for h in hits if h[0] == hits[0][0]}
        mine = [m for m, (_, _, ent) in here if ent.id == hits[0][2]]
        seg = speaker
        alone = len({h[2] for h in hits}) == 1 and any(
            ent.kind == "PERSON" for _, (_, _, ent) in here)
        if len(lead) == 1 or alone:
            # Only the lead's own comma segment can join speakers: a 'dan' inside the
            # appositive role ('kuasa hukum Mensesneg dan PPKGBK, Kharis') does not; nor
            # one in an office before the one person named ('Ahli Gizi dan Olahraga ,
            # Budi'; spk34b, who round 307: missing).
            at = min(m.start for m in mine)
            cut = [speaker.start + c.end() for c in re.finditer(
                r",\s*", text[speaker.start:speaker.end])]
            lo = max([speaker.start, *[c for c in cut if c <= at]])
            hi = min([speaker.end, *[c for c in cut if c > at]])
            seg = Span(start=lo, end=hi)
        if _several_speakers(text, seg, entities, mine, len(top) > 1, ix):
            return None  # several speakers: Quote holds one id, any one of them is wrong
        return hits[0][2]
    if _several_speakers(text, speaker, entities, [], False, ix):
        return None  # 'kata Biden dan Yoon': the surname would pick one of them
    if not raw and " " in phrase.strip() and _starts_with_role(_NAME_WORD.findall(phrase)) \
            and (holder := _exact_role_holder(phrase, entities, ix)) is not None:
        # 'CEO Creative Media Works memastikan …' with no entity inside the office: the
        # one person the article gives that whole office speaks, named before or after
        # (who round 277: missing).
        return holder
    return _resolve_by_name(phrase, entities, ix.names, ix.named(entities)) \
        or _cut_name(text, phrase, ix)


def _qualifies_indefinite(text: str, speaker: Span, m: Span) -> bool:
    """Whether a name inside a speaker phrase opening with a singular indefinite and a
    common noun ('salah satu rumah judi di Inggris', 'seorang pendukung Persija') only
    qualifies that noun: no comma or naming word ('bernama') sets it apart as the one who
    speaks ('Salah seorang warga, Budi')."""
    one = _ONE_PERSON.match(text, speaker.start)
    head = one.end() if one is not None else speaker.start
    before = None if one is not None else _ONE_BEFORE.search(
        text, max(0, speaker.start - 60), speaker.start)
    if one is None and before is None:
        return False
    if before is not None and m.start <= head:
        # 'Seorang pejabat pertahanan [AS] mengatakan': the phrase read is the name alone,
        # the indefinite and its noun before it; the name only qualifies that noun
        # (spk32b; who round 303: the country given as speaker, wrong)
        noun = _ONE_PERSON.match(text, before.start())
        return noun is not None and noun.end() <= speaker.start
    words = _NAME_WORD.findall(text[head if one is None else one.start("noun"):m.start])
    if not words or not words[0].islower() or m.start <= head:
        return False
    between = text[head:m.start]
    return "," not in between and not any(
        w.casefold() in _lex().naming_verbs for w in _NAME_WORD.findall(between))


def _exact_role_holder(phrase: str, entities: Sequence[Entity], ix: _Index) -> str | None:
    """The one PERSON the article gives the role `phrase`, written the same bar case and
    spacing ('Ketua Umum PAN'), else None."""
    low = " ".join(phrase.casefold().split())
    named = ix.named(entities)
    holders = {entities[i].id for i in named.get("\3" + low, ())} \
        if named is not None else {e.id for e in entities if e.kind == "PERSON" and any(
            " ".join(r.casefold().split()) == low for r in e.roles)}
    return next(iter(holders)) if len(holders) == 1 else None


def _published_by(phrase: str, rel_end: int) -> bool:
    """'data yang dirilis Bank Dunia': a document head, then a relative clause of
    publishing; the body named in it is the document's source."""
    lex = _lex()
    head, after = phrase.split(None, 1)[0].casefold(), phrase[rel_end:].split(None, 1)
    return head in lex.document_heads and bool(after) \
        and after[0].casefold() in lex.publishing_verbs


def _holder_named_before(phrase: str, speaker: Span, text: str, entities: Sequence[Entity],
                         ix: _Index) -> str | None:
    """For a bare role ('kata presiden', 'lanjut jaksa'): the one person the article gives a
    role opening so, named with that role written next to the name ('hakim Teguh Arianto',
    'Boby Kusumawardhana , Kapolsek Tambun') before the speaker, else None. A role holder
    named only further on (a union's president after the country's), or a role the tagger
    gave someone else ('tuntutan jaksa. … membunuh Sri'), is no one to give."""
    holder = _role_holder(phrase, entities)
    if holder is None:
        return None
    role = re.escape(" ".join(phrase.split()))
    before = re.compile(rf"(?i:{role})\b[^.!?\n]{{0,60}}$")
    after = re.compile(rf"\s*,\s*(?i:{role})\b")  # 'Boby Kusumawardhana , Kapolsek Tambun'
    return holder if any(ent.id == holder and (
        before.search(text, max(0, m.start - 80), m.start) or after.match(text, m.end))
        for m, (_, _, ent) in ix.mentions.starting(0, speaker.start)) else None


def _named_only_after(ident: str | None, speaker: Span, entities: Sequence[Entity]) -> bool:
    """Whether the entity `ident` has mentions and all of them come after `speaker`."""
    ent = next((e for e in entities if e.id == ident), None)
    return ent is not None and bool(ent.mentions) \
        and all(m.start >= speaker.end for m in ent.mentions)


def _article_epithet(phrase: str) -> bool:
    """Whether a speaker phrase is the person article and a role or person noun with no
    demonstrative: 'sang pelatih', 'Sang aktor'."""
    words = _NAME_WORD.findall(phrase)
    return len(words) >= 2 and words[0].casefold() in _lex().person_articles \
        and words[-1].casefold() not in _DEMONSTRATIVES and _role_epithet(phrase)


def _article_then_name(speaker: Span, text: str, ix: _Index) -> bool:
    """Whether an article epithet ends in a name no body is tagged at: 'sang bassis Toma',
    'sang gitaris Riko' (not 'sang pelatih Persib', the club's coach)."""
    phrase = speaker.of(text)
    if not (_article_epithet(phrase) and _names_someone(phrase)
            and len(_NAME_WORD.findall(phrase)) >= 3):
        return False
    return not any(ent.kind in ("ORG", "GPE") for _, (_, _, ent)
                   in ix.mentions.overlapping(_last_word_start(speaker, text), speaker.end))


def _last_word_start(speaker: Span, text: str) -> int:
    """Where a speaker phrase's last word starts ('Toma' of 'sang bassis Toma')."""
    return speaker.start + speaker.of(text).rstrip().rfind(" ") + 1


def _person_named_last(speaker: Span, text: str, ix: _Index) -> str | None:
    """The PERSON tagged at a speaker phrase's last word, else None."""
    at = _last_word_start(speaker, text)
    return next((ent.id for _, (_, _, ent) in ix.mentions.overlapping(at, speaker.end)
                 if ent.kind == "PERSON"), None)


def _role_holder(noun: str, entities: Sequence[Entity]) -> str | None:
    """The one PERSON whose role opens with `noun` ('pelatih' for 'pelatih Juventus', 'hakim
    ketua' for 'hakim ketua PN Jakarta'), else None."""
    low = noun.casefold().split()
    holders = {e.id for e in entities if e.kind == "PERSON" and any(
        r.casefold().split()[:len(low)] == low for r in e.roles)}
    return next(iter(holders)) if len(holders) == 1 else None


_RELATIVE = re.compile(r"\s+yang\s+")


def _first_of_a_chain(text: str, here: Sequence[tuple[Span, tuple[int, int, Entity]]],
                      hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Organisations named one after another ('Himapol FISIP Unud': association, faculty,
    university) go from the unit to the body it belongs to: the first one speaks."""
    if not hits or hits[0][0] == 0:
        return hits  # a person is named: persons rank first
    orgs = sorted(((m, ent.id) for m, (_, _, ent) in here if ent.kind == "ORG"),
                  key=lambda o: (o[0].start, o[0].end))
    if len({i for _, i in orgs}) < 2:
        return hits
    first = orgs[0]
    nxt = next((o for o in orgs if o[1] != first[1]), None)
    if nxt is None or text[first[0].end:nxt[0].start].strip():
        return hits
    return [h for h in hits if h[2] == first[1]] + [h for h in hits if h[2] != first[1]]


@cache
def _unit_stops() -> frozenset[str]:
    """The words no unit's name holds (`_unit_before`): role heads' words, organisation,
    document and anonymous heads, courtesy titles; joined once, not per mention (600-odd
    words, 0.06 ms a union; speed27)."""
    lex = _lex()
    return _head_words() | lex.organisation_heads | lex.document_heads | lex.anonymous_heads \
        | role_words().honorifics


def _unit_before(text: str, start: int, m: Span, ix: _Index) -> bool:
    """Whether capitalised words no entity covers stand right before an organisation or
    place mention ('Himapol FISIP [Unud]'), with no comma, role word, organisation head or
    courtesy title among them: a unit of that body is named."""
    toks = _tokens(text, start, m.start)
    if not toks:
        return False
    heads = _unit_stops()
    k = len(toks) - 1
    unit: list[str] = []
    while k >= 0:
        a, b = toks[k]
        w = text[a:b]
        if not w[:1].isupper() or w.casefold() in heads:
            break
        unit.append(w)
        k -= 1
    # A unit carries a short form of its own ('FISIP', 'DPM'); 'Provinsi Maluku' is none,
    # nor a term's acronym kinds.toml says names nothing ('organisasi HAM Amnesty
    # International': human rights).
    terms = kind_rules().not_entities
    return any(sum(c.isupper() for c in w) >= 2 and w not in terms for w in unit) and (
        k < 0 or text[toks[k][0]:toks[k][1]] != ",")


_LINE = re.compile(r"[^\n]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_lines(text: str) -> list[Span]:
    """Lines written as a headline: three words or more, nearly all capitalised (the small
    words of a title aside), and no full stop, question mark or quotation mark closing
    them: a linked story's title set inside the text ('Kapten Chelsea , Gary Cahill Minta
    Saran John Terry'). Nobody named there is a pronoun's or an epithet's referent."""
    small = _lex().title_small_words
    out: list[Span] = []
    for m in _LINE.finditer(text):
        line = m.group().rstrip()
        if not line or line[-1] in ".!?\"”’:;,)":
            continue
        words = _LINE_WORD.findall(line)
        big = [w for w in words if w.casefold() not in small]
        if len(words) >= 3 and big and all(w[0].isupper() for w in big):
            out.append(Span(start=m.start(), end=m.end()))
    return out


def _resolve_pronoun(text: str, at: int, ix: _Index, content: Span | None) -> str | None:
    """The person a pronoun (or an epithet read like one) at `at` refers to.

    The subject of the latest clause that has a PERSON for subject ('Budi, kata Ani, …',
    'Menurut Budi, …', a speaker quoted before); else the latest-ending PERSON mention in
    the look-back before `at`. On a tie, the first one in entity and mention order (as a
    scan over the entities finds it). A person named as an object ('… bertemu Presiden
    Joko Widodo') is passed over while a subject is in reach."""
    floor = ix.lookback_floor(at, _lex().lookback)
    best: tuple[int, int, int, str] | None = None
    subject: tuple[int, int, int, str] | None = None
    named = _named_in(ix, content)
    titles = ix.title_lines(text)
    for m, (ei, mi, ent) in ix.mentions.starting(floor, at + 1):
        if ent.kind != "PERSON" or m.end > at or ix.contents.holds(m.start) \
                or ent.id in ix.body_like \
                or titles.holds(m.start) or _in_show_title(text, m) \
                or ent.id in named or _listed(text, m, ix) or _possessed(text, m, ent=ent):
            continue  # a person of a list ('…, dan Kombes Eko') is one of several; 'Anak
            # Tamara itu … Ia': the son, not the mother named in his epithet
        key = (m.end, -ei, -mi, ent.id)
        if best is None or key[:3] > best[:3]:
            best = key
        if (m.start in ix.speaker_starts or _is_subject(text, m, ix)
                or _before_active_verb(text, m) or _pun_subject(text, m)) and \
                (subject is None or key[:3] > subject[:3]):
            subject = key
    if subject is not None:
        return None if _unnamed_since(text, ix, subject[0], at) else subject[3]
    if best is not None and _unnamed_subject(
            text, ix, ix.sentence_start(best[0] - 1, 0), at) is not None:
        return None  # 'Kuasa hukum Hendrogiarto menyinggung … Lembong. Dia …': the lawyer
    return best[3] if best else None


def _unnamed_since(text: str, ix: _Index, end: int, at: int) -> bool:
    """Whether a sentence opening with a singular indefinite person ('Salah satu sosok yang
    …', 'Seorang warga …') lies between a named subject ending at `end` and a pronoun at
    `at`: the pronoun is that unnamed person, not the one named before (issue 14)."""
    found = _unnamed_subject(text, ix, ix.sentence_start(end - 1, 0), at)
    return found is not None and found >= end and _ONE_PERSON.match(text, found) is not None


def _unnamed_opens_content(text: str, ix: _Index, content: Span, cue: Span | None) -> bool:
    """Whether a statement read whole around a '-nya' cue inside it ('Salah satu sosok yang
    menang … mengatakan dirinya kaget karena hadiah yang menurutnya konyol …') opens with a
    singular indefinite person and names no PERSON before the cue: the pronoun is that
    unnamed person, not one quoted before (issue 14; who round 283: wrong)."""
    if cue is None or not content.start <= cue.start < content.end:
        return False
    one = _ONE_PERSON.match(text, content.start)
    if one is None or not (_person_noun(one.group("noun"))
                           or one.group("noun").casefold() in _lex().anonymous_heads):
        return False
    return not any(ent.kind == "PERSON"
                   for _, (_, _, ent) in ix.mentions.starting(content.start, cue.start))


def _before_active_verb(text: str, m: Span) -> bool:
    """Whether a mention inside its clause is still its subject: an active (me-/ber-) verb
    follows it, at most an adverb or aspect word between ('Dengan gerobak dorong [Tutut]
    mulai menjajakan …', a fronted adjunct with no comma), and no preposition or verb
    stands right before it ('… bertemu Budi', '… di Jakarta')."""
    lex = _lex()
    after = _tokens(text, m.end, min(len(text), m.end + 60))[:3]
    words = [text[a:b] for a, b in after]
    k = 0
    while k < len(words) - 1 and k < 2 and (words[k].casefold() in lex.adverbs
                                            or words[k].casefold() in lex.predicate_modals):
        k += 1
    if k >= len(words) or not words[k].islower() or words[k].startswith("di") \
            or not _verb(words[k]) or words[k].casefold() in lex.naming_verbs:
        return False
    prev = _LOWER_WORD_END.search(text[max(0, m.start - 30):m.start])
    if prev is None:
        return False  # a capitalised word or a mark before it: `_is_subject` reads those
    low = prev.group(1)
    return low not in lex.prepositions and low not in lex.stop_after \
        and low not in lex.coordinators and not _verb(low) and low != "yang"


def _in_show_title(text: str, m: Span) -> bool:
    """Whether a name closes a show's title ('The Late Late Show With [James Corden]')."""
    return _lex().in_show_title.search(text, max(0, m.start - 40), m.start) is not None


# A singular indefinite of persons or things, shared by the two patterns below.
_ONE = r"(?i:seorang|salah\s+seorang|salah\s+satu)"
# Words opening a singular indefinite person: 'Seorang warga', 'Salah seorang saksi'.
_ONE_PERSON = re.compile(_ONE + r"\s+(?P<noun>[\w-]+)")


# A singular indefinite right before a speaker phrase ('salah satu [rumah judi …]').
# ('Seorang sumber [militer Korea Selatan]': lower-case words of the class may come between).
_ONE_BEFORE = re.compile(r"(?<![\w-])" + _ONE + r"\s+(?:[a-z][\w-]*\s+){0,3}$")


def _unnamed_subject(text: str, ix: _Index, start: int, at: int) -> int | None:
    """Start of the latest sentence in [start, at) (outside quotes) whose subject is one
    person the text describes but does not name: it opens with a relational noun ('Kuasa
    hukum Hendrogiarto', 'Istri korban') or a singular indefinite person ('Seorang warga'),
    has no 'yang' or plural word before its first me-/ber- verb (a relative clause, a
    group) and names no PERSON of its own there. A later pronoun is that person, not one
    named as an object ('… abolisi yang diterima Thomas Lembong. Dia mengatakan …')."""
    lex = _lex()
    found: int | None = None
    for sent in ix.between(start, at):
        if ix.contents.holds(sent.start):
            continue
        toks = _tokens(text, sent.start, min(sent.end, at))
        if not toks:
            continue
        one = _ONE_PERSON.match(text, toks[0][0])
        if not lex.possessor_head.match(text, toks[0][0]) and not (
                one and (_person_noun(one.group("noun"))
                         or one.group("noun").casefold() in lex.anonymous_heads)):
            continue
        verb = next((k for k, (a, b) in enumerate(toks[1:8], 1)
                     if _ACTIVE_VERB.fullmatch(text[a:b])), None)
        if verb is None or any(text[a:b].casefold() in lex.plural_words
                               or (text[a:b] == "yang" and not one) for a, b in toks[:verb]):
            continue  # ('Salah satu sosok yang menang …': still one person, unnamed)
        # with a relative clause, a name anywhere in the sentence may be the one: 'Salah
        # satu warga yang memprotes … adalah Moch Aminullah'
        upto = min(sent.end, at) if one and any(text[a:b] == "yang" for a, b in toks[:verb]) \
            else toks[verb][0]
        if not any(ent.kind == "PERSON" and not _possessed(text, m, ent=ent)
                   for m, (_, _, ent) in ix.mentions.starting(sent.start, upto)):
            found = sent.start
    return found


# The lower-case word a text ends with ('saudara kandung pebalap ').
_LOWER_WORD_END = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_WORD_END = re.compile(r"(?<![\w.-])([\w.]+)\s+$")
_ROLE_WORD_END = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")  # 'era [Presiden] X'


def _possessed(text: str, m: Span, floor: int = 0, ent: Entity | None = None) -> bool:
    """Whether a mention follows a relational noun ('anak Tamara', 'kuasa hukum Sahara'):
    it names whose relative or client the phrase's referent is, not the referent. A
    capitalised one inside a sentence opens a name ('kuasa hukum korban, Putri Maya').
    Not when the noun opens a role the mention's entity `ent` holds itself ('pengacara
    Hotman Paris' where the tagger gave Hotman Paris the role 'pengacara')."""
    lex = _lex()
    start = m.start
    title = _WORD_END.search(text, max(floor, start - 12), start)
    if title is not None and title.group(1).casefold() in role_words().honorifics:
        # 'beristrikan Ny Rina': a courtesy title between the noun and the name (speak13;
        # who round 238: wrong, the wife given)
        start = title.start()
    rel = lex.modifier_before.search(text, max(floor, start - 30), start)
    if rel is None:
        # a person noun between ('saudara kandung pebalap Sam'): still the relative's; so is
        # a capitalised role word after a word of period ('era Presiden X')
        noun = _LOWER_WORD_END.search(text[max(floor, start - 30):start]) \
            or _ROLE_WORD_END.search(text[max(floor, start - 30):start])
        if noun is None or not (_person_noun(noun.group(1))
                                or noun.group(1).casefold() in role_words().head_phrases):
            return False
        rel = lex.modifier_before.search(text, max(floor, start - 50),
                                         start - len(noun.group()))
        if rel is None:
            return False
    # all the noun's words: 'Kuasa Direksi PT X' is no 'kuasa hukum' (roles25, round 164)
    noun_words = rel.group().casefold().split()
    if ent is not None and any(r.split()[:len(noun_words)] == noun_words
                               for r in map(str.casefold, ent.roles)):
        return False  # the noun is the entity's own role, not a relation (speak13)
    before = text[:rel.start()].rstrip()
    # A capitalised era word opens no person's name: '… Capaian 1 Tahun Pemerintahan
    # Presiden X Bidang …' names X inside a title (spk30; who round 295: wrong, 7x)
    return not rel.group()[:1].isupper() or not before or before[-1] in ".!?\"'”" \
        or rel.group().strip().casefold() in lex.era_words


def _resolve_company(text: str, at: int, ix: _Index) -> str | None:
    """The organisation 'Perseroan' at `at` refers to: the latest one that opens a
    sentence (its subject) within the look-back, else the latest one named there, outside
    quotations."""
    floor = ix.lookback_floor(at, _lex().lookback)
    best: tuple[int, str] | None = None
    subject: tuple[int, str] | None = None
    for m, (_, _, ent) in ix.mentions.starting(floor, at):
        if ent.kind != "ORG" or m.end > at or ix.contents.holds(m.start):
            continue
        if best is None or m.end > best[0]:
            best = (m.end, ent.id)
        if ix.sentence_start(m.start, floor) == m.start and (
                subject is None or m.end > subject[0]):
            subject = (m.end, ent.id)
    pick = subject or best
    return pick[1] if pick else None


def _person_of_one_word(phrase: str, entities: Sequence[Entity],
                        named: Mapping[str, Sequence[int]] | None = None) -> str | None:
    """The one PERSON of two or more name words whose first or last word is the one-word
    phrase ('Bima' for Bima Sakti), else None; looked up in `named` (`_Index.named`) when
    given, not read from every entity."""
    words = _NAME_WORD.findall(phrase)
    if len(words) != 1 or not phrase[:1].isupper():
        return None
    low = words[0].casefold()
    if named is not None:
        ids = {entities[i].id for i in named.get("\2" + low, ())}
        return next(iter(ids)) if len(ids) == 1 else None
    found = set()
    for e in entities:
        if e.kind != "PERSON" or low not in e.name.casefold():
            continue  # (a name word's letters are in the name: most entities end here)
        names = [w.casefold() for w in _NAME_WORD.findall(e.name)]
        if len(names) >= 2 and low in (names[0], names[-1]):
            found.add(e.id)
    return next(iter(found)) if len(found) == 1 else None


_CAP_WORD = re.compile(r"[A-Z][\w'’-]*\s+")


def _cut_name(text: str, phrase: str, ix: _Index) -> str | None:
    """'kata Kuat' where the tagger kept only 'Nursiam' of 'Kuat Nursiam': a one-word
    speaker written right before one person's name in the article is that person (a name,
    so never a role, a courtesy title or a word the article also writes in lower case)."""
    low = phrase.casefold()
    if not re.fullmatch(r"[A-Z][\w'’-]+", phrase) or low in _lex().pronouns \
            or low in _head_words() or low in role_words().honorifics \
            or re.search(opening(low, r"[\w-]") + r"(?![\w-])", text):
        return None  # a role, a courtesy title, or a word also written in lower case
    # Up to two capitalised words may stand between: 'Muslim [Jaya] Butar Butar' where the
    # tagger kept only 'Butar Butar'.
    found: set[str] = set()
    # Each pattern opens with its word, the look-behind after it (`opening`): re skips
    # ahead to the word where a look-behind first was tried at every character.
    for m in re.finditer(opening(phrase, r"[\w-]") + r"\s+", text):
        at = m.end()
        for _ in range(3):
            found.update(ent.id for _, (_, _, ent) in ix.mentions.starting(at, at + 1)
                         if ent.kind == "PERSON")
            word = _CAP_WORD.match(text, at)
            if word is None:
                break
            at = word.end()
    return next(iter(found)) if len(found) == 1 else None


def _untagged_name_leads(text: str, speaker: Span,
                         raw: Sequence[tuple[Span, tuple[int, int, Entity]]]) -> bool:
    """Whether the speaker phrase opens with a name no entity stands for, then a comma and
    an appositive role naming only bodies or places ('Subur Saroso, Kepala Seksi Bimbingan
    Penagihan, Kanwil DJP Jawa Tengah II'): the untagged person speaks, not the body."""
    phrase = speaker.of(text)
    comma = phrase.find(",")
    if comma < 0 or any(v[2].kind == "PERSON" for _, v in raw):
        return False
    if any(m.start < speaker.start + comma for m, _ in raw):
        return False  # the first segment is (part of) an entity: 'Polda Metro Jaya, …'
    words = _NAME_WORD.findall(phrase[:comma])
    lexicon = load_lexicon()
    # each word a name's: capitalised, and a proper noun or unknown to the lexicon (not a
    # sentence adverb at a sentence start: 'Belakangan, Polda Sumut', 'Pertama, MK')
    return 1 <= len(words) <= 4 and all(
        w[:1].isupper() and not w.isupper() and w.casefold() not in _head_words()
        and (lexicon.get(w.casefold()) or "NNP").startswith("NNP") for w in words) \
        and not _starts_with_role(words)


_DARI = re.compile(r"\sdari\s")


def _untagged_name_before_dari(text: str, speaker: Span,
                               raw: Sequence[tuple[Span, tuple[int, int, Entity]]]) -> bool:
    """Whether the speaker phrase holds a name no entity stands for right before 'dari' and
    a body or place after it ('sosiolog Malte Reichelt dari Lembaga Riset …'): the untagged
    person speaks, not his body (spk27; who round 285: wrong, the body given)."""
    at = _DARI.search(speaker.of(text))
    if at is None or any(v[2].kind == "PERSON" for _, v in raw):
        return False
    cut = speaker.start + at.start()
    if any(m.start < cut for m, _ in raw):
        return False  # a body or place before 'dari' is (part of) the speaker
    words = _NAME_WORD.findall(text[speaker.start:cut])[-3:]
    names = [w for w in words if _proper_word(w) and w.casefold() not in _head_words()]
    return len(names) >= 2 and names == words[len(words) - len(names):] \
        and not _starts_with_role(names)


def _untagged_person_leads(text: str, speaker: Span,
                           raw: Sequence[tuple[Span, tuple[int, int, Entity]]],
                           entities: Sequence[Entity], ix: _Index) -> str | None:
    """The person a speaker phrase with no comma opens with when no mention covers that
    name and a body or place is named right after it: 'Menurut Budi Partai Hijau perlu …'
    (no comma after the name, the run of capitalised words ran on into the clause's
    subject) is Budi's view, the one PERSON the article names so; None when the lead
    names none (speak9; who round 247: wrong)."""
    phrase = speaker.of(text)
    if "," in phrase or not raw or any(v[2].kind == "PERSON" for _, v in raw) \
            or phrase.split()[-1].casefold() in _DEMONSTRATIVES:
        return None  # ('Waketum PAN ini': an epithet that refers back, no name)
    first = min(m.start for m, _ in raw)
    words = _NAME_WORD.findall(text[speaker.start:first])
    if not 1 <= len(words) <= 3 or _starts_with_role(words) \
            or not all(_proper_word(w) and w.casefold() not in _head_words() for w in words):
        return None
    ident = _resolve_by_name(" ".join(words), entities, ix.names, ix.named(entities))
    return ident if ident is not None and any(
        e.id == ident and e.kind == "PERSON" for e in entities) else None


def _segment_leads(text: str, speaker: Span,
                   here: Sequence[tuple[Span, tuple[int, int, Entity]]]) -> set[str]:
    """Ids of the PERSON mentions that open a comma segment of the speaker phrase, when
    the phrase names more than one person."""
    persons = [(m, ent) for m, (_, _, ent) in here if ent.kind == "PERSON"]
    if len({ent.id for _, ent in persons}) < 2 or "," not in speaker.of(text):
        return set()  # one segment: 'Wadir … Kombes Bhakti Eri' leads with a stray title
    starts = {speaker.start}
    for c in re.finditer(r",\s*", text[speaker.start:speaker.end]):
        starts.add(speaker.start + c.end())
    return {ent.id for m, ent in persons if m.start in starts}


def _several_speakers(text: str, speaker: Span, entities: Sequence[Entity],
                      mentions: Sequence[Span], several_ids: bool,
                      index: _Index | None = None) -> bool:
    """Whether a coordinator ('dan', 'serta', …) in the speaker phrase joins speakers.

    `mentions` are those of the one entity the phrase would resolve to; `several_ids` says
    that entities of the same kind overlap the phrase. Several: 'Biden dan Yoon' (a person
    right before the coordinator), 'Presiden Biden dan Presiden Yoon' (a role opens the
    second conjunct, the name is in it), 'Washington, Seoul, dan Kyiv' (a list with no role
    in front). One: the coordinator is inside a role, portfolio or organisation ('Menteri
    Pariwisata dan Ekonomi Kreatif Wishnutama', 'Wakil Ketua MPR dan anggota Komisi III
    DPR, Arsul Sani', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD',
    'Budi Santoso, Direktur Operasi dan Pemeliharaan PT MRT').
    """
    lex = _lex()
    toks = _tokens(text, speaker.start, speaker.end)
    words = [text[s:e] for s, e in toks]
    if not any(w.casefold() in lex.coordinators for w in words[1:-1]):
        return False  # no coordinator between two words: one speaker
    ix = index if index is not None else _Index(entities)
    commas = [k for k, w in enumerate(words) if w == ","]
    person_words = ix.person_words
    for k, w in enumerate(words):
        if w.casefold() not in lex.coordinators or k == 0 or k + 1 >= len(words):
            continue
        s, e = toks[k]
        if any(m.start < s and e < m.end for m, _ in ix.mentions.overlapping(s, e)):
            continue  # inside a name: 'Kementerian Pariwisata dan Ekonomi Kreatif'
        if not (words[k + 1][:1].isupper() or _starts_with_role(words[k + 1:])):
            continue  # 'Budi dan warga': no second named speaker
        if several_ids:
            return True
        serial = words[k - 1] == ","
        lo = max((c + 1 for c in commas if c < k - 1), default=0)
        left = [w.casefold() for w in words[lo:k] if w != "-"]
        if not serial and left and all(w in role_words().head_phrases for w in left) \
                and not any(_overlaps(m, toks[lo][0], toks[k - 1][1])
                            for m, _ in ix.mentions.overlapping(toks[lo][0], toks[k - 1][1])):
            # 'Founder dan CEO Karya Digital Bambang': two offices of the one person named
            # after them, no name before the coordinator (who round 253: no speaker given).
            continue
        if not serial and _joint_office(words, toks, lo, k, ix):
            continue  # 'Kepala Pusdatin dan Humas BNPB Budi': one head over two units
        j = k - 2 if serial else k - 1  # the word before the coordinator
        if j < 0:
            continue
        js, je = toks[j]
        if words[j].casefold() in person_words or \
                any(ent.kind == "PERSON" for _, (_, _, ent) in ix.mentions.overlapping(js, je)) \
                or any(_overlaps(m, js, je) for m in mentions):
            return True  # a person ends the first conjunct
        seg_end = next((c for c in commas if c > k), len(words))
        right = words[k + 1:seg_end]
        seg_hi = toks[seg_end - 1][1]
        if (not commas or commas[0] > k) and _bare_name(words[:k]) and _bare_name(right):
            return True  # two bare names: 'Biden dan Yoon', 'Budi Santoso dan Ani'
        if words[j][:1].isupper() and any(m.start == toks[k + 1][0]
                                          for m in mentions if m in ix.person_spans):
            return True  # a person named right after it: 'Menlu Retno Marsudi dan Wang Yi'
        if _starts_with_role(right) and (not mentions or any(
                _overlaps(m, toks[k + 1][0], seg_hi) for m in mentions)):
            return True  # 'Presiden Biden dan Presiden Yoon'
        if serial:
            # The list's first item: walk back over comma segments to one opened by a role.
            first = 0
            for c in reversed([c for c in commas if c < k - 1]):
                if _starts_with_role(words[c + 1:]):
                    first = c + 1
                    break
            if not _starts_with_role(words[first:]):
                return True  # 'Washington, Seoul, dan Kyiv'
    return False


def _joint_office(words: Sequence[str], toks: Sequence[tuple[int, int]], lo: int, k: int,
                  ix: _Index) -> bool:
    """Whether the coordinator at `k` joins two units under the one office opening the
    conjunct `words[lo:k]`: that conjunct is an office naming nobody (no entity, no person's
    word in it) and a unit that is also an office follows ('Kepala Pusdatin dan Humas BNPB
    Budi'). 'Kepala BNPB dan Kepala Basarnas Budi' (a second head) stays two speakers."""
    lex = _lex()
    left = words[lo:k]
    if not left or not _starts_with_role(left) or k + 1 >= len(words):
        return False
    nxt = words[k + 1:k + 3]
    if not any(" ".join(nxt[:n]).casefold() in lex.joint_units for n in (1, 2)):
        return False
    if any(w.casefold() in ix.person_words for w in left):
        return False
    return not ix.mentions.overlapping(toks[lo][0], toks[k - 1][1])


_DOUBLED = re.compile(r"(\w)\1")


def _resolve_by_name(phrase: str, entities: Sequence[Entity],
                     names: Sequence[frozenset[str]] | None = None,
                     named: Mapping[str, Sequence[int]] | None = None) -> str | None:
    """Bare surname or role: the single entity whose name (or role) holds it.

    `names` holds each entity's casefolded name words (`_Index.names`), when known, and
    `named` the entities' positions by those words and names (`_Index.named`)."""
    lex = _lex()
    caps = [w for w in re.findall(r"\w+(?:[’'\-]\w+)*", phrase) if w[0].isupper()]
    if not caps:
        return None
    rank = {k: i for i, k in enumerate(lex.kind_priority)}
    last = caps[-1].casefold()
    full = " ".join(caps).casefold()
    heads = role_words().head_phrases
    role_only = full in heads or all(w.casefold() in heads for w in caps)  # "kata Presiden"
    if names is None:
        names = [frozenset(w.casefold() for w in _NAME_WORD.findall(e.name)) for e in entities]
    found = [] if role_only else [
        entities[i] for i in sorted({*named.get(last, ()), *named.get("\0" + full, ())})
    ] if named is not None else [
        e for e, words in zip(entities, names, strict=True)
        if full == e.name.casefold() or last in words]
    if len(caps) > 1 and any(e.kind in ("PLACE", "GPE") and e.name.casefold() == last
                             for e in found):
        # 'Kantor Ombudsman Peru' with no entity for the office: its last word is a place,
        # which names no body of the article ('Kepolisian Peru' is another) (speak15)
        found = [e for e in found if e.name.casefold() == full]
    if not found:
        found = [entities[i] for i in sorted(set(named.get("\1" + full, ())))] \
            if named is not None else [
                e for e in entities if e.kind == "PERSON"
                and any(r.casefold() == full or r.casefold().startswith(full + " ")
                        for r in e.roles)]
    if not found and len(caps) == 1 and len(last) >= 4 and not role_only:
        # 'Nial juga menceritakan …' in an article about Niall Horan: a name word spelt with
        # a single letter where the article doubles it (or the other way round) is the
        # person's, when one person only has it (speak15; who round 184: missing)
        single = _DOUBLED.sub(r"\1", last)
        found = [e for e in entities if e.kind == "PERSON" and any(
            w != last and len(w) >= 4 and _DOUBLED.sub(r"\1", w) == single
            for w in (x.casefold() for x in _NAME_WORD.findall(e.name)))]
    if not found:
        return None
    best = min(rank.get(e.kind, len(rank)) for e in found)
    ids = {e.id for e in found if rank.get(e.kind, len(rank)) == best}
    return next(iter(ids)) if len(ids) == 1 else None


# --------------------------------------------------------------------------- quotes


def _sentence_start(sentences: Sequence[Span], pos: int, floor: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end or (s.start <= pos and pos == s.end):
            return max(s.start, floor)
    return floor


@dataclass(frozen=True, slots=True)
class _Found:
    content: Span
    kind: Literal["direct", "indirect"]
    cue: Span | None
    speaker_span: Span | None
    para: int = -1


def _title_like(words: Sequence[str]) -> bool:
    """Mostly capitalised words and no sentence punctuation: a title, not speech."""
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha or any(w[-1] in ".!?" for w in words):
        return False
    return sum(w[0].isupper() for w in alpha) >= 0.7 * len(alpha)


def _slogan(quote: str) -> bool:
    """A short quotation whose every word is capitalised ('Detik Pagi, Jangan Tidur
    Lagi!'): a title or a promotion line, not speech that goes on (spk25; who round 280:
    wrong)."""
    words = [w for w in _NAME_WORD.findall(quote) if w[:1].isalpha()]
    return 2 <= len(words) <= _SLOGAN_MAX_WORDS and all(w[0].isupper() for w in words)


# 'program bertajuk "Nabung Semakin Seru dengan bank X"': a quotation right after a title
# cue (entities.toml's `title_cues`) is the work's or programme's title, whatever its casing
# (spk27; who rounds 263, 285: none, given a speaker or none).
_TITLE_CUES = WordSet("entities", EntitiesData, "title_cues")
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _after_title_cue(text: str, open_pos: int) -> bool:
    """Whether the word right before an opening quotation mark is a title cue."""
    m = _WORD_BEFORE.search(text, max(0, open_pos - 40), open_pos)
    return m is not None and m.group(1).casefold() in _TITLE_CUES


_SLOGAN_MAX_WORDS = 8  # longer all-capitalised quotations are rare; shouting is not a title


def _direct_quotes(text: str, sentences: Sequence[Span],
                   index: _Index | None = None) -> list[_Found]:
    lex = _lex()
    paras = _lines(text)
    para_ends = [pe for _, pe in paras]
    ix = index if index is not None else _Index((), sentences)
    found: list[_Found] = []
    prev_end = 0
    for d in find_direct(text):
        cue: Span | None = None
        spk: Span | None = None
        close_para = d.para
        if d.close_pos is not None:
            close_para = bisect_right(para_ends, d.close_pos)  # first paragraph ending after it
            pe = paras[close_para][1]
            if _followed_by_cue(text, d.close_pos + 1, pe):
                m = lex.direct_after.match(text, d.close_pos + 1, pe)
                assert m is not None
                cue = Span(start=m.start("cue"), end=m.end())
                spk = _nya_span(m.end()) if m.group("nya") else \
                    _speaker_after(text, m.end(), pe)
            elif (_ends_with_comma(text, d.close_pos)
                  or _goes_on_lower(text, d.close_pos)) and (
                    inv := lex.inverted_after.match(text, d.close_pos + 1, pe)) is not None:
                # '…,” ia menambahkan': the quotation goes on into its attribution.
                cue = Span(start=inv.start("cue"), end=inv.end("cue"))
                spk = Span(start=inv.start("spk"), end=inv.end("spk"))
        if cue is None:
            ps = paras[d.para][0]
            floor = max(ps, prev_end)
            seg_start = ix.sentence_start(d.open_pos, floor)
            before = text[seg_start:d.open_pos]
            m2 = lex.direct_before.search(before)
            if m2:
                cue = Span(start=seg_start + m2.start("cue"), end=seg_start + m2.end("cue") +
                           (3 if m2.group("nya") else 0))
                spk = _nya_span(cue.end) if m2.group("nya") else \
                    _speaker_before(text, seg_start, cue.start)
            elif (fr := _fronted_cue(text, seg_start, d.open_pos)) is not None:
                cue, spk = fr
            elif (ac := _according(text, Span(start=seg_start, end=d.open_pos))) is not None \
                    and ac.cue is not None and ac.cue.of(text).casefold() == "menurut" \
                    and len(ac.content.of(text).split()) >= 2 \
                    and len(d.content.of(text).split()) >= 3 \
                    and not _title_like(d.content.of(text).split()):
                # 'Menurut Trump , The Amazing Race bisa menang … karena “ mereka tahu … ”':
                # a phrase quoted inside the statement a fronted 'Menurut X ,' attributes.
                cue, spk = ac.cue, ac.speaker_span
            elif (m3 := lex.introducer.search(before)) is not None and (
                    spk := _first_subject(text, seg_start, seg_start + m3.start())) is not None:
                # 'Dia merilis kicauan di Twitter berisikan , “…”': the message's author
                cue = Span(start=seg_start + m3.start("cue"), end=seg_start + m3.end("cue"))
            elif (ca := lex.colon_adjunct.search(before)) is not None and (
                    ca.group("nya") or _speaker_before(
                        text, seg_start, seg_start + ca.start("cue")) is not None):
                # 'Kim mengatakan kepada wartawan : “…”': the verb's subject, not the
                # name in the adverbial before the colon.
                cue, spk = _colon_adjunct_cue(text, seg_start, ca)
            elif before.rstrip().endswith(":"):
                colon = seg_start + len(before.rstrip()) - 1
                spk = _speaker_before(text, seg_start, colon)
                if spk is not None:
                    cue = Span(start=colon, end=colon + 1)
            elif len(d.content.of(text).split()) >= lex.min_words_without_cue \
                    and not _title_like(d.content.of(text).split()) \
                    and (vc := _verb_cue(text, Span(start=seg_start, end=d.open_pos))) \
                    is not None and vc.speaker_span is not None:
                # 'Rajoy mengatakan bahwa … tindakan pemerintah Katalan “bertentangan …”':
                # a phrase quoted inside the statement of the sentence's verb of saying.
                cue, spk = vc.cue, vc.speaker_span
            elif d.open_pos == ps and d.para > 0 and paras[d.para - 1][0] >= prev_end:
                # 'Anita Abdulkadir kepada DailySocial menjelaskan :' closing the paragraph
                # before: the cue of a quote that fills the next one.
                cue, spk = _cue_closing_paragraph(text, paras[d.para - 1], ix)
        said = d.content.of(text)
        words = said.split()
        if cue is None and (_title_like(words) or _slogan(said)
                            or _after_title_cue(text, d.open_pos)):
            prev_end = (d.close_pos or d.content.end) + 1
            continue  # a title of a work or event: 'webinar bertajuk “Go Digital”'
        if cue is None and found and found[-1].speaker_span is not None \
                and d.para - found[-1].para <= 1 and len(words) >= 3 and said[0].isupper():
            spk = found[-1].speaker_span  # '“A,” kata Kim. “B.”': B is Kim's too
        if cue is None and spk is None and len(words) < lex.min_words_without_cue:
            prev_end = (d.close_pos or d.content.end) + 1
            continue
        cs, ce = d.content.start, d.content.end
        while ce > cs and text[ce - 1] in ", ":
            ce -= 1  # '…ketidakstabilan,” tegas': the comma belongs to the attribution
        found.append(_Found(Span(start=cs, end=ce), "direct", cue, spk, close_para))
        prev_end = (d.close_pos or d.content.end) + 1
    return _inner_fragments(text, _paragraphs_before_cue(text, paras, found))


def _first_subject(text: str, start: int, end: int) -> Span | None:
    """The subject of the first verb (a lower-case me-/ber- word) between `start` and
    `end` when it opens there: '[Dia] merilis kicauan di Twitter'."""
    toks = _tokens(text, start, end)
    k = next((k for k, (a, b) in enumerate(toks)
              if k > 0 and text[a:b].islower() and _ACTIVE_VERB.fullmatch(text[a:b])
              and _verb(text[a:b])), None)
    if k is None:
        return None
    spk = _speaker_before(text, start, toks[k][0])
    if spk is None or spk.start != toks[0][0] or any(
            x.casefold() in _lex().first_person for x in _NAME_WORD.findall(spk.of(text))):
        return None  # 'Pernahkah Anda menerima SMS berisikan “…”': the reader, no author
    return spk


def _paragraphs_before_cue(text: str, paras: Sequence[tuple[int, int]],
                           found: list[_Found]) -> list[_Found]:
    """A quotation that fills its paragraph with no cue and no speaker, right before a
    paragraph that opens with a quotation closed by a cue ('“Messi adalah …”' then
    '“Saya bahkan ingin …,” ujar Guardiola'), is that speaker's: the Indonesian way of
    quoting one person over several paragraphs, each closed."""
    out = list(found)
    starts = [ps for ps, _ in paras]
    for k in range(len(out) - 2, -1, -1):
        f, g = out[k], out[k + 1]
        if f.kind != "direct" or f.cue is not None or f.speaker_span is not None \
                or g.kind != "direct" or g.speaker_span is None:
            continue
        pf = bisect_right(starts, f.content.start) - 1
        pg = bisect_right(starts, g.content.start) - 1
        if pg != pf + 1 or f.para != pf:
            continue
        ps, pe = paras[pf]
        gs = paras[pg][0]
        lead = text[ps:f.content.start].strip()
        tail = text[f.content.end:pe].strip()
        glead = text[gs:g.content.start].strip()
        if len(lead) == 1 and len(tail) <= 2 and not any(c.isalnum() for c in tail) \
                and len(glead) == 1 and (g.cue is None or g.cue.start > g.content.end):
            out[k] = replace(f, speaker_span=g.speaker_span)
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


def _inner_fragments(text: str, found: list[_Found]) -> list[_Found]:
    """A quotation cut into pieces by a term quoted inside it ('“Kalau Gayus … tidak harus
    ada “justice collaborator”. Kalau Nazaruddin … termasuk “justice collaborator” di KPK
    …,” kata Ma'mun'): a piece with no cue and no speaker, parted from the next piece by a
    few words and no sentence end, has that piece's speaker."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        f, g = out[k], out[k + 1]
        if f.kind != "direct" or g.kind != "direct" or f.cue is not None \
                or f.speaker_span is not None or g.speaker_span is None:
            continue
        gap = text[f.content.end:g.content.start]
        words = [w for w in gap.split() if any(c.isalnum() for c in w)]
        if 1 <= len(words) <= 4 and not _SENTENCE_END.search(gap):
            out[k] = replace(f, speaker_span=g.speaker_span)
    return out


def _colon_adjunct_cue(text: str, seg_start: int, ca: re.Match[str], base: int | None = None
                       ) -> tuple[Span | None, Span | None]:
    """Cue and speaker of a `colon_adjunct` match (searched in `text[seg_start:]` when
    `base` is None, else in `text` itself): the verb, and its subject or its '-nya'."""
    off = seg_start if base is None else base
    cue = Span(start=off + ca.start("cue"), end=off + ca.end("cue"))
    if ca.group("nya"):
        cue = Span(start=cue.start, end=cue.end + 3)
        return cue, _nya_span(cue.end)
    spk = _speaker_before(text, seg_start, cue.start)
    return (cue, spk) if spk is not None else (None, None)


def _cue_closing_paragraph(text: str, para: tuple[int, int], ix: _Index
                           ) -> tuple[Span | None, Span | None]:
    """Cue and speaker of a paragraph that ends with a verb of saying and a colon."""
    ps, pe = para
    end = ps + len(text[ps:pe].rstrip())
    if end <= ps or text[end - 1] != ":":
        return None, None
    seg = ix.sentence_start(end - 1, ps)
    lst = _lex().listing.match(text, seg, end)
    if lst is not None:
        # 'Berikut petikan surat Miryam :': the letter's writer (a document) speaks.
        return Span(start=end - 1, end=end), Span(start=lst.start("spk"), end=lst.end("spk"))
    m = _lex().direct_before.search(text[seg:end])
    if m is None and (ca := _lex().colon_adjunct.search(text, seg, end)) is not None \
            and not ca.group("nya"):
        # 'Kim mengatakan di hadapan wartawan :' closing the paragraph
        return _colon_adjunct_cue(text, seg, ca, 0)
    if m is None or m.group("nya"):
        return None, None
    cue = Span(start=seg + m.start("cue"), end=seg + m.end("cue"))
    spk = _speaker_before(text, seg, cue.start)
    return (cue, spk) if spk is not None else (None, None)


def _fronted_cue(text: str, seg_start: int, open_pos: int) -> tuple[Span, Span] | None:
    """Cue and speaker of 'Kata Kim, “…' / 'Menurut dia, “…' / 'Menurutnya, “…'.

    The speaker is read as after a post-posed cue ('…,” kata Kim') and must run up to the
    comma: 'Kata kunci, “…' (no capitalised speaker) or 'Kata Kim, dia …, “' are no cue.
    """
    m = _lex().fronted.match(text, seg_start, open_pos)
    if m is None:
        return None
    cs = m.start("cue")
    if m.group("nya"):
        cue = Span(start=cs, end=m.end("nya"))
        return cue, _nya_span(cue.end)
    spk = _speaker_after(text, m.start("spk"), m.end("spk"))
    if spk is None or spk.end < m.end("spk") - 1:
        return None
    return Span(start=cs, end=m.end("cue")), spk


def _strip_end(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    return _trim(text, s, e)


# The word first, the space before it checked behind it: a pattern opening with a literal
# is searched for as one (a look-behind first was tried at every position of the sentence).
_MID_MENURUTNYA = re.compile(r"(?P<cue>menurut)(?<=\smenurut)(?P<nya>nya)(?=[\s,])")


def _mid_menurutnya(text: str, sent: Span) -> _Found | None:
    """'Isu pendanaan ini menurutnya menjadi penting …': 'menurutnya' inside the clause,
    with or without commas; the statement is the whole sentence (the cue stays in it)."""
    m = _MID_MENURUTNYA.search(text, sent.start, sent.end)
    if m is None or not text[sent.start:m.start()].strip():
        return None
    cue = Span(start=m.start("cue"), end=m.end("nya"))
    s, e = _strip_end(text, sent.start, sent.end)
    return _Found(Span(start=s, end=e), "indirect", cue, _nya_span(cue.end))


def _passive_nya(text: str, sent: Span) -> _Found | None:
    """'Selain itu , dikemukakannya , ke masa depan …', 'Pemain disebutnya sudah bisa …': a
    passive verb of saying whose agent is '-nya', inside the clause, then a comma or a modal
    or aspect word (the predicate of what was said). The statement is the whole sentence,
    or the clause after the cue's comma when only a connective precedes it. Not after 'yang'
    ('buku yang disebutnya'), a demonstrative or at the start ('Hal itu dikatakannya
    kepada wartawan' refers to a statement quoted before: no new one)."""
    lex = _lex()
    if (fronted := _fronted_passive_nya(text, sent)) is not None:
        return fronted
    for m in lex.passive_nya.finditer(text, sent.start, sent.end):
        before = _tokens(text, sent.start, m.start())
        after = _tokens(text, m.end(), sent.end)
        if not before or len(after) < 3:
            continue
        prev = text[before[-1][0]:before[-1][1]]
        if prev.casefold() in _DEMONSTRATIVES | {"yang", "seperti", "sebagaimana"}:
            continue
        nxt = text[after[0][0]:after[0][1]]
        comma = nxt == ","
        if not comma and nxt.casefold() not in lex.predicate_modals:
            continue
        cue = Span(start=m.start("cue"), end=m.end("nya"))
        lead = text[before[0][0]:before[-1][1]].rstrip(" ,").casefold()
        start = after[1][0] if comma and lead in lex.connectives else sent.start
        s, e = _strip_end(text, start, sent.end)
        if e > s:
            return _Found(Span(start=s, end=e), "indirect", cue, _nya_span(cue.end))
    return None


def _fronted_passive_nya(text: str, sent: Span) -> _Found | None:
    """'Disampaikannya , usai saling komentar …, Syahrini dan Paris saling …': a passive verb
    of saying with '-nya' opening the sentence, then its comma, fronts what the one quoted
    before says, as 'Diakui Gatot ,' does (who round 287: missed); so does a reason's noun
    ('Alasannya , …', spk34); the statement is the clause after the comma. ('Hal itu
    dikatakannya …' has words before the verb.)"""
    opener = _WORD.search(text, sent.start, sent.end)  # the first word, before tokenising all
    first = opener.group() if opener is not None else ""
    if not (first[:1].isupper() and first.endswith("nya")
            and first[:-3].casefold() in _lex().passive_nya_verbs | _lex().reason_nya):
        return None
    toks = _tokens(text, sent.start, sent.end)
    if len(toks) < 4 or text[toks[1][0]:toks[1][1]] != ",":
        return None
    s, e = _strip_end(text, toks[2][0], sent.end)
    cue = Span(start=toks[0][0], end=toks[0][1])
    return _Found(Span(start=s, end=e), "indirect", cue, _nya_span(cue.end)) if e > s else None


def _topic_by(text: str, sent: Span) -> _Found | None:
    """'Pentingnya kesiapan infrastruktur juga ditekankan oleh Wahyudin , VP …': a sentence
    whose subject is a point made (a noun of `content_nouns`), a passive verb of saying
    and its agent after 'oleh': the point is what the agent said. No verb or 'yang' in the
    point: 'Perlunya dana yang dijanjikan …' is no plain topic."""
    m = _lex().topic_by.match(text, sent.start, sent.end)
    if m is None or any(w.casefold() == "yang" or _verb(w)
                        for w in m.group("topic").split()[1:]):
        return None
    return _Found(Span(start=m.start("topic"), end=m.end("topic")), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=m.start("spk"), end=m.end("spk")))


def _asked_by(text: str, sent: Span) -> _Found | None:
    """'Namun , ia diminta oleh Conte untuk bermain sebagai wing - back': a request or an
    order in the passive, its agent after 'oleh' (or a capitalised agent right after the
    verb), then what was asked after 'untuk' or 'agar': the agent said it, as 'Conte
    meminta dia untuk …' (speak15; who round 260: missed). The agent must be a name: 'ia
    diminta untuk datang' names no one. So is telling in the passive with 'oleh' and
    'bahwa': 'Gatot diberitahu oleh pihak maskapai bahwa …' (spk32; who round 301: missed)."""
    lex = _lex()
    m = lex.asked_by.search(text, sent.start, sent.end) \
        or lex.told_by.search(text, sent.start, sent.end)
    if m is None:
        return None
    spk = _speaker_after(text, m.start("spk"), m.end("spk"))
    if spk is None or spk.end != m.end("spk"):
        return None  # the agent phrase is no speaker phrase on its own
    s, e = _strip_end(text, m.start("content"), sent.end)
    if e <= s:
        return None
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")), spk)


def _cleft_agent(text: str, sent: Span) -> _Found | None:
    """'Salah satu yang disoroti RD terkait lawannya adalah orientasi permainan …': a cleft
    whose passive verb of saying has a named agent right after it; what follows the copula
    is the point the agent made, as 'RD menyoroti orientasi permainan …'. The agent must be
    a speaker phrase."""
    m = _lex().cleft_agent.search(text, sent.start, sent.end)
    if m is None:
        return None
    spk = _speaker_after(text, m.start("spk"), m.end("spk"))
    if spk is None or spk.end != m.end("spk"):
        return None
    s, e = _strip_end(text, m.start("content"), sent.end)
    if e <= s:
        return None
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")), spk)


def _passive_agent(text: str, sent: Span) -> _Found | None:
    """'Fitur belanja itu disebut Talbot bisa memangkas waktu …': a passive verb of saying
    in mid-clause, its capitalised agent right after it, then the predicate (a modal, a
    negation or a copula): the agent said the whole sentence, as 'Talbot menyebut fitur itu
    bisa …'. Not after 'yang', nor a back reference ('Hal itu dikatakan Budi …' points to a
    statement before), nor at the sentence's start; the agent must be a speaker phrase."""
    lex = _lex()
    m = lex.passive_agent.search(text, sent.start, sent.end)
    if m is None or lex.back.match(text, sent.start, sent.end) is not None:
        return None
    before = _tokens(text, sent.start, m.start())
    if len(before) < 2 or text[before[-1][0]:before[-1][1]].casefold() in \
            {"yang", "seperti", "sebagaimana", ","}:
        return None
    spk = _speaker_after(text, m.start("spk"), m.end("spk"))
    if spk is None or spk.end != m.end("spk"):
        return None
    s, e = _strip_end(text, sent.start, sent.end)
    if e <= s:
        return None
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")), spk)


def _claim_by(text: str, sent: Span) -> _Found | None:
    """'Kasus ini bermula dari pengakuan Budi bahwa ia anak kandung …': a noun of a claim or
    statement (`claim_nouns`), its capitalised author right after it, then 'bahwa': the
    clause after 'bahwa' is the author's statement (spk33; who rounds 303, 304: missed).
    The author must be a speaker phrase, run whole to 'bahwa'; a claim opening the sentence
    is its subject ('Pengakuan Budi bahwa … disangkal …'), its clause's end untold."""
    m = _lex().claim_by.search(text, sent.start, sent.end)
    if m is None or len(_tokens(text, sent.start, m.start())) < 2:
        return None
    spk = _speaker_after(text, m.start("spk"), m.end("spk"))
    if spk is None or spk.end != m.end("spk"):
        return None
    s, e = _strip_end(text, m.end(), sent.end)
    if e <= s:
        return None
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")), spk)


_MID_MENURUT = re.compile(r"\s(?P<cue>menurut)\s+(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                          r"\s+(?=[a-z])")
_CITED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"


@cache
def _mid_menurut_cited() -> re.Pattern[str]:
    """'Dampak bencana menurut Mudavanhu (2015) dan Gibbs dkk (2019), mencakup …': a cited
    author with the year in brackets, his co-authors ('dkk', entities.toml `company_after`)
    and a second one after 'dan', then an optional comma before the predicate (spk30c; who
    round 296: missed)."""
    company = "|".join(re.escape(w) for w in load("entities", EntitiesData).company_after)
    one = (rf"(?:\s+(?i:{company})(?![\w-]))?\s*\(\s*\d{{4}}\s*\)" if company
           else r"\s*\(\s*\d{4}\s*\)")
    return re.compile(rf"\s(?P<cue>menurut)\s+(?P<spk>{_CITED_NAME}){one}"
                      rf"(?:\s+(?:dan|serta)\s+{_CITED_NAME}{one})?\s*,?\s+(?=[a-z])")


def _mid_menurut(text: str, sent: Span) -> _Found | None:
    """'Usulan ini menurut Hasbullah bukan hanya wacana': 'menurut' and a name between the
    subject (a noun phrase of a few words, no comma, no verb) and its predicate; the
    statement is the whole sentence, as with 'menurutnya' inside the clause."""
    m = _MID_MENURUT.search(text, sent.start, sent.end) \
        or _mid_menurut_cited().search(text, sent.start, sent.end)
    if m is None:
        return None
    head = text[sent.start:m.start()].split()
    if not head or len(head) > 6 or not head[0][:1].isupper() \
            or any(w in ",;:" or _verb(w) for w in head):
        return None
    s, e = _strip_end(text, sent.start, sent.end)
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=m.start("spk"), end=m.end("spk")))


def _back_reference(text: str, sent: Span, before: Span) -> _Found | None:
    """'Bangsa yang besar … pahlawannya. Hal ini disampaikan Presiden Joko Widodo ketika
    …': the sentence before is what the speaker after the passive verb said."""
    m = _lex().back.match(text, sent.start, sent.end)
    if m is None:
        return None
    spk = _speaker_after(text, m.end(), sent.end)
    if spk is None:
        return None
    s, e = _strip_end(text, before.start, before.end)
    return _Found(Span(start=s, end=e), "indirect",
                  Span(start=m.start("cue"), end=m.end("cue")), spk)


_SENTENCE_GAP = re.compile(r"\s*[.!?]?\s*")


def _role_named_on(text: str, body: Sequence[_Found]) -> list[_Found]:
    """'Ekonom mengingatkan bahwa …. Nilai tukar … akan tertekan. Hal ini disampaikan oleh
    Direktur Eksekutif INDEF Esther Sri Astuti': a bare role's statement that the next
    sentence goes on with, whose speaker a back reference then names: the one named speaks
    both (the role only announced who would be named)."""
    out = list(body)
    back = _lex().back
    for i in range(len(out) - 1):
        f, g = out[i], out[i + 1]
        if f.speaker_span is None or g.speaker_span is None or g.cue is None \
                or g.kind != "indirect" or g.speaker_span.start < g.content.end \
                or not _bare_role(f.speaker_span.of(text).casefold()):
            continue
        gap = _SENTENCE_GAP.match(text, f.content.end)
        tail = _SENTENCE_GAP.match(text, g.content.end)
        if gap is not None and gap.end() == g.content.start and tail is not None \
                and back.match(text, tail.end()) is not None:
            out[i] = replace(f, speaker_span=g.speaker_span)
    return out


def _pronoun_named_on(text: str, sentences: Sequence[Span],
                      body: Sequence[_Found]) -> list[_Found]:
    """'Mereka meminta Bupati … tak mengorbankan petani. Hal itu disampaikan Jaringan Tani
    dalam keterangan tertulisnya': a statement whose speaker phrase is a pronoun, and the
    next sentence a back reference that names who said it: the one named is the speaker
    (the source named after its statement; spk34, who round 305: missing)."""
    lex = _lex()
    out = list(body)
    for i, f in enumerate(out):
        if f.speaker_span is None \
                or f.speaker_span.of(text).casefold() not in lex.pronouns | lex.plural:
            continue
        gap = _SENTENCE_GAP.match(text, f.content.end)
        nxt = next((s for s in sentences if s.start >= f.content.end), None)
        if gap is None or nxt is None or text[gap.end():nxt.start].strip(" \n\"”“'") \
                or any(g.content.start >= gap.end() and g.content.start < nxt.end
                       for g in out[i + 1:i + 2]):
            continue  # only right before the next sentence, which is no quote itself
        m = _lex().back.match(text, nxt.start, nxt.end)
        spk = _speaker_after(text, m.end(), nxt.end) if m is not None else None
        if spk is not None and spk.of(text).casefold() not in lex.pronouns | lex.plural:
            out[i] = replace(f, speaker_span=spk)
    return out


_QUOTED = re.compile(r"[“\"«]([^“”\"«»]*)[”\"»]")


def _only_titles_quoted(sentence: str) -> bool:
    """Whether every quotation mark of a sentence pairs up around a title or a few words
    ('“ The Angry Birds Movie 2 ” akan diproduksi …, kata Rovio'): the sentence may still
    report speech without quotation marks."""
    if len(_SPEECH_MARK.findall(sentence)) != 2 * len(_QUOTED.findall(sentence)):
        return False  # an unpaired mark: part of a quotation the segmenter cut
    return all(_title_like(q.split()) or len(q.split()) < _lex().min_words_without_cue
               for q in _QUOTED.findall(sentence))


_SPEECH_MARK = re.compile(r"[“”\"«»]")
_DANGLING_OPENER = re.compile(r"\s+[“\"«„]\s*$")


def _without_dangling_opener(text: str, sent: Span) -> Span:
    """A sentence less the opening mark of the quote after it: the segmenter may leave it
    at the end ('Deti menambahkan anak balita … terakhir. "' before 'MBG balita …," kata
    Deti.'), and a sentence with a mark in it is read as part of a direct quote."""
    # The pattern ends in the mark: searched only in a sentence that does.
    m = _DANGLING_OPENER.search(text, sent.start, sent.end) \
        if ends_in(text, sent.start, sent.end, "“\"«„") else None
    if m is None or m.start() <= sent.start:
        return sent
    return Span(start=sent.start, end=m.start())


def _indirect_quotes(text: str, sentences: Sequence[Span], taken: Sequence[Span]) -> list[_Found]:
    lex = _lex()
    out: list[_Found] = []
    direct = SpanSet(taken)
    prev: Span | None = None  # the sentence before, when it is plain text and no quote
    for sent in sentences:
        sent = _without_dangling_opener(text, sent)
        before, prev = prev, None
        if direct.overlaps(sent.start, sent.end):
            continue
        st = text[sent.start:sent.end]
        if any(c in st for c in "“”\"«»") and not _only_titles_quoted(st):
            continue
        if st.rstrip().endswith(":") and lex.colon_adjunct.search(st) is not None:
            continue  # 'Kim mengatakan kepada wartawan :': the cue of what follows
        f = _according(text, sent) or _as_said_by(text, sent) or _final_cue(text, sent) or \
            _final_subject_cue(text, sent) or \
            _parenthetical(text, sent) or _verb_cue(text, sent) or _mid_menurutnya(text, sent) \
            or _source_cue(text, sent) or _view_cue(text, sent) or _passive_nya(text, sent) \
            or _topic_by(text, sent) or _mid_menurut(text, sent) or _asked_by(text, sent) \
            or _passive_agent(text, sent) or _cleft_agent(text, sent) \
            or _claim_by(text, sent)
        if f is None and before is not None:
            f = _back_reference(text, sent, before)
        if f is None:
            prev = sent
        if f is not None:
            s, e = f.content.start, f.content.end
            words = text[s:e].split()
            if len(words) >= lex.min_indirect_words or _short_clause(words):
                out.append(f)
    return out


def _added_statements(text: str, sentences: Sequence[Span], found: Sequence[_Found]
                      ) -> list[_Found]:
    """'“…,” kata Abu Hasna, seraya menambahkan bahwa 8.000 guru akan …': the statement
    joined to a quote's attribution, to the end of its sentence, with that speaker."""
    lex = _lex()
    out: list[_Found] = []
    # Sentences in order are bisected, quotes looked up by where they end: a scan of every
    # sentence for every quote, and of every quote for every sentence, cost the square of
    # a long article's length. The answers are the scans' own.
    starts = [s.start for s in sentences] if ordered(sentences) else None
    for f in found:
        if f.speaker_span is None or f.speaker_span.start < f.content.end:
            continue  # the attribution must follow the quote for the clause to go on it
        m = lex.added.match(text, f.speaker_span.end)
        if m is None and (b := lex.added_bare.match(text, f.speaker_span.end)) is not None:
            stop = _end_of_sentence_holding(sentences, starts, b.end())
            toks = _tokens(text, b.end(), len(text) if stop is None else stop)
            m = b if toks and _clause_follows(text, toks, 0) else None
        end = _end_of_sentence_holding(sentences, starts, m.end()) if m else None
        end = len(text) if end is None else end
        out += _added_found(text, m, end, f)
    # '… mengatakan bahwa …. Dan menambahkan bahwa …': the statement just before speaks on:
    # of the attributed quotes ending between the sentence before and this one, the last
    # in order of start (ties: as listed).
    said = sorted((f for f in found if f.speaker_span is not None),
                  key=lambda f: f.content.start)
    by_end = sorted(range(len(said)), key=lambda n: said[n].content.end)
    ends = [said[n].content.end for n in by_end]
    for k, sent in enumerate(sentences[1:], 1):
        m = lex.added_sentence.match(text, sent.start)
        if m is None:
            continue
        within = by_end[bisect_left(ends, sentences[k - 1].start):bisect_right(ends, sent.start)]
        prev = said[max(within)] if within else None
        out += _added_found(text, m, sent.end, prev) if prev else []
    taken = SpanSet([f.content for f in found])
    return [a for a in out if not taken.overlaps(a.content.start, a.content.end)]


def _end_of_sentence_holding(sentences: Sequence[Span], starts: list[int] | None,
                             pos: int) -> int | None:
    """The end of the first sentence holding `pos`, None when none does: bisected over
    `starts` when the sentences are in order and apart, else scanned."""
    if starts is None:
        return next((s.end for s in sentences if s.start <= pos < s.end), None)
    k = bisect_right(starts, pos) - 1
    return sentences[k].end if k >= 0 and pos < sentences[k].end else None


def _added_found(text: str, m: re.Match[str] | None, end: int, f: _Found) -> list[_Found]:
    """The statement after an 'added' cue `m` to `end`, said by `f`'s speaker."""
    if m is None:
        return []
    s, e = _strip_end(text, m.end(), end)
    if len(text[s:e].split()) < _lex().min_indirect_words:
        return []
    return [_Found(Span(start=s, end=e), "indirect",
                   Span(start=m.start("cue"), end=m.end("cue")), f.speaker_span, f.para)]


def _short_clause(words: Sequence[str]) -> bool:
    """Two words that still make a clause: a modal or aspect word, then a verb ('Purbaya
    mengaku [siap dilantik]', 'berjanji [akan datang]'); an active verb and its object, what
    was asked ('John mengimbau semua pihak agar [menahan diri]'); or the news or matter told
    before, owned to ('AKBP Andrie tak menampik [kabar tersebut]'). Shorter statements, or
    other two words, are too loose."""
    if len(words) != 2:
        return False
    first, second = words[0].casefold(), words[1].casefold()
    lex = _lex()
    return (first in lex.subjectless and _verb(words[1])) \
        or (first.startswith("me") and _verb(words[0]) and second.isalpha()
            and words[1].islower()) \
        or (first in lex.back_noun_words and second in _DEMONSTRATIVES) \
        or f"{first} {second}" in lex.back_subject_words


# What may open a sentence before 'menurut X,': a clause and its comma ('Seperti diungkapkan
# di Tech In Asia Jakarta 2017, menurut …'), a connective after that comma ('… yang sama ,
# tapi menurut Geekbench …'), or a connective alone ('Sementara menurut Joseph, …', 'Padahal
# menurut juru bicara KPK, Febri Diansyah, …'): quotes.toml's `according_after_comma` and
# `according_openers` (moved from code, spk28).
@cache
def _head_clause() -> re.Pattern[str]:
    sp = load("quotes", QuotesData).speaker
    after_comma = _alt(sp.according_after_comma)
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                       for w in sorted(sp.according_openers, key=len, reverse=True))
    return re.compile(rf"(?:[^,]{{1,160}},\s*(?:(?i:{after_comma})\s+)?"
                      rf"|(?i:{openers})\s+)(?=menurut)")


# A name closing a sentence after a role's comma, with a title before it and a degree after
# it ('dr Didik Librianto , Sp . OT .'), nothing else.
_NAME_TAIL = re.compile(r"(?:(?:dr|Dr|Prof|drg|Ir|H)\.?\s+)*"
                        r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
                        r"(?:\s*,\s*[A-Z][\w]*(?:\s*\.\s*[A-Z][\w]*)*)?\s*[.!?]?\s*$")


# An appositive after the agent's comma, closed by a comma: 'selaku pemohon …,'.
_APPOSITIVE = re.compile(r"(?:selaku|sebagai)\s[^,.;:!?\"“”]{1,80}?,\s*(?=\S)")


def _as_said_by(text: str, sent: Span) -> _Found | None:
    """'Seperti dilaporkan pihak bank bahwa …', 'Sebagaimana disampaikan Kapolri, …': a
    fronted passive cue, its agent up to the comma or 'bahwa'; the agent opens with a
    capital or a speaker word ('pihak'), not 'sebelumnya' or a time ('Senin lalu')."""
    lex = _lex()
    m = lex.as_said.match(text, sent.start, sent.end)
    if m is None:
        return None
    cue = m.group("cue").casefold()
    if m.group("open") is None and not m.group("cue")[:1].isupper() \
            and not (m.group("conn") and (m.group("oleh") or m.group("sep") == ","
                                          and m.group("spk")[:1].isupper())):
        # without 'Seperti' the passive verb opens the sentence, or follows a connective
        # with its agent after 'oleh' ('Namun , diterangkan oleh WHO , kontras dengan …')
        # or a capitalised agent closed by its comma ('Lebih lanjut , dipaparkan Budi , …':
        # spk32b; who round 303: missed)
        return None
    if cue in lex.as_said_need_bahwa and m.group("sep").casefold() != "bahwa":
        return None  # 'Seperti dilaporkan Reuters, …' names the newswire the text is from
    first = m.group("spk").split()[0]
    low = first.casefold()
    if low in lex.time_words or low in lex.connectives or low in lex.stop_after or not (
            first[0].isupper() or low in lex.inner or low in lex.pronouns):
        return None
    start, spk_end = m.start("content"), m.end("spk")
    if m.group("sep") == "," and (chain := _titled_agent_to_bahwa(text, start, sent.end)):
        spk_end, start = chain  # 'Dijelaskan oleh Profesor …, Pusat Riset …, Prof Erma bahwa'
    elif m.group("sep") == "," and (app := _APPOSITIVE.match(text, start, sent.end)):
        start = app.end()  # 'Perludem, selaku pemohon dalam perkara ini, himpitan …'
    s, e = _strip_end(text, start, sent.end)
    return _Found(Span(start=s, end=e), "indirect", Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=m.start("spk"), end=spk_end))


# A chain of capitalised comma segments (titles, units, the name) closed by 'bahwa'.
_TO_BAHWA = re.compile(r"(?P<chain>[^.;:!?\"“”]{1,200}?)\s+(?i:bahwa)\s+(?=\S)")


def _titled_agent_to_bahwa(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a fronted passive cue's agent, cut at its first comma, really ends: 'Dijelaskan
    oleh Profesor Riset …, Pusat Riset …, BRIN, Prof Erma Yulihastin bahwa …' runs on
    through comma segments of capitalised words (and coordinators) to the name before
    'bahwa' (who round 283: missing). Returns (agent end, content start), or None."""
    m = _TO_BAHWA.match(text, start, end)
    if m is None:
        return None
    words = _NAME_WORD.findall(m.group("chain"))
    lex = _lex()
    if not words or not all(w[:1].isupper() or w.casefold() in lex.coordinators
                            for w in words) or not words[-1][:1].isupper():
        return None
    return m.end("chain"), m.end()


# 'Menurut' and a capitalised name, then the statement in lower case with no comma between.
# 'Menurut Bahlil pemberian IUP …', and an epithet closed by a demonstrative: 'Menurut
# pelatih asal Prancis ini kompetisi masih panjang' (it refers back like a pronoun).
_MENURUT_NAME = re.compile(
    r"(?P<cue>[Mm]enurut)(?P<nya>(?!x)x)?\s+(?P<spk>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}"
    r"|[a-z][\w-]*(?:\s+[\w'’-]+){0,5}?\s+(?:ini|itu|tersebut))"
    r"\s+(?P<content>[a-z].*)$")


def _according(text: str, sent: Span) -> _Found | None:
    lex = _lex()
    m = lex.according.match(text, sent.start, sent.end)
    subject_head = False  # 'Harga itu, menurutnya, …': the clause runs on both sides
    if m is None:
        # 'Sementara itu, menurut X, …': one opening clause before the cue.
        head = _head_clause().match(text, sent.start, sent.end)
        if head is not None:
            m = lex.according.match(text, head.end(), sent.end)
            if m is not None and m.group("cue").casefold() != "menurut":
                m = None
            if m is not None and m.group("nya"):
                # 'Gubernur Budi, menurutnya, tidak pernah …': the head is the subject of
                # what was said, not its speaker; a connective head ('Namun, menurutnya,
                # …', 'Sehingga, menurutnya, …': one word, a connective) stays out.
                words = text[sent.start:head.end()].rstrip(" ,").split()
                # (one word will do when it is a name: 'Budi, menurutnya, …' is the
                # subject, not who holds the view; speak9, who round 247: wrong)
                subject_head = (len(words) >= 2 or len(words) == 1 and _proper_word(words[0])) \
                    and words[0].casefold() not in lex.connectives \
                    and text[head.start():head.end()].rstrip()[-1:] == "," \
                    and text[m.end("nya"):m.start("content")].strip() == ","
            if m is not None and (name := _NAME_TAIL.match(text, m.start("content"), sent.end)):
                # '… atau tidak , menurut spesialis … dari Rumah Sakit Pondok Indah , dr
                # Didik Librianto , Sp . OT .': a trailing cue, its role and the name after
                # the role's comma; the statement is the clause before it.
                s, e = _strip_end(text, sent.start, head.end())
                cue = Span(start=m.start("cue"), end=m.end("cue"))
                return _Found(Span(start=s, end=e), "indirect", cue,
                              Span(start=m.start("spk"), end=name.end("name")))
        if m is None:
            # 'Menurut Bahlil pemberian IUP tersebut merupakan …': no comma after the name.
            m = _MENURUT_NAME.match(text, sent.start, sent.end)
        if m is None and head is not None and head.end() > sent.start:
            # '…, tapi menurut Geekbench ketiganya menghasilkan …': so after a head clause,
            # the statement the clause after the name (its first word no preposition or
            # time: '…, menurut BPS pada Senin' closes the sentence with its source)
            m = _MENURUT_NAME.match(text, head.end(), sent.end)
            said = m.group("content").split() if m is not None else []
            if m is not None and (len(said) < 3 or not m.group("spk")[:1].isupper()
                                  or said[0] in lex.stop_after
                                  or said[0] in lex.inner
                                  or len(said[0]) <= 3 and said[1][:1].isupper()):
                # ('menurut National Oceanic and Atmospheric …': a name goes on; a lower-case
                # epithet may take the statement's own subject: 'menurut investor Tiongkok
                # hal tersebut …')
                m = None
        if m is None:
            # 'Untuk sementara , berdasarkan keterangan Budi , …': a source's phrase after
            # a short fronted adjunct, read as at the sentence's start (spk33; who round
            # 304: missed).
            m = _source_after_adjunct(text, sent)
        if m is None or (m.group("cue").casefold() in lex.according_phrases
                         and _no_named_source(text, m, sent)):
            return None
    elif (cue_word := m.group("cue").casefold()) in lex.according_phrases:
        if _no_named_source(text, m, sent):
            return None
    elif cue_word != "menurut" and (
            m.group("nya") or not (m.group("spk")[:1].isupper()
                                   or m.group("spk").strip().casefold() in lex.person_pronouns)
            or len(m.group("spk").split()) > 6
            or _SPEECH_MARK.search(text, sent.start, sent.end)
            or text[:sent.start].rstrip()[-1:] in ("”", "\"", "’")):
        # 'Kata Halim , kasusnya akan terus berlanjut …' names its speaker, as 'Kata dia, …'
        # does a person told of before; 'Katanya, …'
        # opening a sentence is hearsay ('they say'), no speaker; with a quotation in the
        # sentence, or right after one ('… . ” Ujar Eko Handoko , Country …'), the cue is
        # read with the quotation or not at all.
        return None
    cue = Span(start=m.start("cue"), end=m.end("cue") + (3 if m.group("nya") else 0))
    if m.group("nya"):
        spk = _nya_span(cue.end)
    else:
        skip = _modifiers_len(m.group("spk")) \
            if m.group("cue").casefold() in lex.according_phrases else 0
        spk = Span(start=m.start("spk") + skip, end=m.end("spk"))
    start = sent.start if subject_head else m.start("content")
    if not m.group("nya"):
        spk, start = _listed_name(text, spk, start, sent.end)
        named = _named_after_description(text, spk, start, sent.end) \
            or _named_after_office(text, spk, start, sent.end)
        if named is not None:
            spk, start = named
    s, e = _strip_end(text, start, sent.end)
    return _Found(Span(start=s, end=e), "indirect", cue, spk)


def _no_named_source(text: str, m: re.Match[str], sent: Span) -> bool:
    """Whether a source's phrase (`according_phrases`: 'Berdasarkan keterangan X , …') names
    no one who reports the clause after it."""
    lex = _lex()
    cue_word = m.group("cue").casefold()
    source = text[m.start("spk") + _modifiers_len(m.group("spk")):m.end("spk")] \
        if not m.group("nya") else ""
    if not m.group("nya") and not (source[:1].isupper()
                                   or source.split()[:1] and
                                   source.split()[0].casefold() in lex.pronouns):
        return True  # 'Berdasarkan keterangan yang dihimpun, …' names no one
    if not m.group("nya") and any(_verb(w) for w in source.split()):
        return True  # 'Berdasarkan data X mendapat …': a clause, no source's name
    if " ".join(cue_word.split()) in lex.according_records and (
            m.group("nya")
            or _own_verb_of_saying(text, m.start("content"), sent.end)):
        return True  # 'Dalam keterangannya , Budi mengatakan …': Budi's, read by its verb
    # 'Berdasarkan laporan BMKG , lanjut Sutopo , …': Sutopo's, read by his parenthetical
    # cue; the report is his source (spk27; who round 278: wrong)
    return not m.group("nya") and _cue_and_name_open(text, m.start("content"), sent.end)


# A short adjunct opening a sentence, closed by its comma: 'Untuk sementara ,', 'Di sisi
# lain ,', 'Tahun ini ,' (the words are checked for verbs in `_source_after_adjunct`).
_FRONTED_ADJUNCT = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s*,\s*")


def _source_after_adjunct(text: str, sent: Span) -> re.Match[str] | None:
    """'Untuk sementara , berdasarkan keterangan Budi , lima pelaku …': a source's phrase of
    `according_phrases` (not 'menurut', read by `_head_clause`) after a short fronted
    adjunct with no verb: the adjunct is the clause's, the source reports it. A clause with
    a verb before the comma ('Polisi menangkap dua pelaku , berdasarkan …') is no adjunct."""
    head = _FRONTED_ADJUNCT.match(text, sent.start, sent.end)
    if head is None or any(_verb(w) or w.casefold() in _lex().saying_verbs
                           for w in text[head.start():head.end()].rstrip(" ,").split()):
        return None
    m = _lex().according.match(text, head.end(), sent.end)
    if m is None or m.group("nya") or m.group("cue").casefold() not in _lex().according_phrases:
        return None
    return m


def _cue_and_name_open(text: str, start: int, end: int) -> bool:
    """Whether a clause opens with a parenthetical cue word, a capitalised name and a comma
    ('lanjut Sutopo , sudah terjadi …'): the name speaks the clause."""
    toks = _tokens(text, start, min(end, start + 100))
    if len(toks) < 3 or _lex().parenthetical_words.fullmatch(
            text[toks[0][0]:toks[0][1]].casefold()) is None:
        return False
    k = 1
    while k < len(toks) and text[toks[k][0]].isupper():
        k += 1
    return 1 < k < len(toks) and text[toks[k][0]:toks[k][1]] == ","


def _modifiers_len(phrase: str) -> int:
    """How far the words of `according_modifiers` run at the start of `phrase` ('terbaru '
    of 'terbaru Badan Pusat Statistik'), in characters."""
    mods = _lex().according_modifiers
    pos = 0
    for w in re.finditer(r"\S+\s*", phrase):
        if w.group().strip().casefold() not in mods:
            break
        pos = w.end()
    return pos


def _listed_name(text: str, spk: Span, at: int, end: int) -> tuple[Span, int]:
    """'Informasi dari Badan Meteorologi , Klimatologi , dan Geofisika ( BMKG ) , titik gempa
    …': a name whose parts are listed with commas, the last after a coordinator, runs on to
    that part (and its bracketed short form); the statement opens after it. Other capitalised
    segments after the comma (a role, a place) are left as they are."""
    lex = _lex()
    if not spk.of(text)[:1].isupper():
        return spk, at
    pos = at
    for _ in range(3):
        seg = _DAY_FIRST.match(text, pos, end)
        if seg is None:
            break
        part = text[pos:seg.end()].rstrip(" ,")
        words = part.split()
        if not words or len(words) > 5 or words[0].casefold() in lex.time_words \
                or not all(w in lex.coordinators or not w.strip("()")
                           or w.strip("()")[:1].isupper() for w in words):
            break
        if words[0] in lex.coordinators:
            return Span(start=spk.start, end=pos + len(part)), seg.end()
        pos = seg.end()
    return spk, at


_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _named_after_description(text: str, spk: Span, at: int, end: int
                             ) -> tuple[Span, int] | None:
    """'Menurut dosen pembimbing kedua mahasiswa UMM …, Lukito Prasetyo di Malang, Jawa
    Timur, Senin, jembatan …': a long lower-case description, then the name after its
    comma: the speaker runs to the name, the statement starts after the place and day."""
    phrase = spk.of(text)
    if not phrase[:1].islower() or len(phrase.split()) < 3:
        return None
    name = _NAME_RUN.match(text, at, end)
    if name is None:
        return None
    rest = text[name.end():end]
    if not re.match(r"\s*(?:,|di\s)", rest):
        return None
    pos = name.end()
    for seg in re.finditer(r"[^,]+", rest):
        words = seg.group().split()
        if not words:
            continue  # the space before a spaced comma ('Febri Diansyah , penyadapan …')
        if (words[0] == "di" or words[0][:1].isupper()) and len(words) <= 4:
            pos = name.end() + seg.end()
            continue
        start = name.end() + seg.start()
        return Span(start=spk.start, end=name.end()), start
    return Span(start=spk.start, end=name.end()), max(pos, at)


_DAY_FIRST = re.compile(r"[^,]{1,30},\s*")
_NAME_THEN_COMMA = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*,\s*")


def _named_after_office(text: str, spk: Span, at: int, end: int) -> tuple[Span, int] | None:
    """'Menurut Ahli Gizi dan Olahraga , Budi Santoso , sejumlah …': a capitalised office
    with no name in it, then the holder's name (two to four capitalised words) set off by
    commas: the speaker runs to the name, the statement starts after its comma (spk34b;
    who round 307: missing, the office alone given)."""
    words = spk.of(text).split()
    if not words or not words[0][:1].isupper() or not _starts_with_role(words) \
            or len(words) > 6:
        return None
    name = _NAME_THEN_COMMA.match(text, at, end)
    if name is None:
        return None
    parts = name.group("name").split()
    lex = _lex()
    if any(w.casefold() in lex.time_words or w.casefold() in lex.connectives for w in parts) \
            or _starts_with_role(parts) or len(text[name.end():end].split()) < 3:
        return None  # a day, a second office, or no statement after the name
    return Span(start=spk.start, end=name.end("name")), name.end()


def _described_speaker_opens(content: str) -> bool:
    """Whether a clause opens with a lower-case description of a person ('aktor berusia 38
    tahun', 'pelatih asal Spanyol itu') and then, within eight words, a verb of saying."""
    lex = _lex()
    words = content.split()[:9]
    if not words or not words[0].islower() or not _person_noun(words[0]):
        return False
    for w in words[1:]:
        if w.casefold() in lex.indirect_verbs:
            return True
        if not (w.islower() or w.isdigit()) or w in lex.connectives or w == "yang":
            return False
    return False


def _source_cue(text: str, sent: Span) -> _Found | None:
    """'Dilansir dari VOA , pusat wabah terletak …', 'Mengutip situs resmi BPOM , seputar
    angka 300 adalah AKG …': a fronted source that names someone (a capitalised word), its
    comma, then the clause it reports. Read after every other cue of the sentence: when the
    clause has a speaker of its own ('Mengutip Reuters , PBB melaporkan …') that one says it.
    The source ends at a word of `stop_after` ('akun resmi IBL [di media sosial Instagram]');
    more sources listed after its comma ('AFP , BBC , dan CNN') join it, and a day right after
    ('Dilansir dari CNN , Senin (3/8) , …') is when, not what."""
    lex = _lex()
    m = lex.source_cue.match(text, sent.start, sent.end)
    if m is None:
        return _final_source(text, sent) or _final_told(text, sent)
    cue = m.group("cue").casefold()
    if (m.group("open") is None and cue in lex.source_cues_need_opener) \
            or (m.group("open") is not None and cue in lex.source_cues_no_opener):
        # 'Ditulis …' alone is no citation ('Seperti ditulis Benvenuti' is); 'Seperti
        # diberitakan Kompas.com , …' points to the earlier coverage the text goes on from
        return None
    words = list(re.finditer(r"\S+", m.group("spk")))
    if not any(_name_like(w.group()) for w in words) \
            or words[0].group().casefold() in lex.time_words:
        return None  # 'Dikutip dari laman resminya , …' names no one
    if _described_speaker_opens(m.group("content")):
        # 'Dilansir X , aktor berusia 38 tahun menyebut …': the clause has a speaker of its
        # own, a description of a person; the outlet only relays it (spk34b; who round 298:
        # wrong, given to the outlet)
        return None
    stop = next((i for i, w in enumerate(words[1:], 1)
                 if w.group().casefold() in lex.stop_after), None)
    spk_start = m.start("spk")
    if stop is not None and words[stop].group().casefold() == "dari":
        # 'Dikutip detikFinance dari salinan dokumen tersebut , …': the outlet before 'dari'
        # only relays what the source after it says (no one, when it names no one)
        words = words[stop + 1:]
        if not any(_name_like(w.group()) for w in words):
            return None
        spk_start += words[0].start()
        stop = next((i for i, w in enumerate(words[1:], 1)
                     if w.group().casefold() in lex.stop_after), None)
    spk_end = m.start("spk") + (words[stop - 1].end() if stop is not None else len(m.group("spk")))
    start = m.start("content")
    while (seg := _DAY_FIRST.match(text, start, sent.end)) is not None:
        seg_words = text[start:seg.end()].rstrip(" ,").split()
        if seg_words[0].casefold() in lex.time_words:
            start = seg.end()
        elif stop is None and len(seg_words) <= 4 and all(
                w[:1].isupper() or w in lex.coordinators for w in seg_words):
            spk_end, start = start + len(text[start:seg.end()].rstrip(" ,")), seg.end()
        else:
            break
    s, e = _strip_end(text, start, sent.end)
    if _own_verb_of_saying(text, s, e):
        return None
    return _Found(Span(start=s, end=e), "indirect", Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=spk_start, end=spk_end))


# Words of a clause's opening where its subject and verb stand.
_CLAUSE_HEAD_WORDS = 10


def _own_verb_of_saying(text: str, start: int, end: int) -> bool:
    """'Dilansir detikFinance , Dirjen Anggaran Luky Alfirman menyebut yang naik bukan
    iurannya …': a verb of saying (one of `before_verbs` that is no bare cue word) in the
    clause's opening words, after a capitalised name: that named subject speaks, even where
    no cue read it, and the outlet only relays it. ('sejumlah studi menjelaskan bahwa …'
    names no one: the source cited reports it.)"""
    lex = _lex()
    words = [w.group() for w in re.finditer(r"\S+", text[start:end])][:_CLAUSE_HEAD_WORDS]
    verb = next((i for i, w in enumerate(words) if w.casefold() in lex.saying_verbs), None)
    return verb is not None and any(w[:1].isupper() for w in words[:verb])


def _proper_word(word: str) -> bool:
    """A capitalised word the lexicon holds as a proper noun or does not know ('SBY',
    'Budi'), not a sentence adverb or time word at a sentence start ('Kemarin', 'Namun')."""
    low = word.casefold()
    lex = _lex()
    return word[:1].isupper() and not low.endswith("nya") and low not in lex.time_words \
        and low not in lex.connectives \
        and low not in lex.adverbs and (load_lexicon().get(low) or "NNP").startswith("NNP")


def _name_like(word: str) -> bool:
    """A capitalised word, or a camel-case outlet's name ('detikFinance')."""
    return word[:1].isupper() or _CAMEL.match(word) is not None


_LAST_DARI = re.compile(rf".*\s(?i:dari){_GLUED_OR_SPACE}", re.DOTALL)


def _final_source(text: str, sent: Span) -> _Found | None:
    """'Lonjakan ini menandakan …, demikian dikutip detikINET dari Techspot , Minggu (19/10)
    .': a source cue put after the clause it reports (`final_source_openers`). The source
    is the name after the last 'dari' (the outlet before it only relays the report); a day
    after its comma is when. As `_source_cue`, read after every other cue of the sentence."""
    lex = _lex()
    if text.find(",", sent.start, sent.end) < 0:
        return None  # the pattern needs a comma before the cue: no walk over the sentence
    m = lex.final_source.match(text, sent.start, sent.end)
    if m is None or m.group("when") and m.group("when").split()[0].casefold() \
            not in lex.time_words:
        return None
    spk_start = m.start("spk")
    relayed = _LAST_DARI.match(m.group("spk"))
    if relayed is not None:
        spk_start += relayed.end()
    spk_end = m.end("spk")
    stop = next((w for w in _WORD_RUN.finditer(text, spk_start, spk_end)
                 if w.group().casefold() in lex.stop_after), None)
    if stop is not None:
        # '…, demikian disampaikan Rina Wati di Bandung .': the speaker ends before a word
        # that closes a speaker phrase, the place or the addressee after it (speak13)
        spk_end = stop.start()
        while spk_end > spk_start and text[spk_end - 1].isspace():
            spk_end -= 1
    words = text[spk_start:spk_end].split()
    if not words or not any(_name_like(w) for w in words):
        return None  # 'demikian dikutip dari laman resminya' names no one
    s, e = _strip_end(text, m.start("content"), m.end("content"))
    return _Found(Span(start=s, end=e), "indirect", Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=spk_start, end=spk_end))


_WORD_RUN = re.compile(r"\S+")


@cache
def _final_told_re() -> re.Pattern[str]:
    """The clause, then ', demikian', a capitalised source (an office and a name may be set
    apart by a comma), a word of telling (`final_told_words`), its addressee and a day."""
    openers = load("quotes", QuotesData).indirect.final_source_openers
    told = load("quotes", QuotesData).indirect.final_told_words
    if not openers or not told:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?P<content>.+?)\s*,\s*(?i:{_alt(openers)})\s+"
        r"(?P<spk>[A-Z][^.;:!?\"“”]{0,100}?)\s+"
        rf"(?P<cue>(?i:{_alt(told)}))\s+[^,.;:!?\"“”]{{1,60}}?"
        r"(?:\s*,\s*(?P<when>[^,.;:!?\"“”]{1,40}?))?\s*[.!?]?\s*$")


def _final_told(text: str, sent: Span) -> _Found | None:
    """'Tarian itu membuka acara …, demikian Sekretaris Pertama KBRI , Rina Wati kepada
    Antara , Sabtu .': the source named after 'demikian' told the clause to the outlet
    (spk34b; who round 307: missed). With no name ('demikian laporan itu kepada …' is lower
    case after the opener) nothing is read; a day after the addressee is when."""
    if text.find(",", sent.start, sent.end) < 0:
        return None
    m = _final_told_re().match(text, sent.start, sent.end)
    if m is None or m.group("when") and m.group("when").split()[0].casefold() \
            not in _lex().time_words:
        return None
    if not any(_name_like(w) for w in m.group("spk").split()):
        return None
    s, e = _strip_end(text, m.start("content"), m.end("content"))
    return _Found(Span(start=s, end=e), "indirect", Span(start=m.start("cue"), end=m.end("cue")),
                  Span(start=m.start("spk"), end=m.end("spk")))


def _view_cue(text: str, sent: Span) -> _Found | None:
    """'Bagi Megawati , pulau republik ini jumlahnya bisa saja lebih banyak …', 'Baginya ,
    ini adalah kunci …': the view of the person named (or referred to) before the comma.
    Whether that is a person (not 'Bagi Indonesia , …') is for `find_quotes` to tell, once
    the phrase is resolved."""
    m = _lex().view_cue.match(text, sent.start, sent.end)
    if m is None:
        return None
    cue = Span(start=m.start("cue"), end=m.end("cue") + (3 if m.group("nya") else 0))
    spk = _nya_span(cue.end) if m.group("nya") else Span(start=m.start("spk"), end=m.end("spk"))
    s, e = _strip_end(text, m.start("content"), sent.end)
    return _Found(Span(start=s, end=e), "indirect", cue, spk)


def _final_cue(text: str, sent: Span) -> _Found | None:
    if text.find(",", sent.start, sent.end) < 0 \
            or _lex().final_cue_comma.search(text, sent.start, sent.end) is None:
        return None  # the pattern needs a comma before the cue: no walk over the sentence
    m = _lex().final_cue.match(text, sent.start, sent.end)
    if m is None:
        return None
    cue = Span(start=m.start("cue"), end=m.end("cue") + (3 if m.group("nya") else 0))
    if m.group("nya"):
        spk: Span | None = _nya_span(cue.end)
    else:
        spk = _speaker_after(text, m.start("spk"), sent.end)
        if spk is None or spk.end < m.end("spk") - 1 and not _SOURCE_AFTER.match(text, spk.end) \
                and not _GLOSS_AFTER.match(text, spk.end) \
                and not (_lex().final_cue_tail.match(text, spk.end)
                         and _name_like(spk.of(text).split()[0])):
            # ', kata pengamat itu' is too loose; ', kata Rovio seperti dilansir Reuters'
            # names the speaker, then the outlet quoted; ', kata Rovio melalui keterangan
            # tertulis' names him, then how he said it (', kata klub Jerman itu dalam laman
            # ESPN' only describes one).
            return None
    s, e = _strip_end(text, m.start("content"), m.end("content"))
    return _Found(Span(start=s, end=e), "indirect", cue, spk)


def _final_subject_cue(text: str, sent: Span) -> _Found | None:
    """'…, The Guardian melaporkan .': a clause closed by a comma, a name of capitalised
    words and a verb of reporting (who round 238: an outlet's report missed). Only names:
    '…, pihaknya melaporkan' or '…, dan warga mengatakan' are read elsewhere or not at all."""
    if text.find(",", sent.start, sent.end) < 0:
        return None
    m = _lex().final_subject_cue.match(text, sent.start, sent.end)
    if m is None or not all(_name_like(w) for w in m.group("spk").split()):
        return None
    cue = Span(start=m.start("cue"), end=m.end("cue"))
    spk = Span(start=m.start("spk"), end=m.end("spk"))
    s, e = _strip_end(text, m.start("content"), m.end("content"))
    return _Found(Span(start=s, end=e), "indirect", cue, spk)


# '…, kata Budi dari Lembaga X (Institute of X) Jerman': a bracketed gloss of the body's
# name after the phrase, what follows it no other speaker (spk27; who round 285: missed)
_GLOSS_AFTER = re.compile(r"\s*\(")
_SOURCE_AFTER = re.compile(r"\s+(?:seperti|sebagaimana)\s+(?:dilansir|dikutip|diberitakan)\s")
_COMMA = re.compile(r"\s*,\s*")


def _parenthetical(text: str, sent: Span) -> _Found | None:
    """'Selain itu, kata Rusdi, buruh …' / 'Kenaikan itu, ujarnya, tidak …'.

    The cue and its speaker sit between commas inside the statement. `Quote.content` is one
    Span: the clause after the cue when only a connective ('Namun', 'Selain itu') precedes
    it, else the whole sentence (the statement runs on both sides of the cue, which stays
    inside the span). The speaker must run up to the closing comma: 'kata kunci, …' (no
    capitalised speaker), 'ujar-ujar' (no cue word) and 'sebut saja Mawar' are no cue.
    """
    lex = _lex()
    if lex.parenthetical_words.search(text, sent.start, sent.end) is None:
        return None  # (no cue word: the pattern, tried at every position, cannot match)
    for m in lex.parenthetical.finditer(text, sent.start, sent.end):
        ps, pe = _trim(text, sent.start, m.start())
        if pe <= ps:
            continue  # 'Kata Kim, …' opens the sentence: a fronted cue, not this one
        bare = m.group("comma") is None
        if bare and (m.group("cue").casefold() not in lex.parenthetical_bare
                     and not (m.group("nya") and m.group("cue").casefold()
                              in lex.parenthetical_bare_nya)
                     or text[ps:pe].rsplit(None, 1)[-1].casefold()
                     in lex.not_before_bare_parenthetical):
            continue
        if m.group("nya") and m.group("cue").casefold() in lex.parenthetical_passive:
            continue  # 'disebutkannya': read by `passive_nya` (the cue read only with -nya)
        if m.group("nya"):
            cue = Span(start=m.start("cue"), end=m.end("nya"))
            spk: Span | None = _nya_span(cue.end)
        else:
            nxt = _tokens(text, m.end(), min(sent.end, m.end() + 40))
            if nxt and text[nxt[0][0]:nxt[0][1]].casefold() in lex.not_after_parenthetical:
                continue
            cue = Span(start=m.start("cue"), end=m.end("cue"))
            spk = _speaker_after(text, m.end(), sent.end)
        if spk is None or bare and not m.group("nya") and not text[spk.start].isupper() \
                and spk.of(text).casefold() not in lex.pronouns:
            continue  # 'nilai tambah baik bagi konsumen X , …': no speaker after a bare cue
        comma = _COMMA.match(text, spk.end, sent.end)
        if comma is None and (tail := lex.parenthetical_tail.match(text, spk.end, sent.end)):
            comma = _COMMA.match(text, tail.end(), sent.end)  # 'kata Rusli lagi , …'
        cut = text.find(",", spk.start, spk.end)
        if comma is None and not m.group("nya") and cut > spk.start \
                and len(text[spk.end:sent.end].split()) >= 3:
            # 'Dalam waktu dekat , kata Pramono , DLH juga akan …': no comma closes the
            # phrase read as a name and its appositive, and a clause runs on after it; the
            # name's comma closes the cue.
            spk = Span(start=spk.start, end=_trim(text, spk.start, cut)[1])
            comma = _COMMA.match(text, spk.end, sent.end)
        if bare and comma is None and not m.group("nya") \
                and text[ps:pe].rsplit(None, 1)[-1].casefold() in _DEMONSTRATIVES \
                and _predicate_after_name(text, spk, sent.end):
            # 'Hal tersebut kata Syarif juga tidak berdasar pada hukum': no comma on either
            # side, but a subject closed by a demonstrative before the cue and its
            # predicate after the bare name: the whole sentence is what was said (spk29;
            # who round 291: missed)
            s, e = _strip_end(text, sent.start, sent.end)
            return _Found(Span(start=s, end=e), "indirect", cue, spk)
        if bare and (comma is None or len(text[comma.end():sent.end].split()) < 3):
            # No comma before the cue ('Padahal kata Rusli , Dewi sudah …', 'Dari semua
            # itu lanjutnya , kepala desa …'): only a comma closing the speaker, then a
            # clause, sets the cue off.
            continue
        if comma is None:
            nxt = _tokens(text, spk.end, min(sent.end, spk.end + 40))
            if m.group("nya") and len(nxt) >= 3 \
                    and text[nxt[0][0]:nxt[0][1]].casefold() in lex.predicate_modals:
                # 'SGMW Motor Indonesia , lanjutnya telah mengucurkan …': no closing comma,
                # but the subject's predicate runs on: the whole sentence is what was said.
                s, e = _strip_end(text, sent.start, sent.end)
                return _Found(Span(start=s, end=e), "indirect", cue, spk)
            if not m.group("nya") and _name_then_predicate(text, spk, nxt) \
                    and text[ps:pe].split(None, 1)[0].casefold() not in lex.topic_words:
                # 'Keduanya , kata Sunaryo ditangkap petugas …', 'Di wilayah itu , kata
                # Budi banyak berkeliaran …': no comma closes a bare name, but the
                # sentence's predicate runs on after it: the whole sentence is what was
                # said (who round 245: missed, 2x). Not after a topic opener ('Terkait
                # jadwal Pansus , kata Agun sudah lama dibahas …': no subject before the
                # cue, the name may go on).
                s, e = _strip_end(text, sent.start, sent.end)
                return _Found(Span(start=s, end=e), "indirect", cue, spk)
            if m.group("nya") or not nxt or spk.of(text).casefold() in lex.pronouns \
                    or text[nxt[0][0]:nxt[0][1]].casefold() not in lex.pronoun_words:
                continue
            # '…, kata Agun pihaknya masih akan konsultasi …': no comma, but a pronoun
            # subject opens what the speaker said.
            s, e = _strip_end(text, nxt[0][0], sent.end)
            if e > s:
                return _Found(Span(start=s, end=e), "indirect", cue, spk)
            continue
        if text[ps:pe].casefold() in lex.connectives:
            s, e = _strip_end(text, comma.end(), sent.end)
        else:
            s, e = _strip_end(text, sent.start, sent.end)
        if e > s and s < sent.end:
            return _Found(Span(start=s, end=e), "indirect", cue, spk)
    return None


def _frame_comma(text: str, toks: Sequence[tuple[int, int]], j: int) -> int | None:
    """The comma closing a frame that opens at `j`, right after a verb of saying ('Agus
    melanjutkan [melalui program hutan lestari hingga Mei 2025] , Pertamina Foundation
    telah mengimplementasikan …', who round 245: missed), when a clause follows it: within
    fourteen words, no other verb of saying or mark of speech between; else None. A 'bahwa'
    closes the frame too ('Aaron berkicau [di Twitter] bahwa …', spk32; who round 301:
    missed): its index is returned, the caller steps over it."""
    lex = _lex()
    for c in range(j + 1, min(j + 15, len(toks))):
        w = text[toks[c][0]:toks[c][1]]
        if w.casefold() in lex.indirect_verbs or w in ("“", "”", "\"", ";", ":", "."):
            return None
        if w.casefold() == "bahwa":
            return c if c + 2 < len(toks) else None
        if w == ",":
            return c if c + 2 < len(toks) and (_clause_follows(text, toks, c + 1)
                                               or _opens_clause(text, toks, c + 1)) else None
    return None


def _name_then_predicate(text: str, spk: Span, nxt: Sequence[tuple[int, int]]) -> bool:
    """Whether a parenthetical cue's speaker is a bare name (capitalised words only) and a
    predicate opens right after it, within two words: a verb ('ditangkap', 'akan dibangun',
    'banyak berkeliaran') or a modal, not a word that ends a speaker phrase ('kepada',
    'di'), nor a verb of saying ('kata Budi menambahkan …' is read by `_verb_cue`)."""
    lex = _lex()
    words = spk.of(text).split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) \
            or len(nxt) < 3:
        return False
    first = text[nxt[0][0]:nxt[0][1]]
    low = first.casefold()
    if not first.isalpha() or not first.islower() or low in lex.stop_after \
            or low in lex.indirect_verbs or low in lex.prepositions:
        return False
    if _clause_verb(first) or low in lex.predicate_modals:
        return True
    second = text[nxt[1][0]:nxt[1][1]]
    return second.isalpha() and second.islower() and _clause_verb(second) \
        and second.casefold() not in lex.indirect_verbs


def _predicate_after_name(text: str, spk: Span, end: int) -> bool:
    """Whether `spk` is a bare name (one to four capitalised words) and a predicate follows
    it: a verb or modal after any adverbs and negations ('Syarif juga tidak berdasar …')."""
    lex = _lex()
    words = spk.of(text).split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    for a, b in _tokens(text, spk.end, min(end, spk.end + 60)):
        w = text[a:b]
        low = w.casefold()
        if not w.isalpha() or not w.islower():
            return False
        if low in lex.predicate_adverbs or low in lex.negations:
            continue
        return low not in lex.indirect_verbs and (_clause_verb(w) or low in lex.predicate_modals)
    return False


def _given_statement(text: str, toks: Sequence[tuple[int, int]], k: int) -> int:
    """Index of the 'bahwa' after a verb of giving at `k` and a noun of a statement, one
    lower-case modifier allowed between ('memberikan catatan [penting] bahwa …'; who round
    277: missed), else -1."""
    def word(t: int) -> str:
        return text[toks[t][0]:toks[t][1]].casefold() if t < len(toks) else ""
    if word(k + 1) not in _lex().speech_nouns:
        return -1
    if word(k + 2) == "bahwa":
        return k + 2
    mod = text[toks[k + 2][0]:toks[k + 2][1]] if k + 2 < len(toks) else ""
    return k + 3 if mod.isalpha() and mod.islower() and word(k + 3) == "bahwa" else -1


@cache
def _saying_forms() -> frozenset[str]:
    """Every word `_verb_cue` reads on: a verb of giving, of saying, or of saying with
    '-nya' (any other word is passed by before it changes anything)."""
    lex = _lex()
    return lex.giving_verbs | lex.indirect_verbs | {f"{v}nya" for v in lex.indirect_verbs}


def _verb_cue(text: str, sent: Span) -> _Found | None:
    lex = _lex()
    if not lex.indirect_any.search(text, sent.start, sent.end) \
            and not lex.giving_any.search(text, sent.start, sent.end):
        return None  # no verb of saying: skip tokenising the sentence
    toks = _tokens(text, sent.start, sent.end)
    said = -1  # the first verb of saying of the sentence, if any
    verbs = _saying_forms()
    for k, (s, e) in enumerate(toks):
        w = text[s:e].casefold()
        if w not in verbs:
            continue  # no verb of saying or giving: the tests below pass it by (speed27)
        given = _given_statement(text, toks, k) if w in lex.giving_verbs else -1
        giving = given > 0
        # 'X mengklaimnya dapat menurunkan …': the verb with '-nya' (it) still reports
        # what follows, but only with a complementizer or a clause, as 'menyebut' does.
        nya = w not in lex.indirect_verbs and w.endswith("nya") \
            and w[:-3] in lex.indirect_verbs
        if nya:
            w = w[:-3]
        elif w not in lex.indirect_verbs and not giving:
            continue
        if k > 0 and text[s].isupper():
            continue  # 'AKP Joko Prihatin menuturkan': a name, no verb, inside a sentence
        said = k if said < 0 else said
        j, req = k + 1, False
        nxt = text[toks[j][0]:toks[j][1]].casefold() if j < len(toks) else ""
        if giving:
            # 'Durov memberi penekanan bahwa …', 'Polisi memberikan keterangan bahwa …': a
            # statement given, its noun then 'bahwa' (speak15; who round 261: missed)
            j, nxt = given, "bahwa"
        if nya and nxt == "dengan":
            continue  # 'Anies mencontohkannya dengan pengalaman …': how, not what he said
        if w in lex.bare_saying_verbs and (nya or k < 1 or "yang" in (
                text[toks[t][0]:toks[t][1]].casefold() for t in range(max(0, k - 2), k))):
            continue  # 'Seperti yang ia katakan , …': the relative's object, no cue
        if w in lex.wish_verbs and (nya or nxt not in lex.complementizers and not (
                j < len(toks) and _people(text[toks[j][0]:toks[j][1]])
                and text[toks[j][0]:toks[j][1]].isalpha()) and not _thing_wish(text, toks, j)):
            # a wish for others opens its clause with people, a body or a name ('ingin
            # seluruh warga dapat …', 'ingin agar …'); 'ingin mendaftar', 'Tak ingin semakin
            # memperkeruh …', 'ingin harga turun' are no wish reported
            continue
        if w in lex.offending_verbs and (nxt in lex.offended_objects or nxt.islower()
                                         and _people(nxt)):
            continue  # 'menyinggung perasaan warga', '… masyarakat': an offence, no speech
        touched = w in lex.offending_verbs and nxt.isalpha()  # '… keluhan warga': a point
        # 'Ia merinci realisasi belanja …', 'menekankan pentingnya …', 'mengumumkan soal
        # harga tiket': a point set out, stressed or announced (speak16; who rounds 263-265:
        # missed), not a word that opens a setting or an addressee ('kepada', 'di')
        pointed = not touched and (w in lex.point_verbs and not nya and not giving
                              and nxt.isalpha() and nxt.islower()
                              and nxt not in lex.stop_after and nxt not in lex.prepositions
                              and nxt not in lex.complementizers and nxt not in _FRAME
                              and nxt not in _SETTING
                              and not _people(_counted_word(text, toks, j))
                              and _counted_word(text, toks, j) not in lex.name_objects
                              # 'mengumumkan pemenang lomba', '… pelatih baru': naming who,
                              # no point stated (who round 140)
                              and not (_person_noun(nxt.capitalize())
                                       and not nxt.endswith("nya"))  # 'pentingnya'
                              and not _starts_with_role([nxt])
                              # 'hal itu', 'pertanyaan hakim tersebut': what was said
                              # before, referred back to, no point of its own
                              and not any(text[toks[t][0]:toks[t][1]].casefold()
                                          in _DEMONSTRATIVES
                                          for t in range(j + 1, min(j + 3, len(toks)))))
        if f"{w} {nxt}" in lex.compound_verbs and j + 1 < len(toks):
            j += 1  # 'percaya diri Schumacher bisa kembali normal': confident that …
            nxt = text[toks[j][0]:toks[j][1]].casefold()
        t = _skip_date(text, toks, j)
        if t > j and t < len(toks) and \
                text[toks[t][0]:toks[t][1]].casefold() in lex.complementizer_words:
            # 'PBB melaporkan [Jumat kemarin] jika …': when it was said, then what
            j, nxt = t, text[toks[t][0]:toks[t][1]].casefold()
        if w in lex.need_comp and nxt not in lex.complementizers and nxt.endswith("nya") \
                and j + 1 < len(toks) and \
                text[toks[j + 1][0]:toks[j + 1][1]].casefold() in lex.complementizer_words:
            j += 1  # 'menyampaikan harapannya bahwa …'
            nxt = text[toks[j][0]:toks[j][1]].casefold()
        if w in lex.untuk_verbs and nxt == "untuk":
            j, nxt = j + 1, ","  # 'berkomitmen untuk meningkatkan …': the clause opens here
        elif w in lex.need_comp and nxt == "kepada":
            # 'menyampaikan kepada wartawan bahwa …': the addressee, then the clause.
            # 'berpesan kepada guru dan kepala Sekolah Rakyat untuk …': after an addressee
            # 'untuk' opens what was asked too.
            k2 = next((t for t in range(j + 1, min(j + 9, len(toks)))
                       if text[toks[t][0]:toks[t][1]].casefold()
                       in lex.complementizer_words | {"untuk"}), None)
            if k2 is not None:
                j, nxt = k2, text[toks[k2][0]:toks[k2][1]].casefold()
                if nxt == "untuk":
                    j, nxt = j + 1, ","  # the clause opens after 'untuk'
            elif w in lex.request_clause_verbs and _request_clause(text, toks, j, True):
                # 'meminta kepada Pengadilan Negeri menunda …': the addressee and its verb
                j, nxt, req = j + 1, ",", True
        elif w in lex.addressee_verbs and nxt not in lex.complementizers \
                and (w not in lex.person_addressee or _people(text[toks[j][0]:toks[j][1]]
                                                             if j < len(toks) else "")) \
                and (k2 := _after_addressee(text, toks, j,
                                            w in lex.permission_verbs)) is not None:
            # 'menyarankan warga agar tak melewati …': the addressee, then what was asked.
            j, nxt = k2, text[toks[k2][0]:toks[k2][1]].casefold()
            if nxt == "untuk":
                j, nxt = j + 1, ","  # the clause opens after 'untuk'
            elif nxt in lex.request_openers:
                nxt = ","  # 'meminta jajarannya selalu waspada': the clause opens here
        elif w in lex.addressee_verbs and nxt in lex.request_openers and j + 1 < len(toks) \
                and _verb(text[toks[j + 1][0]:toks[j + 1][1]]):
            # 'mengimbau segera mencuci handuk …': no addressee, what was asked opens at the
            # adverb (speak11; who round 241: missed)
            nxt = ","
        elif w in lex.request_clause_verbs and nxt not in lex.complementizers \
                and _request_clause(text, toks, j, w in lex.person_addressee):
            # 'mendorong BGN mencoba pola lain', 'meminta terkait hal ini ditanyakan ke …':
            # what was asked opens at the addressee or topic, a clause of its own
            nxt, req = ",", True
        elif w in lex.need_comp and nxt.isalpha() and nxt.islower() \
                and nxt not in lex.complementizers and j + 1 < len(toks) \
                and text[toks[j + 1][0]:toks[j + 1][1]].casefold() == "bahwa":
            j += 1  # 'membenarkan kabar bahwa Anas mundur …': the news, then what it says
            nxt = "bahwa"
        if w in lex.need_comp and not req and (nxt in _FRAME or nxt in _SETTING) \
                and not (w in lex.bare_clause and _clause_follows(text, toks, j)) \
                and (c := _frame_comma(text, toks, j)) is not None:
            # 'melanjutkan melalui program …, Pertamina telah …' ('berharap dengan
            # pengalamannya , Allison mampu …' keeps its clause read as before)
            j, nxt = c, ","
        # 'Rassya tak menampik dunia politik penuh tantangan': a denial negated owns to
        # whatever follows, clause or not
        # ('Budi tak bisa menampik jika …': a modal between, cannot deny; speak19)
        neg_at = k - 1 if k > 1 and text[toks[k - 1][0]:toks[k - 1][1]].casefold() \
            in lex.denial_modals else k
        admits = w in lex.denials and neg_at > 0 \
            and text[toks[neg_at - 1][0]:toks[neg_at - 1][1]].casefold() in lex.negations
        # 'Kajian IDEAS menunjukkan kenaikan tarif hanya menambah …': a named body's study
        # shows its clause with no 'bahwa' (speak18)
        studied = w in lex.finding_verbs and not nya and _named_study(text, sent.start, s)
        if (w in lex.need_comp or nya) and not admits and not touched \
                and nxt not in lex.complementizers and not (
                (w in lex.bare_clause or nya or studied) and _clause_follows(text, toks, j)) \
                and not _opens_clause(text, toks, j) and nxt not in lex.content_nouns \
                and not (w in lex.verb_phrase_verbs and _verb_or_verb_nya(nxt)) \
                and not (w in lex.as_verbs and not nya and _as_phrase_follows(text, toks, j)) \
                and not (w in lex.negatable and _nominal_predicate(text, toks, j)):
            if not pointed:
                continue
        else:
            pointed = False  # read as before: the point verb's noun object is not needed
        neg = k
        if admits:
            neg = neg_at
        # ('Budi tidak ingin sikapnya menjadi sia-sia': a wish negated is still his; spk33)
        if w in lex.negatable or admits or w in lex.wish_verbs:  # 'Aji tidak menganggap …'
            while neg > 0 and text[toks[neg - 1][0]:toks[neg - 1][1]].casefold() \
                    in lex.negations:
                neg -= 1
        spk = _speaker_before(text, sent.start, toks[neg][0])
        if spk is None:
            spk = _shared_subject(text, toks, neg)
        elif (opener := _subject_past_object(text, toks, neg, spk)) is not None:
            spk = opener
        if spk is None:
            spk = _described_subject(text, toks, neg)
        if spk is None or (w in lex.finding_verbs and not _finder(text, sent.start, spk)):
            continue
        if giving and spk.of(text).split()[0].casefold() in lex.document_heads:
            continue  # 'Putusan MK memberi sinyal bahwa …': a reading of a ruling, no one's
        if w in lex.teller_verbs and not _finder(text, sent.start, spk, opens=False):
            continue  # 'Film itu menceritakan …': a story's plot, no one tells it (speak14)
        if pointed and (spk.of(text).split()[0].casefold() in lex.document_heads
                        or not _finder(text, sent.start, spk, opens=False)
                        or _thing_referred(spk.of(text))):
            continue  # 'Skema ini menekankan prinsip …', 'Peraturan ini menekankan …': what a
            # thing or a text stresses is the writer's reading, no one's statement (speak16)
        if text[spk.start:spk.end].casefold() in lex.clause_subordinators:
            continue  # 'Jika menghitung X , …': a conditional with no subject says nothing
        before = (text[sent.start:spk.start].rsplit(None, 1) or [""])[-1].casefold()
        if before in lex.causative_verbs:
            continue  # 'Kabar itu membuat Budi yakin …': Budi made sure, the writer narrating
        if said < k and toks[said][1] <= spk.start \
                and text[spk.start:spk.end].casefold() in lex.pronouns \
                and before in lex.clause_subordinators:
            # 'X mengatakan ia berdemo karena ia khawatir …': a pronoun opening a clause
            # after the sentence's verb of saying is inside what that speaker said
            continue
        pv = next((t for t in range(len(toks)) if toks[t][0] == spk.start), 0) - 1
        if pv >= 1 and text[toks[pv][0]:toks[pv][1]].casefold() in lex.indirect_verbs:
            # 'Afifuddin melanjutkan [KPU] berkomitmen untuk …': the subject opens what the
            # speaker before the first verb says; that speaker says the whole clause.
            outer = _speaker_before(text, sent.start, toks[pv][0])
            if outer is None:
                continue
            cs, ce = _strip_end(text, spk.start, sent.end)
            return _Found(Span(start=cs, end=ce), "indirect",
                          Span(start=toks[pv][0], end=toks[pv][1]), outer)
        while j < len(toks) and text[toks[j][0]:toks[j][1]].casefold() in \
                lex.complementizers | {":"}:
            j += 1
        if j >= len(toks):
            return None
        if j == k + 1 and not req and text[toks[j][0]:toks[j][1]].casefold() in lex.topic_words:
            continue  # 'menjelaskan terkait alasan penyitaan': a topic, not what was said
        # a negated view keeps its negation: 'tidak menganggap sebagai tekanan …'
        # (an admission opens at what is owned to: 'tak menampik [dunia politik …]')
        cs, ce = _strip_end(text, toks[neg][0] if neg < k and not admits else toks[j][0],
                            sent.end)
        return _Found(Span(start=cs, end=ce), "indirect", Span(start=s, end=e), spk)
    return None


def _counted_word(text: str, toks: Sequence[tuple[int, int]], j: int) -> str:
    """The word at `j` (in lower case), or the noun after it when it is a quantifier of
    `plural_words`: 'menyebutkan sejumlah penindakan' counts deeds, no people (spk29)."""
    w = text[toks[j][0]:toks[j][1]].casefold() if j < len(toks) else ""
    if w in _lex().plural_words and j + 1 < len(toks):
        return text[toks[j + 1][0]:toks[j + 1][1]].casefold()
    return w


_DATE_PART = re.compile(r"[(\[]?[\d/.:-]*[)\]]?")


def _skip_date(text: str, toks: Sequence[tuple[int, int]], j: int) -> int:
    """The token after a date that starts at `j` ('Jumat kemarin', 'pada Selasa ( 14 / 11 )',
    'pada 3 Maret 2024'); `j` when none starts there."""
    when = _lex().when_words
    t = j
    while t < len(toks) and t - j < 8:
        w = text[toks[t][0]:toks[t][1]]
        if w.casefold() not in when and not _DATE_PART.fullmatch(w):
            break
        t += 1
    return t


def _thing_referred(phrase: str) -> bool:
    """'Protokol ini', 'Skema tersebut': a common noun and a demonstrative whose head is no
    person, role, body or group word: a thing referred back to, which states nothing."""
    words = phrase.split()
    if len(words) != 2 or words[-1].casefold() not in _DEMONSTRATIVES:
        return False
    head, lex = words[0], _lex()
    low = head.casefold()
    return not (_person_noun(head) or _starts_with_role([head]) or low in lex.organisation_heads
                or low in lex.plural_words or low in lex.anonymous_heads
                or low in lex.company)


def _named_study(text: str, sent_start: int, verb_start: int) -> bool:
    """Whether the subject before a finding verb is a study head (`study_heads`) that names
    its body with a capitalised word and no demonstrative: 'Kajian IDEAS', 'Hasil survei
    Litbang Kompas', 'Data BPS' ('Data itu', 'Hasil penelitian ini' refer back)."""
    spk = _speaker_before(text, sent_start, verb_start)
    if spk is None:
        return False
    words = spk.of(text).split()
    lex = _lex()
    return len(words) >= 2 and words[0].casefold() in lex.study_heads \
        and any(_name_like(x) for x in words[1:]) \
        and not any(x.casefold() in _DEMONSTRATIVES for x in words[1:]) \
        and _finder(text, sent_start, spk)


def _finder(text: str, sent_start: int, spk: Span, *, opens: bool = True) -> bool:
    """Whether the subject of a finding ('… menunjukkan bahwa …') can be its source: it
    opens its clause (the last of a list, '… seperti India , Australia , hingga Norwegia
    menunjukkan', is one example the writer gives), with a document or body word, a person
    or people word, a pronoun, or a word the lexicon holds as no common noun (a name: 'IDC',
    'BPS'); 'Kepemimpinan Megawati' (a thing) shows only the writer's reading."""
    lex = _lex()
    before = text[sent_start:spk.start].split()
    if opens and before and before[-1] != "," and before[-1].casefold() not in lex.connectives \
            and before[-1].casefold() not in lex.adverbs:
        return False
    first = spk.of(text).split()[0]
    low = first.casefold()
    if low in lex.document_heads or low in lex.organisation_heads or low in lex.pronouns \
            or low in lex.anonymous_heads or low in lex.plural_words or _person_noun(first) \
            or _starts_with_role([first]):
        return True
    tag = load_lexicon().get(low)
    return tag is None or not tag.startswith("NN:")


def _shared_subject(text: str, toks: Sequence[tuple[int, int]], k: int) -> Span | None:
    """The subject of a sentence's first verb when the verb of saying at `k` follows 'dan'
    or 'dengan' ('… melontarkan gurauan dengan menyebut …': by saying) (adverbs between):
    'Trump sebelumnya mendorong … dan sempat memperingatkan Cook agar
    …' (the two predicates share Trump). The subject must open the sentence, or follow
    an opening connective and its comma ('Sebelumnya, Titiek mengumumkan … dan mengaku')."""
    lex = _lex()
    i = k - 1
    while i > 0 and text[toks[i][0]:toks[i][1]].casefold() in lex.adverbs:
        i -= 1
    if i <= 0 or text[toks[i][0]:toks[i][1]].casefold() not in ("dan", "serta", "dengan"):
        return None
    if text[toks[i][0]:toks[i][1]].casefold() == "dengan" and i > 1 \
            and text[toks[i - 1][0]:toks[i - 1][1]] == ",":
        # 'X melontarkan pernyataan , dengan menyebut …': saying it is how the subject's act
        # was done (speak9; who rounds 208, 244: missed); the comma closes the first predicate
        i -= 1
    if i >= 2 and text[toks[i - 2][0]:toks[i - 2][1]].casefold() == "yang" \
            and _verb(text[toks[i - 1][0]:toks[i - 1][1]]):
        return None  # 'bangsa yang menghargai dan menghormati …': a relative clause's verbs
    if i >= 1 and text[toks[i - 1][0]:toks[i - 1][1]].casefold() == "yang":
        return None  # 'KUHP yang dengan tegas menyatakan …': the relative's own verb
    return _opening_subject(text, toks, i)


def _opening_subject(text: str, toks: Sequence[tuple[int, int]], i: int) -> Span | None:
    """The subject of the sentence's first verb before token `i`, when it opens the
    sentence or follows an opening connective or time phrase and its comma; else None."""
    lex = _lex()
    first = 0  # where the subject opens
    if i > 2 and text[toks[0][0]:toks[0][1]].casefold() in lex.epithet_openers \
            and text[toks[1][0]].isupper():
        # 'Namun Eden Hazard membela Conte dan menegaskan …': a connective with no comma
        # after it opens the sentence, the subject follows (spk30c; who round 297: missed)
        first = 1
    for v in range(1, i):
        w = text[toks[v][0]:toks[v][1]]
        if w == ",":
            if first == 0 and v <= 3 and text[toks[0][0]:toks[v - 1][1]].casefold() \
                    in lex.connectives:
                first = v + 1
                continue
            if first == 0 and v <= 5 and text[toks[0][0]:toks[0][1]].casefold() \
                    in lex.when_words:
                # 'Pada Februari lalu , AS menjatuhkan sanksi … , dengan menyebut …': a time
                # before the subject (spk32; who round 301: missed)
                first = v + 1
                continue
            return None  # a clause before the subject: not read here
        if w.islower() and _verb(w) and v > first:
            if w.startswith("di"):
                return None  # 'Langkah ini dilakukan … dan memastikan …': a passive subject
            end = v
            while end - 1 > first and text[toks[end - 1][0]:toks[end - 1][1]].casefold() \
                    in lex.willingness | lex.predicate_modals:
                end -= 1  # 'Budi enggan merinci … dan hanya mengatakan': Budi's both
            spk = _speaker_before(text, toks[first][0], toks[end][0])
            return spk if spk is not None and spk.start == toks[first][0] else None
    return None


def _subject_past_object(text: str, toks: Sequence[tuple[int, int]], k: int,
                         spk: Span) -> Span | None:
    """'Variety menindaklanjuti kabar penahanan Aaron , menyebut bahwa …': the name before
    the comma closes the object of the sentence's first predicate, an active verb with no
    comma between; the verb of saying at `k` after the comma is a second predicate of the
    subject that opens the sentence (spk32; who round 301: wrong, the report given to the
    one it is about). None when the name is no such object or no subject opens it."""
    lex = _lex()
    i = k - 1
    while i > 0 and text[toks[i][0]:toks[i][1]].casefold() in lex.adverbs:
        i -= 1
    if i <= 1 or text[toks[i][0]:toks[i][1]] != "," or spk.end > toks[i][0]:
        return None
    si = next((t for t in range(i) if toks[t][0] == spk.start), None)
    if si is None:
        return None
    for v in range(si - 1, 0, -1):
        w = text[toks[v][0]:toks[v][1]]
        if not w.isalpha():
            return None  # a comma or a bracket: an apposition or an aside, read as before
        if w.islower() and not w.startswith(("di", "ter")) and _verb(w):
            if text[toks[v - 1][0]:toks[v - 1][1]].casefold() == "yang":
                return None  # 'warga yang menolong Budi , mengatakan': not read here
            subj = _opening_subject(text, toks, v + 1)
            return subj if subj is not None and subj.end <= toks[v][0] else None
    return None


def _described_subject(text: str, toks: Sequence[tuple[int, int]], k: int) -> Span | None:
    """The name that opens a sentence when a description of the person, set off by a comma
    and opened by an anonymous head or a role, runs up to the verb of saying at `k`: 'Agung,
    salah satu mahasiswa yang mengikuti aksi menuturkan, …' (no comma closes it)."""
    lex = _lex()
    n = 0
    while n < k and text[toks[n][0]].isupper():
        n += 1
    if n == 0 or n >= k - 1 or text[toks[n][0]:toks[n][1]] != "," or k - n - 1 > 10:
        return None
    first = text[toks[0][0]:toks[0][1]].casefold()
    if first in lex.connectives or first in lex.time_words or first in lex.stop_after:
        return None  # 'Lalu , pemuda tersebut mengatakan …': a connective, no name
    if first in lex.source_cues:
        # 'Dilansir NME , aktor berusia 38 tahun menyebut …': a fronted source cue, its
        # outlet only relays what the described person says (spk34b; who round 298: wrong,
        # given to the outlet)
        return None
    desc = [text[a:b] for a, b in toks[n + 1:k]]
    if not all(w.isalnum() or "-" in w for w in desc) or not desc[0].islower():
        return None  # one phrase: no comma, bracket or quotation mark inside
    if desc[0].casefold() not in lex.anonymous_heads and not _starts_with_role(desc) \
            and not _person_noun(desc[0]):
        return None
    return Span(start=toks[0][0], end=toks[n - 1][1])


def _nominal_predicate(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether a phrase of `nominal_predicates` follows a subject of one to six words at
    `j`, before any comma or 'yang': 'menilai [sirkuit Silverstone] salah satu sirkuit
    favoritnya' (the view that X is one of Y)."""
    words = [text[a:b].casefold() for a, b in toks[j:j + 9]]
    for c in range(1, min(len(words), 7)):
        if words[c] in (",", "yang"):
            return False
        if any(tuple(words[c:c + len(p)]) == p for p in _lex().nominal_predicates):
            return True
    return False


def _as_phrase_follows(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether 'sebagai' follows within five words, before any comma or 'yang': the view
    of 'menganggap (hal itu) sebagai tekanan'."""
    for a, b in toks[j:j + 6]:
        w = text[a:b].casefold()
        if w == "sebagai":
            return True
        if w in {",", "yang"}:
            return False
    return False


_VERB_FORM = re.compile(r"(?:me|ber|di)[a-z]{3,}")  # not ter-: 'terbesar' is no verb


_OBJECT_AKAN = WordSet("quotes", QuotesData, "speaker.object_akan")  # quotes.toml
_AKAN_OBJECT_NOUNS = WordSet("quotes", QuotesData, "speaker.akan_object_nouns")


def _akan_object(words: Sequence[str]) -> bool:
    """Whether the words after a verb open with 'akan' as 'of' and a noun ('menyadari akan
    hal ini', 'yakin akan kemampuannya', 'akan pentingnya …'): a noun object, no clause
    owned to (spk34b; who round 307: wrong). The future 'akan' has a verb or adverb after
    it ('yakin akan menang', 'akan segera …', 'akan tentunya …')."""
    if len(words) < 2 or words[0].casefold() not in _OBJECT_AKAN:
        return False
    nxt = words[1].casefold()
    return nxt in _AKAN_OBJECT_NOUNS or (
        nxt.isalpha() and nxt.endswith("nya") and nxt[:2] in ("ke", "pe") and not _verb(nxt))


def _clause_follows(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether a subject and then a modal, aspect word or verb follow at `j` ('sektor ini
    mampu …', 'Bank Indonesia (BI) berpeluang …'), within eight words and before any
    'yang' or 'sebagai' ('meyakini dugaan keterlibatan … yang ditaksir merugikan' is no
    clause); or, within twelve, right after a demonstrative that closes a longer subject
    ('tambang tanpa izin di wilayah delineasi IKN ini telah menyebabkan …')."""
    lex = _lex()
    words = [text[a:b] for a, b in toks[j:j + max(12, _lex().copula_max_words)]]
    if _akan_object(words):
        return False  # 'menyadari akan hal ini , dan mereka memutuskan …': a noun object
    if "yang" in words:  # a relative clause's verb
        rel = words.index("yang")
        if any(w.casefold() in lex.copulas and any(map(_relative_verb, words[rel + 1:c]))
               for c, w in enumerate(words[rel + 2:lex.copula_max_words], rel + 2)):
            # 'menilai tragedi [yang menimpa Miller] adalah sebuah peringatan': the relative
            # clause has its own verb, so the copula after it is the clause's predicate
            # ('menyebut X yang merupakan Y' has none: the copula is the relative's).
            return True
        if _predicate_after_relative(words, rel):
            return True
        words = words[:rel]
    adj = next((i for i, w in enumerate(words[1:], 1) if w.casefold() in lex.adjunct_openers
                and not _time_phrase(words[i + 1] if i + 1 < len(words) else "")), None)
    felt = j > 0 and text[toks[j - 1][0]:toks[j - 1][1]].casefold() in lex.feeling_verbs
    if adj is not None and (felt or all(w[:1].isupper() for w in words[:adj])):
        # 'melaporkan Lisa Mariana [setelah …]': a person acted on, then an adverbial
        # clause ('menyampaikan kondisi terkini … setelah …' still conveys something)
        # 'China senang wisata bahari [karena jarang melihat …]': a feeling's object, then
        # its reason, no clause owned to (spk27; who round 284: none, and the '-nya' cues
        # after it given to that subject: wrong)
        words = words[:adj]
    if any(w.casefold() in lex.copulas for w in words[1:lex.copula_max_words]):
        return True  # 'menilai aksi penolakan terhadap … di Sulawesi Utara adalah …'
    if _modal_predicate(words):
        return True  # 'meyakini pasca-dicabutnya larangan … Sudirman bakal menambah …'
    if "sebagai" in words:  # 'menilai X sebagai Y' names (a copula before it still counts)
        words = words[:words.index("sebagai")]
    if words and (words[0].casefold() in lex.clause_openers
                  or " ".join(words[:2]).casefold() in lex.clause_openers):
        return True  # 'menyebut ada hal lain …': an existential clause
    if words and words[0].casefold() in lex.subjectless:
        return True  # 'menilai harus ada kebijakan …': the speaker's own clause
    if len(words) > 1 and words[0].islower() and _ACTIVE_VERB.fullmatch(words[0]) \
            and _verb(words[0]) and words[1].casefold() not in lex.complementizers \
            and (j == 0 or text[toks[j - 1][0]:toks[j - 1][1]].casefold() not in lex.act_verbs):
        # 'Rina melaporkan memiliki dua bidang tanah …': an active verb right after the verb
        # of saying is the speaker's own predicate, a clause with no subject of its own, as
        # a modal there is (speak9; who round 249: missed)
        return True
    stops = lex.coordinators | lex.time_openers
    if any(w in lex.clause_words or _clause_verb(w) and words[n - 1].casefold()
           not in stops for n, w in enumerate(words[1:8], 1)):
        # (a verb after 'dan' is the speaker's second predicate, not the clause's: 'Jokowi
        # melaporkan sejumlah pihak dan menghormati kinerja penyidik' reports no statement;
        # one right after 'ketika' is a clause of time's: 'Vinales mencatat 1 menit 43,407
        # detik ketika memasuki …' is a lap time, whospeak4)
        return True
    # A bare predicate of change after a subject of two words or more ('mengakui tingkat
    # kemiskinan di kota naik', 'membenarkan Wali Kota … kena operasi tangkap tangan'), not
    # after a preposition or conjunction ('untuk naik …' names a purpose).
    flat = _without_brackets(words)  # '… Nasional ( DTSEN ) jadi …': the acronym no word
    if any(w in lex.bare_predicates
           and flat[n - 1].casefold() not in lex.prepositions | lex.predicate_stops
           for n, w in enumerate(flat[2:8], 2)):
        return True
    if _adjective_predicate(text, toks, j):
        return True
    # ('kegiatan … ini juga sejalan …': an adverb there opens the predicate, a word after it)
    return any(w in _DEMONSTRATIVES and (nxt in lex.clause_words or _clause_verb(nxt, True)
                                         or nxt in lex.predicate_adverbs
                                         and n + 2 < len(words) and words[n + 2].isalpha())
               for n, (w, nxt) in enumerate(zip(words[1:11], words[2:12], strict=False), 1))


def _adjective_predicate(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether the sentence from `j` is a short subject and an adjective that closes it:
    'memastikan [kondisinya] baik-baik saja', 'menyebut [hasil yang diraih timnya] positif'.
    The subject must be closed before the adjective, by a '-nya' word, a demonstrative or a
    relative clause with its own verb: a bare noun and adjective is one noun phrase
    ('menyampaikan pesan penting', 'melaporkan kejadian aneh'). No comma, no verb of the
    subject's own outside the relative, no 'sebagai' (naming)."""
    lex = _lex()
    words = [text[a:b] for a, b in toks[j:j + 14]]
    while words and not words[-1][:1].isalnum():
        words.pop()  # the closing stop or quote mark
    if len(toks) - j > 14 + 3 or len(words) < 2:
        return False
    while len(words) > 2 and words[-1].casefold() in lex.adjective_closers:
        words.pop()
    adj, subject = words[-1], words[:-1]
    tag = load_lexicon().get(adj.casefold())
    if not adj.islower() or tag is None or not tag.startswith("JJ") \
            or any(not w[:1].isalnum() or w.casefold() in lex.predicate_stops
                   for w in subject):
        return False
    rel = next((i for i, w in enumerate(subject) if w == "yang"), len(subject))
    if any(_verb(w) for w in subject[:rel]):
        return False  # 'mengatakan warga membeli beras murah': a clause with its own verb
    last = subject[-1].casefold()
    return (last.endswith("nya") and len(last) > 5) or last in _DEMONSTRATIVES \
        or rel + 1 < len(subject) and _verb(subject[rel + 1])


def _without_brackets(words: Sequence[str]) -> list[str]:
    """`words` less a short bracketed part ('( DTSEN )'): an acronym or gloss after a name
    is no word of the subject's length (spk29)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == "(" and ")" in words[k + 1:k + 5]:
            k = words.index(")", k + 1) + 1
            continue
        out.append(words[k])
        k += 1
    return out


def _modal_predicate(words: Sequence[str]) -> bool:
    """Whether a modal or aspect word and a verb right after it stand within
    `copula_max_words` words (not at the start: that is the speaker's own clause, read
    apart), before any comma or word of `predicate_stops`: the predicate of a clause with
    a long subject."""
    lex = _lex()
    for c in range(1, min(len(words) - 1, lex.copula_max_words)):
        w = words[c].casefold()
        if w == "," or w in lex.predicate_stops:
            return False
        if w in lex.predicate_modals and _clause_verb(words[c + 1]):
            return True
    return False


def _predicate_after_relative(words: Sequence[str], rel: int) -> bool:
    """Whether a relative clause opening at `rel` ('yang') has its own verb right after
    'yang' and a me-/ber- verb follows it, a word or more later, before any comma or word of
    `predicate_stops`: 'menyebut IMF [yang dianggap sebagai penyelamat] malah menjadi
    penyebab …' (the second verb is the clause's predicate). Two verbs side by side stay
    the relative's own ('yang diminta membayar')."""
    lex = _lex()
    if rel + 3 < len(words) and _adjective_relative(words[rel + 1]) \
            and words[rel + 2].casefold() in lex.adjective_relative_modals \
            and _clause_verb(words[rel + 3]):
        # 'menyebutkan kepala dinas [yang baru] perlu memiliki …': a one-word relative (an
        # adjective) closes the subject; the modal and verb after it are the clause's
        # (spk32b; who round 302: missed)
        return True
    if rel + 2 >= len(words) or not _verb(words[rel + 1]):
        return False
    for c in range(rel + 3, min(len(words), lex.copula_max_words)):
        w = words[c].casefold()
        if w in (",", "yang") or (w in lex.predicate_stops and w != "sebagai"):
            return False  # ('yang dianggap sebagai penyelamat': still the relative's)
        if _verb(words[c]) and not words[c].startswith("di") \
                and words[c - 1].casefold() not in lex.predicate_stops:
            return True
        if words[c - 1].casefold() in _DEMONSTRATIVES and (
                _clause_verb(words[c]) or words[c].casefold() in lex.clause_words
                and c + 1 < len(words) and words[c + 1].isalpha()):
            # 'berharap semua pihak [yang menangani kasus … itu] dilakukan secara …': a
            # demonstrative closes the relative, the verb after it (a di- one too) is the
            # clause's predicate (who round 227: missed); so does a negation, modal or
            # degree word there and a word after it ('menyebutkan kabar yang dibuat atas
            # nama lembaga itu tidak benar', speak9; who round 248: missed)
            return True
    return False


def _adjective_relative(word: str) -> bool:
    """Whether `word` after 'yang' is an adjective (the lexicon's), no verb, modal, negation
    or other clause word ('yang baru'; not 'yang tidak', 'yang akan', 'yang tentunya')."""
    lex = _lex()
    low = word.casefold()
    tag = load_lexicon().get(low)
    return word.isalpha() and word.islower() and tag is not None and tag.startswith("JJ") \
        and not _verb(word) \
        and low not in lex.clause_words and low not in lex.predicate_modals \
        and low not in lex.adverbs and low not in lex.predicate_stops


def _time_phrase(after: str) -> bool:
    """Whether the word after a conjunction of time makes it a time phrase, not a clause
    ('sejak 2012', 'saat ini', 'sebelum Senin'): a number, a demonstrative or a time word."""
    low = after.casefold()
    return after[:1].isdigit() or low in _DEMONSTRATIVES or low in _lex().time_words


def _clause_verb(word: str, bare: bool = False) -> bool:
    """A verb that can be a clause's predicate: a me-/ber-/di- verb, or a ter- verb the
    lexicon knows ('tercatat', 'terjadi'; not 'terbesar', nor 'termasuk' of a list);
    `bare`: any verb the lexicon knows ('pengungsi itu masuk lewat …', after a
    demonstrative that closes the subject)."""
    if _verb(word):
        return True
    low = word.casefold()
    if not bare and (low in _lex().not_clause_verbs or low in _lex().topic_words
                     or not low.startswith("ter")):
        return False
    tag = load_lexicon().get(low)
    return tag is not None and tag.startswith("VB")


def _thing_wish(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether a wish's object at `j` is a clause of a thing's: a common noun (lower-case,
    no verb, no function word), up to five more words with no comma or verb, then a word
    of `wish_predicates` and a word after it ('ingin sikap kooperatifnya dengan polisi
    [menjadi] sia-sia'; spk33, who round 304: missed)."""
    lex = _lex()
    words = [text[a:b] for a, b in toks[j:j + 8]]
    if not words or not words[0].isalpha() or not words[0].islower() or _verb(words[0]) \
            or words[0] in lex.stop_after or words[0] in lex.prepositions \
            or words[0] in lex.complementizers or words[0] in lex.wish_predicates:
        return False
    # The first word a common noun ('sikap', 'timnya'; an unknown '-an' noun,
    # 'peternakan'), no adverb, bare verb or existential ('ingin kembali menjadi juara',
    # 'ingin naik menjadi …', 'ingin ada …' are the subject's own intent).
    noun = words[0][:-3] if words[0].endswith("nya") else words[0]
    tag = load_lexicon().get(noun)
    if not (tag.startswith("NN") if tag else noun.endswith("an")):
        return False
    for t in range(1, len(words) - 1):
        w = words[t].casefold()
        if w in lex.wish_predicates:
            return words[t + 1][:1].isalnum()
        if not words[t][:1].isalnum() or _verb(words[t]) or w == "yang" \
                or w in lex.predicate_stops and w not in lex.prepositions:
            return False  # ('dengan polisi' may qualify the noun; 'dan', 'untuk', a
            # relative clause end it: 'ingin buang air yang tak bisa …')
    return False


def _people(word: str) -> bool:
    """Whether an addressee opening with `word` is people: a name, a plural or group
    word, an anonymous head, a body's head, or a person or role noun ('para pemilih',
    'masyarakat', 'BGN', 'pemerintah daerah')."""
    lex = _lex()
    low = word.casefold()
    # (a lower-case pe- agent noun too: 'mengimbau pemudik memeriksa …', spk25; who round
    # 280: missed; not a '-nya' noun of a point made: 'menekankan pentingnya …')
    return word[:1].isupper() or low in lex.plural_words or low in lex.anonymous_heads \
        or low in lex.organisation_heads or low in _PEOPLE_WORDS or _person_noun(word) \
        or _starts_with_role([word]) or _agent_noun(low) and not low.endswith("nya")


_PEOPLE_WORDS = WordSet("quotes", QuotesData, "speaker.people_words")  # "masyarakat"


def _after_addressee(text: str, toks: Sequence[tuple[int, int]], j: int,
                     permit: bool = False) -> int | None:
    """The index of 'agar'/'supaya' (or 'untuk') after a short addressee at `j`
    ('menyarankan [warga] agar …', 'meminta [pihak terkait] untuk …'): a noun phrase with no
    verb, comma or complementizer, and for 'untuk' no thing asked for ('meminta uang untuk
    …'), else None."""
    lex = _lex()
    if j < len(toks) and text[toks[j][0]:toks[j][1]].casefold() in lex.topic_words \
            | lex.prepositions:
        return None  # 'mengingatkan soal pemberian stimulus untuk UMKM': a topic
    for t in range(j, min(j + lex.addressee_max_words + 1, len(toks))):
        w = text[toks[t][0]:toks[t][1]]
        low = w.casefold()
        if low in lex.predicate_modals and t > j and t + 1 < len(toks) \
                and _passive(text[toks[t + 1][0]:toks[t + 1][1]]):
            # 'mengimbau aturan di Kementerian PU … dapat diperbarui': the thing asked to be
            # done is the subject of a passive, no addressee (`_request_clause` reads it)
            return None
        if permit and t > j and low in lex.permission_openers:
            return t  # 'mempersilakan TNI [jika] ingin menempuh …': what is permitted
        if low in lex.purpose_words or (
                low in lex.request_openers | {"untuk"} and t > j
                and text[toks[j][0]:toks[j][1]].casefold() not in lex.not_addressees):
            return t if t > j else None
        if t == j and low in lex.request_openers:
            return None  # 'meminta tidak perlu dipolitisasi': no addressee, the clause is here
        if w in ("(", ")") and t > j:
            continue  # 'menyarankan Komisi Pemberantasan Korupsi ( KPK ) perlu …': a short form
        if not w[:1].isalnum() or low in lex.complementizers or low in ("untuk", "yang") \
                or _verb(w):
            return None  # 'mengimbau elemen masyarakat yang tidak puas …': no short addressee
    return None


def _passive(word: str) -> bool:
    """A di- verb ('diperbarui'), lower-case."""
    return word.islower() and word.startswith("di") and _verb(word)


def _request_clause(text: str, toks: Sequence[tuple[int, int]], j: int,
                    causal: bool = False) -> bool:
    """Whether a clause of its own opens at `j` after a verb of request: a named addressee
    and its verb ('mendorong [BGN] mencoba pola lain', also after 'kepada': 'meminta kepada
    [Pengadilan Negeri] menunda …'), or a short phrase and a passive verb ('meminta [terkait
    hal ini] ditanyakan …', 'mendesak [kasus itu] diusut'). 'mendorong pertumbuhan ekonomi'
    (no verb) and, for a verb that also causes (`causal`), 'mendorong harga minyak melonjak'
    (a lower-case thing, an active verb: a cause, not a request) are none; a verb that only
    asks takes a thing and its verb ('meminta [distribusi cabai] berjalan lancar'), unless
    the thing is what is asked for ('meminta izin …')."""
    lex = _lex()
    if j < len(toks) and text[toks[j][0]:toks[j][1]].casefold() in lex.addressee_preps:
        j += 1  # 'meminta kepada X menunda …': the addressee after its preposition
    for t in range(j, min(j + lex.addressee_max_words + 1, len(toks))):
        w = text[toks[t][0]:toks[t][1]]
        if not (w[:1].isalnum() or w in "()") or w.casefold() in lex.complementizers \
                or w == "yang":
            return False
        if t > j and w.islower() and _verb(w):
            # The addressee is a name ('Kementerian Pendidikan Dasar dan Menengah
            # (Kemendikdasmen) mengalokasikan'), or people ('pemerintah mempercepat', 'para
            # hakim berpihak'): someone asked to act.
            words = [text[a:b] for a, b in toks[j:t]]
            return w.startswith("di") or words[0][:1].isupper() and all(
                x[:1].isupper() or x in ("dan", "(", ")") for x in words) \
                or _people(words[0]) and not words[0][:1].isupper() \
                or not causal and _asked_thing(words)
    return False


def _asked_thing(words: Sequence[str]) -> bool:
    """A lower-case thing before the verb of what was asked ('meminta [distribusi cabai
    merah tersebut] berjalan lancar', 'meminta [negara-negara Asia Tenggara dan China]
    memastikan …'): lower-case at its head, no conjunction first ('meminta dan menuntut …'),
    and not itself what is asked for ('meminta izin menggunakan …', 'meminta maaf'); a
    preposition before the verb makes it an adjunct's ('meminta keseriusan pemerintah
    dalam menangani …' asks for a thing)."""
    lex = _lex()
    return bool(words) and words[0].islower() and words[0] not in lex.predicate_stops \
        and all(x == "dan" or x not in lex.predicate_stops | lex.prepositions
                and x not in _FRAME for x in words) \
        and words[0] not in lex.not_addressees and words[0] not in lex.topic_words


def _verb_or_verb_nya(word: str) -> bool:
    """A me-/ber-/di- verb, also with '-nya' ('menggunakannya')."""
    return _verb(word) or (word.endswith("nya") and _verb(word[:-3]))


def _opens_clause(text: str, toks: Sequence[tuple[int, int]], j: int) -> bool:
    """Whether an existential word (or 'jangan') opens a clause at `j`: 'mengungkap ada 338
    kandidat', 'mengingatkan jangan sampai …'."""
    openers = _lex().clause_openers
    words = [text[a:b].casefold() for a, b in toks[j:j + 2]]
    return bool(words) and (words[0] in openers or " ".join(words) in openers)


def _verb(word: str) -> bool:
    """A me-/ber-/di- verb: the shipped lexicon decides for the words it knows ('mereka'
    and 'melalui' are no verbs), the form for the rest, less '-nya' nouns
    ('meninggalnya')."""
    tag = load_lexicon().get(word.casefold())
    if tag is not None:
        return tag.startswith("VB") and bool(_VERB_FORM.fullmatch(word.casefold()))
    return bool(_VERB_FORM.fullmatch(word)) and not word.endswith("nya")


def _relative_verb(word: str) -> bool:
    """A relative clause's own verb: a me-/ber-/di- one, or a bare verb the lexicon knows
    ('masalah lain [yang timbul] adalah …', spk33b; who round 305: missed); an adverb
    ('yang juga merupakan') or adjective ('yang terbesar') is none."""
    if _verb(word):
        return True
    tag = load_lexicon().get(word.casefold())
    return tag is not None and tag.startswith("VB") and word.islower()


def _bare_name(words: Sequence[str]) -> bool:
    """One to three capitalised words with no role or organisation word: 'Budi Santoso'."""
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not {w.casefold() for w in words} & _not_name_words()


@cache
def _not_name_words() -> frozenset[str]:
    # Organisation words (entities.toml) and role heads (roles.toml) are kept by the
    # entities helper: read, never copy.
    orgs = frozenset(w.casefold() for w in load("entities", EntitiesData).org_words)
    return orgs | role_words().head_phrases


def _starts_with_role(words: Sequence[str]) -> bool:
    heads = role_words().head_phrases
    return any(" ".join(words[:n]).casefold() in heads for n in (1, 2, 3))


def find_headline_quotes(headline: str) -> list[Quote]:
    """Quotes in a headline; spans are relative to `headline` itself."""
    lex = _lex()
    out: list[Quote] = []
    for f in _direct_quotes(headline, [Span(start=0, end=len(headline))]):
        out.append(Quote(content=f.content, kind="headline", cue=f.cue,
                         speaker_span=f.speaker_span))
    if out:
        return out
    colon = headline.find(":")
    if colon <= 0:
        return out
    seg_start = headline.rfind(",", 0, colon) + 1
    s, e = _trim(headline, seg_start, colon)
    speaker = headline[s:e]
    words = speaker.split()
    cs, ce = _trim(headline, colon + 1, len(headline))
    limit = lex.head_max_words + (1 if _starts_with_role(words) else 0)
    if not (1 <= len(words) <= limit) or not speaker[:1].isupper() \
            or speaker.casefold() in lex.head_not_speakers \
            or any(w[:1].islower() for w in words) \
            or words[0].casefold() in lex.connectives \
            or len(headline[cs:ce].split()) < lex.head_min_words:
        return out
    out.append(Quote(content=Span(start=cs, end=ce), kind="headline",
                     cue=Span(start=colon, end=colon + 1), speaker_span=Span(start=s, end=e)))
    return out


def _headline_quote(q: Quote, headline: str, field_name: str,
                    entities: Sequence[Entity], ix: _Index) -> Quote:
    if q.speaker_span is None:
        return replace(q, field=field_name)
    phrase = q.speaker_span.of(headline)
    # the index's name words, not each entity's read again per headline
    speaker = _resolve_by_name(phrase, entities, ix.names, ix.named(entities))
    keep, kind = speaker_kind(phrase, next((e for e in entities if e.id == speaker), None))
    return replace(q, speaker=speaker if keep else None, field=field_name, speaker_kind=kind)


def _asked_of(text: str, ix: _Index, pstart: int, pe: int) -> Span | None:
    """'Lalu bagaimana tanggapan Jedar ?' as a paragraph of its own, a question of one
    sentence asking a named person's response: the quotation after it is the answer, the
    person asked its speaker."""
    para = text[pstart:pe].rstrip()
    if not para.endswith("?") or _SENTENCE_END.search(text, pstart, pstart + len(para) - 1):
        return None
    m = _lex().asked_of.search(text, pstart, pe)
    if m is None:
        return None
    return next((sp for sp, (_, _, ent) in ix.mentions.starting(m.end(), m.end() + 1)
                 if ent.kind == "PERSON"), None)


def _previous_paragraph_subject(text: str, ix: _Index, ps: int) -> Span | None:
    """'Ia pun mengakui kesuksesan … .\n“Tidak ada yang saya lakukan …”': a quotation with
    no cue that opens a paragraph right after one of narration (no quotation mark in it)
    whose first sentence opens with a person or a singular pronoun as its subject and a
    verb of saying right after it, no other person a subject after it: that subject (the
    pronoun is resolved as any other)."""
    lex = _lex()
    pe = ps - 1
    pstart = text.rfind("\n", 0, pe) + 1
    if pe - pstart < 2 or _SPEECH_MARK.search(text, pstart, pe):
        return None
    if (asked := _asked_of(text, ix, pstart, pe)) is not None:
        return asked
    toks = _tokens(text, pstart, pe)
    first = text[toks[0][0]:toks[0][1]] if toks else ""
    subject: tuple[Span, str] | None = None
    if first.casefold() in lex.pronouns - lex.plural and first.casefold() != "nya":
        subject = (Span(start=toks[0][0], end=toks[0][1]), "")
    first_end = ix.sentence_end(pstart)
    for m, (_, _, ent) in ix.mentions.starting(pstart, pe):
        if ent.kind != "PERSON":
            continue
        if subject is None:
            if m.start >= first_end or not _is_subject(text, m, ix, strict=True):
                return None
            subject = (m, ent.id)
        elif ent.id != subject[1] and _is_subject(text, m, ix, strict=True):
            return None
    if subject is None or not lex.indirect_any.search(
            text, subject[0].end, min(first_end, subject[0].end + 30)):
        return None  # 'Ware hadir .': no statement of his that the quotation gives
    return subject[0]


def _paragraph_subject(text: str, ix: _Index, content: Span) -> Span | None:
    """'Ware sebenarnya meragukan … . Namun yang dicarinya bukan … . “Masalahnya bukan itu,
    tapi keadilan.”': a quotation with no cue after the sentences of its own paragraph is
    said by the person who opens the paragraph as its subject, when no other person is a
    subject in between (a person named as an object, '… membuat Gordon membayar', is none).
    """
    ps = text.rfind("\n", 0, content.start) + 1
    if not _SENTENCE_END.search(text, ps, content.start):
        # the quotation opens its paragraph, or its first sentence: the paragraph before
        return _previous_paragraph_subject(text, ix, ps) if ps > 0 else None
    first_end = next((sp.end for sp in ix.sentences if sp.start <= ps < sp.end), None) \
        if ix.sent_ends is None else None
    if ix.sent_ends is not None:
        k = bisect_right(ix.sent_ends, ps)
        first_end = ix.sentences[k].end if k < len(ix.sentences) else None
    if first_end is None:
        return None
    subject: tuple[Span, str] | None = None
    for m, (_, _, ent) in ix.mentions.starting(ps, content.start):
        if ent.kind != "PERSON" or ix.contents.holds(m.start):
            continue
        if subject is None:
            if m.start >= first_end or not _is_subject(text, m, ix, strict=True):
                return None  # the paragraph does not open with a person as subject
            subject = (m, ent.id)
        elif ent.id != subject[1] and _is_subject(text, m, ix, strict=True):
            return None  # another person's sentence in between
    return subject[0] if subject is not None else None


def _speaks_for(person: Entity, body: Entity, text: str) -> bool:
    """Whether one of the person's roles names the body ('Jubir KPK' for KPK), by its name
    or by a form it is mentioned by in the text."""
    forms = {body.name.casefold(), *(m.of(text).casefold() for m in body.mentions)}
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", r.casefold())
               for r in person.roles for f in forms if f)


def _before_own_role(text: str, start: int, at: int, ent: Entity) -> int:
    """Where a role of `ent` written right before its mention at `at` opens ('[Aktor asal
    Amerika Serikat] Ansel Elgort …'), else `at`: the person still opens the sentence
    (spk30c; who round 296: missing)."""
    before = text[start:at].rstrip()
    low = before.casefold()
    for role in ent.roles:
        r = role.casefold()
        if r and low.endswith(r) and (len(low) == len(r) or not low[-len(r) - 1].isalnum()):
            return start + len(before) - len(r)
    return at


def _opened_sentence_before(text: str, ix: _Index, at: int, who: str,
                            clause: bool = False) -> bool:
    """Whether the entity `who` opens the sentence right before the one holding `at`, after
    nothing but capitalised words and dashes ('SWISS – Roger Federer tidak …'); not
    someone named inside it ('Kapadze menjadi deputi pelatih, Fabio Cannavaro'). With
    `clause`, the subject of any of its clauses ('Sampai akhirnya, Trump berhenti …')."""
    cur = ix.sentence_start(at, 0)
    # up to `at`: a quote's opening mark may end the sentence before ('lomba. "Tentu …')
    for m, (_, _, ent) in ix.mentions.starting(ix.lookback_floor(cur, 1), at):
        if ent.id != who or ix.contents.holds(m.start):
            continue
        opening = _before_own_role(text, ix.sentence_start(m.start, 0), m.start, ent)
        words = [text[a:b] for a, b in _tokens(text, ix.sentence_start(m.start, 0), opening)]
        dashes = ("-", "–", "—")
        # (a dateline's commas too: 'Jakarta , CNN Indonesia - - Ansel Elgort …')
        if all(w[:1].isupper() or w in dashes or w == "," and any(d in words for d in dashes)
               for w in words) \
                or clause and _is_subject(text, m, ix):
            return True
    return False


def _body_subject_before(text: str, ix: _Index, at: int) -> str | None:
    """The one organisation that is the subject of the sentence right before the one holding
    `at` ('Dalam …, NASA secara resmi …'), named there outside quotes, when that sentence
    names no other organisation and no group of people ('para pemain', 'tiga warga',
    'pemain-pemain') a plural pronoun could stand for; else None."""
    cur = ix.sentence_start(at, 0)
    prev = ix.lookback_floor(cur, 1)
    if prev >= cur:
        return None
    lex = _lex()
    orgs = {ent.id for m, (_, _, ent) in ix.mentions.starting(prev, cur)
            if ent.kind == "ORG" and not ix.contents.holds(m.start)}
    if len(orgs) != 1:
        return None
    who = next(iter(orgs))
    names = [m for m, (_, _, ent) in ix.mentions.starting(prev, cur)]
    for a, b in _tokens(text, prev, cur):
        w = text[a:b]
        if any(m.start <= a < m.end for m in names):
            continue
        low = w.casefold()
        if low in lex.singular_heads:
            continue  # 'Dalam sebuah pukulan telak …': one thing, no group
        if low in lex.plural_words or low in lex.anonymous_heads or w[:1].isdigit() \
                or plural_base(w) or _REDUPLICATED.match(low) or low in _count_words():
            return None
    return who if _opened_sentence_before(text, ix, at, who, clause=True) else None


_REDUPLICATED = re.compile(r"(\w{3,})-\1")  # 'pegawai-pegawainya'


@lru_cache(maxsize=256)  # keyed on the article's text: bounded, so a long batch does not grow it
def _counted_group_before(text: str, speaker: Span) -> bool:
    """Whether a description epithet ('Perempuan petani itu') repeats the nouns of a group
    the text counted before ('Sembilan perempuan petani Kendeng memulai aksi …', 'para
    perempuan petani'): it refers to those unnamed people, not to a person named nearby
    (spk34; who round 305: wrong)."""
    phrase = speaker.of(text)
    if not _description_epithet(phrase):
        return False
    words = _NAME_WORD.findall(phrase)[:-1]
    if not words or "yang" in (w.casefold() for w in words):
        return False
    return _counted_group_pattern(tuple(words)).search(text, 0, speaker.start) is not None


@lru_cache(maxsize=256)
def _counted_group_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A group's nouns after a number or a counting word ('Sembilan perempuan petani'):
    compiled once per noun run, as descriptions repeat across articles."""
    counts = _alt(sorted(_count_words() | _lex().plural_words))
    return re.compile(r"(?<![\w-])(?:\d+|" + counts + r")\s+"
                      + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)


@cache
def _count_words() -> frozenset[str]:
    """Words counting a group (numbers.toml): a small number ("dua" … "sepuluh") or a vague
    amount ("puluhan", "ribuan")."""
    return small_number_words() | frozenset(load("numbers", NumbersData).vague)


def _says_in_sentence_before(text: str, ix: _Index, at: int) -> bool:
    """Whether the sentence before the one holding `at` has a verb of saying outside
    quotation marks ('Prabowo menyebut hal itu sebagai kebanggaan.'): its subject still
    speaks there, so a 'dia' in the next quote is not him talked about."""
    cur = ix.sentence_start(at, 0)
    verbs = _lex().indirect_verbs
    return any(text[a:b].casefold() in verbs and not ix.contents.holds(a)
               for a, b in _tokens(text, ix.lookback_floor(cur, 1), cur))


def _group_epithet(phrase: str) -> str | None:
    """The group noun of a speaker phrase that refers back to a body: a group noun and up
    to three words closed by a demonstrative ('lembaga itu', 'klub Jerman itu', 'girl grup
    tersebut'), or 'pihak' and a group noun ('Pihak kepolisian'); else None."""
    low = " ".join(phrase.casefold().split())
    words = _NAME_WORD.findall(low)
    groups = _lex().group_nouns
    if len(words) == 2 and words[0] == "pihak" and words[1] in groups:
        return str(words[1])
    if not 2 <= len(words) <= 10 or words[-1] not in _DEMONSTRATIVES:
        return None
    if len(words) <= 5 and (head := next((g for g in groups if low.startswith(g + " ")),
                                         None)) is not None:
        return head
    return _described_body(low)


@cache
def _body_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a body (quotes' group nouns and company words, entities' body and
    platform nouns, read through their lists) and the words that tie one to its owner
    ('pimpinan', 'milik'), for `_described_body`."""
    ent = load("entities", EntitiesData)
    heads = _lex().group_nouns | frozenset(
        w.casefold() for w in (*ent.body_nouns, *ent.platform_nouns)) | frozenset(
        w for w in _lex().company if " " not in w)
    return heads, frozenset(w.casefold() for w in ent.body_owner_words)


def _described_body(low: str) -> str | None:
    """The body noun of a longer epithet closed by a demonstrative whose head is followed
    by a relative clause or its owner: 'Jejaring sosial yang berbasis di San Fransisco
    tersebut', 'perusahaan pimpinan Min - Liang Tan itu' refer back to the body named
    before, never to the owner or the place inside (spkdesc24; who rounds 273, 275:
    missing)."""
    heads, owners = _body_heads()
    for head in sorted((h for h in heads if low.startswith(h + " ")), key=len, reverse=True):
        nxt = _NAME_WORD.match(low[len(head):].lstrip())
        if nxt is not None and (nxt.group() == "yang" or nxt.group() in owners):
            return head
    return None


def _group_statement(phrase: str) -> str | None:
    """The group noun of a body's statement named by a statement head and a lower-case
    group noun, with no name and no demonstrative ('rilis klub', 'pernyataan resmi
    partai', 'keterangan tertulis kepolisian'); else None."""
    if not phrase.islower():
        return None
    words = _NAME_WORD.findall(phrase)
    if not 2 <= len(words) <= 4 or words[0] not in _lex().statement_heads:
        return None
    groups = _lex().group_nouns
    if words[-1] in _MEMBERS_BODY:
        # 'bunyi pernyataan polisi': a statement is the institution's, not one officer's
        # (speak17; who round 259: missing)
        return _MEMBERS_BODY[words[-1]]
    return next((" ".join(words[j:]) for j in range(1, len(words))
                 if " ".join(words[j:]) in groups), None)


# The institution whose members a noun names, for a statement's owner ('pernyataan polisi'
# is the police force's, 'rilis jaksa' the prosecution's).
_MEMBERS_BODY = {"polisi": "kepolisian", "jaksa": "kejaksaan", "hakim": "pengadilan"}


def _group_body(text: str, at: int, ix: _Index, noun: str) -> str | None:
    """The body a bare group noun in a statement's name refers to ('rilis klub'): the
    nearest organisation named with that noun before `at`, else the organisation named
    most often before `at` outside quotes (the body the story is about; the latest on a
    tie). None when no organisation is named before."""
    named = _group_named_before(text, at, ix, noun, False, None)
    if named is not None or noun in _MEMBERS_BODY.values():
        # (a police force, prosecution or court not named so is not the story's main body)
        return named
    counts: dict[str, int] = {}
    for m, (_, _, ent) in ix.mentions.starting(0, at):
        if ent.kind == "ORG" and m.end <= at and not ix.contents.holds(m.start):
            counts[ent.id] = counts.pop(ent.id, 0) + 1  # re-inserted: the latest last
    return max(reversed(counts), key=counts.__getitem__) if counts else None


# 'William dan Harry', 'Yingluck , dan Partai Puea Thai': two names joined by 'dan'.
_PAIR_JOIN = re.compile(r"\s*,?\s*dan\s+")


def _pair_before(text: str, ix: _Index, at: int) -> str | None:
    """The first of the latest two persons named together ('X dan Y') from the sentence
    before `at` on: whom 'keduanya' at `at` refers to; else None."""
    prev: tuple[Span, Entity] | None = None
    found: str | None = None
    for m, (_, _, ent) in ix.mentions.starting(ix.lookback_floor(at, 1), at):
        if ent.kind != "PERSON" or m.end > at:
            continue  # (inside a reported clause too: 'bahwa anak X, A dan B, tak ingin …')
        if prev is not None and prev[1].id != ent.id and prev[0].end <= m.start \
                and _PAIR_JOIN.fullmatch(text, prev[0].end, m.start):
            found = prev[1].id
        prev = (m, ent)
    return found


_SPACED_REDUPLICATION = re.compile(r"(\w+)\s*-\s*\1", re.IGNORECASE)  # 'Negara - negara'


_GROUP_ARTICLES = WordSet("quotes", QuotesData, "speaker.group_articles")  # "para"


@cache
def _company_after() -> re.Pattern[str]:
    """'dkk', 'dan kawan-kawan' right after a name (entities.toml `company_after`)."""
    words = load("entities", EntitiesData).company_after
    return re.compile(rf"\s+(?i:{_alt(words)})(?![\w-])" if words else r"(?!)")


def _company_before(text: str, ix: _Index, at: int, phrase: str) -> str | None:
    """The person last named with his company ('ditulis Eileen Segarra-Alméstica dkk')
    within six sentences before `at`, outside quotes, when the speaker phrase opens with a
    definite plural ('Para peneliti mengungkap …'): the group he leads; else None."""
    words = phrase.split()
    if not words or words[0] not in _GROUP_ARTICLES:
        return None
    found: str | None = None
    for m, (_, _, ent) in ix.mentions.starting(ix.lookback_floor(at, 6), at):
        if ent.kind == "PERSON" and m.end <= at and not ix.contents.holds(m.start) \
                and _company_after().match(text, m.end) is not None:
            found = ent.id  # mentions come in order: the nearest wins
    return found


def _plural_epithet(phrase: str) -> bool:
    """A plural description closed by a demonstrative: 'Negara - negara tersebut', 'Ketiga
    menteri luar negeri dari negara-negara tersebut', 'kedua klub itu' (a plural word
    first, or a reduplicated noun)."""
    words = _NAME_WORD.findall(phrase.casefold())
    if not 2 <= len(words) <= 10 or words[-1] not in _DEMONSTRATIVES:
        return False
    first = phrase.split(None, 1)[0].casefold()
    return first in _lex().plural_words or _SPACED_REDUPLICATION.match(phrase.strip()) is not None


def _list_before(text: str, ix: _Index, at: int) -> str | None:
    """The first of the latest list of two or more names of one kind that opens a clause
    ('Amerika Serikat , Australia dan Jepang meminta …', not the object 'meminta ASEAN dan
    China' nor 'di Manila , Filipina') within two sentences before `at`, outside quotes:
    whom a plural description at `at` refers to; the record holds one speaker, either is
    right (the round 254 ruling; spk25, who round 280: missing)."""
    found: str | None = None
    head: Entity | None = None
    prev: tuple[Span, Entity] | None = None
    for m, (_, _, ent) in ix.mentions.starting(ix.lookback_floor(at, 2), at):
        if m.end > at or ix.contents.holds(m.start):
            continue
        joined = prev is not None and prev[1].id != ent.id and prev[1].kind == ent.kind \
            and prev[0].end <= m.start and _LIST_JOIN.fullmatch(text, prev[0].end, m.start)
        if joined and head is not None:
            found = head.id
        elif not joined:
            lead = text[ix.sentence_start(m.start, 0):m.start].rstrip()
            head = ent if not lead or not lead[-1].isalnum() else None
        prev = (m, ent)
    return found


# The joints of a list of names: 'A , B dan C', 'A, B, serta C', 'A maupun B'.
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:dan|serta|maupun)\s+)?|\s+(?:dan|serta|maupun)\s+")
_NAME_PART = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def _pair_phrase(text: str, speaker: Span, ix: _Index) -> str | None:
    """The first person or body named in a speaker phrase that is nothing but a list of
    names joined by commas and 'dan' ('Yingluck dan Partai Puea Thai', 'Dias , Taufiq dan
    Yandi', 'Baik Samsung dan LG': one speaker per quote, either is right, the round 254
    ruling); else None. Each part is an entity's whole mention or a capitalised name of up
    to three words the tagger missed; the list closes with a coordinator and names at
    least one entity (speak18; who rounds 267, 268: missing)."""
    lex = _lex()
    phrase = speaker.of(text)
    lead = len(phrase) - len(phrase.lstrip())
    pos = speaker.start + lead
    end = speaker.start + len(phrase.rstrip())
    first = re.match(r"\S+\s+", text[pos:end])
    if first is not None and first.group().strip().casefold() in lex.list_openers:
        pos += first.end()
    # (countries listed speak for their governments: 'Amerika Serikat , Australia dan
    # Jepang meminta …', spk25; who round 280: missed)
    got = {m.start: (m, ent) for m, (_, _, ent) in ix.mentions.overlapping(pos, end)
           if ent.kind in ("PERSON", "ORG", "PLACE")}
    if not got:
        return None
    parts = 0
    found: str | None = None
    closed = False
    while pos < end:
        hit = got.get(pos)
        if hit is not None and hit[0].end <= end:
            part_end = hit[0].end
            if found is None:
                found = hit[1].id
        else:
            name = _NAME_PART.match(text, pos, end)
            if name is None:
                return None
            part_end = name.end()
        parts += 1
        if part_end == end:
            break
        join = _LIST_JOIN.match(text, part_end, end)
        if join is None:
            return None
        closed = join.group().strip(" ,") != ""
        pos = join.end()
    return found if parts >= 2 and closed and pos < end else None


def _group_after(text: str, toks: Sequence[tuple[int, int]]) -> Span | None:
    """'kata lembaga itu', 'jelas girl grup tersebut' after a cue: the group epithet up to
    its demonstrative (a lower-case phrase the name-led reading would drop)."""
    if len(toks) >= 2 and text[toks[0][0]:toks[0][1]] == "pihak":
        nxt = text[toks[2][0]:toks[2][1]] if len(toks) > 2 else ""
        span = Span(start=toks[0][0], end=toks[1][1])
        # 'kata pihak kepolisian.' (not 'kata pihak kepolisian Polres Bogor', a name)
        return span if _group_epithet(span.of(text)) and not nxt[:1].isupper() else None
    for k in range(1, min(len(toks), 5)):
        w = text[toks[k][0]:toks[k][1]]
        if w.casefold() in _DEMONSTRATIVES:
            span = Span(start=toks[0][0], end=toks[k][1])
            return span if _group_epithet(span.of(text)) else None
        if not w.isalnum():
            return None
    return None


def _group_named_before(text: str, at: int, ix: _Index, noun: str, demonstrative: bool,
                        last: tuple[int, Entity] | None) -> str | None:
    """The organisation a group epithet refers back to: the nearest one named before `at`
    (outside quotes, within three look-backs) with the noun in its name or right before it
    ('agensi BigHit Entertainment', 'Lembaga Penjamin Simpanan' for 'lembaga itu'); else,
    with a demonstrative, the organisation quoted last, else the one `_resolve_company`
    reads. 'Pihak kepolisian' with no police body named before is no one to give."""
    floor = ix.lookback_floor(at, 3 * _lex().lookback)
    noun_at = re.compile(rf"(?<!\w){re.escape(noun)}(?!\w)", re.IGNORECASE)
    best: str | None = None
    for m, (_, _, ent) in ix.mentions.starting(floor, at):
        if ent.kind != "ORG" or m.end > at or ix.contents.holds(m.start):
            continue
        before = " ".join(text[max(0, m.start - 40):m.start].split()[-3:])
        if noun_at.search(ent.name) or noun_at.search(m.of(text)) or noun_at.search(before):
            best = ent.id  # mentions come in order: the nearest wins
    if best is not None or not demonstrative:
        return best
    if last is not None and last[1].kind == "ORG" and last[0] >= floor:
        return last[1].id
    return _resolve_company(text, at, ix)


_CLAUSE_END = re.compile(r"[,;:.!?\n]")


# 'Laporan yang sama mengatakan …': the head's phrase cut before 'yang'.
_THE_SAME = re.compile(r"\s+yang\s+sama\b")


def _definite_document(phrase: str) -> bool:
    """Whether a speaker phrase is a document head and a demonstrative or 'yang sama'
    ('laporan tersebut', 'dokumen itu', 'Laporan yang sama'): it refers back to a document
    named before, never to a person a pronoun would."""
    words = [w.casefold() for w in _NAME_WORD.findall(phrase)]
    return len(words) >= 2 and words[0] in _lex().document_heads \
        and (len(words) == 2 and words[1] in _DEMONSTRATIVES or words[1:] == ["yang", "sama"])


@cache
def _class_words() -> frozenset[str]:
    # entities.toml's law heads ('Raperda', 'RUU') are kept by the entities helper: read,
    # never copy; with the document heads here ('laporan', 'surat')
    return frozenset(w.casefold() for w in load("entities", EntitiesData).law_heads) \
        | _lex().document_heads


def _class_word(ent: Entity) -> bool:
    """Whether an entity's name is only a word for a kind of document or law ('Raperda',
    'RUU', 'Laporan'): a tagger's slip that no pronoun refers to."""
    return ent.name.casefold() in _class_words()


def _document_named_before(text: str, speaker: Span, ix: _Index) -> tuple[bool, str | None]:
    """The body or author of the document a definite document phrase refers back to: the
    nearest earlier mention of the same head noun outside quotes, and the first body or
    person named in its clause ('laporan baru yang diterbitkan oleh … WMO, menunjukkan');
    None when that mention names neither (the nearest is the one referred to). The first
    item says whether such a mention was found at all."""
    words = [w.casefold() for w in _NAME_WORD.findall(speaker.of(text))]
    head = re.compile(rf"(?<!\w){re.escape(words[0])}(?!\w)", re.IGNORECASE)
    found = _document_before(text, speaker, ix, head)
    if not found[0] and words[0] in _lex().statement_heads:
        # '“…,” sebut rilis itu' after 'Keterangan pers Biro Humas BMKG … menyebutkan …':
        # a statement named with another statement word (a release, a press statement)
        # is the same one, when named in the sentence before (speak9; who round 248:
        # missing). ('Pernyataan tersebut menegaskan …' far from any statement is the
        # writer's comment, who round 229: none.)
        here = ix.sentence_start(speaker.start, 0)
        found = _document_before(text, speaker, ix, _statement_head(),
                                 ix.sentence_start(max(here - 1, 0), 0) if here else 0)
        if not found[0]:
            # '… , ” demikian pernyataan tersebut' two sentences after 'Hal itu disampaikan
            # JMPPK dalam keterangan tertulisnya': a statement its owner was said to make,
            # in the look-back, is the one referred to (spk34; who round 305: missing)
            owner = _statement_owner_before(
                text, ix, ix.lookback_floor(speaker.start, 2 * _lex().lookback), speaker.start)
            if owner is not None:
                found = True, owner
    return found


@cache
def _owned_statement() -> re.Pattern[str]:
    """'X dalam keterangan tertulisnya', 'X melalui siaran persnya' (quotes.toml
    `statement_channels`), right after X's name: X made that statement, its head in group
    'head'."""
    channels = "|".join(map(re.escape, load("quotes", QuotesData).speaker.statement_channels))
    return re.compile(r"(?:\s*\(\s*[^()]{1,30}?\s*\))?\s+(?:" + (channels or "(?!)") + r")\s+"
                      r"(?P<head>\w+)", re.IGNORECASE)


def _statement_owner_before(text: str, ix: _Index, floor: int, at: int) -> str | None:
    """The body or person last named right before 'dalam' or 'melalui' and a statement
    head, between `floor` and `at`, outside quotations: who made the statement."""
    owner: str | None = None
    for m, (_, _, ent) in ix.mentions.starting(floor, at):
        if ent.kind not in ("ORG", "PERSON") or ix.contents.holds(m.start):
            continue
        own = _owned_statement().match(text, m.end)
        if own is not None and own.end() <= at \
                and own.group("head").casefold() in _lex().statement_heads:
            owner = ent.id
    return owner


@cache
def _statement_head() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(sorted(_lex().statement_heads))})(?!\w)",
                      re.IGNORECASE)


def _document_before(text: str, speaker: Span, ix: _Index, head: re.Pattern[str],
                     floor: int = 0) -> tuple[bool, str | None]:
    """`_document_named_before` for the document heads `head` matches from `floor` on."""
    for m in reversed(list(head.finditer(text, floor, speaker.start))):
        if ix.contents.holds(m.start()):
            continue
        after = _NAME_WORD.match(text, m.end() + 1)
        if after is not None and (after.group().casefold() in _DEMONSTRATIVES
                                  or after.group().casefold() == "yang"
                                  and text[after.end():after.end() + 5] == " sama"):
            continue  # another reference back ('laporan itu'): its antecedent is further
        if after is not None and after.group().casefold() in _lex().pronouns | _lex().plural:
            continue  # 'melanjutkan pernyataan mereka': its owner named further back
        end = _CLAUSE_END.search(text, m.end(), m.end() + 160)
        stop = end.start() if end is not None else min(len(text), m.end() + 160)
        # '… tulis dokumen Buku II Nota Keuangan … dilansir dari detikFinance': the outlet
        # that relays the document is not its author
        relay = _lex().source_cue_word.search(text, m.end(), stop)
        stop = relay.start() if relay is not None else stop
        found = next((ent.id for _, (_, _, ent) in ix.mentions.starting(m.end(), stop)
                      if ent.kind in ("ORG", "PERSON")), None) \
            or _publisher_before(text, m.start(), ix)
        if found is None and after is not None and after.group().islower() \
                and after.group() in _lex().group_nouns \
                and _group_statement(text[m.start():after.end()]) is not None:
            # 'lanjut rilis tersebut' after '“…,” tulis rilis klub': that body's (speak12)
            found = _group_body(text, m.start(), ix, after.group())
        return True, found
    return False, None


def _publisher_before(text: str, at: int, ix: _Index) -> str | None:
    """'Ken Research baru saja merilis sebuah laporan …': the body or person named as the
    subject of an active verb of publishing in the clause before a document head at `at`
    (the document's author, when its own clause names none)."""
    start = max(max(text.rfind(c, 0, at) for c in ".!?\n") + 1, at - 120)
    verbs = _lex().active_publishing_verbs
    for m, (_, _, ent) in ix.mentions.starting(start, at):
        if ent.kind in ("ORG", "PERSON") and not ix.contents.holds(m.start) \
                and any(w.casefold() in verbs for w in _NAME_WORD.findall(text[m.end:at])):
            return ent.id
    return None


def _cited_before(text: str, out: Sequence[Quote], by_id: dict[str, Entity],
                  head: str = "") -> str | None:
    """The organisation cited last as a source ('…, menurut Daily Star', 'Dilansir Marca ,
    …'): whose report 'Laporan yang sama' or 'laporan tersebut' is when no report was
    named in words. None when that report itself tells of a document of the same `head`
    ('Dilansir dari X , sebuah penelitian … melakukan percobaan …', then 'terang penelitian
    ini'): the unnamed study the outlet relays, not the outlet's own."""
    cues = _lex().source_cues | {"menurut"}
    cited = next((q for q in reversed(out)
                  if q.field is None and q.speaker is not None and q.cue is not None
                  and by_id[q.speaker].kind == "ORG"
                  and q.cue.of(text).casefold() in cues), None)
    if cited is None or head and head in (
            w.casefold() for w in _NAME_WORD.findall(cited.content.of(text))):
        return None
    return cited.speaker


# '…," katanya di Gedung KPK': where the statement was made, right after the cue.
_AT_PLACE = re.compile(r"\s*,?\s*di\s+(?=\S)")


def _setting_body(text: str, cue_end: int, ix: _Index,
                  bodies: Sequence[Entity]) -> Entity | None:
    """The body whose building the statement was made in, when a PLACE right after the cue
    names it ('…," katanya di Gedung KPK, Jalan Kuningan': KPK): whoever spoke there
    speaks for that body (its spokesman), not a witness the story is about."""
    m = _AT_PLACE.match(text, cue_end)
    if m is None:
        return None
    forms = ix.body_forms(text, bodies)
    for pm, (_, _, place) in ix.mentions.starting(m.end(), m.end() + 1):
        if place.kind != "PLACE":
            continue
        k = _form_inside(pm.of(text).casefold(), forms)
        if k is not None:
            return bodies[k]
    return None


def _form_inside(words: str, forms: Mapping[str, int]) -> int | None:
    r"""The least value of the `forms` that stand in `words` as whole words (the matches
    of `(?<!\w)FORM(?!\w)`), `words` itself aside; None when none does. Each stretch of
    `words` with no word character on either side is looked up: every form of every body
    searched for in each place's words was quadratic on a text of many stories."""
    n = len(words)
    opens = [i for i in range(n) if i == 0 or not _word_char(words[i - 1])]
    closes = [j for j in range(1, n + 1) if j == n or not _word_char(words[j])]
    hits = [forms[f] for i in opens for j in closes
            if j > i and (f := words[i:j]) != words and f in forms]
    return min(hits) if hits else None


def _word_char(c: str) -> bool:
    r"""Whether the character `c` is re's `\w`."""
    return c.isalnum() or c == "_"


def _spoke_for(person: Entity, body: Entity, text: str, phrases: Sequence[Span],
               ix: _Index) -> bool:
    """Whether a person speaks for a body: a role of his names it, or a phrase he was
    quoted by does ('Juru Bicara KPK, Febri Diansyah')."""
    return _speaks_for(person, body, text) or any(
        ent is body for sp in phrases for _, (_, _, ent) in ix.mentions.overlapping(
            sp.start, sp.end))


_APPOSITION = re.compile(r"\s*,\s*([a-z]+)\b")


def _person_apposed(text: str, speaker: Span) -> bool:
    """Whether the speaker phrase is followed by a lower-case appositive naming a person
    ('kata Agung, pengendara', 'ujar Dhiko, warga setempat', 'kata Rina, mahasiswa …'):
    whoever the name is, it is a person, not a body or place sharing the word. Only for a
    speaker named after its quote: after 'Menurut X,' the quote itself follows the comma."""
    m = _APPOSITION.match(text, speaker.end)
    if m is None:
        return False
    word = m.group(1)
    return word in _lex().anonymous_heads or _person_noun(word) \
        or _starts_with_role([word])


def _names_someone(phrase: str) -> bool:
    """Whether a speaker phrase ends in a name: a capitalised word that is no role word
    ('Wakil Ketua DPRD Fatma Hanum'; not 'Presiden', 'dia', 'Staf ahli Kapolri ini')."""
    words = _NAME_WORD.findall(phrase)
    return bool(words) and words[-1][:1].isupper() and \
        words[-1].casefold() not in _head_words()


def _after_indirect(text: str, body: list[_Found]) -> list[_Found]:
    """A quotation with no cue filling the paragraph right after one that ends with an
    indirect statement ('Gaery melanjutkan, bantuan … tidak terbatas.' then '“Dengan
    adanya Djarum, …”') goes on with that statement's speaker."""
    out = list(body)
    for k in range(1, len(out)):
        f, p = out[k], out[k - 1]
        if f.kind != "direct" or f.cue is not None or f.speaker_span is not None \
                or p.kind != "indirect" or p.speaker_span is None:
            continue
        ps = text.rfind("\n", 0, f.content.start) + 1
        gap = text[p.content.end:ps]
        if gap.count("\n") != 1 or any(c.isalnum() for c in gap) \
                or len(text[ps:f.content.start].strip()) != 1:
            continue
        out[k] = replace(f, speaker_span=p.speaker_span)
    return out


def _said_the_same(text: str, sentences: Sequence[Span], entities: Sequence[Entity],
                   ix: _Index) -> list[tuple[int, str]]:
    """'Hal serupa diucapkan Retno.': (where the speaker is named, entity id) for each
    sentence opening so, in text order; the sentence is no quote (what was said is only
    'much the same' as the quote before)."""
    lex = _lex()
    out: list[tuple[int, str]] = []
    for sent in sentences:
        m = lex.similar.match(text, sent.start, sent.end)
        if m is None or text[sent.start:m.start()].strip():
            continue
        spk = _speaker_after(text, m.end(), sent.end)
        if spk is None:
            continue
        who = resolve_speaker(spk, text, entities, sentences, index=ix)
        if who is not None and any(e.id == who and e.kind == "PERSON" for e in entities):
            out.append((spk.start, who))
    return out


def _title_person(title: str | None, entities: Sequence[Entity]) -> str | None:
    """The person a headline quotes ('Venna Melinda: Syok …'), else the one PERSON whose
    full name the headline holds, else None."""
    if not title:
        return None
    people = [e for e in entities if e.kind == "PERSON"]
    for q in find_headline_quotes(title):
        if q.speaker_span is not None:
            who = _resolve_by_name(q.speaker_span.of(title), people)
            if who is not None:
                return who
    def words(s: str) -> str:
        return f" {' '.join(_NAME_WORD.findall(s.casefold()))} "

    low = words(title)
    named = {e.id for e in people if len(e.name.split()) > 1 and words(e.name) in low}
    return next(iter(named)) if len(named) == 1 else None


def _latest_speaker(history: Sequence[tuple[int, str]], floor: int,
                    fits: Callable[[str], bool], default: str | None) -> str | None:
    """The latest PERSON speaker named at or after `floor` who `fits`, else `default`."""
    return next((who for pos, who in reversed(history) if pos >= floor and fits(who)),
                default)


def _cue_word(cue: str) -> str:
    """A cue in lower case without its '-nya' ('jawabnya' -> 'jawab')."""
    low = cue.casefold()
    return low[:-3] if low.endswith("nya") else low


def _asked_before(text: str, ix: _Index, f: _Found, out: Sequence[Quote]) -> str | None:
    """The person a question was put to ('kepada X' right after the asker) when the quote
    before `f` is that question and `f`'s cue an answer ('“…?” tanya jaksa Budi kepada
    Anton . “Saya tidak tahu,” jawabnya': Anton's); else None."""
    lex = _lex()
    if f.cue is None or _cue_word(f.cue.of(text)) not in lex.answer_cues or not out:
        return None
    prev = out[-1]
    if prev.speaker_span is None or prev.content.end > f.content.start:
        return None
    if not (prev.content.of(text).rstrip().endswith("?")
            or (prev.cue is not None and _cue_word(prev.cue.of(text)) in lex.question_cues)):
        return None
    m = _TO_ASKED.match(text, prev.speaker_span.end)
    if m is None:
        return None
    who = next((ent.id for sp, (_, _, ent) in ix.mentions.starting(m.end(), m.end() + 40)
                if ent.kind == "PERSON" and ent.id != prev.speaker
                and not any(c in text[m.end():sp.start] for c in ".,;:!?\"“”")), None)
    return who


# 'kepada' right after the asker's phrase, a short aside allowed ('tanya jaksa Budi dalam
# sidang kepada Anton'), no full stop, comma or quotation mark between
_TO_ASKED = re.compile(r"[^.,;:!?\"“”]{0,40}?\bkepada\s+")


def _suspect_told_of(text: str, ix: _Index, at: int, who: str, out: Sequence[Quote],
                     spoke_as: dict[str, list[Span]]) -> bool:
    """Whether `who` was never quoted but an earlier quote referred to them by a reference
    word ('tersangka DS', 'korban AS'), and the sentence before `at` says nothing (a verb of
    saying there, 'DS membantah …', lets them speak)."""
    return who not in spoke_as and not _says_in_sentence_before(text, ix, at) and any(
        who in ix.referred(text, q.content) for q in out if q.speaker != who)


def _tells_case(text: str, content: Span) -> bool:
    """Whether a quotation refers to someone by a reference word and a name ('Dari saudara
    HG , …', '… tersangka DS …'): it tells a case, as an official quoted before does, not a
    person the story is about who holds no role (spk30c; who round 297: wrong)."""
    return _lex().referred.search(text, content.start, content.end) is not None


def _body_stated_before(text: str, ix: _Index, at: int, prev: Quote,
                        by_id: dict[str, Entity]) -> Entity | None:
    """The body whose own statement is the quote just before `at`, its speaker phrase in the
    sentence holding `at` or the one before ('KPK mengatakan …. Dia menyebutkan …')."""
    if prev.speaker is None or prev.speaker_span is None \
            or by_id[prev.speaker].kind != "ORG" \
            or prev.speaker_span.start < ix.lookback_floor(at, 1) or prev.speaker_span.start >= at:
        return None
    return by_id[prev.speaker]


def _named_since(ix: _Index, who: str, prev: Quote, at: int) -> bool:
    """Whether `who` is named between the previous quote's speaker phrase and `at`."""
    start = prev.speaker_span.start if prev.speaker_span is not None else at
    return any(ent.id == who for _, (_, _, ent) in ix.mentions.starting(start, at))


def _only_undergoes(text: str, ix: _Index, who: str, start: int, at: int) -> bool:
    """Whether `who` is named between `start` and `at` outside quotations, and each time as
    the subject of a passive verb ('Sandi diperiksa …', 'Budi juga akan dipanggil …'): told
    of as undergoing something, never acting or speaking there."""
    seen = False
    for m, (_, _, ent) in ix.mentions.starting(start, at):
        if ent.id != who or ix.contents.holds(m.start):
            continue
        toks = _tokens(text, m.end, min(at, m.end + 80))
        words = [text[a:b] for a, b in toks[:4]]
        k = 0
        while k < len(words) and words[k].casefold() in _lex().adverbs:
            k += 1
        if k >= len(words) or not _passive(words[k]) \
                or words[k].casefold() in _lex().topic_passives:
            return False  # acting, or the topic of a judged or known predicate
        seen = True
    return seen


def _other_than(one: str) -> Callable[[str], bool]:
    """A test for `_latest_speaker`: any speaker but `one`."""
    return lambda who: who != one


def _case_told_of(text: str, ix: _Index, at: int, who: Entity, content: Span) -> bool:
    """Whether the narration named `who` before `at` by a reference word ('Tersangka keempat,
    HJE (25), berperan …', 'korban bernama X') that the quotation uses of others in the third
    person ('… tersangka Z …', '… oleh korban …'), and the sentence before says nothing: the
    quotation tells the case, `who` is told of and does not say it."""
    if _says_in_sentence_before(text, ix, at):
        return False
    said = content.of(text).casefold()
    for m in who.mentions:
        if m.start >= at or ix.contents.holds(m.start):
            continue
        case = _lex().case_before.search(text, max(0, m.start - 40), m.start)
        if case is not None and re.search(
                rf"(?<![\w-]){re.escape(case.group('word').casefold())}(?![\w-])", said):
            return True
    return False


def _quotes_someone(text: str, content: Span) -> bool:
    """Whether a quotation quotes someone else inside it ('Kemarin Profesor (Yohanes Surya)
    bilang, ‘Ibu jangan dulu pensiun’'): a person named in it is quoted to the speaker."""
    return _lex().inner_quote.search(content.of(text)) is not None


def _named_epithet(speaker: Span, text: str, ix: _Index, entity: Entity) -> bool:
    """Whether a capitalised phrase closed by a demonstrative names a place or body only
    as what describes a person: 'Diplomat Tertinggi RI itu' (not Indonesia), while
    'Kementerian Luar Negeri itu' or 'Indonesia sendiri itu' is the body or place."""
    lex = _lex()
    words = _NAME_WORD.findall(speaker.of(text))
    if len(words) < 3 or words[-1].casefold() not in _DEMONSTRATIVES \
            or not words[0][:1].isupper() or entity.kind not in ("PLACE", "ORG"):
        return False
    head = words[0].casefold()
    if head in lex.organisation_heads or head in lex.document_heads \
            or head in lex.anonymous_heads or head in lex.pronouns:
        return False
    # the place or body must stand inside the phrase, not open it
    return not any(m.start <= speaker.start for m, _ in
                   ix.mentions.overlapping(speaker.start, speaker.end))


_INITIAL = re.compile(r"[A-Z][a-z]?\.?")  # a person's initial standing for the name: 'S', 'An'


def _view_of_nobody(text: str, cue: Span, speaker: Entity | None) -> bool:
    """Whether a view cue ('Bagi X ,') was read for someone who is no person: only a
    person's view is reported so."""
    word = cue.of(text).casefold()
    word = word[:-3] if word.endswith("nya") else word
    return word in _lex().view_cues and (speaker is None or speaker.kind != "PERSON")


# Between two quotations one speaker says on: closing and opening marks, a full stop and
# space only.
_QUOTES_GAP = re.compile(r"[\s.,!?]*[”\"»’]\s*[“\"«‘][\s]*")

# A paragraph that is one quotation and nothing else: its opening mark, then after the
# closing mark only a full stop or comma to the line's end.
_OPENS_LINE = re.compile(r"[ \t]*[“\"«‘][ \t]*")
_CLOSES_LINE = re.compile(r"[\s.,!?]*[”\"»’]?[ \t.,]*(?:\n|$)")


# Between a reported statement and the quotation opening right after it: its full stop,
# space and an opening mark (a misread one too: 'â€œ'), no word.
_STATEMENT_GAP = re.compile(r"[\s.!?]*[^\sA-Za-z0-9]{1,3}\s*")


def _opens_after_statement(text: str, ix: _Index, content: Span, prev: Quote,
                           by_id: Mapping[str, Entity]) -> bool:
    """Whether a quotation with no cue opens right after a person's reported statement
    ('Budi dalam siaran pers menuturkan … . “Kami …”'), only a stop and its opening mark
    between, and does not name him (he is not talked about): it goes on in his voice
    (roles31; who round 298: missing)."""
    if prev.kind != "indirect" or prev.speaker is None \
            or by_id[prev.speaker].kind != "PERSON" or prev.content.end > content.start:
        return False
    return _STATEMENT_GAP.fullmatch(text, prev.content.end, content.start) is not None \
        and prev.speaker not in _named_in(ix, content)


def _goes_on_from(text: str, ix: _Index, content: Span, prev: Quote | None,
                  last_person: tuple[int, str] | None) -> str | None:
    """'“…,” tukas Crutchlow. Di mata pebalap itu … .\n“Itu bukan komentar …”': a paragraph
    that is a quotation alone, with no cue, goes on in the voice of the person quoted last
    when nothing intervenes: no other person named outside quotes and headline lines since
    (a body's reported stand, 'PAN menilai …', may stand between), he is not named in it
    (talked about), and the quote before has a speaker (no unnamed voice since)."""
    if last_person is None or prev is None or prev.speaker is None:
        return None
    who = last_person[1]
    line = text.rfind("\n", 0, content.start) + 1
    if not _OPENS_LINE.fullmatch(text, line, content.start) \
            or not _CLOSES_LINE.match(text, content.end):
        return None
    if who in _named_in(ix, content) or prev.speaker != who and prev.kind != "indirect":
        return None
    if last_person[0] < ix.lookback_floor(content.start, 3 * _lex().lookback):
        return None
    titles = ix.title_lines(text)
    return None if any(
        ent.kind == "PERSON" and ent.id != who and not ix.contents.holds(m.start)
        and not titles.holds(m.start)
        for m, (_, _, ent) in ix.mentions.starting(last_person[0], content.start)) else who


def _wish_told_by(text: str, f: _Found, prev: Quote | None, speaker: str) -> bool:
    """Whether a wish ('Presiden X ingin penerima bansos naik kelas …') is told inside the
    paragraph of another person's statement ('Ia menekankan …'): part of that speaker's
    account, no turn of speech; a later '-nya' is still the one who told it (spk30; who
    round 295: 'tegasnya', 'harapnya' given to the President whose wish the minister told)."""
    if f.cue is None or f.cue.of(text).casefold() not in _lex().wish_verbs \
            or prev is None or prev.speaker is None or prev.speaker == speaker \
            or prev.speaker_kind != "person" or prev.content.start >= f.content.start:
        return False
    return "\n" not in text[prev.content.start:f.content.start]


def _source_told_by(text: str, f: _Found, prev: Quote | None, speaker: str) -> bool:
    """Whether a source's account or claim ('berdasarkan keterangan X , …', 'pengakuan X
    bahwa …') is told inside the paragraph of another person's statement ('Argo mengatakan
    … . Untuk sementara , berdasarkan keterangan X , …'): part of that speaker's account, no
    turn of speech; a later '-nya' is still the one who told it (spk33; as `_wish_told_by`)."""
    lex = _lex()
    if f.cue is None or prev is None or prev.speaker is None or prev.speaker == speaker \
            or prev.speaker_kind != "person" or prev.content.start >= f.content.start:
        return False
    cue = " ".join(f.cue.of(text).casefold().split())
    if cue not in lex.according_phrases and lex.claim_by.match(text, f.cue.start) is None:
        return False
    return "\n" not in text[prev.content.start:f.content.start]


_RELATIVE_TO_CUE = re.compile(r"\s+yang(?:\s+[a-z]+){0,2}\s+")


def _relative_statement(text: str, f: _Found) -> bool:
    """'Ia mendukung langkah Gubernur X yang meminta Dinas LH segera …': a statement told in
    a relative clause after its speaker's name, inside another sentence: X's, but no new
    topic for a later pronoun, which stays with the sentence's own subject (spk31)."""
    return f.cue is not None and f.speaker_span is not None \
        and f.speaker_span.end <= f.cue.start \
        and _RELATIVE_TO_CUE.fullmatch(text, f.speaker_span.end, f.cue.start) is not None


def _own_voice_of(text: str, speaker: Span, out: Sequence[Quote]) -> Quote | None:
    """'“Orang … berkata , “Tenang … .” Saya senang ketika dia …': a first-person subject
    outside the marks is the voice of the last quotation given a speaker, when that one is
    direct and opens in the same paragraph before it (its closing mark lost or left open:
    the narration never says 'saya'). Quotes with no speaker between (a nested one told
    inside) are passed over; one with another speaker ends the search."""
    if speaker.of(text).casefold() not in _lex().own_voice:
        return None
    said = next((q for q in reversed(out) if q.speaker is not None and q.field is None), None)
    if said is not None and said.speaker_span == speaker:
        return said  # the same phrase read again for the quotation after it
    if said is None or said.kind != "direct" or said.content.end > speaker.start \
            or "\n" in text[said.content.start:speaker.start]:
        return None
    return said


_SITE_DOMAINS = WordSet("quotes", QuotesData, "speaker.site_domains")  # "com", "id"
# A lower-case web address standing alone ('livestrong.com', 'detik.co.id'), not part of a
# path, an e-mail or a longer word.
_WEB_ADDRESS = re.compile(r"(?<![\w.@/:-])[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+(?![\w@/-]|\.\w)")


@cache
def _dotted_domains() -> tuple[str, ...]:
    """The listed domains with their dot (".com"), built once, not per text."""
    return tuple(f".{d}" for d in _SITE_DOMAINS)


def _cased_sites(text: str) -> str:
    """The text with each lower-case web address capitalised ('livestrong.com' ->
    'Livestrong.com'), the same length: a site cited as a source names it as a capitalised
    outlet does ('Dilansir dari livestrong.com , …'), and every cue reads a name by its
    capital."""
    # Every address changed here ends in "." and a listed domain: a text holding none of
    # those (most) is not scanned by the look-behind that opens `_WEB_ADDRESS`, which re
    # tries at every character (speed27)
    if not any(d in text for d in _dotted_domains()):
        return text
    chars: list[str] | None = None
    for m in _WEB_ADDRESS.finditer(text):
        if m.group().rsplit(".", 1)[1] in _SITE_DOMAINS:
            chars = chars if chars is not None else list(text)
            chars[m.start()] = chars[m.start()].upper()
    return "".join(chars) if chars is not None else text


def find_quotes(article: Article) -> list[Quote]:
    """All quotes of an article: body quotes in text order, then title, then related.

    Reads `text`, `title`, `related`, `sentences` and `entities`: run clean, segment and
    entities first. Quotes are read on the text with lower-case web addresses capitalised
    (`_cased_sites`): spans are the same."""
    text = _cased_sites(article.text)
    sentences = article.sentences
    direct = _direct_quotes(text, sentences)
    indirect = _indirect_quotes(text, sentences, [f.content for f in direct])
    indirect += _added_statements(text, sentences, [*direct, *indirect])
    body = _after_indirect(text, sorted([*direct, *indirect], key=lambda f: f.content.start))
    body = _role_named_on(text, body)
    body = _pronoun_named_on(text, sentences, body)
    contents = [f.content for f in body]
    ix = _Index(article.entities, sentences, contents)
    out: list[Quote] = []
    lex = _lex()
    singular = lex.pronouns - lex.plural  # 'ia', 'dia': one person
    last: tuple[int, str] | None = None  # where the last resolved speaker was named, and who
    last_person: tuple[int, str] | None = None  # the same for the last PERSON speaker
    broken = False  # the last speaker phrase named a person no entity stands for
    broken_at: int | None = None  # where that phrase ends
    anon: int | None = None  # where the last quote's unnamed speaker ('seorang sumber') ends
    anon_kind: Literal["person", "anonymous"] = "anonymous"  # and what kind of speaker it is
    by_id = {e.id: e for e in article.entities}
    bodies = [e for e in article.entities if e.kind == "ORG"]
    history: list[tuple[int, str]] = []  # where each PERSON speaker was named, and who
    spoke_as: dict[str, list[Span]] = {}  # each PERSON speaker's phrases
    similar = _said_the_same(text, sentences, article.entities, ix)
    for f in body:
        speaker = None
        while similar and similar[0][0] < f.content.start:
            # 'Hal serupa diucapkan Retno.': she is the speaker a later '-nya' refers to.
            pos, who_id = similar.pop(0)
            if last is None or pos > last[0]:
                last, broken, broken_at = (pos, who_id), False, None
                if by_id[who_id].kind == "PERSON":
                    last_person = last
        kind: Literal["person", "organisation", "anonymous", "document"] | None = None
        prev = out[-1] if out else None
        if f.kind == "direct" and f.cue is None and f.speaker_span is None \
                and prev is not None and prev.kind == "direct" and prev.speaker is not None \
                and _QUOTES_GAP.fullmatch(text, prev.content.end, f.content.start):
            # '“… pajak ini .” “Dia sangat sedih …”': a quotation right after another, with
            # nothing but the marks between, goes on in the same voice.
            out.append(replace(prev, content=f.content, cue=None))
            continue
        if f.kind == "direct" and f.cue is None and f.speaker_span is None and \
                (subject := _paragraph_subject(text, ix, f.content)) is not None:
            f = replace(f, speaker_span=subject)
        if f.kind == "direct" and f.cue is None and f.speaker_span is None and prev is not None \
                and _opens_after_statement(text, ix, f.content, prev, by_id):
            # 'X dalam siaran pers menuturkan … . “Kami sangat senang …”': a quotation
            # with no cue right after a person's reported statement goes on in his voice
            out.append(replace(prev, content=f.content, kind=f.kind, cue=None))
            continue
        if f.kind == "direct" and f.cue is None and f.speaker_span is None \
                and (who := _goes_on_from(text, ix, f.content, prev, last_person)) is not None:
            # a paragraph that is a quotation alone goes on in the last speaker's voice;
            # it keeps the phrase he was last quoted by
            said = next(q for q in reversed(out) if q.speaker == who)
            out.append(replace(said, content=f.content, kind=f.kind, cue=None))
            continue
        if f.speaker_span is not None \
                and (voice := _own_voice_of(text, f.speaker_span, out)) is not None:
            # 'Saya senang ketika dia …' inside a quotation left open: the speaker quoted
            # just before in the paragraph (spk29; who round 292: missing)
            out.append(replace(voice, content=f.content, kind=f.kind, cue=f.cue,
                               speaker_span=f.speaker_span))
            continue
        if f.speaker_span is not None:
            at = min(f.content.start, f.speaker_span.start)
            phrase = f.speaker_span.of(text).casefold()
            named = _named_in(ix, f.content)
            if phrase in lex.body_plural and prev is not None and prev.speaker is not None \
                    and by_id[prev.speaker].kind == "ORG" and prev.speaker_span is not None \
                    and prev.speaker_span.start >= ix.lookback_floor(at, 1) \
                    and _opened_sentence_before(text, ix, at, prev.speaker) \
                    and not _person_between(ix, prev.speaker_span.end, at, named):
                # 'BEM UI juga meminta pemerintah …. Mereka mengatakan …': the body that
                # opened the sentence before and spoke there, its members speaking on (who
                # round 227: missing); not after a person named since.
                out.append(replace(prev, content=f.content, kind=f.kind, cue=f.cue,
                                   speaker_span=f.speaker_span))
                continue
            if phrase in lex.body_plural \
                    and (subject_org := _body_subject_before(text, ix, at)) is not None \
                    and not _person_between(ix, ix.lookback_floor(ix.sentence_start(at, 0), 1),
                                            at, named):
                # 'NASA secara resmi menghentikan studinya …. Mereka mengaku …': the one body
                # the sentence before is about, its people speaking, when no person and no
                # group of people is named there (speak17; who round 231: missing).
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue,
                                 speaker=subject_org, speaker_span=f.speaker_span,
                                 speaker_kind="organisation"))
                continue
            if phrase == "keduanya" and (pair := _pair_before(text, ix, at)) is not None:
                # 'anak Diana, William dan Harry, tak ingin …. Menurut keduanya, …': the two
                # named together just before; the record holds one speaker, either is right
                # (eval/README's ruling from round 254; speak12). No turn of speech either.
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=pair,
                                 speaker_span=f.speaker_span, speaker_kind="person"))
                continue
            if (group := _company_before(text, ix, at, phrase)) is not None:
                # 'Penelitian ini ditulis X dkk …. Para peneliti mengungkap …': the author
                # and his company; the record holds one speaker, his (spk31)
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=group,
                                 speaker_span=f.speaker_span, speaker_kind="person"))
                continue
            if _plural_epithet(phrase) and (listed := _list_before(text, ix, at) or (
                    prev.speaker if prev is not None and prev.speaker_span is not None
                    and _plural_epithet(prev.speaker_span.of(text)) else None)) is not None:
                # 'AS , Australia dan Jepang meminta …. Negara - negara tersebut juga
                # mendorong …': the group just named (or quoted just before by such a
                # description); its first name given
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=listed,
                                 speaker_span=f.speaker_span,
                                 speaker_kind="person" if by_id[listed].kind == "PERSON"
                                 else "organisation"))
                continue
            if phrase in lex.plural:
                # 'Mereka menilai …', 'Keduanya menyebut …': several people, no one id to
                # give, and no turn of speech that ends the current speaker's chain (a later
                # '-nya' is still the one quoted before) nor an unnamed speaker's.
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=None,
                                 speaker_span=f.speaker_span, speaker_kind="person"))
                continue
            if phrase in singular and (
                    # '… kata Muslim. “…,” ungkapnya': the person quoted last has no entity
                    # and nobody was named since: the pronoun is that person.
                    broken_at is not None and not _person_between(ix, broken_at, at, named)
                    # '“…,” ujarnya. Kuasa hukum Hendrogiarto menyinggung …. Dia mengatakan
                    # …': a person described but not named became the subject since the
                    # last speaker; the pronoun is that person.
                    or last is not None
                    and (u := _unnamed_subject(text, ix, ix.sentence_end(last[0]), at))
                    is not None and not _new_subject(text, ix, u, at, "", named)
                    or _unnamed_opens_content(text, ix, f.content, f.cue)):
                # no one to give
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=None,
                                 speaker_span=f.speaker_span, speaker_kind="person"))
                continue
            if phrase in lex.pronouns and anon is not None \
                    and not _new_subject(text, ix, anon, at, "", named) \
                    and not _introduced_before(text, ix, at, "", named):
                # Quote order: '“…,” ucap seorang juru bicara Kementerian Luar Negeri AS.
                # Ia juga mengatakan …' is that unnamed speaker again, not one named before.
                out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=None,
                                 speaker_span=f.speaker_span, speaker_kind=anon_kind))
                continue
            if phrase in lex.pronouns and last is not None and lex.last_speaker_fallback \
                    and by_id[last[1]].kind == "PERSON" and last[1] not in named \
                    and last[0] >= ix.lookback_floor(at, 3 * lex.lookback) \
                    and (_talks_about_someone(text, f.content) or (
                        not _new_subject(text, ix, last[0] + 1, at, last[1], named)
                        and not _introduced_before(text, ix, at, last[1], named))):
                # Quote order: '“…,” ujarnya' is the speaker quoted last unless a sentence
                # since then opened with another person (a new topic); a topic the quote
                # speaks of in the third person ('Lisa beralasan sakit. “Kemarin itu dia
                # kurang enak badan,” ungkapnya') is talked about, not talking.
                speaker = last[1]
            else:
                speaker = resolve_speaker(f.speaker_span, text, article.entities, sentences,
                                          contents, anchor=f.content.start, index=ix,
                                          content=f.content)
            if speaker is None:
                # 'Rudi dan Partai Maju menyebut …': two named together, the first given
                # (one speaker per quote; either is right, the round 254 ruling; speak12)
                speaker = _pair_phrase(text, f.speaker_span, ix)
            apposed = speaker is not None and by_id[speaker].kind != "PERSON" \
                and f.content.end <= f.speaker_span.start \
                and _person_apposed(text, f.speaker_span)
            if apposed:
                speaker = None  # 'kata Agung, pengendara': a person, not 'Mahkamah Agung'
            epithet = speaker is not None and _named_epithet(f.speaker_span, text, ix,
                                                             by_id[speaker])
            if epithet:
                speaker = None  # 'Diplomat Tertinggi RI itu': a person, not the country
            ref = last
            if ref is not None and last_person is not None and by_id[ref[1]].kind != "PERSON" \
                    and phrase in singular \
                    and (_speaks_for(by_id[last_person[1]], by_id[ref[1]], text)
                         or any(ent.id == ref[1] for sp in spoke_as.get(last_person[1], ())
                                for _, (_, _, ent) in ix.mentions.overlapping(sp.start,
                                                                              sp.end))):
                # (or the phrase he was quoted by names it: 'Ditjen Dikti Khairul')
                # 'ia', 'dia' and '-nya' stand for a person: after a body's own statement
                # ('KPK juga mendorong …. “…,” ungkapnya') the pronoun is the person quoted
                # before who speaks for that body ('Jubir KPK Budi Prasetyo'), not the body.
                ref = last_person
            if speaker is None and lex.last_speaker_fallback and ref is not None \
                    and f.speaker_span.of(text).casefold() in lex.pronouns \
                    and not (ref[1] in named and _quotes_someone(text, f.content)) \
                    and (ref[0] >= ix.lookback_floor(f.content.start, lex.lookback)
                         or not _person_between(ix, ref[0] + 1, f.content.start)
                         or (ref[0] >= ix.lookback_floor(at, 3 * lex.lookback)
                             and ref[1] not in named and not _person_between(
                                 ix, ix.lookback_floor(at, lex.lookback), at, named))):
                # '“…,” ujarnya' continues the speaker quoted last: within the look-back,
                # or however far back when no other person is named in between (a long
                # stretch of figures between two quotes of one minister), or within three
                # look-backs when the look-back names no one but those the quote is about
                # ('Miryam akan dipanggil … Ia berkata, Pansus … menghadirkan Miryam'; 'Lebih
                # rinci, Prabowo telah memberikan insentif …' three sentences back: a person
                # named further back is no topic the pronoun can reach).
                speaker = ref[1]
            named_one = speaker is None and (
                _article_then_name(f.speaker_span, text, ix)
                or _counted_group_before(text, f.speaker_span))
            if speaker is None and last is not None and by_id[last[1]].kind == "PERSON" \
                    and not named_one \
                    and (epithet or _role_epithet(f.speaker_span.of(text))
                         or _description_epithet(f.speaker_span.of(text))) \
                    and last[1] not in named \
                    and last[0] >= ix.lookback_floor(at, 3 * lex.lookback) \
                    and not _new_subject(text, ix, last[0] + 1, at, last[1], named):
                # 'Mantan Kapolda Banten itu mengatakan': a role epithet nobody in the
                # article holds refers back to the person quoted last, as '-nya' does.
                speaker = last[1]
            if speaker is None and last is not None and by_id[last[1]].kind == "PERSON" \
                    and not by_id[last[1]].roles and last[1] not in named \
                    and _office_alone(f.speaker_span.of(text), text, f.speaker_span.start) \
                    and not ix.mentions.overlapping(f.speaker_span.start, f.speaker_span.end) \
                    and _role_holder(f.speaker_span.of(text), article.entities) is None \
                    and last[0] >= ix.lookback_floor(at, 3 * lex.lookback) \
                    and not _new_subject(text, ix, last[0] + 1, at, last[1], named):
                # '“…,” kata Kapolres' with nobody given that office: the office stands for
                # the person quoted last ('Kombes Budi menjelaskan …'), as a role epithet
                # does; not one who holds another office, nor past a new subject (speak17;
                # who round 264: missing).
                speaker = last[1]
            if speaker is None and not named_one and (
                    _nickname_phrase(f.speaker_span.of(text))
                    or _description_epithet(f.speaker_span.of(text))
                    or _article_epithet(f.speaker_span.of(text))):
                # 'ujar pria yang akrab disapa Aco', 'tegas perwira polisi aktif ini': the
                # person quoted last, else the person a pronoun there would be.
                if last is not None and by_id[last[1]].kind == "PERSON" \
                        and last[1] not in named \
                        and last[0] >= ix.lookback_floor(at, lex.lookback) \
                        and not _new_subject(text, ix, last[0] + 1, at, last[1], named):
                    speaker = last[1]
                elif not broken:  # not after someone the article names but nobody tags
                    speaker = _resolve_pronoun(text, at, ix, f.content)
            if speaker is None and last is None and not broken and not named_one \
                    and _role_epithet(f.speaker_span.of(text)) \
                    and (who := _resolve_pronoun(text, at, ix, f.content)) is not None \
                    and _opened_sentence_before(text, ix, at, who):
                # 'Roger Federer tidak memasang target …. Petenis asal Swiss itu mengaku
                # …' before anyone was quoted: the subject of the sentence before.
                speaker = who
            if speaker is None and last is None and phrase in singular \
                    and sentences and at < sentences[min(1, len(sentences) - 1)].end \
                    and not any(ent.kind == "PERSON" and not _possessed(text, m, ent=ent)
                                for m, (_, _, ent) in ix.mentions.starting(0, at)):
                # 'Ia mengaku kaget …' opening a text cut from mid-article: the person the
                # headline quotes, else the one person it names. (Later on, a pronoun with
                # no person before it is someone unnamed: 'seorang warga … Ia menyampaikan'.)
                # Within the first two sentences: 'Anak Tamara itu menjelaskan …. Ia
                # mengaku …' names the son by his mother only.
                speaker = _title_person(article.title, article.entities)
            if speaker is not None and phrase in singular and (
                    speaker in (referred := ix.referred(text, f.content))
                    or _suspect_told_of(text, ix, at, speaker, out, spoke_as)):
                # Or one whom an earlier quote called so ('… oleh tersangka DS,” kata
                # Hendra. … DS menjalani pemeriksaan …. “…,” pungkasnya'): the case told
                # of, never quoted, and not saying anything in the sentence before.
                referred.add(speaker)
                # '“Saudara ISW … meminta saudara AS …,” katanya': who the quote calls
                # 'Saudara ISW' or 'tersangka AS' is talked about; the pronoun is the
                # latest speaker before who is not (the official telling the case).
                speaker = _latest_speaker(history, ix.lookback_floor(at, 3 * lex.lookback),
                                          lambda who: who not in referred, None)
            if speaker is not None and phrase in singular \
                    and _case_told_of(text, ix, at, by_id[speaker], f.content):
                # '… tersangka Z … Saudara MA …,” terangnya' after 'Tersangka keempat, HJE,
                # berperan …': the official quoted before tells the case, not the suspect
                # (spk30; who rounds 261, 170: wrong); with no such speaker, it stays.
                speaker = _latest_speaker(history, ix.lookback_floor(at, 3 * lex.lookback),
                                          _other_than(speaker), speaker)
            if speaker is not None and phrase in singular and by_id[speaker].kind == "PERSON" \
                    and speaker not in spoke_as and last is not None and last[1] != speaker \
                    and _only_undergoes(text, ix, speaker, last[0], at):
                # 'Pasalnya , Sandi diperiksa …. “…,” jelas dia': one the narration names only
                # as undergoing something (a passive verb's subject) since the last speaker
                # was quoted is told of; the pronoun goes on with the speaker quoted before
                # (spk34; who round 306: wrong); with none, it stays.
                speaker = _latest_speaker(history, ix.lookback_floor(at, 3 * lex.lookback),
                                          _other_than(speaker), speaker)
            if speaker is not None and phrase in singular and by_id[speaker].kind == "PERSON" \
                    and not by_id[speaker].roles and speaker not in spoke_as \
                    and (any(w.casefold() in lex.body_voice for w in _NAME_WORD.findall(
                        text, f.content.start, f.content.end))
                         or _tells_case(text, f.content)):
                # 'Ia mengaku pihaknya belum menerima kabar': who speaks for his body is the
                # official quoted before with a role, not the convict the sentence before
                # is about (no role, never quoted); with no such official, it stays.
                speaker = _latest_speaker(history, ix.lookback_floor(at, 3 * lex.lookback),
                                          lambda who: bool(by_id[who].roles), speaker)
            if speaker is not None and phrase in singular and prev is not None \
                    and (stated_by := _body_stated_before(text, ix, at, prev, by_id)) is not None \
                    and by_id[speaker].kind == "PERSON" \
                    and not _speaks_for(by_id[speaker], stated_by, text) \
                    and not _named_since(ix, speaker, prev, at):
                # 'KPK mengatakan …. Dia menyebutkan …': right after a body's own statement
                # the pronoun is the person quoted before who speaks for it (its spokesman),
                # not one named before that statement (spk30c; who round 297: wrong); with
                # no such speaker, it stays.
                speaker = _latest_speaker(
                    history, ix.lookback_floor(at, 4 * lex.lookback),
                    lambda who: _speaks_for(by_id[who], stated_by, text), speaker)
            if speaker is not None and phrase in singular and last is not None \
                    and speaker == last[1] and f.content.end <= f.speaker_span.start \
                    and _talks_about_someone(text, f.content) \
                    and _opened_sentence_before(text, ix, at, speaker, clause=True) \
                    and not _says_in_sentence_before(text, ix, at) \
                    and last[0] < ix.lookback_floor(at, 1):
                # 'Sampai akhirnya, Trump berhenti dinominasikan. “Tentu saja dia ingin
                # Piala Emmy,” katanya': the speaker quoted last, since then the subject of
                # the sentence before and not speaking there, is the 'dia' the quote talks
                # of, not who says it.
                speaker = None
            if speaker is not None and phrase in singular and by_id[speaker].kind == "PERSON" \
                    and f.content.end <= f.speaker_span.start \
                    and (setting := _setting_body(text, f.speaker_span.end, ix, bodies)) \
                    is not None \
                    and not _spoke_for(by_id[speaker], setting, text,
                                       spoke_as.get(speaker, ()), ix):
                # '“…,” katanya di Gedung KPK': said at a body's building, the pronoun is
                # the latest speaker who speaks for that body (its spokesman quoted
                # before), not a witness quoted in between; with none, it stays.
                speaker = _latest_speaker(
                    history, ix.lookback_floor(at, 3 * lex.lookback),
                    lambda who: _spoke_for(by_id[who], setting, text, spoke_as.get(who, ()), ix),
                    speaker)
            if speaker is not None and phrase in singular and f.cue is not None \
                    and (asked := _asked_before(text, ix, f, out)) is not None:
                # '“…?” tanya jaksa Budi kepada Anton . “…,” jawabnya': the one asked
                # answers, not the asker quoted last (spk32; who round 301: wrong)
                speaker = asked
            # The entities named inside the speaker phrase.
            here = [ent for _, (_, _, ent) in ix.mentions.overlapping(
                f.speaker_span.start, f.speaker_span.end)]
            if speaker is None and phrase.startswith(lex.spokesman) \
                    and not any(ent.kind == "PERSON" for ent in here):
                # 'Juru bicara Kementerian Dalam Negeri India telah mengonfirmasi': the body
                # an unnamed spokesman voices (none when a person is named in the phrase).
                speaker = next((ent.id for ent in here if ent.kind == "ORG"), None)
            group = _group_epithet(phrase)
            if group is not None and not any(ent.kind == "ORG" for ent in here):
                # 'kata lembaga itu', 'Pihak kepolisian menyebut': a body named before, not
                # the person quoted last (as a description epithet would be).
                speaker = _group_named_before(
                    text, at, ix, group, phrase.split()[-1] in _DEMONSTRATIVES,
                    (last[0], by_id[last[1]]) if last else None)
            group = _group_statement(f.speaker_span.of(text))
            if group is not None and not any(ent.kind in ("ORG", "PERSON") for ent in here):
                # '“…,” tulis rilis klub': the body the group noun refers to (speak12)
                speaker = _group_body(text, f.speaker_span.start, ix, group)
            if _definite_document(f.speaker_span.of(text)) or (
                    phrase in lex.document_heads
                    and _THE_SAME.match(text, f.speaker_span.end) is not None):
                # 'menurut laporan tersebut': the report named before, its body the speaker
                # (not a person quoted before, as a pronoun or an epithet would be).
                named_doc, speaker = _document_named_before(text, f.speaker_span, ix)
                if not named_doc:
                    speaker = _cited_before(text, out, by_id, phrase.split()[0])
            if speaker is not None and phrase in lex.person_pronouns \
                    and by_id[speaker].kind != "PERSON":
                speaker = None  # '“…,” ujar dia' after a body quoted last: a person unnamed
            if speaker is not None and phrase in lex.pronouns and _class_word(by_id[speaker]):
                # 'katanya', 'Ia mengapresiasi' after a mayor the tagger lost: never the bill
                # ('Raperda') tagged as a name, whose word names a kind of document
                speaker = None
            if f.cue is not None and _view_of_nobody(text, f.cue, by_id.get(speaker or "")):
                continue  # 'Bagi Indonesia , …', 'Bagi warga , …': for whom, not a view
            keep, kind = speaker_kind(f.speaker_span.of(text), by_id.get(speaker or ""))
            # An untagged name before 'dari' and its body, whatever kind the phrase reads as
            # ('kata sosiolog Budi Rahardjo dari Lembaga X': a role word makes it "person");
            # read only where it is used below, a kept speaker still unresolved
            dari_name = keep and speaker is None and _untagged_name_before_dari(
                text, f.speaker_span,
                ix.mentions.overlapping(f.speaker_span.start, f.speaker_span.end))
            if apposed:
                kind = "person"
            if kind == "anonymous" and (speaker is None or not keep):
                anon, anon_kind = f.speaker_span.end, "anonymous"
            elif speaker is None and kind == "person" and phrase not in lex.pronouns \
                    and (lex.possessor_head.match(phrase)
                         or f.speaker_span.of(text).islower()):
                # '“…,” ujar kuasa hukum Hendrogiarto. Dia mengatakan …': a person the text
                # describes but does not name spoke last; a later 'dia' or '-nya' is that
                # person again (no one to give), not someone named further back. (A
                # capitalised phrase may be a name with no entity, 'Menurut Putri': it is
                # left to the look-back.)
                anon, anon_kind = f.speaker_span.end, "person"
            elif speaker is not None or kind == "person":
                anon = None
            if not keep:
                speaker = None
            elif speaker is None and (kind == "person" or kind is None and (_INITIAL.fullmatch(
                    f.speaker_span.of(text)) or dari_name)) \
                    and _names_someone(f.speaker_span.of(text)):
                # 'Menurut Wakil Ketua Bapemperda Fatma Hanum, …' with no entity for her:
                # someone new was quoted, and a later '-nya' or epithet is not the one
                # quoted before. So with a person's initial of no known kind ('kata S'); a
                # body's acronym ('Kemenag berharap …') is no new turn of speech; so with
                # an untagged name before 'dari' and its body ('kata sosiolog Budi Rahardjo
                # dari Lembaga X', spk27: the '-nya' after it was given to one quoted before).
                last = last_person = None
                broken = True
                # Its name itself untagged ('Ketua RT Wiryo'; not 'Ketua Umum PAN', a
                # role-holder of a body named): a later pronoun has no one to give.
                name_at = _last_word_start(f.speaker_span, text)
                if dari_name or not ix.mentions.overlapping(name_at, f.speaker_span.end):
                    broken_at = f.speaker_span.end
            cited = f.cue is not None and f.cue.of(text).casefold() in lex.source_cues
            if speaker is not None and kind != "document" and not cited \
                    and (_wish_told_by(text, f, prev, speaker) or _relative_statement(text, f)
                         or _source_told_by(text, f, prev, speaker)):
                # The wish is read as part of the account around it: its subject is no
                # new topic for a later pronoun, as a name inside a quotation is not.
                contents.append(Span(start=min(f.speaker_span.start, f.content.start),
                                     end=f.content.end))
                ix.contents = SpanSet(contents)
            elif speaker is not None and kind != "document" and not cited:
                # A letter or report quoted ('Berikut petikan surat Miryam :') is cited, not
                # a turn of speech: a later '-nya' is still the speaker quoted before it. So
                # is an outlet cited ('Dilansir dari Ace Showbiz , Johansson …'): a later
                # '-nya' is the person its report quotes.
                last = (f.speaker_span.start, speaker)
                broken, broken_at = False, None
                said_by = by_id[speaker]
                if said_by.kind == "PERSON":
                    last_person = last
                    history.append(last)
                    spoke_as.setdefault(speaker, []).append(f.speaker_span)
                    # From the index, not a scan of every mention the speaker has.
                    ix.speaker_starts.update(
                        m.start for m, (_, _, ent) in ix.mentions.overlapping(
                            f.speaker_span.start, f.speaker_span.end) if ent is said_by)
        out.append(Quote(content=f.content, kind=f.kind, cue=f.cue, speaker=speaker,
                         speaker_span=f.speaker_span, speaker_kind=kind))
    heads = [("title", article.title)] if article.title else []
    heads += [(f"related[{i}]", h) for i, h in enumerate(article.related)]
    for name, h in heads:
        for q in find_headline_quotes(h or ""):
            out.append(_headline_quote(q, h or "", name, article.entities, ix))
    return out


class QuoteStage(Stage):
    """Direct, indirect and headline quotes attributed to entities."""

    name = "quotes"
    version = 71  # lead34 (71): a passive of knowing, judging or reporting ('X diketahui
    # sempat menulis', 'X dinilai berbelit-belit', quotes.toml `topic_passives`) makes its
    # subject a topic, not one who only undergoes something: a later 'dia' stays hers.
    # spk34b (70): 'X , <office> pada <body> , verb' is X's; a PERSON of
    # office words only ('Visiting Professor') speaks for no one; 'akan' + a noun object
    # ('menyadari akan hal ini') is no clause; a name closing a fronted time clause
    # ('Setelah presentasi X , mengajak …') is no subject (judged by the subject's last
    # word: an apposed speaker after the clause's comma still speaks); 'Menurut <office> ,
    # <name> , …' and '…, demikian <office> , <name> kepada <outlet>' name their speaker; a fronted
    # source cue ('Dilansir X , aktor … menyebut') gives the outlet no described one's words;
    # spk34 (69): a back reference ('Hal itu disampaikan X') names the speaker
    # of a pronoun's statement right before it; a pronoun after one told of only as a passive
    # verb's subject ('Sandi diperiksa') goes on with the speaker quoted before; 'Alasannya ,
    # …' fronts a stated reason; a description repeating a counted group's nouns ('Perempuan
    # petani itu' after 'Sembilan perempuan petani') names no one nearby; 'pernyataan
    # tersebut' is the statement its owner made ('X dalam keterangan tertulisnya') in reach;
    # previous: spk33b (68): one head over a unit and an office-unit ('Kepala Pusdatin
    # dan Humas BNPB Name') is one speaker, not two; 'membeberkan' and 'menyimpulkan' take a
    # bare clause; a relative with a bare verb ('yang timbul') before a copula is a clause's
    # subject;
    # previous: spk33 (67): a source's phrase after a short fronted adjunct ('Untuk
    # sementara , berdasarkan keterangan X , …'); a claim noun with its named author and
    # 'bahwa' ('pengakuan X bahwa …'); a wish for a thing with its own predicate, negated
    # too ('tidak ingin sikapnya … menjadi sia-sia'); such a source or claim told inside
    # another's paragraph is no turn of speech for a later '-nya';
    # previous: spk32b (66): 'tidak lupa menegaskan' is saying (a negated hesitation);
    # a clause closed by an adjective after a '-nya' subject, a demonstrative or a relative
    # ('memastikan kondisinya baik-baik saja'); a one-word relative before a modal
    # predicate ('menyebutkan kepala … yang baru perlu …'); 'Lebih lanjut , dipaparkan X ,';
    # a pair of names joined by a dash or slash ('Anies - Sandiaga') is no new subject;
    # 'Seorang pejabat … AS mengatakan' is not the country's
    # spk32 (65): 'beralasan', 'mengkritik', 'berkicau … bahwa' and a bare
    # 'meyakinkan' clause report speech; a name closing the first predicate's object before
    # ', menyebut' is no speaker (the sentence's subject is); a time before the subject of
    # ', dengan menyebut'; telling in the passive ('diberitahu oleh X bahwa') is X's; an
    # answer after a question put to someone named is theirs; 'mengira' with its clause;
    # an untagged office's statement ('pernyataan Kantor … <country>') is not the country's
    # spk31b (64): a few words quoted inside a quotation no longer cut it; a
    # manner after a fronted verb of saying ('melanjutkan dengan tegas , “…”'); 'menilai X
    # sebagai Y' and 'menepis … bahwa' report speech
    # spk31 (63): 'sang <noun> yang … itu' after a connective speaks; a
    # cleft 'yang disoroti X adalah …'; 'NAME yang menegaskan …'; 'Para peneliti' after 'X dkk'
    # roles31 (62): a name after a fronted preposition and its comma is no
    # speaker ('Senada dengan X , Y menyatakan'); a cueless quotation right after a
    # person's reported statement is his.
    # spk30c (61): a case told or a body's statement before a pronoun gives
    # the spokesman; a setting before a dateline, a bare connective before a shared subject
    # spk30 (60): a pronoun passes over a person named after an
    # administration word ('… Pemerintahan Presiden X Bidang …', capitalised in a title too);
    # a wish told inside another person's paragraph is no turn of speech (a later '-nya'
    # stays with the teller); reported questions ('menanyakan / bertanya … apakah …'); '(pada)
    # waktu itu' between a subject and its verb; a pronoun closing a quotation that tells of
    # others by a reference word ('… tersangka Z …,” terangnya', '… oleh korban …,” katanya')
    # is the speaker quoted before, not one the narration named by that word ('Tersangka
    # keempat, HJE, berperan …', 'korban bernama X')
    # a subject's lower-case role prefix ('Bakal calon Gubernur X meyakini …') keeps it the
    # subject a later pronoun refers to
    # spk29b (59): a passive verb of saying after a comma-closed quotation,
    # its agent after it ('…, ” ditambahkan Direktur X'); a request's content after a
    # 'kepada' addressee ('meminta kepada X menunda …') or a lower-case thing and its verb
    # ('meminta distribusi … berjalan lancar')
    # spk29 (58): a first-person sentence after an open quotation is its
    # speaker's ('… “Tenang .” Saya senang ketika …'); 'menyebutkan' with a noun object
    # (point_verbs, a quantifier's noun the one tested for people); bare 'jadi' as a
    # predicate, a bracketed acronym no word of the subject; a bare 'kata X' between a
    # subject closed by a demonstrative and its predicate; a name's age in brackets before
    # an apposition ('X ( 16 ) , seorang siswi , menuturkan')
    # spk28 (57): a frame set off by a comma after the subject ('X , saat hadir
    # dalam … mengatakan'), a relative epithet lengthened by a list of names, a fronted
    # 'Disampaikannya ,'; the 'menurut' head clause's connectives moved to quotes.toml
    # spkb27 (56): 'sang <role> Name' untagged names nobody (no refer-back),
    # fronted 'Diakui X ,' / 'Lanjut X ,' / 'Tambah X ,', 'Sebelumnya menurut X', a person
    # noun's epithet after a fronted comma ('Di sisi lain , jutawan … itu menegaskan')
    # roles27 (55): roles.toml's new occupations and person nouns read as
    # speaker heads ('kata sosiolog X')
    # spk27 (54): passive belief agents ('diyakini X'), 'Merujuk pada data X',
    # 'ingin' before a verb of saying, a feeling's reason no clause, 'X dari <class> Y'
    # speakers, closing cues with a gloss or relative clause, untagged names before 'dari'
    # (and their '-nya'), parenthetical speakers after fronted reports, 'membenarkan' with
    # a noun object, quotations after title cues no quotes
    # spkb26 (53): unnamed "salah satu X" speakers; titled passive agent to "bahwa"
    # spk26 (52): an example word between a subject's name and its appositive
    # comma ('Budi misalnya, seorang pedagang …, mengatakan') keeps the name the subject;
    # 'merekomendasikan' with its object is reported speech (was 51)
    # outlet25 (51): a lower-case web address ('livestrong.com') names a site
    # cited as a source, read as a capitalised one; 'Pasalnya ,' a connective before a cue
    # (was 50) roles25 (50): a client's own role must open with all the words of the
    # relational noun before him ('Kuasa Direksi' is no 'kuasa hukum')
    # spk25 (49): 'Demikian diungkapkan X' opening a sentence gives X the
    # one before; a plural description ('Negara - negara tersebut', 'Ketiga menteri … itu')
    # the first of a list that opened a clause before; a lower-case pe- agent noun as the
    # addressee of a request ('mengimbau pemudik memeriksa …'); 'selalu' opens a predicate;
    # a customs head ('tradisi Eropa') speaks for nobody; an all-capitalised short
    # quotation with no cue (a promotion line) is no quote
    # (was 48) spkdesc24 (48): a body epithet with a relative clause or its owner
    # ('perusahaan pimpinan X itu', 'Jejaring sosial yang berbasis di Y tersebut') is the
    # body named before; 'Demi', 'Guna' open a purpose, never a speaker
    # (was 47) spk24 (47): a passive verb of saying with its named agent ('disebut Talbot
    # bisa …', 'dicontohkan Risal sudah …') reports the sentence; 'beranggapan' a view
    # (was 46) speak19: cannot-deny, memang, mengungkap clauses, praise, 'Kemudian menurut'
    # (was 45, speak18: speakers named together in a list give the first named;
    # speak17: 'X melalui [office] Y menyampaikan' (Y speaks), an office
    # alone ('kata Kapolres') for the person quoted last when nobody holds it, 'Mereka'
    # for the one body the sentence before is about when it names no people, 'pernyataan
    # polisi' the police force's statement
    # (was 43) speak16: a ber- attribute epithet ('pria berambut … itu'), 'juara' a
    # person noun, a closing cue's speaker before 'pada' (a day or a setting)
    # (was 42) speak15: an epithet subject after a connective with no comma, a second
    # office ('X yang juga Gubernur Y Budi'), '…, tapi menurut X …', a name spelt with one
    # letter where the article doubles it, 'memberi penekanan bahwa', 'diminta oleh X untuk',
    # ', pihaknya mengaku' after a fronted phrase, 'X seperti dikutip Y mengatakan' (X, not
    # the outlet), a body ending in a place is not another body of that place
    # (was 41, speak14: request verbs with 'untuk' and no addressee, 'menceritakan'
    # with a bare clause, 'Menurut Prof. X , …' (a period inside the speaker))
    # (was 40, speak13: bare origin epithets, 'Data ini diungkapkan oleh X',
    # 'demikian disampaikan X di …')
    # (was 39, speak12: a body's statement named by a group noun ('rilis klub'))
    # (was 36, speak9: a clause opened by a verb, a release named before, name runs)
    # before a name ('era Presiden X'), a passive verb ending a speaker phrase, a describing
    # relative epithet, a second predicate past 'enggan', 'menginformasikan' with a clause
    # 33 whospeak6: instructions and vows with a clause (menginstruksikan,
    # bersumpah), an outlet's report cited after the clause ("…, lapor Nikkei", "…, The
    # Guardian melaporkan"), "demikian diumumkan oleh X", the spouse after "beristrikan"
    # 32 whospeak5: statements by their author, pronouns never a law word
    # (whospeak4: bracketed aliases, 'mengibaratkan', pronouns to bodies)
    # (whospeak3: 'menyebut/mengusulkan X sebagai Y', mengutarakan, mengemukakan, 'Kelompok
    # ISIS', 'Mereka' after a body's statement, 'yang … itu di-')
    requires = frozenset({"text", "title", "related", "sentences", "entities"})
    provides = frozenset({"quotes"})

    def process(self, article: Article) -> Article:
        return with_layers(article, quotes=tuple(find_quotes(article)))
