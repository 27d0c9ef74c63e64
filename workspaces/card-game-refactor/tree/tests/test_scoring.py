import pytest

from cardgame.scoring import score_hand, score_round
from cardgame.table import render


def test_number_and_face_cards():
    assert score_hand(["7H", "KD"]) == 17


def test_an_ace_drops_to_one_to_avoid_a_bust():
    assert score_hand(["AH", "9D", "5C"]) == 15


def test_bust_scores_zero():
    assert score_hand(["KH", "QD", "5C"]) == 0


def test_flush_and_pair_bonuses():
    assert score_hand(["2H", "3H", "4H"]) == 9 + 5
    assert score_hand(["5H", "5D"]) == 10 + 2


def test_bad_cards_are_refused():
    for card in ["1H", "ZZ", "10X", "H"]:
        with pytest.raises(ValueError):
            score_hand([card])


def test_round_and_table():
    hands = {"ana": ["KH", "9D"], "bo": ["10S", "9C"], "cy": ["KH", "QD", "5C"]}
    assert score_round(hands) == {"scores": {"ana": 19, "bo": 19, "cy": 0}, "winners": ["ana", "bo"]}
    assert render(hands).splitlines()[0] == "* ana         19"
