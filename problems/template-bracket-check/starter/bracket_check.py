def first_bracket_error(template: str) -> int:
    """Return -1 if the template's brackets balance (quoted text ignored), else the index to fix."""
    raise NotImplementedError
