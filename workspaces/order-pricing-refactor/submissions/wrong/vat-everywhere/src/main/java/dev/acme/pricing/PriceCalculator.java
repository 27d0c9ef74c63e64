package dev.acme.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices orders: each line's bulk discount, then the tier's, then the coupon's, on what is left;
 * then shipping and tax by the region's rules.
 */
public final class PriceCalculator {

  private static final Set<String> TIERS = Set.of("standard", "silver", "gold");

  private static final Map<String, Region> REGIONS =
      Map.of(
          "us", new Region(500, 10000, 1500, 7, false),
          "eu", new Region(900, 15000, 2500, 20, true),
          "uk", new Region(700, 15000, 2500, 20, true));

  /**
   * A region's shipping and tax.
   *
   * @param baseShipping charged below {@code freeFrom} unless a coupon waives it
   * @param expressSurcharge charged for express whatever the order's size
   * @param taxOnShipping whether tax is charged on shipping too (VAT)
   */
  private record Region(
      long baseShipping,
      long freeFrom,
      long expressSurcharge,
      int taxPercent,
      boolean taxOnShipping) {

    long shipping(long amount, boolean waived, boolean express) {
      long base = waived || amount >= freeFrom ? 0 : baseShipping;
      return base + (express ? expressSurcharge : 0);
    }

    long tax(long amount, long shipping) {
      return percent(amount + shipping, taxPercent);
    }
  }

  public Quote quote(Order order) {
    Region region = validate(order);
    List<String> notes = new ArrayList<>();
    long subtotal = 0;
    long discount = 0;
    for (LineItem item : order.items()) {
      long line = item.quantity() * item.unitCents();
      subtotal += line;
      if (item.quantity() >= 10) {
        discount += percent(line, 5);
        notes.add("bulk 5% on " + item.sku());
      }
    }
    long rest = subtotal - discount;
    long tierOff = percent(rest, tierPercent(order.tier(), rest));
    long couponOff = couponDiscount(order.coupon(), rest - tierOff, notes);
    rest -= tierOff + couponOff;
    long shipping = region.shipping(rest, "FREESHIP".equals(order.coupon()), order.express());
    long tax = region.tax(rest, shipping);
    if (shipping == 0) {
      notes.add("free shipping");
    }
    return new Quote(
        subtotal,
        discount + tierOff + couponOff,
        shipping,
        tax,
        rest + shipping + tax,
        List.copyOf(notes));
  }

  /** Check the order and return its region's rules. */
  private static Region validate(Order order) {
    if (order.items() == null || order.items().isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one item");
    }
    if (!TIERS.contains(order.tier())) {
      throw new IllegalArgumentException("unknown tier: " + order.tier());
    }
    Region region = REGIONS.get(order.region());
    if (region == null) {
      throw new IllegalArgumentException("unknown region: " + order.region());
    }
    for (LineItem item : order.items()) {
      if (item.quantity() <= 0) {
        throw new IllegalArgumentException("quantity must be positive: " + item.sku());
      }
    }
    return region;
  }

  private static int tierPercent(String tier, long amount) {
    return switch (tier) {
      case "silver" -> 3;
      case "gold" -> amount >= 50000 ? 10 : 7;
      default -> 0;
    };
  }

  /** What the coupon takes off {@code amount}; a coupon that does not apply adds a note. */
  private static long couponDiscount(String coupon, long amount, List<String> notes) {
    if (coupon == null || coupon.isEmpty() || coupon.equals("FREESHIP")) {
      return 0;
    }
    if (!coupon.equals("SAVE10")) {
      notes.add("unknown coupon " + coupon + " ignored");
      return 0;
    }
    if (amount < 2000) {
      notes.add("SAVE10 needs 20.00 after other discounts");
      return 0;
    }
    return percent(amount, 10);
  }

  private static long percent(long amount, int percent) {
    return Math.round(amount * percent / 100.0);
  }
}
