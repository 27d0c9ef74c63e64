"""Generate the tests of sk-text-tickets: short synthetic support tickets from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces the files. Each queue has its own
phrases (with paraphrases); tickets mix one or two of them with shared filler, and some carry a
phrase of another queue, so a bag-of-words model does well but not perfectly. Queues are
imbalanced (refund is the smallest), which macro F1 punishes a model for neglecting. Held-out
queues go only into each test's "metric". The script checks the reference's margin and that each
wrong solution fails the test named after its mistake.
"""
import importlib.util
import json
import pathlib
import warnings

import numpy as np
from sklearn.metrics import f1_score

ROOT = pathlib.Path(__file__).resolve().parent.parent
warnings.filterwarnings("ignore")

PHRASES = {
    "billing": ["invoice looks wrong", "charged a higher amount", "update my credit card",
                "billing address change", "the monthly fee went up", "tax line on my invoice",
                "payment method declined", "need a receipt for last month"],
    "login": ["cannot sign in", "password reset email never arrives", "locked out of my account",
              "two factor code not working", "forgot my password", "login page keeps spinning",
              "sso redirect fails", "account says credentials invalid"],
    "bug": ["app crashes on startup", "export button does nothing", "error 500 when saving",
            "dashboard shows blank charts", "the page freezes after upload", "sync drops my edits",
            "notifications arrive twice", "search returns stale results"],
    "shipping": ["package has not arrived", "tracking number shows no updates",
                 "delivered to the wrong address", "box arrived damaged", "when will my order ship",
                 "courier left it outside", "change the delivery date", "parcel stuck in customs"],
    "refund": ["want my money back", "request a refund", "cancel and reimburse me",
               "refund for the duplicate charge", "return the item for a refund",
               "still waiting on my refund", "money back guarantee", "reverse this purchase"],
}
SHARE = {"billing": 0.3, "login": 0.25, "bug": 0.2, "shipping": 0.15, "refund": 0.1}
OPENERS = ["hi,", "hello team,", "urgent:", "hey support,", "good morning,", "", "please help:"]
FILLER = ["since yesterday", "on my phone", "again", "for the third time", "this week",
          "on the web version", "after the update", "for our team account", "asap", "thanks"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tickets(rng, n):
    queues = list(SHARE)
    labels = rng.choice(queues, n, p=list(SHARE.values()))
    rows = []
    for queue in labels:
        parts = [str(rng.choice(OPENERS)), str(rng.choice(PHRASES[queue]))]
        if rng.random() < 0.5:
            parts += ["and", str(rng.choice(PHRASES[queue]))]
        if rng.random() < 0.25:  # a phrase of another queue: the ticket mentions both
            other = str(rng.choice([q for q in queues if q != queue]))
            parts += ["also", str(rng.choice(PHRASES[other]))]
        parts.append(str(rng.choice(FILLER)))
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.3:
            text = text.capitalize()
        rows.append({"text": text})
    return rows, [str(q) for q in labels]


# folder, name, seed, train rows, held-out rows, macro-F1 floor, the wrong solution this test is
# named after (it must fall below the floor here)
TESTS = [
    ("sample", "1-route-tickets", 1, 150, 60, 0.7, None),
    ("secret", "01-every-queue-counts", 31, 400, 250, 0.85, "predict_majority"),
    ("secret", "02-queue-names-not-indices", 32, 400, 250, 0.85, "label_indices"),
    ("secret", "03-paraphrases-need-a-model", 33, 400, 250, 0.85, "keyword_rules"),
]


def macro_f1(module, train, test, truth):
    try:
        predictions = list(module.fit_predict(train, test))
    except Exception as e:
        return "raised " + type(e).__name__
    if len(predictions) != len(truth):
        return "wrong length"
    return f1_score(truth, [str(p) for p in predictions], average="macro")


def main():
    reference = load(ROOT / "submissions/accepted/tickets.py")
    wrong = {p.stem: load(p) for p in sorted((ROOT / "submissions/wrong_answer").glob("*.py"))}
    for folder, name, seed, n_train, n_test, floor, catches in TESTS:
        rng = np.random.default_rng(seed)
        train, train_labels = tickets(rng, n_train)
        test, test_labels = tickets(rng, n_test)
        for row, label in zip(train, train_labels):
            row["queue"] = label
        got = macro_f1(reference, train, test, test_labels)
        assert got >= floor + 0.05, (name, got)
        line = "%s: reference %.3f, floor %.2f" % (name, got, floor)
        for stem, module in wrong.items():
            bad = macro_f1(module, train, test, test_labels)
            if stem == catches:
                assert isinstance(bad, str) or bad < floor, (name, stem, bad)
            line += ", %s %s" % (stem, bad if isinstance(bad, str) else "%.3f" % bad)
        print(line)
        doc = {
            "description": "fit on %d tickets, route %d held-out ones; macro F1 at least %.2f"
            % (n_train, n_test, floor),
            "calls": [
                {
                    "call": "fit_predict",
                    "args": [train, test],
                    "metric": {"name": "f1_macro", "labels": test_labels, "at_least": floor},
                }
            ],
        }
        out = ROOT / "data" / folder / (name + ".json")
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
