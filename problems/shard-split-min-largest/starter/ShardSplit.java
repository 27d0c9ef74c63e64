public class ShardSplit {
    /** Returns the smallest possible largest total when sizes is cut into `groups` contiguous non-empty parts. */
    public static long minLargestGroup(int[] sizes, int groups) {
        throw new UnsupportedOperationException("not implemented");
    }
}
