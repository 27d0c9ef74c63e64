"""Sort, then for each first value a two-pointer scan of the rest: O(n^2) time, O(1) extra space
beyond the output. Equal values are skipped at all three positions, so each triple appears once."""


def zero_sum_triples(offsets: list[int]) -> list[list[int]]:
    values = sorted(offsets)
    n = len(values)
    triples: list[list[int]] = []
    for i in range(n - 2):
        a = values[i]
        if a > 0:
            break  # the two larger values cannot bring the sum back to zero
        if i and a == values[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triples.append([a, values[lo], values[hi]])
                lo += 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1
                hi -= 1
    return triples
