"""Wrong: a 'linear' scan that, on a mismatch, restarts the signature at the current character
without falling back to a border, so a hit that began inside the failed partial match is lost
("aab" in "aaab")."""


def find_signature(stream: str, signature: str) -> list[int]:
    if not signature:
        raise ValueError("signature must not be empty")
    m = len(signature)
    hits = []
    matched = 0
    for i, byte in enumerate(stream):
        if byte != signature[matched]:
            matched = 0
        if byte == signature[matched]:
            matched += 1
        if matched == m:
            hits.append(i - m + 1)
            matched = 0
    return hits
