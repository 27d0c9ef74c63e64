import java.util.HashMap;
import java.util.Map;

/** Wrong: jumps the left edge to the last repeat even when that is already outside the window. */
public class LeftEdgeMovesBack {
    public static int longestUniqueRun(int[] pages) {
        Map<Integer, Integer> lastSeen = new HashMap<>();
        int left = 0;
        int best = 0;
        for (int right = 0; right < pages.length; right++) {
            Integer previous = lastSeen.put(pages[right], right);
            if (previous != null) {
                left = previous + 1; // may move the window's start backwards
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
