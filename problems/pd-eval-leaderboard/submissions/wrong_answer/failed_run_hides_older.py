import pandas as pd


def leaderboard(runs: pd.DataFrame) -> pd.DataFrame:
    latest = runs.sort_values(["finished_at", "run_id"], kind="stable").drop_duplicates(
        ["model", "benchmark"], keep="last"
    )
    # Failed runs are dropped after choosing the latest: a model whose latest run failed
    # disappears instead of keeping its previous score.
    latest = latest[latest["score"].notna()]
    board = latest[["benchmark", "model", "score"]].copy()
    by_benchmark = board.groupby("benchmark")["score"]
    board["rank"] = by_benchmark.rank(method="dense", ascending=False).astype("int64")
    board["gap"] = by_benchmark.transform("max") - board["score"]
    return board.sort_values(["benchmark", "rank", "model"]).reset_index(drop=True)
