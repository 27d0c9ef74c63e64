/** Brute force: grow a window from every start until it needs more than k fixes: O(n * window). */
public class GrowFromEveryStart {
    public static int longestStretch(String statuses, int k) {
        int best = 0;
        for (int left = 0; left < statuses.length(); left++) {
            int[] counts = new int[26];
            int top = 0;
            for (int right = left; right < statuses.length(); right++) {
                top = Math.max(top, ++counts[statuses.charAt(right) - 'A']);
                if ((long) (right - left + 1) - top > k) {
                    break;
                }
                best = Math.max(best, right - left + 1);
            }
        }
        return best;
    }
}
