import java.util.HashMap;
import java.util.Map;

/** Wrong: keeps the number of periods in an int, which overflows past 2^31 - 1 periods. */
public class CountInInt {
    public static long countPeriods(int[] changes, long target) {
        Map<Long, Integer> seen = new HashMap<>();
        seen.put(0L, 1);
        long prefix = 0;
        int count = 0;
        for (int change : changes) {
            prefix += change;
            count += seen.getOrDefault(prefix - target, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
