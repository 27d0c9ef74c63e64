"""Longest common prefix of paths by components, O(total length)."""


def common_directory(paths: list[str]) -> str:
    if not paths:
        return ""
    common = paths[0].split("/")[1:]
    for path in paths[1:]:
        parts = path.split("/")[1:]
        k = 0
        while k < len(common) and k < len(parts) and common[k] == parts[k]:
            k += 1
        del common[k:]  # the shared prefix only ever shrinks
    return "/" + "/".join(common)
