"""A deterministic circuit breaker: time comes in as arguments, never from a clock.

Reference solution for all four levels. Every public call first brings the breaker up to date
(`_advance`): a cooldown that ran out in the meantime ends at its own expiry time, not when someone
happens to look. Every state change goes through `_move`, which keeps the transition log and the
time spent in each state. Deciding when to trip is delegated to a small `FailureCounter`, so the
sliding-window rule of level 4 replaces one object and touches nothing else.
"""

from __future__ import annotations

from collections import deque

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class ConsecutiveFailures:
    """Trip after `threshold` failures in a row; a success starts the count again."""

    def __init__(self, threshold: int) -> None:
        self._threshold = threshold
        self._count = 0

    def failure(self, timestamp: int) -> bool:
        self._count += 1
        return self._count >= self._threshold

    def success(self, timestamp: int) -> None:
        self._count = 0

    def clear(self) -> None:
        self._count = 0


class FailuresInWindow:
    """Trip when `threshold` failures fall within the last `window` time units; successes don't count."""

    def __init__(self, threshold: int, window: int) -> None:
        self._threshold = threshold
        self._window = window
        self._failures: deque[int] = deque()

    def failure(self, timestamp: int) -> bool:
        self._failures.append(timestamp)
        while self._failures[0] <= timestamp - self._window:
            self._failures.popleft()
        return len(self._failures) >= self._threshold

    def success(self, timestamp: int) -> None:
        pass

    def clear(self) -> None:
        self._failures.clear()


class CircuitBreaker:
    def __init__(
        self, failure_threshold: int, cooldown: int, half_open_trials: int = 0, window: int = 0
    ) -> None:
        self._cooldown = cooldown
        self._trials = half_open_trials  # 0: close right after the cooldown, no half-open state
        self._counter = (
            FailuresInWindow(failure_threshold, window) if window > 0 else ConsecutiveFailures(failure_threshold)
        )
        self._state = CLOSED
        self._since = 0  # when the current state began
        self._opened_at = 0
        self._trials_allowed = 0
        self._trial_successes = 0
        self._transitions: list[str] = []
        self._time_in: dict[str, int] = {CLOSED: 0, OPEN: 0, HALF_OPEN: 0}
        self._allowed = self._rejected = self._successes = self._failures = 0

    # Level 1 -----------------------------------------------------------------------------------

    def allow_request(self, timestamp: int) -> bool:
        self._advance(timestamp)
        allowed = self._state == CLOSED or (
            self._state == HALF_OPEN and self._trials_allowed < self._trials
        )
        if allowed and self._state == HALF_OPEN:
            self._trials_allowed += 1
        if allowed:
            self._allowed += 1
        else:
            self._rejected += 1
        return allowed

    def record_success(self, timestamp: int) -> None:
        self._advance(timestamp)
        self._successes += 1
        if self._state == CLOSED:
            self._counter.success(timestamp)
        elif self._state == HALF_OPEN:
            self._trial_successes += 1
            if self._trial_successes >= self._trials:
                self._move(CLOSED, timestamp)

    def record_failure(self, timestamp: int) -> None:
        self._advance(timestamp)
        self._failures += 1
        if self._state == CLOSED and self._counter.failure(timestamp):
            self._open(timestamp)
        elif self._state == HALF_OPEN:
            self._open(timestamp)

    def state(self, timestamp: int) -> str:
        self._advance(timestamp)
        return self._state

    # Level 2 -----------------------------------------------------------------------------------

    def stats(self) -> list[int]:
        return [self._allowed, self._rejected, self._successes, self._failures]

    def transitions(self, timestamp: int) -> list[str]:
        self._advance(timestamp)
        return list(self._transitions)

    def time_in_state(self, state: str, timestamp: int) -> int:
        self._advance(timestamp)
        current = timestamp - self._since if state == self._state else 0
        return self._time_in.get(state, 0) + current

    # Internals ---------------------------------------------------------------------------------

    def _advance(self, timestamp: int) -> None:
        """Apply the cooldown expiry, at the moment it happened, if it is due by `timestamp`."""
        reopens_at = self._opened_at + self._cooldown
        if self._state == OPEN and timestamp >= reopens_at:
            self._move(HALF_OPEN if self._trials > 0 else CLOSED, reopens_at)

    def _open(self, timestamp: int) -> None:
        self._opened_at = timestamp
        self._move(OPEN, timestamp)

    def _move(self, state: str, timestamp: int) -> None:
        self._time_in[self._state] += timestamp - self._since
        self._transitions.append(f"{timestamp}:{self._state}->{state}")
        self._state, self._since = state, timestamp
        if state == CLOSED:
            self._counter.clear()
        if state == HALF_OPEN:
            self._trials_allowed = self._trial_successes = 0
