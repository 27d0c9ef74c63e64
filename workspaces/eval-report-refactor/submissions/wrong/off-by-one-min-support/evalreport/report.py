"""The per-class report: rows of metrics, a macro average, and a text table."""

from evalreport.metrics import confusion, scores

METRICS = ("precision", "recall", "f1")

SORT_KEYS = {
    "f1": lambda row: (-row["f1"], str(row["label"])),
    "support": lambda row: (-row["support"], str(row["label"])),
    "label": lambda row: str(row["label"]),
}


def _row(gold, predicted, label, digits):
    tp, fp, fn = confusion(gold, predicted, label)
    row = {"label": label}
    row.update({m: round(v, digits) for m, v in zip(METRICS, scores(tp, fp, fn))})
    row["support"] = tp + fn
    return row


def _sorted(rows, sort_by):
    if sort_by is None:
        return rows
    if sort_by not in SORT_KEYS:
        raise ValueError("sort_by must be f1, support or label, was %r" % sort_by)
    return sorted(rows, key=SORT_KEYS[sort_by])


def _macro(rows, digits):
    macro = {"label": "macro avg"}
    macro.update({m: round(sum(row[m] for row in rows) / len(rows), digits) for m in METRICS})
    macro["support"] = sum(row["support"] for row in rows)
    return macro


def build_report(gold, predicted, labels=None, min_support=0, sort_by=None, digits=3):
    """Rows {label, precision, recall, f1, support} plus a macro-average row."""
    if labels is None:
        labels = sorted(set(gold) | set(predicted))
    rows = [_row(gold, predicted, label, digits) for label in labels]
    rows = _sorted([row for row in rows if row["support"] > min_support], sort_by)
    return rows + [_macro(rows, digits)] if rows else []


def format_table(rows):
    """A fixed-width text table of the report's rows."""
    header = "%-12s %9s %9s %9s %8s" % ("label", "precision", "recall", "f1", "support")
    lines = [header]
    for row in rows:
        lines.append(
            "%-12s %9s %9s %9s %8d"
            % (str(row["label"])[:12], row["precision"], row["recall"], row["f1"], row["support"])
        )
    return "\n".join(lines)
