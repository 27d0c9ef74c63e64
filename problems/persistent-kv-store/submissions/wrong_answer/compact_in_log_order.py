"""Wrong (level 3): compaction keeps the surviving records in log order instead of sorting them by key."""

from __future__ import annotations

ESCAPES = {"\\": "\\\\", "\n": "\\n", "=": "\\="}
UNESCAPES = {"\\": "\\", "n": "\n", "=": "="}
BEGIN, COMMIT = "BEGIN", "COMMIT"


class FormatError(ValueError):
    """The text is not a well-formed snapshot or log."""


def escape(text: str) -> str:
    return "".join(ESCAPES.get(ch, ch) for ch in text)


def split_unescaped(line: str) -> list[str]:
    """Unescape `line`, splitting it at every unescaped '='."""
    parts, current, i = [], [], 0
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            if i + 1 == len(line) or line[i + 1] not in UNESCAPES:
                raise FormatError(f"bad escape in {line!r}")
            current.append(UNESCAPES[line[i + 1]])
            i += 2
        elif ch == "=":
            parts.append("".join(current))
            current = []
            i += 1
        else:
            current.append(ch)
            i += 1
    parts.append("".join(current))
    return parts


def lines_of(text: str) -> list[str]:
    """The lines of a text in which every line ends with a newline."""
    if not text:
        return []
    if not text.endswith("\n"):
        raise FormatError("the text does not end with a newline")
    return text[:-1].split("\n")


def parse_snapshot(text: str) -> dict[str, str]:
    data: dict[str, str] = {}
    for line in lines_of(text):
        parts = split_unescaped(line)
        if len(parts) != 2:
            raise FormatError(f"a snapshot line needs exactly one '=': {line!r}")
        key, value = parts
        if key in data:
            raise FormatError(f"duplicate key {key!r}")
        data[key] = value
    return data


def set_record(key: str, value: str) -> str:
    return f"+{escape(key)}={escape(value)}"


def delete_record(key: str) -> str:
    return f"-{escape(key)}"


def parse_record(line: str) -> tuple[str, str | None]:
    """(key, value) for a set record, (key, None) for a delete record."""
    if line.startswith("+"):
        parts = split_unescaped(line[1:])
        if len(parts) != 2:
            raise FormatError(f"a set record needs exactly one '=': {line!r}")
        return parts[0], parts[1]
    if line.startswith("-"):
        parts = split_unescaped(line[1:])
        if len(parts) != 1:
            raise FormatError(f"a delete record has no '=': {line!r}")
        return parts[0], None
    raise FormatError(f"not a record: {line!r}")


def parse_log(text: str) -> tuple[list[list[tuple[str, str | None]]], list[str]]:
    """The log's changes, grouped into atomic batches, and the lines that remain after dropping
    a transaction the log ends in the middle of (a commit that never finished)."""
    batches: list[list[tuple[str, str | None]]] = []
    kept: list[str] = []
    block: list[str] | None = None
    for line in lines_of(text):
        if line == BEGIN:
            if block is not None:
                raise FormatError("BEGIN inside a transaction")
            block = [line]
        elif line == COMMIT:
            if block is None:
                raise FormatError("COMMIT without BEGIN")
            batches.append([parse_record(record) for record in block[1:]])
            kept.extend(block + [line])
            block = None
        elif block is not None:
            parse_record(line)  # validated now, applied with its block
            block.append(line)
        else:
            batches.append([parse_record(line)])
            kept.append(line)
    return batches, kept


def render(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


_MISSING = object()  # a pending delete inside a transaction


class KVStore:
    def __init__(self) -> None:
        self._data: dict[str, str] = {}  # committed
        self._base: dict[str, str] = {}  # as of the last checkpoint: the log starts here
        self._log: list[str] = []  # lines of the committed log since the checkpoint
        self._pending: dict[str, object] | None = None  # open transaction: key -> value or _MISSING
        self._pending_log: list[str] = []

    # Level 1 -----------------------------------------------------------------------------------

    def set(self, key: str, value: str) -> None:
        self._apply(key, value)

    def get(self, key: str) -> str | None:
        if self._pending is not None and key in self._pending:
            value = self._pending[key]
            return None if value is _MISSING else value
        return self._data.get(key)

    def delete(self, key: str) -> bool:
        if self.get(key) is None:
            return False
        self._apply(key, None)
        return True

    def keys(self, prefix: str) -> list[str]:
        return sorted(key for key in self._view() if key.startswith(prefix))

    # Level 2 -----------------------------------------------------------------------------------

    def snapshot(self) -> str:
        """The committed data, one escaped `key=value` line per key, sorted by key."""
        return render([f"{escape(k)}={escape(self._data[k])}" for k in sorted(self._data)])

    def restore(self, text: str) -> None:
        self.recover(text, "")

    # Level 3 -----------------------------------------------------------------------------------

    def log(self) -> str:
        return render(self._log)

    def checkpoint(self) -> str:
        text = self.snapshot()
        self._base = dict(self._data)
        self._log = []
        return text

    def recover(self, snapshot: str, log: str) -> None:
        """Replace everything with `snapshot` plus the changes in `log`; all or nothing."""
        base = parse_snapshot(snapshot)
        batches, kept = parse_log(log)
        data = dict(base)
        for batch in batches:
            for key, value in batch:
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value
        self._data, self._base, self._log = data, base, kept
        self._pending, self._pending_log = None, []

    def compact(self) -> int:
        """Rewrite the log as the fewest records that turn the base into the data."""
        before = len(self._log)
        order: dict[str, None] = {}
        for line in self._log:
            if line not in (BEGIN, COMMIT):
                order.pop(parse_record(line)[0], None)
                order[parse_record(line)[0]] = None  # bug: last-write order, not key order
        changed = [k for k in order if self._data.get(k) != self._base.get(k)]
        self._log = [set_record(k, self._data[k]) if k in self._data else delete_record(k) for k in changed]
        return before - len(self._log)

    # Level 4 -----------------------------------------------------------------------------------

    def begin(self) -> bool:
        if self._pending is not None:
            return False
        self._pending, self._pending_log = {}, []
        return True

    def commit(self) -> bool:
        if self._pending is None:
            return False
        for key, value in self._pending.items():
            if value is _MISSING:
                self._data.pop(key, None)
            else:
                self._data[key] = value
        if self._pending_log:
            self._log.extend([BEGIN, *self._pending_log, COMMIT])
        self._pending, self._pending_log = None, []
        return True

    def rollback(self) -> bool:
        if self._pending is None:
            return False
        self._pending, self._pending_log = None, []
        return True

    # Internals ---------------------------------------------------------------------------------

    def _apply(self, key: str, value: str | None) -> None:
        """Stage a change in the open transaction, or commit and log it now. None deletes."""
        record = delete_record(key) if value is None else set_record(key, value)
        if self._pending is not None:
            self._pending[key] = _MISSING if value is None else value
            self._pending_log.append(record)
            return
        if value is None:
            del self._data[key]
        else:
            self._data[key] = value
        self._log.append(record)

    def _view(self) -> set[str]:
        """The keys as the caller sees them: committed data overlaid by the open transaction."""
        keys = set(self._data)
        for key, value in (self._pending or {}).items():
            if value is _MISSING:
                keys.discard(key)
            else:
                keys.add(key)
        return keys
