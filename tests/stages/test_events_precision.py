"""Events precision rules of the evprec3 branch: a speaker's body, acts that did not happen
(forbidden, owed, demanded, kinds), a team wound up, and the doer of a framed act noun."""

from __future__ import annotations

from dataclasses import replace

from test_events import art, ent, one, quoted_art

from warta.stages.events import find_events


def test_pihaknya_in_reported_speech_is_the_speakers_body() -> None:
    text = "Kepala Biro Humas KPK Febri Diansyah mengatakan pihaknya mendukung keputusan Polri."
    a = quoted_art(text, ("org:k", "ORG", "KPK"), ("per:f", "PERSON", "Febri Diansyah"),
                   ("org:p", "ORG", "Polri"))
    a = replace(a, entities=tuple(replace(e, org="org:k") if e.id == "per:f" else e
                                  for e in a.entities))
    e = one(find_events(a), "SUPPORT")
    assert e.actors == ("org:k",)


def test_pihaknya_stays_the_speaker_without_a_body() -> None:
    text = "Febri Diansyah mengatakan pihaknya mendukung keputusan Polri."
    a = quoted_art(text, ("per:f", "PERSON", "Febri Diansyah"), ("org:p", "ORG", "Polri"))
    e = one(find_events(a), "SUPPORT")
    assert e.actors == ("per:f",)


def test_a_forbidden_meeting_is_no_meeting() -> None:
    text = "Polisi melarang Roy dan Sys bertemu Ahok di rutan."
    es = [ent(text, "per:r", "PERSON", "Roy"), ent(text, "per:s", "PERSON", "Sys"),
          ent(text, "per:a", "PERSON", "Ahok")]
    assert [e.code for e in find_events(art(text, es))] == ["COERCE"]


def test_a_duty_governs_a_verb_coordinated_with_its_object() -> None:
    text = "Menurut Uni Afrika, Trump harus meminta maaf dan menarik pernyataannya."
    es = [ent(text, "per:t", "PERSON", "Trump"), ent(text, "org:ua", "ORG", "Uni Afrika")]
    assert [e for e in find_events(art(text, es)) if e.code == "CONCEDE"] == []


def test_the_content_of_a_demand_with_its_opener_is_no_act() -> None:
    text = "Uni Afrika mendesak agar Donald Trump menarik pernyataannya."
    es = [ent(text, "per:t", "PERSON", "Donald Trump"), ent(text, "org:ua", "ORG", "Uni Afrika")]
    events = find_events(art(text, es))
    assert [e.code for e in events] == ["REQUEST"]
    assert events[0].actors == ("org:ua",)


def test_a_quantified_act_noun_is_a_kind() -> None:
    text = "Identitas itu diberikan kepada setiap pendudukan Indonesia."
    assert find_events(art(text)) == []


def test_a_body_winding_up_its_own_team_bans_no_one() -> None:
    text = "Sejak 2016 Kementerian PANRB membubarkan Tim Ahli yang dibentuk tahun 2015."
    assert find_events(art(text, [ent(text, "org:k", "ORG", "Kementerian PANRB")])) == []


def test_a_framed_act_nouns_name_before_a_verb_is_its_doer() -> None:
    text = "Dalam penggeledahan KPK menyita dokumen serta uang."
    e = one(find_events(art(text, [ent(text, "org:k", "ORG", "KPK")])), "COERCE")
    assert (e.actors, e.targets) == (("org:k",), ())
    # not after a frame: the name is the one searched
    text = "Penggeledahan KPK berlangsung sejak pagi."
    assert find_events(art(text, [ent(text, "org:k", "ORG", "KPK")]))[0].targets == ("org:k",)


def test_the_patient_of_an_asked_act_is_not_the_one_asked() -> None:
    text = "Jhony meminta penjadwalan ulang pemeriksaan terhadap Lisa kepada Bareskrim."
    es = [ent(text, "per:j", "PERSON", "Jhony"), ent(text, "per:l", "PERSON", "Lisa"),
          ent(text, "org:b", "ORG", "Bareskrim")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:j",), ("org:b",))


def test_a_letter_that_informs_asks_nothing() -> None:
    text = ("Jhony akan mengirim surat ke Bareskrim Polri siang ini untuk memberi tahu alasan "
            "Lisa tak bisa hadir.")
    es = [ent(text, "per:j", "PERSON", "Jhony"), ent(text, "org:b", "ORG", "Bareskrim Polri")]
    assert find_events(art(text, es)) == []
    text = "Jhony akan mengirim surat ke Bareskrim Polri siang ini untuk meminta penundaan."
    es = [ent(text, "per:j", "PERSON", "Jhony"), ent(text, "org:b", "ORG", "Bareskrim Polri")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert (e.actors, e.targets) == (("per:j",), ("org:b",))


def test_a_name_after_a_framed_act_noun_and_a_comma_is_no_doer() -> None:
    text = "Saat penangkapan, warga juga terlihat mengerubungi pelaku."
    assert [e for e in find_events(art(text)) if e.code == "COERCE"] == []
