"""Wrong: greedy longest match at each position (max-munch), which can paint itself into a corner."""


def min_tokens(text: str, vocabulary: list[str]) -> int:
    entries = set(vocabulary)
    longest = max(map(len, entries), default=0)
    count = i = 0
    while i < len(text):
        for end in range(min(len(text), i + longest), i, -1):
            if text[i:end] in entries:
                count += 1
                i = end
                break
        else:
            return -1
    return count
