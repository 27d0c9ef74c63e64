"""Wrong (level 1): a reverse passes the turn in the old direction and only then flips it."""

from __future__ import annotations

import copy
from dataclasses import dataclass

RANKS = ("2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A")
SUITS = ("C", "D", "H", "S")
HAND_SIZE = 5
MIN_PLAYERS, MAX_PLAYERS = 2, 6
FACE_PENALTY, ACE_PENALTY = 10, 15


@dataclass(frozen=True)
class Card:
    rank: str
    suit: str

    @staticmethod
    def parse(code: str) -> Card:
        rank, suit = code[:-1], code[-1:]
        if rank not in RANKS or suit not in SUITS:
            raise ValueError(f"not a card: {code!r}")
        return Card(rank, suit)

    @property
    def penalty(self) -> int:
        """Points a card left in hand costs when someone else wins the round."""
        if self.rank == "A":
            return ACE_PENALTY
        if self.rank in ("J", "Q", "K"):
            return FACE_PENALTY
        return int(self.rank)

    def __str__(self) -> str:
        return self.rank + self.suit


class Deck:
    """The draw pile; the first card of the list is the top."""

    def __init__(self, cards: list[Card]) -> None:
        self._cards = list(cards)

    def draw(self) -> Card | None:
        return self._cards.pop(0) if self._cards else None

    def __len__(self) -> int:
        return len(self._cards)


class Player:
    def __init__(self, index: int) -> None:
        self.index = index
        self.hand: list[Card] = []  # in the order the cards were received
        self.score = 0

    def has(self, card: Card) -> bool:
        return card in self.hand

    def take(self, card: Card) -> None:
        self.hand.append(card)

    def give(self, card: Card) -> None:
        self.hand.remove(card)


class Rules:
    """What may be played on what, and what played cards do."""

    SKIP, REVERSE, DRAW_TWO, WILD = "Q", "A", "2", "8"

    @staticmethod
    def can_play(card: Card, top: Card, active_suit: str) -> bool:
        return card.suit == active_suit or card.rank == top.rank


@dataclass
class Table:
    """Everything that changes during play: one object, so that it can be copied for undo."""

    players: list[Player]
    deck: Deck
    discard: list[Card]  # the last card is the top
    current: int
    direction: int = 1  # 1: increasing ids, -1: decreasing
    active_suit: str = ""
    winner: int | None = None
    starter: int = 0  # who played first this round
    round: int = 1


def parse_deck(deck: list[str], players: int) -> list[Card]:
    cards = [Card.parse(code) for code in deck]
    if len(set(cards)) != len(cards):
        raise ValueError("the deck has a card twice")
    if len(cards) < players * HAND_SIZE + 1:
        raise ValueError(f"{len(cards)} cards are not enough to deal to {players} players")
    return cards


class Game:
    def __init__(self, players: int, deck: list[str]) -> None:
        if not MIN_PLAYERS <= players <= MAX_PLAYERS:
            raise ValueError(f"{players} players: a game needs {MIN_PLAYERS} to {MAX_PLAYERS}")
        cards = parse_deck(deck, players)
        self._table = Table([Player(i) for i in range(players)], Deck([]), [], 0)
        self._deal(cards, starter=0)
        self._history: list[Table] = []  # earlier tables, most recent last (level 4)

    # Level 0: the engine as it was ---------------------------------------------------------------

    def play(self, player: int, card: str) -> bool:
        """Play `card` from `player`'s hand; False (nothing changes) if that is not allowed."""
        played = self._playable(player, card)
        t = self._table
        if played is None or not Rules.can_play(played, t.discard[-1], t.active_suit):
            return False
        self._save()
        self._put_down(player, played, played.suit)
        if t.winner is None:
            self._apply_effect(played)
        return True

    def draw(self, player: int) -> str | None:
        """Draw the top card of the deck into `player`'s hand and pass the turn.

        Return the card, or None if it is not `player`'s turn (nothing changes) or the deck is
        empty (the turn passes anyway).
        """
        if not self._is_turn_of(player):
            return None
        self._save()
        card = self._table.deck.draw()
        if card is not None:
            self._table.players[player].take(card)
        self._advance_turn(1)
        return None if card is None else str(card)

    def hand(self, player: int) -> list[str]:
        return [str(card) for card in self._table.players[player].hand]

    def top_card(self) -> str:
        return str(self._table.discard[-1])

    def current_player(self) -> int:
        return self._table.current

    def winner(self) -> int | None:
        return self._table.winner

    def deck_size(self) -> int:
        return len(self._table.deck)

    # Level 1: action cards ---------------------------------------------------------------------

    def direction(self) -> int:
        return self._table.direction

    # Level 2: scoring and rounds ---------------------------------------------------------------

    def scores(self) -> list[int]:
        return [p.score for p in self._table.players]

    def standings(self) -> list[int]:
        """Player ids from the lowest score (best) to the highest; ties by lower id."""
        return sorted(range(len(self._table.players)), key=lambda i: (self._table.players[i].score, i))

    def round_number(self) -> int:
        return self._table.round

    def new_round(self, deck: list[str]) -> bool:
        """Deal a new round once the current one is over; the next player in id order starts."""
        if self._table.winner is None:
            return False
        cards = parse_deck(deck, len(self._table.players))
        self._save()
        t = self._table
        t.round += 1
        self._deal(cards, starter=(t.starter + 1) % len(t.players))
        return True

    # Level 3: wild eights ----------------------------------------------------------------------

    def play_wild(self, player: int, card: str, suit: str) -> bool:
        """Play an 8 on anything, naming the suit the next player must follow."""
        played = self._playable(player, card)
        if played is None or played.rank != Rules.WILD or suit not in SUITS:
            return False
        self._save()
        self._put_down(player, played, suit)
        if self._table.winner is None:
            self._advance_turn(1)
        return True

    def active_suit(self) -> str:
        return self._table.active_suit

    # Level 4: undo -----------------------------------------------------------------------------

    def undo(self) -> bool:
        """Go back to the state before the last call that changed the game."""
        if not self._history:
            return False
        self._table = self._history.pop()
        return True

    # Internals ---------------------------------------------------------------------------------

    def _save(self) -> None:
        self._history.append(copy.deepcopy(self._table))

    def _deal(self, cards: list[Card], starter: int) -> None:
        t = self._table
        n = len(t.players)
        t.deck = Deck(cards)
        for p in t.players:
            p.hand = []
        for _ in range(HAND_SIZE):
            for offset in range(n):
                t.players[(starter + offset) % n].take(t.deck.draw())
        t.discard = [t.deck.draw()]
        t.active_suit = t.discard[-1].suit
        t.current = t.starter = starter
        t.direction = 1
        t.winner = None

    def _is_turn_of(self, player: int) -> bool:
        return self._table.winner is None and player == self._table.current

    def _playable(self, player: int, card: str) -> Card | None:
        """The parsed card if it is `player`'s turn and the card is in their hand, else None."""
        if not self._is_turn_of(player):
            return None
        try:
            played = Card.parse(card)
        except ValueError:
            return None
        return played if self._table.players[player].has(played) else None

    def _put_down(self, player: int, card: Card, suit: str) -> None:
        t = self._table
        t.players[player].give(card)
        t.discard.append(card)
        t.active_suit = suit
        if not t.players[player].hand:
            self._finish_round(player)

    def _finish_round(self, winner: int) -> None:
        t = self._table
        t.winner = winner
        for p in t.players:
            p.score += sum(card.penalty for card in p.hand)

    def _apply_effect(self, card: Card) -> None:
        t = self._table
        if card.rank == Rules.SKIP:
            self._advance_turn(2)
        elif card.rank == Rules.REVERSE:
            self._advance_turn(1)  # bug: moves before reversing
            t.direction = -t.direction
        elif card.rank == Rules.DRAW_TWO:
            victim = self._next(1)
            for _ in range(2):
                drawn = t.deck.draw()
                if drawn is not None:
                    t.players[victim].take(drawn)
            self._advance_turn(2)
        else:
            self._advance_turn(1)

    def _next(self, steps: int) -> int:
        t = self._table
        return (t.current + steps * t.direction) % len(t.players)

    def _advance_turn(self, steps: int) -> None:
        self._table.current = self._next(steps)
