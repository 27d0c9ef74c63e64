import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backtracking over sorted costs, skipping equal siblings: each distinct combination once, in
 * lexicographic order, with the search pruned as soon as a cost exceeds what is left.
 */
public class FlagSets {
    public static List<List<Integer>> flagSets(int[] costs, int budget) {
        int[] ordered = costs.clone();
        Arrays.sort(ordered);
        List<List<Integer>> found = new ArrayList<>();
        extend(ordered, 0, budget, new ArrayList<>(), found);
        return found;
    }

    private static void extend(int[] ordered, int start, int left, List<Integer> chosen, List<List<Integer>> found) {
        if (left == 0) {
            found.add(List.copyOf(chosen));
            return; // costs are positive: adding more can only overshoot
        }
        for (int i = start; i < ordered.length && ordered[i] <= left; i++) {
            if (i > start && ordered[i] == ordered[i - 1]) {
                continue; // the same cost in this slot was already tried by the previous flag
            }
            chosen.add(ordered[i]);
            extend(ordered, i + 1, left - ordered[i], chosen, found);
            chosen.remove(chosen.size() - 1);
        }
    }
}
