"""Wrong: right groups, wrong order: lists the groups sorted by their key instead of by the first
appearance of their first token."""


def group_anagrams(tokens: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for token in tokens:
        groups.setdefault("".join(sorted(token)), []).append(token)
    return [groups[key] for key in sorted(groups)]
