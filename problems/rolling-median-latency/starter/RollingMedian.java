public class RollingMedian {
    /**
     * Returns the median of every window of k consecutive latencies, in window order. The median
     * of an even window is the mean of its two middle values.
     */
    public static double[] rollingMedian(int[] latencies, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
