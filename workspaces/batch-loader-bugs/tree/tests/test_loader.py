from minibatch.dataset import ArrayDataset
from minibatch.loader import BatchLoader


def data(n):
    return ArrayDataset(list(range(n)), [i % 2 for i in range(n)])


def test_full_batches_when_n_divides():
    batches = list(BatchLoader(data(8), 4))
    assert [len(b) for b in batches] == [4, 4]


def test_the_last_batch_may_be_short():
    batches = list(BatchLoader(data(10), 4))
    assert [len(b) for b in batches] == [4, 4, 2]
