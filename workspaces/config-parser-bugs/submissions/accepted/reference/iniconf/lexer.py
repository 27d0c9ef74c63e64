"""Turn lines into (line number, kind, payload) tokens."""

import re

from iniconf.errors import ConfigSyntaxError

SECTION = re.compile(r"^\[([^\]]+)\]$")
ENTRY = re.compile(r"^([^=:]+?)\s*[=:]\s*(.*)$")


COMMENT = re.compile(r"(^|\s)[#;].*$")


def strip_comment(line):
    """The line without its comment: from a # or ; at the start or after whitespace."""
    return COMMENT.sub("", line).rstrip()


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
