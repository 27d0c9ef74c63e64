import java.util.Arrays;

/**
 * Sweep line: sort the login and the logout times separately and walk them like a merge, taking
 * logouts first at equal times (a session is open on [start, end)). O(n log n) time, O(n) space.
 */
public class PeakSessions {
    public static int peakSessions(int[] starts, int[] ends) {
        int[] in = starts.clone();
        int[] out = ends.clone();
        Arrays.sort(in);
        Arrays.sort(out);
        int open = 0;
        int peak = 0;
        int j = 0;
        for (int start : in) {
            while (out[j] <= start) {
                open--;
                j++;
            }
            open++;
            peak = Math.max(peak, open);
        }
        return peak;
    }
}
