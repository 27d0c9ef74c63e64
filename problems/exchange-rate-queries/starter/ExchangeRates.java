public class ExchangeRates {
    /**
     * Returns, for each query [x, y], how many units of y one unit of x is worth, or -1.0 when a
     * currency is unknown or no chain of published rates links x and y.
     */
    public static double[] exchangeRates(String[][] pairs, double[] rates, String[][] queries) {
        throw new UnsupportedOperationException("not implemented");
    }
}
