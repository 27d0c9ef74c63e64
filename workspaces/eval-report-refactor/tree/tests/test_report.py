import pytest

from evalreport.report import build_report, format_table

GOLD = ["cat", "cat", "dog", "dog", "dog", "bird"]
PRED = ["cat", "dog", "dog", "dog", "cat", "cat"]


def test_rows_and_macro_average():
    rows = build_report(GOLD, PRED)
    assert [r["label"] for r in rows] == ["bird", "cat", "dog", "macro avg"]
    assert rows[1] == {"label": "cat", "precision": 0.333, "recall": 0.5, "f1": 0.4, "support": 2}
    assert rows[-1]["support"] == 6
    assert rows[-1]["f1"] == round((0.0 + 0.4 + 0.667) / 3, 3)


def test_sorting_and_min_support():
    rows = build_report(GOLD, PRED, min_support=2, sort_by="support")
    assert [r["label"] for r in rows] == ["dog", "cat", "macro avg"]


def test_unknown_sort_key_is_refused():
    with pytest.raises(ValueError, match="sort_by"):
        build_report(GOLD, PRED, sort_by="accuracy")


def test_table_has_a_header_and_a_line_per_row():
    table = format_table(build_report(GOLD, PRED, digits=2))
    lines = table.splitlines()
    assert lines[0].split() == ["label", "precision", "recall", "f1", "support"]
    assert lines[2].split() == ["cat", "0.33", "0.5", "0.4", "2"]
    assert len(lines) == 5
