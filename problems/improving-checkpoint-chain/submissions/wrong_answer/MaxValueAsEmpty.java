import java.util.Arrays;

/**
 * Wrong: fills the tails with Integer.MAX_VALUE as the "empty" marker and counts the tails that
 * are not the marker, so a chain ending in a real score of 2^31 - 1 loses its last checkpoint.
 */
public class MaxValueAsEmpty {
    public static int longestImprovingChain(int[] scores) {
        int[] tails = new int[scores.length + 1];
        Arrays.fill(tails, Integer.MAX_VALUE);
        for (int score : scores) {
            int lo = 0;
            int hi = scores.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < score) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = score;
        }
        int length = 0;
        while (tails[length] != Integer.MAX_VALUE) {
            length++;
        }
        return length;
    }
}
