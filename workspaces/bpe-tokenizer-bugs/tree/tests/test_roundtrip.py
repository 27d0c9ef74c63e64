from tinybpe.encoder import Encoder
from tinybpe.trainer import train


def test_decode_restores_the_text():
    enc = Encoder(train(["low lower lowest"], num_merges=5))
    assert enc.decode(enc.ids("low lower")) == "low lower"
