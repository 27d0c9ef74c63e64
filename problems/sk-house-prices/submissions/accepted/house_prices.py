import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["sqft", "bedrooms", "bathrooms", "age_years", "lot_sqft"]
CATEGORICAL = ["neighborhood", "condition"]


def build_model():
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    ])
    return make_pipeline(prep, Ridge(alpha=1.0))


def fit_predict(train_rows: list[dict], test_rows: list[dict]) -> np.ndarray:
    train = pd.DataFrame(train_rows)
    log_price = np.log(train.pop("price"))
    model = build_model().fit(train, log_price)
    return model.predict(pd.DataFrame(test_rows))
