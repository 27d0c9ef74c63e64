# class_weight="balanced" fixes recall, but predict() still cuts at 0.5 of the reweighted
# probabilities: it flags 3-6% of legitimate transactions, far above the 1% cap.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


class FraudDetector:
    def fit(self, X, y):
        self.model = make_pipeline(
            StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=1000)
        ).fit(X, y)

    def predict(self, X):
        return self.model.predict(X)
