import java.util.HashSet;
import java.util.Set;

/** Fewest-token segmentation by DP over prefixes: O(len(text) * max entry length). */
public class Tokens {
    public static int minTokens(String text, String[] vocabulary) {
        Set<String> entries = new HashSet<>();
        int longest = 0;
        for (String entry : vocabulary) {
            entries.add(entry);
            longest = Math.max(longest, entry.length());
        }
        int n = text.length();
        int unreachable = n + 1;
        int[] best = new int[n + 1]; // best[i] = fewest tokens spelling text[0, i)
        for (int end = 1; end <= n; end++) {
            best[end] = unreachable;
            for (int start = Math.max(0, end - longest); start < end; start++) {
                if (best[start] + 1 < best[end] && entries.contains(text.substring(start, end))) {
                    best[end] = best[start] + 1;
                }
            }
        }
        return best[n] == unreachable ? -1 : best[n];
    }
}
