"""The record: one `Article` flows through every stage.

Text is written once (by the clean stage); every layer after it holds character
spans into that text, so a record survives JSON round trips and tokenizer changes.
These are the only types shared between stages.

The JSON form is versioned with `SCHEMA_VERSION`; bump it whenever a field is
added, removed or changes meaning, and regenerate `schema/article.schema.json`
(`warta schema > src/warta/schema/article.schema.json`; a test checks it).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

if TYPE_CHECKING:  # pydantic is imported when a record is first converted (`_adapter`):
    # about 0.1 s that commands which never convert one (`--help`, search) do not pay.
    from pydantic import Field, TypeAdapter

SCHEMA_VERSION = 7  # 2: TimeExpr.mod; 3: Entity.rank/org, Quote.speaker_kind, Count.change/period;
# 4: Count.change_from, Count.period may be an ISO 8601 interval ("2025-01/2025-04");
# 5: Article.dateline, and an Entity may have no mentions (named only in the dateline)
# 6: Article.dateline_source, the outlet the text names (an ORG entity with no mentions)
# 7: TimeExpr.freq, the TIMEX3 frequency of a SET ("tiga kali sehari": P1D, 3X)


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """Half-open character range [start, end) into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


EntityKind = Literal["PERSON", "ORG", "PLACE", "EVENT"]
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
# The id prefix of each kind; training maps every corpus's labels (PER, LOC, GPE...) onto
# the four kinds, so no alias is accepted past that point.
_ID_PREFIX: dict[EntityKind, str] = {"PERSON": "per", "ORG": "org", "PLACE": "loc",
                                     "EVENT": "evt"}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def entity_kind(value: str) -> EntityKind:
    """`value` as an entity kind; raises ValueError naming the valid kinds."""
    for kind in ENTITY_KINDS:
        if value == kind:
            return kind
    raise ValueError(f"unknown entity kind {value!r}: expected one of {', '.join(ENTITY_KINDS)}")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form used for matching names: 'Zélensky ' -> 'zelensky'."""
    if text.isascii():  # most names: NFKD leaves ASCII as it is and none of it combines
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def slug(text: str) -> str:
    """ASCII id part of a name: "Côte d'Ivoire" -> 'cote-d-ivoire'."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-") or "x"


def entity_id(kind: EntityKind, name: str) -> str:
    """The one id of an entity: ('PERSON', 'Kim Jong Un') -> 'per:kim-jong-un'.

    `Entity.id` is this (plus "-2", "-3"... when two entities of one article share it), and
    the store keys entities across articles on it.
    """
    if kind not in _ID_PREFIX:  # a kind the type checker did not see (built from a str)
        entity_kind(kind)
    return f"{_ID_PREFIX[kind]}:{slug(name)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Tokens:
    """The tokens of `Article.text` (spaCy's Indonesian tokenizer, whitespace dropped), as
    parallel tuples: token i is `text[starts[i]:ends[i]]`.

    Made once by the segment stage (`warta.text.tokens.make_tokens`) and sliced by the
    stages that tag tokens. No per-token attributes yet: the taggers cache lower form and
    shape per distinct word, and no stage reads part-of-speech tags (add a parallel tuple
    here when one does).
    """

    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self.starts)

    def span(self, i: int) -> Span:
        return Span(start=self.starts[i], end=self.ends[i])

    def index_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of the tokens lying wholly inside characters [start, end)."""
        i = bisect_left(self.starts, start)
        return i, max(i, bisect_right(self.ends, end))

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each token inside characters [start, end)."""
        i, j = self.index_range(start, end)
        return list(zip(self.starts[i:j], self.ends[i:j], strict=True))

    def words(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """Token strings inside characters [start, end) of `text`."""
        i, j = self.index_range(start, len(text) if end is None else end)
        return [text[a:b] for a, b in zip(self.starts[i:j], self.ends[i:j], strict=True)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """One real-world thing with all its mentions in the article."""

    id: str  # entity_id(kind, name), unique within the article, e.g. "per:kim-jong-un"
    kind: EntityKind
    name: str  # canonical name, e.g. "Kim Jong Un"
    # Spans in `Article.text`; none for a place named only in the dateline, which the clean
    # stage cut off the text (`Article.dateline`)
    mentions: tuple[Span, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2 where the text ties it to one
    roles: tuple[str, ...] = ()  # e.g. "Presiden Ukraina"
    rank: str | None = None  # military or police rank, kept out of the role: "Jenderal"
    org: str | None = None  # Entity.id of the organisation a role ties a person to


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct or indirect statement and who made it."""

    content: Span
    kind: Literal["direct", "indirect", "headline"]
    cue: Span | None = None  # the reporting verb or construction ("ujar", "menurut")
    speaker: str | None = None  # Entity.id; None when it cannot be found (never guessed)
    speaker_span: Span | None = None  # the mention the speaker was read from
    # Who speaks: a named or pronoun-referred person, an organisation (or state), an
    # anonymous source ("sumber", "kata warga asal Ungaran"), or a document or statement
    # ("laporan itu menyebut"); None when the quote has no speaker phrase.
    speaker_kind: Literal["person", "organisation", "anonymous", "document"] | None = None
    # Where the spans point: None for `Article.text`; "title" or "related[i]" for a
    # headline quote ("Kremlin: Kami Akan Ambil Keputusan!"), spans then index that string.
    field: str | None = None

    def text_in(self, article: Article) -> str:
        """The quote's words. Use this, not `content.of(article.text)`: a headline quote's
        spans index the title or a related headline (`field`), not the text."""
        return self.content.of(article.field_text(self.field))


@dataclass(frozen=True, slots=True, kw_only=True)
class Count:
    """A numeric fact: "lebih dari 10.000 tentara Korea Utara"."""

    span: Span
    value: float | None  # None only for purely vague amounts with no point value
    low: float | None = None  # bounds for vague amounts ("ribuan": 1000..9999)
    high: float | None = None
    qualifier: str | None = None  # "lebih dari", "sekitar", ...
    unit: str | None = None  # "persen", "orang", "km", ...
    currency: str | None = None  # ISO 4217, e.g. "IDR", "USD"
    thing: str | None = None  # the counted thing: "tentara Korea Utara"
    thing_span: Span | None = None
    related: tuple[str, ...] = ()  # entity ids or country codes the sentence ties it to
    # Money and percentages: the thing may stand before the amount ("laba bersih naik 5
    # persen": thing "laba bersih"); the rise or fall said of it; whether the amount is
    # the level reached ("naik menjadi Rp 5 miliar") rather than the size of the change;
    # and the period it refers to, as the time stage's TIMEX value and span (a span of
    # months or years as an ISO 8601 interval: "Januari hingga April 2025" = 2025-01/2025-04).
    change: Literal["up", "down"] | None = None
    change_to: bool = False
    # Whether the amount is the level the change started from ("naik dari 2,31 persen",
    # "dari Rp 2.250 turun menjadi Rp 1.800": up from 2,31, down from Rp 2.250).
    change_from: bool = False
    period: str | None = None
    period_span: Span | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpr:
    """A time expression with a TIMEX3-style value."""

    span: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # e.g. "2024-11-18", "2024-W46", "P3Y", "XXXX-WXX-1" when unanchored
    anchored: bool = True  # False: no publication date, value stays relative
    relative: str | None = None  # e.g. "-1W" for "pekan lalu", kept for unanchored reads
    mod: Literal["START", "MID", "END"] | None = None  # TIMEX3 mod: "akhir bulan ini" = END
    # TIMEX3 freq of a SET, how often in each period of its value: "tiga kali sehari" =
    # value P1D, freq "3X" (TimeML's own example); None for a once-a-period set ("setiap hari")
    freq: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Who did what to whom, coded with the PLOVER ontology."""

    code: str  # PLOVER event type, e.g. "ACCUSE"
    # entity ids, ISO country codes (two capitals) or, for unnamed participants ("polisi",
    # "massa"), CAMEO agent type codes (three capitals: COP, JUD, CVL, ...)
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None  # entity id of a PLACE
    time: str | None = None  # TIMEX3 value from the time stage
    mode: str | None = None  # PLOVER mode where defined
    trigger: Span | None = None
    evidence: Span | None = None  # the sentence that carries it


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme:
    code: str  # e.g. "iptc:conflict" or "gdelt:military"
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Tone:
    score: float  # -100 (negative) .. +100 (positive), GDELT-style
    label: Literal["negative", "neutral", "positive"]


@dataclass(frozen=True, slots=True, kw_only=True)
class StageRun:
    name: str
    version: int
    note: str | None = None  # e.g. "decoded as cp1252"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    text: str
    source: str | None = None
    # The place of the dateline the clean stage cut off the text, as written: "JAKARTA" of
    # "JAKARTA, KOMPAS.com - "
    dateline: str | None = None
    # The outlet the text's dateline or opening line names, as written: "JUARA.NET" of
    # "JUARA.NET , TOKYO - "; None where only the caller or the URL names one (`source`)
    dateline_source: str | None = None
    url: str | None = None
    published: datetime | None = None
    title: str | None = None
    author: str | None = None
    lang: str | None = None
    related: tuple[str, ...] = ()  # headlines carried by "Baca Juga" lines
    # Derived from `text` and large, so not part of the JSON form nor of equality: a record
    # read back with `from_dict` has None, and `warta.text.tokens.tokens_of` rebuilds it.
    tokens: Annotated[Tokens | None, Field(exclude=True)] = field(
        default=None, compare=False, repr=False)
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    numbers: tuple[Count, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    themes: tuple[Theme, ...] = ()
    tone: Tone | None = None
    summary: tuple[Span, ...] = ()
    provenance: tuple[StageRun, ...] = field(default=())
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (datetimes as ISO 8601 strings)."""
        out: dict[str, Any] = _adapter().dump_python(self, mode="json")
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Validate and rebuild; raises `pydantic.ValidationError` naming the bad field."""
        return _adapter().validate_python(upgrade(data))

    def sentence_text(self, i: int) -> str:
        return self.sentences[i].of(self.text)

    def field_text(self, field: str | None) -> str:
        """The string a layer's spans index: the body (None), "title" or "related[i]"."""
        if field is None:
            return self.text
        if field == "title":
            return self.title or ""
        if field.startswith("related[") and field.endswith("]"):
            return self.related[int(field[8:-1])]
        raise ValueError(f"unknown field {field!r}: expected None, 'title' or 'related[i]'")


# How a record of each older schema_version becomes the next one. Additive changes need
# nothing but the new number (the new field's default applies), so stored records stay
# readable after an upgrade instead of all asking to be re-analysed.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: lambda d: d,  # 1 -> 2: TimeExpr.mod added (optional)
    2: lambda d: d,  # 2 -> 3: Entity.rank, Entity.org, Quote.speaker_kind, Count.change,
    #                change_to, period, period_span added (all optional)
    3: lambda d: d,  # 3 -> 4: Count.change_from added (optional); a period written by a
    #                version-3 record is a single date or quarter, still valid
    4: lambda d: d,  # 4 -> 5: Article.dateline added (optional)
    5: lambda d: d,  # 5 -> 6: Article.dateline_source added (optional)
    6: lambda d: d,  # 6 -> 7: TimeExpr.freq added (optional)
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """A record dict brought to `SCHEMA_VERSION`; a clear error for one we cannot read."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION or (
            version < SCHEMA_VERSION and version not in _UPGRADES):
        raise ValueError(
            f"record has schema_version {version!r}, this warta reads 1 to {SCHEMA_VERSION}: "
            "re-run `warta analyze` on the source (or upgrade warta) to read it"
        )
    while version < SCHEMA_VERSION:
        data = {**_UPGRADES[version](data), "schema_version": version + 1}
        version += 1
    return data


def make_id(text: str, url: str | None = None) -> str:
    """Stable id: from the URL where known, else from the content."""
    key = url.strip() if url else " ".join(text.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@cache
def _adapter() -> TypeAdapter[Article]:
    # `Article.tokens`'s annotation names `Field`, which pydantic looks up in this module.
    global Field
    from pydantic import Field, TypeAdapter

    return TypeAdapter(Article)


def json_schema() -> dict[str, Any]:
    schema: dict[str, Any] = _adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://warta.invalid/schema/article-v{SCHEMA_VERSION}.json"
    return schema
