"""Wrong (level 2): scans list fields in insertion order instead of sorting them by name."""


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
        # bug: dicts keep insertion order; the statement asks for fields sorted by name
        return [f"{field}({value})" for field, value in record.items() if field.startswith(prefix)]

    def find_keys(self, field: str, value: str) -> list[str]:
        return sorted(key for key, record in self._records.items() if record.get(field) == value)
