"""Phrase queries over a positional inverted index, anchored on the phrase's rarest token."""


def phrase_matches(documents: list[list[str]], phrases: list[list[str]]) -> list[list[int]]:
    # token -> (document, position) pairs, in ascending order of document then position
    postings: dict[str, list[tuple[int, int]]] = {}
    for doc_id, tokens in enumerate(documents):
        for position, token in enumerate(tokens):
            postings.setdefault(token, []).append((doc_id, position))
    answers: list[list[int]] = []
    for phrase in phrases:
        if not phrase:
            answers.append(list(range(len(documents))))  # nothing to miss: every document
            continue
        if any(token not in postings for token in phrase):
            answers.append([])
            continue
        # Anchor on the token with the fewest occurrences; each occurrence fixes where the phrase
        # would have to start, and the stored tokens confirm or reject it.
        offset = min(range(len(phrase)), key=lambda k: len(postings[phrase[k]]))
        hits: list[int] = []
        for doc_id, position in postings[phrase[offset]]:
            start = position - offset
            tokens = documents[doc_id]
            if hits and hits[-1] == doc_id:
                continue  # already matched earlier in this document
            if start >= 0 and start + len(phrase) <= len(tokens) and tokens[start:start + len(phrase)] == phrase:
                hits.append(doc_id)
        answers.append(hits)
    return answers
