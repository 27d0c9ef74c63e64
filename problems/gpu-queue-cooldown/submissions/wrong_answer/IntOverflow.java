import java.util.HashMap;
import java.util.Map;

/** Wrong: the right formula, computed in int; it wraps once the answer passes 2^31 - 1. */
public class IntOverflow {
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
        int skeleton = (top - 1) * (cooldown + 1) + tied;
        return Math.max(kinds.length, skeleton);
    }
}
