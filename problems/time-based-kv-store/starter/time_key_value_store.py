"""A key-value store that remembers every value a key has had over time.

Level 1 asks for the methods below. Every later level adds methods to this class; the earlier ones
must keep working, because the tests of every level run against your final code.
"""


class TimeKeyValueStore:
    def __init__(self) -> None:
        pass

    def set(self, key: str, value: str, timestamp: int) -> None:
        """Record that `key` holds `value` from `timestamp` on."""
        raise NotImplementedError

    def get(self, key: str, timestamp: int) -> str | None:
        """Return the value of `key` written at the latest timestamp at or before `timestamp`, or None."""
        raise NotImplementedError
