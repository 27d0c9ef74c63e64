"""A heap allocator over the addresses 0 .. size - 1, like C's malloc and free.

Level 1 asks for the constructor and methods below. Every later level adds methods to this class;
the earlier ones must keep working, because the tests of every level run against your final code.
"""


class Allocator:
    def __init__(self, size: int) -> None:
        """Create a heap of `size` bytes, all free."""
        raise NotImplementedError

    def malloc(self, size: int) -> int | None:
        """Reserve `size` bytes at the lowest address where they fit in one free range.

        Return that address, or None if no free range is large enough.
        """
        raise NotImplementedError

    def free(self, address: int) -> bool:
        """Release the block that starts at `address`; return False if there is none."""
        raise NotImplementedError
