"""Score hands and rounds."""


def score_hand(cards):
    """The score of one hand (a list of card strings such as '10H', 'QS')."""
    total = 0
    aces = 0
    suits = {}
    ranks = {}
    for card in cards:
        if len(card) < 2 or len(card) > 3:
            raise ValueError("not a card: %r" % card)
        rank, suit = card[:-1], card[-1]
        if suit not in "CDHS":
            raise ValueError("not a suit: %r in %r" % (suit, card))
        if rank == "A":
            aces += 1
            total += 11
        elif rank in ("J", "Q", "K"):
            total += 10
        elif rank.isdigit() and 2 <= int(rank) <= 10:
            total += int(rank)
        else:
            raise ValueError("not a rank: %r in %r" % (rank, card))
        suits[suit] = suits.get(suit, 0) + 1
        ranks[rank] = ranks.get(rank, 0) + 1
    while total > 21 and aces > 0:
        total -= 10
        aces -= 1
    if total > 21:
        return 0
    bonus = 0
    for suit, n in suits.items():
        if n >= 3 and n == len(cards):
            bonus += 5
    for rank, n in ranks.items():
        if n >= 2:
            bonus += n * (n - 1) // 2 * 2
    return total + bonus


def score_round(hands):
    """{'scores': {player: score}, 'winners': sorted players with the top score (none if all bust)}."""
    scores = {}
    for player, cards in hands.items():
        scores[player] = score_hand(cards)
    best = max(scores.values()) if scores else 0
    if best == 0:
        winners = []
    else:
        winners = sorted(p for p, s in scores.items() if s == best)
    return {"scores": scores, "winners": winners}
