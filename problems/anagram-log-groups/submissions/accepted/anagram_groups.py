"""One pass with a canonical key per token (its characters sorted): O(n * L log L) time.
A dict keeps insertion order, so the groups come out in order of first appearance."""


def group_anagrams(tokens: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for token in tokens:
        groups.setdefault("".join(sorted(token)), []).append(token)
    return list(groups.values())
