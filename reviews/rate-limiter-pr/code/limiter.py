"""Token-bucket rate limiting for the inference gateway."""
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Bucket:
    tokens: float
    updated_at: float = field(default_factory=time.time)


class TokenBucketLimiter:
    """Allows `rate` requests per second per key, with bursts up to `capacity`."""

    def __init__(self, rate: float, capacity: int, idle_seconds: float = 600.0):
        self.rate = rate
        self.capacity = capacity
        self.idle_seconds = idle_seconds
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()

    def _bucket(self, key: str) -> Bucket:
        if key not in self._buckets:
            with self._lock:
                self._buckets[key] = Bucket(tokens=self.capacity)
        return self._buckets[key]

    def _refill(self, bucket: Bucket) -> None:
        now = time.time()
        elapsed = now - bucket.updated_at
        bucket.tokens = bucket.tokens + elapsed * self.rate
        bucket.updated_at = now

    def try_acquire(self, key: str, cost: int = 1) -> bool:
        """Takes `cost` tokens from the key's bucket; False when the key is over its limit."""
        bucket = self._bucket(key)
        self._refill(bucket)
        if bucket.tokens >= cost:
            bucket.tokens -= cost
            return True
        return False

    def retry_after(self, key: str, cost: int = 1) -> float:
        """Seconds until `cost` tokens will be available for the key."""
        bucket = self._bucket(key)
        missing = cost - bucket.tokens
        return max(0.0, missing / self.rate)

    def evict_idle(self) -> int:
        """Drops buckets untouched for idle_seconds; returns how many were dropped."""
        cutoff = time.time() - self.idle_seconds
        dropped = 0
        for key, bucket in self._buckets.items():
            if bucket.updated_at < cutoff:
                del self._buckets[key]
                dropped += 1
        return dropped
