"""Wrong: treats a phrase as a keyword filter. Every token present anywhere is not enough: they
must be adjacent and in order."""


def phrase_matches(documents: list[list[str]], phrases: list[list[str]]) -> list[list[int]]:
    token_sets = [set(tokens) for tokens in documents]
    return [[i for i, s in enumerate(token_sets) if set(phrase) <= s] for phrase in phrases]
