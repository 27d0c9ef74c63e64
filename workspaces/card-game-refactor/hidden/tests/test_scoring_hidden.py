from cardgame.scoring import score_hand, score_round


def test_two_aces():
    assert score_hand(["AH", "AD"]) == 12 + 2
    assert score_hand(["AH", "AD", "9C"]) == 21 + 2


def test_three_of_a_rank_are_three_pairs():
    assert score_hand(["4H", "4D", "4C"]) == 12 + 6


def test_flush_needs_every_card_of_one_suit():
    assert score_hand(["2S", "3S", "4S", "5D"]) == 14
    assert score_hand(["2S", "3S", "4S", "5S"]) == 14 + 5
    assert score_hand(["2S", "3S"]) == 5


def test_bonus_does_not_save_a_bust_nor_count_into_it():
    assert score_hand(["KS", "QS", "2S"]) == 0
    assert score_hand(["10S", "9S", "2S"]) == 21 + 5


def test_everyone_busts_or_nobody_plays():
    assert score_round({"a": ["KH", "QH", "9H"]}) == {"scores": {"a": 0}, "winners": []}
    assert score_round({}) == {"scores": {}, "winners": []}
