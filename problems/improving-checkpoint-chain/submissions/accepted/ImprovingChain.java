/**
 * Patience sorting: tails[len] is the smallest score that ends an improving chain of length
 * len + 1. Each score replaces the first tail that is not smaller than it (binary search), or
 * extends the longest chain. O(n log n) time, O(n) space.
 */
public class ImprovingChain {
    public static int longestImprovingChain(int[] scores) {
        int[] tails = new int[scores.length];
        int length = 0;
        for (int score : scores) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < score) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = score;
            if (lo == length) {
                length++;
            }
        }
        return length;
    }
}
