"""Wrong: reads only one digit of a repeat count, so 12[ab] becomes 1 then 2[ab]."""
from bisect import bisect_right


def chars_at(encoded: str, offsets: list[int]) -> str:
    # parse into nested lists: ("rep", k, body) or a letter; lengths computed recursively
    def parse(i: int):
        items = []
        while i < len(encoded) and encoded[i] != "]":
            ch = encoded[i]
            if ch.isdigit():
                if encoded[i + 1] == "[":
                    body, i = parse(i + 2)
                    items.append(("rep", int(ch), body))
                    i += 1
                else:
                    i += 1  # the second digit is dropped
            else:
                items.append(ch)
                i += 1
        return items, i

    def length(items) -> int:
        return sum(1 if isinstance(x, str) else x[1] * length(x[2]) for x in items)

    def char(items, offset: int) -> str:
        for x in items:
            size = 1 if isinstance(x, str) else x[1] * length(x[2])
            if offset < size:
                return x if isinstance(x, str) else char(x[2], offset % length(x[2]))
            offset -= size
        return "?"

    root, _ = parse(0)
    return "".join(char(root, o) for o in offsets)
