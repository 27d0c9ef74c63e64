/**
 * One pass: when the budget goes negative after hop i, no start from the current one to i can
 * work, so restart at i + 1. A start exists iff the total is non-negative. O(n), O(1) extra.
 */
public class RingStart {
    public static int firstViableStart(int[] grant, int[] spend) {
        long total = 0;
        long budget = 0;
        int start = 0;
        for (int i = 0; i < grant.length; i++) {
            long delta = (long) grant[i] - spend[i];
            total += delta;
            budget += delta;
            if (budget < 0) {
                start = i + 1;
                budget = 0;
            }
        }
        return total >= 0 ? start : -1;
    }
}
