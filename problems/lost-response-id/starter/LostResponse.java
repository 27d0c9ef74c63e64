public class LostResponse {
    /** Return the only id that occurs once in the log (every other id occurs twice). */
    public static int lostRequest(int[] log) {
        throw new UnsupportedOperationException("not implemented");
    }
}
