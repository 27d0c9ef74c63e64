def exchange_rates(pairs: list[list[str]], rates: list[float], queries: list[list[str]]) -> list[float]:
    """Return, for each query [x, y], how many units of y one unit of x is worth, or -1.0 when a
    currency is unknown or no chain of published rates links x and y."""
    raise NotImplementedError
