"""Comprehensive offline evaluation for binary classifiers.

Computes ROC AUC, precision/recall at an optimal threshold, and a per-merchant
AUC breakdown, using robust, well-tested scikit-learn metrics.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import precision_score, recall_score, roc_auc_score


def best_threshold(labels: np.ndarray, scores: np.ndarray) -> float:
    """Finds the threshold that maximises F1 on the provided data."""
    best_t, best_f1 = 0.5, -1.0
    for t in np.unique(scores):
        preds = scores >= t
        p = precision_score(labels, preds, zero_division=0)
        r = recall_score(labels, preds, zero_division=0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best_f1:
            best_t, best_f1 = t, f1
    return best_t


def evaluate(df: pd.DataFrame) -> dict:
    labels = df["label"].to_numpy()
    scores = df["score"].to_numpy()

    threshold = best_threshold(labels, scores)
    preds = (scores >= threshold).astype(int)

    report = {
        "threshold": float(threshold),
        "auc": roc_auc_score(labels, preds),
        "precision": precision_score(labels, preds),
        "recall": recall_score(labels, preds),
    }

    per_merchant = {}
    for merchant, group in df.groupby("merchant"):
        per_merchant[merchant] = roc_auc_score(group["label"], group["score"])
    report["auc_by_merchant"] = per_merchant
    report["mean_merchant_auc"] = float(np.mean(list(per_merchant.values())))
    return report


if __name__ == "__main__":
    frame = pd.read_csv(sys.argv[1])
    for key, value in evaluate(frame).items():
        print(f"{key}: {value}")
