import pandas as pd


def daily_revenue(sales: pd.DataFrame) -> pd.DataFrame:
    daily = sales.groupby(["store_id", sales["ts"].dt.normalize().rename("day")])["amount"].sum()
    stores = []
    for store, revenue in daily.groupby(level="store_id"):
        revenue = revenue.droplevel("store_id")
        days = pd.date_range(revenue.index.min(), revenue.index.max(), freq="D", name="day")
        revenue = revenue.reindex(days, fill_value=0.0)
        stores.append(
            pd.DataFrame(
                {
                    "store_id": store,
                    "day": days,
                    "revenue": revenue.to_numpy(),
                    "running_total": revenue.cumsum().to_numpy(),
                    # rolling(7) without min_periods is NaN for the store's first six days.
                    "avg_7d": revenue.rolling(7).mean().to_numpy(),
                }
            )
        )
    return pd.concat(stores, ignore_index=True)
