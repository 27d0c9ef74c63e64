"""The one error the loader raises."""


class ConfigError(ValueError):
    """A line of the file is wrong; the message names the line and the key."""
