from suggest.index import QueryIndex
from suggest.querylog import index_from_log


def test_most_frequent_first():
    index = QueryIndex()
    for q, n in [("python list", 5), ("python dict", 9), ("pytorch", 7), ("java", 20)]:
        index.add(q, n)
    assert index.suggest("py", k=2) == ["python dict", "pytorch"]


def test_prefixes_are_normalized():
    index = QueryIndex()
    index.add("  New   York  ")
    assert index.suggest("NEW  y") == ["new york"]


def test_from_log():
    index = index_from_log(["1\tcats", "2\tcats", "3\tcars", "garbage"])
    assert index.suggest("ca") == ["cats", "cars"]
