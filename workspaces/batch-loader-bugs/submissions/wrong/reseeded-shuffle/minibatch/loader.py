"""Group a dataset's examples into batches."""

from minibatch.sampler import EpochSampler


class BatchLoader:
    def __init__(self, dataset, batch_size, drop_last=False, shuffle=False, seed=0):
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1, was %d" % batch_size)
        self.dataset = dataset
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = EpochSampler(len(dataset), seed=seed, shuffle=shuffle)

    def set_epoch(self, epoch):
        self.sampler.set_epoch(epoch)

    def __len__(self):
        return -(-len(self.dataset) // self.batch_size)

    def __iter__(self):
        order = self.sampler.indices()
        for b in range(len(self)):
            chunk = order[b * self.batch_size : (b + 1) * self.batch_size]
            yield [self.dataset[i] for i in chunk]
