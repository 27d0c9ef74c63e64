from pairs.count import count_pairs


def test_two_pairs():
    assert count_pairs([1, 2, 3, 4], 5) == 2
