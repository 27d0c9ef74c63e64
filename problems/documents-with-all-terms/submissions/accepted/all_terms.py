"""Conjunctive queries over an inverted index, intersecting the shortest posting sets first."""


def matching_documents(documents: list[list[str]], queries: list[list[str]]) -> list[list[int]]:
    postings: dict[str, set[int]] = {}
    for doc_id, terms in enumerate(documents):
        for term in terms:
            postings.setdefault(term, set()).add(doc_id)
    everything = list(range(len(documents)))
    answers: list[list[int]] = []
    for query in queries:
        if not query:
            answers.append(everything)  # no terms to miss: every document matches
            continue
        sets = [postings.get(term) for term in set(query)]
        if any(s is None for s in sets):
            answers.append([])
            continue
        sets.sort(key=len)  # the work is bounded by the rarest term's posting set
        answers.append(sorted(sets[0].intersection(*sets[1:])))
    return answers
