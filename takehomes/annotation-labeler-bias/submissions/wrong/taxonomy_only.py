# misses: labeler_bias_spike, duplicate_annotation
"""Checks labels against the taxonomy and nothing else: schema-valid is not the same as right."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
classes = json.load(open(os.path.join(data, "taxonomy.json")))["classes"]
ann = pd.read_csv(os.path.join(data, "annotations.csv"), keep_default_na=False)
bad = ann.loc[~ann["label"].isin(classes), "annotation_id"]
print(json.dumps([{"kind": "invalid_label", "ids": list(bad)}]))
