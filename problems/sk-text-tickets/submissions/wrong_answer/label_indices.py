# Encodes the labels with LabelEncoder for the model and forgets to decode them: returns 0..4,
# which never equal the queue names.
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import LabelEncoder


def fit_predict(train_rows, test_rows):
    train_texts = [row["text"] for row in train_rows]
    train_labels = [row["queue"] for row in train_rows]
    test_texts = [row["text"] for row in test_rows]
    y = LabelEncoder().fit_transform(train_labels)
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000)).fit(train_texts, y)
    return model.predict(test_texts).tolist()
