# Routes every ticket to the busiest queue: decent accuracy, macro F1 near 0.1.
from collections import Counter


def fit_predict(train_rows, test_rows):
    train_texts = [row["text"] for row in train_rows]
    train_labels = [row["queue"] for row in train_rows]
    test_texts = [row["text"] for row in test_rows]
    top = Counter(train_labels).most_common(1)[0][0]
    return [top] * len(test_texts)
