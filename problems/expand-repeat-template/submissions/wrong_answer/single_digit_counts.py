"""Wrong: takes the count to be the one digit just before the bracket, so `12[ab]` repeats twice."""


def expand_template(template: str) -> str:
    stack: list[tuple[list[str], int]] = []
    current: list[str] = []
    count = 0
    for ch in template:
        if ch.isdigit():
            count = int(ch)
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
