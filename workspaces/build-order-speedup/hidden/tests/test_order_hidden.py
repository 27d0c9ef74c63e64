import random

import pytest

from buildgraph.errors import CycleError
from buildgraph.order import build_order


def brute(graph):
    placed, order = set(), []
    while len(order) < len(graph):
        ready = sorted(t for t in graph if t not in placed and all(d in placed for d in graph[t]))
        if not ready:
            raise CycleError(sorted(t for t in graph if t not in placed))
        placed.add(ready[0])
        order.append(ready[0])
    return order


def test_a_late_unlocked_task_can_jump_ahead():
    graph = {"z": [], "y": ["z"], "a": ["y"], "m": []}
    assert build_order(graph) == ["m", "z", "y", "a"]


def test_cycle_lists_everything_unplaceable():
    graph = {"a": [], "b": ["a", "d"], "c": ["b"], "d": ["c"], "e": ["d"], "f": ["a"]}
    with pytest.raises(CycleError) as error:
        build_order(graph)
    assert error.value.tasks == ["b", "c", "d", "e"]


def test_duplicate_dependencies_and_empty_graph():
    assert build_order({}) == []
    assert build_order({"b": ["a", "a"], "a": []}) == ["a", "b"]


def test_random_graphs_agree_with_brute_force():
    rng = random.Random(3)
    for _ in range(50):
        names = ["t%02d" % i for i in range(rng.randint(1, 25))]
        rng.shuffle(names)
        graph = {n: rng.sample(names[:i], min(i, rng.randint(0, 3))) for i, n in enumerate(names)}
        if rng.random() < 0.3 and len(names) > 2:
            graph[names[0]] = [names[-1]]
        try:
            expected = brute(graph)
        except CycleError as e:
            with pytest.raises(CycleError) as got:
                build_order(graph)
            assert got.value.tasks == e.tasks
        else:
            assert build_order(graph) == expected
