import java.util.Comparator;
import java.util.TreeSet;

/**
 * Wrong: the two middle latencies of an even window are added as ints; near 2^31 - 1 the sum
 * overflows and the median comes out negative.
 */
public class IntSumMedian {
    public static double[] rollingMedian(int[] latencies, int k) {
        int n = latencies.length;
        if (k > n) {
            return new double[0];
        }
        Comparator<Integer> byLatency =
                Comparator.<Integer>comparingInt(i -> latencies[i]).thenComparingInt(i -> i);
        TreeSet<Integer> low = new TreeSet<>(byLatency);
        TreeSet<Integer> high = new TreeSet<>(byLatency);
        double[] medians = new double[n - k + 1];
        for (int i = 0; i < n; i++) {
            if (i >= k && !low.remove(i - k)) {
                high.remove(i - k);
            }
            low.add(i);
            high.add(low.pollLast());
            if (high.size() > low.size()) {
                low.add(high.pollFirst());
            }
            if (i >= k - 1) {
                int lower = latencies[low.last()];
                medians[i - k + 1] = k % 2 == 1 ? lower : (lower + latencies[high.first()]) / 2.0;
            }
        }
        return medians;
    }
}
