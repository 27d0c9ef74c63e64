import java.util.Arrays;

/**
 * Wrong: relaxes in place within a round. A price improved earlier in the round is used again later
 * in the same round, so one round can chain several links and the relay limit is exceeded.
 */
public class InPlaceRelaxation {
    private static final long UNREACHED = Long.MAX_VALUE;

    public static long cheapestTransfer(int regions, int[][] links, int source, int target, int maxRelays) {
        long[] best = new long[regions];
        Arrays.fill(best, UNREACHED);
        best[source] = 0;
        for (int round = 0; round <= maxRelays; round++) {
            long[] previous = best; // same array: updates are visible at once
            boolean changed = false;
            for (int[] link : links) {
                if (previous[link[0]] != UNREACHED && previous[link[0]] + link[2] < best[link[1]]) {
                    best[link[1]] = previous[link[0]] + link[2];
                    changed = true;
                }
            }
            if (!changed) {
                break; // more links cannot help any more
            }
        }
        return best[target] == UNREACHED ? -1 : best[target];
    }
}
