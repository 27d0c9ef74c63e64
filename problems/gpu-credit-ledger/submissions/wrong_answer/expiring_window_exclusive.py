"""Wrong (level 2): expiring_within leaves out a grant that expires exactly at the end of the window."""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass, field


@dataclass
class Grant:
    grant_id: str
    amount: int
    start: int
    expires_at: int
    draws: list[tuple[int, int]] = field(default_factory=list)  # (charge timestamp, amount), in time order
    drawn: int = 0

    def usable_at(self, timestamp: int) -> bool:
        return self.start <= timestamp < self.expires_at

    def remaining_at(self, timestamp: int) -> int:
        """What is left after every charge at or before `timestamp` (ignoring expiry)."""
        index = bisect.bisect_right(self.draws, timestamp, key=lambda draw: draw[0])
        return self.amount - sum(amount for _, amount in self.draws[:index])

    @property
    def order(self) -> tuple[int, str]:
        return self.expires_at, self.grant_id


@dataclass
class Charge:
    job_id: str
    amount: int
    timestamp: int
    succeeded: bool = False


@dataclass(frozen=True)
class Event:
    timestamp: int
    arrival: int
    item: Grant | Charge

    @property
    def key(self) -> tuple[int, int]:
        return self.timestamp, self.arrival


class CreditLedger:
    def __init__(self) -> None:
        self._events: list[Event] = []  # sorted by (timestamp, arrival)
        self._grants: dict[str, Grant] = {}
        self._charges: dict[str, Charge] = {}
        self._live: list[tuple[int, str]] = []  # replay state: heap of usable grants by (expiry, id)
        self._arrivals = 0

    # Level 1 -----------------------------------------------------------------------------------

    def add_grant(self, grant_id: str, amount: int, timestamp: int, expires_at: int) -> bool:
        if grant_id in self._grants or amount <= 0 or expires_at <= timestamp:
            return False
        grant = Grant(grant_id, amount, timestamp, expires_at)
        self._grants[grant_id] = grant
        self._record(Event(timestamp, self._next_arrival(), grant))
        return True

    def charge(self, job_id: str, amount: int, timestamp: int) -> bool:
        if job_id in self._charges or amount <= 0:
            return False
        charge = Charge(job_id, amount, timestamp)
        self._charges[job_id] = charge
        self._record(Event(timestamp, self._next_arrival(), charge))
        return charge.succeeded

    def balance(self, timestamp: int) -> int:
        return sum(g.remaining_at(timestamp) for g in self._grants.values() if g.usable_at(timestamp))

    # Level 2 -----------------------------------------------------------------------------------

    def grant_balance(self, grant_id: str, timestamp: int) -> int | None:
        grant = self._grants.get(grant_id)
        if grant is None:
            return None
        return grant.remaining_at(timestamp) if grant.usable_at(timestamp) else 0

    def active_grants(self, timestamp: int) -> list[str]:
        """`id:remaining` for each usable grant with credit left, in the order charges use them."""
        usable = sorted((g for g in self._grants.values() if g.usable_at(timestamp)), key=lambda g: g.order)
        return [f"{g.grant_id}:{left}" for g in usable if (left := g.remaining_at(timestamp)) > 0]

    def expiring_within(self, timestamp: int, window: int) -> int:
        """Credit usable at `timestamp` that expires at or before `timestamp + window`."""
        return sum(
            g.remaining_at(timestamp)
            for g in self._grants.values()
            if g.usable_at(timestamp) and g.expires_at < timestamp + window  # bug: end excluded
        )

    # Level 3 -----------------------------------------------------------------------------------

    def charged_between(self, start: int, end: int) -> int:
        return sum(c.amount for c in self._charges.values() if c.succeeded and start <= c.timestamp < end)

    def expired_between(self, start: int, end: int) -> int:
        """Credit left unused in grants whose expiry falls in [start, end)."""
        return sum(g.amount - g.drawn for g in self._grants.values() if start <= g.expires_at < end)

    # Level 4 -----------------------------------------------------------------------------------

    def charge_status(self, job_id: str) -> bool | None:
        charge = self._charges.get(job_id)
        return None if charge is None else charge.succeeded

    # Replay ------------------------------------------------------------------------------------

    def _next_arrival(self) -> int:
        self._arrivals += 1
        return self._arrivals

    def _record(self, event: Event) -> None:
        if not self._events or self._events[-1].key <= event.key:
            self._events.append(event)
            self._apply(event)  # in order: extend the replay
            return
        bisect.insort(self._events, event, key=lambda e: e.key)
        self._replay()  # late: the history changed, recompute every outcome

    def _replay(self) -> None:
        self._live = []
        for grant in self._grants.values():
            grant.draws, grant.drawn = [], 0
        for event in self._events:
            self._apply(event)

    def _apply(self, event: Event) -> None:
        item = event.item
        if isinstance(item, Grant):
            heapq.heappush(self._live, item.order)
            return
        # Drop grants that have expired by now; the heap yields the soonest expiry first.
        while self._live and self._live[0][0] <= item.timestamp:
            heapq.heappop(self._live)
        usable = [self._grants[grant_id] for _, grant_id in sorted(self._live)]
        available = sum(g.amount - g.drawn for g in usable)
        item.succeeded = available >= item.amount
        if not item.succeeded:
            return
        needed = item.amount
        for grant in usable:
            take = min(needed, grant.amount - grant.drawn)
            if take:
                grant.draws.append((item.timestamp, take))
                grant.drawn += take
                needed -= take
            if needed == 0:
                break
        self._live = [g.order for g in usable if g.drawn < g.amount]  # sorted, so still a heap
