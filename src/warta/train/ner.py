"""Train NER (and POS) CRF models from the shared gold sets.

`warta train ner` builds the shipped model from every set's training splits (kinds mapped
onto PERSON, ORG, PLACE, EVENT); `eval/ner_eval.py` uses `fit` and `score` to train
per-set evaluation models that never see the test data.
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..ner.chunks import entity_scores
from ..ner.crf import CrfModel, Item, train_crf
from ..ner.features import (
    VECTOR_DIMS,
    VECTOR_SCALE,
    Clusters,
    DenseVectors,
    Featurizer,
    load_acronyms,
    load_clusters,
    load_lexicon,
    load_shipped_vectors,
    load_word_vectors,
    parse_acronyms,
    parse_clusters,
)
from ..ner.gazetteer import Gazetteer, load_gazetteer
from ..ner.linear import DOMAIN_MARK, LinearCrf, export_weights
from ..ner.names import NameLists, load_names
from .data import Tagged, ner_split

MODELS = Path(__file__).resolve().parents[1] / "models"
SEED = 13
# The sets the shipped model trains on (NER-UGM holds idner-news-2k's sentences).
SHIPPED_SETS = ("nergrit", "idner", "nerp")


@dataclass(frozen=True)
class NerOptions:
    algorithm: str = "lbfgs"  # lbfgs (CRF) or ap (averaged perceptron)
    # c1/c2/iterations chosen on NERGrit *valid* (grid c1 0.02-0.1, c2 0.005-0.05).
    max_iterations: int = 150
    c1: float = 0.02
    c2: float = 0.01
    gazetteer: bool = True
    lexicon: bool = True
    pos: bool = False
    min_freq: int = 1
    # Word-cluster features (`warta.train.clusters`, unlabelled IndoSum + IndoTimex text)
    # and DBpedia name-list features (`warta.train.names`). `cluster_file` / `names_file`
    # name a built file; empty reads the shipped one (models/clusters.tsv,
    # models/names.json.gz).
    clusters: bool = True
    cluster_file: str = ""
    names: bool = True
    names_file: str = ""
    # Per-set attribute copies (feature augmentation, Daume 2007, "Frustratingly easy
    # domain adaptation"): a sentence of a mix carries every attribute twice, as it is
    # and marked with its set ("@nergrit w=jakarta"), so what one set's annotators do
    # their own way is learnt apart from what all sets share. The exported weights fold
    # in the copies of `fold` (a set name; "" keeps the shared attributes only).
    domains: bool = False
    fold: str = ""
    # Capitalised-word shape features (`warta.ner.features.acronym_features`, by letter:
    # "a" affixes x capital, "l" all-caps length and inner capital, "g" letter trigrams
    # of unknown words); "" none.
    # Tried 2026-12-02 and not shipped (MODEL_CARD.md; the candidate is branch ner-ship,
    # with shapes "al", acronyms and vectors on).
    shapes: str = ""
    # Bracket-defined acronyms from unlabelled news (`warta.train.acronyms`);
    # `acronyms_file` names a built TSV, empty reads models/acronyms.tsv.
    acronyms: bool = False
    acronyms_file: str = ""
    # Dense word vectors (`warta.train.clusters.write_vectors`) as real-valued
    # attributes "v<k>": the word's first `vector_dims` components times `vector_scale`,
    # and "-1v<k>"/"+1v<k>" for the neighbours when `vector_window` is 1.
    # `vectors_file` names a built .npz, empty reads models/vectors.npz.
    vectors: bool = False
    vectors_file: str = ""
    vector_dims: int = VECTOR_DIMS
    vector_scale: float = VECTOR_SCALE
    vector_window: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def featurize(sents: Sequence[Tagged], opts: NerOptions,
              pos_model: CrfModel | None = None) -> list[list[Item]]:
    feat = featurizer(opts)
    pos_feat = Featurizer(lexicon=load_lexicon()) if pos_model is not None else None
    dense = dense_vectors(opts)
    vecs = None if dense is None else vector_attributes(dense)
    out: list[list[Item]] = []
    for s in sents:
        pos = None
        if opts.pos and pos_model is not None and pos_feat is not None:
            pos = pos_model.tag(pos_feat(s.tokens))
        f = feat(s.tokens, pos)
        out.append(list(f) if vecs is None
                   else with_vectors(f, s.tokens, vecs, opts.vector_window))
    return out


def dense_vectors(opts: NerOptions) -> DenseVectors | None:
    """The scaled word vectors `opts` asks for (None when off)."""
    if not opts.vectors:
        return None
    if not opts.vectors_file and (opts.vector_dims, opts.vector_scale) == (VECTOR_DIMS,
                                                                         VECTOR_SCALE):
        return load_shipped_vectors()
    from importlib import resources

    path = opts.vectors_file or str(resources.files("warta.models").joinpath("vectors.npz"))
    return load_word_vectors(path, opts.vector_dims, opts.vector_scale)


def vector_attributes(dense: DenseVectors) -> dict[str, list[tuple[str, float]]]:
    """Word -> its vector attributes [("v0", x0), ...] for crfsuite."""
    return {w: [(f"v{k}", float(x)) for k, x in enumerate(row.tolist()) if x != 0.0]
            for w, row in dense.items()}


def with_vectors(features: Sequence[Sequence[str]], tokens: Sequence[str],
                 vecs: dict[str, list[tuple[str, float]]], window: int) -> list[Item]:
    """Attribute lists as crfsuite dicts (a repeated attribute counts its repeats) with
    the words' vector attributes added, and the neighbours' ones with `window` 1."""
    out: list[Item] = []
    lows = [t.lower() for t in tokens]
    for i, f in enumerate(features):
        d: dict[str, float] = {}
        for a in f:
            d[a] = d.get(a, 0.0) + 1.0
        d.update(vecs.get(lows[i], ()))
        if window >= 1:
            if i > 0:
                d.update(("-1" + n, x) for n, x in vecs.get(lows[i - 1], ()))
            if i + 1 < len(lows):
                d.update(("+1" + n, x) for n, x in vecs.get(lows[i + 1], ()))
        out.append(d)
    return out


def featurizer(opts: NerOptions) -> Featurizer:
    gaz: Gazetteer | None = load_gazetteer() if opts.gazetteer else None
    clusters: Clusters | None = None
    if opts.clusters:
        clusters = (parse_clusters(Path(opts.cluster_file).read_text("utf-8").splitlines())
                    if opts.cluster_file else load_clusters())
    names: NameLists | None = None
    if opts.names:
        names = (load_names() if not opts.names_file else NameLists.from_json(
            json.loads(gzip.decompress(Path(opts.names_file).read_bytes()))))
    acronyms: dict[str, tuple[str, ...]] | None = None
    if opts.acronyms:
        acronyms = (parse_acronyms(Path(opts.acronyms_file).read_text("utf-8").splitlines())
                    if opts.acronyms_file else load_acronyms())
    return Featurizer(gaz, load_lexicon() if opts.lexicon else None, clusters=clusters,
                      names=names, shapes=opts.shapes, vector_window=opts.vector_window,
                      vectors=dense_vectors(opts), acronyms=acronyms)


def pos_model_default() -> CrfModel:
    return CrfModel(MODELS / "pos.crfsuite")


def domain_copy(features: Sequence[Sequence[str]], domain: str) -> list[list[str]]:
    """Each token's attributes, then the same marked as `domain`'s copies."""
    mark = DOMAIN_MARK + domain + " "
    return [[*f, *(mark + a for a in f)] for f in features]


def fit(train: Sequence[Tagged], path: Path, opts: NerOptions,
        domains: Sequence[str] | None = None) -> CrfModel:
    """Train a crfsuite model; with `domains` (each sentence's set, `opts.domains` on)
    every sentence also carries its set's attribute copies (`domain_copy`)."""
    pos_model = pos_model_default() if opts.pos else None
    xs: Iterable[Sequence[Item]]
    if opts.domains and domains is not None:
        feat = featurizer(opts)
        # Made one sentence at a time: the doubled lists of a whole mix take gigabytes.
        xs = (domain_copy(feat(s.tokens), d) for s, d in zip(train, domains, strict=True))
    else:
        xs = featurize(train, opts, pos_model)
    train_crf(xs, [s.tags for s in train], path, algorithm=opts.algorithm,
              max_iterations=opts.max_iterations, c1=opts.c1, c2=opts.c2,
              min_freq=opts.min_freq)
    return CrfModel(path)


def predict(model: CrfModel | LinearCrf, sents: Sequence[Tagged], opts: NerOptions
            ) -> list[list[str]]:
    """Tags of `sents`; a `LinearCrf` (the shipped model) tags as the entities stage does,
    from cached per-word weight sums, all sentences in one batch."""
    if isinstance(model, LinearCrf):
        if opts.pos or (opts.vectors and not opts.clusters):
            raise ValueError("a LinearCrf tags without POS, and dense vectors only with "
                             "clusters: score a crfsuite model (CrfModel) for these")
        return model.decode(featurizer(opts).scores_batch([s.tokens for s in sents], model))
    pos_model = pos_model_default() if opts.pos else None
    return [model.tag(x) for x in featurize(sents, opts, pos_model)]


def score(model: CrfModel | LinearCrf, test: Sequence[Tagged], opts: NerOptions
          ) -> dict[str, dict[str, float]]:
    return entity_scores([s.tags for s in test], predict(model, test, opts))


def fit_and_predict(train: Sequence[Tagged], test: Sequence[Tagged], opts: NerOptions
                    ) -> list[list[str]]:
    """Tags of `test` by a crfsuite model trained on `train`."""
    with tempfile.TemporaryDirectory() as tmp:
        model = fit(train, Path(tmp) / "m.crfsuite", opts)
        return predict(model, test, opts)


def fit_and_score(train: Sequence[Tagged], test: Sequence[Tagged], opts: NerOptions
                  ) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        model = fit(train, Path(tmp) / "m.crfsuite", opts)
        return score(model, test, opts)


def mixed_set(splits: Sequence[str], sets: Sequence[str] = SHIPPED_SETS
              ) -> tuple[list[Tagged], list[str]]:
    """The `splits` of `sets`, kinds mapped, shuffled together (fixed seed), and each
    sentence's set."""
    pairs: list[tuple[str, Tagged]] = []
    for name in sets:
        for split in splits:
            pairs.extend((name, s) for s in ner_split(name, split, mapped=True))
    rng = random.Random(SEED)
    rng.shuffle(pairs)
    return [s for _, s in pairs], [d for d, _ in pairs]


def shipped_training_set() -> list[Tagged]:
    """All training (+ dev) splits, kinds mapped; NER-UGM is left out because
    idner-news-2k holds the same sentences."""
    return mixed_set(("train", "dev"))[0]


def fit_mixed(splits: Sequence[str], path: Path, opts: NerOptions,
              sets: Sequence[str] = SHIPPED_SETS) -> CrfModel:
    """Train a crfsuite model (`path`) on the `splits` of `sets`, with per-set attribute
    copies when `opts.domains` is on."""
    sents, domains = mixed_set(splits, sets)
    return fit(sents, path, opts, domains)


def train_shipped_ner(path: Path | None = None, opts: NerOptions | None = None) -> Path:
    """Train the shipped NER CRF and write its weights (`models/ner.npz`, the file the
    entities stage reads through `warta.ner.linear.LinearCrf`), folded for `opts.fold`
    when `opts.domains` is on."""
    opts = opts or NerOptions()
    with tempfile.TemporaryDirectory() as tmp:
        crf = fit_mixed(("train", "dev"), Path(tmp) / "ner.crfsuite", opts)
        return export_weights(crf.path, path or MODELS / "ner.npz",
                              (opts.fold or None) if opts.domains else None)
