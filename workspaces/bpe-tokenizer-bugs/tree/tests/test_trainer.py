from tinybpe.trainer import best_pair, train


def test_first_merge_is_the_most_frequent_pair():
    merges = train(["hug hugs hug pug"], num_merges=1)
    assert merges == [("u", "g")]


def test_ties_go_to_the_pair_that_sorts_first():
    assert best_pair({("b", "c"): 2, ("a", "b"): 2, ("c", "d"): 1}) == ("a", "b")
