"""The order of examples in an epoch."""

import random


class EpochSampler:
    def __init__(self, n, seed=0, shuffle=True):
        self.n = n
        self.seed = seed
        self.shuffle = shuffle
        self.epoch = 0

    def set_epoch(self, epoch):
        self.epoch = epoch

    def indices(self):
        order = list(range(self.n))
        if self.shuffle:
            random.Random(self.seed).shuffle(order)
        return order
