/**
 * Sliding window with letter counts: a window is fixable when its length minus its most frequent
 * letter's count is at most k. O(n) time, O(26) space.
 */
public class StatusStretch {
    public static int longestStretch(String statuses, int k) {
        int[] counts = new int[26];
        int best = 0;
        int top = 0; // the largest count seen in any window; the window only grows when it rises
        for (int left = 0, right = 0; right < statuses.length(); right++) {
            top = Math.max(top, ++counts[statuses.charAt(right) - 'A']);
            if ((long) (right - left + 1) - top > k) {
                counts[statuses.charAt(left++) - 'A']--; // slide: the length stays at best
            }
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
