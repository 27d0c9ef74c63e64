import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

# Columns of X: amount, hour, distance_km, card_present, txns_24h, account_age_days,
# merchant_risk, foreign


class FraudDetector:
    def fit(self, X: np.ndarray, y: np.ndarray) -> None:
        """Train on X (transactions x 8 columns) and y (1 = fraud, 0 = legitimate) and fix the
        flagging threshold from the training data: recall at least 0.75 on new fraud, at most 2%
        of new legitimate transactions flagged."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """1 (flag for review) or 0 for each row of X, in order; each decision depends only on
        its own row and on what fit learned."""
        raise NotImplementedError
