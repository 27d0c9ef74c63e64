import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wrong: fills the panel with the first k hashtags seen and only re-sorts those, so a hashtag
 * that climbs later never gets on (it forgets the "outside tag overtakes the worst" step).
 */
public class KeepsFirstK {
    public static List<List<String>> trendingAfterBatches(String[][] batches, int k) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> top = new ArrayList<>();
        List<List<String>> panels = new ArrayList<>();
        for (String[] batch : batches) {
            for (String tag : batch) {
                counts.merge(tag, 1, Integer::sum);
                if (!top.contains(tag) && top.size() < k) {
                    top.add(tag);
                }
            }
            List<String> panel = new ArrayList<>(top);
            panel.sort((a, b) -> {
                int byCount = Integer.compare(counts.get(b), counts.get(a));
                return byCount != 0 ? byCount : a.compareTo(b);
            });
            panels.add(panel);
        }
        return panels;
    }
}
