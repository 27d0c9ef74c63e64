#!/usr/bin/env python3
"""Write the tests of type-inference: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer. Random scripts are seeded, so running this again
reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "TypeChecker"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "type_checker.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


class Script:
    """Calls against a fresh reference instance; `script.infer("1")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = getattr(REFERENCE, CLASS)()
        self.calls: list[dict] = [{"new": CLASS, "args": []}]

    def __getattr__(self, method: str):
        def call(*args):
            result = getattr(self.instance, method)(*args)
            self.calls.append({"call": method, "args": list(args), "expect": result})
            return result

        return call

    def infer_all(self, expressions: list[str]) -> None:
        for expression in expressions:
            self.infer(expression)


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


# Random programs ---------------------------------------------------------------------------------

L1_BUILTINS = ["+", "-", "*", "<", "=", "and", "or", "not"]
L4_BUILTINS = ["cons", "head", "tail", "empty", "pair", "fst", "snd"]
NAMES = ["x", "y", "f", "g", "n", "k", "acc", "x'", "zero?"]


def random_term(rng: random.Random, level: int, depth: int, scope: list[str]) -> str:
    roll = rng.random()
    builtins = L1_BUILTINS + (L4_BUILTINS if level >= 4 else [])
    if depth == 0 or roll < 0.25:
        choices = [str(rng.randint(-9, 99)), rng.choice(["true", "false"]), rng.choice(builtins)]
        if scope:
            choices += [rng.choice(scope)] * 3
        if level >= 4:
            choices.append("[]")
        return rng.choice(choices)
    if roll < 0.35:
        return f"(if {random_term(rng, level, depth - 1, scope)} {random_term(rng, level, depth - 1, scope)} " \
               f"{random_term(rng, level, depth - 1, scope)})"
    if level >= 2 and roll < 0.55:
        params = rng.sample(NAMES, rng.randint(1, 2))
        return f"(fn ({' '.join(params)}) {random_term(rng, level, depth - 1, scope + params)})"
    if level >= 3 and roll < 0.65:
        name = rng.choice(NAMES)
        keyword = rng.choice(["let", "let", "letrec"])
        inner = scope + [name] if keyword == "letrec" else scope
        return f"({keyword} {name} {random_term(rng, level, depth - 1, inner)} " \
               f"{random_term(rng, level, depth - 1, scope + [name])})"
    if level >= 4 and roll < 0.72:
        items = [random_term(rng, level, depth - 1, scope) for _ in range(rng.randint(0, 3))]
        return "[" + " ".join(items) + "]"
    function = rng.choice(builtins + scope) if rng.random() < 0.7 else random_term(rng, level, depth - 1, scope)
    args = [random_term(rng, level, depth - 1, scope) for _ in range(rng.randint(1, 2))]
    return f"({function} {' '.join(args)})"


def random_programs(rng: random.Random, level: int, count: int, depth: int) -> list[str]:
    """Random programs, about half of which type-check."""
    good, bad = [], []
    while len(good) + len(bad) < count:
        text = random_term(rng, level, depth, [])
        ok = not REFERENCE.TypeChecker().infer(text).startswith("error")
        if ok and len(good) < count // 2:
            good.append(text)
        elif not ok and len(bad) < count - count // 2:
            bad.append(text)
    programs = good + bad
    rng.shuffle(programs)
    return [respace(rng, p) for p in programs]


def respace(rng: random.Random, text: str) -> str:
    """The same program with some of its spaces widened into runs of spaces, tabs and newlines."""
    if rng.random() < 0.7:
        return text
    return "".join(rng.choice([" ", "  ", "\n", "\t ", " "]) if ch == " " else ch for ch in text)


# Level 1 -----------------------------------------------------------------------------------------


def level_1() -> None:
    s = Script("literals, builtins, if, and the first errors")
    s.infer_all(["42", "(+ 1 2)", "(+ 1)", "<", "(if (< 1 2) (not false) true)", "(if 1 2 3)",
                 "(if true 1 false)", "(not true false)", "(+ x 1)", "(not 1 x)", "(if true 1)"])
    write(1, "sample", "01-basics", s)

    s = Script("every builtin, alone and applied")
    for name in L1_BUILTINS:
        s.infer(name)
    s.infer_all(["(- 5 7)", "(* 2 3)", "(< 1 2)", "(= 1 1)", "(and true false)", "(or false false)",
                 "(not true)", "(and true)", "(= 1)", "(- 0)"])
    write(1, "secret", "01-builtins", s)

    s = Script("integer and boolean literals; tokens that are not literals or names")
    s.infer_all(["0", "-0", "-12", "007", "123456789", "true", "false", "-", "1.5", "#t", "\"s\"", "x.y",
                 "1a", "--1", "True", "'", "tru"])
    write(1, "secret", "02-literals", s)

    s = Script("if: the condition first, then both branches")
    s.infer_all(["(if true 1 2)", "(if false true false)", "(if (= 1 2) (+ 1 2) (* 3 4))",
                 "(if (if true false true) 1 2)", "(if (if 1 2 3) x y)", "(if true x 1)", "(if true 1 x)",
                 "(if 1 x y)", "(if true (+ 1) (- 2))", "(if true + <)", "(if true not not)",
                 "(if true (+ 1 2) (< 1 2))", "(if x 1 2)"])
    write(1, "secret", "03-if", s)

    s = Script("application: currying, over-application, non-functions, argument order")
    s.infer_all(["(+ 1 2)", "((+ 1) 2)", "(((+ 1)) 2)", "(+ 1 2 3)", "(1 2)", "(true false)",
                 "(+ true 1)", "(+ 1 true)", "(< 1 false)", "(and 1 x)", "(and x 1)", "(not (not (not true)))",
                 "(+ (+ 1 2) (* 3 (- 4 5)))", "(= (< 1 2) true)", "(x y)", "((not true) 1)", "(+ (not 1) y)",
                 "(+ y (not 1))"])
    write(1, "secret", "04-application", s)

    s = Script("syntax errors win over every other error")
    s.infer_all(["", "   ", "(", ")", "()", "(+ 1 2", "+ 1 2)", "(+ 1 2))", "1 2", "(if)", "(if true)",
                 "(if true 1)", "(if true 1 2 3)", "(if 1 x)", "(+ x 1.5)", "((+ 1 2)", "(x", "(not true) (not 1)",
                 "(let)", "(fn)"])
    write(1, "secret", "05-syntax", s)

    s = Script("whitespace of any kind separates tokens")
    s.infer_all(["  (+ 1 2)  ", "(+\t1\n2)", "(\nif true\n 1\n 2)", "(+1 2)", "(+ 1 2)\n", "( not  true )"])
    write(1, "secret", "06-whitespace", s)

    rng = random.Random(101)
    s = Script("random level-1 programs")
    s.infer_all(random_programs(rng, 1, 150, 4))
    write(1, "secret", "07-random", s)


# Level 2 -----------------------------------------------------------------------------------------


def level_2() -> None:
    s = Script("functions, type variables, unification and the occurs check")
    s.infer_all(["(fn (x) x)", "(fn (x) (+ x 1))", "(fn (f x) (f x))", "(fn (f g x) (f (g x)))", "(fn (x) (x x))",
                 "(let y 5 (fn (x) (< x y)))", "(fn (x) (if x x 1))", "(fn (x) y)", "(fn x x)"])
    write(2, "sample", "01-functions", s)

    s = Script("type variables are named in order of first appearance")
    s.infer_all(["(fn (x y) x)", "(fn (x y) y)", "(fn (x y z) z)", "(fn (f) (fn (x) (f x)))",
                 "(fn (x y z) (x z (y z)))", "(fn (f x y) (f y x))", "(fn (a b c d) (d c b a))",
                 "(fn (f g) (fn (x) (g (f x))))", "(fn (x) (fn (y) (fn (z) (y (x z)))))", "(fn (g) (g 1 true))"])
    write(2, "secret", "01-naming", s)

    s = Script("constraints from uses fix the types of parameters")
    s.infer_all(["(fn (x) (not x))", "(fn (x y) (+ x y))", "(fn (x y) (if x y 0))", "(fn (f) (f 1))",
                 "(fn (f) (+ (f 1) 2))", "(fn (f) (not (f (f true))))", "(fn (f) (f (f 1)))",
                 "(fn (x) (if true x (+ 1 2)))", "(fn (f x) (if (f x) x (+ x 1)))", "(fn (x y) (if x y x))",
                 "(fn (f) (and (f 1) (f 2)))", "(fn (f) (f (f 1) true))"])
    write(2, "secret", "02-constraints", s)

    s = Script("infinite types")
    s.infer_all(["(fn (x) (x x))", "(fn (f) (f f))", "(fn (f x) (f x f))", "(fn (x y) (x (y x) y))",
                 "(fn (f) (fn (x) (f (f x) f)))", "(fn (x) (if true x (fn (y) x)))", "(fn (f) (f (fn (y) (f y))))"])
    write(2, "secret", "03-infinite", s)

    s = Script("scopes: parameters hide outer names and builtins; unbound names")
    s.infer_all(["(fn (+) +)", "(fn (+) (+ 1))", "(fn (not) (not 1))", "(fn (x) (fn (x) x))",
                 "(fn (x x) x)", "(fn (x) (fn (y) (+ x y)))", "(fn (x) z)", "(fn (f) (f g))",
                 "((fn (x) x) y)", "(let x 1 x)", "(let x 1 y)", "(let x (fn (y) y) (x 1))", "(let x x 1)",
                 "(let x 1 (let x true x))", "(fn (y) (let x y (+ x 1)))", "(let f (fn (x) (+ x 1)) (f (f 2)))"])
    write(2, "secret", "04-scopes", s)

    s = Script("application order: the function, then each argument and its check, left to right")
    s.infer_all(["((fn (x) x) 1)", "((fn (x y) x) 1 true)", "((fn (x y) y) 1 true)", "((fn (f) (f 1)) not)",
                 "((fn (f) (f 1)) (+ 1))", "((fn (x) (+ x 1)) true z)", "((fn (x) (+ x 1)) z true)",
                 "(z ((fn (x) (+ x 1)) true))", "((fn (f) (f true)) (fn (x) (+ x 1)))", "(fn (x) (x 1 x))",
                 "(fn (x) (x x 1))"])
    write(2, "secret", "05-application-order", s)

    s = Script("syntax errors in the new forms")
    s.infer_all(["(fn x x)", "(fn () 1)", "(fn (1) 1)", "(fn (x))", "(fn (x) x x)", "(fn (x y)", "(let x 1)",
                 "(let 1 2 3)", "(let x 1 2 3)", "(let (x) 1 x)", "(fn (if) 1)", "(fn (true) 1)", "(let fn 1 fn)",
                 "(fn ((x)) x)", "(let letrec 1 2)"])
    write(2, "secret", "06-syntax", s)

    s = Script("two function types unify parameter first, then result: which error comes first")
    s.infer_all(["(fn (f g x) (if (g (x g)) g x))", "(fn (f g x) (if (x (g x)) x g))",
                 "(fn (f g x) (if (f (x f 1)) x f))", "(fn (f g x) (if f (x (x g f)) x))",
                 "(fn (f g x) (if g f (f (f x g))))", "(fn (f g x) (x (x (g true) g) x))",
                 "(fn (f g x) (f (f (f g) (g x 1))))", "(fn (f g x) (if (g (f g)) x (f f)))",
                 "(fn (k g) (if (k g g) (g false) (k k)))", "(fn (f g x) (x (x f (f 1)) (x x)))"])
    write(2, "secret", "07-unification-order", s)

    rng = random.Random(201)
    s = Script("random level-2 programs")
    s.infer_all(random_programs(rng, 2, 200, 4))
    write(2, "secret", "08-random", s)


# Level 3 -----------------------------------------------------------------------------------------


def level_3() -> None:
    s = Script("polymorphic let, letrec, and definitions")
    s.infer("(let id (fn (x) x) (if (id true) (id 1) 2))")
    s.infer("(fn (f) (if (f true) (f 1) 2))")
    s.infer("(fn (y) (let f (fn (x) y) (f 1)))")
    s.infer("(letrec fact (fn (n) (if (= n 0) 1 (* n (fact (- n 1))))) fact)")
    s.define("twice", "(fn (f x) (f (f x)))")
    s.infer("(twice not)")
    s.infer("(twice (+ 1) 5)")
    s.define("oops", "(+ 1 true)")
    s.infer("oops")
    s.define("not", "(fn (x) x)")
    s.infer("(not 1)")
    s.define("if", "1")
    write(3, "sample", "01-polymorphism", s)

    s = Script("generalization: only variables that are not in scope")
    s.infer_all(["(let id (fn (x) x) (id id))", "(let id (fn (x) x) ((id id) 1))",
                 "(let k (fn (x y) x) (k (k 1 true) false))", "(fn (y) (let f (fn (x) y) (if (f 1) (f true) false)))",
                 "(fn (y) (let f (fn (x) (+ x y)) f))", "(fn (y) (let g y (g 1)))", "(fn (y) (let g y (if (g 1) (g true) 1)))",
                 "(let f (fn (x) x) (let g f (if (g true) (g 1) (f 2))))",
                 "(let compose (fn (f g x) (f (g x))) (compose not (< 1)))", "(let c (fn (x) (fn (y) x)) (c 1 true))",
                 "(fn (a) (let b (fn (c) (a c)) b))", "(let x 1 (let y x (+ x y)))"])
    write(3, "secret", "01-generalization", s)

    s = Script("letrec: recursion is monomorphic inside, generic outside")
    s.infer_all(["(letrec f (fn (n) (f n)) f)", "(letrec f (fn (n) (if (= n 0) 0 (f (- n 1)))) f)",
                 "(letrec loop (fn (x) (loop x)) (if (loop 1) (loop 2) 3))",
                 "(letrec loop (fn (x) (loop x)) (if (loop true) (loop 2) (loop false)))",
                 "(letrec f (fn (x) (if true x (f 1))) f)", "(letrec f (fn (x) (if (f true) x x)) (f 1))",
                 "(letrec f (fn (x) (f f)) f)", "(letrec x (+ x 1) x)", "(letrec even (fn (n) (if (= n 0) true (not (even (- n 1))))) even)",
                 "(let f (fn (n) (f n)) 1)", "(letrec f 1 (f 2))"])
    write(3, "secret", "02-letrec", s)

    s = Script("definitions persist, are generic, replace each other, and bind nothing on error")
    s.define("id", "(fn (x) x)")
    s.infer("(id 1)")
    s.infer("(if (id true) (id 1) 2)")
    s.define("const", "(fn (x y) x)")
    s.define("one", "(const 1 true)")
    s.infer("one")
    s.define("one", "(const true 1)")
    s.infer("(+ one 1)")
    s.define("two", "(+ one one)")
    s.infer("two")
    s.define("compose", "(fn (f g x) (f (g x)))")
    s.define("inc2", "(compose (+ 1) (+ 1))")
    s.infer("(inc2 5)")
    s.define("self", "(self 1)")
    s.define("bad", "(fn (x) (x x))")
    s.infer("bad")
    s.define("id", "(fn (x) (+ x 1))")
    s.infer("(id true)")
    s.infer("inc2")
    write(3, "secret", "03-definitions", s)

    s = Script("definitions may hide builtins; names must be valid")
    s.define("+", "(fn (x y) (and x y))")
    s.infer("(+ true false)")
    s.infer("(+ 1 2)")
    s.infer("(- 1 2)")
    for name in ["if", "fn", "let", "letrec", "true", "false", "1x", "", "a b", "(x)", "1", "x.y"]:
        s.define(name, "1")
    s.define("ok?", "(fn (x) (< 0 x))")
    s.infer("(ok? 3)")
    s.define("z", "(fn (x) y)")
    s.define("w", "(if)")
    s.infer("z")
    write(3, "secret", "04-define-names", s)

    s = Script("inside its own definition, a name still means what it meant before")
    s.define("n", "1")
    s.define("n", "(< n 2)")
    s.infer("n")
    s.define("not", "(fn (x) (not (not x)))")
    s.infer("(not true)")
    s.infer("(not 1)")
    s.define("id", "(fn (x) x)")
    s.define("id", "(id id)")
    s.infer("(id 1)")
    s.define("+", "(fn (x) (+ x x))")
    s.infer("(+ 2)")
    s.define("loop", "(fn (x) (loop x))")
    s.infer("loop")
    write(3, "secret", "07-own-name-inside-definition", s)

    rng = random.Random(301)
    s = Script("random level-3 programs")
    s.infer_all(random_programs(rng, 3, 200, 4))
    write(3, "secret", "05-random", s)

    rng = random.Random(302)
    s = Script("random definitions that build on each other")
    defined: list[str] = []
    for i in range(40):
        body = random_term(rng, 3, 3, [])
        if defined and rng.random() < 0.6:
            body = f"({rng.choice(defined)} {body})"
        if not s.define(f"d{i}", respace(rng, body)).startswith("error"):
            defined.append(f"d{i}")
        if rng.random() < 0.5:
            s.infer(f"d{rng.randrange(i + 1)}")
    write(3, "secret", "06-random-definitions", s)


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("lists and pairs")
    s.infer_all(["[1 2 3]", "[]", "[1 true]", "(cons 1 [])", "[(fn (x) x) not]", "(fn (p) (pair (snd p) (fst p)))",
                 "(letrec len (fn (l) (if (empty l) 0 (+ 1 (len (tail l))))) len)"])
    s.define("map", "(letrec map (fn (f l) (if (empty l) [] (cons (f (head l)) (map f (tail l))))) map)")
    s.infer("(map (fn (x) (pair x x)) [1 2])")
    s.infer("(fn (x) (cons x x))")
    s.infer("[1 2")
    write(4, "sample", "01-lists-and-pairs", s)

    s = Script("the new builtins and how their types print")
    for name in L4_BUILTINS:
        s.infer(name)
    s.infer_all(["(cons 1)", "(pair 1)", "(pair 1 true)", "(pair (pair 1 2) [true])", "(fst (pair 1 true))",
                 "(snd (pair 1 true))", "(head [[1]])", "(tail [])", "(empty [])", "[[]]", "[[1] []]", "[(pair 1 2)]",
                 "(pair + not)", "[+ -]", "(fn (x) [x])", "(fn (f) [(f 1)])", "(pair [] [])"])
    write(4, "secret", "01-builtins-and-printing", s)

    s = Script("list literals: one element type, checked left to right")
    s.infer_all(["[1]", "[true false true]", "[1 2 x]", "[x 1 true]", "[1 true x]", "[[1] [true]]", "[(+ 1) (- 2) +]",
                 "[not (fn (x) x) (fn (x) (+ x 1))]", "(fn (x y) [x y])", "(fn (x) [x (+ x 1)])", "(fn (x) [x [x]])",
                 "[ 1 2 ]", "[1[2]]", "[]]", "[[]", "]", "[(]", "(+ [1] 2)", "(if [] 1 2)", "(head 1)", "(fst [1])"])
    write(4, "secret", "02-list-literals", s)

    s = Script("unification inside lists and pairs, and the occurs check")
    s.infer_all(["(fn (x) (cons x x))", "(fn (l) (cons l l))", "(fn (p) (pair p (fst p)))", "(fn (p) (fst (fst p)))",
                 "(fn (l) (head (head l)))", "(fn (l) (if (empty l) (head l) 0))", "(fn (x) (if true [x] x))",
                 "(fn (x) (if true (pair x 1) x))", "(fn (p q) (if true (pair p q) (pair q p)))",
                 "(fn (l) (cons (pair 1 true) l))", "(fn (f) (f [1] (pair true [])))", "(fn (x) [(pair x x) (pair 1 true)])"])
    write(4, "secret", "03-unification", s)

    s = Script("polymorphic list functions")
    s.define("length", "(letrec len (fn (l) (if (empty l) 0 (+ 1 (len (tail l))))) len)")
    s.define("map", "(letrec map (fn (f l) (if (empty l) [] (cons (f (head l)) (map f (tail l))))) map)")
    s.define("foldl", "(letrec fold (fn (f acc l) (if (empty l) acc (fold f (f acc (head l)) (tail l)))) fold)")
    s.define("zip", "(letrec zip (fn (a b) (if (or (empty a) (empty b)) [] (cons (pair (head a) (head b)) (zip (tail a) (tail b))))) zip)")
    s.define("swap", "(fn (p) (pair (snd p) (fst p)))")
    s.infer_all(["(length [true])", "(map length [[1] []])", "(foldl + 0 [1 2 3])", "(foldl (fn (acc x) (cons x acc)) [] [1 2])",
                 "(zip [1 2] [true false])", "(map swap (zip [1] [true]))", "(map fst)", "(foldl and true [1])",
                 "(fn (f) (map f (map f [1])))", "(map map)", "(length length)"])
    write(4, "secret", "04-library", s)

    rng = random.Random(401)
    s = Script("random level-4 programs")
    s.infer_all(random_programs(rng, 4, 200, 4))
    write(4, "secret", "05-random", s)

    rng = random.Random(402)
    s = Script("more random level-4 programs, deeper")
    s.infer_all(random_programs(rng, 4, 150, 5))
    write(4, "secret", "06-random-deep", s)


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
