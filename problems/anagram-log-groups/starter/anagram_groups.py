def group_anagrams(tokens: list[str]) -> list[list[str]]:
    """Group tokens that are rearrangements of each other; groups by first appearance, tokens in input order."""
    raise NotImplementedError
