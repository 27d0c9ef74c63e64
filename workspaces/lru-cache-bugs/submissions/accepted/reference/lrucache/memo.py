"""Memoize a function with an LRU cache."""

import functools

from lrucache.cache import LRUCache

_MISSING = object()


def memoize(maxsize=128):
    def wrap(fn):
        cache = LRUCache(maxsize)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            value = cache.get(key, _MISSING)
            if value is _MISSING:
                value = fn(*args, **kwargs)
                cache.put(key, value)
            return value

        wrapper.cache = cache
        return wrapper

    return wrap
