public class RollingPeak {
    /** Returns the maximum of every window of k consecutive samples, in window order. */
    public static int[] rollingPeak(int[] loads, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
