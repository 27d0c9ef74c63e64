"""Wrong: pops with `<=`, so a day with an equal price resolves the wait; equal is not higher."""


def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    waiting: list[int] = []
    for day, price in enumerate(prices):
        while waiting and prices[waiting[-1]] <= price:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
