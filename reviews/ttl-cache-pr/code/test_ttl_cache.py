from ttl_cache import TTLCache


def test_set_then_get_returns_the_value():
    cache = TTLCache()
    cache.set("a", 1)
    assert cache.get("a") == 1


def test_missing_key_returns_default():
    cache = TTLCache()
    assert cache.get("nope", default=7) == 7


def test_full_cache_evicts_the_oldest_entry():
    cache = TTLCache(max_size=2)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("c", 3)
    assert cache.get("a") is None
    assert cache.get("c") == 3
    assert len(cache) == 2


def test_loader_result_is_cached():
    calls = []
    cache = TTLCache()

    def load(key):
        calls.append(key)
        return key.upper()

    assert cache.get_or_load("x", load) == "X"
    assert cache.get_or_load("x", load) == "X"
    assert calls == ["x"]
