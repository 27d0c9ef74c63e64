"""Brute force: compare the signature character by character at every offset: O(n * m)."""


def find_signature(stream: str, signature: str) -> list[int]:
    if not signature:
        raise ValueError("signature must not be empty")
    m = len(signature)
    hits = []
    for i in range(len(stream) - m + 1):
        j = 0
        while j < m and stream[i + j] == signature[j]:
            j += 1
        if j == m:
            hits.append(i)
    return hits
