"""An in-memory directory tree with a working directory, as a shell sees it.

Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
working, because the tests of every level run against your final code.
"""


class FileSystem:
    def __init__(self) -> None:
        """Start with only the root directory "/", which is also the working directory."""
        pass

    def mkdir(self, path: str) -> bool:
        """Create the directory named by `path`; its parent must exist and its name must be new."""
        raise NotImplementedError

    def cd(self, path: str) -> bool:
        """Make the directory named by `path` the working directory; False if there is none."""
        raise NotImplementedError

    def pwd(self) -> str:
        """Return the absolute path of the working directory ("/" for the root)."""
        raise NotImplementedError
