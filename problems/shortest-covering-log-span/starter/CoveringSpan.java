public class CoveringSpan {
    /** Return [start, end] of the shortest, then earliest, span covering required, or []. */
    public static int[] shortestCoveringSpan(int[] lines, int[] required) {
        throw new UnsupportedOperationException("not implemented");
    }
}
