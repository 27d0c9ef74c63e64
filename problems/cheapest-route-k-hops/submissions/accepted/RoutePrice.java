import java.util.Arrays;

/**
 * Bellman-Ford limited to maxRelays + 1 rounds: after round r, best[v] is the cheapest price of
 * reaching v with at most r links. O((maxRelays + 1) * links) time, O(regions) space.
 */
public class RoutePrice {
    private static final long UNREACHED = Long.MAX_VALUE;

    public static long cheapestTransfer(int regions, int[][] links, int source, int target, int maxRelays) {
        long[] best = new long[regions];
        Arrays.fill(best, UNREACHED);
        best[source] = 0;
        for (int round = 0; round <= maxRelays; round++) {
            long[] previous = best.clone(); // relax only from last round's prices: one more link per round
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
