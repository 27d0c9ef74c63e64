import pandas as pd


def leaderboard(runs: pd.DataFrame) -> pd.DataFrame:
    done = runs[runs["score"].notna()]
    latest = done.sort_values(["finished_at", "run_id"], kind="stable").drop_duplicates(
        ["model", "benchmark"], keep="last"
    )
    board = latest[["benchmark", "model", "score"]].copy()
    by_benchmark = board.groupby("benchmark")["score"]
    # method="min" is RANK(), not DENSE_RANK(): after a tie the ranks skip (1, 1, 3).
    board["rank"] = by_benchmark.rank(method="min", ascending=False).astype("int64")
    board["gap"] = by_benchmark.transform("max") - board["score"]
    return board.sort_values(["benchmark", "rank", "model"]).reset_index(drop=True)
