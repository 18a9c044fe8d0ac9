import pytest

from warta.scoring import Tally, prf


def test_prf_counts_and_empty_ratios() -> None:
    assert prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(0, 0, 0, empty=1.0) == (1.0, 1.0, 1.0)


def test_tally_nothing_expected_nothing_found_is_perfect() -> None:
    assert Tally().f1 == 1.0
    t = Tally(tp=2, fp=2, fn=0)
    assert (t.p, t.r) == (0.5, 1.0) and t.f1 == pytest.approx(2 / 3)
    assert Tally(fn=3).f1 == 0.0


def test_tally_prints_its_figures_and_counts() -> None:
    assert str(Tally(tp=3, fp=1, fn=1)) == "P=0.750 R=0.750 F1=0.750 (tp=3 fp=1 fn=1)"
