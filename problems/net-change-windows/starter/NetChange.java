public class NetChange {
    /** Return how many runs of consecutive minutes have changes summing to exactly target. */
    public static long countPeriods(int[] changes, long target) {
        throw new UnsupportedOperationException("not implemented");
    }
}
