"""Wrong (level 1): parents are only checked against the upper bound, so -2 silently wraps around in Python."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Aggregate:
    """What a subtree reports: count 0 means "nothing" (a timeout, or already counted)."""

    count: int = 0
    total: int = 0
    low: int | None = None
    high: int | None = None
    height: int = 0

    def absorb(self, child: Aggregate) -> Aggregate:
        if child.count == 0:
            return self
        return Aggregate(
            self.count + child.count,
            self.total + child.total,
            min(self.low, child.low),
            max(self.high, child.high),
            max(self.height, child.height + 1),
        )


EMPTY = Aggregate()


@dataclass
class Visit:
    """One machine's part in one run."""

    parent: int | None  # the machine whose request it answers; None for the start
    result: Aggregate
    children: list[int]  # in id order
    asked: int = 0  # how many of them have been sent a request
    outstanding: dict[int, int] = field(default_factory=dict)  # child -> deadline (-1: none)
    done: bool = False


REQUEST, REPLY, TIMEOUT = 0, 1, 2


class Network:
    def __init__(self, parents: list[int]) -> None:
        self._size = len(parents)
        roots = [m for m, p in enumerate(parents) if p == -1]
        if len(roots) != 1 or any(p != -1 and p >= self._size or p == m for m, p in enumerate(parents)):  # bug
            raise ValueError(f"not a tree: {parents}")
        self._links: list[list[int]] = [[] for _ in parents]  # sorted outgoing links
        for machine, parent in enumerate(parents):
            if parent != -1:
                self._links[parent].append(machine)
        if self._reachable(roots[0]) != self._size:
            raise ValueError(f"not a tree (a cycle): {parents}")
        self._values = [0] * self._size
        self._failed = [False] * self._size
        self._fanout = 0  # 0: unlimited
        self._timeout = 0  # 0: wait forever
        self._messages = 0
        self._duration = 0

    # Level 1 -----------------------------------------------------------------------------------

    def count(self, start: int) -> int:
        result = self._run(start)
        return -1 if result is None else result.count

    def messages(self) -> int:
        return self._messages

    # Level 2 -----------------------------------------------------------------------------------

    def set_value(self, machine: int, value: int) -> None:
        self._check(machine)
        self._values[machine] = value

    def stats(self, start: int) -> dict[str, int | None] | None:
        result = self._run(start)
        if result is None or result.count == 0:
            return None
        return {"count": result.count, "sum": result.total, "min": result.low, "max": result.high,
                "height": result.height}

    # Level 3 -----------------------------------------------------------------------------------

    def set_fanout(self, limit: int) -> None:
        self._fanout = limit

    def set_timeout(self, ticks: int) -> None:
        self._timeout = ticks

    def fail(self, machine: int) -> None:
        self._check(machine)
        self._failed[machine] = True

    def recover(self, machine: int) -> None:
        self._check(machine)
        self._failed[machine] = False

    def last_duration(self) -> int:
        return self._duration

    # Level 4 -----------------------------------------------------------------------------------

    def add_link(self, parent: int, child: int) -> bool:
        self._check(parent)
        self._check(child)
        if parent == child or child in self._links[parent]:
            return False
        self._links[parent].append(child)
        self._links[parent].sort()
        return True

    # The simulation ----------------------------------------------------------------------------

    def _run(self, start: int) -> Aggregate | None:
        """Simulate one run from `start`; None if it can never finish."""
        self._check(start)
        self._duration = 0
        if self._failed[start]:
            return EMPTY
        events: list[tuple[int, int, int, int, int, Aggregate | None]] = []  # tick, kind, to, from, seq, payload
        sequence = 0

        def send(tick: int, kind: int, to: int, sender: int, payload: Aggregate | None = None) -> None:
            nonlocal sequence
            if kind != TIMEOUT:
                self._messages += 1
            sequence += 1
            heapq.heappush(events, (tick, kind, to, sender, sequence, payload))

        visits: dict[int, Visit] = {start: self._visit(start, None)}
        finished_at: int | None = None
        touched = {start}
        tick = 0
        while True:
            # Phase 3 of the tick: every machine that heard something asks more children, or replies.
            for machine in sorted(touched):
                visit = visits[machine]
                if visit.done:
                    continue
                while visit.asked < len(visit.children) and (
                    self._fanout == 0 or len(visit.outstanding) < self._fanout
                ):
                    child = visit.children[visit.asked]
                    visit.asked += 1
                    visit.outstanding[child] = tick + self._timeout if self._timeout else -1
                    send(tick + 1, REQUEST, child, machine)
                    if self._timeout:
                        send(tick + self._timeout, TIMEOUT, machine, child)
                if visit.asked == len(visit.children) and not visit.outstanding:
                    visit.done = True
                    if visit.parent is None:
                        finished_at = tick
                    else:
                        send(tick + 1, REPLY, visit.parent, machine, visit.result)
            touched = set()
            if not events:
                break
            tick = events[0][0]
            # Phases 1 and 2: arrivals (requests, then replies, in heap order), then timeouts.
            while events and events[0][0] == tick:
                _, kind, to, sender, _, payload = heapq.heappop(events)
                if self._failed[to] and kind != TIMEOUT:
                    continue  # a failed machine hears nothing
                visit = visits.get(to)
                if kind == REQUEST:
                    if visit is None:
                        visits[to] = self._visit(to, sender)
                        touched.add(to)
                    else:
                        send(tick + 1, REPLY, sender, to, EMPTY)  # already counted in this run
                elif kind == REPLY:
                    if sender in visit.outstanding:
                        del visit.outstanding[sender]
                        visit.result = visit.result.absorb(payload)
                        touched.add(to)
                elif visit.outstanding.get(sender) == tick:
                    del visit.outstanding[sender]  # gave up: the child's subtree counts as nothing
                    touched.add(to)
        if finished_at is None:
            self._duration = -1
            return None
        self._duration = finished_at
        return visits[start].result

    def _visit(self, machine: int, parent: int | None) -> Visit:
        value = self._values[machine]
        own = Aggregate(1, value, value, value, 0)
        return Visit(parent, own, self._links[machine])

    def _check(self, machine: int) -> None:
        if not 0 <= machine < self._size:
            raise ValueError(f"no machine {machine}")

    def _reachable(self, start: int) -> int:
        seen, stack = {start}, [start]
        while stack:
            for child in self._links[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return len(seen)
