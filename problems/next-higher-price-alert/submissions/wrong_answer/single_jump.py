"""Wrong: a right-to-left shortcut that follows the next day's answer only once. If the next day
is not higher, it jumps to the day that beat the next day and stops there, but that day may
still not beat today: the chain of jumps has to be followed until a higher price (or none)."""


def days_until_higher(prices: list[int]) -> list[int]:
    n = len(prices)
    wait = [0] * n
    for i in range(n - 2, -1, -1):
        if prices[i + 1] > prices[i]:
            wait[i] = 1
        elif wait[i + 1] and prices[i + 1 + wait[i + 1]] > prices[i]:
            wait[i] = 1 + wait[i + 1]
    return wait
