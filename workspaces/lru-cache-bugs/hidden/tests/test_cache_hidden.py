from lrucache.cache import LRUCache
from lrucache.memo import memoize
from lrucache.ttl import TTLCache


def test_rewriting_the_tail_then_evicting():
    c = LRUCache(3)
    for k in "abc":
        c.put(k, k)
    c.put("a", "A")  # a was the least recent; now the most recent
    c.put("d", "d")
    assert c.keys() == ["d", "a", "c"]
    c.put("e", "e")
    assert c.keys() == ["e", "d", "a"]


def test_many_operations_never_exceed_capacity():
    c = LRUCache(5)
    for i in range(200):
        c.put(i % 13, i)
        c.get((i * 7) % 13)
        assert len(c) <= 5
        assert len(c.keys()) == len(c)


def test_an_entry_is_gone_exactly_at_its_ttl():
    now = [100.0]
    c = TTLCache(4, ttl=10, clock=lambda: now[0])
    c.put("k", "v")
    now[0] = 109.999
    assert c.get("k") == "v"
    now[0] = 110.0
    assert c.get("k") is None


def test_keyword_arguments_are_part_of_the_key():
    @memoize(maxsize=8)
    def scale(x, factor=1):
        return x * factor

    assert scale(2, factor=3) == 6
    assert scale(2, factor=5) == 10
    assert scale(2) == 2


def test_keyword_order_does_not_matter():
    calls = []

    @memoize(maxsize=8)
    def f(a, b=0, c=0):
        calls.append(1)
        return a + b + c

    assert f(1, b=2, c=3) == f(1, c=3, b=2) == 6
    assert len(calls) == 1
