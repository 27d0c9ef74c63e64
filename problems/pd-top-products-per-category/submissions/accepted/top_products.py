import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    totals = sales.groupby(["category", "product_id"], as_index=False)["revenue"].sum()
    totals = totals.sort_values(
        ["category", "revenue", "product_id"], ascending=[True, False, True], kind="stable"
    )
    # After the sort, a product's position within its category is its rank: unique, no gaps.
    totals["rank"] = totals.groupby("category").cumcount() + 1
    top = totals[totals["rank"] <= k]
    return top[["category", "rank", "product_id", "revenue"]].reset_index(drop=True)
