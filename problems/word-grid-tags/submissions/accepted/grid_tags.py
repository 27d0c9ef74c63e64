"""One depth-first walk of the grid for all tags at once, guided by a trie of the tags."""

END = "$"  # the key under which a trie node stores the tag that ends there


def find_tags(grid: list[str], tags: list[str]) -> list[str]:
    trie: dict = {}
    for tag in tags:
        node = trie
        for letter in tag:
            node = node.setdefault(letter, {})
        node[END] = tag
    cells = [list(row) for row in grid]
    rows, cols = len(cells), len(cells[0]) if cells else 0
    found: list[str] = []

    def walk(r: int, c: int, parent: dict) -> None:
        letter = cells[r][c]
        node = parent[letter]
        tag = node.pop(END, None)
        if tag is not None:
            found.append(tag)  # popped: each tag is reported once
        cells[r][c] = "#"  # in use on the current path
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and cells[nr][nc] in node:
                walk(nr, nc, node)
        cells[r][c] = letter
        if not node:
            del parent[letter]  # nothing left to find below: prune the branch

    for r in range(rows):
        for c in range(cols):
            if cells[r][c] in trie:
                walk(r, c, trie)
    return sorted(found)
