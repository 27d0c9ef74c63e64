"""Metrics of hard predictions."""

from evalkit._checks import same_length


def accuracy(y_true, y_pred):
    same_length(y_true, y_pred)
    return sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true) if y_true else 0.0


def confusion_matrix(y_true, y_pred, labels):
    """matrix[i][j]: how many examples of true label labels[i] were predicted labels[j]."""
    same_length(y_true, y_pred)
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(y_true, y_pred):
        matrix[index[t]][index[p]] += 1
    return matrix
