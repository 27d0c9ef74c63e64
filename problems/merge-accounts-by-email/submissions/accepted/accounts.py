"""Merge records sharing an address with union-find: O(total addresses * alpha + sorting)."""


def merge_accounts(accounts: list[list[str]]) -> list[list[str]]:
    parent = list(range(len(accounts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    owner: dict[str, int] = {}  # address -> the first record that listed it
    for i, addresses in enumerate(accounts):
        for address in addresses:
            if address in owner:
                a, b = find(i), find(owner[address])
                if a != b:
                    parent[a] = b
            else:
                owner[address] = i
    people: dict[int, set[str]] = {}
    for address, record in owner.items():
        people.setdefault(find(record), set()).add(address)
    return sorted(sorted(addresses) for addresses in people.values())
