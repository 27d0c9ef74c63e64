"""Wrong (level 2): scan_by_prefix matches the prefix anywhere in the field name."""


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, str]] = {}

    def set(self, key: str, field: str, value: str) -> None:
        self._records.setdefault(key, {})[field] = value

    def get(self, key: str, field: str) -> str | None:
        return self._records.get(key, {}).get(field)

    def delete(self, key: str, field: str) -> bool:
        record = self._records.get(key, {})
        if field not in record:
            return False
        del record[field]
        return True

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        if self.get(key, field) != expected_value:
            return False
        self.set(key, field, new_value)
        return True

    def scan(self, key: str) -> list[str]:
        return self.scan_by_prefix(key, "")

    def scan_by_prefix(self, key: str, prefix: str) -> list[str]:
        record = self._records.get(key, {})
        # bug: `in` finds the prefix anywhere, not only at the start
        return [f"{field}({record[field]})" for field in sorted(record) if prefix in field]

    def find_keys(self, field: str, value: str) -> list[str]:
        return sorted(key for key, record in self._records.items() if record.get(field) == value)
