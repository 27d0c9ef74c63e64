import java.util.Collections;
import java.util.PriorityQueue;

/** Running lower median with two heaps: O(log n) per measurement. */
public class RunningMedian {
    public static int[] runningMedians(int[] latencies) {
        PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder()); // smaller half
        PriorityQueue<Integer> high = new PriorityQueue<>(); // larger half
        int[] medians = new int[latencies.length];
        for (int i = 0; i < latencies.length; i++) {
            int latency = latencies[i];
            if (!low.isEmpty() && latency > low.peek()) {
                high.add(latency);
            } else {
                low.add(latency);
            }
            // keep low.size() == high.size() or high.size() + 1
            if (low.size() > high.size() + 1) {
                high.add(low.poll());
            } else if (high.size() > low.size()) {
                low.add(high.poll());
            }
            medians[i] = low.peek();
        }
        return medians;
    }
}
