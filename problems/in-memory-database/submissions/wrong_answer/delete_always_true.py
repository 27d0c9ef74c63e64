"""Wrong (level 1): delete reports True even when the field did not exist."""


class InMemoryDatabase:
    def __init__(self) -> None:
        self._records: dict[str, dict[str, str]] = {}

    def set(self, key: str, field: str, value: str) -> None:
        self._records.setdefault(key, {})[field] = value

    def get(self, key: str, field: str) -> str | None:
        return self._records.get(key, {}).get(field)

    def delete(self, key: str, field: str) -> bool:
        self._records.get(key, {}).pop(field, None)
        return True  # bug: should say whether the field was there

    def compare_and_set(self, key: str, field: str, expected_value: str, new_value: str) -> bool:
        if self.get(key, field) != expected_value:
            return False
        self.set(key, field, new_value)
        return True
