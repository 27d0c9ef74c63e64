import java.util.ArrayList;
import java.util.List;

/** Brute force: depth-first search over every route of at most maxRelays + 1 links: exponential. */
public class EveryRoute {
    public static long cheapestTransfer(int regions, int[][] links, int source, int target, int maxRelays) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            out.add(new ArrayList<>());
        }
        for (int[] link : links) {
            out.get(link[0]).add(link);
        }
        long best = walk(out, source, target, maxRelays + 1);
        return best == Long.MAX_VALUE ? -1 : best;
    }

    private static long walk(List<List<int[]>> out, int at, int target, int linksLeft) {
        if (at == target) {
            return 0;
        }
        if (linksLeft == 0) {
            return Long.MAX_VALUE;
        }
        long best = Long.MAX_VALUE;
        for (int[] link : out.get(at)) {
            long rest = walk(out, link[1], target, linksLeft - 1);
            if (rest != Long.MAX_VALUE) {
                best = Math.min(best, rest + link[2]);
            }
        }
        return best;
    }
}
