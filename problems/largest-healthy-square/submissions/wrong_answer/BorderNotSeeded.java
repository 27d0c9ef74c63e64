/**
 * Wrong: a 2-D table that starts the recurrence at row 1 and column 1 but never fills row 0 and
 * column 0, so racks on the top or left edge count as side 0 and squares touching those edges come
 * out one short.
 */
public class BorderNotSeeded {
    public static int largestHealthySquare(String[] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length();
        int[][] side = new int[rows][cols];
        int best = 0;
        for (int r = 1; r < rows; r++) {
            for (int c = 1; c < cols; c++) {
                if (grid[r].charAt(c) == '.') {
                    side[r][c] = 1 + Math.min(Math.min(side[r - 1][c], side[r][c - 1]), side[r - 1][c - 1]);
                    best = Math.max(best, side[r][c]);
                }
            }
        }
        return best;
    }
}
