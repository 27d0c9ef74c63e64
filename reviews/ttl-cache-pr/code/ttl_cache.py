"""A small in-process cache with a per-entry time to live, shared by request threads."""

import threading
import time


class TTLCache:
    """Map keys to values that expire after a time to live.

    ttl is in seconds; ttl=0 means the entry never expires. When the cache holds max_size
    entries, setting a new key evicts the entry that was written longest ago.
    """

    def __init__(self, max_size=1024, default_ttl=60.0):
        self._max_size = max_size
        self._default_ttl = default_ttl
        self._data = {}  # key -> (value, expires_at or None, written_at)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def set(self, key, value, ttl=None):
        ttl = ttl or self._default_ttl
        now = time.monotonic()
        expires_at = now + ttl if ttl > 0 else None
        with self._lock:
            if key not in self._data and len(self._data) >= self._max_size:
                oldest = min(self._data, key=lambda k: self._data[k][2])
                del self._data[oldest]
            self._data[key] = (value, expires_at, now)

    def get(self, key, default=None):
        if key not in self._data:
            self.misses += 1
            return default
        value, expires_at, _ = self._data[key]
        if expires_at is not None and expires_at <= time.monotonic():
            with self._lock:
                del self._data[key]
            self.misses += 1
            return default
        self.hits += 1
        return value

    def get_or_load(self, key, loader, ttl=None):
        value = self.get(key)
        if value is None:
            value = loader(key)
            self.set(key, value, ttl)
        return value

    def __len__(self):
        with self._lock:
            return len(self._data)
