"""Count queries and complete prefixes."""

import bisect
import heapq

from suggest.normalize import normalize


class QueryIndex:
    """Counts, plus the queries in sorted order: the matches of a prefix are one slice of it."""

    def __init__(self):
        self.counts = {}
        self.sorted = None

    def add(self, query, count=1):
        q = normalize(query)
        if not q:
            return
        self.counts[q] = self.counts.get(q, 0) + count

    def suggest(self, prefix, k=5):
        """Up to k queries starting with prefix: most frequent first, ties alphabetical."""
        p = normalize(prefix)
        if not p:
            return []
        if self.sorted is None:
            self.sorted = sorted(self.counts)  # built once, on the first lookup
        lo = bisect.bisect_left(self.sorted, p)
        hi = bisect.bisect_left(self.sorted, p + "\uffff", lo)
        return heapq.nsmallest(k, self.sorted[lo:hi], key=lambda q: (-self.counts[q], q))
