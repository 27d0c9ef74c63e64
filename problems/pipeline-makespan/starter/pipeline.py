def pipeline_makespan(durations: list[int], dependencies: list[list[int]]) -> int:
    """Return when the last job finishes with unlimited workers, or -1 on a dependency cycle."""
    raise NotImplementedError
