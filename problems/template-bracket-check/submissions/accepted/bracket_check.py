PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(template: str) -> int:
    """One scan with a stack of the indices of open brackets; quoted text is skipped.
    O(n) time, O(depth) extra space."""
    stack: list[int] = []
    quote = -1  # index of the open quote, or -1 outside quoted text
    for i, ch in enumerate(template):
        if quote >= 0:
            if ch == '"':
                quote = -1
        elif ch == '"':
            quote = i
        elif ch in "([{":
            stack.append(i)
        elif ch in PAIRS:
            if not stack or template[stack[-1]] != PAIRS[ch]:
                return i
            stack.pop()
    if stack:
        return stack[0]
    return quote
