"""Wrong: sorts the suffixes and takes the longest common prefix of neighbours, keeping the first
one found in sorted order: on a tie it returns the lexicographically smallest fragment, not the
one that occurs first in the line."""


def longest_repeated_fragment(line: str) -> str:
    suffixes = sorted(range(len(line)), key=lambda i: line[i:])
    best = ""
    for a, b in zip(suffixes, suffixes[1:]):
        k = 0
        while max(a, b) + k < len(line) and line[a + k] == line[b + k]:
            k += 1
        if k > len(best):
            best = line[a:a + k]
    return best
