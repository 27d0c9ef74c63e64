"""Cart totals for the checkout service."""

from dataclasses import dataclass, field

DISCOUNTS = {"WELCOME10": 10, "VIP25": 25}


@dataclass
class Item:
    sku: str
    price: float
    quantity: int = 1


@dataclass
class Cart:
    items: list = field(default_factory=list)
    code: str = ""

    def add(self, sku, price, quantity=1):
        self.items.append(Item(sku, price, quantity))

    def subtotal(self):
        total = 0.0
        for item in self.items:
            total += item.price * item.quantity
        return total

    def discount(self):
        percent = DISCOUNTS.get(self.code, 0)
        return self.subtotal() * percent / 100

    def total(self):
        return round(self.subtotal() - self.discount(), 2)


def receipt(cart):
    lines = [f"{item.sku} x{item.quantity}" for item in cart.items]
    lines.append(f"total {cart.total():.2f}")
    return "\n".join(lines)
