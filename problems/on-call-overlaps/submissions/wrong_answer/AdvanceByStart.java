import java.util.ArrayList;
import java.util.List;

/**
 * Wrong: drops the shift that starts first instead of the one that ends first, so a long shift is
 * dropped while later shifts of the other list still overlap it.
 */
public class AdvanceByStart {
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
            if (first[i][0] < second[j][0]) {
                i++;
            } else {
                j++;
            }
        }
        return shared.toArray(new long[0][]);
    }
}
