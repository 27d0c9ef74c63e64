# misses: schema_drift, label_leakage
"""Compares each part's header with the schema and stops there: renames are found, a column that
changed type, range or values is not, and leakage is never looked for."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
schema = json.load(open(os.path.join(data, "schema.json")))
drift = []
for name in sorted(os.listdir(os.path.join(data, "parts"))):
    header = pd.read_csv(os.path.join(data, "parts", name), nrows=0).columns
    drift += ["%s:%s" % (name, c["name"]) for c in schema["columns"] if c["name"] not in header]
print(json.dumps([{"kind": "schema_drift", "ids": drift}]))
