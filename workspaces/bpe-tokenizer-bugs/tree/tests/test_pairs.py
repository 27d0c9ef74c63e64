from tinybpe.pairs import merge_pair, pair_counts


def test_pairs_are_weighted_by_word_frequency():
    counts = pair_counts({("a", "b", "</w>"): 3})
    assert counts[("a", "b")] == 3


def test_merge_replaces_a_pair_once():
    assert merge_pair(("l", "o", "w"), ("l", "o")) == ("lo", "w")
