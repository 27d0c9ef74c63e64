public class InterleaveJobs {
    /**
     * Returns the job numbers in the dispatcher's order (no tenant twice in a row, most jobs left
     * first, ties to the earliest remaining job), or an empty array when no such order exists.
     */
    public static int[] interleaveJobs(String[] tenants) {
        throw new UnsupportedOperationException("not implemented");
    }
}
