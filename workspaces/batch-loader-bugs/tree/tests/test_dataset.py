from minibatch.dataset import ArrayDataset


def test_indexing_pairs_input_and_label():
    ds = ArrayDataset(["a", "b"], [0, 1])
    assert ds[1] == ("b", 1)
