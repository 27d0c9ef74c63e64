import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    """Columns category, rank, product_id, revenue: each category's k products with the highest
    total revenue (ties: smaller product_id first), sorted by category, then rank."""
    raise NotImplementedError
