import java.util.HashMap;
import java.util.Map;

/** Sliding window over the views; the window's left edge jumps past the last repeat: O(n). */
public class PageSessions {
    public static int longestUniqueRun(int[] pages) {
        Map<Integer, Integer> lastSeen = new HashMap<>();
        int left = 0;
        int best = 0;
        for (int right = 0; right < pages.length; right++) {
            Integer previous = lastSeen.put(pages[right], right);
            if (previous != null && previous >= left) {
                left = previous + 1;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
