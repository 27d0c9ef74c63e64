"""Turn lines into (line number, kind, payload) tokens."""

import re

from iniconf.errors import ConfigSyntaxError

SECTION = re.compile(r"^\[([^\]]+)\]$")
ENTRY = re.compile(r"^([^=:]+?)\s*[=:]\s*(.*)$")


def strip_comment(line):
    """The line without its comment."""
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


def tokens(text):
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw).strip()
        if not line:
            continue
        m = SECTION.match(line)
        if m:
            yield number, "section", m.group(1).strip()
            continue
        m = ENTRY.match(line)
        if m:
            yield number, "entry", (m.group(1).strip(), m.group(2).strip())
            continue
        raise ConfigSyntaxError("line %d: expected [section] or key = value, got %r" % (number, raw.strip()))
