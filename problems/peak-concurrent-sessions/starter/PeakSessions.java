public class PeakSessions {
    /** Return the most sessions open at once; session i is open on [starts[i], ends[i]). */
    public static int peakSessions(int[] starts, int[] ends) {
        throw new UnsupportedOperationException("not implemented");
    }
}
