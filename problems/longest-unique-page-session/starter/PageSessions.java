public class PageSessions {
    /** Return the length of the longest run of consecutive views with no repeated page. */
    public static int longestUniqueRun(int[] pages) {
        throw new UnsupportedOperationException("not implemented");
    }
}
