"""Wrong (level 2): keys_at lists keys in the order they were first written, not sorted."""

from __future__ import annotations

import bisect


class TimeKeyValueStore:
    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        # key -> timestamp -> (value or None for a delete, expiry or None)
        self._writes: dict[str, dict[int, tuple[str | None, int | None]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self._put(key, timestamp, value, None)

    def get(self, key: str, timestamp: int) -> str | None:
        times = self._times.get(key, [])
        i = bisect.bisect_right(times, timestamp)
        if i == 0:
            return None
        value, expires_at = self._writes[key][times[i - 1]]
        if expires_at is not None and timestamp >= expires_at:
            return None
        return value

    def history(self, key: str, start: int, end: int) -> list[str]:
        times = self._times.get(key, [])
        out = []
        for t in times[bisect.bisect_left(times, start) : bisect.bisect_right(times, end)]:
            value = self._writes[key][t][0]
            if value is not None:
                out.append(f"{t}:{value}")
        return out

    def keys_at(self, timestamp: int) -> list[str]:
        # bug: dicts keep insertion order; the statement asks for sorted keys
        return [key for key in self._times if self.get(key, timestamp) is not None]

    def set_with_ttl(self, key: str, value: str, timestamp: int, ttl: int) -> None:
        self._put(key, timestamp, value, timestamp + ttl)

    def delete(self, key: str, timestamp: int) -> bool:
        if self.get(key, timestamp) is None:
            return False
        self._put(key, timestamp, None, None)
        return True

    def _put(self, key: str, timestamp: int, value: str | None, expires_at: int | None) -> None:
        writes = self._writes.setdefault(key, {})
        if timestamp not in writes:
            bisect.insort(self._times.setdefault(key, []), timestamp)
        writes[timestamp] = (value, expires_at)
