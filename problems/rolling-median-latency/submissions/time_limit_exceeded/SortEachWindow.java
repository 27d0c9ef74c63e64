import java.util.Arrays;

/** Brute force: sort every window: O((n - k + 1) * k log k). */
public class SortEachWindow {
    public static double[] rollingMedian(int[] latencies, int k) {
        int n = latencies.length;
        if (k > n) {
            return new double[0];
        }
        double[] medians = new double[n - k + 1];
        for (int start = 0; start + k <= n; start++) {
            int[] window = Arrays.copyOfRange(latencies, start, start + k);
            Arrays.sort(window);
            medians[start] = ((long) window[(k - 1) / 2] + window[k / 2]) / 2.0;
        }
        return medians;
    }
}
