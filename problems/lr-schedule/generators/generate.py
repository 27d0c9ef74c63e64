#!/usr/bin/env python3
"""Generate the tests of lr-schedule: every expected value comes from the reference solution.

Run with /usr/bin/python3 generators/generate.py from anywhere; it rewrites data/sample and data/secret.
"""
import importlib.util
import json
import pathlib
import shutil

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_module(relative_path: str):
    """Import a Python file of this package (the reference solution) as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def encode(value):
    """Turn a Python / NumPy value into the JSON form of an api test."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind == "f":
            return {"$ndarray": value.astype(np.float64).tolist(), "dtype": "float64"}
        if value.dtype.kind in "iu":
            return {"$ndarray": value.astype(np.int64).tolist(), "dtype": "int64"}
        if value.dtype.kind == "b":
            return {"$ndarray": value.tolist(), "dtype": "bool"}
        raise TypeError(f"cannot encode dtype {value.dtype}")
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def as_harness_sees(value):
    """What the harness hands the candidate for an encoded argument."""
    if isinstance(value, dict):
        if "$ndarray" in value:
            return np.array(value["$ndarray"], dtype=value.get("dtype", "float64"))
        return {k: as_harness_sees(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_harness_sees(v) for v in value]
    return value


def floats(a) -> np.ndarray:
    return np.asarray(a, dtype=np.float64)


def ints(a) -> np.ndarray:
    return np.asarray(a, dtype=np.int64)


class Calls:
    """Build the calls of one test, computing every expected value with the reference module."""

    def __init__(self, module):
        self.module = module
        self.calls = []
        self.instance = None

    def _args(self, args):
        encoded = [encode(a) for a in args]
        return encoded, [as_harness_sees(a) for a in encoded]

    def new(self, cls: str, *args):
        encoded, decoded = self._args(args)
        self.instance = getattr(self.module, cls)(*decoded)
        self.calls.append({"new": cls, "args": encoded})
        return self

    def call(self, name: str, *args, check_value: bool = True, **extra):
        """Call `name` on the reference and record its result as the expected value."""
        encoded, decoded = self._args(args)
        owner = self.instance if self.instance is not None else self.module
        result = getattr(owner, name)(*decoded)
        entry = {"call": name, "args": encoded}
        if "pick" in extra:
            result = result[extra["pick"]]
        if check_value:
            entry["expect"] = encode(result)
        entry.update(extra)
        self.calls.append(entry)
        return result

    def raises(self, name: str, *args, error: str = "ValueError"):
        encoded, decoded = self._args(args)
        owner = self.instance if self.instance is not None else self.module
        try:
            getattr(owner, name)(*decoded)
        except Exception as e:  # noqa: BLE001 - the reference must raise exactly `error`
            assert type(e).__name__ == error, f"{name} raised {type(e).__name__}, not {error}"
        else:
            raise AssertionError(f"the reference {name}{tuple(args)!r} did not raise {error}")
        self.calls.append({"call": name, "args": encoded, "raises": error})

    def raw(self, entry: dict):
        """Append a call the judge evaluates by itself (numgrad, same_as, check)."""
        self.calls.append(entry)
        return len(self.calls)


def write_group(group: str, tests: list) -> None:
    """Write data/<group>/NAME.json for each (name, description, calls) in `tests`, replacing the group."""
    out = ROOT / "data" / group
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, description, calls in tests:
        lines = ",\n  ".join(json.dumps(c) for c in calls)
        text = '{"description": ' + json.dumps(description) + ',\n "calls": [\n  ' + lines + "\n]}\n"
        (out / f"{name}.json").write_text(text)


ref = load_module("submissions/accepted/schedule.py")


def curve(c: Calls, steps, max_lr, min_lr, warmup, total):
    for s in steps:
        c.call("lr_at", int(s), max_lr, min_lr, warmup, total)


def main() -> None:
    sample = []
    c = Calls(ref)
    curve(c, [0, 1, 2, 3, 4, 7, 10, 13, 14], 1.0, 0.1, 4, 14)
    sample.append(("1-worked-example", "max_lr 1.0, min_lr 0.1, 4 warmup steps, 14 steps in all", c.calls))
    c = Calls(ref)
    curve(c, [0, 50, 100, 550, 1000], 3e-4, 0.0, 100, 1000)
    sample.append(("2-typical", "a typical LLM setting: 3e-4 peak, decay to 0", c.calls))
    write_group("sample", sample)

    rng = np.random.default_rng(20240601)
    secret = []
    c = Calls(ref)
    curve(c, range(0, 11), 0.5, 0.05, 5, 10)
    secret.append(("01-every-step-short", "every step of a short schedule", c.calls))

    c = Calls(ref)
    curve(c, [0, 1, 2, 10, 99, 100], 1e-3, 1e-5, 0, 100)
    secret.append(("02-no-warmup", "warmup_steps = 0: decay starts at max_lr on step 0", c.calls))

    c = Calls(ref)
    curve(c, [0, 1, 7, 8, 9, 20], 2.0, 0.5, 8, 8)
    secret.append(("03-warmup-only", "total_steps == warmup_steps: ramp, then min_lr at once", c.calls))

    c = Calls(ref)
    curve(c, [100, 101, 150, 1000, 10**6], 6e-4, 6e-5, 10, 100)
    secret.append(("04-past-the-end", "steps at and after total_steps stay at min_lr", c.calls))

    c = Calls(ref)
    curve(c, [0, 2000, 2001, 52000, 101999, 102000], 1.5e-4, 0.0, 2000, 102000)
    secret.append(("05-boundaries", "the last warmup step, the peak, the midpoint, the end", c.calls))

    c = Calls(ref)
    curve(c, [0, 3, 5, 9], 0.1, 0.1, 3, 9)
    secret.append(("06-constant-after-warmup", "min_lr == max_lr: flat after warmup", c.calls))

    c = Calls(ref)
    steps = sorted(set(int(s) for s in rng.integers(0, 5200, size=40)))
    curve(c, steps, 3e-4, 3e-5, 200, 5000)
    secret.append(("07-random-steps", "random steps over a 5000-step run", c.calls))

    c = Calls(ref)
    curve(c, range(0, 400, 3), 1.0, 0.0, 37, 333)
    secret.append(("08-dense-curve", "a dense sweep over a whole run and past its end", c.calls))

    c = Calls(ref)
    c.raises("lr_at", -1, 1.0, 0.0, 10, 100)
    c.raises("lr_at", 5, 1.0, 0.0, -1, 100)
    c.raises("lr_at", 5, 1.0, 0.0, 10, 9)
    c.raises("lr_at", 5, 1.0, 2.0, 10, 100)
    c.raises("lr_at", 5, 1.0, -0.1, 10, 100)
    c.call("lr_at", 0, 1.0, 0.0, 0, 0)
    secret.append(("09-bad-arguments", "invalid schedules raise ValueError; an empty schedule is fine", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
