import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sort, then for each first value a two-pointer scan of the rest: O(n^2) time. Sums are taken in
 * long, since three ints can overflow; equal values are skipped so each triple appears once.
 */
public class ZeroTriples {
    public static List<List<Integer>> zeroSumTriples(int[] offsets) {
        int[] values = offsets.clone();
        Arrays.sort(values);
        int n = values.length;
        List<List<Integer>> triples = new ArrayList<>();
        for (int i = 0; i + 2 < n && values[i] <= 0; i++) {
            if (i > 0 && values[i] == values[i - 1]) {
                continue;
            }
            int lo = i + 1;
            int hi = n - 1;
            while (lo < hi) {
                long total = (long) values[i] + values[lo] + values[hi];
                if (total < 0) {
                    lo++;
                } else if (total > 0) {
                    hi--;
                } else {
                    triples.add(List.of(values[i], values[lo], values[hi]));
                    lo++;
                    while (lo < hi && values[lo] == values[lo - 1]) {
                        lo++;
                    }
                    hi--;
                }
            }
        }
        return triples;
    }
}
