"""Wrong: checks only the rest of the log after i, so a retry's last attempt looks unique."""


def first_unique_event(events: list[int]) -> int:
    seen_later: set[int] = set()
    answer = -1
    for i in range(len(events) - 1, -1, -1):
        if events[i] not in seen_later:
            answer = i
        seen_later.add(events[i])
    return answer
