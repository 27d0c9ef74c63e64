"""Wrong: appends a document to a posting list once per occurrence of the term, so a document that
repeats a term comes back twice."""


def matching_documents(documents: list[list[str]], queries: list[list[str]]) -> list[list[int]]:
    postings: dict[str, list[int]] = {}
    for doc_id, terms in enumerate(documents):
        for term in terms:
            postings.setdefault(term, []).append(doc_id)
    member = {term: set(ids) for term, ids in postings.items()}
    answers: list[list[int]] = []
    for query in queries:
        if not query:
            answers.append(list(range(len(documents))))
        elif any(term not in postings for term in query):
            answers.append([])
        else:
            rarest, *others = sorted(set(query), key=lambda t: len(postings[t]))
            answers.append([d for d in postings[rarest] if all(d in member[t] for t in others)])
    return answers
