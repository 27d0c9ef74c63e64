"""An in-memory dataset of (input, label) pairs."""

import random


class ArrayDataset:
    def __init__(self, inputs, labels):
        if len(inputs) != len(labels):
            raise ValueError("inputs and labels differ in length: %d vs %d" % (len(inputs), len(labels)))
        self.inputs = list(inputs)
        self.labels = list(labels)

    def __len__(self):
        return len(self.inputs)

    def __getitem__(self, i):
        return self.inputs[i], self.labels[i]

    def shuffled(self, seed):
        """A copy with the examples in a random order fixed by seed."""
        rng = random.Random(seed)
        inputs = list(self.inputs)
        labels = list(self.labels)
        rng.shuffle(inputs)
        random.Random(seed).shuffle(labels)
        return ArrayDataset(inputs, labels)
