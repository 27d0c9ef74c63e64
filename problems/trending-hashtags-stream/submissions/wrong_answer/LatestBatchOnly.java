import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wrong: counts each batch on its own, as if the panel showed only the latest batch. */
public class LatestBatchOnly {
    public static List<List<String>> trendingAfterBatches(String[][] batches, int k) {
        List<List<String>> panels = new ArrayList<>();
        for (String[] batch : batches) {
            Map<String, Integer> counts = new HashMap<>();
            for (String tag : batch) {
                counts.merge(tag, 1, Integer::sum);
            }
            List<String> all = new ArrayList<>(counts.keySet());
            all.sort((a, b) -> {
                int byCount = Integer.compare(counts.get(b), counts.get(a));
                return byCount != 0 ? byCount : a.compareTo(b);
            });
            panels.add(new ArrayList<>(all.subList(0, Math.min(k, all.size()))));
        }
        return panels;
    }
}
