from ledger.total import total


def test_two_amounts():
    assert total([2, 3]) == 5
