import pandas as pd


def order_totals(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    totals = paid.groupby("customer_id", as_index=False).agg(
        paid_orders=("order_id", "count"), revenue=("amount", "sum")
    )
    # An outer join also keeps orders of customers who are not in the table (name NaN).
    report = customers[["customer_id", "name"]].merge(totals, on="customer_id", how="outer")
    report["paid_orders"] = report["paid_orders"].fillna(0).astype("int64")
    report["revenue"] = report["revenue"].fillna(0.0)
    return report
