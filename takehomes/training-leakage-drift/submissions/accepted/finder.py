"""Reference finder: every part against the schema, column by column; then, on the parts that
conform, each feature's power to predict the label on its own (its values and its missingness)."""

import json
import os
import sys

import pandas as pd

data = sys.argv[1]
schema = json.load(open(os.path.join(data, "schema.json")))
label = schema["label"]
columns = schema["columns"]
drift, good = [], []
for name in sorted(os.listdir(os.path.join(data, "parts"))):
    part = pd.read_csv(os.path.join(data, "parts", name), dtype=str, keep_default_na=False)
    for col in columns:
        c = col["name"]
        if c not in part.columns:
            drift.append("%s:%s" % (name, c))
            continue
        raw = part[c]
        present = raw[raw != ""]
        if len(present) < len(raw) and not col.get("nullable"):
            drift.append("%s:%s" % (name, c))
            continue
        if col["type"] == "category":
            ok = present.isin(col["values"]).all()
        else:
            num = pd.to_numeric(present, errors="coerce")
            ok = num.notna().all() and num.between(col["min"], col["max"]).all()
            if ok and col["type"] == "int":
                ok = (num == num.round()).all()
        if not ok:
            drift.append("%s:%s" % (name, c))
    good.append(part)

table = pd.concat(good, ignore_index=True)
y = pd.to_numeric(table[label], errors="coerce")
leaks = []
for col in columns:
    c = col["name"]
    if c == label or c == "customer_id" or c not in table:
        continue
    raw = table[c]
    signals = [(raw == "").astype(float)]
    if col["type"] == "category":
        signals += [(raw == v).astype(float) for v in col["values"]]
    else:
        signals.append(pd.to_numeric(raw, errors="coerce").fillna(0))
    best = max(abs(s.corr(y)) for s in signals if s.std() > 0) if any(
        s.std() > 0 for s in signals) else 0
    if best >= 0.9:
        leaks.append(c)
print(json.dumps([
    {"kind": "schema_drift", "ids": drift, "note": "part:column that breaks schema.json"},
    {"kind": "label_leakage", "ids": leaks, "note": "a single column predicts the label (|r| >= 0.9)"},
]))
