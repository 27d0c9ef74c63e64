import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Brute force: scans the whole log for every prefix, O(prefixes * log entries). */
public class ScanTheLog {
    public static int[] prefixCounts(String[] queries, String[] prefixes) {
        int[] counts = new int[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            for (String query : queries) {
                if (query.startsWith(prefixes[i])) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    public static List<String> topCompletion(String[] queries, String[] prefixes) {
        List<String> result = new ArrayList<>();
        for (String prefix : prefixes) {
            Map<String, Integer> times = new HashMap<>();
            for (String query : queries) {
                if (query.startsWith(prefix)) {
                    times.merge(query, 1, Integer::sum);
                }
            }
            String best = "";
            int bestCount = 0;
            for (Map.Entry<String, Integer> e : times.entrySet()) {
                if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            result.add(best);
        }
        return result;
    }
}
