"""One left-to-right pass with a stack of open blocks: each entry keeps the text built before the
block and its count. O(len(template) + output * depth) time; O(output) for flat templates."""


def expand_template(template: str) -> str:
    stack: list[tuple[list[str], int]] = []
    current: list[str] = []  # pieces of the innermost open sequence
    count = 0
    for ch in template:
        if ch.isdigit():
            count = count * 10 + int(ch)
        elif ch == "[":
            stack.append((current, count))
            current, count = [], 0
        elif ch == "]":
            outer, repeat = stack.pop()
            outer.append("".join(current) * repeat)
            current = outer
        else:
            current.append(ch)
    return "".join(current)
