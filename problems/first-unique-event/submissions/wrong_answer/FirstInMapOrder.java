import java.util.HashMap;
import java.util.Map;

/** Wrong: walks the HashMap instead of the log, so "first" follows the map's order, not time. */
public class FirstInMapOrder {
    public static int firstUniqueEvent(int[] events) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < events.length; i++) {
            counts.merge(events[i], 1, Integer::sum);
            firstIndex.putIfAbsent(events[i], i);
        }
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() == 1) {
                return firstIndex.get(entry.getKey());
            }
        }
        return -1;
    }
}
