"""Write a churn training table in daily parts with injected faults, and the answer key.

usage: generate.py --seed N --out DIR   (writes DIR/dataset/* and DIR/answer_key.json)

schema.json describes every column; clean parts follow it exactly, and no clean feature predicts
the label well (|correlation| below 0.6). Faults:
  label_leakage   a feature that is known only after the outcome: a near copy of the label, or a
                  value present only for churned customers (id: the column name)
  schema_drift    in one part, a column renamed, typed as text with a unit, out of its range, or
                  with category values the schema does not allow (id: PART:COLUMN)
"""

import argparse
import csv
import json
import math
import os
import random

PLANS = ["basic", "plus", "pro"]
REGIONS = ["NA", "EU", "APAC"]
LEAK_COPIES = ["account_closed_flag", "retention_call_logged", "winback_eligible"]
LEAK_AFTER = ["final_invoice_amount", "exit_survey_score", "days_since_cancellation"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    copy_col, after_col = rng.choice(LEAK_COPIES), rng.choice(LEAK_AFTER)
    schema = [
        {"name": "customer_id", "type": "int", "min": 1, "max": 10**7},
        {"name": "tenure_months", "type": "int", "min": 0, "max": 120},
        {"name": "monthly_spend", "type": "float", "min": 0, "max": 500},
        {"name": "support_tickets", "type": "int", "min": 0, "max": 50},
        {"name": "plan", "type": "category", "values": PLANS},
        {"name": "region", "type": "category", "values": REGIONS},
        {"name": "last_login_days", "type": "int", "min": 0, "max": 365},
        {"name": copy_col, "type": "int", "min": 0, "max": 1},
        {"name": after_col, "type": "float", "min": 0, "max": 10_000, "nullable": True},
        {"name": "churned", "type": "int", "min": 0, "max": 1, "label": True},
    ]
    middle = schema[1:-1]
    rng.shuffle(middle)
    schema = [schema[0]] + middle + [schema[-1]]
    names = [c["name"] for c in schema]
    n_parts = rng.randint(5, 7)
    parts = []
    next_id = rng.randint(10_000, 90_000)
    for p in range(n_parts):
        rows = []
        for _ in range(rng.randint(250, 350)):
            next_id += rng.randint(1, 9)
            tenure = rng.randint(0, 120)
            spend = round(rng.uniform(10, 300), 2)
            tickets = min(50, int(rng.expovariate(0.5)))
            login = min(365, int(rng.expovariate(1 / 20)))
            plan, region = rng.choice(PLANS), rng.choice(REGIONS)
            z = -1.2 + 0.25 * tickets + 0.03 * login - 0.02 * tenure + rng.gauss(0, 1)
            churned = 1 if rng.random() < 1 / (1 + math.exp(-z)) else 0
            copy = churned if rng.random() < 0.98 else 1 - churned
            after = round(rng.uniform(20, 2000), 2) if churned else None
            row = {"customer_id": next_id, "tenure_months": tenure, "monthly_spend": spend,
                   "support_tickets": tickets, "plan": plan, "region": region,
                   "last_login_days": login, copy_col: copy, after_col: after,
                   "churned": churned}
            rows.append(row)
        parts.append(rows)
    # Drift: 2-3 (part, column) pairs among the plain features, at most one per part.
    plain = ["tenure_months", "monthly_spend", "support_tickets", "plan", "region",
             "last_login_days"]
    drift_parts = rng.sample(range(n_parts), rng.randint(2, 3))
    drifted = []
    headers = [list(names) for _ in range(n_parts)]
    for p in drift_parts:
        col = rng.choice(plain)
        how = rng.choice(["rename", "text", "range", "values"])
        if col in ("plan", "region") and how in ("text", "range"):
            how = "values"
        elif col not in ("plan", "region") and how == "values":
            how = "range"
        rows = parts[p]
        if how == "rename":
            new = ("".join(w.capitalize() if i else w for i, w in enumerate(col.split("_")))
                   if "_" in col else col + "_code")
            headers[p] = [new if h == col else h for h in headers[p]]
            for r in rows:
                r[new] = r.pop(col)
        elif how == "text":
            suffix = {"tenure_months": " months", "monthly_spend": " USD",
                      "support_tickets": " tickets", "last_login_days": " days"}[col]
            for r in rows:
                r[col] = "%s%s" % (r[col], suffix)
        elif how == "range":
            for r in rows:
                r[col] = r[col] * 100 if col == "monthly_spend" else r[col] * 1000 + 1000
        else:
            for r in rows:
                r[col] = r[col].lower() if col == "region" else r[col].upper()
        drifted.append("part-%02d.csv:%s" % (p + 1, col))
    data = os.path.join(args.out, "dataset")
    os.makedirs(os.path.join(data, "parts"), exist_ok=True)
    for p, rows in enumerate(parts):
        with open(os.path.join(data, "parts", "part-%02d.csv" % (p + 1)), "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(headers[p])
            for r in rows:
                w.writerow(["" if r[h] is None else r[h] for h in headers[p]])
    with open(os.path.join(data, "schema.json"), "w") as f:
        json.dump({"label": "churned", "columns": schema}, f, indent=2)
    key = {"faults": [
        {"kind": "label_leakage", "ids": sorted([copy_col, after_col])},
        {"kind": "schema_drift", "ids": sorted(drifted)},
    ]}
    with open(os.path.join(args.out, "answer_key.json"), "w") as f:
        json.dump(key, f)


main()
