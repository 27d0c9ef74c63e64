public class ReportingPairs {
    /** Return the number of pairs i < j with amounts[i] + amounts[j] <= limit. */
    public static long countPairsWithin(int[] amounts, long limit) {
        throw new UnsupportedOperationException("not implemented");
    }
}
