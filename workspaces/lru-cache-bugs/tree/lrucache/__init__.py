"""lrucache: an LRU cache, a TTL variant and a memoizing decorator."""
