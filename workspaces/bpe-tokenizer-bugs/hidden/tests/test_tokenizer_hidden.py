from tinybpe.encoder import Encoder
from tinybpe.pairs import merge_pair, pair_counts
from tinybpe.trainer import train


def test_the_last_pair_of_a_word_is_counted():
    counts = pair_counts({("x", "y", "</w>"): 1})
    assert counts[("y", "</w>")] == 1
    assert sum(counts.values()) == 2


def test_merges_do_not_overlap():
    assert merge_pair(("a", "a", "a", "a"), ("a", "a")) == ("aa", "aa")
    assert merge_pair(("a", "a", "a"), ("a", "a")) == ("aa", "a")


def test_training_on_a_known_corpus():
    corpus = ["low low low low low lower lower newest newest newest newest newest newest widest widest widest"]
    merges = train(corpus, num_merges=4)
    assert merges == [("e", "s"), ("es", "t"), ("est", "</w>"), ("l", "o")]


def test_encoding_applies_merges_by_rank():
    merges = [("b", "c"), ("a", "b")]
    enc = Encoder(merges)
    # ("b","c") ranks first, so "abc" becomes a + bc, not ab + c.
    assert enc.tokens("abc") == ["a", "bc", "</w>"]


def test_encoding_matches_training_segmentation():
    corpus = ["lowest lowest newest widest low low"]
    merges = train(corpus, num_merges=8)
    enc = Encoder(merges)
    assert enc.tokens("lowest") == ["lowest</w>"]


def test_roundtrip_of_a_sentence():
    enc = Encoder(train(["the cat sat on the mat"], num_merges=6))
    text = "the mat sat"
    assert enc.decode(enc.ids(text)) == text
