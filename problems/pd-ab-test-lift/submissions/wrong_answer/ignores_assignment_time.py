import numpy as np
import pandas as pd


def ab_summary(assignments: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    # Any purchase counts, also one made before the user saw the variant.
    buyers = events.loc[events["event"] == "purchase", "user_id"].unique()
    users = assignments.assign(converted=assignments["user_id"].isin(buyers))
    summary = users.groupby("variant", as_index=False).agg(
        users=("user_id", "size"), converters=("converted", "sum")
    )
    summary["converters"] = summary["converters"].astype("int64")
    summary["conversion_rate"] = summary["converters"] / summary["users"]
    control = summary.loc[summary["variant"] == "control", "conversion_rate"].iloc[0]
    summary["lift"] = summary["conversion_rate"] / control - 1 if control > 0 else np.nan
    return summary
