/** Brute force: scan each window for its maximum: O((n - k + 1) * k). */
public class EveryWindow {
    public static int[] rollingPeak(int[] loads, int k) {
        int n = loads.length;
        if (k > n) {
            return new int[0];
        }
        int[] peaks = new int[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            int peak = loads[i];
            for (int j = i + 1; j < i + k; j++) {
                if (loads[j] > peak) {
                    peak = loads[j];
                }
            }
            peaks[i] = peak;
        }
        return peaks;
    }
}
