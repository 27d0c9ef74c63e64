"""Weighted union-find: each currency stores its value in units of its parent, so a query is the
ratio of two values relative to the common root. O((p + q) * alpha) time, O(p) space."""


def exchange_rates(pairs: list[list[str]], rates: list[float], queries: list[list[str]]) -> list[float]:
    parent: dict[str, str] = {}
    value: dict[str, float] = {}  # one unit of c is worth value[c] units of parent[c]
    size: dict[str, int] = {}

    def find(c: str) -> str:
        path = []
        while parent[c] != c:
            path.append(c)
            c = parent[c]
        to_root = 1.0
        for node in reversed(path):  # nearest the root first: its parent's value is final
            to_root *= value[node]
            value[node] = to_root
            parent[node] = c
        return c

    for (a, b), rate in zip(pairs, rates):
        for c in (a, b):
            if c not in parent:
                parent[c], value[c], size[c] = c, 1.0, 1
        root_a, root_b = find(a), find(b)
        if root_a == root_b:
            continue
        # 1 a = rate b, 1 a = value[a] root_a, 1 b = value[b] root_b
        # => 1 root_a = rate * value[b] / value[a] root_b
        link = rate * value[b] / value[a]
        if size[root_a] < size[root_b]:
            parent[root_a], value[root_a] = root_b, link
            size[root_b] += size[root_a]
        else:
            parent[root_b], value[root_b] = root_a, 1.0 / link
            size[root_a] += size[root_b]

    answers: list[float] = []
    for x, y in queries:
        if x not in parent or y not in parent or find(x) != find(y):
            answers.append(-1.0)
        else:
            answers.append(value[x] / value[y])
    return answers
