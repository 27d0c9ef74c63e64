from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline


def build_pipeline() -> Pipeline:
    return Pipeline([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        ("clf", LogisticRegression(C=10.0, class_weight="balanced", max_iter=1000)),
    ])


def fit_predict(train_rows: list[dict], test_rows: list[dict]) -> list[str]:
    train_texts = [row["text"] for row in train_rows]
    train_labels = [row["queue"] for row in train_rows]
    model = build_pipeline().fit(train_texts, train_labels)
    return model.predict([row["text"] for row in test_rows]).tolist()
