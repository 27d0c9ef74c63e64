public class Reservation {
    /** Returns the largest g * hours block that fits under the free-GPU histogram. */
    public static long largestReservation(int[] freeGpus) {
        throw new UnsupportedOperationException("not implemented");
    }
}
