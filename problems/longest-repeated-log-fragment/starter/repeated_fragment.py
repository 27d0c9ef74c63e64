def longest_repeated_fragment(line: str) -> str:
    """Return the longest substring occurring at two or more offsets (overlaps allowed).

    On a tie, the one whose first occurrence is earliest; "" if none.
    """
    raise NotImplementedError
