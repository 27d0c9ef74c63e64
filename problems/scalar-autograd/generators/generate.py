#!/usr/bin/env python3
"""Write data/sample and data/secret of scalar-autograd from the reference solution.

Each test builds an expression through Graph calls, runs backward, and reads gradients. Every
gradient is also checked here against central finite differences of the same expression evaluated
with plain floats, so the expected values do not rest on the reference alone.
Run from anywhere with /usr/bin/python3; the output is the same on every run (fixed seeds).
"""
import math
import random

from testkit import Test, load_reference, write_tests

ref = load_reference("submissions/accepted/autograd.py")

FLOAT_OPS = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b, "pow": lambda a, k: a ** k, "neg": lambda a: -a,
    "exp": math.exp, "log": math.log, "tanh": math.tanh, "relu": lambda a: max(a, 0.0),
}


def evaluate(program, root: str, leaf: str | None = None, delta: float = 0.0) -> float:
    """Evaluate the program with plain floats, leaf shifted by delta."""
    env: dict[str, float] = {}
    for op, name, *args in program:
        if op == "value":
            env[name] = args[0] + (delta if name == leaf else 0.0)
        else:
            operands = [env[a] if isinstance(a, str) else a for a in args]
            if op == "pow":
                operands = [env[args[0]], args[1]]
            env[name] = FLOAT_OPS[op](*operands)
    return env[root]


def numeric_grad(program, root: str, name: str, eps: float = 1e-6) -> float:
    """d root / d name by central differences; for an inner node, shift it by rebuilding from a leaf."""
    return (evaluate(program, root, name, eps) - evaluate(program, root, name, -eps)) / (2 * eps)


def build(t: Test, program) -> None:
    for op, name, *args in program:
        t.call(op, name, *args)


def check_grads(t: Test, program, root: str, names) -> None:
    """backward(root), then grad(name) for each name; leaves are verified by finite differences."""
    t.call("backward", root, expect=False)
    leaves = {name for op, name, *_ in program if op == "value"}
    for name in names:
        index = t.call("grad", name)
        if name in leaves:
            numeric = numeric_grad(program, root, name)
            assert math.isclose(t.value(index), numeric, rel_tol=1e-5, abs_tol=1e-6), (name, t.value(index), numeric)


def program_test(description: str, program, root: str, names) -> Test:
    t = Test(ref, description)
    t.new("Graph")
    build(t, program)
    check_grads(t, program, root, names)
    return t


def samples() -> dict:
    program = [("value", "a", 2.0), ("value", "b", -3.0), ("value", "c", 10.0), ("mul", "e", "a", "b"),
               ("add", "d", "e", "c"), ("value", "f", -2.0), ("mul", "L", "d", "f")]
    t = program_test("L = (a * b + c) * f", program, "L", ["a", "b", "c", "d", "e", "f", "L"])
    return {"1-expression": t}


def secrets() -> dict:
    rng = random.Random(15)
    tests = {}

    t = Test(ref, "every operation on its own: forward value and local derivative")
    t.new("Graph")
    cases = [("add", 1.5, -0.5), ("sub", 1.5, -0.5), ("mul", 1.5, -0.5), ("div", 1.5, -0.5)]
    for i, (op, x, y) in enumerate(cases):
        a, b, out = f"a{i}", f"b{i}", f"out{i}"
        program = [("value", a, x), ("value", b, y), (op, out, a, b)]
        build(t, program)
        check_grads(t, program, out, [a, b])
    for i, (op, x, extra) in enumerate([("pow", 1.7, 3), ("pow", 2.0, -1.5), ("pow", 0.8, 0.5), ("neg", 0.3, None),
                                        ("exp", 0.7, None), ("log", 2.5, None), ("tanh", 0.4, None),
                                        ("tanh", -2.0, None), ("relu", 0.9, None), ("relu", -0.9, None),
                                        ("pow", 0.0, 2), ("pow", -1.5, 2.0), ("pow", -2.0, 3.0)]):
        a, out = f"x{i}", f"y{i}"
        program = [("value", a, x), (op, out, a) if extra is None else (op, out, a, extra)]
        build(t, program)
        check_grads(t, program, out, [a])
    tests["01-single-operations"] = t

    tests["02-reused-node"] = program_test(
        "a node used twice: x * x and x + x accumulate both contributions",
        [("value", "x", 3.0), ("mul", "sq", "x", "x"), ("add", "dbl", "x", "x"), ("mul", "out", "sq", "dbl")],
        "out", ["x", "sq", "dbl"])

    tests["03-shared-intermediate"] = program_test(
        "a shared intermediate node: its gradient must be complete before it is passed on",
        [("value", "x", 0.5), ("tanh", "h", "x"), ("mul", "p", "h", 2.0), ("add", "q", "p", "h"),
         ("mul", "r", "q", "h"), ("exp", "out", "r")],
        "out", ["x", "h", "p", "q", "r"])

    tests["04-constants"] = program_test(
        "numbers on either side of an operation",
        [("value", "x", 1.25), ("add", "a", 2.0, "x"), ("sub", "b", 1.0, "x"), ("mul", "c", -3.0, "x"),
         ("div", "d", 1.0, "x"), ("div", "e", "x", 4.0), ("add", "f", "a", "b"), ("add", "g", "c", "d"),
         ("add", "h", "f", "g"), ("add", "out", "h", "e")],
        "out", ["x", "a", "d", "e"])

    program = [("value", "x1", 2.0), ("value", "x2", 0.0), ("value", "w1", -3.0), ("value", "w2", 1.0),
               ("value", "b", 6.881373587019543), ("mul", "x1w1", "x1", "w1"), ("mul", "x2w2", "x2", "w2"),
               ("add", "s", "x1w1", "x2w2"), ("add", "n", "s", "b"), ("tanh", "o", "n")]
    tests["05-neuron"] = program_test("a tanh neuron: o = tanh(x1 w1 + x2 w2 + b)", program, "o",
                                      ["x1", "x2", "w1", "w2", "b", "n", "o"])

    t = Test(ref, "relu at 0 has derivative 0; relu passes gradients only where the input is positive")
    t.new("Graph")
    program = [("value", "z", 0.0), ("relu", "rz", "z"), ("value", "p", 2.0), ("relu", "rp", "p"),
               ("value", "m", -1.0), ("relu", "rm", "m"), ("add", "s", "rz", "rp"), ("add", "out", "s", "rm")]
    build(t, program)
    t.call("backward", "out", expect=False)
    for name in ("z", "p", "m"):
        t.call("grad", name)
    tests["06-relu"] = t

    t = Test(ref, "backward twice gives the same gradients (they are recomputed, not accumulated across calls)")
    t.new("Graph")
    program = [("value", "a", 1.5), ("value", "b", -0.5), ("mul", "c", "a", "b"), ("tanh", "d", "c"),
               ("mul", "out", "d", "a")]
    build(t, program)
    check_grads(t, program, "out", ["a", "b"])
    check_grads(t, program, "out", ["a", "b", "c", "out"])
    tests["07-backward-twice"] = t

    t = Test(ref, "a chain of 400 operations (deep graphs)")
    t.new("Graph")
    program = [("value", "x0", 0.3)]
    for i in range(1, 401):
        op = ("tanh", f"x{i}", f"x{i - 1}") if i % 2 else ("mul", f"x{i}", f"x{i - 1}", 1.5)
        program.append(op)
    for op in program:
        t.call(op[0], *op[1:], expect=False)
    t.call("data", "x400")
    check_grads(t, program, "x400", ["x0", "x200"])
    tests["08-deep-chain"] = t

    t = Test(ref, "a tiny network: 3 inputs, 2 tanh units, 1 output, squared error")
    t.new("Graph")
    program = []
    for j in range(3):
        program.append(("value", f"in{j}", round(rng.uniform(-1, 1), 4)))
    for u in range(2):
        program.append(("value", f"b{u}", round(rng.uniform(-1, 1), 4)))
        acc = f"b{u}"
        for j in range(3):
            program.append(("value", f"w{u}{j}", round(rng.uniform(-1, 1), 4)))
            program.append(("mul", f"p{u}{j}", f"in{j}", f"w{u}{j}"))
            program.append(("add", f"s{u}{j}", acc, f"p{u}{j}"))
            acc = f"s{u}{j}"
        program.append(("tanh", f"h{u}", acc))
    program += [("value", "v0", 0.7), ("value", "v1", -1.2), ("mul", "o0", "h0", "v0"), ("mul", "o1", "h1", "v1"),
                ("add", "y", "o0", "o1"), ("sub", "err", "y", 0.25), ("pow", "loss", "err", 2)]
    build(t, program)
    names = [f"w{u}{j}" for u in range(2) for j in range(3)] + ["b0", "b1", "v0", "v1", "in0"]
    check_grads(t, program, "loss", names)
    tests["09-tiny-network"] = t

    tests["10-softmax-cross-entropy"] = program_test(
        "cross-entropy of a 3-class softmax, built from exp, add, div and log",
        [("value", "z0", 1.0), ("value", "z1", -0.5), ("value", "z2", 2.0), ("exp", "e0", "z0"), ("exp", "e1", "z1"),
         ("exp", "e2", "z2"), ("add", "s01", "e0", "e1"), ("add", "s", "s01", "e2"), ("div", "p1", "e1", "s"),
         ("log", "lp1", "p1"), ("neg", "loss", "lp1")],
        "loss", ["z0", "z1", "z2", "s", "p1"])

    t = Test(ref, "backward from an inner node: gradients of that node, not of the final output")
    t.new("Graph")
    program = [("value", "a", 0.8), ("value", "b", 1.7), ("mul", "c", "a", "b"), ("exp", "d", "c"), ("add", "e", "d", "a")]
    build(t, program)
    check_grads(t, program, "c", ["a", "b", "c"])
    check_grads(t, program, "e", ["a", "b", "c", "d"])
    tests["11-inner-root"] = t

    t = Test(ref, "invalid operations raise")
    t.new("Graph")
    t.call("value", "zero", 0.0)
    t.call("value", "neg", -8.0)
    t.raises("log", "lz", "zero")
    t.raises("log", "ln", "neg")
    t.raises("pow", "root", "neg", 0.5)
    t.call("pow", "cube", "neg", 3)
    t.raises("div", "inv", 1.0, "zero", error="ZeroDivisionError")
    t.raises("pow", "bad", "neg", "2", error="TypeError")
    tests["12-errors"] = t
    return tests


if __name__ == "__main__":
    write_tests("sample", samples())
    write_tests("secret", secrets())
