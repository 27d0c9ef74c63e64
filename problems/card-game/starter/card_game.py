"""Matchup: a small shedding card game engine.

This is the existing codebase you are asked to extend. It works: it deals, keeps track of turns,
checks that plays are legal and ends the game when a player runs out of cards. Read it before you
change it; the statement of each level says what to add.

Rules as implemented:
- Cards are written rank + suit: ranks 2-10, J, Q, K, A; suits C, D, H, S ("10H", "QS", "2C").
- Each player is dealt 5 cards, one at a time, starting with player 0; then the next card of the
  deck is turned over to start the discard pile.
- Player 0 plays first, then 1, 2, ... and back to 0.
- On your turn you either play a card from your hand that matches the top of the discard pile by
  suit or by rank, or draw the top card of the deck. Either way, the turn passes.
- Drawing from an empty deck draws nothing; the turn still passes.
- The first player to empty their hand wins, and the game is over.
"""

from __future__ import annotations

from dataclasses import dataclass

RANKS = ("2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A")
SUITS = ("C", "D", "H", "S")
HAND_SIZE = 5
MIN_PLAYERS, MAX_PLAYERS = 2, 6


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

    def has(self, card: Card) -> bool:
        return card in self.hand

    def take(self, card: Card) -> None:
        self.hand.append(card)

    def give(self, card: Card) -> None:
        self.hand.remove(card)


class Rules:
    """What may be played on what."""

    @staticmethod
    def can_play(card: Card, top: Card) -> bool:
        return card.suit == top.suit or card.rank == top.rank


class Game:
    def __init__(self, players: int, deck: list[str]) -> None:
        if not MIN_PLAYERS <= players <= MAX_PLAYERS:
            raise ValueError(f"{players} players: a game needs {MIN_PLAYERS} to {MAX_PLAYERS}")
        cards = [Card.parse(code) for code in deck]
        if len(set(cards)) != len(cards):
            raise ValueError("the deck has a card twice")
        if len(cards) < players * HAND_SIZE + 1:
            raise ValueError(f"{len(cards)} cards are not enough to deal to {players} players")
        self._players = [Player(i) for i in range(players)]
        self._deck = Deck(cards)
        for _ in range(HAND_SIZE):
            for player in self._players:
                player.take(self._deck.draw())
        self._discard = [self._deck.draw()]  # the last card is the top
        self._current = 0
        self._winner: int | None = None

    def play(self, player: int, card: str) -> bool:
        """Play `card` from `player`'s hand; False (nothing changes) if that is not allowed."""
        if not self._is_turn_of(player):
            return False
        try:
            played = Card.parse(card)
        except ValueError:
            return False
        hand = self._players[player]
        if not hand.has(played) or not Rules.can_play(played, self._discard[-1]):
            return False
        hand.give(played)
        self._discard.append(played)
        if not hand.hand:
            self._winner = player
        else:
            self._advance_turn()
        return True

    def draw(self, player: int) -> str | None:
        """Draw the top card of the deck into `player`'s hand and pass the turn.

        Return the card, or None if it is not `player`'s turn (nothing changes) or the deck is
        empty (the turn passes anyway).
        """
        if not self._is_turn_of(player):
            return None
        card = self._deck.draw()
        if card is not None:
            self._players[player].take(card)
        self._advance_turn()
        return None if card is None else str(card)

    def hand(self, player: int) -> list[str]:
        return [str(card) for card in self._players[player].hand]

    def top_card(self) -> str:
        return str(self._discard[-1])

    def current_player(self) -> int:
        return self._current

    def winner(self) -> int | None:
        return self._winner

    def deck_size(self) -> int:
        return len(self._deck)

    def _is_turn_of(self, player: int) -> bool:
        return self._winner is None and player == self._current

    def _advance_turn(self) -> None:
        self._current = (self._current + 1) % len(self._players)
