"""A key-value store that will learn to persist itself as text.

Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
working, because the tests of every level run against your final code.
"""


class KVStore:
    def __init__(self) -> None:
        pass

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key`, replacing any previous value."""
        raise NotImplementedError

    def get(self, key: str) -> str | None:
        """Return the value under `key`, or None. "" is a real value and a real key."""
        raise NotImplementedError

    def delete(self, key: str) -> bool:
        """Remove `key`; return whether it was there."""
        raise NotImplementedError

    def keys(self, prefix: str) -> list[str]:
        """Return the keys that start with `prefix`, sorted by character code."""
        raise NotImplementedError
