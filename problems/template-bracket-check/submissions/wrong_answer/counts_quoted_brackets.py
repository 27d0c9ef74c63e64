"""Wrong: treats brackets inside quoted strings as real ones."""

PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(template: str) -> int:
    stack: list[int] = []
    for i, ch in enumerate(template):
        if ch in "([{":
            stack.append(i)
        elif ch in PAIRS:
            if not stack or template[stack[-1]] != PAIRS[ch]:
                return i
            stack.pop()
    return stack[0] if stack else -1
