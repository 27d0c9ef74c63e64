package dev.onsite.judge.takehome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny take-home package written to a temporary directory: rows 1..200, two fault kinds. */
final class TakeHomeFixtures {

  static final String YAML =
      """
      title: Tiny table
      hours: 2
      difficulty: easy
      companies: [scale-ai]
      wall_seconds: %d
      faults:
        - {kind: negative_value, weight: 3, description: a value below zero}
        - {kind: duplicate_row, weight: 1}
      rubric:
        - {part: detection, title: Detection, weight: 40, graded: true}
        - {part: runtime, title: Runtime, weight: 20, checklist: [Is it vectorized?]}
        - {part: reproducibility, title: Reproducibility, weight: 20, checklist: [Tests?]}
        - {part: cost, title: Cost, weight: 20, checklist: [Alerts?]}
      """;

  /** Rows 1..200 with value = id; seeded rows get a negative value, others copy row 1's value. */
  static final String GENERATOR =
      """
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
          f.write("id,value\\n")
          for i in range(1, 201):
              v = -i if i in neg else (1 if i in dup else i)
              f.write("%d,%d\\n" % (i, v))
      with open(os.path.join(a.out, "answer_key.json"), "w") as f:
          json.dump({"faults": [{"kind": "negative_value", "ids": neg},
                                {"kind": "duplicate_row", "ids": dup}]}, f)
      """;

  static final String FINDER =
      """
      import csv, json, os, sys
      rows = list(csv.DictReader(open(os.path.join(sys.argv[1], "table.csv"))))
      neg = [int(r["id"]) for r in rows if int(r["value"]) < 0]
      dup = [int(r["id"]) for r in rows if r["value"] == "1" and r["id"] != "1"]
      print(json.dumps([{"kind": "negative_value", "ids": neg, "note": "below zero"},
                        {"kind": "duplicate_row", "ids": [str(i) for i in dup]}]))
      """;

  private TakeHomeFixtures() {}

  static Path write(Path dir, int wallSeconds) {
    Path root = dir.resolve("tiny-table");
    try {
      Files.createDirectories(root.resolve("generator"));
      Files.createDirectories(root.resolve("submissions/accepted"));
      Files.createDirectories(root.resolve("submissions/wrong"));
      Files.writeString(root.resolve("takehome.yaml"), YAML.formatted(wallSeconds));
      Files.writeString(root.resolve("statement.md"), "# Tiny table\n\nFind the faults.\n");
      Files.writeString(root.resolve("generator/generate.py"), GENERATOR);
      Files.writeString(root.resolve("submissions/accepted/finder.py"), FINDER);
      Files.writeString(
          root.resolve("submissions/wrong/none.py"),
          "# misses: negative_value, duplicate_row\nprint('[]')\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }
}
