# The plain answer: a fixed k, the selector inside the Pipeline, cross_val_score on raw X.
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler


def build_pipeline() -> Pipeline:
    return make_pipeline(
        SelectKBest(f_classif, k=20), StandardScaler(), LogisticRegression(C=0.1, max_iter=1000)
    )


class MarkerClassifier:
    def __init__(self) -> None:
        self._model: Pipeline | None = None
        self._cv_accuracy: float | None = None

    def fit(self, X: np.ndarray, y: np.ndarray) -> None:
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        self._cv_accuracy = float(cross_val_score(build_pipeline(), X, y, cv=folds).mean())
        self._model = build_pipeline().fit(X, y)

    def cv_accuracy(self) -> float:
        if self._cv_accuracy is None:
            raise RuntimeError("call fit first")
        return self._cv_accuracy

    def predict(self, X: np.ndarray) -> np.ndarray:
        if self._model is None:
            raise RuntimeError("call fit first")
        return self._model.predict(X)
