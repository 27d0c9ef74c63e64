import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sweep the distinct start and end times in order with a max-heap of active reservations keyed by
 * capacity; expired ones are dropped lazily when they reach the top. O(n log n).
 */
public class CapacitySkyline {
    public static List<long[]> capacityOutline(long[][] reservations) {
        long[][] byStart = reservations.clone();
        Arrays.sort(byStart, Comparator.comparingLong(r -> r[0]));
        long[] times = new long[2 * reservations.length];
        for (int i = 0; i < reservations.length; i++) {
            times[2 * i] = reservations[i][0];
            times[2 * i + 1] = reservations[i][1];
        }
        Arrays.sort(times);
        PriorityQueue<long[]> active = new PriorityQueue<>((a, b) -> Long.compare(b[2], a[2]));
        List<long[]> outline = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < times.length; i++) {
            long time = times[i];
            if (i > 0 && time == times[i - 1]) {
                continue;
            }
            while (next < byStart.length && byStart[next][0] == time) {
                active.add(byStart[next++]);
            }
            while (!active.isEmpty() && active.peek()[1] <= time) {
                active.poll(); // ended at or before time: [start, end) is half-open
            }
            long floor = active.isEmpty() ? 0 : active.peek()[2];
            if (outline.isEmpty() || outline.get(outline.size() - 1)[1] != floor) {
                outline.add(new long[] {time, floor});
            }
        }
        return outline;
    }
}
