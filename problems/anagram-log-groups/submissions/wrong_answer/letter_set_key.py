"""Wrong: keys each token by the set of its characters, forgetting how often each occurs, so
`aab` and `abb` land in the same group."""


def group_anagrams(tokens: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for token in tokens:
        groups.setdefault("".join(sorted(set(token))), []).append(token)
    return list(groups.values())
