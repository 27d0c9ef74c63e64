/**
 * Wrong: tests a window with length > top + k in int arithmetic; with k near 2^31 - 1 the sum wraps
 * negative, every window looks unfixable and the stretch stays short.
 */
public class IntSumOverflows {
    public static int longestStretch(String statuses, int k) {
        int[] counts = new int[26];
        int best = 0;
        int top = 0;
        for (int left = 0, right = 0; right < statuses.length(); right++) {
            top = Math.max(top, ++counts[statuses.charAt(right) - 'A']);
            if (right - left + 1 > top + k) {
                counts[statuses.charAt(left++) - 'A']--;
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
