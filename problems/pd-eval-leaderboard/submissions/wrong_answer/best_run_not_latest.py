import pandas as pd


def leaderboard(runs: pd.DataFrame) -> pd.DataFrame:
    # Each model's best run instead of its latest: a rerun that lowers the score is ignored.
    board = runs.groupby(["benchmark", "model"], as_index=False)["score"].max().dropna()
    by_benchmark = board.groupby("benchmark")["score"]
    board["rank"] = by_benchmark.rank(method="dense", ascending=False).astype("int64")
    board["gap"] = by_benchmark.transform("max") - board["score"]
    return board.sort_values(["benchmark", "rank", "model"]).reset_index(drop=True)
