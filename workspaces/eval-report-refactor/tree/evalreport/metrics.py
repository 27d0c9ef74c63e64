"""Per-class counts and metrics from gold labels and predictions."""


def confusion(gold, predicted, label):
    """(true positives, false positives, false negatives) of one label."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    tp = fp = fn = 0
    for g, p in zip(gold, predicted):
        if p == label and g == label:
            tp += 1
        elif p == label and g != label:
            fp += 1
        elif p != label and g == label:
            fn += 1
    return tp, fp, fn


def precision(gold, predicted, label):
    tp, fp, fn = confusion(gold, predicted, label)
    if tp + fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(gold, predicted, label):
    tp, fp, fn = confusion(gold, predicted, label)
    if tp + fn == 0:
        return 0.0
    return tp / (tp + fn)


def f1(gold, predicted, label):
    tp, fp, fn = confusion(gold, predicted, label)
    if tp + fp == 0:
        p = 0.0
    else:
        p = tp / (tp + fp)
    if tp + fn == 0:
        r = 0.0
    else:
        r = tp / (tp + fn)
    if p + r == 0:
        return 0.0
    return 2 * p * r / (p + r)
