"""Wrong: skips equal first values but not equal second values after a hit, so a triple whose
middle value occurs several times is listed more than once."""


def zero_sum_triples(offsets: list[int]) -> list[list[int]]:
    values = sorted(offsets)
    n = len(values)
    triples = []
    for i in range(n - 2):
        if i and values[i] == values[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([values[i], values[lo], values[hi]])
                lo += 1
                hi -= 1
    return triples
