"""NER quality: entity-level exact-span F1 (conlleval rules) on the shared gold sets.

Each set is measured with a CRF trained on that set's own training split only (the
shipped model's recipe: same features, place gazetteer, lexicon, DBpedia name lists and
word clusters), on its native labels:
  nergrit  NERGrit test            (published best XLM-R base 79.09)
  nerugm   NER-UGM, mean of 5 folds (published IndoBERT 74.9)
  idner    idner-news-2k test
  nerp     NERP test, lower-cased    (published IndoBERT-large 79.25)
NER-UGM and idner-news-2k share sentences, so neither ever trains the other's model.
`--compare` also measures on NERGrit the averaged perceptron, the POS feature, and the
model without word clusters, without name lists, and without any of gazetteer, lexicon,
name lists and clusters (the features of 2026-11-27).
`--no-clusters` / `--no-names` turn those features off for every set measured.
`--valid` scores models trained on the train split on the dev/valid split instead (NERGrit,
idner-news-2k, NERP): the split every choice of features and parameters was made on; it
also scores the model without name lists and clusters.
`--shipped` measures the shipped model (trained on the train+dev splits of NERGrit,
idner-news-2k and NERP) on those three sets' test splits, kinds mapped to PERSON, ORG,
PLACE, EVENT, each sentence read as the entities stage reads it (Title Case, ALL CAPS
and caseless sentences lower-cased; NER-UGM is left out: its sentences are
idner-news-2k's).
`--mix copies|plain` measures one model trained on the train splits of NERGrit,
idner-news-2k and NERP together (kinds mapped, the shipped recipe's mix): "copies" with
per-set attribute copies (`NerOptions(domains=True)`), exported once per set folded for
that set and scored on its test split (dev with `--valid`); "plain" the mix without
copies, one model for all three. Kinds mapped; NERGrit and idner-news-2k map one to one,
so their figures compare with the per-set ones.
`--pipeline dev|test` measures the whole entities stage (shipped tagger plus gazetteer,
role separation, kind and boundary rules, clustering) on those three sets' dev or test
splits, sentence by sentence on the gold tokens: rules are chosen on dev, reported on test.
`--option NAME=VALUE` (repeatable) sets a `NerOptions` field for the per-set models
(e.g. `--option vectors=false`, `--option shapes=`, `--option vector_window=1`); with
it `--valid` scores only that variant, not the model without name lists and clusters.
`--cv K` scores the per-set models (`--sets`, not NER-UGM) by K-fold cross-validation
over the train and dev splits together, every K-th sentence held out in turn, all held-out
predictions scored at once: steadier than the small dev splits for choosing features.
`--alfina` measures the shipped tagger ("shipped_alfina", read as `--shipped` reads) and
the whole stage ("pipeline_alfina", as `--pipeline` does) on the Luthfi et al. (2014)
Wikipedia gold in ner/alfina-wiki (14.4k tokens, measure only: no choice is made on it).
Its tags are IO (a kind per token), so an entity is a maximal run of one kind: gold runs
are read so, and the predicted BIO tags are first made IO (B-/I- dropped) and read the
same way (two predicted names of one kind side by side count as one, as the annotators
could only write them); then the usual exact-span scores. Kinds Person, Place,
Organisation map to PERSON, PLACE, ORG; a predicted EVENT counts as a false positive.
`--shipped` and `--pipeline test` include it.
`--cnn-dev` trains the CRF (the shipped recipe) and the convolutional tagger
(`warta.train.neural`, `CnnOptions`, changed by `--cnn-option NAME=VALUE`) on the train
splits of the shipped mix and scores, on each dev split read as the stage reads it, the
CRF alone, the network alone (after each epoch too) and the two combined at several
weights (`warta.ner.neural.combine`): the split the network's settings and weight were
chosen on. `--no-cnn` measures `--shipped`, `--pipeline` and `--alfina` with the CRF
alone (the shipped convolutional tagger left out), for before/after figures.
Usage: python eval/ner_eval.py [--sets nergrit,nerugm,idner,nerp] [--compare] [--shipped]
       [--valid] [--no-clusters] [--no-names] [--mix copies|plain] [--pipeline dev|test]
       [--alfina] [--option NAME=VALUE ...] [--cv K] [--cnn-dev] [--cnn-option NAME=VALUE]
       [--cnn-crf NPZ] [--no-cnn] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from warta.train.data import alfina_wiki, bio_to_io_runs, ner_split
from warta.train.ner import SHIPPED_SETS, NerOptions, fit_and_score, fit_mixed, score

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "eval" / "floors" / "ner.toml"
SETS = ("nergrit", "nerugm", "idner", "nerp")
CNN_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
NO_CNN = False  # --no-cnn: the stage's models without the convolutional tagger


def stage_models() -> Any:
    """The shipped models, without the convolutional tagger under `--no-cnn`."""
    import dataclasses

    from warta.ner.resolve import load_models

    models = load_models()
    return dataclasses.replace(models, neural=None) if NO_CNN else models


def evaluate_cnn_dev(settings: Sequence[str], crf_file: Path | None = None
                     ) -> dict[str, dict[str, Any]]:
    """CRF and convolutional tagger trained on the mix's train splits, scored on each dev
    split (kinds mapped, read as the stage reads it): the network alone after each epoch
    ("cnn_epoch<k>_<set>"), the CRF alone ("crf_<set>_dev") and both at each weight of
    CNN_WEIGHTS ("cnn_w<weight>_<set>_dev"; weight 0 is the CRF alone). `crf_file`: the
    train-split CRF's weights (an npz) are read from there when it exists, else trained
    and written there (the CRF is the same for every network setting)."""
    import tempfile

    from warta.ner.chunks import entity_scores
    from warta.ner.linear import LinearCrf, export_weights
    from warta.ner.neural import combine, sentence_ids
    from warta.ner.resolve import case_mode, load_models
    from warta.train.ner import mixed_set
    from warta.train.neural import CnnOptions, resources, tag_ids, train_cnn

    opts = with_options(CnnOptions(), settings)
    shipped = load_models()
    res = resources()
    out: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    data = {}
    for name in SHIPPED_SETS:
        sents = ner_split(name, "dev", mapped=True)
        words = [[w.lower() for w in s.tokens] if case_mode(s.tokens, shipped.lexicon)
                 == "blind" else list(s.tokens) for s in sents]
        data[name] = (sents, words)

    def on_epoch(epoch: int, params: Any, vocab: Any, labels: Any) -> None:
        index = [{k: i for i, k in enumerate(v)} for v in vocab]
        for name, (sents, words) in data.items():
            ids = [sentence_ids(w, index, res.lexicon, res.names, res.gaz) for w in words]
            r: dict[str, Any] = dict(entity_scores([s.tags for s in sents],
                                                   tag_ids(params, ids, labels)))
            r["seconds"] = time.perf_counter() - t0
            out[f"cnn_epoch{epoch}_{name}"] = r

    train = mixed_set(("train",))[0]
    with tempfile.TemporaryDirectory() as tmp:
        from warta.ner.neural import CnnTagger
        from warta.train.neural import save_cnn

        params, vocab, labels = train_cnn(train, opts, res, on_epoch)
        nn = CnnTagger(save_cnn(Path(tmp) / "cnn.npz", params, vocab, labels, 1.0)).load()
        if crf_file is None or not crf_file.exists():
            crf = fit_mixed(("train",), Path(tmp) / "mix.crfsuite", NerOptions())
            crf_file = export_weights(crf.path, crf_file or Path(tmp) / "mix.npz")
        lin = LinearCrf(crf_file).load()
        for name, (sents, words) in data.items():
            em = shipped.featurizer.scores_batch(words, lin)
            lp = nn.log_probs(words, shipped.lexicon, shipped.featurizer.names,
                              shipped.gazetteer)
            for w in CNN_WEIGHTS:
                r: dict[str, Any] = dict(entity_scores(
                    [s.tags for s in sents],
                    lin.decode(combine(em, lin.labels, lp, nn.labels, w))))
                r["seconds"] = time.perf_counter() - t0
                out[f"crf_{name}_dev" if w == 0 else f"cnn_w{w:g}_{name}_dev"] = r
    return out


def evaluate_cv(name: str, opts: NerOptions, folds: int) -> dict[str, Any]:
    """`folds`-fold cross-validation over a set's train and dev splits together (never
    test): fold k holds out every sentence whose index is k modulo `folds`; the held-out
    predictions of all folds are scored together."""
    from warta.ner.chunks import entity_scores
    from warta.train.ner import fit_and_predict

    t0 = time.perf_counter()
    sents = ner_split(name, "train") + ner_split(name, "dev")
    gold: list[Sequence[str]] = []
    pred: list[Sequence[str]] = []
    for k in range(folds):
        test = [s for i, s in enumerate(sents) if i % folds == k]
        train = [s for i, s in enumerate(sents) if i % folds != k]
        gold += [s.tags for s in test]
        pred += fit_and_predict(train, test, opts)
    res: dict[str, Any] = dict(entity_scores(gold, pred))
    res["seconds"] = time.perf_counter() - t0
    return res


def evaluate_set(name: str, opts: NerOptions | None = None, *, valid: bool = False
                 ) -> dict[str, Any]:
    opts = opts or NerOptions()
    t0 = time.perf_counter()
    if valid:
        res: dict[str, Any] = dict(fit_and_score(ner_split(name, "train"),
                                                 ner_split(name, "dev"), opts))
    elif name == "nerugm":
        folds = [fit_and_score(ner_split(name, "train", fold=f), ner_split(name, "test", fold=f),
                               opts) for f in range(1, 6)]
        kinds = set().union(*folds)
        res = {k: {"f1": sum(f.get(k, {"f1": 0.0})["f1"] for f in folds) / 5}
               for k in kinds}
        res["folds"] = [round(f["micro"]["f1"], 4) for f in folds]
    else:
        res = dict(fit_and_score(ner_split(name, "train"), ner_split(name, "test"), opts))
    res["seconds"] = time.perf_counter() - t0
    return res


def evaluate_shipped(name: str) -> dict[str, Any]:
    """The shipped model on a test split, read as the entities stage reads it
    (`tag_sentences`)."""
    from warta.ner.chunks import entity_scores
    from warta.ner.resolve import tag_sentences

    t0 = time.perf_counter()
    sents = ner_split(name, "test", mapped=True)
    res: dict[str, Any] = dict(entity_scores([s.tags for s in sents],
                                             tag_sentences([s.tokens for s in sents],
                                                           stage_models())))
    res["seconds"] = time.perf_counter() - t0
    return res


def evaluate_mix(split: str, copies: bool) -> dict[str, dict[str, Any]]:
    """One model trained on the train splits of the shipped sets (`fit_mixed`), on each
    set's `split`, kinds mapped: with `copies`, folded for that set ("mix_copies_<set>")
    and, read as the entities stage reads it (`tag_sentences`), folded for no set and for
    each set in turn ("..._read_<fold>_<set>": the shipped model's choice of fold);
    plain, as it is and read as the stage reads it."""
    import tempfile

    from warta.ner.chunks import entity_scores
    from warta.ner.linear import LinearCrf, export_weights
    from warta.ner.resolve import Models, load_models, tag_sentences

    opts = NerOptions(domains=copies)
    tag = "mix_copies" if copies else "mix_plain"
    shipped = load_models()
    out: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    data = {name: ner_split(name, split, mapped=True) for name in SHIPPED_SETS}
    with tempfile.TemporaryDirectory() as tmp:
        crf = fit_mixed(("train",), Path(tmp) / "mix.crfsuite", opts)
        for fold in ([None, *SHIPPED_SETS] if copies else [None]):
            lin = LinearCrf(export_weights(crf.path, Path(tmp) / f"{fold}.npz", fold))
            models = Models(lin, shipped.featurizer, shipped.gazetteer, shipped.lexicon)
            for name, sents in data.items():
                if fold == name or not copies:
                    res: dict[str, Any] = dict(score(lin, sents, opts))
                    res["seconds"] = time.perf_counter() - t0
                    out[f"{tag}_{name}_{split}"] = res
                res = dict(entity_scores([s.tags for s in sents],
                                         tag_sentences([s.tokens for s in sents], models)))
                res["seconds"] = time.perf_counter() - t0
                out[f"{tag}_{split}_read_{fold or 'none'}_{name}"] = res
    return out


def pipeline_tags(tokens: Sequence[str]) -> list[str]:
    """BIO tags of what the whole entities stage (`find_entities`: tagger, gazetteer,
    role separation, kind and boundary rules, clustering) finds in one sentence, given
    the gold tokens; a mention that does not sit on token edges is left out."""
    from warta.ner.resolve import find_entities
    from warta.record import Span, Tokens

    starts, ends, pos = [], [], 0
    for t in tokens:
        starts.append(pos)
        ends.append(pos + len(t))
        pos += len(t) + 1
    text = " ".join(tokens)
    at_start = {c: k for k, c in enumerate(starts)}
    at_end = {c: k for k, c in enumerate(ends)}
    tags = ["O"] * len(tokens)
    ents = find_entities(text, [Span(start=0, end=len(text))], stage_models(),
                         tokens=Tokens(starts=tuple(starts), ends=tuple(ends)))
    for e in ents:
        for m in e.mentions:
            i, j = at_start.get(m.start), at_end.get(m.end)
            if i is None or j is None or any(t != "O" for t in tags[i : j + 1]):
                continue
            tags[i] = "B-" + e.kind
            for k in range(i + 1, j + 1):
                tags[k] = "I-" + e.kind
    return tags


def evaluate_pipeline(name: str, split: str) -> dict[str, Any]:
    """The whole entities stage (`pipeline_tags`) on a split, kinds mapped."""
    from warta.ner.chunks import entity_scores

    t0 = time.perf_counter()
    sents = ner_split(name, split, mapped=True)
    res: dict[str, Any] = dict(entity_scores([s.tags for s in sents],
                                             [pipeline_tags(s.tokens) for s in sents]))
    res["seconds"] = time.perf_counter() - t0
    return res


def evaluate_alfina(whole_stage: bool) -> dict[str, Any]:
    """The shipped tagger (read as the stage reads sentences) or the whole entities stage
    on ner/alfina-wiki, predictions read as IO runs (`bio_to_io_runs`)."""
    from warta.ner.chunks import entity_scores
    from warta.ner.resolve import tag_sentences

    t0 = time.perf_counter()
    sents = alfina_wiki()
    pred = ([pipeline_tags(s.tokens) for s in sents] if whole_stage
            else tag_sentences([s.tokens for s in sents], stage_models()))
    res: dict[str, Any] = dict(entity_scores([s.tags for s in sents],
                                             [bio_to_io_runs(p) for p in pred]))
    res["seconds"] = time.perf_counter() - t0
    return res


def with_options(opts: Any, settings: Sequence[str]) -> Any:
    """`opts` with fields set from "name=value" strings, typed as the field's default."""
    import dataclasses

    fields = {f.name: getattr(opts, f.name) for f in dataclasses.fields(opts)}
    changes: dict[str, Any] = {}
    for item in settings:
        name, sep, value = item.partition("=")
        if not sep or name not in fields or isinstance(fields[name], dict):
            raise SystemExit(f"--option {item!r}: give NAME=VALUE with NAME one of "
                             f"{sorted(k for k, v in fields.items() if not isinstance(v, dict))}")
        old = fields[name]
        changes[name] = (value.lower() in {"1", "true", "yes"} if isinstance(old, bool)
                         else type(old)(value))
    return dataclasses.replace(opts, **changes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--shipped", action="store_true")
    ap.add_argument("--valid", action="store_true")
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-names", action="store_true")
    ap.add_argument("--mix", choices=("copies", "plain"),
                    help="also measure one model trained on the train splits of NERGrit, "
                         "idner-news-2k and NERP together, with per-set attribute copies "
                         "or plain, on each set's test split (dev with --valid)")
    ap.add_argument("--pipeline", choices=("dev", "test"),
                    help="also measure the whole entities stage (tagger and rules) on "
                         "the dev or test splits of NERGrit, idner-news-2k and NERP")
    ap.add_argument("--alfina", action="store_true",
                    help="also measure the shipped tagger and the whole entities stage on "
                         "ner/alfina-wiki (Wikipedia, IO tags read as runs)")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="score the per-set models by K-fold cross-validation over the "
                         "train and dev splits together (not test), instead")
    ap.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                    help="set a NerOptions field for the per-set models (repeatable)")
    ap.add_argument("--cnn-dev", action="store_true",
                    help="train the CRF and the convolutional tagger on the train splits "
                         "of the shipped mix; score each, and the two combined at several "
                         "weights, on the dev splits")
    ap.add_argument("--cnn-option", action="append", default=[], metavar="NAME=VALUE",
                    help="set a CnnOptions field for --cnn-dev (repeatable)")
    ap.add_argument("--cnn-crf", type=Path, metavar="NPZ",
                    help="--cnn-dev: read the train-split CRF from NPZ if it exists, else "
                         "train it and write it there (reused across network settings)")
    ap.add_argument("--no-cnn", action="store_true",
                    help="--shipped, --pipeline, --alfina with the CRF alone")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    global NO_CNN
    NO_CNN = args.no_cnn
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    results: dict[str, Any] = {}
    chosen = with_options(NerOptions(clusters=not args.no_clusters,
                                     names=not args.no_names), args.option)
    for name in filter(None, args.sets.split(",")):
        if args.cv:
            results[f"{name}_cv{args.cv}"] = evaluate_cv(name, chosen, args.cv)
            continue
        if args.valid:
            if name != "nerugm":  # NER-UGM has no dev split
                results[f"{name}_valid"] = evaluate_set(name, chosen, valid=True)
                if args.option:
                    continue
                results[f"{name}_valid_plain"] = evaluate_set(
                    name, NerOptions(clusters=False, names=False), valid=True)
            continue
        results[name] = evaluate_set(name, chosen)
    if args.cnn_dev:
        results.update(evaluate_cnn_dev(args.cnn_option, args.cnn_crf))
    if args.mix:
        results.update(evaluate_mix("dev" if args.valid else "test", args.mix == "copies"))
    if args.shipped:
        for name in ("nergrit", "idner", "nerp"):
            results[f"shipped_{name}"] = evaluate_shipped(name)
    if args.shipped or args.alfina:
        results["shipped_alfina"] = evaluate_alfina(whole_stage=False)
    if args.pipeline:
        for name in ("nergrit", "idner", "nerp"):
            results[f"pipeline_{name}_{args.pipeline}"] = evaluate_pipeline(name, args.pipeline)
    if args.pipeline == "test" or args.alfina:
        results["pipeline_alfina"] = evaluate_alfina(whole_stage=True)
    if args.compare:
        for label, opts in (("nergrit_ap", NerOptions(algorithm="ap", max_iterations=30)),
                            ("nergrit_pos", NerOptions(pos=True)),
                            ("nergrit_noclusters", NerOptions(clusters=False)),
                            ("nergrit_nonames", NerOptions(names=False)),
                            ("nergrit_plain", NerOptions(gazetteer=False, lexicon=False,
                                                         clusters=False, names=False))):
            results[label] = evaluate_set("nergrit", opts)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    floors = tomllib.loads(FLOORS.read_text("utf-8")) if FLOORS.exists() else {}
    for name, r in results.items():
        kinds = " ".join(f"{k} {v['f1']:.4f}" for k, v in sorted(r.items())
                         if isinstance(v, dict) and k not in {"micro", "macro"})
        micro = r["micro"]["f1"]
        floor = floors.get(name, {}).get("micro_f1")
        mark = "" if floor is None else f"  (floor {floor}{' FAIL' if micro < floor else ''})"
        print(f"{name:22s} micro F1 {micro:.4f}  macro {r['macro']['f1']:.4f}  [{kinds}]  "
              f"{r['seconds']:.0f} s{mark}")
        if "folds" in r:
            print(f"{'':22s} folds {r['folds']}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
