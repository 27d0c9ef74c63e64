"""Wrong: joins a record to the group of the first known address it lists, but never merges two
existing groups when a record bridges them."""


def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    group_of: dict[str, int] = {}
    groups: list[set[str]] = []
    for addresses in accounts:
        known = [group_of[a] for a in addresses if a in group_of]
        g = known[0] if known else len(groups)
        if not known:
            groups.append(set())
        for address in addresses:
            groups[g].add(address)
            group_of.setdefault(address, g)
    return sorted(sorted(group) for group in groups)
