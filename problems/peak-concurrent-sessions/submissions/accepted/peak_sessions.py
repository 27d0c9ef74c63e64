def peak_sessions(starts: list[int], ends: list[int]) -> int:
    """Sweep line: sort start and end times separately and walk them like a merge. At equal times
    an end is taken first, because a session is open on [start, end). O(n log n)."""
    starts, ends = sorted(starts), sorted(ends)
    open_now = peak = 0
    j = 0
    for start in starts:
        while ends[j] <= start:  # every session that closed by now; ends[j] < start's own end
            open_now -= 1
            j += 1
        open_now += 1
        peak = max(peak, open_now)
    return peak
