import pytest

from evalkit.probabilistic import log_loss
from evalkit.ranking import precision_at_k, roc_auc


def test_precision_at_k():
    assert precision_at_k(["a", "b", "c", "d"], {"a", "c", "x", "y", "z"}, 2) == 0.5


def test_auc_of_a_perfect_ranking():
    assert roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0


def test_log_loss_of_a_fair_coin():
    assert log_loss([1, 0], [0.5, 0.5]) == pytest.approx(0.6931471805599453)
