"""Characters of a repeat-encoded text without decoding it: a parse tree with lengths, then one
descent per offset using prefix sums and binary search, O(depth * log(items)) per offset."""
from bisect import bisect_right


class _Seq:
    """A sequence of items; `ends[i]` = decoded length of items[0..i] (a running prefix sum)."""

    __slots__ = ("items", "ends")

    def __init__(self) -> None:
        self.items: list = []  # str (a run of letters) or _Repeat
        self.ends: list[int] = []

    @property
    def length(self) -> int:
        return self.ends[-1] if self.ends else 0

    def add(self, item, length: int) -> None:
        if length == 0:
            return  # empty blocks contribute nothing and can be dropped
        self.items.append(item)
        self.ends.append(self.length + length)


class _Repeat:
    __slots__ = ("times", "body")

    def __init__(self, times: int, body: _Seq) -> None:
        self.times, self.body = times, body


def _parse(encoded: str) -> _Seq:
    stack: list[tuple[_Seq, int]] = [(_Seq(), 0)]
    i = 0
    while i < len(encoded):
        ch = encoded[i]
        if ch.isdigit():
            j = i
            while encoded[j].isdigit():
                j += 1
            stack.append((_Seq(), int(encoded[i:j])))  # encoded[j] is "["
            i = j + 1
        elif ch == "]":
            body, times = stack.pop()
            stack[-1][0].add(_Repeat(times, body), times * body.length)
            i += 1
        else:
            j = i
            while j < len(encoded) and encoded[j].isalpha():
                j += 1
            stack[-1][0].add(encoded[i:j], j - i)
            i = j
    return stack[0][0]


def _char(seq: _Seq, offset: int) -> str:
    while True:
        k = bisect_right(seq.ends, offset)
        start = seq.ends[k - 1] if k else 0
        item, offset = seq.items[k], offset - start
        if isinstance(item, str):
            return item[offset]
        seq, offset = item.body, offset % item.body.length


def chars_at(encoded: str, offsets: list[int]) -> str:
    root = _parse(encoded)
    return "".join(_char(root, offset) for offset in offsets)
