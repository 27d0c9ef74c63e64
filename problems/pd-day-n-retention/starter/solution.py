import pandas as pd


def retention(signups: pd.DataFrame, activity: pd.DataFrame, days: list[int]) -> pd.DataFrame:
    """One row per signup date: cohort, users, then day_N for each N of days: the share of the
    cohort active on the calendar day cohort + N."""
    raise NotImplementedError
