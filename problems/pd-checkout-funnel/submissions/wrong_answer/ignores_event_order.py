import pandas as pd


def funnel(events: pd.DataFrame, steps: list[str]) -> pd.DataFrame:
    # Requires every earlier step, but not in time order: adding to the cart after checking out
    # still counts as having gone through the funnel.
    did = [set(events.loc[events["event"] == s, "user_id"]) for s in steps]
    counts = []
    current = None
    for users_of_step in did:
        current = users_of_step if current is None else current & users_of_step
        counts.append(len(current))
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
