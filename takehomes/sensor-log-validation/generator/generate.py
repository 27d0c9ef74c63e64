"""Write a multi-sensor drive log with injected faults, and the answer key.

usage: generate.py --seed N --out DIR   (writes DIR/dataset/* and DIR/answer_key.json)

Frames come at 10 Hz from a camera, a lidar and a radar. Clean frames: the three timestamps of a
frame lie within 24 ms of each other (the rig's tolerance is 25) and every sensor's file is present. Faults:
  timestamp_misalignment  one sensor's timestamp is 60-400 ms off the others
  missing_modality        a frame has no lidar or no radar file (empty cell)
  dropped_frame           a frame id is missing from the sequence (the ids of absent frames)
"""

import argparse
import csv
import json
import os
import random

SENSORS = ["camera", "lidar", "radar"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n = rng.randint(2500, 3500)
    start_ms = 1_700_000_000_000 + rng.randint(0, 10**9)
    drive = "drive-%04d" % rng.randint(0, 9999)
    ids = list(range(1, n + 1))
    # Disjoint fault sets: a frame carries at most one fault.
    shuffled = ids[1:-1]
    rng.shuffle(shuffled)
    k_mis, k_miss, k_drop = rng.randint(20, 45), rng.randint(15, 35), rng.randint(5, 15)
    misaligned = set(shuffled[:k_mis])
    missing = set(shuffled[k_mis:k_mis + k_miss])
    dropped = set(shuffled[k_mis + k_miss:k_mis + k_miss + k_drop])
    rows = []
    for fid in ids:
        if fid in dropped:
            continue
        ref = start_ms + (fid - 1) * 100
        ts = {s: ref + rng.randint(-12, 12) for s in SENSORS}
        if fid in misaligned:
            s = rng.choice(["lidar", "radar", "camera"])
            ts[s] = ref + rng.choice([-1, 1]) * rng.randint(60, 400)
        files = {s: "%s/%s/%06d.%s" % (drive, s, fid, {"camera": "jpg", "lidar": "pcd", "radar": "bin"}[s])
                 for s in SENSORS}
        if fid in missing:
            files[rng.choice(["lidar", "radar"])] = ""
        rows.append([fid] + [ts[s] for s in SENSORS] + [files[s] for s in SENSORS])
    data = os.path.join(args.out, "dataset")
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "frames.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["frame_id"] + ["%s_ts_ms" % s for s in SENSORS]
                   + ["%s_file" % s for s in SENSORS])
        w.writerows(rows)
    with open(os.path.join(data, "rig.json"), "w") as f:
        json.dump({"drive": drive, "rate_hz": 10, "sensors": SENSORS,
                   "sync_tolerance_ms": 25, "first_frame": 1, "last_frame": n}, f, indent=2)
    key = {"faults": [
        {"kind": "timestamp_misalignment", "ids": sorted(misaligned)},
        {"kind": "missing_modality", "ids": sorted(missing)},
        {"kind": "dropped_frame", "ids": sorted(dropped)},
    ]}
    with open(os.path.join(args.out, "answer_key.json"), "w") as f:
        json.dump(key, f)


main()
