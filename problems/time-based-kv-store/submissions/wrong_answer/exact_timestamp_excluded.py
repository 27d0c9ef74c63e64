"""Wrong (level 1): bisect_left finds the writes strictly before the timestamp, so a read at
exactly a write's timestamp sees the previous value."""

import bisect


class TimeKeyValueStore:
    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, dict[int, str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        values = self._values.setdefault(key, {})
        if timestamp not in values:
            bisect.insort(self._times.setdefault(key, []), timestamp)
        values[timestamp] = value

    def get(self, key: str, timestamp: int) -> str | None:
        times = self._times.get(key, [])
        i = bisect.bisect_left(times, timestamp)  # bug: should be bisect_right
        return self._values[key][times[i - 1]] if i > 0 else None
