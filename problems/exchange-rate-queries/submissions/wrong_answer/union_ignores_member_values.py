"""Wrong: when a rate links two groups, hangs one root under the other with the published rate
itself, as if the rate were quoted between the two roots rather than between two members."""


def exchange_rates(pairs: list[list[str]], rates: list[float], queries: list[list[str]]) -> list[float]:
    parent: dict[str, str] = {}
    value: dict[str, float] = {}

    def find(c: str) -> str:
        path = []
        while parent[c] != c:
            path.append(c)
            c = parent[c]
        to_root = 1.0
        for node in reversed(path):
            to_root *= value[node]
            value[node] = to_root
            parent[node] = c
        return c

    for (a, b), rate in zip(pairs, rates):
        for c in (a, b):
            if c not in parent:
                parent[c], value[c] = c, 1.0
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_a], value[root_a] = root_b, rate

    answers: list[float] = []
    for x, y in queries:
        if x not in parent or y not in parent or find(x) != find(y):
            answers.append(-1.0)
        else:
            answers.append(value[x] / value[y])
    return answers
