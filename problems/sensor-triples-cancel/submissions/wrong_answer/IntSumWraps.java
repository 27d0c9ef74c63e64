import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wrong: the two-pointer scan adds three ints in int arithmetic; near 2^31 the sum wraps around, so
 * a positive total can look negative (or zero) and the pointers move the wrong way.
 */
public class IntSumWraps {
    public static List<List<Integer>> zeroSumTriples(int[] offsets) {
        int[] values = offsets.clone();
        Arrays.sort(values);
        int n = values.length;
        List<List<Integer>> triples = new ArrayList<>();
        for (int i = 0; i + 2 < n; i++) {
            if (i > 0 && values[i] == values[i - 1]) {
                continue;
            }
            int lo = i + 1;
            int hi = n - 1;
            while (lo < hi) {
                int total = values[i] + values[lo] + values[hi];
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
