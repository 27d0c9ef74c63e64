# misses: unit_mismatch
"""Trusts the unit column: finds the declared mismatches and none of the silent ones."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
units = json.load(open(os.path.join(data, "units.json")))["units"]
m = pd.read_csv(os.path.join(data, "metrics.csv")).sort_values("row_id")
dup = m.duplicated(["service", "date", "metric"])
bad = m.loc[~dup & (m["unit"] != m["metric"].map(units)), "row_id"]
print(json.dumps([
    {"kind": "duplicate_row", "ids": [int(i) for i in m.loc[dup, "row_id"]]},
    {"kind": "unit_mismatch", "ids": [int(i) for i in bad]},
]))
