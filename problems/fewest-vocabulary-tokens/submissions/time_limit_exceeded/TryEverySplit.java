import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Brute force: recursion over every first token, no memo: exponential in the text's length. */
public class TryEverySplit {
    public static int minTokens(String text, String[] vocabulary) {
        Set<String> entries = new HashSet<>(List.of(vocabulary));
        int result = fewest(text, 0, entries);
        return result == Integer.MAX_VALUE ? -1 : result;
    }

    private static int fewest(String text, int start, Set<String> entries) {
        if (start == text.length()) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        for (int end = start + 1; end <= Math.min(text.length(), start + 20); end++) {
            if (entries.contains(text.substring(start, end))) {
                int rest = fewest(text, end, entries);
                if (rest != Integer.MAX_VALUE) {
                    best = Math.min(best, rest + 1);
                }
            }
        }
        return best;
    }
}
