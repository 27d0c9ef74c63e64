def days_needed(sizes: list[int], capacity: int) -> int:
    """Days to move every shard in order with the given daily quota (each shard fits)."""
    days, today = 1, 0
    for size in sizes:
        if today + size > capacity:
            days += 1
            today = 0
        today += size
    return days


def min_daily_capacity(sizes: list[int], days: int) -> int:
    """Binary search on the quota: feasibility is monotone in it. The answer lies between the
    largest shard (every shard must fit in a day) and the total (everything in one day).
    O(n log(sum)) time, O(1) extra space."""
    low, high = max(sizes), sum(sizes)
    while low < high:
        mid = (low + high) // 2
        if days_needed(sizes, mid) <= days:
            high = mid
        else:
            low = mid + 1
    return low
