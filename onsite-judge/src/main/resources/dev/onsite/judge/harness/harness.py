"""Onsite's Python harness: run all tests of one submission inside the sandbox, in one process.

The judge writes one JSON job on standard input (the candidate's source, the kind of problem, the
tests' inputs; expected values never enter the sandbox) and reads one JSON line per event on
standard output: ``start`` before a test, ``end`` after it, ``done`` at the end. Each test runs the
candidate's module afresh, so module-level state never leaks between tests.
"""
import datetime
import io
import json
import math
import os
import sys
import time
import traceback
import types

PROTOCOL = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
STDERR_TAIL = 4096


class OutputLimitExceeded(BaseException):
    """Raised into the candidate's code when it writes more than the output limit."""


class LimitedText(io.TextIOBase):
    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.size = 0
        self.overflowed = False

    def writable(self):
        return True

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        n = len(s.encode("utf-8", "surrogatepass"))
        if self.size + n > self.limit:
            self.overflowed = True
            raise OutputLimitExceeded()
        self.parts.append(s)
        self.size += n
        return len(s)

    def text(self):
        return "".join(self.parts)

    @property
    def buffer(self):
        return _BinaryView(self)


class _BinaryView(io.RawIOBase):
    def __init__(self, owner):
        self.owner = owner

    def writable(self):
        return True

    def write(self, b):
        self.owner.write(bytes(b).decode("utf-8", "replace"))
        return len(b)


def emit(event):
    # The leading newline ends any partial line the candidate wrote to the real stdout.
    PROTOCOL.write("\n" + json.dumps(event, allow_nan=True) + "\n")
    PROTOCOL.flush()


def peak_memory_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except Exception:
        return 0


def reset_peak_memory():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def describe(exc):
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<solution>"]
    lines = ["Traceback (most recent call last):"]
    for f in frames[-8:]:
        lines.append('  File "solution", line %d, in %s' % (f.lineno, f.name))
    lines.append("%s: %s" % (type(exc).__name__, exc))
    return {"type": type(exc).__name__, "message": str(exc), "trace": "\n".join(lines)}


def to_json(value, depth=0):
    if depth > 100:
        return repr(value)
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value
    pd = sys.modules.get("pandas")
    if pd is not None:
        if isinstance(value, (pd.DataFrame, pd.Series)):
            return frame_to_json(value)
        if value is pd.NaT or value is getattr(pd, "NA", None):
            return None
        if isinstance(value, pd.Timestamp):
            return timestamp_text(value)
    torch = sys.modules.get("torch")
    if torch is not None:
        if isinstance(value, torch.Tensor):
            return tensor_to_json(value)
        if isinstance(value, torch.nn.Module):
            # eval() and train() return the module itself: say what it is, never fail on it.
            return {"$module": type(value).__name__}
        if isinstance(value, (torch.dtype, torch.device)):
            return str(value).replace("torch.", "")
    np = sys.modules.get("numpy")
    if np is not None:
        if isinstance(value, np.ndarray):
            if value.ndim == 0:
                return to_json(value.item(), depth + 1)  # a 0-d array is a number
            return {"$ndarray": value.tolist(), "dtype": str(value.dtype), "shape": list(value.shape)}
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, np.integer):
            return int(value)
        if isinstance(value, np.floating):
            return float(value)
    if isinstance(value, (list, tuple)):
        return [to_json(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        items = [to_json(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(value, dict):
        return {str(k): to_json(v, depth + 1) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_json(getattr(value, k), depth + 1) for k in value.__dataclass_fields__}
    if hasattr(value, "_asdict"):
        return to_json(value._asdict(), depth + 1)
    return repr(value)


# The dtypes a "$tensor" argument may have (the judge checks the test files against this list).
TENSOR_DTYPES = ("float32", "float64", "int64", "int32", "bool")


def tensor_to_json(value):
    """A tensor as an array the judge compares like an ndarray, marked as a tensor. Its values are
    detached from any autograd graph; whether it was attached is reported."""
    t = value.detach()
    if t.is_sparse:
        t = t.to_dense()
    if t.is_complex():
        return repr(value)  # JSON has no complex numbers; an expected array never matches this
    dtype = str(t.dtype).replace("torch.", "")
    out = {"$ndarray": t.cpu().tolist(), "dtype": dtype, "shape": list(t.shape), "tensor": True}
    if value.requires_grad:
        out["requires_grad"] = True
    return out


def tensor_from_json(value):
    import torch
    dtype = value.get("dtype", "float32")
    if dtype not in TENSOR_DTYPES:
        raise ValueError("a $tensor's dtype must be one of %s, was %r" % (", ".join(TENSOR_DTYPES), dtype))
    tensor = torch.tensor(value["$tensor"], dtype=getattr(torch, dtype))
    if "shape" in value:
        tensor = tensor.reshape(value["shape"])
    if value.get("requires_grad"):
        tensor.requires_grad_(True)
    return tensor


# --- Data frames ("$frame"): pandas tables in and out -------------------------------------------

# A result frame with more cells than this comes back as its columns and row count only: the judge
# says the row count differs instead of reading a line of hundreds of megabytes.
MAX_FRAME_CELLS = 200000  # FrameComparator.MAX_CELLS on the judge side


def timestamp_text(ts):
    """A timestamp as ISO 8601, UTC for an aware one; the judge parses it back."""
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.isoformat()


def cell_to_json(value):
    """One cell of a frame as JSON: NaN, None, NaT and pd.NA are null."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (bool, int, str)):
        return value
    pd = sys.modules["pandas"]
    if value is pd.NaT or value is getattr(pd, "NA", None):
        return None
    if isinstance(value, pd.Timestamp):
        return timestamp_text(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()  # Python dates in an object column: text, so the kind is string
    out = to_json(value, 1)
    if isinstance(out, float) and math.isnan(out):
        return None
    return out


def frame_to_json(value):
    """A DataFrame or Series as {"$frame": {columns, dtypes, rows, row_count, ...}}. The index is
    not part of the values; its names are reported, so that a missing column that sits in the index
    can be named as such. A Series is a frame of one column, its name."""
    pd = sys.modules["pandas"]
    series = isinstance(value, pd.Series)
    frame = value.to_frame() if series else value
    index = [str(n) for n in frame.index.names if n is not None]
    columns = [None if c is None else str(c) for c in frame.columns]
    if series and value.name is None:
        columns = [None]
    dtypes = [str(frame.dtypes.iloc[j]) for j in range(frame.shape[1])]
    out = {"columns": columns, "dtypes": dtypes, "row_count": int(frame.shape[0])}
    if index:
        out["index"] = index
    if series:
        out["series"] = True
    if frame.shape[0] * max(1, frame.shape[1]) > MAX_FRAME_CELLS:
        out["rows"] = None
        out["truncated"] = True
        return {"$frame": out}
    cells = []
    for j in range(frame.shape[1]):
        column = frame.iloc[:, j]
        kind = column.dtype.kind
        if kind == "M":
            cells.append([None if pd.isna(v) else timestamp_text(v) for v in column])
        elif kind in "iub" and not pd.api.types.is_extension_array_dtype(column.dtype):
            cells.append(column.tolist())  # NumPy ints and bools hold no nulls
        else:
            cells.append([cell_to_json(v) for v in column.tolist()])
    out["rows"] = [list(row) for row in zip(*cells)] if cells else [[] for _ in range(frame.shape[0])]
    return {"$frame": out}


# The dtypes a "$frame" column may have in a test file (the judge checks the files against this).
FRAME_DTYPES = ("int64", "Int64", "float64", "bool", "boolean", "string", "datetime64")


def frame_from_json(value):
    """A test's table as a pandas DataFrame: int64, Int64 (nullable), float64 (null is NaN), bool,
    boolean (nullable), string (object column of str, null is None), datetime64 (ISO 8601 text,
    null is NaT)."""
    import pandas as pd
    spec = value["$frame"]
    columns = spec["columns"]
    dtypes = spec.get("dtypes") or ["object"] * len(columns)
    rows = spec.get("rows") or []
    data = {}
    for j, (name, dtype) in enumerate(zip(columns, dtypes)):
        values = [row[j] for row in rows]
        if dtype == "datetime64":
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"))
        elif dtype == "string":
            data[name] = pd.Series(values, dtype="object")
        elif dtype == "float64":
            data[name] = pd.Series([float("nan") if v is None else v for v in values], dtype="float64")
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=columns)


def from_json(value):
    if isinstance(value, dict):
        if "$frame" in value:
            return frame_from_json(value)
        if "$tensor" in value:
            return tensor_from_json(value)
        if "$ndarray" in value:
            import numpy as np
            array = np.array(value["$ndarray"], dtype=value.get("dtype", "float64"))
            if "shape" in value:
                # An empty nested list cannot say its shape ((0,) or (0, 3)): an explicit one can.
                array = array.reshape(value["shape"])
            return array
        return {k: from_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_json(v) for v in value]
    return value


class ApiMismatch(Exception):
    pass


def numerical_gradient(fn, args, call):
    """Central differences of sum(fn(*args)[pick] * weights) with respect to args[wrt].

    The gradient of the candidate's own forward function, computed here so that the judge can
    compare it with the candidate's backward pass ("same_as" in a later call).
    """
    import numpy as np
    wrt = int(call.get("wrt", 0))
    eps = float(call.get("eps", 1e-6))
    weights = np.asarray(from_json(call["weights"]), dtype=np.float64)
    pick = call.get("pick")
    x = np.array(args[wrt], dtype=np.float64)
    grad = np.zeros_like(x)

    def value(point):
        trial = list(args)
        trial[wrt] = point.copy()
        out = fn(*trial)
        if pick is not None:
            out = out[int(pick)]
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


def is_out_of_memory(exc):
    """A failed allocation that is not a MemoryError: torch's allocator raises RuntimeError."""
    return isinstance(exc, RuntimeError) and (
        "can't allocate memory" in str(exc) or "not enough memory" in str(exc))


def autograd_check(fn, owner, args, call):
    """The gradient of sum(fn(*args)[pick] * weights) with respect to args[wrt] (an index) or to
    the parameter of that name of the candidate's module, by autograd and by central differences,
    both in float64. Before each evaluation torch's generator is reset, so dropout draws the same
    mask each time. The module's parameters and the default dtype are restored afterwards."""
    import torch
    wrt = call.get("wrt", 0)
    eps = float(call.get("eps", 1e-6))
    pick = call.get("pick")
    weights = from_json(call["weights"])
    weights = torch.as_tensor(weights).detach().to(torch.float64)
    module = owner if isinstance(owner, torch.nn.Module) else None
    saved_dtypes = {}
    if module is not None:
        for name, tensor in list(module.named_parameters()) + list(module.named_buffers()):
            saved_dtypes[name] = tensor.dtype
    default_dtype = torch.get_default_dtype()
    rng = torch.random.get_rng_state()

    def double(value):
        if isinstance(value, torch.Tensor) and value.is_floating_point():
            return value.detach().to(torch.float64)
        return value

    trial = [double(a) for a in args]
    try:
        torch.set_default_dtype(torch.float64)
        if module is not None:
            module.double()
        if isinstance(wrt, str):
            if module is None:
                raise ApiMismatch("gradcheck with respect to '%s' needs an nn.Module instance" % wrt)
            params = dict(module.named_parameters())
            if wrt not in params:
                raise ApiMismatch("%s has no parameter named '%s' (it has: %s)"
                                  % (type(module).__name__, wrt, ", ".join(params) or "none"))
            x = params[wrt]
            x.requires_grad_(True)
        else:
            wrt = int(wrt)
            if not isinstance(trial[wrt], torch.Tensor) or not trial[wrt].is_floating_point():
                raise ApiMismatch("gradcheck: argument %d is not a float tensor" % wrt)
            x = trial[wrt].clone().requires_grad_(True)
            trial[wrt] = x

        def value(out):
            if pick is not None:
                out = out[int(pick)]
            if not isinstance(out, torch.Tensor):
                out = torch.as_tensor(out, dtype=torch.float64)
            return (out.to(torch.float64) * weights).sum()

        torch.random.set_rng_state(rng)
        loss = value(fn(*trial))
        if loss.requires_grad:
            grads = torch.autograd.grad(loss, [x], allow_unused=True)
            analytic = grads[0]
        else:
            analytic = None
        numeric = torch.zeros_like(x, dtype=torch.float64)
        with torch.no_grad():
            flat = x.view(-1)
            out = numeric.view(-1)
            for i in range(flat.numel()):
                original = flat[i].item()
                flat[i] = original + eps
                torch.random.set_rng_state(rng)
                plus = value(fn(*trial)).item()
                flat[i] = original - eps
                torch.random.set_rng_state(rng)
                minus = value(fn(*trial)).item()
                flat[i] = original
                out[i] = (plus - minus) / (2 * eps)
        return {"$gradcheck": str(wrt),
                "autograd": None if analytic is None else tensor_to_json(analytic),
                "numerical": tensor_to_json(numeric)}
    finally:
        torch.set_default_dtype(default_dtype)
        if module is not None:
            with torch.no_grad():
                for name, tensor in list(module.named_parameters()) + list(module.named_buffers()):
                    dtype = saved_dtypes.get(name)
                    if dtype is not None and tensor.dtype != dtype:
                        tensor.data = tensor.data.to(dtype)
                    if isinstance(tensor, torch.nn.Parameter):
                        tensor.grad = None


def inspect_module(target, what):
    """What the judge may check of the candidate's nn.Module itself: the names and shapes of its
    parameters or buffers, their values or gradients, or whether it is in training mode."""
    import torch
    if not isinstance(target, torch.nn.Module):
        raise ApiMismatch("inspect %s needs an nn.Module instance, got %s" % (what, type(target).__name__))
    if what == "parameters":
        return {name: list(p.shape) for name, p in target.named_parameters()}
    if what == "buffers":
        return {name: list(b.shape) for name, b in target.named_buffers()}
    if what == "state":
        return {name: tensor_to_json(t) for name, t in target.state_dict().items()}
    if what == "grads":
        return {name: None if p.grad is None else tensor_to_json(p.grad)
                for name, p in target.named_parameters()}
    if what == "training":
        return {name or "": m.training for name, m in target.named_modules()}
    raise ApiMismatch("unknown inspect '%s'" % what)


def snapshot(args):
    """Copies of the tensor, array and data frame arguments (also inside lists and dicts), to see
    whether the call changed them in place."""
    torch = sys.modules.get("torch")
    np = sys.modules.get("numpy")
    pd = sys.modules.get("pandas")
    copies = []

    def walk(value, path):
        if pd is not None and isinstance(value, (pd.DataFrame, pd.Series)):
            copies.append((path, value, value.copy(deep=True)))
        elif torch is not None and isinstance(value, torch.Tensor):
            copies.append((path, value, value.detach().clone()))
        elif np is not None and isinstance(value, np.ndarray):
            copies.append((path, value, value.copy()))
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                walk(item, "%s[%d]" % (path, i))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, "%s[%r]" % (path, key))

    for i, arg in enumerate(args):
        walk(arg, "argument %d" % (i + 1))
    return copies


def changed(copies):
    torch = sys.modules.get("torch")
    pd = sys.modules.get("pandas")
    paths = []
    for path, value, copy in copies:
        if pd is not None and isinstance(value, (pd.DataFrame, pd.Series)):
            # equals() compares values (NaN equal to NaN), dtypes and the index; columns too.
            same = value.shape == copy.shape and value.equals(copy) and (
                isinstance(value, pd.Series) or list(value.columns) == list(copy.columns))
        elif torch is not None and isinstance(value, torch.Tensor):
            now = value.detach()
            same = now.shape == copy.shape and now.dtype == copy.dtype and bool(
                torch.equal(now, copy) or (now.is_floating_point() and torch.allclose(
                    now, copy, rtol=0, atol=0, equal_nan=True)))
        else:
            import numpy as np
            same = value.shape == copy.shape and bool(np.array_equal(value, copy, equal_nan=value.dtype.kind in "fc"))
        if not same:
            paths.append(path)
    return paths


def perform_calls(module, calls, results):
    instances = {}
    current = None
    for call in calls:
        args = [from_json(a) for a in call.get("args", [])]
        try:
            if "new" in call:
                cls = getattr(module, call["new"], None)
                if not isinstance(cls, type):
                    raise ApiMismatch("your code has no class named " + call["new"])
                current = cls(*args)
                instances[call.get("as", call["new"])] = current
                results.append({"v": None})
                continue
            if "numgrad" in call:
                fn = getattr(module, call["numgrad"], None)
                if fn is None or not callable(fn):
                    raise ApiMismatch("your module has no function %s" % call["numgrad"])
                results.append({"v": to_json(numerical_gradient(fn, args, call))})
                continue
            target = current
            if "on" in call:
                target = instances.get(call["on"])
                if target is None:
                    raise ApiMismatch("no instance named '%s' was constructed" % call["on"])
            if "inspect" in call:
                results.append({"v": to_json(inspect_module(target, call["inspect"]))})
                continue
            owner = target if target is not None else module
            name = call["gradcheck"] if "gradcheck" in call else call["call"]
            fn = getattr(owner, name, None)
            if fn is None or not callable(fn):
                where = type(target).__name__ if target is not None else "your module"
                raise ApiMismatch("%s has no method %s" % (where, name))
            if "gradcheck" in call:
                results.append({"v": autograd_check(fn, target, args, call)})
                continue
            copies = snapshot(args) if call.get("unchanged") else None
            result = {"v": to_json(fn(*args))}
            if copies:
                mutated = changed(copies)
                if mutated:
                    result["mutated"] = mutated
            results.append(result)
        except ApiMismatch as e:
            results.append({"h": str(e)})
            return
        except (MemoryError, OutputLimitExceeded):
            raise
        except RecursionError as e:
            results.append({"x": describe(e)})
            if not call.get("raises"):
                return
        except Exception as e:
            if is_out_of_memory(e):
                raise MemoryError(str(e)) from None
            results.append({"x": describe(e)})
            if not call.get("raises"):
                return


# Modules imported before the submission (problem.yaml's onsite.preload), from "--preload a,b".
PRELOAD = ()
# The most intra-op threads torch may run in the box (torch.set_num_threads is capped at it).
MAX_TORCH_THREADS = 4
# Which process imported each preloaded module: in a zygote's child, the zygote (pid 1), not the
# child. Tests read it to see that a submission did not pay the import.
PRELOADED_IN = {}

# What each preloadable module brings in with it: the submodules a submission usually imports.
PRELOAD_MODULES = {
    "torch": ("torch", "torch.nn", "torch.nn.functional", "torch.optim", "torch.utils.data"),
    "sklearn": ("sklearn", "sklearn.base", "sklearn.pipeline", "sklearn.compose",
                "sklearn.preprocessing", "sklearn.impute", "sklearn.linear_model",
                "sklearn.model_selection", "sklearn.metrics", "sklearn.feature_extraction.text",
                "sklearn.ensemble", "sklearn.tree", "sklearn.datasets", "sklearn.utils"),
    "pandas": ("pandas",),
}


def parse_args(args):
    global PRELOAD
    args = list(args)
    if "--preload" in args:
        i = args.index("--preload")
        names = args[i + 1] if i + 1 < len(args) else ""
        PRELOAD = tuple(n for n in names.split(",") if n in PRELOAD_MODULES)
        del args[i:i + 2]
    return args


def main():
    if parse_args(sys.argv[1:]) == ["--zygote"]:
        zygote()
        return
    import select
    if not select.select([sys.stdin], [], [], 0)[0]:
        # Started ahead of demand (no job yet): import NumPy while waiting, not on the clock.
        preload()
        emit({"e": "ready"})  # the warm pool waits for this before handing the process out
    text = sys.stdin.read()
    if not text.strip():
        return  # pre-started and never used: the judge went away
    if PRELOAD and not PRELOADED_IN:
        preload()  # before the first test: not on any test's clock
    sys.stdin = io.StringIO("")
    run_job(json.loads(text))


def preload():
    try:
        import numpy  # noqa: F401
    except ImportError:
        pass
    import importlib
    for name in PRELOAD:
        try:
            for module in PRELOAD_MODULES[name]:
                importlib.import_module(module)
        except ImportError:
            continue  # the submission's own import says what is missing
        PRELOADED_IN[name] = os.getpid()
    torch = sys.modules.get("torch")
    if torch is not None:
        # One thread, as for BLAS: a box has one core's worth of CPU time, and every thread's
        # time counts against it. A submission may ask for more; its CPU time is what it pays.
        torch.set_num_threads(1)
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:
            pass  # already set, or parallel work has started: it can only be set once
        # More threads than that are a submission's choice, but each one's stack is address space
        # under the memory cap, and a thread OpenMP cannot create ends the process with no word
        # of why: at most MAX_TORCH_THREADS, whatever it asks for.
        set_threads = torch.set_num_threads

        def set_num_threads(n):
            set_threads(max(1, min(int(n), MAX_TORCH_THREADS)))

        set_num_threads.__doc__ = set_threads.__doc__
        torch.set_num_threads = set_num_threads


def run_job(job):
    if job.get("language") == "sql":
        run_sql_job(job)
        return
    source = job["source"]
    kind = job["kind"]
    output_limit = int(job["output_limit"])
    try:
        code = compile(source, "<solution>", "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError) as e:
        line = getattr(e, "lineno", None)
        where = ("line %d: " % line) if line else ""
        emit({"e": "compile_error", "message": "%s%s: %s" % (where, type(e).__name__, getattr(e, "msg", e))})
        emit({"e": "done"})
        return
    real_stdout, real_stderr = sys.stdout, sys.stderr
    tests = job["tests"]
    for i in range(int(job.get("first", 0)), len(tests)):
        test = tests[i]
        emit({"e": "start", "i": i})
        reset_peak_memory()
        out = LimitedText(output_limit)
        err = LimitedText(STDERR_TAIL * 16)
        results = []
        status = "ok"
        error = None
        exit_code = 0
        cpu0 = time.process_time_ns()
        wall0 = time.perf_counter_ns()
        sys.stdout, sys.stderr = out, err
        module = types.ModuleType("__main__" if kind == "stdio" else "solution")
        module.__file__ = "solution.py"
        module.__builtins__ = __builtins__
        try:
            if kind == "stdio":
                sys.stdin = io.TextIOWrapper(io.BytesIO(test["input"].encode("utf-8")), encoding="utf-8")
                exec(code, module.__dict__)
            else:
                sys.modules["solution"] = module
                exec(code, module.__dict__)
                perform_calls(module, test["calls"], results)
        except SystemExit as e:
            code_value = e.code
            if code_value is None or code_value == 0:
                exit_code = 0
            elif isinstance(code_value, int):
                exit_code = code_value
            else:
                err.parts.append(str(code_value))
                exit_code = 1
            if exit_code != 0:
                status = "exception"
                error = {"type": "SystemExit", "message": "exit status %d" % exit_code, "trace": ""}
        except MemoryError:
            status = "oom"
        except OutputLimitExceeded:
            status = "ole"
        except RecursionError as e:
            status = "exception"
            error = describe(e)
        except BaseException as e:
            if is_out_of_memory(e):
                status = "oom"
            else:
                status = "exception"
                error = describe(e)
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
            try:
                sys.stdout.flush()
            except Exception:
                pass
        if out.overflowed and status != "oom":
            status = "ole"
        event = {
            "e": "end", "i": i, "status": status,
            "cpu_ns": time.process_time_ns() - cpu0,
            "wall_ns": time.perf_counter_ns() - wall0,
            "memory_kb": peak_memory_kb(),
            "stdout": out.text(), "stderr": err.text()[-STDERR_TAIL:],
            "results": results,
        }
        if error is not None:
            event["error"] = error
        del module
        emit(event)
        if status == "oom":
            return
    emit({"e": "done"})


# --- The zygote: one runtime that forks a fresh process per submission -------------------------
#
# Started ahead of demand as the init (pid 1) of its own bubblewrap box, it imports NumPy once and
# then forks one child per submission, ahead of it: the child warms up, reads the judge's request
# and its job, and runs it. The child starts as a copy of a runtime that has never run a
# submission; once it has ended, the zygote kills every other process in the box, wipes the box's
# only writable directory and its System V IPC objects, and checks that nobody changed its own
# limits or scheduling, before it forks the next child. Anything it cannot restore ends the zygote
# (and so the box): the judge starts a fresh one. The zygote itself never reads from the judge.

PR_SET_DUMPABLE = 4
WORK_DIR = "/tmp"
JUDGE_GONE = 75  # a child's exit status: its zygote's input has ended


def zygote():
    import ctypes
    import gc
    import resource
    import signal
    if os.getpid() != 1:
        # Killing "every other process" is only safe as the init of a box of our own.
        sys.stderr.write("harness: --zygote needs to be the init of its own sandbox\n")
        os._exit(2)
    libc = ctypes.CDLL(None, use_errno=True)
    # Not dumpable: a child (same uid) cannot ptrace the zygote nor read its memory or descriptors.
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        os._exit(3)
    # A child may signal its init; only signals with a handler reach an init, so none may have one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    preload()
    os.chdir(WORK_DIR)
    fingerprint = zygote_fingerprint(resource)
    work_mode = os.stat(WORK_DIR).st_mode & 0o7777
    gc.collect()
    gc.freeze()  # keep the shared heap's pages shared after fork
    emit({"e": "ready"})
    while True:
        # The next submission's process is forked ahead of its request, so that the fork and the
        # child's first steps (copying the pages it writes) are not on the submission's clock.
        pid = os.fork()
        if pid == 0:
            try:
                # Dumpable again, as any fresh process (its own /proc files are its own).
                libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
                zygote_child()
            finally:
                os._exit(70)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code == JUDGE_GONE:
            os._exit(0)
        emit({"e": "zygote", "exit": code if code >= 0 else 128 - code})
        if not zygote_reset(fingerprint, work_mode, resource):
            os._exit(5)


def zygote_child():
    import resource
    import signal
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # POSIX message queues cannot be listed for wiping, so a submission cannot make any.
    resource.setrlimit(resource.RLIMIT_MSGQUEUE, (0, 0))
    warm_up()
    np = sys.modules.get("numpy")
    if np is not None:
        np.random.seed()  # a fresh process would have drawn a fresh seed (random does it at fork)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.seed()  # as NumPy's: torch seeds itself afresh in each new process
    emit({"e": "zygote", "waiting": 1})
    request = read_line(0, byte_at_a_time=True)
    if not request:
        os._exit(JUDGE_GONE)
    try:
        request = json.loads(request)
        nonce = str(request["fork"])
        address_space = int(request.get("address_space", 0))
    except (ValueError, KeyError, TypeError, AttributeError):
        os._exit(4)
    if address_space > 0:
        # The submission's memory limit: one zygote serves every limit.
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    # What this process writes from now on belongs to the submission that sent the nonce.
    emit({"e": "zygote", "forked": nonce})
    text = read_line(0, byte_at_a_time=False)
    # The judge's requests to the zygote arrive on this descriptor: the submission never sees it.
    os.close(0)
    os.open("/dev/null", os.O_RDONLY)
    if not text.strip():
        os._exit(0)
    sys.stdin = io.StringIO("")
    run_job(json.loads(text))
    PROTOCOL.flush()
    os._exit(0)


WARM_UP_SOURCE = """
import numpy as np

def scale(values, factor):
    x = np.asarray(values, dtype=np.float64) * factor
    return x / np.sum(x)

class Box:
    def __init__(self):
        self.items = {}
    def put(self, key, value):
        self.items[key] = value
        return sorted(self.items.items())
"""

WARM_UP_CALLS = [
    {"call": "scale", "args": [{"$ndarray": [[1.0, 2.0], [3.0, 4.0]], "dtype": "float64"}, 2]},
    {"new": "Box"},
    {"call": "put", "args": ["a", [1, {"b": None}]]},
    {"call": "missing", "args": []},
]


WARM_UP_TORCH_SOURCE = """
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
    def forward(self, x):
        return torch.softmax(self.fc(torch.relu(x)), dim=-1)
    def step(self, x):
        opt = torch.optim.AdamW(self.parameters(), lr=0.01)
        loss = self(x).square().sum()
        loss.backward()
        opt.step()
        return loss
"""

WARM_UP_TORCH_CALLS = [
    {"new": "Net"},
    {"call": "forward", "args": [{"$tensor": [[1.0, -2.0, 3.0, 0.5]]}]},
    {"call": "step", "args": [{"$tensor": [[1.0, -2.0, 3.0, 0.5]], "requires_grad": True}]},
    {"call": "eval", "args": []},
]


def warm_up():
    """Run a stand-in job through the harness, its events going nowhere: the child copies the pages
    a job writes to before its submission arrives, not after."""
    global PROTOCOL
    real = PROTOCOL
    PROTOCOL = open(os.devnull, "w", encoding="utf-8")
    try:
        job = {"kind": "api", "source": WARM_UP_SOURCE, "output_limit": 1024,
               "tests": [{"calls": WARM_UP_CALLS}, {"calls": WARM_UP_CALLS}]}
        run_job(json.loads(json.dumps(job)))
        if "torch" in PRELOADED_IN:
            job = {"kind": "api", "source": WARM_UP_TORCH_SOURCE, "output_limit": 1024,
                   "tests": [{"calls": WARM_UP_TORCH_CALLS}, {"calls": WARM_UP_TORCH_CALLS}]}
            run_job(json.loads(json.dumps(job)))
    except Exception:
        pass
    finally:
        PROTOCOL.close()
        PROTOCOL = real
        sys.modules.pop("solution", None)


def read_line(fd, byte_at_a_time):
    """One line from fd. A request is read a byte at a time, so that nothing of the job after it is
    read with it."""
    parts = []
    while True:
        chunk = os.read(fd, 1 if byte_at_a_time else 1 << 20)
        if not chunk:
            break
        end = chunk.find(b"\n")
        if end >= 0:
            parts.append(chunk[:end])
            break
        parts.append(chunk)
    return b"".join(parts).decode("utf-8")


def zygote_fingerprint(resource):
    limits = tuple(resource.getrlimit(getattr(resource, name))
                   for name in dir(resource) if name.startswith("RLIMIT_"))
    return (limits, os.getpriority(os.PRIO_PROCESS, 0), tuple(sorted(os.sched_getaffinity(0))),
            os.sched_getscheduler(0))


def zygote_reset(fingerprint, work_mode, resource):
    """Return the box to how the zygote found it, or say that it cannot."""
    import signal
    import time
    deadline = time.monotonic() + 2
    while True:
        reap_all()
        try:
            os.kill(-1, signal.SIGKILL)  # every process in the box but its init
        except ProcessLookupError:
            break  # nothing left
        if time.monotonic() > deadline:
            return False
        time.sleep(0.0005)
    reap_all()
    try:
        wipe_sysv_ipc()
        os.chmod(WORK_DIR, work_mode)
        for name in user_xattrs(WORK_DIR):
            os.removexattr(WORK_DIR, name)
        with os.scandir(WORK_DIR) as entries:
            names = [entry.name for entry in entries]
        for name in names:
            remove_tree(os.path.join(WORK_DIR, name), 0)
        if os.listdir(WORK_DIR):
            return False
    except (OSError, RecursionError):
        return False
    # Another process of the same user may change our limits, priority or CPUs: not unnoticed.
    return zygote_fingerprint(resource) == fingerprint


def user_xattrs(path):
    try:
        return [name for name in os.listxattr(path) if name.startswith("user.")]
    except OSError:
        return []  # no extended attributes here


def reap_all():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def remove_tree(path, depth):
    if depth > 64:
        raise OSError("too deep to wipe")
    if os.path.isdir(path) and not os.path.islink(path):
        os.chmod(path, 0o700)
        for name in os.listdir(path):
            remove_tree(os.path.join(path, name), depth + 1)
        os.rmdir(path)
    else:
        os.unlink(path)


def wipe_sysv_ipc():
    ipc_rmid = 0
    libc = None
    for kind in ("shm", "msg", "sem"):
        try:
            with open("/proc/sysvipc/" + kind) as table:
                rows = table.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            if libc is None:
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
            ident = int(row.split()[1])
            if kind == "sem":
                result = libc.semctl(ident, 0, ipc_rmid)
            elif kind == "shm":
                result = libc.shmctl(ident, ipc_rmid, None)
            else:
                result = libc.msgctl(ident, ipc_rmid, None)
            if result != 0:
                raise OSError("cannot remove System V %s %d" % (kind, ident))


# --- SQL problems: one SELECT query against an in-memory SQLite database per test ---------------
#
# Each test's tables ("$frame" values) become a fresh in-memory database; nothing is written to a
# file, so nothing outlives the test. The query runs under an authorizer that allows reading only,
# a progress handler that stops it at the time limit, and a row cap. The result set comes back as
# a "$frame" without dtypes: the judge takes each column's kind from its values.

# The most rows a result may have; more is a wrong answer that says so (not a huge protocol line).
MAX_SQL_ROWS = 100000
# How many SQLite virtual-machine steps run between two looks at the CPU clock.
SQL_PROGRESS_STEPS = 20000
# The SQLite column type of each "$frame" dtype.
SQL_TYPES = {"int64": "INTEGER", "Int64": "INTEGER", "float64": "REAL", "bool": "INTEGER",
             "boolean": "INTEGER", "string": "TEXT", "datetime64": "TEXT"}


class SqlDenied(Exception):
    pass


def sql_quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def sql_cell(dtype, value):
    if value is None:
        return None
    if dtype in ("bool", "boolean"):
        return 1 if value else 0
    if dtype == "datetime64":
        return str(value).replace("T", " ", 1)  # what SQLite's own date functions write
    return value


def sql_database(tables, with_rows):
    """A fresh in-memory database holding the test's tables (with or without their rows)."""
    import sqlite3
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    for name, value in tables.items():
        spec = value["$frame"]
        columns = spec["columns"]
        dtypes = spec.get("dtypes") or ["string"] * len(columns)
        db.execute("CREATE TABLE %s (%s)" % (sql_quote(name), ", ".join(
            "%s %s" % (sql_quote(c), SQL_TYPES.get(d, "")) for c, d in zip(columns, dtypes))))
        if with_rows and spec.get("rows"):
            db.executemany(
                "INSERT INTO %s VALUES (%s)" % (sql_quote(name), ", ".join("?" * len(columns))),
                [[sql_cell(d, v) for d, v in zip(dtypes, row)] for row in spec["rows"]])
    return db


# SQLite's authorizer action codes, as statements: what a denial names.
SQL_ACTIONS = {
    1: "CREATE INDEX", 2: "CREATE TABLE", 3: "CREATE INDEX", 4: "CREATE TABLE",
    5: "CREATE TRIGGER", 6: "CREATE VIEW", 7: "CREATE TRIGGER", 8: "CREATE VIEW",
    9: "DELETE FROM", 10: "DROP INDEX", 11: "DROP TABLE", 12: "DROP INDEX", 13: "DROP TABLE",
    14: "DROP TRIGGER", 15: "DROP VIEW", 16: "DROP TRIGGER", 17: "DROP VIEW", 18: "INSERT INTO",
    19: "PRAGMA", 22: "BEGIN/COMMIT", 23: "UPDATE", 24: "ATTACH", 25: "DETACH",
    26: "ALTER TABLE", 27: "REINDEX", 28: "ANALYZE", 29: "CREATE VIRTUAL TABLE",
    30: "DROP VIRTUAL TABLE", 32: "SAVEPOINT"}
SQL_READ_ACTIONS = (20, 21, 33)  # READ, SELECT, RECURSIVE (a WITH RECURSIVE query)
SQL_FUNCTION = 31
SQL_DENIED_FUNCTIONS = ("load_extension",)


def sql_guard(db, denied):
    """Allow reading only; collect what was denied ("DROP TABLE users"), to say what it was."""
    import sqlite3

    def authorize(action, arg1, arg2, database, trigger):
        if action in SQL_READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == SQL_FUNCTION:
            if str(arg2).lower() not in SQL_DENIED_FUNCTIONS:
                return sqlite3.SQLITE_OK
            denied.append("the function " + str(arg2))
            return sqlite3.SQLITE_DENY
        target = arg2 if action in (26, 30) else arg1
        what = SQL_ACTIONS.get(action, "action %d" % action)
        if action == 22:  # a transaction: arg1 says which statement (BEGIN, COMMIT, ROLLBACK)
            what, target = str(arg1), None
        if what in ("DELETE FROM", "INSERT INTO", "UPDATE") and str(target).startswith("sqlite_"):
            # The schema's own bookkeeping behind a CREATE or DROP: that statement says more.
            what = "writing the schema (" + str(target) + ")"
            target = None
        denied.append(what + (" " + str(target) if target else ""))
        return sqlite3.SQLITE_DENY

    db.set_authorizer(authorize)


def sql_denial(denied, source):
    """The denial that names the statement best: not the schema bookkeeping behind a CREATE or
    DROP (SQLite checks that first and stops there), which the statement's first words name."""
    for what in denied:
        if not what.startswith("writing the schema"):
            return what
    import re
    function = re.search(r"\bpragma_\w+", source, flags=re.I)
    if function:
        return "the PRAGMA function " + function.group(0).lower()
    words = sql_words(source)[:3]
    if words and words[0] in ("CREATE", "DROP"):
        if len(words) > 2 and words[1] in ("TEMP", "TEMPORARY", "UNIQUE", "VIRTUAL"):
            words = [words[0], words[2]]
        return " ".join(words[:2])
    return denied[0]


def sql_words(source):
    """The query's first words, upper-cased, comments skipped."""
    import re
    text = re.sub(r"--[^\n]*|/\*.*?(\*/|$)", " ", source, flags=re.S)
    return re.findall(r"[A-Za-z_]+", text.upper())[:8]


def sql_problem(source):
    """Why the text is not one statement, or None."""
    import sqlite3
    text = source.strip()
    if not text:
        return "the file is empty: submit one SELECT query"
    if not sqlite3.complete_statement(text if text.endswith(";") else text + ";"):
        return "the query is not complete (an unclosed quote, comment or parenthesis?)"
    return None


def sql_compile(source, tables):
    """Prepare the query against the tables' schema: a syntax error, an unknown table or column,
    or more than one statement is a compile error (its one-line message), None otherwise."""
    import sqlite3
    problem = sql_problem(source)
    if problem:
        return problem
    db = sql_database(tables, with_rows=False)
    denied = []
    sql_guard(db, denied)
    try:
        db.execute("EXPLAIN " + source)
    except sqlite3.ProgrammingError as e:
        if "one statement" in str(e):
            return "submit one statement; the file holds more than one (a ';' before the end?)"
        return "SQLite: %s" % e
    except sqlite3.Error as e:
        if denied or "not authorized" in str(e):
            return None  # judged per test: a runtime error that names what was denied
        return "SQLite: %s" % e
    finally:
        db.close()
    return None


def sql_value(value):
    if isinstance(value, bytes):
        return "x'" + value.hex() + "'"
    return value


def run_sql_test(source, test, time_limit):
    """Run the query over one test's tables: (status, results)."""
    import sqlite3
    db = sql_database(test["tables"], with_rows=True)
    denied = []
    sql_guard(db, denied)
    deadline = time.process_time() + time_limit * 0.95
    stopped = []

    def progress():
        if time.process_time() > deadline:
            stopped.append(True)
            return 1
        return 0

    db.set_progress_handler(progress, SQL_PROGRESS_STEPS)
    try:
        cursor = db.execute(source)
        if cursor.description is None:
            return "ok", [{"h": "the statement returns no rows: submit a SELECT query"}]
        columns = [d[0] for d in cursor.description]
        cap = max(1, min(MAX_SQL_ROWS, MAX_FRAME_CELLS // max(1, len(columns))))
        rows = cursor.fetchmany(cap + 1)
        if len(rows) > cap:
            return "ok", [{"over": cap}]
        rows = [[sql_value(v) for v in row] for row in rows]
        return "ok", [{"v": {"$frame": {"columns": columns, "rows": rows,
                                        "row_count": len(rows)}}}]
    except sqlite3.Error as e:
        if stopped:
            return "tle", []
        if denied:
            return "ok", [{"h": "only SELECT queries are allowed: " + sql_denial(denied, source)
                           + " was denied"}]
        return "ok", [{"h": "SQLite: %s" % e}]
    finally:
        db.close()


def run_sql_job(job):
    source = job["source"]
    tests = job["tests"]
    time_limit = float(job.get("time_limit", 2))
    first = int(job.get("first", 0))
    if first == 0 and tests:
        try:
            problem = sql_compile(source, tests[0]["tables"])
        except MemoryError:
            problem = None  # judged per test: MLE
        if problem:
            emit({"e": "compile_error", "message": problem})
            emit({"e": "done"})
            return
    for i in range(first, len(tests)):
        emit({"e": "start", "i": i})
        reset_peak_memory()
        cpu0 = time.process_time_ns()
        wall0 = time.perf_counter_ns()
        try:
            status, results = run_sql_test(source, tests[i], time_limit)
        except MemoryError:
            status, results = "oom", []
        emit({"e": "end", "i": i, "status": status,
              "cpu_ns": time.process_time_ns() - cpu0,
              "wall_ns": time.perf_counter_ns() - wall0,
              "memory_kb": peak_memory_kb(), "stdout": "", "stderr": "", "results": results})
        if status == "oom":
            return
    emit({"e": "done"})


if __name__ == "__main__":
    main()
    PROTOCOL.flush()
    os._exit(0)
