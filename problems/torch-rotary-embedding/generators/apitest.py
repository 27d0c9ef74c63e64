"""Helpers shared by this package's generate.py: build api test files whose expected values come
from the reference solution, with tensors encoded the way the judge reads them.

Every argument is encoded first and decoded again before the reference sees it, so the reference
computes on exactly the values the candidate will get (float32 values are written in the shortest form
that reads back as the same float32).
"""
import importlib.util
import json
import pathlib
import shutil

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_module(relative_path: str):
    """Import a Python file of this package (the reference solution) as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _round(values, dtype):
    if isinstance(values, list):
        return [_round(v, dtype) for v in values]
    if isinstance(values, float):
        return float(str(np.float32(values))) if dtype == torch.float32 else values
    return values


def tensor(t: torch.Tensor, requires_grad: bool = False) -> dict:
    """The `$tensor` form of a tensor (its values, dtype and shape)."""
    t = t.detach()
    out = {"$tensor": _round(t.tolist(), t.dtype), "dtype": str(t.dtype).replace("torch.", ""),
           "shape": list(t.shape)}
    if requires_grad:
        out["requires_grad"] = True
    return out


def encode(value):
    """Turn a Python / torch value into the JSON form of an api test."""
    if isinstance(value, torch.Tensor):
        return tensor(value, requires_grad=value.requires_grad)
    if isinstance(value, torch.nn.Module):
        return {"$module": type(value).__name__}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, float):
        return value
    return value


def expected(value):
    """An expected value: as `encode`, but without requiring an autograd graph on tensors."""
    if isinstance(value, torch.Tensor):
        return tensor(value)
    if isinstance(value, (list, tuple)):
        return [expected(v) for v in value]
    if isinstance(value, dict):
        return {str(k): expected(v) for k, v in value.items()}
    return encode(value)


def decode(value):
    """What the harness hands the candidate for an encoded argument."""
    if isinstance(value, dict):
        if "$tensor" in value:
            t = torch.tensor(value["$tensor"], dtype=getattr(torch, value.get("dtype", "float32")))
            if "shape" in value:
                t = t.reshape(value["shape"])
            if value.get("requires_grad"):
                t.requires_grad_(True)
            return t
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def rand(*shape, seed_gen: torch.Generator, scale: float = 1.0, decimals: int = 4) -> torch.Tensor:
    """A float32 tensor of normal values, rounded so that the test files stay short."""
    t = torch.randn(*shape, generator=seed_gen, dtype=torch.float64) * scale
    return torch.round(t * 10**decimals).div(10**decimals).to(torch.float32)


class Calls:
    """Build the calls of one test, computing every expected value with the reference module."""

    def __init__(self, module):
        self.module = module
        self.calls = []
        self.instance = None
        self.results = []

    def _args(self, args):
        encoded = [encode(a) for a in args]
        return encoded, [decode(a) for a in encoded]

    def new(self, cls: str, *args):
        encoded, decoded = self._args(args)
        self.instance = getattr(self.module, cls)(*decoded)
        self.calls.append({"new": cls, "args": encoded})
        self.results.append(None)
        return self.instance

    def call(self, name: str, *args, check_value: bool = True, module_level: bool = False, **extra):
        """Call `name` on the reference and record its result as the expected value. Returns the
        1-based index of the call (for same_as) as `.index` via `last`."""
        if module_level and self.instance is not None:
            raise AssertionError(f"{name}: the harness calls methods of the last instance once one is"
                                 " constructed; put module-level calls before the first `new`")
        encoded, decoded = self._args(args)
        owner = self.module if self.instance is None else self.instance
        result = getattr(owner, name)(*decoded)
        entry = {"call": name, "args": encoded}
        picked = result[extra["pick"]] if "pick" in extra else result
        if check_value:
            entry["expect"] = expected(picked)
        entry.update(extra)
        self.calls.append(entry)
        self.results.append(result)
        return result

    @property
    def last(self) -> int:
        return len(self.calls)

    def raises(self, name: str, *args, error: str = "ValueError"):
        encoded, decoded = self._args(args)
        owner = self.instance if self.instance is not None else self.module
        try:
            getattr(owner, name)(*decoded)
        except Exception as e:  # noqa: BLE001 - the reference must raise exactly `error`
            assert type(e).__name__ == error, f"{name} raised {type(e).__name__}, not {error}: {e}"
        else:
            raise AssertionError(f"the reference {name} did not raise {error}")
        self.calls.append({"call": name, "args": encoded, "raises": error})
        self.results.append(None)

    def inspect(self, what: str):
        m = self.instance
        if what == "parameters":
            value = {n: list(p.shape) for n, p in m.named_parameters()}
        elif what == "buffers":
            value = {n: list(b.shape) for n, b in m.named_buffers()}
        elif what == "state":
            value = {n: tensor(t) for n, t in m.state_dict().items()}
        elif what == "grads":
            value = {n: None if p.grad is None else tensor(p.grad) for n, p in m.named_parameters()}
        elif what == "training":
            value = {n: mod.training for n, mod in m.named_modules()}
        else:
            raise ValueError(what)
        self.calls.append({"inspect": what, "expect": value})
        self.results.append(value)

    def raw(self, entry: dict):
        """Append a call the judge evaluates by itself (gradcheck, same_as, check)."""
        self.calls.append(entry)
        self.results.append(None)
        return len(self.calls)


def write_group(group: str, tests: list) -> None:
    """Write data/<group>/NAME.json for each (name, description, calls), replacing the group."""
    out = ROOT / "data" / group
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, description, calls in tests:
        lines = ",\n  ".join(json.dumps(c) for c in calls)
        text = '{"description": ' + json.dumps(description) + ',\n "calls": [\n  ' + lines + "\n]}\n"
        (out / f"{name}.json").write_text(text)
