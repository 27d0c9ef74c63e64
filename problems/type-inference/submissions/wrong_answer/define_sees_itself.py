"""Wrong (level 3): define types its expression like letrec, so the name being defined is already in
scope inside it instead of keeping its earlier meaning."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

RESERVED = {"true", "false", "if", "fn", "let", "letrec"}
IDENTIFIER = re.compile(r"[A-Za-z_+\-*/<>=!?'][A-Za-z0-9_+\-*/<>=!?']*")
INTEGER = re.compile(r"-?[0-9]+")
TOKEN = re.compile(r"\s*(?:([()\[\]])|([^\s()\[\]]+))")


class TypeError_(Exception):
    """An error to report; `str(e)` is the message after "error: "."""


# Types -------------------------------------------------------------------------------------------


class TVar:
    _ids = itertools.count()

    def __init__(self) -> None:
        self.id = next(TVar._ids)
        self.ref: Type | None = None  # set when the variable is bound (union-find)


@dataclass(frozen=True)
class TCon:
    name: str  # "int", "bool", "->", "list", "pair"
    args: tuple = ()


Type = TVar | TCon
INT, BOOL = TCon("int"), TCon("bool")


def arrow(a: Type, b: Type) -> TCon:
    return TCon("->", (a, b))


def prune(t: Type) -> Type:
    """Follow bound variables to the representative type (with path compression)."""
    if isinstance(t, TVar) and t.ref is not None:
        t.ref = prune(t.ref)
        return t.ref
    return t


def occurs(var: TVar, t: Type) -> bool:
    t = prune(t)
    if t is var:
        return True
    return isinstance(t, TCon) and any(occurs(var, a) for a in t.args)


def unify(a: Type, b: Type) -> None:
    a, b = prune(a), prune(b)
    if a is b:
        return
    if isinstance(a, TVar) or isinstance(b, TVar):
        var, other = (a, b) if isinstance(a, TVar) else (b, a)
        if occurs(var, other):
            raise TypeError_("infinite type")
        var.ref = other
        return
    if a.name != b.name or len(a.args) != len(b.args):
        raise TypeError_("mismatch")
    for x, y in zip(a.args, b.args):  # for an arrow: the parameter first, then the result
        unify(x, y)


def free_vars(t: Type, out: set[TVar]) -> set[TVar]:
    t = prune(t)
    if isinstance(t, TVar):
        out.add(t)
    else:
        for a in t.args:
            free_vars(a, out)
    return out


@dataclass(frozen=True)
class Scheme:
    """A type, generic over `quantified` (each use gets fresh copies of them)."""

    quantified: frozenset
    type: Type

    def instantiate(self) -> Type:
        fresh = {v: TVar() for v in self.quantified}

        def copy(t: Type) -> Type:
            t = prune(t)
            if isinstance(t, TVar):
                return fresh.get(t, t)
            return TCon(t.name, tuple(copy(a) for a in t.args))

        return copy(self.type)


def show(t: Type) -> str:
    """Print a type, naming its variables a, b, c, ... in order of first appearance."""
    names: dict[TVar, str] = {}

    def go(t: Type, left_of_arrow: bool) -> str:
        t = prune(t)
        if isinstance(t, TVar):
            if t not in names:
                names[t] = "abcdefghijklmnopqrstuvwxyz"[len(names)]
            return names[t]
        if t.name == "->":
            text = f"{go(t.args[0], True)} -> {go(t.args[1], False)}"
            return f"({text})" if left_of_arrow else text
        if t.name == "list":
            return f"[{go(t.args[0], False)}]"
        if t.name == "pair":
            return f"({go(t.args[0], False)}, {go(t.args[1], False)})"
        return t.name

    return go(t, False)


def mono(t: Type) -> Scheme:
    return Scheme(frozenset(), t)


def poly(make) -> Scheme:
    """A builtin's scheme: `make(a, b)` builds its type from two fresh variables."""
    a, b = TVar(), TVar()
    return Scheme(frozenset({a, b}), make(a, b))


def lst(t: Type) -> TCon:
    return TCon("list", (t,))


def pair(a: Type, b: Type) -> TCon:
    return TCon("pair", (a, b))


BUILTINS: dict[str, Scheme] = {
    "+": mono(arrow(INT, arrow(INT, INT))),
    "-": mono(arrow(INT, arrow(INT, INT))),
    "*": mono(arrow(INT, arrow(INT, INT))),
    "<": mono(arrow(INT, arrow(INT, BOOL))),
    "=": mono(arrow(INT, arrow(INT, BOOL))),
    "and": mono(arrow(BOOL, arrow(BOOL, BOOL))),
    "or": mono(arrow(BOOL, arrow(BOOL, BOOL))),
    "not": mono(arrow(BOOL, BOOL)),
    # level 4
    "cons": poly(lambda a, b: arrow(a, arrow(lst(a), lst(a)))),
    "head": poly(lambda a, b: arrow(lst(a), a)),
    "tail": poly(lambda a, b: arrow(lst(a), lst(a))),
    "empty": poly(lambda a, b: arrow(lst(a), BOOL)),
    "pair": poly(lambda a, b: arrow(a, arrow(b, pair(a, b)))),
    "fst": poly(lambda a, b: arrow(pair(a, b), a)),
    "snd": poly(lambda a, b: arrow(pair(a, b), b)),
}


# Syntax ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    kind: str  # int, bool, var, if, app, fn, let, letrec, list
    value: object = None  # the literal or the name
    children: tuple = ()
    params: tuple = ()  # fn parameters


def tokenize(text: str) -> list[str]:
    tokens, pos = [], 0
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:  # only whitespace left
            break
        tokens.append(match.group(1) or match.group(2))
        pos = match.end()
    return tokens


def parse(text: str) -> Node:
    tokens = tokenize(text)
    node, pos = parse_at(tokens, 0)
    if pos != len(tokens):
        raise TypeError_("syntax")
    return node


def is_name(token: str) -> bool:
    return IDENTIFIER.fullmatch(token) is not None and INTEGER.fullmatch(token) is None and token not in RESERVED


def parse_at(tokens: list[str], pos: int) -> tuple[Node, int]:
    if pos >= len(tokens):
        raise TypeError_("syntax")
    token = tokens[pos]
    if token == "(":
        return parse_form(tokens, pos + 1)
    if token == "[":
        items, pos = [], pos + 1
        while pos < len(tokens) and tokens[pos] != "]":
            item, pos = parse_at(tokens, pos)
            items.append(item)
        if pos >= len(tokens):
            raise TypeError_("syntax")
        return Node("list", children=tuple(items)), pos + 1
    if INTEGER.fullmatch(token):
        return Node("int", int(token)), pos + 1
    if token in ("true", "false"):
        return Node("bool", token == "true"), pos + 1
    if is_name(token):
        return Node("var", token), pos + 1
    raise TypeError_("syntax")


def parse_form(tokens: list[str], pos: int) -> tuple[Node, int]:
    """The inside of a parenthesized form, after its '('; returns the position after its ')'."""
    head = tokens[pos] if pos < len(tokens) else None
    if head == "if":
        cond, pos = parse_at(tokens, pos + 1)
        then, pos = parse_at(tokens, pos)
        other, pos = parse_at(tokens, pos)
        return Node("if", children=(cond, then, other)), expect_close(tokens, pos)
    if head == "fn":
        if pos + 1 >= len(tokens) or tokens[pos + 1] != "(":
            raise TypeError_("syntax")
        params, pos = [], pos + 2
        while pos < len(tokens) and is_name(tokens[pos]):
            params.append(tokens[pos])
            pos += 1
        if not params:
            raise TypeError_("syntax")
        pos = expect_close(tokens, pos)
        body, pos = parse_at(tokens, pos)
        return Node("fn", children=(body,), params=tuple(params)), expect_close(tokens, pos)
    if head in ("let", "letrec"):
        if pos + 1 >= len(tokens) or not is_name(tokens[pos + 1]):
            raise TypeError_("syntax")
        name = tokens[pos + 1]
        bound, pos = parse_at(tokens, pos + 2)
        body, pos = parse_at(tokens, pos)
        return Node(head, name, (bound, body)), expect_close(tokens, pos)
    function, pos = parse_at(tokens, pos)
    args = []
    while pos < len(tokens) and tokens[pos] != ")":
        arg, pos = parse_at(tokens, pos)
        args.append(arg)
    if not args:
        raise TypeError_("syntax")
    return Node("app", children=(function, *args)), expect_close(tokens, pos)


def expect_close(tokens: list[str], pos: int) -> int:
    if pos >= len(tokens) or tokens[pos] != ")":
        raise TypeError_("syntax")
    return pos + 1


# Inference ---------------------------------------------------------------------------------------


class TypeChecker:
    def __init__(self) -> None:
        self._definitions: dict[str, Scheme] = {}

    # Level 1 -----------------------------------------------------------------------------------

    def infer(self, expression: str) -> str:
        try:
            return show(self._infer_top(expression))
        except TypeError_ as e:
            return f"error: {e}"

    # Level 3 -----------------------------------------------------------------------------------

    def define(self, name: str, expression: str) -> str:
        """Infer `expression`, and on success bind `name` to its generalized type for later use."""
        try:
            if not is_name(name):
                raise TypeError_("syntax")
            t = self._infer_top(f"(letrec {name} {expression} {name})")  # the name is in scope in its own definition
        except TypeError_ as e:
            return f"error: {e}"
        self._definitions[name] = Scheme(frozenset(free_vars(t, set())), t)
        return show(t)

    # Internals ---------------------------------------------------------------------------------

    def _infer_top(self, expression: str) -> Type:
        tree = parse(expression)
        env = {**BUILTINS, **self._definitions}
        return self._infer(tree, env)

    def _infer(self, node: Node, env: dict[str, Scheme]) -> Type:
        kind = node.kind
        if kind == "int":
            return INT
        if kind == "bool":
            return BOOL
        if kind == "var":
            scheme = env.get(node.value)
            if scheme is None:
                raise TypeError_(f"unbound {node.value}")
            return scheme.instantiate()
        if kind == "if":
            cond, then, other = node.children
            unify(self._infer(cond, env), BOOL)
            t = self._infer(then, env)
            unify(t, self._infer(other, env))
            return t
        if kind == "app":
            t = self._infer(node.children[0], env)
            for arg in node.children[1:]:
                result = TVar()
                unify(t, arrow(self._infer(arg, env), result))
                t = result
            return t
        if kind == "fn":
            params = [TVar() for _ in node.params]
            inner = {**env, **{name: mono(v) for name, v in zip(node.params, params)}}
            t = self._infer(node.children[0], inner)
            for v in reversed(params):
                t = arrow(v, t)
            return t
        if kind == "let":
            bound, body = node.children
            t = self._infer(bound, env)
            return self._infer(body, {**env, node.value: self._generalize(t, env)})
        if kind == "letrec":
            bound, body = node.children
            var = TVar()
            t = self._infer(bound, {**env, node.value: mono(var)})
            unify(var, t)
            return self._infer(body, {**env, node.value: self._generalize(t, env)})
        element = TVar()  # a list literal
        for item in node.children:
            unify(element, self._infer(item, env))
        return lst(element)

    @staticmethod
    def _generalize(t: Type, env: dict[str, Scheme]) -> Scheme:
        """Quantify the variables of `t` that are not free in the environment."""
        in_env: set[TVar] = set()
        for scheme in env.values():
            in_env |= free_vars(scheme.type, set()) - scheme.quantified
        return Scheme(frozenset(free_vars(t, set()) - in_env), t)
