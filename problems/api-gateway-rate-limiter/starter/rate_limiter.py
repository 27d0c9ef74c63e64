"""The rate limiter of an API gateway: each client may make at most `limit` requests per window of
`window` time units. Time is passed in: there is no clock.

Level 1 asks for the constructor and methods below. Later levels add methods and a constructor
parameter; the earlier ones must keep working, because the tests of every level run against your
final code.
"""


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        """Create a limiter allowing `limit` requests per client per fixed window."""
        raise NotImplementedError

    def allow(self, client_id: str, timestamp: int) -> bool:
        """Decide whether a request from `client_id` at `timestamp` may pass."""
        raise NotImplementedError

    def remaining(self, client_id: str, timestamp: int) -> int:
        """Return how many more requests `client_id` could make at `timestamp`."""
        raise NotImplementedError
