import java.util.HashSet;
import java.util.Set;

/** Brute force: grow a fresh set from every start until a repeat: O(n * L) for runs of length L. */
public class RestartFromEveryView {
    public static int longestUniqueRun(int[] pages) {
        int best = 0;
        for (int start = 0; start < pages.length; start++) {
            Set<Integer> seen = new HashSet<>();
            int end = start;
            while (end < pages.length && seen.add(pages[end])) {
                end++;
            }
            best = Math.max(best, end - start);
        }
        return best;
    }
}
