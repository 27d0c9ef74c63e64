public class HeatMap {
    /** Return the total intensity inside each query rectangle [r1, c1, r2, c2], corners included. */
    public static long[] regionTotals(String[] rows, int[][] queries) {
        throw new UnsupportedOperationException("not implemented");
    }
}
