"""Shared helpers for this package's test generator: build api tests from the reference solution.

Every expected value is computed by running the reference on exactly the arguments the judge will
hand the candidate (each argument goes through its JSON form first), so the files and the reference
cannot drift apart. Running the generator twice writes the same bytes.
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
import shutil
from typing import Any

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_reference(relative_path: str):
    """Import a Python file of this package (normally the accepted solution) as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location("reference_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def encode(value: Any) -> Any:
    """Return the JSON form of an argument or result (arrays become {"$ndarray": ..., "dtype": ...})."""
    if isinstance(value, np.ndarray):
        kind = value.dtype.kind
        if kind == "f":
            return {"$ndarray": value.astype(np.float64).tolist(), "dtype": "float64"}
        if kind in "iu":
            return {"$ndarray": value.astype(np.int64).tolist(), "dtype": "int64"}
        if kind == "b":
            return {"$ndarray": value.tolist(), "dtype": "bool"}
        raise TypeError(f"cannot encode an array of dtype {value.dtype}")
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


def decode(value: Any) -> Any:
    """Return what the harness hands the candidate for an encoded value."""
    if isinstance(value, dict):
        if "$ndarray" in value:
            return np.array(value["$ndarray"], dtype=value.get("dtype", "float64"))
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def rounded(rng: np.random.Generator, shape, scale: float = 1.0, digits: int = 4) -> np.ndarray:
    """Standard normal draws times `scale`, rounded so the test files stay short and readable."""
    return np.round(rng.standard_normal(shape) * scale, digits)


def numerical_gradient(fn, args: list, wrt: int, weights, pick=None, eps: float = 1e-6) -> np.ndarray:
    """Central differences of sum(fn(*args)[pick] * weights) with respect to args[wrt] (as the judge does)."""
    weights = np.asarray(weights, dtype=np.float64)
    x = np.array(args[wrt], dtype=np.float64)
    grad = np.zeros_like(x)

    def value(point):
        trial = list(args)
        trial[wrt] = point.copy()
        out = fn(*trial)
        if pick is not None:
            out = out[pick]
        return float(np.sum(np.asarray(out, dtype=np.float64) * weights))

    for index in np.ndindex(*x.shape):
        original = x[index]
        x[index] = original + eps
        plus = value(x)
        x[index] = original - eps
        minus = value(x)
        x[index] = original
        grad[index] = (plus - minus) / (2 * eps)
    return grad


class Test:
    """The calls of one test file, with every expected value computed by the reference module."""

    def __init__(self, module, description: str, tolerance: dict | None = None):
        self.module = module
        self.description = description
        self.tolerance = tolerance
        self.calls: list[dict] = []
        self.results: list[Any] = []
        self.instances: dict[str, Any] = {}
        self.current = None

    def _record(self, entry: dict, result: Any) -> int:
        self.calls.append(entry)
        self.results.append(result)
        return len(self.calls)

    def new(self, cls: str, *args, name: str | None = None) -> int:
        encoded = encode(list(args))
        instance = getattr(self.module, cls)(*decode(encoded))
        self.instances[name or cls] = instance
        self.current = instance
        entry = {"new": cls, "args": encoded}
        if name:
            entry["as"] = name
        return self._record(entry, None)

    def new_raises(self, cls: str, *args, error: str = "ValueError") -> int:
        """Record a constructor call that must raise `error`."""
        encoded = encode(list(args))
        try:
            getattr(self.module, cls)(*decode(encoded))
        except Exception as e:  # noqa: BLE001 - the reference must raise exactly `error`
            if type(e).__name__ != error:
                raise AssertionError(f"new {cls} raised {type(e).__name__}, not {error}") from e
        else:
            raise AssertionError(f"the reference constructor {cls} did not raise {error}")
        return self._record({"new": cls, "args": encoded, "raises": error}, None)

    def call(self, method: str, *args, expect: bool = True, pick: int | None = None, on: str | None = None,
             same_as: int | None = None, slice: list | None = None, check: str | None = None,
             tolerance: dict | None = None, unordered: bool = False) -> int:
        """Record a call; by default its expected value is the reference's result. Returns its 1-based index."""
        encoded = encode(list(args))
        owner = self.instances[on] if on else (self.current if self.current is not None else self.module)
        result = getattr(owner, method)(*decode(encoded))
        entry: dict[str, Any] = {"call": method, "args": encoded}
        if on:
            entry["on"] = on
        if pick is not None:
            entry["pick"] = pick
            result = result[pick]
        if expect:
            entry["expect"] = encode(result)
        if unordered:
            entry["unordered"] = True
        if same_as is not None:
            entry["same_as"] = same_as
            if slice is not None:
                entry["slice"] = slice
            self._assert_same(self.results[same_as - 1], result, slice)
        if check is not None:
            entry["check"] = check
        if tolerance is not None:
            entry["tolerance"] = tolerance
        return self._record(entry, result)

    def value(self, index: int) -> Any:
        """The reference's result of call `index` (1-based)."""
        return self.results[index - 1]

    def raises(self, method: str, *args, error: str = "ValueError", on: str | None = None) -> int:
        encoded = encode(list(args))
        owner = self.instances[on] if on else (self.current if self.current is not None else self.module)
        try:
            getattr(owner, method)(*decode(encoded))
        except Exception as e:  # noqa: BLE001 - the reference must raise exactly `error`
            if type(e).__name__ != error:
                raise AssertionError(f"{method} raised {type(e).__name__}, not {error}") from e
        else:
            raise AssertionError(f"the reference {method} did not raise {error}")
        entry: dict[str, Any] = {"call": method, "args": encoded, "raises": error}
        if on:
            entry["on"] = on
        return self._record(entry, None)

    def numgrad(self, function: str, *args, wrt: int, weights, pick: int | None = None) -> int:
        """Record a finite-difference gradient of the candidate's `function` (computed by the judge)."""
        encoded = encode(list(args))
        grad = numerical_gradient(getattr(self.module, function), decode(encoded), wrt, decode(encode(weights)), pick)
        entry: dict[str, Any] = {"numgrad": function, "args": encoded, "wrt": wrt, "weights": encode(weights)}
        if pick is not None:
            entry["pick"] = pick
        return self._record(entry, grad)

    @staticmethod
    def _assert_same(a, b, slice):
        a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
        if slice is not None:
            index = tuple(builtin_slice(*(r if r is not None else (None, None))) for r in slice)
            a, b = a[index], b[index]
        if a.shape != b.shape or not np.allclose(a, b, rtol=1e-5, atol=1e-7):
            raise AssertionError("the reference fails its own same_as check")

    def to_json(self) -> str:
        head = {"description": self.description}
        if self.tolerance:
            head["tolerance"] = self.tolerance
        opening = json.dumps(head)[:-1]
        lines = ",\n  ".join(json.dumps(c, allow_nan=True) for c in self.calls)
        return opening + ',\n "calls": [\n  ' + lines + "\n ]}\n"


builtin_slice = slice


def write_tests(group: str, tests: dict[str, Test]) -> None:
    """Replace data/<group>/ with one NAME.json per test."""
    out = ROOT / "data" / group
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, test in tests.items():
        text = test.to_json()
        if len(text) > 400_000:
            raise AssertionError(f"{group}/{name}.json is {len(text)} bytes; keep tests small")
        (out / f"{name}.json").write_text(text)
