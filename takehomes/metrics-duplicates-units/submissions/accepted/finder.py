"""Reference finder: duplicates by their natural key; unit mismatches by the unit column and by a
value's ratio to its service's median for that metric."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
units = json.load(open(os.path.join(data, "units.json")))["units"]
m = pd.read_csv(os.path.join(data, "metrics.csv")).sort_values("row_id")
key = ["service", "date", "metric"]
dup = m.duplicated(key, keep="first")
duplicates = m.loc[dup, "row_id"]

rows = m[~dup].copy()
declared = rows["unit"] != rows["metric"].map(units)
median = rows.groupby(["service", "metric"])["value"].transform("median")
ratio = rows["value"] / median
silent = (ratio < 0.05) | (ratio > 20)
mismatched = rows.loc[declared | silent, "row_id"]
print(json.dumps([
    {"kind": "duplicate_row", "ids": [int(i) for i in duplicates],
     "note": "same service, date and metric as a row with a smaller row_id"},
    {"kind": "unit_mismatch", "ids": [int(i) for i in mismatched],
     "note": "unit column differs from units.json, or the value is 20x off its median"},
]))
