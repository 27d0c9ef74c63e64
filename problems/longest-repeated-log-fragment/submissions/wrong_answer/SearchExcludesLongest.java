import java.util.HashSet;
import java.util.Set;

/**
 * Wrong: binary search over lengths in [1, n - 1) instead of [1, n - 1], so the longest possible
 * repeat (n - 1, as in "aaaa") is never tried, and "aa" gives "".
 */
public class SearchExcludesLongest {
    public static String longestRepeatedFragment(String line) {
        int n = line.length();
        int lo = 1;
        int hi = n - 1; // exclusive: the bug
        String best = "";
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            String found = earliestRepeat(line, mid);
            if (found != null) {
                best = found;
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    private static String earliestRepeat(String line, int length) {
        Set<String> seen = new HashSet<>();
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (int i = 0; i + length <= line.length(); i++) {
            String piece = line.substring(i, i + length);
            if (!seen.add(piece)) {
                int start = line.indexOf(piece);
                if (start < bestStart) {
                    bestStart = start;
                    best = piece;
                }
            }
        }
        return best;
    }
}
