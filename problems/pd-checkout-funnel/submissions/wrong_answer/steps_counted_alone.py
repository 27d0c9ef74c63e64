import pandas as pd


def funnel(events: pd.DataFrame, steps: list[str]) -> pd.DataFrame:
    # Counts each step's users on their own: a user who lands on checkout from a link, without
    # viewing a product, counts for checkout.
    users = pd.Series(
        [events.loc[events["event"] == s, "user_id"].nunique() for s in steps], dtype="int64"
    )
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
