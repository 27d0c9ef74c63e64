"""cardgame: score the hands and rounds of a house card game."""
