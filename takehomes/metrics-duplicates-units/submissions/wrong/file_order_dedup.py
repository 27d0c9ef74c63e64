# misses: duplicate_row, unit_mismatch
"""Drops duplicates in file order (so it flags whichever copy came later in the file, not the
larger row_id) and never looks at units."""

import json
import os
import sys

import pandas as pd

m = pd.read_csv(os.path.join(sys.argv[1], "metrics.csv"))
dups = m.loc[m.duplicated(["service", "date", "metric"]), "row_id"]
print(json.dumps([{"kind": "duplicate_row", "ids": [int(i) for i in dups]}]))
