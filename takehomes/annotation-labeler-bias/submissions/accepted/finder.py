"""Reference finder: taxonomy check, duplicate answers, and per labeler-day disagreement with the
other labelers of the same items."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
taxonomy = json.load(open(os.path.join(data, "taxonomy.json")))
ann = pd.read_csv(os.path.join(data, "annotations.csv"), keep_default_na=False,
                  parse_dates=["created_at"])
ann = ann.sort_values(["created_at", "annotation_id"])

invalid = ann.loc[~ann["label"].isin(taxonomy["classes"]), "annotation_id"]
dup_mask = ann.duplicated(["item_id", "labeler_id"], keep="first")
duplicates = ann.loc[dup_mask, "annotation_id"]

clean = ann[~dup_mask & ann["label"].isin(taxonomy["classes"])].copy()
# For each answer: the most common label among the item's other answers (ties: no consensus).
rows = []
for item, group in clean.groupby("item_id"):
    tally = group["label"].value_counts().to_dict()
    for idx, label in zip(group.index, group["label"]):
        others = dict(tally)
        others[label] -= 1
        best = max(others.values())
        top = [k for k, v in others.items() if v == best]
        rows.append((idx, top[0] if len(top) == 1 and best >= 2 else None))
consensus = pd.Series(dict(rows))
clean["consensus"] = consensus
judged = clean[clean["consensus"].notna()]
judged = judged.assign(day=judged["created_at"].dt.date.astype(str),
                       disagree=judged["label"] != judged["consensus"])
rate = judged.groupby(["labeler_id", "day"])["disagree"].agg(["mean", "size"])
spikes = rate[(rate["size"] >= 10) & (rate["mean"] > 0.45)]
print(json.dumps([
    {"kind": "labeler_bias_spike", "ids": ["%s@%s" % k for k in spikes.index],
     "note": "disagrees with the other labelers on more than 45% of that day's items"},
    {"kind": "duplicate_annotation", "ids": list(duplicates), "note": "later answers only"},
    {"kind": "invalid_label", "ids": list(invalid), "note": "outside taxonomy.json"},
]))
