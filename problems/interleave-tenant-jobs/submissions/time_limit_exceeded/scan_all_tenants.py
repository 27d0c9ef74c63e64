"""Brute force: at every step, scan every tenant for the one with the most jobs left. O(n * t)."""
from collections import deque


def interleave_jobs(tenants: list[str]) -> list[int]:
    jobs: dict[str, deque[int]] = {}
    for job, tenant in enumerate(tenants):
        jobs.setdefault(tenant, deque()).append(job)
    if jobs and max(len(q) for q in jobs.values()) > (len(tenants) + 1) // 2:
        return []
    order: list[int] = []
    last = None
    for _ in range(len(tenants)):
        best = None
        for tenant, queue in jobs.items():
            if tenant == last or not queue:
                continue
            if best is None or (len(queue), -queue[0]) > (len(jobs[best]), -jobs[best][0]):
                best = tenant
        order.append(jobs[best].popleft())
        last = best
    return order
