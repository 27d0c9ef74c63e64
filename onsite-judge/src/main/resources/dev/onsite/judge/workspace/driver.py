"""Run a workspace's tests inside the sandbox and print one JSON result line.

The judge stages the workspace read-only at STAGE/ws (the starter tree, the candidate's changes,
then the package's test files on top), the starter alone at STAGE/starter, and this script with
its spec at STAGE. It copies the workspace to ws/ in its own (writable) working directory and runs
pytest there. The nonce arrives on stdin; the result is the one stdout line that starts with it.
pytest runs in a child whose output goes to a file, never to this script's stdout; conftest.py files
and the workspace's own pytest configuration are ignored.
"""

import ast
import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

STAGE = os.path.dirname(os.path.abspath(__file__))
RUN = os.getcwd()
WORK = os.path.join(RUN, "ws")


def first_line(text, limit=300):
    text = (text or "").strip()
    line = text.splitlines()[0] if text else ""
    return line[:limit]


def run_tests(spec):
    report = os.path.join(RUN, "onsite-junit.xml")
    ini = os.path.join(RUN, "onsite-pytest.ini")
    with open(ini, "w", encoding="utf-8") as f:
        f.write("[pytest]\npythonpath = %s\npython_files = test_*.py *_test.py\n" % WORK)
    log_file = os.path.join(RUN, "onsite-pytest.log")
    # -I: the workspace is not on sys.path until pytest puts it there, so that a file in it
    # cannot stand in for pytest itself.
    argv = [
        sys.executable, "-I", "-B", "-m", "pytest", "-q",
        "-p", "no:cacheprovider", "--noconftest",
        "-c", ini, "--rootdir", WORK,
        "--junitxml", report, "-o", "junit_family=xunit1",
    ] + spec.get("test_paths", [])
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": RUN,
        "TMPDIR": RUN,
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
    }
    with open(log_file, "wb") as log:
        rc = subprocess.call(argv, cwd=WORK, env=env, stdin=subprocess.DEVNULL,
                             stdout=log, stderr=subprocess.STDOUT)
    tests = []
    if os.path.exists(report):
        root = ET.parse(report).getroot()
        for case in root.iter("testcase"):
            file = case.get("file") or ""
            classname = case.get("classname") or ""
            name = case.get("name") or ""
            module = file[:-3].replace("/", ".") if file.endswith(".py") else ""
            cls = classname[len(module) + 1:] if module and classname.startswith(module + ".") else ""
            if not file:
                file = classname.replace(".", "/") + ".py"
            test_id = file + "::" + (cls + "::" if cls else "") + name
            outcome, message = "passed", ""
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome = "failed" if child.tag == "failure" else "error"
                    message = first_line(child.get("message") or child.text)
                    break
                if child.tag == "skipped":
                    outcome = "skipped"
                    message = first_line(child.get("message"))
            tests.append({"id": test_id, "file": file, "outcome": outcome, "message": message})
    with open(log_file, "rb") as log:
        tail = log.read()[-4000:].decode("utf-8", "replace")
    return rc, tests, tail


class Metrics(ast.NodeVisitor):
    """Per-function length and cyclomatic complexity (1 + decisions)."""

    DECISIONS = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.With,
                 ast.AsyncWith, ast.IfExp, ast.Assert, ast.comprehension)

    def __init__(self):
        self.functions = []

    def visit_FunctionDef(self, node):
        self.functions.append((node.name, node.end_lineno - node.lineno + 1, complexity(node)))
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef


def complexity(function):
    total = 1
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue  # nested functions count on their own
        if isinstance(node, Metrics.DECISIONS):
            total += 1
            if isinstance(node, ast.comprehension):
                total += len(node.ifs)
        elif isinstance(node, ast.BoolOp):
            total += len(node.values) - 1
        elif hasattr(ast, "match_case") and isinstance(node, ast.match_case):
            total += 1
        stack.extend(ast.iter_child_nodes(node))
    return total


def normalized_lines(text):
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("#") or s.startswith(('"""', "'''")):
            continue
        out.append(s)
    return out


def measure(root, files):
    functions = []
    windows = {}
    per_file = {}
    for name in files:
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            tree = ast.parse(text)
        except SyntaxError as e:
            return {"error": "%s:%s: syntax error: %s" % (name, e.lineno, e.msg)}
        visitor = Metrics()
        visitor.visit(tree)
        functions.extend(visitor.functions)
        lines = normalized_lines(text)
        per_file[name] = lines
        for i in range(len(lines) - 2):
            windows.setdefault(tuple(lines[i:i + 3]), []).append((name, i))
    duplicated = set()
    for places in windows.values():
        if len(places) > 1:
            for name, i in places:
                for k in range(3):
                    duplicated.add((name, i + k))
    complexities = [c for _, _, c in functions]
    longest = max(functions, key=lambda f: f[1]) if functions else ("", 0, 0)
    worst = max(functions, key=lambda f: f[2]) if functions else ("", 0, 0)
    return {
        "duplicated_lines": len(duplicated),
        "longest_function": longest[1],
        "longest_function_name": longest[0],
        "max_complexity": max(complexities) if complexities else 0,
        "max_complexity_name": worst[0],
        "mean_complexity": round(sum(complexities) / len(complexities), 2) if complexities else 0,
        "functions": len(functions),
    }


def run_benchmark(bench):
    argv = [sys.executable, "-B", bench["script"]]
    env = {"PATH": "/usr/bin:/bin", "HOME": RUN, "TMPDIR": RUN, "PYTHONHASHSEED": "0",
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=WORK, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=bench["timeout_seconds"])
    wall = time.perf_counter() - started
    out = {"exit": proc.returncode, "wall_seconds": round(wall, 4)}
    lines = [l for l in proc.stdout.decode("utf-8", "replace").splitlines() if l.strip()]
    if proc.returncode != 0 or not lines:
        errors = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        out["error"] = first_line(errors[-1]) if errors else "the benchmark printed nothing"
        return out
    try:
        value = json.loads(lines[-1])[bench["metric"]]
        out["value"] = float(value)
    except (ValueError, KeyError, TypeError):
        out["error"] = "the benchmark's last line is not JSON with '%s'" % bench["metric"]
    return out


def main():
    nonce = sys.stdin.readline().strip()
    sys.stdin.close()
    with open(os.path.join(STAGE, "spec.json"), encoding="utf-8") as f:
        spec = json.load(f)
    shutil.copytree(os.path.join(STAGE, "ws"), WORK)
    result = {}
    rc, tests, tail = run_tests(spec)
    result["pytest_exit"] = rc
    result["tests"] = tests
    result["log_tail"] = tail
    if spec.get("metric_files") is not None:
        result["before"] = measure(os.path.join(STAGE, "starter"), spec["metric_files_before"])
        result["after"] = measure(os.path.join(STAGE, "ws"), spec["metric_files"])
    if spec.get("benchmark"):
        try:
            result["benchmark"] = run_benchmark(spec["benchmark"])
        except subprocess.TimeoutExpired:
            result["benchmark"] = {"error": "the benchmark ran past %s s"
                                   % spec["benchmark"]["timeout_seconds"], "timeout": True}
    sys.stdout.write(nonce + " " + json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
