import java.util.HashMap;
import java.util.Map;

/** Brute force: from every start, extend until the span covers required: O(n * span). */
public class GrowFromEveryLine {
    public static int[] shortestCoveringSpan(int[] lines, int[] required) {
        Map<Integer, Integer> template = new HashMap<>();
        for (int kind : required) {
            template.merge(kind, 1, Integer::sum);
        }
        int bestStart = -1;
        int bestEnd = -1;
        for (int start = 0; start < lines.length; start++) {
            Map<Integer, Integer> need = new HashMap<>(template);
            int missing = required.length;
            for (int end = start; end < lines.length; end++) {
                Integer wanted = need.get(lines[end]);
                if (wanted != null) {
                    if (wanted > 0) {
                        missing--;
                    }
                    need.put(lines[end], wanted - 1);
                }
                if (missing == 0) {
                    if (bestStart < 0 || end - start < bestEnd - bestStart) {
                        bestStart = start;
                        bestEnd = end;
                    }
                    break;
                }
            }
        }
        return bestStart < 0 ? new int[0] : new int[] {bestStart, bestEnd};
    }
}
