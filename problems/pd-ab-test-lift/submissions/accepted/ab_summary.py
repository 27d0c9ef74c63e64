import numpy as np
import pandas as pd


def ab_summary(assignments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    purchases = events.loc[events["event"] == "purchase", ["user_id", "ts"]]
    timed = assignments.merge(purchases, on="user_id", how="inner")
    converted = timed.loc[timed["ts"] >= timed["assigned_at"], "user_id"].unique()
    # Every assigned user stays in the denominator, converted or not.
    users = assignments.assign(converted=assignments["user_id"].isin(converted))
    summary = users.groupby("variant", as_index=False).agg(
        users=("user_id", "size"), converters=("converted", "sum")
    )
    summary["converters"] = summary["converters"].astype("int64")
    summary["conversion_rate"] = summary["converters"] / summary["users"]
    control = summary.loc[summary["variant"] == "control", "conversion_rate"].iloc[0]
    summary["lift"] = summary["conversion_rate"] / control - 1 if control > 0 else np.nan
    return summary
