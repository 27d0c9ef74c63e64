"""A package registry that understands semantic versions.

Level 1 asks for the methods below. Every later level adds methods; the earlier ones must keep
working, because the tests of every level run against your final code.
"""


class PackageRegistry:
    def __init__(self) -> None:
        pass

    def compare(self, a: str, b: str) -> int:
        """Return -1, 0 or 1 as version `a` is lower than, equal to or higher than `b`.

        Raise ValueError if either is not a valid version.
        """
        raise NotImplementedError

    def publish(self, package: str, version: str) -> bool:
        """Record a published version; False if it is invalid or already published."""
        raise NotImplementedError

    def versions(self, package: str) -> list[str]:
        """Return the published versions of `package`, lowest precedence first."""
        raise NotImplementedError

    def latest(self, package: str) -> str | None:
        """Return the highest published version without a prerelease tag, or None."""
        raise NotImplementedError
