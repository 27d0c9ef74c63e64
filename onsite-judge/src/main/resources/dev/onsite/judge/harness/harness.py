"""Onsite's Python harness: run all tests of one submission inside the sandbox, in one process.

The judge writes one JSON job on standard input (the candidate's source, the kind of problem, the
tests' inputs; expected values never enter the sandbox) and reads one JSON line per event on
standard output: ``start`` before a test, ``end`` after it, ``done`` at the end. Each test runs the
candidate's module afresh, so module-level state never leaks between tests.
"""
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


def from_json(value):
    if isinstance(value, dict):
        if "$ndarray" in value:
            import numpy as np
            return np.array(value["$ndarray"], dtype=value.get("dtype", "float64"))
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
            owner = target if target is not None else module
            fn = getattr(owner, call["call"], None)
            if fn is None or not callable(fn):
                where = type(target).__name__ if target is not None else "your module"
                raise ApiMismatch("%s has no method %s" % (where, call["call"]))
            results.append({"v": to_json(fn(*args))})
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
            results.append({"x": describe(e)})
            if not call.get("raises"):
                return


def main():
    import select
    if not select.select([sys.stdin], [], [], 0)[0]:
        # Started ahead of demand (no job yet): import NumPy while waiting, not on the clock.
        try:
            import numpy  # noqa: F401
        except ImportError:
            pass
        emit({"e": "ready"})  # the warm pool waits for this before handing the process out
    text = sys.stdin.read()
    if not text.strip():
        return  # pre-started and never used: the judge went away
    job = json.loads(text)
    sys.stdin = io.StringIO("")
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


if __name__ == "__main__":
    main()
    PROTOCOL.flush()
    os._exit(0)
