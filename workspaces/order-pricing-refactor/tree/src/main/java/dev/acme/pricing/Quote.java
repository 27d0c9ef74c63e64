package dev.acme.pricing;

import java.util.List;

/** What an order costs, in cents, with notes for the customer. */
public record Quote(
    long subtotalCents,
    long discountCents,
    long shippingCents,
    long taxCents,
    long totalCents,
    List<String> notes) {}
