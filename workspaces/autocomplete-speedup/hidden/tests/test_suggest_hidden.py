import random

from suggest.index import QueryIndex


def test_ties_are_alphabetical():
    index = QueryIndex()
    for q in ["beta", "alpha", "alps", "alpine"]:
        index.add(q, 3)
    assert index.suggest("al", k=10) == ["alpha", "alpine", "alps"]


def test_empty_prefix_and_no_match():
    index = QueryIndex()
    index.add("x")
    assert index.suggest("") == []
    assert index.suggest("   ") == []
    assert index.suggest("y") == []


def test_adds_after_suggesting_are_seen():
    index = QueryIndex()
    index.add("rust book", 2)
    assert index.suggest("ru") == ["rust book"]
    index.add("ruby gems", 5)
    index.add("rust book", 4)
    assert index.suggest("ru") == ["rust book", "ruby gems"]
    index.add("rugby", 6)
    assert index.suggest("ru", k=1) == ["rugby"]


def test_a_query_is_its_own_prefix_and_longer_prefixes_narrow():
    index = QueryIndex()
    index.add("ab", 1)
    index.add("abc", 2)
    assert index.suggest("ab") == ["abc", "ab"]
    assert index.suggest("abc") == ["abc"]
    assert index.suggest("abcd") == []


def test_random_against_brute_force():
    rng = random.Random(8)
    index = QueryIndex()
    counts = {}
    for _ in range(600):
        q = "".join(rng.choice("abc ") for _ in range(rng.randint(1, 6))).strip()
        if not q:
            continue
        q = " ".join(q.split())
        n = rng.randint(1, 4)
        index.add(q, n)
        counts[q] = counts.get(q, 0) + n
        p = q[: rng.randint(1, len(q))]
        p = " ".join(p.split())
        expected = sorted((x for x in counts if x.startswith(p)), key=lambda x: (-counts[x], x))[:3]
        assert index.suggest(p, k=3) == expected
