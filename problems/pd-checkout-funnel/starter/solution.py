import pandas as pd


def funnel(events: pd.DataFrame, steps: list[str]) -> pd.DataFrame:
    """One row per step, in order: step_number, step, users (who reached it in order),
    from_previous, from_start."""
    raise NotImplementedError
