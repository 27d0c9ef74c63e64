def expand_template(template: str) -> str:
    """Return the literal text that the repeat template stands for."""
    raise NotImplementedError
