"""Wrong: measures a popped bar's width from its own index, forgetting the taller bars it
absorbed on its left when they were popped earlier."""


def largest_reservation(free_gpus: list[int]) -> int:
    best = 0
    stack: list[int] = []
    for i in range(len(free_gpus) + 1):
        height = free_gpus[i] if i < len(free_gpus) else -1
        while stack and free_gpus[stack[-1]] >= height:
            top = stack.pop()
            best = max(best, free_gpus[top] * (i - top))
        stack.append(i)
    return best
