"""Largest rectangle under a histogram with a monotonic stack, O(n)."""


def largest_reservation(free_gpus: list[int]) -> int:
    best = 0
    stack: list[int] = []  # indices of hours with increasing free counts
    for i in range(len(free_gpus) + 1):
        height = free_gpus[i] if i < len(free_gpus) else -1  # -1 flushes the stack at the end
        while stack and free_gpus[stack[-1]] >= height:
            top = stack.pop()
            # the block of height free_gpus[top] spans from just after the new stack top to i - 1
            left = stack[-1] + 1 if stack else 0
            best = max(best, free_gpus[top] * (i - left))
        stack.append(i)
    return best
