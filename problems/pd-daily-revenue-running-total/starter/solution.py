import pandas as pd


def daily_revenue(sales: pd.DataFrame) -> pd.DataFrame:
    """One row per store and calendar day from its first to its last sale: store_id, day,
    revenue (0.0 on days without sales), running_total, avg_7d (trailing 7 days, fewer at first)."""
    raise NotImplementedError
