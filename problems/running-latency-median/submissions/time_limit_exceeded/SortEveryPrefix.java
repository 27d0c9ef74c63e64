import java.util.Arrays;

/** Brute force: copy and sort the prefix after every measurement, O(n^2 log n). */
public class SortEveryPrefix {
    public static int[] runningMedians(int[] latencies) {
        int[] medians = new int[latencies.length];
        for (int i = 0; i < latencies.length; i++) {
            int[] prefix = Arrays.copyOf(latencies, i + 1);
            Arrays.sort(prefix);
            medians[i] = prefix[i / 2];
        }
        return medians;
    }
}
