import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def build_search() -> GridSearchCV:
    """Selection, scaling and the classifier in one Pipeline, with k tuned by an inner CV."""
    pipeline = Pipeline(
        [
            ("select", SelectKBest(f_classif)),
            ("scale", StandardScaler()),
            ("clf", LogisticRegression(C=0.1, max_iter=1000)),
        ]
    )
    inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)
    return GridSearchCV(pipeline, {"select__k": [10, 20, 50]}, cv=inner)


class MarkerClassifier:
    def __init__(self) -> None:
        self._model: GridSearchCV | None = None
        self._cv_accuracy: float | None = None

    def fit(self, X: np.ndarray, y: np.ndarray) -> None:
        # Nested CV: every outer fold reruns the whole search (selection included) on its
        # training part only, so the estimate covers the choice of k as well.
        outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
        self._cv_accuracy = float(cross_val_score(build_search(), X, y, cv=outer).mean())
        self._model = build_search().fit(X, y)

    def cv_accuracy(self) -> float:
        if self._cv_accuracy is None:
            raise RuntimeError("call fit first")
        return self._cv_accuracy

    def predict(self, X: np.ndarray) -> np.ndarray:
        if self._model is None:
            raise RuntimeError("call fit first")
        return self._model.predict(X)
