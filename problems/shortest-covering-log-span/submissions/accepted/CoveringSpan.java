import java.util.HashMap;
import java.util.Map;

/**
 * Sliding window with a count of what is still missing: grow the right edge until nothing is
 * missing, then shrink from the left while that stays true. Each line enters and leaves the
 * window once: O(n + m) time, O(m) space.
 */
public class CoveringSpan {
    public static int[] shortestCoveringSpan(int[] lines, int[] required) {
        Map<Integer, Integer> need = new HashMap<>(); // copies still wanted; negative: spare
        for (int kind : required) {
            need.merge(kind, 1, Integer::sum);
        }
        int missing = required.length;
        int bestStart = -1;
        int bestEnd = -1;
        int left = 0;
        for (int right = 0; right < lines.length; right++) {
            Integer wanted = need.get(lines[right]);
            if (wanted != null) {
                if (wanted > 0) {
                    missing--;
                }
                need.put(lines[right], wanted - 1);
            }
            while (missing == 0) {
                if (bestStart < 0 || right - left < bestEnd - bestStart) {
                    bestStart = left;
                    bestEnd = right;
                }
                Integer first = need.get(lines[left]);
                if (first != null) {
                    if (first == 0) {
                        missing++;
                    }
                    need.put(lines[left], first + 1);
                }
                left++;
            }
        }
        return bestStart < 0 ? new int[0] : new int[] {bestStart, bestEnd};
    }
}
