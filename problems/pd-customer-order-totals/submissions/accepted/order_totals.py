import pandas as pd


def order_totals(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    totals = paid.groupby("customer_id").agg(
        paid_orders=("order_id", "count"), revenue=("amount", "sum")
    )
    # A left join keeps every customer; the ones without paid orders get NaN, then zeros.
    report = customers[["customer_id", "name"]].merge(
        totals, left_on="customer_id", right_index=True, how="left"
    )
    report["paid_orders"] = report["paid_orders"].fillna(0).astype("int64")
    report["revenue"] = report["revenue"].fillna(0.0).astype("float64")
    return report.reset_index(drop=True)
