import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    totals = sales.groupby(["category", "product_id"], as_index=False)["revenue"].sum()
    # ascending=False applies to every key: equal revenues come out with the larger id first.
    totals = totals.sort_values(["revenue", "product_id"], ascending=False, kind="stable")
    totals = totals.sort_values("category", kind="stable")
    totals["rank"] = totals.groupby("category").cumcount() + 1
    top = totals[totals["rank"] <= k]
    return top[["category", "rank", "product_id", "revenue"]].reset_index(drop=True)
