"""Quote extraction against PFSA-ID (../shared/data/quotes/pfsa-id/dev-40.txt).

PFSA-ID is CC BY-NC-SA: MEASURE ONLY. Nothing in warta is fitted to it.

The file is token TAB BILOU-label, sentences separated by blank lines, article boundaries
not marked. The text is rebuilt by joining tokens with single spaces; sentences are joined
with a space, and a new article (a new line) starts at each Kompas dateline sentence
("JAKARTA , KOMPAS — ..."). Gold sentences are passed as `Article.sentences`.

Metrics
- STATEMENT spans against warta's direct quotes (PFSA-ID marks direct quotations only;
  indirect quotes are counted but not scored). Both sides are compared without their
  quotation marks and trailing commas. Exact: identical character spans. Overlap: any
  shared character, one-to-one greedy matching. P/R/F1 for each.
- Speaker mention accuracy, over overlap-matched statements whose gold speaker is known.
  The gold speaker "tied" to a statement is read from its cue: the first CUE/CUECOREF after
  the statement in the sentence where the statement ends (else the nearest one before the
  statement in its first sentence). For a CUECOREF ("ujarnya") the tied speaker is the cue
  token itself (the -nya); for a CUE it is the PERSON or PERSONCOREF nearest to that cue
  within the same sentence. A prediction is right when its speaker_span overlaps it.

- With --entities (slow: runs the CRF entities and coref stages on every article): speaker
  resolution end to end. The gold referent of a statement is its tied PERSON/PERSONCOREF
  (above); for a CUECOREF it is the nearest PERSON or PERSONCOREF chunk before the
  statement. A resolved speaker is right when that entity has a mention overlapping the
  gold referent or shares a word with it. Reported: share of matched statements resolved,
  precision of the resolved ones, and accuracy over all of them (unresolved count wrong).

Usage: python eval/quotes_eval.py [--limit N] [--entities] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.lang.id import load
from warta.lang.schema import RolesData
from warta.record import Article, Entity, Span
from warta.scoring import prf
from warta.stages.quotes import find_quotes

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
PFSA = SHARED / "data" / "quotes" / "pfsa-id" / "dev-40.txt"
FLOORS = REPO / "eval" / "floors" / "quotes.toml"
_MARKS = "“”\"‘’«»'"
PUBLISHED_F1 = 0.8203
_ROLE_HEADS = frozenset(h.casefold() for h in load("roles", RolesData).heads)


@dataclass
class Doc:
    text: str = ""
    sentences: list[Span] = field(default_factory=list)
    tok_spans: list[tuple[int, int]] = field(default_factory=list)
    tok_sent: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").split("\n"):
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        tok, _, lab = line.partition("\t")
        cur.append((tok, lab.strip() or "O"))
    if cur:
        out.append(cur)
    return out


def _is_dateline(sent: list[tuple[str, str]]) -> bool:
    head = [t for t, _ in sent[:10]]
    return "KOMPAS" in head[:8] and any(t in ("—", "-", "–") for t in head)


def build_docs(sents: list[list[tuple[str, str]]]) -> list[Doc]:
    docs: list[Doc] = []
    doc = Doc()
    parts: list[str] = []
    for sent in sents:
        if _is_dateline(sent) and parts:
            doc.text = "".join(parts)
            docs.append(doc)
            doc, parts = Doc(), []
        off = sum(len(p) for p in parts)
        if parts:
            parts.append(" ")
            off += 1
        s0 = off
        for k, (tok, lab) in enumerate(sent):
            if k:
                parts.append(" ")
                off += 1
            parts.append(tok)
            doc.tok_spans.append((off, off + len(tok)))
            doc.tok_sent.append(len(doc.sentences))
            doc.labels.append(lab)
            off += len(tok)
        doc.sentences.append(Span(start=s0, end=off))
    if parts:
        doc.text = "".join(parts)
        docs.append(doc)
    return docs


def _chunks(labels: list[str], names: set[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, name) of BILOU chunks of the given names."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    for i, lab in enumerate(labels):
        tag, _, name = lab.partition("-")
        if name not in names:
            start = None
            continue
        if tag == "U":
            out.append((i, i, name))
            start = None
        elif tag == "B":
            start = i
        elif tag == "L" and start is not None:
            out.append((start, i, name))
            start = None
    return out


def _norm(text: str, s: int, e: int) -> tuple[int, int]:
    """Span without surrounding spaces, quotation marks and trailing commas."""
    while s < e and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS or text[e - 1] == ","):
        e -= 1
    return s, e


def _tied_speaker(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Char span of the gold speaker tied to the statement on tokens first..last."""
    cues = _chunks(doc.labels, {"CUE", "CUECOREF"})
    spk = _chunks(doc.labels, {"PERSON", "PERSONCOREF"})
    end_sent = doc.tok_sent[last]
    after = [c for c in cues if c[0] > last and doc.tok_sent[c[0]] == end_sent]
    before = [c for c in cues if c[1] < first and doc.tok_sent[c[1]] == doc.tok_sent[first]]
    cue = after[0] if after else (before[-1] if before else None)
    if cue is None:
        return None
    if cue[2] == "CUECOREF":
        return doc.tok_spans[cue[0]][0], doc.tok_spans[cue[1]][1]
    sent = doc.tok_sent[cue[0]]
    near = [p for p in spk if doc.tok_sent[p[0]] == sent]
    if not near:
        return None
    p = min(near, key=lambda c: min(abs(c[0] - cue[1]), abs(cue[0] - c[1])))
    return doc.tok_spans[p[0]][0], doc.tok_spans[p[1]][1]


def _referent(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Gold referent for resolution: the tied speaker, or for -nya the nearest earlier one."""
    tied = _tied_speaker(doc, first, last)
    if tied is None:
        return None
    cue_tok = next((k for k, sp in enumerate(doc.tok_spans) if sp[0] == tied[0]), None)
    if cue_tok is None:
        return tied
    gold_text = doc.text[tied[0]:tied[1]]
    named = any(w[:1].isupper() and w.casefold() not in _ROLE_HEADS for w in gold_text.split())
    if not doc.labels[cue_tok].endswith("CUECOREF") and (
            doc.labels[cue_tok].endswith("-PERSON") or named):
        return tied
    # -nya, "dia", "Presiden": PFSA-ID does not link coreference; take the nearest PERSON
    # chunk written before the statement as the referent.
    before = [c for c in _chunks(doc.labels, {"PERSON"}) if c[1] < first]
    if not before:
        return None
    c = before[-1]
    return doc.tok_spans[c[0]][0], doc.tok_spans[c[1]][1]


def _right_entity(ent: Entity, text: str, gold: tuple[int, int]) -> bool:
    if any(m.start < gold[1] and gold[0] < m.end for m in ent.mentions):
        return True
    words = {w.casefold() for w in text[gold[0]:gold[1]].split() if w[:1].isupper()}
    return bool(words & {w.casefold() for w in ent.name.split()})


def evaluate(limit: int | None = None, entities: bool = False) -> dict[str, Any]:
    docs = build_docs(read_sentences(PFSA))
    if limit is not None:
        docs = docs[:limit]
    n_gold = n_pred = tp_exact = tp_over = n_indirect = 0
    spk_known = spk_right = 0
    ref_known = ref_resolved = ref_right = 0
    t0 = time.perf_counter()
    ents: tuple[Entity, ...] = ()
    for i, doc in enumerate(docs):
        if entities:
            from warta.stages.coref import link_mentions
            from warta.stages.entities import find_entities
            # As the pipeline runs them: entities, then titles and aliases linked (no
            # publication date here, so no office-holder look-up).
            ents = tuple(link_mentions(doc.text, doc.sentences,
                                       find_entities(doc.text, doc.sentences)))
        art = Article(id=f"pfsa-{i}", text=doc.text, sentences=tuple(doc.sentences),
                      entities=ents)
        quotes = find_quotes(art)
        preds = [q for q in quotes if q.kind == "direct"]
        n_indirect += sum(q.kind == "indirect" for q in quotes)
        gold = []
        for a, b, _ in _chunks(doc.labels, {"STATEMENT"}):
            gs, ge = _norm(doc.text, doc.tok_spans[a][0], doc.tok_spans[b][1])
            if ge > gs:
                gold.append((gs, ge, a, b))
        pspans = [(_norm(doc.text, q.content.start, q.content.end), q) for q in preds]
        n_gold += len(gold)
        n_pred += len(pspans)
        gold_exact = {(g[0], g[1]) for g in gold}
        tp_exact += sum(1 for (s, e), _ in pspans if (s, e) in gold_exact)
        used: set[int] = set()
        for gs, ge, a, b in gold:
            for k, ((ps, pend), q) in enumerate(pspans):
                if k in used or not (ps < ge and gs < pend):
                    continue
                used.add(k)
                tp_over += 1
                tied = _tied_speaker(doc, a, b)
                if tied is not None:
                    spk_known += 1
                    sp = q.speaker_span
                    if sp is not None and sp.start < tied[1] and tied[0] < sp.end:
                        spk_right += 1
                ref = _referent(doc, a, b) if entities else None
                if ref is not None:
                    ref_known += 1
                    ent = next((e for e in ents if e.id == q.speaker), None)
                    if ent is not None:
                        ref_resolved += 1
                        ref_right += _right_entity(ent, doc.text, ref)
                break
    secs = time.perf_counter() - t0
    pe, re_, fe = prf(tp_exact, n_pred, n_gold)
    po, ro, fo = prf(tp_over, n_pred, n_gold)
    return {
        "articles": len(docs), "gold_statements": n_gold, "predicted_direct": n_pred,
        "predicted_indirect": n_indirect,
        "exact_p": pe, "exact_r": re_, "exact_f1": fe,
        "overlap_p": po, "overlap_r": ro, "overlap_f1": fo,
        "speaker_known": spk_known,
        "speaker_acc": spk_right / spk_known if spk_known else 0.0,
        "seconds": secs,
        **({"resolution_known": ref_known,
            "resolution_rate": ref_resolved / ref_known if ref_known else 0.0,
            "resolution_precision": ref_right / ref_resolved if ref_resolved else 0.0,
            "resolution_acc": ref_right / ref_known if ref_known else 0.0}
           if entities else {}),
    }


def floors() -> dict[str, float]:
    with FLOORS.open("rb") as fh:
        return {k: float(v) for k, v in tomllib.load(fh).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N rebuilt articles only")
    ap.add_argument("--entities", action="store_true",
                    help="also run the entities stage and score speaker resolution (slow)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = evaluate(args.limit, args.entities)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"PFSA-ID dev-40: {res['articles']} rebuilt articles, {res['gold_statements']} gold "
          f"statements, {res['predicted_direct']} direct quotes predicted "
          f"(+{res['predicted_indirect']} indirect, not scored)")
    print(f"exact    P {res['exact_p']:.4f}  R {res['exact_r']:.4f}  F1 {res['exact_f1']:.4f}"
          f"   (published baseline F1 {PUBLISHED_F1:.4f})")
    print(f"overlap  P {res['overlap_p']:.4f}  R {res['overlap_r']:.4f}  "
          f"F1 {res['overlap_f1']:.4f}")
    print(f"speaker mention accuracy {res['speaker_acc']:.4f} on {res['speaker_known']} "
          f"matched statements with a tied gold speaker")
    if args.entities:
        print(f"speaker resolution (entities stage): {res['resolution_rate']:.4f} resolved, "
              f"precision {res['resolution_precision']:.4f}, accuracy "
              f"{res['resolution_acc']:.4f} on {res['resolution_known']} matched statements")
    print(f"{res['seconds']:.2f} s")
    # the resolution floors hold for --entities runs only (without it there is no figure)
    bad = [k for k, v in floors().items() if k in res and res[k] < v]
    if bad:
        print("BELOW FLOOR: " + ", ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
