"""Wrong: breaks ties between tenants with as many jobs left by tenant name, not by the earliest
remaining job."""
import heapq
from collections import deque


def interleave_jobs(tenants: list[str]) -> list[int]:
    jobs: dict[str, deque[int]] = {}
    for job, tenant in enumerate(tenants):
        jobs.setdefault(tenant, deque()).append(job)
    if jobs and max(len(q) for q in jobs.values()) > (len(tenants) + 1) // 2:
        return []
    heap = [(-len(q), tenant, q[0]) for tenant, q in jobs.items()]
    heapq.heapify(heap)
    order: list[int] = []
    held = None  # the tenant placed last, kept out of the heap for one step
    while heap:
        left, tenant, _ = heapq.heappop(heap)
        queue = jobs[tenant]
        order.append(queue.popleft())
        if held is not None:
            heapq.heappush(heap, held)
        held = (left + 1, tenant, queue[0]) if queue else None
    return order
