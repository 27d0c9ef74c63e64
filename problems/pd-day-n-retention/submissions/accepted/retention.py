import pandas as pd


def retention(signups: pd.DataFrame, activity: pd.DataFrame, days: list[int]) -> pd.DataFrame:
    users = signups.assign(cohort=signups["signed_up_at"].dt.normalize())
    events = activity.merge(users[["user_id", "cohort"]], on="user_id", how="inner")
    # Calendar days: the difference of the two dates, not of the two timestamps.
    events["day"] = (events["ts"].dt.normalize() - events["cohort"]).dt.days
    table = users.groupby("cohort", as_index=False).agg(users=("user_id", "size"))
    for n in days:
        returned = events.loc[events["day"] == n, ["user_id", "cohort"]].drop_duplicates()
        per_cohort = returned.groupby("cohort").size()
        table["day_%d" % n] = table["cohort"].map(per_cohort).fillna(0) / table["users"]
    return table
