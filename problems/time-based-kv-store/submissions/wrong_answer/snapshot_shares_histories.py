"""Wrong (level 4): a snapshot copies the key map but shares each key's history, so later writes
to existing keys leak into it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

LATEST = float("inf")  # the sequence number that sees every write


@dataclass(frozen=True, slots=True)
class Version:
    seq: int  # the global write number: 1, 2, 3, ...
    value: str | None  # None: a deletion
    expires_at: int | None = None  # the first timestamp at which the value is gone; None: never

    def value_at(self, timestamp: int) -> str | None:
        if self.expires_at is not None and timestamp >= self.expires_at:
            return None
        return self.value


class KeyHistory:
    """The versions of one key: timestamps kept sorted, each with its writes in write order."""

    def __init__(self) -> None:
        self.timestamps: list[int] = []
        self.writes: dict[int, list[Version]] = {}

    def add(self, timestamp: int, version: Version) -> None:
        if timestamp not in self.writes:
            bisect.insort(self.timestamps, timestamp)
            self.writes[timestamp] = []
        self.writes[timestamp].append(version)

    def version_at(self, timestamp: int, seq: float) -> Version | None:
        """The newest version at or before `timestamp` among the writes numbered up to `seq`."""
        i = bisect.bisect_right(self.timestamps, timestamp)
        while i > 0:
            i -= 1
            version = self._last_written(self.timestamps[i], seq)
            if version is not None:
                return version
        return None

    def values_between(self, start: int, end: int, seq: float) -> list[str]:
        lo = bisect.bisect_left(self.timestamps, start)
        hi = bisect.bisect_right(self.timestamps, end)
        out = []
        for timestamp in self.timestamps[lo:hi]:
            version = self._last_written(timestamp, seq)
            if version is not None and version.value is not None:
                out.append(f"{timestamp}:{version.value}")
        return out

    def _last_written(self, timestamp: int, seq: float) -> Version | None:
        writes = self.writes[timestamp]
        if writes[0].seq > seq:
            return None
        i = bisect.bisect_right(writes, seq, key=lambda version: version.seq)
        return writes[i - 1]


class TimeKeyValueStore:
    def __init__(self) -> None:
        self._keys: dict[str, KeyHistory] = {}
        self._writes = 0  # the number of writes so far, which numbers the next one
        self._snapshots: list[dict[str, KeyHistory]] = []

    # Level 1 -----------------------------------------------------------------------------------

    def set(self, key: str, value: str, timestamp: int) -> None:
        self._append(key, timestamp, value, None)

    def get(self, key: str, timestamp: int) -> str | None:
        return self._get(key, timestamp, LATEST)

    # Level 2 -----------------------------------------------------------------------------------

    def history(self, key: str, start: int, end: int) -> list[str]:
        return self._history(key, start, end, LATEST)

    def keys_at(self, timestamp: int) -> list[str]:
        return self._keys_at(timestamp, LATEST)

    # Level 3 -----------------------------------------------------------------------------------

    def set_with_ttl(self, key: str, value: str, timestamp: int, ttl: int) -> None:
        self._append(key, timestamp, value, timestamp + ttl)

    def delete(self, key: str, timestamp: int) -> bool:
        if self.get(key, timestamp) is None:
            return False
        self._append(key, timestamp, None, None)
        return True

    # Level 4 -----------------------------------------------------------------------------------

    def snapshot(self) -> int:
        self._snapshots.append(dict(self._keys))  # bug: the KeyHistory objects are shared, not copied
        return len(self._snapshots)

    def get_at_snapshot(self, snapshot_id: int, key: str, timestamp: int) -> str | None:
        history = self._snapshot(snapshot_id).get(key)
        version = history.version_at(timestamp, LATEST) if history else None
        return version.value_at(timestamp) if version else None

    def history_at_snapshot(self, snapshot_id: int, key: str, start: int, end: int) -> list[str]:
        history = self._snapshot(snapshot_id).get(key)
        return history.values_between(start, end, LATEST) if history else []

    def keys_at_snapshot(self, snapshot_id: int, timestamp: int) -> list[str]:
        keys = self._snapshot(snapshot_id)
        return sorted(k for k in keys if self.get_at_snapshot(snapshot_id, k, timestamp) is not None)

    # Internals ---------------------------------------------------------------------------------

    def _append(self, key: str, timestamp: int, value: str | None, expires_at: int | None) -> None:
        self._writes += 1
        history = self._keys.setdefault(key, KeyHistory())
        history.add(timestamp, Version(self._writes, value, expires_at))

    def _get(self, key: str, timestamp: int, seq: float) -> str | None:
        history = self._keys.get(key)
        version = history.version_at(timestamp, seq) if history else None
        return version.value_at(timestamp) if version else None

    def _history(self, key: str, start: int, end: int, seq: float) -> list[str]:
        history = self._keys.get(key)
        return history.values_between(start, end, seq) if history else []

    def _keys_at(self, timestamp: int, seq: float) -> list[str]:
        return sorted(key for key in self._keys if self._get(key, timestamp, seq) is not None)

    def _snapshot(self, snapshot_id: int) -> dict[str, KeyHistory]:
        if not 1 <= snapshot_id <= len(self._snapshots):
            raise ValueError(f"unknown snapshot {snapshot_id}: {len(self._snapshots)} taken so far")
        return self._snapshots[snapshot_id - 1]
