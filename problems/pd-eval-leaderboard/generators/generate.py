"""Generate the tests of pd-eval-leaderboard from a fixed seed.

Run with /usr/bin/python3 from anywhere; re-running reproduces data/. Scores are multiples of
0.005 written as decimals, so equal scores are equal floats. Expected values come from the
reference solution; the script then checks that each wrong solution in submissions/wrong_answer
gets the test named after its mistake wrong.
"""
import random
from datetime import datetime, timedelta

import pandas as pd

from frames import Tests

START = datetime(2024, 8, 1)
BENCHMARKS = ["gsm8k", "humaneval", "mmlu", "swe-bench"]


def runs(rows, rng=None):
    """rows: (model, benchmark, score or None, finished_at); run ids follow the rows' order."""
    rows = [(i + 1,) + r for i, r in enumerate(rows)]
    if rng is not None:
        rng.shuffle(rows)
    return pd.DataFrame({
        "run_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "model": pd.Series([r[1] for r in rows], dtype="object"),
        "benchmark": pd.Series([r[2] for r in rows], dtype="object"),
        "score": pd.Series([float("nan") if r[3] is None else r[3] for r in rows], dtype="float64"),
        "finished_at": pd.to_datetime(pd.Series([r[4] for r in rows], dtype="object")),
    })


def history(rng, models, benchmarks, reruns=(1, 3), fail=0.0, lower=0.3, coarse=False, same_time=0.0):
    """Runs in the order they finished. lower: chance a rerun scores lower; coarse: scores on a
    0.05 grid (many ties); same_time: chance a rerun finishes at the previous run's moment."""
    rows = []
    for m in models:
        for b in benchmarks:
            t = START + timedelta(minutes=rng.randint(0, 5000))
            score = rng.randint(60, 190) / 200
            for _ in range(rng.randint(*reruns)):
                if coarse:
                    score = rng.randint(12, 18) / 20
                elif rng.random() < lower:
                    score = max(0.0, round(score - rng.randint(1, 20) / 200, 3))
                else:
                    score = min(1.0, round(score + rng.randint(0, 20) / 200, 3))
                if rng.random() >= same_time:
                    t += timedelta(minutes=rng.randint(1, 3000))
                rows.append((m, b, None if rng.random() < fail else score, t))
    return rows


def main():
    rng = random.Random(8)
    tests = Tests("submissions/accepted/leaderboard.py")
    day = lambda d: START + timedelta(days=d)  # noqa: E731
    sample = [("m-a", "gsm8k", 0.61, day(0)), ("m-b", "gsm8k", 0.55, day(0)),
              ("m-c", "gsm8k", 0.72, day(1)), ("m-a", "mmlu", 0.70, day(0)),
              ("m-b", "mmlu", 0.74, day(1)), ("m-b", "gsm8k", 0.58, day(2))]
    tests.add("sample/1-two-benchmarks", "reruns that improve, no ties, no failures", [
        tests.call("leaderboard", [runs(sample)], ordered=True),
    ])
    models = ["m-%02d" % i for i in range(12)]
    tests.add("secret/01-reruns-change-scores", "reruns often score lower than earlier runs", [
        tests.call("leaderboard", [runs(history(rng, models, BENCHMARKS, (2, 5), lower=0.6), rng)], ordered=True),
    ])
    failed = [("m-x", "mmlu", 0.8, day(0)), ("m-x", "mmlu", None, day(1)),
              ("m-y", "mmlu", None, day(0)), ("m-z", "mmlu", 0.6, day(2))]
    tests.add("secret/02-failed-latest-runs", "latest runs that failed; a model whose every run failed", [
        tests.call("leaderboard", [runs(failed, rng)], ordered=True),
        tests.call("leaderboard", [runs(history(rng, models, BENCHMARKS, (1, 4), fail=0.3), rng)], ordered=True),
    ])
    tests.add("secret/03-tied-scores", "scores on a coarse grid: many ties", [
        tests.call("leaderboard", [runs(history(rng, models, BENCHMARKS, (1, 2), coarse=True), rng)], ordered=True),
    ])
    tests.add("secret/04-same-finish-time", "reruns finished at the same moment: the larger run_id wins", [
        tests.call("leaderboard", [runs(history(rng, models[:6], BENCHMARKS, (2, 4), same_time=0.5), rng)],
                   ordered=True),
    ])
    many = ["ckpt-%03d" % i for i in range(150)]
    tests.add("secret/05-a-few-thousand-runs", "150 checkpoints on 4 benchmarks, reruns and failures", [
        tests.call("leaderboard", [runs(history(rng, many, BENCHMARKS, (1, 8), fail=0.1, lower=0.4), rng)],
                   ordered=True),
    ])
    tests.check_caught("submissions/wrong_answer/best_run_not_latest.py", "secret/01-reruns-change-scores")
    tests.check_caught("submissions/wrong_answer/failed_run_hides_older.py", "secret/02-failed-latest-runs")
    tests.check_caught("submissions/wrong_answer/min_rank_with_gaps.py", "secret/03-tied-scores")
    tests.write()


if __name__ == "__main__":
    main()
