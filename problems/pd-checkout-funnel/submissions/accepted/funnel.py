import numpy as np
import pandas as pd


def funnel(events: pd.DataFrame, steps: list[str]) -> pd.DataFrame:
    counts = []
    reached = None  # user_id -> when the user reached the previous step
    for step in steps:
        times = events.loc[events["event"] == step, ["user_id", "ts"]]
        if reached is not None:
            times = times.merge(reached.rename("since").reset_index(), on="user_id")
            times = times[times["ts"] >= times["since"]]
        # The earliest qualifying event: reaching a step as early as possible never hurts later ones.
        reached = times.groupby("user_id")["ts"].min()
        counts.append(len(reached))
    users = pd.Series(counts, dtype="int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        from_previous = (users / users.shift(1)).astype("float64")
        from_start = (users / users.iloc[0]).astype("float64")
    from_previous.iloc[0] = 1.0
    return pd.DataFrame(
        {
            "step_number": pd.Series(range(1, len(steps) + 1), dtype="int64"),
            "step": pd.Series(steps, dtype="object"),
            "users": users,
            "from_previous": from_previous,
            "from_start": from_start,
        }
    )
