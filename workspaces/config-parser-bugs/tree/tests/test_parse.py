import pytest

from iniconf.config import parse
from iniconf.errors import ConfigSyntaxError

TEXT = """
# deploy settings
[server]
host = example.org
port: 8080   ; default http-alt
debug = off

[paths]
root = /srv/app
logs = ${root}/logs
"""


def test_sections_and_values():
    c = parse(TEXT)
    assert c.get("server", "host") == "example.org"
    assert c.getint("server", "port") == 8080


def test_same_section_reference():
    assert parse(TEXT).get("paths", "logs") == "/srv/app/logs"


def test_getbool_off_is_false():
    assert parse(TEXT).getbool("server", "debug") is False


def test_syntax_errors_name_the_line():
    with pytest.raises(ConfigSyntaxError, match="line 2"):
        parse("[a]\njust words")
