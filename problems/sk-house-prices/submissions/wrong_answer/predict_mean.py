# The baseline every model must beat: the mean log price for every house.
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
    log_price = np.log(pd.DataFrame(train_rows)["price"])
    return np.full(len(test_rows), log_price.mean())
