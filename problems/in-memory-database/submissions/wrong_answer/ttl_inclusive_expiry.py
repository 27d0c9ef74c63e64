"""Wrong (level 3): a field is still alive at exactly timestamp + ttl."""

from __future__ import annotations


class Entry:
    def __init__(self, value: str, expires_at: int | None) -> None:
        self.value = value
        self.expires_at = expires_at

    def alive_at(self, timestamp: int) -> bool:
        return self.expires_at is None or timestamp <= self.expires_at  # bug: expired at timestamp + ttl, not after it


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, Entry]] = {}
        self._now = 0

    def set(self, key: str, field: str, value: str) -> None:
        self.set_at(key, field, value, self._now)

    def get(self, key: str, field: str) -> str | None:
        return self.get_at(key, field, self._now)

    def delete(self, key: str, field: str) -> bool:
        return self.delete_at(key, field, self._now)

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        return self.compare_and_set_at(key, field, expected_value, new_value, self._now)

    def scan(self, key: str) -> list[str]:
        return self.scan_at(key, self._now)

    def scan_by_prefix(self, key: str, prefix: str) -> list[str]:
        return self.scan_by_prefix_at(key, prefix, self._now)

    def find_keys(self, field: str, value: str) -> list[str]:
        return self.find_keys_at(field, value, self._now)

    def set_at(self, key: str, field: str, value: str, timestamp: int) -> None:
        self._now = max(self._now, timestamp)
        self._records.setdefault(key, {})[field] = Entry(value, None)

    def set_at_with_ttl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self._now = max(self._now, timestamp)
        self._records.setdefault(key, {})[field] = Entry(value, timestamp + ttl)

    def get_at(self, key: str, field: str, timestamp: int) -> str | None:
        self._now = max(self._now, timestamp)
        entry = self._records.get(key, {}).get(field)
        return entry.value if entry is not None and entry.alive_at(timestamp) else None

    def delete_at(self, key: str, field: str, timestamp: int) -> bool:
        if self.get_at(key, field, timestamp) is None:
            return False
        del self._records[key][field]
        return True

    def compare_and_set_at(
        self, key: str, field: str, expected_value: str, new_value: str, timestamp: int
    ) -> bool:
        if self.get_at(key, field, timestamp) != expected_value:
            return False
        self._records[key][field] = Entry(new_value, None)
        return True

    def scan_at(self, key: str, timestamp: int) -> list[str]:
        return self.scan_by_prefix_at(key, "", timestamp)

    def scan_by_prefix_at(self, key: str, prefix: str, timestamp: int) -> list[str]:
        self._now = max(self._now, timestamp)
        record = self._records.get(key, {})
        return [
            f"{field}({record[field].value})"
            for field in sorted(record)
            if field.startswith(prefix) and record[field].alive_at(timestamp)
        ]

    def find_keys_at(self, field: str, value: str, timestamp: int) -> list[str]:
        self._now = max(self._now, timestamp)
        return sorted(key for key in self._records if self.get_at(key, field, timestamp) == value)
