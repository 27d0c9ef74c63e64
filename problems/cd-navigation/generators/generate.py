#!/usr/bin/env python3
"""Write the tests of cd-navigation: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer. Random scripts are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "FileSystem"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "file_system.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.cd("a")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            result = getattr(self.instance, method)(*args)
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call

    def entries(self) -> tuple[list[str], list[str]]:
        """Absolute paths of every directory and every link in the reference's tree."""
        dirs, links = [], []
        stack = [self.instance._root]
        while stack:
            node = stack.pop()
            path = self.instance._path_of(node)
            if isinstance(node, REFERENCE.Link):
                links.append(path)
            else:
                dirs.append(path)
                stack.extend(node.children.values())
        return sorted(dirs), sorted(links)


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


# Random scripts ----------------------------------------------------------------------------------

NAMES = ["a", "b", "c", "d", "e", "lib", "src", "B", "...", ".git", "x-y", "x"]


def random_path(rng: random.Random, s: Script, known_weight: float = 0.6) -> str:
    """Either a variation on an existing path, or a path made of random components."""
    dirs, links = s.entries()
    if rng.random() < known_weight:
        base = rng.choice(dirs + links)
        if rng.random() < 0.5:
            base = relativize(rng, s, base)
        tail = [rng.choice(NAMES + [".", ".."]) for _ in range(rng.choice([0, 0, 0, 1, 1, 2]))]
        path = "/".join([base.rstrip("/")] + tail) if tail else base
    else:
        parts = [rng.choice(NAMES + [".", "..", ".", ""]) for _ in range(rng.randint(1, 4))]
        path = ("/" if rng.random() < 0.4 else "") + "/".join(parts)
    if rng.random() < 0.1:
        path += "/"
    if rng.random() < 0.05:
        path = path.replace("/", "//", 1)
    return path or rng.choice(NAMES)


def relativize(rng: random.Random, s: Script, absolute: str) -> str:
    """The same entry as a path relative to the working directory, when that is easy to write."""
    cwd = s.instance.pwd()
    if cwd == "/":
        return absolute.lstrip("/") or "."
    if absolute.startswith(cwd + "/"):
        return absolute[len(cwd) + 1 :]
    return "../" * cwd.count("/") + absolute.lstrip("/")


def random_script(description: str, seed: int, operations: int, level: int) -> Script:
    rng = random.Random(seed)
    s = Script(description)
    weights = {
        "mkdir": 30, "cd": 20, "pwd": 10,
        "ls": 8 if level >= 2 else 0, "rm": 6 if level >= 2 else 0, "find": 4 if level >= 2 else 0,
        "symlink": 10 if level >= 3 else 0, "readlink": 3 if level >= 3 else 0,
        "realpath": 6 if level >= 3 else 0, "mv": 10 if level >= 4 else 0,
    }
    kinds = [k for k, w in weights.items() for _ in range(w)]
    for _ in range(operations):
        kind = rng.choice(kinds)
        if kind == "mkdir":
            base = random_path(rng, s, 0.7).rstrip("/")
            s.mkdir(f"{base}/{rng.choice(NAMES)}" if rng.random() < 0.7 else base)
        elif kind == "cd":
            s.cd(random_path(rng, s))
        elif kind == "pwd":
            s.pwd()
        elif kind == "ls":
            s.ls(random_path(rng, s))
        elif kind == "rm":
            s.rm(random_path(rng, s))
        elif kind == "find":
            s.find(random_path(rng, s), rng.choice(NAMES))
        elif kind == "symlink":
            base = random_path(rng, s, 0.7).rstrip("/")
            s.symlink(random_path(rng, s), f"{base}/{rng.choice(NAMES)}" if rng.random() < 0.7 else base)
        elif kind == "readlink":
            s.readlink(random_path(rng, s))
        elif kind == "realpath":
            s.realpath(random_path(rng, s))
        else:
            s.mv(random_path(rng, s), random_path(rng, s))
    s.pwd()
    if level >= 2:
        s.find("/", "a")
    return s


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("mkdir, cd and pwd with absolute and relative paths")
    s.mkdir("home")
    s.mkdir("/home/ada")
    s.mkdir("home/ada")
    s.mkdir("tmp/x")
    s.cd("home//ada/")
    s.pwd()
    s.mkdir("../grace")
    s.cd("../grace/./../ada/..")
    s.pwd()
    s.cd("missing/..")
    s.pwd()
    s.cd("../../..")
    s.pwd()
    write(1, "sample", "01-basics", s)

    s = Script("the root: its own parent, reachable by any number of slashes")
    s.pwd()
    s.cd("..")
    s.pwd()
    s.cd(".")
    s.pwd()
    s.cd("/")
    s.cd("//")
    s.cd("/../../.")
    s.pwd()
    s.cd("")
    s.pwd()
    s.mkdir("a")
    s.cd("/a/../../a/./")
    s.pwd()
    s.cd("/")
    s.pwd()
    write(1, "secret", "01-root", s)

    s = Script("mkdir needs a new name under an existing parent")
    for path in ["", "/", "//", ".", "..", "a/..", "a/.", "x/y", "/x/y/z"]:
        s.mkdir(path)
    s.mkdir("a")
    s.mkdir("a")
    s.mkdir("/a")
    s.mkdir("a/")
    s.mkdir("a///b///")
    s.mkdir("a/b/c")
    s.mkdir("a/b/c/..")
    s.mkdir("a/b/../d")
    s.cd("a")
    s.mkdir("b")
    s.mkdir("./e")
    s.mkdir("../f")
    s.cd("/")
    s.cd("a/b/c")
    s.pwd()
    s.cd("/a/e")
    s.pwd()
    s.cd("/f")
    s.pwd()
    s.cd("/a/d")
    s.pwd()
    write(1, "secret", "02-mkdir-rules", s)

    s = Script("every component must exist when it is reached")
    s.mkdir("a")
    s.mkdir("a/b")
    s.cd("missing/..")
    s.cd("a/missing/../b")
    s.cd("/a/b/missing/../..")
    s.pwd()
    s.mkdir("missing/../c")
    s.cd("a/b/../../a/b")
    s.pwd()
    s.cd("../../a/./b/.")
    s.pwd()
    write(1, "secret", "03-no-textual-shortcuts", s)

    s = Script("names that look like dots, and case sensitivity")
    for name in ["...", ".git", "..a", "a..", "a b", "x-y", "A", "a"]:
        s.mkdir(name)
    s.cd("...")
    s.pwd()
    s.cd("../.git")
    s.pwd()
    s.cd("/..a/../a..")
    s.pwd()
    s.cd("/a b")
    s.pwd()
    s.cd("/A")
    s.pwd()
    s.cd("/a")
    s.pwd()
    s.cd("/Git")
    s.mkdir("/.../....")
    s.cd("/.../..../..")
    s.pwd()
    write(1, "secret", "04-odd-names", s)

    s = Script("a failed cd keeps the working directory")
    s.mkdir("a")
    s.mkdir("a/b")
    s.cd("a/b")
    s.cd("c")
    s.pwd()
    s.cd("/nope")
    s.pwd()
    s.cd("")
    s.pwd()
    s.cd("..")
    s.pwd()
    s.cd("b/..")
    s.pwd()
    write(1, "secret", "05-failed-cd", s)

    s = Script("a deep tree built with relative paths")
    for i in range(150):
        s.mkdir(f"d{i}")
        s.cd(f"d{i}")
    s.pwd()
    s.cd("/" + "/".join(f"d{i}" for i in range(75)))
    s.pwd()
    s.cd("/".join([".."] * 200))
    s.pwd()
    s.cd("d0/d1/d2/../../d1/d2/d3")
    s.pwd()
    write(1, "secret", "06-deep-tree", s)

    write(1, "secret", "07-random-300", random_script("300 random level-1 commands", 101, 300, 1))
    write(1, "secret", "08-random-1500", random_script("1500 random level-1 commands", 102, 1500, 1))


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("ls, find and rm")
    s.mkdir("src")
    s.mkdir("src/app")
    s.mkdir("src/lib")
    s.mkdir("src/lib/app")
    s.mkdir("Docs")
    s.ls("/")
    s.ls("src/lib/app")
    s.ls("nope")
    s.find("/", "app")
    s.find("src/lib", "lib")
    s.rm("src/lib")
    s.cd("src/app")
    s.rm(".")
    s.rm("/src/app")
    s.rm("../lib/app")
    s.ls("..")
    write(2, "sample", "01-ls-find-rm", s)

    s = Script("ls sorts by character code")
    for name in ["b", "a", "ab", "a-b", "B", "A", "a.b", "...", "_", "Z9", "z", "10", "9"]:
        s.mkdir(name)
    s.ls("/")
    s.ls(".")
    s.ls("//")
    s.ls("a")
    s.ls("")
    s.ls("a/missing")
    s.cd("a")
    s.ls("..")
    s.ls(".")
    write(2, "secret", "01-ls-order", s)

    s = Script("rm: empty directories only, never the working directory or a nameless path")
    s.mkdir("a")
    s.mkdir("a/b")
    s.mkdir("c")
    for path in ["", "/", "..", ".", "a/..", "a/.", "missing", "a/missing", "a"]:
        s.rm(path)
    s.rm("a/b")
    s.rm("a/b")
    s.rm("a")
    s.ls("/")
    s.cd("c")
    s.rm("/c")
    s.rm("../c")
    s.cd("/")
    s.rm("c/")
    s.ls("/")
    s.mkdir("c")
    s.mkdir("c/d")
    s.cd("c/d")
    s.rm("/c")
    s.rm("/c/d")
    s.cd("..")
    s.rm("d")
    s.ls(".")
    write(2, "secret", "02-rm-rules", s)

    s = Script("find sorts whole paths, excludes the start, and searches at every depth")
    for path in ["a", "a/b", "a/b-c", "a/b/x", "a/b-c/x", "a/x", "x", "a/b/x/x", "q", "q/x"]:
        s.mkdir(path)
    s.find("/", "x")
    s.find("a", "x")
    s.find("a/b/x", "x")
    s.find("a/b/x/x", "x")
    s.find("/", "nothing")
    s.find("missing", "x")
    s.find("", "x")
    s.cd("a/b")
    s.find(".", "x")
    s.find("..", "b")
    s.find("../..", "a")
    write(2, "secret", "03-find", s)

    s = Script("removed directories disappear from ls and find, and can be made again")
    s.mkdir("a")
    s.mkdir("a/t")
    s.mkdir("b")
    s.mkdir("b/t")
    s.find("/", "t")
    s.rm("a/t")
    s.find("/", "t")
    s.ls("a")
    s.rm("a")
    s.ls("/")
    s.cd("a")
    s.mkdir("a")
    s.ls("a")
    s.mkdir("a/t")
    s.find("/", "t")
    write(2, "secret", "04-remove-and-recreate", s)

    s = Script("a wide tree: ls and find over a few thousand directories")
    rng = random.Random(201)
    s.mkdir("root")
    made = ["/root"]
    for i in range(1500):
        parent = rng.choice(made)
        name = f"n{rng.randint(0, 40)}"
        if s.mkdir(f"{parent}/{name}"):
            made.append(f"{parent}/{name}")
    for name in ["n1", "n7", "n40"]:
        s.find("/", name)
    s.ls("/root")
    for path in rng.sample(made, 20):
        s.ls(path)
        s.find(path, f"n{rng.randint(0, 40)}")
    write(2, "secret", "05-wide-tree", s)

    write(2, "secret", "06-random-300", random_script("300 random level-2 commands", 202, 300, 2))
    write(2, "secret", "07-random-1500", random_script("1500 random level-2 commands", 203, 1500, 2))


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("links with absolute and relative targets, loops and dangling links")
    s.mkdir("/data")
    s.mkdir("/data/v1")
    s.symlink("/data/v1", "/current")
    s.cd("/current")
    s.pwd()
    s.cd("..")
    s.pwd()
    s.symlink("v1", "latest")
    s.readlink("/data/latest")
    s.realpath("/current/../latest/.")
    s.ls("/")
    s.symlink("b", "/a")
    s.symlink("a", "/b")
    s.cd("/a")
    s.realpath("/b")
    s.symlink("/nowhere", "/d")
    s.cd("/d")
    s.mkdir("/nowhere")
    s.realpath("/d")
    s.rm("/current")
    s.ls("/data")
    write(3, "sample", "01-links", s)

    s = Script("a relative target is walked from the link's directory, not the working directory")
    s.mkdir("x")
    s.mkdir("x/target")
    s.mkdir("y")
    s.mkdir("y/target")
    s.symlink("target", "x/link")
    s.symlink("../y/target", "x/other")
    s.cd("y")
    s.realpath("/x/link")
    s.realpath("/x/other")
    s.cd("/x/link")
    s.pwd()
    s.cd("/")
    s.symlink("./x/target/../target", "dot")
    s.realpath("dot")
    s.symlink("x/link", "chain")
    s.realpath("chain")
    s.cd("x")
    s.realpath("../chain/..")
    write(3, "secret", "01-relative-targets", s)

    s = Script("after a link, .. is the parent of the real directory")
    s.mkdir("a")
    s.mkdir("a/b")
    s.mkdir("a/b/c")
    s.mkdir("z")
    s.symlink("/a/b/c", "z/deep")
    s.cd("z/deep")
    s.pwd()
    s.cd("..")
    s.pwd()
    s.realpath("/z/deep/..")
    s.realpath("/z/deep/../..")
    s.realpath("/z/deep/../../../z")
    s.ls("/z/deep/..")
    s.mkdir("/z/deep/../made")
    s.ls("/a/b")
    write(3, "secret", "02-physical-dotdot", s)

    s = Script("loops of every shape fail, and leave everything unchanged")
    s.mkdir("a")
    s.symlink("l1", "/l1")
    s.symlink("l3", "/l2")
    s.symlink("l4", "/l3")
    s.symlink("/l2", "/l4")
    s.symlink("self/x", "/self")
    s.symlink("./dot", "/dot")
    s.symlink("/a/../up", "/up")
    s.cd("a")
    for path in ["/l1", "/l2", "/l3", "/l4", "/self", "/dot", "/up", "/l2/x", "/dot/.."]:
        s.cd(path)
        s.realpath(path)
    s.pwd()
    s.ls("/l3")
    s.find("/l4", "a")
    s.mkdir("/l1/new")
    s.symlink("/a", "/l2/new")
    s.readlink("/l1")
    s.readlink("/l2/x")
    s.ls("/")
    write(3, "secret", "03-loops", s)

    s = Script("following the same link again after it finished is not a loop")
    s.mkdir("a")
    s.mkdir("a/b")
    s.symlink("..", "a/b/up")
    s.symlink("/a", "a/again")
    s.realpath("a/b/up/b/up/b/up/b")
    s.realpath("a/again/again/again/again/b")
    s.cd("a/again/b/up/again/b/up")
    s.pwd()
    s.cd("/")
    s.symlink("b/up/b/up", "a/twice")
    s.realpath("/a/twice/twice/b")
    s.symlink(".", "here")
    s.realpath("here/here/here/a/b")
    write(3, "secret", "04-not-loops", s)

    s = Script("a chain of 60 links, each pointing at the next")
    s.mkdir("end")
    s.symlink("/end", "/l60")
    for i in range(59, 0, -1):
        s.symlink(f"l{i + 1}" if i % 2 else f"/l{i + 1}", f"/l{i}")
    s.realpath("/l1")
    s.cd("l1")
    s.pwd()
    s.realpath("/l30/../l1/.")
    s.rm("/l45")
    s.realpath("/l1")
    s.realpath("/l46")
    s.symlink("/l1", "/l45")
    s.realpath("/l1")
    s.realpath("/l50")
    write(3, "secret", "05-long-chain", s)

    s = Script("the last component of mkdir, rm, symlink and readlink is not followed")
    s.mkdir("dir")
    s.mkdir("dir/inner")
    s.symlink("/dir", "link")
    s.mkdir("link")
    s.mkdir("link/new")
    s.ls("/dir")
    s.symlink("/x", "link")
    s.symlink("/x", "dir")
    s.readlink("link")
    s.readlink("link/")
    s.readlink("dir")
    s.readlink("missing")
    s.readlink("link/inner")
    s.symlink("inner", "link/in")
    s.readlink("/link/in")
    s.readlink("/dir/in")
    s.realpath("/dir/in")
    s.rm("link/in")
    s.ls("/dir")
    s.rm("link")
    s.ls("/")
    s.ls("/dir")
    s.symlink("", "empty")
    s.symlink("/dir", "")
    s.symlink("/dir", "/")
    s.symlink("/dir", "dir/..")
    write(3, "secret", "06-last-component", s)

    s = Script("ls lists links by name; find matches links but does not walk into them")
    s.mkdir("real")
    s.mkdir("real/x")
    s.mkdir("other")
    s.symlink("/real", "other/x")
    s.symlink("/real", "other/into")
    s.ls("/other")
    s.ls("/other/into")
    s.find("/", "x")
    s.find("/other", "x")
    s.find("/other/into", "x")
    s.cd("/other/into")
    s.find(".", "x")
    s.find("..", "into")
    s.symlink("/", "real/root")
    s.find("/", "root")
    s.find("/", "real")
    write(3, "secret", "07-ls-and-find", s)

    s = Script("dangling links start working when their target appears, and dangle again when it goes")
    s.symlink("/later/deeper", "soon")
    s.symlink("soon/..", "parent")
    s.cd("soon")
    s.realpath("parent")
    s.mkdir("later")
    s.realpath("parent")
    s.mkdir("later/deeper")
    s.cd("soon")
    s.pwd()
    s.cd("/")
    s.realpath("parent")
    s.rm("later/deeper")
    s.realpath("soon")
    s.realpath("parent")
    s.ls("/")
    write(3, "secret", "08-dangling", s)

    s = Script("the working directory reached through a link can be removed from the other side")
    s.mkdir("a")
    s.mkdir("a/b")
    s.symlink("/a/b", "l")
    s.cd("l")
    s.rm("/a/b")
    s.cd("/")
    s.rm("/a/b")
    s.realpath("l")
    s.cd("l")
    s.pwd()
    write(3, "secret", "09-cwd-and-links", s)

    write(3, "secret", "10-random-400", random_script("400 random level-3 commands", 301, 400, 3))
    write(3, "secret", "11-random-1500", random_script("1500 random level-3 commands", 302, 1500, 3))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("mv into a directory, rename, and the working directory follows")
    s.mkdir("/projects")
    s.mkdir("/projects/onsite")
    s.mkdir("/archive")
    s.symlink("/projects/onsite", "/work")
    s.cd("/projects/onsite")
    s.mv("/projects", "/archive")
    s.pwd()
    s.mv("/archive/projects", "/archive/2024")
    s.pwd()
    s.realpath("/work")
    s.mv("/archive", "/archive/2024")
    s.mv("..", "/x")
    s.mv("/work", "/archive/2024/onsite")
    s.ls(".")
    write(4, "sample", "01-mv", s)

    s = Script("rename in place, move into, and names already taken")
    s.mkdir("a")
    s.mkdir("b")
    s.mkdir("b/a")
    s.mv("a", "b")
    s.mv("a", "c")
    s.ls("/")
    s.mv("c", "b")
    s.ls("/b")
    s.mkdir("c")
    s.mv("c", "b")
    s.mv("/b/c", "/")
    s.mv("/b/c", "/c")
    s.mv("/b/c", "/d")
    s.ls("/")
    s.ls("/b")
    s.mv("b/a", "b/a")
    s.mv("d", "d")
    s.mv("d", "./d/")
    s.mv("c", "b/a/c2")
    s.ls("/b/a")
    s.ls("/")
    write(4, "secret", "01-rename-and-into", s)

    s = Script("a directory cannot move into itself or below itself")
    s.mkdir("a")
    s.mkdir("a/b")
    s.mkdir("a/b/c")
    s.mv("a", "a")
    s.mv("a", "a/b")
    s.mv("a", "a/b/c/d")
    s.mv("a", "/a/./b/..")
    s.mv("a/b", "a/b/c")
    s.symlink("/a/b/c", "deep")
    s.mv("a", "deep")
    s.mv("a", "deep/x")
    s.ls("/")
    s.mv("a/b/c", "/")
    s.mv("a", "c")
    s.ls("/c")
    write(4, "secret", "02-not-into-itself", s)

    s = Script("sources and destinations that name nothing usable")
    s.mkdir("a")
    s.symlink("/nowhere", "dangling")
    s.symlink("loop", "loop")
    for source, destination in [("", "/b"), ("/", "/b"), ("..", "/b"), (".", "/b"), ("a/.", "/b"),
                                ("missing", "/b"), ("a", ""), ("a", "missing/b"), ("a", "dangling"),
                                ("a", "loop"), ("a", "loop/x"), ("a", "/")]:
        s.mv(source, destination)
    s.ls("/")
    s.mv("dangling", "a")
    s.mv("loop", "a/loop2")
    s.ls("/a")
    s.readlink("/a/loop2")
    s.realpath("/a/loop2")
    write(4, "secret", "03-bad-arguments", s)

    s = Script("the working directory moves with its ancestors")
    s.mkdir("a")
    s.mkdir("a/b")
    s.mkdir("a/b/c")
    s.mkdir("z")
    s.cd("a/b/c")
    s.mv("/a/b", "/z")
    s.pwd()
    s.mv("/z", "/y")
    s.pwd()
    s.cd("..")
    s.pwd()
    s.mv(".", "/q")
    s.mv("../b", "/q")
    s.pwd()
    s.cd("c")
    s.mv("/q", "/a")
    s.pwd()
    s.rm("/a/b/c")
    s.cd("..")
    s.rm("c")
    s.pwd()
    write(4, "secret", "04-cwd-follows", s)

    s = Script("moving links: targets are not rewritten; relative targets resolve from the new place")
    s.mkdir("one")
    s.mkdir("one/t")
    s.mkdir("two")
    s.mkdir("two/t")
    s.mkdir("two/t/inside")
    s.symlink("t", "one/rel")
    s.symlink("/one/t", "one/abs")
    s.realpath("one/rel")
    s.mv("one/rel", "two")
    s.realpath("two/rel")
    s.mv("one/abs", "two")
    s.realpath("two/abs")
    s.mv("one", "uno")
    s.realpath("two/abs")
    s.realpath("two/rel/inside")
    s.readlink("two/abs")
    s.mv("two/rel", "two/renamed")
    s.ls("/two")
    write(4, "secret", "05-moving-links", s)

    s = Script("a destination that is a link to a directory moves the entry into the target")
    s.mkdir("a")
    s.mkdir("box")
    s.symlink("/box", "to-box")
    s.mv("a", "to-box")
    s.ls("/")
    s.ls("/box")
    s.mv("/box/a", "to-box/b")
    s.ls("/box")
    s.mv("to-box", "box")
    s.ls("/box")
    s.realpath("/box/to-box")
    s.mv("/box/to-box", "/box/b/..")
    write(4, "secret", "06-destination-links", s)

    s = Script("ls, find and realpath see the moved layout")
    for path in ["p", "p/q", "p/q/r", "p/s", "t", "t/r"]:
        s.mkdir(path)
    s.find("/", "r")
    s.mv("p/q", "t")
    s.find("/", "r")
    s.find("/", "q")
    s.mv("t", "p/s")
    s.find("/", "r")
    s.ls("/p/s/t")
    s.realpath("p/s/t/q/r/../..")
    write(4, "secret", "07-queries-after-moves", s)

    write(4, "secret", "08-random-400", random_script("400 random level-4 commands", 401, 400, 4))
    write(4, "secret", "09-random-1500", random_script("1500 random level-4 commands", 402, 1500, 4))

    s = Script("moving an entry into the directory that already holds it is a taken name")
    s.mkdir("a")
    s.mkdir("a/b")
    s.mv("a/b", "a")
    s.mv("/a/b", "/a/./")
    s.mv("a/b", "a/b/..")
    s.ls("/a")
    s.symlink("/a", "l")
    s.mv("l", "/")
    s.mv("a", "a/..")
    s.ls("/")
    s.mv("l", "l")
    s.ls("/")
    s.ls("/a")
    s.realpath("/a/l")
    s.mv("/a/l", "/a/l/..")
    s.ls("/a")
    write(4, "secret", "10-onto-own-parent", s)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
