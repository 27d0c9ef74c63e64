"""Read 'task: dep dep ...' lines."""


def read_graph(lines):
    """{task: [dependencies]} from lines such as 'app: lib utils'; '#' starts a comment."""
    graph = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        task, _, deps = line.partition(":")
        graph[task.strip()] = deps.split()
    return graph
