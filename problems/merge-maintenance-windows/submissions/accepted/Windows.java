import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sort by start, then extend the last merged span while the next window starts at or before its
 * end (half-open spans that touch leave no gap). O(n log n) time, O(n) for the result.
 */
public class Windows {
    public static int[][] mergeWindows(int[][] windows) {
        int[][] sorted = windows.clone();
        Arrays.sort(sorted, Comparator.comparingInt((int[] w) -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(new int[] {w[0], w[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
