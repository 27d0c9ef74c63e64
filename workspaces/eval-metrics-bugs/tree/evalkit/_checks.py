"""Argument checks shared by the metrics."""


def same_length(a, b, what="inputs"):
    if len(a) != len(b):
        raise ValueError("%s differ in length: %d vs %d" % (what, len(a), len(b)))


def binary(y):
    bad = [v for v in y if v not in (0, 1)]
    if bad:
        raise ValueError("labels must be 0 or 1, found %r" % bad[0])
