"""Wrong: the longest common prefix by characters, cut back only to drop a trailing slash."""
import os


def common_directory(paths: list[str]) -> str:
    if not paths:
        return ""
    prefix = os.path.commonprefix(paths)
    return prefix.rstrip("/") or "/"
