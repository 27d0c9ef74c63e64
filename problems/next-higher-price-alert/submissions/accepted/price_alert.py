"""Next strictly greater element with a monotonic stack of days: O(n) time, O(n) space."""


def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    waiting: list[int] = []  # days still waiting; their prices are non-increasing bottom to top
    for day, price in enumerate(prices):
        while waiting and prices[waiting[-1]] < price:
            earlier = waiting.pop()
            wait[earlier] = day - earlier  # today is the first day that beats it
        waiting.append(day)
    return wait  # days left on the stack are never beaten: 0
