import java.util.HashMap;
import java.util.Map;

/** Fewest slots for a cooldown queue, by counting: O(n) time, O(kinds) space. */
public class GpuCooldown {
    public static long minSlots(String[] kinds, int cooldown) {
        if (kinds.length == 0) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        int top = 0;
        for (String kind : kinds) {
            top = Math.max(top, counts.merge(kind, 1, Integer::sum));
        }
        int tied = 0;
        for (int c : counts.values()) {
            if (c == top) {
                tied++;
            }
        }
        // (top - 1) full frames of (cooldown + 1) slots, then one slot per kind tied at the top.
        long skeleton = (long) (top - 1) * (cooldown + 1L) + tied;
        return Math.max(kinds.length, skeleton);
    }
}
