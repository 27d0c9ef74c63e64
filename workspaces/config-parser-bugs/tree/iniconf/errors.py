"""Errors the parser raises."""


class ConfigSyntaxError(ValueError):
    """The file is not valid INI; the message names the line."""


class MissingKey(KeyError):
    """A key asked for, or referred to, does not exist."""

    def __str__(self):
        return self.args[0] if self.args else "missing key"
