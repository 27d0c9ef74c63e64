"""The least-recently-used cache."""

from lrucache.linked import Node, Recency


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1, was %r" % capacity)
        self.capacity = capacity
        self.nodes = {}
        self.order = Recency()
        self.hits = 0
        self.misses = 0

    def __len__(self):
        return len(self.nodes)

    def __contains__(self, key):
        return key in self.nodes

    def get(self, key, default=None):
        node = self.nodes.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self.order.move_to_front(node)
        return node.value

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self.order.move_to_front(node)
            return
        if len(self.nodes) >= self.capacity:
            evicted = self.order.pop_back()
            del self.nodes[evicted.key]
        node = Node(key, value)
        self.nodes[key] = node
        self.order.push_front(node)

    def keys(self):
        """Keys from most to least recently used."""
        out = []
        node = self.order.head
        while node is not None:
            out.append(node.key)
            node = node.next
        return out
