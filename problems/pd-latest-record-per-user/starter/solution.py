import pandas as pd


def latest_records(changes: pd.DataFrame) -> pd.DataFrame:
    """One row per existing user (user_id, email, plan, updated_at), from each user's latest
    change: latest updated_at, ties broken by the larger event_id; a delete removes the user."""
    raise NotImplementedError
