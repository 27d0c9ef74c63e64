public class Machines {
    /** Returns the fewest machines that run every job [starts[i], starts[i] + durations[i]). */
    public static int minMachines(long[] starts, long[] durations) {
        throw new UnsupportedOperationException("not implemented");
    }

    /** Returns the machine number of every job under the lowest-free-machine rule. */
    public static int[] assignMachines(long[] starts, long[] durations) {
        throw new UnsupportedOperationException("not implemented");
    }
}
