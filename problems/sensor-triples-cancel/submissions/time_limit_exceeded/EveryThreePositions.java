import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Brute force: try every combination of three positions of the sorted offsets: O(n^3). */
public class EveryThreePositions {
    public static List<List<Integer>> zeroSumTriples(int[] offsets) {
        int[] values = offsets.clone();
        Arrays.sort(values);
        TreeSet<long[]> found = new TreeSet<>(Arrays::compare);
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                long partial = (long) values[i] + values[j];
                for (int k = j + 1; k < values.length; k++) {
                    if (partial + values[k] == 0) {
                        found.add(new long[] {values[i], values[j], values[k]});
                    }
                }
            }
        }
        List<List<Integer>> triples = new ArrayList<>();
        for (long[] t : found) {
            triples.add(List.of((int) t[0], (int) t[1], (int) t[2]));
        }
        return triples;
    }
}
