"""Wrong (level 3): expired entries are only noticed when read, so they still fill slots,
show up in size and keys, and push live entries out."""

from __future__ import annotations

import heapq
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol


class EvictionPolicy(Protocol):
    def add(self, key: str) -> None: ...

    def touch(self, key: str) -> None: ...

    def remove(self, key: str) -> None: ...

    def victim(self) -> str: ...

    def keys(self) -> list[str]:
        """All keys, the one to be evicted last first, the next victim last."""
        ...


class LruPolicy:
    def __init__(self) -> None:
        self._order: OrderedDict[str, None] = OrderedDict()  # least recently used first

    def add(self, key: str) -> None:
        self._order[key] = None

    def touch(self, key: str) -> None:
        self._order.move_to_end(key)

    def remove(self, key: str) -> None:
        del self._order[key]

    def victim(self) -> str:
        return next(iter(self._order))

    def keys(self) -> list[str]:
        return list(reversed(self._order))


class LfuPolicy:
    """Evict the least frequently used key; among equals, the least recently used one."""

    def __init__(self) -> None:
        self._uses: dict[str, int] = {}
        self._buckets: dict[int, OrderedDict[str, None]] = {}  # uses -> keys, least recent first
        self._min_uses = 0

    def add(self, key: str) -> None:
        self._uses[key] = 1
        self._buckets.setdefault(1, OrderedDict())[key] = None
        self._min_uses = 1

    def touch(self, key: str) -> None:
        uses = self._uses[key]
        self._unlink(key, uses)
        self._uses[key] = uses + 1
        self._buckets.setdefault(uses + 1, OrderedDict())[key] = None
        if self._min_uses == uses and uses not in self._buckets:
            self._min_uses = uses + 1

    def remove(self, key: str) -> None:
        self._unlink(key, self._uses.pop(key))
        if self._min_uses not in self._buckets:
            self._min_uses = min(self._buckets, default=0)

    def victim(self) -> str:
        return next(iter(self._buckets[self._min_uses]))

    def keys(self) -> list[str]:
        return [key for uses in sorted(self._buckets, reverse=True) for key in reversed(self._buckets[uses])]

    def _unlink(self, key: str, uses: int) -> None:
        bucket = self._buckets[uses]
        del bucket[key]
        if not bucket:
            del self._buckets[uses]


POLICIES = {"lru": LruPolicy, "lfu": LfuPolicy}


@dataclass(frozen=True, slots=True)
class Entry:
    value: str
    expires_at: int | None  # the first timestamp at which the entry is gone; None: never


class Cache:
    def __init__(self, capacity: int, policy: str = "lru") -> None:
        if policy not in POLICIES:
            raise ValueError(f"unknown policy {policy!r}: use one of {sorted(POLICIES)}")
        self._capacity = capacity
        self._policy: EvictionPolicy = POLICIES[policy]()
        self._entries: dict[str, Entry] = {}
        self._expiries: list[tuple[int, str]] = []  # a min-heap of (expires_at, key); may be stale
        self._now = 0
        self._hits = self._misses = self._evictions = 0

    # Level 1 -----------------------------------------------------------------------------------

    def put(self, key: str, value: str) -> str | None:
        return self.put_at(key, value, self._now)

    def get(self, key: str) -> str | None:
        return self.get_at(key, self._now)

    def size(self) -> int:
        return len(self._entries)

    # Level 2 -----------------------------------------------------------------------------------

    def peek(self, key: str) -> str | None:
        entry = self._entries.get(key)
        return entry.value if entry else None

    def delete(self, key: str) -> bool:
        if key not in self._entries:
            return False
        self._remove(key)
        return True

    def keys(self) -> list[str]:
        return self._policy.keys()

    def stats(self) -> list[int]:
        return [self._hits, self._misses, self._evictions]

    def resize(self, capacity: int) -> list[str]:
        self._capacity = capacity
        evicted = []
        while len(self._entries) > capacity:
            evicted.append(self._evict())
        return evicted

    # Level 3 -----------------------------------------------------------------------------------

    def put_at(self, key: str, value: str, timestamp: int) -> str | None:
        return self._put(key, Entry(value, None), timestamp)

    def put_at_with_ttl(self, key: str, value: str, timestamp: int, ttl: int) -> str | None:
        return self._put(key, Entry(value, timestamp + ttl), timestamp)

    def get_at(self, key: str, timestamp: int) -> str | None:
        self._advance(timestamp)
        entry = self._entries.get(key)
        if entry is not None and entry.expires_at is not None and entry.expires_at <= timestamp:
            self._remove(key)
            entry = None
        if entry is None:
            self._misses += 1
            return None
        self._hits += 1
        self._policy.touch(key)
        return entry.value

    # Internals ---------------------------------------------------------------------------------

    def _put(self, key: str, entry: Entry, timestamp: int) -> str | None:
        self._advance(timestamp)
        evicted = None
        if key in self._entries:
            self._policy.touch(key)
        else:
            if len(self._entries) >= self._capacity:
                evicted = self._evict()
            self._policy.add(key)
        self._entries[key] = entry
        if entry.expires_at is not None:
            heapq.heappush(self._expiries, (entry.expires_at, key))
        return evicted

    def _advance(self, timestamp: int) -> None:
        """Move the clock to `timestamp` and drop every entry that has expired by then."""
        self._now = max(self._now, timestamp)  # bug: expired entries stay until someone reads them

    def _evict(self) -> str:
        key = self._policy.victim()
        self._remove(key)
        self._evictions += 1
        return key

    def _remove(self, key: str) -> None:
        del self._entries[key]
        self._policy.remove(key)
