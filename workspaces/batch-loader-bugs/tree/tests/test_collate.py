from minibatch.collate import pad_batch


def test_rows_are_padded_to_the_longest():
    padded, lengths = pad_batch([[1], [2, 3, 4], [5, 6]])
    assert padded == [[1, 0, 0], [2, 3, 4], [5, 6, 0]]
    assert lengths == [1, 3, 2]
