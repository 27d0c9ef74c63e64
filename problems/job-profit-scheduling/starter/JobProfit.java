public class JobProfit {
    /**
     * Returns the largest total profit of jobs whose windows [starts[i], ends[i]) do not overlap.
     */
    public static long maxBatchProfit(int[] starts, int[] ends, int[] profits) {
        throw new UnsupportedOperationException("not implemented");
    }
}
