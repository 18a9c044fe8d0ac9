"""Events precision rules of the evprec4 branch: acquittals, regret at fate, a chair's call for
his meeting's vote, permit kinds, a commitment's owner, aged lists and nominal passives."""

from __future__ import annotations

from test_events import art, ent, one, quoted_art

from warta.stages.events import find_events


def test_an_acquittal_sanctions_no_one() -> None:
    text = "Pada 30 Maret 2023, Pengadilan Tipikor Jayapura sempat memvonis Henry bebas."
    es = [ent(text, "org:p", "ORG", "Pengadilan Tipikor Jayapura"),
          ent(text, "per:h", "PERSON", "Henry")]
    assert [e for e in find_events(art(text, es)) if e.code == "SANCTION"] == []


def test_a_sentence_of_years_is_still_a_sanction() -> None:
    text = "Pengadilan Tipikor Jayapura memvonis Henry 5 tahun penjara dan kini bebas bersyarat."
    es = [ent(text, "org:p", "ORG", "Pengadilan Tipikor Jayapura"),
          ent(text, "per:h", "PERSON", "Henry")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert e.targets == ("per:h",)


def test_regret_with_nothing_regretted_accuses_no_one() -> None:
    text = '"Kami sangat menyayangkan, namun ini kehendak Allah," kata Brigjen Baso.'
    a = quoted_art(text, ("per:b", "PERSON", "Baso"))
    assert [e for e in find_events(a) if e.code == "ACCUSE"] == []


def test_regret_of_an_act_still_accuses() -> None:
    text = "Partai Demokrat menyayangkan sikap Ruhut Sitompul."
    es = [ent(text, "org:d", "ORG", "Partai Demokrat"),
          ent(text, "per:r", "PERSON", "Ruhut Sitompul")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:d",)


def test_a_chair_asking_his_meetings_vote_requests_nothing() -> None:
    text = "Ketua Baleg Bob Hasan meminta persetujuan rapat atas hasil evaluasi Prolegnas."
    es = [ent(text, "per:b", "PERSON", "Bob Hasan")]
    assert [e for e in find_events(art(text, es)) if e.code == "REQUEST"] == []


def test_a_permit_kind_is_no_target() -> None:
    text = "Menteri ESDM Bahlil Lahadalia mencabut empat IUP di Raja Ampat."
    es = [ent(text, "per:b", "PERSON", "Bahlil Lahadalia"), ent(text, "org:i", "ORG", "IUP")]
    e = one(find_events(art(text, es)), "SANCTION")
    assert "org:i" not in e.targets


def test_a_commitments_genitive_owns_it_and_agrees_with_no_one() -> None:
    text = ("Sekretaris Jenderal Kementerian Sosial Robben Rico menegaskan komitmen Kemensos "
            "dalam membangun sistem merit.")
    es = [ent(text, "per:r", "PERSON", "Robben Rico"), ent(text, "org:k", "ORG", "Kemensos")]
    assert [e for e in find_events(art(text, es)) if e.code == "AGREE"] == []


def test_a_bracketed_age_does_not_end_a_list_of_targets() -> None:
    text = "Polisi masih memburu Tri Martin (29) dan Sandra (26) di Bangka Barat."
    es = [ent(text, "per:t", "PERSON", "Tri Martin"), ent(text, "per:s", "PERSON", "Sandra")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.targets == ("per:t", "per:s")


def test_a_nominal_passives_name_is_its_patient_despite_a_group_before() -> None:
    text = ("Indra merasakan gejolak di internal Partai Golkar pasca ditetapkannya Novanto "
            "sebagai tersangka.")
    es = [ent(text, "per:i", "PERSON", "Indra"), ent(text, "org:g", "ORG", "Partai Golkar"),
          ent(text, "per:n", "PERSON", "Novanto")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.targets == ("per:n",)
    assert "per:n" not in e.actors and "org:g" not in e.actors


def test_a_demand_that_someone_be_sentenced_charges_him() -> None:
    text = "JPU menuntut agar Ahok dihukum penjara setahun dengan percobaan dua tahun."
    es = [ent(text, "org:j", "ORG", "JPU"), ent(text, "per:a", "PERSON", "Ahok")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.targets == ("per:a",)


def test_a_nouns_source_described_then_named_is_the_person() -> None:
    text = "Kritik juga datang dari anggota Komisi II DPR lainnya, Deddy Yevri Sitorus."
    es = [ent(text, "org:k", "ORG", "Komisi II"), ent(text, "org:d", "ORG", "DPR"),
          ent(text, "per:d", "PERSON", "Deddy Yevri Sitorus")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:d",)


def test_steps_already_agreed_in_a_relative_clause_are_no_agreement() -> None:
    text = ('"Komnas HAM melanjutkan langkah-langkah yang sudah kami sepakati untuk memeriksa '
            'rantis," kata Saurlin.')
    a = quoted_art(text, ("per:s", "PERSON", "Saurlin"), ("org:k", "ORG", "Komnas HAM"))
    assert [e for e in find_events(a) if e.code == "AGREE"] == []


def test_a_thing_agreed_by_the_speakers_side_is_still_an_agreement() -> None:
    text = '"Hal itu sudah kita sepakati bersama Kemenkeu," kata Saurlin.'
    a = quoted_art(text, ("per:s", "PERSON", "Saurlin"), ("org:k", "ORG", "Kemenkeu"))
    assert [e.code for e in find_events(a)] == ["AGREE"]
