package dev.acme.pricing;

/** One line of an order: {@code quantity} units of {@code sku} at {@code unitCents} each. */
public record LineItem(String sku, String category, int quantity, long unitCents) {}
