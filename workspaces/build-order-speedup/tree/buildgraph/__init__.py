"""buildgraph: read build task dependencies and order the tasks."""
