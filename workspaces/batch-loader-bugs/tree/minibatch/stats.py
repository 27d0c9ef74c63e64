"""Summaries the training script logs each epoch."""


def label_balance(batches):
    """The share of each label over every example of the batches."""
    counts = {}
    total = 0
    for batch in batches:
        for _, label in batch:
            counts[label] = counts.get(label, 0) + 1
            total += 1
    return {label: c / total for label, c in sorted(counts.items())} if total else {}
