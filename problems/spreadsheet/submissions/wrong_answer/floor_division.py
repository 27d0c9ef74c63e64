"""Wrong (level 2): division rounds toward negative infinity (Python //) instead of toward zero."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Syntax ------------------------------------------------------------------------------------------

CELL = re.compile(r"([A-Z]+)([1-9][0-9]*)")
LITERAL = re.compile(r"-?[0-9]+")
TOKEN = re.compile(r" *(?:([0-9]+)|([A-Z]+[0-9]+)|([A-Z]+)|([^ ]))", re.DOTALL)
FUNCTIONS = ("SUM", "MIN", "MAX")


class FormulaError(ValueError):
    """The content is not a well-formed formula."""


def column_index(letters: str) -> int:
    """A -> 1, Z -> 26, AA -> 27 (bijective base 26)."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index


def column_name(index: int) -> str:
    letters = []
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters.append(chr(ord("A") + rest))
    return "".join(reversed(letters))


def split_cell(cell: str) -> tuple[int, int]:
    """'B12' -> (column 2, row 12)."""
    match = CELL.fullmatch(cell)
    if match is None:
        raise FormulaError(f"not a cell reference: {cell!r}")
    return column_index(match.group(1)), int(match.group(2))


def cell_name(column: int, row: int) -> str:
    return f"{column_name(column)}{row}"


def sort_key(cell: str) -> tuple[int, int]:
    return split_cell(cell)


@dataclass(frozen=True)
class Num:
    value: int


@dataclass(frozen=True)
class Ref:
    cell: str


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Binary:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Range:
    first: str
    last: str
    cells: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        (c1, r1), (c2, r2) = split_cell(self.first), split_cell(self.last)
        cells = tuple(
            cell_name(c, r)
            for c in range(min(c1, c2), max(c1, c2) + 1)
            for r in range(min(r1, r2), max(r1, r2) + 1)
        )
        object.__setattr__(self, "cells", cells)  # computed once: ranges are read on every evaluation


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple  # of expressions and Ranges


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "cell", "name", or the character itself
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int) -> list[Token]:
    tokens = []
    pos = offset
    while pos < len(text):
        match = TOKEN.match(text, pos)
        if match is None:  # only trailing whitespace is left
            break
        number, cell, name, other = match.groups()
        start = match.start(match.lastindex)
        if number is not None:
            tokens.append(Token("num", number, start, match.end()))
        elif cell is not None:
            split_cell(cell)  # rejects rows such as A0 and A01
            tokens.append(Token("cell", cell, start, match.end()))
        elif name is not None:
            tokens.append(Token("name", name, start, match.end()))
        else:
            tokens.append(Token(other, other, start, match.end()))
        pos = match.end()
    return tokens


class Parser:
    """Recursive descent over the grammar in the statement."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def parse(self):
        expr = self.expr()
        if self.pos != len(self.tokens):
            raise FormulaError("unexpected token")
        return expr

    def peek(self) -> str | None:
        return self.tokens[self.pos].kind if self.pos < len(self.tokens) else None

    def take(self, kind: str) -> Token:
        if self.peek() != kind:
            raise FormulaError(f"expected {kind}")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take(self.peek()).kind
            node = Binary(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take(self.peek()).kind
            node = Binary(op, node, self.factor())
        return node

    def factor(self):
        kind = self.peek()
        if kind == "-":
            self.take("-")
            return Neg(self.factor())
        if kind == "num":
            return Num(int(self.take("num").text))
        if kind == "cell":
            return Ref(self.take("cell").text)
        if kind == "(":
            self.take("(")
            node = self.expr()
            self.take(")")
            return node
        if kind == "name":
            name = self.take("name").text
            if name not in FUNCTIONS:
                raise FormulaError(f"unknown function {name}")
            self.take("(")
            args = [self.argument()]
            while self.peek() == ",":
                self.take(",")
                args.append(self.argument())
            self.take(")")
            return Call(name, tuple(args))
        raise FormulaError("expected a value")

    def argument(self):
        if self.peek() == "cell" and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1].kind == ":":
            first = self.take("cell").text
            self.take(":")
            return Range(first, self.take("cell").text)
        return self.expr()


@dataclass(frozen=True)
class Formula:
    text: str
    tree: object
    refs: tuple[Token, ...]  # every cell token, with its position in `text`
    precedents: frozenset[str]  # every cell the value reads, ranges expanded


def collect(node, cells: set[str]) -> None:
    if isinstance(node, Ref):
        cells.add(node.cell)
    elif isinstance(node, Range):
        cells.update(node.cells)
    elif isinstance(node, Neg):
        collect(node.operand, cells)
    elif isinstance(node, Binary):
        collect(node.left, cells)
        collect(node.right, cells)
    elif isinstance(node, Call):
        for arg in node.args:
            collect(arg, cells)


def parse_formula(text: str) -> Formula:
    tokens = tokenize(text, 1)
    tree = Parser(tokens).parse()
    cells: set[str] = set()
    collect(tree, cells)
    return Formula(text, tree, tuple(t for t in tokens if t.kind == "cell"), frozenset(cells))


class CellError(Exception):
    """A value that cannot be computed: division by zero, or an input that is itself an error."""


def truncating_division(a: int, b: int) -> int:
    if b == 0:
        raise CellError("division by zero")
    return a // b  # bug: floors, so -7 / 2 is -4 instead of -3


# The sheet ---------------------------------------------------------------------------------------


class Spreadsheet:
    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self._contents: dict[str, str] = {}  # non-empty cells only
        self._formulas: dict[str, Formula] = {}
        self._values: dict[str, int | None] = {}  # cached; None marks an error
        self._dependents: dict[str, set[str]] = {}  # cell -> formula cells that read it directly

    # Level 1 -----------------------------------------------------------------------------------

    def set_cell(self, cell: str, content: str) -> bool:
        """Store `content` in `cell`; False (and no change) if it is malformed or makes a cycle."""
        formula = None
        if content.startswith("="):
            try:
                formula = parse_formula(content)
            except FormulaError:
                return False
            if self._creates_cycle(cell, formula.precedents):
                return False
        elif content and LITERAL.fullmatch(content) is None:
            return False
        self._unlink(cell)
        self._link(cell, content, formula)
        self._recompute(self._downstream(cell) | {cell})
        return True

    def get_value(self, cell: str) -> int | None:
        """The cell's value: 0 when empty, None when its formula cannot be computed."""
        return self._values.get(cell, 0)

    def get_content(self, cell: str) -> str:
        return self._contents.get(cell, "")

    # Level 3 -----------------------------------------------------------------------------------

    def get_dependents(self, cell: str) -> list[str]:
        """Every cell whose value depends on `cell`, directly or through other cells."""
        return sorted(self._downstream(cell), key=sort_key)

    # Level 4 -----------------------------------------------------------------------------------

    def insert_row(self, row: int) -> None:
        """Insert an empty row before `row`, moving cells and references at or below it down one."""
        self._shift(lambda c, r: (c, r + 1 if r >= row else r))

    def insert_column(self, column: str) -> None:
        """Insert an empty column before `column`, moving cells and references from it right one."""
        at = column_index(column)
        self._shift(lambda c, r: (c + 1 if c >= at else c, r))

    # Internals ---------------------------------------------------------------------------------

    def _link(self, cell: str, content: str, formula: Formula | None) -> None:
        """Store the cell's content and add its edges to the dependency graph."""
        if content:
            self._contents[cell] = content
        if formula is not None:
            self._formulas[cell] = formula
            for precedent in formula.precedents:
                self._dependents.setdefault(precedent, set()).add(cell)

    def _unlink(self, cell: str) -> None:
        """Forget the cell's content and its edges in the dependency graph."""
        self._contents.pop(cell, None)
        formula = self._formulas.pop(cell, None)
        if formula is not None:
            for precedent in formula.precedents:
                readers = self._dependents[precedent]
                readers.discard(cell)
                if not readers:
                    del self._dependents[precedent]

    def _downstream(self, cell: str) -> set[str]:
        seen: set[str] = set()
        stack = [cell]
        while stack:
            for reader in self._dependents.get(stack.pop(), ()):
                if reader not in seen:
                    seen.add(reader)
                    stack.append(reader)
        return seen

    def _creates_cycle(self, cell: str, precedents: set[str]) -> bool:
        """A new formula in `cell` closes a cycle iff it reads `cell` or anything downstream of it."""
        return cell in precedents or not precedents.isdisjoint(self._downstream(cell))

    def _recompute(self, cells: set[str]) -> None:
        """Re-evaluate `cells` in topological order (inputs inside the set first)."""
        waiting = {
            cell: sum(1 for p in self._formulas[cell].precedents if p in cells and p in self._formulas)
            for cell in cells
            if cell in self._formulas
        }
        for cell in cells:
            if cell not in self._formulas:
                self._values.pop(cell, None)
                if cell in self._contents:
                    self._values[cell] = int(self._contents[cell])
        ready = [cell for cell, count in waiting.items() if count == 0]
        while ready:
            cell = ready.pop()
            self._values[cell] = self._evaluate(self._formulas[cell])
            for reader in self._dependents.get(cell, ()):
                if reader in waiting:
                    waiting[reader] -= 1
                    if waiting[reader] == 0:
                        ready.append(reader)

    def _evaluate(self, formula: Formula) -> int | None:
        try:
            return self._eval(formula.tree)
        except CellError:
            return None

    def _read(self, cell: str) -> int:
        value = self._values.get(cell, 0)
        if value is None:
            raise CellError(f"{cell} is an error")
        return value

    def _eval(self, node) -> int:
        if isinstance(node, Num):
            return node.value
        if isinstance(node, Ref):
            return self._read(node.cell)
        if isinstance(node, Neg):
            return -self._eval(node.operand)
        if isinstance(node, Binary):
            left, right = self._eval(node.left), self._eval(node.right)
            if node.op == "+":
                return left + right
            if node.op == "-":
                return left - right
            if node.op == "*":
                return left * right
            return truncating_division(left, right)
        values: list[int] = []
        for arg in node.args:
            if isinstance(arg, Range):
                values.extend(self._read(c) for c in arg.cells if c in self._contents)
            else:
                values.append(self._eval(arg))
        if not values:
            return 0
        if node.name == "SUM":
            return sum(values)
        return min(values) if node.name == "MIN" else max(values)

    def _shift(self, move) -> None:
        """Move every cell and rewrite every reference with `move(column, row)`, then rebuild."""

        def moved(cell: str) -> str:
            return cell_name(*move(*split_cell(cell)))

        contents = {}
        for cell, content in self._contents.items():
            formula = self._formulas.get(cell)
            if formula is not None:
                parts, last = [], 0
                for ref in formula.refs:
                    parts.append(content[last : ref.start])
                    parts.append(moved(ref.text))
                    last = ref.end
                parts.append(content[last:])
                content = "".join(parts)
            contents[moved(cell)] = content
        self._clear()
        for cell, content in contents.items():
            self._link(cell, content, parse_formula(content) if content.startswith("=") else None)
        self._recompute(set(self._contents))
