from ledger.total import total


def test_empty_ledger_is_zero():
    assert total([]) == 0


def test_single_amount_secret_hidden_marker():
    assert total([7]) == 7
