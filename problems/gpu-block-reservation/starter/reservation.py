def largest_reservation(free_gpus: list[int]) -> int:
    """Return the largest g * hours block that fits under the free-GPU histogram."""
    raise NotImplementedError
