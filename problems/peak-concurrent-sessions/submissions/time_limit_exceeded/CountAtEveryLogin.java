/** Brute force: the peak is at some login; count the sessions open at each one: O(n^2). */
public class CountAtEveryLogin {
    public static int peakSessions(int[] starts, int[] ends) {
        int peak = 0;
        for (int t : starts) {
            int open = 0;
            for (int j = 0; j < starts.length; j++) {
                if (starts[j] <= t && t < ends[j]) {
                    open++;
                }
            }
            peak = Math.max(peak, open);
        }
        return peak;
    }
}
