/**
 * Dynamic programming over the grid: side[r][c] is the largest healthy square whose bottom-right
 * corner is (r, c), 1 + the minimum of its top, left and top-left neighbours. O(rows * cols) time,
 * one row of memory.
 */
public class HealthySquare {
    public static int largestHealthySquare(String[] grid) {
        int cols = grid.length == 0 ? 0 : grid[0].length();
        int[] previous = new int[cols + 1]; // previous[c + 1]: side ending at (r - 1, c)
        int[] current = new int[cols + 1];
        int best = 0;
        for (String row : grid) {
            for (int c = 0; c < cols; c++) {
                current[c + 1] = row.charAt(c) == '.' ? 1 + Math.min(Math.min(previous[c], previous[c + 1]), current[c]) : 0;
                best = Math.max(best, current[c + 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }
}
