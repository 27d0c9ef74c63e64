"""Write an annotation export with injected faults, and the answer key.

usage: generate.py --seed N --out DIR   (writes DIR/dataset/* and DIR/answer_key.json)

Each item is labeled by five different labelers on one day; a clean labeler gives the true class
92% of the time. Faults:
  labeler_bias_spike     on one day, one labeler answers the same class for most items
                         (id: LABELER@DATE)
  duplicate_annotation   a labeler's second answer for an item they already labeled (the later
                         row's annotation_id)
  invalid_label          a label outside the taxonomy (annotation_id)
"""

import argparse
import csv
import datetime
import json
import os
import random

CLASSES = ["car", "pedestrian", "cyclist", "truck", "traffic_sign"]
PRIOR = [0.4, 0.2, 0.15, 0.15, 0.1]
BAD = ["Pedestrian", "ped", "car ", "bike", "unknown", "TRUCK", "sign"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    labelers = ["lab-%02d" % i for i in range(1, rng.randint(10, 14) + 1)]
    first = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randint(0, 300))
    days = [first + datetime.timedelta(days=d) for d in range(rng.randint(8, 12))]
    items_per_day = rng.randint(55, 70)
    # Pick the spikes up front: (labeler, day) with the class they push.
    pairs = [(l, d) for l in labelers for d in range(len(days))]
    spikes = {p: rng.choice(CLASSES[1:]) for p in rng.sample(pairs, rng.randint(2, 4))}
    used_ids = set()

    def new_id():
        while True:
            a = "a%06x" % rng.randrange(16**6)
            if a not in used_ids:
                used_ids.add(a)
                return a

    rows = []
    item = 0
    for d, day in enumerate(days):
        for _ in range(items_per_day):
            item += 1
            truth = rng.choices(CLASSES, PRIOR)[0]
            for lab in rng.sample(labelers, 5):
                pushed = spikes.get((lab, d))
                if pushed is not None and rng.random() < 0.8:
                    label = pushed
                elif rng.random() < 0.92:
                    label = truth
                else:
                    label = rng.choice([c for c in CLASSES if c != truth])
                t = datetime.datetime.combine(day, datetime.time(8)) + datetime.timedelta(
                    seconds=rng.randint(0, 9 * 3600))
                rows.append({"annotation_id": new_id(), "item_id": "img-%05d" % item,
                             "labeler_id": lab, "label": label, "created_at": t})
    spike_ids = sorted("%s@%s" % (l, days[d].isoformat()) for (l, d) in spikes)
    originals = list(rows)
    dup_rows = []
    for r in rng.sample(originals, rng.randint(10, 20)):
        copy = dict(r)
        copy["annotation_id"] = new_id()
        copy["created_at"] = r["created_at"] + datetime.timedelta(minutes=rng.randint(5, 120))
        dup_rows.append(copy)
    invalid = []
    for r in rng.sample(originals, rng.randint(10, 20)):
        r["label"] = rng.choice(BAD)
        invalid.append(r["annotation_id"])
    # A copy keeps the label its original had; an invalid label on the original is the
    # original's fault only.
    rows = originals + dup_rows
    rng.shuffle(rows)
    data = os.path.join(args.out, "dataset")
    os.makedirs(data, exist_ok=True)
    with open(os.path.join(data, "annotations.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["annotation_id", "item_id", "labeler_id", "label", "created_at"])
        for r in rows:
            w.writerow([r["annotation_id"], r["item_id"], r["labeler_id"], r["label"],
                        r["created_at"].isoformat()])
    with open(os.path.join(data, "taxonomy.json"), "w") as f:
        json.dump({"classes": CLASSES, "labels_per_item": 5}, f, indent=2)
    key = {"faults": [
        {"kind": "labeler_bias_spike", "ids": spike_ids},
        {"kind": "duplicate_annotation", "ids": sorted(r["annotation_id"] for r in dup_rows)},
        {"kind": "invalid_label", "ids": sorted(invalid)},
    ]}
    with open(os.path.join(args.out, "answer_key.json"), "w") as f:
        json.dump(key, f)


main()
