"""Wrong: searches quotas from 1 and its day count lets a shard bigger than the quota through,
so it can report a quota smaller than the largest shard."""


def days_needed(sizes: list[int], capacity: int) -> int:
    days, today = 1, 0
    for size in sizes:
        if today + size > capacity and today > 0:
            days += 1
            today = 0
        today += size
    return days


def min_daily_capacity(sizes: list[int], days: int) -> int:
    low, high = 1, sum(sizes)
    while low < high:
        mid = (low + high) // 2
        if days_needed(sizes, mid) <= days:
            high = mid
        else:
            low = mid + 1
    return low
