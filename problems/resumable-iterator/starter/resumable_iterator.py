"""Iterators whose position can be saved as plain data and restored.

Level 1 asks for ArrayIterator. Every later level adds a class with the same four methods; the
earlier classes must keep working, because the tests of every level run against your final code.
"""

from typing import Any


class ArrayIterator:
    def __init__(self, items: list[int]) -> None:
        pass

    def has_next(self) -> bool:
        """Return whether next() would return an item."""
        raise NotImplementedError

    def next(self) -> int:
        """Return the next item; raise StopIteration when there is none."""
        raise NotImplementedError

    def get_state(self) -> dict[str, Any]:
        """Return {"position": number of items already returned} (a new dict every time)."""
        raise NotImplementedError

    def set_state(self, state: dict[str, Any]) -> None:
        """Move to state["position"]; raise ValueError, changing nothing, if it is invalid."""
        raise NotImplementedError
