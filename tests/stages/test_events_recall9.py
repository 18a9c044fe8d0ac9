"""Recall rules of the events stage added by the evrec9 branch (issue 15 part 1): party
backing, summonses and arrests in a timed clause, charges stated by a prosecutor. Each test's
sentence is written for it; the near shape that must stay uncoded is asserted beside it."""

from __future__ import annotations

from dataclasses import replace

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events
from warta.stages.quotes import QuoteStage


def test_a_coalition_backs_a_candidate_with_no_election_word() -> None:
    text = "Pada 2009 Hendra Wijaya diusung koalisi Partai Maju dan Partai Sejahtera."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya"),
          ent(text, "org:m", "ORG", "Partai Maju"), ent(text, "org:s", "ORG", "Partai Sejahtera")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert set(e.actors) == {"org:m", "org:s"} and e.targets == ("per:h",)
    # carrying a theme backs no one
    text = "Band itu mengusung tema baru bersama Hendra Wijaya di panggung partai."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    assert all(e.code != "SUPPORT" for e in find_events(art(text, es)))


def _party_speaker(text: str, speaker: str, party: str | None, by_role: bool = False) -> list:
    es = [ent(text, "per:r", "PERSON", speaker), ent(text, "per:d", "PERSON", "Dewi Lestari")]
    if party and by_role:  # tied to another body first, the party named in a later role
        es = [replace(es[0], org="org:dpr", roles=("Anggota DPR", f"Ketua {party}")), es[1],
              ent(text, "org:p", "ORG", party)]
    elif party:
        es = [replace(es[0], org="org:p"), es[1], ent(text, "org:p", "ORG", party)]
    a = QuoteStage()(art(text, es))
    return [(e.code, e.actors, e.targets) for e in find_events(a)]


def test_partainya_in_reported_speech_is_the_party_the_speakers_role_names() -> None:
    text = ("Rudi Hartono, Sekretaris Jenderal Partai Bintang, menyatakan partainya resmi "
            "mengusung Dewi Lestari dalam pilkada mendatang.")
    assert _party_speaker(text, "Rudi Hartono", "Partai Bintang") == [
        ("SUPPORT", ("org:p",), ("per:d",))]
    assert _party_speaker(text, "Rudi Hartono", "Partai Bintang", by_role=True) == [
        ("SUPPORT", ("org:p",), ("per:d",))]
    # a speaker whose role names no party: the word stands for no one (the speaker is no party)
    text = "Rudi Hartono menyatakan partainya resmi mengusung Dewi Lestari dalam pilkada mendatang."
    assert _party_speaker(text, "Rudi Hartono", None) == []


def test_a_clause_timed_by_saat_after_a_verb_trigger_shares_its_subject() -> None:
    text = "Dalam sidang itu, Yusuf Effendi dua kali mangkir ketika dipanggil sebagai saksi."
    es = [ent(text, "per:y", "PERSON", "Yusuf Effendi")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.targets == ("per:y",)
    text = "Seorang residivis, Tono Sugiarto, ditembak polisi saat ditangkap di Cianjur."
    es = [ent(text, "per:t", "PERSON", "Tono Sugiarto"), ent(text, "loc:c", "PLACE", "Cianjur")]
    assert one(find_events(art(text, es)), "COERCE").targets == ("per:t",)
    # a reporting clause's "saat" tells where it was said: the speaker meets no one by it
    text = ('"Kami belum memutuskan," kata Tono Sugiarto saat berbincang dengan Harian Kota, '
            'Senin.')
    es = [ent(text, "per:t", "PERSON", "Tono Sugiarto"), ent(text, "org:h", "ORG", "Harian Kota")]
    assert all(e.code != "CONSULT" for e in find_events(QuoteStage()(art(text, es))))
    # being asked after "saat" (by reporters, mostly) makes no one named a target, nor does a
    # clause after a negated verb
    for text in ("Namun, Tono Sugiarto enggan berkomentar saat diminta menjelaskan kasusnya.",
                 "Tono Sugiarto tidak pernah mangkir saat dipanggil sebagai saksi."):
        es = [ent(text, "per:t", "PERSON", "Tono Sugiarto")]
        assert all(e.code != "REQUEST" for e in find_events(art(text, es)))
    # after a noun, not a verb, the clause has no subject from before it
    text = "Jaksa membeberkan pelarian Tono Sugiarto saat hendak ditangkap."
    es = [ent(text, "per:t", "PERSON", "Tono Sugiarto")]
    assert all(e.targets != ("per:t",) for e in find_events(art(text, es)) if e.code == "COERCE")


def test_a_prosecutor_naming_someone_with_an_offence_accuses_them() -> None:
    text = "Dalam surat tuntutannya, jaksa menyebut Gilang Ramadhan menerima suap dari kontraktor."
    es = [ent(text, "per:g", "PERSON", "Gilang Ramadhan")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.targets == ("per:g",)
    text = "Penyidik menganggap Gilang Ramadhan melanggar Pasal 378 KUHP."
    es = [ent(text, "per:g", "PERSON", "Gilang Ramadhan")]
    assert one(find_events(art(text, es)), "ACCUSE").targets == ("per:g",)
    # naming someone as a witness, or a promise broken, charges no one
    text = "Kuasa hukum menyebut Gilang Ramadhan sebagai saksi yang melanggar janji."
    es = [ent(text, "per:g", "PERSON", "Gilang Ramadhan")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_urging_that_something_be_done_asks_it_with_no_one_named() -> None:
    text = "Untuk itu, Wulan Sari mendorong agar sekolah negeri lebih banyak dibangun di desa."
    es = [ent(text, "per:w", "PERSON", "Wulan Sari")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("per:w",) and e.targets == ()
    # a cause driving a result asks nothing, nor does an outcome wished
    text = "Kenaikan harga minyak mendorong agar inflasi ikut naik di Surabaya."
    es = [ent(text, "loc:s", "PLACE", "Surabaya")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))
    text = "Wulan Sari mendorong agar harga cabai bisa kembali turun bulan depan."
    es = [ent(text, "per:w", "PERSON", "Wulan Sari")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_a_running_mate_in_a_relative_clause_shares_the_passive() -> None:
    text = ("Saat itu Rudi Hartono yang berpasangan dengan Dewi Lestari diusung koalisi "
            "Partai Maju dan Partai Sejahtera.")
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:d", "PERSON", "Dewi Lestari"),
          ent(text, "org:m", "ORG", "Partai Maju"), ent(text, "org:s", "ORG", "Partai Sejahtera")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.targets == ("per:r", "per:d")
    # a partner named after another relative verb is no running mate
    text = "Saat itu Rudi Hartono yang bertemu dengan Dewi Lestari ditangkap polisi."
    es = [ent(text, "per:r", "PERSON", "Rudi Hartono"),
          ent(text, "per:d", "PERSON", "Dewi Lestari")]
    assert all("per:d" not in e.targets for e in find_events(art(text, es))
               if e.code == "COERCE")
