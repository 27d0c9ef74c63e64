"""Brute force: best[i] = 1 + the best chain ending at an earlier, lower score. O(n^2)."""


def longest_improving_chain(scores: list[int]) -> int:
    best = [1] * len(scores)
    for i, score in enumerate(scores):
        for j in range(i):
            if scores[j] < score and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
