#!/usr/bin/env python3
"""Generate the tests of torch-lr-schedule from the reference solution.

Run: /usr/bin/python3 generators/generate.py (from anywhere). Rewrites data/sample and data/secret.
"""
import random

from apitest import Calls, load_module, write_group

ref = load_module("submissions/accepted/schedule.py")


def multipliers(c: Calls, steps, warmup, total, min_ratio):
    for s in steps:
        c.call("lr_multiplier", int(s), warmup, total, min_ratio)


def main() -> None:
    sample = []
    c = Calls(ref)
    multipliers(c, [0, 1, 2, 3, 4, 7, 10, 13, 14, 20], 4, 14, 0.1)
    sample.append(("1-worked-example", "4 warmup steps, 14 in all, floor at 10% of the peak", c.calls))
    c = Calls(ref)
    c.call("lr_trace", [1.0, 0.5], 2, 6, 0.0, 8)
    sample.append(("2-two-groups", "a LambdaLR over two parameter groups with base rates 1.0 and 0.5", c.calls))
    write_group("sample", sample)

    rnd = random.Random(20261206)
    secret = []
    c = Calls(ref)
    multipliers(c, range(0, 12), 5, 10, 0.0)
    secret.append(("01-every-step-short", "every step of a short schedule that decays to zero", c.calls))
    c = Calls(ref)
    multipliers(c, [0, 1, 50, 99, 100], 0, 100, 0.05)
    secret.append(("02-no-warmup", "warmup_steps = 0: step 0 is already at the peak", c.calls))
    c = Calls(ref)
    multipliers(c, [0, 3, 7, 8, 9, 50], 8, 8, 0.2)
    secret.append(("03-warmup-only", "total_steps == warmup_steps: ramp, then the floor at once", c.calls))
    c = Calls(ref)
    multipliers(c, [100, 101, 150, 199, 1000, 10**6], 10, 100, 0.1)
    c.call("lr_trace", [2e-3], 2, 5, 0.1, 12)
    secret.append(("04-past-the-end", "the rate stays at the floor after total_steps (no second cosine)", c.calls))
    c = Calls(ref)
    steps = sorted({rnd.randrange(0, 5200) for _ in range(40)})
    multipliers(c, steps, 200, 5000, 0.1)
    secret.append(("05-random-steps", "random steps over a 5000-step run", c.calls))
    c = Calls(ref)
    c.call("lr_trace", [3e-4, 3e-5, 1e-3], 3, 10, 0.1, 13)
    secret.append(("06-group-base-rates", "three groups: the lambda is a multiplier of each group's own base rate", c.calls))
    c = Calls(ref)
    c.call("lr_trace", [6e-4], 4, 20, 0.0, 22)
    secret.append(("07-scheduler-step-alignment", "step 0 trains at rate 0 and the peak is reached at step warmup_steps", c.calls))
    c = Calls(ref)
    c.call("lr_trace", [0.1], 0, 1, 0.5, 3)
    c.call("lr_trace", [0.1], 1, 1, 0.0, 3)
    c.call("lr_trace", [1.0, 2.0], 0, 0, 0.25, 2)
    secret.append(("08-degenerate-schedules", "one-step schedules and an empty one", c.calls))
    c = Calls(ref)
    c.raises("lr_multiplier", -1, 10, 100, 0.0)
    c.raises("lr_multiplier", 5, -1, 100, 0.0)
    c.raises("lr_multiplier", 5, 10, 9, 0.0)
    c.raises("lr_multiplier", 5, 10, 100, 1.5)
    c.raises("lr_multiplier", 5, 10, 100, -0.1)
    c.raises("lr_trace", [1.0], 10, 5, 0.0, 3)
    secret.append(("09-bad-arguments", "invalid schedules raise ValueError, the scheduler at construction", c.calls))
    write_group("secret", secret)


if __name__ == "__main__":
    main()
