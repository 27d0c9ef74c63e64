from functools import reduce
from operator import xor


def lost_request(log: list[int]) -> int:
    """XOR of every id: pairs cancel (x ^ x == 0), the lone id remains. O(n), O(1) memory.

    Python's ints XOR like infinite two's complement, so negative ids work unchanged."""
    return reduce(xor, log, 0)
