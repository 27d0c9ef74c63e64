"""Wrong: never empties the stack after the last hour, so blocks reaching the end are missed."""


def largest_reservation(free_gpus: list[int]) -> int:
    best = 0
    stack: list[int] = []
    for i, height in enumerate(free_gpus):
        while stack and free_gpus[stack[-1]] >= height:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, free_gpus[top] * (i - left))
        stack.append(i)
    return best
