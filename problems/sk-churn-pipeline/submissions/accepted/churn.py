import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
CATEGORICAL = ["contract", "payment_method", "internet"]


def build_pipeline() -> Pipeline:
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categorical = make_pipeline(
        SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")
    )
    prep = ColumnTransformer([("num", numeric, NUMERIC), ("cat", categorical, CATEGORICAL)])
    return Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000))])


def fit_predict(train_rows: list[dict], test_rows: list[dict]) -> np.ndarray:
    train = pd.DataFrame(train_rows)
    y = train.pop("churned")
    model = build_pipeline().fit(train, y)
    return model.predict_proba(pd.DataFrame(test_rows))[:, 1]
