import java.util.HashMap;
import java.util.Map;

/** Two passes: count every id, then return the first position whose count is 1. O(n). */
public class FirstUnique {
    public static int firstUniqueEvent(int[] events) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int id : events) {
            counts.merge(id, 1, Integer::sum);
        }
        for (int i = 0; i < events.length; i++) {
            if (counts.get(events[i]) == 1) {
                return i;
            }
        }
        return -1;
    }
}
