package dev.acme.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Characterization tests: what the calculator does today, cent for cent. */
class PriceCalculatorTests {

  private final PriceCalculator calculator = new PriceCalculator();

  private static LineItem item(String sku, int quantity, long unitCents) {
    return new LineItem(sku, "misc", quantity, unitCents);
  }

  private Quote quote(String tier, String region, String coupon, boolean express, LineItem... items) {
    return calculator.quote(new Order(tier, region, coupon, express, List.of(items)));
  }

  @Test
  void aSmallUsOrderPaysShippingAndSalesTax() {
    assertEquals(
        new Quote(300, 0, 500, 21, 821, List.of()), quote("standard", "us", null, false, item("pen", 2, 150)));
  }

  @Test
  void silverWithBulkAndSave10InTheEu() {
    assertEquals(
        new Quote(10050, 1695, 900, 1851, 11106, List.of("bulk 5% on mug")),
        quote("silver", "eu", "SAVE10", false, item("mug", 12, 800), item("tea", 1, 450)));
  }

  @Test
  void goldInTheUkWithFreeShipStillPaysForExpress() {
    assertEquals(
        new Quote(60000, 6000, 2500, 11300, 67800, List.of()),
        quote("gold", "uk", "FREESHIP", true, item("chair", 2, 30000)));
  }

  @Test
  void save10BelowItsMinimumIsExplained() {
    assertEquals(
        new Quote(1500, 0, 700, 440, 2640, List.of("SAVE10 needs 20.00 after other discounts")),
        quote("standard", "uk", "SAVE10", false, item("clip", 3, 500)));
  }

  @Test
  void anUnknownCouponIsIgnoredWithANote() {
    assertEquals(
        new Quote(9990, 785, 500, 644, 10349, List.of("bulk 5% on cable", "unknown coupon WINTER ignored")),
        quote("silver", "us", "WINTER", false, item("cable", 10, 999)));
  }

  @Test
  void anUnknownTierIsRefused() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> quote("platinum", "us", null, false, item("pen", 1, 1)));
    assertEquals("unknown tier: platinum", e.getMessage());
  }
}
