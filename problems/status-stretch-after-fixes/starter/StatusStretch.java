public class StatusStretch {
    /** Returns the length of the longest substring that is one letter after changing at most k letters. */
    public static int longestStretch(String statuses, int k) {
        throw new UnsupportedOperationException("not implemented");
    }
}
