def matching_documents(documents: list[list[str]], queries: list[list[str]]) -> list[list[int]]:
    """For each query, the ascending ids of the documents containing every one of its terms."""
    raise NotImplementedError
