import java.util.ArrayList;
import java.util.List;

/**
 * Two pointers: intersect the current shift of each list, then drop whichever ends first (it can
 * overlap nothing later in the other list). O(n + m) time, O(1) besides the answer.
 */
public class OnCallOverlaps {
    public static long[][] overlaps(long[][] first, long[][] second) {
        List<long[]> shared = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            long start = Math.max(first[i][0], second[j][0]);
            long end = Math.min(first[i][1], second[j][1]);
            if (start < end) {
                shared.add(new long[] {start, end});
            }
            if (first[i][1] < second[j][1]) {
                i++;
            } else {
                j++;
            }
        }
        return shared.toArray(new long[0][]);
    }
}
