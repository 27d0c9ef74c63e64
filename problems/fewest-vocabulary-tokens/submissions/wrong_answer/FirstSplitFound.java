import java.util.HashSet;
import java.util.Set;

/** Wrong: memoised word break that keeps the first split it finds (shortest last token), not the fewest. */
public class FirstSplitFound {
    public static int minTokens(String text, String[] vocabulary) {
        Set<String> entries = new HashSet<>(java.util.List.of(vocabulary));
        int n = text.length();
        int[] tokens = new int[n + 1];
        java.util.Arrays.fill(tokens, -1);
        tokens[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                if (tokens[start] >= 0 && entries.contains(text.substring(start, end))) {
                    tokens[end] = tokens[start] + 1; // the shortest last token wins
                    break;
                }
            }
        }
        return tokens[n];
    }
}
