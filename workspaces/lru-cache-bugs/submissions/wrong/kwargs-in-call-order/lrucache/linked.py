"""A doubly linked list of nodes, most recent first."""


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class Recency:
    """Nodes from most to least recently used."""

    def __init__(self):
        self.head = None
        self.tail = None

    def push_front(self, node):
        node.prev = None
        node.next = self.head
        if self.head is not None:
            self.head.prev = node
        self.head = node
        if self.tail is None:
            self.tail = node

    def unlink(self, node):
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        node.prev = node.next = None

    def move_to_front(self, node):
        if node is self.head:
            return
        if node is self.tail:
            self.tail = node.prev
        self.unlink(node)
        self.push_front(node)

    def pop_back(self):
        node = self.tail
        if node is None:
            return None
        self.tail = node.prev
        self.unlink(node)
        return node
