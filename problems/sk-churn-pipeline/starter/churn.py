import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "support_calls"]
CATEGORICAL = ["contract", "payment_method", "internet"]


def fit_predict(train_rows: list[dict], test_rows: list[dict]) -> np.ndarray:
    """Fit on train_rows (each has "churned": 0 or 1) and return, for every test row in order,
    the probability that the customer churns."""
    raise NotImplementedError
