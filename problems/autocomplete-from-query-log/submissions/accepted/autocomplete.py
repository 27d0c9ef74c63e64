"""Autocomplete over a query log with a trie that keeps counts and the best completion per node."""
from collections import Counter


class _Node:
    __slots__ = ("children", "count", "best", "best_count")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.count = 0          # log entries passing through this node
        self.best = ""          # most searched query below (ties: smallest)
        self.best_count = 0


def _build(queries: list[str]) -> _Node:
    root = _Node()
    for query, times in Counter(queries).items():
        node = root
        nodes = [root]
        for ch in query:
            node = node.children.setdefault(ch, _Node())
            nodes.append(node)
        for n in nodes:
            n.count += times
            if times > n.best_count or (times == n.best_count and query < n.best):
                n.best, n.best_count = query, times
    return root


def _walk(root: _Node, prefix: str) -> _Node | None:
    node = root
    for ch in prefix:
        node = node.children.get(ch)
        if node is None:
            return None
    return node


def prefix_counts(queries: list[str], prefixes: list[str]) -> list[int]:
    root = _build(queries)
    return [node.count if (node := _walk(root, p)) else 0 for p in prefixes]


def top_completion(queries: list[str], prefixes: list[str]) -> list[str]:
    root = _build(queries)
    return [node.best if (node := _walk(root, p)) and node.best_count else "" for p in prefixes]
