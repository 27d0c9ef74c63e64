"""Wrong: the binary search drops mid when it is feasible (high = mid - 1) and returns low, which
is off by one whenever the last feasible probe was the answer itself."""


def days_needed(sizes: list[int], capacity: int) -> int:
    days, today = 1, 0
    for size in sizes:
        if today + size > capacity:
            days += 1
            today = 0
        today += size
    return days


def min_daily_capacity(sizes: list[int], days: int) -> int:
    low, high = max(sizes), sum(sizes)
    while low < high:
        mid = (low + high) // 2
        if days_needed(sizes, mid) <= days:
            high = mid - 1
        else:
            low = mid + 1
    return low
