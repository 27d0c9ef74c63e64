import math

import pytest

from evalkit.classification import confusion_matrix
from evalkit.probabilistic import log_loss
from evalkit.ranking import precision_at_k, roc_auc


def test_confusion_matrix_of_three_labels():
    m = confusion_matrix([0, 1, 2, 2, 2], [0, 2, 2, 1, 2], [0, 1, 2])
    assert m == [[1, 0, 0], [0, 0, 1], [0, 1, 2]]


def test_precision_at_k_divides_by_k_even_when_fewer_are_ranked():
    assert precision_at_k(["a"], {"a"}, 3) == pytest.approx(1 / 3)
    assert precision_at_k(["a", "b"], {"a", "b", "c", "d"}, 2) == 1.0


def test_auc_counts_ties_as_one_half():
    assert roc_auc([0, 1], [0.5, 0.5]) == 0.5
    assert roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.4, 0.8]) == pytest.approx(0.875)


def test_auc_agrees_with_pair_counting():
    y = [1, 0, 1, 0, 0, 1, 1, 0]
    s = [0.3, 0.3, 0.9, 0.1, 0.9, 0.5, 0.3, 0.2]
    pos = [b for a, b in zip(y, s) if a == 1]
    neg = [b for a, b in zip(y, s) if a == 0]
    pairs = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    assert roc_auc(y, s) == pytest.approx(pairs / (len(pos) * len(neg)))


def test_log_loss_is_finite_for_confident_mistakes():
    loss = log_loss([0, 1], [1.0, 0.0])
    assert math.isfinite(loss)
    assert loss == pytest.approx(-math.log(1e-15), rel=0.01)
