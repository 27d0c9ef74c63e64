from cart import Cart


def test_total_of_two_items():
    cart = Cart()
    cart.add("pen", 1.5, 2)
    cart.add("pad", 4.0)
    assert cart.total() == 7.0


def test_welcome_code_takes_ten_percent():
    cart = Cart(code="WELCOME10")
    cart.add("book", 20.0)
    assert cart.total() == 18.0
