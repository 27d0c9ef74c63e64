package dev.acme.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorHiddenTests {

  private final PriceCalculator calculator = new PriceCalculator();

  private Quote quote(String tier, String region, String coupon, boolean express, LineItem... items) {
    return calculator.quote(new Order(tier, region, coupon, express, List.of(items)));
  }

  private String refusal(Order order) {
    return assertThrows(IllegalArgumentException.class, () -> calculator.quote(order)).getMessage();
  }

  @Test
  void expressOnAFreeShippingUsOrderIsTheSurchargeAlone() {
    assertEquals(
        new Quote(25000, 0, 1500, 1750, 28250, List.of()),
        quote("standard", "us", "", true, new LineItem("desk", "furniture", 1, 25000)));
  }

  @Test
  void goldBelowTheThresholdGetsSevenPercent() {
    assertEquals(
        new Quote(12000, 840, 900, 2412, 14472, List.of()),
        quote("gold", "eu", null, false, new LineItem("lamp", "home", 3, 4000)));
  }

  @Test
  void goldAtTheThresholdGetsTenPercentThenSave10() {
    assertEquals(
        new Quote(50001, 9500, 1500, 2835, 44836, List.of()),
        quote(
            "gold",
            "us",
            "SAVE10",
            true,
            new LineItem("tv", "tech", 1, 49999),
            new LineItem("bracket", "tech", 1, 2)));
  }

  @Test
  void freeShipInTheEuIsNoted() {
    assertEquals(
        new Quote(1999, 0, 0, 400, 2399, List.of("free shipping")),
        quote("standard", "eu", "FREESHIP", false, new LineItem("book", "books", 1, 1999)));
  }

  @Test
  void ukVatIsChargedOnShippingToo() {
    assertEquals(
        new Quote(14999, 450, 3200, 3550, 21299, List.of()),
        quote("silver", "uk", null, true, new LineItem("rug", "home", 1, 14999)));
  }

  @Test
  void badOrdersAreRefusedWithTheSameMessages() {
    LineItem pen = new LineItem("pen", "office", 1, 100);
    assertEquals("an order needs at least one item", refusal(new Order("gold", "us", null, false, List.of())));
    assertEquals("unknown region: mars", refusal(new Order("gold", "mars", null, false, List.of(pen))));
    assertEquals(
        "quantity must be positive: zero",
        refusal(new Order("gold", "us", null, false, List.of(new LineItem("zero", "x", 0, 5)))));
  }
}
