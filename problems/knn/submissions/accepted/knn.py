import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    """Predict a label for each query row by majority vote of its k nearest training rows."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_query = np.asarray(X_query, dtype=np.float64)
    y_train = np.asarray(y_train)
    if X_train.ndim != 2 or X_query.ndim != 2 or X_train.shape[1] != X_query.shape[1]:
        raise ValueError(
            f"X_train and X_query must be 2-D with the same width, got {X_train.shape} and {X_query.shape}"
        )
    n = X_train.shape[0]
    if y_train.shape != (n,):
        raise ValueError(f"y_train must have shape ({n},), got {y_train.shape}")
    if not 1 <= k <= n:
        raise ValueError(f"k must be in [1, {n}], got {k}")

    diff = X_query[:, None, :] - X_train[None, :, :]
    d2 = np.einsum("mnd,mnd->mn", diff, diff)
    # A stable sort keeps equally distant training rows in index order.
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :k]

    predictions = np.empty(X_query.shape[0], dtype=np.int64)
    for q, neighbours in enumerate(nearest):
        labels = y_train[neighbours]
        counts: dict[int, int] = {}
        for label in labels:
            counts[int(label)] = counts.get(int(label), 0) + 1
        best = max(counts.values())
        # Dicts keep insertion order, i.e. the order of first appearance from nearest to farthest.
        predictions[q] = next(label for label, count in counts.items() if count == best)
    return predictions
