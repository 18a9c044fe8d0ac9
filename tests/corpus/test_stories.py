"""Pure story logic: features, scoring, online assignment in memory."""

from __future__ import annotations

from datetime import date

from warta.corpus import stories

ARREST_A = ("KPK Tangkap Bupati Kolaka Timur",
            "Komisi Pemberantasan Korupsi (KPK) menangkap Bupati Kolaka Timur Abdul Azis "
            "dalam operasi tangkap tangan di Kendari. Uang Rp 450 juta disita.")
ARREST_A2 = ("Bupati Kolaka Timur Abdul Azis Jadi Tersangka",
             "KPK menetapkan Bupati Kolaka Timur Abdul Azis sebagai tersangka usai operasi "
             "tangkap tangan di Kendari; uang Rp 450 juta jadi barang bukti.")
ARREST_B = ("KPK Tangkap Wakil Menteri Ketenagakerjaan",
            "Komisi Pemberantasan Korupsi (KPK) menangkap Wakil Menteri Ketenagakerjaan "
            "Immanuel Ebenezer dalam operasi tangkap tangan di Jakarta. Dua motor Ducati disita.")


def test_features() -> None:
    assert "komisi pemberantasan korupsi" in stories.names(ARREST_A[1])
    assert "dalam" not in stories.words("dalam operasi tangkap tangan")
    assert stories.numbers("Rp 450 juta pada 21/8/2025, 1.250 orang, tahun 2024") == \
        ["450", "1.250"]
    counts = stories.term_counts(*ARREST_A)
    assert counts["kolaka"] > counts["operasi"]  # title words weigh more


def test_score_window_and_names() -> None:
    a = {"n:abdul azis": 0.6, "tangkap": 0.8}
    b = {"n:abdul azis": 0.6, "tangkap": 0.8}
    assert stories.score(a, b, 0) > stories.score(a, b, 2) > 0
    assert stories.score(a, b, stories.WINDOW + 1) == 0.0
    # Words alone, not close enough: no shared name or number, no story.
    assert stories.score({"tangkap": 0.4, "x": 0.9}, {"tangkap": 0.4, "y": 0.9}, 0) == 0.0


def test_cluster_same_event_not_same_topic() -> None:
    items = [stories.Item(id="a", title=ARREST_A[0], text=ARREST_A[1], day=date(2025, 8, 7)),
             stories.Item(id="b", title=ARREST_B[0], text=ARREST_B[1], day=date(2025, 8, 7)),
             stories.Item(id="a2", title=ARREST_A2[0], text=ARREST_A2[1],
                          day=date(2025, 8, 8)),
             stories.Item(id="copy", title=None, text=ARREST_A[1], day=date(2025, 8, 9),
                          copy_of="a"),
             stories.Item(id="late", title=ARREST_A2[0], text=ARREST_A2[1],
                          day=date(2025, 9, 30)),
             stories.Item(id="undated", title=ARREST_A2[0], text=ARREST_A2[1], day=None)]
    got = stories.cluster(items)
    assert got["a"] == got["a2"] == got["copy"] == stories.story_id("a")
    assert got["b"] != got["a"]
    assert got["late"] == stories.story_id("late")  # out of the window: a new story
    assert got["undated"] == stories.story_id("undated")
    assert stories.cluster(items) == got  # deterministic


def test_count_docs_returns_the_counts_before_it() -> None:
    index = stories.MemoryIndex()
    assert index.count_docs([5, 7]) == {}
    assert index.count_docs([7, 9]) == {stories.DF_TOTAL: 1, 7: 1}
    assert index.count_docs([5]) == {stories.DF_TOTAL: 2, 5: 1}


def _unit(v: dict[str, float]) -> dict[str, float]:
    norm = sum(x * x for x in v.values()) ** 0.5
    return {k: x / norm for k, x in v.items()}


def test_a_story_told_from_several_angles_matches_by_its_centroid() -> None:
    # The preview names Juventus, the broadcast piece Cardiff; a third article names both:
    # each alone is below THRESHOLD, their story's centroid is not.
    preview = _unit({"n:juventus": 0.3, "buffon": 0.9, "final": 0.3})
    broadcast = _unit({"n:cardiff": 0.3, "siaran": 0.9, "final": 0.3})
    lineup = _unit({"n:juventus": 0.3, "n:cardiff": 0.3, "final": 0.4, "skuad": 0.8})
    assert stories.score(lineup, preview, 0) < stories.THRESHOLD
    assert stories.score(lineup, broadcast, 0) < stories.THRESHOLD
    found = [stories.Candidate("p", "st-final", 10, preview),
             stories.Candidate("b", "st-final", 11, broadcast)]
    match = stories.story_match(lineup, found, 11)
    assert match is not None and match[1] == "st-final" and match[0] >= stories.THRESHOLD
    # One candidate of a story is not a centroid; another story's articles do not mix in.
    assert stories.story_match(lineup, found[:1], 11) is None
    split = [stories.Candidate("p", "st-a", 10, preview),
             stories.Candidate("b", "st-b", 11, broadcast)]
    assert stories.story_match(lineup, split, 11) is None
    # Out of the window: nothing.
    assert stories.story_match(lineup, found, 11 + stories.WINDOW + 2) is None
