import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler


class MarkerClassifier:
    def fit(self, X: np.ndarray, y: np.ndarray) -> None:
        """Choose, validate and fit a model on X (patients x markers, values 0/1/2) and y (0/1).
        Remember the cross-validated accuracy of the whole procedure for cv_accuracy()."""
        raise NotImplementedError

    def cv_accuracy(self) -> float:
        """The accuracy you expect on new patients, estimated by cross-validation in fit()."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """One predicted response (0 or 1) per row of X, from the model fitted on all rows."""
        raise NotImplementedError
