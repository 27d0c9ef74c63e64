import pytest

from buildgraph.errors import CycleError, UnknownTask
from buildgraph.order import build_order
from buildgraph.parse import read_graph


def test_dependencies_come_first():
    graph = read_graph(["app: lib utils", "lib: utils", "utils:", "# done"])
    assert build_order(graph) == ["utils", "lib", "app"]


def test_alphabetical_among_ready_tasks():
    assert build_order({"b": [], "a": [], "c": ["a"]}) == ["a", "b", "c"]


def test_unknown_dependency():
    with pytest.raises(UnknownTask):
        build_order({"a": ["ghost"]})


def test_cycle():
    with pytest.raises(CycleError) as error:
        build_order({"a": ["b"], "b": ["a"], "c": []})
    assert error.value.tasks == ["a", "b"]
