import pandas as pd


def ab_summary(assignments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per variant: variant, users, converters, conversion_rate, lift (over control)."""
    raise NotImplementedError
