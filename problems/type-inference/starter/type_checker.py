"""A type checker for a tiny Lisp-like language, with no type annotations.

Level 1 asks for `infer` over literals, `if`, and builtins. Later levels extend the language and
add `define`; programs accepted by an earlier level must keep their types, because the tests of
every level run against your final code.
"""


class TypeChecker:
    def __init__(self) -> None:
        pass

    def infer(self, expression: str) -> str:
        """Return the type of `expression` ("int", "int -> bool", ...) or an error message.

        The messages are "error: syntax", "error: unbound NAME" and "error: mismatch" (and, from
        level 2, "error: infinite type"). Never raise.
        """
        raise NotImplementedError
