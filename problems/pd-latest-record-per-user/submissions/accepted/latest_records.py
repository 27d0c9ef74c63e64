import pandas as pd


def latest_records(changes: pd.DataFrame) -> pd.DataFrame:
    # After this sort a user's latest change is their last row: updated_at, then event_id.
    ordered = changes.sort_values(["user_id", "updated_at", "event_id"], kind="stable")
    latest = ordered.drop_duplicates("user_id", keep="last")
    # Deletes are filtered after deduplicating: a delete must hide the user's older upserts.
    alive = latest[latest["op"] == "upsert"]
    return alive[["user_id", "email", "plan", "updated_at"]].reset_index(drop=True)
