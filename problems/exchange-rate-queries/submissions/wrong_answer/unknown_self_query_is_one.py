"""Wrong: answers 1.0 for every query [x, x], even when x appears in no published rate."""

from collections import deque


def exchange_rates(pairs: list[list[str]], rates: list[float], queries: list[list[str]]) -> list[float]:
    graph: dict[str, list[tuple[str, float]]] = {}
    for (a, b), rate in zip(pairs, rates):
        graph.setdefault(a, []).append((b, rate))
        graph.setdefault(b, []).append((a, 1.0 / rate))
    answers: list[float] = []
    for x, y in queries:
        if x == y:
            answers.append(1.0)
            continue
        if x not in graph or y not in graph:
            answers.append(-1.0)
            continue
        seen = {x: 1.0}
        frontier = deque([x])
        while frontier and y not in seen:
            c = frontier.popleft()
            for d, rate in graph[c]:
                if d not in seen:
                    seen[d] = seen[c] * rate
                    frontier.append(d)
        answers.append(seen.get(y, -1.0))
    return answers
