def prefix_counts(queries: list[str], prefixes: list[str]) -> list[int]:
    """For each prefix, the number of log entries that start with it."""
    raise NotImplementedError


def top_completion(queries: list[str], prefixes: list[str]) -> list[str]:
    """For each prefix, the most searched query starting with it (ties: smallest), or ""."""
    raise NotImplementedError
