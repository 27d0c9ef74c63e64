public class EventGaps {
    /** Return the k-th smallest (1-based) of the pairwise gaps |times[i] - times[j]|, i < j. */
    public static int kthSmallestGap(int[] times, long k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
