import java.util.ArrayList;
import java.util.List;

/** Brute force: counts kept in parallel lists, each code found by a linear search: O(n * d). */
public class LinearSearchCounts {
    public static List<Integer> topErrorCodes(int[] codes, int k) {
        int[] distinct = new int[codes.length];
        int[] counts = new int[codes.length];
        int d = 0;
        for (int code : codes) {
            int i = 0;
            while (i < d && distinct[i] != code) {
                i++;
            }
            if (i == d) {
                distinct[d++] = code;
            }
            counts[i]++;
        }
        List<Integer> result = new ArrayList<>();
        boolean[] taken = new boolean[d];
        while (result.size() < Math.min(k, d)) {
            int best = -1;
            for (int i = 0; i < d; i++) {
                if (!taken[i] && (best < 0 || counts[i] > counts[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            result.add(distinct[best]);
        }
        return result;
    }
}
