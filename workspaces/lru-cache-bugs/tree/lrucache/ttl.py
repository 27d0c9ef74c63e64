"""An LRU cache whose entries also expire."""

import time

from lrucache.cache import LRUCache

_MISSING = object()


class TTLCache:
    def __init__(self, capacity, ttl, clock=time.monotonic):
        self.cache = LRUCache(capacity)
        self.ttl = ttl
        self.clock = clock

    def put(self, key, value):
        self.cache.put(key, (value, self.clock() + self.ttl))

    def get(self, key, default=None):
        entry = self.cache.get(key, _MISSING)
        if entry is _MISSING:
            return default
        value, expires = entry
        if self.clock() > expires:
            return default
        return value
