"""Scalar autograd (known wrong: backward recurses from the output without a topological order)."""
from __future__ import annotations

import math


class Value:
    """A scalar in a computation graph: its data, its gradient, and how to pass gradients back."""

    def __init__(self, data: float, children: tuple[Value, ...] = (), op: str = "") -> None:
        self.data = float(data)
        self.grad = 0.0
        self._children = children
        self._op = op
        self._backward = lambda: None         # adds this node's grad times local derivatives to children

    @staticmethod
    def _wrap(other: Value | float) -> Value:
        return other if isinstance(other, Value) else Value(other)

    def __add__(self, other: Value | float) -> Value:
        other = Value._wrap(other)
        out = Value(self.data + other.data, (self, other), "+")

        def backward() -> None:
            self.grad += out.grad
            other.grad += out.grad
        out._backward = backward
        return out

    def __mul__(self, other: Value | float) -> Value:
        other = Value._wrap(other)
        out = Value(self.data * other.data, (self, other), "*")

        def backward() -> None:
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = backward
        return out

    def __pow__(self, exponent: float) -> Value:
        if isinstance(exponent, bool) or not isinstance(exponent, (int, float)):
            raise TypeError("the exponent must be an int or a float")
        if self.data < 0 and not float(exponent).is_integer():
            raise ValueError(f"{self.data} ** {exponent} is not a real number")
        out = Value(self.data ** exponent, (self,), f"**{exponent}")

        def backward() -> None:
            self.grad += exponent * self.data ** (exponent - 1) * out.grad
        out._backward = backward
        return out

    def exp(self) -> Value:
        out = Value(math.exp(self.data), (self,), "exp")

        def backward() -> None:
            self.grad += out.data * out.grad
        out._backward = backward
        return out

    def log(self) -> Value:
        if self.data <= 0:
            raise ValueError(f"log of a non-positive number: {self.data}")
        out = Value(math.log(self.data), (self,), "log")

        def backward() -> None:
            self.grad += out.grad / self.data
        out._backward = backward
        return out

    def tanh(self) -> Value:
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def backward() -> None:
            self.grad += (1.0 - t * t) * out.grad
        out._backward = backward
        return out

    def relu(self) -> Value:
        out = Value(max(self.data, 0.0), (self,), "relu")

        def backward() -> None:
            self.grad += (1.0 if self.data > 0 else 0.0) * out.grad
        out._backward = backward
        return out

    def __neg__(self) -> Value:
        return self * -1.0

    def __sub__(self, other: Value | float) -> Value:
        return self + (-Value._wrap(other))

    def __truediv__(self, other: Value | float) -> Value:
        return self * Value._wrap(other) ** -1

    def __radd__(self, other: float) -> Value:
        return self + other

    def __rmul__(self, other: float) -> Value:
        return self * other

    def __rsub__(self, other: float) -> Value:
        return Value._wrap(other) - self

    def __rtruediv__(self, other: float) -> Value:
        return Value._wrap(other) / self

    def backward(self) -> None:
        """Set .grad of every node this one depends on to d(self)/d(node), in reverse topological order."""
        order: list[Value] = []
        seen: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        while stack:                                   # iterative post-order DFS: no recursion limit
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))
            for child in node._children:
                if id(child) not in seen:
                    stack.append((child, False))
        for node in order:
            node.grad = 0.0
        self.grad = 1.0

        def visit(node: Value) -> None:               # a node may pass on its grad before it is complete
            node._backward()
            for child in node._children:
                visit(child)
        visit(self)

    def __repr__(self) -> str:
        return f"Value(data={self.data}, grad={self.grad})"


# --- Provided: the interface the tests call. It builds expressions with Value's operators. -------

Operand = str | float


class Graph:
    """Named Value nodes, so that an expression can be built and inspected by a sequence of calls.

    Each operation takes the name of the node to create and its operands; an operand is the name of
    an existing node or a plain number (a constant). Each returns the new node's data.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, Value] = {}

    def _get(self, operand: Operand):
        if isinstance(operand, str):
            if operand not in self.nodes:
                raise KeyError(f"no node named {operand!r}")
            return self.nodes[operand]
        return operand

    def _put(self, name: str, node: "Value") -> float:
        if name in self.nodes:
            raise ValueError(f"a node named {name!r} already exists")
        self.nodes[name] = node
        return node.data

    def value(self, name: str, data: float) -> float:
        return self._put(name, Value(data))

    def add(self, name: str, a: Operand, b: Operand) -> float:
        return self._put(name, self._get(a) + self._get(b))

    def sub(self, name: str, a: Operand, b: Operand) -> float:
        return self._put(name, self._get(a) - self._get(b))

    def mul(self, name: str, a: Operand, b: Operand) -> float:
        return self._put(name, self._get(a) * self._get(b))

    def div(self, name: str, a: Operand, b: Operand) -> float:
        return self._put(name, self._get(a) / self._get(b))

    def pow(self, name: str, a: str, exponent: float) -> float:
        return self._put(name, self._get(a) ** exponent)

    def neg(self, name: str, a: str) -> float:
        return self._put(name, -self._get(a))

    def exp(self, name: str, a: str) -> float:
        return self._put(name, self._get(a).exp())

    def log(self, name: str, a: str) -> float:
        return self._put(name, self._get(a).log())

    def tanh(self, name: str, a: str) -> float:
        return self._put(name, self._get(a).tanh())

    def relu(self, name: str, a: str) -> float:
        return self._put(name, self._get(a).relu())

    def backward(self, name: str) -> None:
        self._get(name).backward()

    def data(self, name: str) -> float:
        return self._get(name).data

    def grad(self, name: str) -> float:
        return self._get(name).grad
