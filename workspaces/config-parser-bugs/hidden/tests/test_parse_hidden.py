import pytest

from iniconf.config import parse
from iniconf.errors import MissingKey


def test_hash_inside_a_value_is_kept():
    c = parse("[web]\nurl = https://x.org/docs/#intro  # the landing page\ncolor=#fff")
    assert c.get("web", "url") == "https://x.org/docs/#intro"
    assert c.get("web", "color") == "#fff"


def test_semicolon_comment_after_whitespace_only():
    c = parse("[db]\ndsn = host=a;port=5\nuser = app ; the service user")
    assert c.get("db", "dsn") == "host=a;port=5"
    assert c.get("db", "user") == "app"


def test_keys_are_case_insensitive_sections_are_not():
    c = parse("[Server]\nPort = 80")
    assert c.getint("Server", "port") == 80
    assert c.getint("Server", "PORT") == 80
    with pytest.raises(MissingKey):
        c.get("server", "port")


def test_references_across_sections_and_nested():
    c = parse("[base]\nroot = /opt\napp = ${root}/app\n[job]\nout = ${base:app}/out")
    assert c.get("job", "out") == "/opt/app/out"


def test_reference_to_nothing_is_an_error():
    with pytest.raises(MissingKey):
        parse("[a]\nx = ${nope}").get("a", "x")


def test_getbool_words_and_errors():
    c = parse("[f]\na = YES\nb = 0\nc = maybe")
    assert c.getbool("f", "a") is True
    assert c.getbool("f", "b") is False
    with pytest.raises(ValueError):
        c.getbool("f", "c")
