"""Wrong: greedy, most profitable job first, skipping any job that clashes with a chosen one."""


def max_batch_profit(starts: list[int], ends: list[int], profits: list[int]) -> int:
    chosen: list[tuple[int, int]] = []
    total = 0
    for profit, start, end in sorted(zip(profits, starts, ends), reverse=True):
        if all(end <= s or e <= start for s, e in chosen):
            chosen.append((start, end))
            total += profit
    return total
