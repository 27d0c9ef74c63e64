"""Wrong: at equal times it processes logins before logouts, so a session that ends at t still
counts as open alongside one that starts at t."""


def peak_sessions(starts: list[int], ends: list[int]) -> int:
    events = sorted([(t, 0) for t in starts] + [(t, 1) for t in ends])  # 0 = login sorts first
    open_now = peak = 0
    for _, kind in events:
        open_now += 1 if kind == 0 else -1
        peak = max(peak, open_now)
    return peak
