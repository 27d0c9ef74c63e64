"""Wrong (level 3): next_ready_time reads the top of the delayed heap without skipping entries
of canceled or re-prioritised tasks."""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

WAITING, RUNNING, COMPLETED, CANCELED = "waiting", "running", "completed", "canceled"


@dataclass
class Task:
    id: str
    priority: int
    seq: int  # submission order, the last tie-breaker
    ready_at: int | None  # None while blocked on a dependency
    status: str = WAITING
    version: int = 0  # bumped whenever the task's heap entries go stale
    dependents: list[str] = field(default_factory=list)

    def order(self) -> tuple[int, int, int]:
        """Dispatch order among ready tasks: higher priority, then ready earlier, then submitted earlier."""
        return (-self.priority, self.ready_at, self.seq)


class TaskScheduler:
    def __init__(self, workers: int = 0) -> None:
        self._workers = workers  # 0: no limit on running tasks
        self._tasks: dict[str, Task] = {}
        self._ready: list[tuple[tuple[int, int, int], int, str]] = []
        self._delayed: list[tuple[int, int, int, str]] = []  # (ready_at, seq, version, id)
        self._running: dict[str, None] = {}  # ordered by dispatch
        self._waiting = 0

    # Level 1 -----------------------------------------------------------------------------------

    def submit(self, task_id: str, priority: int, timestamp: int) -> bool:
        return self.submit_delayed(task_id, priority, timestamp, 0)

    def next_task(self, timestamp: int) -> str | None:
        self._promote(timestamp)
        if self._workers and len(self._running) >= self._workers:
            return None
        task = self._best_ready()
        if task is None:
            return None
        heapq.heappop(self._ready)
        task.status, task.version = RUNNING, task.version + 1
        self._waiting -= 1
        self._running[task.id] = None
        return task.id

    def pending(self) -> int:
        return self._waiting

    # Level 2 -----------------------------------------------------------------------------------

    def cancel(self, task_id: str) -> bool:
        task = self._tasks.get(task_id)
        if task is None or task.status != WAITING:
            return False
        self._cancel(task)
        return True

    def status(self, task_id: str) -> str | None:
        task = self._tasks.get(task_id)
        return task.status if task else None

    def pending_tasks(self, timestamp: int) -> list[str]:
        self._promote(timestamp)
        ready = {id_: self._tasks[id_] for _, version, id_ in self._ready if self._tasks[id_].version == version}
        return [task.id for task in sorted(ready.values(), key=Task.order)]

    # Level 3 -----------------------------------------------------------------------------------

    def submit_delayed(self, task_id: str, priority: int, timestamp: int, delay: int) -> bool:
        if task_id in self._tasks:
            return False
        task = Task(task_id, priority, len(self._tasks), timestamp + delay)
        self._add(task)
        self._schedule(task)
        return True

    def next_ready_time(self, timestamp: int) -> int | None:
        self._promote(timestamp)
        if self._best_ready() is not None:
            return timestamp
        # bug: stale heap entries (canceled or re-prioritised tasks) must be skipped
        return self._delayed[0][0] if self._delayed else None

    def reprioritize(self, task_id: str, priority: int) -> bool:
        task = self._tasks.get(task_id)
        if task is None or task.status != WAITING:
            return False
        task.priority, task.version = priority, task.version + 1
        if task.ready_at is not None:
            self._schedule(task)
        return True

    # Level 4 -----------------------------------------------------------------------------------

    def complete(self, task_id: str, timestamp: int) -> bool:
        task = self._tasks.get(task_id)
        if task is None or task.status != RUNNING:
            return False
        task.status = COMPLETED
        del self._running[task_id]
        for dependent_id in task.dependents:
            dependent = self._tasks[dependent_id]
            if dependent.status == WAITING:
                dependent.ready_at = timestamp
                self._schedule(dependent)
        return True

    def running(self) -> list[str]:
        return list(self._running)

    def submit_after(self, task_id: str, priority: int, timestamp: int, depends_on: str) -> bool:
        dependency = self._tasks.get(depends_on)
        if task_id in self._tasks or dependency is None:
            return False
        task = Task(task_id, priority, len(self._tasks), None)
        self._add(task)
        if dependency.status == COMPLETED:
            task.ready_at = timestamp
            self._schedule(task)
        elif dependency.status == CANCELED:
            self._cancel(task)
        else:
            dependency.dependents.append(task_id)
        return True

    # Internals ---------------------------------------------------------------------------------

    def _add(self, task: Task) -> None:
        self._tasks[task.id] = task
        self._waiting += 1

    def _schedule(self, task: Task) -> None:
        """File a waiting task with a ready time under its current version."""
        heapq.heappush(self._delayed, (task.ready_at, task.seq, task.version, task.id))

    def _promote(self, timestamp: int) -> None:
        """Move every task that is ready by `timestamp` from the delayed heap to the ready heap."""
        while self._delayed and self._delayed[0][0] <= timestamp:
            entry = heapq.heappop(self._delayed)
            if not self._stale_delayed(entry):
                task = self._tasks[entry[3]]
                heapq.heappush(self._ready, (task.order(), task.version, task.id))

    def _stale_delayed(self, entry: tuple[int, int, int, str]) -> bool:
        task = self._tasks[entry[3]]
        return task.version != entry[2]

    def _best_ready(self) -> Task | None:
        while self._ready:
            _, version, task_id = self._ready[0]
            task = self._tasks[task_id]
            if task.version == version:
                return task
            heapq.heappop(self._ready)
        return None

    def _cancel(self, task: Task) -> None:
        """Cancel a waiting task and, transitively, every task waiting on it."""
        stack = [task]
        while stack:
            task = stack.pop()
            task.status, task.version = CANCELED, task.version + 1
            self._waiting -= 1
            stack.extend(
                dependent
                for dependent in map(self._tasks.__getitem__, task.dependents)
                if dependent.status == WAITING
            )
