package dev.acme.pricing;

import java.util.ArrayList;
import java.util.List;

/** Prices orders. Every rule of the shop is in here. */
public final class PriceCalculator {

  public Quote quote(Order o) {
    List<String> notes = new ArrayList<>();
    if (o.items() == null || o.items().isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one item");
    }
    if (!o.tier().equals("standard") && !o.tier().equals("silver") && !o.tier().equals("gold")) {
      throw new IllegalArgumentException("unknown tier: " + o.tier());
    }
    if (!o.region().equals("us") && !o.region().equals("eu") && !o.region().equals("uk")) {
      throw new IllegalArgumentException("unknown region: " + o.region());
    }
    long subtotal = 0;
    long discount = 0;
    for (LineItem item : o.items()) {
      if (item.quantity() <= 0) {
        throw new IllegalArgumentException("quantity must be positive: " + item.sku());
      }
      long line = item.quantity() * item.unitCents();
      subtotal += line;
      if (item.quantity() >= 10) {
        long off = Math.round(line * 5 / 100.0);
        discount += off;
        notes.add("bulk 5% on " + item.sku());
      }
    }
    long rest = subtotal - discount;
    if (o.tier().equals("silver")) {
      long off = Math.round(rest * 3 / 100.0);
      discount += off;
      rest -= off;
    } else if (o.tier().equals("gold")) {
      if (rest >= 50000) {
        long off = Math.round(rest * 10 / 100.0);
        discount += off;
        rest -= off;
      } else {
        long off = Math.round(rest * 7 / 100.0);
        discount += off;
        rest -= off;
      }
    }
    boolean freeShip = false;
    if (o.coupon() != null && !o.coupon().isEmpty()) {
      if (o.coupon().equals("SAVE10")) {
        if (rest >= 2000) {
          long off = Math.round(rest * 10 / 100.0);
          discount += off;
          rest -= off;
        } else {
          notes.add("SAVE10 needs 20.00 after other discounts");
        }
      } else if (o.coupon().equals("FREESHIP")) {
        freeShip = true;
      } else {
        notes.add("unknown coupon " + o.coupon() + " ignored");
      }
    }
    long shipping = 0;
    long tax = 0;
    if (o.region().equals("us")) {
      if (!freeShip && rest < 10000) {
        shipping = 500;
      }
      if (o.express()) {
        shipping += 1500;
      }
      tax = Math.round(rest * 7 / 100.0);
    } else if (o.region().equals("eu")) {
      if (!freeShip && rest < 15000) {
        shipping = 900;
      }
      if (o.express()) {
        shipping += 2500;
      }
      tax = Math.round((rest + shipping) * 20 / 100.0);
    } else {
      if (!freeShip && rest < 15000) {
        shipping = 700;
      }
      if (o.express()) {
        shipping += 2500;
      }
      tax = Math.round((rest + shipping) * 20 / 100.0);
    }
    if (shipping == 0) {
      notes.add("free shipping");
    }
    long total = rest + shipping + tax;
    return new Quote(subtotal, discount, shipping, tax, total, List.copyOf(notes));
  }
}
