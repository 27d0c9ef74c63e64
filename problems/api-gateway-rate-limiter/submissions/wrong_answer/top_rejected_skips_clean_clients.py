"""Wrong (level 2): clients never rejected are left out of the ranking."""

from __future__ import annotations

from collections import deque
from typing import Protocol


class Limit(Protocol):
    def available(self, timestamp: int) -> int: ...

    def consume(self, timestamp: int) -> None: ...


class FixedWindow:
    """At most `limit` requests in each window [k * window, (k + 1) * window)."""

    def __init__(self, limit: int, window: int) -> None:
        self._limit, self._window = limit, window
        self._current = -1
        self._count = 0

    def available(self, timestamp: int) -> int:
        used = self._count if timestamp // self._window == self._current else 0
        return self._limit - used

    def consume(self, timestamp: int) -> None:
        index = timestamp // self._window
        if index != self._current:
            self._current, self._count = index, 0
        self._count += 1


class SlidingWindow:
    """At most `limit` admitted requests with timestamps in (t - window, t]."""

    def __init__(self, limit: int, window: int) -> None:
        self._limit, self._window = limit, window
        self._admitted: deque[int] = deque()

    def available(self, timestamp: int) -> int:
        while self._admitted and self._admitted[0] <= timestamp - self._window:
            self._admitted.popleft()
        return self._limit - len(self._admitted)

    def consume(self, timestamp: int) -> None:
        self.available(timestamp)
        self._admitted.append(timestamp)


class TokenBucket:
    """Holds up to `limit` tokens, refilled continuously at `limit` tokens per `window`.

    Tokens are counted in units of 1/window token, so refilling is exact integer arithmetic:
    `limit` units per time unit, `window` units per token.
    """

    def __init__(self, limit: int, window: int) -> None:
        self._window = window
        self._rate = limit  # units gained per time unit
        self._capacity = limit * window
        self._units = self._capacity
        self._last: int | None = None

    def available(self, timestamp: int) -> int:
        if self._last is not None:
            gained = (timestamp - self._last) * self._rate
            self._units = min(self._capacity, self._units + gained)
        self._last = timestamp
        return self._units // self._window

    def consume(self, timestamp: int) -> None:
        self.available(timestamp)
        self._units -= self._window


ALGORITHMS = {"fixed_window": FixedWindow, "sliding_window": SlidingWindow, "token_bucket": TokenBucket}


class RateLimiter:
    def __init__(self, limit: int, window: int, algorithm: str = "fixed_window") -> None:
        if algorithm not in ALGORITHMS:
            raise ValueError(f"unknown algorithm {algorithm!r}: use one of {sorted(ALGORITHMS)}")
        self._limit, self._window = limit, window
        self._algorithm = ALGORITHMS[algorithm]
        self._clients: dict[str, Limit] = {}
        self._counts: dict[str, list[int]] = {}  # client -> [allowed, rejected]
        self._tenants: dict[str, Limit] = {}
        self._tenant_of: dict[str, str] = {}

    # Level 1 -----------------------------------------------------------------------------------

    def allow(self, client_id: str, timestamp: int) -> bool:
        limits = self._limits(client_id, create=True)
        allowed = all(limit.available(timestamp) >= 1 for limit in limits)
        if allowed:
            for limit in limits:
                limit.consume(timestamp)
        counts = self._counts.setdefault(client_id, [0, 0])
        counts[0 if allowed else 1] += 1
        return allowed

    def remaining(self, client_id: str, timestamp: int) -> int:
        return min(limit.available(timestamp) for limit in self._limits(client_id, create=False))

    # Level 2 -----------------------------------------------------------------------------------

    def stats(self, client_id: str) -> list[int]:
        return list(self._counts.get(client_id, [0, 0]))

    def top_rejected(self, n: int) -> list[str]:
        rejected = [item for item in self._counts.items() if item[1][1] > 0]  # bug: all clients rank
        ranked = sorted(rejected, key=lambda item: (-item[1][1], item[0]))
        return [f"{client}({counts[1]})" for client, counts in ranked[:n]]

    # Level 4 -----------------------------------------------------------------------------------

    def add_tenant(self, tenant_id: str, limit: int) -> bool:
        if tenant_id in self._tenants:
            return False
        self._tenants[tenant_id] = self._algorithm(limit, self._window)
        return True

    def assign_client(self, client_id: str, tenant_id: str) -> bool:
        if tenant_id not in self._tenants:
            return False
        self._tenant_of[client_id] = tenant_id
        return True

    def tenant_remaining(self, tenant_id: str, timestamp: int) -> int | None:
        tenant = self._tenants.get(tenant_id)
        return tenant.available(timestamp) if tenant else None

    # Internals ---------------------------------------------------------------------------------

    def _limits(self, client_id: str, create: bool) -> list[Limit]:
        """The limits a request from `client_id` must pass: its own, then its tenant's."""
        client = self._clients.get(client_id)
        if client is None:
            client = self._algorithm(self._limit, self._window)
            if create:
                self._clients[client_id] = client
        limits = [client]
        tenant_id = self._tenant_of.get(client_id)
        if tenant_id is not None:
            limits.append(self._tenants[tenant_id])
        return limits
