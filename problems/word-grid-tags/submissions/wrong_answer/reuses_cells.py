"""Wrong: never marks the cells of the current path as used, so a tag may step back onto a cell
it already used (`"aba"` is found in a grid that has just one `a` next to one `b`)."""


def find_tags(grid: list[str], tags: list[str]) -> list[str]:
    trie: dict = {}
    for tag in tags:
        node = trie
        for letter in tag:
            node = node.setdefault(letter, {})
        node["$"] = tag
    rows, cols = len(grid), len(grid[0]) if grid else 0
    found: set[str] = set()

    def walk(r: int, c: int, node: dict, depth: int) -> None:
        node = node[grid[r][c]]
        if "$" in node:
            found.add(node["$"])
        if depth == 10:
            return  # tags have at most 10 letters
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in node:
                walk(nr, nc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] in trie:
                walk(r, c, trie, 1)
    return sorted(found)
