import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wrong: fills each bucket in order of the last occurrence, so ties come out in the wrong order. */
public class TiesLastSeenFirst {
    public static List<Integer> topErrorCodes(int[] codes, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int code : codes) {
            counts.merge(code, 1, Integer::sum);
        }
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i <= codes.length; i++) {
            buckets.add(new ArrayList<>());
        }
        // walk the log backwards and drop a code into its bucket the first time it is met
        Map<Integer, Boolean> placed = new HashMap<>();
        for (int i = codes.length - 1; i >= 0; i--) {
            if (placed.putIfAbsent(codes[i], true) == null) {
                buckets.get(counts.get(codes[i])).add(codes[i]);
            }
        }
        List<Integer> result = new ArrayList<>();
        for (int count = codes.length; count > 0; count--) {
            for (int code : buckets.get(count)) {
                if (result.size() < k) {
                    result.add(code);
                }
            }
        }
        return result;
    }
}
