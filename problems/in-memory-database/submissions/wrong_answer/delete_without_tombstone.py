"""Wrong (level 4): a delete inside a transaction forgets the pending write but leaves no tombstone,
so the value underneath shows through again."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    """A field's value and the first timestamp at which it no longer exists (None: never)."""

    value: str
    expires_at: int | None = None

    def alive_at(self, timestamp: int) -> bool:
        return self.expires_at is None or timestamp < self.expires_at


# A transaction's pending writes: key -> field -> new entry, or None for a field it deleted.
Changes = dict[str, dict[str, Entry | None]]


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, Entry]] = {}
        self._transactions: list[Changes] = []  # open transactions, innermost last
        self._now = 0  # the latest timestamp seen; the untimestamped methods act at it

    # Level 1 -----------------------------------------------------------------------------------

    def set(self, key: str, field: str, value: str) -> None:
        self.set_at(key, field, value, self._now)

    def get(self, key: str, field: str) -> str | None:
        return self.get_at(key, field, self._now)

    def delete(self, key: str, field: str) -> bool:
        return self.delete_at(key, field, self._now)

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        return self.compare_and_set_at(key, field, expected_value, new_value, self._now)

    # Level 2 -----------------------------------------------------------------------------------

    def scan(self, key: str) -> list[str]:
        return self.scan_at(key, self._now)

    def scan_by_prefix(self, key: str, prefix: str) -> list[str]:
        return self.scan_by_prefix_at(key, prefix, self._now)

    def find_keys(self, field: str, value: str) -> list[str]:
        return self.find_keys_at(field, value, self._now)

    # Level 3 -----------------------------------------------------------------------------------

    def set_at(self, key: str, field: str, value: str, timestamp: int) -> None:
        self._advance(timestamp)
        self._write(key, field, Entry(value))

    def set_at_with_ttl(self, key: str, field: str, value: str, timestamp: int, ttl: int) -> None:
        self._advance(timestamp)
        self._write(key, field, Entry(value, timestamp + ttl))

    def get_at(self, key: str, field: str, timestamp: int) -> str | None:
        self._advance(timestamp)
        entry = self._lookup(key, field)
        return entry.value if entry is not None and entry.alive_at(timestamp) else None

    def delete_at(self, key: str, field: str, timestamp: int) -> bool:
        if self.get_at(key, field, timestamp) is None:
            return False
        self._write(key, field, None)
        return True

    def compare_and_set_at(
        self, key: str, field: str, expected_value: str, new_value: str, timestamp: int
    ) -> bool:
        if self.get_at(key, field, timestamp) != expected_value:
            return False
        self._write(key, field, Entry(new_value))
        return True

    def scan_at(self, key: str, timestamp: int) -> list[str]:
        return self.scan_by_prefix_at(key, "", timestamp)

    def scan_by_prefix_at(self, key: str, prefix: str, timestamp: int) -> list[str]:
        self._advance(timestamp)
        record = self._record_view(key, timestamp)
        return [f"{field}({record[field]})" for field in sorted(record) if field.startswith(prefix)]

    def find_keys_at(self, field: str, value: str, timestamp: int) -> list[str]:
        self._advance(timestamp)
        keys = set(self._records).union(*self._transactions)
        return sorted(key for key in keys if self.get_at(key, field, timestamp) == value)

    # Level 4 -----------------------------------------------------------------------------------

    def begin(self, timestamp: int) -> None:
        self._advance(timestamp)
        self._transactions.append({})

    def commit(self, timestamp: int) -> bool:
        """Fold the innermost transaction into its parent (or the records); False if none is open."""
        self._advance(timestamp)
        if not self._transactions:
            return False
        changes = self._transactions.pop()
        for key, fields in changes.items():
            for field, entry in fields.items():
                self._write(key, field, entry)  # the entry keeps its absolute expiry
        return True

    def rollback(self, timestamp: int) -> bool:
        """Discard the innermost transaction; False if none is open."""
        self._advance(timestamp)
        if not self._transactions:
            return False
        self._transactions.pop()
        return True

    # Internals ---------------------------------------------------------------------------------

    def _advance(self, timestamp: int) -> None:
        self._now = max(self._now, timestamp)

    def _lookup(self, key: str, field: str) -> Entry | None:
        """The newest entry of a field, alive or not; None if missing or deleted."""
        for changes in reversed(self._transactions):
            fields = changes.get(key)
            if fields is not None and field in fields:
                return fields[field]
        return self._records.get(key, {}).get(field)

    def _record_view(self, key: str, timestamp: int) -> dict[str, str]:
        """The fields of a record alive at `timestamp`, as the innermost transaction sees them."""
        merged: dict[str, Entry | None] = dict(self._records.get(key, {}))
        for changes in self._transactions:
            merged.update(changes.get(key, {}))
        return {
            field: entry.value
            for field, entry in merged.items()
            if entry is not None and entry.alive_at(timestamp)
        }

    def _write(self, key: str, field: str, entry: Entry | None) -> None:
        """Record a new entry (None: a deletion) in the innermost transaction, or the records."""
        if self._transactions:
            if entry is None:  # bug: the older value in the records or outer transactions reappears
                self._transactions[-1].get(key, {}).pop(field, None)
            else:
                self._transactions[-1].setdefault(key, {})[field] = entry
            return
        if entry is not None:
            self._records.setdefault(key, {})[field] = entry
            return
        record = self._records.get(key)
        if record is not None:
            record.pop(field, None)
            if not record:
                del self._records[key]
