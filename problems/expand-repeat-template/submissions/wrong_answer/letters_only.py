"""Wrong: the textbook decoder keeps only letters as literals and silently drops `-`, `_`, `.`,
`/` and `:`."""


def expand_template(template: str) -> str:
    stack: list[tuple[list[str], int]] = []
    current: list[str] = []
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
        elif ch.isalpha():
            current.append(ch)
    return "".join(current)
