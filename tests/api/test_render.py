from warta.api.render import article_marks
from warta.record import Article, Quote, Span


def test_headline_quotes_are_not_marked_in_the_body() -> None:
    a = Article(id="x", text="Kim datang ke Rusia.", related=("Kremlin: Kami Siap!",),
                quotes=(Quote(content=Span(start=0, end=10), kind="direct"),
                        Quote(content=Span(start=9, end=19), kind="headline",
                              field="related[0]")))
    quote_marks = [m for m in article_marks(a) if m.cls == "quote"]
    assert [(m.start, m.end) for m in quote_marks] == [(0, 10)]
