from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline


def fit_predict(train_rows: list[dict], test_rows: list[dict]) -> list[str]:
    """Fit on train_rows ({"text": ..., "queue": ...}) and return the queue name for each
    test row ({"text": ...}), in order."""
    raise NotImplementedError
