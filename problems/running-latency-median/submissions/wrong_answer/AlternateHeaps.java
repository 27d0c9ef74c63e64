import java.util.Collections;
import java.util.PriorityQueue;

/** Wrong: balances the sizes by alternating heaps but never keeps every low value below every high one. */
public class AlternateHeaps {
    public static int[] runningMedians(int[] latencies) {
        PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
        PriorityQueue<Integer> high = new PriorityQueue<>();
        int[] medians = new int[latencies.length];
        for (int i = 0; i < latencies.length; i++) {
            if (low.size() == high.size()) {
                low.add(latencies[i]);
            } else {
                high.add(latencies[i]);
            }
            medians[i] = low.peek();
        }
        return medians;
    }
}
