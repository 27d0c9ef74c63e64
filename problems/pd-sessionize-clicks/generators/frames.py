"""Helpers shared by this package's generate.py: api test files whose tables are `$frame` values
and whose expected values come from the reference solution.

Every argument is encoded, then decoded the way the judge's harness decodes it, before the
reference sees it: the reference computes on exactly the frames a candidate gets.
"""
import importlib.util
import json
import math
import pathlib
import shutil

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent

# pandas dtype -> the dtype a `$frame` column declares
DTYPES = {"int64": "int64", "Int64": "Int64", "float64": "float64", "bool": "bool",
          "boolean": "boolean", "object": "string", "datetime64[ns]": "datetime64"}


def load_module(relative_path: str):
    """Import a Python file of this package (a solution) as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cell(value):
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def frame(df: pd.DataFrame, ordered: bool = False) -> dict:
    """The `$frame` form of a DataFrame (its index is dropped)."""
    dtypes = []
    for name in df.columns:
        dtype = str(df[name].dtype)
        if dtype not in DTYPES:
            raise ValueError("column %r has dtype %s, which a $frame cannot declare" % (name, dtype))
        dtypes.append(DTYPES[dtype])
    rows = [[_cell(v) for v in row] for row in df.itertuples(index=False, name=None)]
    out = {"$frame": {"columns": [str(c) for c in df.columns], "dtypes": dtypes, "rows": rows}}
    if ordered:
        out["ordered"] = True
    return out


def decode(value: dict) -> pd.DataFrame:
    """A `$frame` as the harness builds it."""
    spec = value["$frame"]
    data = {}
    for j, (name, dtype) in enumerate(zip(spec["columns"], spec["dtypes"])):
        cells = [row[j] for row in spec["rows"]]
        if dtype == "datetime64":
            data[name] = pd.to_datetime(pd.Series(cells, dtype="object"))
        elif dtype == "string":
            data[name] = pd.Series(cells, dtype="object")
        elif dtype == "float64":
            data[name] = pd.Series([float("nan") if c is None else c for c in cells], dtype="float64")
        else:
            data[name] = pd.Series(cells, dtype=dtype)
    return pd.DataFrame(data, columns=spec["columns"])


def same(want: pd.DataFrame, got, ordered: bool) -> bool:
    """Whether a result matches the expected frame as the judge compares (roughly: the judge is
    the authority; this only guards the generator's claims about wrong solutions)."""
    if not isinstance(got, pd.DataFrame) or list(got.columns) != list(want.columns):
        return False
    if len(got) != len(want):
        return False
    a, b = want.reset_index(drop=True), got.reset_index(drop=True)
    if not ordered:
        a = a.sort_values(list(a.columns), kind="stable").reset_index(drop=True)
        b = b.sort_values(list(b.columns), kind="stable").reset_index(drop=True)
    try:
        pd.testing.assert_frame_equal(a, b, check_dtype=False, rtol=1e-6)
        return True
    except AssertionError:
        return False


class Tests:
    """Collect test files, then write them (replacing data/ entirely)."""

    def __init__(self, reference: str):
        self.reference = load_module(reference)
        self.files = {}

    def call(self, function: str, args: list, ordered: bool = False) -> dict:
        """One call of the reference on the decoded arguments, its result as the expectation."""
        encoded = [frame(a) if isinstance(a, pd.DataFrame) else a for a in args]
        decoded = [decode(a) if isinstance(a, dict) and "$frame" in a else a for a in encoded]
        result = getattr(self.reference, function)(*decoded)
        return {"call": function, "args": encoded, "expect": frame(result, ordered)}

    def add(self, name: str, description: str, calls: list):
        self.files[name] = {"description": description, "calls": calls}

    def check_caught(self, wrong: str, test: str):
        """Fail unless the wrong solution's result differs from the expectation in `test`."""
        module = load_module(wrong)
        for call in self.files[test]["calls"]:
            args = [decode(a) if isinstance(a, dict) and "$frame" in a else a for a in call["args"]]
            try:
                got = getattr(module, call["call"])(*args)
            except Exception:
                return
            ordered = call["expect"].get("ordered", False)
            if not same(decode(call["expect"]), got, ordered):
                return
        raise SystemExit("%s is not caught by %s" % (wrong, test))

    def write(self):
        data = ROOT / "data"
        if data.exists():
            shutil.rmtree(data)
        for name, test in self.files.items():
            path = data / (name + ".json")
            path.parent.mkdir(parents=True, exist_ok=True)
            calls = ",\n  ".join(json.dumps(c) for c in test["calls"])
            with open(path, "w") as f:
                f.write('{"description": %s, "calls": [\n  %s\n]}\n'
                        % (json.dumps(test["description"]), calls))
