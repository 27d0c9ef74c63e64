from evalreport.report import build_report

GOLD = ["a", "b", "b", "c", "c", "c", "c"]
PRED = ["a", "b", "c", "c", "c", "b", "a"]


def test_sort_by_f1_then_label():
    rows = build_report(GOLD, PRED, sort_by="f1")
    assert [r["label"] for r in rows[:-1]] == ["a", "c", "b"]
    tied = build_report(["y", "x"], ["y", "x"], labels=["y", "x"], sort_by="f1")
    assert [r["label"] for r in tied[:-1]] == ["x", "y"]


def test_explicit_labels_include_unseen_ones():
    rows = build_report(GOLD, PRED, labels=["a", "z"])
    assert rows[1] == {"label": "z", "precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}


def test_everything_filtered_gives_no_rows():
    assert build_report(GOLD, PRED, min_support=100) == []


def test_sort_by_label_and_digits():
    rows = build_report(GOLD, PRED, sort_by="label", digits=1)
    assert [r["label"] for r in rows] == ["a", "b", "c", "macro avg"]
    assert rows[2]["recall"] == 0.5
