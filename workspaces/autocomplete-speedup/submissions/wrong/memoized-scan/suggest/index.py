"""Count queries and complete prefixes."""

from suggest.normalize import normalize


class QueryIndex:
    def __init__(self):
        self.counts = {}
        self.memo = {}

    def add(self, query, count=1):
        q = normalize(query)
        if q:
            self.counts[q] = self.counts.get(q, 0) + count
            self.memo.clear()

    def suggest(self, prefix, k=5):
        """Up to k queries starting with prefix: most frequent first, ties alphabetical."""
        p = normalize(prefix)
        if not p:
            return []
        if (p, k) not in self.memo:
            matches = [q for q in self.counts if q.startswith(p)]
            matches.sort(key=lambda q: (-self.counts[q], q))
            self.memo[(p, k)] = matches[:k]
        return list(self.memo[(p, k)])
