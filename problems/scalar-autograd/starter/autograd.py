"""Scalar reverse-mode automatic differentiation, micrograd-style.

Implement Value. The Graph class at the bottom is provided: the tests call it, and it builds
expressions with Value's operators. You may read it but keep its interface.
"""
from __future__ import annotations

import math


class Value:
    """A scalar in a computation graph: its data, its gradient, and how to pass gradients back."""

    def __init__(self, data: float, children: tuple[Value, ...] = (), op: str = "") -> None:
        """Store data as a float; grad starts at 0.0. children are the inputs of the op that made it."""
        raise NotImplementedError

    def __add__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __mul__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __pow__(self, exponent: float) -> Value:
        """self ** exponent for a constant int or float exponent.

        Raises TypeError if exponent is not an int or float; ValueError if self.data < 0 and the
        exponent is not a whole number; ZeroDivisionError for 0 to a negative power.
        """
        raise NotImplementedError

    def exp(self) -> Value:
        raise NotImplementedError

    def log(self) -> Value:
        """Natural log; raises ValueError if self.data <= 0."""
        raise NotImplementedError

    def tanh(self) -> Value:
        raise NotImplementedError

    def relu(self) -> Value:
        """max(x, 0); its derivative is 1 for x > 0 and 0 otherwise (also at 0)."""
        raise NotImplementedError

    def __neg__(self) -> Value:
        raise NotImplementedError

    def __sub__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __truediv__(self, other: Value | float) -> Value:
        raise NotImplementedError

    def __radd__(self, other: float) -> Value:
        raise NotImplementedError

    def __rmul__(self, other: float) -> Value:
        raise NotImplementedError

    def __rsub__(self, other: float) -> Value:
        raise NotImplementedError

    def __rtruediv__(self, other: float) -> Value:
        raise NotImplementedError

    def backward(self) -> None:
        """Set .grad of this node and of every node it depends on to d(self)/d(node).

        Gradients are recomputed from scratch on each call (not accumulated across calls).
        """
        raise NotImplementedError


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
