import math

from minibatch.dataset import ArrayDataset
from minibatch.loader import BatchLoader
from minibatch.sampler import EpochSampler


def data(n):
    return ArrayDataset(list(range(n)), [i * 10 for i in range(n)])


def test_len_agrees_with_iteration():
    for n, b in [(10, 4), (9, 3), (1, 5), (7, 7)]:
        loader = BatchLoader(data(n), b)
        assert len(loader) == math.ceil(n / b) == len(list(loader))


def test_drop_last_keeps_only_full_batches():
    loader = BatchLoader(data(10), 4, drop_last=True)
    assert len(loader) == 2
    assert [len(b) for b in loader] == [4, 4]


def test_every_example_once_per_epoch_when_shuffled():
    loader = BatchLoader(data(23), 5, shuffle=True, seed=3)
    seen = [x for batch in loader for x, _ in batch]
    assert sorted(seen) == list(range(23))


def test_epochs_give_different_orders():
    s = EpochSampler(50, seed=1)
    s.set_epoch(0)
    first = s.indices()
    s.set_epoch(1)
    second = s.indices()
    assert sorted(first) == sorted(second) == list(range(50))
    assert first != second


def test_same_seed_and_epoch_repeat():
    a, b = EpochSampler(30, seed=7), EpochSampler(30, seed=7)
    a.set_epoch(4)
    b.set_epoch(4)
    assert a.indices() == b.indices()


def test_shuffled_keeps_pairs_together():
    ds = data(40).shuffled(seed=5)
    assert all(label == x * 10 for x, label in (ds[i] for i in range(len(ds))))
    assert [ds[i][0] for i in range(40)] != list(range(40))
