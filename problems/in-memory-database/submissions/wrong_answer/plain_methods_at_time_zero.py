"""Wrong (level 3): the untimestamped methods act at timestamp 0, not at the latest one seen."""

from __future__ import annotations


class Entry:
    def __init__(self, value: str, expires_at: int | None) -> None:
        self.value = value
        self.expires_at = expires_at

    def alive_at(self, timestamp: int) -> bool:
        return self.expires_at is None or timestamp < self.expires_at


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, Entry]] = {}
        self._now = 0

    def set(self, key: str, field: str, value: str) -> None:
        self.set_at(key, field, value, 0)  # bug: should be the latest timestamp

    def get(self, key: str, field: str) -> str | None:
        return self.get_at(key, field, 0)

    def delete(self, key: str, field: str) -> bool:
        return self.delete_at(key, field, 0)

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        return self.compare_and_set_at(key, field, expected_value, new_value, 0)

    def scan(self, key: str) -> list[str]:
        return self.scan_at(key, 0)

    def scan_by_prefix(self, key: str, prefix: str) -> list[str]:
        return self.scan_by_prefix_at(key, prefix, 0)

    def find_keys(self, field: str, value: str) -> list[str]:
        return self.find_keys_at(field, value, 0)

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
