"""Wrong: at the end of the text reports the innermost unclosed opener, not the oldest."""

PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(template: str) -> int:
    stack: list[int] = []
    quote = -1
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
    if quote >= 0:
        return quote
    return stack[-1] if stack else -1
