"""A spreadsheet: cells hold integers or formulas that compute integers from other cells.

Level 1 asks for the methods below. Every later level adds methods or grammar; the earlier methods
must keep working, because the tests of every level run against your final code.
"""


class Spreadsheet:
    def __init__(self) -> None:
        pass

    def set_cell(self, cell: str, content: str) -> bool:
        """Store `content` ("", an integer, or "=" formula) in `cell`.

        Return False, changing nothing, if the content is malformed.
        """
        raise NotImplementedError

    def get_value(self, cell: str) -> int | None:
        """Return the cell's current value; 0 for an empty cell."""
        raise NotImplementedError

    def get_content(self, cell: str) -> str:
        """Return the content last stored in `cell`, or "" if it is empty."""
        raise NotImplementedError
