"""Wrong: anchors on the rarest token but never checks that the phrase starts at position >= 0.
A negative start does not raise in Python, it wraps around to the end of the document, so a
phrase can match across the document's end and start."""


def phrase_matches(documents: list[list[str]], phrases: list[list[str]]) -> list[list[int]]:
    postings: dict[str, list[tuple[int, int]]] = {}
    for doc_id, tokens in enumerate(documents):
        for position, token in enumerate(tokens):
            postings.setdefault(token, []).append((doc_id, position))
    answers: list[list[int]] = []
    for phrase in phrases:
        if not phrase:
            answers.append(list(range(len(documents))))
            continue
        if any(token not in postings for token in phrase):
            answers.append([])
            continue
        offset = min(range(len(phrase)), key=lambda k: len(postings[phrase[k]]))
        hits: list[int] = []
        for doc_id, position in postings[phrase[offset]]:
            if hits and hits[-1] == doc_id:
                continue
            start = position - offset
            tokens = documents[doc_id]
            try:
                if all(tokens[start + k] == word for k, word in enumerate(phrase)):
                    hits.append(doc_id)
            except IndexError:
                pass  # ran off the end
        answers.append(hits)
    return answers
