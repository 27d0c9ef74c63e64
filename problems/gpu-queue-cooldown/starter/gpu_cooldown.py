def min_slots(kinds: list[str], cooldown: int) -> int:
    """Return the fewest slots that run every job when same-kind jobs need `cooldown` slots between them."""
    raise NotImplementedError
