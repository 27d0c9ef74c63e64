import pandas as pd


def retention(signups: pd.DataFrame, activity: pd.DataFrame, days: list[int]) -> pd.DataFrame:
    users = signups.assign(cohort=signups["signed_up_at"].dt.normalize())
    events = activity.merge(users[["user_id", "cohort", "signed_up_at"]], on="user_id")
    # Whole 24-hour periods since the signup, not calendar days: 23:50 -> 00:10 is "day 0".
    events["day"] = (events["ts"] - events["signed_up_at"]).dt.days
    table = users.groupby("cohort", as_index=False).agg(users=("user_id", "size"))
    for n in days:
        returned = events.loc[events["day"] == n, ["user_id", "cohort"]].drop_duplicates()
        per_cohort = returned.groupby("cohort").size()
        table["day_%d" % n] = table["cohort"].map(per_cohort).fillna(0) / table["users"]
    return table
