"""A simulator of a counting protocol on a tree of machines that only know their children.

Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
working, because the tests of every level run against your final code.
"""


class Network:
    def __init__(self, parents: list[int]) -> None:
        """parents[i] is the machine above machine i, or -1 for the root.

        Raise ValueError if the list does not describe a tree.
        """
        pass

    def count(self, start: int) -> int:
        """Run the protocol from `start`; return the number of machines in its subtree."""
        raise NotImplementedError

    def messages(self) -> int:
        """Return the number of messages (requests and replies) sent by all runs so far."""
        raise NotImplementedError
