# misses: labeler_bias_spike, duplicate_annotation
"""Flags every labeler-day above 15% disagreement with the item's majority (its own vote
included), and every copy of a duplicated answer, the original too."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
classes = json.load(open(os.path.join(data, "taxonomy.json")))["classes"]
ann = pd.read_csv(os.path.join(data, "annotations.csv"), keep_default_na=False,
                  parse_dates=["created_at"])
invalid = ann.loc[~ann["label"].isin(classes), "annotation_id"]
dups = ann.loc[ann.duplicated(["item_id", "labeler_id"], keep=False), "annotation_id"]
majority = ann.groupby("item_id")["label"].agg(lambda s: s.mode().iloc[0])
ann["disagree"] = ann["label"] != ann["item_id"].map(majority)
ann["day"] = ann["created_at"].dt.date.astype(str)
rate = ann.groupby(["labeler_id", "day"])["disagree"].mean()
print(json.dumps([
    {"kind": "labeler_bias_spike", "ids": ["%s@%s" % k for k in rate[rate > 0.15].index]},
    {"kind": "duplicate_annotation", "ids": list(dups)},
    {"kind": "invalid_label", "ids": list(invalid)},
]))
