#!/usr/bin/env python3
"""Generate the tests of torch-early-stopping from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import random

from apitest import Calls, load_module, write_group

ref = load_module("submissions/accepted/early_stopping.py")


def steps(c: Calls, args, metrics):
    c.new("EarlyStopping", *args)
    for m in metrics:
        c.call("step", m)
    c.call("summary")


def main() -> None:
    sample = []
    c = Calls(ref)
    example = [1.0, 0.8, 0.85, 0.79, 0.9]
    c.call("train_until_stopped", example + [0.95, 0.7], 2, 0.02, "min", module_level=True)
    steps(c, [2, 0.02, "min"], example)
    sample.append(("1-worked-example", "patience 2, min_delta 0.02: 0.79 is not enough of an improvement on 0.8", c.calls))
    write_group("sample", sample)

    rnd = random.Random(1406)
    secret = []
    c = Calls(ref)
    steps(c, [3, 0.0, "min"], [0.5, 0.6, 0.6, 0.6, 0.6])
    steps(c, [1, 0.0, "min"], [0.5, 0.5])
    secret.append(("01-patience-boundary", "stop on exactly the patience-th epoch without improvement", c.calls))
    c = Calls(ref)
    steps(c, [2, 0.1, "min"], [1.0, 0.95, 0.9, 0.85])
    steps(c, [3, 0.25, "min"], [2.0, 1.75, 1.5, 1.5, 1.2, 1.2, 1.2])
    secret.append(("02-min-delta", "improvements of at most min_delta do not count", c.calls))
    c = Calls(ref)
    steps(c, [2, 0.0, "min"], [1.0, 1.1, 0.9, 1.0, 0.8, 0.85, 0.7, 0.75, 0.76])
    secret.append(("03-patience-resets-on-improvement", "each improvement resets the count of bad epochs", c.calls))
    c = Calls(ref)
    c.call("train_until_stopped", [0.1, 0.4, 0.3, 0.35, 0.2], 2, 0.0, "max", module_level=True)
    steps(c, [2, 0.01, "max"], [0.50, 0.62, 0.70, 0.705, 0.69, 0.71])
    secret.append(("04-mode-max", "mode='max' for accuracy-like metrics", c.calls))
    c = Calls(ref)
    c.call("train_until_stopped", [3.0, 2.5, 2.1, 2.3, 2.2, 2.4, 2.6, 2.0], 4, 0.0, "min", module_level=True)
    secret.append(("05-restores-best-weights", "after stopping, the model holds the weights of the best epoch, not the last", c.calls))
    c = Calls(ref)
    c.call("train_until_stopped", [1.0, 0.4, 0.6, 0.7], 2, 0.0, "min", module_level=True)
    secret.append(("06-restores-buffers", "restoring covers buffers too (batch-norm running mean and variance)", c.calls))
    c = Calls(ref)
    c.call("train_until_stopped", [5.0, 4.0, 3.0], 2, 0.0, "min", module_level=True)
    steps(c, [2, 0.0, "min"], [5.0, 4.0, 3.0, 2.0, 1.0])
    secret.append(("07-never-stops", "a metric that always improves never stops; the best is the last epoch", c.calls))
    # No NaN metrics in the tests for now: the judge hands NaN arguments to Python as the string
    # "NaN" (reported to the lead), which would punish a correct solution.
    c = Calls(ref)
    c.raises("train_until_stopped", [1.0], 0, 0.0, "min")
    c.raises("train_until_stopped", [1.0], 2, -0.1, "min")
    c.raises("train_until_stopped", [1.0], 2, 0.0, "mean")
    secret.append(("08-bad-arguments", "invalid settings raise ValueError", c.calls))
    c = Calls(ref)
    metrics = [round(1.0 / (1 + 0.3 * i) + rnd.uniform(-0.05, 0.05), 4) for i in range(30)]
    c.call("train_until_stopped", metrics, 5, 0.005, "min", module_level=True)
    steps(c, [5, 0.005, "min"], metrics)
    secret.append(("09-noisy-curve", "a noisy validation curve over 30 epochs", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
