import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trending panel: counts in a hash map plus the current top k. Counts only grow, so a hashtag
 * outside the top k can enter only when its own count rises, replacing the worst entry: O(k) per
 * use.
 */
public class TrendingHashtags {
    public static List<List<String>> trendingAfterBatches(String[][] batches, int k) {
        Map<String, Integer> counts = new HashMap<>();
        Comparator<String> rank =
                Comparator.<String>comparingInt(counts::get).reversed().thenComparing(t -> t);
        List<String> top = new ArrayList<>();
        List<List<String>> panels = new ArrayList<>();
        for (String[] batch : batches) {
            for (String tag : batch) {
                counts.merge(tag, 1, Integer::sum);
                if (top.contains(tag)) {
                    continue; // it only got better: the top-k set is unchanged
                }
                if (top.size() < k) {
                    top.add(tag);
                    continue;
                }
                int worst = 0;
                for (int i = 1; i < top.size(); i++) {
                    if (rank.compare(top.get(i), top.get(worst)) > 0) {
                        worst = i;
                    }
                }
                if (rank.compare(tag, top.get(worst)) < 0) {
                    top.set(worst, tag);
                }
            }
            List<String> panel = new ArrayList<>(top);
            panel.sort(rank);
            panels.add(panel);
        }
        return panels;
    }
}
