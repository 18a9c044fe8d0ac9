"""Hand-built sample records with every layer filled: for tests, demos and benchmarks.

The analysis stages fill these layers for real; these records let the store, the API and
the web page be exercised before (and independently of) the models.
"""

from __future__ import annotations

from datetime import datetime

from ..record import Article, Count, Entity, Event, Quote, Span, TimeExpr, make_id

ZELENSKYY_TEXT = (
    "Presiden Ukraina Volodymyr Zelenskyy mengatakan Korea Utara telah mengirim lebih dari "
    "10.000 tentara ke Rusia pekan lalu.\n"
    "\"Ini adalah eskalasi yang berbahaya,\" ujar Zelenskyy di Kyiv, Senin (18/11/2024).\n"
    "Pemimpin Korea Utara Kim Jong Un belum memberikan tanggapan. Pemerintah di Pyongyang "
    "menyebut laporan itu sebagai propaganda."
)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def zelenskyy_article(*, day: int = 18, month: int = 11, year: int = 2024,
                      source: str = "Kompas.com", url: str | None = None,
                      title: str = "Zelenskyy: Korea Utara Kirim 10.000 Tentara ke Rusia",
                      extra: str = "", base: str = ZELENSKYY_TEXT) -> Article:
    """A record with entities, a direct quote, a number, times and an event."""
    text = base + extra
    z = _span(text, "Volodymyr Zelenskyy")
    quote = _span(text, "\"Ini adalah eskalasi yang berbahaya,\"")
    return Article(
        id=make_id(text, url), text=text, source=source, url=url, title=title,
        published=datetime(year, month, day, 9, 30), lang="id",
        sentences=(Span(start=0, end=text.index("\n")),),
        entities=(
            Entity(id="per:volodymyr-zelenskyy", kind="PERSON", name="Volodymyr Zelenskyy",
                   mentions=(z, _span(text, "Zelenskyy", 1)), country="UA",
                   roles=("Presiden Ukraina",)),
            Entity(id="loc:korea-utara", kind="PLACE", name="Korea Utara",
                   mentions=(_span(text, "Korea Utara"), _span(text, "Korea Utara", 1)),
                   country="KP"),
            Entity(id="loc:rusia", kind="PLACE", name="Rusia", mentions=(_span(text, "Rusia"),),
                   country="RU"),
            Entity(id="per:kim-jong-un", kind="PERSON", name="Kim Jong Un",
                   mentions=(_span(text, "Kim Jong Un"),), country="KP"),
            Entity(id="loc:kyiv", kind="PLACE", name="Kyiv", mentions=(_span(text, "Kyiv"),),
                   country="UA"),
        ),
        quotes=(Quote(content=quote, kind="direct", cue=_span(text, "ujar"),
                      speaker="per:volodymyr-zelenskyy",
                      speaker_span=_span(text, "Zelenskyy", 1)),),
        numbers=(Count(span=_span(text, "lebih dari 10.000 tentara"), value=10000.0,
                       low=10000.0, qualifier="lebih dari", unit="orang", thing="tentara",
                       related=("KP",)),),
        times=(TimeExpr(span=_span(text, "pekan lalu"), type="DATE", value=f"{year}-W46"),
               TimeExpr(span=_span(text, "Senin (18/11/2024)"), type="DATE",
                        value="2024-11-18")),
        events=(Event(code="MOBILIZE", actors=("KP",), targets=("RU",),
                      trigger=_span(text, "mengirim"), evidence=Span(start=0,
                                                                     end=text.index("\n"))),
                Event(code="ACCUSE", actors=("per:volodymyr-zelenskyy",), targets=("KP",),
                      place="loc:kyiv", time="2024-11-18")),
    )


PRABOWO_TEXT = (
    "Presiden Prabowo Subianto menegaskan inflasi terjaga di sekitar 2 persen. "
    "\"Kita mampu menjaga inflasi,\" kata Prabowo di Jakarta, Selasa (21/10/2025).\n"
    "Bank Indonesia memperkirakan harga beras stabil hingga akhir tahun."
)


def prabowo_article(*, day: int = 21, source: str = "detik.com") -> Article:
    text = PRABOWO_TEXT
    return Article(
        id=make_id(text), text=text, source=source, title="Prabowo Banggakan Inflasi 2 Persen",
        published=datetime(2025, 10, day, 20, 43), lang="id",
        entities=(
            Entity(id="per:prabowo-subianto", kind="PERSON", name="Prabowo Subianto",
                   mentions=(_span(text, "Prabowo Subianto"), _span(text, "Prabowo", 1)),
                   country="ID", roles=("Presiden",)),
            Entity(id="org:bank-indonesia", kind="ORG", name="Bank Indonesia",
                   mentions=(_span(text, "Bank Indonesia"),), country="ID"),
            Entity(id="loc:jakarta", kind="PLACE", name="Jakarta",
                   mentions=(_span(text, "Jakarta"),), country="ID"),
        ),
        quotes=(Quote(content=_span(text, "\"Kita mampu menjaga inflasi,\""), kind="direct",
                      cue=_span(text, "kata"), speaker="per:prabowo-subianto"),),
        numbers=(Count(span=_span(text, "sekitar 2 persen"), value=2.0, qualifier="sekitar",
                       unit="persen", thing="inflasi"),),
        times=(TimeExpr(span=_span(text, "Selasa (21/10/2025)"), type="DATE",
                        value="2025-10-21"),),
        events=(Event(code="CONSULT", actors=("per:prabowo-subianto",), targets=("ID",)),),
    )



# Another report of the same news: the same names, quote and figures, its own wording.
FOLLOW_UP_TEXT = (
    "Pasukan Korea Utara yang tiba di Rusia mulai terlihat di garis depan, kata Presiden "
    "Volodymyr Zelenskyy dalam pidato malamnya. Menurut intelijen Ukraina, lebih dari 10.000 "
    "tentara sudah mengirim kabar dari kamp pelatihan sejak pekan lalu.\n"
    "\"Ini adalah eskalasi yang berbahaya,\" ujar Zelenskyy kepada wartawan di Kyiv, Senin "
    "(18/11/2024), seraya meminta sekutu mempercepat bantuan.\n"
    "Para analis di Seoul menilai Pyongyang mendapat imbalan teknologi militer. Hingga kini "
    "Kim Jong Un belum menanggapi, sementara media pemerintah Korea Utara menyebut tuduhan "
    "itu rekaan."
)


def zelenskyy_follow_up(*, day: int = 20) -> Article:
    """Another outlet's report of the same news (`zelenskyy_article` with a few words added
    is a copy; this is not, so duplicate grouping keeps it apart)."""
    return zelenskyy_article(day=day, base=FOLLOW_UP_TEXT)
