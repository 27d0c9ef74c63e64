import numpy as np
import pandas as pd


def ab_summary(assignments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    # Joins assignments with all events first: users without any event drop out of the
    # denominator, which inflates every conversion rate.
    joined = assignments.merge(events, on="user_id", how="inner")
    joined["converted"] = (joined["event"] == "purchase") & (joined["ts"] >= joined["assigned_at"])
    per_user = joined.groupby(["variant", "user_id"], as_index=False)["converted"].any()
    summary = per_user.groupby("variant", as_index=False).agg(
        users=("user_id", "size"), converters=("converted", "sum")
    )
    summary["converters"] = summary["converters"].astype("int64")
    summary["conversion_rate"] = summary["converters"] / summary["users"]
    control = summary.loc[summary["variant"] == "control", "conversion_rate"].iloc[0]
    summary["lift"] = summary["conversion_rate"] / control - 1 if control > 0 else np.nan
    return summary
