"""Write a daily service-metrics table with injected faults, and the answer key.

usage: generate.py --seed N --out DIR   (writes DIR/dataset/* and DIR/answer_key.json)

One row per (service, date, metric) in the clean table; a metric's daily values stay within a
factor of two of its service's median. Faults:
  duplicate_row   a (service, date, metric) reported again under a new row_id (every copy but the
                  one with the smallest row_id)
  unit_mismatch   a value in another unit: seconds for a millisecond latency, a fraction for a
                  percentage; sometimes the unit column says so, sometimes it does not (row_id)
"""

import argparse
import csv
import datetime
import json
import math
import os
import random

METRICS = {"latency_p50": "ms", "latency_p99": "ms", "error_rate": "percent", "requests": "count"}
BASE = {"latency_p50": (20, 120), "latency_p99": (150, 900), "error_rate": (0.2, 3.0),
        "requests": (10_000, 2_000_000)}
WRONG_UNIT = {"ms": ("s", 0.001), "percent": ("fraction", 0.01)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = ["checkout", "search", "auth", "payments", "catalog", "inventory", "profile",
             "notifications", "recommendations", "shipping", "pricing", "reviews"]
    services = rng.sample(names, rng.randint(7, 10))
    start = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
    dates = [start + datetime.timedelta(days=i) for i in range(rng.randint(28, 40))]
    row_ids = rng.sample(range(100_000, 999_999), 20_000)
    rows = []
    for s in services:
        for m, unit in METRICS.items():
            lo, hi = BASE[m]
            base = math.exp(rng.uniform(math.log(lo), math.log(hi)))
            for d in dates:
                value = base * math.exp(rng.gauss(0, 0.12))
                value = round(value) if m == "requests" else round(value, 3)
                rows.append({"service": s, "date": d.isoformat(), "metric": m,
                             "value": value, "unit": unit})
    rng.shuffle(rows)
    n_dup, n_unit = rng.randint(15, 30), rng.randint(15, 30)
    dup_src = rows[:n_dup]
    unit_rows = [r for r in rows[n_dup:] if r["metric"] != "requests"][:n_unit]
    mismatched = []
    for r in unit_rows:
        wrong, factor = WRONG_UNIT[r["unit"]]
        r["value"] = round(r["value"] * factor, 6)
        if rng.random() < 0.5:
            r["unit"] = wrong
        mismatched.append(r)
    copies = []
    for r in dup_src:
        for _ in range(rng.choice([1, 1, 2])):
            copies.append(dict(r))
    rows += copies
    rng.shuffle(rows)
    for r, rid in zip(rows, row_ids):
        r["row_id"] = rid
    groups = {}
    for r in rows:
        groups.setdefault((r["service"], r["date"], r["metric"]), []).append(r["row_id"])
    dup_ids = sorted(i for g in groups.values() if len(g) > 1 for i in sorted(g)[1:])
    data = os.path.join(args.out, "dataset")
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "metrics.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row_id", "service", "date", "metric", "value", "unit"])
        for r in rows:
            w.writerow([r["row_id"], r["service"], r["date"], r["metric"], r["value"], r["unit"]])
    with open(os.path.join(data, "units.json"), "w") as f:
        json.dump({"units": METRICS, "conversions": {"s": {"to": "ms", "factor": 1000},
                                                      "fraction": {"to": "percent", "factor": 100}}},
                  f, indent=2)
    key = {"faults": [
        {"kind": "duplicate_row", "ids": dup_ids},
        {"kind": "unit_mismatch", "ids": sorted(r["row_id"] for r in mismatched)},
    ]}
    with open(os.path.join(args.out, "answer_key.json"), "w") as f:
        json.dump(key, f)


main()
