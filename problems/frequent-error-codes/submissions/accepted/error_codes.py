"""Top-k error codes by bucket sort: O(n) time, O(n) space."""


def top_error_codes(codes: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}  # dicts keep insertion order: first appearance
    for code in codes:
        counts[code] = counts.get(code, 0) + 1
    # buckets[c] holds the codes seen exactly c times, in order of first appearance
    buckets: list[list[int]] = [[] for _ in range(len(codes) + 1)]
    for code, count in counts.items():
        buckets[count].append(code)
    result: list[int] = []
    for count in range(len(codes), 0, -1):
        for code in buckets[count]:
            if len(result) == k:
                return result
            result.append(code)
    return result
