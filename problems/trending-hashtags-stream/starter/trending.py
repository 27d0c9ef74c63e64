def trending_after_batches(batches: list[list[str]], k: int) -> list[list[str]]:
    """Return, after each batch, the k hashtags with the most uses so far.

    Highest count first; ties in lexicographic order.
    """
    raise NotImplementedError
