"""Fewest-token segmentation by DP over prefixes: O(len(text) * max entry length)."""


def min_tokens(text: str, vocabulary: list[str]) -> int:
    entries = set(vocabulary)
    longest = max(map(len, entries), default=0)
    unreachable = len(text) + 1
    # best[i] = fewest tokens spelling text[:i]
    best = [0] + [unreachable] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - longest), end):
            if best[start] + 1 < best[end] and text[start:end] in entries:
                best[end] = best[start] + 1
    return best[-1] if best[-1] != unreachable else -1
