def phrase_matches(documents: list[list[str]], phrases: list[list[str]]) -> list[list[int]]:
    """For each phrase, the ascending ids of the documents containing its tokens consecutively."""
    raise NotImplementedError
