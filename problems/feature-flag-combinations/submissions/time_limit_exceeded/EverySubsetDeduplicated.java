import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brute force: include or exclude every flag (pruned when the sum overshoots), collect the
 * combinations in a set to drop duplicates, sort at the end. Correct, but with many equal costs it
 * walks every subset of flags instead of every distinct combination: exponential in the duplicates.
 */
public class EverySubsetDeduplicated {
    public static List<List<Integer>> flagSets(int[] costs, int budget) {
        int[] ordered = costs.clone();
        Arrays.sort(ordered);
        Set<List<Integer>> found = new HashSet<>();
        walk(ordered, 0, budget, new ArrayList<>(), found);
        List<List<Integer>> sorted = new ArrayList<>(found);
        sorted.sort(EverySubsetDeduplicated::lexicographic);
        return sorted;
    }

    private static void walk(int[] ordered, int i, int left, List<Integer> chosen, Set<List<Integer>> found) {
        if (left == 0) {
            found.add(List.copyOf(chosen));
            return;
        }
        if (i == ordered.length || ordered[i] > left) {
            return;
        }
        chosen.add(ordered[i]);
        walk(ordered, i + 1, left - ordered[i], chosen, found);
        chosen.remove(chosen.size() - 1);
        walk(ordered, i + 1, left, chosen, found);
    }

    private static int lexicographic(List<Integer> a, List<Integer> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = Integer.compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
