#!/usr/bin/env python3
"""Write the tests of dependency-versions: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer, and a call on which the reference raises is written with
`"raises": true`. Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "PackageRegistry"
SEARCH_BUDGET = 3000  # resolve calls whose search tries more candidates than this are left out


def load_reference():
    path = ROOT / "submissions" / "accepted" / "package_registry.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.latest("p")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            entry = {"call": method, "args": list(args)}
            try:
                result = getattr(self.instance, method)(*args)
            except ValueError:
                entry["raises"] = True
                self.calls.append(entry)
                return None
            entry["expect"] = result
            self.calls.append(entry)
            return result

        return call

    def bounded(self, method: str, *args) -> None:
        """Record install/resolve only if its search stays small (it has no side effects)."""
        tried = 0
        original = self.instance._candidates

        def counting(*a):
            nonlocal tried
            tried += 1
            return original(*a)

        self.instance._candidates = counting
        try:
            getattr(self.instance, method)(*args)
        finally:
            del self.instance._candidates
        if tried <= SEARCH_BUDGET:
            getattr(self, method)(*args)


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


SEMVER_ORDER = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0"]
INVALID_VERSIONS = ["1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "1.2.3-01",
                    "1.2.3-a..b", "1.2.3+build", " 1.2.3", "1.2.3 ", "1.2.-3", "-1.2.3", "1.2.3-é",
                    "", "a.b.c", "1.2.3-a_b", "1..3", "1.2.3-.a", "1.2.3-a.", "=1.2.3", "^1.2.3"]
VALID_ODD_VERSIONS = ["0.0.0", "1.2.3-0", "1.2.3-0a", "1.2.3--", "1.2.3-a-b", "1.2.3-rc.0", "1.2.3-Z.z",
                      "100.200.300", "1.2.3-1.2.3"]


def random_version(rng: random.Random, stable_bias: float = 0.75) -> str:
    core = f"{rng.choice([0, 0, 1, 1, 2, 10])}.{rng.choice([0, 1, 2, 9, 10])}.{rng.choice([0, 1, 3, 11])}"
    if rng.random() < stable_bias:
        return core
    tag = ".".join(rng.choice(["alpha", "beta", "rc", "0", "1", "2", "10", "x-y", "B"])
                   for _ in range(rng.randint(1, 3)))
    return f"{core}-{tag}"


def random_range(rng: random.Random, versions: list[str]) -> str:
    def comparator() -> str:
        if rng.random() < 0.05:
            return "*"
        return rng.choice([">=", ">", "<=", "<", "=", "", "^", "^", "~"]) + rng.choice(versions)

    sets = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        sets.append(" ".join(comparator() for _ in range(rng.choice([1, 1, 2]))))
    return " || ".join(sets)


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("compare versions, publish them, list them")
    s.compare("1.10.0", "1.9.0")
    s.compare("1.0.0-rc.1", "1.0.0")
    s.compare("1.0.0-alpha.10", "1.0.0-alpha.9")
    s.compare("1.0.0-alpha.beta", "1.0.0-alpha.1")
    s.compare("2.0.0", "2.0")
    s.publish("web", "2.0.0-beta.1")
    s.publish("web", "1.4.2")
    s.publish("web", "1.4.2")
    s.publish("web", "v1.5.0")
    s.versions("web")
    s.latest("web")
    s.latest("cli")
    write(1, "sample", "01-versions", s)

    s = Script("numbers compare as numbers, field by field")
    for a, b in [("1.10.0", "1.9.0"), ("10.0.0", "9.0.0"), ("0.0.10", "0.0.9"), ("1.2.3", "1.2.3"),
                 ("0.0.0", "0.0.0"), ("2.0.0", "1.99.99"), ("1.2.10", "1.10.2"), ("0.1.0", "0.0.99")]:
        s.compare(a, b)
        s.compare(b, a)
    write(1, "secret", "01-numeric-order", s)

    s = Script("prerelease precedence, as in the semantic versioning examples")
    for a, b in zip(SEMVER_ORDER, SEMVER_ORDER[1:]):
        s.compare(a, b)
        s.compare(b, a)
    for a, b in [("1.0.0-alpha", "1.0.0-alpha"), ("1.0.0-1", "1.0.0-a"), ("1.0.0-A", "1.0.0-a"),
                 ("1.0.0-a.1", "1.0.0-a"), ("1.0.0-9", "1.0.0-10"), ("1.0.0-a9", "1.0.0-a10"),
                 ("1.0.0-rc.1", "0.9.9"), ("1.0.0--", "1.0.0-0"), ("1.0.0-1.a", "1.0.0-1.1")]:
        s.compare(a, b)
    rng = random.Random(101)
    shuffled = SEMVER_ORDER[:]
    rng.shuffle(shuffled)
    for version in shuffled:
        s.publish("p", version)
    s.versions("p")
    s.latest("p")
    write(1, "secret", "02-prerelease-order", s)

    s = Script("invalid versions: compare raises, publish refuses")
    for version in INVALID_VERSIONS:
        s.compare(version, "1.0.0")
        s.publish("p", version)
    s.compare("1.0.0", "1.0")
    s.versions("p")
    for version in VALID_ODD_VERSIONS:
        s.publish("p", version)
    s.versions("p")
    s.latest("p")
    write(1, "secret", "03-invalid-versions", s)

    s = Script("latest ignores prereleases; packages are independent")
    s.latest("x")
    s.versions("x")
    s.publish("x", "1.0.0-rc.1")
    s.latest("x")
    s.publish("x", "0.9.0")
    s.latest("x")
    s.publish("x", "1.0.0")
    s.latest("x")
    s.publish("x", "2.0.0-alpha")
    s.latest("x")
    s.publish("y", "5.0.0")
    s.publish("y", "1.0.0")
    s.latest("y")
    s.latest("x")
    s.publish("x", "1.0.0")
    s.publish("y", "1.0.0-rc.1")
    s.versions("x")
    s.versions("y")
    s.publish("@scope/ui", "0.1.0")
    s.versions("@scope/ui")
    write(1, "secret", "04-latest", s)

    rng = random.Random(102)
    s = Script("random versions: comparisons and sorted listings")
    pool = [random_version(rng, 0.5) for _ in range(120)]
    for _ in range(200):
        s.compare(rng.choice(pool), rng.choice(pool))
    for version in pool:
        s.publish(rng.choice(["a", "b"]), version)
    s.versions("a")
    s.versions("b")
    s.latest("a")
    s.latest("b")
    write(1, "secret", "05-random", s)


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("ranges with ^, ~, ||, the prerelease rule, and max_satisfying")
    s.satisfies("1.9.3", "^1.2.0")
    s.satisfies("2.0.0", "^1.2.0")
    s.satisfies("0.2.9", "^0.2.3")
    s.satisfies("0.3.0", "^0.2.3")
    s.satisfies("1.2.9", "~1.2.3")
    s.satisfies("1.3.0", "~1.2.3")
    s.satisfies("3.1.0", "<1.0.0 || >=3.0.0 <4.0.0")
    s.satisfies("1.3.0-beta", ">=1.2.0")
    s.satisfies("1.2.0-rc.2", ">=1.2.0-rc.1")
    s.satisfies("1.2.0", "=> 1.2.0")
    s.publish("lib", "1.2.0")
    s.publish("lib", "1.5.1")
    s.publish("lib", "2.0.0-rc.1")
    s.max_satisfying("lib", "^1.0.0")
    s.max_satisfying("lib", ">=1.5.2")
    s.max_satisfying("lib", ">=2.0.0-rc.1")
    write(2, "sample", "01-ranges", s)

    s = Script("caret: the first non-zero field may not change")
    cases = [("^1.2.3", ["1.2.3", "1.2.2", "1.9.9", "2.0.0", "1.3.0"]),
             ("^0.2.3", ["0.2.3", "0.2.99", "0.3.0", "0.2.2", "1.0.0"]),
             ("^0.0.3", ["0.0.3", "0.0.4", "0.0.2", "0.1.0"]),
             ("^0.0.0", ["0.0.0", "0.0.1"]),
             ("^1.0.0-beta", ["1.0.0-beta", "1.0.0-beta.2", "1.0.0-alpha", "1.0.0", "1.5.0", "1.5.0-beta", "2.0.0"]),
             ("^10.0.0", ["10.5.0", "11.0.0", "9.9.9"])]
    for rng_text, versions in cases:
        for version in versions:
            s.satisfies(version, rng_text)
    write(2, "secret", "01-caret", s)

    s = Script("tilde: the minor version may not change")
    cases = [("~1.2.3", ["1.2.3", "1.2.10", "1.3.0", "1.2.2"]),
             ("~0.2.3", ["0.2.3", "0.2.9", "0.3.0"]),
             ("~0.0.3", ["0.0.3", "0.0.9", "0.1.0"]),
             ("~2.0.0-rc.1", ["2.0.0-rc.1", "2.0.0-rc.2", "2.0.0", "2.0.5", "2.0.5-rc.1", "2.1.0"])]
    for rng_text, versions in cases:
        for version in versions:
            s.satisfies(version, rng_text)
    write(2, "secret", "02-tilde", s)

    s = Script("plain comparators at their boundaries")
    for rng_text in [">=1.2.3", ">1.2.3", "<=1.2.3", "<1.2.3", "=1.2.3", "1.2.3"]:
        for version in ["1.2.2", "1.2.3", "1.2.4"]:
            s.satisfies(version, rng_text)
    s.satisfies("1.2.3", "*")
    s.satisfies("0.0.0", "*")
    s.satisfies("1.2.3", ">=1.0.0 <1.2.3")
    s.satisfies("1.2.3", ">=1.0.0 <=1.2.3")
    s.satisfies("1.2.3", "1.2.3 1.2.3")
    s.satisfies("1.2.3", ">2.0.0 <1.0.0")
    write(2, "secret", "03-comparators", s)

    s = Script("several sets, and where spaces may go")
    s.satisfies("2.5.0", "  >=1.0.0   <2.0.0  ||  >=2.4.0 <2.6.0  ")
    s.satisfies("2.6.0", ">=1.0.0 <2.0.0||>=2.4.0 <2.6.0")
    s.satisfies("0.5.0", "1.0.0 || 2.0.0 || 0.5.0")
    s.satisfies("3.0.0", "1.0.0 || 2.0.0 || 0.5.0")
    s.satisfies("1.5.0", "* || 1.0.0")
    s.satisfies("1.5.0", "^1.0.0 ~1.4.0")
    s.satisfies("1.4.5", "^1.0.0 ~1.4.0")
    write(2, "secret", "04-or-and-spaces", s)

    s = Script("the prerelease rule: a prerelease needs a comparator naming one of the same version")
    for version, rng_text in [
        ("1.3.0-beta", ">=1.2.0"), ("1.2.0-rc.2", ">=1.2.0-rc.1"), ("1.2.1-rc.1", ">=1.2.0-rc.1"),
        ("1.2.0-rc.2", ">=1.2.0-rc.1 <1.2.0"), ("1.2.0-rc.2", ">=1.0.0 <1.2.0-rc.9"),
        ("1.2.0-rc.2", ">=1.0.0 <1.2.0 || >=1.2.0-rc.1"), ("1.2.0-alpha", "*"), ("1.2.0-alpha", "* || =1.2.0-alpha"),
        ("1.2.0-alpha", "1.2.0-alpha"), ("1.2.0-alpha", "<1.2.0"), ("2.0.0-rc.1", "^1.0.0"),
        ("1.0.0-rc.1", "~1.0.0-beta"), ("1.0.0-rc.1", "~1.0.0"), ("1.0.0", ">=1.0.0-rc.1"),
    ]:
        s.satisfies(version, rng_text)
    write(2, "secret", "05-prerelease-rule", s)

    s = Script("invalid ranges and versions raise")
    for rng_text in ["", "   ", "||", "1.0.0 ||", "|| 1.0.0", "=>1.0.0", "!=1.0.0", "^1.2", "1.x", ">= 1.0.0",
                     "1.0.0 - 2.0.0", "~>1.0.0", "<<1.0.0", "**", "^ 1.0.0", "1.0.0 | 2.0.0", "v1.0.0", ">=01.0.0"]:
        s.satisfies("1.0.0", rng_text)
    s.satisfies("1.0", "*")
    s.satisfies("", ">=1.0.0")
    s.max_satisfying("nothing", "bad range")
    s.publish("p", "1.0.0")
    s.max_satisfying("p", "1.0.0 ||")
    write(2, "secret", "06-invalid", s)

    s = Script("max_satisfying picks the highest published version in the range")
    s.max_satisfying("p", "*")
    for version in ["0.9.0", "1.0.0", "1.4.0", "1.4.1-rc.1", "1.5.0-beta", "1.9.9", "2.0.0-rc.1", "2.0.0", "3.0.0"]:
        s.publish("p", version)
    for rng_text in ["*", "^1.0.0", "~1.4.0", "~1.4.1-rc.0", ">=1.5.0-alpha <2.0.0", "<1.0.0", "<0.1.0",
                     ">=2.0.0-rc.0 <2.0.0", ">2.0.0 || <1.0.0", "^1.5.0-beta", "=1.4.1-rc.1"]:
        s.max_satisfying("p", rng_text)
    write(2, "secret", "07-max-satisfying", s)

    rng = random.Random(201)
    s = Script("random ranges against random versions")
    pool = [random_version(rng, 0.7) for _ in range(40)]
    for version in pool:
        s.publish("p", version)
    for _ in range(300):
        s.satisfies(rng.choice(pool), random_range(rng, pool))
    for _ in range(60):
        s.max_satisfying("p", random_range(rng, pool))
    write(2, "secret", "08-random", s)


# Level 3 -----------------------------------------------------------------------------------------


def build_registry(s: Script, rng: random.Random, packages: int, versions: int, deps: int) -> list[str]:
    """A random registry: package k only depends on packages > k, so the graph has no cycles."""
    names = [f"p{i}" for i in range(packages)]
    published: dict[str, list[str]] = {}
    for name in names:
        published[name] = sorted({f"{rng.randint(0, 2)}.{rng.randint(0, 3)}.0" for _ in range(versions)},
                                 key=REFERENCE.Version.parse)
        for version in published[name]:
            s.publish(name, version)
    for i, name in enumerate(names):
        for version in published[name]:
            later = names[i + 1:]
            for dep in rng.sample(later, min(len(later), rng.randint(0, deps))):
                target = rng.choice(published[dep])
                s.add_dependency(name, version, dep, rng.choice([f"^{target}", f"~{target}", f">={target}",
                                                                  f"<={target}", f"{target}", "*"]))
    return names


def level_3() -> None:
    s = Script("dependencies, a consistency check, and a greedy install that fails")
    for package, version in [("app", "1.0.0"), ("lib", "1.0.0"), ("lib", "1.4.0"), ("lib", "2.0.0"),
                             ("log", "1.0.0"), ("log", "2.1.0")]:
        s.publish(package, version)
    s.add_dependency("app", "1.0.0", "lib", "^1.0.0")
    s.add_dependency("app", "1.0.0", "log", ">=1.0.0")
    s.add_dependency("lib", "1.4.0", "log", "~1.0.0")
    s.add_dependency("app", "9.9.9", "lib", "*")
    s.check(["app@1.0.0", "lib@2.0.0"])
    s.check(["app@1.0.0", "lib@1.4.0", "log@1.0.0"])
    s.install("lib", "*")
    s.install("app", "^1.0.0")
    write(3, "sample", "01-dependencies", s)

    s = Script("add_dependency: unpublished versions, bad ranges, self-dependencies, replacement")
    s.publish("a", "1.0.0")
    s.add_dependency("a", "2.0.0", "b", "*")
    s.add_dependency("z", "1.0.0", "b", "*")
    s.add_dependency("a", "1.0", "b", "*")
    s.add_dependency("a", "1.0.0", "b", "=>1.0.0")
    s.add_dependency("a", "1.0.0", "a", "*")
    s.add_dependency("a", "1.0.0", "b", "^1.0.0")
    s.check(["a@1.0.0"])
    s.add_dependency("a", "1.0.0", "b", "^2.0.0")
    s.check(["a@1.0.0"])
    s.publish("b", "2.5.0")
    s.check(["a@1.0.0", "b@2.5.0"])
    write(3, "secret", "01-add-dependency", s)

    s = Script("check reports each unmet dependency, sorted, with the range as recorded")
    for package, version in [("web", "1.0.0"), ("api", "2.0.0"), ("api", "3.0.0"), ("db", "1.0.0-rc.1"),
                             ("db", "1.0.0"), ("@scope/ui", "0.3.0"), ("@scope/ui", "0.4.0")]:
        s.publish(package, version)
    s.add_dependency("web", "1.0.0", "api", "^2.0.0")
    s.add_dependency("web", "1.0.0", "@scope/ui", "^0.3.0")
    s.add_dependency("api", "2.0.0", "db", ">=1.0.0")
    s.add_dependency("api", "3.0.0", "db", ">=1.0.0-rc.1   <2.0.0")
    s.check([])
    s.check(["web@1.0.0"])
    s.check(["web@1.0.0", "api@3.0.0", "@scope/ui@0.4.0"])
    s.check(["web@1.0.0", "api@2.0.0", "@scope/ui@0.3.0", "db@1.0.0-rc.1"])
    s.check(["api@3.0.0", "db@1.0.0-rc.1"])
    s.check(["web@1.0.0", "api@2.0.0", "@scope/ui@0.3.0", "db@1.0.0"])
    s.check(["db@1.0.0"])
    write(3, "secret", "02-check", s)

    s = Script("check raises on entries it cannot read")
    s.publish("a", "1.0.0")
    s.publish("a", "2.0.0")
    for installed in [["a"], ["a@"], ["@1.0.0"], ["a@3.0.0"], ["b@1.0.0"], ["a@1.0.0", "a@2.0.0"], ["a@1.0"],
                      ["a@1.0.0", "a@1.0.0"]]:
        s.check(installed)
    s.check(["a@2.0.0"])
    write(3, "secret", "03-check-errors", s)

    s = Script("install: chains, shared dependencies, cycles and missing packages")
    for package, version in [("a", "1.0.0"), ("b", "1.0.0"), ("b", "1.1.0"), ("c", "1.0.0"), ("c", "2.0.0"),
                             ("d", "0.1.0"), ("x", "1.0.0"), ("y", "1.0.0")]:
        s.publish(package, version)
    s.add_dependency("a", "1.0.0", "b", "^1.0.0")
    s.add_dependency("a", "1.0.0", "c", "*")
    s.add_dependency("b", "1.1.0", "c", ">=1.0.0")
    s.add_dependency("c", "2.0.0", "d", "^0.1.0")
    s.install("a", "*")
    s.install("b", "1.0.0")
    s.install("c", "<2.0.0")
    s.install("c", ">=3.0.0")
    s.install("nothing", "*")
    s.add_dependency("x", "1.0.0", "y", "*")
    s.add_dependency("y", "1.0.0", "x", "^1.0.0")
    s.install("x", "*")
    s.add_dependency("y", "1.0.0", "x", "^2.0.0")
    s.install("x", "*")
    s.add_dependency("d", "0.1.0", "missing", "*")
    s.install("a", "*")
    s.install("a", "bad range")
    write(3, "secret", "04-install", s)

    s = Script("install sorts by package name and follows the queue order")
    for package, version in [("lib", "1.0.0"), ("lib-extra", "1.0.0"), ("lib-extra", "2.0.0"), ("root", "1.0.0"),
                             ("mid", "1.0.0"), ("z", "1.0.0"), ("z", "2.0.0")]:
        s.publish(package, version)
    s.add_dependency("root", "1.0.0", "lib", "*")
    s.add_dependency("root", "1.0.0", "lib-extra", "*")
    s.install("root", "*")
    s.add_dependency("root", "1.0.0", "mid", "*")
    s.add_dependency("root", "1.0.0", "z", "^1.0.0")
    s.add_dependency("mid", "1.0.0", "z", "*")
    s.install("root", "*")
    s.add_dependency("root", "1.0.0", "z", "*")
    s.add_dependency("mid", "1.0.0", "z", "^1.0.0")
    s.install("root", "*")
    write(3, "secret", "05-install-order", s)

    rng = random.Random(301)
    s = Script("greedy installs on random dependency graphs")
    names = build_registry(s, rng, 8, 4, 2)
    for _ in range(40):
        s.bounded("install", rng.choice(names), rng.choice(["*", "^1.0.0", ">=1.0.0", "<2.0.0", "~0.1.0"]))
    picked = [f"{name}@{rng.choice(s.instance.versions(name))}" for name in rng.sample(names, 5)]
    s.check(picked)
    write(3, "secret", "06-random-install", s)

    s = Script("a version's dependencies join the queue in order of name, not in the order they were added")
    for package, version in [("root", "1.0.0"), ("b", "1.0.0"), ("c", "1.0.0"), ("d", "1.0.0"), ("d", "2.0.0")]:
        s.publish(package, version)
    s.add_dependency("root", "1.0.0", "c", "*")
    s.add_dependency("root", "1.0.0", "b", "*")
    s.add_dependency("b", "1.0.0", "d", "^1.0.0")
    s.add_dependency("c", "1.0.0", "d", "*")
    s.install("root", "*")
    s.add_dependency("b", "1.0.0", "d", "*")
    s.add_dependency("c", "1.0.0", "d", "^1.0.0")
    s.install("root", "*")
    s.add_dependency("root", "1.0.0", "a", "*")
    s.publish("a", "1.0.0")
    s.add_dependency("a", "1.0.0", "d", "<2.0.0")
    s.install("root", "*")
    write(3, "secret", "07-dependencies-by-name", s)


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("backtracking finds what the greedy installer misses")
    for package, version in [("app", "1.0.0"), ("lib", "1.0.0"), ("lib", "1.4.0"), ("lib", "2.0.0"),
                             ("log", "1.0.0"), ("log", "2.1.0")]:
        s.publish(package, version)
    s.add_dependency("app", "1.0.0", "lib", "^1.0.0")
    s.add_dependency("app", "1.0.0", "log", ">=1.0.0")
    s.add_dependency("lib", "1.4.0", "log", "~1.0.0")
    s.install("app", "^1.0.0")
    s.resolve("app", "^1.0.0")
    s.resolve("lib", "*")
    s.add_dependency("log", "1.0.0", "lib", ">=2.0.0")
    s.resolve("app", "^1.0.0")
    s.resolve("app", ">=2.0.0")
    write(4, "sample", "01-resolve", s)

    s = Script("resolve goes back several choice points")
    for version in ["1.0.0", "2.0.0", "3.0.0"]:
        s.publish("a", version)
        s.publish("b", version)
        s.publish("c", version)
    s.publish("root", "1.0.0")
    s.add_dependency("root", "1.0.0", "a", "*")
    s.add_dependency("root", "1.0.0", "b", "*")
    s.add_dependency("a", "3.0.0", "c", ">=2.0.0")
    s.add_dependency("a", "2.0.0", "c", "^1.0.0")
    s.add_dependency("b", "3.0.0", "c", "^1.0.0")
    s.add_dependency("b", "2.0.0", "c", "^1.0.0")
    s.add_dependency("b", "1.0.0", "c", "^3.0.0")
    s.install("root", "*")
    s.resolve("root", "*")
    s.add_dependency("c", "1.0.0", "a", "^3.0.0")
    s.resolve("root", "*")
    s.add_dependency("c", "3.0.0", "b", "^2.0.0")
    s.resolve("root", "*")
    s.install("root", "*")
    write(4, "secret", "01-deep-backtracking", s)

    s = Script("resolve agrees with install whenever install succeeds; install stays greedy")
    for package, version in [("a", "1.0.0"), ("a", "1.1.0"), ("b", "1.0.0"), ("b", "2.0.0")]:
        s.publish(package, version)
    s.add_dependency("a", "1.1.0", "b", "^2.0.0")
    s.add_dependency("a", "1.0.0", "b", "^1.0.0")
    s.install("a", "*")
    s.resolve("a", "*")
    s.install("a", "* || 1.0.0")
    s.resolve("a", "<1.1.0")
    s.add_dependency("b", "2.0.0", "a", "<1.1.0")
    s.install("a", "*")
    s.resolve("a", "*")
    s.resolve("b", "*")
    s.install("b", "*")
    write(4, "secret", "02-install-vs-resolve", s)

    s = Script("no solution at all")
    s.publish("a", "1.0.0")
    s.publish("b", "1.0.0")
    s.publish("b", "2.0.0")
    s.add_dependency("a", "1.0.0", "b", ">=3.0.0")
    s.resolve("a", "*")
    s.resolve("missing", "*")
    s.resolve("a", ">1.0.0")
    s.resolve("a", "~~1.0.0")
    s.add_dependency("a", "1.0.0", "b", "^1.0.0")
    s.add_dependency("b", "1.0.0", "a", ">=2.0.0")
    s.resolve("a", "*")
    s.resolve("b", "*")
    write(4, "secret", "03-no-solution", s)

    for index, seed in enumerate([401, 402, 403], start=4):
        rng = random.Random(seed)
        s = Script(f"install and resolve on a random dependency graph (seed {seed})")
        names = build_registry(s, rng, 9, 5, 3)
        for _ in range(30):
            package = rng.choice(names[:4])
            rng_text = rng.choice(["*", "^1.0.0", ">=1.0.0", "<2.0.0", "~0.1.0", "^0.2.0 || ^2.0.0"])
            s.bounded("install", package, rng_text)
            s.bounded("resolve", package, rng_text)
        write(4, "secret", f"{index:02d}-random-{seed}", s)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
