import pytest

from trainconf.errors import ConfigError
from trainconf.loader import load

DEFAULTS = {"learning_rate": 0.001, "batch_size": 32, "epochs": 10, "dropout": 0.0, "optimizer": "adamw", "mixed_precision": False}


def test_an_empty_file_gives_the_defaults():
    assert load("# nothing\n\n") == DEFAULTS


def test_values_are_typed():
    config = load("learning_rate = 0.01\nbatch_size=64  # per device\nmixed_precision = yes\noptimizer = sgd")
    assert config == {**DEFAULTS, "learning_rate": 0.01, "batch_size": 64, "mixed_precision": True, "optimizer": "sgd"}


@pytest.mark.parametrize(
    "text, message",
    [
        ("epochs = ten", "line 1: epochs must be a whole number, was 'ten'"),
        ("\ndropout = 1", "line 2: dropout must be in [0, 1), was '1'"),
        ("optimizer = lion", "line 1: optimizer must be one of sgd, adam, adamw, was 'lion'"),
        ("momentum = 0.9", "line 1: unknown key 'momentum'"),
        ("epochs = 3\nepochs = 4", "line 2: epochs is set twice"),
        ("just words", "line 1: expected key = value"),
    ],
)
def test_errors_name_the_line_and_the_key(text, message):
    with pytest.raises(ConfigError) as error:
        load(text)
    assert str(error.value) == message
