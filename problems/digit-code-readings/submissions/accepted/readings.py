MOD = 1_000_000_007


def count_readings(digits: str, max_id: int) -> int:
    """ways[i] = readings of the first i digits. Push forward: from each i with ways[i] > 0 and
    a non-zero digit there, extend a piece digit by digit while its value stays <= max_id.
    O(n * d) time for ids of at most d digits, O(n) space."""
    n = len(digits)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        w = ways[i]
        if w == 0 or digits[i] == "0":
            continue
        value = 0
        for j in range(i, n):
            value = value * 10 + ord(digits[j]) - 48
            if value > max_id:
                break
            ways[j + 1] = (ways[j + 1] + w) % MOD
    return ways[n]
