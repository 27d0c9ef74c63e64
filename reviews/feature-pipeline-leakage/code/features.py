"""Feature preparation for the churn model."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

NUMERIC = ["tenure_days", "monthly_spend", "support_tickets", "logins_30d"]
CATEGORICAL = ["plan"]
LABEL = "churned"


def add_ratios(df: pd.DataFrame) -> pd.DataFrame:
    spend_per_login = []
    for _, row in df.iterrows():
        logins = row["logins_30d"]
        spend_per_login.append(row["monthly_spend"] / logins if logins else 0.0)
    df["spend_per_login"] = spend_per_login
    return df


def prepare(df: pd.DataFrame, test_size: float = 0.2, seed: int = 7):
    """Returns X_train, X_test, y_train, y_test ready for model.fit."""
    df = add_ratios(df)
    numeric = NUMERIC + ["spend_per_login"]

    df[numeric] = df[numeric].fillna(df[numeric].mean())
    scaler = StandardScaler()
    df[numeric] = scaler.fit_transform(df[numeric])

    train, test = train_test_split(df, test_size=test_size, random_state=seed)

    X_train = pd.get_dummies(train[numeric + CATEGORICAL], columns=CATEGORICAL)
    X_test = pd.get_dummies(test[numeric + CATEGORICAL], columns=CATEGORICAL)
    y_train = train[LABEL].to_numpy()
    y_test = test[LABEL].to_numpy()
    return X_train, X_test, y_train, y_test


def prepare_for_scoring(df: pd.DataFrame) -> pd.DataFrame:
    """Features for the nightly scoring job (no labels)."""
    df = add_ratios(df)
    numeric = NUMERIC + ["spend_per_login"]
    df[numeric] = df[numeric].fillna(df[numeric].mean())
    df[numeric] = StandardScaler().fit_transform(df[numeric])
    return pd.get_dummies(df[numeric + CATEGORICAL], columns=CATEGORICAL)
