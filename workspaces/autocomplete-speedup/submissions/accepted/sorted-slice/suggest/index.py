"""Count queries and complete prefixes."""

import bisect
import heapq

from suggest.normalize import normalize


class QueryIndex:
    """Counts, plus the queries in sorted order: the matches of a prefix are one slice of it."""

    def __init__(self):
        self.counts = {}
        self.sorted = []

    def add(self, query, count=1):
        q = normalize(query)
        if not q:
            return
        if q not in self.counts:
            bisect.insort(self.sorted, q)
            self.counts[q] = 0
        self.counts[q] += count

    def suggest(self, prefix, k=5):
        """Up to k queries starting with prefix: most frequent first, ties alphabetical."""
        p = normalize(prefix)
        if not p:
            return []
        lo = bisect.bisect_left(self.sorted, p)
        hi = bisect.bisect_left(self.sorted, p + "\uffff", lo)
        return heapq.nsmallest(k, self.sorted[lo:hi], key=lambda q: (-self.counts[q], q))
