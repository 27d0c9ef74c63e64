"""Turn a batch of variable-length rows into a rectangle."""


def pad_batch(rows, pad=0):
    """Pad each row to the batch's longest row; return (padded rows, original lengths)."""
    if not rows:
        return [], []
    width = max(len(r) for r in rows)
    lengths = [len(r) for r in rows]
    padded = [list(r) + [pad] * (width - len(r)) for r in rows]
    return padded, lengths
