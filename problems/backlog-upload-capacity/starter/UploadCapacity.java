public class UploadCapacity {
    /** Return the smallest daily quota that moves every shard, in order, within days days. */
    public static long minDailyCapacity(int[] sizes, int days) {
        throw new UnsupportedOperationException("not implemented");
    }
}
