"""Recall and precision rules of the events stage added by the evrec10 branch (issue 15
part 1): arrests of a person named by sex, formal legal warnings (somasi), projects paid for
by a lender's loan, and "memproses" only of someone processed after it. Each test's sentence
is written for it; the near shape that must stay uncoded is asserted beside it."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events


def test_an_arrest_of_a_woman_by_name() -> None:
    text = "Polres Bogor mengamankan seorang perempuan bernama Rina Marlina di Cibinong."
    es = [ent(text, "org:p", "ORG", "Polres Bogor"), ent(text, "per:r", "PERSON", "Rina Marlina")]
    e = one(find_events(art(text, es)), "COERCE")
    assert e.actors == ("org:p",) and e.targets == ("per:r",)


def test_a_somasi_received_and_sent_is_an_accusation() -> None:
    text = "Hendra Wijaya sudah diberikan somasi kedua oleh Dewi Lestari."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya"),
          ent(text, "per:d", "PERSON", "Dewi Lestari")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:d",) and e.targets == ("per:h",)
    text = "Dewi Lestari melayangkan somasi kepada Hendra Wijaya pekan lalu."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya"),
          ent(text, "per:d", "PERSON", "Dewi Lestari")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("per:d",) and e.targets == ("per:h",)


def test_a_project_paid_for_by_a_loan_is_aid_from_the_lender() -> None:
    text = "Jalur kereta ganda itu didanai oleh pinjaman dari Bank Pembangunan Asia."
    es = [ent(text, "org:a", "ORG", "Bank Pembangunan Asia")]
    e = one(find_events(art(text, es)), "AID")
    assert e.actors == ("org:a",)
    # a loan told without one paying for something is no aid coded here
    text = "Jalur kereta ganda itu menunggu kabar dari Bank Pembangunan Asia."
    es = [ent(text, "org:a", "ORG", "Bank Pembangunan Asia")]
    assert all(e.code != "AID" for e in find_events(art(text, es)))


def test_processing_papers_is_no_charge_processing_a_suspect_is() -> None:
    text = "Pelaku berjanji akan memproses sertifikat tanah milik Hendra Wijaya."
    es = [ent(text, "per:h", "PERSON", "Hendra Wijaya")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))
    text = "Kejari Depok akan memproses pelaku sesuai hukum yang berlaku."
    es = [ent(text, "org:k", "ORG", "Kejari Depok")]
    assert one(find_events(art(text, es)), "ACCUSE").actors == ("org:k",)


def test_a_contract_offered_to_a_player_is_an_offer() -> None:
    text = "Persija Jakarta menawarkan kontrak tiga tahun kepada Rizky Pratama."
    es = [ent(text, "org:p", "ORG", "Persija Jakarta"),
          ent(text, "per:r", "PERSON", "Rizky Pratama")]
    e = one(find_events(art(text, es)), "AGREE")
    assert e.actors == ("org:p",) and e.targets == ("per:r",)
    text = "Rizky Pratama ditawari kontrak baru oleh Persija Jakarta."
    es = [ent(text, "org:p", "ORG", "Persija Jakarta"),
          ent(text, "per:r", "PERSON", "Rizky Pratama")]
    e = one(find_events(art(text, es)), "AGREE")
    assert e.actors == ("org:p",) and e.targets == ("per:r",)
    # a contract that merely runs out offers nothing
    text = "Kontrak Rizky Pratama di Persija Jakarta habis musim ini."
    es = [ent(text, "org:p", "ORG", "Persija Jakarta"),
          ent(text, "per:r", "PERSON", "Rizky Pratama")]
    assert all(e.code != "AGREE" for e in find_events(art(text, es)))


def test_a_case_of_an_attack_on_someone_named_is_an_attack() -> None:
    text = "Polisi masih menyelidiki kasus penganiayaan terhadap guru honorer Siti Aminah."
    es = [ent(text, "per:s", "PERSON", "Siti Aminah")]
    e = one(find_events(art(text, es)), "ASSAULT")
    assert e.actors == () and e.targets == ("per:s",)
    # the same noun with no case word and no attacker stays uncoded
    text = "Polisi menyebut penganiayaan terhadap guru honorer Siti Aminah."
    es = [ent(text, "per:s", "PERSON", "Siti Aminah")]
    assert all(e.code != "ASSAULT" for e in find_events(art(text, es)))
