"""Greedy with a max-heap of tenants keyed by (jobs left, earliest remaining job).

The tenant just placed is held out of the heap for one step and pushed back afterwards, so every
pop chooses among the other tenants. O(n log t) for n jobs from t tenants.
"""
import heapq
from collections import deque


def interleave_jobs(tenants: list[str]) -> list[int]:
    jobs: dict[str, deque[int]] = {}
    for job, tenant in enumerate(tenants):
        jobs.setdefault(tenant, deque()).append(job)
    if jobs and max(len(q) for q in jobs.values()) > (len(tenants) + 1) // 2:
        return []
    heap = [(-len(q), q[0], tenant) for tenant, q in jobs.items()]
    heapq.heapify(heap)
    order: list[int] = []
    held = None  # the tenant placed last, kept out of the heap for one step
    while heap:
        left, _, tenant = heapq.heappop(heap)
        queue = jobs[tenant]
        order.append(queue.popleft())
        if held is not None:
            heapq.heappush(heap, held)
        held = (left + 1, queue[0], tenant) if queue else None
    return order
