"""evalkit: the metrics of the model review."""
