"""Recall rules of the events stage added by the evrecall3 branch (issue 15): each a real
sentence shape from the judged seeds 77-78, asserting the event coded and its roles, and
the near shape that must stay uncoded."""

from __future__ import annotations

from tests.stages.test_events import art, ent, one
from warta.stages.events import find_events
from warta.stages.quotes import QuoteStage


def test_ignoring_a_call_rebuffs_its_maker_and_keeps_the_call() -> None:
    text = "The Fed mengabaikan seruan Trump yang menginginkan penurunan suku bunga."
    es = [ent(text, "org:fed", "ORG", "The Fed"), ent(text, "per:t", "PERSON", "Trump")]
    events = find_events(art(text, es))
    e = one(events, "REJECT")
    assert e.actors == ("org:fed",) and e.targets == ("per:t",)
    assert one(events, "REQUEST").actors == ("per:t",)  # the call itself stays coded
    text = "The Fed mengabaikan risiko inflasi dari kebijakan Trump."
    es = [ent(text, "org:fed", "ORG", "The Fed"), ent(text, "per:t", "PERSON", "Trump")]
    assert all(e.code != "REJECT" for e in find_events(art(text, es)))


def test_an_attempted_denial_is_a_denial() -> None:
    text = "Trump sendiri mencoba membantah bahwa dirinya menyebutkan kata tak pantas tersebut."
    es = [ent(text, "per:t", "PERSON", "Trump")]
    assert one(find_events(art(text, es)), "REJECT").actors == ("per:t",)
    # another attempt stays hypothetical
    text = "Trump sendiri mencoba menemui Putin."
    es = [ent(text, "per:t", "PERSON", "Trump"), ent(text, "per:p", "PERSON", "Putin")]
    assert not find_events(art(text, es))


def test_disappointment_at_a_remark_condemns_it() -> None:
    text = "Misi Uni Afrika marah dan kecewa atas pernyataan Donald Trump."
    es = [ent(text, "org:au", "ORG", "Uni Afrika"), ent(text, "per:t", "PERSON", "Donald Trump")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.actors == ("org:au",) and e.targets == ("per:t",)
    text = "Pelatih Persib kecewa atas kekalahan timnya dari Persija."
    es = [ent(text, "org:persib", "ORG", "Persib"), ent(text, "org:persija", "ORG", "Persija")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_an_arrest_on_a_report_names_the_reporter() -> None:
    text = "Mereka ditahan terkait kasus dugaan pemerasan atas laporan dari dokter Reza Gladys."
    es = [ent(text, "per:r", "PERSON", "Reza Gladys")]
    assert one(find_events(art(text, es)), "ACCUSE").actors == ("per:r",)
    text = "BPK memberikan opini wajar atas laporan keuangan Kementerian Sosial."
    es = [ent(text, "org:bpk", "ORG", "BPK"), ent(text, "org:k", "ORG", "Kementerian Sosial")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_supposing_someone_negligent_blames_them() -> None:
    text = "Polisi menduga Hilman lalai dalam membawa kendaraan."
    es = [ent(text, "per:h", "PERSON", "Hilman")]
    e = one(find_events(art(text, es)), "ACCUSE")
    assert e.targets == ("per:h",)
    text = "Polisi menduga Hilman membawa kendaraan sendiri."
    es = [ent(text, "per:h", "PERSON", "Hilman")]
    assert all(e.code != "ACCUSE" for e in find_events(art(text, es)))


def test_investigators_sent_in_investigate() -> None:
    text = "Polisi telah menerjunkan 60 penyelidik khusus untuk mengusut kasus itu."
    assert one(find_events(art(text)), "ACCUSE").actors == ("COP",)


def test_a_nominating_party_backs_its_candidate() -> None:
    text = "PDIP menjadi salah satu partai pengusung Emil saat maju menjadi calon bupati."
    es = [ent(text, "org:pdip", "ORG", "PDIP"), ent(text, "per:e", "PERSON", "Emil")]
    e = one(find_events(art(text, es)), "SUPPORT")
    assert e.actors == ("org:pdip",) and e.targets == ("per:e",)


def test_a_pledge_agrees() -> None:
    text = "Gojek berikrar siap menjadi mitra Polri dalam menjaga kamtibmas."
    es = [ent(text, "org:g", "ORG", "Gojek"), ent(text, "org:polri", "ORG", "Polri")]
    assert one(find_events(art(text, es)), "AGREE").actors == ("org:g",)


def test_an_emergency_session_is_a_meeting_and_a_court_session_none() -> None:
    text = "Dewan Keamanan PBB menggelar sidang darurat terkait serangan Rusia."
    es = [ent(text, "org:dk", "ORG", "Dewan Keamanan PBB"), ent(text, "loc:ru", "GPE", "Rusia")]
    e = one(find_events(art(text, es)), "CONSULT")
    assert e.actors == ("org:dk",)  # the topic after "terkait" is no participant
    text = "Majelis hakim menggelar sidang lanjutan kasus Setya Novanto."
    es = [ent(text, "per:s", "PERSON", "Setya Novanto")]
    assert all(e.code != "CONSULT" for e in find_events(art(text, es)))


def test_a_kind_of_body_urged_to_act_is_asked() -> None:
    text = "BPJS Kesehatan juga mendorong fasilitas kesehatan untuk lebih aktif melakukan promosi."
    es = [ent(text, "org:b", "ORG", "BPJS Kesehatan")]
    e = one(find_events(art(text, es)), "REQUEST")
    assert e.actors == ("org:b",) and e.targets == ()
    # driving growth asks no one
    text = "BPJS Kesehatan mendorong pertumbuhan ekonomi untuk daerah."
    es = [ent(text, "org:b", "ORG", "BPJS Kesehatan")]
    assert all(e.code != "REQUEST" for e in find_events(art(text, es)))


def test_a_quoted_speakers_subjectless_hope_is_theirs() -> None:
    # the quotation opens a sentence before: the hope is still the speaker's
    text = ('"Proyek ini sangat penting. Harapannya, pemerintah pusat bisa memasukkan proyek '
            'ini ke dalam program prioritas nasional," kata Arlan Marzan.')
    a = QuoteStage()(art(text, [ent(text, "per:a", "PERSON", "Arlan Marzan")]))
    e = one(find_events(a), "REQUEST")
    assert e.actors == ("per:a",) and e.targets == ("GOV",)
    # a bare verb there goes on with another's subject: no actor, no event
    text = ('"Proyek ini sangat penting. Mendorong pemerintah pusat untuk memasukkan proyek '
            'ini," kata Arlan Marzan.')
    a = QuoteStage()(art(text, [ent(text, "per:a", "PERSON", "Arlan Marzan")]))
    assert all(e.code != "REQUEST" for e in find_events(a))
