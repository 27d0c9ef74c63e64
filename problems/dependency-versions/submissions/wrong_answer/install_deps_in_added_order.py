"""Wrong (level 3): a version's dependencies join the queue in the order they were added, not by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

NUMBER = r"(0|[1-9][0-9]*)"
IDENTIFIER = r"[0-9A-Za-z-]+"
VERSION = re.compile(rf"{NUMBER}\.{NUMBER}\.{NUMBER}(?:-({IDENTIFIER}(?:\.{IDENTIFIER})*))?")
COMPARATOR = re.compile(r"(>=|<=|>|<|=|\^|~)?(.+)")


class InvalidInput(ValueError):
    pass


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    pre: tuple[str, ...]  # empty for a stable version
    text: str

    @staticmethod
    def parse(text: str) -> Version:
        match = VERSION.fullmatch(text)
        if match is None:
            raise InvalidInput(f"not a version: {text!r}")
        pre = tuple(match.group(4).split(".")) if match.group(4) else ()
        if any(part.isdigit() and len(part) > 1 and part[0] == "0" for part in pre):
            raise InvalidInput(f"numeric identifier with a leading zero: {text!r}")
        return Version(int(match.group(1)), int(match.group(2)), int(match.group(3)), pre, text)

    @property
    def core(self) -> tuple[int, int, int]:
        return self.major, self.minor, self.patch

    def _key(self):
        # A stable version sorts after all of its prereleases; identifiers: numbers before words.
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return self.core, not self.pre, pre

    def __lt__(self, other: Version) -> bool:
        return self._key() < other._key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


def bump(version: Version, op: str) -> Version:
    """The exclusive upper bound of ^version or ~version."""
    major, minor, patch = version.core
    if op == "~" or (major == 0 and minor > 0):
        upper = (major, minor + 1, 0)
    elif major > 0:
        upper = (major + 1, 0, 0)
    else:
        upper = (0, 0, patch + 1)
    return Version(*upper, (), "")


@dataclass(frozen=True)
class Comparator:
    op: str  # one of >= <= > < = ^ ~ *
    version: Version | None  # None for *

    def test(self, v: Version) -> bool:
        op, bound = self.op, self.version
        if op == "*":
            return True
        if op == ">=":
            return v >= bound
        if op == "<=":
            return v <= bound
        if op == ">":
            return v > bound
        if op == "<":
            return v < bound
        if op == "=":
            return v == bound
        return bound <= v < bump(bound, op)


@dataclass(frozen=True)
class Range:
    alternatives: tuple[tuple[Comparator, ...], ...]

    @staticmethod
    def parse(text: str) -> Range:
        alternatives = []
        for part in text.split("||"):
            tokens = part.split()
            if not tokens:
                raise InvalidInput(f"empty alternative in {text!r}")
            alternatives.append(tuple(parse_comparator(token) for token in tokens))
        return Range(tuple(alternatives))

    def test(self, v: Version) -> bool:
        return any(allows(comparators, v) for comparators in self.alternatives)


def parse_comparator(token: str) -> Comparator:
    if token == "*":
        return Comparator("*", None)
    match = COMPARATOR.fullmatch(token)
    return Comparator(match.group(1) or "=", Version.parse(match.group(2)))


def allows(comparators: tuple[Comparator, ...], v: Version) -> bool:
    """All comparators hold, and a prerelease is only allowed if the set names one of its core."""
    if not all(c.test(v) for c in comparators):
        return False
    return not v.pre or any(c.version is not None and c.version.pre and c.version.core == v.core for c in comparators)


def split_spec(spec: str) -> tuple[str, str]:
    """'name@1.2.3' -> ('name', '1.2.3'); the version follows the last '@'."""
    name, at, version = spec.rpartition("@")
    if not at or not name:
        raise InvalidInput(f"expected name@version: {spec!r}")
    return name, version


class PackageRegistry:
    def __init__(self) -> None:
        self._versions: dict[str, dict[Version, dict[str, str]]] = {}  # name -> version -> dep -> range text

    # Level 1 -----------------------------------------------------------------------------------

    def compare(self, a: str, b: str) -> int:
        x, y = Version.parse(a), Version.parse(b)
        return (x > y) - (x < y)

    def publish(self, package: str, version: str) -> bool:
        try:
            parsed = Version.parse(version)
        except InvalidInput:
            return False
        published = self._versions.setdefault(package, {})
        if parsed in published:
            return False
        published[parsed] = {}
        return True

    def versions(self, package: str) -> list[str]:
        return [v.text for v in sorted(self._versions.get(package, {}))]

    def latest(self, package: str) -> str | None:
        stable = [v for v in self._versions.get(package, {}) if not v.pre]
        return max(stable).text if stable else None

    # Level 2 -----------------------------------------------------------------------------------

    def satisfies(self, version: str, range_text: str) -> bool:
        return Range.parse(range_text).test(Version.parse(version))

    def max_satisfying(self, package: str, range_text: str) -> str | None:
        candidates = self._candidates(package, Range.parse(range_text))
        return candidates[0].text if candidates else None

    # Level 3 -----------------------------------------------------------------------------------

    def add_dependency(self, package: str, version: str, dependency: str, range_text: str) -> bool:
        deps = self._find(package, version)
        if deps is None or dependency == package:
            return False
        try:
            Range.parse(range_text)
        except InvalidInput:
            return False
        deps[dependency] = range_text
        return True

    def check(self, installed: list[str]) -> list[str]:
        """Every dependency of an installed version that the installed set does not satisfy."""
        chosen: dict[str, Version] = {}
        for spec in installed:
            name, version = split_spec(spec)
            if name in chosen or self._find(name, version) is None:
                raise InvalidInput(f"not a published version, or installed twice: {spec!r}")
            chosen[name] = Version.parse(version)
        problems = []
        for name, version in chosen.items():
            for dependency, range_text in self._versions[name][version].items():
                have = chosen.get(dependency)
                if have is None or not Range.parse(range_text).test(have):
                    problems.append(f"{name}@{version.text} requires {dependency} {range_text}")
        return sorted(problems)

    def install(self, package: str, range_text: str) -> list[str] | None:
        """Greedy: the newest version that fits each requirement when first met; None on conflict."""
        return self._solve(package, range_text, backtrack=False)

    # Level 4 -----------------------------------------------------------------------------------

    def resolve(self, package: str, range_text: str) -> list[str] | None:
        """Like install, but backtracks to older versions instead of giving up on a conflict."""
        return self._solve(package, range_text, backtrack=True)

    # Internals ---------------------------------------------------------------------------------

    def _find(self, package: str, version: str) -> dict[str, str] | None:
        try:
            parsed = Version.parse(version)
        except InvalidInput:
            return None
        return self._versions.get(package, {}).get(parsed)

    def _candidates(self, package: str, wanted: Range) -> list[Version]:
        """Published versions in the range, newest first."""
        return sorted((v for v in self._versions.get(package, {}) if wanted.test(v)), reverse=True)

    def _requirements(self, package: str, version: Version) -> list[tuple[str, Range]]:
        deps = self._versions[package][version]
        return [(name, Range.parse(deps[name])) for name in deps]  # in the order they were added

    def _solve(self, package: str, range_text: str, backtrack: bool) -> list[str] | None:
        root = (package, Range.parse(range_text))

        def search(queue: list[tuple[str, Range]], chosen: dict[str, Version]) -> dict[str, Version] | None:
            queue = list(queue)
            while queue:
                name, wanted = queue.pop(0)
                if name in chosen:
                    if not wanted.test(chosen[name]):
                        return None  # conflict with an earlier choice
                    continue
                candidates = self._candidates(name, wanted)
                for version in candidates if backtrack else candidates[:1]:
                    found = search(queue + self._requirements(name, version), {**chosen, name: version})
                    if found is not None:
                        return found
                return None
            return chosen

        result = search([root], {})
        if result is None:
            return None
        return [f"{name}@{result[name].text}" for name in sorted(result)]
