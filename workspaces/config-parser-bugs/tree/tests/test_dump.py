from iniconf.config import parse
from iniconf.dump import dump


def test_dump_writes_sections_in_order():
    text = dump(parse("[a]\nx = 1\n[b]\ny = ${a:x}"))
    assert text == "[a]\nx = 1\n\n[b]\ny = ${a:x}\n"
