import pandas as pd


def leaderboard(runs: pd.DataFrame) -> pd.DataFrame:
    """benchmark, model, score, rank, gap: each model's latest successful run per benchmark,
    densely ranked within the benchmark, sorted by benchmark, rank, model."""
    raise NotImplementedError
