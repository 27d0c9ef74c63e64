"""Read the search log."""

from suggest.index import QueryIndex


def index_from_log(lines):
    """'<timestamp>\t<query>' lines -> a QueryIndex; lines without a tab are skipped."""
    index = QueryIndex()
    for line in lines:
        if "\t" not in line:
            continue
        _, query = line.rstrip("\n").split("\t", 1)
        if query.strip():
            index.add(query)
    return index
