public class FirstUnique {
    /** Return the index of the first id that occurs exactly once in events, or -1. */
    public static int firstUniqueEvent(int[] events) {
        throw new UnsupportedOperationException("not implemented");
    }
}
