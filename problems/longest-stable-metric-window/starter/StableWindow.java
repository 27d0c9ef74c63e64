public class StableWindow {
    /** Return the length of the longest run of readings whose max - min is at most tolerance. */
    public static int longestStableWindow(int[] readings, long tolerance) {
        throw new UnsupportedOperationException("not implemented");
    }
}
