"""Rules of the events stage added by the ev34b branch (issue 15 part 1, seeds 143 and
144): ground taken by force and a main verb after a relative clause closed by a comma
(ASSAULT), a bribe suspected of someone named, the subject a concessive clause borrows from
its main clause; thanks to one's own circle, war held out as an option, a pledge to back a
goal and a law's standing rule coded as no event.
Each sentence is written for its test; the near shape that must stay is asserted beside
it."""

from __future__ import annotations

from tests.stages.test_events import BUDI_SANTOSO as BUDI
from tests.stages.test_events import KOMISI_DAGANG as KOMISI
from tests.stages.test_events import RUDI_HARTONO as RUDI
from tests.stages.test_events import quoted_codes as _codes
from tests.stages.test_events import quoted_roles as _roles

TIRTA = ("loc:tirta", "PLACE", "Tirtania", "PH")
VALDO = ("loc:valdo", "PLACE", "Valdoria", "VN")
FRONT = ("org:fm", "ORG", "Front Merah")
RINA = ("per:rina", "PERSON", "Rina")


def test_ground_taken_by_force_is_an_assault() -> None:
    got = _roles("Tentara Tirtania berhasil menguasai pangkalan udara di timur kota , setelah "
                 "pertempuran sengit selama dua bulan .", TIRTA)
    assert any(c == "ASSAULT" and a == ("PH",) for c, a, _ in got)
    got = _roles("Front Merah merebutnya dari pemberontak pada 2014 .", FRONT)
    assert any(c == "ASSAULT" and a == ("org:fm",) for c, a, _ in got)
    # a title or a ball taken holds no fighting
    assert "ASSAULT" not in _codes("Front Merah berhasil merebut gelar juara musim ini .", FRONT)
    assert "ASSAULT" not in _codes("Tirtania berhasil menguasai pasar ekspor kopi .", TIRTA)


def test_a_main_verb_after_a_relative_clause_closed_by_a_comma() -> None:
    got = _roles("Tentara Tirtania yang didukung tentara Valdoria , melancarkan serangan "
                 "terhadap Front Merah di timur kota .", TIRTA, VALDO, FRONT)
    assert any(c == "ASSAULT" and a == ("PH",) and "org:fm" in t for c, a, t in got)
    # the relative clause's agent is no party of the attack
    assert not any(c == "ASSAULT" and "VN" in a + t for c, a, t in got)
    # its backing stays
    assert ("SUPPORT", ("VN",), ("PH",)) in got


def test_a_bribe_suspected_of_someone_named_is_the_probe_charge() -> None:
    got = _roles("Komisi Dagang menetapkan Rudi Hartono sebagai tersangka . Sebelumnya , Budi "
                 "Santoso diduga menerima suap dari Rudi Hartono terkait proyek itu .",
                 KOMISI, BUDI, RUDI)
    # the giver after "dari" is charged too
    assert ("ACCUSE", ("org:k",), ("per:budi", "per:rudi")) in got
    # a call received is no charge
    assert not any(c == "ACCUSE" and "per:budi" in t for c, _, t in _roles(
        "Komisi Dagang menetapkan Rudi Hartono sebagai tersangka . Sebelumnya , Budi "
        "Santoso diduga menerima telepon dari Rudi Hartono .", KOMISI, BUDI, RUDI))


def test_a_concessive_clause_borrows_the_main_subject() -> None:
    got = _roles("Budi Santoso tetap mengidolakan Rudi Hartono meski beberapa kali dikritik "
                 "Rudi Hartono sepanjang musim .", BUDI, RUDI)
    assert ("ACCUSE", ("per:rudi",), ("per:budi",)) in got
    got = _roles("Meski sudah beberapa kali dikritik Rudi Hartono musim ini , Budi Santoso "
                 "tetap menganggap pebalap itu sebagai idolanya .", BUDI, RUDI)
    assert ("ACCUSE", ("per:rudi",), ("per:budi",)) in got


def test_thanks_to_ones_own_circle_is_no_support() -> None:
    assert "SUPPORT" not in _codes(
        "Budi Santoso juga berterima kasih kepada produser , kru , dan istrinya .", BUDI)
    assert "SUPPORT" not in _codes(
        "Budi Santoso mengucapkan selamat kepada para nomine atas karya mereka .", BUDI)
    # nor the backing of one's work told after it
    assert "SUPPORT" not in _codes(
        "Budi Santoso berterima kasih kepada istrinya , Rina , yang selalu mendukung "
        "pekerjaannya .", BUDI, RINA)
    # thanks to a body named stays
    assert ("SUPPORT", ("per:budi",), ("org:k",)) in _roles(
        "Budi Santoso mengucapkan terima kasih kepada Komisi Dagang .", BUDI, KOMISI)


def test_war_held_out_as_an_option_is_no_fighting() -> None:
    assert "ASSAULT" not in _codes(
        "Budi Santoso mengatakan Tirtania mempunyai pilihan antara berperang atau sejahtera .",
        BUDI, TIRTA)
    assert "ASSAULT" in _codes("Tirtania berperang melawan Valdoria sejak 2011 .",
                               TIRTA, VALDO)


def test_a_pledge_to_back_a_goal_agrees_with_no_one() -> None:
    assert "AGREE" not in _codes(
        "Komisi Dagang berkomitmen dalam mendukung target nol emisi 2060 .", KOMISI)
    assert "AGREE" in _codes(
        "Komisi Dagang berkomitmen untuk terus bekerja sama dengan Budi Santoso .", KOMISI, BUDI)


def test_a_laws_standing_rule_is_no_summons() -> None:
    assert "REQUEST" not in _codes(
        "Sesuai pasal 112 KUHAP , orang yang dipanggil sebagai saksi maupun tersangka wajib "
        "datang kepada Komisi Dagang .", KOMISI)
    assert ("REQUEST", ("org:k",), ("per:budi",)) in _roles(
        "Budi Santoso dipanggil sebagai saksi oleh Komisi Dagang .", BUDI, KOMISI)
