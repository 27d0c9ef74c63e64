import argparse, json, os, random
ap = argparse.ArgumentParser()
ap.add_argument("--seed", type=int)
ap.add_argument("--out")
a = ap.parse_args()
rng = random.Random(a.seed)
ids = list(range(2, 201))
rng.shuffle(ids)
neg, dup = sorted(ids[:5]), sorted(ids[5:8])
os.makedirs(os.path.join(a.out, "dataset"))
with open(os.path.join(a.out, "dataset", "table.csv"), "w") as f:
    f.write("id,value\n")
    for i in range(1, 201):
        v = -i if i in neg else (1 if i in dup else i)
        f.write("%d,%d\n" % (i, v))
with open(os.path.join(a.out, "answer_key.json"), "w") as f:
    json.dump({"faults": [{"kind": "negative_value", "ids": neg},
                          {"kind": "duplicate_row", "ids": dup}]}, f)
