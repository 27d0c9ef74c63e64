#!/usr/bin/env python3
"""Write the tests of word-grid-tags: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and, on all but the
large tests, cross-checked against a separate search for every tag; random cases are seeded, so
running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "grid_tags.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def brute(grid, tags):
    rows, cols = len(grid), len(grid[0])
    used = [[False] * cols for _ in range(rows)]

    def traces(tag, k, r, c):
        if not (0 <= r < rows and 0 <= c < cols) or used[r][c] or grid[r][c] != tag[k]:
            return False
        if k == len(tag) - 1:
            return True
        used[r][c] = True
        ok = any(traces(tag, k + 1, nr, nc) for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        used[r][c] = False
        return ok

    return sorted({t for t in tags if any(traces(t, 0, r, c) for r in range(rows) for c in range(cols))})


def call(grid: list[str], tags: list[str], check: bool = True) -> dict:
    result = REFERENCE.find_tags(copy.deepcopy(grid), copy.deepcopy(tags))
    if check:
        assert result == brute(grid, tags), (grid, tags)
    return {"call": "find_tags", "args": [grid, tags], "expect": result}


def random_grid(rng, rows, cols, letters):
    return ["".join(rng.choice(letters) for _ in range(cols)) for _ in range(rows)]


def tags_from_grid(rng, grid, count, lo, hi, letters):
    """Half random walks in the grid (which may revisit cells, so not always traceable), half random."""
    rows, cols = len(grid), len(grid[0])
    out = []
    for _ in range(count):
        length = rng.randint(lo, hi)
        if rng.random() < 0.5:
            r, c = rng.randrange(rows), rng.randrange(cols)
            word = grid[r][c]
            while len(word) < length:
                r, c = rng.choice([(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)])
                r, c = min(max(r, 0), rows - 1), min(max(c, 0), cols - 1)
                word += grid[r][c]
            out.append(word)
        else:
            out.append("".join(rng.choice(letters) for _ in range(length)))
    return out


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(1213)
    example = ["oath", "etae", "ihkr", "iflv"]
    write("sample/1-example", "the statement's example",
          [call(example, ["oath", "pea", "eat", "rain", "hike", "tea", "oath"])])
    write("secret/01-no-tags-and-one-cell", "no tags, a 1 x 1 grid, tags longer than the grid",
          [call(example, []), call(["a"], ["a", "b", "aa"]), call(["ab"], ["ab", "ba", "abc", "b"])])
    write("secret/02-cell-used-twice", "a tag that only fits by stepping back onto a used cell",
          [call(["ab"], ["aba", "ab", "bab"]), call(["ab", "cd"], ["abdca", "abdc", "acdba", "acdb"]),
           call(["aa"], ["aaa", "aa", "a"])])
    write("secret/03-no-diagonal-steps", "letters that touch only at a corner",
          [call(["ab", "ba"], ["aa", "bb", "ab", "aba", "abab"]), call(["xyz", "yzx", "zxy"], ["xxx", "xyz", "zzz", "yzy", "xzx"])])
    write("secret/04-tag-found-twice", "repeated tags, tags traceable along many paths, prefixes of each other",
          [call(["aaa", "aaa"], ["a", "aa", "aaaa", "aaaaaa", "aaaaaaa", "aa"]),
           call(["abc", "cba"], ["ab", "abc", "abcb", "ba", "ab", "cb"])])
    calls = []
    for _ in range(30):
        rows, cols = rng.randint(1, 4), rng.randint(1, 4)
        grid = random_grid(rng, rows, cols, "abc")
        calls.append(call(grid, tags_from_grid(rng, grid, rng.randint(1, 12), 1, 6, "abc")))
    write("secret/05-random-small", "small grids over three letters", calls)
    calls = []
    for _ in range(3):
        grid = random_grid(rng, 12, 12, "abcdefghijklmnopqrstuvwxyz")
        calls.append(call(grid, tags_from_grid(rng, grid, 2000, 2, 10, "etaoinshrdlu")))
    write("secret/06-random-boards", "full 12 x 12 boards, 2 000 tags each", calls)
    # large: a 10 x 10 block of `a` inside random other letters; 10 000 tags of six `a` then
    # three letters. Walking the block for one tag visits ~10^5 paths; the trie walks it once.
    cells = [[rng.choice("bcdefghijklmnopqrstuvwxyz") for _ in range(12)] for _ in range(12)]
    for r in range(1, 11):
        for c in range(1, 11):
            cells[r][c] = "a"
    grid = ["".join(row) for row in cells]
    suffixes = ["".join(rng.choice("bcdefghijklmnopqrstuvwxyz") for _ in range(3)) for _ in range(10000)]
    write("secret/large/1-block-of-one-letter", "10 000 tags sharing a six-letter prefix",
          [call(grid, ["aaaaaa" + s for s in suffixes], check=False)])


if __name__ == "__main__":
    main()
