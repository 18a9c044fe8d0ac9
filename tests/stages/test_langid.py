import pytest

from warta.errors import Reject
from warta.record import Article
from warta.stages.langid import LangIdStage, detect, marker_vote

ID = ("Pemerintah Indonesia mengumumkan bahwa karena wabah, sekolah akan ditutup hingga "
      "bulan depan. Anak-anak bisa belajar di rumah saja, kata juru bicara kementerian.")
MS = ("Kerajaan Malaysia telah mengumumkan bahawa kerana wabak, sekolah akan ditutup sehingga "
      "bulan hadapan. Kanak-kanak boleh belajar di rumah sahaja, kata jurucakap kementerian.")
EN = "The government announced that schools will close until next month because of the outbreak."


def test_indonesian_and_malay_told_apart() -> None:
    assert detect(ID).code == "id"
    assert detect(MS).code == "ms"
    assert marker_vote(ID) == "id" and marker_vote(MS) == "ms"


@pytest.mark.parametrize("text,code", [(MS, "ms"), (EN, "en")])
def test_non_indonesian_rejected_with_reason(text: str, code: str) -> None:
    with pytest.raises(Reject) as e:
        LangIdStage()(Article(id="x", text=text))
    assert e.value.reason == "not_indonesian"
    assert f"'{code}'" in str(e.value)
    assert e.value.exit_code == 8


def test_indonesian_accepted() -> None:
    out = LangIdStage()(Article(id="x", text=ID))
    assert out.lang == "id"
    assert out.provenance[-1].name == "langid"


@pytest.mark.parametrize("text", [
    # Issue 15: short Indonesian items naming Malaysia were rejected as Malay.
    "Menteri Luar Negeri Malaysia Anifah Aman bertemu Menteri Luar Negeri Retno Marsudi di "
    "Jakarta. Keduanya membahas perbatasan kedua negara.",
    "Menteri Luar Negeri Malaysia Saifuddin Abdullah menyampaikan dukungan terhadap "
    "keketuaan Indonesia di ASEAN. Ia berharap kerja sama kedua negara semakin erat.",
    "Pengadilan Negeri Jakarta Selatan menunda sidang. Mahkamah Agung belum memutus kasasi "
    "itu, sehingga terdakwa tak bisa dieksekusi.",
])
def test_indonesian_naming_malaysia_accepted(text: str) -> None:
    assert detect(text).code == "id"
    assert LangIdStage()(Article(id="x", text=text)).lang == "id"


def test_malay_news_still_rejected() -> None:
    ms = ("Polis Diraja Malaysia menahan tiga lelaki selepas serbuan di Johor Bahru semalam. "
          "Ketua Polis berkata suspek akan didakwa di mahkamah minggu depan.")
    assert detect(ms).code == "ms"
