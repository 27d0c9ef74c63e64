import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    """Return the predicted integer label of each row of X_query, shape (m,).

    X_train: (n, d) floats; y_train: (n,) integer labels; X_query: (m, d) floats.
    Neighbours are the k training rows with the smallest Euclidean distance (equal distances:
    smaller training index first). The prediction is the most frequent label among them; a tied
    vote goes to the tied label whose nearest occurrence is closest to the query.
    Raises ValueError for mismatched shapes or k outside [1, n].
    """
    raise NotImplementedError
