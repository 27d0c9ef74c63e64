/** Brute force: from every start, extend while the running spread stays in tolerance: O(n * L). */
public class ExtendFromEveryStart {
    public static int longestStableWindow(int[] readings, long tolerance) {
        int best = 0;
        for (int start = 0; start < readings.length; start++) {
            long max = readings[start];
            long min = readings[start];
            int end = start;
            while (end < readings.length) {
                max = Math.max(max, readings[end]);
                min = Math.min(min, readings[end]);
                if (max - min > tolerance) {
                    break;
                }
                end++;
            }
            best = Math.max(best, end - start);
        }
        return best;
    }
}
