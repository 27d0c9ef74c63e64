"""A cache that holds at most `capacity` entries and evicts the least recently used one when it
needs room.

Level 1 asks for the methods below. Every later level adds methods (and, at level 4, a constructor
argument) to this class; the earlier ones must keep working, because the tests of every level run
against your final code.
"""


class Cache:
    def __init__(self, capacity: int) -> None:
        """Create an empty cache that holds at most `capacity` (at least 1) entries."""
        raise NotImplementedError

    def put(self, key: str, value: str) -> str | None:
        """Insert or update `key`; it becomes the most recently used.

        Return the key evicted to make room, or None if none was.
        """
        raise NotImplementedError

    def get(self, key: str) -> str | None:
        """Return the value of `key` and make it the most recently used, or return None."""
        raise NotImplementedError

    def size(self) -> int:
        """Return the number of entries in the cache."""
        raise NotImplementedError
