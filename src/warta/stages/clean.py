"""clean: strip Indonesian news boilerplate and write the article text once.

Datelines ("Suara.com - ", "JAKARTA, KOMPAS.com - ") give `source`, else the URL's host
does (`[hosts]`: news.detik.com -> Detik), and their place `dateline`; "Baca Juga:"
lines give `related` and leave the body; advertising and credit lines are dropped.
Every pattern lives in `lang/id/boilerplate.toml`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..lang.id import load
from ..lang.schema import BoilerplateData
from ..ner.features import load_lexicon
from ..ner.roles import head_at
from ..pipeline import Stage, with_layers
from ..record import Article
from ..text.mojibake import fix_mojibake
from ..text.outlets import outlet_of_url
from ..text.regex_cache import compile_cached


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    dateline_place: str | None
    related: tuple[str, ...]
    # the outlet as the dateline or opening line wrote it ("JUARA.NET"), before
    # `canonical_source`; None where the text names none
    source_written: str | None = None
    # the outlet a closing line that describes it names ("DailySocial.id adalah portal
    # berita ..."), the line itself dropped; only a web domain or a known outlet
    outlet_line: str | None = None

    @property
    def source(self) -> str | None:
        """The outlet the text names, canonical ("Juara.net"); None where it names none."""
        return canonical_source(self.source_written) if self.source_written else None


@dataclass(frozen=True, slots=True)
class _Rules:
    datelines: tuple[re.Pattern[str], ...]
    source_names: dict[str, str]
    related: tuple[re.Pattern[str], ...]
    drop: re.Pattern[str]  # every drop pattern in one alternation: one match per line
    trailer: re.Pattern[str]
    related_inline: tuple[re.Pattern[str], ...]
    tags: tuple[re.Pattern[str], ...]
    related_block: re.Pattern[str]
    headline_max_words: int
    glued_quote: re.Pattern[str] | None  # a quotation mark with no space on either side
    quote_marks: str
    opening_marks: str
    glued_brand: re.Pattern[str] | None  # an outlet brand such as "detikNews"
    glued_word_tags: frozenset[str]
    glued_clitics: frozenset[str]
    lower_case_brands: tuple[str, ...]  # brands with no capital: "detikcom"


def _marks(d: BoilerplateData) -> str:
    return re.escape(d.inline.quote_marks)


@cache
def _rules() -> _Rules:
    d = load("boilerplate", BoilerplateData)
    return _Rules(
        datelines=tuple(compile_cached(p) for p in d.datelines),
        source_names={k.lower(): v for k, v in d.source_names.items()},
        related=tuple(re.compile(p) for p in d.lines.related),
        drop=compile_cached("|".join(f"(?:{p})" for p in d.lines.drop) or r"(?!)"),
        trailer=re.compile(d.inline.trailer),
        related_inline=tuple(re.compile(p) for p in d.inline.related_inline),
        tags=tuple(re.compile(p) for p in d.inline.tags),
        related_block=re.compile(
            "|".join(f"(?:{p})" for p in d.lines.related_block) or r"(?!)"),
        headline_max_words=d.lines.headline_max_words,
        # after a letter, digit or sentence punctuation, before a letter or another mark;
        # the mark first and the look-behind after it, so that a search skips to the marks
        glued_quote=re.compile(rf"[{_marks(d)}](?<=[\w.,!?;:][{_marks(d)}])"
                               rf"(?=[^\W\d_]|[{_marks(d)}])")
        if d.inline.quote_marks else None,
        quote_marks=d.inline.quote_marks,
        opening_marks=d.inline.opening_marks,
        # longest first, so that "detikJateng" wins over a shorter brand it starts with
        glued_brand=re.compile("|".join(re.escape(b) for b in sorted(
            d.inline.glued_brands, key=len, reverse=True))) if d.inline.glued_brands else None,
        glued_word_tags=frozenset(d.inline.glued_word_tags),
        glued_clitics=frozenset(d.inline.glued_clitics),
        lower_case_brands=tuple(b for b in d.inline.glued_brands if b.islower()),
    )


_SPACE_CHARS = " \t\u00a0\u2009\u200a\u202f\u3000"
_SPACES = re.compile(f"[{_SPACE_CHARS}]+")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# What `_SPACES` changes: two spaces, or one other space character. A text with none of
# them (most) is left as it is without the regex's pass (a few `in` scans cost a quarter).
_ODD_SPACES = ("  ", *_SPACE_CHARS[1:])


def normalise_whitespace(text: str) -> list[str]:
    """NFC, no zero-width characters, single spaces; returns non-empty paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    # each pattern once over the whole text (neither matches a line break), where it
    # may change it
    if any(c in text for c in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    if any(s in text for s in _ODD_SPACES):
        text = _SPACES.sub(" ", text)
    paras = (line.strip() for line in text.split("\n"))
    return [p for p in paras if p]


def canonical_source(raw: str) -> str:
    raw = raw.strip()
    return _rules().source_names.get(raw.lower(), raw)


def _headline_like(para: str, max_words: int) -> bool:
    """A line that reads as a headline: short, no closing full stop or comma, no opening
    quotation mark or dash ("Sebelum bercinta, lebih baik minum kopi")."""
    return len(para.split()) <= max_words and para[-1] not in ".,;:" \
        and not para.endswith(('."', '.”', ',"', ',”')) and para[0] not in "\"“”'‘-–—•"


# A sentence end glued to the next sentence's capitalised word: "dianggap gagal melindungi
# HAM.PBB pun meminta" (IndoSum). Three letters or more before the stop, so initials,
# degrees and short codes ("S.H.", "M.Si", "ID.Connect") stay; a capital and a letter
# after it, so "detik.com" stays, and no web domain's ending ("TEMPO.CO", "JUARA.NET").
# The stop comes first and the letters before it are looked behind from it: a pattern that
# opens with the look-behind is tried at every character (0.17 against 0.006 ms an article).
_GLUED_STOP = re.compile(r"\.(?<=[^\W\d_]{3}\.)(?=[^\W\d_](?<=[A-Z])[^\W\d_])"
                         r"(?!(?i:com|co|net|org|id|go|tv|info|news|asia)\b)")


def unglue_stops(para: str) -> str:
    """A space after a full stop glued to the next sentence: `HAM.PBB` -> `HAM. PBB`
    (not inside a web address or an e-mail, `www.Detik.com`, `budi@Kantor.Go.id`, nor after
    an abbreviation with no vowel, `Jkt.Pst`)."""
    if not _GLUED_STOP.search(para):
        return para

    def space(m: re.Match[str]) -> str:
        word = para[para.rfind(" ", 0, m.start()) + 1:m.start()]
        # a word with no vowel is an abbreviation ("PN Niaga Jkt.Pst"), not a sentence end
        return "." if "/" in word or "@" in word or word.casefold().startswith("www") \
            or not any(c in "aiueoAIUEO" for c in word) else ". "

    return _GLUED_STOP.sub(space, para)


# A closing bracket, or one with a full stop, glued to the next sentence's capitalised word:
# "(18/9/2025).Powell menjelaskan", "(Menkeu)Purbaya".
_GLUED_BRACKET = re.compile(r"\)\.?(?=[A-Z][a-z])")


def unglue_brackets(para: str) -> str:
    """A space after a closing bracket glued to a capitalised word:
    `(18/9/2025).Powell` -> `(18/9/2025). Powell`."""
    return _GLUED_BRACKET.sub(lambda m: f"{m.group()} ", para) if ")" in para else para


_LOWER_UPPER = re.compile(r"[a-z](?=[A-Z])")
# the same boundary found at its capital: capitals are rarer than lower-case letters, so a
# search skips to them (half the time)
_UPPER_AFTER_LOWER = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a spot's run: "dilaporkanSaudi" around "nS"
_MIN_GLUED_WORD = 4  # shorter lower-case parts are codes and prefixes: "iPhone", "eKTP"


def _split_glued(run: str, rules: _Rules) -> str:
    """A run of letters with spaces where a lost tag glued words: after a known lower-case
    word before a capital ("dilaporkanSaudi"), and around an outlet brand ("dilansirdetikNews
    dariNew")."""
    lex = load_lexicon()
    if len(run) < 2 or run.casefold() in lex:
        return run
    brand = rules.glued_brand.search(run) if rules.glued_brand else None
    if brand:
        before = _split_glued(run[:brand.start()], rules)
        after = run[brand.end():]
        # the lower-case word the brand follows or leads into ("kepada", "dari", "di")
        head = after[:m.start() + 1] if (m := _LOWER_UPPER.search(after)) else after
        last = before.rpartition(" ")[2]  # "Dilansir" at a sentence's start too
        return "".join((
            before + (" " if last[1:].islower() and last.casefold() in lex else ""),
            brand.group(),
            " " if after[:1].isupper() or (head.islower() and head in lex) else "",
            _split_glued(after, rules)))
    glue = _LOWER_UPPER.search(run)
    if glue is None or not run[0].islower():
        return run
    word = run[:glue.end()]
    tag = lex.get(word, "").partition(":")[0]
    if len(word) < _MIN_GLUED_WORD or not word.islower() or tag not in rules.glued_word_tags \
            or run[glue.end():] in rules.glued_clitics:
        return run
    return f"{word} {_split_glued(run[glue.end():], rules)}"


def unglue_words(para: str) -> str:
    """Spaces between words a lost tag glued: `dilaporkanSaudi` -> `dilaporkan Saudi`,
    `dilansirdetikNewsdariNew` -> `dilansir detikNews dari New`; camel-case names stay."""
    rules = _rules()
    # a brand is found at its capital; one with none ("detikcom") by a plain `in` first
    spots = [m.start() for m in _UPPER_AFTER_LOWER.finditer(para)]
    if rules.glued_brand and any(b in para for b in rules.lower_case_brands):
        spots += [m.start() for m in rules.glued_brand.finditer(para) if m.start()]
    if not spots:
        return para
    out: list[str] = []
    last = 0
    for spot in sorted(spots):  # each spot's run of letters, once
        if spot < last:
            continue
        start = spot
        while start > last and _LETTER_RUN.match(para[start - 1]):
            start -= 1
        end = _LETTER_RUN.match(para, spot).end()  # type: ignore[union-attr]
        out += (para[last:start], _split_glued(para[start:end], rules))
        last = end
    out.append(para[last:])
    return "".join(out)


# A board or line-up list printed with its line breaks lost: each holder's name glued to
# the next post and its colon ("DPC PDIP BadungKetua: I Nyoman Giri PrastaSekretaris: I
# Wayan …"). A lower-case letter, then a capitalised role head (roles.toml) that is the
# whole label, then a colon: the line break is put back before the head.
_GLUED_LABEL = re.compile(r"[a-z](?=([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) ?:)")


def unglue_labels(para: str) -> str:
    """A line break before a list label glued to the name before it:
    `BadungKetua: Budi` -> `Badung` and `Ketua: Budi` on lines of their own."""
    if ":" not in para:
        return para
    out: list[str] = []
    last = 0
    for m in _GLUED_LABEL.finditer(para):
        words = m.group(1).split()
        if head_at(words, 0) == len(words):
            out += (para[last:m.end()], "\n")
            last = m.end()
    return "".join(out) + para[last:] if out else para


def unglue_quotes(para: str) -> str:
    """A space on the far side of a quotation mark glued to words on both sides: an
    opening mark after the end of a sentence (`pangan."Kami` -> `pangan. "Kami`), a
    closing one before the next word (`triliun,"terangnya` -> `triliun," terangnya`).
    Whether a mark opens or closes follows from the marks before it in the paragraph."""
    rules = _rules()
    if rules.glued_quote is None or not rules.glued_quote.search(para):
        return para
    out: list[str] = []
    last = 0
    opened = False  # a quote is open at this point of the paragraph
    for i, ch in enumerate(para):
        if ch not in rules.quote_marks:
            continue
        opens = ch in rules.opening_marks or not opened
        if rules.glued_quote.match(para, i):
            out.append(para[last:i])
            out.append(f" {ch}" if opens else f"{ch} ")
            last = i + 1
        opened = opens
    out.append(para[last:])
    return "".join(out)


def clean_text(raw: str) -> Cleaned:
    """Pure function behind the stage: boilerplate out, source and related headlines kept."""
    rules = _rules()
    related: list[str] = []
    body: list[str] = []
    in_block = False  # after a label opening a block of related headlines
    outlet_line = None
    for para in normalise_whitespace(fix_mojibake(raw)):
        if rules.related_block.match(para):
            in_block = True
            continue
        if in_block and _headline_like(para, rules.headline_max_words):
            related.append(para)
            continue
        in_block = False
        # Dropped lines first: a video promotion ("Simak juga Video: ...") is no related
        # article.
        if dropped := rules.drop.match(para):
            # an outlet describing itself names the outlet, which the text then names
            # ("DailySocial.id adalah portal berita ..."): a web domain or a known outlet
            named = dropped.group("outlet") if "outlet" in rules.drop.groupindex else None
            if named and outlet_line is None and (
                    "." in named.strip(".") or named.lower() in rules.source_names):
                outlet_line = named.rstrip(".")
            continue
        related_match = next((m for p in rules.related if (m := p.match(para))), None)
        if related_match:
            headline = related_match.group("headline").strip()
            if headline:
                related.append(headline)
            continue

        def _inline(m: re.Match[str]) -> str:
            related.append(m.group("headline").strip())
            return ""

        for pattern in rules.related_inline:
            para = pattern.sub(_inline, para).strip()
        for pattern in rules.tags:
            para = pattern.sub("", para).strip()
        para = unglue_quotes(unglue_stops(unglue_brackets(unglue_words(unglue_labels(para)))))
        if para:
            body.append(para)

    place = raw_source = None
    if body:
        for pattern in rules.datelines:
            m = pattern.match(body[0])
            if m:
                raw_source = (m.groupdict().get("source") or "").strip() or None
                place = (m.groupdict().get("place") or "").strip() or None
                body[0] = body[0][m.end() :].lstrip()
                break
        body[-1] = rules.trailer.sub("", body[-1]).rstrip()
        body = [p for p in body if p]
    return Cleaned(text="\n".join(body), dateline_place=place,
                   related=tuple(dict.fromkeys(related)), source_written=raw_source,
                   outlet_line=outlet_line)


class CleanStage(Stage):
    """Remove boilerplate; the only stage that writes `Article.text`."""

    name = "clean"
    version = 13  # ent31c (13): a line break put back before a list label glued to the
    # name before it ("BadungKetua: I Nyoman …", `unglue_labels`).
    # 12 (cuts19): a capitals dateline whose dash is glued to the body
    # ("JAKARTA -Wakil Presiden …") is cut off too.
    # 11 (cuts16): `dateline_source` also from a closing line where the
    # outlet describes itself ("DailySocial.id adalah portal berita ...")
    # 10: `dateline_source`, the outlet the text itself names
    # and `related`, which it only extends; `url` names the outlet when nothing else does
    requires = frozenset({"text", "source", "url"})
    provides = frozenset({"text", "related", "source", "dateline", "dateline_source"})

    def process(self, article: Article) -> Article:
        c = clean_text(article.text)
        host = outlet_of_url(article.url)
        return with_layers(
            article,
            text=c.text,
            # Metadata given by the caller (or found by extraction) wins over the dateline.
            source=article.source or c.source or host,
            # A dateline given by the caller wins over the text's, like `source`; and a text
            # cleaned before has lost its dateline, so the one found then stays.
            dateline=article.dateline or c.dateline_place,
            # Only the outlet the text names (never the caller's nor the URL's), so that
            # the entities stage can give it as an entity the text names; kept when the
            # text was cleaned before, as `dateline` is.
            # A closing line where the outlet describes itself names it too, after both.
            dateline_source=c.source_written or article.dateline_source or c.outlet_line,
            related=tuple(dict.fromkeys((*article.related, *c.related))),
        )
