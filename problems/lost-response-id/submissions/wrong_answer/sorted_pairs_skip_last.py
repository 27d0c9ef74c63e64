"""Wrong: sorts and compares neighbours in steps of two, but never looks at the final entry, so a
lost id that sorts last is missed."""


def lost_request(log: list[int]) -> int:
    ids = sorted(log)
    for i in range(0, len(ids) - 1, 2):
        if ids[i] != ids[i + 1]:
            return ids[i]
    return ids[0]
