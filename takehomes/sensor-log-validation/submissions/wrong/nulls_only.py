# misses: timestamp_misalignment, dropped_frame
"""Checks only for empty cells: the common first pass that stops too early."""

import json
import os
import sys

import pandas as pd

frames = pd.read_csv(os.path.join(sys.argv[1], "frames.csv"))
missing = frames.loc[frames.isna().any(axis=1), "frame_id"]
print(json.dumps([{"kind": "missing_modality", "ids": [int(i) for i in missing]}]))
