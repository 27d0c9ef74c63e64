"""The parsed configuration."""

import re

from iniconf.errors import ConfigSyntaxError, MissingKey
from iniconf.lexer import tokens

REFERENCE = re.compile(r"\$\{([^}]+)\}")
TRUE = {"true", "yes", "on", "1"}
FALSE = {"false", "no", "off", "0"}


class Config:
    def __init__(self, sections):
        self.sections = sections

    def raw(self, section, key):
        try:
            return self.sections[section][key.lower()]
        except KeyError:
            raise MissingKey("no %s in [%s]" % (key, section))

    def get(self, section, key):
        """The value with its references replaced."""
        value = self.raw(section, key)

        def replace(match):
            ref = match.group(1)
            target_section, target_key = ref.split(":", 1) if ":" in ref else (section, ref)
            return self.get(target_section, target_key)

        return REFERENCE.sub(replace, value)

    def getint(self, section, key):
        value = self.get(section, key)
        try:
            return int(value)
        except ValueError:
            raise ValueError("[%s] %s must be a whole number, was %r" % (section, key, value))

    def getbool(self, section, key):
        value = self.get(section, key)
        if value.lower() not in TRUE | FALSE:
            raise ValueError("[%s] %s must be true or false, was %r" % (section, key, value))
        return value.lower() in TRUE


def parse(text):
    sections = {}
    current = None
    for number, kind, payload in tokens(text):
        if kind == "section":
            if payload in sections:
                raise ConfigSyntaxError("line %d: section [%s] appears twice" % (number, payload))
            current = sections[payload] = {}
        else:
            if current is None:
                raise ConfigSyntaxError("line %d: a key before any [section]" % number)
            key, value = payload
            current[key.lower()] = value
    return Config(sections)
