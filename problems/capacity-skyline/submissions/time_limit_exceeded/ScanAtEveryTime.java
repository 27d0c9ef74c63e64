import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Brute force: at every start and end time, scan all reservations for the largest active one: O(n^2). */
public class ScanAtEveryTime {
    public static List<long[]> capacityOutline(long[][] reservations) {
        long[] times = Arrays.stream(reservations).flatMapToLong(r -> Arrays.stream(new long[] {r[0], r[1]})).sorted().distinct().toArray();
        List<long[]> outline = new ArrayList<>();
        for (long time : times) {
            long floor = 0;
            for (long[] r : reservations) {
                if (r[0] <= time && time < r[1] && r[2] > floor) {
                    floor = r[2];
                }
            }
            if (outline.isEmpty() || outline.get(outline.size() - 1)[1] != floor) {
                outline.add(new long[] {time, floor});
            }
        }
        return outline;
    }
}
