"""Wrong (level 1): appends every write and binary-searches the list, assuming writes arrive in
timestamp order; out-of-order writes break the search."""

import bisect


class TimeKeyValueStore:
    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        times = self._times.setdefault(key, [])
        values = self._values.setdefault(key, [])
        if times and times[-1] == timestamp:
            values[-1] = value
            return
        times.append(timestamp)  # bug: the list is only sorted if timestamps only grow
        values.append(value)

    def get(self, key: str, timestamp: int) -> str | None:
        times = self._times.get(key, [])
        i = bisect.bisect_right(times, timestamp)
        return self._values[key][i - 1] if i > 0 else None
