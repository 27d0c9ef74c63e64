def common_directory(paths: list[str]) -> str:
    """Return the deepest directory (by whole components) containing every path; "" for no paths."""
    raise NotImplementedError
