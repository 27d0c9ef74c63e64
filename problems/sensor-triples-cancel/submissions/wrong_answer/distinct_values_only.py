"""Wrong: removes duplicate offsets before the scan to avoid duplicate triples, which also loses
the triples that use one value twice or three times ([-2, 1, 1], [0, 0, 0])."""


def zero_sum_triples(offsets: list[int]) -> list[list[int]]:
    values = sorted(set(offsets))
    triples = []
    for i, a in enumerate(values):
        lo, hi = i + 1, len(values) - 1
        while lo < hi:
            total = a + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([a, values[lo], values[hi]])
                lo += 1
                hi -= 1
    return triples
