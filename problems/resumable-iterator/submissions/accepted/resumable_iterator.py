"""Iterators whose position can be saved as plain data and restored, composed into pipelines.

Reference solution for all four levels. Every iterator implements one small interface:
`has_next`, `next`, `get_state`, and `set_state`, which is split into `parse_state` (validate a
state and turn it into an internal checkpoint, touching nothing) and `load` (apply a checkpoint
that is known to be valid). Composites parse all of their children's states before loading any,
so a bad state never leaves an iterator half-restored.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

State = dict[str, Any]


class InvalidState(ValueError):
    pass


def field(state: Any, key: str) -> Any:
    if not isinstance(state, dict) or key not in state:
        raise InvalidState(f"the state has no {key!r}: {state!r}")
    return state[key]


def integer(state: Any, key: str, low: int, high: int) -> int:
    """state[key] as an int in [low, high]."""
    value = field(state, key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidState(f"{key} must be an integer in [{low}, {high}], got {value!r}")
    return value


class ResumableIterator(ABC):
    @abstractmethod
    def has_next(self) -> bool: ...

    @abstractmethod
    def next(self) -> int:
        """Return the next item; raise StopIteration when there is none."""

    @abstractmethod
    def get_state(self) -> State: ...

    def set_state(self, state: State) -> None:
        """Restore a state from get_state; raise ValueError, changing nothing, if it is invalid."""
        self.load(self.parse_state(state))

    @abstractmethod
    def parse_state(self, state: Any) -> Any:
        """Validate `state` and return a checkpoint for `load`; never mutates."""

    @abstractmethod
    def load(self, checkpoint: Any) -> None: ...


# Level 1 -----------------------------------------------------------------------------------------


class ArrayIterator(ResumableIterator):
    def __init__(self, items: list[int]) -> None:
        self._items = list(items)
        self._position = 0

    def has_next(self) -> bool:
        return self._position < len(self._items)

    def next(self) -> int:
        if not self.has_next():
            raise StopIteration("the iterator is exhausted")
        self._position += 1
        return self._items[self._position - 1]

    def get_state(self) -> State:
        return {"position": self._position}

    def parse_state(self, state: Any) -> int:
        return integer(state, "position", 0, len(self._items))

    def load(self, checkpoint: int) -> None:
        self._position = checkpoint


# Level 2 -----------------------------------------------------------------------------------------


class MultiFileIterator(ResumableIterator):
    """The items of every file in order; the state always points at the next item."""

    def __init__(self, files: list[list[int]]) -> None:
        self._files = [list(f) for f in files]
        self._file = 0
        self._position = 0
        self._skip_finished_files()

    def has_next(self) -> bool:
        return self._file < len(self._files)

    def next(self) -> int:
        if not self.has_next():
            raise StopIteration("the iterator is exhausted")
        item = self._files[self._file][self._position]
        self._position += 1
        self._skip_finished_files()
        return item

    def get_state(self) -> State:
        return {"file": self._file, "position": self._position}

    def parse_state(self, state: Any) -> tuple[int, int]:
        file = integer(state, "file", 0, len(self._files))
        size = len(self._files[file]) if file < len(self._files) else 0
        return file, integer(state, "position", 0, size)

    def load(self, checkpoint: tuple[int, int]) -> None:
        self._file, self._position = checkpoint
        self._skip_finished_files()

    def _skip_finished_files(self) -> None:
        """Keep the canonical form: point at a real item, or at (len(files), 0) when done."""
        while self._file < len(self._files) and self._position == len(self._files[self._file]):
            self._file += 1
            self._position = 0


# Level 3 -----------------------------------------------------------------------------------------


class RoundRobin(ResumableIterator):
    """Takes one item from each source in turn, skipping sources that have run out."""

    def __init__(self, sources: list[ResumableIterator]) -> None:
        self._sources = sources
        self._turn = 0

    def has_next(self) -> bool:
        return any(source.has_next() for source in self._sources)

    def next(self) -> int:
        count = len(self._sources)
        for step in range(count):
            index = (self._turn + step) % count
            if self._sources[index].has_next():
                self._turn = (index + 1) % count
                return self._sources[index].next()
        raise StopIteration("the iterator is exhausted")

    def get_state(self) -> State:
        return {"turn": self._turn, "sources": [source.get_state() for source in self._sources]}

    def parse_state(self, state: Any) -> tuple[int, list[Any]]:
        turn = integer(state, "turn", 0, max(len(self._sources) - 1, 0))
        return turn, parse_children(state, self._sources)

    def load(self, checkpoint: tuple[int, list[Any]]) -> None:
        self._turn, children = checkpoint
        for source, child in zip(self._sources, children):
            source.load(child)


def parse_children(state: Any, sources: list[ResumableIterator]) -> list[Any]:
    children = field(state, "sources")
    if not isinstance(children, list) or len(children) != len(sources):
        raise InvalidState(f"expected {len(sources)} source states, got {children!r}")
    return [source.parse_state(child) for source, child in zip(sources, children)]


class InterleaveIterator(RoundRobin):
    """Round robin over sources that are each a list of files."""

    def __init__(self, sources: list[list[list[int]]]) -> None:
        super().__init__([MultiFileIterator(files) for files in sources])


# Level 4 -----------------------------------------------------------------------------------------


class Chain(ResumableIterator):
    """Every item of the first source, then of the second, and so on."""

    def __init__(self, sources: list[ResumableIterator]) -> None:
        self._sources = sources
        self._current = 0
        self._skip_finished_sources()

    def has_next(self) -> bool:
        return self._current < len(self._sources)

    def next(self) -> int:
        if not self.has_next():
            raise StopIteration("the iterator is exhausted")
        item = self._sources[self._current].next()
        self._skip_finished_sources()
        return item

    def get_state(self) -> State:
        return {"current": self._current, "sources": [source.get_state() for source in self._sources]}

    def parse_state(self, state: Any) -> tuple[int, list[Any]]:
        current = integer(state, "current", 0, len(self._sources))
        return current, parse_children(state, self._sources)

    def load(self, checkpoint: tuple[int, list[Any]]) -> None:
        self._current, children = checkpoint
        for source, child in zip(self._sources, children):
            source.load(child)
        self._skip_finished_sources()

    def _skip_finished_sources(self) -> None:
        while self._current < len(self._sources) and not self._sources[self._current].has_next():
            self._current += 1


def build(spec: dict[str, Any]) -> ResumableIterator:
    """The iterator described by a spec: {"list": ...}, {"files": ...}, {"interleave": [...]}, {"chain": [...]}."""
    if not isinstance(spec, dict) or len(spec) != 1:
        raise ValueError(f"a spec has exactly one key: {spec!r}")
    (kind, argument), = spec.items()
    if kind == "list":
        return ArrayIterator(argument)
    if kind == "files":
        return MultiFileIterator(argument)
    if kind == "interleave":
        return RoundRobin([build(child) for child in argument])
    if kind == "chain":
        return Chain([build(child) for child in argument])
    raise ValueError(f"unknown spec kind {kind!r}")


class PipelineIterator(ResumableIterator):
    """An iterator assembled from a spec; its state is the state of the tree it describes."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._root = build(spec)

    def has_next(self) -> bool:
        return self._root.has_next()

    def next(self) -> int:
        return self._root.next()

    def get_state(self) -> State:
        return self._root.get_state()

    def parse_state(self, state: Any) -> Any:
        return self._root.parse_state(state)

    def load(self, checkpoint: Any) -> None:
        self._root.load(checkpoint)
