"""Wrong (level 1): truthiness checks treat the empty string as a missing value."""


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, str]] = {}

    def set(self, key: str, field: str, value: str) -> None:
        self._records.setdefault(key, {})[field] = value

    def get(self, key: str, field: str) -> str | None:
        return self._records.get(key, {}).get(field)

    def delete(self, key: str, field: str) -> bool:
        if not self.get(key, field):  # bug: "" is a value
            return False
        del self._records[key][field]
        return True

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        current = self.get(key, field)
        if not current or current != expected_value:  # bug: "" is a value
            return False
        self.set(key, field, new_value)
        return True
