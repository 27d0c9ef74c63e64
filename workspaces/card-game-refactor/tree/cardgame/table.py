"""Print a round for the table."""

from cardgame.scoring import score_round


def render(hands):
    result = score_round(hands)
    lines = []
    for player in sorted(result["scores"]):
        mark = "*" if player in result["winners"] else " "
        lines.append("%s %-10s %3d" % (mark, player, result["scores"][player]))
    return "\n".join(lines)
