import java.util.Arrays;

/**
 * Wrong: counts, for each session in login order, how many earlier sessions are still open, but
 * compares against the logouts in the *same* order as the logins (unsorted), as if the i-th
 * logout belonged to the i-th sorted login.
 */
public class PairedSort {
    public static int peakSessions(int[] starts, int[] ends) {
        int[] in = starts.clone();
        Arrays.sort(in);
        int open = 0;
        int peak = 0;
        int j = 0;
        for (int start : in) {
            while (j < ends.length && ends[j] <= start) {
                open--;
                j++;
            }
            open++;
            peak = Math.max(peak, open);
        }
        return peak;
    }
}
