"""Knuth-Morris-Pratt: the prefix function of the signature, then one pass over the stream: O(n + m)."""


def prefix_function(text: str) -> list[int]:
    """border[q] = length of the longest proper prefix of text[:q + 1] that is also its suffix."""
    border = [0] * len(text)
    k = 0
    for q in range(1, len(text)):
        while k and text[q] != text[k]:
            k = border[k - 1]
        if text[q] == text[k]:
            k += 1
        border[q] = k
    return border


def find_signature(stream: str, signature: str) -> list[int]:
    if not signature:
        raise ValueError("signature must not be empty")
    m = len(signature)
    border = prefix_function(signature)
    hits: list[int] = []
    matched = 0
    for i, byte in enumerate(stream):
        while matched and byte != signature[matched]:
            matched = border[matched - 1]
        if byte == signature[matched]:
            matched += 1
        if matched == m:
            hits.append(i - m + 1)
            matched = border[m - 1]  # keep the border: the next hit may overlap this one
    return hits
