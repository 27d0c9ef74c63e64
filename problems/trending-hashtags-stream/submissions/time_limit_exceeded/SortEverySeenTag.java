import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Brute force: after every batch, sort every hashtag seen so far: O(batches * d log d). */
public class SortEverySeenTag {
    public static List<List<String>> trendingAfterBatches(String[][] batches, int k) {
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>> panels = new ArrayList<>();
        for (String[] batch : batches) {
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
