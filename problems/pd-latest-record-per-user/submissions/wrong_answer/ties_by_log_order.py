import pandas as pd


def latest_records(changes: pd.DataFrame) -> pd.DataFrame:
    # Sorts by time only: among changes with the same updated_at, the one that happens to come
    # last in the log wins, not the one with the largest event_id.
    ordered = changes.sort_values(["user_id", "updated_at"], kind="stable")
    latest = ordered.drop_duplicates("user_id", keep="last")
    alive = latest[latest["op"] == "upsert"]
    return alive[["user_id", "email", "plan", "updated_at"]].reset_index(drop=True)
