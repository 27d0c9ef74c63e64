"""Per-class counts and metrics from gold labels and predictions."""


def _count(pairs, test):
    return sum(1 for gold, predicted in pairs if test(gold, predicted))


def confusion(gold, predicted, label):
    """(true positives, false positives, false negatives) of one label."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    pairs = list(zip(gold, predicted))
    tp = _count(pairs, lambda g, p: g == label and p == label)
    fp = _count(pairs, lambda g, p: g != label and p == label)
    fn = _count(pairs, lambda g, p: g == label and p != label)
    return tp, fp, fn


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def scores(tp, fp, fn):
    """(precision, recall, f1) from the counts; 0.0 wherever a denominator is 0."""
    p = _ratio(tp, tp + fp)
    r = _ratio(tp, tp + fn)
    return p, r, _ratio(2 * p * r, p + r)


def precision(gold, predicted, label):
    return scores(*confusion(gold, predicted, label))[0]


def recall(gold, predicted, label):
    return scores(*confusion(gold, predicted, label))[1]


def f1(gold, predicted, label):
    return scores(*confusion(gold, predicted, label))[2]
