"""Score hands and rounds."""

from collections import Counter

FACES = {"J": 10, "Q": 10, "K": 10}
SUITS = "CDHS"


def valid_rank(rank):
    return rank == "A" or rank in FACES or (rank.isdigit() and 2 <= int(rank) <= 10)


def parse(card):
    """'10H' -> ('10', 'H'), refusing what is not a card."""
    if not 2 <= len(card) <= 3:
        raise ValueError("not a card: %r" % card)
    rank, suit = card[:-1], card[-1]
    if suit not in SUITS:
        raise ValueError("not a suit: %r in %r" % (suit, card))
    if not valid_rank(rank):
        raise ValueError("not a rank: %r in %r" % (rank, card))
    return rank, suit


def card_total(ranks):
    """The sum of the cards, each ace 11 unless that busts, then 1."""
    total = sum(11 if r == "A" else FACES.get(r) or int(r) for r in ranks)
    aces = ranks.count("A")
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def flush_bonus(suits):
    return 5 if max(Counter(suits).values(), default=0) >= 3 else 0


def pair_bonus(ranks):
    return sum(n * (n - 1) for n in Counter(ranks).values())


def score_hand(cards):
    """The score of one hand (a list of card strings such as '10H', 'QS')."""
    parsed = [parse(card) for card in cards]
    ranks = [rank for rank, _ in parsed]
    suits = [suit for _, suit in parsed]
    total = card_total(ranks)
    if total > 21:
        return 0
    return total + flush_bonus(suits) + pair_bonus(ranks)


def score_round(hands):
    """{'scores': {player: score}, 'winners': sorted players with the top score (none if all bust)}."""
    scores = {player: score_hand(cards) for player, cards in hands.items()}
    best = max(scores.values(), default=0)
    winners = sorted(p for p, s in scores.items() if s == best) if best else []
    return {"scores": scores, "winners": winners}
