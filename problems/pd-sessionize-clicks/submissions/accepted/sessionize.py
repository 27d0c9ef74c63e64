import pandas as pd

GAP = pd.Timedelta(minutes=30)


def sessionize(events: pd.DataFrame) -> pd.DataFrame:
    clicks = events.sort_values(["user_id", "ts"], kind="stable")
    # The pause before each click, within its user only: a user's first click has none (NaT).
    pause = clicks.groupby("user_id")["ts"].diff()
    starts = (pause.isna() | (pause > GAP)).astype("int64")
    clicks = clicks.assign(session=starts.groupby(clicks["user_id"]).cumsum())
    return clicks.groupby(["user_id", "session"], as_index=False).agg(
        start=("ts", "min"), end=("ts", "max"), events=("ts", "size")
    )
