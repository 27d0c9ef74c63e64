"""Wrong: ignores how many jobs each tenant has left and places the earliest job of any other
tenant; the busiest tenant is left with jobs that can no longer be separated."""


def interleave_jobs(tenants: list[str]) -> list[int]:
    counts: dict[str, int] = {}
    for tenant in tenants:
        counts[tenant] = counts.get(tenant, 0) + 1
    if counts and max(counts.values()) > (len(tenants) + 1) // 2:
        return []
    remaining = list(range(len(tenants)))
    order: list[int] = []
    last = None
    while remaining:
        pick = next((k for k, job in enumerate(remaining) if tenants[job] != last), None)
        if pick is None:
            return []  # stuck: only the last tenant's jobs are left
        job = remaining.pop(pick)
        order.append(job)
        last = tenants[job]
    return order
