# misses: timestamp_misalignment
"""Flags frames whose sensors spread over more than 5 ms: normal jitter becomes false alarms."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
rig = json.load(open(os.path.join(data, "rig.json")))
frames = pd.read_csv(os.path.join(data, "frames.csv"))
ts = frames[["%s_ts_ms" % s for s in rig["sensors"]]]
off = ts.max(axis=1) - ts.min(axis=1)
misaligned = frames.loc[off > 5, "frame_id"]
missing = frames.loc[frames.isna().any(axis=1), "frame_id"]
dropped = sorted(set(range(rig["first_frame"], rig["last_frame"] + 1)) - set(frames["frame_id"]))
print(json.dumps([
    {"kind": "timestamp_misalignment", "ids": [int(i) for i in misaligned]},
    {"kind": "missing_modality", "ids": [int(i) for i in missing]},
    {"kind": "dropped_frame", "ids": dropped},
]))
