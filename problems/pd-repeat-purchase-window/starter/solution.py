import pandas as pd


def repeat_buyers(orders: pd.DataFrame) -> pd.DataFrame:
    """One row per customer: customer_id, first_order, second_order (NaT if none), days_between
    (NaN if none), repeat_30d (second order at most 30 days after the first)."""
    raise NotImplementedError
