"""A circuit breaker that protects callers from a failing dependency. Time is passed in: there is
no clock.

Level 1 asks for the constructor and methods below. Later levels add methods and constructor
parameters; the earlier ones must keep working, because the tests of every level run against your
final code.
"""


class CircuitBreaker:
    def __init__(self, failure_threshold: int, cooldown: int) -> None:
        """Create a closed breaker that opens after `failure_threshold` failures in a row."""
        raise NotImplementedError

    def allow_request(self, timestamp: int) -> bool:
        """Return whether a request may go to the dependency at `timestamp`."""
        raise NotImplementedError

    def record_success(self, timestamp: int) -> None:
        """Report that a request succeeded."""
        raise NotImplementedError

    def record_failure(self, timestamp: int) -> None:
        """Report that a request failed."""
        raise NotImplementedError

    def state(self, timestamp: int) -> str:
        """Return "closed" or "open"."""
        raise NotImplementedError
