import java.util.Arrays;

/**
 * Wrong: the right rounds, but prices are kept in int. A route of three links of 10^9 already wraps
 * past 2^31 - 1 and looks cheap (negative).
 */
public class IntPrices {
    private static final int UNREACHED = Integer.MAX_VALUE;

    public static long cheapestTransfer(int regions, int[][] links, int source, int target, int maxRelays) {
        int[] best = new int[regions];
        Arrays.fill(best, UNREACHED);
        best[source] = 0;
        for (int round = 0; round <= maxRelays; round++) {
            int[] previous = best.clone(); // relax only from last round's prices: one more link per round
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
