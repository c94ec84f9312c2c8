"""The read cache keeps a result only while nothing has changed since its query started."""

import threading

from geokg.graph.cache import ReadCache

ROWS = [{"id": "country:PRK"}]


def _cache(state: str | None = "s1", entries: int = 10) -> ReadCache:
    cache = ReadCache(entries)
    cache.observe(state)
    return cache


def test_a_result_is_served_until_the_graph_changes() -> None:
    cache = _cache()
    key = cache.key("find_entity", {"id": "country:PRK", "top": 10})
    cache.put(key, ROWS, cache.token())
    assert cache.get(key) is ROWS
    assert cache.get(cache.key("find_entity", {"top": 10, "id": "country:PRK"})) is ROWS
    assert cache.get(cache.key("find_entity", {"id": "country:PRK", "top": 0})) is None
    cache.observe("s1")
    assert cache.get(key) is ROWS
    cache.observe("s2")  # somebody committed a transaction
    assert cache.get(key) is None


def test_nothing_is_kept_from_a_query_that_ran_across_a_change() -> None:
    cache = _cache()
    key = cache.key("find_entity", {"id": "country:PRK"})
    token = cache.token()
    cache.observe("s2")
    cache.put(key, ROWS, token)
    assert cache.get(key) is None
    token = cache.token()
    threading.Thread(target=cache.written).start()  # this process wrote, from a worker thread
    cache.put(key, ROWS, token)
    assert cache.get(key) is None


def test_an_own_write_turns_the_cache_off_until_the_next_check() -> None:
    cache = _cache()
    key = cache.key("find_entity", {"id": "country:PRK"})
    cache.put(key, ROWS, cache.token())
    cache.written()
    assert cache.get(key) is None
    cache.put(key, ROWS, cache.token())  # taken while off: not kept
    cache.observe("s2")
    assert cache.get(key) is None
    cache.put(key, ROWS, cache.token())
    assert cache.get(key) is ROWS


def test_no_answer_from_neo4j_means_no_cache() -> None:
    cache = _cache()
    key = cache.key("count_stats", {})
    cache.put(key, ROWS, cache.token())
    cache.observe(None)
    assert cache.get(key) is None
    cache.put(key, ROWS, cache.token())
    cache.observe("s1")
    assert cache.get(key) is None, "emptied when Neo4j went away, even if it comes back as it was"


def test_the_least_recently_used_go_first() -> None:
    cache = _cache(entries=2)
    a, b, c = (cache.key("find_entity", {"id": i}) for i in "abc")
    cache.put(a, ROWS, cache.token())
    cache.put(b, ROWS, cache.token())
    assert cache.get(a) is ROWS
    cache.put(c, ROWS, cache.token())
    assert cache.get(b) is None and cache.get(a) is ROWS and cache.get(c) is ROWS
