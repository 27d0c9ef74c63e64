from pairs.count import count_pairs


def test_repeated_values_pair_up():
    assert count_pairs([2, 2, 2], 4) == 3


def test_no_values():
    assert count_pairs([], 1) == 0
