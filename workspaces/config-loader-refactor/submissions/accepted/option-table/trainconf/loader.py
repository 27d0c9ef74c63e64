"""Load a training config: `key = value` lines, `#` comments."""

from trainconf.errors import ConfigError


def _number(kind, low, high, low_open=False, high_open=False):
    """A parser of numbers of kind (int or float) within [low, high], either end open."""
    noun = "a whole number" if kind is int else "a number"
    brackets = ("(" if low_open else "[") + "%s, %s" + (")" if high_open else "]")

    def parse(key, value):
        try:
            parsed = kind(value)
        except ValueError:
            raise ConfigError("%s must be %s, was %r" % (key, noun, value))
        too_low = parsed <= low if low_open else parsed < low
        too_high = parsed >= high if high_open else parsed > high
        if too_low or too_high:
            raise ConfigError("%s must be in %s, was %r" % (key, brackets % (low, high), value))
        return parsed

    return parse


def _choice(*allowed):
    def parse(key, value):
        if value not in allowed:
            raise ConfigError("%s must be one of %s, was %r" % (key, ", ".join(allowed), value))
        return value

    return parse


_BOOLEANS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _boolean(key, value):
    if value.lower() not in _BOOLEANS:
        raise ConfigError("%s must be true or false, was %r" % (key, value))
    return _BOOLEANS[value.lower()]


# key: (parser, default). Adding an option is adding a line here.
OPTIONS = {
    "learning_rate": (_number(float, 0, 1, low_open=True), 0.001),
    "batch_size": (_number(int, 1, 65536), 32),
    "epochs": (_number(int, 1, 1000), 10),
    "dropout": (_number(float, 0, 1, high_open=True), 0.0),
    "optimizer": (_choice("sgd", "adam", "adamw"), "adamw"),
    "mixed_precision": (_boolean, False),
}


def _entries(text):
    """(line number, key, value) of each line that sets something."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            raise ConfigError("line %d: expected key = value" % number)
        key, value = [part.strip() for part in line.split("=", 1)]
        yield number, key, value


def _parse(number, key, value, config):
    if key in config:
        raise ConfigError("line %d: %s is set twice" % (number, key))
    if key not in OPTIONS:
        raise ConfigError("line %d: unknown key %r" % (number, key))
    try:
        return OPTIONS[key][0](key, value)
    except ConfigError as error:
        raise ConfigError("line %d: %s" % (number, error))


def load(text):
    """The config as a dict of typed values, with defaults for what the file leaves out."""
    config = {}
    for number, key, value in _entries(text):
        config[key] = _parse(number, key, value, config)
    for key, (_, default) in OPTIONS.items():
        config.setdefault(key, default)
    return config
