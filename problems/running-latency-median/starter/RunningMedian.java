public class RunningMedian {
    /** Returns the lower median of each prefix of the latency stream. */
    public static int[] runningMedians(int[] latencies) {
        throw new UnsupportedOperationException("not implemented");
    }
}
