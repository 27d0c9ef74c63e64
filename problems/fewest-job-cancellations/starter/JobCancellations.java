public class JobCancellations {
    /**
     * Returns the fewest jobs to cancel so that no two of the remaining jobs overlap. Each job is
     * {start, end}, in epoch milliseconds, and runs over the half-open span [start, end).
     */
    public static int fewestCancellations(long[][] jobs) {
        throw new UnsupportedOperationException("not implemented");
    }
}
