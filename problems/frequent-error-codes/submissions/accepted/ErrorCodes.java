import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Top-k error codes by bucket sort: O(n) time, O(n) space. */
public class ErrorCodes {
    public static List<Integer> topErrorCodes(int[] codes, int k) {
        Map<Integer, Integer> counts = new LinkedHashMap<>(); // keeps first appearance order
        for (int code : codes) {
            counts.merge(code, 1, Integer::sum);
        }
        List<List<Integer>> buckets = new ArrayList<>(codes.length + 1);
        for (int i = 0; i <= codes.length; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            buckets.get(entry.getValue()).add(entry.getKey());
        }
        List<Integer> result = new ArrayList<>();
        for (int count = codes.length; count > 0 && result.size() < k; count--) {
            for (int code : buckets.get(count)) {
                if (result.size() == k) {
                    break;
                }
                result.add(code);
            }
        }
        return result;
    }
}
