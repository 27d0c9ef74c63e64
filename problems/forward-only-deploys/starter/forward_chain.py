def longest_forward_chain(builds: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of builds."""
    raise NotImplementedError
