"""minibatch: datasets, samplers, loaders and padding for small training jobs."""
