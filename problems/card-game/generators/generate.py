#!/usr/bin/env python3
"""Write the tests of card-game: `python3 generators/generate.py` (from any directory).

Each test is a script of calls run against the Python reference solution in submissions/accepted/;
every `expect` is the reference's answer, and a call on which the reference raises is written with
`"raises": true`. Random games are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = "Game"


def load_reference():
    path = ROOT / "submissions" / "accepted" / "card_game.py"
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()
ALL_CARDS = [rank + suit for suit in REFERENCE.SUITS for rank in REFERENCE.RANKS]


class Script:
    """Calls against reference instances; `script.play(0, "QS")` records the call and its answer."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.instance = None
        self.calls: list[dict] = []

    def new(self, players: int, deck: list[str]) -> bool:
        entry = {"new": CLASS, "args": [players, deck]}
        try:
            self.instance = REFERENCE.Game(players, deck)
        except ValueError:
            entry["raises"] = True
            self.calls.append(entry)
            return False
        self.calls.append(entry)
        return True

    def __getattr__(self, method: str):
        def call(*args):
            entry = {"call": method, "args": list(args)}
            try:
                result = getattr(self.instance, method)(*args)
            except ValueError:
                entry["raises"] = True
                self.calls.append(entry)
                return None
            entry["expect"] = result
            self.calls.append(entry)
            return result

        return call


def write(level: int, kind: str, name: str, script: Script) -> None:
    path = ROOT / "data" / f"level-{level}" / kind / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(call) for call in script.calls)
    description = json.dumps(script.description)
    path.write_text(f'{{\n  "description": {description},\n  "calls": [\n{lines}\n  ]\n}}\n')


def deal_deck(hands: list[list[str]], turned: str, rest: list[str]) -> list[str]:
    """The deck that deals `hands` (player 0 first, one card at a time), turns `turned`, then `rest`."""
    deck = [hands[p][i] for i in range(len(hands[0])) for p in range(len(hands))]
    return deck + [turned] + rest


def shuffled_deck(rng: random.Random, size: int = 52) -> list[str]:
    cards = ALL_CARDS[:]
    rng.shuffle(cards)
    return cards[:size]


def random_game(description: str, seed: int, level: int, players: int, steps: int, deck_size: int = 52) -> Script:
    rng = random.Random(seed)
    s = Script(description)
    s.new(players, shuffled_deck(rng, deck_size))
    game = s.instance
    for _ in range(steps):
        if game.winner() is not None:
            if level >= 2 and rng.random() < 0.85:
                s.scores()
                s.standings()
                if rng.random() < 0.1:
                    s.new_round(["AS", "AS"] + ALL_CARDS[:30])  # a bad deck: raises, changes nothing
                s.new_round(shuffled_deck(rng, rng.choice([deck_size, 52, 30])))
                s.current_player()
                continue
            if level >= 4 and rng.random() < 0.7:
                s.undo()
                continue
            break
        player = game.current_player()
        hand = game.hand(player)
        top = REFERENCE.Card.parse(game.top_card())
        suit = game.active_suit()
        legal = [c for c in hand if REFERENCE.Rules.can_play(REFERENCE.Card.parse(c), top, suit)]
        eights = [c for c in hand if c.startswith("8")]
        roll = rng.random()
        if level >= 4 and roll < 0.07:
            s.undo()
        elif roll < 0.1:
            s.play((player + rng.randint(1, players - 1)) % players, rng.choice(ALL_CARDS))  # out of turn
        elif level >= 3 and eights and roll < 0.25:
            s.play_wild(player, rng.choice(eights), rng.choice(["C", "D", "H", "S", "S", "x"]))
        elif legal and roll < 0.9:
            s.play(player, rng.choice(legal))
        elif hand and rng.random() < 0.2:
            s.play(player, rng.choice(hand))  # probably illegal
        else:
            if game.deck_size() == 0 and not any(
                REFERENCE.Rules.can_play(REFERENCE.Card.parse(c), top, suit)
                for p in range(players) for c in game.hand(p)
            ):
                break  # nobody can ever play again: the round is stuck
            s.draw(player)
        if rng.random() < 0.3:
            s.hand(rng.randrange(players))
        if rng.random() < 0.2:
            s.current_player()
            s.top_card()
            s.deck_size()
        if level >= 1 and rng.random() < 0.1:
            s.direction()
        if level >= 3 and rng.random() < 0.15:
            s.active_suit()
    for p in range(players):
        s.hand(p)
    s.current_player()
    s.winner()
    s.deck_size()
    if level >= 2:
        s.scores()
        s.round_number()
    return s


# Level 1 -----------------------------------------------------------------------------------------

SAMPLE_1 = ["QS", "9S", "KS", "2S", "3H", "6H", "AD", "4S", "10C", "7H", "8D", "QD", "5C", "2D", "4H", "7S",
            "3C", "9C", "8H", "5D", "6S", "JH", "10D"]


def level_1() -> None:
    s = Script("skip, draw two and reverse in a 3-player game")
    s.new(3, SAMPLE_1)
    s.play(0, "2S")
    s.hand(1)
    s.current_player()
    s.play(2, "6H")
    s.play(2, "KS")
    s.play(0, "QS")
    s.current_player()
    s.play(2, "QD")
    s.play(1, "2D")
    s.play(0, "AD")
    s.direction()
    s.current_player()
    s.draw(2)
    s.current_player()
    write(1, "sample", "01-action-cards", s)

    s = Script("the engine as it was: setup checks, turns, legality, drawing from an empty pile")
    s.new(1, ALL_CARDS)
    s.new(7, ALL_CARDS)
    s.new(2, ["1H"] + ALL_CARDS[1:])
    s.new(2, ["11S"] + ALL_CARDS[1:])
    s.new(2, ["QX"] + ALL_CARDS[1:])
    s.new(2, ["2C"] + ALL_CARDS[:20])
    s.new(3, ALL_CARDS[:15])
    s.new(2, deal_deck([["3H", "4D", "9C", "JC", "KD"], ["3S", "5S", "6D", "7C", "10H"]], "3C", ["4C"]))
    s.hand(0)
    s.hand(1)
    s.top_card()
    s.deck_size()
    s.play(1, "3S")
    s.play(0, "4D")
    s.play(0, "3X")
    s.play(0, "QH")
    s.play(0, "9C")
    s.draw(0)
    s.draw(1)
    s.play(0, "JC")
    s.draw(1)
    s.current_player()
    s.draw(0)
    s.deck_size()
    s.current_player()
    s.hand(0)
    write(1, "secret", "01-base-engine", s)

    s = Script("two players: a skip or a draw two gives the turn straight back")
    s.new(2, deal_deck([["QH", "2H", "5H", "QC", "KD"], ["9H", "9D", "3S", "4S", "5S"]], "7H",
                       ["6C", "6D", "6H", "6S"]))
    s.play(0, "QH")
    s.current_player()
    s.play(0, "2H")
    s.hand(1)
    s.current_player()
    s.play(0, "5H")
    s.current_player()
    s.play(1, "9H")
    s.play(0, "QC")
    s.current_player()
    write(1, "secret", "02-two-players", s)

    s = Script("reverse with 2 and 4 players; several reverses")
    s.new(4, deal_deck([["AH", "AC", "2C", "5D", "6D"], ["9C", "7C", "8S", "6S", "5H"],
                        ["9H", "7S", "3H", "4C", "JD"], ["KH", "AS", "AD", "10C", "QS"]], "4H",
                       ["2D", "3D", "4D", "7D", "8D", "9D", "10D", "JH"]))
    s.play(0, "AH")
    s.direction()
    s.current_player()
    s.play(3, "KH")
    s.current_player()
    s.play(2, "9H")
    s.current_player()
    s.play(1, "9C")
    s.current_player()
    s.play(0, "AC")
    s.direction()
    s.current_player()
    s.play(0, "2C")
    s.play(1, "7C")
    s.current_player()
    s.play(2, "7S")
    s.current_player()
    s.play(3, "AS")
    s.direction()
    s.current_player()
    s.play(1, "8S")
    s.play(2, "3H")
    s.draw(2)
    s.current_player()
    s.play(1, "8S")
    s.current_player()
    s.new(2, deal_deck([["AH", "AD", "3C", "4C", "5C"], ["9H", "9D", "3S", "4S", "5S"]], "7H", ["6C"]))
    s.play(0, "AH")
    s.direction()
    s.current_player()
    s.play(1, "9H")
    s.current_player()
    write(1, "secret", "03-reverse", s)

    s = Script("draw two with too few cards left, and skipping in the reverse direction")
    s.new(3, deal_deck([["2H", "2D", "QD", "3C", "AH"], ["9H", "9D", "AD", "QH", "5S"],
                        ["KH", "JD", "10D", "4H", "6S"]], "7H", ["3D"]))
    s.play(0, "2H")
    s.hand(1)
    s.deck_size()
    s.current_player()
    s.play(2, "KH")
    s.play(0, "AH")
    s.direction()
    s.current_player()
    s.play(2, "4H")
    s.current_player()
    s.play(1, "9H")
    s.current_player()
    s.play(0, "2D")
    s.hand(2)
    s.current_player()
    s.play(1, "QH")
    s.current_player()
    write(1, "secret", "04-draw-two-and-skip", s)

    s = Script("an action card that wins has no effect; the turned-over card has none either")
    s.new(2, deal_deck([["5H", "5C", "5D", "QD", "2D"], ["9S", "9C", "3S", "4S", "6S"]], "7H",
                       ["AC", "AD", "KC", "KD", "10C", "10D"]))
    s.play(0, "5H")
    s.draw(1)
    s.play(0, "5C")
    s.draw(1)
    s.play(0, "5D")
    s.draw(1)
    s.play(0, "QD")
    s.current_player()
    s.play(0, "2D")
    s.winner()
    s.hand(1)
    s.deck_size()
    s.current_player()
    s.direction()
    s.play(1, "9S")
    s.draw(1)
    s.draw(0)
    s.new(3, deal_deck([["3C", "4C", "5C", "6C", "7C"], ["3D", "4D", "5D", "6D", "7D"], ["3S", "4S", "5S", "6S", "7S"]],
                       "2H", ["JC", "JD"]))
    s.current_player()
    s.hand(1)
    s.deck_size()
    s.new(3, deal_deck([["3C", "4C", "5C", "6C", "7C"], ["3D", "4D", "5D", "6D", "7D"], ["3S", "4S", "5S", "6S", "7S"]],
                       "AH", ["JC", "JD"]))
    s.direction()
    s.current_player()
    s.draw(0)
    s.current_player()
    write(1, "secret", "05-last-card", s)

    for index, (seed, players) in enumerate([(101, 2), (102, 3), (103, 4), (104, 6)], start=6):
        write(1, "secret", f"{index:02d}-random-{players}-players",
              random_game(f"a random {players}-player game", seed, 1, players, 120))


# Level 2 -----------------------------------------------------------------------------------------

SAMPLE_2 = ["5H", "KH", "5S", "AS", "5D", "2D", "5C", "9C", "6C", "8S", "7H", "3D", "QC", "4H", "10S", "JD"]
CLUBS = ["2C", "3C", "4C", "5C", "6C", "7C", "8C", "9C", "10C", "JC", "QC"]


def level_2() -> None:
    s = Script("penalty points and a second round")
    s.new(2, SAMPLE_2)
    s.play(0, "5H")
    s.draw(1)
    s.play(0, "5S")
    s.draw(1)
    s.play(0, "5D")
    s.draw(1)
    s.play(0, "5C")
    s.draw(1)
    s.play(0, "6C")
    s.scores()
    s.standings()
    s.new_round(CLUBS)
    s.round_number()
    s.current_player()
    s.hand(1)
    s.winner()
    s.new_round(CLUBS)
    s.scores()
    write(2, "sample", "01-rounds", s)

    s = Script("every rank's penalty, several losers, standings with ties")
    s.new(4, deal_deck([["3D", "4D", "5D", "6D", "7D"], ["AS", "KS", "QS", "JS", "10S"],
                        ["2S", "3S", "4S", "5S", "6S"], ["8S", "9S", "7S", "AH", "2H"]], "2D",
                       ["8C", "9C", "10C"]))
    s.scores()
    s.standings()
    for card in ["3D", "4D", "5D", "6D"]:
        s.play(0, card)
        for p in (1, 2, 3):
            s.draw(p)
    s.hand(1)
    s.play(0, "7D")
    s.winner()
    s.scores()
    s.standings()
    write(2, "secret", "01-penalties", s)

    s = Script("new_round: only after a round, starters rotate and wrap, dealing starts with the starter")
    s.new(3, deal_deck([["5H", "5S", "5D", "5C", "6C"], ["KH", "KS", "KD", "KC", "QH"], ["2H", "3H", "4H", "9S", "10S"]],
                       "7H", ["JH", "JS", "JD", "JC"]))
    s.new_round(ALL_CARDS)
    s.round_number()
    s.play(0, "5H")
    s.draw(1)
    s.draw(2)
    s.play(0, "5S")
    s.draw(1)
    s.draw(2)
    s.play(0, "5D")
    s.draw(1)
    s.draw(2)
    s.play(0, "5C")
    s.draw(1)
    s.draw(2)
    s.play(0, "6C")
    s.scores()
    s.play(1, "KH")
    s.draw(1)
    s.new_round(["2S", "2S"] + ALL_CARDS[:20])
    s.new_round(["ZZ"] + ALL_CARDS[:20])
    s.new_round(ALL_CARDS[:10])
    s.round_number()
    s.new_round(ALL_CARDS)
    s.round_number()
    s.current_player()
    s.winner()
    for p in range(3):
        s.hand(p)
    s.top_card()
    write(2, "secret", "02-new-round", s)

    s = Script("the direction resets and the starter keeps rotating over several rounds")
    s.new(3, deal_deck([["AH", "3H", "3D", "3C", "3S"], ["4H", "4D", "4C", "4S", "9D"], ["5H", "5D", "5C", "5S", "9C"]],
                       "2H", ["KC", "KD", "KS", "QC", "QD", "QS"]))
    s.play(0, "AH")
    s.direction()
    s.current_player()
    rng = random.Random(201)
    for round_number in range(4):
        game = s.instance
        guard = 0
        while game.winner() is None and guard < 200:
            guard += 1
            p = game.current_player()
            top = REFERENCE.Card.parse(game.top_card())
            legal = [c for c in game.hand(p) if REFERENCE.Rules.can_play(REFERENCE.Card.parse(c), top, game.active_suit())]
            if legal:
                s.play(p, legal[0])
            else:
                s.draw(p)
        s.winner()
        s.scores()
        s.standings()
        if game.winner() is None:
            break
        s.new_round(shuffled_deck(rng, 52))
        s.round_number()
        s.current_player()
        s.direction()
    write(2, "secret", "03-many-rounds", s)

    s = Script("standings: lowest score first, ties by id")
    s.new(3, deal_deck([["5H", "5S", "5D", "5C", "6C"], ["2D", "3D", "4D", "6D", "7D"], ["2S", "3S", "4S", "6S", "7S"]],
                       "7H", []))
    s.play(0, "5H")
    s.draw(1)
    s.draw(2)
    s.play(0, "5S")
    s.draw(1)
    s.draw(2)
    s.play(0, "5D")
    s.draw(1)
    s.draw(2)
    s.play(0, "5C")
    s.draw(1)
    s.draw(2)
    s.deck_size()
    s.play(0, "6C")
    s.scores()
    s.standings()
    write(2, "secret", "04-standings-ties", s)

    for index, (seed, players) in enumerate([(202, 2), (203, 3), (204, 5)], start=5):
        write(2, "secret", f"{index:02d}-random-match-{players}-players",
              random_game(f"a random {players}-player match", seed, 2, players, 120))


# Level 3 -----------------------------------------------------------------------------------------

SAMPLE_3 = ["8H", "9C", "KD", "3S", "8S", "4C", "2H", "JC", "6D", "JS", "5D", "7D", "AH", "10H"]


def level_3() -> None:
    s = Script("wild eights name the suit to follow")
    s.new(2, SAMPLE_3)
    s.active_suit()
    s.play(0, "KD")
    s.play(1, "9C")
    s.play_wild(1, "3S", "C")
    s.draw(1)
    s.play_wild(0, "8H", "S")
    s.top_card()
    s.active_suit()
    s.play(1, "9C")
    s.play(1, "JS")
    s.play_wild(0, "8S", "X")
    s.play(0, "8S")
    s.active_suit()
    s.hand(0)
    write(3, "sample", "01-wild-eights", s)

    s = Script("play_wild refuses what play refuses, non-eights and non-suits")
    s.new(2, deal_deck([["8H", "8C", "3D", "4D", "5D"], ["8S", "9C", "9D", "9H", "9S"]], "KC", ["2C", "2D"]))
    s.play_wild(1, "8S", "H")
    s.play_wild(0, "8S", "H")
    s.play_wild(0, "3D", "H")
    s.play_wild(0, "8X", "H")
    s.play_wild(0, "8H", "h")
    s.play_wild(0, "8H", "")
    s.play_wild(0, "8H", "HH")
    s.play_wild(0, "8H", "X")
    s.hand(0)
    s.current_player()
    s.play_wild(0, "8H", "D")
    s.active_suit()
    s.top_card()
    s.current_player()
    s.play(1, "9H")
    s.play(1, "9D")
    s.active_suit()
    write(3, "secret", "01-validation", s)

    s = Script("matching on a wild eight: the named suit, or the rank 8")
    s.new(3, deal_deck([["8H", "3C", "4C", "5C", "6C"], ["8D", "9S", "9C", "2H", "KD"], ["7S", "7D", "JH", "QC", "AS"]],
                       "KH", ["10S", "10D", "10C"]))
    s.play_wild(0, "8H", "S")
    s.play(1, "9C")
    s.play(1, "8D")
    s.active_suit()
    s.play(2, "7S")
    s.play(2, "7D")
    s.active_suit()
    s.current_player()
    s.play_wild(0, "8H", "C")
    s.draw(0)
    s.play_wild(1, "8D", "H")
    s.hand(1)
    write(3, "secret", "02-matching", s)

    s = Script("a wild eight can win the round; eights in hand still cost 8 points; new rounds reset the suit")
    s.new(2, deal_deck([["8H", "5C", "5D", "5S", "5H"], ["8S", "8C", "8D", "AS", "KS"]], "7H", ["2C", "3C", "4C"]))
    s.play(0, "5H")
    s.draw(1)
    s.play(0, "5S")
    s.draw(1)
    s.play(0, "5D")
    s.draw(1)
    s.play(0, "5C")
    s.play_wild(1, "8C", "D")
    s.active_suit()
    s.play_wild(0, "8H", "S")
    s.winner()
    s.scores()
    s.active_suit()
    s.new_round(deal_deck([["2H", "3H", "4H", "6H", "7H"], ["2S", "3S", "4S", "6S", "7S"]], "9D", []))
    s.active_suit()
    s.top_card()
    s.hand(1)
    write(3, "secret", "03-wild-win-and-rounds", s)

    s = Script("an eight played with play is an ordinary card")
    s.new(2, deal_deck([["8H", "8S", "3C", "4C", "5C"], ["9H", "9S", "2H", "2S", "KD"]], "6H", ["JC", "QC"]))
    s.play(0, "8S")
    s.play(0, "8H")
    s.active_suit()
    s.play(1, "9S")
    s.play(1, "9H")
    s.play(0, "8S")
    s.active_suit()
    s.current_player()
    write(3, "secret", "04-ordinary-eights", s)

    for index, (seed, players) in enumerate([(301, 2), (302, 3), (303, 4)], start=5):
        write(3, "secret", f"{index:02d}-random-{players}-players",
              random_game(f"a random {players}-player match with wild eights", seed, 3, players, 120))


# Level 4 -----------------------------------------------------------------------------------------


def level_4() -> None:
    s = Script("undo plays, draws, a winning play and a new round")
    s.new(2, SAMPLE_2)
    s.undo()
    s.play(0, "5H")
    s.draw(1)
    s.play(0, "5S")
    s.undo()
    s.hand(0)
    s.current_player()
    s.play(0, "5S")
    s.draw(1)
    s.play(0, "5D")
    s.draw(1)
    s.play(0, "5C")
    s.draw(1)
    s.play(0, "6C")
    s.scores()
    s.new_round(CLUBS)
    s.undo()
    s.round_number()
    s.winner()
    s.undo()
    s.winner()
    s.scores()
    s.hand(0)
    s.play(0, "6C")
    s.scores()
    write(4, "sample", "01-undo", s)

    s = Script("refused calls are not undone; undo stops at the start of the game")
    s.new(3, SAMPLE_1)
    s.undo()
    s.play(1, "9S")
    s.play(0, "KH")
    s.draw(2)
    s.play_wild(0, "7H", "S")
    s.new_round(ALL_CARDS)
    s.undo()
    s.play(0, "2S")
    s.play(2, "KS")
    s.undo()
    s.undo()
    s.undo()
    s.hand(0)
    s.hand(1)
    s.current_player()
    s.deck_size()
    write(4, "secret", "01-what-is-undone", s)

    s = Script("undo restores the draw pile, hands, turn and direction after action cards")
    s.new(3, SAMPLE_1)
    s.play(0, "2S")
    s.play(2, "KS")
    s.play(0, "QS")
    s.play(2, "QD")
    s.play(1, "2D")
    s.play(0, "AD")
    s.direction()
    s.undo()
    s.direction()
    s.current_player()
    s.undo()
    s.hand(2)
    s.deck_size()
    s.current_player()
    s.draw(1)
    s.hand(1)
    s.undo()
    s.undo()
    s.current_player()
    s.top_card()
    s.play(0, "QS")
    s.current_player()
    write(4, "secret", "02-actions", s)

    s = Script("undo of a draw from an empty pile gives the turn back; undo of a wild eight restores the suit")
    s.new(2, deal_deck([["8H", "3C", "4C", "5C", "6C"], ["9S", "9D", "2H", "KS", "QD"]], "KH", []))
    s.deck_size()
    s.draw(0)
    s.current_player()
    s.undo()
    s.current_player()
    s.play_wild(0, "8H", "D")
    s.active_suit()
    s.play(1, "9D")
    s.undo()
    s.undo()
    s.active_suit()
    s.top_card()
    s.hand(0)
    s.play_wild(0, "8H", "S")
    s.play(1, "9D")
    s.play(1, "9S")
    s.active_suit()
    write(4, "secret", "03-empty-pile-and-wilds", s)

    s = Script("undo everything, then play the game differently")
    s.new(2, SAMPLE_2)
    for call in [("play", 0, "5H"), ("draw", 1), ("play", 0, "5S"), ("draw", 1), ("play", 0, "5D"), ("draw", 1),
                 ("play", 0, "5C"), ("draw", 1), ("play", 0, "6C")]:
        getattr(s, call[0])(*call[1:])
    s.new_round(CLUBS)
    s.play(1, "2C")
    count = 0
    while s.undo():
        count += 1
        if count > 20:
            break
    s.round_number()
    s.scores()
    s.hand(0)
    s.hand(1)
    s.deck_size()
    s.draw(0)
    s.play(1, "KH")
    s.play(1, "AS")
    s.hand(1)
    write(4, "secret", "04-undo-all", s)

    for index, (seed, players) in enumerate([(401, 2), (402, 3), (403, 4), (404, 6)], start=5):
        write(4, "secret", f"{index:02d}-random-{players}-players",
              random_game(f"a random {players}-player match with undo", seed, 4, players, 120))


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    level_1()
    level_2()
    level_3()
    level_4()


if __name__ == "__main__":
    main()
