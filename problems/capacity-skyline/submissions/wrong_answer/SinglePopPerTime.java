import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Wrong: drops at most one expired reservation per time ({@code if} instead of {@code while}), so
 * when the top ends and the next one in the heap had already ended, the stale one sets the floor.
 */
public class SinglePopPerTime {
    public static List<long[]> capacityOutline(long[][] reservations) {
        long[][] byStart = reservations.clone();
        Arrays.sort(byStart, Comparator.comparingLong(r -> r[0]));
        long[] times = Arrays.stream(reservations).flatMapToLong(r -> Arrays.stream(new long[] {r[0], r[1]})).sorted().distinct().toArray();
        PriorityQueue<long[]> active = new PriorityQueue<>((a, b) -> Long.compare(b[2], a[2]));
        List<long[]> outline = new ArrayList<>();
        int next = 0;
        for (long time : times) {
            while (next < byStart.length && byStart[next][0] == time) {
                active.add(byStart[next++]);
            }
            if (!active.isEmpty() && active.peek()[1] <= time) {
                active.poll();
            }
            long floor = active.isEmpty() ? 0 : active.peek()[2];
            if (outline.isEmpty() || outline.get(outline.size() - 1)[1] != floor) {
                outline.add(new long[] {time, floor});
            }
        }
        return outline;
    }
}
