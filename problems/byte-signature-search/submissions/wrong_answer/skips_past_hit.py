"""Wrong: after a hit, resumes the search after the whole hit, so overlapping hits are lost."""


def find_signature(stream: str, signature: str) -> list[int]:
    if not signature:
        raise ValueError("signature must not be empty")
    hits = []
    i = stream.find(signature)
    while i != -1:
        hits.append(i)
        i = stream.find(signature, i + len(signature))
    return hits
