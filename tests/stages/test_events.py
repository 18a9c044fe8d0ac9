"""events stage: voices, groups, anaphora, negation, places, times, the seed example."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from warta.errors import ConfigError
from warta.lang.id import PACK_DIR, load
from warta.lang.schema import EventsData
from warta.pipeline import Pipeline
from warta.record import Article, Entity, Event, Span, Theme, TimeExpr
from warta.stages import events as events_mod
from warta.stages.clean import clean_text
from warta.stages.events import EventStage, Lexicon, build_lexicon, find_events, lexicon
from warta.stages.quotes import QuoteStage
from warta.stages.segment import SegmentStage, split_sentences

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# Modes of the PLOVER manual (draft 0.7b1) tables, per code.
PLOVER_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"},
    "SANCTION": {"convict", "cancel", "expel", "withdraw", "sever"},
    "MOBILIZE": {"troops", "weapons", "police"},
    "COERCE": {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons"},
}


def ent(text: str, eid: str, kind: str, surface: str | Sequence[str],
        country: str | None = None) -> Entity:
    surfaces = [surface] if isinstance(surface, str) else list(surface)
    spans: list[Span] = []
    for s in surfaces:
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not any(x.start <= m.start() < x.end for x in spans):
                spans.append(Span(start=m.start(), end=m.end()))
    assert spans, f"{surface!r} not in text"
    return Entity(id=eid, kind=kind, name=surfaces[0], country=country,
                  mentions=tuple(sorted(spans, key=lambda s: s.start)))


def art(text: str, entities: Sequence[Entity] = (), times: Sequence[TimeExpr] = ()) -> Article:
    return Article(id="t", text=text, sentences=tuple(split_sentences(text)),
                   entities=tuple(entities), times=tuple(times))


def one(events: list[Event], code: str) -> Event:
    hits = [e for e in events if e.code == code]
    assert len(hits) == 1, f"want one {code}, got {events}"
    return hits[0]


# ----------------------------------------------------------------------------- lexicon

def test_lexicon_codes_and_modes_are_plover() -> None:
    data = load("events", EventsData)
    for entry in data.verb:
        assert entry.code in PLOVER | {""}, entry
        if entry.mode:
            assert entry.mode in PLOVER_MODES[entry.code], entry
    for code, table in data.modes.items():
        assert set(table) <= PLOVER_MODES[code], code


def test_lexicon_rejects_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "events.toml"
    shipped = (PACK_DIR / "events.toml").read_text("utf-8")
    path.write_text(shipped.replace('code = "AGREE"', 'code = "AGREE"\nactve = ["x"]', 1),
                    "utf-8")
    with pytest.raises(ConfigError, match=r"verb\[0\]\.actve: unknown key; valid keys here: "
                                          r"active, bare_noun, code"):
        load("events", EventsData, path)


def test_build_lexicon_takes_the_typed_data() -> None:
    assert build_lexicon(load("events", EventsData)).triggers == lexicon().triggers


def test_every_trigger_form_is_lower_case_tokens() -> None:
    for first, trigs in lexicon().triggers.items():
        for t in trigs:
            assert t.phrase[0] == first and all(p == p.lower() for p in t.phrase)


# ----------------------------------------------------------------------------- voices

def test_active_voice_with_coordinated_actors_and_titles() -> None:
    text = ("Presiden Amerika Serikat Joe Biden, Presiden Korea Selatan Yoon Suk Yeol, dan "
            "Perdana Menteri Jepang Shigeru Ishiba mengutuk kerja sama militer Korea Utara "
            "dan Rusia.")
    a = art(text, [ent(text, "per:biden", "PERSON", "Joe Biden"),
                   ent(text, "per:yoon", "PERSON", "Yoon Suk Yeol"),
                   ent(text, "per:ishiba", "PERSON", "Shigeru Ishiba")])
    e = one(find_events(a), "ACCUSE")
    assert e.actors == ("per:biden", "per:yoon", "per:ishiba")  # the title countries are not
    assert set(e.targets) == {"KP", "RU"}
    assert e.trigger is not None and e.trigger.of(text) == "mengutuk"
    assert e.evidence == a.sentences[0]


def test_passive_voice_swaps_roles() -> None:
    text = "Prabowo Subianto dikritik oleh Komnas HAM."
    a = art(text, [ent(text, "per:prabowo", "PERSON", "Prabowo Subianto"),
                   ent(text, "org:komnas", "ORG", "Komnas HAM")])
    e = one(find_events(a), "ACCUSE")
    assert (e.actors, e.targets) == (("org:komnas",), ("per:prabowo",))


def test_passive_agent_without_oleh_and_place() -> None:
    text = "Dua aktivis Greenpeace ditangkap polisi Rusia di Murmansk."
    a = art(text, [ent(text, "org:gp", "ORG", "Greenpeace"),
                   ent(text, "loc:murmansk", "PLACE", "Murmansk", "RU")])
    e = one(find_events(a), "COERCE")
    assert (e.actors, e.targets, e.place, e.mode) == (("RU",), ("org:gp",), "loc:murmansk",
                                                      "arrest")


def test_received_voice() -> None:
    text = "Tiga perusahaan Tiongkok dijatuhi sanksi oleh Departemen Keuangan AS."
    a = art(text, [ent(text, "org:treasury", "ORG", "Departemen Keuangan AS")])
    e = one(find_events(a), "SANCTION")
    assert (e.actors, e.targets) == (("org:treasury",), ("CN",))


def test_noun_with_genitive_actor_and_goal_target() -> None:
    text = "Serangan drone Rusia ke Kyiv merusak gedung apartemen."
    a = art(text, [ent(text, "loc:kyiv", "PLACE", "Kyiv", "UA")])
    e = one(find_events(a), "ASSAULT")
    assert (e.actors, e.targets, e.mode) == (("RU",), ("UA",), "heavy-weapons")


def test_bare_noun_without_actor_and_anaphoric_noun_give_nothing() -> None:
    assert find_events(art("Serangan itu merusak gedung apartemen di pusat kota.")) == []
    assert find_events(art("Pertemuan ini menunjukkan eratnya hubungan kedua negara.")) == []


def test_mobilize_passive_subject_is_the_actor() -> None:
    text = "Ribuan tentara Korea Utara telah dikerahkan ke Rusia pada Senin."
    rusia = ent(text, "loc:rusia", "PLACE", "Rusia", "RU")
    senin = TimeExpr(span=Span(start=text.index("Senin"), end=text.index("Senin") + 5),
                     type="DATE", value="2024-11-18")
    e = one(find_events(art(text, [rusia], [senin])), "MOBILIZE")
    assert (e.actors, e.targets, e.place, e.time, e.mode) == (("KP",), (), "loc:rusia",
                                                              "2024-11-18", "troops")


def test_dikirim_needs_context_to_pick_its_code() -> None:
    troops = find_events(art("Ratusan prajurit Inggris dikirim ke Estonia."))
    aid = find_events(art("Bantuan dari Jepang dikirim ke Gaza pekan ini."))
    assert [e.code for e in troops] == ["MOBILIZE"]
    assert all(e.code != "MOBILIZE" for e in aid)


def test_led_by_joins_the_group_and_visit_takes_host_from_place() -> None:
    text = ("Delegasi Rusia yang dipimpin oleh Menteri Sumber Daya dan Ekologi, Alexander "
            "Kozlov, tiba di Pyongyang pada Minggu.")
    a = art(text, [ent(text, "per:kozlov", "PERSON", "Alexander Kozlov"),
                   ent(text, "loc:pyongyang", "PLACE", "Pyongyang", "KP")])
    e = one(find_events(a), "CONSULT")
    assert (e.actors, e.targets, e.place, e.mode) == (("RU", "per:kozlov"), ("KP",),
                                                      "loc:pyongyang", "visit")


def test_meeting_participants_are_all_actors() -> None:
    text = "Joe Biden bertemu dengan Xi Jinping di Lima."
    a = art(text, [ent(text, "per:biden", "PERSON", "Joe Biden"),
                   ent(text, "per:xi", "PERSON", "Xi Jinping"),
                   ent(text, "loc:lima", "PLACE", "Lima", "PE")])
    e = one(find_events(a), "CONSULT")
    assert (e.actors, e.targets, e.place, e.mode) == (("per:biden", "per:xi"), (), "loc:lima",
                                                      None)


def test_mereka_and_kedua_negara_take_the_previous_sentence_roles() -> None:
    text = ("Joe Biden dan Shigeru Ishiba mengutuk kerja sama militer Korea Utara dan Rusia. "
            "Di KTT APEC di Peru, mereka mengecam keputusan kedua negara.")
    a = art(text, [ent(text, "per:biden", "PERSON", "Joe Biden"),
                   ent(text, "per:ishiba", "PERSON", "Shigeru Ishiba"),
                   ent(text, "loc:peru", "PLACE", "Peru", "PE")])
    second = [e for e in find_events(a) if e.evidence == a.sentences[1]]
    e = one(second, "ACCUSE")
    assert (e.actors, set(e.targets), e.place) == (("per:biden", "per:ishiba"), {"KP", "RU"},
                                                   "loc:peru")


# ----------------------------------------------------------------------------- no event

@pytest.mark.parametrize("text", [
    "Pemerintah Filipina tidak akan mengirim pasukan ke Laut China Selatan.",
    "Rusia belum menandatangani perjanjian damai dengan Ukraina.",
    "Jika Amerika Serikat menyerang Iran, harga minyak akan naik.",
    "“Kami akan menyerang Rusia,” kata seorang komandan.",
    "Kedua pihak diminta menahan diri agar situasi tidak memburuk.",
    "Menteri Keuangan Sri Mulyani mengatakan inflasi masih terkendali.",
])
def test_no_event(text: str) -> None:
    assert find_events(art(text)) == []


def test_embedded_action_of_an_accusation_is_not_an_event() -> None:
    text = "Presiden Ukraina Volodymyr Zelenskyy menuduh Rusia menculik ribuan anak."
    a = art(text, [ent(text, "per:zelenskyy", "PERSON", "Volodymyr Zelenskyy", "UA")])
    assert [(e.code, e.actors, e.targets) for e in find_events(a)] == [
        ("ACCUSE", ("per:zelenskyy",), ("RU",))]


# ----------------------------------------------------------------------------- real news
# False-positive patterns found by judging eval/events_sample.py by hand; the sentences
# here are our own, not the sample's.

def test_warning_of_a_hazard_is_no_event_and_an_admonition_is_a_request() -> None:
    text = "BMKG memperingatkan potensi hujan lebat di Jawa Barat pekan ini."
    assert find_events(art(text, [ent(text, "org:bmkg", "ORG", "BMKG")])) == []
    text = "Kapolri Budi memperingatkan anggotanya agar tidak menyalahgunakan wewenang."
    e = one(find_events(art(text, [ent(text, "per:budi", "PERSON", "Budi")])), "REQUEST")
    assert e.actors == ("per:budi",)
    text = "Jenderal Sari memperingatkan jangan sampai ada pungutan liar di lapangan."
    assert [e.code for e in find_events(art(text, [ent(text, "per:sari", "PERSON",
                                                           "Sari")]))] == ["REQUEST"]


def test_a_warning_to_another_state_stays_a_threat() -> None:
    e = one(find_events(art("Iran memperingatkan Israel soal pembalasan yang setimpal.")),
            "THREATEN")
    assert (e.actors, e.targets) == (("IR",), ("IL",))


@pytest.mark.parametrize("text", [
    # mengancam = endanger, said of a thing or a prospect
    "Program nuklir Korea Utara dapat mengancam stabilitas kawasan.",
    "Tambang ilegal PT Sinar Jaya mengancam kelestarian hutan lindung.",
    "Limbah pabrik Grup Makmur mengancam kesehatan warga di hilir sungai.",
    # hopes about a thing, fears
    "Pemerintah berharap kinerja Grup Makmur tidak terganggu.",
    "Kebijakan tarif itu dikhawatirkan akan mengganggu perundingan Jepang dan Korea Selatan.",
    # metaphors
    "Unggahan Grup Makmur membakar emosi warganet sepanjang akhir pekan.",
    # charts, sport, outcomes, protests, legal text
    "Lagu baru Grup Makmur menduduki peringkat pertama selama tiga pekan.",
    "Penyerang muda itu pernah membela timnas Korea Selatan di Piala Asia.",
    "Rekor pertemuan Jepang dan Korea Selatan kini imbang.",
    "Sengketa lahan PT Sinar Jaya akhirnya menemui jalan buntu.",
    "Massa pendukung Grup Makmur membakar ban di depan gedung dewan.",
    "Setiap orang yang menyerang kehormatan Grup Makmur dapat dipidana.",
    # signing something that is no agreement
    "Surat itu ditandatangani oleh Direktur PT Sinar Jaya pada pagi hari.",
    "Direktur PT Sinar Jaya menandatangani prasasti peresmian gedung baru.",
])
def test_no_event_on_real_news_patterns(text: str) -> None:
    ents = [ent(text, f"org:{n}", "ORG", name) for n, name in
            enumerate(("PT Sinar Jaya", "Grup Makmur")) if name in text]
    assert find_events(art(text, ents)) == []


def test_signing_an_agreement_is_still_support() -> None:
    e = one(find_events(art("Jepang menandatangani nota kesepahaman dengan Vietnam.")),
            "SUPPORT")
    assert e.actors == ("JP",)


def test_initials_are_not_a_country() -> None:
    text = "Polres Deli menangkap seorang pria berinisial AS di Medan pada Senin."
    a = art(text, [ent(text, "org:polres", "ORG", "Polres Deli"),
                   ent(text, "loc:as", "PLACE", "AS", "US"),  # as an NER model may tag it
                   ent(text, "loc:medan", "PLACE", "Medan", "ID")])
    e = one(find_events(a), "COERCE")
    assert "US" not in e.actors + e.targets and e.actors == ("org:polres",)


def test_object_of_an_embedded_verb_is_no_passive_agent() -> None:
    text = "Andi didakwa membunuh Rudi di rumahnya."
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi"),
                   ent(text, "per:rudi", "PERSON", "Rudi")])
    # the charge by prosecutors left unnamed, and the killing it reports (Rudi kills no one)
    assert [(e.code, e.actors, e.targets) for e in find_events(a)] == [
        ("ACCUSE", ("JUD",), ("per:andi",)), ("ASSAULT", ("per:andi",), ("per:rudi",))]


def test_a_keeper_catching_the_ball_is_no_arrest() -> None:
    text = "Sundulan Marko masih bisa ditangkap kiper Teja dengan mudah."
    a = art(text, [ent(text, "per:marko", "PERSON", "Marko"),
                   ent(text, "per:teja", "PERSON", "Teja")])
    assert find_events(a) == []
    text = "Teja menangkap bola tendangan bebas Marko."
    assert find_events(art(text, [ent(text, "per:marko", "PERSON", "Marko"),
                                  ent(text, "per:teja", "PERSON", "Teja")])) == []


# ----------------------------------------------------------------------------- speakers

def quoted_art(text: str, *entities: tuple[str, str, str] | tuple[str, str, str, str]) -> Article:
    """An article with its quotes from the quotes stage, which runs before this one."""
    return QuoteStage()(art(text, [ent(text, *e) for e in entities]))


def roles(a: Article) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def quoted_roles(text: str, *entities: tuple[str, str, str]
                 ) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(code, actors, targets) of each event of `text` with `entities` tagged and its
    quotes found first (the per-branch rule files' shared reading)."""
    return roles(quoted_art(text, *entities))


def quoted_codes(text: str, *entities: tuple[str, str, str]) -> set[str]:
    """The codes of `quoted_roles`' events (the per-branch rule files' shared test)."""
    return {c for c, _, _ in quoted_roles(text, *entities)}


# The made-up person and body the per-branch rule files (test_events_*.py) write their
# sentences about.
BUDI_SANTOSO = ("per:budi", "PERSON", "Budi Santoso")
RUDI_HARTONO = ("per:rudi", "PERSON", "Rudi Hartono")
KOMISI_DAGANG = ("org:k", "ORG", "Komisi Dagang")


def coded(text: str, names: Sequence[tuple[str, str, str]]
          ) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(code, actors, targets) of each event of `text` with `names` tagged (no quotes)."""
    return roles(art(text, [ent(text, *n) for n in names]))


RUSDI = ("per:rusdi", "PERSON", "Rusdi")


@pytest.mark.parametrize("text", [
    "Menurut Rusdi, buruh menuntut kenaikan upah minimum tahun depan.",  # speaker before
    "Rusdi mengatakan buruh menuntut kenaikan upah minimum tahun depan.",  # indirect
    "Rusdi menambahkan, buruh juga menuntut jaminan pensiun yang layak.",
    "Buruh menuntut kenaikan upah minimum, kata Rusdi.",  # speaker after
])
def test_the_speaker_of_a_report_is_not_the_actor_of_what_is_reported(text: str) -> None:
    a = quoted_art(text, RUSDI)
    assert a.quotes  # the quotes stage reads the report
    assert all("per:rusdi" not in e.actors + e.targets for e in find_events(a))


def test_the_speaker_after_a_report_is_not_its_target() -> None:
    text = ("Amerika Serikat mengecam serangan itu, kata juru bicara Departemen Luar Negeri "
            "Yohanes Kartika.")
    a = quoted_art(text, ("loc:as", "PLACE", "Amerika Serikat", "US"),
                   ("org:deplu", "ORG", "Departemen Luar Negeri"),
                   ("per:yohanes", "PERSON", "Yohanes Kartika"))
    assert roles(a) == [("ACCUSE", ("US",), ())]


def test_a_named_actor_of_the_report_keeps_its_roles() -> None:
    text = "Rikwanto menambahkan, polisi sudah bekerja sama dengan Kementerian Perhubungan."
    a = quoted_art(text, ("per:rikwanto", "PERSON", "Rikwanto"),
                   ("org:kemenhub", "ORG", "Kementerian Perhubungan"))
    assert all("per:rikwanto" not in e.actors for e in find_events(a))
    text = "Widodo mengatakan Indonesia mengecam serangan Israel ke Gaza."
    a = quoted_art(text, ("per:widodo", "PERSON", "Widodo"),
                   ("loc:id", "PLACE", "Indonesia", "ID"), ("loc:il", "PLACE", "Israel", "IL"),
                   ("loc:gaza", "PLACE", "Gaza"))
    e = one(find_events(a), "ACCUSE")
    assert e.actors == ("ID",) and "per:widodo" not in e.targets


@pytest.mark.parametrize("text", [
    "Rusdi menolak usulan itu, katanya.",  # the speaker is the subject of the report
    "Rusdi menolak usulan itu.",  # no report at all
    "Ketua serikat buruh Rusdi menolak usulan itu, ujar juru bicara serikat.",
])
def test_the_speaker_as_subject_of_the_reported_clause_stays_the_actor(text: str) -> None:
    e = one(find_events(quoted_art(text, RUSDI)), "REJECT")
    assert e.actors == ("per:rusdi",)


def test_a_speaker_who_acts_outside_the_report_stays_the_actor() -> None:
    text = "Presiden Widodo mengecam serangan itu dan mengatakan Indonesia siap membantu."
    e = one(find_events(quoted_art(text, ("per:widodo", "PERSON", "Widodo"),
                                   ("loc:id", "PLACE", "Indonesia", "ID"))), "ACCUSE")
    assert e.actors == ("per:widodo",)


def test_the_speakers_side_and_a_subjectless_report_take_the_speaker() -> None:
    text = "Kepala dinas Hartono mengatakan pihaknya sudah meminta staf memeriksa data itu."
    e = one(find_events(quoted_art(text, ("per:hartono", "PERSON", "Hartono"))), "REQUEST")
    assert e.actors == ("per:hartono",)
    text = "Hartono menyatakan menolak dakwaan jaksa."  # no subject of its own
    e = one(find_events(quoted_art(text, ("per:hartono", "PERSON", "Hartono"))), "REJECT")
    assert e.actors == ("per:hartono",)


def test_a_reporting_clause_lends_no_participant() -> None:
    text = ("Menteri Luar Negeri Ratna Sari yang mendampingi Presiden Wiranto mengatakan di "
            "pertemuan itu kedua negara sepakat mempercepat perundingan.")
    a = quoted_art(text, ("per:ratna", "PERSON", "Ratna Sari"),
                   ("per:wiranto", "PERSON", "Wiranto"))
    assert find_events(a) == []


def test_a_first_person_direct_quote_states_the_speakers_event() -> None:
    # a quoted speaker saying "Kami menolak ..." states a refusal by the speaker's side;
    # the speaker outside the quotation takes no other role (no target by proximity)
    text = "“Kami menolak usulan itu,” ujar Menteri Sutanto."
    a = quoted_art(text, ("per:sutanto", "PERSON", "Sutanto"))
    assert a.quotes
    assert roles(a) == [("REJECT", ("per:sutanto",), ())]
    text = "“Kami baru bertemu dengan Rahmat siang ini,” ujar Sutanto."
    a = quoted_art(text, ("per:sutanto", "PERSON", "Sutanto"), ("per:rahmat", "PERSON", "Rahmat"))
    assert roles(a) == [("CONSULT", ("per:sutanto", "per:rahmat"), ())]
    text = "“Rahmat sudah menolak usulan itu,” ujar Sutanto."  # said to have taken place
    a = quoted_art(text, ("per:sutanto", "PERSON", "Sutanto"), ("per:rahmat", "PERSON", "Rahmat"))
    assert roles(a) == [("REJECT", ("per:rahmat",), ())]


@pytest.mark.parametrize("text", [
    "“Kami akan menolak usulan itu,” ujar Menteri Sutanto.",  # a plan
    "“Pemerintah harus menolak usulan itu,” ujar Menteri Sutanto.",  # a duty
    "“Kami tidak menolak usulan itu,” ujar Menteri Sutanto.",  # negated
    "“Kalau kondisinya tepat kita bisa duduk dan menolak usulan itu,” ujar Menteri Sutanto.",
    # a third party's act in the present tense describes, it does not report
    "“Peran kementerian adalah menolak usulan itu,” ujar Menteri Sutanto.",
    "“Rahmat menolak usulan itu,” ujar Menteri Sutanto.",
])
def test_a_plan_duty_or_negation_inside_a_direct_quote_gives_no_event(text: str) -> None:
    a = quoted_art(text, ("per:sutanto", "PERSON", "Sutanto"))
    assert a.quotes and find_events(a) == []


def test_quotation_marks_without_a_speaker_give_no_event() -> None:
    # a quoted title or slogan is no statement of anyone's: nothing inside it is coded
    text = "Film “Polisi Menangkap Rudi” diputar di Jakarta."
    assert find_events(quoted_art(text, ("per:rudi", "PERSON", "Rudi"))) == []


def test_a_subordinate_clause_without_subject_takes_the_main_subject() -> None:
    text = "Presiden Zuma akhirnya mengundurkan diri, setelah sempat menolak desakan partai ANC."
    a = art(text, [ent(text, "per:zuma", "PERSON", "Zuma"), ent(text, "org:anc", "ORG", "ANC")])
    e = one(find_events(a), "REJECT")
    assert e.actors == ("per:zuma",)


def test_support_verb_with_words_between_and_amount_dari() -> None:
    # "sejumlah" between the support verb and the noun; "lebih dari" is an amount
    text = "Kemensos menyalurkan sejumlah bantuan kepada lebih dari 300 warga Palestina."
    a = art(text, [ent(text, "org:kemensos", "ORG", "Kemensos"),
                   ent(text, "loc:ps", "PLACE", "Palestina", "PS")])
    e = one(find_events(a), "AID")
    assert e.actors == ("org:kemensos",) and e.targets


def test_a_protest_attended_keeps_its_crowd() -> None:
    text = "Tujuh juta orang menghadiri unjuk rasa di New York pada Sabtu."
    a = art(text, [ent(text, "loc:ny", "PLACE", "New York", "US")])
    assert one(find_events(a), "PROTEST").actors == ("CVL",)


# ----------------------------------------------------------------------------- robustness

def test_empty_layers_and_no_sentences() -> None:
    assert find_events(Article(id="x", text="")) == []
    bare = Article(id="x", text="Korea Selatan menuduh Korea Utara meretas jaringan bank.")
    assert find_events(bare) == []  # events reads sentences, it does not split them
    e = one(find_events(art(bare.text)), "ACCUSE")  # sentences, no entities: country words
    assert (e.actors, e.targets, e.place, e.time) == (("KR",), ("KP",), None, None)


def test_mentions_outside_sentences_and_odd_spans_do_not_break() -> None:
    text = "Israel menyerang Gaza."
    odd = Entity(id="x", kind="PERSON", name="x", mentions=(Span(start=0, end=0),
                                                             Span(start=900, end=905)))
    assert [e.code for e in find_events(art(text, [odd]))] == ["ASSAULT"]


def test_stage_contract_and_round_trip() -> None:
    st = EventStage()
    assert (st.name, st.requires, st.provides) == (
        "events", frozenset({"text", "sentences", "entities", "times", "quotes", "themes"}),
        frozenset({"events"}))
    with pytest.raises(ConfigError):
        Pipeline([SegmentStage(), st])  # entities and times come from earlier stages
    out = st(art("Amerika Serikat menjatuhkan sanksi baru terhadap Iran."))
    assert out.provenance[-1].name == "events"
    assert [e.code for e in out.events] == ["SANCTION"]
    assert Article.from_dict(out.to_dict()) == out


# ----------------------------------------------------------------------------- the seed

SEED_ENTITIES = [
    ("per:kim-jong-un", "PERSON", ["Kim Jong Un", "Kim"], "KP"),
    ("org:kcna", "ORG", ["KCNA"], None),
    ("loc:amerika-serikat", "PLACE", ["Amerika Serikat"], "US"),
    ("loc:korea-selatan", "PLACE", ["Korea Selatan"], "KR"),
    ("loc:korea-utara", "PLACE", ["Korea Utara"], "KP"),
    ("loc:rusia", "PLACE", ["Rusia"], "RU"),
    ("loc:ukraina", "PLACE", ["Ukraina"], "UA"),
    ("loc:jepang", "PLACE", ["Jepang"], "JP"),
    ("loc:washington", "PLACE", ["Washington"], "US"),
    ("loc:seoul", "PLACE", ["Seoul"], "KR"),
    ("loc:kyiv", "PLACE", ["Kyiv"], "UA"),
    ("loc:kursk", "PLACE", ["Kursk"], "RU"),
    ("loc:pyongyang", "PLACE", ["Pyongyang"], "KP"),
    ("loc:peru", "PLACE", ["Peru"], "PE"),
    ("per:alexander-kozlov", "PERSON", ["Alexander Kozlov"], "RU"),
    ("per:joe-biden", "PERSON", ["Joe Biden"], "US"),
    ("per:yoon-suk-yeol", "PERSON", ["Yoon Suk Yeol"], "KR"),
    ("per:shigeru-ishiba", "PERSON", ["Shigeru Ishiba"], "JP"),
    ("per:volodymyr-zelenskyy", "PERSON", ["Volodymyr Zelenskyy", "Zelenskyy"], "UA"),
    ("evt:ktt-apec", "EVENT", ["KTT APEC"], None),
]


@pytest.fixture(scope="module")
def seed_events(seed_text: str) -> list[Event]:
    text = clean_text(seed_text).text
    ents = [ent(text, i, k, s, c) for i, k, s, c in SEED_ENTITIES]
    times = []
    for surface, value in (("pada Senin", "2024-11-18"), ("pekan lalu", "2024-W46"),
                           ("pada Minggu", "2024-11-17")):
        for m in re.finditer(re.escape(surface), text):
            times.append(TimeExpr(span=Span(start=m.start(), end=m.end()), type="DATE",
                                  value=value))
    return find_events(art(text, ents, times))


def test_seed_condemnation_at_apec(seed_events: list[Event]) -> None:
    leaders = {"per:joe-biden", "per:yoon-suk-yeol", "per:shigeru-ishiba"}
    accuse = [e for e in seed_events if e.code == "ACCUSE" and set(e.actors) == leaders]
    assert accuse and all(set(e.targets) == {"KP", "RU"} for e in accuse)
    assert any(e.place == "loc:peru" for e in accuse)


def test_seed_troops_sent_to_russia(seed_events: list[Event]) -> None:
    mob = [e for e in seed_events if e.code == "MOBILIZE" and e.actors == ("KP",)]
    assert len(mob) == 2  # "dikerahkan ke Rusia", "dikirim ke Rusia"
    assert all(e.place == "loc:rusia" and e.mode == "troops" for e in mob)


def test_seed_russian_delegation_visits_pyongyang(seed_events: list[Event]) -> None:
    e = one(seed_events, "CONSULT")
    assert set(e.actors) == {"RU", "per:alexander-kozlov"} and e.targets == ("KP",)
    assert (e.mode, e.place, e.time) == ("visit", "loc:pyongyang", "2024-11-17")


def test_seed_drone_test_by_kim(seed_events: list[Event]) -> None:
    tests = [e for e in seed_events if e.code == "MOBILIZE" and e.mode == "weapons"]
    assert [(e.actors, e.time) for e in tests] == [(("per:kim-jong-un",), "2024-W46")]


def test_seed_casualties_reported_by_zelenskyy(seed_events: list[Event]) -> None:
    fights = [e for e in seed_events if e.code == "ASSAULT"]
    assert any("UA" in e.actors and "KP" in e.targets for e in fights)
    assert any(e.actors == ("KP",) and e.place == "loc:kursk" for e in fights)


def test_seed_events_do_not_come_from_the_quote(seed_events: list[Event]) -> None:
    text_codes = {e.code for e in seed_events}
    assert "THREATEN" not in text_codes  # "Ancaman dari Amerika Serikat ..." is inside a quote


def test_seed_without_entities_still_finds_country_events(seed_text: str) -> None:
    text = clean_text(seed_text).text
    events = find_events(replace(art(text), entities=()))
    assert any(e.code == "MOBILIZE" and e.actors == ("KP",) for e in events)
    assert any(e.code == "CONSULT" and e.actors == ("RU",) and e.targets == ("KP",)
               for e in events)


# ----------------------------------------------------------------------------- speed-up

def test_prefilter_loses_no_event_on_news(shared_data: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The word-set pre-filter only skips sentences where no trigger can match."""
    csv.field_size_limit(1 << 24)
    with (shared_data / "news" / "detik-1k" / "data_berita.csv").open(encoding="utf-8") as fh:
        rows = [r["isi_berita"] for _, r in zip(range(120), csv.DictReader(fh), strict=False)]
    arts = [art(clean_text(raw).text) for raw in rows]
    fast = [find_events(a) for a in arts]
    monkeypatch.setattr(events_mod, "_may_trigger", lambda piece, lex: True)
    slow = [find_events(a) for a in arts]
    assert fast == slow
    assert sum(map(len, fast)) > 0


# ----------------------------------------------------------------------------- unnamed actors


def test_the_investigators_not_the_spokesperson_seize() -> None:
    text = "Juru bicara KPK Budi Prasetyo mengatakan penyidik telah menyita dua mobil."
    a = quoted_art(text, ("org:kpk", "ORG", "KPK"), ("per:budi", "PERSON", "Budi Prasetyo"))
    assert roles(a) == [("COERCE", ("COP",), ())]


@pytest.mark.parametrize("text, want", [
    ("Polisi menangkap Suhendra di Cilincing.", ("COERCE", ("COP",), ("per:s",))),
    ("Jaksa penuntut umum mendakwa Suhendra melakukan pembunuhan.",
     ("ACCUSE", ("JUD",), ("per:s",))),
    ("Suhendra dituntut 12 tahun penjara oleh jaksa.", ("ACCUSE", ("JUD",), ("per:s",))),
    ("Penyidik menetapkan Suhendra sebagai tersangka.", ("ACCUSE", ("COP",), ("per:s",))),
    ("Majelis hakim memvonis Suhendra 15 tahun penjara.", ("SANCTION", ("JUD",), ("per:s",))),
    ("Penyidik menggeledah rumah Suhendra.", ("COERCE", ("COP",), ("per:s",))),
    ("Polisi menggerebek rumah Suhendra.", ("COERCE", ("COP",), ("per:s",))),
    ("Polisi mengamankan Suhendra dan dua orang lain.", ("COERCE", ("COP",), ("per:s",))),
])
def test_legal_process_verbs_with_unnamed_officials(
        text: str, want: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    a = art(text, [ent(text, "per:s", "PERSON", "Suhendra")])
    assert roles(a) == [want]


def test_a_title_before_a_name_is_no_unnamed_actor() -> None:
    text = "Jaksa KPK Kiki menuntut Fahmi 4 tahun penjara."
    a = art(text, [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:kiki", "PERSON", "Kiki"),
                   ent(text, "per:fahmi", "PERSON", "Fahmi")])
    e = one(find_events(a), "ACCUSE")
    assert "JUD" not in e.actors and "per:fahmi" in e.targets


def test_a_travel_ban_and_a_crowd_protest() -> None:
    text = "Komisi Pemberantasan Korupsi mencegah empat orang ke luar negeri."
    a = art(text, [ent(text, "org:kpk", "ORG", "Komisi Pemberantasan Korupsi")])
    assert roles(a) == [("COERCE", ("org:kpk",), ())]
    text = "Ribuan orang berunjuk rasa di Times Square pada Sabtu."
    a = art(text, [ent(text, "loc:ts", "PLACE", "Times Square", "US")])
    e = one(find_events(a), "PROTEST")
    assert (e.actors, e.place) == (("CVL",), "loc:ts")


# ----------------------------------------------------------------------------- false codes


def test_arriving_at_home_is_no_visit() -> None:
    text = "Artis itu tiba di Bali pada Senin untuk berlibur."
    assert find_events(art(text, [ent(text, "loc:bali", "PLACE", "Bali", "ID")])) == []
    text = "Prabowo tiba di Universitas Bung Karno pada pukul 09.40 WIB."
    a = art(text, [ent(text, "per:p", "PERSON", "Prabowo", "ID"),
                   ent(text, "org:ubk", "ORG", "Universitas Bung Karno")])
    assert find_events(a) == []


def test_a_sponsor_line_is_no_support() -> None:
    text = "Acara ini didukung oleh Bank Mandiri dan Telkomsel."
    a = art(text, [ent(text, "org:m", "ORG", "Bank Mandiri"),
                   ent(text, "org:t", "ORG", "Telkomsel")])
    assert find_events(a) == []


def test_the_content_of_a_request_is_no_event() -> None:
    text = "Pihak keluarga meminta polisi mengusut tuntas kematian Andi."
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi")])
    assert [e.code for e in find_events(a)] == []


def test_attacking_play_is_no_assault() -> None:
    text = "Arsenal mempertahankan gaya menyerang mereka hingga pemain lawan menerima kartu kuning."
    assert find_events(art(text, [ent(text, "org:a", "ORG", "Arsenal")])) == []
    text = "Higuain sukses mengeksekusinya ke sudut gawang Spurs."
    assert find_events(art(text, [ent(text, "per:h", "PERSON", "Higuain"),
                                  ent(text, "org:s", "ORG", "Spurs")])) == []


# ----------------------------------------------------------------------------- 2026-12 round


def test_menahan_detains_only_someone() -> None:
    text = "Pemerintah daerah sengaja menahan belanja publik."
    assert find_events(art(text)) == []
    text = "KPK menahan Setya Novanto."
    a = art(text, [ent(text, "org:kpk", "ORG", "KPK"),
                   ent(text, "per:sn", "PERSON", "Setya Novanto")])
    assert roles(a) == [("COERCE", ("org:kpk",), ("per:sn",))]


@pytest.mark.parametrize("text, want", [
    # the police are assumed only where the article names them
    ("Kasus itu ditangani polisi. Liu ditahan pada 2008 setelah mengajukan protes.",
     ("COERCE", ("COP",), ("per:liu",))),
    ("Liu ditahan pada 2008 setelah mengajukan protes.", ("COERCE", (), ("per:liu",))),
    ("Liu dihukum penjara selama 11 tahun.", ("SANCTION", ("JUD",), ("per:liu",))),
])
def test_unnamed_police_and_courts_of_a_named_suspect(
        text: str, want: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert roles(art(text, [ent(text, "per:liu", "PERSON", "Liu")])) == [want]


def test_no_unnamed_police_across_a_verb() -> None:
    text = "Prabowo lalu menceritakan kasus anak SD yang ditangkap karena maling ayam."
    assert find_events(art(text, [ent(text, "per:p", "PERSON", "Prabowo")])) == []


def test_a_complement_after_a_passive_is_no_agent() -> None:
    text = "Gordon dituding jadi penyebab kematian Brown."
    a = art(text, [ent(text, "per:g", "PERSON", "Gordon"), ent(text, "per:b", "PERSON", "Brown")])
    assert all("per:b" not in e.actors for e in find_events(a))


def test_the_object_of_a_verb_is_no_subject_of_the_next() -> None:
    text = "Badai menghantam pesisir Queensland, lalu menghancurkan rumah-rumah."
    assert find_events(art(text, [ent(text, "loc:q", "PLACE", "Queensland", "AU")])) == []
    text = "Rusia menyerang Kharkiv dan menewaskan sepuluh warga."
    a = art(text, [ent(text, "loc:k", "PLACE", "Kharkiv", "UA")])
    evs = find_events(a)
    assert evs and all(e.code == "ASSAULT" and e.actors == ("RU",) for e in evs)


def test_the_content_of_an_agar_clause_is_no_event() -> None:
    text = "Amerika Serikat mendesak China agar membebaskan Liu dan mengabulkan permintaannya."
    a = art(text, [ent(text, "per:liu", "PERSON", "Liu")])
    assert [(e.code, e.actors, e.targets) for e in find_events(a)] == [
        ("REQUEST", ("US",), ("CN",))]


def test_a_pronoun_subject_is_the_person_it_refers_to() -> None:
    text = ("Menteri Keuangan Purbaya Yudhi Sadewa menyoroti anggaran daerah. "
            "Ia meminta Kementerian Dalam Negeri mengawasi belanja daerah.")
    a = quoted_art(text, ("per:p", "PERSON", "Purbaya Yudhi Sadewa"),
                   ("org:kdn", "ORG", "Kementerian Dalam Negeri"))
    assert roles(a) == [("REQUEST", ("per:p",), ("org:kdn",))]


def test_a_request_is_made_to_the_subject_of_its_agar_clause() -> None:
    text = "Puan meminta agar TNI menjelaskan kebijakan itu."
    a = art(text, [ent(text, "per:puan", "PERSON", "Puan"), ent(text, "org:tni", "ORG", "TNI")])
    assert roles(a) == [("REQUEST", ("per:puan",), ("org:tni",))]


def test_a_named_old_event_or_a_place_genitive_is_no_event() -> None:
    text = "Dunia mengecam perlakuan terhadap veteran demonstrasi Tiananmen itu."
    a = art(text, [ent(text, "loc:t", "PLACE", "Tiananmen", "CN")])
    assert [e.code for e in find_events(a)] == []


def test_the_subject_of_the_main_clause_is_no_party_to_a_fronted_request() -> None:
    # no co-actor; (evactor11) but the one asked: it grants the request (as seeds 7 and 89
    # judged detik-303: "Kejari Cilegon (named) is asked; missing")
    text = "Atas permohonan dari Krakatau Health Service, Kejari Cilegon memberikan pendampingan."
    a = art(text, [ent(text, "org:khs", "ORG", "Krakatau Health Service"),
                   ent(text, "org:kc", "ORG", "Kejari Cilegon")])
    assert roles(a) == [("REQUEST", ("org:khs",), ("org:kc",))]


@pytest.mark.parametrize("text, names, want", [
    ("Setya Novanto kembali tidak memenuhi panggilan KPK.",
     [("per:sn", "PERSON", "Setya Novanto"), ("org:kpk", "ORG", "KPK")],
     [("REJECT", ("per:sn",), ("org:kpk",))]),
    ("Pengadilan Negeri Jakarta meluluskan gugatan Novanto.",
     [("org:pn", "ORG", "Pengadilan Negeri Jakarta"), ("per:sn", "PERSON", "Novanto")],
     [("CONCEDE", ("org:pn",), ("per:sn",)), ("ACCUSE", ("per:sn",), ())]),  # his suit
    ("Komite Nobel menyebut China bertanggung jawab atas kematian Liu.",
     [("org:kn", "ORG", "Komite Nobel"), ("per:liu", "PERSON", "Liu")],
     [("ACCUSE", ("org:kn",), ("CN",))]),
    ("Pemerintah dan PT Freeport membahas kesepakatan tahap akhir.",
     [("org:fi", "ORG", "PT Freeport")], [("CONSULT", ("GOV", "org:fi"), ())]),
    ("Menteri Jonan membahas anggaran tahun depan.", [("per:j", "PERSON", "Jonan")], []),
    ("PSSI memecat pelatih Patrick Kluivert.",
     [("org:pssi", "ORG", "PSSI"), ("per:pk", "PERSON", "Patrick Kluivert")],
     [("SANCTION", ("org:pssi",), ("per:pk",))]),
    ("Rosan mengajak seluruh pelaku usaha berinvestasi.", [("per:r", "PERSON", "Rosan")],
     [("REQUEST", ("per:r",), ("BUS",))]),
    ("Xbox mengucapkan selamat kepada Nintendo.",
     [("org:x", "ORG", "Xbox"), ("org:n", "ORG", "Nintendo")],
     [("SUPPORT", ("org:x",), ("org:n",))]),
    ("Trump berupaya memecat Lael Brainard, meski gagal.",
     [("per:t", "PERSON", "Trump"), ("per:lb", "PERSON", "Lael Brainard")], []),
])
def test_summons_petitions_blame_talks_dismissals_and_praise(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


@pytest.mark.parametrize("text, names", [
    ("Pakar khawatir kesepakatan AUKUS bisa dibatalkan.", [("org:a", "ORG", "AUKUS")]),
    ("Sejak 1936 CPB ditempatkan di bawah pengawasan negara.", [("org:c", "ORG", "CPB")]),
    ("Kementan mengeksekusi perintah Presiden Prabowo.",
     [("org:k", "ORG", "Kementan"), ("per:p", "PERSON", "Prabowo")]),
    ("Vero sudah memutus hubungan dengan Julianto.",
     [("per:v", "PERSON", "Vero"), ("per:j", "PERSON", "Julianto")]),
    ("PETA membuat film tentang cara koki restoran menyiksa gurita hidup.",
     [("org:peta", "ORG", "PETA")]),
])
def test_old_deals_postings_orders_breakups_and_topics_are_no_events(
        text: str, names: list[tuple[str, str, str]]) -> None:
    assert find_events(art(text, [ent(text, *n) for n in names])) == []


def test_a_deal_reached_is_an_agreement() -> None:
    text = "Israel dan Hamas mencapai kesepakatan di Kairo."
    a = art(text, [ent(text, "org:hamas", "ORG", "Hamas")])
    assert [e.code for e in find_events(a)] == ["AGREE"]


def test_support_in_kind_for_people_in_need_is_aid() -> None:
    text = "OIKN akan memberikan dukungan bagi pekerja yang terdampak kebakaran."
    assert roles(art(text, [ent(text, "org:oikn", "ORG", "OIKN")])) == [
        ("AID", ("org:oikn",), ("LAB",))]


def test_a_description_of_someone_named_before_is_that_person() -> None:
    text = "Rano memuji Polri. Politikus PKB ini mengapresiasi Kejagung."
    a = quoted_art(text, ("per:rano", "PERSON", "Rano"), ("org:polri", "ORG", "Polri"),
                   ("org:pkb", "ORG", "PKB"), ("org:kejagung", "ORG", "Kejagung"))
    assert roles(a) == [("SUPPORT", ("per:rano",), ("org:polri",)),
                        ("SUPPORT", ("per:rano",), ("org:kejagung",))]


def test_pihaknya_outside_a_quote_is_the_person_named_last() -> None:
    text = "Fakta itu diungkap oleh Kapolres Faruk Rozi, usai pihaknya mengamankan pengemudi itu."
    a = quoted_art(text, ("per:f", "PERSON", "Faruk Rozi"))
    assert roles(a) == [("COERCE", ("per:f",), ())]


def test_a_long_name_between_verb_and_role_word() -> None:
    text = ("Polisi menetapkan pimpinan Front Pembela Islam ( FPI ) Habib Rizieq Syihab "
            "sebagai tersangka.")
    a = art(text, [ent(text, "org:fpi", "ORG", ["Front Pembela Islam", "FPI"]),
                   ent(text, "per:r", "PERSON", "Habib Rizieq Syihab")])
    assert roles(a) == [("ACCUSE", ("COP",), ("per:r",))]


def test_the_object_of_the_first_verb_is_the_target_of_the_second() -> None:
    text = ("MKMK memutuskan hakim Patrialis Akbar melakukan pelanggaran berat dan "
            "menjatuhkan sanksi pemberhentian.")
    a = art(text, [ent(text, "org:mkmk", "ORG", "MKMK"),
                   ent(text, "per:p", "PERSON", "Patrialis Akbar")])
    assert roles(a) == [("SANCTION", ("org:mkmk",), ("per:p",))]


def test_a_reminder_to_do_something_is_a_request() -> None:
    text = "Kementerian Keuangan mengingatkan agar masyarakat segera mengaktifkan akun pajak."
    a = art(text, [ent(text, "org:kk", "ORG", "Kementerian Keuangan")])
    assert roles(a) == [("REQUEST", ("org:kk",), ("CVL",))]


@pytest.mark.parametrize("text, names, want", [
    # the subject of a relative clause is the group right before "yang", or none
    ("Aldi merupakan anggota dari empat tersangka yang dibekuk sebelumnya.",
     [("per:a", "PERSON", "Aldi")], []),
    ("Saurlin menilai ada pelanggaran dari peristiwa yang menewaskan Affan.",
     [("per:s", "PERSON", "Saurlin"), ("per:af", "PERSON", "Affan")], []),
    # a list of names shares the preposition before it
    ("Polda Metro Jaya menangkap anggota baru di grup Facebook dan WhatsApp.",
     [("org:pmj", "ORG", "Polda Metro Jaya"), ("org:fb", "ORG", "Facebook"),
      ("org:wa", "ORG", "WhatsApp")], [("COERCE", ("org:pmj",), ())]),
    # a role noun after "sebagai" is a complement; a suspect named by unnamed investigators
    ("Lisa tak menghadiri pemeriksaan sebagai tersangka hari ini.",
     [("per:l", "PERSON", "Lisa")], [("REJECT", ("per:l",), ())]),
    ("Lisa resmi ditetapkan sebagai tersangka.", [("per:l", "PERSON", "Lisa")],
     [("ACCUSE", (), ("per:l",))]),  # no police named
    ("Tamara mengaku telah dijambak Wayan Sobrat.",
     [("per:t", "PERSON", "Tamara"), ("per:w", "PERSON", "Wayan Sobrat")],
     [("ASSAULT", ("per:w",), ("per:t",))]),
    ("Doli mempertanyakan aturan KPU soal ijazah.",
     [("per:d", "PERSON", "Doli"), ("org:kpu", "ORG", "KPU")],
     [("ACCUSE", ("per:d",), ("org:kpu",))]),
    ("Satlantas menertibkan truk tambang yang melanggar jam operasional.",
     [("org:s", "ORG", "Satlantas")], [("COERCE", ("org:s",), ())]),
    ("Divpropam mengundang Kompolnas mengikuti gelar perkara.",
     [("org:d", "ORG", "Divpropam"), ("org:k", "ORG", "Kompolnas")],
     [("REQUEST", ("org:d",), ("org:k",))]),
    ("Berita itu mengundang perhatian publik.", [], []),
    ("Liam memberikan pesan romantis sebagai ucapan untuknya.",
     [("per:l", "PERSON", "Liam")], []),
])
def test_relative_clauses_lists_complements_and_crackdowns(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


@pytest.mark.parametrize("text, names, want", [
    ("Argentina ditahan imbang Peru 2 - 2 di Stadion Nasional.", [], []),
    ("Persib akan bertandang ke Gianyar untuk menghadapi Bali United.",
     [("org:p", "ORG", "Persib"), ("loc:g", "PLACE", "Gianyar")], []),
    ("Usai menerima umpan Miguel Trauco, Guerrero berhasil menahan bola dengan dada.",
     [("per:m", "PERSON", "Miguel Trauco"), ("per:g", "PERSON", "Guerrero")], []),
    ("Ia menangkap dua lalat lagi dan mengirimkannya ke lembaga sains.", [], []),
    ("Indonesia kaya flora dengan alamnya yang sangat mendukung.", [], []),
    ("Sejumlah aktivis HAM melayangkan kritik terhadap Wiranto.",
     [("per:w", "PERSON", "Wiranto")], [("ACCUSE", ("HRI",), ("per:w",))]),
    ("Pengadilan Timor Leste mengeluarkan surat perintah penangkapan bagi Wiranto.",
     [("org:ptl", "ORG", "Pengadilan Timor Leste"), ("per:w", "PERSON", "Wiranto")],
     [("COERCE", ("org:ptl",), ("per:w",))]),
    ("Sarmuji mengusulkan anggota DPR ikut mendukung produk dalam negeri.",
     [("per:s", "PERSON", "Sarmuji"), ("org:dpr", "ORG", "DPR")],
     [("REQUEST", ("per:s",), ("org:dpr",))]),
    ("Capaian ini menuai apresiasi dari Hardiyanto Kenneth.",
     [("per:k", "PERSON", "Hardiyanto Kenneth")], [("SUPPORT", ("per:k",), ())]),
    # a group no name stands for is asked all the same (events19: the seed-10 judge listed
    # such an appeal as a missed REQUEST)
    ("Megawati mendorong semua pemangku kepentingan untuk mengembangkan flora.",
     [("per:m", "PERSON", "Megawati")], [("REQUEST", ("per:m",), ())]),
    ("Megawati mendorong BRIN untuk mengembangkan flora.",
     [("per:m", "PERSON", "Megawati"), ("org:brin", "ORG", "BRIN")],
     [("REQUEST", ("per:m",), ("org:brin",))]),
])
def test_draws_animals_props_and_urging(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


@pytest.mark.parametrize("text, names, want", [
    ("MU sesekali melancarkan serangan balik dan melepaskan sepakan dari luar kotak penalti.",
     [("org:mu", "ORG", "MU")], []),
    ("Kehadiran Ronaldo ternyata cukup menyita perhatian pemain bertahan MU.",
     [("per:r", "PERSON", "Ronaldo"), ("org:mu", "ORG", "MU")], []),
    ("Adit mengingatkan warga untuk menjaga kebersihan lingkungan.",
     [("per:a", "PERSON", "Adit")], [("REQUEST", ("per:a",), ("CVL",))]),
    ("Henky menyambut inisiatif ini dengan penuh syukur.", [("per:h", "PERSON", "Henky")],
     [("SUPPORT", ("per:h",), ())]),
    ("Warga menyambut rombongan di bandara.", [], []),
])
def test_counter_attacks_attention_reminders_and_welcomes(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


@pytest.mark.parametrize("text, names, want", [
    ("Pigai menolak memberikan jawabannya.", [("per:p", "PERSON", "Pigai")], []),
    ("Namun ia menolak menyebut bank yang memberikan kredit.", [], []),
    ("Anda dapat menilai sendiri manfaat yang ditawarkan Owl.", [("org:o", "ORG", "Owl")], []),
    ("Ronaldo balik menyerang Xavi, menyebut komentar itu cuma mencari sensasi.",
     [("per:r", "PERSON", "Ronaldo"), ("per:x", "PERSON", "Xavi")],
     [("ACCUSE", ("per:r",), ("per:x",))]),
])
def test_declining_to_comment_product_offers_and_attacks_in_words(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


# ----------------------------------------------------------------- 2026-12-02 seed 14 round


def _codes(a: Article) -> list[str]:
    return [e.code for e in find_events(a)]


def test_sport_text_refuses_match_play_but_keeps_sackings() -> None:
    text = ("Juventus menyerang Porto sejak menit pertama. "
            "PSSI memecat pelatih Patrick Kluivert.")
    es = [ent(text, "org:juventus", "ORG", "Juventus"), ent(text, "org:porto", "ORG", "Porto"),
          ent(text, "org:pssi", "ORG", "PSSI"),
          ent(text, "per:kluivert", "PERSON", "Patrick Kluivert")]
    plain = art(text, es)
    assert _codes(plain) == ["ASSAULT", "SANCTION"]
    sport = replace(plain, themes=(Theme(code="iptc:sport", score=0.9),
                                   Theme(code="iptc:crime", score=0.3)))
    assert _codes(sport) == ["SANCTION"]
    # only the main topic counts: sport second to crime refuses nothing
    crime_first = replace(plain, themes=(Theme(code="iptc:crime", score=0.9),
                                         Theme(code="iptc:sport", score=0.3)))
    assert _codes(crime_first) == ["ASSAULT", "SANCTION"]


def test_hoped_content_after_agar_is_no_event() -> None:
    # the hope asks KPK to act (REQUEST); what is hoped for (an investigation) is not coded
    text = "Masyarakat berharap agar KPK dapat mengusut tuntas kasus itu."
    assert _codes(art(text, [ent(text, "org:kpk", "ORG", "KPK")])) == ["REQUEST"]


@pytest.mark.parametrize(("text", "actors", "targets"), [
    ("Pemerintah berharap Australia mendukung pencalonan itu di dewan.", ("GOV",), ("AU",)),
    ("Megawati mengharapkan pihak kepolisian menindak tegas penyebar hoaks.",
     ("per:mega",), ("COP",)),
    ("Mahasiswa berharap pimpinan Grup Makmur dapat membuka ruang dialog.", ("EDU",),
     ("org:1",)),
    ("Megawati berharap agar para menteri bisa menjalankan arahan Presiden.", ("per:mega",),
     ("GOV",)),
])
def test_a_hope_that_someone_named_acts_is_a_request(text: str, actors: tuple[str, ...],
                                                      targets: tuple[str, ...]) -> None:
    ents = [ent(text, f"org:{n}", "ORG", name) for n, name in
            enumerate(("PT Sinar Jaya", "Grup Makmur")) if name in text]
    if "Megawati" in text:
        ents.append(ent(text, "per:mega", "PERSON", "Megawati"))
    e = one(find_events(art(text, ents)), "REQUEST")
    assert (e.actors, e.targets) == (actors, targets)


@pytest.mark.parametrize("text", [
    # a name inside the thing hoped for, not the one asked to act
    "Megawati berharap kinerja Grup Makmur tidak terganggu.",
    "Megawati berharap pelaksanaan kongres Grup Makmur berjalan lancar.",
    "Megawati berharap sistem Grup Makmur dapat diperbaiki.",
    # no verb or modal after the name: a wish about them
    "Megawati berharap Grup Makmur masih bersama mereka tahun depan.",
    # no one named: a hope asks no one
    "Megawati berharap semoga semuanya berjalan lancar.",
])
def test_a_hope_about_a_thing_is_no_request(text: str) -> None:
    ents = [ent(text, "per:mega", "PERSON", "Megawati")]
    if "Grup Makmur" in text:
        ents.append(ent(text, "org:1", "ORG", "Grup Makmur"))
    assert "REQUEST" not in _codes(art(text, ents))


@pytest.mark.parametrize(("text", "code"), [
    ("Pihak otoritas di negara itu telah menahan Salman.", "GOV"),
    ("Pihak berwajib telah menahan Salman.", "COP"),
])
def test_authorities_by_other_names_are_agents(text: str, code: str) -> None:
    e = one(find_events(art(text, [ent(text, "per:s", "PERSON", "Salman")])), "COERCE")
    assert (e.actors, e.targets) == ((code,), ("per:s",))


def test_industry_players_are_no_offenders() -> None:
    text = "Para pelaku industri mendesak pemerintah menurunkan tarif."
    e = one(find_events(art(text)), "REQUEST")
    assert e.actors == ("BUS",)


def test_home_towns_are_places_not_participants() -> None:
    text = "Kapolrestabes Rudi Setiawan meminta kebun binatang di Bandung dibuka. Bandung menolak."
    es = [ent(text, "per:rudi", "PERSON", "Rudi Setiawan"),
          ent(text, "loc:bandung", "PLACE", "Bandung", country="ID")]
    evs = find_events(art(text, es))
    assert [(e.code, e.actors, e.targets) for e in evs] == [("REQUEST", ("per:rudi",), ())]
    # a foreign capital still stands for its state
    text2 = "Beijing menolak tuduhan Washington."
    es2 = [ent(text2, "loc:beijing", "PLACE", "Beijing", country="CN")]
    assert [(e.code, e.actors) for e in find_events(art(text2, es2))] == [("REJECT", ("CN",))]


def test_dari_names_the_target_of_a_seizure_or_refusal() -> None:
    text = "KPK menyita uang tunai senilai Rp 100 miliar dari Siman Bahar."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:siman", "PERSON", "Siman Bahar")]
    [e] = find_events(art(text, es))
    assert (e.code, e.actors, e.targets) == ("COERCE", ("org:kpk",), ("per:siman",))


def test_the_name_of_a_charge_is_no_event_but_the_charge_is() -> None:
    text = ("Para tersangka disangkakan atas dugaan peristiwa pidana merampas kemerdekaan "
            "orang lain.")
    evs = find_events(art(text))
    assert [(e.code, e.actors) for e in evs] == [("ACCUSE", ())]  # no police named


def test_private_travellers_make_no_visit() -> None:
    text = "Daud tiba di New York pada Juni 2016."
    es = [ent(text, "per:daud", "PERSON", "Daud"),
          ent(text, "loc:ny", "PLACE", "New York", country="US")]
    assert _codes(art(text, es)) == []
    text2 = "Presiden Prabowo tiba di Islamabad pada Senin."
    es2 = [ent(text2, "per:prabowo", "PERSON", "Prabowo", country="ID"),
           ent(text2, "loc:isb", "PLACE", "Islamabad", country="PK")]
    assert _codes(art(text2, es2)) == ["CONSULT"]


def test_hardly_and_wanting_code_nothing() -> None:
    text = "Namun warga justru kurang mengapresiasi ide ini. Kami memohon dukungan warga."
    assert _codes(art(text)) == []
    # "kurang lebih" is an estimate, not a negation
    text2 = "Kurang lebih 100 orang ditangkap polisi."
    assert _codes(art(text2)) == ["COERCE"]


def test_a_name_after_a_dari_phrase_opens_its_clause() -> None:
    text = "Dari keterangan Kementerian LH, Hanif menyegel dua pabrik itu pada Selasa malam."
    es = [ent(text, "org:klh", "ORG", "Kementerian LH"), ent(text, "per:hanif", "PERSON", "Hanif")]
    [e] = find_events(art(text, es))
    assert (e.code, e.actors) == ("COERCE", ("per:hanif",))


def test_captivity_and_complaints() -> None:
    text = "Korban disekap oleh para pelaku. Perkara itu diadukan Sri Afrianis ke DKPP."
    es = [ent(text, "per:sri", "PERSON", "Sri Afrianis"), ent(text, "org:dkpp", "ORG", "DKPP")]
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [
        ("ASSAULT", ("CRM",)), ("ACCUSE", ("per:sri",))]


# ----------------------------------------------------------------- 2026-12-02 seed 15 round


def test_a_nominal_phrase_ends_at_its_predicate() -> None:
    text = "Penangkapan MSH bermula dari informasi dari masyarakat."
    es = [ent(text, "per:msh", "PERSON", "MSH")]
    # the public gave the tip, it arrested no one; MSH's arrest is told with no one named
    # making it (evprec: a held genitive makes an agentless arrest)
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("COERCE", (), ("per:msh",))]
    # a relative clause keeps its agent
    text2 = "Kecaman yang dilontarkan oleh Amerika Serikat terhadap Iran."
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text2))] == [
        ("ACCUSE", ("US",), ("IR",))]


def test_a_named_noun_shares_its_preposition() -> None:
    text = "Dari tersangka bernama Haerul alias Davis, polisi menyita barang bukti."
    es = [ent(text, "per:haerul", "PERSON", "Haerul")]
    [e] = find_events(art(text, es))
    assert (e.code, e.actors) == ("COERCE", ("COP",))


def test_seized_from_a_named_owner_in_the_passive() -> None:
    text = "Barang-barang yang disita kejaksaan dari rumah Arinal berupa kendaraan."
    es = [ent(text, "per:arinal", "PERSON", "Arinal")]
    [e] = find_events(art(text, es))
    assert (e.code, e.actors, e.targets) == ("COERCE", ("JUD",), ("per:arinal",))


def test_the_force_mobilised_is_no_target() -> None:
    text = "AS mengerahkan sistem pertahanan anti rudal (THAAD) di Korsel bulan lalu."
    es = [ent(text, "org:thaad", "ORG", "THAAD")]
    [e] = find_events(art(text, es))
    assert (e.code, e.actors, e.targets) == ("MOBILIZE", ("US",), ())


def test_the_source_of_a_report_is_no_participant() -> None:
    text = ("Pasukan Korsel menggelar latihan militer, menurut laporan dari The Independent.")
    es = [ent(text, "org:ind", "ORG", "The Independent")]
    assert all("org:ind" not in e.actors + e.targets for e in find_events(art(text, es)))


def test_granting_needs_a_request_and_acid_attacks() -> None:
    text = "Google telah meluluskan sejumlah startup asal Indonesia."
    assert find_events(art(text, [ent(text, "org:google", "ORG", "Google")])) == []
    text2 = "Novel disiram air keras oleh orang tak dikenal."
    e2 = find_events(art(text2, [ent(text2, "per:novel", "PERSON", "Novel")]))
    # the one attacked is named, the attackers are not: the actor stays empty
    assert [(e.code, e.actors, e.targets) for e in e2] == [("ASSAULT", (), ("per:novel",))]
    text3 = "Dua pria menyiram air keras ke wajah Novel."
    es3 = [ent(text3, "per:novel", "PERSON", "Novel")]
    assert _codes(art(text3, es3)) == []  # unnamed attackers: no actor, no event


# ----------------------------------------------------------------- 2026-12-02 seed 16 round


def test_a_negator_does_not_reach_across_a_coordination() -> None:
    text = "Polisi tak bergeming dan meminta Rizieq untuk pulang."
    es = [ent(text, "per:rizieq", "PERSON", "Rizieq")]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("REQUEST", ("COP",), ("per:rizieq",))]
    text2 = "Ketua DPRD ogah memberikan persetujuan."
    assert _codes(art(text2, [ent(text2, "org:dprd", "ORG", "DPRD")])) == []


def test_what_is_refused_is_not_done_even_when_the_refusal_is_not_coded() -> None:
    text = "Adriani heran karena Andi sebelumnya menolak menandatangani kesepakatan APBD."
    es = [ent(text, "per:adriani", "PERSON", "Adriani"), ent(text, "per:andi", "PERSON", "Andi")]
    assert "SUPPORT" not in _codes(art(text, es))


def test_approval_in_so_many_words() -> None:
    text = "Menteri Keuangan Purbaya telah memberi lampu hijau untuk proyek itu."
    [e] = find_events(art(text, [ent(text, "per:purbaya", "PERSON", "Purbaya")]))
    assert (e.code, e.actors) == ("AGREE", ("per:purbaya",))


# ----------------------------------------------------------------- 2026-12-02 seed 17 round


def test_the_genitive_of_an_inner_nominal_is_no_participant() -> None:
    text = "Massa menyuarakan tuntutan pembubaran DPR di depan gedung itu."
    es = [ent(text, "org:dpr", "ORG", "DPR")]
    assert all("org:dpr" not in e.actors for e in find_events(art(text, es)))


def test_subheadings_code_nothing() -> None:
    text = "Gol Coutinho Menepis Rumor Kepindahan ?"
    es = [ent(text, "per:coutinho", "PERSON", "Coutinho")]
    assert find_events(art(text, es)) == []


def test_support_called_for_is_not_given() -> None:
    text = "Arman menegaskan pentingnya dukungan seluruh pejabat pemerintah."
    assert find_events(art(text, [ent(text, "per:arman", "PERSON", "Arman")])) == []


# ----------------------------------------------------------------- 2026-12-02 seed 18 round


def test_an_example_is_no_event() -> None:
    text = "AHY perlu pendidikan politik seperti pertemuan dengan Jokowi."
    es = [ent(text, "per:ahy", "PERSON", "AHY"), ent(text, "per:jokowi", "PERSON", "Jokowi")]
    assert find_events(art(text, es)) == []


def test_crime_verbs_of_the_police_pages() -> None:
    text = "Kamal menggorok leher Endang. Kepsek M mencabuli muridnya. Kamal terciduk polisi."
    es = [ent(text, "per:kamal", "PERSON", "Kamal"), ent(text, "per:endang", "PERSON", "Endang"),
          ent(text, "per:m", "PERSON", "M")]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("ASSAULT", ("per:kamal",), ("per:endang",)), ("ASSAULT", ("per:m",), ()),
        ("COERCE", ("COP",), ("per:kamal",))]


def test_technology_text_refuses_product_talk() -> None:
    text = "Keyboard ini juga mendukung mode wireless. AMD berjanji jumlahnya bakal bertambah."
    es = [ent(text, "org:amd", "ORG", "AMD")]
    plain = art(text, es)
    assert _codes(plain) == ["AGREE"]
    tech = replace(plain, themes=(Theme(code="iptc:science_technology", score=0.8),))
    assert _codes(tech) == []


# ----------------------------------------------------------------- 2026-12-02 seed 19 round


def test_abilities_and_manners_are_no_deeds() -> None:
    text = "Schwarzenegger memang masih bisa menembak tepat sasaran."
    es = [ent(text, "per:arnold", "PERSON", "Schwarzenegger")]
    assert find_events(art(text, es)) == []
    text2 = "Pertemuan itu membahas sinergi Bank Indonesia dalam mendukung pengendalian inflasi."
    assert find_events(art(text2, [ent(text2, "org:bi", "ORG", "Bank Indonesia")])) == []
    # nominal triggers after "dalam" stay: "kasus itu tengah dalam penyelidikan polisi"
    text3 = "Polisi dapat mengamankan pelaku di rumahnya."
    assert _codes(art(text3)) == ["COERCE"]


# ----------------------------------------------------------------- 2026-12-02 seed 21 round


def test_the_employer_in_a_persons_post_is_no_participant() -> None:
    text = ("Iswan Ibrahim (ISW) selaku Komisaris PT IAE meminta Arso melakukan pendekatan. "
            "Dwi, mahasiswa Magister SIL UI, mempertanyakan keputusan itu.")
    es = [ent(text, "per:iswan", "PERSON", ["Iswan Ibrahim", "ISW"]),
          ent(text, "org:iae", "ORG", "PT IAE"), ent(text, "per:arso", "PERSON", "Arso"),
          ent(text, "per:dwi", "PERSON", "Dwi"), ent(text, "org:sil", "ORG", "SIL UI")]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("REQUEST", ("per:iswan",), ("per:arso",)), ("ACCUSE", ("per:dwi",), ())]
    # an organisation after a verb is a participant: "Andi mengkritik Direktur PT X" keeps X
    text2 = "Andi mengkritik PT IAE."
    es2 = [ent(text2, "per:andi", "PERSON", "Andi"), ent(text2, "org:iae", "ORG", "PT IAE")]
    assert [(e.actors, e.targets) for e in find_events(art(text2, es2))] == [
        (("per:andi",), ("org:iae",))]


def test_charges_remissions_defiance_memoranda_and_family_outings() -> None:
    text = ("Kamal dijerat Pasal 340 KUHP. Penumpang dikenakan biaya 20 persen. "
            "Kemenkumham memberikan remisi kepada Gayus. "
            "Aris membangkang perintah pimpinan KPK. "
            "Danone menandatangani kesepahaman bersama dengan ITPC. "
            "Marcel mengajak anak-anaknya ke Manado. "
            "Erdogan mengajak umat Muslim untuk berkunjung ke Yerusalem.")
    es = [ent(text, "per:kamal", "PERSON", "Kamal"), ent(text, "org:kemenkumham", "ORG",
          "Kemenkumham"), ent(text, "per:gayus", "PERSON", "Gayus"),
          ent(text, "per:aris", "PERSON", "Aris"), ent(text, "org:kpk", "ORG", "KPK"),
          ent(text, "org:danone", "ORG", "Danone"), ent(text, "org:itpc", "ORG", "ITPC"),
          ent(text, "per:marcel", "PERSON", "Marcel"),
          ent(text, "per:erdogan", "PERSON", "Erdogan")]
    got = [(e.code, e.actors[:1]) for e in find_events(art(text, es))]
    assert got == [("ACCUSE", ()), ("CONCEDE", ("org:kemenkumham",)),
                   ("REJECT", ("per:aris",)), ("SUPPORT", ("org:danone",)),
                   ("REQUEST", ("per:erdogan",))]


# ----------------------------------------------------------------- 2026-12-02 seed 22 round


def test_possibilities_and_public_visits_code_nothing() -> None:
    text = ("Tillerson membuka kemungkinan berunding dengan Korea Utara. "
            "Moon mengatakan pintu dialog dengan Korea Utara masih harus dibuka. "
            "Destinasi di Ciwidey selalu ramai dikunjungi masyarakat. "
            "Henky berjanji kepada warga untuk membangun jalan.")
    es = [ent(text, "per:tillerson", "PERSON", "Tillerson"), ent(text, "per:moon", "PERSON",
          "Moon"), ent(text, "per:henky", "PERSON", "Henky")]
    # a promise stays one, with or without a named counterpart
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [
        ("AGREE", ("per:henky",))]


def test_a_long_post_joined_by_dan_is_still_a_post() -> None:
    text = ("Dedy Rahman selaku Kepala Subdivisi Pelayanan Publik Divisi Perencanaan Operasional "
            "dan Pelayanan Publik Perum Bulog meminta penjadwalan ulang kepada KPK.")
    es = [ent(text, "per:dedy", "PERSON", "Dedy Rahman"),
          ent(text, "org:bulog", "ORG", "Perum Bulog"), ent(text, "org:kpk", "ORG", "KPK")]
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [
        ("REQUEST", ("per:dedy",))]


def test_vows_of_retaliation_assignments_and_awards() -> None:
    text = ("Korut bersumpah akan membalas sanksi itu. "
            "Pemprov DKI menugaskan Dinas Bina Marga untuk melakukan inventarisasi. "
            "Sumarsono memberikan penghargaan kepada Sunaryanto. "
            "Andi ditugaskan di Papua.")
    es = [ent(text, "org:pemprov", "ORG", "Pemprov DKI"),
          ent(text, "org:binamarga", "ORG", "Dinas Bina Marga"),
          ent(text, "per:sumarsono", "PERSON", "Sumarsono"),
          ent(text, "per:sunaryanto", "PERSON", "Sunaryanto"),
          ent(text, "per:andi", "PERSON", "Andi")]
    got = [(e.code, e.actors, e.targets) for e in find_events(art(text, es))]
    assert got == [("THREATEN", ("KP",), ()), ("REQUEST", ("org:pemprov",), ("org:binamarga",)),
                   ("SUPPORT", ("per:sumarsono",), ("per:sunaryanto",))]


# ----------------------------------------------------------------- 2026-12-02 seed 23 round


def test_grasping_a_spirit_retracting_a_decision_and_allocating_grants() -> None:
    text = ("Khozin menyebut pihaknya menangkap spirit perlindungan data pribadi. "
            "KPU membatalkan Keputusan KPU Nomor 731 Tahun 2025. "
            "MA membatalkan putusan PN Jakarta.")
    es = [ent(text, "per:khozin", "PERSON", "Khozin"), ent(text, "org:kpu", "ORG", "KPU"),
          ent(text, "org:ma", "ORG", "MA"), ent(text, "org:pn", "ORG", "PN Jakarta")]
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [
        ("CONCEDE", ("org:kpu",))]


# ----------------------------------------------------------------- 2026-12-02 seed 24 round


def test_the_agent_of_a_relative_clause_is_not_the_agent_of_the_verb_before() -> None:
    text = ("Telah disepakati pengembalian fosil yang dahulu dibawa oleh Dubois dari Indonesia. "
            "Andi ditangkap oleh polisi.")
    es = [ent(text, "per:dubois", "PERSON", "Dubois"), ent(text, "per:andi", "PERSON", "Andi")]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("COERCE", ("COP",), ("per:andi",))]


def test_consulting_receiving_an_audience_and_questioning_in_a_case() -> None:
    text = ("Sandi berkonsultasi dengan ITB. Arse menerima audiensi Muhammadiyah. "
            "KPK memeriksa Yudi terkait kasus tersebut. Dokter memeriksa pasien.")
    es = [ent(text, "per:sandi", "PERSON", "Sandi"), ent(text, "org:itb", "ORG", "ITB"),
          ent(text, "per:arse", "PERSON", "Arse"),
          ent(text, "org:muhammadiyah", "ORG", "Muhammadiyah"),
          ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:yudi", "PERSON", "Yudi")]
    assert [e.code for e in find_events(art(text, es))] == ["CONSULT", "CONSULT", "ACCUSE"]


# ----------------------------------------------------------------- 2026-12-02 seed 25 round


def test_declining_details_colloquial_signing_and_conservationists() -> None:
    text = ("Hidayat menolak memberikan keterangan lebih detil. "
            "Indonesia dan Pakistan meneken tujuh perjanjian kerja sama. "
            "Para konservasionis mendesak pemerintah Uttar Pradesh untuk bertindak. "
            "Pegiat lingkungan memperingatkan tentang dampak buruk polusi.")
    es = [ent(text, "per:hidayat", "PERSON", "Hidayat")]
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [
        ("SUPPORT", ("ID", "PK")), ("REQUEST", ("NGO",))]


def test_a_country_ending_a_name_is_no_participant() -> None:
    text = "Kesatuan Pelaut Indonesia ( KPI ) mendesak Andi segera menerbitkan aturan itu."
    a = art(text, [ent(text, "loc:id", "PLACE", "Indonesia", "ID"),
                   ent(text, "org:kpi", "ORG", "KPI"), ent(text, "per:andi", "PERSON", "Andi")])
    assert one(find_events(a), "REQUEST").actors == ("org:kpi",)
    text = "Presiden Indonesia mendesak Andi segera menerbitkan aturan itu."  # a state title
    a = art(text, [ent(text, "loc:id", "PLACE", "Indonesia", "ID"),
                   ent(text, "per:andi", "PERSON", "Andi")])
    assert one(find_events(a), "REQUEST").actors == ("ID",)


def test_holding_a_seat_is_no_occupation() -> None:
    text = "Kursi kepemimpinan G20 saat ini diduduki oleh Presiden Afrika Selatan."
    a = art(text, [ent(text, "loc:za", "PLACE", "Afrika Selatan", "ZA")])
    assert find_events(a) == []


def test_the_side_represented_after_dari_is_the_subject() -> None:
    text = "Para wakil dari Korea Selatan dan Korea Utara bertemu di zona demiliterisasi."
    a = art(text, [ent(text, "loc:kr", "PLACE", "Korea Selatan", "KR"),
                   ent(text, "loc:kp", "PLACE", "Korea Utara", "KP")])
    assert set(one(find_events(a), "CONSULT").actors) == {"KR", "KP"}
    text = "Bantuan dari Korea Selatan tiba kemarin dan Andi bertemu wartawan."  # a source
    a = art(text, [ent(text, "loc:kr", "PLACE", "Korea Selatan", "KR"),
                   ent(text, "per:andi", "PERSON", "Andi")])
    # KR gives the aid (an AID event of its own), but meets no one
    assert all("KR" not in e.actors for e in find_events(a) if e.code == "CONSULT")


@pytest.mark.parametrize(("text", "code"), [
    ("Purbaya menyoroti lambatnya realisasi belanja daerah.", "ACCUSE"),
    ("Purbaya menyoroti pentingnya kolaborasi antardaerah.", None),
])
def test_spotlighting_criticises_only_a_failing(text: str, code: str | None) -> None:
    a = art(text, [ent(text, "per:purbaya", "PERSON", "Purbaya")])
    assert [e.code for e in find_events(a)] == ([code] if code else [])


# ----------------------------------------------------------------- 2026-12-02 events2 round


def test_nominal_signing_of_an_agreement_supports() -> None:
    text = ("Kapolri Listyo melakukan penandatanganan nota kesepahaman dengan Menteri Hanif. "
            "Listyo menghadiri penandatanganan prasasti gedung baru.")  # no agreement
    es = [ent(text, "per:listyo", "PERSON", "Listyo"), ent(text, "per:hanif", "PERSON", "Hanif")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("per:listyo",), ("per:hanif",))


@pytest.mark.parametrize(("text", "code"), [
    ("Purbaya enggan membiayai pembentukan family office.", "REJECT"),
    ("Purbaya ogah memenuhi panggilan KPK.", "REJECT"),
    ("Purbaya enggan berbicara banyak soal itu.", None),
    ("Purbaya enggan mengomentari kabar surat peringatan itu.", None),
])
def test_unwilling_to_pay_or_comply_refuses(text: str, code: str | None) -> None:
    a = art(text, [ent(text, "per:purbaya", "PERSON", "Purbaya")])
    assert [e.code for e in find_events(a)] == ([code] if code else [])


def test_a_summons_requests_but_a_nickname_or_call_up_does_not() -> None:
    text = "Hari ini KPK memanggil Yasonna untuk diperiksa sebagai saksi."
    a = art(text, [ent(text, "org:kpk", "ORG", "KPK"),
                   ent(text, "per:yasonna", "PERSON", "Yasonna")])
    e = one(find_events(a), "REQUEST")
    assert (e.actors, e.targets) == (("org:kpk",), ("per:yasonna",))
    text = "Pria yang akrab dipanggil Aco itu tinggal di Makassar."
    assert find_events(art(text, [ent(text, "per:aco", "PERSON", "Aco")])) == []
    text = "Pelatih Shin memanggil 28 pemain untuk laga melawan Jepang."
    assert find_events(art(text, [ent(text, "per:shin", "PERSON", "Shin")])) == []


def test_a_police_head_titled_by_region_acts_unnamed() -> None:
    text = "Kapolda Sumut pun meminta maaf atas peristiwa salah tangkap itu."
    assert one(find_events(art(text, [])), "CONCEDE").actors == ("COP",)
    text = "Kapolda Metro Jaya Irjen Karyoto meminta maaf atas peristiwa itu."
    a = art(text, [ent(text, "per:karyoto", "PERSON", "Karyoto")])
    assert one(find_events(a), "CONCEDE").actors == ("per:karyoto",)


# ----------------------------------------------------------------- 2026-12-02 events3 round


def test_reporting_to_the_authorities_accuses_even_far_off() -> None:
    text = ("Diketahui, Hidayat melaporkan Kaesang Pangarep, putra Presiden Jokowi, ke Polres "
            "Metro Bekasi karena dugaan penodaan agama.")
    a = art(text, [ent(text, "per:hidayat", "PERSON", "Hidayat"),
                   ent(text, "per:kaesang", "PERSON", "Kaesang Pangarep"),
                   ent(text, "org:polres", "ORG", "Polres Metro Bekasi")])
    e = one(find_events(a), "ACCUSE")
    assert (e.actors, e.targets) == (("per:hidayat",), ("per:kaesang",))
    text = "Polisi melaporkan bahwa tiga orang tewas dalam kecelakaan di dekat Polres Bogor."
    assert find_events(art(text, [ent(text, "org:polres", "ORG", "Polres Bogor")])) == []


def test_who_attends_a_protest_protests() -> None:
    text = "Pemimpin Minoritas Senat Chuck Schumer juga bergabung dalam protes tersebut."
    a = art(text, [ent(text, "per:schumer", "PERSON", "Chuck Schumer")])
    assert one(find_events(a), "PROTEST").actors == ("per:schumer",)
    text = "Penyelenggara mengatakan tujuh juta orang menghadiri demo yang digelar di New York."
    a = art(text, [ent(text, "loc:ny", "PLACE", "New York", "US")])
    assert one(find_events(a), "PROTEST").actors == ("CVL",)
    text = "Andi menghadiri demo produk ponsel baru di Jakarta."  # no crowd, no protest word
    assert find_events(art(text, [ent(text, "per:andi", "PERSON", "Andi")])) == []


def test_a_visitor_received_by_a_host_is_a_visit_but_a_welcomed_idea_is_not() -> None:
    text = "Turun dari pesawat, Presiden Ramaphosa disambut Menteri Perdagangan Budi Santoso."
    a = art(text, [ent(text, "per:ramaphosa", "PERSON", "Ramaphosa"),
                   ent(text, "per:budi", "PERSON", "Budi Santoso")])
    e = one(find_events(a), "CONSULT")
    assert (e.actors, e.targets, e.mode) == (("per:ramaphosa",), ("per:budi",), "visit")
    text = "Usulan Andi disambut baik oleh Budi Santoso."
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi"),
                   ent(text, "per:budi", "PERSON", "Budi Santoso")])
    assert [e.code for e in find_events(a)] == []


@pytest.mark.parametrize(("text", "code", "mode"), [
    ("Polresta Bandar Lampung membebaskannya dari jeruji besi.", "RETREAT", "release"),
    ("Usai menanyakan kejadian, polisi langsung mengamankan RR ke Mapolresta Manado.",
     "COERCE", "arrest"),
    ("Caca mengalami penganiayaan dari Andika pada Februari.", "ASSAULT", None),
    ("Terdakwa Bazarsah mengajukan kasasi ke Mahkamah Agung.", "REQUEST", None),
])
def test_release_custody_beating_and_appeal(text: str, code: str, mode: str | None) -> None:
    es = [ent(text, f"x:{s}", k, s) for s, k in (("Polresta Bandar Lampung", "ORG"),
                                                 ("RR", "PERSON"), ("Caca", "PERSON"),
                                                 ("Andika", "PERSON"), ("Bazarsah", "PERSON"),
                                                 ("Mahkamah Agung", "ORG")) if s in text]
    e = one(find_events(art(text, es)), code)
    assert mode is None or e.mode == mode


def test_colloquial_meetings_and_first_person_praise_in_quotes() -> None:
    text = '"Kami ketemu beberapa bilateral negara," ungkap Amran.'
    a = quoted_art(text, ("per:amran", "PERSON", "Amran"))
    assert one(find_events(a), "CONSULT").actors == ("per:amran",)
    text = '"Kami apresiasi sikap KPU mencabut keputusan itu," kata Khozin.'
    a = quoted_art(text, ("per:khozin", "PERSON", "Khozin"), ("org:kpu", "ORG", "KPU"))
    e = one(find_events(a), "SUPPORT")
    assert (e.actors, e.targets) == (("per:khozin",), ("org:kpu",))
    text = "Andi menulis catatan apresiasi untuk KPU."  # a noun, no first person
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi"), ent(text, "org:kpu", "ORG", "KPU")])
    assert [e.code for e in find_events(a)] == []


def test_an_unnamed_arrest_was_made_by_who_made_the_last_one_named() -> None:
    text = ("Tentara juga menangkap editor koran tersebut. Kantor itu ditutup sejak pagi. "
            "Tidak jelas mengapa Guled ditangkap.")
    a = art(text, [ent(text, "per:guled", "PERSON", "Guled")])
    e = [e for e in find_events(a) if e.targets == ("per:guled",)]
    assert [x.actors for x in e] == [("MIL",)]
    text = "Kasus itu ditangani polisi. Guled ditangkap kemarin."  # none before: the police
    a = art(text, [ent(text, "per:guled", "PERSON", "Guled")])
    assert one(find_events(a), "COERCE").actors == ("COP",)


def test_a_suspect_is_never_the_enforcer_of_a_later_arrest() -> None:
    text = ("Kejari Jember menetapkan RMP sebagai tersangka. RMP menangkap Budi di rumahnya. "
            "Andi ditahan kemarin.")
    a = art(text, [ent(text, "org:kejari", "ORG", "Kejari Jember"),
                   ent(text, "org:rmp", "ORG", "RMP"), ent(text, "per:budi", "PERSON", "Budi"),
                   ent(text, "per:andi", "PERSON", "Andi")])
    e = [e for e in find_events(a) if e.targets == ("per:andi",)]
    assert [x.actors for x in e] == [("org:kejari",)]


@pytest.mark.parametrize(("text", "codes"), [
    ("Kejaksaan juga mendukung program ketahanan pangan di desa.", []),
    ("Danone juga mendukung pengembangan UMKM pangan lokal di Bali.", []),
    ("Ma'mun mendukung program pemerintah daerah.", ["SUPPORT"]),  # its target named
    ("Presiden selalu mendukung pelaksanaan pemilu yang jujur.", ["SUPPORT"]),
])
def test_backing_a_programme_with_no_one_supported_is_no_event(text: str,
                                                              codes: list[str]) -> None:
    es = [ent(text, f"x:{s}", "ORG", s) for s in ("Danone", "Ma'mun") if s in text]
    es += [ent(text, "per:presiden", "PERSON", "Presiden")] if "Presiden" in text else []
    assert [e.code for e in find_events(art(text, es))] == codes


def test_aid_from_a_named_donor_to_unnamed_recipients() -> None:
    text = ("PT Pertamina menyalurkan sejumlah bantuan senilai Rp 4,12 miliar untuk beberapa "
            "program di Boyolali.")
    a = art(text, [ent(text, "org:pertamina", "ORG", "PT Pertamina"),
                   ent(text, "loc:boyolali", "PLACE", "Boyolali", "ID")])
    e = one(find_events(a), "AID")
    assert (e.actors, e.targets) == (("org:pertamina",), ())


def test_a_charge_by_unnamed_prosecutors_still_reports_what_it_charges() -> None:
    text = "Sebelumnya, Suhendra didakwa membunuh Sri di Kebon Bawang pada Maret 2025."
    a = art(text, [ent(text, "per:suhendra", "PERSON", "Suhendra"),
                   ent(text, "per:sri", "PERSON", "Sri")])
    got = {(e.code, e.actors, e.targets) for e in find_events(a)}
    assert got == {("ACCUSE", ("JUD",), ("per:suhendra",)),
                   ("ASSAULT", ("per:suhendra",), ("per:sri",))}
    text = "Rusia menuduh Ukraina menculik anak-anak."  # an accusation's content: none
    a = art(text, [ent(text, "loc:ru", "PLACE", "Rusia", "RU"),
                   ent(text, "loc:ua", "PLACE", "Ukraina", "UA")])
    assert [e.code for e in find_events(a)] == ["ACCUSE"]


def test_closing_by_force_coerces_and_the_mass_media_is_no_crowd() -> None:
    text = "Pasukan keamanan Somalia menutup paksa sebuah kantor media massa di Mogadishu."
    a = art(text, [ent(text, "loc:mog", "PLACE", "Mogadishu", "SO")])
    e = one(find_events(a), "COERCE")
    assert (e.mode, e.targets) == ("restrict", ("MED",))


def test_a_topic_discussed_is_no_participant() -> None:
    text = "Mangindaan dan Trong membahas persoalan ASEAN serta ZEE."
    es = [ent(text, "per:m", "PERSON", "Mangindaan"), ent(text, "per:t", "PERSON", "Trong"),
          ent(text, "org:asean", "ORG", "ASEAN"), ent(text, "org:zee", "ORG", "ZEE")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert set(e.actors) == {"per:m", "per:t"} and e.targets == ()
    text = "Menteri Mangindaan membahas persoalan ASEAN."  # no partner: no meeting
    es = [ent(text, "per:m", "PERSON", "Mangindaan"), ent(text, "org:asean", "ORG", "ASEAN")]
    assert [e.code for e in find_events(art(text, es))] == []
    text = "Mangindaan membahas persoalan ASEAN dengan Trong."  # a partner named
    es = [ent(text, "per:m", "PERSON", "Mangindaan"), ent(text, "org:asean", "ORG", "ASEAN"),
          ent(text, "per:t", "PERSON", "Trong")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:m", "per:t"}


def test_a_thing_to_be_made_is_no_target() -> None:
    text = "Asphirasi mendukung penuh pembentukan Kementerian Haji dan Umrah."
    es = [ent(text, "org:a", "ORG", "Asphirasi"), ent(text, "org:kh", "ORG",
                                                      "Kementerian Haji dan Umrah")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("org:a",), ())
    text = "Warga menolak pendirian pabrik semen milik PT Semen Indonesia."  # its owner is
    es = [ent(text, "org:si", "ORG", "PT Semen Indonesia")]
    e = one(find_events(art(text, es)), "REJECT")
    assert e.targets == ("org:si",)


def test_the_object_of_an_act_asked_for_is_no_target() -> None:
    text = "Sandiaga meminta perusahaan kontraktor menambah para pekerja."
    es = [ent(text, "per:s", "PERSON", "Sandiaga")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:s",), ())
    text = "Sandiaga meminta Jakpro menambah para pekerja."  # the one asked is named first
    es = [ent(text, "per:s", "PERSON", "Sandiaga"), ent(text, "org:j", "ORG", "Jakpro")]
    assert one(find_events(art(text, es)), "REQUEST").targets == ("org:j",)
    text = "Densus 88 menangkap dan menahan Abu di Bekasi."  # coordinated: its own object
    es = [ent(text, "org:d", "ORG", "Densus 88"), ent(text, "per:abu", "PERSON", "Abu")]
    assert all(e.targets == ("per:abu",) for e in find_events(art(text, es)))


def test_they_after_a_charge_by_unnamed_prosecutors_are_the_accused() -> None:
    text = ("Nasori dan Ali didakwa melakukan korupsi. "
            "Mereka disebut melakukan kesepakatan untuk memenangkan proyek itu.")
    es = [ent(text, "per:n", "PERSON", "Nasori"), ent(text, "per:a", "PERSON", "Ali")]
    e = one(find_events(art(text, es)), "AGREE")
    assert set(e.actors) == {"per:n", "per:a"}
    text = ("Jaksa mendakwa Nasori dan Ali melakukan korupsi. "  # the prosecutors named
            "Mereka juga menahan Budi di Jakarta.")
    es = [ent(text, "per:n", "PERSON", "Nasori"), ent(text, "per:a", "PERSON", "Ali"),
          ent(text, "per:b", "PERSON", "Budi")]
    assert [e.actors for e in find_events(art(text, es)) if e.targets == ("per:b",)] == [("JUD",)]


def test_a_bare_place_after_another_verb_is_no_host() -> None:
    text = ("Mangindaan menekankan , kunjungan Phu Trong tidak berkaitan dengan ideologi "
            "komunis yang dianut Vietnam .")
    es = [ent(text, "per:t", "PERSON", "Phu Trong"),
          ent(text, "loc:vn", "PLACE", "Vietnam", "VN")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert (e.actors, e.targets, e.place) == (("per:t",), (), None)
    text = "Ia menekankan, kunjungan Trong ke Vietnam berjalan lancar."  # marked: the host
    es = [ent(text, "per:t", "PERSON", "Trong"), ent(text, "loc:vn", "PLACE", "Vietnam", "VN")]
    assert one(find_events(art(text, es)), "CONSULT").targets == ("VN",)


def test_the_authority_a_report_goes_to_is_no_target() -> None:
    text = "Terbaru, Sahara berniat melaporkan Imam atas dugaan pencemaran nama baik ke polisi."
    es = [ent(text, "per:s", "PERSON", "Sahara"), ent(text, "per:i", "PERSON", "Imam")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("per:s",), ("per:i",))
    text = "GP Ansor melaporkan kiriman video itu ke pihak kepolisian."  # no one reported
    e = one(find_events(art(text, [ent(text, "org:a", "ORG", "GP Ansor")])), "ACCUSE")
    assert (e.actors, e.targets) == (("org:a",), ())


def test_who_follows_selain_is_no_subject() -> None:
    text = "Selain RR, Densus 88 ternyata juga melakukan penangkapan di Sumbar."
    es = [ent(text, "per:rr", "PERSON", "RR"), ent(text, "org:d", "ORG", "Densus 88")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("org:d",)
    text = "Selain itu, Densus 88 juga menangkap Abu di Bekasi."  # a connective
    es = [ent(text, "org:d", "ORG", "Densus 88"), ent(text, "per:abu", "PERSON", "Abu")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("org:d",), ("per:abu",))


def test_the_state_of_a_post_after_a_person_is_no_participant() -> None:
    text = ("Megawati berdiskusi dengan Al Gore, Mantan Wakil Presiden Amerika Serikat, "
            "tentang pemanasan global.")
    es = [ent(text, "per:m", "PERSON", "Megawati"), ent(text, "per:g", "PERSON", "Al Gore")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:m", "per:g"}


def test_a_client_named_in_a_lawyers_post_is_no_party() -> None:
    text = "Anggota tim hukum Miryam, Heru Andeska memohon kepada Asiadi agar sidang dipercepat."
    es = [ent(text, "per:m", "PERSON", "Miryam"), ent(text, "per:h", "PERSON", "Heru Andeska"),
          ent(text, "per:a", "PERSON", "Asiadi")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:h",), ("per:a",))


def test_a_detention_right_after_a_court_sentence_is_the_courts() -> None:
    text = "Kemarin, usai divonis bersalah pada kasus penodaan agama, Ahok langsung ditahan."
    es = [ent(text, "per:ahok", "PERSON", "Ahok")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("JUD",)
    text = "Kasus itu ditangani polisi. Kemarin Ahok langsung ditahan."  # no sentence: police
    es = [ent(text, "per:ahok", "PERSON", "Ahok")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("COP",)


@pytest.mark.parametrize(("text", "codes"), [
    ("Galih mempertanyakan apakah anggaran sebesar Rp 1,54 triliun cukup.", []),
    ("Sri mempertanyakan apa tujuan Galih datang.", []),
    ("Galih mempertanyakan keterlibatan mahasiswa dalam keputusan itu.", ["ACCUSE"]),
    ("Indonesia memiliki kebutuhan mendesak akan SDM yang unggul.", []),
    ("Galih mendesak pemerintah segera menerbitkan petunjuk teknis.", ["REQUEST"]),
    ("Galih disarankan berkonsultasi dengan dokter terlebih dahulu.", []),
])
def test_questions_urgency_and_advice_are_no_acts(text: str, codes: list[str]) -> None:
    es = [ent(text, "per:g", "PERSON", "Galih")] if "Galih" in text else []
    es += [ent(text, "loc:id", "PLACE", "Indonesia", "ID")] if "Indonesia" in text else []
    es += [ent(text, "per:sri", "PERSON", "Sri")] if "Sri" in text else []
    assert [e.code for e in find_events(art(text, es))] == codes


def test_a_thing_or_an_idol_named_after_its_noun_is_no_participant() -> None:
    text = "KPK menyita satu mobil Mitsubishi Pajero Sport milik Rohadi."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:r", "PERSON", "Rohadi"),
          ent(text, "org:mps", "ORG", "Mitsubishi Pajero Sport")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("org:kpk",), ("per:r",))
    text = "Polda Metro Jaya mengultimatum pemilik kapal Zahro Express, Yodi, untuk datang."
    es = [ent(text, "org:p", "ORG", "Polda Metro Jaya"), ent(text, "per:y", "PERSON", "Yodi"),
          ent(text, "x:z", "PERSON", "Zahro Express")]
    assert one(find_events(art(text, es)), "THREATEN").targets == ("per:y",)


def test_a_role_opening_the_clause_is_no_subject() -> None:
    text = "Sebagai Badan Usaha Pelaksana MLFF, PT Roatex mengusulkan Bank BJB sebagai mitra."
    es = [ent(text, "org:bup", "ORG", "Badan Usaha Pelaksana"),
          ent(text, "org:r", "ORG", "PT Roatex"), ent(text, "org:mlff", "ORG", "MLFF"),
          ent(text, "org:bjb", "ORG", "Bank BJB")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("org:r",), ("org:bjb",))


def test_a_speaker_inserted_after_a_comma_only_reports() -> None:
    text = "Proses lelang, lanjut Veronica, dilakukan bekerja sama dengan KPKNL."
    es = [ent(text, "per:v", "PERSON", "Veronica"), ent(text, "org:k", "ORG", "KPKNL")]
    assert [e.code for e in find_events(art(text, es))] == []
    text = "Veronica bekerja sama dengan KPKNL."  # the subject: she cooperates
    es = [ent(text, "per:v", "PERSON", "Veronica"), ent(text, "org:k", "ORG", "KPKNL")]
    assert one(find_events(art(text, es)), "COOPERATE").actors == ("per:v",)


@pytest.mark.parametrize(("text", "codes"), [
    ("Ahmad mengeluhkan saluran televisi yang hilang.", []),
    ("Ahmad mengeluhkan pelayanan Telkom.", ["ACCUSE"]),
    ('"Bukan saya," jawab Ahmad saat didesak wartawan mengenai apartemen itu.', []),
])
def test_complaints_about_things_and_reporters_pressing_are_no_acts(text: str,
                                                                   codes: list[str]) -> None:
    es = [ent(text, "per:a", "PERSON", "Ahmad")]
    es += [ent(text, "org:t", "ORG", "Telkom")] if "Telkom" in text else []
    assert [e.code for e in find_events(art(text, es))] == codes


def test_regional_heads_unnamed_are_the_government() -> None:
    text = "Megawati meminta kepala daerah dari PDI Perjuangan untuk berkolaborasi dengan BRIDA."
    es = [ent(text, "per:m", "PERSON", "Megawati"), ent(text, "org:pdip", "ORG", "PDI Perjuangan"),
          ent(text, "org:b", "ORG", "BRIDA")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:m",), ("GOV",))


def test_the_genitive_of_a_charge_is_the_accused() -> None:
    text = "Nama Yasonna muncul dalam surat dakwaan Irman dan Sugiharto."
    es = [ent(text, "per:y", "PERSON", "Yasonna"), ent(text, "per:i", "PERSON", "Irman"),
          ent(text, "per:s", "PERSON", "Sugiharto")]
    assert not any(set(e.actors) & {"per:i", "per:s"} for e in find_events(art(text, es)))


def test_who_estimates_or_says_is_no_subject_of_a_new_clause() -> None:
    text = "Seorang petugas polisi memperkirakan lebih dari 20.000 orang berdemonstrasi di sana."
    assert one(find_events(art(text)), "PROTEST").actors == ("CVL",)
    text = "Polisi menyebut telah menangkap Budi di Bekasi."  # the same subject
    es = [ent(text, "per:b", "PERSON", "Budi")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("COP",), ("per:b",))

def test_a_fronted_subordinate_clause_takes_the_subject_after_its_comma() -> None:
    # "Usai divonis ..., Ahok langsung ditahan": Ahok was sentenced, by a court left unnamed
    text = "Kemarin, usai divonis bersalah pada kasus penodaan agama, Ahok langsung ditahan."
    a = art(text, [ent(text, "per:ahok", "PERSON", "Ahok")])
    e = one(find_events(a), "SANCTION")
    assert (e.actors, e.targets) == (("JUD",), ("per:ahok",))
    text = "Sebelum menangkap ketiga tersangka, Kejari Kuningan menetapkan RMP sebagai tersangka."
    es = [ent(text, "org:k", "ORG", "Kejari Kuningan"), ent(text, "per:r", "PERSON", "RMP")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("org:k",)
    text = "Usai divonis bersalah pada kasus itu."  # no main clause after: no one sentenced
    assert find_events(art(text, [])) == []


def test_a_passive_coordinated_with_the_verb_before_shares_its_subject() -> None:
    text = "DS menjalani pemeriksaan sebagai tersangka dan langsung ditahan di Lapas Majalengka."
    es = [ent(text, "per:ds", "PERSON", "DS"), ent(text, "org:l", "ORG", "Lapas Majalengka")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == ((), ("per:ds",))  # no police named: no one assumed
    text = "Prabowo menceritakan anak yang diperiksa dan ditahan kemarin."  # a relative clause
    assert find_events(art(text, [ent(text, "per:p", "PERSON", "Prabowo")])) == []


def test_colloquial_requests_and_thanks_after_a_first_person_subject() -> None:
    text = '"Saya minta polisi segera ekspos siapa buronan itu," kata Iskandar.'
    a = quoted_art(text, ("per:i", "PERSON", "Iskandar"))
    e = one(find_events(a), "REQUEST")
    assert (e.actors, e.targets) == (("per:i",), ("COP",))
    text = '"Saya ucapkan terima kasih kepada Kejaksaan Agung," ungkap Prabowo.'
    a = quoted_art(text, ("per:p", "PERSON", "Prabowo"), ("org:k", "ORG", "Kejaksaan Agung"))
    e = one(find_events(a), "SUPPORT")
    assert (e.actors, e.targets) == (("per:p",), ("org:k",))
    text = '"Saya minta maaf," tulis Rudi.'  # an apology, no request
    assert [e.code for e in find_events(quoted_art(text, ("per:r", "PERSON", "Rudi")))] \
        == ["CONCEDE"]
    text = '"Nanti akan kita minta pertanggungjawaban," kata Asep.'  # a plan
    assert find_events(quoted_art(text, ("per:a", "PERSON", "Asep"))) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Rabu petang, Djarot menjenguk Ahok di Cipinang.", "CONSULT"),
    ("Jajaran Polda Metro Jaya mengamankan tiga anggota kepolisian.", "COERCE"),
    ("Polisi menjerat Budi, YouTuber asal Jember, dengan Undang-Undang ITE.", "ACCUSE"),
    # scorn accuses a named party only (events8: unnamed, it was mostly jokes and fiction)
    ("Ketua DPR Mike Johnson mencemooh Airlangga.", "ACCUSE"),
    ("Airlangga telah memberi batas waktu kepada Fraksi Partai Golkar.", "REQUEST"),
    ("Suhendra memukulkan linggis itu ke arah kepala korban.", "ASSAULT"),
])
def test_visits_custody_charges_scorn_deadlines_and_blows(text: str, code: str) -> None:
    es = [ent(text, f"x:{s}", k, s) for s, k in (
        ("Djarot", "PERSON"), ("Ahok", "PERSON"), ("Polda Metro Jaya", "ORG"),
        ("Budi", "PERSON"), ("Mike Johnson", "PERSON"), ("Airlangga", "PERSON"),
        ("Fraksi Partai Golkar", "ORG"), ("Suhendra", "PERSON")) if s in text]
    one(find_events(art(text, es)), code)
    if code == "CONSULT":  # a visit needs someone visited
        text = "Rabu petang, Djarot menjenguk ke Cipinang."
        assert find_events(art(text, [ent(text, "x:d", "PERSON", "Djarot")])) == []


def test_after_a_reporting_clause_the_speaker_or_the_agent_is_the_subject() -> None:
    text = ("Hal ini disampaikan Kapolri Listyo Sigit usai melakukan penandatanganan nota "
            "kesepahaman dengan Menteri Hanif di Jakarta. Keduanya sepakat untuk mencegah "
            "kerusakan lingkungan.")
    es = [ent(text, "per:l", "PERSON", "Listyo Sigit"), ent(text, "per:h", "PERSON", "Hanif")]
    evs = find_events(art(text, es))
    e = one(evs, "SUPPORT")
    assert (e.actors, e.targets) == (("per:l",), ("per:h",))
    assert set(one(evs, "AGREE").actors) == {"per:l", "per:h"}  # "Keduanya": both of them
    text = '"Kita tunggu hasilnya," ujar Menteri Sutanto usai bertemu Rahmat di Jakarta.'
    a = quoted_art(text, ("per:s", "PERSON", "Sutanto"), ("per:r", "PERSON", "Rahmat"))
    assert set(one(find_events(a), "CONSULT").actors) == {"per:s", "per:r"}


def test_a_town_after_a_government_word_is_its_government() -> None:
    text = "Pemerintah Kota (Pemkot) Surabaya resmi menerapkan kebijakan pembatasan jam malam."
    es = [ent(text, "loc:sby", "PLACE", "Surabaya", "ID")]
    assert one(find_events(art(text, es)), "COERCE").actors == ("loc:sby",)
    text = "Warga Surabaya menggelar unjuk rasa di Surabaya."  # a town at home: no participant
    es = [ent(text, "loc:sby", "PLACE", "Surabaya", "ID")]
    assert all("loc:sby" not in e.actors for e in find_events(art(text, es)))


@pytest.mark.parametrize(("text", "code", "actors"), [
    ("Ratusan guru honorer menggedor kantor DPRD Dompu.", "PROTEST", ("CVL",)),
    ("Wali murid meminta Mansur dikembalikan ke sekolah.", "REQUEST", ("CVL",)),
    ("Polisi tidak mengizinkan Persija menggelar laga kandang di Bekasi.", "COERCE",
     ("COP",)),
    ("Penyidik melakukan tindakan blokir terhadap 12 aset milik tersangka.", "COERCE", ("COP",)),
    ("Jaksa tengah memburu seorang buron miras ilegal.", "COERCE", ("JUD",)),  # a fugitive
    ("Venna menasihati Verrell agar menjaga kesehatan.", "REQUEST", ("x:Venna",)),  # advice
    ("Musk kemudian berselisih dengan Trump.", "ACCUSE", ("x:Musk",)),  # a falling-out
])
def test_door_banging_parents_withheld_permission_and_frozen_assets(
        text: str, code: str, actors: tuple[str, ...]) -> None:
    es = [ent(text, f"x:{s}", k, s) for s, k in (
        ("DPRD Dompu", "ORG"), ("Mansur", "PERSON"), ("Persija", "ORG"), ("Venna", "PERSON"),
        ("Verrell", "PERSON"), ("Musk", "PERSON"), ("Trump", "PERSON")) if s in text]
    assert one(find_events(art(text, es)), code).actors == actors


def test_after_the_closing_mark_of_a_quote_begun_before_the_sentence_is_narrative() -> None:
    # the quotation opened in the sentence before; its closing mark ends it here
    text = ('Ini menambah bahan kajian kita," kata Arse setelah menerima audiensi '
            "Muhammadiyah di Senayan.")
    es = [ent(text, "per:a", "PERSON", "Arse"), ent(text, "org:m", "ORG", "Muhammadiyah")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:a", "org:m"}


def test_a_name_opening_a_clause_after_a_comma_keeps_no_preposition() -> None:
    text = "Pada TEI 2025, Danone menandatangani nota kesepahaman dengan ITPC Chennai."
    es = [ent(text, "org:tei", "ORG", "TEI 2025"), ent(text, "org:d", "ORG", "Danone"),
          ent(text, "org:i", "ORG", "ITPC Chennai")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("org:d",), ("org:i",))


def test_not_long_after_is_a_time_and_no_negation() -> None:
    text = "Setnov melaporkan Dyann, yang tak lama setelahnya ditetapkan sebagai tersangka."
    es = [ent(text, "per:s", "PERSON", "Setnov"), ent(text, "per:d", "PERSON", "Dyann")]
    assert one(find_events(art(text, es)), "ACCUSE").targets == ("per:d",)
    text = "Dyann tak ditetapkan sebagai tersangka."  # negated
    assert find_events(art(text, [ent(text, "per:d", "PERSON", "Dyann")])) == []


def test_the_main_clause_after_a_fronted_one_is_no_content_of_its_verb() -> None:
    text = "Setelah Musk mengkritik keras RUU itu, Trump mengancam akan mendeportasi Musk."
    es = [ent(text, "per:m", "PERSON", "Musk"), ent(text, "per:t", "PERSON", "Trump")]
    assert one(find_events(art(text, es)), "THREATEN").actors == ("per:t",)
    text = "Amerika menuduh Rusia menculik anak-anak Ukraina."  # the content of the accusation
    assert [e.code for e in find_events(art(text, []))] == ["ACCUSE"]


def test_unnamed_parties_act_as_pty() -> None:
    text = "Anggota DPR yang telah dinonaktifkan oleh parpol tak akan dibayarkan hak-haknya."
    e = one(find_events(art(text, [ent(text, "org:dpr", "ORG", "DPR")])), "SANCTION")
    assert (e.actors, e.targets) == (("PTY",), ("org:dpr",))


def test_questioning_with_no_agent_is_by_the_body_named_before_or_no_one() -> None:
    text = "KPK menangkap Rohadi di Jakarta. Sareh diperiksa sebagai saksi kasus itu."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:r", "PERSON", "Rohadi"),
          ent(text, "per:s", "PERSON", "Sareh")]
    e = [e for e in find_events(art(text, es)) if e.code == "ACCUSE"]
    assert [(x.actors, x.targets) for x in e] == [(("org:kpk",), ("per:s",))]
    text = "Sareh diperiksa sebagai saksi kasus itu."  # no body named before: no one assumed
    e = find_events(art(text, [ent(text, "per:s", "PERSON", "Sareh")]))
    assert [(x.code, x.actors, x.targets) for x in e] == [("ACCUSE", (), ("per:s",))]


def test_an_official_quoted_on_unnamed_investigators_reports_their_acts() -> None:
    text = ('"Penyidik melakukan tindakan penahanan terhadap kedua tersangka," kata Bhakti '
            "di Jakarta.")
    a = quoted_art(text, ("per:b", "PERSON", "Bhakti"))
    e = one(find_events(a), "COERCE")
    assert (e.actors, e.targets) == (("COP",), ("CRM",))
    text = '"Warga menolak usulan itu," kata Bhakti di Jakarta.'  # others: a description
    assert find_events(quoted_art(text, ("per:b", "PERSON", "Bhakti"))) == []



# ----------------------------------------------------------------------------- events7

def test_a_commitment_needs_a_counterpart_or_two_parties() -> None:
    text = "Kementerian Sosial berkomitmen mempertahankan kinerja positif tersebut."
    assert find_events(art(text, [ent(text, "org:k", "ORG", "Kementerian Sosial")])) == []
    text = "Retno Marsudi dan Taro Kono berkomitmen memperkuat kerja sama maritim."
    e = one(find_events(art(text, [ent(text, "per:r", "PERSON", "Retno Marsudi"),
                                   ent(text, "per:t", "PERSON", "Taro Kono")])), "AGREE")
    assert e.actors == ("per:r", "per:t")
    text = "Henky Yasel berkomitmen untuk bekerja sama secara transparan dengan Kejaksaan."
    e = one(find_events(art(text, [ent(text, "per:h", "PERSON", "Henky Yasel")])), "AGREE")
    assert e.actors == ("per:h",)  # working with someone: a counterpart


def test_a_letter_or_recommendation_to_a_named_body_is_a_request() -> None:
    text = ("Rahmat Effendi berkirim surat kepada Kementerian Kominfo guna mengatasi masalah "
            "tersebut.")
    e = one(find_events(art(text, [ent(text, "per:r", "PERSON", "Rahmat Effendi"),
                                   ent(text, "org:k", "ORG", "Kementerian Kominfo")])),
            "REQUEST")
    assert (e.actors, e.targets) == (("per:r",), ("org:k",))
    text = "Bawaslu merekomendasikan tiga langkah kepada KPU untuk memperbaiki data pemilih."
    e = one(find_events(art(text, [ent(text, "org:b", "ORG", "Bawaslu"),
                                   ent(text, "org:k", "ORG", "KPU")])), "REQUEST")
    assert (e.actors, e.targets) == (("org:b",), ("org:k",))
    text = "Bawaslu merekomendasikan tiga langkah perbaikan."  # no recipient: none
    assert find_events(art(text, [ent(text, "org:b", "ORG", "Bawaslu")])) == []
    text = "Emma Watson pernah merekomendasikan Persepolis karya Marjane Satrapi."  # a book
    assert find_events(art(text, [ent(text, "per:e", "PERSON", "Emma Watson"),
                                  ent(text, "per:m", "PERSON", "Marjane Satrapi")])) == []
    text = ("Untuk ketidakhadiran hari ini, lanjut Fredrich Yunadi pihaknya sudah berkirim "
            "surat ke KPK.")  # no purpose stated: informs
    assert find_events(art(text, [ent(text, "per:f", "PERSON", "Fredrich Yunadi"),
                                  ent(text, "org:kpk", "ORG", "KPK")])) == []
    text = "Hasan Nasbi mengirimkan surat pengunduran diri kepada Presiden Prabowo."
    assert [e.code for e in find_events(art(text, [
        ent(text, "per:h", "PERSON", "Hasan Nasbi"),
        ent(text, "per:p", "PERSON", "Prabowo")]))] in ([], ["RETREAT"])


def test_telling_a_named_body_to_act_is_a_request_telling_the_press_is_not() -> None:
    text = ("Kementerian PANRB telah menyampaikan kepada Otorita IKN untuk menyusun kriteria "
            "prioritas pemindahan ASN.")
    e = one(find_events(art(text, [ent(text, "org:p", "ORG", "Kementerian PANRB"),
                                   ent(text, "org:o", "ORG", "Otorita IKN")])), "REQUEST")
    assert (e.actors, e.targets) == (("org:p",), ("org:o",))
    text = "Agus Rahardjo menyampaikan kepada wartawan untuk tahun depan KPK fokus mencegah."
    assert find_events(art(text, [ent(text, "per:a", "PERSON", "Agus Rahardjo"),
                                  ent(text, "org:kpk", "ORG", "KPK")])) == []


def test_unwillingness_to_retract_or_accept_an_offer_is_a_refusal() -> None:
    text = "Djan Faridz tidak mau menerima tawaran ishlah dari kubu Romahurmuziy."
    e = one(find_events(art(text, [ent(text, "per:d", "PERSON", "Djan Faridz"),
                                   ent(text, "per:r", "PERSON", "Romahurmuziy")])), "REJECT")
    assert e.actors == ("per:d",)
    text = "Elza Syarief tidak bersedia mencabut kesaksiannya."
    e = one(find_events(art(text, [ent(text, "per:e", "PERSON", "Elza Syarief")])), "REJECT")
    assert e.actors == ("per:e",)
    text = "Joko Widodo tidak mau berkomentar soal itu."  # unwilling to talk: none
    assert find_events(art(text, [ent(text, "per:j", "PERSON", "Joko Widodo")])) == []


def test_trials_and_investigations_of_a_case_are_accusations() -> None:
    text = "Ramush Haradinaj kemudian disidangkan di pengadilan PBB."
    e = one(find_events(art(text, [ent(text, "per:h", "PERSON", "Ramush Haradinaj")])),
            "ACCUSE")
    assert (e.actors, e.targets) == (("JUD",), ("per:h",))
    text = "Dalam kasus ini, KPK menelusuri ke mana saja aliran uang yang ada."
    e = one(find_events(art(text, [ent(text, "org:kpk", "ORG", "KPK")])), "ACCUSE")
    assert e.actors == ("org:kpk",)
    text = "Ditjen Pajak kembali memproses pegawainya yang terindikasi melanggar integritas."
    e = one(find_events(art(text, [ent(text, "org:dj", "ORG", "Ditjen Pajak")])), "ACCUSE")
    assert e.actors == ("org:dj",)
    text = "Wisatawan asal Jepang menelusuri Goa Jomblang."  # tracing a cave: none
    assert find_events(art(text, [ent(text, "loc:g", "PLACE", "Goa Jomblang")])) == []
    text = "Bank Indonesia memproses data transaksi nasabah."  # processing data: none
    assert find_events(art(text, [ent(text, "org:bi", "ORG", "Bank Indonesia")])) == []


def test_a_letter_of_objection_is_coded_as_the_objection() -> None:
    text = "Diskominfo Bekasi mengirimkan surat keberatan kepada pihak Google."
    es = [ent(text, "org:d", "ORG", "Diskominfo Bekasi"), ent(text, "org:g", "ORG", "Google")]
    assert [e.code for e in find_events(art(text, es))] == ["REJECT"]


def test_we_invite_in_a_quote_is_the_speakers_appeal() -> None:
    text = '"Maka kami ajak semua pihak untuk mengawal proses ini," imbuh Yasir.'
    e = one(find_events(quoted_art(text, ("per:y", "PERSON", "Yasir"))), "REQUEST")
    assert e.actors == ("per:y",)


def test_under_investigation_by_a_body_makes_it_the_investigator() -> None:
    text = "Kasus itu kini dalam penyelidikan Polda Metro Jaya."
    e = one(find_events(art(text, [ent(text, "org:p", "ORG", "Polda Metro Jaya")])), "ACCUSE")
    assert e.actors == ("org:p",)


def test_branding_a_criminal_and_a_charge_named_are_accusations() -> None:
    text = "Serbia menganggap Ramush Haradinaj sebagai penjahat perang."
    e = one(find_events(art(text, [ent(text, "per:h", "PERSON", "Ramush Haradinaj")])),
            "ACCUSE")
    assert (e.actors, e.targets) == (("RS",), ("per:h",))
    text = "Joko Widodo menganggap Shinzo Abe sebagai sahabat."  # no charge: none
    assert find_events(art(text, [ent(text, "per:j", "PERSON", "Joko Widodo"),
                                  ent(text, "per:a", "PERSON", "Shinzo Abe")])) == []
    text = "Sri Hartini dijerat kasus korupsi jual beli jabatan."
    e = one(find_events(art(text, [ent(text, "per:s", "PERSON", "Sri Hartini")])), "ACCUSE")
    assert (e.actors, e.targets) == ((), ("per:s",))  # no police named: no one assumed


def test_a_long_object_before_sebagai_tersangka_is_the_suspect() -> None:
    text = ("Bareskrim Polri menetapkan dua pemimpin perusahaan penyelenggara ibadah umrah PT "
            "First Anugerah Karya Wisata ( First Travel ) , Andika Surachman dan Anniesa "
            "Hasibuan , sebagai tersangka kasus dugaan penipuan .")
    es = [ent(text, "org:b", "ORG", "Bareskrim Polri"),
          ent(text, "org:f", "ORG", "PT First Anugerah Karya Wisata"),
          ent(text, "per:a", "PERSON", "Andika Surachman"),
          ent(text, "per:h", "PERSON", "Anniesa Hasibuan")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("org:b",), ("per:a", "per:h"))


def test_an_indirect_question_states_no_event() -> None:
    text = ("Agung tidak menjelaskan apakah status Zumi Zola sudah ditetapkan sebagai "
            "tersangka .")
    es = [ent(text, "per:a", "PERSON", "Agung"), ent(text, "per:z", "PERSON", "Zumi Zola")]
    assert find_events(art(text, es)) == []


def test_asking_for_prayers_is_no_request() -> None:
    text = "Zaskia Adya Mecca meminta doa agar kehamilannya lancar ."
    assert find_events(art(text, [ent(text, "per:z", "PERSON", "Zaskia Adya Mecca")])) == []


def test_a_person_secured_after_an_arrest_is_held_by_the_arresting_body() -> None:
    text = ("Polisi menangkap Erwin di Palembang . Motifnya masalah utang . Erwin diamankan "
            "di wilayah Kebon Gede sehari setelah kejadian .")
    es = [ent(text, "per:e", "PERSON", "Erwin")]
    held = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert [(e.actors, e.targets) for e in held] == [(("COP",), ("per:e",))] * 2
    text = "Erwin diamankan di rumahnya ."  # no arrest or charge before: no one assumed
    held = find_events(art(text, [ent(text, "per:e", "PERSON", "Erwin")]))
    assert [(e.code, e.actors, e.targets) for e in held] == [("COERCE", (), ("per:e",))]


def test_members_named_after_their_body_act_for_it() -> None:
    text = ("Keputusan itu mendapat penolakan dari dua pejabat The Fed yakni Michelle Bowman "
            "dan Christopher Waller .")
    es = [ent(text, "org:f", "ORG", "The Fed"), ent(text, "per:b", "PERSON", "Michelle Bowman"),
          ent(text, "per:w", "PERSON", "Christopher Waller")]
    e = one(find_events(art(text, es)), "REJECT")
    assert "org:f" not in e.actors and "per:b" in e.actors


def test_a_licence_revoked_sanctions_its_holder() -> None:
    text = "Kementerian Perdagangan mencabut izin usaha PT Maju Jaya ."
    es = [ent(text, "org:k", "ORG", "Kementerian Perdagangan"),
          ent(text, "org:m", "ORG", "PT Maju Jaya")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert (e.actors, e.targets) == (("org:k",), ("org:m",))
    text = "Status tersangka Budi dicabut setelah praperadilan ."  # no licence: none
    assert find_events(art(text, [ent(text, "per:b", "PERSON", "Budi")])) == []


def test_pressing_someone_named_to_keep_promises_is_a_request() -> None:
    text = "Farouk Muhammad menagih janji-janji Anies Baswedan ."
    es = [ent(text, "per:f", "PERSON", "Farouk Muhammad"),
          ent(text, "per:a", "PERSON", "Anies Baswedan")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:f",), ("per:a",))
    text = "Komunikasinya kurang bagus saat Erwin menagih ."  # no one named pressed
    assert find_events(art(text, [ent(text, "per:e", "PERSON", "Erwin")])) == []
    text = "Erwin datang hendak menagih utang pada Riky Saputra ."  # a private debt
    assert find_events(art(text, [ent(text, "per:e", "PERSON", "Erwin"),
                                  ent(text, "per:r", "PERSON", "Riky Saputra")])) == []


def test_a_name_after_a_copula_is_no_agent_of_the_passive() -> None:
    text = ("Polisi menangkap sembilan orang . Kesembilan orang yang diamankan tersebut adalah "
            "Saulihun dan Alwandi Supandi .")
    es = [ent(text, "per:s", "PERSON", "Saulihun"), ent(text, "per:a", "PERSON", "Alwandi Supandi")]
    assert all("per:s" not in e.actors for e in find_events(art(text, es)))


def test_a_travel_ban_reaches_past_a_titled_name_not_goods_kept_out() -> None:
    text = "KPK mencegah Gubernur Jambi Zumi Zola ke luar negeri ."
    es = [ent(text, "org:k", "ORG", "KPK"), ent(text, "per:z", "PERSON", "Zumi Zola")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("org:k",), ("per:z",))
    text = "Pemerintah mencegah masuknya barang ilegal dari luar negeri ."
    assert find_events(art(text)) == []


def test_a_name_after_bernama_is_the_head_not_the_name_describing_it() -> None:
    text = "Polisi menangkap pelaku pembunuhan Riky Saputra (31) bernama Erwin (45) di Palembang."
    es = [ent(text, "per:r", "PERSON", "Riky Saputra"), ent(text, "per:e", "PERSON", "Erwin")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.targets == ("per:e",)



def test_a_quoted_act_of_the_speakers_own_body_is_stated() -> None:
    text = ('"KPK mendorong kepala daerah untuk menerbitkan surat edaran," kata Jubir KPK '
            'Budi Prasetyo.')
    a = quoted_art(text, ("org:k", "ORG", "KPK"), ("per:b", "PERSON", "Budi Prasetyo"))
    a = replace(a, entities=tuple(replace(e, org="org:k") if e.id == "per:b" else e
                                  for e in a.entities))
    e = one(find_events(a), "REQUEST")
    assert e.actors == ("org:k",)
    # another body's act in the present tense stays a description, not a report
    text = '"KPK mendorong kepala daerah untuk menerbitkan surat edaran," kata Budi Prasetyo.'
    a = quoted_art(text, ("org:k", "ORG", "KPK"), ("per:b", "PERSON", "Budi Prasetyo"))
    assert [e for e in find_events(a) if e.code == "REQUEST"] == []


def test_a_protest_held_and_its_noun_are_one_event() -> None:
    text = "Ribuan buruh menggelar aksi unjuk rasa di depan Gedung DPR ."
    assert [e.code for e in find_events(art(text))] == ["PROTEST"]


# ----------------------------------------------------------------- 2026-12-02 events2 recall


def test_a_noun_between_parties_takes_the_first_as_actor() -> None:
    text = ("Kemarin dilakukan penandatanganan nota kesepakatan antara Pemprov Jateng dan "
            "Badan Pertanahan Nasional di Semarang.")
    es = [ent(text, "org:jateng", "ORG", "Pemprov Jateng"),
          ent(text, "org:bpn", "ORG", "Badan Pertanahan Nasional")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("org:jateng",), ("org:bpn",))


def test_a_noun_group_begun_within_reach_runs_on_past_it() -> None:
    text = ("Suku bunga ditahan meski ada penolakan dari dua pejabat senior The Fed yakni "
            "Michelle Bowman dan Christopher Waller.")
    es = [ent(text, "org:fed", "ORG", "The Fed"),
          ent(text, "per:bowman", "PERSON", "Michelle Bowman"),
          ent(text, "per:waller", "PERSON", "Christopher Waller")]
    e = one(find_events(art(text, es)), "REJECT")
    assert "per:waller" in e.actors  # nine words after the noun


@pytest.mark.parametrize(("text", "codes"), [
    ("May Day yang selama ini identik dengan aksi unjuk rasa sebaiknya diubah .", []),
    ("Ribuan buruh menggelar aksi unjuk rasa di depan Gedung DPR .", ["PROTEST"]),
])
def test_an_act_a_thing_is_likened_to_is_no_event(text: str, codes: list[str]) -> None:
    assert [e.code for e in find_events(art(text))] == codes


# ----------------------------------------------------------------- 2026-12-02 events3 recall


def test_a_ruler_naming_a_period_is_no_participant() -> None:
    text = ("Di masa pemerintahan Presiden RI ke-7 Joko Widodo, Luhut telah berkoordinasi "
            "dengan pihak China menyangkut utang tersebut.")
    es = [ent(text, "per:jokowi", "PERSON", "Joko Widodo"),
          ent(text, "per:luhut", "PERSON", "Luhut")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert "per:jokowi" not in e.actors + e.targets
    assert "per:luhut" in e.actors


def test_thanks_with_an_intensifier_support_the_one_thanked() -> None:
    text = "Aulia mengucapkan banyak terima kasih kepada Presiden Prabowo."
    es = [ent(text, "per:aulia", "PERSON", "Aulia"),
          ent(text, "per:prabowo", "PERSON", "Prabowo")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("per:aulia",), ("per:prabowo",))


def test_a_prayer_is_no_request() -> None:
    text = "Aulia senantiasa memohon kepada Allah SWT agar diberi kekuatan."
    es = [ent(text, "per:aulia", "PERSON", "Aulia"),
          ent(text, "org:allah", "ORG", "Allah SWT")]
    assert _codes(art(text, es)) == []


@pytest.mark.parametrize(("text", "codes"), [
    ("NEA akan terus bekerja dengan Kementerian Kesehatan untuk mengurangi nyamuk .",
     ["COOPERATE"]),
    ("NEA akan terus bekerja dengan baik untuk mengurangi nyamuk .", []),
])
def test_working_with_someone_named_cooperates(text: str, codes: list[str]) -> None:
    es = [ent(text, "org:nea", "ORG", "NEA")]
    if "Kementerian" in text:
        es.append(ent(text, "org:kemenkes", "ORG", "Kementerian Kesehatan"))
    assert _codes(art(text, es)) == codes


def test_revoking_licences_counted_before_their_kind_sanctions_the_holder() -> None:
    text = "Kementerian ESDM mencabut empat IUP milik PT Gag Nikel di Raja Ampat."
    es = [ent(text, "org:esdm", "ORG", "Kementerian ESDM"),
          ent(text, "org:gag", "ORG", "PT Gag Nikel")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert (e.actors, e.targets) == (("org:esdm",), ("org:gag",))


@pytest.mark.parametrize(("text", "target"), [
    ("Megawati menantang peneliti dan perguruan tinggi untuk mengeksplorasi pangan lokal .",
     "EDU"),
    ("Megawati menugaskan para lurah dan camat untuk melakukan inventarisasi .", "GOV"),
])
def test_a_challenge_or_order_to_unnamed_officials_or_scholars_requests(
        text: str, target: str) -> None:
    e = one(find_events(art(text, [ent(text, "per:mega", "PERSON", "Megawati")])), "REQUEST")
    assert (e.actors, e.targets) == (("per:mega",), (target,))


def test_a_challenge_to_play_is_no_request() -> None:
    text = "Persib menantang Persija di Stadion GBLA ."
    es = [ent(text, "org:persib", "ORG", "Persib"), ent(text, "org:persija", "ORG", "Persija")]
    assert "REQUEST" not in _codes(art(text, es))


def test_the_agent_of_a_passive_relative_clause_is_not_the_subject() -> None:
    text = ("Pasukan Suriah dan milisi yang didukung Iran melancarkan serangan ke desa-desa "
            "Bedouin di tenggara Suriah.")
    es = [ent(text, "org:pasukan", "ORG", "Pasukan Suriah")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("org:pasukan", "REB")  # not Iran, which backs the militia


def test_working_well_is_no_cooperation() -> None:
    text = "Perwadag RI telah bekerja dengan baik dalam Trade Expo Indonesia bersama Kemendag ."
    es = [ent(text, "org:kemendag", "ORG", "Kemendag")]
    assert "COOPERATE" not in _codes(art(text, es))


def test_a_challenge_to_no_one_is_no_request() -> None:
    text = "Respati juga menantang untuk berinovasi dalam penghematan ."
    assert _codes(art(text, [ent(text, "per:respati", "PERSON", "Respati")])) == []


def test_dirinya_outside_a_quote_is_the_person_named_last() -> None:
    text = ("Harris Tambunan hadir dalam rapat itu. Selain itu, dirinya juga meminta "
            "Kemenkeu menjalankan program itu.")
    a = quoted_art(text, ("per:h", "PERSON", "Harris Tambunan"), ("org:k", "ORG", "Kemenkeu"))
    assert roles(a) == [("REQUEST", ("per:h",), ("org:k",))]


@pytest.mark.parametrize("neg", ["tidak sungkan", "tak segan", "tidak ragu"])
def test_no_hesitation_is_no_negation(neg: str) -> None:
    text = f"Liam Payne {neg} mencela Harry Styles ."
    es = [ent(text, "per:liam", "PERSON", "Liam Payne"),
          ent(text, "per:harry", "PERSON", "Harry Styles")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert (e.actors, e.targets) == (("per:liam",), ("per:harry",))


def test_a_scholar_described_again_is_the_person_named_before() -> None:
    text = ("Farouk Muhammad hadir di Jakarta. Doktor Ilmu Politik UI ini juga "
            "meminta KPU menerima hasil Pilkada.")
    a = quoted_art(text, ("per:f", "PERSON", "Farouk Muhammad"),
                   ("org:ui", "ORG", "UI"), ("org:kpu", "ORG", "KPU"))
    assert roles(a) == [("REQUEST", ("per:f",), ("org:kpu",))]


def test_a_cooperative_act_refused_with_will_is_a_rejection() -> None:
    text = "Retno Marsudi tidak akan bertemu dengan Eli Cohen ."
    es = [ent(text, "per:retno", "PERSON", "Retno Marsudi"),
          ent(text, "per:eli", "PERSON", "Eli Cohen")]
    e = one(find_events(art(text, es)), "REJECT")
    assert (e.actors, e.targets) == (("per:retno",), ("per:eli",))
    assert e.trigger is not None
    assert text[e.trigger.start:e.trigger.end] == "tidak akan bertemu dengan"
    text = "Retno Marsudi belum bertemu dengan Eli Cohen ."  # not yet: no refusal stated
    es = [ent(text, "per:retno", "PERSON", "Retno Marsudi"),
          ent(text, "per:eli", "PERSON", "Eli Cohen")]
    assert find_events(art(text, es)) == []


def test_a_verbs_nya_object_is_the_person_named_last() -> None:
    text = ("Budi mengatakan polisi menangkap Andi Wijaya di rumahnya. "
            "Polisi kemudian menahannya di Polres Jakarta Selatan.")
    a = quoted_art(text, ("per:budi", "PERSON", "Budi"), ("per:andi", "PERSON", "Andi Wijaya"))
    assert ("COERCE", ("COP",), ("per:andi",)) in roles(a)[1:]
    text = "Budi mengatakan pihaknya menahannya kemarin."  # the subject is no object of its own
    assert roles(quoted_art(text, ("per:budi", "PERSON", "Budi"))) == []


def test_an_age_in_brackets_keeps_the_subject_of_a_relative_clause() -> None:
    text = "Kasus itu menjerat guru bernama Mansur (53) yang divonis 5 tahun penjara ."
    e = one(find_events(art(text, [ent(text, "per:mansur", "PERSON", "Mansur")])), "SANCTION")
    assert e.targets == ("per:mansur",)


def test_holding_unnamed_people_is_a_detention_holding_rates_is_not() -> None:
    text = "Polisi menahan 12 orang di Polres Jakarta Selatan ."
    e = one(find_events(art(text)), "COERCE")
    assert (e.actors, e.targets, e.mode) == (("COP",), (), "arrest")
    text = "Bank Indonesia menahan suku bunga acuan di level 5,75 persen ."
    assert _codes(art(text, [ent(text, "org:bi", "ORG", "Bank Indonesia")])) == []


def test_killed_at_someones_hands_is_an_assault_by_them() -> None:
    text = "Anwar al-Awlaki tewas di tangan pasukan AS pada 2011 ."
    es = [ent(text, "per:anwar", "PERSON", "Anwar al-Awlaki")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.targets == ("per:anwar",) and e.actors


@pytest.mark.parametrize(("text", "performed"), [
    ("Kami ingin mengucapkan terima kasih kepada Presiden", True),  # thanked by saying it
    ("Kami ingin mendukung Presiden", False),  # a wish to support, no support yet
    ("Kami akan mengucapkan terima kasih kepada Presiden", False),  # planned
])
def test_thanks_wished_in_a_quote_are_given(text: str, performed: bool) -> None:
    lex = lexicon()
    toks = events_mod._tokens(text, 0)
    i = 2
    trig = next(t for t in lex.triggers[toks[i].low] if t.code == "SUPPORT"
                and events_mod._matches(toks, i, t.phrase))
    ctx = events_mod._Ctx(toks, [], lex)
    assert events_mod._performed(ctx, trig, i) is performed


def test_dirinya_is_no_organisation_taken_for_the_speaker() -> None:
    text = "Lewat Twitter, Hamilton mengatakan dirinya harus meminta Mercedes membatalkan protes."
    a = quoted_art(text, ("org:tw", "ORG", "Twitter"), ("org:merc", "ORG", "Mercedes"))
    a = replace(a, quotes=tuple(replace(q, speaker="org:tw") for q in a.quotes))
    assert all("org:tw" not in e.actors for e in find_events(a))


def test_a_pronoun_past_the_look_back_goes_on_with_the_speaker_quoted_just_before() -> None:
    # "Harris" is named four sentences back (beyond the resolver's look-back), but the quote
    # right before was resolved to him: "ia" goes on with that speaker
    text = ('Harris Tambunan hadir dalam rapat itu. "Program ini penting bagi nelayan. '
            'Kami akan mengawalnya. Semua pihak sudah siap," ujarnya. Rapat itu berlangsung '
            'hingga sore. Namun ia juga meminta Kemenkeu menjalankan program itu.')
    a = quoted_art(text, ("per:h", "PERSON", "Harris Tambunan"), ("org:k", "ORG", "Kemenkeu"))
    assert any(q.speaker == "per:h" for q in a.quotes)
    assert roles(a) == [("REQUEST", ("per:h",), ("org:k",))]
    # the quote's speaker three sentences or more before the pronoun is out of reach
    far = text.replace("Rapat itu berlangsung hingga sore.",
                       "Rapat itu berlangsung hingga sore. Hujan turun. Jalan macet.")
    b = quoted_art(far, ("per:h", "PERSON", "Harris Tambunan"), ("org:k", "ORG", "Kemenkeu"))
    assert roles(b) == []


def test_two_entities_sharing_a_mention_span_do_not_break_the_stage() -> None:
    # two entities may claim the same span (a merge upstream); entities do not compare, so
    # mentions sort by span alone (this raised TypeError on a seed-40 article)
    text = "Kejati DIY menggeledah kantor Diskominfo Sleman ."
    es = [ent(text, "org:a", "ORG", "Kejati DIY"), ent(text, "org:b", "ORG", "Kejati DIY"),
          ent(text, "org:d", "ORG", "Diskominfo Sleman")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors[0] in {"org:a", "org:b"} and e.targets == ("org:d",)


@pytest.mark.parametrize("description", [
    "Doktor Ilmu Politik UI ini",  # "UI" not recognised: no name inside the description
    "Aktris berusia 39 tahun itu",  # a role noun and an age
])
def test_a_description_naming_no_one_is_the_person_named_before(description: str) -> None:
    text = (f"Farouk Muhammad hadir di Jakarta. {description} juga meminta KPU menerima "
            "hasil Pilkada.")
    a = quoted_art(text, ("per:f", "PERSON", "Farouk Muhammad"), ("org:kpu", "ORG", "KPU"))
    assert roles(a) == [("REQUEST", ("per:f",), ("org:kpu",))]


def test_a_group_described_is_no_person_named_before() -> None:
    text = ("Farouk Muhammad hadir di Jakarta. Para Doktor Ilmu Politik itu juga meminta KPU "
            "bekerja.")
    a = quoted_art(text, ("per:f", "PERSON", "Farouk Muhammad"), ("org:kpu", "ORG", "KPU"))
    assert all("per:f" not in e.actors for e in find_events(a))


def test_a_person_named_with_atas_nama_is_the_subject_not_a_target() -> None:
    text = ("Satu saksi atas nama Dedy Rahman selaku Kepala Divisi Perum Bulog , meminta "
            "penjadwalan ulang kepada KPK .")
    es = [ent(text, "per:dedy", "PERSON", "Dedy Rahman"),
          ent(text, "org:bulog", "ORG", "Perum Bulog"),
          ent(text, "org:kpk", "ORG", "KPK")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:dedy",)


def test_deriding_what_someone_said_is_an_accusation_only_with_the_derision_after() -> None:
    text = "Donald Trump menyebut rencana Elon Musk itu konyol ."
    es = [ent(text, "per:trump", "PERSON", "Donald Trump"),
          ent(text, "per:musk", "PERSON", "Elon Musk")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:trump",)
    # the derisive word before the verb is someone else's aside: "sounds absurd, but ..."
    text = "Terdengar konyol , tetapi Donald Trump menyebut dana itu senilai Rp 3 miliar ."
    es = [ent(text, "per:trump", "PERSON", "Donald Trump")]
    assert not [e for e in find_events(art(text, es)) if e.code == "ACCUSE"]


@pytest.mark.parametrize("text, names, want", [
    # a suspect as the subject of a copula: named a suspect by unnamed investigators
    ("Ayu kini menjadi tersangka atas kasus pemalsuan dokumen.",
     [("per:a", "PERSON", "Ayu")], [("ACCUSE", (), ("per:a",))]),
    # a report filed at a police office named with "di", however long the reported name
    ("Ayu juga melaporkan Aris Maulana Akbar dan kawan-kawan di Polres Tangerang Selatan.",
     [("per:a", "PERSON", "Ayu"), ("per:r", "PERSON", "Aris Maulana Akbar"),
      ("org:p", "ORG", "Polres Tangerang Selatan")], [("ACCUSE", ("per:a",), ("per:r",))]),
    # the offence alleged makes a report a complaint; a death reported is news
    ("Ashanty sempat dilaporkan Ayu atas dugaan tindak perampasan.",
     [("per:s", "PERSON", "Ashanty"), ("per:a", "PERSON", "Ayu")],
     [("ACCUSE", ("per:a",), ("per:s",))]),
    ("Budi dilaporkan tewas dalam kasus itu.", [("per:b", "PERSON", "Budi")], []),
    ("Polisi melaporkan bahwa tiga orang tewas di Polres Bogor.",
     [("org:p", "ORG", "Polres Bogor")], []),
])
def test_suspects_named_by_a_copula_and_police_reports_filed_at_an_office(
        text: str, names: list[tuple[str, str, str]],
        want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert roles(art(text, [ent(text, *n) for n in names])) == want


@pytest.mark.parametrize("lead", ["Pada 2024", "Pada 2024,", "Sejak 2019"])
def test_a_year_after_a_preposition_is_its_object_not_the_subjects(lead: str) -> None:
    text = f"{lead} Kementerian ESDM melakukan audiensi dengan Pemerintah Kabupaten Karanganyar."
    es = [ent(text, "org:esdm", "ORG", "Kementerian ESDM"),
          ent(text, "org:kab", "ORG", "Pemerintah Kabupaten Karanganyar")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert set(e.actors) == {"org:esdm", "org:kab"}


@pytest.mark.parametrize("text", [
    "Don Muzakir siap bekerja sama dengan Kementerian Sosial.",
    "Don Muzakir siap melakukan kerja sama dengan Kementerian Sosial.",
])
def test_readiness_for_a_cooperative_act_agrees_to_it(text: str) -> None:
    es = [ent(text, "per:d", "PERSON", "Don Muzakir"),
          ent(text, "org:k", "ORG", "Kementerian Sosial")]
    assert roles(art(text, es)) == [("AGREE", ("per:d",), ("org:k",))]


def test_readiness_stated_in_a_direct_quote_agrees_and_the_deed_stays_a_deed() -> None:
    text = ('Ketua Tani Merdeka Don Muzakir menyambut ajakan itu. "Kami siap melakukan '
            'kerja sama dengan Kementerian Sosial," kata Don Muzakir.')
    es = [ent(text, "per:d", "PERSON", "Don Muzakir"),
          ent(text, "org:k", "ORG", "Kementerian Sosial")]
    a = QuoteStage()(SegmentStage()(art(text, es)))
    assert [e.code for e in find_events(a)] == ["AGREE"]
    done = "Don Muzakir bekerja sama dengan Kementerian Sosial."
    es = [ent(done, "per:d", "PERSON", "Don Muzakir"),
          ent(done, "org:k", "ORG", "Kementerian Sosial")]
    assert [e.code for e in find_events(art(done, es))] == ["COOPERATE"]


def test_judging_a_plan_favourably_supports_it() -> None:
    text = "Ketua MTI Budi Santoso menilai positif rencana Kementerian Perhubungan."
    es = [ent(text, "per:b", "PERSON", "Budi Santoso"),
          ent(text, "org:k", "ORG", "Kementerian Perhubungan")]
    assert roles(art(text, es)) == [("SUPPORT", ("per:b",), ("org:k",))]


# ------------------------------------------------ lexicon gaps of seeds 21-45 (events8)

Coded = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]


def _coded(text: str, *people: tuple[str, str, str]) -> list[Coded]:
    es = [ent(text, eid, kind, name) for eid, kind, name in people]
    return [(e.code, e.mode, e.actors, e.targets) for e in find_events(art(text, es))]


ANDI = ("per:a", "PERSON", "Andi")
BUDI = ("per:b", "PERSON", "Budi")


@pytest.mark.parametrize("text", [
    "Budi tewas setelah ditusuk oleh Andi di pasar.",
    "Andi membacok Budi di pasar.",
])
def test_stabbing_and_hacking_are_assaults(text: str) -> None:
    assert [(c, a) for c, _, a, _ in _coded(text, ANDI, BUDI)] == [("ASSAULT", ("per:a",))]


def test_harm_told_through_the_victim_takes_its_agent() -> None:
    got = _coded("Andi tewas setelah terkena tembakan dari tentara Israel.", ANDI)
    assert [(c, m, a) for c, m, a, _ in got] == [("ASSAULT", "firearms", ("IL",))]


def test_a_bullet_or_a_clash_named_as_a_thing_or_a_risk_is_no_event() -> None:
    assert _coded("Andi menyimpan peluru di rumahnya.", ANDI) == []
    assert _coded("Kashmir masih diperebutkan India dan Pakistan dan menjadi daerah rawan "
                  "bentrok.") == []


def test_a_stay_at_home_order_is_a_curfew_a_plain_order_a_request() -> None:
    org = ("org:p", "ORG", "Pemerintah Kashmir")
    got = _coded("Pemerintah Kashmir memerintahkan seluruh warga tidak keluar rumah.", org)
    assert [(c, m) for c, m, _, _ in got] == [("COERCE", "curfew")]
    got = _coded("Pemerintah Kashmir memerintahkan seluruh warga membersihkan selokan.", org)
    assert [c for c, _, _, _ in got] == ["REQUEST"]


def test_cutting_phone_and_internet_is_censorship() -> None:
    got = _coded("Pemerintah India memutus sinyal telepon seluler dan internet di Srinagar.")
    assert [(c, m, a) for c, m, a, _ in got] == [("COERCE", "censor", ("IN",))]


@pytest.mark.parametrize("text", [
    "Kementerian Keuangan akan bekerja kooperatif dengan Bank Indonesia.",
    "Kementerian Keuangan memperkuat kolaborasi dengan Bank Indonesia.",
])
def test_cooperation_in_other_words(text: str) -> None:
    got = _coded(text, ("org:k", "ORG", "Kementerian Keuangan"),
                 ("org:b", "ORG", "Bank Indonesia"))
    assert [(c, a, t) for c, _, a, t in got] == [("COOPERATE", ("org:k",), ("org:b",))]


def test_goods_handed_out_are_aid_other_things_given_are_not() -> None:
    kemensos = ("org:k", "ORG", "Kementerian Sosial")
    got = _coded("Kementerian Sosial memberikan sembako kepada warga korban banjir.", kemensos)
    assert [(c, a) for c, _, a, _ in got] == [("AID", ("org:k",))]
    assert _coded("Kementerian Sosial memberikan keterangan kepada wartawan.", kemensos) == []


def test_speaking_by_phone_is_a_phone_consultation() -> None:
    text = "Joko Widodo berbicara melalui sambungan telepon dengan Vladimir Putin."
    got = _coded(text, ("per:j", "PERSON", "Joko Widodo"),
                 ("per:v", "PERSON", "Vladimir Putin"))
    assert [(c, m, a) for c, m, a, _ in got] == [("CONSULT", "phone", ("per:j", "per:v"))]


@pytest.mark.parametrize("text", [
    "Andi menyarankan Budi menerbitkan surat edaran.",
    "Andi mengingatkan kepada Budi lebih memperhatikan warga miskin.",
])
def test_advice_and_reminders_to_a_named_party_are_requests(text: str) -> None:
    assert [(c, a, t) for c, _, a, t in _coded(text, ANDI, BUDI)] == [
        ("REQUEST", ("per:a",), ("per:b",))]


def test_a_breach_stated_accuses_a_breach_denied_does_not() -> None:
    got = _coded("Andi menyatakan Budi telah melanggar aturan rumah ibadat.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("ACCUSE", ("per:a",), ("per:b",))]
    assert _coded("Andi menilai Budi tidak terbukti melanggar kode etik.", ANDI, BUDI) == []


def test_scorn_accuses_only_a_named_party() -> None:
    assert [(c, a, t) for c, _, a, t in _coded("Andi tidak sungkan mencela musik baru Budi.",
                                               ANDI, BUDI)] == [("ACCUSE", ("per:a",), ("per:b",))]
    assert _coded("Andi banyak mencela juri di babak final.", ANDI) == []


def test_cutting_aid_is_a_sanction_and_the_cut_named_gives_no_aid() -> None:
    got = _coded("Amerika Serikat memotong dana bantuan kepada Palestina.")
    assert [(c, a) for c, _, a, _ in got] == [("SANCTION", ("US",))]
    assert _coded("Andi mengumumkan pemotongan bantuan Amerika Serikat untuk Palestina.",
                  ANDI) == []


def test_suspensions_are_sanctions() -> None:
    got = _coded("Komisi Disiplin PSSI menskors Andi selama dua pertandingan.",
                 ("org:p", "ORG", "Komisi Disiplin PSSI"), ANDI)
    assert [(c, a, t) for c, _, a, t in got] == [("SANCTION", ("org:p",), ("per:a",))]


def test_a_sting_told_with_its_acronym_is_an_arrest() -> None:
    text = "Kejaksaan Negeri Binjai melakukan OTT terhadap Budi."
    got = _coded(text, ("org:k", "ORG", "Kejaksaan Negeri Binjai"), BUDI)
    assert [(c, m, a, t) for c, m, a, t in got] == [
        ("COERCE", "arrest", ("org:k",), ("per:b",))]


def test_an_accusation_voiced_by_someone_is_theirs() -> None:
    got = _coded("Tudingan itu dilontarkan Andi usai sidang.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("ACCUSE", ("per:a",))]
    assert _coded("Pertanyaan itu dilontarkan Andi usai sidang.", ANDI) == []


def test_an_extended_detention_is_a_detention() -> None:
    text = "Komisi Pemberantasan Korupsi memperpanjang masa penahanan Budi."
    got = _coded(text, ("org:k", "ORG", "Komisi Pemberantasan Korupsi"), BUDI)
    assert [(c, m, a, t) for c, m, a, t in got] == [
        ("COERCE", "arrest", ("org:k",), ("per:b",))]


def test_demolishing_homes_coerces_uncovering_a_case_does_not() -> None:
    got = _coded("Andi akan membongkar rumah-rumah di bantaran kali.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("COERCE", ("per:a",))]
    assert _coded("Andi membongkar kasus narkoba di pelabuhan.", ANDI) == []


def test_harassment_is_sexual_assault() -> None:
    got = _coded("Budi mengaku pernah dilecehkan Andi pada tahun 2002.", ANDI, BUDI)
    assert [(c, m, a) for c, m, a, _ in got] == [("ASSAULT", "sexual", ("per:a",))]


def test_at_the_request_of_a_party_is_its_request() -> None:
    got = _coded("Polisi Prancis menangkap Andi atas permintaan Serbia.", ANDI)
    assert ("REQUEST", ("RS",)) in [(c, a) for c, _, a, _ in got]


def test_support_and_praise_in_other_words() -> None:
    pks, pdip = ("org:k", "ORG", "PKS"), ("org:p", "ORG", "PDIP")
    assert [(c, a, t) for c, _, a, t in _coded("PKS menghargai sikap PDIP.", pks, pdip)] == [
        ("SUPPORT", ("org:k",), ("org:p",))]
    got = _coded("Andi menegaskan dukungannya terhadap keputusan pemerintah.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("SUPPORT", ("per:a",))]


def test_intimidation_threatens() -> None:
    got = _coded("Andi diduga menekan serta mengintimidasi Budi.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("THREATEN", ("per:a",), ("per:b",))]


def test_a_written_request_and_a_wrongful_arrest() -> None:
    kpk = ("org:k", "ORG", "Komisi Pemberantasan Korupsi")
    text = "Imigrasi menerima surat permintaan dari Komisi Pemberantasan Korupsi."
    assert [(c, a) for c, _, a, _ in _coded(text, kpk)] == [("REQUEST", ("org:k",))]
    got = _coded("Andi menjadi korban salah tangkap petugas kepolisian.", ANDI)
    assert [(c, m) for c, m, _, _ in got] == [("COERCE", "arrest")]


def test_a_claim_called_false_is_denied_a_hoax_mentioned_is_not() -> None:
    got = _coded("Andi menegaskan informasi itu merupakan berita bohong.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("REJECT", ("per:a",))]
    assert _coded("Andi menyatakan beredarnya isu hoax telah meresahkan warga.", ANDI) == []


def test_taking_a_case_to_law_accuses_a_wish_to_does_not() -> None:
    got = _coded("Andi membawa kasus tersebut ke ranah hukum.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("ACCUSE", ("per:a",))]
    assert _coded("Andi ingin menempuh jalur hukum agar ada kejelasan.", ANDI) == []


def test_a_courtesy_call_is_a_visit() -> None:
    text = "Andi bersilaturahmi ke kediaman Budi di Jakarta."
    assert [(c, m, a, t) for c, m, a, t in _coded(text, ANDI, BUDI)] == [
        ("CONSULT", "visit", ("per:a",), ("per:b",))]


def test_blessing_and_nominating_a_candidate_support_a_theme_carried_does_not() -> None:
    got = _coded("Andi merestui Budi maju dalam pemilihan.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("SUPPORT", ("per:a",), ("per:b",))]
    golkar = ("org:g", "ORG", "Partai Golkar")
    got = _coded("Partai Golkar mengusung Budi sebagai calon gubernur.", golkar, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("SUPPORT", ("org:g",), ("per:b",))]
    assert _coded("Acara Partai Golkar itu mengusung tema kebersamaan.", golkar) == []


def test_instructions_given_to_someone_are_requests() -> None:
    got = _coded("Andi memberikan instruksi kepada Budi untuk menghemat anggaran.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("REQUEST", ("per:a",), ("per:b",))]


def test_a_procedure_told_for_later_codes_nothing() -> None:
    polda = ("org:p", "ORG", "Polda Sumsel")
    text = "Setelah rekening diblokir, nantinya Polda Sumsel akan memeriksa saksi kasus itu."
    assert _coded(text, polda) == []
    text = "Polda Sumsel memeriksa saksi kasus itu."
    assert [c for c, _, _, _ in _coded(text, polda)] == ["ACCUSE"]


def test_a_clash_with_its_adjective_keeps_its_parties() -> None:
    text = "Bentrokan berdarah antara Andi dan Budi terjadi di pasar."
    got = _coded(text, ANDI, BUDI)
    assert [(c, a) for c, _, a, _ in got] == [("ASSAULT", ("per:a", "per:b"))]


def test_detaining_someone_named_by_kin_or_office_is_an_arrest() -> None:
    kejari = ("org:k", "ORG", "Kejaksaan Negeri Binjai")
    text = "Kejaksaan Negeri Binjai menahan Plt Kadis PUTR berinisial RIP atas dugaan korupsi."
    assert [(c, m, a) for c, m, a, _ in _coded(text, kejari)] == [
        ("COERCE", "arrest", ("org:k",))]
    assert _coded("Kejaksaan Negeri Binjai menahan laju inflasi.", kejari) == []


# ----------------------------------------------------------------------------- agentless passives


@pytest.mark.parametrize(("text", "names", "want"), [
    # the one acted on is named, who acted is not: the actor stays empty
    ("Kvyat sempat diminta kembali memperkuat Toro Rosso.", {"per:kvyat": "Kvyat"},
     [("REQUEST", (), ("per:kvyat",))]),
    ("Rabu petang, Ahok dinonaktifkan dari jabatan gubernur.", {"per:ahok": "Ahok"},
     [("SANCTION", (), ("per:ahok",))]),
    ("Seorang jurnalis ditembak oleh orang tak dikenal.", {},
     [("ASSAULT", (), ("MED",))]),
    # a plan, not a deed; a duty that goes with a post, no request made
    ("Yodi akan diperiksa sebagai saksi.", {"per:yodi": "Yodi"}, []),
    ("Tisha juga dituntut untuk siap menghadapi segala permasalahan.", {"per:t": "Tisha"}, []),
    ("Sebagai polisi, Andi dituntut bisa melakukan penyamaran.", {"per:a": "Andi"}, []),
    # the subject of these passives is the aid or a venue, no participant
    ("BLTS mulai disalurkan untuk 35 juta keluarga.", {"org:blts": "BLTS"}, []),
    ("Museum BI telah dikunjungi oleh dua juta pengunjung.", {"org:museum": "Museum BI"}, []),
    # who "mereka" are is unsure: no one acted on is named
    ("Mereka ditahan di Polres Bogor.", {}, []),
])
def test_a_passive_with_no_agent_codes_its_target_with_no_actor(
        text: str, names: dict[str, str], want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    es = [ent(text, eid, "ORG" if eid.startswith("org") else "PERSON", name)
          for eid, name in names.items()]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == want


def test_unnamed_authorities_officers_and_regional_heads_are_agents() -> None:
    text = "Pihak berwenang sudah menahan Andi."
    e = find_events(art(text, [ent(text, "per:andi", "PERSON", "Andi")]))
    assert [(x.code, x.actors, x.targets) for x in e] == [("COERCE", ("GOV",), ("per:andi",))]
    text = "Perwira intelijen menangkap Ali Nur."
    e = find_events(art(text, [ent(text, "per:ali", "PERSON", "Ali Nur")]))
    assert [(x.code, x.actors, x.targets) for x in e] == [("COERCE", ("SPY",), ("per:ali",))]
    text = "Luthfi meminta para bupati dan wali kota untuk segera mengajukan rencana."
    e = find_events(art(text, [ent(text, "per:l", "PERSON", "Luthfi")]))
    assert [(x.code, x.actors, x.targets) for x in e] == [("REQUEST", ("per:l",), ("GOV",))]
    # with a name after it, the title names that person, no unnamed head
    text = "Wali Kota Denpasar Jaya Negara meminta Ketut untuk datang."
    es = [ent(text, "per:j", "PERSON", "Jaya Negara"), ent(text, "per:k", "PERSON", "Ketut")]
    e = find_events(art(text, es))
    assert [(x.code, x.actors, x.targets) for x in e] == [("REQUEST", ("per:j",), ("per:k",))]


def test_both_sides_are_the_parties_of_the_event_before() -> None:
    text = ("Pemprov Jateng menandatangani nota kesepahaman dengan Bank BRI. "
            "Sebagai langkah konkret, kedua pihak sepakat membentuk tim bersama.")
    es = [ent(text, "org:jateng", "ORG", "Pemprov Jateng"), ent(text, "org:bri", "ORG", "Bank BRI")]
    agree = [e for e in find_events(art(text, es)) if e.code == "AGREE"]
    assert [set(e.actors) for e in agree] == [{"org:jateng", "org:bri"}]


def test_saat_ini_is_a_time_noun_not_a_clause_break() -> None:
    text = "KPK saat ini akan berkoordinasi dengan Inspektorat Jenderal Kementerian PU."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "org:pu", "ORG", "Kementerian PU")]
    e = find_events(art(text, es))
    assert [(x.code, set(x.actors)) for x in e] == [("CONSULT", {"org:kpk", "org:pu"})]
    text = "Miryam saat ini ditahan di Rumah Tahanan Polres Jakarta Timur."
    es = [ent(text, "per:m", "PERSON", "Miryam")]
    e = find_events(art(text, es))
    assert [(x.code, x.targets) for x in e] == [("COERCE", ("per:m",))]


def test_pihaknya_after_a_quote_is_its_speaker_named_further_back() -> None:
    text = ("Direktur Utama PT MRT Jakarta Silvi Halim menjelaskan perubahan desain stasiun. "
            "Desain lama dibuat untuk gempa biasa. Gempa besar terjadi setiap 100 tahun. "
            "Ketahanan bangunan kini meningkat. Biaya proyek pun bertambah. "
            '"Designnya harus diperkuat," tandasnya. '
            "Pihaknya pun meminta tambahan dana kepada JICA.")
    a = quoted_art(text, ("per:s", "PERSON", "Silvi Halim"), ("org:jica", "ORG", "JICA"))
    assert {q.speaker for q in a.quotes} == {"per:s"}
    assert roles(a) == [("REQUEST", ("per:s",), ("org:jica",))]


@pytest.mark.parametrize("text", [
    "Dedy mengatakan dialog dengan anggota AJI penting untuk memahami kritik publik.",
    "Ketua DPD Oesman Sapta mengatakan, pertemuannya dengan AJI lebih membahas ekonomi.",
])
def test_a_meeting_noun_opening_a_reported_clause_is_the_speakers(text: str) -> None:
    who = "Dedy" if text.startswith("Dedy") else "Oesman Sapta"
    es = [ent(text, "per:d", "PERSON", who), ent(text, "org:aji", "ORG", "AJI")]
    assert [(e.code, set(e.actors)) for e in find_events(art(text, es))] == [
        ("CONSULT", {"per:d", "org:aji"})]


def test_a_persons_request_told_in_a_quotation_is_reported() -> None:
    text = ('"Bapak Presiden Prabowo meminta kepada Kemensos untuk melakukan konsolidasi data," '
            "kata Saifullah Yusuf.")
    a = quoted_art(text, ("per:p", "PERSON", "Presiden Prabowo"), ("org:k", "ORG", "Kemensos"),
                   ("per:s", "PERSON", "Saifullah Yusuf"))
    assert roles(a) == [("REQUEST", ("per:p",), ("org:k",))]
    # a third party's other acts told in the present tense still describe, report nothing
    text = '"Presiden Prabowo mendukung Kemensos dalam program ini," kata Saifullah Yusuf.'
    a = quoted_art(text, ("per:p", "PERSON", "Presiden Prabowo"), ("org:k", "ORG", "Kemensos"),
                   ("per:s", "PERSON", "Saifullah Yusuf"))
    assert roles(a) == []


@pytest.mark.parametrize(("text", "owner"), [
    ("Adian Napitupulu menegaskan dukungannya terhadap rencana itu.", "Adian Napitupulu"),
    ("Dalam kunjungannya ke Jepang, Andre meninjau pabrik mobil.", "Andre"),
])
def test_a_nominal_trigger_with_nya_is_the_clause_subjects(text: str, owner: str) -> None:
    a = art(text, [ent(text, "per:o", "PERSON", owner)])
    assert [e.actors for e in find_events(a)] == [("per:o",)]


def test_a_nominal_trigger_with_nya_after_an_object_names_no_owner() -> None:
    # two verbs between: "Budi" is no subject of "dukungannya"
    text = "Budi mengatakan rakyat memberikan dukungannya kepada Ani."
    es = [ent(text, "per:b", "PERSON", "Budi"), ent(text, "per:a", "PERSON", "Ani")]
    assert find_events(art(text, es)) == []


def test_extending_a_detention_and_intimidating() -> None:
    text = "KPK memperpanjang masa penahanan Charles Jones Mesang terkait korupsi."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "per:c", "PERSON", "Charles Jones Mesang")]
    assert roles(art(text, es)) == [("COERCE", ("org:kpk",), ("per:c",))]
    text = "Sejumlah anggota DPR diduga mengintimidasi Miryam."
    es = [ent(text, "org:dpr", "ORG", "DPR"), ent(text, "per:m", "PERSON", "Miryam")]
    assert roles(art(text, es)) == [("THREATEN", ("org:dpr",), ("per:m",))]


# ----------------------------------------------------------------------------- lists


@pytest.mark.parametrize(("text", "names", "want"), [
    # a joining word and a short description of the second member between two names
    ("Israel dan para pendukungnya, termasuk AS, kerap menuding PBB.",
     {"org:il": "Israel", "org:us": "AS", "org:pbb": "PBB"},
     [("ACCUSE", ("org:il", "org:us"), ("org:pbb",))]),
    ("Nikita dan asistennya, Mail, ditahan penyidik Polda Metro Jaya.",
     {"per:n": "Nikita", "per:m": "Mail", "org:p": "Polda Metro Jaya"},
     [("COERCE", ("org:p",), ("per:n", "per:m"))]),
    ("Polri bersama Polda Bali dan juga Kepolisian China menggerebek rumah itu.",
     {"org:a": "Polri", "org:b": "Polda Bali", "org:c": "Kepolisian China"},
     [("COERCE", ("org:a", "org:b", "org:c"), ())]),
    # after a bare noun too: the list's rule is one in every group
    ("Pembebasan itu setelah mediasi dari pihak Andika dan sang istri, Chairunisa, kemarin.",
     {"per:a": "Andika", "per:c": "Chairunisa"},
     [("CONSULT", ("per:a", "per:c"), ())]),
    # a comma alone, or a clause word between, joins nothing
    ("Menurut Budi, kata Andi, Kejaksaan menggeledah kantor itu.",
     {"per:b": "Budi", "per:a": "Andi", "org:k": "Kejaksaan"},
     [("COERCE", ("org:k",), ())]),
    ("Hidayat melaporkan Kaesang, putra Presiden Jokowi, ke polisi.",
     {"per:h": "Hidayat", "per:k": "Kaesang", "per:j": "Presiden Jokowi"},
     [("ACCUSE", ("per:h",), ("per:k",))]),
])
def test_a_list_with_a_description_between_names_keeps_every_member(
        text: str, names: dict[str, str], want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    es = [ent(text, eid, "ORG" if eid.startswith("org") else "PERSON", name)
          for eid, name in names.items()]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == want


@pytest.mark.parametrize(("text", "names", "want"), [
    # a demonstrative or a verb ends the preposition's phrase: the name after is no source
    ("Adapun dari penggeledahan itu tim kejaksaan menyita puluhan dokumen.", {},
     [("COERCE", ("JUD",), ())]),
    ("Polrestabes Palembang menyiapkan strategi baru, di antaranya menggandeng OJK.",
     {"org:p": "Polrestabes Palembang", "org:o": "OJK"},
     [("COOPERATE", ("org:p",), ("org:o",))]),
])
def test_a_preposition_does_not_reach_past_a_demonstrative_or_a_verb(
        text: str, names: dict[str, str], want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    es = [ent(text, eid, "ORG", name) for eid, name in names.items()]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == want


def test_a_body_visited_hosts_the_visit() -> None:
    text = "Menteri Haji Irfan Yusuf melakukan kunjungan resmi ke Kementerian Haji Arab Saudi."
    es = [ent(text, "per:i", "PERSON", "Irfan Yusuf"),
          ent(text, "org:k", "ORG", "Kementerian Haji Arab Saudi")]
    assert [(e.code, e.mode, e.actors, e.targets) for e in find_events(art(text, es))] == [
        ("CONSULT", "visit", ("per:i",), ("org:k",))]


# ----------------------------------------------------------------------------- default enforcer


def _held(text: str, *names: tuple[str, str, str]) -> list[tuple[str, tuple[str, ...]]]:
    es = [ent(text, eid, kind, name) for eid, kind, name in names]
    return [(e.code, e.actors) for e in find_events(art(text, es))
            if "per:andi" in e.targets]


def test_an_unnamed_arrest_is_put_on_the_police_only_where_the_article_names_them() -> None:
    andi = ("per:andi", "PERSON", "Andi")
    assert _held("Andi ditahan di rutan.", andi) == [("COERCE", ())]
    assert _held("Kasus itu ditangani polisi sejak Mei. Andi ditahan di rutan.", andi) == [
        ("COERCE", ("COP",))]


def test_in_an_article_naming_no_police_its_enforcer_holds_throughout() -> None:
    filler = " ".join(f"Hal ke-{n} dijelaskan panjang lebar." for n in range(14))
    text = f"Kejaksaan Negeri Kuningan menetapkan Budi sebagai tersangka. {filler} Andi ditahan."
    kejari = ("org:k", "ORG", "Kejaksaan Negeri Kuningan")
    budi, andi = ("per:budi", "PERSON", "Budi"), ("per:andi", "PERSON", "Andi")
    assert _held(text, kejari, budi, andi) == [("COERCE", ("org:k",))]
    # with the police named, the reach stays a few sentences: the police are assumed
    text = text.replace("dijelaskan", "dijelaskan polisi", 1)
    assert _held(text, kejari, budi, andi) == [("COERCE", ("COP",))]


@pytest.mark.parametrize(("text", "codes"), [
    # a duty states no deed ...
    ("Komisi I perlu mengundang Mabes TNI dan Kemenhan.", []),
    ("Menurut Andi, KPK harus menahan Budi.", []),
    # ... unless forced: the shot was fired
    ("Polisi terpaksa harus melayangkan tembakan ke arah Budi.", ["ASSAULT"]),
])
def test_a_duty_is_no_deed_unless_forced(text: str, codes: list[str]) -> None:
    names = {"org:k": "Komisi I", "org:t": "Mabes TNI", "org:h": "Kemenhan", "org:kpk": "KPK",
             "per:a": "Andi", "per:b": "Budi"}
    es = [ent(text, eid, "ORG" if eid.startswith("org") else "PERSON", name)
          for eid, name in names.items() if name in text]
    assert [e.code for e in find_events(art(text, es))] == codes


def test_reported_content_with_only_a_light_verb_before_its_noun_is_the_reporters_deed() -> None:
    text = "KPK juga menyampaikan telah melakukan penggeledahan di rumah Andi."
    a = quoted_art(text, ("org:kpk", "ORG", "KPK"), ("per:andi", "PERSON", "Andi"))
    assert [q.kind for q in a.quotes] == ["indirect"]
    assert [(e.code, e.actors) for e in find_events(a)] == [("COERCE", ("org:kpk",))]


@pytest.mark.parametrize(("text", "want"), [
    # reprimands in every voice, as "menegur"
    ("Bobby ditegur Kemendagri karena inflasi tinggi.", [("ACCUSE", ("org:k",), ("per:b",))]),
    ("Bobby mendapat teguran dari Kemendagri.", [("ACCUSE", ("org:k",), ("per:b",))]),
    # a reduplicated plural is the agent noun ("kepala-kepala daerah": regional heads)
    ("Kemendagri memberi teguran kepada kepala-kepala daerah.", [("ACCUSE", ("org:k",), ("GOV",))]),
    # a main verb with no prefix: the subject opening the main clause is the one reprimanded
    ("Gubernur Bobby buka suara usai ditegur Kemendagri.", [("ACCUSE", ("org:k",), ("per:b",))]),
    # joint operations of two bodies
    ("Polri menggelar operasi gabungan dengan TNI.", [("COOPERATE", ("org:p",), ("org:t",))]),
])
def test_reprimands_plural_agents_and_joint_operations(
        text: str, want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    names = {"org:k": "Kemendagri", "per:b": "Bobby", "org:p": "Polri", "org:t": "TNI"}
    es = [ent(text, eid, "ORG" if eid.startswith("org") else "PERSON", name)
          for eid, name in names.items() if name in text]
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text, es))] == want


@pytest.mark.parametrize(("text", "want"), [
    # a counted group of people named by no one is arrested or charged
    ("Kasus itu ditangani polisi. Ada 249 orang yang ditahan dari hasil razia itu.",
     [("COERCE", ("COP",), ())]),
    ("Kasus itu ditangani polisi. Sebanyak 86 orang di antaranya ditangkap di kantor.",
     [("COERCE", ("COP",), ())]),
    # money counted is no group of people
    ("Kasus itu ditangani polisi. Uang Rp 13 triliun itu disita dari tiga perusahaan.", []),
])
def test_a_counted_group_named_by_no_one_is_arrested(
        text: str, want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text))] == want


def test_they_after_an_arrest_of_people_named_by_no_one_are_not_the_police() -> None:
    text = ("Sebanyak 86 orang ditangkap di kantor polisi. "
            "KBRI menjelaskan bahwa mereka telah menerima bantuan dari KBRI.")
    es = [ent(text, "org:kbri", "ORG", "KBRI")]
    assert [(e.code, e.actors) for e in find_events(art(text, es))] == [("COERCE", ("COP",))]


def test_a_body_within_which_is_meant_is_no_place() -> None:
    text = "KPK mengimbau pelaporan gratifikasi di lingkungan Kementerian PU."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "org:pu", "ORG", "Kementerian PU")]
    assert roles(art(text, es)) == [("REQUEST", ("org:kpk",), ("org:pu",))]
    text = "KPK mengimbau pelaporan gratifikasi di Kementerian PU."  # a place: no target
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, "org:pu", "ORG", "Kementerian PU")]
    assert roles(art(text, es)) == [("REQUEST", ("org:kpk",), ())]


def test_residents_of_a_town_at_home_are_civilians_an_officials_town_his_post() -> None:
    text = "Warga Tanjung Barat menolak keberadaan gereja itu."
    es = [ent(text, "loc:tb", "PLACE", "Tanjung Barat", country="ID")]
    assert roles(art(text, es)) == [("REJECT", ("CVL",), ())]
    text = "Gubernur DKI Jakarta Anies menolak usulan itu."
    es = [ent(text, "loc:dki", "PLACE", "DKI Jakarta", country="ID"),
          ent(text, "per:a", "PERSON", "Anies")]
    assert roles(art(text, es)) == [("REJECT", ("per:a",), ())]


# ------------------------------------------------ lexicon gaps of seeds 21-49 (events10)

def test_a_denial_in_the_passive_is_the_agents_a_parried_shot_is_none() -> None:
    got = _coded("Namun, hal tersebut dibantah Andi.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("REJECT", ("per:a",))]
    assert _coded("Sepakan Budi ditepis Andi di menit akhir.", ANDI, BUDI) == []


def test_a_crowd_descending_on_a_building_protests() -> None:
    got = _coded("Gedung DPRD digeruduk ratusan massa dari warga.")
    assert [(c, m) for c, m, _, _ in got] == [("PROTEST", "demo")]


def test_stepping_down_as_a_candidate_and_retracting_a_statement() -> None:
    got = _coded("Andi mundur sebagai bakal calon wakil gubernur.", ANDI)
    assert [(c, m, a) for c, m, a, _ in got] == [("RETREAT", "resign", ("per:a",))]
    got = _coded("Andi kemudian menganulir pernyataannya sendiri.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("CONCEDE", ("per:a",))]


def test_questioning_and_investigating_a_case_accuse() -> None:
    kpk = ("org:k", "ORG", "KPK")
    got = _coded("KPK tengah mendalami kasus tersebut.", kpk)
    assert [(c, a) for c, _, a, _ in got] == [("ACCUSE", ("org:k",))]
    # studying a subject is no investigation
    assert _coded("Andi mendalami ilmu agama di pesantren.", ANDI) == []
    got = _coded("KPK memintai keterangan Andi sebagai saksi kasus suap.", kpk, ANDI)
    assert [(c, a, t) for c, _, a, t in got] == [("ACCUSE", ("org:k",), ("per:a",))]
    # a found person heard by investigators is no suspect or witness in a case
    assert _coded("Andi ditemukan malam tadi dan kini dimintai keterangan tim penyidik.",
                  ANDI) == []
    # no police named in the text: no default agent (events v22's enforcer rule)
    got = _coded("Andi resmi menyandang status tersangka atas kasus penipuan.", ANDI)
    assert [(c, a, t) for c, _, a, t in got] == [("ACCUSE", (), ("per:a",))]
    got = _coded("Polisi menangkap Budi. Andi resmi menyandang status tersangka atas kasus "
                 "penipuan.", ANDI, BUDI)
    assert ("ACCUSE", ("COP",), ("per:a",)) in [(c, a, t) for c, _, a, t in got]


def test_suits_and_divorce_suits_accuse() -> None:
    got = _coded("Andi mengajukan gugatan cerai terhadap Budi.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("ACCUSE", ("per:a",), ("per:b",))]


def test_police_quotes_with_the_thing_first_and_kami_before_a_base_verb() -> None:
    text = '"Uang tersebut kami sita sebagai barang bukti," kata Andi.'
    e = one(find_events(quoted_art(text, ANDI)), "COERCE")
    assert e.actors == ("per:a",)
    # "kita" is everyone: a chance to seize is no seizure
    text = '"Ini peluang besar yang harus kita tangkap," kata Andi.'
    assert find_events(quoted_art(text, ANDI)) == []


def test_grants_budgeted_and_aid_handed_out_told_as_a_noun() -> None:
    org = ("org:p", "ORG", "Pemkot Bandung")
    got = _coded("Pemkot Bandung mengalokasikan dana hibah sebesar Rp11 miliar untuk partai.", org)
    assert [(c, a) for c, _, a, _ in got] == [("AID", ("org:p",))]
    got = _coded("Andi mengumumkan penyaluran bantuan tunai bagi keluarga miskin.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("AID", ("per:a",))]
    # a budget with no grant in it gives nothing
    assert _coded("Pemkot Bandung mengalokasikan anggaran untuk jalan.", org) == []


def test_offers_permissions_and_warning_letters() -> None:
    got = _coded("Andi telah menawarkan untuk mengirim pasukan ke Gaza.", ANDI)
    assert [(c, a) for c, _, a, _ in got] == [("AGREE", ("per:a",))]
    got = _coded("Andi mengizinkan Budi membangun rumah di sana.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("AGREE", ("per:a",), ("per:b",))]
    got = _coded("Andi memberikan SP I kepada Budi karena pernyataannya.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("SANCTION", ("per:a",), ("per:b",))]


def test_a_mob_beating_and_lobbying() -> None:
    got = _coded("Andi menjadi bulan-bulanan warga yang marah.", ANDI)
    assert [(c, m, t) for c, m, _, t in got] == [("ASSAULT", "beat", ("per:a",))]
    kemenkeu = ("org:k", "ORG", "Kementerian Keuangan")
    got = _coded("Andi melobi Kementerian Keuangan terkait dana tersebut.", ANDI, kemenkeu)
    assert [(c, a, t) for c, _, a, t in got] == [("REQUEST", ("per:a",), ("org:k",))]
    assert _coded("Andi menunggu di lobi hotel.", ANDI) == []


def test_declining_to_explain_rejects_no_one() -> None:
    assert _coded("Namun, Andi menolak menerangkan lebih lanjut soal Budi.", ANDI, BUDI) == []


def test_attending_a_hearing_meets_its_host() -> None:
    pansus = ("org:p", "ORG", "Pansus Hak Angket")
    got = _coded("Andi memutuskan hadir dalam rapat dengar pendapat umum Pansus Hak Angket.",
                 ANDI, pansus)
    assert [(c, set(a)) for c, _, a, _ in got] == [("CONSULT", {"per:a", "org:p"})]


def test_cutting_a_bodys_funds_sanctions_it() -> None:
    pbb = ("org:u", "ORG", "PBB")
    got = _coded("Israel mengumumkan akan memangkas sumbangannya pada PBB sebesar US$ 2 juta.", pbb)
    assert [(c, m, a, t) for c, m, a, t in got] == [("SANCTION", "withdraw", ("IL",), ("org:u",))]


def test_aid_received_from_a_named_giver_and_bombs_planted() -> None:
    kemensos = ("org:k", "ORG", "Kementerian Sosial")
    got = _coded("Para pekerja mendapatkan bantuan dari Kementerian Sosial.", kemensos)
    assert [(c, a) for c, _, a, _ in got] == [("AID", ("org:k",))]
    got = _coded("Andi meletakkan dua bom rakitan di dalam pasar.", ANDI)
    assert [(c, m, a) for c, m, a, _ in got] == [("ASSAULT", "explosives", ("per:a",))]
    assert _coded("Andi meletakkan dua buku di meja.", ANDI) == []


def test_a_joint_operation_with_a_named_partner_cooperates() -> None:
    polres, tni = ("org:p", "ORG", "Polres Bogor"), ("org:t", "ORG", "TNI")
    got = _coded("Polres Bogor melakukan operasi gabungan dengan TNI di jalan raya.", polres, tni)
    assert [(c, a, t) for c, _, a, t in got] == [("COOPERATE", ("org:p",), ("org:t",))]


def test_first_person_base_forms_urge_and_meet_only_someone_named() -> None:
    text = '"Kita terus dorong Kadin untuk meningkatkan ekspor," kata Andi.'
    kadin = ("org:k", "ORG", "Kadin")
    e = one(find_events(quoted_art(text, ANDI, kadin)), "REQUEST")
    assert (e.actors, e.targets) == (("per:a",), ("org:k",))
    text = '"Kita terus dorong pertumbuhan ekonomi daerah," kata Andi.'
    assert find_events(quoted_art(text, ANDI)) == []
    text = '"Beberapa kali kami juga undang Kadin untuk membahas opsi," kata Andi.'
    e = one(find_events(quoted_art(text, ANDI, kadin)), "CONSULT")
    assert set(e.actors) == {"per:a", "org:k"}


def test_asking_money_of_someone_demands_it() -> None:
    got = _coded("Andi memintai uang kepada Budi untuk tes kesehatan.", ANDI, BUDI)
    assert [(c, t) for c, _, _, t in got] == [("REQUEST", ("per:b",))]


def test_securing_a_scene_a_product_sought_a_call_stating_and_leaving_a_band() -> None:
    assert _coded("Polisi kemudian mengamankan TKP dengan pita kuning dari warga.") == []
    got = _coded("Polisi mengamankan barang bukti milik Andi.", ANDI)
    assert [c for c, _, _, _ in got] == ["COERCE"]
    assert _coded("Kari matcha dari Andi selalu diburu pembeli.", ANDI) == []
    assert _coded("Andi menyerukan bahwa makna kemerdekaan bukan milik golongan tertentu.",
                  ANDI) == []
    assert _coded("Penyakit itu membuat Andi mundur dari band yang ia dirikan.", ANDI) == []


def test_entertainment_refuses_promises_to_fans_and_plot_threats_keeps_suits() -> None:
    text = ("Andi menjanjikan gelaran konser yang lebih meriah. Warga mengancam Budi dalam "
            "film itu. Andi mengajukan gugatan cerai terhadap Budi.")
    plain = art(text, [ent(text, "per:a", "PERSON", "Andi"), ent(text, "per:b", "PERSON", "Budi")])
    assert sorted(_codes(plain)) == ["ACCUSE", "AGREE", "THREATEN"]
    arts = replace(plain, themes=(Theme(code="iptc:arts_culture_entertainment", score=0.8),))
    assert _codes(arts) == ["ACCUSE"]


# events12 (2026-12-03): lexicon gaps and wrong codes found on the missed events of seeds 21-53.

@pytest.mark.parametrize("text", [
    "Andi telah membebastugaskan Budi setelah insiden tersebut.",
    "Budi dibebastugaskan oleh Andi setelah insiden tersebut.",
])
def test_suspension_from_duty_is_a_sanction(text: str) -> None:
    assert [c for c, _, _, t in _coded(text, ANDI, BUDI) if t == ("per:b",)] == ["SANCTION"]


@pytest.mark.parametrize(("text", "code"), [
    ("Hakim Andi mevonis Budi 8 tahun penjara.", "SANCTION"),
    ("Polisi Andi melakukan penggeladahan di rumah Budi.", "COERCE"),
    ("Andi menyendera dua anak Budi.", "ASSAULT"),
])
def test_common_misspellings_of_legal_and_violent_verbs_trigger(text: str, code: str) -> None:
    assert code in [c for c, _, _, _ in _coded(text, ANDI, BUDI)]


def test_charged_with_dipersangkakan_accuses() -> None:
    got = _coded("Budi dipersangkakan melakukan tindak pidana ujaran kebencian.", BUDI)
    assert [(c, t) for c, _, _, t in got] == [("ACCUSE", ("per:b",))]


def test_a_fine_or_damages_demanded_of_someone_accuses_them() -> None:
    for text in ("Budi juga dituntut membayar denda Rp 500 juta subsider enam bulan kurungan.",
                 "Budi juga dituntut lebih dari US$ 36 juta."):
        assert [(c, t) for c, _, _, t in _coded(text, BUDI)] == [("ACCUSE", ("per:b",))]


def test_holding_someone_to_account_accuses_and_asks_nothing() -> None:
    got = _coded("Andi juga akan meminta pertanggungjawaban Budi atas perbuatannya.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["ACCUSE"]


def test_city_arrest_ordered_is_a_detention_not_a_charge() -> None:
    got = _coded("Jaksa Andi menetapkan penahanan kota bagi tersangka Budi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["COERCE"]


def test_help_asked_for_is_a_request_not_aid() -> None:
    got = _coded("Andi menyampaikan permintaan bantuan kepada Budi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["REQUEST"]


def test_mobility_of_people_is_no_mobilisation_of_a_force() -> None:
    assert _coded("Kegiatan ekonomi mobilisasi masyarakat menurun di Jakarta.") == []
    got = _coded("Rusia melakukan mobilisasi pasukan di perbatasan.")
    assert [c for c, _, _, _ in got] == ["MOBILIZE"]


def test_incentives_given_are_aid_and_a_joint_team_is_cooperation() -> None:
    got = _coded("Andi memberikan insentif kepada Budi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["AID"]
    got = _coded("Andi membentuk tim gabungan bersama Budi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["COOPERATE"]
    # an intention to strengthen synergy is no act of cooperation
    assert _coded("Andi akan memperkuat sinergi dengan Budi.", ANDI, BUDI) == []


def test_tearing_down_buildings_is_coercion() -> None:
    got = _coded("Andi meruntuhkan konstruksi bangunan milik Budi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["COERCE"]


def test_judging_something_against_the_law_criticises_it() -> None:
    got = _coded("Andi menilai bahwa perintah Budi bertentangan dengan konstitusi.", ANDI, BUDI)
    assert [c for c, _, _, _ in got] == ["ACCUSE"]


def test_tariffs_on_trade_sanction_a_toll_tariff_does_not() -> None:
    got = _coded("Amerika Serikat mengenakan tarif impor 32 persen terhadap Indonesia.")
    assert [(c, a, t) for c, _, a, t in got] == [("SANCTION", ("US",), ("ID",))]
    assert _coded("Andi menaikkan tarif tol mulai bulan depan.", ANDI) == []


def test_robbery_is_an_assault() -> None:
    got = _coded("Andi merampok Budi di jalan.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("ASSAULT", ("per:a",), ("per:b",))]


def test_taken_to_court_accuses_and_removal_by_force_coerces() -> None:
    got = _coded("Budi sempat terseret ke meja hijau.", BUDI)
    assert [(c, t) for c, _, _, t in got] == [("ACCUSE", ("per:b",))]
    got = _coded("Budi dikeluarkan paksa dari pesawat.", BUDI)
    assert [(c, t) for c, _, _, t in got] == [("COERCE", ("per:b",))]


def test_coming_at_someones_invitation_visits_them() -> None:
    got = _coded("Andi memenuhi undangan dari Budi.", ANDI, BUDI)
    assert [(c, a, t) for c, _, a, t in got] == [("CONSULT", ("per:a",), ("per:b",))]


def test_the_courts_formula_convicts_and_an_acquittal_does_not() -> None:
    got = _coded("Majelis hakim menyatakan Budi terbukti secara sah dan meyakinkan melakukan "
                 "tindak pidana.", BUDI)
    assert [(c, m, t) for c, m, _, t in got] == [("SANCTION", "convict", ("per:b",))]
    got = _coded("Budi dinyatakan terbukti bersalah melakukan korupsi.", BUDI)
    assert [(c, t) for c, _, _, t in got] == [("SANCTION", ("per:b",))]
    assert _coded("Budi dinyatakan tidak terbukti secara sah dan meyakinkan melakukan "
                  "korupsi.", BUDI) == []


def test_a_breach_judged_in_the_passive_accuses() -> None:
    got = _coded("Budi dinilai telah melanggar peraturan partai.", BUDI)
    assert [(c, t) for c, _, _, t in got] == [("ACCUSE", ("per:b",))]


def test_a_sanction_on_unnamed_people_is_coded() -> None:
    got = _coded("Kementerian Keuangan memecat 26 pegawai pajak.",
                  ("org:k", "ORG", "Kementerian Keuangan"))
    assert [(c, a, t) for c, _, a, t in got] == [("SANCTION", ("org:k",), ())]


def test_revoking_a_bodys_legal_status_sanctions_it() -> None:
    got = _coded("Kemkumham mencabut status badan hukum milik Budi.",
                 ("org:k", "ORG", "Kemkumham"), BUDI)
    assert [(c, m, a, t) for c, m, a, t in got] == [("SANCTION", "cancel", ("org:k",), ("per:b",))]


def test_money_poured_out_is_aid_only_for_people() -> None:
    got = _coded("Pemerintah menggelontorkan Rp 1,1 triliun untuk menggaji para peserta magang.")
    assert [c for c, _, _, _ in got] == ["AID"]
    assert _coded("Andi menggelontorkan anggaran Rp 599 triliun untuk membayar bunga utang "
                  "negara.", ANDI) == []


# ------------------------------------------ unnamed people and -nya objects (events11)

@pytest.mark.parametrize(("text", "want"), [
    # read back from the trigger: a reporting clause before the counted group is passed by
    # (the suspects are the unnamed target, events17)
    ("Kasus itu ditangani polisi. Kabid Humas mengatakan, lima terduga teroris yang "
     "ditangkap di Antapani merupakan jaringan lama.", [("COERCE", ("COP",), ("CRM",))]),
    # a noun of people before a demonstrative or a relative, no number
    ("Kasus itu ditangani polisi. Remaja ini pun ditangkap di rumahnya.",
     [("COERCE", ("COP",), ())]),
    # a bare noun of people says what is done in general
    ("Kasus itu ditangani polisi. Orang ditahan di sini untuk dibina.", []),
])
def test_people_named_by_no_one_before_a_passive_arrest_are_its_subject(
        text: str, want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert [(e.code, e.actors, e.targets) for e in find_events(art(text))] == want


def test_a_counted_group_named_after_its_verb_is_the_target() -> None:
    text = ("Kasus itu ditangani polisi. Ada tiga terduga teroris yang ditangkap, yakni "
            "Rudi Wijaya dan Ahmad Yani.")
    es = [ent(text, "per:r", "PERSON", "Rudi Wijaya"),
          ent(text, "per:a", "PERSON", "Ahmad Yani")]
    assert roles(art(text, es)) == [("COERCE", ("COP",), ("per:r", "per:a"))]
    text = ("Kasus itu ditangani polisi. Lima terduga teroris yang ditangkap merupakan "
            "jaringan JAD.")  # a body they belong to is no one arrested (the suspects
    es = [ent(text, "org:jad", "ORG", "JAD")]  # are, unnamed: events17)
    assert roles(art(text, es)) == [("COERCE", ("COP",), ("CRM",))]


def test_a_request_with_a_nya_object_is_made_to_the_person_named_last() -> None:
    text = "Gibran merespons soal partai politik memintanya berkantor di IKN."
    es = [ent(text, "per:g", "PERSON", "Gibran")]
    assert roles(art(text, es)) == [("REQUEST", ("PTY",), ("per:g",))]


def test_people_who_act_before_a_passive_arrest_are_not_its_subject() -> None:
    text = "Kasus itu ditangani polisi. Dua warga melaporkan pencuri yang ditangkap itu."
    assert [(e.code, e.targets) for e in find_events(art(text)) if e.code == "COERCE"] == []


def test_people_named_by_no_one_held_by_no_one_named_code_nothing() -> None:
    # no police named in the article: no default agent, and the people held are unnamed
    assert find_events(art("Sebanyak 16 saksi telah diperiksa dalam perkara ini.")) == []


def test_a_list_begun_within_the_object_reach_runs_on_past_it() -> None:
    text = ("Melalui kolaborasi antara Bank DBS Indonesia, Asian Development Bank (ADB), dan "
            "Australian Climate Finance Partnership (ACFP) berhasil menyediakan pembiayaan.")
    es = [ent(text, "org:dbs", "ORG", "Bank DBS Indonesia"),
          ent(text, "org:adb", "ORG", ["Asian Development Bank", "ADB"]),
          ent(text, "org:acfp", "ORG", ["Australian Climate Finance Partnership", "ACFP"])]
    coop = [e for e in find_events(art(text, es)) if e.code == "COOPERATE"]
    assert {v for e in coop for v in (*e.actors, *e.targets)} == {"org:dbs", "org:adb",
                                                                   "org:acfp"}
    # a name past the reach that no list joins stays out
    text = ("Polisi menangkap Budi di sebuah rumah kontrakan yang berada di kawasan padat "
            "penduduk dekat pasar lama kemarin sore setelah Andi melapor.")
    es = [ent(text, "per:b", "PERSON", "Budi"), ent(text, "per:a", "PERSON", "Andi")]
    assert [(e.actors, e.targets) for e in find_events(art(text, es))
            if e.code == "COERCE"] == [(("COP",), ("per:b",))]


@pytest.mark.parametrize(("text", "body", "want"), [
    # a body named only as where a suspect is questioned or held does it ...
    ("Roy Suryo menjalani pemeriksaan di Polda Metro Jaya terkait kasus itu.",
     "Polda Metro Jaya", ("org:body",)),
    ("Roy Suryo masih diamankan di Subbid Paminal Bidpropam Polda Sumut.",
     "Subbid Paminal Bidpropam Polda Sumut", ("org:body",)),
    # ... not a body where the speaker spoke, nor one that enforces nothing
    ("Roy Suryo telah menjalani pemeriksaan, ujar Andi, di Kejaksaan Negeri Sidoarjo.",
     "Kejaksaan Negeri Sidoarjo", ()),
    ("Kasus itu ditangani polisi. Roy Suryo ditahan di Rumah Sakit Bhakti Mulia.",
     "Rumah Sakit Bhakti Mulia", ("COP",)),
    # ... nor the body's jail, where he is held: the unnamed police hold him
    ("Kasus itu ditangani polisi. Roy Suryo dijebloskan ke Rutan Polres Polman.",
     "Rutan Polres Polman", ("COP",)),
    ("Kasus itu ditangani polisi. Roy Suryo ditahan di Rumah Tahanan Polda Metro Jaya.",
     "Rumah Tahanan Polda Metro Jaya", ("COP",)),
])
def test_an_enforcing_body_named_as_the_place_of_questioning_is_its_actor(
        text: str, body: str, want: tuple[str, ...]) -> None:
    es = [ent(text, "per:roy", "PERSON", "Roy Suryo"), ent(text, "org:body", "ORG", body)]
    got = [e.actors for e in find_events(art(text, es)) if e.targets == ("per:roy",)]
    assert got and all(a == want for a in got)


@pytest.mark.parametrize(("text", "codes"), [
    # a hostile act on a market quantity is a market move ...
    ("Kabar mundurnya Salesforce tersebut memukul nilai saham Twitter hingga 5 persen.", []),
    ("Harga saham Twitter dihantam aksi jual investor asing.", []),
    # ... not on a person or a body
    ("Salesforce memukul Twitter dengan tongkat.", ["ASSAULT"]),
])
def test_a_hostile_act_on_a_market_quantity_is_no_event(text: str, codes: list[str]) -> None:
    es = [ent(text, "org:t", "ORG", "Twitter")]
    if "Salesforce" in text:
        es.append(ent(text, "org:s", "ORG", "Salesforce"))
    assert [e.code for e in find_events(art(text, es))] == codes


def test_places_after_a_noun_of_residence_are_no_participants() -> None:
    text = ("Kasus itu ditangani polisi. Seorang pria bernama Berangus (28), warga Desa Kijang, "
            "Kecamatan Praya Timur, Lombok Tengah, ditembak polisi saat ditangkap.")
    es = [ent(text, "per:b", "PERSON", "Berangus"),
          ent(text, "loc:k", "PLACE", "Desa Kijang"),
          ent(text, "loc:p", "PLACE", "Kecamatan Praya Timur"),
          ent(text, "loc:l", "PLACE", "Lombok Tengah")]
    shot = [e for e in find_events(art(text, es)) if e.code == "ASSAULT"]
    assert [(e.actors, e.targets) for e in shot] == [(("COP",), ("per:b",))]


def test_residents_named_by_their_town_as_a_subject_still_act() -> None:
    text = ("Forum warga Bojonegara telah menggelar audiensi dengan DPRD Provinsi Banten "
            "kemarin.")
    es = [ent(text, "loc:b", "PLACE", "Bojonegara"),
          ent(text, "org:d", "ORG", "DPRD Provinsi Banten")]
    met = [e for e in find_events(art(text, es)) if e.code == "CONSULT"]
    assert [set(e.actors) for e in met] == [{"loc:b", "org:d"}]


@pytest.mark.parametrize(("text", "want"), [
    # whose work is praised, named as the agent of a relative clause on it, is the target
    ("Hadi Utomo mengapresiasi sejumlah pencapaian yang telah diraih oleh Polda Babel.",
     [("SUPPORT", ("per:h",), ("org:p",))]),
    # not across a clause break: the agent of another clause is no one praised
    ("Hadi Utomo mengapresiasi pencapaian itu, yang kemudian diumumkan oleh Polda Babel.",
     [("SUPPORT", ("per:h",), ())]),
])
def test_the_maker_of_a_thing_backed_is_the_target(
        text: str, want: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    es = [ent(text, "per:h", "PERSON", "Hadi Utomo"), ent(text, "org:p", "ORG", "Polda Babel")]
    assert roles(art(text, es)) == want


@pytest.mark.parametrize(("text", "code", "targets"), [
    # a legal step in a relative clause about someone named states a fact, not the content of
    # the request or the charge governing the clause
    ("Polda Metro Jaya memanggil Budi Santoso yang ditetapkan sebagai tersangka pada Senin.",
     "ACCUSE", ("per:budi",)),
    ("Jaksa meminta hakim menghukum Budi Santoso yang telah ditahan polisi.", "COERCE",
     ("per:budi",)),
])
def test_a_legal_step_in_a_relative_clause_is_stated(text: str, code: str,
                                                     targets: tuple[str, ...]) -> None:
    ents = [ent(text, "per:budi", "PERSON", "Budi Santoso")]
    if "Polda" in text:
        ents.append(ent(text, "org:polda", "ORG", "Polda Metro Jaya"))
    assert one(find_events(art(text, ents)), code).targets == targets


def test_the_content_of_a_request_stays_uncoded() -> None:
    text = "Jaksa meminta hakim menghukum Budi Santoso."
    assert _codes(art(text, [ent(text, "per:budi", "PERSON", "Budi Santoso")])) == ["REQUEST"]


def test_a_decision_carried_out_keeps_its_subject() -> None:
    # "memutuskan untuk" carries the act out: its "untuk" opens no clause of its own
    text = "Polda Metro Jaya memutuskan untuk menahan Budi Santoso."
    es = [ent(text, "org:polda", "ORG", "Polda Metro Jaya"),
          ent(text, "per:budi", "PERSON", "Budi Santoso")]
    e = one(find_events(art(text, es)), "COERCE")
    assert (e.actors, e.targets) == (("org:polda",), ("per:budi",))


def test_a_plan_stays_unrealised() -> None:
    text = "Polda Metro Jaya berencana untuk menahan Budi Santoso."
    es = [ent(text, "org:polda", "ORG", "Polda Metro Jaya"),
          ent(text, "per:budi", "PERSON", "Budi Santoso")]
    assert _codes(art(text, es)) == []


def test_kalau_after_a_saying_verb_reports_a_fact() -> None:
    # colloquial "kalau"/"jika" = "bahwa" after a saying verb: the act is reported, no condition
    text = "Iskandar mengaku jika aparat kepolisian meminta agar Budi Santoso turun dari pesawat."
    es = [ent(text, "per:isk", "PERSON", "Iskandar"),
          ent(text, "per:budi", "PERSON", "Budi Santoso")]
    assert one(find_events(art(text, es)), "REQUEST").actors == ("COP",)


@pytest.mark.parametrize("text", [
    "Kalau polisi menangkap Budi Santoso, warga akan marah.",
    # after a comma the saying verb's "kalau" opens a condition again
    "Iskandar mengatakan, kalau polisi menangkap Budi Santoso, warga akan marah.",
])
def test_a_condition_stays_uncoded(text: str) -> None:
    es = [ent(text, "per:budi", "PERSON", "Budi Santoso")]
    if "Iskandar" in text:
        es.append(ent(text, "per:isk", "PERSON", "Iskandar"))
    assert "COERCE" not in _codes(art(text, es))


def test_a_success_wished_for_is_no_request() -> None:
    text = "Megawati berharap Grup Makmur bisa mengukir kemenangan yang sama."
    es = [ent(text, "per:mega", "PERSON", "Megawati"), ent(text, "org:1", "ORG", "Grup Makmur")]
    assert "REQUEST" not in _codes(art(text, es))


# ------------------------------------------------------- lexicon families (events16)

def test_personil_is_the_personel_spelling_for_police_deployments() -> None:
    text = "Polda Metro Jaya akan mengerahkan sekitar 18.000 personil guna mengamankan aksi."
    a = art(text, [ent(text, "org:polda", "ORG", "Polda Metro Jaya")])
    e = one(find_events(a), "MOBILIZE")
    assert e.actors == ("org:polda",)


def test_light_verb_coordination_and_meeting_with_a_named_partner() -> None:
    text = "BPBD NTB bersama Basarnas masih melakukan koordinasi untuk mencari pendaki."
    a = art(text, [ent(text, "org:bpbd", "ORG", "BPBD NTB"),
                   ent(text, "org:basarnas", "ORG", "Basarnas")])
    e = one(find_events(a), "CONSULT")
    assert set(e.actors) == {"org:bpbd", "org:basarnas"}
    text = "Suharso menggelar rapat bersama Komisi II DPR pada Senin."
    a = art(text, [ent(text, "per:suharso", "PERSON", "Suharso"),
                   ent(text, "org:komisi", "ORG", "Komisi II DPR")])
    e = one(find_events(a), "CONSULT")
    assert "org:komisi" in e.actors + e.targets
    # a body's own meeting names no partner: no consultation
    text = "Komisi II DPR menggelar rapat dengan agenda pembahasan anggaran."
    a = art(text, [ent(text, "org:komisi", "ORG", "Komisi II DPR")])
    assert all(e.code != "CONSULT" for e in find_events(a))


def test_putting_aspirations_to_an_authority_is_a_request() -> None:
    text = "Para mahasiswa menyampaikan aspirasi kepada Prabowo mengenai beasiswa."
    a = art(text, [ent(text, "per:prabowo", "PERSON", "Prabowo")])
    e = one(find_events(a), "REQUEST")
    assert e.targets == ("per:prabowo",)


def test_struck_by_an_accusation_is_received_criticism() -> None:
    text = "Bek Brasil Roberto Carlos dihantam tudingan menggunakan doping."
    a = art(text, [ent(text, "per:carlos", "PERSON", "Roberto Carlos")])
    e = one(find_events(a), "ACCUSE")
    assert e.targets == ("per:carlos",)


def test_admitting_a_claim_and_an_adjective_after_received_criticism() -> None:
    text = "Komedian Louis C.K. akhirnya mengakui klaim lima perempuan itu."
    a = art(text, [ent(text, "per:louis", "PERSON", "Louis C.K.")])
    assert one(find_events(a), "CONCEDE").actors == ("per:louis",)
    text = "Little Mix dihujani kritik pedas dari netizen."
    a = art(text, [ent(text, "org:lm", "ORG", "Little Mix")])
    assert one(find_events(a), "ACCUSE").targets == ("org:lm",)


def test_an_invitation_to_act_is_an_appeal() -> None:
    text = "Johan menyampaikan ajakan kepada Partai Golkar untuk bergerak."
    a = art(text, [ent(text, "per:johan", "PERSON", "Johan"),
                   ent(text, "org:golkar", "ORG", "Partai Golkar")])
    e = one(find_events(a), "REQUEST")
    assert (e.actors, e.targets) == (("per:johan",), ("org:golkar",))


def test_not_stopping_is_no_negation() -> None:
    text = "Densus 88 tidak berhenti melakukan penyelidikan terhadap jaringan JAD."
    a = art(text, [ent(text, "org:densus", "ORG", "Densus 88"),
                   ent(text, "org:jad", "ORG", "JAD")])
    e = one(find_events(a), "ACCUSE")
    assert (e.actors, e.targets) == (("org:densus",), ("org:jad",))
    text = "Densus 88 tidak melakukan penyelidikan terhadap jaringan JAD."
    a = art(text, [ent(text, "org:densus", "ORG", "Densus 88"),
                   ent(text, "org:jad", "ORG", "JAD")])
    assert all(e.code != "ACCUSE" for e in find_events(a))


def test_a_directive_from_a_named_body_is_a_request() -> None:
    text = "Penurunan bunga itu merupakan arahan dari OJK kepada para anggota."
    a = art(text, [ent(text, "org:ojk", "ORG", "OJK")])
    assert one(find_events(a), "REQUEST").actors == ("org:ojk",)
    # "skuat arahan X" is a team coached by X, no directive
    text = "Skuat arahan Juan Carlos Osorio akan menghadapi Portugal."
    a = art(text, [ent(text, "per:osorio", "PERSON", "Juan Carlos Osorio")])
    assert all(e.code != "REQUEST" for e in find_events(a))


@pytest.mark.parametrize(("text", "codes"), [
    # a noun that names a danger as well as a threat, with no one threatened: a danger ...
    ("Andi mengingatkan bahwa ancaman kelompok radikal ISIS makin besar.", []),
    ("Andi mengingatkan ancaman dari Malaysia dan Filipina di laut.", []),
    # ... not with whom it threatens, nor with what it says will be done
    ("Ancaman ISIS terhadap Malaysia makin besar.", ["THREATEN"]),
    ("Ancaman ISIS untuk menyerang kota itu membuat warga takut.", ["THREATEN"]),
])
def test_a_danger_noun_with_no_one_threatened_is_no_threat(text: str, codes: list[str]) -> None:
    es = [ent(text, f"e:{n}", k, n) for n, k in
          [("Andi", "PERSON"), ("ISIS", "ORG"), ("Malaysia", "PLACE"), ("Filipina", "PLACE")]
          if n in text]
    assert [e.code for e in find_events(art(text, es)) if e.code == "THREATEN"] == codes


def test_the_act_noun_after_a_danger_noun_is_read_by_the_data_confixes() -> None:
    """'ancaman penculikan': a noun of events.toml's act_noun_confixes names the act
    threatened, so the danger noun is a threat made; with no confix in the data it is not."""
    text = "Ancaman penculikan dari kelompok Garda Hitam membuat warga takut."
    es = [ent(text, "e:garda", "ORG", "Garda Hitam")]

    def threats(lex: Lexicon) -> list[str]:
        return [e.code for e in find_events(art(text, es), lex) if e.code == "THREATEN"]

    assert lexicon().act_noun_confixes == (("pe", "an"),)
    assert threats(lexicon()) == ["THREATEN"]
    assert threats(replace(lexicon(), act_noun_confixes=())) == []


def test_a_bare_name_after_a_nominalised_passive_is_its_patient() -> None:
    text = "Kasus itu ditangani polisi. Setelah ditangkapnya RN, kasus itu selesai."
    es = [ent(text, "per:rn", "PERSON", "RN")]
    coerce = one(find_events(art(text, es)), "COERCE")
    assert coerce.targets == ("per:rn",) and "per:rn" not in coerce.actors


# ------------------------------------------------------------------ events18: meetings, aid

@pytest.mark.parametrize("text", [
    '"Inflasi tetap terkendali," kata Dewi saat rapat kerja dengan Komisi IV di Jakarta.',
    "Harga pangan stabil, ujar Menteri Pertanian Dewi dalam rapat kerja dengan Komisi IV.",
    "Hal itu disampaikan Dewi dalam rapat kerja dengan Komisi IV, Senin.",
])
def test_a_speaker_at_a_meeting_named_after_the_report_takes_part(text: str) -> None:
    es = [ent(text, "per:dewi", "PERSON", "Dewi"), ent(text, "org:k4", "ORG", "Komisi IV")]
    assert [(e.code, set(e.actors)) for e in find_events(QuoteStage()(art(text, es)))] == [
        ("CONSULT", {"per:dewi", "org:k4"})]


def test_a_meeting_after_a_setting_word_with_no_speaker_before_needs_two_parties() -> None:
    text = "Harga pangan dibahas saat rapat kerja dengan Komisi IV."
    es = [ent(text, "org:k4", "ORG", "Komisi IV")]
    assert find_events(art(text, es)) == []


def test_aid_handed_over_in_a_first_person_quote_is_the_speakers() -> None:
    text = '"Bantuan beras sudah kami salurkan kepada warga Desa Sukamaju," kata Rahmat.'
    a = quoted_art(text, ("per:rahmat", "PERSON", "Rahmat"),
                   ("loc:sukamaju", "PLACE", "Desa Sukamaju"))
    assert one(find_events(a), "AID").actors == ("per:rahmat",)


def test_contacting_a_government_is_a_consultation() -> None:
    text = "Menteri Budi sudah mengontak pemerintah Malaysia soal nelayan itu."
    es = [ent(text, "per:budi", "PERSON", "Budi"), ent(text, "loc:my", "PLACE", "Malaysia", "MY")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert set(e.actors) == {"per:budi", "MY"}


def test_an_aspect_word_after_a_claim_keeps_the_claimants_act() -> None:
    text = "Rudi mengklaim tengah menjalin komunikasi dengan Partai Hijau."
    es = [ent(text, "per:rudi", "PERSON", "Rudi"), ent(text, "org:ph", "ORG", "Partai Hijau")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:rudi", "org:ph"}


def test_a_topic_partner_after_dengan_keeps_it_past_the_titles_state() -> None:
    text = "Budi membicarakan soal perbatasan dengan Menteri Luar Negeri Malaysia Ahmad Zahid."
    es = [ent(text, "per:budi", "PERSON", "Budi"), ent(text, "loc:my", "PLACE", "Malaysia", "MY"),
          ent(text, "per:az", "PERSON", "Ahmad Zahid")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:budi", "per:az"}


def test_a_post_states_preposition_is_the_persons() -> None:
    text = "Rudi mendapat pujian dari Presiden Prancis Emmanuel Macron."
    es = [ent(text, "per:rudi", "PERSON", "Rudi"), ent(text, "loc:fr", "PLACE", "Prancis", "FR"),
          ent(text, "per:em", "PERSON", "Emmanuel Macron")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert (e.actors, e.targets) == (("per:em",), ("per:rudi",))


def test_a_visit_nouns_genitive_past_two_title_words() -> None:
    text = "Kunjungan Perdana Menteri Fumio Kishida ke Indonesia membahas investasi."
    es = [ent(text, "per:fk", "PERSON", "Fumio Kishida"),
          ent(text, "loc:id", "PLACE", "Indonesia", "ID")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert e.actors == ("per:fk",)


def test_a_promise_to_meet_a_demand_in_a_first_person_quote() -> None:
    text = '"Tuntutan para guru akan kami penuhi secara bertahap," kata Bupati Sarah.'
    a = quoted_art(text, ("per:sarah", "PERSON", "Sarah"))
    assert one(find_events(a), "AGREE").actors == ("per:sarah",)
    text = '"Tuntutan para guru sudah kami penuhi," kata Bupati Sarah.'
    a = quoted_art(text, ("per:sarah", "PERSON", "Sarah"))
    assert all(e.code != "AGREE" for e in find_events(a))


def test_talking_directly_to_someone_named_is_a_consultation() -> None:
    text = "Menteri Budi sudah berbicara langsung dengan Gubernur Anies soal banjir."
    es = [ent(text, "per:budi", "PERSON", "Budi"), ent(text, "per:anies", "PERSON", "Anies")]
    assert set(one(find_events(art(text, es)), "CONSULT").actors) == {"per:budi", "per:anies"}


def test_a_decision_told_in_a_quote_states_the_act_decided() -> None:
    text = '"Pemerintah memutuskan untuk memberikan bantuan kepada Desa Sukamaju," kata Rahmat.'
    a = quoted_art(text, ("per:rahmat", "PERSON", "Rahmat"),
                   ("loc:sukamaju", "PLACE", "Desa Sukamaju"))
    e = one(find_events(a), "AID")
    assert e.actors == ("GOV",)
    # the present tense alone still describes: no event
    text = '"Pemerintah memberikan bantuan kepada Desa Sukamaju," kata Rahmat.'
    a = quoted_art(text, ("per:rahmat", "PERSON", "Rahmat"),
                   ("loc:sukamaju", "PLACE", "Desa Sukamaju"))
    assert all(e.code != "AID" for e in find_events(a))


def test_agreement_in_a_first_person_quote_with_the_base_form() -> None:
    text = '"Penjualan saham ini kami setujui bersama para pendiri," kata Direktur Utama Rina.'
    a = quoted_art(text, ("per:rina", "PERSON", "Rina"))
    assert one(find_events(a), "AGREE").actors == ("per:rina",)

def test_an_execution_told_by_its_noun_is_an_assault() -> None:
    # "melaksanakan N eksekusi mati": the state carries out executions (events17)
    text = "Tahun lalu, Iran telah melaksanakan 200 eksekusi mati."
    a = art(text, [ent(text, "ctry:ir", "COUNTRY", "Iran", country="IR")])
    e = one(find_events(a), "ASSAULT")
    assert e.mode == "execute"
    # "eksekusi mati terhadap X": the one executed is the target
    text = "Eksekusi mati terhadap Rudi Hartono oleh Iran menuai kecaman."
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "ctry:ir", "COUNTRY", "Iran", country="IR")]
    assert one(find_events(art(text, es)), "ASSAULT").targets == ("per:rudi",)
    # carrying out a ruling is no killing
    text = "Jaksa akan melaksanakan putusan itu pekan depan."
    assert all(e.code != "ASSAULT" for e in find_events(art(text)))


def test_held_suspects_are_unnamed_targets_of_an_arrest() -> None:
    # "enam terduga teroris diamankan": an arrest with its unnamed targets (events17)
    e = one(find_events(art("Sejauh ini sudah lima terduga teroris diamankan di Solo.")),
            "COERCE")
    assert e.targets == ("CRM",)


def test_a_scheduled_questioning_is_an_accusation() -> None:
    text = "KPK menjadwalkan pemeriksaan terhadap saksi kasus suap itu."
    a = art(text, [ent(text, "org:kpk", "ORG", "KPK")])
    assert one(find_events(a), "ACCUSE").actors == ("org:kpk",)


def test_a_beating_told_with_dihajar_is_an_assault() -> None:
    text = "Seorang pelajar dihajar oleh Andi Saputra di depan sekolah."
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi Saputra")])
    e = one(find_events(a), "ASSAULT")
    assert e.actors == ("per:andi",) and e.mode == "beat"


def test_those_arrested_with_someone_are_no_agents() -> None:
    # "ditangkap bersama X": arrested with X, not by X (events17)
    text = "Budi ditangkap bersama empat terduga teroris lainnya pada Selasa pagi."
    e = one(find_events(art(text, [ent(text, "per:budi", "PERSON", "Budi")])), "COERCE")
    assert e.targets == ("per:budi",) and "CRM" not in e.actors


def test_a_ruling_read_out_in_a_quotation_is_the_speakers_act() -> None:
    # '"Kedua, menjatuhkan pidana ...," kata Ketua Majelis Hakim X': the verb opening the
    # quotation (after an item opener) has no subject of its own; the speaker reads it out
    text = ('"Kedua, menjatuhkan pidana kepada terdakwa Rudi Hartono selama 3 tahun penjara," '
            'kata Ketua Majelis Hakim Siti Aminah.')
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "per:siti", "PERSON", "Siti Aminah")]
    a = QuoteStage()(art(text, es))
    e = one(find_events(a), "SANCTION")
    assert e.actors == ("per:siti",) and e.targets == ("per:rudi",)


def test_a_verb_going_on_inside_an_earlier_quotation_is_not_read_out() -> None:
    # the quotation opened a sentence before: "Memprotes ..." continues the countries met
    text = ('"Kami bertemu beberapa negara. Memprotes kerusakan hutan dan seterusnya," '
            'kata Menteri Siti Aminah.')
    es = [ent(text, "per:siti", "PERSON", "Siti Aminah")]
    a = QuoteStage()(art(text, es))
    assert all(e.code != "ACCUSE" for e in find_events(a))


def test_a_passive_with_the_act_for_subject_targets_whom_it_marks() -> None:
    # "Hukuman mati telah dilaksanakan terhadap X": the act is the subject, X the executed
    text = "Hukuman mati telah dilaksanakan terhadap Rudi Hartono di Provinsi Timur."
    a = art(text, [ent(text, "per:rudi", "PERSON", "Rudi Hartono")])
    e = one(find_events(a), "ASSAULT")
    assert e.targets == ("per:rudi",) and e.actors == ()
    # a "kepada" of a relative clause after it marks no target of the passive
    text = "Perkara itu diadukan Rina Wati, yang memberikan kuasa kepada Andi Saputra."
    es = [ent(text, "per:rina", "PERSON", "Rina Wati"),
          ent(text, "per:andi", "PERSON", "Andi Saputra")]
    assert all("per:andi" not in e.targets for e in find_events(art(text, es)))


def test_a_relative_clause_after_a_short_apposition_is_the_names() -> None:
    # "X, pemuda lainnya yang dieksekusi mati": X was executed (events17)
    text = "Amnesty menyebut Rudi Hartono, pemuda lainnya yang dieksekusi mati pada Agustus."
    es = [ent(text, "org:amnesty", "ORG", "Amnesty"),
          ent(text, "per:rudi", "PERSON", "Rudi Hartono")]
    assert one(find_events(art(text, es)), "ASSAULT").targets == ("per:rudi",)
    # an active relative clause after an apposition is the apposition's own
    text = "Ditambahkan Rudi Hartono, kegiatan yang bekerja sama dengan Yayasan Sehat ini baik."
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "org:ys", "ORG", "Yayasan Sehat")]
    assert all("per:rudi" not in e.actors for e in find_events(art(text, es)))


def test_questioning_by_a_named_enforcement_body_is_an_accusation() -> None:
    # "Propam ... memeriksa Kapolsek X": questioning with no case word near (events17)
    text = "Propam Polres Bima kini memeriksa Kapolsek Woha AKP Rudi Hartono soal intimidasi."
    es = [ent(text, "org:propam", "ORG", "Propam Polres Bima"),
          ent(text, "per:rudi", "PERSON", "Rudi Hartono")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:propam",) and e.targets == ("per:rudi",)
    # a health check is none
    assert find_events(art("Dokter polisi memeriksa kesehatan para tahanan di Rutan.")) == []


# ----------------------------------------------------------------------------- events19

def test_the_state_acts_in_sport_text_a_club_president_does_not() -> None:
    # a minister's praise in a sport article is support; a club president's is not (his
    # role is in a body that is not the state)
    text = ("Menteri Pemuda dan Olahraga Rudi Hartono mengapresiasi Persebaya Surabaya. "
            "Presiden Arema Budi Santoso mengapresiasi Persebaya Surabaya.")
    es = [replace(ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
                  roles=("Menteri Pemuda dan Olahraga",)),
          replace(ent(text, "per:budi", "PERSON", "Budi Santoso"), roles=("Presiden Arema",),
                  org="org:arema"),
          ent(text, "org:arema", "ORG", "Arema"),
          ent(text, "org:persebaya", "ORG", "Persebaya Surabaya")]
    sport = replace(art(text, es), themes=(Theme(code="iptc:sport", score=0.9),))
    assert [(e.code, e.actors) for e in find_events(sport)] == [("SUPPORT", ("per:rudi",))]


def test_untuk_before_a_name_marks_the_one_sentenced_not_what_is_demanded() -> None:
    text = "Majelis hakim menjatuhkan vonis dua tahun penjara untuk Andi Wijaya."
    e = one(find_events(art(text, [ent(text, "per:andi", "PERSON", "Andi Wijaya")])),
            "SANCTION")
    assert e.targets == ("per:andi",)
    # a demand for a player asks no one named: the player is no target
    text = "Klub Tigres menuntut kompensasi lima juta dolar untuk Andi Wijaya."
    es = [ent(text, "org:tigres", "ORG", "Tigres"),
          ent(text, "per:andi", "PERSON", "Andi Wijaya")]
    assert "per:andi" not in one(find_events(art(text, es)), "REQUEST").targets
    # before a verb "untuk" still opens the content clause
    text = "Ketua DPR Puan Maharani mendesak pemerintah untuk membayar gaji guru honorer."
    es = [ent(text, "per:puan", "PERSON", "Puan Maharani")]
    assert one(find_events(art(text, es)), "REQUEST").targets == ("GOV",)


def test_a_possessed_body_part_hurt_makes_its_owner_the_victim() -> None:
    text = ("Rahmat Hidayat dirawat di rumah sakit setelah kepalanya dipukul dengan kayu oleh "
            "orang tak dikenal.")
    e = one(find_events(art(text, [ent(text, "per:rahmat", "PERSON", "Rahmat Hidayat")])),
            "ASSAULT")
    assert e.targets == ("per:rahmat",)


def test_a_request_to_all_of_an_unnamed_group_needs_no_name() -> None:
    text = "Menteri Pertanian Budi Santoso mendorong semua petani untuk menanam jagung."
    es = [ent(text, "per:budi", "PERSON", "Budi Santoso")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:budi",) and e.targets == ()
    # driving growth asks no one
    text = "Menteri Budi Santoso mendorong pertumbuhan ekonomi untuk menyejahterakan desa."
    assert find_events(art(text, [ent(text, "per:budi", "PERSON", "Budi Santoso")])) == []
    text = "Presiden Budi Santoso menekankan kepada para jaksa untuk bekerja dengan jujur."
    e = one(find_events(art(text, [ent(text, "per:budi", "PERSON", "Budi Santoso")])),
            "REQUEST")
    assert e.targets == ("JUD",)


def test_a_demand_put_to_the_court_charges_the_defendant_it_names() -> None:
    text = ("Jaksa Rudi Hartono menuntut supaya majelis hakim menyatakan terdakwa Andi Wijaya "
            "terbukti bersalah melakukan korupsi.")
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "per:andi", "PERSON", "Andi Wijaya")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:rudi",) and e.targets == ("per:andi",)
    assert [x.code for x in find_events(art(text, es))] == ["ACCUSE"]


def test_a_sentence_told_by_its_noun_is_for_whom_bagi_marks_before_the_verb() -> None:
    text = "Hukuman penjara bagi Andi Wijaya dijatuhkan oleh Pengadilan Negeri Medan kemarin."
    es = [ent(text, "per:andi", "PERSON", "Andi Wijaya"),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Medan")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert e.actors == ("org:pn",) and e.targets == ("per:andi",)

# ----------------------------------------------------------------------------- events20

def test_an_appeal_in_the_base_form_of_speech_is_a_request() -> None:
    # '"kami tetap imbau warga ..." ujar X': the prefix dropped in speech (events20)
    a = quoted_art('"Hujan masih turun, tetapi kami tetap imbau warga untuk waspada," '
                   'ujar Kepala Desa Sukamaju Budi Hartono.',
                   ("per:budi", "PERSON", "Budi Hartono"))
    e = one(find_events(a), "REQUEST")
    assert e.actors == ("per:budi",)
    a = quoted_art('"Kami sarankan korban untuk mengungsi ke rumah kerabat," kata Budi Hartono.',
                   ("per:budi", "PERSON", "Budi Hartono"))
    assert one(find_events(a), "REQUEST").actors == ("per:budi",)


def test_firm_action_vowed_against_whoever_is_a_threat_else_a_crackdown() -> None:
    # "akan menindak tegas pihak yang ...": a warning; against a named wrong: COERCE
    text = "Kapolres Rudi Hartono menegaskan akan menindak tegas pihak yang melakukan razia."
    e = one(find_events(art(text, [ent(text, "per:rudi", "PERSON", "Rudi Hartono")])),
            "THREATEN")
    assert e.actors == ("per:rudi",)
    text = "Rudi Hartono mengatakan Polri dan Bawaslu akan menindaktegas pelanggaran politik uang."
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "org:polri", "ORG", "Polri"), ent(text, "org:bawaslu", "ORG", "Bawaslu")]
    e = one(find_events(art(text, es)), "COERCE")
    assert set(e.actors) == {"org:polri", "org:bawaslu"}


def test_melecehkan_is_sexual_assault_only_with_people_as_its_object() -> None:
    text = "Rudi Hartono melecehkan lebih dari 20 perempuan selama satu dekade."
    e = one(find_events(art(text, [ent(text, "per:rudi", "PERSON", "Rudi Hartono")])), "ASSAULT")
    assert e.actors == ("per:rudi",) and e.mode == "sexual"
    text = "Rudi Hartono dinilai melecehkan profesi guru."
    assert find_events(art(text, [ent(text, "per:rudi", "PERSON", "Rudi Hartono")])) == []


def test_abuse_reported_by_its_victims_is_an_accusation() -> None:
    text = "Ratusan karyawan Bank Sejahtera melaporkan pelecehan yang mereka alami."
    e = one(find_events(art(text, [ent(text, "org:bs", "ORG", "Bank Sejahtera")])), "ACCUSE")
    assert e.actors
    # news reported is no complaint
    text = "Bank Sejahtera melaporkan bahwa laba naik."
    assert find_events(art(text, [ent(text, "org:bs", "ORG", "Bank Sejahtera")])) == []


def test_aid_counted_in_units_takes_the_support_verb() -> None:
    # "mengirimkan 20 ton bantuan": the number and unit between verb and noun (events20)
    text = "Yayasan Sinar Harapan mengirimkan 30 ton bantuan ke Padang."
    e = one(find_events(art(text, [ent(text, "org:ysh", "ORG", "Yayasan Sinar Harapan")])),
            "AID")
    assert e.actors == ("org:ysh",)


def test_a_protest_as_the_agent_of_a_passive_has_a_crowd_for_actor() -> None:
    # "jalanan dipenuhi gelombang protes": the protest fills, no one secures it
    e = one(find_events(art("Sejak Senin, jalanan dipenuhi gelombang protes di banyak kota.")),
            "PROTEST")
    assert e.actors == ("CVL",)


def test_names_after_berinisial_join_their_group_and_are_no_verb() -> None:
    # "mengamankan terduga berinisial AB dan CD ..., lalu meringkus EF": the police act twice
    text = ("Polisi mengamankan terduga teroris berinisial AB dan CD di Sleman, Kabupaten "
            "Sleman, lalu meringkus satu orang lagi yang berinisial EF di Depok.")
    es = [ent(text, "per:ab", "PERSON", "AB"), ent(text, "per:cd", "PERSON", "CD"),
          ent(text, "per:ef", "PERSON", "EF")]
    evs = [e for e in find_events(art(text, es)) if e.code == "COERCE"]
    assert [e.actors for e in evs] == [("COP",), ("COP",)]
    assert {"per:ab", "per:cd"} <= set(evs[0].targets) and evs[1].targets == ("per:ef",)
    # a name after a passive is who was acted on, no agent
    text = "Editor yang ditahan bernama Rudi Hartono."
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono")]
    assert all("per:rudi" not in e.actors for e in find_events(art(text, es)))


def test_a_quotation_of_an_unnamed_source_states_the_acts_of_those_it_names() -> None:
    # '"Dia [Rina] menyalahkan Andi ...," ujar seorang sumber' (events20): no speaker to
    # resolve, but the named one's act is reported
    text = ("Rina Wati memecat Andi Saputra. “ Rina menyalahkan Andi karena lalai , ” ujar "
            "seorang sumber kepada wartawan .")
    a = QuoteStage()(art(text, [ent(text, "per:rina", "PERSON", ["Rina Wati", "Rina"]),
                                ent(text, "per:andi", "PERSON", ["Andi Saputra", "Andi"])]))
    assert any(q.speaker is None and q.speaker_kind == "anonymous" for q in a.quotes)
    e = one(find_events(a), "ACCUSE")
    assert e.actors == ("per:rina",) and e.targets == ("per:andi",)

# ---------------------------------------------------------------- events21 (seed 65 notes)
RUDI = ("per:r", "PERSON", "Rudi Hartono")


def test_a_nya_on_the_verb_of_a_longer_trigger_is_the_person_named_last() -> None:
    # "menetapkannya sebagai tersangka": the -nya sits on the verb, not the trigger's end
    text = "Rudi Hartono pulang ke rumahnya. Namun polisi malah menetapkannya sebagai tersangka."
    assert roles(art(text, [ent(text, *RUDI)])) == [("ACCUSE", ("COP",), ("per:r",))]


def test_an_arrest_warrant_issued_for_someone_targets_them() -> None:
    # "surat perintah penangkapan X": X is to be arrested; "menerbitkan" gives its issuer
    text = "Kemarin, polisi sudah menerbitkan surat perintah penangkapan Rudi Hartono."
    assert roles(art(text, [ent(text, *RUDI)])) == [("COERCE", ("COP",), ("per:r",))]


def test_the_object_of_a_threatened_act_is_threatened() -> None:
    text = "Polisi juga mengancam akan memasukkan Rudi Hartono dalam daftar buron."
    assert roles(art(text, [ent(text, *RUDI)])) == [("THREATEN", ("COP",), ("per:r",))]
    # a request's embedded object is still no target
    text = "Rudi Hartono meminta kontraktor menambah para pekerja di Bank Mandiri."
    es = [ent(text, *RUDI), ent(text, "org:bm", "ORG", "Bank Mandiri")]
    assert all("org:bm" not in e.targets for e in find_events(art(text, es)))


def test_the_agent_of_a_ter_passive_relative_clause_is_no_subject() -> None:
    text = "Salah satu pelaku, yang terpojok oleh aparat keamanan, meledakkan bom di pasar."
    assert all("COP" not in e.actors for e in find_events(art(text)))


def test_goods_supplied_to_a_market_are_no_aid() -> None:
    text = "Artinya, separuh impor gandum Mesir dipasok oleh Rusia."
    assert all(e.code != "AID" for e in find_events(art(text)))
    text = "Amerika Serikat memasok senjata kepada Ukraina."
    assert one(find_events(art(text)), "AID").actors == ("US",)


def test_import_duties_raised_are_a_sanction() -> None:
    text = "Padahal sebelumnya, India telah menaikkan bea impor baja sebesar 15 persen."
    assert one(find_events(art(text)), "SANCTION").actors == ("IN",)


def test_not_denying_admits() -> None:
    text = "Rudi Hartono tidak membantah telah menerima uang itu."
    assert one(find_events(art(text, [ent(text, *RUDI)])), "CONCEDE").actors == ("per:r",)
    # told in a quotation by someone else, it is a report of what he said
    text = '"Rudi Hartono tidak membantah telah menerima uang itu," kata jaksa Siti Aminah.'
    a = quoted_art(text, RUDI, ("per:s", "PERSON", "Siti Aminah"))
    assert one(find_events(a), "CONCEDE").actors == ("per:r",)
    # not ruling out a possibility admits nothing
    text = "Rudi Hartono tidak menampik kemungkinan adanya daerah yang menyimpan dana."
    assert all(e.code != "CONCEDE" for e in find_events(art(text, [ent(text, *RUDI)])))


def test_credentials_presented_to_a_head_of_state_are_a_visit() -> None:
    text = ("Duta Besar Jepang Kenji Tanaka menyerahkan surat kepercayaan kepada Presiden "
            "Joko Widodo.")
    es = [ent(text, "per:k", "PERSON", "Kenji Tanaka"),
          ent(text, "per:j", "PERSON", "Joko Widodo")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert e.actors == ("per:k",) and e.targets == ("per:j",) and e.mode == "visit"


def test_an_interrogation_is_questioning() -> None:
    text = "Polisi menginterogasi Rudi Hartono selama tiga jam."
    assert roles(art(text, [ent(text, *RUDI)])) == [("ACCUSE", ("COP",), ("per:r",))]


def test_a_force_deployed_with_the_colloquial_base_form() -> None:
    text = '"Di daerah ini kami kerahkan 75 personel gabungan," kata Kapolsek Rudi Hartono.'
    a = quoted_art(text, RUDI)
    assert one(find_events(a), "MOBILIZE").actors == ("per:r",)
    # a base form with no force after it moves none
    text = '"Kami kerahkan seluruh kemampuan," kata Rudi Hartono.'
    assert all(e.code != "MOBILIZE" for e in find_events(quoted_art(text, RUDI)))


def test_a_kidnap_victim_set_free_is_released() -> None:
    text = "Rudi Hartono membawa korbannya kembali ke Bandung dan membebaskannya di terminal."
    e = one(find_events(art(text, [ent(text, *RUDI)])), "RETREAT")
    assert e.actors == ("per:r",) and e.mode == "release"
    # fees waived free no one
    text = "Rumah sakit membebaskan biaya perawatan korban kecelakaan itu."
    assert all(e.code != "RETREAT" for e in find_events(art(text)))


def test_a_bare_not_denying_admits_no_deed() -> None:
    text = "Menanggapi hal itu, Rudi Hartono tidak membantah dan tersenyum."
    assert all(e.code != "CONCEDE" for e in find_events(art(text, [ent(text, *RUDI)])))


def test_a_fronted_date_lists_no_name_with_the_subject() -> None:
    # "Pada 17 Juli, KPK ...": the month before the comma is a date, not a name listed with
    # KPK under "pada" (KPK stays the subject)
    text = "Pada 17 Juli, KPK menangkap Rudi Hartono di rumahnya."
    s = text.index("17 Juli")
    times = [TimeExpr(span=Span(start=s, end=s + len("17 Juli")), type="DATE",
                      value="XXXX-07-17", anchored=False)]
    es = [ent(text, "org:k", "ORG", "KPK"), ent(text, *RUDI)]
    assert roles(art(text, es, times)) == [("COERCE", ("org:k",), ("per:r",))]


def test_a_comma_ends_an_addition_of_lower_and_upper_case_words() -> None:
    # "Selain bea masuk CPO, X ...": the comma ends the addition, X is the subject
    text = "Selain bea masuk CPO, Kementerian Keuangan India juga menaikkan pajak impor minyak."
    a = art(text, [ent(text, "org:k", "ORG", "Kementerian Keuangan India")])
    assert roles(a) == [("SANCTION", ("org:k",), ())]


def test_a_when_clause_after_a_nouns_genitive_name_has_it_for_subject() -> None:
    # "konsen Presiden X ketika melawat ke India": X travelled
    text = ("Energi dan pertanian merupakan konsen Presiden Joko Widodo ketika melawat ke "
            "India beberapa waktu lalu.")
    es = [ent(text, "per:j", "PERSON", "Joko Widodo", country="ID")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert e.actors == ("per:j",) and e.targets == ("IN",)
    # after a verb's object who travels is unsure
    text = "Joko Widodo bertemu Xi Jinping ketika berkunjung ke Beijing."
    es = [ent(text, "per:j", "PERSON", "Joko Widodo", country="ID"),
          ent(text, "per:x", "PERSON", "Xi Jinping", country="CN")]
    assert all(e.actors != ("per:x",) for e in find_events(art(text, es)))


def test_a_when_clause_after_a_speaker_takes_no_genitive_subject() -> None:
    # "kata X saat berbincang dengan wartawan": a speaker's setting, no noun's genitive
    text = '"Kami siap," kata Rudi Hartono saat berbincang dengan Sinar Pagi di Bandung.'
    a = quoted_art(text, RUDI, ("org:sp", "ORG", "Sinar Pagi"))
    assert all(e.code != "CONSULT" for e in find_events(a))


def test_a_road_or_a_building_is_no_participant() -> None:
    # "memprotes akses masuk melalui Jalan X", "menolak Jalan X dipakai": a street does
    # nothing and suffers nothing; the street stays the event's place
    text = "Ratusan warga memprotes akses masuk melalui Jalan Merpati Raya."
    a = art(text, [ent(text, "loc:jmr", "PLACE", "Jalan Merpati Raya", country="ID")])
    assert all("loc:jmr" not in e.actors + e.targets for e in find_events(a))
    text = "Warga desa menolak Jalan Kenari Dua digunakan oleh truk tambang."
    a = art(text, [ent(text, "loc:jk", "PLACE", "Jalan Kenari Dua")])
    assert all("loc:jk" not in e.actors + e.targets for e in find_events(a))
    # a building that names a state acts for it
    text = "Gedung Putih mengecam serangan Rusia ke Kyiv."
    a = art(text, [ent(text, "loc:gp", "PLACE", "Gedung Putih")])
    assert one(find_events(a), "ACCUSE").actors == ("US",)


def test_a_plural_pronoun_is_never_the_one_person_who_acted_before() -> None:
    # "mereka" after one person's act stands for some group, not for that person
    text = ("Andi Wijaya mendukung tuntutan para buruh pabrik. "
            "Mereka juga menuntut kenaikan upah kepada Kementerian Tenaga Kerja.")
    a = art(text, [ent(text, "per:aw", "PERSON", "Andi Wijaya"),
                   ent(text, "org:kemnaker", "ORG", "Kementerian Tenaga Kerja")])
    second = [e for e in find_events(a) if e.evidence == a.sentences[1]]
    assert all("per:aw" not in e.actors for e in second)


def test_a_colloquial_negator_negates() -> None:
    # "nggak setuju": no agreement
    text = "Pengurus Koperasi Maju Jaya nggak setuju dengan Pemkot Bekasi soal lahan itu."
    a = art(text, [ent(text, "org:kmj", "ORG", "Koperasi Maju Jaya"),
                   ent(text, "org:pb", "ORG", "Pemkot Bekasi")])
    assert all(e.code != "AGREE" for e in find_events(a))


def test_a_manner_word_governs_the_verbs_coordinated_after_it() -> None:
    # "dalam menyetujui, menyepakati anggaran": how one agrees in general, no deal made
    text = ("Pemerintah Kabupaten Bogor dalam menyetujui, menyepakati anggaran dengan DPRD "
            "Kabupaten Bogor selalu berhati-hati.")
    a = art(text, [ent(text, "org:pkb", "ORG", "Pemerintah Kabupaten Bogor"),
                   ent(text, "org:dprd", "ORG", "DPRD Kabupaten Bogor")])
    assert all(e.code != "AGREE" for e in find_events(a))


def test_who_died_in_an_attack_named_by_a_noun_is_its_target() -> None:
    # "X tewas dalam serangan Y": X was attacked by Y
    text = "Beberapa komandan Al-Shabaab tewas dalam serangan udara Amerika Serikat di Somalia."
    a = art(text, [ent(text, "org:as", "ORG", "Al-Shabaab"),
                   ent(text, "loc:so", "PLACE", "Somalia", "SO")])
    e = one(find_events(a), "ASSAULT")
    assert (e.actors, e.targets) == (("US",), ("org:as",))
    # without a death word before it, the attack has no target of that kind
    text = "Pemerintah Somalia mengecam serangan udara Amerika Serikat di Mogadishu."
    a = art(text, [ent(text, "loc:so", "PLACE", "Somalia", "SO")])
    assert all(e.targets != ("SO",) for e in find_events(a) if e.code == "ASSAULT")


def test_a_passive_agent_told_by_a_description_is_no_agentless_act() -> None:
    # "Kabar ... dibantah oleh sang pelatih": a known agent this stage cannot name; the
    # names inside the denied rumour are no target
    text = ("Kabar bahwa Persija tertarik merekrut Budi Santoso langsung dibantah oleh sang "
            "pelatih.")
    a = art(text, [ent(text, "org:persija", "ORG", "Persija"),
                   ent(text, "per:bs", "PERSON", "Budi Santoso")])
    assert all(e.code != "REJECT" for e in find_events(a))
    # someone unknown stays an agentless act
    text = "Wajah Budi Santoso disiram air keras oleh orang tak dikenal."
    a = art(text, [ent(text, "per:bs", "PERSON", "Budi Santoso")])
    assert one(find_events(a), "ASSAULT").targets == ("per:bs",)


def test_those_of_a_trade_are_businesses_not_offenders() -> None:
    # "pelaku wisata": tourism businesses; "pelaku" alone stays an offender
    text = "Pelaku wisata di Lombok memprotes kebijakan pungutan turis asing."
    assert [e.actors for e in find_events(art(text)) if e.code == "ACCUSE"] == [("BUS",)]


def test_a_verbs_object_ends_at_a_copula() -> None:
    # "warga yang memprotes X adalah Y": Y is who protests, no object of the protest
    text = "Salah satu warga yang memprotes pembangunan jembatan itu adalah Budi Santoso."
    a = art(text, [ent(text, "per:bs", "PERSON", "Budi Santoso")])
    assert all("per:bs" not in e.targets for e in find_events(a))
    # the object before the copula stays
    text = "Salah satu warga yang memprotes Pemkot Depok adalah Budi Santoso."
    a = art(text, [ent(text, "org:pd", "ORG", "Pemkot Depok"),
                   ent(text, "per:bs", "PERSON", "Budi Santoso")])
    assert one(find_events(a), "ACCUSE").targets == ("org:pd",)


def test_a_channel_is_no_participant() -> None:
    # "disalurkan melalui PT Pos": the post office passes the aid on, gives none
    text = "Bantuan sosial itu disalurkan melalui PT Pos Indonesia."
    a = art(text, [ent(text, "org:pos", "ORG", "PT Pos Indonesia")])
    assert all("org:pos" not in e.actors + e.targets for e in find_events(a))
    text = "Kementerian Sosial menyalurkan bantuan lewat Palang Merah Indonesia."
    a = art(text, [ent(text, "org:kemensos", "ORG", "Kementerian Sosial"),
                   ent(text, "org:pmi", "ORG", "Palang Merah Indonesia")])
    assert all("org:pmi" not in e.actors + e.targets for e in find_events(a))


def test_protesting_an_act_another_does_targets_its_maker() -> None:
    # "memprotes pembangunan X yang dilakukan oleh Y": Y is protested against
    text = "Ratusan warga memprotes pembangunan pabrik yang dilakukan oleh PT Maju Bersama."
    a = art(text, [ent(text, "org:mb", "ORG", "PT Maju Bersama")])
    assert one(find_events(a), "ACCUSE").targets == ("org:mb",)
    # a person questioned is no act: the one who brought the witness is no target
    text = "Penyidik memeriksa saksi yang dihadirkan oleh Kejaksaan Negeri Depok."
    a = art(text, [ent(text, "org:kn", "ORG", "Kejaksaan Negeri Depok")])
    assert all("org:kn" not in e.targets for e in find_events(a))


def test_the_source_after_menurut_is_no_subject() -> None:
    # "Menurut X, selain didemo ...": X tells of the protest, was not protested against
    text = ("Menurut Budi Santoso, selain didemo pedagang pasar, pemerintah daerah juga "
            "dikritik pengusaha.")
    a = art(text, [ent(text, "per:bs", "PERSON", "Budi Santoso")])
    assert all("per:bs" not in e.actors + e.targets for e in find_events(a))

# ----------------------------------------------------------------------------- events22
def test_a_complaint_about_someone_is_an_accusation() -> None:
    # "mempermasalahkan X": taking issue with X, a complaint as "memprotes"
    text = "Rudi Hartono mempermasalahkan PT Sinar Jaya yang menutup saluran air."
    es = [ent(text, *RUDI), ent(text, "org:sj", "ORG", "PT Sinar Jaya")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:r",) and e.targets == ("org:sj",)


def test_a_series_of_attacks_after_a_support_verb_is_an_assault() -> None:
    text = "Kelompok Abu Sayyaf melakukan serangkaian serangan di Pulau Jolo."
    es = [ent(text, "org:as", "ORG", "Abu Sayyaf")]
    assert one(find_events(art(text, es)), "ASSAULT").actors == ("org:as",)


def test_a_force_drawn_from_bodies_is_deployed_by_them() -> None:
    # "personel gabungan dari TNI dan Polri disiagakan": the bodies deploy, no source
    text = "Sebanyak 900 personel gabungan dari TNI dan Polri disiagakan di Stadion Manahan."
    es = [ent(text, "org:tni", "ORG", "TNI"), ent(text, "org:polri", "ORG", "Polri")]
    assert one(find_events(art(text, es)), "MOBILIZE").actors == ("org:tni", "org:polri")


def test_sport_text_keeps_a_deployment_by_the_police() -> None:
    text = "Polresta Solo mengerahkan 900 personel untuk mengamankan laga Persis melawan Persib."
    es = [ent(text, "org:p", "ORG", "Polresta Solo"), ent(text, "org:ps", "ORG", "Persis"),
          ent(text, "org:pb", "ORG", "Persib")]
    sport = replace(art(text, es), themes=(Theme(code="iptc:sport", score=0.9),))
    assert one(find_events(sport), "MOBILIZE").actors == ("org:p",)


def test_a_bare_deploy_verb_outside_speech_is_a_deployment() -> None:
    text = "Polda Bali kerahkan 500 personel ke Bandara Ngurah Rai."
    es = [ent(text, "org:p", "ORG", "Polda Bali")]
    assert one(find_events(art(text, es)), "MOBILIZE").actors == ("org:p",)


def test_a_meeting_noun_after_an_aspect_word_is_a_verb() -> None:
    # "telah rapat dengan X": the subject met X
    text = "Rudi Hartono telah rapat sinkronisasi dengan Kementerian Keuangan kemarin."
    es = [ent(text, *RUDI), ent(text, "org:k", "ORG", "Kementerian Keuangan")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert set(e.actors) == {"per:r", "org:k"}
    # "akan" is also "about": "menanggapi akan serangan" makes the responder no attacker
    text = "Rudi Hartono menanggapi akan serangan di kota itu."
    assert all(e.actors != ("per:r",) for e in find_events(art(text, [ent(text, *RUDI)])))


def test_a_granted_nya_is_the_person_named_before_the_subject() -> None:
    # "Andi menerima remisi hingga Presiden X memberikannya grasi": Andi is granted
    text = ("Andi Wijaya menerima remisi hingga Presiden Joko Widodo memberikannya grasi "
            "pada tahun 2019.")
    es = [ent(text, "per:a", "PERSON", "Andi Wijaya"), ent(text, "per:j", "PERSON", "Joko Widodo")]
    e = one(find_events(art(text, es)), "CONCEDE")
    assert e.actors == ("per:j",) and e.targets == ("per:a",)
    # a person named after the subject is still the one named last: "Rudi masuk ke rumah
    # Andi dan memukulnya" hits Andi
    text = "Rudi Hartono masuk ke rumah Andi Wijaya dan memukulnya dengan linggis."
    es = [ent(text, *RUDI), ent(text, "per:a", "PERSON", "Andi Wijaya")]
    assert one(find_events(art(text, es)), "ASSAULT").targets == ("per:a",)
    # on a noun the -nya owns the act: "menyampaikan permintaan maafnya" asks no one's pardon
    text = ("Andi Wijaya dikritik Joko Widodo. Akhirnya Joko Widodo menyampaikan "
            "permintaan maafnya.")
    es = [ent(text, "per:a", "PERSON", "Andi Wijaya"), ent(text, "per:j", "PERSON", "Joko Widodo")]
    assert all(e.targets == () for e in find_events(art(text, es)) if e.code == "CONCEDE")


def test_a_protest_is_against_the_maker_of_what_it_protests() -> None:
    # "memprotes X yang dilakukan oleh Y": Y is the one complained of
    text = "Rudi Hartono memprotes penebangan pohon yang dilakukan oleh PT Hutan Raya."
    es = [ent(text, *RUDI), ent(text, "org:h", "ORG", "PT Hutan Raya")]
    assert one(find_events(art(text, es)), "ACCUSE").targets == ("org:h",)
    # questioning a witness the prosecutors brought charges no prosecutor
    text = "Polisi memeriksa saksi yang dihadirkan oleh Kejaksaan Negeri Bandung."
    es = [ent(text, "org:k", "ORG", "Kejaksaan Negeri Bandung")]
    assert all("org:k" not in e.targets for e in find_events(art(text, es)))


def test_those_killed_in_an_attack_are_its_targets() -> None:
    # "X tewas dalam serangan Y": X the target of Y's attack
    text = "Dua komandan Taliban tewas dalam serangan udara Amerika Serikat di Kandahar."
    es = [ent(text, "org:t", "ORG", "Taliban")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("US",) and e.targets == ("org:t",)
    # an attack named with no one killed in it has no such target
    text = "Taliban mengecam serangan udara Amerika Serikat di Kandahar."
    es = [ent(text, "org:t", "ORG", "Taliban")]
    assert one(find_events(art(text, es)), "ASSAULT").targets == ()


def test_a_plural_anaphor_never_stands_for_one_person() -> None:
    # "Rudi mendukung ... Mereka menuntut ...": "mereka" is not Rudi
    text = ("Rudi Hartono mendukung Kementerian Keuangan. "
            "Mereka juga menuntut Kementerian Keuangan membuka data pajak.")
    es = [ent(text, *RUDI), ent(text, "org:k", "ORG", "Kementerian Keuangan")]
    assert all(e.actors != ("per:r",) for e in find_events(art(text, es))
               if e.code == "REQUEST")


def test_a_vow_to_defeat_a_foe_is_a_threat() -> None:
    text = "Rudi Hartono bersumpah akan menumpas kelompok Abu Sayyaf tahun ini."
    es = [ent(text, *RUDI), ent(text, "org:as", "ORG", "Abu Sayyaf")]
    e = one(find_events(art(text, es)), "THREATEN")
    assert e.actors == ("per:r",) and e.targets == ("org:as",)


def test_bombs_dropped_are_an_assault_but_a_sentence_dropped_is_not() -> None:
    text = "Angkatan Udara Israel menjatuhkan puluhan bom di Khan Younis."
    es = [ent(text, "org:au", "ORG", "Angkatan Udara Israel")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == ("org:au",) and e.mode == "heavy-weapons"
    text = "Hakim menjatuhkan vonis kepada pemilik senjata api ilegal itu."
    assert all(e.code != "ASSAULT" for e in find_events(art(text)))


# (events24) new triggers for acts the seed 68 and 69 judges found missed.
def test_a_mutual_accusation_or_attack_has_every_side_for_actor() -> None:
    text = "Partai Gerindra dan Partai Demokrat saling melempar tuduhan soal dana kampanye."
    es = [ent(text, "org:g", "ORG", "Partai Gerindra"),
          ent(text, "org:d", "ORG", "Partai Demokrat")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert set(e.actors) == {"org:g", "org:d"} and e.targets == ()
    # guerrillas are rebels, the regime's forces its army
    text = "Pasukan rezim dan gerilyawan saling berbalas serangan di perbatasan."
    e = one(find_events(art(text)), "ASSAULT")
    assert set(e.actors) == {"MIL", "REB"}


def test_a_case_file_sent_to_court_is_prosecution() -> None:
    text = "Kejaksaan Negeri Bandung melimpahkan berkas Rudi Hartono ke Pengadilan Negeri Bandung."
    es = [ent(text, "org:k", "ORG", "Kejaksaan Negeri Bandung"), ent(text, *RUDI),
          ent(text, "org:pn", "ORG", "Pengadilan Negeri Bandung")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:k",) and e.targets == ("per:r",)


def test_handling_a_case_is_an_investigation_only_with_a_suspect_named() -> None:
    text = "Polda Bali menangani kasus penipuan dengan tersangka Rudi Hartono."
    es = [ent(text, "org:p", "ORG", "Polda Bali"), ent(text, *RUDI)]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:p",) and e.targets == ("per:r",)
    text = "Polda Bali menangani kemacetan di Denpasar selama libur panjang."
    es = [ent(text, "org:p", "ORG", "Polda Bali")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_a_summons_scheduled_or_answered_is_a_request() -> None:
    text = "Penyidik KPK menjadwalkan ulang pemanggilan terhadap Rudi Hartono pekan depan."
    es = [ent(text, "org:kpk", "ORG", "KPK"), ent(text, *RUDI)]
    assert one(find_events(art(text, es)), "REQUEST").targets == ("per:r",)
    text = "Rudi Hartono hadir memenuhi panggilan penyidik pada Senin."
    assert one(find_events(art(text, [ent(text, *RUDI)])), "REQUEST").targets == ("per:r",)
    # defying it stays a refusal
    text = "Rudi Hartono tidak memenuhi panggilan penyidik pada Senin."
    assert all(e.code != "REQUEST" for e in find_events(art(text, [ent(text, *RUDI)])))


def test_venting_anger_at_someone_accuses_them() -> None:
    text = "Rudi Hartono menumpahkan kemarahan kepada Bupati Garut Agus Salim."
    es = [ent(text, *RUDI), ent(text, "per:a", "PERSON", "Agus Salim")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:r",) and e.targets == ("per:a",)


def test_an_appeal_granted_concedes_but_a_prayer_granted_does_not() -> None:
    text = "Banding Persib Bandung dikabulkan oleh Komisi Banding PSSI."
    es = [ent(text, "org:p", "ORG", "Persib Bandung"),
          ent(text, "org:kb", "ORG", "Komisi Banding PSSI")]
    assert one(find_events(art(text, es)), "CONCEDE").actors == ("org:kb",)
    assert find_events(art("Doanya akhirnya dikabulkan.")) == []


def test_money_poured_out_for_aid_in_the_passive_is_aid() -> None:
    text = "Dana Rp 5 triliun dikucurkan Kementerian Sosial untuk bansos warga miskin."
    es = [ent(text, "org:ks", "ORG", "Kementerian Sosial")]
    assert one(find_events(art(text, es)), "AID").actors == ("org:ks",)


def test_an_agreement_between_parties_named_is_theirs() -> None:
    text = "Zona itu dibentuk atas kesepakatan antara Rusia, Iran, dan Turki."
    assert set(one(find_events(art(text)), "AGREE").actors) == {"RU", "IR", "TR"}
    # a bare one named by its maker stays an agreement made before, not coded
    text = "Zona itu dibentuk atas kesepakatan Rusia tahun lalu."
    assert all(e.code != "AGREE" for e in find_events(art(text)))


def test_a_reminder_to_someone_named_to_act_is_a_request() -> None:
    text = "Rudi Hartono mengingatkan pemerintah daerah agar mengawasi kualitas bangunan."
    e = one(find_events(art(text, [ent(text, *RUDI)])), "REQUEST")
    assert e.actors == ("per:r",) and e.targets == ("GOV",)
    text = "Lagu itu mengingatkan pendengar pada masa kecil agar tidak lupa."
    assert all(e.code != "REQUEST" for e in find_events(art(text)))


def test_a_report_naming_the_offence_is_a_complaint_without_dugaan() -> None:
    text = "Rudi Hartono kembali dilaporkan oleh Agus Salim terkait pemalsuan akta tanah."
    es = [ent(text, *RUDI), ent(text, "per:a", "PERSON", "Agus Salim")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:a",) and e.targets == ("per:r",)


# ----------------------------------------------------------------- events25 (seeds 68-69)


def test_a_crowd_dispersing_itself_is_coerced_by_no_one() -> None:
    text = "Menjelang magrib, para buruh pabrik mulai membubarkan diri dengan tertib."
    assert all(e.code != "COERCE" for e in find_events(art(text)))
    text = "Polisi membubarkan para buruh pabrik yang berunjuk rasa di depan pabrik."
    assert any(e.code == "COERCE" for e in find_events(art(text)))


def test_blaming_circumstances_accuses_no_one() -> None:
    text = "Rudi Hartono menyalahkan cuaca buruk atas tenggelamnya kapal itu."
    assert all(e.code != "ACCUSE" for e in find_events(art(text, [ent(text, *RUDI)])))
    text = "Rudi Hartono menyalahkan pemerintah atas tenggelamnya kapal itu."
    e = one(find_events(art(text, [ent(text, *RUDI)])), "ACCUSE")
    assert e.actors == ("per:r",) and e.targets == ("GOV",)


def test_a_negated_existential_denies_the_verb_of_its_relative_clause() -> None:
    text = "Rudi Hartono menegaskan tak ada anggota Partai Maju yang mengancamnya."
    es = [ent(text, *RUDI), ent(text, "org:pm", "ORG", "Partai Maju")]
    assert all(e.code != "THREATEN" for e in find_events(art(text, es)))
    text = "Rudi Hartono menegaskan ada anggota Partai Maju yang mengancamnya."
    es = [ent(text, *RUDI), ent(text, "org:pm", "ORG", "Partai Maju")]
    assert any(e.code == "THREATEN" for e in find_events(art(text, es)))


def test_the_international_community_is_no_civilian_crowd() -> None:
    text = "Rudi Hartono mendesak masyarakat internasional agar menekan junta militer."
    e = one(find_events(art(text, [ent(text, *RUDI)])), "REQUEST")
    assert "CVL" not in e.targets
    text = "Rudi Hartono mendesak masyarakat agar melapor kepada polisi."
    assert "CVL" in one(find_events(art(text, [ent(text, *RUDI)])), "REQUEST").targets


def test_an_outlet_reporting_a_statement_is_no_participant() -> None:
    text = "Rudi Hartono, sebagaimana diberitakan Harian Pagi, mendesak warga agar mengungsi."
    es = [ent(text, *RUDI), ent(text, "org:hp", "ORG", "Harian Pagi")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert "org:hp" not in e.actors + e.targets


def test_semicolons_between_titled_names_separate_list_items() -> None:
    text = ("Rudi Hartono memuji Menteri Sosial, Ani Lestari; Menteri Keuangan, Budi Wiryawan; "
            "serta Menteri Agama, Candra Kusuma.")
    es = [ent(text, *RUDI)] + [ent(text, f"per:{n[0].lower()}", "PERSON", n)
                               for n in ("Ani Lestari", "Budi Wiryawan", "Candra Kusuma")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.targets == ("per:a", "per:b", "per:c")


def test_an_outlet_after_a_split_compound_is_still_the_addressee() -> None:
    # "kepada stasiun TV pan - Arab X": the hyphen of the split word is no word of reach,
    # so X keeps "kepada" and does not become the subject of the next verb
    text = "Rudi Hartono berbicara kepada stasiun TV pan - Arab Al Wadi, menuduh Partai Maju."
    es = [ent(text, *RUDI), ent(text, "org:aw", "ORG", "Arab Al Wadi"),
          ent(text, "org:pm", "ORG", "Partai Maju")]
    assert all("org:aw" not in e.actors for e in find_events(art(text, es)))


def test_data_captured_is_no_arrest() -> None:
    text = "Menurut data yang ditangkap oleh situs Statistika Kita, jumlah pemain naik."
    es = [ent(text, "org:sk", "ORG", "Statistika Kita")]
    assert all(e.code != "COERCE" for e in find_events(art(text, es)))


def test_suspects_named_after_yakni_are_the_targets() -> None:
    text = ("Polisi menetapkan tiga tersangka, yakni pasangan suami-istri Ani Lestari dan "
            "Budi Wiryawan, serta adik Budi, Candra Kusuma.")
    es = [ent(text, f"per:{n[0].lower()}", "PERSON", n)
          for n in ("Ani Lestari", "Budi Wiryawan", "Candra Kusuma")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.targets == ("per:a", "per:b", "per:c")


def test_the_town_of_a_visit_adds_no_host_beside_the_one_visited() -> None:
    text = "Pejabat Australia mengunjungi Rudi Hartono di penjara di Gaziantep."
    es = [ent(text, *RUDI), ent(text, "loc:g", "PLACE", "Gaziantep", country="TR")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert e.targets == ("per:r",)
    text = "Pejabat Australia mengunjungi Gaziantep pekan lalu."
    es = [ent(text, "loc:g", "PLACE", "Gaziantep", country="TR")]
    assert "TR" in one(find_events(art(text, es)), "CONSULT").targets


def test_a_comma_and_dan_open_a_new_clause_not_a_list_member() -> None:
    # ", dan para pemegang saham X meminta Y": X asks Y; Y before the comma is no co-actor
    text = ("Para investor menyoroti prioritas Rudi Hartono, dan para pemegang saham Partai Maju "
            "meminta Rudi Hartono untuk bekerja lebih lama.")
    es = [ent(text, *RUDI), ent(text, "org:pm", "ORG", "Partai Maju")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("org:pm",)


# ----------------------------------------------------------------------------- evprec

def test_sting_noun_genitive_is_the_one_caught_not_the_actor() -> None:
    # "operasi tangkap tangan SDW": SDW is caught; who ran the sting may go unnamed
    text = ("Komisi Pemberantasan Korupsi mengungkapkan hal itu dalam jumpa pers ihwal "
            "operasi tangkap tangan Sudiwardono dan empat orang lainnya.")
    a = art(text, [ent(text, "org:kpk", "ORG", "Komisi Pemberantasan Korupsi"),
                   ent(text, "per:sdw", "PERSON", "Sudiwardono")])
    e = one(find_events(a), "COERCE")
    assert "per:sdw" not in e.actors
    assert e.targets == ("per:sdw",)


def test_marking_on_a_thing_is_no_participant() -> None:
    # "pelat nomor Polri palsu": the plates bear Polri's marking, Polri is seized from nobody
    text = "Sejauh ini polisi sudah mengamankan pelat nomor Polri palsu yang terpasang di mobil."
    a = art(text, [ent(text, "org:polri", "ORG", "Polri")])
    e = one(find_events(a), "COERCE")
    assert (e.actors, e.targets) == (("COP",), ())


def test_police_unit_by_region_is_a_bare_passive_agent() -> None:
    # "diamankan Polres Tasikmalaya Kota" with no name tagged: the police unit acts
    text = ("Pengemudi mobil berpelat dinas Polri yang viral di media sosial diamankan Polres "
            "Tasikmalaya Kota.")
    a = art(text, [ent(text, "org:polri", "ORG", "Polri")])
    e = one(find_events(a), "COERCE")
    assert (e.actors, e.targets) == (("COP",), ())


def test_floating_quantifier_after_yang_keeps_the_relative_clause() -> None:
    # "lembaga ... yang semuanya menentang rakyat Amerika": the bodies oppose, unnamed; not
    # the speaker of the quotation
    text = ('"Kita memiliki semua lembaga legislatif, eksekutif, dan yudikatif yang semuanya '
            'menentang rakyat Amerika saat ini," kata Massimo Mascoli.')
    a = QuoteStage()(art(text, [ent(text, "per:mm", "PERSON", "Massimo Mascoli"),
                                ent(text, "loc:us", "PLACE", "Amerika", "US")]))
    assert not [e for e in find_events(a) if "per:mm" in e.actors]


def test_bare_police_unit_among_bodies_is_no_participant() -> None:
    text = ("P2BK Purabaya bersama perangkat desa, Koramil, dan Polsek setempat memberi imbauan "
            "kepada warga agar tetap waspada.")
    a = art(text, [ent(text, "org:p2bk", "ORG", "P2BK Purabaya")])
    e = one(find_events(a), "REQUEST")
    assert "COP" not in e.actors


@pytest.mark.parametrize("text", [
    # (events2) a danger noun after a word of setting: a danger, whoever follows it
    "Jepang dan Amerika Serikat menggelar latihan di Okinawa di tengah ancaman rudal Korea "
    "Utara yang kian meningkat.",
    # a nominal trigger naming a word, or defined: no act
    "Mahkamah menyatakan kata 'kerusuhan' dalam Pasal 28 bertentangan dengan UUD 1945.",
    "MK menyebut kerusuhan yang dimaksud ialah kondisi mengganggu ketertiban umum.",
    # a stance and a pretext: no deeds
    "Senjata nuklir Amerika Serikat telah berada dalam posisi menyerang.",
    "Penipu itu mengatasnamakan Maulana dengan lebel memberi bantuan.",
])
def test_dangers_terms_stances_and_pretexts_code_no_event(text: str) -> None:
    a = art(text, [ent(text, "loc:kp", "PLACE", "Korea Utara", "KP")] if "Korea" in text
            else [ent(text, "per:maulana", "PERSON", "Maulana")] if "Maulana" in text else [])
    codes = {e.code for e in find_events(a)}
    assert not codes & {"THREATEN", "PROTEST", "ASSAULT", "AID"}


def test_description_set_off_by_commas_leaves_its_inner_name_out() -> None:
    # "Bambang ..., terpidana ... tudingan ijazah palsu Joko Widodo, mengajukan PK": Bambang
    # petitions; Jokowi, the one he accused, is inside the description
    text = ("Bambang Tri Mulyono, terpidana kasus tudingan ijazah palsu Joko Widodo, "
            "mengajukan peninjauan kembali atas vonis terhadapnya.")
    a = art(text, [ent(text, "per:bambang", "PERSON", "Bambang Tri Mulyono"),
                   ent(text, "per:jokowi", "PERSON", "Joko Widodo", "ID")])
    e = one(find_events(a), "REQUEST")
    assert e.actors == ("per:bambang",)


def test_accusation_noun_genitive_after_inner_noun_is_the_accused() -> None:
    # "tudingan ijazah palsu Joko Widodo": Jokowi is accused, never the accuser
    text = "Roy Suryo diperiksa terkait tudingan ijazah palsu Joko Widodo."
    a = art(text, [ent(text, "per:roy", "PERSON", "Roy Suryo"),
                   ent(text, "per:jokowi", "PERSON", "Joko Widodo", "ID")])
    assert not [e for e in find_events(a) if e.code == "ACCUSE" and "per:jokowi" in e.actors]


# ----------------------------------------------------------------- 2026-12-04 evprec5


@pytest.mark.parametrize("text", [
    "Namun, para pelaku memang kerap menggelar unjuk rasa ke beberapa instansi pemerintahan.",
    "Cuman mereka sering melakukan unjuk rasa di pemerintahan-pemerintahan.",
])
def test_habit_adverb_before_a_verb_trigger_codes_no_event(text: str) -> None:
    assert [e.code for e in find_events(art(text))] == []


def test_habit_adverb_leaves_a_plain_protest() -> None:
    text = "Para pelaku menggelar unjuk rasa ke beberapa instansi pemerintahan."
    assert [e.code for e in find_events(art(text))] == ["PROTEST"]


def test_a_bill_agreed_is_no_target() -> None:
    text = "DPRD bersama Ratu Dewa menyepakati Raperda tentang Perusahaan Daerah."
    a = art(text, [ent(text, "org:dprd", "ORG", "DPRD"),
                   ent(text, "per:dewa", "PERSON", "Ratu Dewa"),
                   ent(text, "per:raperda", "PERSON", "Raperda")])
    e = one(find_events(a), "AGREE")
    assert e.targets == ()
    assert "per:raperda" not in e.actors


def test_a_name_after_a_driver_noun_is_the_vehicle_no_target() -> None:
    text = "Polisi mengamankan sopir Pajero berpelat Polri di Bandung."
    a = art(text, [ent(text, "per:pajero", "PERSON", "Pajero"),
                   ent(text, "org:polri", "ORG", "Polri")])
    e = one(find_events(a), "COERCE")
    assert "per:pajero" not in e.targets


@pytest.mark.parametrize(("text", "code"), [
    ("Tito menyoroti seriusnya persoalan beras yang kini menjadi tantangan utama.", None),
    ("Tito menyoroti insiden tambang di Magetan yang menewaskan seorang pekerja.", "ACCUSE"),
])
def test_spotlighting_a_problem_blames_no_one_unnamed(text: str, code: str | None) -> None:
    a = art(text, [ent(text, "per:tito", "PERSON", "Tito")])
    assert [e.code for e in find_events(a)] == ([code] if code else [])


def test_a_fronted_clause_object_is_no_co_actor() -> None:
    text = ("Selain mengamankan para pelaku, petugas kepolisian juga menyita uang Rp 15 juta "
            "milik para pelaku.")
    e = one(find_events(art(text)), "COERCE")
    assert e.actors == ("COP",)


def test_a_sides_own_accord_is_no_agreement() -> None:
    text = ('"Setelah ekspose bersama, kami sepakat untuk menaikkan status perkara menjadi '
            'penyidikan khusus," kata Ichwan, Selasa.')
    a = quoted_art(text, ("per:ichwan", "PERSON", "Ichwan"))
    assert [e.code for e in find_events(a) if e.code == "AGREE"] == []
    text = "Andi dan Budi sepakat untuk menaikkan status perkara menjadi penyidikan."
    a = art(text, [ent(text, "per:andi", "PERSON", "Andi"),
                   ent(text, "per:budi", "PERSON", "Budi")])
    assert [e.code for e in find_events(a)] == ["AGREE"]


def test_a_visit_to_no_host_and_no_place_is_no_meeting() -> None:
    text = "Nashir Djamil dan Herry Nahak juga pernah mengunjungi restoran ini."
    a = art(text, [ent(text, "per:nashir", "PERSON", "Nashir Djamil"),
                   ent(text, "per:herry", "PERSON", "Herry Nahak")])
    assert [e.code for e in find_events(a)] == []
    text = "Presiden Joko Widodo mengunjungi Singapura pekan lalu."
    a = art(text, [ent(text, "per:jokowi", "PERSON", "Joko Widodo", "ID"),
                   ent(text, "loc:sg", "PLACE", "Singapura", "SG")])
    assert [e.code for e in find_events(a)] == ["CONSULT"]


def test_a_bill_taken_for_a_person_is_no_pronouns_referent() -> None:
    text = ("DPRD Kota Palembang menyepakati Raperda tentang pajak daerah. "
            "Ia mengapresiasi dedikasi anggota dewan yang telah berkolaborasi.")
    a = art(text, [ent(text, "org:dprd", "ORG", "DPRD Kota Palembang"),
                   ent(text, "per:raperda", "PERSON", "Raperda")])
    assert not [e for e in find_events(a) if "per:raperda" in e.actors]


def test_an_act_read_out_by_an_officer_is_his_bodys_not_his() -> None:
    # (evactor11) '"Pertama, menahan ...," kata Kasubdit Reskrim Polda X Kompol Y': the
    # body his office names acts; the officer who reads it out is no actor
    text = ('"Pertama, menahan dua orang pengemudi truk tersebut," kata Kasubdit Penyidikan '
            'Ditreskrimum Polda Riau Kompol Andre Wibisono.')
    es = [ent(text, "org:polda", "ORG", "Polda Riau"),
          ent(text, "per:andre", "PERSON", "Andre Wibisono")]
    es[1] = replace(es[1], org="org:polda")
    a = QuoteStage()(art(text, es))
    e = one(find_events(a), "COERCE")
    assert e.actors == ("org:polda",)


def test_a_pronoun_after_a_bare_suspect_noun_is_the_suspect() -> None:
    # (evactor11) "Pelaku kini ditahan. Dia dijerat Pasal ...": 'Dia' is the unnamed
    # suspect of the sentence before, not the victim named further back
    text = ("Korban bernama Rina Lestari melapor ke polisi setelah uangnya raib. "
            "Pelaku kini ditahan di Polres Tegal. "
            "Dia dijerat Pasal 372 KUHP tentang penggelapan.")
    es = [ent(text, "per:rina", "PERSON", "Rina Lestari"),
          ent(text, "org:polres", "ORG", "Polres Tegal")]
    charged = [e for e in find_events(art(text, es)) if e.code == "ACCUSE"]
    assert charged and all("per:rina" not in e.targets for e in charged)
    assert any(e.targets == ("CRM",) for e in charged)
    # a suspect named in that sentence is the one charged
    text = ("Korban bernama Rina Lestari melapor ke polisi setelah uangnya raib. "
            "Pelaku Budi Santoso kini ditahan di Polres Tegal. "
            "Dia dijerat Pasal 372 KUHP tentang penggelapan.")
    es = [ent(text, "per:rina", "PERSON", "Rina Lestari"),
          ent(text, "per:budi", "PERSON", "Budi Santoso"),
          ent(text, "org:polres", "ORG", "Polres Tegal")]
    charged = [e for e in find_events(art(text, es)) if e.code == "ACCUSE"]
    assert all("per:rina" not in e.targets for e in charged)


def test_a_search_of_named_peoples_homes_targets_them() -> None:
    # (evactor11) "penggeledahan di rumah A dan B": the owners are searched, not a place
    text = ("Kejaksaan Tinggi Jambi melakukan penggeledahan di kediaman Hendra Kusuma dan "
            "Wulan Sari pada Rabu malam.")
    es = [ent(text, "org:kejati", "ORG", "Kejaksaan Tinggi Jambi"),
          ent(text, "per:hendra", "PERSON", "Hendra Kusuma"),
          ent(text, "per:wulan", "PERSON", "Wulan Sari")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors == ("org:kejati",) and e.targets == ("per:hendra", "per:wulan")
    # an arrest at someone's home is not an act on the owner
    text = "Polisi menangkap Hendra Kusuma di rumah Wulan Sari pada Rabu malam."
    es = [ent(text, "per:hendra", "PERSON", "Hendra Kusuma"),
          ent(text, "per:wulan", "PERSON", "Wulan Sari")]
    assert one(find_events(art(text, es)), "COERCE").targets == ("per:hendra",)


def test_first_person_words_of_a_quote_inside_a_quote_are_not_the_speakers() -> None:
    # (evactor11) '"... karena mereka bilang \'kita minta bantuan dana\' ...," ujar X': the
    # request is theirs, quoted by X; X is no actor of it
    text = ('"Kami membangun bendungan itu karena warga bilang \'kita minta bantuan air '
            'bersih kepada pemerintah\', jadi kami bergerak," ujar Bupati Hendra Kusuma.')
    es = [ent(text, "per:hendra", "PERSON", "Hendra Kusuma")]
    a = QuoteStage()(art(text, es))
    assert all("per:hendra" not in e.actors for e in find_events(a) if e.code == "REQUEST")


def test_an_unresolved_pronoun_before_the_trigger_is_its_own_subject() -> None:
    # (evactor11) '"kami sudah berunding dengan para nelayan dan mereka bersedia ...," ujar
    # X': the fishermen agree, not the speaker's side
    text = ('"Kami sudah berunding dengan para nelayan dan mereka bersedia pindah ke dermaga '
            'baru," ujar Bupati Hendra Kusuma.')
    es = [ent(text, "per:hendra", "PERSON", "Hendra Kusuma")]
    a = QuoteStage()(art(text, es))
    assert all("per:hendra" not in e.actors for e in find_events(a) if e.code == "AGREE")


def test_a_place_the_tagger_cut_from_a_bodys_name_is_the_body() -> None:
    # (evactor11) "Pemkab X bersama DPRD Kabupaten [Sleman] menyepakati ...": the tagger took
    # only the town; the council, named in full later in the sentence, is the co-actor
    text = ("Pemerintah Kabupaten Sleman bersama DPRD Kabupaten Sleman menyepakati dua raperda "
            "di gedung DPRD Kabupaten Sleman, Senin.")
    pemkab = ent(text, "org:pemkab", "ORG", "Pemerintah Kabupaten Sleman")
    dprd = ent(text, "org:dprd", "ORG", "DPRD Kabupaten Sleman")
    second = text.index("Sleman", text.index("DPRD"))
    place = Entity(id="loc:sleman", kind="PLACE", name="Sleman",
                   mentions=(Span(start=second, end=second + 6),))
    dprd = replace(dprd, mentions=dprd.mentions[1:])  # the first one cut to the town
    e = one(find_events(art(text, [pemkab, dprd, place])), "AGREE")
    assert set(e.actors) == {"org:pemkab", "org:dprd"}


def test_a_pronoun_after_a_person_introduced_by_name_is_that_person() -> None:
    # (evactor11) "... terhadap seorang pegawai bernama X. Dia divonis ...": X, introduced by
    # name at the end of the sentence before, not the subject named before him; someone
    # introduced so but not tagged leaves the pronoun unresolved
    text = ("Sebelum Rudi Hartono, jaksa sudah menuntut seorang pegawai bernama Bayu Pratama. "
            "Dia telah divonis lima tahun penjara.")
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono"),
          ent(text, "per:bayu", "PERSON", "Bayu Pratama")]
    sentenced = [e for e in find_events(art(text, es)) if e.code == "SANCTION"]
    assert sentenced and all(e.targets == ("per:bayu",) for e in sentenced)
    es = [ent(text, "per:rudi", "PERSON", "Rudi Hartono")]
    text2 = text.replace("Sebelum Rudi Hartono, jaksa", "Rudi Hartono mengatakan jaksa")
    es = [ent(text2, "per:rudi", "PERSON", "Rudi Hartono")]
    assert all("per:rudi" not in e.targets
               for e in find_events(art(text2, es)) if e.code == "SANCTION")


def test_a_request_fronted_by_atas_is_made_of_the_main_clauses_subject() -> None:
    # (evactor11) "Atas permintaan X, Y mengirimkan ...": Y grants X's request, so was asked
    text = ("Atas permohonan dari Pemerintah Kabupaten Sigi, Kementerian Sosial mengirimkan "
            "bantuan logistik ke lokasi banjir.")
    es = [ent(text, "org:sigi", "ORG", "Pemerintah Kabupaten Sigi"),
          ent(text, "org:kemensos", "ORG", "Kementerian Sosial")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("org:sigi",) and e.targets == ("org:kemensos",)


@pytest.mark.parametrize("text", [
    "Polisi menangkap dua pemuda yang membawa senjata tajam di pasar malam.",
    "Warga kampung itu menolak rencana pembangunan pabrik semen di lereng bukit.",
    "Menteri mengatakan pemerintah akan memberikan bantuan kepada petani jagung.",
])
def test_needed_words_read_with_the_sentence_word_set_as_without(text: str) -> None:
    # speed12: a needed phrase whose first word the sentence lacks is skipped unread; every
    # trigger with needs gives the same answer with the word set as without it.
    lex = lexicon()
    toks = events_mod._tokens(text, 0)
    plain = events_mod._Ctx(toks, [], lex)
    fast = events_mod._Ctx(toks, [], lex, words=frozenset(
        [*(t.low for t in toks), *(t.bare for t in toks)]))
    checked = 0
    for trigs in lex.triggers.values():
        for trig in trigs:
            if trig.needs:
                for i in range(len(toks)):
                    checked += 1
                    assert events_mod._needs_ok(fast, trig, i, i + 1) \
                        == events_mod._needs_ok(plain, trig, i, i + 1)
    assert checked


def test_a_text_names_a_listed_word_only_as_a_whole_word_unit() -> None:
    # speed13: one trie search first, the split into words only where a listed word stands
    # somewhere; the answers are the split's own.
    from warta.stages.events import _WORD, _names_any

    words = frozenset({"polisi", "polres", "reserse"})
    for text in ("anggota polisi menangkap dua pemuda", "kantor polres-polres baru",
                 "para politisi berdebat", "tim reserse-narkoba datang", "tidak ada", "",
                 "polisinya datang", "xpolisi"):
        assert _names_any(text, words) == (not words.isdisjoint(_WORD.findall(text))), text
    assert _names_any("anggota polisi datang", words)
    assert not _names_any("para politisi berdebat", words)
    assert not _names_any("polisinya datang", words)


def test_tokens_inside_a_time_expression_are_marked_and_no_others() -> None:
    """speed19: `_mark_times` flags the tokens inside a time expression of the sentence;
    a sentence holding none (most) has every token unflagged, set at once."""
    from warta.stages.events import _mark_times, _tokens

    text = "Sejak 3 Maret lalu, polisi menahan dua warga di Depok."
    toks = _tokens(text, 100)
    when = TimeExpr(span=Span(start=106, end=113), type="DATE", value="2024-03-03")
    _mark_times(toks, [when])
    assert [t.text for t in toks if t.time] == ["3", "Maret"]
    for t in toks:
        t.time = True  # flags left from before are set again
    far = TimeExpr(span=Span(start=10, end=20), type="DATE", value="2024-03-03")
    _mark_times(toks, [far])
    assert not any(t.time for t in toks)
    _mark_times(toks, [])
    assert not any(t.time for t in toks)


def test_event_token_word_lists_are_events_data() -> None:  # data20
    """The "not only", pronoun-object, perfective, noun-joiner and demonstrative words
    stages.events tests tokens against are events.toml [words] lists."""
    from warta.stages.events import (
        _DEMONSTRATIVES,
        _NOT_ONLY,
        _NOUN_JOINERS,
        _PERFECTIVE,
        _TO_HIM,
    )

    assert "sekadar" in _NOT_ONLY and "kepadanya" in _TO_HIM and "telah" in _PERFECTIVE
    assert "serta" in _NOUN_JOINERS and "tersebut" in _DEMONSTRATIVES
    assert "Itu" not in _DEMONSTRATIVES


def _may_trigger_reference(piece: str, lex: Lexicon) -> bool:
    """`_may_trigger` as it was before speed27: the stems made for every sentence."""
    words = set(events_mod._WORD.findall(piece.lower()))
    firsts = words & lex.first_words.keys()
    if not firsts:
        return False
    every = words | {w[:-3] for w in words if w.endswith("nya")}
    return any(need <= every for w in firsts for need in lex.first_words[w])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kedua negara mencapai kesepakatan damai .", True),  # the words alone hold it
    ("Kedua negara mencapai kesepakatannya .", True),  # only its stem holds it
    ("Harga saham mencapai rekor baru .", False),  # a first word, no trigger
    ("Penjualan mencapai puncaknya tahun ini .", False),  # stems, still no trigger
    ("Cuaca cerah sepanjang hari .", False),
])
def test_may_trigger_makes_stems_only_when_needed(sentence: str, expected: bool) -> None:
    lex = lexicon()
    assert events_mod._may_trigger(sentence, lex) is expected
    assert _may_trigger_reference(sentence, lex) is expected


def test_description_heads_are_the_role_heads_and_the_lexicons() -> None:
    from warta.ner.roles import role_words

    lex = lexicon()
    heads = events_mod._description_heads(lex.description_heads)
    assert heads == role_words().heads.keys() | lex.description_heads
    assert events_mod._description_heads(lex.description_heads) is heads  # made once
