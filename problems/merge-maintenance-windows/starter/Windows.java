public class Windows {
    /** Return the spans [start, end) during which at least one window is open, sorted by start. */
    public static int[][] mergeWindows(int[][] windows) {
        throw new UnsupportedOperationException("not implemented");
    }
}
