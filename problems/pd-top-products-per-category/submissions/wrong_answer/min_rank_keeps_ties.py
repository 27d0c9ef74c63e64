import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    totals = sales.groupby(["category", "product_id"], as_index=False)["revenue"].sum()
    # rank(method="min") gives tied products the same rank, so a tie at the cut keeps more than
    # k products, and the ranks have gaps.
    totals["rank"] = (
        totals.groupby("category")["revenue"].rank(method="min", ascending=False).astype("int64")
    )
    top = totals[totals["rank"] <= k].sort_values(["category", "rank", "product_id"])
    return top[["category", "rank", "product_id", "revenue"]].reset_index(drop=True)
