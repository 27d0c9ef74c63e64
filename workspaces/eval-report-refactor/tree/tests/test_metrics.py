import pytest

from evalreport.metrics import confusion, f1, precision, recall

GOLD = ["cat", "cat", "dog", "dog", "dog", "bird"]
PRED = ["cat", "dog", "dog", "dog", "cat", "cat"]


def test_confusion_counts():
    assert confusion(GOLD, PRED, "cat") == (1, 2, 1)
    assert confusion(GOLD, PRED, "dog") == (2, 1, 1)


def test_metrics_of_a_label():
    assert precision(GOLD, PRED, "cat") == pytest.approx(1 / 3)
    assert recall(GOLD, PRED, "dog") == pytest.approx(2 / 3)
    assert f1(GOLD, PRED, "dog") == pytest.approx(2 / 3)


def test_a_label_never_predicted_scores_zero():
    assert precision(GOLD, PRED, "bird") == 0.0
    assert f1(GOLD, PRED, "bird") == 0.0


def test_lengths_must_match():
    with pytest.raises(ValueError):
        confusion(["a"], [], "a")
