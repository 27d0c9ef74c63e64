import pandas as pd


def sessionize(events: pd.DataFrame) -> pd.DataFrame:
    """One row per session: user_id, session (1-based per user), start, end, events. A gap of more
    than 30 minutes between a user's consecutive clicks starts a new session."""
    raise NotImplementedError
