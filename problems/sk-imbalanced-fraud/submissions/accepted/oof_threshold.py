import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

HEAVY_TAILED = [0, 2]  # amount, distance_km
OTHERS = [1, 3, 4, 5, 6, 7]
TARGET_FALSE_ALARMS = 0.01  # half the 2% cap: the threshold is estimated, so leave room


def build_model() -> Pipeline:
    prep = ColumnTransformer(
        [
            ("log", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), HEAVY_TAILED),
            ("scale", StandardScaler(), OTHERS),
        ]
    )
    return make_pipeline(prep, LogisticRegression(class_weight="balanced", max_iter=1000))


class FraudDetector:
    def __init__(self) -> None:
        self._model: Pipeline | None = None
        self._threshold = 0.5

    def fit(self, X: np.ndarray, y: np.ndarray) -> None:
        # Out-of-fold scores: every training row is scored by a model that never saw it, so the
        # threshold is set on scores that behave like those of new transactions.
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        scores = cross_val_predict(build_model(), X, y, cv=folds, method="predict_proba")[:, 1]
        self._threshold = float(np.quantile(scores[y == 0], 1 - TARGET_FALSE_ALARMS))
        self._model = build_model().fit(X, y)

    def predict(self, X: np.ndarray) -> np.ndarray:
        if self._model is None:
            raise RuntimeError("call fit first")
        # Each transaction is compared with a threshold fixed at training time: no statistic of
        # the batch being scored enters the decision.
        return (self._model.predict_proba(X)[:, 1] > self._threshold).astype(int)
