"""An in-memory database: records, each named by a key, hold fields with string values.

Level 1 asks for the methods below. Every later level adds methods to this class; the earlier ones
must keep working, because the tests of every level run against your final code.
"""


class InMemoryDatabase:
    def __init__(self) -> None:
        pass

    def set(self, key: str, field: str, value: str) -> None:
        """Set `field` of record `key` to `value`, creating the record if needed."""
        raise NotImplementedError

    def get(self, key: str, field: str) -> str | None:
        """Return the value of `field` in record `key`, or None if either is missing."""
        raise NotImplementedError

    def delete(self, key: str, field: str) -> bool:
        """Remove `field` from record `key`; return whether it existed."""
        raise NotImplementedError

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        """Set `field` to `new_value` only if its current value equals `expected_value`.

        Return whether it was set. A missing field matches nothing.
        """
        raise NotImplementedError
