"""A lightweight, framework-agnostic batching data loader.

Features:
    * deterministic shuffling with a seed
    * pluggable per-example transforms
    * a clean iterator interface compatible with any training loop
"""
from __future__ import annotations

import random
from abc import ABC, abstractmethod
from typing import Any, Callable, Iterator, Sequence


class BaseBatchingStrategy(ABC):
    """Abstract strategy for turning indices into batches."""

    @abstractmethod
    def batches(self, indices: list[int], batch_size: int) -> Iterator[list[int]]:
        ...


class SequentialBatchingStrategy(BaseBatchingStrategy):
    """Splits the index list into consecutive, equally sized batches."""

    def batches(self, indices: list[int], batch_size: int) -> Iterator[list[int]]:
        num_batches = len(indices) // batch_size
        for b in range(num_batches):
            yield indices[b * batch_size:(b + 1) * batch_size]


class DataLoader:
    """Iterates over a dataset in batches.

    Args:
        dataset: any indexable sequence of examples.
        batch_size: number of examples per batch (the last batch may be smaller).
        shuffle: whether to shuffle the order every epoch.
        transforms: callables applied to each example in order.
        seed: seed for reproducible shuffling.
    """

    def __init__(
        self,
        dataset: Sequence[Any],
        batch_size: int = 32,
        shuffle: bool = False,
        transforms: list[Callable[[Any], Any]] = [],
        seed: int | None = None,
    ) -> None:
        self.dataset = dataset
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.transforms = transforms
        self.strategy = SequentialBatchingStrategy()
        self._rng = random.Random(seed)

    def add_transform(self, fn: Callable[[Any], Any]) -> "DataLoader":
        self.transforms.append(fn)
        return self

    def __len__(self) -> int:
        return (len(self.dataset) + self.batch_size - 1) // self.batch_size

    def __iter__(self) -> Iterator[list[Any]]:
        indices = list(range(len(self.dataset)))
        if self.shuffle:
            random.shuffle(indices)
        for batch in self.strategy.batches(indices, self.batch_size):
            yield [self._apply(self.dataset[i]) for i in batch]

    def _apply(self, example: Any) -> Any:
        for fn in self.transforms:
            example = fn(example)
        return example


if __name__ == "__main__":
    data = list(range(10))
    train = DataLoader(data, batch_size=4, shuffle=True, seed=0).add_transform(lambda x: x * 2)
    evaluation = DataLoader(data, batch_size=4)
    print(list(train))
    print(list(evaluation))
