"""Generate the tests of sql-leaderboard-rank from a fixed seed (see sqltests.py)."""
import random

from sqltests import Tests, table

NAMES = ["ace", "bolt", "cobra", "dune", "echo", "flux", "gale", "hex", "ion", "jet", "kilo",
         "lynx", "mako", "nova", "onyx", "pike"]


def plays(rows):
    return table(["play_id", "game", "player", "score", "played_at"],
                 ["int64", "string", "string", "int64", "datetime64"],
                 [(k + 1,) + tuple(r) for k, r in enumerate(rows)])


def stamp(minute):
    day, rest = divmod(minute, 24 * 60)
    return "2024-12-%02dT%02d:%02d:00" % (1 + day, rest // 60, rest % 60)


def random_plays(rng, games, players, n, spread=40):
    rows = []
    for _ in range(n):
        rows.append((rng.choice(games), rng.choice(players), 10 * rng.randrange(spread),
                     stamp(rng.randrange(20 * 1440))))
    return plays(rows)


def main():
    rng = random.Random(1610)
    tests = Tests("submissions/accepted/leaderboard.sql", ["string", "string", "int64", "int64"],
                  ordered=True)
    tests.add("sample/1-one-game", "the statement's example", {"plays": plays([
        ("tetra", "ace", 900, "2024-12-01T10:00:00"), ("tetra", "bolt", 700, "2024-12-01T10:05:00"),
        ("tetra", "cobra", 700, "2024-12-01T11:00:00"), ("tetra", "ace", 400, "2024-12-02T09:00:00"),
        ("tetra", "dune", 650, "2024-12-02T10:00:00")])})
    tests.add("secret/01-mixed", "three games, twelve players, three hundred plays", {
        "plays": random_plays(rng, ["tetra", "orbit", "maze"], NAMES[:12], 300)})
    tests.add("secret/02-ties-then-next-place", "two players tie for second, the next is fourth", {
        "plays": plays([("orbit", "ace", 50, stamp(1)), ("orbit", "bolt", 40, stamp(2)),
                        ("orbit", "cobra", 40, stamp(3)), ("orbit", "dune", 30, stamp(4)),
                        ("orbit", "echo", 30, stamp(5)), ("orbit", "flux", 20, stamp(6))])})
    tests.add("secret/03-best-was-not-latest", "players whose last play was worse than their best", {
        "plays": plays([("maze", "ace", 100, stamp(1)), ("maze", "ace", 20, stamp(9)),
                        ("maze", "bolt", 60, stamp(2)), ("maze", "bolt", 70, stamp(3)),
                        ("maze", "cobra", 80, stamp(5))])})
    tests.add("secret/04-many-plays", "ten games, sixteen players, six thousand plays", {
        "plays": random_plays(rng, ["g%02d" % i for i in range(10)], NAMES, 6000, spread=300)})
    tests.check({
        "dense_rank.sql": "secret/02-ties-then-next-place",
        "row_number.sql": "secret/02-ties-then-next-place",
        "every_play_ranked.sql": "secret/03-best-was-not-latest",
        "latest_score.sql": "secret/03-best-was-not-latest",
    })


if __name__ == "__main__":
    main()
