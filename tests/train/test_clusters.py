"""Word clusters: the builder on a tiny corpus, the file format, the shipped file."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.ner.features import NO_CLUSTER, Featurizer, parse_clusters, word_features
from warta.train.clusters import ClusterOptions, build_clusters, indosum_sentences


def _toy_corpus() -> list[list[str]]:
    people = ["Budi", "Siti", "Andi", "Dewi"]
    places = ["Jakarta", "Bandung", "Medan", "Surabaya"]
    out = []
    for i in range(40):
        p = people[i % 4]
        q = places[(i // 4) % 4]
        out.append(["kata", p, "di", q, "pada", "hari", "itu", "."])
        out.append(["menurut", p, ",", "warga", q, "senang", "."])
    return out


def test_build_clusters_groups_words_by_context() -> None:
    opts = ClusterOptions(min_count=2, context_size=50, dim=4, ks=(2, 4))
    cl = build_clusters(_toy_corpus(), opts)
    assert "budi" in cl and "Budi" not in cl  # lower-cased
    assert all(len(ids) == 2 for ids in cl.values())
    people = {cl[w][1] for w in ("budi", "siti", "andi", "dewi")}
    places = {cl[w][1] for w in ("jakarta", "bandung", "medan", "surabaya")}
    assert len(people) == 1 and len(places) == 1 and people != places
    assert build_clusters(_toy_corpus(), opts) == cl  # deterministic


def test_parse_clusters_and_features() -> None:
    cl = parse_clusters(["jakarta\t3\t17\n", "bad-line\n", "budi\t1\t5\n"])
    assert cl == {"jakarta": ("c0=3", "c1=17"), "budi": ("c0=1", "c1=5")}
    f = word_features("Jakarta", None, cl)
    assert "c0=3" in f and "c1=17" in f and "capc1=17" in f
    assert set(NO_CLUSTER) <= set(word_features("Xyzzyq", None, cl))
    feats = Featurizer(clusters=cl)(["Budi", "ke", "Jakarta"])
    assert "+1c1=5" not in feats[0] and "-1c1=5" in feats[1] and "+1c1=17" in feats[1]


def test_clusters_file_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.train import clusters as mod

    monkeypatch.setattr(mod, "corpus", _toy_corpus)
    path = mod.write_clusters(tmp_path / "c.tsv", ClusterOptions(min_count=2, context_size=50,
                                                                  dim=4, ks=(2, 4)))
    cl = parse_clusters(path.read_text("utf-8").splitlines())
    assert set(cl["budi"]) <= {"c0=0", "c0=1", "c1=0", "c1=1", "c1=2", "c1=3"}
    assert len(cl["budi"]) == 2 and cl["budi"] != cl["di"]


@pytest.mark.shared
def test_indosum_corpus_reads(shared_data: Path) -> None:
    first = next(indosum_sentences(shared_data / "news" / "indosum"))
    assert first and all(isinstance(w, str) for w in first)
