"""Wrong (level 4): mv takes the entry out of its old directory before looking at the destination,
so moving an entry into the directory that already holds it succeeds instead of failing."""

from __future__ import annotations


class Dir:
    def __init__(self, name: str, parent: Dir | None) -> None:
        self.name = name
        self.parent = parent  # None only for the root
        self.children: dict[str, Dir | Link] = {}


class Link:
    def __init__(self, name: str, parent: Dir, target: str) -> None:
        self.name = name
        self.parent = parent
        self.target = target  # resolved at each use, so it may dangle


def components(path: str) -> list[str]:
    return [part for part in path.split("/") if part]


class FileSystem:
    def __init__(self) -> None:
        self._root = Dir("", None)
        self._cwd = self._root

    # Level 1 -----------------------------------------------------------------------------------

    def mkdir(self, path: str) -> bool:
        """Create a directory; its parent must exist and its name must be new."""
        located = self._locate_new(path)
        if located is None:
            return False
        parent, name = located
        parent.children[name] = Dir(name, parent)
        return True

    def cd(self, path: str) -> bool:
        target = self._resolve(path)
        if target is None:
            return False
        self._cwd = target
        return True

    def pwd(self) -> str:
        return self._path_of(self._cwd)

    # Level 2 -----------------------------------------------------------------------------------

    def ls(self, path: str) -> list[str] | None:
        target = self._resolve(path)
        return None if target is None else sorted(target.children)

    def rm(self, path: str) -> bool:
        """Remove an empty directory or a link (never what the link points to)."""
        located = self._locate_existing(path)
        if located is None:
            return False
        parent, entry = located
        if isinstance(entry, Dir) and (entry.children or entry is self._cwd):
            return False
        del parent.children[entry.name]
        return True

    def find(self, path: str, name: str) -> list[str] | None:
        """Absolute paths of the entries named `name` anywhere below `path` (links not entered)."""
        start = self._resolve(path)
        if start is None:
            return None
        found = []
        stack = [start]
        while stack:
            directory = stack.pop()
            for entry in directory.children.values():
                if entry.name == name:
                    found.append(self._path_of(entry))
                if isinstance(entry, Dir):
                    stack.append(entry)
        return sorted(found)

    # Level 3 -----------------------------------------------------------------------------------

    def symlink(self, target: str, path: str) -> bool:
        """Create a link at `path` that points to `target` (stored as text, resolved on use)."""
        located = self._locate_new(path)
        if located is None or not target:
            return False
        parent, name = located
        parent.children[name] = Link(name, parent, target)
        return True

    def readlink(self, path: str) -> str | None:
        located = self._locate_existing(path)
        if located is None or not isinstance(located[1], Link):
            return None
        return located[1].target

    def realpath(self, path: str) -> str | None:
        target = self._resolve(path)
        return None if target is None else self._path_of(target)

    # Level 4 -----------------------------------------------------------------------------------

    def mv(self, source: str, destination: str) -> bool:
        """Move or rename an entry; into `destination` if that is an existing directory."""
        located = self._locate_existing(source)
        if located is None:
            return False
        old_parent, entry = located
        del old_parent.children[entry.name]  # detached first: its own name no longer counts as taken
        into = self._resolve(destination)
        if into is not None:
            new_parent, new_name = into, entry.name
        else:
            spot = self._locate_new(destination)
            if spot is None:
                old_parent.children[entry.name] = entry
                return False
            new_parent, new_name = spot
        if new_name in new_parent.children or (
            isinstance(entry, Dir) and self._is_within(new_parent, entry)
        ):
            old_parent.children[entry.name] = entry
            return False
        entry.name, entry.parent = new_name, new_parent
        new_parent.children[new_name] = entry
        return True

    # Internals ---------------------------------------------------------------------------------

    def _start(self, path: str) -> Dir:
        return self._root if path.startswith("/") else self._cwd

    def _resolve(self, path: str) -> Dir | None:
        """The directory `path` names, following every link; None if there is none."""
        if not path:
            return None
        return self._walk(self._start(path), components(path), set())

    def _walk(self, start: Dir, parts: list[str], expanding: set[Link]) -> Dir | None:
        node = start
        for part in parts:
            if part == ".":
                continue
            if part == "..":
                node = node.parent or node
                continue
            child = node.children.get(part)
            if isinstance(child, Link):
                child = self._follow(child, expanding)
            if child is None:
                return None
            node = child
        return node

    def _follow(self, link: Link, expanding: set[Link]) -> Dir | None:
        """The directory a link points to; None if it dangles or needs itself to be resolved."""
        if link in expanding:
            return None  # resolving the link requires resolving the link: a loop
        expanding.add(link)
        start = self._root if link.target.startswith("/") else link.parent
        result = self._walk(start, components(link.target), expanding)
        expanding.discard(link)
        return result

    def _split(self, path: str) -> tuple[Dir, str] | None:
        """The resolved parent directory of `path` and its last component (not followed)."""
        parts = components(path)
        if not parts or parts[-1] in (".", ".."):
            return None
        parent = self._walk(self._start(path), parts[:-1], set())
        return None if parent is None else (parent, parts[-1])

    def _locate_new(self, path: str) -> tuple[Dir, str] | None:
        split = self._split(path)
        if split is None or split[1] in split[0].children:
            return None
        return split

    def _locate_existing(self, path: str) -> tuple[Dir, Dir | Link] | None:
        split = self._split(path)
        if split is None or split[1] not in split[0].children:
            return None
        return split[0], split[0].children[split[1]]

    def _path_of(self, entry: Dir | Link) -> str:
        names = []
        while entry.parent is not None:
            names.append(entry.name)
            entry = entry.parent
        return "/" + "/".join(reversed(names))

    @staticmethod
    def _is_within(node: Dir, ancestor: Dir) -> bool:
        while node is not None:
            if node is ancestor:
                return True
            node = node.parent
        return False
