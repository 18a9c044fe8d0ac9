from dataclasses import replace

from warta.api.render import article_marks
from warta.record import Article, Quote, Span
from warta.store.samples import prabowo_article


def test_headline_quotes_are_not_marked_in_the_body() -> None:
    a = Article(id="x", text="Kim datang ke Rusia.", related=("Kremlin: Kami Siap!",),
                quotes=(Quote(content=Span(start=0, end=10), kind="direct"),
                        Quote(content=Span(start=9, end=19), kind="headline",
                              field="related[0]")))
    quote_marks = [m for m in article_marks(a) if m.cls == "quote"]
    assert [(m.start, m.end) for m in quote_marks] == [(0, 10)]


def test_a_number_mark_says_its_change_and_period() -> None:
    a = prabowo_article()
    a = replace(a, numbers=(replace(a.numbers[0], change="down", change_to=True,
                                    period="2025-Q3"),))
    assert [m.title for m in article_marks(a) if m.cls == "num"] == [
        "2 persen inflasi down to (2025-Q3)"]
