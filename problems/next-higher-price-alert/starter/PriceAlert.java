public class PriceAlert {
    /** Returns, for each day, the days until a strictly higher price (0 if it never comes). */
    public static int[] daysUntilHigher(int[] prices) {
        throw new UnsupportedOperationException("not implemented");
    }
}
