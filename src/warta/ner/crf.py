"""A thin, lazily loaded wrapper around a python-crfsuite model file."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

# One token's attributes: names (each worth 1), or names with real values.
Item = Sequence[str] | Mapping[str, float]


class CrfModel:
    """Tags feature sequences with a crfsuite model; opens the file on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tagger: Any = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:  # pickles as its path only
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _load(self) -> Any:
        if self._tagger is None:
            import pycrfsuite

            if not self.path.exists():
                raise FileNotFoundError(f"model {self.path} is missing: run `warta train`")
            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._tagger = tagger
        return self._tagger

    def tag(self, features: Sequence[Item]) -> list[str]:
        if not features:
            return []
        with self._lock:
            tags: list[str] = self._load().tag(features)
        return tags


def train_crf(xs: Iterable[Sequence[Item]], ys: Sequence[Sequence[str]], path: Path,
              *, algorithm: str = "lbfgs", max_iterations: int = 100, c1: float = 0.05,
              c2: float = 0.01, min_freq: int = 1) -> Path:
    """Train and save a crfsuite model (deterministic for a given input order)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    params: dict[str, Any] = {"max_iterations": max_iterations,
                              "feature.minfreq": min_freq}
    if algorithm == "lbfgs":
        params.update({"c1": c1, "c2": c2, "feature.possible_transitions": True})
    trainer.set_params(params)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path
