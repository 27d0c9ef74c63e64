#!/usr/bin/env python3
"""Write the tests of task-scheduler: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer (a call on which the reference raises is written with
`"raises": true`). Random scripts are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULE = "task_scheduler.py"
CLASS = "TaskScheduler"


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.get(...)` records the call and its answer."""

    def __init__(self, description: str, *args) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)(*args)
        self.calls: list[dict] = [{"new": CLASS, "args": list(args)}]

    def __getattr__(self, method: str):
        def call(*args):
            try:
                result = getattr(self.instance, method)(*args)
            except (ValueError, KeyError, IndexError) as error:
                self.calls.append({"call": method, "args": list(args), "raises": True})
                return error
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


def clean() -> None:
    for level in range(1, 5):
        shutil.rmtree(ROOT / "data" / f"level-{level}", ignore_errors=True)


# Level 1: a priority queue of tasks ------------------------------------------------------------


def level_1() -> None:
    s = Script("the highest priority goes first; equal priorities go in submission order")
    s.submit("backup", 1, 0)
    s.submit("email", 5, 1)
    s.submit("report", 5, 2)
    s.submit("index", 3, 3)
    s.next_task(4)
    s.next_task(5)
    s.pending()
    s.next_task(6)
    s.next_task(7)
    s.next_task(8)
    s.submit("email", 9, 9)
    write(1, "sample", "01-priorities", s)

    s = Script("many tasks with one priority come out first in, first out")
    for i in range(8):
        s.submit(f"job{i}", 2, i)
    s.submit("urgent", 3, 8)
    for t in range(9, 19):
        s.next_task(t)
    write(1, "secret", "01-fifo-ties", s)

    s = Script("a task id can be used once, even after the task ran")
    s.submit("a", 1, 0)
    s.submit("a", 9, 1)
    s.next_task(2)
    s.submit("a", 1, 3)
    s.next_task(4)
    s.pending()
    write(1, "secret", "02-ids-are-unique", s)

    s = Script("an empty scheduler")
    s.pending()
    s.next_task(0)
    s.submit("x", 0, 1)
    s.next_task(1)
    s.next_task(2)
    s.pending()
    write(1, "secret", "03-empty", s)

    s = Script("negative, zero and large priorities")
    for i, priority in enumerate([0, -5, 2_000_000_000, -2_000_000_000, 7, 0]):
        s.submit(f"p{i}", priority, i)
    for t in range(6, 13):
        s.next_task(t)
    write(1, "secret", "04-priority-range", s)

    s = Script("submissions and dispatches interleave")
    s.submit("a", 1, 0)
    s.submit("b", 2, 0)
    s.next_task(1)
    s.submit("c", 3, 2)
    s.submit("d", 1, 2)
    s.next_task(3)
    s.next_task(3)
    s.submit("e", 1, 4)
    s.next_task(5)
    s.next_task(5)
    s.pending()
    s.next_task(6)
    write(1, "secret", "05-interleaved", s)

    for index, size in enumerate([150, 600, 2000], start=6):
        rng = random.Random(100 + index)
        s = Script(f"{size} random submissions and dispatches")
        random_ops(s, rng, size, level=1)
        write(1, "secret", f"{index:02d}-random-{size}", s)


# Level 2: cancellation and inspection -------------------------------------------------------------


def level_2() -> None:
    s = Script("cancel a waiting task; see statuses and the queue in dispatch order")
    s.submit("a", 1, 0)
    s.submit("b", 3, 1)
    s.submit("c", 2, 2)
    s.pending_tasks(3)
    s.cancel("c")
    s.next_task(4)
    s.status("b")
    s.status("c")
    s.status("a")
    s.status("z")
    s.pending_tasks(5)
    write(2, "sample", "01-cancel", s)

    s = Script("only waiting tasks can be canceled")
    s.submit("a", 1, 0)
    s.submit("b", 1, 0)
    s.next_task(1)
    s.cancel("a")
    s.status("a")
    s.cancel("b")
    s.cancel("b")
    s.cancel("zzz")
    s.pending()
    s.next_task(2)
    write(2, "secret", "01-cancel-only-waiting", s)

    s = Script("canceled tasks are never dispatched and leave the count")
    for i in range(6):
        s.submit(f"t{i}", i % 3, i)
    s.pending()
    for i in (1, 4, 5):
        s.cancel(f"t{i}")
    s.pending()
    for t in range(6, 11):
        s.next_task(t)
    s.pending()
    write(2, "secret", "02-canceled-never-run", s)

    s = Script("pending_tasks lists waiting tasks in dispatch order")
    for i, priority in enumerate([2, 9, 2, 5, 9, 0]):
        s.submit(f"t{i}", priority, i)
    s.pending_tasks(6)
    s.next_task(7)
    s.cancel("t3")
    s.pending_tasks(8)
    s.pending_tasks(9)
    write(2, "secret", "03-pending-order", s)

    s = Script("a task's status over its life")
    s.status("a")
    s.submit("a", 1, 0)
    s.status("a")
    s.next_task(1)
    s.status("a")
    s.submit("b", 1, 2)
    s.cancel("b")
    s.status("b")
    s.pending_tasks(3)
    write(2, "secret", "04-status", s)

    for index, size in enumerate([150, 600, 2000], start=5):
        rng = random.Random(200 + index)
        s = Script(f"{size} random calls of levels 1-2")
        random_ops(s, rng, size, level=2)
        write(2, "secret", f"{index:02d}-random-{size}", s)


# Level 3: delays and re-prioritising ------------------------------------------------------------


def level_3() -> None:
    s = Script("delayed tasks wait for their time; priorities can change while tasks wait")
    s.submit_delayed("reminder", 9, 0, 10)
    s.submit("cleanup", 1, 1)
    s.next_ready_time(2)
    s.next_task(2)
    s.next_task(3)
    s.next_ready_time(4)
    s.submit("audit", 2, 5)
    s.submit("export", 1, 6)
    s.reprioritize("export", 3)
    s.next_task(10)
    s.next_task(11)
    s.next_task(12)
    write(3, "sample", "01-delays", s)

    s = Script("a delayed task is ready exactly at timestamp + delay")
    s.submit_delayed("d", 1, 5, 3)
    s.next_task(7)
    s.pending_tasks(7)
    s.next_ready_time(7)
    s.pending_tasks(8)
    s.next_task(8)
    s.submit_delayed("z", 1, 9, 0)
    s.next_task(9)
    write(3, "secret", "01-delay-boundary", s)

    s = Script("among equal priorities, the task ready first goes first, whenever it was submitted")
    s.submit_delayed("early-submitted", 5, 0, 10)
    s.submit_delayed("late-submitted", 5, 1, 2)
    s.pending_tasks(20)
    s.next_task(20)
    s.next_task(21)
    s.submit_delayed("x", 1, 22, 5)
    s.submit("y", 1, 24)
    s.next_task(30)
    write(3, "secret", "02-ties-by-ready-time", s)

    s = Script("next_ready_time: now, later, or never")
    s.next_ready_time(0)
    s.submit_delayed("a", 1, 0, 50)
    s.submit_delayed("b", 1, 0, 20)
    s.next_ready_time(1)
    s.cancel("b")
    s.next_ready_time(2)
    s.next_ready_time(60)
    s.next_task(60)
    s.next_ready_time(61)
    write(3, "secret", "03-next-ready-time", s)

    s = Script("re-prioritising reorders waiting tasks and nothing else")
    for i in range(4):
        s.submit(f"t{i}", 1, i)
    s.reprioritize("t3", 5)
    s.reprioritize("t0", 0)
    s.pending_tasks(4)
    s.next_task(5)
    s.reprioritize("t3", 9)
    s.reprioritize("nope", 9)
    s.cancel("t1")
    s.reprioritize("t1", 9)
    s.reprioritize("t2", 1)
    s.pending_tasks(6)
    s.next_task(7)
    s.next_task(8)
    s.next_task(9)
    write(3, "secret", "04-reprioritize", s)

    s = Script("a delayed task keeps its delay when re-prioritised")
    s.submit_delayed("later", 1, 0, 10)
    s.submit("now", 5, 1)
    s.reprioritize("later", 100)
    s.next_task(2)
    s.next_task(3)
    s.next_ready_time(4)
    s.next_task(10)
    write(3, "secret", "05-reprioritize-delayed", s)

    s = Script("a task can be re-prioritised many times; it still runs once")
    s.submit("a", 1, 0)
    s.submit("b", 2, 0)
    for priority in (3, 1, 4, 0, 5):
        s.reprioritize("a", priority)
    s.pending()
    s.pending_tasks(1)
    s.next_task(1)
    s.next_task(2)
    s.next_task(3)
    write(3, "secret", "06-many-reprioritizations", s)

    s = Script("waiting tasks not yet ready count as pending but are not listed")
    s.submit_delayed("a", 1, 0, 100)
    s.submit("b", 1, 1)
    s.pending()
    s.pending_tasks(2)
    s.cancel("a")
    s.pending()
    write(3, "secret", "07-pending-and-delays", s)

    for index, size in enumerate([150, 600, 1500], start=8):
        rng = random.Random(300 + index)
        s = Script(f"{size} random calls with delays and re-prioritising")
        random_ops(s, rng, size, level=3)
        write(3, "secret", f"{index:02d}-random-{size}", s)


# Level 4: workers and dependencies --------------------------------------------------------------


def level_4() -> None:
    s = Script("two workers: a third task waits for a free one; a dependent task waits for its dependency", 2)
    s.submit("build", 5, 0)
    s.submit("lint", 3, 0)
    s.submit_after("deploy", 9, 0, "build")
    s.submit("docs", 1, 0)
    s.next_task(1)
    s.next_task(1)
    s.next_task(1)
    s.running()
    s.complete("lint", 2)
    s.next_task(3)
    s.complete("build", 4)
    s.next_task(5)
    s.status("deploy")
    write(4, "sample", "01-workers-and-dependencies", s)

    s = Script("one worker runs one task at a time", 1)
    s.submit("a", 1, 0)
    s.submit("b", 2, 0)
    s.next_task(1)
    s.next_task(2)
    s.pending_tasks(2)
    s.complete("b", 3)
    s.next_task(3)
    s.next_task(4)
    s.complete("a", 5)
    s.running()
    write(4, "secret", "01-worker-limit", s)

    s = Script("only a running task can complete, once", 3)
    s.complete("x", 0)
    s.submit("a", 1, 0)
    s.complete("a", 1)
    s.next_task(2)
    s.complete("a", 3)
    s.complete("a", 4)
    s.status("a")
    s.cancel("a")
    s.running()
    write(4, "secret", "02-complete-rules", s)

    s = Script("running lists tasks in dispatch order")
    for i in range(5):
        s.submit(f"t{i}", i, 0)
    for t in range(1, 6):
        s.next_task(t)
    s.running()
    s.complete("t2", 6)
    s.complete("t4", 7)
    s.running()
    write(4, "secret", "03-running-order", s)

    s = Script("a blocked task is waiting but not ready")
    s.submit("a", 1, 0)
    s.submit_after("b", 9, 0, "a")
    s.pending()
    s.status("b")
    s.pending_tasks(1)
    s.next_task(1)
    s.next_task(2)
    s.next_ready_time(3)
    s.complete("a", 4)
    s.next_ready_time(5)
    s.next_task(5)
    write(4, "secret", "04-blocked-tasks", s)

    s = Script("an unblocked task is ready from its dependency's completion time")
    s.submit("dep", 9, 0)
    s.submit_after("child", 1, 0, "dep")
    s.next_task(1)
    s.submit("other", 1, 5)
    s.complete("dep", 3)
    s.pending_tasks(6)
    s.next_task(6)
    s.submit("d2", 9, 7)
    s.submit_after("c2", 1, 7, "d2")
    s.next_task(8)
    s.submit("o2", 1, 9)
    s.complete("d2", 10)
    s.pending_tasks(11)
    write(4, "secret", "05-ready-at-completion", s)

    s = Script("canceling a task cancels every task waiting on it, transitively")
    s.submit("root", 1, 0)
    s.submit_after("child", 1, 0, "root")
    s.submit_after("grandchild", 1, 0, "child")
    s.submit_after("sibling", 1, 0, "root")
    s.submit("unrelated", 1, 0)
    s.pending()
    s.cancel("root")
    for task in ("root", "child", "grandchild", "sibling", "unrelated"):
        s.status(task)
    s.pending()
    s.cancel("child")
    write(4, "secret", "06-cancel-cascades", s)

    s = Script("depending on finished, canceled or unknown tasks")
    s.submit("done", 1, 0)
    s.next_task(1)
    s.complete("done", 2)
    s.submit_after("after-done", 1, 3, "done")
    s.status("after-done")
    s.submit("gone", 1, 4)
    s.cancel("gone")
    s.submit_after("after-gone", 1, 5, "gone")
    s.status("after-gone")
    s.submit_after("after-nothing", 1, 6, "nothing")
    s.status("after-nothing")
    s.submit_after("done", 1, 7, "done")
    s.pending()
    s.next_task(8)
    write(4, "secret", "07-dependency-states", s)

    s = Script("a task waiting on a running task runs after it completes; canceling then is too late", 2)
    s.submit("a", 1, 0)
    s.next_task(1)
    s.submit_after("b", 1, 2, "a")
    s.cancel("a")
    s.status("b")
    s.next_task(3)
    s.complete("a", 4)
    s.next_task(5)
    s.status("b")
    write(4, "secret", "08-depends-on-running", s)

    s = Script("several tasks wait on one; they are released together")
    s.submit("gate", 1, 0)
    for i, priority in enumerate([1, 3, 2]):
        s.submit_after(f"w{i}", priority, 0, "gate")
    s.next_task(1)
    s.complete("gate", 2)
    s.pending_tasks(3)
    for t in range(3, 7):
        s.next_task(t)
    write(4, "secret", "09-fan-out", s)

    s = Script("TaskScheduler(0) has no worker limit", 0)
    for i in range(5):
        s.submit(f"t{i}", 1, 0)
    for t in range(1, 6):
        s.next_task(t)
    s.running()
    write(4, "secret", "10-no-limit", s)

    for index, (size, workers) in enumerate([(150, 1), (600, 2), (1000, 3), (1500, 4)], start=11):
        rng = random.Random(400 + index)
        s = Script(f"{size} random calls with {workers} workers and dependencies", workers)
        random_ops(s, rng, size, level=4)
        write(4, "secret", f"{index:02d}-random-{size}", s)


# Random scripts ------------------------------------------------------------------------------------


def random_ops(s: Script, rng: random.Random, size: int, level: int) -> None:
    """Append `size` random calls of the methods of levels 1..`level`, at non-decreasing times."""
    t = 0
    ids: list[str] = []
    dispatched: list[str] = []
    for _ in range(size):
        t += rng.choice([0, 0, 1, 1, 2])
        fresh = f"t{len(ids)}"
        known = rng.choice(ids) if ids else fresh
        priority = rng.randint(0, 4)
        ops = ["submit", "submit", "next", "next", "pending"]
        if level >= 2:
            ops += ["cancel", "status", "list"]
        if level >= 3:
            ops += ["delayed", "delayed", "ready_time", "reprioritize"]
        if level >= 4:
            ops += ["complete", "complete", "complete", "running", "after", "after"]
        op = rng.choice(ops)
        if op == "submit":
            s.submit(fresh if rng.random() < 0.9 else known, priority, t)
            ids.append(fresh)
        elif op == "next":
            task = s.next_task(t)
            if task is not None:
                dispatched.append(task)
        elif op == "pending":
            s.pending()
        elif op == "cancel":
            s.cancel(known)
        elif op == "status":
            s.status(known)
        elif op == "list":
            if rng.random() < 0.4:
                s.pending_tasks(t)
        elif op == "delayed":
            s.submit_delayed(fresh, priority, t, rng.randint(0, 15))
            ids.append(fresh)
        elif op == "ready_time":
            s.next_ready_time(t)
        elif op == "reprioritize":
            s.reprioritize(known, priority)
        elif op == "complete":
            if dispatched and rng.random() < 0.8:
                task = dispatched.pop(rng.randrange(len(dispatched)))
                s.complete(task, t)
            else:
                s.complete(known, t)
        elif op == "running":
            s.running()
        elif op == "after":
            s.submit_after(fresh, priority, t, known if rng.random() < 0.95 else "missing")
            ids.append(fresh)
    s.pending()


def main() -> None:
    clean()
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
