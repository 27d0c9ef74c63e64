def zero_sum_triples(offsets: list[int]) -> list[list[int]]:
    """Return every distinct triple [a, b, c], a <= b <= c, of offsets at distinct positions that sums to zero, in lexicographic order."""
    raise NotImplementedError
