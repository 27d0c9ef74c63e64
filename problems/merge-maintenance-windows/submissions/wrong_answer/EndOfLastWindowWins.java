import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Wrong: sets the merged end to the end of the window just absorbed instead of the larger of the
 * two, so a short window inside a long one cuts the span short.
 */
public class EndOfLastWindowWins {
    public static int[][] mergeWindows(int[][] windows) {
        int[][] sorted = windows.clone();
        Arrays.sort(sorted, Comparator.comparingInt((int[] w) -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = w[1];
            } else {
                merged.add(new int[] {w[0], w[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
