package dev.acme.pricing;

import java.util.List;

/**
 * An order to price.
 *
 * @param tier standard, silver or gold
 * @param region us, eu or uk
 * @param coupon a coupon code, or null or empty for none
 * @param express whether the customer pays for express shipping
 */
public record Order(
    String tier, String region, String coupon, boolean express, List<LineItem> items) {}
