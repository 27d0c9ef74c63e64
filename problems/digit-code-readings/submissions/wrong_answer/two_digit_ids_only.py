"""Wrong: the two-digit recurrence of the 1..26 alphabet puzzle, whatever max_id says."""

MOD = 1_000_000_007


def count_readings(digits: str, max_id: int) -> int:
    n = len(digits)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        if digits[i - 1] != "0":
            ways[i] = ways[i - 1]
        if i >= 2 and digits[i - 2] != "0" and int(digits[i - 2:i]) <= max_id:
            ways[i] = (ways[i] + ways[i - 2]) % MOD
    return ways[n]
