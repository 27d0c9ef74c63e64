"""Wrong: accepts pieces with a leading zero ("05") as long as their value is a valid id."""

MOD = 1_000_000_007


def count_readings(digits: str, max_id: int) -> int:
    n = len(digits)
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(n):
        if ways[i] == 0:
            continue
        value = 0
        for j in range(i, min(n, i + len(str(max_id)))):
            value = value * 10 + int(digits[j])
            if value > max_id:
                break
            if value >= 1:
                ways[j + 1] = (ways[j + 1] + ways[i]) % MOD
    return ways[n]
