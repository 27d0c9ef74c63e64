import pytest

from trainconf.errors import ConfigError
from trainconf.loader import load


@pytest.mark.parametrize(
    "text, message",
    [
        ("learning_rate = fast", "line 1: learning_rate must be a number, was 'fast'"),
        ("learning_rate = 0", "line 1: learning_rate must be in (0, 1], was '0'"),
        ("batch_size = 0", "line 1: batch_size must be in [1, 65536], was '0'"),
        ("batch_size = 8.5", "line 1: batch_size must be a whole number, was '8.5'"),
        ("epochs = 1001", "line 1: epochs must be in [1, 1000], was '1001'"),
        ("dropout = x", "line 1: dropout must be a number, was 'x'"),
        ("mixed_precision = maybe", "line 1: mixed_precision must be true or false, was 'maybe'"),
    ],
    ids=["lr-type", "lr-range", "batch-range", "batch-type", "epochs-range", "dropout-type", "bool"],
)
def test_every_option_checks_type_and_range(text, message):
    with pytest.raises(ConfigError) as error:
        load(text)
    assert str(error.value) == message


def test_bounds_are_inclusive_where_documented():
    config = load("learning_rate = 1\nbatch_size = 65536\nepochs = 1\ndropout = 0\nmixed_precision = FALSE\noptimizer = adam")
    assert config == {"learning_rate": 1.0, "batch_size": 65536, "epochs": 1, "dropout": 0.0, "mixed_precision": False, "optimizer": "adam"}
    assert isinstance(config["batch_size"], int) and isinstance(config["learning_rate"], float)


def test_error_is_a_value_error():
    with pytest.raises(ValueError):
        load("epochs = -1")
