/** Brute force: every range [s, e] with a running minimum, O(n^2). */
public class EveryRange {
    public static long largestReservation(int[] freeGpus) {
        long best = 0;
        for (int s = 0; s < freeGpus.length; s++) {
            int min = Integer.MAX_VALUE;
            for (int e = s; e < freeGpus.length; e++) {
                min = Math.min(min, freeGpus[e]);
                best = Math.max(best, (long) min * (e - s + 1));
            }
        }
        return best;
    }
}
