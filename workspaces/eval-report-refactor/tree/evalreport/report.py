"""The per-class report: rows of metrics, a macro average, and a text table."""

from evalreport.metrics import confusion


def build_report(gold, predicted, labels=None, min_support=0, sort_by=None, digits=3):
    """Rows {label, precision, recall, f1, support} plus a macro-average row."""
    if labels is None:
        labels = sorted(set(gold) | set(predicted))
    rows = []
    for label in labels:
        tp, fp, fn = confusion(gold, predicted, label)
        support = tp + fn
        if support < min_support:
            continue
        if tp + fp == 0:
            p = 0.0
        else:
            p = tp / (tp + fp)
        if tp + fn == 0:
            r = 0.0
        else:
            r = tp / (tp + fn)
        if p + r == 0:
            f = 0.0
        else:
            f = 2 * p * r / (p + r)
        row = {"label": label, "precision": round(p, digits), "recall": round(r, digits)}
        row["f1"] = round(f, digits)
        row["support"] = support
        rows.append(row)
    if sort_by is not None:
        if sort_by == "f1":
            rows.sort(key=lambda x: (-x["f1"], str(x["label"])))
        elif sort_by == "support":
            rows.sort(key=lambda x: (-x["support"], str(x["label"])))
        elif sort_by == "label":
            rows.sort(key=lambda x: str(x["label"]))
        else:
            raise ValueError("sort_by must be f1, support or label, was %r" % sort_by)
    if rows:
        n = len(rows)
        macro = {"label": "macro avg"}
        macro["precision"] = round(sum(x["precision"] for x in rows) / n, digits)
        macro["recall"] = round(sum(x["recall"] for x in rows) / n, digits)
        macro["f1"] = round(sum(x["f1"] for x in rows) / n, digits)
        macro["support"] = sum(x["support"] for x in rows)
        rows.append(macro)
    return rows


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
