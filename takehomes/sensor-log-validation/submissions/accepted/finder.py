"""Reference finder: checks every frame against the rig's sync tolerance and the sequence."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
rig = json.load(open(os.path.join(data, "rig.json")))
frames = pd.read_csv(os.path.join(data, "frames.csv"), keep_default_na=False, dtype={
    "%s_file" % s: str for s in rig["sensors"]})
tol = rig["sync_tolerance_ms"]
ts = frames[["%s_ts_ms" % s for s in rig["sensors"]]]
offsets = ts.max(axis=1) - ts.min(axis=1)
misaligned = frames.loc[offsets> tol, "frame_id"]
empty = pd.concat([frames["%s_file" % s].str.strip() == "" for s in rig["sensors"]], axis=1)
missing = frames.loc[empty.any(axis=1), "frame_id"]
expected = set(range(rig["first_frame"], rig["last_frame"] + 1))
dropped = sorted(expected - set(frames["frame_id"]))
print(json.dumps([
    {"kind": "timestamp_misalignment", "ids": [int(i) for i in misaligned],
     "note": "the sensors of a frame spread over more than %d ms" % tol},
    {"kind": "missing_modality", "ids": [int(i) for i in missing], "note": "empty file cell"},
    {"kind": "dropped_frame", "ids": dropped, "note": "ids absent from the sequence"},
]))
