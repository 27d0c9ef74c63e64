"""Load a training config: `key = value` lines, `#` comments."""

from trainconf.errors import ConfigError


def load(text):
    """The config as a dict of typed values, with defaults for what the file leaves out."""
    config = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            raise ConfigError("line %d: expected key = value" % number)
        key, value = [part.strip() for part in line.split("=", 1)]
        if key in config:
            raise ConfigError("line %d: %s is set twice" % (number, key))
        if key == "learning_rate":
            try:
                parsed = float(value)
            except ValueError:
                raise ConfigError("line %d: learning_rate must be a number, was %r" % (number, value))
            if parsed <= 0 or parsed > 1:
                raise ConfigError("line %d: learning_rate must be in (0, 1], was %r" % (number, value))
            config[key] = parsed
        elif key == "batch_size":
            try:
                parsed = int(value)
            except ValueError:
                raise ConfigError("line %d: batch_size must be a whole number, was %r" % (number, value))
            if parsed < 1 or parsed > 65536:
                raise ConfigError("line %d: batch_size must be in [1, 65536], was %r" % (number, value))
            config[key] = parsed
        elif key == "epochs":
            try:
                parsed = int(value)
            except ValueError:
                raise ConfigError("line %d: epochs must be a whole number, was %r" % (number, value))
            if parsed < 1 or parsed > 1000:
                raise ConfigError("line %d: epochs must be in [1, 1000], was %r" % (number, value))
            config[key] = parsed
        elif key == "dropout":
            try:
                parsed = float(value)
            except ValueError:
                raise ConfigError("line %d: dropout must be a number, was %r" % (number, value))
            if parsed < 0 or parsed >= 1:
                raise ConfigError("line %d: dropout must be in [0, 1), was %r" % (number, value))
            config[key] = parsed
        elif key == "optimizer":
            if value not in ("sgd", "adam", "adamw"):
                raise ConfigError("line %d: optimizer must be one of sgd, adam, adamw, was %r" % (number, value))
            config[key] = value
        elif key == "mixed_precision":
            if value.lower() in ("true", "yes", "1"):
                config[key] = True
            elif value.lower() in ("false", "no", "0"):
                config[key] = False
            else:
                raise ConfigError("line %d: mixed_precision must be true or false, was %r" % (number, value))
        else:
            raise ConfigError("line %d: unknown key %r" % (number, key))
    if "learning_rate" not in config:
        config["learning_rate"] = 0.001
    if "batch_size" not in config:
        config["batch_size"] = 32
    if "epochs" not in config:
        config["epochs"] = 10
    if "dropout" not in config:
        config["dropout"] = 0.0
    if "optimizer" not in config:
        config["optimizer"] = "adamw"
    if "mixed_precision" not in config:
        config["mixed_precision"] = False
    return config
